"""Build the catalog: compare every notice with the related notices before it, then write SQLite."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from compare import CandidateIndex, compare_documents
from db.build import BuildStats, build
from ingest import docnumber

from .spool import DocumentSpool, spooled


def iter_links(documents: Iterable[dict]) -> Iterator[dict]:
    """Comparisons of each notice with the earlier notices that share measures with it,
    one at a time: each holds a word diff per measure pair, and keeping them all
    took more memory than the notices themselves.

    Candidates come from one index shared across the corpus, so the work grows
    with the number of related notices, not with the square of the corpus. The
    notices are read from a `DocumentSpool` (`documents` are spooled first when
    they are not one), so memory does not grow with them either.
    """
    with spooled(documents) as spool:
        index = CandidateIndex()
        for doc in notices_in_issue_order(spool):
            for earlier in index.related_sources(doc):
                yield compare_documents(spool.get(earlier), doc, index)
            index.add(doc)


def notices_in_issue_order(spool: DocumentSpool) -> Iterator[dict]:
    """The notices of the spool (not news pages), oldest first, read back one at a
    time; an undated notice follows its issuer's notice of the serial before it."""
    heads = [{k: d.get(k) for k in ("source", "date", "doc_number", "title", "issuer")}
             for d in spool if d.get("kind") == "notice"]
    keys = docnumber.issue_orders(heads)
    for source in sorted(keys, key=lambda s: (keys[s], s)):
        yield spool.get(source)


def build_catalog(documents: Iterable[dict], db_path: Path) -> BuildStats:
    """Write the catalog database for these documents, with the links between their measures.

    `documents` may be any iterable, a generator too: they are spooled to disk
    beside the database, since the build reads them twice."""
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    with spooled(documents, Path(db_path).parent) as spool:
        return build(spool, db_path, links=iter_links(spool))
