"""What changed between two linked measures: one change model over their parts.

A measure of the earlier notice (A) and its counterpart in the later one (B)
are compared on:
- words: a jieba-token diff, as a list of ops (for the side-by-side view);
- numbers: thresholds and deadlines paired by the quantity they govern
  (compare/quantities.py): `集中隔离天数 14天 → 14天+7天居家隔离`;
- requirements: clauses one states and the other does not
  (compare/requirements.py), weighed by what they do;
- scope: broader and narrower terms (compare/scope.py): `确诊病例 → 感染者`;
- responsible units, folded by the alias data, a renamed unit one change.

Each change is a dict with kind, change, direction (tightened / relaxed /
None), aspect, from, to and text (the line a reader sees). Identical items
are merged (`count`). The direction of the pair weighs its tightening
against its relaxing changes (compare/data/changes.yml `direction`):
`tightened`, `relaxed`, `mixed`, `unchanged`, or `ended` when the new text
stops the measure.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from compare.lexicon import RELAXED, TIGHTENED, ending, load_data
from compare.quantities import number_changes
from compare.requirements import requirement_changes
from compare.scope import scope_changes
from compare.tokens import normalize, words
from compare.units import compare_units

MIXED, UNCHANGED, ENDED = "mixed", "unchanged", "ended"
DIRECTIONS = (TIGHTENED, RELAXED, MIXED, UNCHANGED, ENDED)
_PUNCTUATION = re.compile(r"^[\W_]*$")


@dataclass
class PairChanges:
    status: str  # "unchanged" | "revised": whether any word changed
    change_type: str  # tightened | relaxed | mixed | unchanged | ended
    diff: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)  # thresholds, deadlines, requirements, scope, units

    @property
    def direction(self) -> str:
        return self.change_type


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load_data("changes.yml")


# Word diff ------------------------------------------------------------------


def word_diff(a: str, b: str) -> list[dict]:
    """Diff of two texts over jieba words. Ops: `{"op": "equal", "a": …}`,
    `{"op": "delete", "a": …}`, `{"op": "insert", "b": …}`,
    `{"op": "replace", "a": …, "b": …}`. Words are compared NFKC-folded
    (`（` and `(` agree) but every piece is the text as written: joining the
    `a` sides gives A back, the `b` sides B, an equal op carrying `b` when
    B writes the same words in other widths."""
    (wa, pa), (wb, pb) = _pieces(a), _pieces(b)
    ops = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        op = {"op": tag}
        if tag in ("equal", "delete", "replace"):
            op["a"] = "".join(pa[i1:i2])
        if tag in ("insert", "replace") or (tag == "equal" and "".join(pb[j1:j2]) != op["a"]):
            op["b"] = "".join(pb[j1:j2])
        ops.append(op)
    return ops


@lru_cache(maxsize=1024)  # a measure's text is diffed against each measure it is linked with
def _pieces(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The folded words of a text and the stretch of the original each stands for.
    Characters are folded one by one so every folded word maps back to whole
    original characters (NFKC may turn one character into several)."""
    folded = [normalize(ch) for ch in text]
    ends, total = [], 0
    for f in folded:
        total += len(f)
        ends.append(total)
    tokens = words("".join(folded))
    pieces, start, done = [], 0, 0
    for i, token in enumerate(tokens):
        done += len(token)
        stop = start
        while stop < len(text) and ends[stop] <= done:
            stop += 1
        # The last word takes whatever the folding left (characters folded to nothing).
        pieces.append(text[start: len(text) if i == len(tokens) - 1 else stop])
        start = stop
    return tuple(tokens), tuple(pieces)


def _substantive(op: dict) -> bool:
    return op["op"] != "equal" and not all(_PUNCTUATION.match(op.get(side, "")) for side in ("a", "b"))


# Summary --------------------------------------------------------------------


def _merged(changes: list[dict]) -> list[dict]:
    """Identical items once, with how many times they occur."""
    out: dict[tuple, dict] = {}
    for c in changes:
        key = (c["kind"], c["change"], c["text"], c.get("direction"))
        if key in out:
            out[key]["count"] = out[key].get("count", 1) + 1
        else:
            out[key] = c
    return list(out.values())


def weigh(changes: list[dict]) -> tuple[float, float]:
    """The weight of the tightening and of the relaxing changes."""
    tight = loose = 0.0
    for c in changes:
        w = c.get("weight", 0.0)
        if c.get("direction") == TIGHTENED:
            tight += w
        elif c.get("direction") == RELAXED:
            loose += w
    return tight, loose


def direction_of(changes: list[dict]) -> str:
    """tightened when the tightening outweighs the relaxing by the dominance
    ratio; relaxed the other way round, but what the newer text is merely
    silent on relaxes only when nothing tightens; mixed otherwise; unchanged
    when nothing moves."""
    tight, loose = weigh(changes)
    stated = weigh([c for c in changes if c.get("change") not in ("removed",)])[1]
    dominance = _rules()["direction"]["dominance"]
    if tight == loose == 0:
        return UNCHANGED
    if tight >= dominance * loose:
        return TIGHTENED
    if tight == 0 or stated >= dominance * tight:
        return RELAXED
    return MIXED


def _ends(a_text: str, b_text: str) -> bool:
    return bool(ending().search(normalize(b_text))) and not ending().search(normalize(a_text))


def compare_measures(a: dict, b: dict) -> PairChanges:
    """Everything that changed from measure `a` (earlier) to measure `b`."""
    diff = word_diff(a.get("text") or "", b.get("text") or "")
    numbers = number_changes(a, b, "thresholds") + number_changes(a, b, "deadlines")
    # A clause whose number already tells how it moved is not also a new or dropped requirement.
    carried = tuple([c[side] for c in numbers if c[side] and c["direction"]] for side in ("from", "to"))
    units, kept = compare_units(a, b)
    changes = _merged(numbers + requirement_changes(a, b, carried, kept)
                      + scope_changes(a.get("text") or "", b.get("text") or "") + units)
    status = "revised" if any(_substantive(op) for op in diff) else "unchanged"
    if status == "unchanged":
        change_type = UNCHANGED
    elif _ends(a.get("text") or "", b.get("text") or ""):
        change_type = ENDED
    else:
        change_type = direction_of(changes)
    return PairChanges(status, change_type, diff, changes)
