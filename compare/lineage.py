"""Lineages: one measure followed through the notices that restate it.

Links pair measures of two notices; a lineage strings them into versions in
issue order (A → B → C), the typed change (compare/changes.py) at each step.
A version has at most one next version: a measure of a later notice continues
the lineage whose latest version it is linked with, the most similar when
there are several, so 003#3 follows 002#4.12 and not 001#1.6, which 002#4.12
already continued. A measure linked only with versions that were continued
since starts a lineage of its own. Links run from the earlier notice to the
later (the catalog orders notices of one issuer by serial where a date is
missing), and that is the order a lineage follows.

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
    """Chain linked measures into lineages of two or more versions. Each step
    runs from the earlier measure to the later one as its link says; notices
    are taken so that every notice comes after those its links lead from (by
    the issue orders where the links leave it open)."""
    steps = [s for s in steps if s.earlier.split("#")[0] != s.later.split("#")[0]]
    lineage_of: dict[str, Lineage] = {}
    found: list[Lineage] = []
    by_later: dict[str, list[Step]] = {}
    for s in steps:
        by_later.setdefault(_notice(s.later), []).append(s)
    for notice in _notices_in_order(steps):
        for s in sorted(by_later.get(notice, []), key=lambda s: (-s.similarity, s.earlier, s.later)):
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


def _notice(measure: str) -> str:
    return measure.split("#")[0]


def _notices_in_order(steps: list[Step]) -> list[str]:
    """The notices of the steps, each after every notice a step leads from into it
    (Kahn's order, ties by issue order); a step against the order is dropped."""
    order, after, waiting = {}, {}, {}
    for s in steps:
        a, b = _notice(s.earlier), _notice(s.later)
        order.setdefault(a, s.earlier_order)
        order.setdefault(b, s.later_order)
        if b not in after.setdefault(a, set()):
            after[a].add(b)
            waiting[b] = waiting.get(b, 0) + 1
    ready = sorted((order[n], n) for n in order if not waiting.get(n))
    done = []
    while ready:
        _, n = ready.pop(0)
        done.append(n)
        for m in after.get(n, ()):
            waiting[m] -= 1
            if not waiting[m]:
                ready.append((order[m], m))
                ready.sort()
    # Notices on a cycle (links that disagree on which came first) go last, by issue order.
    return done + sorted((n for n in order if n not in done), key=lambda n: (order[n], n))
