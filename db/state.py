"""What a build keeps beside the catalog so the next build can do only what changed.

`X.db-state` is a SQLite file next to the catalog `X.db` (never served or
published): every document the catalog was built from, placed, each with its
file's sha256 and its head (what the issue order reads); the unit forms each
document contributed (a unit's aliases are the union over all documents that
name it, so removing one must know what the others gave); and named blobs the
caller keeps with them (the link order and the candidate index, notices/catalog.py).

A state belongs to one catalog file: both carry the same token (the catalog in
`pragma user_version`). A catalog replaced without its state, or a state left
from a build that died between the two renames, no longer matches, and the
next build is a full one.

A state is changed on a copy (`CatalogState.editing`) that replaces the file
only when `commit` is called, after the catalog it describes is in place.
"""
from __future__ import annotations

import fcntl
import functools
import hashlib
import json
import os
import secrets
import shutil
import sqlite3
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

# The fields of a document's head: what `docnumber.issue_orders` reads.
HEAD = ("source", "kind", "date", "doc_number", "title", "issuer")

_SCHEMA = """
create table documents (source text primary key, sha256 text, kind text, date text, doc_number text,
  title text, issuer text, body blob);
create table unit_forms (source text, unit text, form text, primary key (source, unit, form));
create index unit_forms_unit on unit_forms (unit);
create table meta (key text primary key, value blob);
"""


# What turns a file into catalog rows: a state written by other code or rules is not updated
# from (its unchanged files would keep the old extraction, and its saved index is a pickle of
# the old code's classes).
_PROGRAM = ("ingest", "extract", "compare", "db", "notices")
_PROGRAM_FILES = ("*.py", "*.yml", "*.yaml", "*.json", "*.txt")


@functools.cache
def program_fingerprint() -> str:
    """A digest of the code and data files of the packages a build runs."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for package in _PROGRAM:
        for path in sorted(p for pattern in _PROGRAM_FILES for p in (root / package).rglob(pattern)):
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def state_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + "-state")


def catalog_token(db_path: Path) -> int | None:
    """The token of the catalog file, or None when there is none to read."""
    if not Path(db_path).is_file():
        return None
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        return conn.execute("pragma user_version").fetchone()[0] or None


class CatalogState:
    """An open state file; see the module docstring."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self.conn = conn
        self.target: Path | None = None  # the state file an edited copy replaces

    @classmethod
    def of(cls, db_path: Path) -> CatalogState | None:
        """The state of the catalog at `db_path`, read-only, or None when there is none
        that matches the catalog file and this program (see the module docstring)."""
        return cls.opened(db_path)[0]

    @classmethod
    def opened(cls, db_path: Path) -> tuple[CatalogState | None, str | None]:
        """`of`, and when it gives None, why: for the line a build prints."""
        path = state_path(db_path)
        token = catalog_token(db_path)
        state = cls(path, sqlite3.connect(f"file:{path}?mode=ro", uri=True)) if token and path.is_file() else None
        if state is None or state.meta("token") != token:
            if state is not None:
                state.close()
            return None, "no state of an earlier build to update"
        if state.meta("program") != program_fingerprint():
            state.close()
            return None, "the program or its rules changed since the last build"
        return state, None

    @classmethod
    @contextmanager
    def editing(cls, db_path: Path, start_from: CatalogState | None = None) -> Iterator[CatalogState]:
        """A new state for `db_path` on a temporary file: empty, or a copy of
        `start_from`; it replaces the state file on `commit`, and is removed otherwise."""
        path = state_path(db_path)
        # Named and locked as a build's temporary file, so that `db.build.remove_stale_builds`
        # removes it when a build dies, and leaves it while this one runs.
        fd, tmp = tempfile.mkstemp(prefix=f"{Path(db_path).name}-build-state-", dir=path.parent)
        fcntl.flock(fd, fcntl.LOCK_EX)
        tmp = Path(tmp)
        if start_from is not None:
            shutil.copyfile(start_from.path, tmp)  # into the same file, which keeps its lock
        conn = sqlite3.connect(tmp)  # an empty file is an empty database
        try:
            if start_from is None:
                conn.executescript(_SCHEMA)
            state = cls(tmp, conn)
            state.target = path
            state.set_meta("token", secrets.randbelow(2 ** 31 - 1) + 1)
            state.set_meta("program", program_fingerprint())
            yield state
        finally:
            conn.close()
            tmp.unlink(missing_ok=True)
            os.close(fd)

    @property
    def token(self) -> int:
        return self.meta("token")

    def commit(self) -> None:
        """Write the state and put it in place of the state file (after its catalog)."""
        self.conn.commit()
        self.conn.close()
        os.replace(self.path, self.target)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> CatalogState:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # documents

    def put(self, doc: dict, unit_forms: dict[str, Iterable[str]]) -> None:
        """Keep a placed document (replacing one of its source) and the forms it gave each unit."""
        source = doc["source"]
        self.remove([source])
        body = zlib.compress(json.dumps(doc, ensure_ascii=False).encode("utf-8"), 1)
        self.conn.execute("insert into documents values (?, ?, ?, ?, ?, ?, ?, ?)",
                          [source, doc.get("sha256"), *(doc.get(k) for k in HEAD[1:]), body])
        self.conn.executemany("insert or ignore into unit_forms values (?, ?, ?)",
                              [(source, unit, form) for unit, forms in unit_forms.items()
                               for form in ["", *forms]])

    def remove(self, sources: Iterable[str]) -> None:
        for source in sources:
            self.conn.execute("delete from documents where source = ?", [source])
            self.conn.execute("delete from unit_forms where source = ?", [source])

    def get(self, source: str) -> dict:
        row = self.conn.execute("select body from documents where source = ?", [source]).fetchone()
        if row is None:
            raise KeyError(f"no document with source {source!r} in {self.path}")
        return json.loads(zlib.decompress(row[0]))

    def __contains__(self, source: str) -> bool:
        return self.conn.execute("select 1 from documents where source = ?", [source]).fetchone() is not None

    def hashes(self) -> dict[str, str | None]:
        """source → sha256 of the file each document was read from."""
        return dict(self.conn.execute("select source, sha256 from documents"))

    def heads(self) -> list[dict]:
        cursor = self.conn.execute(f"select {', '.join(HEAD)} from documents order by source")
        return [dict(zip(HEAD, row)) for row in cursor]

    def unit_forms(self, units: Iterable[str]) -> dict[str, set[str]]:
        """unit → every form any kept document gave it ('' for the name alone)."""
        found: dict[str, set[str]] = {}
        for unit in units:
            for (form,) in self.conn.execute("select form from unit_forms where unit = ?", [unit]):
                found.setdefault(unit, set()).add(form)
        return found

    def units_of(self, sources: Iterable[str]) -> set[str]:
        return {unit for source in sources
                for (unit,) in self.conn.execute("select unit from unit_forms where source = ?", [source])}

    # named values

    def meta(self, key: str):
        row = self.conn.execute("select value from meta where key = ?", [key]).fetchone()
        return None if row is None else json.loads(row[0])

    def set_meta(self, key: str, value) -> None:
        self.conn.execute("insert or replace into meta values (?, ?)", [key, json.dumps(value)])

    def blob(self, key: str) -> bytes | None:
        row = self.conn.execute("select value from meta where key = ?", [key]).fetchone()
        return None if row is None else row[0]

    def set_blob(self, key: str, value: bytes) -> None:
        self.conn.execute("insert or replace into meta values (?, ?)", [key, value])
