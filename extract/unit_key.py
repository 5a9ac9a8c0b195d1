"""The key two unit names are compared by, by the annotation guide: 各区县 ≡ 区县.

One home for the fold that the scorer (notices/evaluate.py) and compare
(compare/profile.py) both need; the openings it drops are in data/unit_key.yml.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from extract.rules import load_rule_file, rule

RULES_FILE = Path(__file__).parent / "data" / "unit_key.yml"
_QUALIFIER = re.compile(r"[（(][^（）()]*[)）]")
_WHITE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _prefixes() -> tuple[str, ...]:
    # Longest first, so that 各级 is dropped whole rather than as 各.
    return tuple(sorted(rule(load_rule_file(RULES_FILE), RULES_FILE, "prefixes"), key=len, reverse=True))


@lru_cache(maxsize=1 << 14)  # the same units recur in every notice
def unit_key(name: str) -> str:
    """``name`` after NFKC, without white space, qualifiers in brackets, generic
    openings or a closing 等; a name that is nothing but those is kept whole."""
    key = _QUALIFIER.sub("", _WHITE.sub("", unicodedata.normalize("NFKC", name or "")))
    dropped = True
    while dropped:
        dropped = False
        for prefix in _prefixes():
            if key.startswith(prefix) and len(key) > len(prefix):
                key, dropped = key[len(prefix):], True
    return key[:-1] if key.endswith("等") and len(key) > 1 else key
