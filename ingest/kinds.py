"""The kinds of document a notice's title names (通知, 通告, 公告, 令 …): one list,
``data/kinds.yml``, for every rule that asks where a title ends or what it is; and the kinds
of institution a body's own name ends with (医院, 大学, 博物馆 …), for ingest and extract alike.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_DATA = Path(__file__).with_name("data") / "kinds.yml"


@lru_cache(maxsize=1)
def _lists() -> dict[str, list[str]]:
    try:
        data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
        return {key: [str(k) for k in data[key]] for key in ("kinds", "after_body", "institutions")}
    except (OSError, yaml.YAMLError, KeyError, TypeError) as e:
        raise ValueError(f"{_DATA}: cannot load the kinds of document: {e}") from e


def _alternation(words: list[str]) -> str:
    # Longest first, so that 命令 is read whole rather than as its 令.
    return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"


KIND = _alternation(_lists()["kinds"])
"""A regex alternation of every kind of document: 通知, 通告, …, 令."""

AFTER_BODY: list[str] = _lists()["after_body"]
KIND_AFTER_BODY = _alternation(AFTER_BODY)
"""The kinds an issuing body's name stands right before (…指挥部通告, …指挥部令)."""

INSTITUTION_WORDS: tuple[str, ...] = tuple(sorted(_lists()["institutions"], key=len, reverse=True))
"""The kinds of institution a body's own name ends with, longest first (风景名胜区 before 景区)."""

NAMES_INSTITUTION = re.compile(_alternation(_lists()["institutions"]) + "$")
"""A name that ends with one of them: 某某博物院, 某县第一中学."""

_ENDS = re.compile(KIND + "$")

CLOSING_FORMULA = re.compile(r"^特此")
"""The closing formula (特此通告。): it names the kind as a title does and stands over the
signature, but is neither a title nor a signing body."""


def names_kind(title: str) -> bool:
    """Whether a title ends naming its kind of document.

    >>> names_kind("关于加强防控的通知"), names_kind("某县指挥部令"), names_kind("某地调整为三级")
    (True, True, False)
    """
    return bool(_ENDS.search(title))
