"""Word segmentation with jieba, its cache kept inside the project's environment.

jieba writes a dictionary cache on first use, by default to a shared file in
/tmp that parallel workers race on. It goes to ``NOTICES_CACHE_DIR`` when set,
else to ``var/cache`` under the virtual environment.
"""
from __future__ import annotations

import logging
import os
import sys
from functools import lru_cache
from pathlib import Path


def cache_dir() -> Path:
    path = Path(os.environ.get("NOTICES_CACHE_DIR") or Path(sys.prefix) / "var" / "cache" / "notices")
    path.mkdir(parents=True, exist_ok=True)
    return path


@lru_cache(maxsize=1)
def configure_jieba():
    """The jieba module, set up once per process."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.tmp_dir = str(cache_dir())
    jieba.dt.cache_file = "jieba.cache"  # jieba replaces it atomically, so workers may share it
    return jieba


def words(text: str, guess: bool = True) -> list[str]:
    """jieba's words; ``guess=False`` keeps to dictionary words (no HMM guesses at new ones)."""
    return configure_jieba().lcut(text, HMM=guess)


def is_word_prefix(text: str) -> bool:
    """Whether some word of jieba's dictionary starts with ``text`` (or is it).

    >>> is_word_prefix("责任"), is_word_prefix("任，")
    (True, False)
    """
    return text in word_prefixes()


def word_prefixes():
    """What ``is_word_prefix`` looks in, for a caller asking many times: every word of
    jieba's dictionary and every prefix of one (a prefix counts 0)."""
    jieba = configure_jieba()
    jieba.dt.check_initialized()
    return jieba.dt.FREQ  # jieba keeps every prefix of every word in it


def word_frequency(text: str) -> int:
    """How often jieba's dictionary counts ``text`` as a word: 0 for a non-word (or a
    mere prefix of words).

    >>> word_frequency("当地") > 0, word_frequency("当衛")
    (True, 0)
    """
    jieba = configure_jieba()
    jieba.dt.check_initialized()
    return jieba.dt.FREQ.get(text, 0)


def likelihood(text: str) -> float:
    """The log-probability of jieba's likeliest segmentation of ``text``: which of two
    readings of the same place reads more like Chinese.

    >>> likelihood("当地卫生") > likelihood("当守卫生")
    True
    """
    jieba = configure_jieba()
    jieba.dt.check_initialized()
    route: dict = {}
    jieba.dt.calc(text, jieba.dt.get_DAG(text), route)
    return route[0][0] if text else 0.0

