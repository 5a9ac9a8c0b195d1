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

from ingest.fixes import fix_characters
from ingest.models import DocumentFields
from ingest.provenance import OffsetMap, longest_opening, raw_extent, raw_span

from .models import Measure, Piece, Reference, ShapeError, UnitMention

# Raised when a field is added, renamed or changes its meaning.
VERSION = 1
# What an annotation file adds for its scorer (tests/data/gold/GUIDE.md): no part of a document.
ANNOTATION_FIELDS = ("must_contain", "ambiguous", "note")

__all__ = ["VERSION", "Document", "CitedDocument", "Measure", "ShapeError", "UnitMention", "check",
           "paragraph_span", "measure_span", "place", "locate", "RawExcerpt", "raw_excerpts"]


@dataclass
class CitedDocument(Reference):
    """A document a notice cites, with the paragraph the citation is in; offsets are
    into that paragraph."""

    paragraph: int | None = None


@dataclass
class Document(DocumentFields):
    """The fields of ``ingest.models.DocumentFields``, then the text as written out:
    paragraphs as strings with their raw spans in ``provenance``."""

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

    @classmethod
    def from_gold(cls, d: dict) -> Document:
        """An annotation file read as a document, without what it adds for its scorer."""
        return cls.from_dict({k: v for k, v in d.items() if k not in ANNOTATION_FIELDS})

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
    if not line:
        return [], p, pos
    for q in range(p, len(paragraphs)):
        found = paragraphs[q].find(line, pos if q == p else 0)
        if found >= 0:
            return [Piece(at, q, found, found + len(line))], q, found + len(line)
    # The paragraph holding the longest opening of the line, then stretch by stretch.
    p, pos = max(((q, pos if q == p else 0) for q in range(p, len(paragraphs))),
                 key=lambda place: _longest(line, paragraphs[place[0]], place[1]), default=(p, pos))
    pieces = []
    i = 0
    while i < len(line) and p < len(paragraphs):
        paragraph = paragraphs[p]
        n = _longest(line[i:], paragraph, pos)
        found = paragraph.find(line[i:i + n], pos) if n else -1
        # A lone character is copied only where the last stretch ended (an added 。
        # would otherwise be placed at some later sentence end).
        if found >= 0 and (n >= 2 or found - pos <= 2):
            pieces.append(Piece(at + i, p, found, found + n))
            i, pos = i + n, found + n
        else:
            i += 1
    return pieces, p, pos


def _longest(text: str, paragraph: str, pos: int) -> int:
    """The length of the longest opening of ``text`` found in ``paragraph`` from ``pos``."""
    return longest_opening(text, lambda opening: paragraph.find(opening, pos) >= 0)


def place(doc: Document) -> Document:
    """Fill in, for input that does not give them (gold files), where each measure
    stands in the paragraphs and where each of its items stands in its text: the
    one place where they are searched for. Offsets given are kept."""
    first = 0
    for m in doc.measures:
        if not m.pieces:
            pieces = pieces_of(m.text, doc.paragraphs, first)
            # Stray characters matched here and there are no placing.
            if sum(p.end - p.start for p in pieces) * 2 >= len(m.text):
                m.pieces = pieces
        if m.paragraph is None and m.pieces:
            m.paragraph = m.pieces[0].paragraph
        first = m.paragraph if m.paragraph is not None else first
        taken: set = set()
        for kind, items in (("unit", [(u, u.names) for u in m.units]),
                            ("deadline", [(d, [d.text]) for d in m.deadlines]),
                            ("threshold", [(t, [t.text]) for t in m.thresholds]),
                            ("reference", [(r, [r.text]) for r in m.references])):
            for item, needles in items:
                if item.start is None:
                    item.start, item.end = locate(needles, m.text, taken, kind)
                    if kind == "unit" and item.start is not None:
                        item.mention = m.text[item.start:item.end]  # the form the text writes
                else:
                    taken.add((kind, item.start))
    return doc


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


@dataclass
class RawExcerpt:
    """A measure in the raw file it came from: ``text`` is the raw file from
    ``start`` on, the measure with up to ``MARGIN`` characters of its lines either
    side; ``measure`` is the measure's [start, end) in ``text``, and each mark a
    (start, end, kind, title) of one of its items there."""

    start: int
    text: str
    measure: tuple[int, int]
    marks: list[tuple[int, int, str, str]]


# How much of the raw file either side of a measure shows it in context.
MARGIN = 60


def raw_excerpts(doc: Document, raw: str) -> list[RawExcerpt | None]:
    """For each measure of ``doc``, where it and its items stand in ``raw``, the text
    of the file it was extracted from: pieces place them in the paragraphs, and the
    paragraphs' provenance in the raw file. None for a measure without a place."""
    fixed = fix_characters(raw)
    to_raw = OffsetMap(raw, fixed)

    def raw_of(paragraph: int, start: int, end: int, spanned=raw_span) -> tuple[int, int] | None:
        if not (0 <= paragraph < min(len(doc.paragraphs), len(doc.provenance))):
            return None
        return spanned(doc.paragraphs[paragraph], doc.provenance[paragraph], start, end, to_raw, fixed)

    excerpts: list[RawExcerpt | None] = []
    for m in doc.measures:
        spans = [s for s in (raw_of(p.paragraph, p.start, p.end, raw_extent) for p in m.pieces) if s]
        if not spans:
            excerpts.append(None)
            continue
        lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
        start = max(raw.rfind("\n", 0, lo) + 1, lo - MARGIN)
        line_end = raw.find("\n", hi)
        end = min(len(raw) if line_end < 0 else line_end, hi + MARGIN)
        marks = []
        items = ([(u, "unit", u.name + (f" · {u.role}" if u.role else "")) for u in m.units]
                 + [(x, kind, x.text) for kind, xs in (("deadline", m.deadlines), ("threshold", m.thresholds),
                                                       ("reference", m.references)) for x in xs])
        for item, kind, title in items:
            where = paragraph_span(m, item.start, item.end) if item.start is not None else None
            span = raw_of(*where) if where else None
            if span:
                marks.append((span[0] - start, span[1] - start, kind, title))
        excerpts.append(RawExcerpt(start, raw[start:end], (lo - start, hi - start), marks))
    return excerpts
