"""Topics of a measure, from the keyword vocabulary in data/topics.yml.

Each topic maps to an indicator of the Oxford COVID-19 Government Response
Tracker where one fits, so that measures of different notices (and cities)
can be grouped by what they regulate.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.rules import load_rule_file, rule
from extract.models import Topic

TOPICS_FILE = Path(__file__).parent / "data" / "topics.yml"
OXCGRT = re.compile(r"[CEH]\d")


@dataclass(frozen=True)
class TopicRule:
    key: str
    label: str
    oxcgrt: str | None
    pattern: re.Pattern
    exceptions: re.Pattern | None


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def topic_rules(path: Path = TOPICS_FILE) -> tuple[TopicRule, ...]:
    """The vocabulary, in file order."""
    data = load_rule_file(path)
    rules = []
    for key, spec in rule(data, path, "topics").items():
        if not isinstance(spec, dict) or not spec.get("keywords") or not spec.get("label"):
            raise ValueError(f"{path}: topic {key!r} needs a label and a list of keywords")
        oxcgrt = spec.get("oxcgrt")
        if oxcgrt is not None and not OXCGRT.fullmatch(str(oxcgrt)):
            raise ValueError(f"{path}: topic {key!r}: {oxcgrt!r} is no OxCGRT indicator")
        parts = [_alternation(spec["keywords"]), *spec.get("patterns", [])]
        try:
            pattern = re.compile("|".join(f"(?:{p})" for p in parts))
        except re.error as e:
            raise ValueError(f"{path}: topic {key!r}: bad pattern: {e}") from e
        exceptions = re.compile(_alternation(spec["except"])) if spec.get("except") else None
        rules.append(TopicRule(key, spec["label"], oxcgrt, pattern, exceptions))
    return tuple(rules)


def topic_labels() -> dict[str, str]:
    """Topic key -> Chinese label, for display."""
    return {r.key: r.label for r in topic_rules()}


def _matches(r: TopicRule, text: str) -> bool:
    if r.exceptions is not None:  # keywords inside an exception phrase do not count
        text = r.exceptions.sub(lambda m: "\0" * len(m.group()), text)
    return r.pattern.search(text) is not None


def tag_topics(text: str) -> list[Topic]:
    """The topics whose keywords occur in the text, in vocabulary order."""
    return [Topic(topic=r.key, oxcgrt=r.oxcgrt) for r in topic_rules() if _matches(r, text)]
