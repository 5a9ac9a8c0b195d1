"""Responsible units of two linked measures: kept, renamed, added, removed.

Units are compared by canonical name (extract/data/aliases.yml) and shown as
the measure writes them. A unit that goes and one that comes are one renamed
unit when they name the same function once place prefixes and kinds of body
are stripped (市公安局 → 公安部门, 市委政法委 → 政法部门) or when one name
holds the other (商场 → 商场超市, 各区县领导小组 → 各区县); the affixes are in
compare/data/changes.yml `units`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from compare.lexicon import load_data
from compare.tokens import normalize
from extract.aliases import canonical_name
from extract.document import UnitMention
from extract.unit_key import unit_key

_PARENTHESISED = re.compile(r"[(（][^()（）]*[)）]")


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load_data("changes.yml")["units"]


def _mentions(measure: dict) -> dict[str, str]:
    """Canonical name → the unit as the measure writes it."""
    found = {}
    for u in map(UnitMention.from_dict, measure.get("units") or []):
        name, mention = u.name, u.mention
        if name:
            # As written, unless the mention is a shared head's first part (政法 of 政法、公安等部门).
            shown = name if not mention or (name.startswith(mention) and name != mention) else mention
            found.setdefault(_canonical(name), shown)
    return found


@lru_cache(maxsize=1 << 14)  # the same units recur in every notice
def _canonical(name: str) -> str:
    """The alias table's name, with the qualifiers the guide ignores folded (各区县 ≡ 区县)."""
    return unit_key(canonical_name(_PARENTHESISED.sub("", normalize(name)).strip()))


@lru_cache(maxsize=1 << 14)
def _stem(name: str) -> str:
    """What a unit does, without place and kind of body: 市公安局 → 公安."""
    rules = _rules()
    stem = re.sub(rules["prefixes"], "", _PARENTHESISED.sub("", normalize(name)))
    return re.sub(rules["suffixes"], "", stem) or stem


def _renamed(old: str, new: str) -> bool:
    x, y = _stem(old), _stem(new)
    shortest = min(len(x), len(y))
    return shortest >= _rules()["min_stem"] and (x == y or x in y or y in x)


def _matched(a: dict, b: dict) -> tuple[dict[str, str], dict[str, str], list[tuple[str, str]], list[str], list[str]]:
    """Units of both measures: A's and B's (canonical → as written), the
    renamed pairs, and the canonical names only A or only B has."""
    old, new = _mentions(a), _mentions(b)
    gone = [k for k in old if k not in new]
    came = [k for k in new if k not in old]
    renamed = []
    for k in list(gone):
        match = next((n for n in came if _renamed(old[k], new[n]) or _renamed(k, n)), None)
        if match is not None:
            gone.remove(k)
            came.remove(match)
            renamed.append((k, match))
    return old, new, renamed, gone, came


def compare_units(a: dict, b: dict) -> tuple[list[dict], list[str]]:
    """Responsible units that come, go or are renamed, shown as written; and
    how `a` writes the units that `b` still names under the same or a new
    name (actors that keep duties of their own there)."""
    old, new, renamed, gone, came = _matched(a, b)
    changes = ([_unit(old[k], new[n]) for k, n in renamed] + [_unit(old[k], None) for k in gone]
               + [_unit(None, new[k]) for k in came])
    return changes, [old[k] for k in old if k in new] + [old[k] for k, _ in renamed]


def _unit(before: str | None, after: str | None) -> dict:
    change = "renamed" if before and after else "added" if after else "removed"
    text = {"renamed": f"责任单位 {before} → {after}", "added": f"责任单位 新增 {after}",
            "removed": f"责任单位 {before} 取消"}[change]
    # Who must act is not how much is demanded: a unit change has no direction of its own.
    return {"kind": "unit", "change": change, "direction": None, "aspect": "责任单位", "weight": 0.0,
            "from": before, "to": after, "a": before, "b": after, "text": text}


