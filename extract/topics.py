"""Topics of a measure: what its requirements are about, not every word it mentions.

A measure is read clause by clause (a clause ends at `，` `；` `。` `：` or a
line break, never inside parentheses). Each clause is weighed for each topic of
the vocabulary in data/topics.yml: a cue (an action on the topic's object,
`集中隔离`, `暂停营业`, `开展全员核酸检测`) weighs a full clause, a mention (the
object alone, `学校`, `机场`) half of one, unless an action of the topic is in
the clause (`宗教场所` + `暂停`) or the clause names three of its objects. What
only sets context weighs nothing: a period or a premise (`疫情防控期间`,
`在…的前提下`), a reason, a reference, who answers for the measure, what to do
on finding a case. The measure's opening label weighs double, an aside in
parentheses half, the items of a list closed by a head with a topic of its own
(`…、各类学校等人员密集场所`) count for the head only, and those of other lists
(`…等重点单位`) only as mentions. A measure has a topic whose weight over its
clauses reaches a full clause and either a share of its strongest topic's or
leads a clause it is acted on in; and a topic that sets one of its numbers.

Each topic maps to an indicator of the Oxford COVID-19 Government Response
Tracker where one fits, so that measures of different notices (and cities)
can be grouped by what they regulate. A number or time limit in a measure takes
the topic of its own clause (`topic_of_span`).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.models import Topic
from extract.punctuation import CLAUSE_ENDS, SENTENCE_END
from extract.rules import compile_pattern, load_rule_file, rule
from ingest.scanner import Scanner
from extract.structure import heading_of

TOPICS_FILE = Path(__file__).parent / "data" / "topics.yml"
OXCGRT = re.compile(r"[CEHV]\d")
WEIGHT_KEYS = ("cue", "mention", "heading", "aside", "assign", "share", "window", "enumeration")

# Where clauses end; `、` separates the items of a list, which stay in one clause.
_CLAUSE_END = re.compile(f"[{CLAUSE_ENDS}]+")
_PARENS = re.compile(r"[（(][^（）()]*[）)]")


@dataclass(frozen=True)
class TopicRule:
    key: str
    label: str
    names: tuple[str, ...]  # the label and other Chinese names a user may ask for it by
    oxcgrt: str | None
    exceptions: re.Pattern | None
    broader: str | None  # a topic the measure also has when this one leads it


CUE, MENTION, ACTION = "cue", "mention", "action"


@dataclass(frozen=True)
class Vocabulary:
    rules: tuple[TopicRule, ...]
    words: re.Pattern  # every cue, mention and action, longest first
    kinds_of: dict  # word -> ((topic, kind), …)
    patterns: tuple[tuple[str, Scanner], ...]  # (topic, cue pattern)
    anchors: re.Pattern | None  # words that give a number next to them its topic
    anchor_topic: dict
    anchor_length: int  # of the longest anchor
    context: tuple[Scanner, ...]
    heads: re.Pattern  # 等 and the head of the list it closes
    weights: dict


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _trie(words) -> str:
    """A pattern matching, at a position, the longest of the words: one branch per
    first character, so re tries each character once rather than every word."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        alternation = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{alternation})?" if "" in node else alternation  # greedy: the longer word first

    return emit(tree)


def _strings(spec: dict, key: str, path: Path, topic: str) -> list[str]:
    value = spec.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{path}: topic {topic!r}: {key} must be a list of strings")
    return value


def _compile(pattern: str, path: Path, what: str, places: dict) -> re.Pattern:
    for name, chars in places.items():
        pattern = pattern.replace("{" + name + "}", chars)
    return compile_pattern(pattern, path, what)


@lru_cache(maxsize=1)
def vocabulary(path: Path = TOPICS_FILE) -> Vocabulary:
    """The vocabulary and the weighing rules, compiled."""
    data = load_rule_file(path)
    weights = rule(data, path, "weights")
    missing = [k for k in WEIGHT_KEYS if not isinstance(weights.get(k), (int, float))]
    if missing:
        raise ValueError(f"{path}: weights needs a number for {', '.join(missing)}")
    places = {"place": "[" + rule(data, path, "places") + "]"}
    topics = rule(data, path, "topics")
    rules, kinds_of, patterns, anchor_topic = [], {}, [], {}
    for key, spec in topics.items():
        if not isinstance(spec, dict) or not spec.get("label") or not (spec.get("cues") or spec.get("patterns")):
            raise ValueError(f"{path}: topic {key!r} needs a label and cues or patterns")
        oxcgrt = spec.get("oxcgrt")
        if oxcgrt is not None and not OXCGRT.fullmatch(str(oxcgrt)):
            raise ValueError(f"{path}: topic {key!r}: {oxcgrt!r} is no OxCGRT indicator")
        broader = spec.get("broader")
        if broader is not None and broader not in topics:
            raise ValueError(f"{path}: topic {key!r}: broader topic {broader!r} is not in the vocabulary")
        for kind in (CUE, MENTION, ACTION):
            for word in _strings(spec, kind + "s", path, key):
                kinds_of.setdefault(word, []).append((key, kind))
        patterns += [(key, Scanner(_compile(p, path, f"topic {key!r}", places)))
                     for p in _strings(spec, "patterns", path, key)]
        for word in _strings(spec, "anchors", path, key):
            anchor_topic[word] = key
        excepted = _strings(spec, "except", path, key)
        names = tuple(dict.fromkeys([spec["label"], *_strings(spec, "names", path, key)]))
        rules.append(TopicRule(key, spec["label"], names, oxcgrt,
                               re.compile(_alternation(excepted)) if excepted else None, broader))
    context = rule(data, path, "context")
    return Vocabulary(
        rules=tuple(rules), words=re.compile(_trie(kinds_of)),
        kinds_of={w: tuple(k) for w, k in kinds_of.items()}, patterns=tuple(patterns),
        anchors=re.compile(_alternation(anchor_topic)) if anchor_topic else None, anchor_topic=anchor_topic,
        anchor_length=max(map(len, anchor_topic), default=0),
        context=tuple(Scanner(_compile(p, path, "context", places)) for p in context),
        heads=_compile(rule(data, path, "list_heads"), path, "list_heads", places), weights=weights,
    )


def topic_rules() -> tuple[TopicRule, ...]:
    """The vocabulary, in file order."""
    return vocabulary().rules


def topic_labels() -> dict[str, str]:
    """Topic key -> Chinese label, for display."""
    return {r.key: r.label for r in topic_rules()}


@dataclass
class Weighing:
    """The topics of each clause of a text and of the whole text."""

    bounds: list[int]  # start of each clause, ascending
    clauses: list[dict[str, float]]  # topic -> weight, per clause
    sentence_of: list[int]  # index of the sentence each clause is in
    hits: list[tuple[int, int, str, str]]  # (start, end, topic, kind) of every word that counted
    excepted: dict[str, list[tuple[int, int]]]  # topic -> spans where its words do not count
    totals: dict[str, float]
    topics: list[str]  # the text's topics, in vocabulary order

    def clause_at(self, position: int) -> int:
        return max(bisect.bisect_right(self.bounds, position) - 1, 0)


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _heading_end(text: str) -> int:
    """Where the measure's opening label ends (structure.heading_of), 0 when it has
    none; a measure that is all label (one short sentence) has none either."""
    first_line = text.split("\n", 1)[0]
    label = heading_of(first_line)
    if not label or len(text.strip()) <= len(label) + 1:
        return 0
    return text.find(label) + len(label)


def _mask(length: int, spans: list[tuple[int, int]]) -> bytearray:
    """1 for each character inside one of the spans."""
    mask = bytearray(length)
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _clause_bounds(text: str, asides: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Starts of the clauses, and the sentence index of each."""
    bounds, sentence_of, sentence = [0], [0], 0
    for m in _CLAUSE_END.finditer(text):
        if (asides and _inside(m.start(), asides)) or m.end() >= len(text):
            continue
        if SENTENCE_END.search(m.group()):
            sentence += 1
        bounds.append(m.end())
        sentence_of.append(sentence)
    return bounds, sentence_of


def _list_items(vocab: Vocabulary, text: str, bounds: list[int]) -> tuple[list[tuple[int, int, frozenset]], list[tuple[int, int]]]:
    """The items of lists closed by 等 and a head (the clause up to 等, when it holds
    a 、): (start, end, the head's topics) of those whose head has a topic (the
    items count for the head's topics only), and the spans of the others (places
    a rule applies to, each only mentioned)."""
    headed, plain = [], []
    for m in vocab.heads.finditer(text):
        start = bounds[max(bisect.bisect_right(bounds, m.start()) - 1, 0)]
        if "、" not in text[start:m.start()]:
            continue
        topics = frozenset(topic for w in vocab.words.findall(m.group("head"))
                           for topic, kind in vocab.kinds_of[w] if kind != ACTION)
        if topics:
            headed.append((start, m.start(), topics))
        else:
            plain.append((start, m.start()))
    return headed, plain


def weigh(text: str) -> Weighing:
    """Weigh every clause of a measure's text for every topic."""
    vocab = vocabulary()
    w = vocab.weights
    asides = _spans(_PARENS, text)
    bounds, sentence_of = _clause_bounds(text, asides)
    headed, listed = _list_items(vocab, text, bounds)
    muted = [m.span() for scanner in vocab.context for m in scanner.finditer(text)]
    heading_end = _heading_end(text)

    # (position, topic, kind, word) of every word that counts; the longest word at a
    # position stands, so 居家隔离 is quarantine and not also 居家.
    found = [(m.start(), topic, kind, m.group()) for m in vocab.words.finditer(text)
             for topic, kind in vocab.kinds_of[m.group()]]
    for topic, pattern in vocab.patterns:
        found += [(m.start(), topic, CUE, m.group()) for m in pattern.finditer(text)]
    found.sort()
    present = {topic for _, topic, _, _ in found}
    excepted = {r.key: _spans(r.exceptions, text) for r in vocab.rules if r.exceptions and r.key in present}

    # per clause and topic: the best cue, the distinct mentions, whether an action is there
    cues: list[dict[str, float]] = [{} for _ in bounds]
    mentions: list[dict[str, dict[str, float]]] = [{} for _ in bounds]
    acted: list[set[str]] = [set() for _ in bounds]
    hits = []
    # whether each character is muted, in an aside, in a list: looked up per word
    is_muted, in_aside, in_list = (_mask(len(text), spans) for spans in (muted, asides, listed))
    for position, topic, kind, word in found:
        if is_muted[position] or (topic in excepted and _overlaps(position, position + len(word), excepted[topic])):
            continue
        if headed and kind != ACTION and any(start <= position < end and topic not in head for start, end, head in headed):
            continue  # an item of a list whose head speaks for another topic
        clause = bisect.bisect_right(bounds, position) - 1  # bounds open with 0
        if kind == ACTION:
            acted[clause].add(topic)
            continue
        factor = (w["heading"] if position < heading_end else 1.0) * (w["aside"] if in_aside[position] else 1.0)
        if kind == CUE and not in_list[position]:
            cues[clause][topic] = max(cues[clause].get(topic, 0.0), w["cue"] * factor)
        else:  # an aside's words are one mention with the word they explain: 学校（幼儿园、培训机构）
            words = mentions[clause].setdefault(topic, {})
            key = "" if in_aside[position] else word
            words[key] = max(words.get(key, 0.0), factor)
        hits.append((position, position + len(word), topic, kind))
    clauses: list[dict[str, float]] = []
    leading: set[str] = set()  # topics acted on in a clause where no other topic weighs more
    for cue, mention, action in zip(cues, mentions, acted):
        weights = dict(cue)
        acted_on = set(cue)
        for topic, words in mention.items():
            # an action on the topic's object makes a mention a cue (暂停 + 宗教场所), and so
            # does a clause listing several of its objects (商超、农贸市场、餐饮单位…要…)
            strong = topic in action or len(words) >= w["enumeration"]
            weight = max(words.values()) * w["cue" if strong else "mention"]
            weights[topic] = max(weights.get(topic, 0.0), weight)
            if strong:
                acted_on.add(topic)
        best = max(weights.values(), default=0.0)
        leading |= {t for t in acted_on if weights[t] == best}
        clauses.append(weights)
    totals: dict[str, float] = {}
    for clause in clauses:
        for topic, weight in clause.items():
            totals[topic] = totals.get(topic, 0.0) + weight
    strongest = max(totals.values(), default=0.0)
    # a topic is the measure's when it weighs a full clause over the measure and either
    # a share of the strongest topic's or leads a clause it is acted on in
    chosen = {t for t, v in totals.items()
              if v >= w["assign"] and (v >= w["share"] * strongest or t in leading)}
    for r in vocab.rules:
        if r.broader and r.key in chosen and all(v < totals[r.key] for t, v in totals.items() if t != r.key):
            chosen.add(r.broader)
    order = [r.key for r in vocab.rules]
    return Weighing(bounds, clauses, sentence_of, hits, excepted, totals, [k for k in order if k in chosen])


def tag_topics(text: str) -> list[Topic]:
    """The topics a measure's requirements are about, in vocabulary order."""
    return topics_of(weigh(text))


def topics_of(weighing: Weighing, numbered: Iterable[str | None] = ()) -> list[Topic]:
    """The measure's topics as Topic items. `numbered`: the topics of its numbers
    and time limits; a clause that sets one is a requirement, so its topic is
    the measure's when it weighs a full clause, however strong the others."""
    assign = vocabulary().weights["assign"]
    keys = set(weighing.topics) | {t for t in numbered if t and weighing.totals.get(t, 0.0) >= assign}
    return [Topic(topic=r.key, oxcgrt=r.oxcgrt) for r in topic_rules() if r.key in keys]


def topic_of_span(text: str, weighing: Weighing, start: int, end: int) -> str | None:
    """The topic of the clause that holds text[start:end] (a number or a time limit).

    A cue or an anchor of a topic right next to the span names it (`14天集中隔离`,
    `100人的活动`); else the measure's topic that weighs most in the span's clause,
    then in its sentence, the nearest word deciding a tie; else the measure's
    strongest topic."""
    vocab = vocabulary()
    window = vocab.weights["window"]
    # (gap, 0 for a word after the span, topic): a count names what follows it (两个专项工作组)
    near = [(_gap(s, e, start, end), s < start, topic) for s, e, topic, kind in weighing.hits
            if kind == CUE and s < end + window and e > start - window]
    if vocab.anchors is not None:
        reach = vocab.anchor_length + window
        for m in vocab.anchors.finditer(text, max(start - reach, 0), end + reach):
            topic = vocab.anchor_topic[m.group()]
            if not _overlaps(m.start(), m.end(), weighing.excepted.get(topic, [])):
                near.append((_gap(m.start(), m.end(), start, end), m.start() < start, topic))
    near = [n for n in near if 0 <= n[0] <= window]
    if near:
        return min(near)[2]
    if not weighing.topics:
        return None
    clause = weighing.clause_at(start)
    sentence = weighing.sentence_of[clause]
    for scope in ([clause], [i for i, s in enumerate(weighing.sentence_of) if s == sentence]):
        weights: dict[str, float] = {}
        for i in scope:
            for topic, weight in weighing.clauses[i].items():
                if topic in weighing.topics:
                    weights[topic] = weights.get(topic, 0.0) + weight
        if weights:
            best = max(weights.values())
            tied = [t for t, v in weights.items() if v == best]
            if len(tied) == 1:
                return tied[0]
            return min((abs(s - start), t) for s, _, t, _ in weighing.hits if t in tied)[1]
    return max(weighing.topics, key=lambda t: weighing.totals.get(t, 0.0))  # a broader topic has no weight of its own


def _gap(word_start: int, word_end: int, start: int, end: int) -> int:
    """Characters between a word and a span; -1 when they overlap."""
    if word_end <= start:
        return start - word_end
    if word_start >= end:
        return word_start - end
    return -1


def topic_keys(name: str) -> list[str]:
    """The topic keys a user's name for a topic stands for: a key, an OxCGRT
    indicator, or a Chinese name (`隔离`, `隔离管控`)."""
    return [r.key for r in topic_rules() if name in (r.key, r.oxcgrt) or name in r.names]
