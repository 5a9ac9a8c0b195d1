"""Word segmentation for comparing measures: jieba words, and the informative subset.

Text is NFKC-folded first so that the full-width and half-width forms a scrape
may mix (`（）` / `()`, `１４` / `14`) give the same words.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache
from compare.lexicon import load_data
from ingest import segment

_HAN_OR_WORD = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]")
_NUMBER = re.compile(r"^[\d.%]+$")
_NOT_LETTERS = re.compile(r"[\W\d_]+")


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "")


@lru_cache(maxsize=4096)
def _cut(text: str) -> tuple[str, ...]:
    # Interned: the same words recur in every measure, and the candidate index keeps them all.
    return tuple(map(sys.intern, segment.words(text)))


def words(text: str) -> list[str]:
    """Every jieba token of the NFKC-folded text, punctuation included, so
    that joining them gives the text back (the word diff relies on that)."""
    return list(_cut(normalize(text)))


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(load_data("stopwords.yml")["stopwords"])


def terms(text: str) -> list[str]:
    """The tokens that can tell one measure from another: words of two or
    more characters that are neither numbers nor generic bureaucratic words."""
    stop = _stopwords()
    return [
        w
        for w in words(text)
        if len(w) >= 2 and _HAN_OR_WORD.search(w) and not _NUMBER.match(w) and w not in stop
    ]


@lru_cache(maxsize=1)
def _left_out() -> re.Pattern:
    settings = load_data("align.yml")
    return re.compile(f"{settings['boundaries']}|{settings['adjusting']}")


def compared_text(text: str) -> str:
    """The text without the bounds it draws around areas (`boundaries` in
    compare/data/align.yml) nor the formula saying its rules will be adjusted
    (`adjusting`): what two measures are compared by.

    >>> compared_text("金山区山阳镇卫零路以东、蒙山路以西区域实施常态化防控措施")
    '、区域实施常态化防控措施'
    >>> compared_text("实行“足不出户、上门服务”。后续管控措施根据疫情形势实时动态调整。")
    '实行“足不出户、上门服务”。'
    """
    return _left_out().sub("", normalize(text))


@lru_cache(maxsize=4096)  # the clauses of a measure are measured in each comparison of it
def letters(text: str) -> str:
    """The letters of a text, numbers and punctuation left out."""
    return _NOT_LETTERS.sub("", normalize(text))


@lru_cache(maxsize=4096)  # the clauses of a measure are matched against each measure it is linked with
def bigrams(text: str) -> frozenset[str]:
    """Character bigrams of the letters of a text: how much of one passage
    another covers, whatever the words."""
    s = letters(text)
    return frozenset(s[i: i + 2] for i in range(len(s) - 1))


def dice(x: frozenset[str], y: frozenset[str]) -> float:
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def ngrams(text: str, n: int = 4) -> set[str]:
    """Character n-grams of the letters of a text: a later notice restating a
    rule with new numbers and places keeps runs of its wording."""
    s = letters(text)
    return {s[i: i + n] for i in range(len(s) - n + 1)}
