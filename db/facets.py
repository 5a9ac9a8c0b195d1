"""Tables derived from the catalog's base tables, which the catalog's pages read
instead of going through every measure: `refresh` (re)computes them all.

- `facet_counts`: for each facet of the measures table (metadata.yml) and each of
  its values, how many measures and notices have it, over the whole catalog. The
  measures page without a search or filter shows these (db/plugin.py, CatalogFacet);
  counting them on request reads every measure's JSON arrays: seconds at 100,000 notices.
- `measure_facets`: each measure's facet columns by its rowid (= seq), without its
  texts: a search's page counts facets over its newest matches (db/plugin.py,
  CatalogFacet), and reading them from `measures` walks every long text on the way.
- `unit_measures`: each unit's measures by their rowid, which is their issue order
  (db/build.py stores measures so): a unit's page lists its newest measures by
  walking this index backwards, however many measures the unit has.
- `unit_names` and `topic_names`: every name a reader may give a unit or a topic by,
  with the unit or topic it stands for. THE one resolution of a name: the canned
  queries of metadata.yml and the unit pages (db/plugin.py) read it and nothing else.
  A unit goes by its canonical name, its aliases and the forms measures write it in;
  a topic by its key, OxCGRT indicator, Chinese label and other names.

`db.build.build` calls `refresh` once the base tables are complete; a build that
adds notices to a catalog calls it again, and it gives what a full build gives.
"""
from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path

import yaml

METADATA = Path(__file__).resolve().parent / "metadata.yml"


@lru_cache(maxsize=1)
def measure_facets() -> dict[str, bool]:
    """The catalog facets of the measures table in metadata.yml: column → whether it holds
    a JSON array (a column filtered through a join table does)."""
    tables = yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["notices"]["tables"]
    configs = [f["catalog"] for f in tables["measures"]["facets"] if isinstance(f, dict) and "catalog" in f]
    return {c: False for c in configs if isinstance(c, str)} | {
        c["column"]: "through" in c for c in configs if isinstance(c, dict)}


_SCHEMA = """
create table facet_counts (facet text not null, value text not null, measures integer, notices integer,
  primary key (facet, value)) without rowid;
create index facet_counts_by_size on facet_counts (facet, measures desc);
create table measure_facets (seq integer primary key, {columns});
create table unit_measures (unit text not null, measure integer not null,
  primary key (unit, measure)) without rowid;
create table unit_names (name text not null, unit text not null, primary key (name, unit)) without rowid;
create table topic_names (name text not null, topic text not null, primary key (name, topic)) without rowid;
"""


# No reader opens these: metadata.yml hides each from the catalog's pages.
DERIVED = ("facet_counts", "measure_facets", "unit_measures", "unit_names", "topic_names")

_NAMES_SQL = """
insert or ignore into unit_names
  select name, id from units
  union select j.value, u.id from units u, json_each(u.aliases) j
  union select mention, unit from measure_units where mention is not null;
insert or ignore into topic_names
  select id, id from topics
  union select oxcgrt, id from topics where oxcgrt is not null
  union select label, id from topics where label is not null
  union select j.value, t.id from topics t, json_each(t.names) j"""


def refresh(conn: sqlite3.Connection) -> None:
    """Drop and recompute every derived table from `measures`."""
    facets = measure_facets()
    conn.executescript("".join(f"drop table if exists {t};" for t in DERIVED)
                       + _SCHEMA.format(columns=", ".join(f"[{c}]" for c in facets)))
    # One pass over the measures, whose rows carry long texts, into a narrow copy of what is counted.
    columns = ", ".join(f"[{c}]" for c in dict.fromkeys(["notice", "units", *facets]))
    conn.execute(f"create temp table facet_source as select rowid as measure, {columns} from measures")
    for column, is_array in facets.items():
        value = "j.value" if is_array else f"m.[{column}]"
        each = f", json_each(m.[{column}]) j" if is_array else ""
        conn.execute(
            f"insert into facet_counts select '{column}', {value}, count(*), count(distinct m.notice) "
            f"from facet_source m{each} where {value} is not null group by {value}")
    conn.execute(f"insert into measure_facets select measure, {', '.join(f'[{c}]' for c in facets)} from facet_source")
    # A measure's `units` are the names of its measure_units rows (db/build.py).
    conn.execute("insert into unit_measures select distinct j.value, m.measure "
                 "from facet_source m, json_each(m.units) j")
    conn.execute("drop table facet_source")
    conn.executescript(_NAMES_SQL)
    conn.commit()
    conn.execute("analyze facet_counts")
    conn.execute("analyze unit_measures")
    conn.execute("analyze unit_names")
