"""Find a notice by file path, source name or document number."""
from __future__ import annotations

from pathlib import Path

from ingest import docnumber

from .paths import DEFAULT_CORPUS
from .pipeline import expand, process_file


def resolve_notice(ref: str, corpus: Path | None = None) -> dict:
    """The processed document that ``ref`` names: a file, a corpus file's name or stem, or a 发文字号."""
    path = Path(ref)
    if path.is_file():
        return process_file(path)
    files = expand([corpus or DEFAULT_CORPUS])
    for f in files:
        if ref in (f.name, f.stem) or f.stem.startswith(ref):
            return process_file(f)
    for f in files:
        doc = process_file(f, with_measures=False)
        if doc.get("doc_number") and docnumber.fold(doc["doc_number"]) == docnumber.fold(ref):
            return process_file(f)
    raise LookupError(f"{ref}: no such file, and no notice in {corpus or DEFAULT_CORPUS} has that name or document number")
