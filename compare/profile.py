"""What compare/ knows about one measure: its words and the structure extracted from it.

Reads measures of the document shape (extract/document.py); a gold file's unit
(a name, or a list of acceptable forms) is read through ``UnitMention.from_dict``
like any other. Gold thresholds have no `quantity` and gold measures no topics.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from compare.lexicon import any_zone, load_data, of_zone, subject_labels
from compare.tokens import bigrams, compared_text, letters, ngrams, normalize, terms
from extract.document import UnitMention
from extract.punctuation import SENTENCE_END
from extract.unit_key import unit_key

_TIME_UNITS = {"天", "日", "小时", "周", "月", "分钟", "年"}


@dataclass
class Profile:
    source: str
    path: str
    heading: str | None
    text: str
    terms: Counter = field(default_factory=Counter)
    heading_terms: frozenset[str] = frozenset()
    labels: Counter = field(default_factory=Counter)  # Label.key -> number of mentions
    heading_labels: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    quantities: frozenset[tuple[str, str]] = frozenset()  # (unit, quantity) of thresholds
    grams: frozenset[str] = frozenset()  # character n-grams of its letters: wording shared whatever the words
    sentences: tuple[frozenset[str], ...] = ()  # character bigrams of each sentence long enough to be a rule
    items: frozenset[str] = frozenset()  # the items of the lists it enumerates (影院、网吧、KTV等)
    own: str = ""  # the lines that are its own rule (`own_text`), what it is compared by
    measure: dict = field(default_factory=dict, repr=False)

    @cached_property
    def actions(self) -> frozenset[str]:
        """The kinds of action it names (subject labels of kind `action`)."""
        return frozenset(key.split(":", 1)[1] for key in self.labels if key.startswith("action:"))

    @cached_property
    def heading_counts(self) -> Counter:
        """The heading's words as a bag, each once: what headings are compared by."""
        return Counter(self.heading_terms)

    @cached_property
    def features(self) -> frozenset[str]:
        """Words and subject labels, the tokens the candidate index posts."""
        return frozenset(self.terms) | frozenset(self.labels)


def unit_names(units) -> list[str]:
    """The canonical names of a measure's `units`."""
    return [name for name in (UnitMention.from_dict(u).name for u in units or []) if name]


def quantity_of(threshold: dict) -> str:
    """The kind of quantity of a threshold: the extractor's `quantity` when
    given, otherwise inferred from its unit and comparator."""
    if threshold.get("quantity"):
        return threshold["quantity"]
    unit = normalize(str(threshold.get("unit") or ""))
    if unit in _TIME_UNITS:
        return "window" if threshold.get("comparator") in ("<=", "<") else "duration"
    if unit == "%":
        return "percentage"
    if threshold.get("per"):
        return "ratio"
    if unit == "人" and threshold.get("comparator") in ("<=", "<"):
        return "capacity"
    return "count"


def threshold_unit(threshold: dict) -> str:
    unit = normalize(str(threshold.get("unit") or ""))
    return "天" if unit == "日" else unit


def topic_names(measure: dict) -> frozenset[str]:
    found = measure.get("topics")
    if found is None:
        found = _tag_topics(measure.get("text") or "")
    return frozenset(_topic_name(t) for t in found or [])


def _topic_name(t) -> str:
    """A topic given as a dict, an `extract.models.Topic`, or a plain key."""
    if isinstance(t, dict):
        return str(t.get("topic"))
    return str(getattr(t, "topic", t))


def _tag_topics(text: str) -> list:
    # Topics are optional evidence: used when the extractor's tagger exists.
    tagger = _topic_tagger()
    return tagger(text) if tagger else []


@lru_cache(maxsize=1)
def _topic_tagger():
    try:
        from extract.topics import tag_topics
    except ImportError:
        return None
    return tag_topics


def subject_counts(text: str) -> Counter:
    folded = normalize(text)
    counts = Counter()
    for label in subject_labels():
        n = len(label.pattern.findall(folded))
        if n:
            counts[label.key] = n
    return counts


@lru_cache(maxsize=1)
def _glued_rules() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """compare/data/align.yml `areas`: `section_rule` (at any line's start), `zone_label` and
    `zone_subject`, each said of any zone."""
    areas = load_data("align.yml")["areas"]
    zone = any_zone(areas)
    return (re.compile(of_zone(areas["section_rule"], zone), re.M), re.compile(of_zone(areas["zone_label"], zone)),
            re.compile(of_zone(areas["zone_subject"], zone), re.M))


def own_text(path: str, text: str, heading: str | None = None) -> str:
    r"""The lines of a measure that are its own rule, NFKC-folded as the rule is found: all of
    them, but for a list item (a path under a parent) only those before a later line that is its
    section's rule glued to it (compare/data/align.yml `section_rule`), or, unless the item is
    labelled by a zone (its heading or first line), a later line opening with a zone as its
    rule's subject (…合围区域。\n封控区内实行“足不出户”…). The split missed where the list
    ends and glued the section's rule to its last item: the rule is every section's, no sign
    that two items of two notices name the same place, and no rule of that item's zone.

    >>> own_text("2.2", "小良镇：沙院镇228国道以北片区。\n上述区域实行“人不出区、错峰取物”等管控措施。")
    '小良镇:沙院镇228国道以北片区。'
    >>> own_text("1.2", "新华村5组\n封控区内居民一律落实居家隔离。")
    '新华村5组'
    >>> own_text("1.2", "封控区\n封控区内实行“足不出户”。")[-6:]
    '足不出户”。'
    >>> own_text("2", "高风险区\n上述区域实行“足不出户、上门服务”等封控措施。")[-6:]
    '等封控措施。'
    """
    if "." not in path:
        return text
    section_rule, zone_label, zone_subject = _glued_rules()
    folded = normalize(text)
    rules = [section_rule] if zone_label.search((heading or text).strip()) else [section_rule, zone_subject]
    glued = min((m.start() for rule in rules for m in rule.finditer(folded) if m.start() > 0), default=None)
    return folded[:glued].rstrip() if glued is not None else text


def profile(measure: dict, source: str) -> Profile:
    text = measure.get("text") or ""
    heading = measure.get("heading")
    label = label_text(measure)
    thresholds = measure.get("thresholds") or []
    own = own_text(str(measure.get("path")), text, heading)
    compared = compared_text(own)
    topics = topic_names(measure)
    if own != text:  # the glued lines' thresholds and topics are the section's too
        thresholds = [t for t in thresholds if (t.get("end") or 0) <= len(own)]
        topics = topic_names({"text": own})
    return Profile(
        source=source,
        path=str(measure.get("path")),
        heading=heading,
        text=text,
        terms=Counter(terms(compared)),
        heading_terms=frozenset(terms(label)),
        labels=subject_counts(own),
        heading_labels=frozenset(subject_counts(label)),
        units=frozenset(unit_key(n) for n in unit_names(measure.get("units"))),
        topics=topics,
        quantities=frozenset((threshold_unit(t), quantity_of(t)) for t in thresholds),
        grams=frozenset(ngrams(compared)),
        sentences=sentence_bigrams(compared),
        items=list_items(compared),
        own=own,
        measure=measure,
    )


def sentence_bigrams(text: str) -> tuple[frozenset[str], ...]:
    """The character bigrams of each sentence of `text` with at least
    `restated_letters` letters (compare/data/align.yml): what a later notice
    restates whole, places and numbers changed. Shorter ones (a heading, 加强
    重点场所防控) are the stock phrases of many subjects."""
    return tuple(frozenset(bigrams(s)) for s in _rules(text))


def _rules(text: str) -> list[str]:
    least = load_data("align.yml")["link"]["restated_letters"]
    return [s for s in SENTENCE_END.split(text) if len(letters(s)) >= least]


def provisions(text: str) -> list[str]:
    """The sentences of a measure that says several things, each long enough
    to be a rule (as `sentence_bigrams`); none for a measure of one."""
    found = _rules(text)
    return found if len(found) > 1 else []


_LIST = re.compile(r"[^、，,。；;：:!！?？\n()（）]{1,15}(?:、[^、，,。；;：:!！?？\n()（）]{1,15})+")


def list_items(text: str) -> frozenset[str]:
    """The items of the lists a text enumerates with 、, as letters, the last
    one cut at its 等 (影院、网吧等公共场所 → 影院, 网吧)."""
    found = set()
    for run in _LIST.findall(text):
        parts = run.split("、")
        parts[-1] = parts[-1].split("等")[0]
        found.update(w for w in map(letters, parts) if len(w) >= 2)
    return frozenset(found)


def label_text(measure: dict) -> str:
    """What a measure says it is about: its heading, or for want of one its
    first clause, where notices put the label of a provision."""
    if measure.get("heading"):
        return measure["heading"]
    return re.split(r"[。;；:：\n]", normalize(measure.get("text") or ""), maxsplit=1)[0][:30]


def profiles(document: dict) -> list[Profile]:
    source = document.get("source")
    if not source:
        raise ValueError(f"document {document.get('path') or document.get('title')!r} has no 'source'")
    return [profile(m, source) for m in document.get("measures") or []]
