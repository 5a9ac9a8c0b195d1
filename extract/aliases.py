"""Canonical names of organisations, from the alias table in data/aliases.yml.

Notices name a body by a short form relative to the issuing city
(`市卫健委`), by its full name (`重庆市卫生健康委员会`), or by a generic
description (`卫生健康部门`). Short and full forms of one body share a
canonical name; a description, or any mention the table does not know, is
its own name.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.rules import load_rule_file, rule

ALIASES_FILE = Path(__file__).parent / "data" / "aliases.yml"

PLACE = "{place}"
PARTY_PREFIX = "中共"
# The level word that ends a place name, longest first.
PLACE_LEVELS = ("自治区", "自治州", "自治县", "省", "市", "区", "县", "州", "盟", "旗")
# Short forms are written for a city; the same form with another level word in place
# of its first 市 stands for that level (省卫健委, 团省委).
RELATIVE_LEVELS = ("省", "区", "县", "州")


@dataclass(frozen=True)
class AliasTable:
    # Short or canonical form, written with 市 or another level word in its place
    # (市卫健委, 省卫健委, 团省委) -> (canonical template, that level word).
    relative: dict[str, tuple[str, str]]
    # Full names with a place, one alternative per template, tried in order in
    # one match; group i + 1 is the place of templates[i].
    full_names: re.Pattern
    templates: list[str]
    cities: dict[str, dict[str, str]]  # city -> alias or canonical -> canonical


def _strip_party(name: str) -> str:
    return name[len(PARTY_PREFIX):] if name.startswith(PARTY_PREFIX) else name


def _template_pattern(template: str) -> str:
    before, _, after = _strip_party(template).partition(PLACE)
    levels = "|".join(PLACE_LEVELS)
    place = rf"([\u4e00-\u9fff]{{1,8}}?(?:{levels}))"
    return f"(?:{PARTY_PREFIX})?{re.escape(before)}{place}{re.escape(after)}"


def _aliases(data: dict, path: Path, *keys: str) -> dict[str, list[str]]:
    table = rule(data, path, *keys)
    if not isinstance(table, dict):
        raise ValueError(f"{path}: {'.'.join(keys)} must map canonical names to lists of aliases")
    for canonical, aliases in table.items():
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ValueError(f"{path}: aliases of {canonical!r} must be a list of strings")
    return table


@lru_cache(maxsize=1)
def alias_table(path: Path = ALIASES_FILE) -> AliasTable:
    data = load_rule_file(path)
    bodies = _aliases(data, path, "bodies")
    relative, templates = {}, []
    for canonical, aliases in bodies.items():
        if PLACE not in canonical:
            raise ValueError(f"{path}: bodies.{canonical} lacks the {PLACE} placeholder")
        for form in [canonical.replace(PLACE, "市"), *aliases]:
            for level in ("市", *RELATIVE_LEVELS):
                relative[_strip_party(form).replace("市", level, 1)] = (canonical, level)
        templates.append(canonical)
    cities = {}
    for city in rule(data, path, "cities"):
        entries = {}
        for canonical, aliases in _aliases(data, path, "cities", city).items():
            entries.update({_strip_party(a): canonical for a in [canonical, *aliases]})
        cities[city] = entries
    full_names = re.compile("|".join(map(_template_pattern, templates)))
    return AliasTable(relative, full_names, templates, cities)


@lru_cache(maxsize=1 << 10)
def _full_city(city: str | None) -> str | None:
    if not city:
        return None
    city = unicodedata.normalize("NFKC", city).strip()
    return city if city.endswith(PLACE_LEVELS) else city + "市"


def canonical_name(mention: str, city: str | None = None) -> str:
    """The canonical name of the organisation a mention names.

    `city` is the issuing city or province ("重庆", "重庆市", "四川省"), when
    known: a short form written at its level (`市卫健委`, `省卫健委`) then gets
    its full name. Unknown mentions come back as they are.

    >>> canonical_name("市卫健委", city="重庆")
    '重庆市卫生健康委员会'
    >>> canonical_name("重庆市卫生健康委员会")
    '重庆市卫生健康委员会'
    >>> canonical_name("卫生健康部门")
    '卫生健康部门'
    """
    bare, name, level = _city_free_name(mention)
    city = _full_city(city)
    entries = alias_table().cities.get(city)
    if entries and bare in entries:
        return entries[bare]
    if level is None:
        return name
    # A short form names the issuing place's body when it is written at the place's level
    # (市卫健委 in a city's notice, 省卫健委 in a province's).
    return name.replace(PLACE, city if city and _level_of(city) == level else level)


@lru_cache(maxsize=1 << 14)  # notices of every city name the same bodies
def _city_free_name(mention: str) -> tuple[str, str, str | None]:
    """The mention without spaces and 中共, and its canonical name unless the
    issuing place has its own: that name, and when it is the template of a
    short form, the level word the form is written with (市, 省…), which
    names the place."""
    table = alias_table()
    name = re.sub(r"\s+", "", unicodedata.normalize("NFKC", mention))
    bare = _strip_party(name)
    for entries in table.cities.values():  # a city-specific full name names itself
        if entries.get(bare) == bare or entries.get(bare) == name:
            return bare, entries[bare], None
    if bare in table.relative:
        return bare, *table.relative[bare]
    match = table.full_names.fullmatch(name)
    if match:  # the one group that took part is the place of the matching alternative
        return bare, table.templates[match.lastindex - 1].replace(PLACE, match[match.lastindex]), None
    return bare, mention, None


@lru_cache(maxsize=1 << 10)
def alias_forms(name: str) -> tuple[str, ...]:
    """Every form the alias table gives for the body a canonical name names:
    the name, without 中共, and the short forms relative to its place
    (`重庆市卫生健康委员会` → 市卫健委, 市卫生健康委…; `四川省卫生健康委员会` →
    省卫健委…). The catalog lists them among a unit's aliases, so that any of
    them finds the unit before a notice has used it. A name the table does
    not know has itself only.

    >>> "市卫健委" in alias_forms(canonical_name("市卫生健康委", city="重庆"))
    True
    """
    table = alias_table()
    forms = {name, _strip_party(name)}
    for entries in table.cities.values():
        if name in entries.values():
            return tuple(sorted(forms | {a for a, canonical in entries.items() if canonical == name}))
    match = table.full_names.fullmatch(name)
    if match:
        template, level = table.templates[match.lastindex - 1], _level_of(match[match.lastindex])
    elif _strip_party(name) in table.relative:
        template, level = table.relative[_strip_party(name)]
    else:
        return tuple(sorted(forms))
    forms |= {form for form, t in table.relative.items() if t == (template, level)}
    return tuple(sorted(forms))


def _level_of(place: str) -> str:
    """The level word a short form uses for a place: 重庆市 → 市, 四川省 → 省;
    an autonomous region or prefecture (自治区, 自治州) counts as 区, 州."""
    level = next(lv for lv in PLACE_LEVELS if place.endswith(lv))
    return level[-1]
