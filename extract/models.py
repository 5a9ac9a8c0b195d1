"""Plain data for what is extracted from a notice. Offsets are into Measure.text.

These are the items of the document shape (``extract/document.py``): each reads
its dict with ``from_dict``, which refuses a key it does not know, and writes it
with ``to_dict``. Offsets are None only for input that gives none (gold files).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields


class ShapeError(ValueError):
    """A dict that is not of the document shape; the message says what is wrong."""


class _Item:
    @classmethod
    def from_dict(cls, d: dict):
        if not isinstance(d, dict):
            raise ShapeError(f"{cls.__name__}: expected a dict, got {type(d).__name__}: {d!r}")
        known = _field_names(cls)
        unknown = set(d) - known
        if unknown:
            raise ShapeError(f"{cls.__name__}: unknown field(s) {sorted(unknown)} in {d!r}")
        try:
            return cls(**{k: list(v) if isinstance(v, list) else v for k, v in d.items()})
        except TypeError as e:
            raise ShapeError(f"{cls.__name__}: {e} in {d!r}") from None

    def to_dict(self) -> dict:
        return _plain(self)


def _field_names(cls) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


@dataclass
class UnitMention(_Item):
    mention: str  # as written in the measure
    name: str  # canonical name from the alias table (the mention itself when unknown)
    role: str | None = None  # "responsible" | "lead" | "cooperating" | "subject"
    start: int | None = None
    end: int | None = None
    forms: list[str] = field(default_factory=list)  # other acceptable forms (gold files only)

    @classmethod
    def from_dict(cls, d: dict | list | str) -> UnitMention:
        """A unit as a dict of this shape; the gold files' plain name or list of
        acceptable forms (the first is its name) becomes one here, and nowhere else."""
        if isinstance(d, str):
            return cls(mention=d, name=d)
        if isinstance(d, list):
            if not d or not all(isinstance(form, str) for form in d):
                raise ShapeError(f"UnitMention: a list of forms must hold names, got {d!r}")
            return cls(mention=d[0], name=d[0], forms=list(d[1:]))
        return super().from_dict(d)

    def to_dict(self) -> dict:
        d = _plain(self)
        if not self.forms:
            del d["forms"]
        return d

    @property
    def names(self) -> list[str]:
        """Every form the unit goes by: name, mention as written, acceptable forms."""
        return list(dict.fromkeys([self.name, self.mention, *self.forms]))


@dataclass
class Deadline(_Item):
    kind: str  # "within" | "before" | "from"
    text: str
    start: int | None = None
    end: int | None = None
    value: float | list[float] | None = None  # within: a number, or [low, high] for 3—5天内
    unit: str | None = None  # within: minute | hour | day | week | month
    event: str | None = None  # before/from: 春节, 开学, 即日
    date: str | None = None  # before/from: ISO date (and time, when given)
    topic: str | None = None  # the topic of the clause it is in (extract/topics.py)
    obliged: str | None = None  # canonical name of the unit it binds (deadlines.attribute), None when unnamed
    action: str | None = None  # what must be done in time: the words after it up to the clause's end


@dataclass
class Threshold(_Item):
    value: float | list[float]  # [low, high] for a range: 3—5天, 12至17岁
    unit: str  # the measure word as written, 日 folded to 天
    comparator: str  # "<=" | ">=" | "<" | ">" | "="
    text: str
    start: int | None = None
    end: int | None = None
    quantity: str = "count"  # duration | window | count | capacity | ratio | percentage
    per: str | None = None  # for ratios: the base, e.g. "1个感染者"
    topic: str | None = None  # the topic of the clause it is in (extract/topics.py)


@dataclass
class Reference(_Item):
    """A document cited by a notice."""

    text: str
    start: int | None = None
    end: int | None = None
    title: str | None = None
    doc_number: str | None = None


@dataclass
class Topic(_Item):
    topic: str  # a key of extract/data/topics.yml
    oxcgrt: str | None = None  # the OxCGRT indicator it maps to, e.g. "C4"


@dataclass
class Piece(_Item):
    """A stretch of a measure's text copied from a paragraph:
    ``measure.text[at : at + end - start] == paragraphs[paragraph][start:end]``."""

    at: int
    paragraph: int
    start: int
    end: int


@dataclass
class Measure:
    path: str  # ordinals joined by ".", or "closing"
    heading: str | None
    text: str
    paragraph: int | None = None  # index of the clean paragraph the measure starts in
    # Where the text stands in the paragraphs, in order. Characters the measure adds
    # (the 。 ending an item split out of a run-on enumeration, the line breaks
    # joining paragraphs) are in no piece.
    pieces: list[Piece] = field(default_factory=list)
    units: list[UnitMention] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    thresholds: list[Threshold] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)

    def to_dict(self) -> dict:
        # asdict's deep copy, value by value, cost as much as finding the thresholds.
        d = dict(vars(self))
        for key in _MEASURE_ITEMS:
            d[key] = [item.to_dict() for item in d[key]]
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Measure:
        if not isinstance(d, dict):
            raise ShapeError(f"Measure: expected a dict, got {type(d).__name__}")
        unknown = set(d) - _field_names(cls)
        if unknown:
            raise ShapeError(f"Measure {d.get('path')}: unknown field(s) {sorted(unknown)}")
        if not isinstance(d.get("text"), str) or "path" not in d:
            raise ShapeError(f"Measure {d.get('path')}: needs a path and a text")
        items = {key: [kind.from_dict(x) for x in d.get(key) or []] for key, kind in _MEASURE_ITEMS.items()}
        return cls(path=str(d["path"]), heading=d.get("heading"), text=d["text"], paragraph=d.get("paragraph"),
                   **items)


def _plain(item) -> dict:
    """An item's fields; a [low, high] value is copied, the rest are scalars."""
    return {k: list(v) if isinstance(v, list) else v for k, v in vars(item).items()}


_MEASURE_ITEMS = {"pieces": Piece, "units": UnitMention, "deadlines": Deadline, "thresholds": Threshold,
                  "topics": Topic, "references": Reference}
