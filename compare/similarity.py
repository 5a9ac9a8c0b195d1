"""How strongly two measures govern the same subject, from several kinds of evidence.

Each kind gives a score in [0, 1]; a kind neither measure carries (no
thresholds, no units, no topics) is left out rather than counted as 0, so
that a bare heading-only measure is judged on what it has.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from compare.lexicon import load_data
from compare.profile import Profile

Idf = Callable[[str], float]


@dataclass
class Evidence:
    score: float
    parts: dict[str, float] = field(default_factory=dict)  # kind of evidence -> score in [0, 1]


_LABEL_PRIOR = 1.0


def _weights() -> dict[str, float]:
    return load_data("align.yml")["evidence"]


class Weights:
    """An IDF that keeps the sublinear TF-IDF vector (and its squared norm) of
    each bag of words it weighs: a measure is scored against many measures of
    the other notice under one IDF, and its vector is the same each time.
    A bag is known by its identity and kept alive here, so it must not change
    while this IDF is in use (a profile's words never do)."""

    def __init__(self, idf: Idf):
        self.idf = idf
        self._vectors: dict[int, tuple[Counter, dict[str, float], float]] = {}

    def __call__(self, term: str) -> float:
        return self.idf(term)

    def vector(self, c: Counter) -> tuple[dict[str, float], float]:
        found = self._vectors.get(id(c))
        if found is None or found[0] is not c:
            found = self._vectors[id(c)] = (c, *_vector(c, self.idf))
        return found[1], found[2]


def _vector(c: Counter, idf: Idf) -> tuple[dict[str, float], float]:
    vector = {t: idf(t) for t in c}
    for t, n in c.items():
        if n > 1:  # sublinear: (1 + log n) times, which is once for the words said once, most of them
            vector[t] *= 1 + math.log(n)
    return vector, sum(w * w for w in vector.values())


def cosine(a: Counter, b: Counter, idf: Idf) -> float:
    """Cosine of sublinear TF-IDF vectors."""
    if not a or not b:
        return 0.0
    weigh = idf.vector if isinstance(idf, Weights) else (lambda c: _vector(c, idf))
    (va, na), (vb, nb) = weigh(a), weigh(b)
    dot = sum(w * vb[t] for t, w in va.items() if t in vb)
    if not dot:
        return 0.0
    return dot / math.sqrt(na * nb)


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def listed(x: frozenset[str], y: frozenset[str]) -> int:
    """How many items two lists share, each item counted once on each side: an
    item is shared when equal to one of the other list or ending it (影院 of
    电影院, 演出 of 文艺演出)."""
    def alike(u: str, v: str) -> bool:
        return u.endswith(v) or v.endswith(u)
    return min(sum(any(alike(u, v) for v in y) for u in x), sum(any(alike(u, v) for u in x) for v in y))


def heading_coverage(p: Profile, q: Profile, idf: Idf) -> float:
    """How much of what each heading names the other measure talks about,
    IDF-weighted and averaged over the headings that name anything: a heading
    is the notice's own statement of what a provision governs, and a later
    notice often files the same subject under a differently worded heading."""

    def covered(heading: frozenset[str], labels: Counter) -> float:
        total = sum(idf(k) for k in heading)
        return sum(idf(k) for k in heading if k in labels) / total

    sides = [covered(h, other.labels) for h, other in ((p.heading_labels, q), (q.heading_labels, p)) if h]
    return sum(sides) / len(sides)


def evidence(p: Profile, q: Profile, idf: Idf) -> Evidence:
    parts = {"text": cosine(p.terms, q.terms, idf)}
    if p.heading or q.heading:
        parts["heading"] = cosine(p.heading_counts, q.heading_counts, idf)
    if p.grams and q.grams:
        # Shared runs of wording: a rule restated with new numbers or places.
        parts["wording"] = len(p.grams & q.grams) / min(len(p.grams), len(q.grams))
    if p.labels or q.labels:
        # One shared label makes a cosine of 1: trusted as far as the labels are many.
        seen = min(sum(p.labels.values()), sum(q.labels.values()))
        parts["subjects"] = cosine(p.labels, q.labels, idf) * seen / (seen + _LABEL_PRIOR)
    if (p.heading_labels or q.heading_labels) and (p.heading or q.heading):
        parts["heading_subjects"] = heading_coverage(p, q, idf)
    if p.units and q.units:
        parts["units"] = jaccard(p.units, q.units)
    if p.topics and q.topics:
        parts["topics"] = jaccard(p.topics, q.topics)
    if p.quantities and q.quantities:
        parts["thresholds"] = jaccard(p.quantities, q.quantities)
    weights = _weights()
    total = sum(weights[k] for k in parts)
    return Evidence(sum(weights[k] * v for k, v in parts.items()) / total, parts)
