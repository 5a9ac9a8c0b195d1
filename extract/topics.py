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
    pattern: re.Pattern  # the keywords and the patterns
    exceptions: re.Pattern | None
    keywords: tuple[str, ...]
    has_patterns: bool


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
        rules.append(TopicRule(key, spec["label"], oxcgrt, pattern, exceptions, tuple(spec["keywords"]),
                               bool(spec.get("patterns"))))
    return tuple(rules)


def topic_labels() -> dict[str, str]:
    """Topic key -> Chinese label, for display."""
    return {r.key: r.label for r in topic_rules()}


@lru_cache(maxsize=1)
def _keyword_index() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """Every keyword of the vocabulary in one pattern, and for each keyword the
    topics that have it or a keyword it starts with. Longest first, the pattern
    finds the longest keyword at a position; any other keyword there is a prefix
    of it, so the topics of that one keyword are all the topics found there."""
    rules = topic_rules()
    words = sorted({w for r in rules for w in r.keywords})
    topics_of = {w: frozenset(r.key for r in rules if any(w.startswith(k) for k in r.keywords)) for w in words}
    return re.compile(_alternation(words)), topics_of


def _keyword_topics(text: str) -> set[str]:
    """The topics with a keyword in the text: one scan for all of them, where
    searching each topic's pattern took sixteen."""
    pattern, topics_of = _keyword_index()
    found: set[str] = set()
    m = pattern.search(text)
    while m:  # from the next character on, not the match's end: keywords overlap (核酸检测阴性)
        found |= topics_of[m.group()]
        m = pattern.search(text, m.start() + 1)
    return found


def _matches(r: TopicRule, text: str, has_keyword: bool) -> bool:
    """Whether topic `r` is in the text; `has_keyword`: whether one of its keywords is."""
    if has_keyword and r.exceptions is None:
        return True
    if r.exceptions is not None:  # keywords inside an exception phrase do not count
        text = r.exceptions.sub(lambda m: "\0" * len(m.group()), text)
    return r.pattern.search(text) is not None


def tag_topics(text: str) -> list[Topic]:
    """The topics whose keywords occur in the text, in vocabulary order."""
    keyword_topics = _keyword_topics(text)
    # A topic none of whose keywords is in the text can only match by its patterns:
    # hiding exception phrases takes keywords away, never adds one.
    return [Topic(topic=r.key, oxcgrt=r.oxcgrt) for r in topic_rules()
            if (r.key in keyword_topics or r.has_patterns) and _matches(r, text, r.key in keyword_topics)]
