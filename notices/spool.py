"""Documents kept on disk while a catalog is built, read back one at a time.

A document dict takes about 50 kB of memory, so years of notices (100,000 and
more) do not fit in memory at once. The build reads them twice, for its tables
and then in issue order for the links, and a link reads back the earlier notice
it compares with. The spool keeps only each document's place in a temporary
JSON Lines file, which the operating system deletes when the spool is closed.
Documents are read into the document shape (extract/document.py) and placed on
the way in, so what the build and compare read back is of that shape with its
offsets, gold files too.
"""
from __future__ import annotations

import json
import tempfile
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from db.build import new_source, shaped


@contextmanager
def spooled(documents: Iterable[dict], directory: str | Path | None = None) -> Iterator[DocumentSpool]:
    """`documents` themselves when already spooled, otherwise a spool of them that is
    closed (and its file deleted) on leaving the block."""
    if isinstance(documents, DocumentSpool):
        yield documents
        return
    with DocumentSpool(directory) as spool:
        for doc in documents:
            spool.append(doc)
        yield spool


class DocumentSpool:
    """An append-only store of documents keyed by their `source`.

    Iterating gives the documents in the order they were added; `get` reads one
    back by source, keeping the `cached` documents read last in memory.

    >>> with spooled([{"source": "a.txt", "title": "甲"}]) as spool:
    ...     len(spool), spool.get("a.txt")["title"], [d["source"] for d in spool]
    (1, '甲', ['a.txt'])
    """

    def __init__(self, directory: str | Path | None = None, cached: int = 64):
        self._file = tempfile.TemporaryFile(prefix="notices-spool-", suffix=".jsonl", dir=directory)
        self._places: dict[str, tuple[int, int]] = {}  # source -> (offset, length)
        self._end = 0
        self._recent: OrderedDict[str, dict] = OrderedDict()
        self.cached = cached

    def append(self, document: dict) -> None:
        source = new_source(document, self._places)
        document = shaped(document).to_dict()
        line = json.dumps(document, ensure_ascii=False).encode("utf-8") + b"\n"
        self._file.seek(self._end)
        self._file.write(line)
        self._places[source] = (self._end, len(line))
        self._end += len(line)

    def __len__(self) -> int:
        return len(self._places)

    def __contains__(self, source: str) -> bool:
        return source in self._places

    def __iter__(self) -> Iterator[dict]:
        for source in list(self._places):
            yield self._read(source)

    def get(self, source: str) -> dict:
        """The document of `source`; a KeyError names a source never added."""
        if source in self._recent:
            self._recent.move_to_end(source)
            return self._recent[source]
        if source not in self._places:
            raise KeyError(f"no document with source {source!r} in the spool")
        doc = self._recent[source] = self._read(source)
        if len(self._recent) > self.cached:
            self._recent.popitem(last=False)
        return doc

    def _read(self, source: str) -> dict:
        offset, length = self._places[source]
        self._file.seek(offset)
        return json.loads(self._file.read(length))

    def close(self) -> None:
        self._file.close()
        self._recent.clear()

    def __enter__(self) -> DocumentSpool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
