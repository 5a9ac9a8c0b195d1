"""The document shape: what `notices extract` writes and every later stage reads.

One JSON object per notice. ``Document.from_dict`` reads it, refusing a field it
does not know, and ``to_dict`` writes it; the items of a measure are the
dataclasses of ``extract/models.py``. ``check`` lists what in a document does not
hold together (offsets that do not point at their text, pieces that are not
copied from their paragraph). Gold files are read with ``Measure.from_dict``
too: a unit given as a name or a list of acceptable forms becomes a
``UnitMention`` there, so nothing downstream handles "either shape".

The way back to the raw file: a measure's ``pieces`` place its text in the
paragraphs, an item's ``start``/``end`` place it in the measure text
(``paragraph_span``), and a paragraph's ``provenance`` places it in the raw file
(``ingest.provenance.raw_span``).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

from .models import Measure, Piece, Reference, ShapeError, UnitMention

# Raised when a field is added, renamed or changes its meaning.
VERSION = 1

__all__ = ["VERSION", "Document", "CitedDocument", "Measure", "ShapeError", "UnitMention", "check",
           "paragraph_span", "measure_span", "locate"]


@dataclass
class CitedDocument(Reference):
    """A document a notice cites, with the paragraph the citation is in; offsets are
    into that paragraph."""

    paragraph: int | None = None


@dataclass
class Document:
    source: str
    path: str | None = None
    sha256: str | None = None
    format: str | None = None
    encoding: str | None = None
    kind: str | None = None  # "notice" | "news"
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    addressees: list[str] | None = None
    paragraphs: list[str] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)  # {"title", "paragraphs"} of a news page
    cleaning: list[str] = field(default_factory=list)
    audit: dict | None = None
    provenance: list[list[list[int]]] = field(default_factory=list)  # raw [start, end) spans of each paragraph
    measures: list[Measure] = field(default_factory=list)
    references: list[CitedDocument] = field(default_factory=list)
    version: int = VERSION

    @classmethod
    def from_dict(cls, d: dict) -> Document:
        if not isinstance(d, dict):
            raise ShapeError(f"a document must be a JSON object, got {type(d).__name__}")
        name = d.get("source") or d.get("path") or "document"
        unknown = set(d) - {f.name for f in fields(cls)}
        if unknown:
            raise ShapeError(f"{name}: unknown field(s) {sorted(unknown)}")
        if not isinstance(d.get("source"), str):
            raise ShapeError(f"{name}: no source")
        if d.get("version", VERSION) != VERSION:
            raise ShapeError(f"{name}: document shape version {d['version']}, this program reads {VERSION}")
        if not all(isinstance(p, str) for p in d.get("paragraphs") or []):
            raise ShapeError(f"{name}: paragraphs must be strings")
        try:
            measures = [Measure.from_dict(m) for m in d.get("measures") or []]
            references = [CitedDocument.from_dict(r) for r in d.get("references") or []]
        except ShapeError as e:
            raise ShapeError(f"{name}: {e}") from None
        plain = {k: v for k, v in d.items() if k not in ("measures", "references")}
        return cls(**plain, measures=measures, references=references)

    def to_dict(self) -> dict:
        d = dict(vars(self))
        d["measures"] = [m.to_dict() for m in self.measures]
        d["references"] = [r.to_dict() for r in self.references]
        return d


def check(doc: Document) -> list[str]:
    """What in ``doc`` does not hold together; empty when it does."""
    problems = []
    if doc.provenance and len(doc.provenance) != len(doc.paragraphs):
        problems.append(f"{len(doc.provenance)} provenance entries for {len(doc.paragraphs)} paragraphs")
    for m in doc.measures:
        where = f"measure {m.path}"
        for p in m.pieces:
            if not (0 <= p.paragraph < len(doc.paragraphs)) or m.text[p.at:p.at + p.end - p.start] != doc.paragraphs[p.paragraph][p.start:p.end]:
                problems.append(f"{where}: piece {p} is not copied from its paragraph")
        written = [(u, u.mention) for u in m.units] + [(x, x.text) for x in (*m.deadlines, *m.thresholds, *m.references)]
        for item, text in written:
            if item.start is not None and m.text[item.start:item.end] != text:
                problems.append(f"{where}: {type(item).__name__} {text!r} is not at [{item.start}, {item.end})")
    for r in doc.references:
        if r.paragraph is None or not (0 <= r.paragraph < len(doc.paragraphs)) or doc.paragraphs[r.paragraph][r.start:r.end] != r.text:
            problems.append(f"reference {r.text!r} is not at paragraph {r.paragraph} [{r.start}, {r.end})")
    return problems


def paragraph_span(measure: Measure, start: int, end: int) -> tuple[int, int, int] | None:
    """(paragraph, start, end) of the measure text's [start, end), when the pieces
    place it in one paragraph."""
    first = next((p for p in measure.pieces if p.at <= start < p.at + p.end - p.start), None)
    last = next((p for p in measure.pieces if p.at < end <= p.at + p.end - p.start), None)
    if first is None or last is None or first.paragraph != last.paragraph:
        return None
    return first.paragraph, first.start + start - first.at, last.start + end - last.at


def measure_span(measure: Measure, paragraph: int, start: int, end: int) -> tuple[int, int] | None:
    """The [start, end) in the measure text of ``paragraphs[paragraph][start:end]``,
    when one piece of the measure holds it."""
    return next(((p.at + start - p.start, p.at + end - p.start) for p in measure.pieces
                 if p.paragraph == paragraph and p.start <= start and end <= p.end), None)


def pieces_of(text: str, paragraphs: list[str], first: int) -> list[Piece]:
    """Where a measure's ``text`` stands in ``paragraphs``, from paragraph ``first`` on.

    Lines are found whole in most measures; a line the measure changed (emphasis
    marks dropped, a 。 added to a split-out item) is found as the longest stretches
    that are copied, and a character found in no nearby place is one the measure added.
    """
    pieces: list[Piece] = []
    p, pos = first, 0
    at = 0
    for line in text.split("\n"):
        here, p, pos = _place_line(line, at, paragraphs, p, pos)
        pieces += here
        at += len(line) + 1
    return pieces


def _place_line(line: str, at: int, paragraphs: list[str], p: int, pos: int) -> tuple[list[Piece], int, int]:
    for q in range(p, min(p + 3, len(paragraphs))):
        found = paragraphs[q].find(line, pos if q == p else 0)
        if found >= 0 and line:
            return [Piece(at, q, found, found + len(line))], q, found + len(line)
    pieces = []
    i = 0
    while i < len(line) and p < len(paragraphs):
        paragraph = paragraphs[p]
        lo, hi = 1, len(line) - i
        while lo <= hi:  # the longest stretch from i found after pos
            mid = (lo + hi) // 2
            if paragraph.find(line[i:i + mid], pos) >= 0:
                lo = mid + 1
            else:
                hi = mid - 1
        found = paragraph.find(line[i:i + hi], pos) if hi else -1
        # A lone character is copied only where the last stretch ended (an added 。
        # would otherwise be placed at some later sentence end).
        if found >= 0 and (hi >= 2 or found - pos <= 2):
            pieces.append(Piece(at + i, p, found, found + hi))
            i, pos = i + hi, found + hi
        elif not pieces and p + 1 < len(paragraphs):
            p, pos = p + 1, 0
        else:
            i += 1
    return pieces, p, pos


def locate(needles: list[str], text: str, taken: set, kind: str) -> tuple[int | None, int | None]:
    """Where an item without offsets (gold files) stands in a measure ``text``: the
    first of ``needles`` found at a place no item of the same ``kind`` claimed.
    The one place that searches for an item's text."""
    for needle in needles:
        if not needle:
            continue
        at = text.find(needle)
        while at >= 0 and (kind, at) in taken:
            at = text.find(needle, at + 1)
        if at >= 0:
            taken.add((kind, at))
            return at, at + len(needle)
    return None, None
