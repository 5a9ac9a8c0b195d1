"""Whom and where two linked measures cover, through a small lexicon of
broader and narrower terms (compare/data/scope.yml).

A chain orders terms from narrower to broader (`确诊病例` ⊂ `感染者`,
`主城九区` ⊂ `主城都市区` ⊂ `全市`): the newer measure widens its scope when the
broadest level it names is broader than the older one's. A set lists the
members of one kind (symptoms, channels, personal protection): naming all of
the older measure's members and more widens the scope (`发热` → `发热、咳嗽、
咽痛…`), naming only some narrows it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from compare.lexicon import DATA, RELAXED, TIGHTENED, load_data
from compare.tokens import normalize
from extract.rules import compile_pattern


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict, dict]:
    data = load_data("scope.yml")
    chains = {name: [compile_pattern(p, DATA / "scope.yml", name) for p in levels] for name, levels in (data.get("chains") or {}).items()}
    sets = {name: [compile_pattern(p, DATA / "scope.yml", name) for p in members] for name, members in (data.get("sets") or {}).items()}
    return chains, sets


def _levels(text: str, levels: list[re.Pattern]) -> dict[int, str]:
    """The levels of a chain (or members of a set) a text names, each with
    the first term found, in the order the text names them."""
    found = {i: m for i, m in ((i, p.search(text)) for i, p in enumerate(levels)) if m}
    return {i: m.group() for i, m in sorted(found.items(), key=lambda x: x[1].start())}


def _change(aspect: str, change: str, direction: str | None, before: str, after: str) -> dict:
    weight = float(load_data("scope.yml")["weight"]) if direction else 0.0
    return {"kind": "scope", "change": change, "direction": direction, "aspect": aspect, "weight": weight,
            "from": before, "to": after, "text": f"{aspect} {before} → {after}"}


@lru_cache(maxsize=4096)  # a measure is compared with each measure it is linked with
def _named(text: str) -> tuple[dict[str, dict[int, str]], dict[str, dict[int, str]]]:
    """The levels of each chain and the members of each set a text names."""
    text = normalize(text)
    chains, sets = _lexicon()
    return ({name: _levels(text, levels) for name, levels in chains.items()},
            {name: _levels(text, members) for name, members in sets.items()})


def scope_changes(a_text: str, b_text: str) -> list[dict]:
    (chains_a, sets_a), (chains_b, sets_b) = _named(a_text), _named(b_text)
    changes = []
    for name in chains_a:
        old, new = chains_a[name], chains_b[name]
        if not old or not new or max(old) == max(new):
            continue
        widened = max(new) > max(old)
        changes.append(_change(name, "widened" if widened else "narrowed", TIGHTENED if widened else RELAXED,
                               old[max(old)], new[max(new)]))
    for name in sets_a:
        old, new = sets_a[name], sets_b[name]
        if not old or not new or set(old) == set(new):
            continue
        if set(new) > set(old):
            change, direction = "widened", TIGHTENED
        elif set(new) < set(old):
            change, direction = "narrowed", RELAXED
        else:
            change, direction = "changed", None
        changes.append(_change(name, change, direction, "、".join(old.values()), "、".join(new.values())))
    return changes
