"""Candidate selection: an inverted index from informative words and subject
labels to the measures that contain them.

Scoring every measure of a new notice against every measure of every earlier
notice grows with the square of the corpus. The index instead looks up, for a
measure, the postings of its rarest features (the ones that say most about
what it governs), ranks the measures found there by the inverse document
frequency they share, and hands the best few to the full scorer.

    index = CandidateIndex()
    for doc in documents:            # oldest first
        hits = index.candidates_for(doc)   # earlier notices' measures, per measure
        index.add(doc)
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from compare.lexicon import load_data
from compare.profile import Profile, profiles


@dataclass
class Candidate:
    source: str
    path: str
    overlap: float  # summed IDF of the features shared with the query


class CandidateIndex:
    """Posting lists over the measures of many notices.

    `probe` is how many of a query's rarest features are looked up; `limit`
    how many candidates per query measure and notice go to full scoring;
    features found in more than `max_df` of the measures (and more than
    `common_df` measures) are not looked up.
    Defaults come from compare/data/align.yml.
    Only the `recent` latest entries of a posting list are read, and
    `related_sources` names `related` notices at most, so a lookup costs the
    same whatever the size of the corpus.
    `touched` counts the measures reached through postings and `returned`
    the candidates handed out, so callers and tests can see how much work a
    lookup did compared with scoring all pairs.
    """

    def __init__(self, probe: int | None = None, limit: int | None = None, max_df: float | None = None):
        defaults = load_data("align.yml")["candidates"]
        self.probe = probe or defaults["probe"]
        self.limit = limit or defaults["limit"]
        self.max_df = max_df or defaults["max_df"]
        self.common_df = defaults["common_df"]
        self.recent = defaults["recent"]
        self.related = defaults["related"]
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._profiles: list[Profile] = []
        self._by_source: dict[str, list[int]] = {}
        self._idf: dict[str, float] = {}  # emptied whenever a notice is added
        self.touched = 0
        self.returned = 0

    def __len__(self) -> int:
        return len(self._profiles)

    def __contains__(self, source: str) -> bool:
        return source in self._by_source

    def add(self, document: dict) -> None:
        """Index the measures of a notice; adding the same source again replaces nothing and is ignored."""
        source = document.get("source")
        if source in self._by_source:
            return
        ids = []
        for p in profiles(document):
            i = len(self._profiles)
            self._profiles.append(p)
            for feature in p.features:
                self._postings[feature].append(i)
            ids.append(i)
        self._by_source[source] = ids
        self._idf.clear()

    def profiles_of(self, source: str) -> list[Profile]:
        try:
            return [self._profiles[i] for i in self._by_source[source]]
        except KeyError:
            raise KeyError(f"notice {source!r} is not in the candidate index") from None

    def idf(self, feature: str) -> float:
        """Smoothed inverse document frequency over the indexed measures."""
        if feature not in self._idf:
            n = len(self._profiles)
            self._idf[feature] = math.log((n + 1) / (len(self._postings.get(feature, ())) + 1)) + 1.0
        return self._idf[feature]

    def _rarest_first(self, p: Profile) -> list[str]:
        # A share of a handful of measures says nothing about commonness, so
        # only features in more than `common_df` measures can be too common.
        cap = max(self.max_df * len(self._profiles), self.common_df)
        usable = [f for f in p.features if len(self._postings.get(f, ())) <= cap]
        return sorted(usable, key=lambda f: (len(self._postings.get(f, ())), f))

    def candidates(self, p: Profile, sources: set[str] | None = None, limit: int | None = None) -> list[Candidate]:
        """The indexed measures most likely to govern what `p` governs, best
        first, at most `limit` per notice, never from `p`'s own notice."""
        limit = limit or self.limit
        shared: Counter = Counter()
        probed = 0
        # Rarest first, but a feature only counts against the probe budget
        # when it reaches another notice: a word used once in the corpus says
        # nothing about which other measure is alike.
        # Aligning with given notices reads their few measures, not the postings.
        pool = None if sources is None else {
            i: self._profiles[i].features for s in sources if s != p.source for i in self._by_source.get(s, ())
        }
        for feature in self._rarest_first(p):
            if probed == self.probe:
                break
            weight = self.idf(feature)
            if pool is None:
                postings = self._postings.get(feature, ())
                hits = [i for i in postings[-self.recent:] if self._profiles[i].source != p.source]
            else:
                hits = [i for i, features in pool.items() if feature in features]
            probed += bool(hits)
            for i in hits:
                shared[i] += weight
        self.touched += len(shared)
        per_source: Counter = Counter()
        found = []
        for i, overlap in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])):
            q = self._profiles[i]
            if per_source[q.source] < limit:
                per_source[q.source] += 1
                found.append(Candidate(q.source, q.path, overlap))
        self.returned += len(found)
        return found

    def candidates_for(self, document: dict, limit: int | None = None) -> dict[str, list[Candidate]]:
        """For each measure of `document`, candidates among the notices already indexed."""
        return {p.path: self.candidates(p, limit=limit) for p in profiles(document)}

    def related_sources(self, document: dict, limit: int | None = None) -> list[str]:
        """The indexed notices, `related` at most, that share the most candidate
        measures with `document`: the notices worth aligning it with."""
        weight: Counter = Counter()
        for found in self.candidates_for(document, limit).values():
            for c in found:
                weight[c.source] += c.overlap
        return [s for s, _ in weight.most_common(self.related)]
