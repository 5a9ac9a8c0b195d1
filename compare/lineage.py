"""Lineages: one measure followed through the notices that restate it.

Links pair measures of two notices; a lineage strings them into versions in
issue order (A → B → C), the typed change (compare/changes.py) at each step.
A version has at most one next version: a measure of a later notice continues
the lineage whose latest version it is linked with, the most similar when
there are several, so 003#3 follows 002#4.12 and not 001#1.6, which 002#4.12
already continued. A measure linked only with versions that were continued
since starts a lineage of its own.

A lineage's id is the id of its first version's measure: stable as long as
no earlier notice restating that measure is added.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Step:
    earlier: str  # measure id
    later: str
    earlier_order: tuple  # issue order of the earlier measure's notice
    later_order: tuple
    similarity: float = 0.0
    change_type: str | None = None
    change: str = ""  # the change lines of the step, joined
    link: str | None = None  # id of the link it comes from


@dataclass
class Lineage:
    id: str
    versions: list[str] = field(default_factory=list)  # measure ids, oldest first
    steps: list[Step] = field(default_factory=list)  # steps[i] leads from versions[i] to versions[i + 1]


def change_line(changes: Iterable[dict]) -> str:
    """The lines a reader sees for a link's changes (words left out), joined with ；."""
    return "；".join(c["text"] + (f" ×{c['count']}" if c.get("count", 1) > 1 else "")
                    for c in changes if c.get("kind") != "words" and c.get("text"))


def lineages(steps: Iterable[Step]) -> list[Lineage]:
    """Chain linked measures into lineages of two or more versions, in issue order."""
    by_later: dict[tuple, list[Step]] = {}
    for s in steps:
        if s.earlier_order > s.later_order:
            s = Step(s.later, s.earlier, s.later_order, s.earlier_order, s.similarity, s.change_type, s.change, s.link)
        if s.earlier_order == s.later_order:
            continue  # one notice, or two of one moment: no order to follow
        by_later.setdefault((s.later_order, s.later.split("#")[0]), []).append(s)
    lineage_of: dict[str, Lineage] = {}
    found: list[Lineage] = []
    # Notice by notice, oldest first, so every earlier version already has its lineage.
    for key in sorted(by_later):
        for s in sorted(by_later[key], key=lambda s: (-s.similarity, s.earlier, s.later)):
            line = lineage_of.get(s.earlier)
            if s.later in lineage_of or (line and line.versions[-1] != s.earlier):
                continue
            if line is None:
                line = lineage_of[s.earlier] = Lineage(s.earlier, [s.earlier])
                found.append(line)
            line.versions.append(s.later)
            line.steps.append(s)
            lineage_of[s.later] = line
    return found
