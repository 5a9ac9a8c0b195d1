"""The whole way from a source file to a document dict: ingest, then extract.

The dict is the annotation guide's document shape with measures, provenance and
audit added; ``db`` and ``compare`` read it, and ``notices extract`` writes it.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from extract.measures import extract_measures, issuing_city
from extract.references import find_references
from ingest.models import Document
from ingest.pipeline import ingest_file
from ingest.readers import SourceError

# Files a worker takes at a time. Chunks save a round trip per file; small ones keep
# results flowing to the caller and leave no worker idle for long at the end of a
# batch: with a sixteenth of the batch per chunk, one core could idle through the
# last sixteenth of the run.
CHUNK = 16

SOURCE_SUFFIXES = {".txt", ".text", ".pdf", ".html", ".htm", ".docx", ".doc"}


def document_dict(doc: Document, with_measures: bool = True) -> dict:
    """A document as a dict, with its measures and the documents it cites."""
    d = doc.to_dict()
    if not with_measures:
        return d
    city = issuing_city(doc.issuer, doc.title)
    d["measures"] = [m.to_dict() for m in extract_measures([p.text for p in doc.paragraphs], city)]
    d["references"] = [
        {**vars(r), "paragraph": i} for i, p in enumerate(doc.paragraphs) for r in find_references(p.text)
    ]
    return d


def process_file(path: str | Path, with_measures: bool = True) -> dict:
    """Ingest and extract one file. Raises ``SourceError`` naming the file when it cannot be read."""
    return document_dict(ingest_file(path), with_measures)


@dataclass
class Outcome:
    path: Path
    document: dict | None = None
    error: str | None = None


def _run(job: tuple[Path, bool]) -> Outcome:
    path, with_measures = job
    try:
        return Outcome(path, process_file(path, with_measures))
    except SourceError as e:
        return Outcome(path, error=str(e))
    except Exception as e:  # one bad file must not stop a batch; the message names it
        return Outcome(path, error=f"{path.name}: cannot be processed: {type(e).__name__}: {e}")


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the source files inside given folders, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SOURCE_SUFFIXES))
        else:
            out.append(p)
    return out


def process_paths(paths: Iterable[str | Path], with_measures: bool = True,
                  workers: int | None = None) -> Iterator[Outcome]:
    """Process many files on all cores, yielding outcomes in the order of the paths."""
    jobs = [(p, with_measures) for p in expand(paths)]
    workers = workers or min(len(jobs), os.cpu_count() or 1)
    if workers <= 1 or len(jobs) <= 1:
        yield from map(_run, jobs)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_run, jobs, chunksize=max(1, min(CHUNK, len(jobs) // (workers * 8))))
