"""Plain data for what is extracted from a notice. Offsets are into Measure.text."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class UnitMention:
    mention: str  # as written in the measure
    name: str  # canonical name from the alias table (the mention itself when unknown)
    role: str  # "responsible" | "lead" | "cooperating" | "subject"
    start: int
    end: int


@dataclass
class Deadline:
    kind: str  # "within" | "before" | "from"
    text: str
    start: int
    end: int
    value: float | list[float] | None = None  # within: a number, or [low, high] for 3—5天内
    unit: str | None = None  # within: minute | hour | day | week | month
    event: str | None = None  # before/from: 春节, 开学, 即日
    date: str | None = None  # before/from: ISO date (and time, when given)
    topic: str | None = None  # the topic of the clause it is in (extract/topics.py)
    obliged: str | None = None  # canonical name of the unit it binds (deadlines.attribute), None when unnamed
    action: str | None = None  # what must be done in time: the words after it up to the clause's end


@dataclass
class Threshold:
    value: float | list[float]  # [low, high] for a range: 3—5天, 12至17岁
    unit: str  # the measure word as written, 日 folded to 天
    comparator: str  # "<=" | ">=" | "<" | ">" | "="
    text: str
    start: int
    end: int
    quantity: str = "count"  # duration | window | count | capacity | ratio | percentage
    per: str | None = None  # for ratios: the base, e.g. "1个感染者"
    topic: str | None = None  # the topic of the clause it is in (extract/topics.py)


@dataclass
class Reference:
    """A document cited by a notice."""

    text: str
    start: int
    end: int
    title: str | None = None
    doc_number: str | None = None


@dataclass
class Topic:
    topic: str  # a key of extract/data/topics.yml
    oxcgrt: str | None = None  # the OxCGRT indicator it maps to, e.g. "C4"


@dataclass
class Measure:
    path: str  # ordinals joined by ".", or "closing"
    heading: str | None
    text: str
    paragraph: int | None = None  # index of the clean paragraph the measure starts in
    units: list[UnitMention] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    thresholds: list[Threshold] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)

    def to_dict(self) -> dict:
        # asdict's deep copy, value by value, cost as much as finding the thresholds.
        d = dict(vars(self))
        for key in ("units", "deadlines", "thresholds", "topics", "references"):
            d[key] = [_plain(item) for item in d[key]]
        return d


def _plain(item) -> dict:
    """An item's fields; a [low, high] value is copied, the rest are scalars."""
    return {k: list(v) if isinstance(v, list) else v for k, v in vars(item).items()}
