"""Build the catalog: compare every notice with the related notices before it, then write SQLite."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from compare import CandidateIndex, compare_documents
from compare.relations import issue_order
from db.build import BuildStats, build


def iter_links(documents: list[dict]) -> Iterator[dict]:
    """Comparisons of each notice with the earlier notices that share measures with it,
    one at a time: each holds a word diff per measure pair, and keeping them all
    took more memory than the notices themselves.

    Candidates come from one index shared across the corpus, so the work grows
    with the number of related notices, not with the square of the corpus.
    """
    index = CandidateIndex()
    earlier: dict[str, dict] = {}
    for doc in sorted((d for d in documents if d.get("kind") == "notice"), key=lambda d: (issue_order(d), d["source"])):
        for source in index.related_sources(doc):
            yield compare_documents(earlier[source], doc, index)
        index.add(doc)
        earlier[doc["source"]] = doc


def build_catalog(documents: list[dict], db_path: Path) -> BuildStats:
    """Write the catalog database for these documents, with the links between their measures."""
    return build(documents, db_path, links=iter_links(documents))
