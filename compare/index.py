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
import sys
from array import array
from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass

from compare.lexicon import load_data
from compare.memo import by_identity
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

    def __init__(self, probe: int | None = None, limit: int | None = None, max_df: float | None = None,
                 cached: int = 512):
        defaults = load_data("align.yml")["candidates"]
        self.probe = probe or defaults["probe"]
        self.limit = limit or defaults["limit"]
        self.max_df = max_df or defaults["max_df"]
        self.common_df = defaults["common_df"]
        self.recent = defaults["recent"]
        self.related = defaults["related"]
        # Years of notices must fit in memory, so a measure is kept as its notice's
        # number and its path, and a posting list only as its length and its `recent`
        # latest entries, all that a lookup reads.
        self._df: Counter = Counter()
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._sources: list[str] = []
        self._source_of = array("i")
        self._paths: list[str] = []
        self._by_source: dict[str, range] = {}
        # Profiles of the notices used last: the related notices of a new one are
        # mostly recent ones, and any other is profiled again from its document.
        self._profiles: OrderedDict[str, list[Profile]] = OrderedDict()
        self.cached = cached
        self._idf: dict[str, float] = {}  # emptied whenever a notice is added
        self.touched = 0
        self.returned = 0

    def __len__(self) -> int:
        return len(self._paths)

    def __getstate__(self) -> dict:
        # Kept between builds (notices/catalog.py) without its caches, which are most of its size.
        return {**vars(self), "_profiles": OrderedDict(), "_idf": {}}

    def __contains__(self, source: str) -> bool:
        return source in self._by_source

    @classmethod
    def of_profiles(cls, notices: dict[str, list[Profile]]) -> CandidateIndex:
        """An index of notices whose measures are already profiled (source → profiles)."""
        index = cls(cached=max(len(notices), 1))
        for source, found in notices.items():
            index._profiles[source] = found
            index.add({"source": source})
        # Aligning weighs nearly every word of the notices: all at once is cheaper.
        n = len(index._paths)
        index._idf = {feature: _smoothed_idf(n, df) for feature, df in index._df.items()}
        return index

    def add(self, document: dict) -> None:
        """Index the measures of a notice; adding the same source again replaces nothing and is ignored."""
        source = document.get("source")
        if source in self._by_source:
            return
        found = self.profiles_of(document)
        number = len(self._sources)
        self._sources.append(source)
        first = len(self._paths)
        all_postings, recent = self._postings, self.recent
        for i, p in enumerate(found, first):
            self._source_of.append(number)
            self._paths.append(sys.intern(p.path))
            self._df.update(p.features)
            for feature in p.features:
                postings = all_postings[feature]
                postings.append(i)
                if len(postings) >= 2 * recent:
                    del postings[:-recent]
        self._by_source[source] = range(first, len(self._paths))
        self._idf.clear()

    def profiles_of(self, document: dict) -> list[Profile]:
        """The profiles of a notice's measures, kept for the `cached` notices used last."""
        source = document.get("source")
        found = self._profiles.get(source)
        if found is None:
            found = self._profiles[source] = profiles(document)
            if len(self._profiles) > self.cached:
                self._profiles.popitem(last=False)
        else:
            self._profiles.move_to_end(source)
        return found

    def idf(self, feature: str) -> float:
        """Smoothed inverse document frequency over the indexed measures."""
        try:
            return self._idf[feature]
        except KeyError:
            found = self._idf[feature] = _smoothed_idf(len(self._paths), self._df.get(feature, 0))
            return found

    def _rarest_first(self, p: Profile, posted: dict[str, list[int]]) -> list[str]:
        """The features of `p` that have postings in `posted`, rarest first;
        the others reach no measure."""
        # A share of a handful of measures says nothing about commonness, so
        # only features in more than `common_df` measures can be too common.
        cap = max(self.max_df * len(self._paths), self.common_df)
        df = self._df
        return [f for n, f in sorted((df.get(f, 0), f) for f in p.features if f in posted) if n <= cap]

    def candidates(self, p: Profile, among: list[Profile] | None = None, limit: int | None = None) -> list[Candidate]:
        """The indexed measures most likely to govern what `p` governs, best
        first, at most `limit` per notice, never from `p`'s own notice.
        With `among` (the measures of the notices to align with), those
        measures are the candidates instead of the index's."""
        limit = limit or self.limit
        shared: Counter = Counter()
        probed = 0
        own = self._by_source.get(p.source, range(0))
        # Rarest first, but a feature only counts against the probe budget
        # when it reaches another notice: a word used once in the corpus says
        # nothing about which other measure is alike.
        pool, posted = (None, self._postings) if among is None else _pooled(among, p.source)
        for feature in self._rarest_first(p, posted):
            if probed == self.probe:
                break
            hits = posted[feature] if pool is not None else [i for i in posted[feature][-self.recent:] if i not in own]
            if hits:
                probed += 1
                weight = self.idf(feature)
                for i in hits:
                    shared[i] += weight
        self.touched += len(shared)
        per_source: Counter = Counter()
        found = []
        for negative, i in sorted((-overlap, i) for i, overlap in shared.items()):
            overlap = -negative
            source, path = (pool[i].source, pool[i].path) if pool is not None else self._measure(i)
            if per_source[source] < limit:
                per_source[source] += 1
                found.append(Candidate(source, path, overlap))
        self.returned += len(found)
        return found

    def _measure(self, i: int) -> tuple[str, str]:
        return self._sources[self._source_of[i]], self._paths[i]

    def candidates_for(self, document: dict, limit: int | None = None) -> dict[str, list[Candidate]]:
        """For each measure of `document`, candidates among the notices already indexed."""
        return {p.path: self.candidates(p, limit=limit) for p in self.profiles_of(document)}

    def related_sources(self, document: dict, limit: int | None = None) -> list[str]:
        """The indexed notices, `related` at most, that share the most candidate
        measures with `document`: the notices worth aligning it with."""
        weight: Counter = Counter()
        for found in self.candidates_for(document, limit).values():
            for c in found:
                weight[c.source] += c.overlap
        return [s for s, _ in weight.most_common(self.related)]


def _smoothed_idf(measures: int, df: int) -> float:
    return math.log((measures + 1) / (df + 1)) + 1.0


def _pooled(among: list[Profile], source: str) -> tuple[list[Profile], dict[str, list[int]]]:
    """The measures of `among` not of `source`, and the positions among them of
    the measures holding each feature."""
    if any(q.source == source for q in among):
        pool = [q for q in among if q.source != source]
        return pool, _postings_of.__wrapped__(pool)
    return among, _postings_of(among)


# Aligning two notices asks for the candidates of each measure of one among the
# measures of the other, and a notice is aligned with each related notice in turn.
@by_identity(64)
def _postings_of(measures: list[Profile]) -> dict[str, list[int]]:
    """The positions of the measures holding each feature."""
    posted: dict[str, list[int]] = defaultdict(list)
    for j, q in enumerate(measures):
        for feature in q.features:
            posted[feature].append(j)
    return dict(posted)
