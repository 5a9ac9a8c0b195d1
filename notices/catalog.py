"""Build the catalog: compare every notice with the related notices before it, then write SQLite.

A build keeps, beside the catalog, every document, the order the notices were
linked in and the candidate index at the end (db/state.py). The next build can
then update the catalog (`update_catalog`): a notice's links are a function of
the notices before it in issue order (the index they are looked up in) and of
itself, so the links of the notices before the first place where the order or
a document differs stay as they are; those from there on are computed again,
against the kept index when only newer notices were added, else against an
index of the unchanged notices before that place.
"""
from __future__ import annotations

import pickle
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from compare import CandidateIndex, compare_documents
from db import CatalogError
from db.build import BuildStats, build
from db.state import HEAD, CatalogState
from db.update import UpdateStats, update
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
        yield from link_notices(CandidateIndex(), issue_order(heads_of(spool)), spool.get)


def link_notices(index: CandidateIndex, sources: Iterable[str], get: Callable[[str], dict]) -> Iterator[dict]:
    """Compare each notice of `sources` (in issue order) with the related notices of
    `index`, then add it to the index."""
    for source in sources:
        doc = get(source)
        for earlier in index.related_sources(doc):
            yield compare_documents(get(earlier), doc, index)
        index.add(doc)


def heads_of(documents: Iterable[dict]) -> list[dict]:
    return [{k: d.get(k) for k in HEAD} for d in documents]


def issue_order(heads: Iterable[dict]) -> list[str]:
    """The sources of the notices (not news pages), oldest first; an undated notice
    follows its issuer's notice of the serial before it."""
    keys = docnumber.issue_orders([h for h in heads if h.get("kind") == "notice"])
    return sorted(keys, key=lambda s: (keys[s], s))


def notices_in_issue_order(spool: DocumentSpool) -> Iterator[dict]:
    """The notices of the spool, oldest first (`issue_order`), read back one at a time."""
    for source in issue_order(heads_of(spool)):
        yield spool.get(source)


def build_catalog(documents: Iterable[dict], db_path: Path, root: Path | None = None) -> BuildStats:
    """Write the catalog database for these documents, with the links between their measures,
    and the state the next build updates it from.

    `documents` may be any iterable, a generator too: they are spooled to disk
    beside the database, since the build reads them twice. `root`: see `db.build.build`."""
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    with spooled(documents, Path(db_path).parent) as spool, CatalogState.editing(db_path) as state:
        order = issue_order(heads_of(spool))
        index = CandidateIndex()
        stats = build(spool, db_path, links=link_notices(index, order, spool.get), placed=True, root=root,
                      state=state)
        _keep_links(state, order, index)
        state.commit()
    return stats


@dataclass
class Changes:
    """What differs between the files of a build and the catalog's state."""

    read: list[int] = field(default_factory=list)  # indexes of the files to extract: new or changed
    removed: list[str] = field(default_factory=list)  # sources of the state no file gives any more
    unchanged: int = 0


def changes(sources: list[str], hashes: list[str | None], state: CatalogState) -> Changes:
    """Compare the files of a build (their sources and sha256) with what the state holds."""
    kept = state.hashes()
    found = Changes(removed=sorted(set(kept) - set(sources)))
    for i, (source, sha256) in enumerate(zip(sources, hashes)):
        if sha256 is not None and kept.get(source) == sha256:
            found.unchanged += 1
        else:
            found.read.append(i)
    return found


def update_catalog(documents: Iterable[dict], db_path: Path, removed: Iterable[str] = (),
                   root: Path | None = None) -> UpdateStats:
    """Update the catalog at `db_path` with `documents` new or changed (by source)
    and without the sources `removed`, doing only what they change (module
    docstring); the result equals `build_catalog` of the documents after the change.
    Raises CatalogError when the catalog has no state to update from."""
    db_path = Path(db_path)
    old = CatalogState.of(db_path)
    if old is None:
        raise CatalogError(f"{db_path}: no build state matches this catalog; build it in full")
    with old, spooled(documents, db_path.parent) as spool, CatalogState.editing(db_path, old) as state:
        kept = old.hashes()
        removed = sorted(set(removed) & set(kept))
        changed = [d["source"] for d in spool if d["source"] in kept]
        changed = [s for s in changed if old.get(s) != spool.get(s)]
        fresh = [d["source"] for d in spool if d["source"] not in kept or d["source"] in changed]
        gone = set(removed) | set(changed)
        order = issue_order([h for h in old.heads() if h["source"] not in gone]
                            + heads_of(spool.get(s) for s in fresh))
        before = old.meta("order")
        same = 0
        while same < min(len(order), len(before)) and order[same] == before[same] and order[same] not in gone:
            same += 1

        def get(source: str) -> dict:
            return spool.get(source) if source in spool else old.get(source)

        if same == len(before):
            index = pickle.loads(zlib.decompress(old.blob("index")))
        else:
            index = CandidateIndex()
            for source in order[:same]:
                index.add(get(source))
        relinked = order[same:]
        stats = update(db_path, (spool.get(s) for s in fresh), removed=removed, changed=changed,
                       relinked=relinked, links=link_notices(index, relinked, get), state=state, root=root)
        _keep_links(state, order, index)
        state.commit()
    return stats


def _keep_links(state: CatalogState, order: list[str], index: CandidateIndex) -> None:
    state.set_meta("order", order)
    state.set_blob("index", zlib.compress(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL), 1))
