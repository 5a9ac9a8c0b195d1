"""Plain data passed from ingestion to the later stages."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class RawSource:
    """A file read into text, before any cleaning. Offsets elsewhere point into `text`."""

    path: Path
    text: str
    format: str  # "txt" | "pdf" | "html" | "docx" | "doc"
    sha256: str
    encoding: str | None = None  # the detected byte encoding, for text-like files
    notes: list[str] = field(default_factory=list)  # what the reader dropped (page numbers, headers…)


@dataclass
class Paragraph:
    text: str
    # Spans [start, end) of RawSource.text that this paragraph was rebuilt from.
    spans: list[tuple[int, int]] = field(default_factory=list)
    subheading: bool = False  # a news article's crosshead


@dataclass
class Article:
    title: str
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Audit:
    """What became of every sentence of the raw text."""

    sentences: int = 0
    kept: int = 0
    metadata: int = 0  # title, document number, addressee lines: kept as fields, not paragraphs
    debris: int = 0
    duplicates: int = 0
    lost: list[str] = field(default_factory=list)  # sentences found nowhere: should stay empty

    @property
    def balanced(self) -> bool:
        return not self.lost and self.kept + self.metadata + self.debris + self.duplicates == self.sentences


@dataclass
class DocumentFields:
    """What every stage's document says of itself: where it came from and its
    metadata. The ingested document (paragraphs with their spans) and the extracted
    one of ``extract/document.py`` (paragraphs as text, measures) both extend it;
    fields a gold file may leave out are optional."""

    source: str  # the file's base name
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


@dataclass
class Document(DocumentFields):
    paragraphs: list[Paragraph] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    cleaning: list[str] = field(default_factory=list)  # the cleaning steps that changed the text, in order
    audit: Audit | None = None

    def to_dict(self) -> dict:
        """The document shape of the annotation guide, plus provenance and audit fields."""
        # Field by field: asdict would deep-copy every paragraph and span only to
        # have them replaced below.
        d = dict(vars(self))
        d["addressees"] = list(self.addressees) if self.addressees is not None else None
        d["cleaning"] = list(self.cleaning)
        d["paragraphs"] = [p.text for p in self.paragraphs]
        d["provenance"] = [[list(s) for s in p.spans] for p in self.paragraphs]
        d["articles"] = [
            {"title": a.title, "paragraphs": [p.text for p in a.paragraphs]} for a in self.articles
        ]
        if self.audit is not None:
            d["audit"] = asdict(self.audit)
        return d
