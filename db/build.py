"""Build the SQLite catalog of notices and their measures.

`build` turns document dicts (the shape of extract/document.py; gold files are
read into it too, their units given as names becoming unit dicts) into one
SQLite file. Every id is derived
from content keys (`source`, `source#path`, `source#path#d0` …), so building the
same input again gives the same rows, and a new notice only adds its own rows.
The database is written to a temporary file beside `db_path` and moved into place
with `os.replace` once complete: a build that dies part-way leaves the previous
catalog as it was, and the next build removes what it left behind.
"""
from __future__ import annotations

import fcntl
import glob
import json
import os
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Container, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import sqlite_utils
import yaml
from datasette.inspect import inspect_hash

from compare.lineage import Step, change_line, lineages
from compare.relations import place_of, same_place
from db import CatalogError, facets
from db.plugin import index_text
from db.state import CatalogState
from extract.aliases import alias_forms
from extract.document import Document, RawExcerpt, ShapeError, UnitMention, place, raw_excerpts
from extract.topics import topic_rules
from ingest import docnumber
from ingest.errors import SourceError
from ingest.readers import read_source

# The first bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"
# Files SQLite keeps beside a database while it writes it.
_SIDE_FILES = ("-journal", "-wal", "-shm")



# Table name → (columns, primary key, foreign keys as (column, other table)).
SCHEMA: dict[str, tuple[dict[str, type], str | tuple[str, ...], list[tuple[str, str]]]] = {
    "notices": (
        {
            "id": str, "source": str, "title": str, "doc_number": str, "issuer": str,
            "date": str, "year": int, "kind": str, "addressees": str, "sha256": str,
            "path": str, "format": str, "encoding": str, "cleaning": str, "articles": str,
            "sort_key": str, "paragraph_count": int, "measure_count": int,
            "audit_sentences": int, "audit_kept": int, "audit_metadata": int,
            "audit_debris": int, "audit_duplicates": int, "audit_lost": int,
        },
        "id", [],
    ),
    "paragraphs": (
        {"id": str, "notice": str, "index": int, "label": str, "text": str, "provenance": str},
        "id", [("notice", "notices")],
    ),
    "measures": (
        {
            "id": str, "notice": str, "position": int, "path": str, "level": int,
            "heading": str, "label": str, "text": str, "paragraph": str, "year": int,
            "sort_key": str, "units": str, "topics": str,
            # Its place in issue order, equal to its rowid and to its full-text rowid (see
            # _measures_in_issue_order): the column the pages sort and search by (metadata.yml).
            "seq": int,
            # The notice's title, number and date again: a CSV of measures reads on its own.
            "notice_title": str, "doc_number": str, "notice_date": str,
            # Its units split by kind: the bodies that must act, and the parties it regulates.
            "bodies": str, "parties": str,
            # The measure in the raw file, with some context: the file from raw_start on,
            # and where the measure and each of its items stand in it (extract.document.RawExcerpt).
            "raw_start": int, "raw_text": str, "raw_marks": str,
        },
        "id", [("notice", "notices"), ("paragraph", "paragraphs")],
    ),
    "units": ({"id": str, "name": str, "kind": str, "kind_label": str, "aliases": str, "measure_count": int}, "id", []),
    "measure_units": (
        {"id": str, "measure": str, "unit": str, "mention": str, "role": str, "start": int, "end": int},
        "id", [("measure", "measures"), ("unit", "units")],
    ),
    # before the tables that name a topic
    "topics": ({"id": str, "oxcgrt": str, "label": str, "names": str, "measure_count": int}, "id", []),
    "deadlines": (
        {
            "id": str, "measure": str, "notice": str, "kind": str, "value": float,
            "value_to": float, "unit": str, "event": str, "date": str, "text": str,
            "start": int, "end": int, "topic": str, "obliged": str, "action": str,
        },
        "id", [("measure", "measures"), ("notice", "notices"), ("topic", "topics"), ("obliged", "units")],
    ),
    "thresholds": (
        {
            "id": str, "measure": str, "notice": str, "value": float, "value_to": float, "unit": str,
            "comparator": str, "quantity": str, "per": str, "text": str, "start": int, "end": int,
            "topic": str,
        },
        "id", [("measure", "measures"), ("notice", "notices"), ("topic", "topics")],
    ),
    "measure_topics": (
        {"measure": str, "topic": str}, ("measure", "topic"),
        [("measure", "measures"), ("topic", "topics")],
    ),
    "references": (
        {
            "id": str, "notice": str, "measure": str, "title": str, "doc_number": str,
            "text": str, "start": int, "end": int, "cited_notice": str,
        },
        "id", [("notice", "notices"), ("measure", "measures"), ("cited_notice", "notices")],
    ),
    "links": (
        {
            "id": str, "measure_a": str, "measure_b": str, "notice_a": str, "notice_b": str,
            "similarity": float, "status": str, "change_type": str, "changes": str,
        },
        "id",
        [("measure_a", "measures"), ("measure_b", "measures"),
         ("notice_a", "notices"), ("notice_b", "notices")],
    ),
    # One measure followed through the notices that restate it (compare/lineage.py);
    # its id is the id of its first version's measure.
    "lineages": (
        {"id": str, "first_measure": str, "last_measure": str, "versions": int,
         "first_date": str, "last_date": str, "label": str},
        "id", [("first_measure", "measures"), ("last_measure", "measures")],
    ),
    "lineage_versions": (
        {"id": str, "lineage": str, "position": int, "measure": str, "notice": str, "date": str,
         "previous_measure": str, "link": str, "change_type": str, "change": str},
        "id", [("lineage", "lineages"), ("measure", "measures"), ("notice", "notices"),
               ("previous_measure", "measures"), ("link", "links")],
    ),
}

# The columns the catalog pages filter, facet or join on.
INDEXES = [
    ("notices", ["year"]), ("notices", ["date"]), ("notices", ["doc_number"]), ("notices", ["sort_key"]),
    ("paragraphs", ["notice"]),
    ("measures", ["notice"]), ("measures", ["paragraph"]), ("measures", ["sort_key"]), ("measures", ["year"]),
    ("measures", ["seq"]),
    ("measure_units", ["measure"]), ("measure_units", ["unit"]), ("measure_units", ["mention"]),
    ("deadlines", ["measure"]), ("deadlines", ["notice"]), ("deadlines", ["kind"]), ("deadlines", ["obliged"]),
    ("thresholds", ["measure"]), ("thresholds", ["notice"]), ("thresholds", ["unit"]),
    ("measure_topics", ["topic"]),
    ("references", ["notice"]), ("references", ["measure"]), ("references", ["cited_notice"]),
    ("links", ["measure_a"]), ("links", ["measure_b"]),
    ("links", ["notice_b"]),  # an update replaces the links into a notice (db/update.py)
    ("lineage_versions", ["measure"]), ("lineage_versions", ["lineage", "position"]),
]

# The FTS5 tables hold bigram-expanded copies (see db/plugin.py); rowid = the row's rowid.
# They keep no copy of the text (content=''): the tables have it, and a copy doubled the file.
FTS = {
    "measures_fts": ("measures", ["heading", "text", "units"]),
    "notices_fts": ("notices", ["title", "doc_number", "issuer", "body"]),
}

# Measures wait here until all are known, then go into `measures` in issue order (see _finish).
_STAGED_MEASURES = "measures_staged"

# Names of the units of a measure, without repeats, for a view column.
_UNITS_OF_MEASURE = """(
  select group_concat(name, '、') from (
    select distinct u.name from measure_units mu join units u on u.id = mu.unit
    where mu.measure = m.id order by u.name))"""

VIEWS = {
    "unit_obligations": """
select u.name as unit, group_concat(distinct mu.role) as roles,
  group_concat(distinct mu.mention) as mentions,
  m.id as measure, m.path, m.heading, m.text,
  n.id as notice, n.title as notice_title, n.doc_number, n.date as notice_date, n.year
from measure_units mu
  join units u on u.id = mu.unit
  join measures m on m.id = mu.measure
  join notices n on n.id = m.notice
group by u.id, m.id
order by u.name, m.sort_key""",
    "time_limits": f"""
select d.id as deadline, d.kind, d.value, d.value_to, d.unit as time_unit, d.event,
  d.date, d.text as deadline_text, d.obliged, d.action, d.topic, {_UNITS_OF_MEASURE} as units,
  m.id as measure, m.path, m.heading, m.text,
  n.id as notice, n.title as notice_title, n.date as notice_date, n.year
from deadlines d
  join measures m on m.id = d.measure
  join notices n on n.id = m.notice
order by m.sort_key, d.id""",
    # A threshold's topic is that of its own clause; input that gives none (a gold
    # file) falls back on the topics of its measure.
    "topic_thresholds": """
select t.id as threshold, coalesce(t.topic, mt.topic) as topic, tp.oxcgrt, tp.label as topic_label,
  t.value, t.value_to, t.comparator, t.unit, t.quantity, t.per, t.text as threshold_text,
  m.id as measure, m.path, m.heading, m.text,
  n.id as notice, n.title as notice_title, n.date as notice_date, n.year
from thresholds t
  join measures m on m.id = t.measure
  join notices n on n.id = m.notice
  left join measure_topics mt on t.topic is null and mt.measure = m.id
  left join topics tp on tp.id = coalesce(t.topic, mt.topic)
order by coalesce(t.topic, mt.topic), m.sort_key, t.id""",
    # Links run from the earlier notice's measure (a) to the later one's (b). A
    # measure's previous counterpart is the one in the latest earlier notice, the
    # most similar when that notice has several.
    "topic_history": """
select mt.topic, tp.oxcgrt,
  n.id as notice, n.title as notice_title, n.doc_number, n.date as notice_date, n.year,
  m.id as measure, m.path, m.heading,
  (select group_concat(text, '；') from (
    select text from thresholds where measure = m.id order by start, id)) as thresholds,
  (select group_concat(text, '；') from (
    select text from deadlines where measure = m.id order by start, id)) as deadlines,
  p.measure_a as previous_measure, p.notice_a as previous_notice, p.change_type,
  (select group_concat(json_extract(c.value, '$.text'), '；') from json_each(p.changes) c
    where json_extract(c.value, '$.kind') in ('threshold', 'deadline')) as number_changes,
  m.sort_key
from measure_topics mt
  join topics tp on tp.id = mt.topic
  join measures m on m.id = mt.measure
  join notices n on n.id = m.notice
  left join (
    select l.measure_a, l.measure_b, l.notice_a, l.change_type, l.changes,
      row_number() over (partition by l.measure_b order by pn.sort_key desc, l.similarity desc) as rank
    from links l join notices pn on pn.id = l.notice_a
    where l.measure_a is not null and l.measure_b is not null
  ) p on p.measure_b = m.id and p.rank = 1
order by mt.topic, m.sort_key""",
}



@dataclass
class BuildStats:
    """Rows in each table of the finished catalog, and link pairs left out."""

    notices: int = 0
    paragraphs: int = 0
    measures: int = 0
    units: int = 0
    measure_units: int = 0
    deadlines: int = 0
    thresholds: int = 0
    topics: int = 0
    measure_topics: int = 0
    references: int = 0
    links: int = 0
    links_skipped: int = 0  # pairs naming a notice or measure that is not in the catalog
    lineages: int = 0
    lineage_versions: int = 0
    # documents whose raw file was not found (or has changed) under `root`: their
    # measures have no raw excerpt on the measure page
    raw_missing: int = 0


def insert_rows(db: sqlite_utils.Database, rows: dict[str, list[dict]]) -> None:
    """Insert one document's rows (`_document_rows`); its measures wait in the staging table."""
    for table, more in rows.items():
        # A topic is shared by many measures: its first row stands.
        db[_STAGED_MEASURES if table == "measures" else table].insert_all(more, ignore=table == "topics")


def refresh_derived(db: sqlite_utils.Database) -> None:
    """THE place where tables derived from the whole catalog are recomputed, at the
    end of a full build and after an incremental update (db/update.py) alike.
    (Tables computed here must be a function of the other tables only.)"""
    facets.refresh(db.conn)


def build(documents: Iterable[dict], db_path: Path, *, links: Iterable[dict] = (), placed: bool = False,
          root: Path | None = None, state: CatalogState | None = None) -> BuildStats:
    """Write the catalog of `documents` (and measure `links` between them) to `db_path`.

    `placed`: the documents are already in the document shape and placed (as a
    `notices.spool.DocumentSpool` gives them), so they are not shaped again.
    `root`: the folder the documents' relative `path`s start from (default: the
    working folder), where the raw files are read for the measures' raw excerpts.
    `state`: where to keep every document for the next build to update the
    catalog instead of building it again (db/state.py); the caller commits it.

    `links` are dicts `{"a": SOURCE, "b": SOURCE, "pairs": [{"a": PATH, "b": PATH,
    "similarity": x, "status": …, "change_type": …, "changes": […]}]}`; a pair end
    may be null (a measure with no counterpart). The file at `db_path` is replaced
    only when the new catalog is complete; beside it goes Datasette's inspect data
    (`inspect_path`), so the server starts with the file's hash and row counts.
    """
    with replacing(db_path) as tmp:
        return _write_catalog(tmp, documents, links, placed, root, state)


@contextmanager
def replacing(db_path: Path, copy: bool = False) -> Iterator[Path]:
    """A temporary file beside `db_path` (a copy of it with `copy`) that replaces it
    when the block ends without an error, with Datasette's inspect data written
    beside it (`inspect_path`), so the server starts with the file's hash and row
    counts; on an error it is removed and `db_path` is left as it was."""
    db_path = Path(db_path)
    problem = database_file_problem(db_path)
    if problem:
        raise CatalogError(f"{db_path}: {problem}")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_builds(db_path)
    # The name matches the *.db-* ignore pattern, and the same directory makes os.replace atomic.
    fd, tmp_name = tempfile.mkstemp(prefix=f"{db_path.name}-build-", dir=db_path.parent)
    tmp = Path(tmp_name)
    try:
        # Held until the build ends: it tells a later build this file is not stale.
        fcntl.flock(fd, fcntl.LOCK_EX)
        if copy:
            shutil.copyfile(db_path, tmp)
        yield tmp
        tmp.chmod(0o644)
        inspect = _inspect_data(tmp, db_path)
        os.replace(tmp, db_path)
        _write_atomically(inspect_path(db_path), json.dumps(inspect, indent=1))
    except BaseException:
        for stale in (tmp, *(Path(f"{tmp}{side}") for side in _SIDE_FILES)):
            stale.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)


def database_file_problem(path: Path) -> str | None:
    """Why `path` cannot be a catalog database, or None: it must be a SQLite file, or
    not exist yet. A build would otherwise replace whatever file was named."""
    path = Path(path)
    if path.is_dir():
        return "is a folder, not a database file"
    if not path.exists():
        return None
    if not path.is_file():
        return "is not a regular file"
    with path.open("rb") as f:
        head = f.read(len(SQLITE_HEADER))
    if head and head != SQLITE_HEADER:
        return "exists and is not a SQLite database; refusing to use or replace it"
    return None


def remove_stale_builds(db_path: Path) -> list[Path]:
    """Remove the temporary files of builds of `db_path` that were killed part-way,
    with their journals; a build still running holds a lock on its file and is left alone."""
    removed = []
    for tmp in sorted(db_path.parent.glob(f"{glob.escape(db_path.name)}-build-*")):
        if tmp.name.endswith(_SIDE_FILES) or not tmp.is_file():
            continue
        with tmp.open("rb") as f:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue
            tmp.unlink(missing_ok=True)
        removed.append(tmp)
    for side in db_path.parent.glob(f"{glob.escape(db_path.name)}-build-*"):
        owner = side.name.removesuffix(next((s for s in _SIDE_FILES if side.name.endswith(s)), ""))
        if owner != side.name and not (side.parent / owner).exists():
            side.unlink(missing_ok=True)
            removed.append(side)
    return removed


def inspect_path(db_path: Path) -> Path:
    """Where the build puts Datasette's inspect data of `db_path` (`datasette --inspect-file`)."""
    return Path(db_path).with_name(Path(db_path).name + "-inspect.json")


def _inspect_data(path: Path, db_path: Path) -> dict:
    """What `datasette inspect` writes for the finished database: its hash, size and row
    counts. Served immutable, Datasette would otherwise hash the whole file on the
    first request that asks, while every other request waits."""
    db = sqlite_utils.Database(path)
    counts = {name: {"count": db[name].count} for name in db.table_names()}
    db.conn.close()
    stat = path.stat()  # os.replace keeps the file, so the server can tell these figures are of it
    return {db_path.stem: {"hash": inspect_hash(path), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
                           "file": db_path.name, "tables": counts}}


def _write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f"{path.name}-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def new_source(document: dict, seen: Container[str]) -> str:
    """The document's `source`, its stable key, which must be given and not among `seen`."""
    source = document.get("source")
    if not source:
        raise CatalogError(f"document {document.get('path')!r} has no 'source' (its stable key)")
    if source in seen:
        raise CatalogError(f"document source {source!r} appears twice: sources must be unique")
    return source


def _write_catalog(path: Path, documents: Iterable[dict], links: Iterable[dict], placed: bool,
                   root: Path | None, state: CatalogState | None) -> BuildStats:
    db = sqlite_utils.Database(path)
    for name, (columns, pk, fks) in SCHEMA.items():
        db[name].create(columns, pk=pk, foreign_keys=[(col, other, "id") for col, other in fks])
    db[_STAGED_MEASURES].create(SCHEMA["measures"][0])
    db["topics"].insert_all(_vocabulary_rows())
    units = _UnitNames()
    sources: set[str] = set()
    missing = 0
    for doc in documents:
        sources.add(new_source(doc, sources))
        doc = doc if placed else shaped(doc).to_dict()
        doc_units = _UnitNames()
        rows, found = _document_rows(doc, doc_units, root)
        missing += not found
        insert_rows(db, rows)
        units.update(doc_units)
        if state is not None:
            state.put(doc, doc_units.forms)
    _order_series(db)
    _measures_in_issue_order(db)
    db["units"].insert_all(units.rows())
    skipped = _insert_links(db, links)
    _insert_lineages(db)
    _finish(db)
    refresh_derived(db)
    if state is not None:
        db.execute(f"pragma user_version = {int(state.token)}")
    stats = BuildStats(links_skipped=skipped, raw_missing=missing)
    for name in SCHEMA:
        setattr(stats, name, db[name].count)
    db.conn.close()
    return stats


UNIT_KINDS_FILE = Path(__file__).parent / "data" / "unit_kinds.yml"


@lru_cache(maxsize=1)
def _unit_kind_rules() -> tuple[list[tuple[str, str, tuple[str, ...]]], str]:
    data = yaml.safe_load(UNIT_KINDS_FILE.read_text(encoding="utf-8"))
    try:
        rules = [(r["kind"], r["label"], tuple(r["ends"])) for r in data["kinds"]]
        return rules, data["default"]
    except (KeyError, TypeError) as e:
        raise ValueError(f"{UNIT_KINDS_FILE}: each kind needs kind, label and ends ({e})") from e


def unit_kind(name: str) -> tuple[str, str]:
    """(kind, Chinese label) of a unit: a government body, a public institution, a
    business or venue category, or an area (data/unit_kinds.yml).

    >>> unit_kind("重庆市卫生健康委员会"), unit_kind("KTV"), unit_kind("乡镇卫生院")[0], unit_kind("主城都市区")[0]
    (('government', '政府机关'), ('business', '经营主体与场所'), 'institution', 'area')
    """
    rules, default = _unit_kind_rules()
    for kind, label, ends in rules:
        if name.endswith(ends):
            return kind, label
    return default, next(label for kind, label, _ in rules if kind == default)


class _UnitNames:
    """Canonical unit names and every other form they were seen under."""

    def __init__(self) -> None:
        self.forms: dict[str, set[str]] = defaultdict(set)

    def add(self, name: str, forms: Iterable[str]) -> None:
        self.forms[name].update(f for f in forms if f)

    def update(self, other: _UnitNames) -> None:
        for name, forms in other.forms.items():
            self.forms[name].update(forms)

    def rows(self) -> list[dict]:
        return [unit_row(name, forms) for name, forms in sorted(self.forms.items())]


def unit_row(name: str, forms: Iterable[str]) -> dict:
    """The `units` row of a unit seen under `forms`."""
    # A unit named through a shared head (市和区县卫生健康行政部门) is written
    # as a fragment (市): a fragment is no name to search the unit by.
    # The alias table's forms too: any spelling of a body finds it, used in a notice or not.
    aliases = {f for f in [*forms, *alias_forms(name)]
               if f and f != name and not (name.startswith(f) and 2 * len(f) < len(name))}
    return {"id": name, "name": name, **dict(zip(("kind", "kind_label"), unit_kind(name))),
            "aliases": _json(sorted(aliases))}


def shaped(doc: dict) -> Document:
    """The document in the shape of extract/document.py, placed: every offset the
    catalog stores is one the shape gives."""
    try:
        return place(Document.from_dict(doc))
    except ShapeError as e:
        raise CatalogError(str(e)) from None


def _raw_text(doc: dict, root: Path | None) -> str | None:
    """The text of the file ``doc`` was extracted from, when it is still where the
    document says (its relative path read from ``root``, default the working folder)
    and unchanged since (its sha256); else None."""
    if not doc.get("path") or not doc.get("sha256") or not doc.get("provenance"):
        return None
    path = Path(root or ".") / doc["path"]
    if not path.is_file():
        return None
    try:
        source = read_source(path)
    except SourceError:
        return None
    return source.text if source.sha256 == doc["sha256"] else None


def _raw_excerpts(doc: dict, root: Path | None) -> list[RawExcerpt | None] | None:
    """Each measure in its raw file, stored so the measure page shows it in context
    without the file (the catalog is served apart from the corpus); None when the
    file is not found."""
    raw = _raw_text(doc, root)
    return None if raw is None else raw_excerpts(Document.from_dict(doc), raw)


def _document_rows(doc: dict, units: _UnitNames, root: Path | None = None) -> tuple[dict[str, list[dict]], bool]:
    """The rows of a placed document (the shape of extract/document.py, as `shaped`
    gives it), and whether its raw file was found for the raw excerpts."""
    excerpts = _raw_excerpts(doc, root)
    # Gold files name no file to look for: only a file the document names and the build misses counts.
    found = excerpts is not None or not all(doc.get(k) for k in ("path", "sha256", "provenance", "measures"))
    excerpts = excerpts or [None] * len(doc.get("measures") or [])
    source = doc["source"]
    paragraphs = doc.get("paragraphs") or []
    provenance = doc.get("provenance") or []
    date = doc.get("date")
    year = docnumber.issue_year(date, doc.get("doc_number"))
    audit = doc.get("audit") or {}
    measures = doc.get("measures") or []
    rows: dict[str, list[dict]] = defaultdict(list)
    rows["notices"].append({
        "id": source, "source": source, "title": doc.get("title"),
        "doc_number": doc.get("doc_number"), "issuer": doc.get("issuer"),
        "date": date, "year": year, "sort_key": _issue_key(doc), "kind": doc.get("kind"),
        "addressees": _json(doc.get("addressees")), "sha256": doc.get("sha256"),
        "path": doc.get("path"), "format": doc.get("format"), "encoding": doc.get("encoding"),
        "cleaning": _json(doc.get("cleaning")),
        "articles": _json([a["title"] for a in doc["articles"] if a.get("title")] if doc.get("articles") else None),
        "paragraph_count": len(paragraphs), "measure_count": len(measures),
        **{f"audit_{k}": audit.get(k) for k in ("sentences", "kept", "metadata", "debris", "duplicates")},
        "audit_lost": len(audit["lost"]) if "lost" in audit else None,
    })
    for i, text in enumerate(paragraphs):
        rows["paragraphs"].append({
            "id": _paragraph_id(source, i), "notice": source, "index": i, "label": f"¶{i}",
            "text": text, "provenance": _json(provenance[i] if i < len(provenance) else None),
        })
    rows["references"] += _reference_rows(doc.get("references"), source, None, f"{source}#r")
    seen_ids: set[str] = set()
    for position, measure in enumerate(measures):
        for table, more in _measure_rows(measure, position, doc, year, seen_ids, units, excerpts[position]).items():
            rows[table] += more
    return rows, found


def _measure_rows(
    measure: dict, position: int, doc: dict, year: int | None, seen_ids: set[str], units: _UnitNames,
    excerpt: RawExcerpt | None,
) -> dict[str, list[dict]]:
    source = doc["source"]
    path = str(measure.get("path"))
    mid = _unique(f"{source}#{path}", seen_ids)
    text = measure.get("text") or ""
    heading = measure.get("heading")
    rows: dict[str, list[dict]] = defaultdict(list)
    for i, unit in enumerate(measure["units"]):
        if not unit["name"]:
            raise CatalogError(f"{source}: measure {path} has a unit without a name or mention: {unit!r}")
        units.add(unit["name"], UnitMention.from_dict(unit).names)
        rows["measure_units"].append({
            "id": f"{mid}#u{i}", "measure": mid, "unit": unit["name"], "mention": unit["mention"],
            "role": unit["role"], "start": unit["start"], "end": unit["end"],
        })
    for i, d in enumerate(measure.get("deadlines") or []):
        low, high = _bounds(d.get("value"))
        start, end = d["start"], d["end"]
        rows["deadlines"].append({
            "id": f"{mid}#d{i}", "measure": mid, "notice": source, "kind": d.get("kind"),
            "value": low, "value_to": high, "unit": d.get("unit"), "event": d.get("event"),
            "date": d.get("date"), "text": d.get("text"), "start": start, "end": end,
            "topic": d.get("topic"), "obliged": d.get("obliged"), "action": d.get("action"),
        })
    for i, t in enumerate(measure.get("thresholds") or []):
        low, high = _bounds(t.get("value"))
        start, end = t["start"], t["end"]
        rows["thresholds"].append({
            "id": f"{mid}#t{i}", "measure": mid, "notice": source, "value": low, "value_to": high,
            "unit": t.get("unit"), "comparator": t.get("comparator"), "quantity": t.get("quantity"),
            "per": t.get("per"), "text": t.get("text"), "start": start, "end": end,
            "topic": t.get("topic"),
        })
    topics = sorted({_topic_fields(t) for t in measure.get("topics") or []})
    rows["topics"] = [{"id": key, "oxcgrt": oxcgrt} for key, oxcgrt in topics]
    rows["measure_topics"] = [{"measure": mid, "topic": key} for key in dict(topics)]
    rows["references"] = _reference_rows(measure.get("references"), source, mid, f"{mid}#r")

    paragraph = measure["paragraph"] if 0 <= (measure["paragraph"] or 0) < len(doc["paragraphs"]) else None
    level = None if path == "closing" else len(path.split("."))
    label = heading or (text[:24] + "…" if len(text) > 24 else text)
    rows["measures"].append({
        "id": mid, "notice": source, "position": position, "path": path, "level": level,
        "heading": heading, "label": f"{path} {label}", "text": text,
        "paragraph": _paragraph_id(source, paragraph) if paragraph is not None else None,
        "year": year, "sort_key": f"{_issue_key(doc)}|{position:05d}",
        "units": _json(sorted({r["unit"] for r in rows["measure_units"]})),
        "topics": _json([key for key, _ in topics]),
        "notice_title": doc.get("title"), "doc_number": doc.get("doc_number"), "notice_date": doc.get("date"),
        "raw_start": excerpt.start if excerpt else None, "raw_text": excerpt.text if excerpt else None,
        "raw_marks": _json({"measure": excerpt.measure, "marks": excerpt.marks}) if excerpt else None,
        **{column: _json(sorted({r["unit"] for r in rows["measure_units"]
                                 if (unit_kind(r["unit"])[0] in ("government", "institution")) == bodies}))
           for column, bodies in (("bodies", True), ("parties", False))},
    })
    return rows


def _bounds(value) -> tuple:
    """(value, value_to) of a number, or of a range [low, high] (3—5天)."""
    return (value[0], value[-1]) if isinstance(value, list) else (value, None)


def _vocabulary_rows() -> list[dict]:
    """Every topic of the vocabulary, with the Chinese names the catalog's queries accept."""
    return [{"id": r.key, "oxcgrt": r.oxcgrt, "label": r.label, "names": _json(list(r.names))}
            for r in topic_rules()]


def _topic_fields(topic: dict) -> tuple[str, str | None]:
    return topic["topic"], topic.get("oxcgrt")


def _reference_rows(refs: list[dict] | None, source: str, measure: str | None, prefix: str) -> list[dict]:
    return [
        {
            "id": f"{prefix}{i}", "notice": source, "measure": measure, "title": r.get("title"),
            "doc_number": r.get("doc_number"), "text": r.get("text"),
            "start": r.get("start"), "end": r.get("end"), "cited_notice": None,
        }
        for i, r in enumerate(refs or [])
    ]


def _insert_links(db: sqlite_utils.Database, links: Iterable[dict]) -> int:
    """Store the measure pairs of `links`; return how many pairs name something unknown."""
    notices = {r["id"] for r in db.query("select id from notices")}
    measures = {r["id"] for r in db.query("select id from measures")}
    skipped = 0

    def rows() -> Iterator[dict]:
        nonlocal skipped
        for link in links:
            a, b = link.get("a"), link.get("b")
            for pair in link.get("pairs") or []:
                ma = f"{a}#{pair['a']}" if pair.get("a") is not None else None
                mb = f"{b}#{pair['b']}" if pair.get("b") is not None else None
                known = a in notices and b in notices and all(m is None or m in measures for m in (ma, mb))
                if not known or ma is mb is None:
                    skipped += 1
                    continue
                yield {
                    "id": f"{ma}|{mb}", "measure_a": ma, "measure_b": mb,
                    "notice_a": a, "notice_b": b, "similarity": pair.get("similarity"),
                    "status": pair.get("status"), "change_type": pair.get("change_type"),
                    "changes": _json(pair.get("changes")),
                }

    # Streamed in batches as the comparisons come; a pair given twice keeps its last version.
    db["links"].insert_all(rows(), replace=True)
    return skipped


def _insert_lineages(db: sqlite_utils.Database) -> None:
    """Chain the stored links into lineages, each version with the change that led
    to it. A lineage stays within one place: the catalog links measures of any two
    notices alike, but a lineage is one government's measure, and a notice whose
    place is unknown starts none and continues none."""
    places = {r["id"]: place_of(r["issuer"], r["title"], r["doc_number"])
              for r in db.query("select id, issuer, title, doc_number from notices")}
    steps = [
        Step(r["measure_a"], r["measure_b"], r["order_a"], r["order_b"], r["similarity"] or 0.0,
             r["change_type"], link=r["id"])
        for r in db.query(
            "select l.id, l.measure_a, l.measure_b, l.notice_a, l.notice_b, l.similarity, l.change_type, "
            "na.sort_key as order_a, nb.sort_key as order_b from links l "
            "join notices na on na.id = l.notice_a join notices nb on nb.id = l.notice_b "
            "where l.measure_a is not null and l.measure_b is not null")
        if same_place(places[r["notice_a"]], places[r["notice_b"]])
    ]
    found = lineages(steps)
    # The change lines of the steps a lineage took only: reading every link's changes took most of the time.
    for line in found:
        for step in line.steps:
            changes = db.execute("select changes from links where id = ?", [step.link]).fetchone()[0]
            step.change = change_line(json.loads(changes or "[]"))
    measures = {r["id"]: r for r in db.query(
        "select m.id, m.notice, m.label, n.date from measures m join notices n on n.id = m.notice "
        "where m.id in (select measure_a from links union select measure_b from links)")}
    versions, rows = [], []
    for line in found:
        first, last = measures[line.versions[0]], measures[line.versions[-1]]
        rows.append({"id": line.id, "first_measure": first["id"], "last_measure": last["id"],
                     "versions": len(line.versions), "first_date": first["date"], "last_date": last["date"],
                     "label": last["label"]})
        for position, measure in enumerate(line.versions):
            step = line.steps[position - 1] if position else None
            versions.append({
                "id": f"{line.id}|{position}", "lineage": line.id, "position": position, "measure": measure,
                "notice": measures[measure]["notice"], "date": measures[measure]["date"],
                "previous_measure": step.earlier if step else None, "link": step.link if step else None,
                "change_type": step.change_type if step else None, "change": step.change if step else None,
            })
    db["lineages"].insert_all(rows)
    db["lineage_versions"].insert_all(versions)


def _order_series(db: sqlite_utils.Database) -> None:
    """Sort keys of the notices known by their number only, read among their issuer's
    other notices (``docnumber.issue_orders``), which one notice alone cannot tell:
    第27号 after the dated 第23号, as the links and lineages take them."""
    changed = series_keys(db)
    if changed:  # each update finds its notice's measures by index, not by a scan of them all
        db[_STAGED_MEASURES].create_index(["notice"])
    for source, (old, key) in changed.items():
        db.execute("update notices set sort_key = ? where id = ?", [key, source])
        db.execute(f"update [{_STAGED_MEASURES}] set sort_key = ? || substr(sort_key, ?) where notice = ?",
                   [key, len(old) + 1, source])


def series_keys(db: sqlite_utils.Database) -> dict[str, tuple[str, str]]:
    """source → (sort key stored, sort key in its series) of the notices whose key
    their series changes (see `_order_series`)."""
    heads = list(db.query("select source, date, doc_number, title, issuer, sort_key from notices "
                          "where kind = 'notice'"))
    orders = docnumber.issue_orders(heads)
    keys = {head["source"]: (head["sort_key"], _sort_key(orders[head["source"]], head["source"])) for head in heads}
    return {source: (old, new) for source, (old, new) in keys.items() if old != new}


def _measures_in_issue_order(db: sqlite_utils.Database) -> None:
    """Move the staged measures into `measures`, in issue order.

    With rowids in issue order, a search that walks the full-text index backwards
    by rowid meets the newest matches first and can stop after a page of them: its
    cost no longer grows with the number of matches (metadata.yml, search_newest).
    No VACUUM may follow: it could renumber the rowids the full-text tables point at.
    The table numbers its rows on from its largest rowid (from 1 when empty) in the
    order they come, and `seq` holds the same number, for the pages: Datasette sorts
    and searches by a column (metadata.yml). An update (db/update.py) appends so too.
    """
    columns = ", ".join(f"[{c}]" for c in SCHEMA["measures"][0] if c != "seq")
    db.execute(f"insert into measures ({columns}, seq) select {columns}, "
               "(select coalesce(max(rowid), 0) from measures) + row_number() over (order by sort_key, id) "
               f"from [{_STAGED_MEASURES}] order by sort_key, id")
    db[_STAGED_MEASURES].drop()


def _finish(db: sqlite_utils.Database) -> None:
    """Indexes, derived columns, full-text tables and views, once all rows are in."""
    # Indexes first: the counts below look rows up by unit and topic.
    for table, columns in INDEXES:
        db[table].create_index(columns)
    count_and_cite(db)
    _fill_fts(db)
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip())
    check(db)
    db.analyze()


def count_and_cite(db: sqlite_utils.Database) -> None:
    """The columns computed over the whole catalog: how many measures name each unit
    and topic, and the notice each reference cites, when one notice has its number."""
    db.execute("update units set measure_count = "
               "(select count(distinct measure) from measure_units where unit = units.id)")
    db.execute("update topics set measure_count = "
               "(select count(*) from measure_topics where topic = topics.id)")
    by_number = defaultdict(list)
    for row in db.query("select id, doc_number from notices where doc_number is not null"):
        by_number[docnumber.fold(row["doc_number"])].append(row["id"])
    for row in list(db.query("select id, doc_number, cited_notice from [references] where doc_number is not null")):
        cited = by_number.get(docnumber.fold(row["doc_number"]), [])
        cited = cited[0] if len(cited) == 1 else None
        if cited != row["cited_notice"]:
            db.execute("update [references] set cited_notice = ? where id = ?", [cited, row["id"]])


def check(db: sqlite_utils.Database) -> None:
    """Commit, and refuse a catalog with a dangling foreign key."""
    db.conn.commit()
    broken = db.execute("pragma foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"catalog has {len(broken)} dangling foreign keys, e.g. {broken[0]}")


def _fill_fts(db: sqlite_utils.Database) -> None:
    for fts, (table, columns) in FTS.items():
        db.execute(f"create virtual table [{fts}] using fts5({', '.join(columns)}, content='', tokenize='unicode61')")
        write_fts(db, fts)


def write_fts(db: sqlite_utils.Database, fts: str, where: str = "", params: Iterable = (),
              delete: bool = False) -> None:
    """Index in `fts` the rows of its table that match `where` (SQL on the table's
    columns), or with `delete` take them out: a table without content forgets a row
    only when given the very values it indexed, which this computes the same way."""
    columns = FTS[fts][1]
    marks = ", ".join("?" * (len(columns) + 1))
    sql = (f"insert into [{fts}] ([{fts}], rowid, {', '.join(columns)}) values ('delete', {marks})" if delete
           else f"insert into [{fts}] (rowid, {', '.join(columns)}) values ({marks})")
    # Rows stream from one query into the next insert, so memory stays flat however large the corpus.
    db.conn.executemany(sql, _fts_values(db, fts, f" where {where}" if where else "", params))


def _fts_values(db: sqlite_utils.Database, fts: str, where: str, params: Iterable) -> Iterator[tuple]:
    if fts == "measures_fts":
        for r in db.query("select rowid, heading, text, (select group_concat(word, ' ') from "
                          "(select unit as word from measure_units where measure = measures.id union "
                          "select mention from measure_units where measure = measures.id)) as units "
                          f"from measures{where}", params):
            yield r["rowid"], index_text(r["heading"]), index_text(r["text"]), index_text(r["units"])
    else:
        for r in db.query("select rowid, title, doc_number, issuer, articles, (select group_concat(text, char(10)) "
                          "from (select text from paragraphs where notice = notices.id order by [index])) as body "
                          f"from notices{where}", params):
            yield (r["rowid"], index_text(r["title"]), index_text(r["doc_number"]), index_text(r["issuer"]),
                   index_text("\n".join([r["body"] or "", *json.loads(r["articles"] or "[]")])))


def _issue_key(doc: dict) -> str:
    """``docnumber.issue_order`` as a string that sorts the same, for an index."""
    return _sort_key(docnumber.issue_order(doc.get("date"), doc.get("doc_number")), doc["source"])


def _sort_key(order: tuple[int, str, int], source: str) -> str:
    year, date, serial = order
    # Zeros, not an empty field: "|" sorts after digits.
    return f"{year:04d}|{date or '0000-00-00'}|{serial:06d}|{source}"


def _paragraph_id(source: str, index: int) -> str:
    return f"{source}#p{index}"


def _unique(key: str, seen: set[str]) -> str:
    """`key`, or `key~2`, `key~3` … when a document repeats a measure path."""
    n, unique = 1, key
    while unique in seen:
        n += 1
        unique = f"{key}~{n}"
    seen.add(unique)
    return unique


def _json(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)
