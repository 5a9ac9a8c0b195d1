"""Update a catalog in place of building it again: new, changed and removed notices.

`update` takes the documents that are new or changed, the sources removed, and
the links of the notices whose links were computed again (notices/catalog.py
decides which: those from the first place where the issue order differs from
the last build's on). Only their rows are deleted and written; what depends on
the whole catalog is brought up to date as narrowly as is still exact:

- measure rowids are those a full build gives, 1, 2, … in issue order (the
  newest-first search walks them backwards): the measures from the earliest sort
  key that changed on (a notice in, out or re-ordered) are taken out and put back
  in order, so adding the newest notices moves nothing else;
- series sort keys (a notice known by its number only is placed among its
  issuer's other notices) are read again over all notices, as a build does;
- a unit's aliases are the union over every document naming it: the units the
  documents in or out name are written again from the forms the state keeps;
- counts of measures per unit and topic, and which notice each reference cites,
  are computed again over the catalog (a number becomes ambiguous or unique
  with a notice in or out);
- lineages are computed again from all the links: a notice inserted before
  others, or a changed similarity, can re-route a lineage anywhere after it, and
  chaining is cheap next to comparing. Their ids are their first measures', so
  they come out as a full build gives them.

The result equals a full build of the same documents, table by table
(tests/test_incremental.py). The update works on a copy of the catalog that
replaces it when complete, like a build (`db.build.replacing`).
"""
from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from db.build import (
    _STAGED_MEASURES, SCHEMA, BuildStats, _document_rows, _insert_lineages, _insert_links,
    _measures_in_issue_order, _order_series, _UnitNames, _vocabulary_rows, check, count_and_cite, insert_rows,
    new_source, refresh_derived, replacing, series_keys, unit_row, write_fts,
)
from db.state import CatalogState

# Tables whose rows belong to one notice, by the column naming it; measure_units
# and measure_topics through their measure.
_BY_NOTICE = {"deadlines": "notice", "thresholds": "notice", "references": "notice",
              "measures": "notice", "paragraphs": "notice", "notices": "id"}


@dataclass
class UpdateStats(BuildStats):
    """The rows of the updated catalog, and what the update did."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    relinked: int = 0  # notices whose links were computed again
    moved: int = 0  # measures of unchanged notices taken out and put back to keep issue order


def update(db_path: Path, documents: Iterable[dict], *, removed: Collection[str], changed: Collection[str],
           relinked: Collection[str], links: Iterable[dict], state: CatalogState,
           root: Path | None = None) -> UpdateStats:
    """Update the catalog at `db_path`: delete the notices `removed` and `changed`,
    add `documents` (placed: new ones and the new versions of `changed`), delete the
    links into the notices `relinked` and store `links` instead. `state` is the
    catalog's state being edited (db/state.py): it is brought up to date here, and
    the caller commits it once this returns."""
    with replacing(db_path, copy=True) as tmp:
        return _update(tmp, documents, set(removed) | set(changed), relinked, links, state, root,
                       UpdateStats(changed=len(changed), removed=len(removed), relinked=len(relinked)))


def _update(path: Path, documents: Iterable[dict], gone: set[str], relinked: Collection[str],
            links: Iterable[dict], state: CatalogState, root: Path | None, stats: UpdateStats) -> UpdateStats:
    db = sqlite_utils.Database(path)
    touched_units = state.units_of(gone)
    state.remove(gone)
    gone_keys = _delete_notices(db, gone)

    db[_STAGED_MEASURES].create(SCHEMA["measures"][0])
    fresh: dict[str, str] = {}  # source → sort key of the documents written
    for doc in documents:
        new_source(doc, fresh)
        doc_units = _UnitNames()
        rows, found = _document_rows(doc, doc_units, root)
        stats.raw_missing += not found
        insert_rows(db, rows)
        state.put(doc, doc_units.forms)
        touched_units |= set(doc_units.forms)
        fresh[doc["source"]] = rows["notices"][0]["sort_key"]
    stats.added = len(fresh) - stats.changed

    stats.moved = _keep_issue_order(db, fresh, gone_keys)
    _write_units(db, state, touched_units)
    # A topic outside the vocabulary is there while a measure has it.
    db.execute("delete from topics where id not in (select topic from measure_topics) "
               f"and id not in ({', '.join('?' * len(_vocabulary_rows()))})", [r["id"] for r in _vocabulary_rows()])

    for source in relinked:
        db.execute("delete from links where notice_b = ?", [source])
    stats.links_skipped = _insert_links(db, links)
    # Computed again in full: see the module docstring.
    db.execute("delete from lineage_versions")
    db.execute("delete from lineages")
    _insert_lineages(db)

    count_and_cite(db)
    check(db)
    refresh_derived(db)
    db.execute(f"pragma user_version = {int(state.token)}")
    # No ANALYZE: the planner's statistics of the last full build still describe the
    # catalog after a few notices more; a full build (`--full`) refreshes them.
    for name in SCHEMA:
        setattr(stats, name, db[name].count)
    db.conn.commit()
    db.conn.close()
    return stats


def _delete_notices(db: sqlite_utils.Database, sources: Iterable[str]) -> list[str]:
    """Delete every row of the notices `sources`, their full-text entries and links
    included; return the sort keys they had."""
    keys = []
    for source in sources:
        keys += [key for (key,) in db.execute("select sort_key from notices where id = ?", [source])]
        # Out of the full-text tables first: they forget a row by the values it was indexed with.
        write_fts(db, "measures_fts", "notice = ?", [source], delete=True)
        write_fts(db, "notices_fts", "id = ?", [source], delete=True)
        for table in ("measure_units", "measure_topics"):
            db.execute(f"delete from {table} where measure in (select id from measures where notice = ?)", [source])
        for table, column in _BY_NOTICE.items():
            db.execute(f"delete from [{table}] where [{column}] = ?", [source])
        db.execute("delete from links where notice_b = ?", [source])
        db.execute("delete from links where notice_a = ?", [source])
    return keys


def _keep_issue_order(db: sqlite_utils.Database, fresh: dict[str, str], gone: list[str]) -> int:
    """Put the staged measures of `fresh` notices into `measures` with the rowids a
    full build gives them: every measure from the earliest sort key that changes on
    (a fresh notice's, one its series re-orders, or a `gone` one's, which leaves a
    gap) is taken out and put back after the others, numbered on from the last
    (rowids are the largest plus one). Return how many measures of other notices moved."""
    moved = series_keys(db)
    # A fresh notice's staged key is no place in the catalog: only where it goes counts.
    keys = ([moved.get(s, (k, k))[1] for s, k in fresh.items()] + gone
            + [k for s, pair in moved.items() if s not in fresh for k in pair])
    count = 0
    if keys:
        cutoff = min(keys)
        columns = ", ".join(f"[{c}]" for c in SCHEMA["measures"][0])
        write_fts(db, "measures_fts", "sort_key >= ?", [cutoff], delete=True)
        count = db.execute("select count(*) from measures where sort_key >= ?", [cutoff]).fetchone()[0]
        db.execute(f"insert into [{_STAGED_MEASURES}] ({columns}) select {columns} from measures where sort_key >= ?",
                   [cutoff])
        db.execute("delete from measures where sort_key >= ?", [cutoff])
    _order_series(db)
    _measures_in_issue_order(db)
    if keys:
        write_fts(db, "measures_fts", "sort_key >= ?", [min(keys)])
    for source in fresh:
        write_fts(db, "notices_fts", "id = ?", [source])
    return count


def _write_units(db: sqlite_utils.Database, state: CatalogState, names: set[str]) -> None:
    """The `units` rows of `names` again, from the forms every kept document gave them;
    a unit no document names any more goes."""
    forms = state.unit_forms(names)
    for name in names:
        db.execute("delete from units where id = ?", [name])
    db["units"].insert_all([unit_row(name, found) for name, found in sorted(forms.items())])
