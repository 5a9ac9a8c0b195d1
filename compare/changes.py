"""What changed between two linked measures: a word diff and the numbers that moved.

A measure of the earlier notice (A) and its counterpart in the later one (B)
are compared on:
- words: a jieba-token diff, as a list of ops;
- thresholds: matched by unit, kind of quantity and the words around the
  number, then rose / fell / added / removed, each judged tightened or relaxed
  by the rules in compare/data/changes.yml;
- deadlines: added / removed / shortened / lengthened;
- responsible units: added / removed.

The change type of a link uses the trackers' vocabulary (CoronaNet's
strengthen/relax, WHO PHSM's new/modification/extension/phase-out/finish):
`extended` (restated unchanged), `tightened`, `relaxed`, `modified` (changed,
no clear direction), `ended` (the new text stops it); an unlinked measure of
B is `new`. Every change item is a dict with `kind` and `change`.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from compare.lexicon import DATA, load_data
from compare.profile import canonical_unit, quantity_of, threshold_unit, unit_names
from compare.tokens import normalize, words

TIGHTENED, RELAXED, MIXED = "tightened", "relaxed", "mixed"
_HOURS = {"minute": 1 / 60, "hour": 1, "day": 24, "week": 24 * 7, "month": 24 * 30}
_CLAUSE_END = re.compile(r"[。；;，,：:\n]")
_PUNCTUATION = re.compile(r"^[\W_]*$")
_DIGITS = re.compile(r"[\d.．%]+")
_NEAR = 8  # characters after a number that say what it counts


@dataclass
class PairChanges:
    status: str  # "unchanged" | "revised"
    change_type: str  # extended | tightened | relaxed | modified | ended
    direction: str | None  # tightened | relaxed | mixed | None: what the numbers say
    diff: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)  # thresholds, deadlines, units


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load_data("changes.yml")


# Word diff ------------------------------------------------------------------


def word_diff(a: str, b: str) -> list[dict]:
    """Diff of two texts over jieba words. Ops: `{"op": "equal", "a": …}`,
    `{"op": "delete", "a": …}`, `{"op": "insert", "b": …}`,
    `{"op": "replace", "a": …, "b": …}`; joining the `a` sides gives A back,
    the `b` sides B (NFKC-folded)."""
    wa, wb = words(a), words(b)
    ops = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        op = {"op": tag}
        if tag in ("equal", "delete", "replace"):
            op["a"] = "".join(wa[i1:i2])
        if tag in ("insert", "replace"):
            op["b"] = "".join(wb[j1:j2])
        ops.append(op)
    return ops


def _substantive(op: dict) -> bool:
    return op["op"] != "equal" and not all(_PUNCTUATION.match(op.get(side, "")) for side in ("a", "b"))


# Thresholds -----------------------------------------------------------------


def _located(items: list[dict], text: str) -> list[tuple[dict, int, int]]:
    """Each item with its span in `text`: its own offsets when they fit,
    else the next occurrence of its text not yet claimed by an earlier item."""
    located = []
    claimed: set[int] = set()
    for item in items:
        snippet = item.get("text") or ""
        start, end = item.get("start"), item.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and snippet and text[start:end] == snippet):
            start = text.find(snippet) if snippet else -1
            while start in claimed and start >= 0:
                start = text.find(snippet, start + 1)
            end = start + len(snippet)
        if start >= 0:
            claimed.add(start)
        located.append((item, start, end))
    return located


def _clause(text: str, start: int, end: int, snippet: str) -> str:
    """The clause holding a number (between commas or stops), where notices
    say what the number is about; the item's own text when it is not found."""
    if start < 0:
        return snippet
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right = _CLAUSE_END.search(text, end)
    return text[left : right.start() if right else len(text)]


def _bigrams(s: str) -> set[str]:
    s = _DIGITS.sub("", normalize(s))
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _dice(x: set[str], y: set[str]) -> float:
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


@dataclass
class _Number:
    item: dict
    kind: tuple  # what must agree for two numbers to be compared
    clause: str
    near: str  # the mention and the words right after it (24小时内 + 核酸检测阴性证明)

    def likeness(self, other: _Number) -> float:
        """How surely two numbers of one kind are the same requirement: mostly
        the words of their own mention (居家隔离14天 ~ 7天居家隔离), then their
        clause, which several numbers may share; an unchanged value or
        comparator breaks what is left of a tie."""
        own = _dice(_bigrams(self.item.get("text") or ""), _bigrams(other.item.get("text") or ""))
        clause = _dice(_bigrams(self.clause), _bigrams(other.clause))
        same = 0.05 * (self.item.get("value") == other.item.get("value"))
        same += 0.05 * (self.item.get("comparator") == other.item.get("comparator"))
        return 0.6 * own + 0.4 * clause + same


def _numbers(measure: dict, key: str, kind) -> list[_Number]:
    text = normalize(measure.get("text") or "")
    items = [dict(item, text=normalize(item.get("text") or "")) for item in measure.get(key) or []]
    return [
        _Number(item, kind(item), _clause(text, s, e, item["text"]), text[s : e + _NEAR] if s >= 0 else item["text"])
        for item, s, e in _located(items, text)
    ]


def _match(xs: list[_Number], ys: list[_Number]) -> tuple[list[tuple[_Number, _Number]], list[_Number], list[_Number]]:
    """Pair numbers of the same kind, likeliest first; a lone number of a
    kind on each side pairs up even when its wording changed."""
    min_likeness = _rules()["threshold_match"]["min_likeness"]
    scored = []
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            if x.kind != y.kind:
                continue
            alone = sum(v.kind == x.kind for v in xs) == 1 and sum(v.kind == y.kind for v in ys) == 1
            likeness = x.likeness(y)
            if likeness >= min_likeness or alone:
                scored.append((likeness, -i, -j, i, j))
    pairs, used_x, used_y = [], set(), set()
    for *_, i, j in sorted(scored, reverse=True):
        if i not in used_x and j not in used_y:
            used_x.add(i)
            used_y.add(j)
            pairs.append((xs[i], ys[j]))
    return pairs, [x for i, x in enumerate(xs) if i not in used_x], [y for j, y in enumerate(ys) if j not in used_y]


def rise_direction(threshold: dict, near: str = "") -> str:
    """Whether a higher value of this threshold makes its measure stricter
    (`tightened`) or looser (`relaxed`), by the first rule that fits; `near`
    is the mention with the words that follow it."""
    quantity = quantity_of(threshold)
    for rule in _rules()["thresholds"]:
        if "quantity" in rule and rule["quantity"] != quantity:
            continue
        if "comparator" in rule and rule["comparator"] != threshold.get("comparator"):
            continue
        if "context" in rule and not re.search(rule["context"], near):
            continue
        return rule["rise"]
    raise ValueError(f"{DATA / 'changes.yml'}: no threshold rule fits {threshold!r}; the last rule should have no conditions")


def _opposite(direction: str) -> str:
    return RELAXED if direction == TIGHTENED else TIGHTENED


def _describe_threshold(t: dict) -> dict:
    return {k: t.get(k) for k in ("value", "unit", "comparator", "text")} | {"quantity": quantity_of(t)}


def _value_text(t: dict) -> str:
    value = t.get("value")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    comparator = t.get("comparator")
    prefix = {"<=": "≤", ">=": "≥", "<": "<", ">": ">"}.get(comparator, "")
    return f"{prefix}{value}{threshold_unit(t)}"


def threshold_changes(a: dict, b: dict) -> list[dict]:
    kind = lambda t: (threshold_unit(t), quantity_of(t))  # noqa: E731
    pairs, removed, added = _match(_numbers(a, "thresholds", kind), _numbers(b, "thresholds", kind))
    changes = []
    for x, y in pairs:
        old, new = x.item, y.item
        if old.get("value") == new.get("value") and old.get("comparator") == new.get("comparator"):
            continue
        if old.get("value") == new.get("value"):
            change, direction = "comparator", None
        else:
            change = "rose" if _number(new.get("value")) > _number(old.get("value")) else "fell"
            rise = rise_direction(new, y.near)
            direction = rise if change == "rose" else _opposite(rise)
        changes.append(_change("threshold", change, direction, _describe_threshold(old), _describe_threshold(new),
                               f"{_value_text(old)} → {_value_text(new)}"))
    presence = _rules()["threshold_presence"]
    for x in removed:
        changes.append(_change("threshold", "removed", presence["removed"], _describe_threshold(x.item), None,
                               f"{_value_text(x.item)} ({x.item['text']}) removed"))
    for y in added:
        changes.append(_change("threshold", "added", presence["added"], None, _describe_threshold(y.item),
                               f"{_value_text(y.item)} ({y.item['text']}) added"))
    return changes


def _number(value) -> float:
    """A single number for a value that may be a range ([3, 5]: its upper bound)."""
    if isinstance(value, (list, tuple)):
        return float(max(value))
    return float(value)


def _change(kind: str, change: str, direction: str | None, a, b, text: str) -> dict:
    return {"kind": kind, "change": change, "direction": direction, "a": a, "b": b, "text": text}


# Deadlines ------------------------------------------------------------------


def _deadline_kind(d: dict) -> tuple:
    return (d.get("kind"),) if d.get("kind") == "within" else (d.get("kind"), d.get("event") or d.get("date"))


def _describe_deadline(d: dict) -> dict:
    return {k: d.get(k) for k in ("kind", "value", "unit", "event", "date", "text")}


def _deadline_text(d: dict) -> str:
    return d.get("text") or str(d.get("event") or d.get("date") or d.get("value"))


def deadline_changes(a: dict, b: dict) -> list[dict]:
    pairs, removed, added = _match(_numbers(a, "deadlines", _deadline_kind), _numbers(b, "deadlines", _deadline_kind))
    binding = set(_rules()["deadlines"]["binding"])
    changes = []
    for x, y in pairs:
        old, new = x.item, y.item
        if old.get("kind") != "within":
            continue  # same kind and event: nothing moved
        before, after = _hours(old), _hours(new)
        if before is None or after is None or before == after:
            continue
        change, direction = ("shortened", TIGHTENED) if after < before else ("lengthened", RELAXED)
        changes.append(_change("deadline", change, direction, _describe_deadline(old), _describe_deadline(new),
                               f"{_deadline_text(old)} → {_deadline_text(new)}"))
    for x in removed:
        direction = RELAXED if x.item.get("kind") in binding else None
        changes.append(_change("deadline", "removed", direction, _describe_deadline(x.item), None,
                               f"{_deadline_text(x.item)} removed"))
    for y in added:
        direction = TIGHTENED if y.item.get("kind") in binding else None
        changes.append(_change("deadline", "added", direction, None, _describe_deadline(y.item),
                               f"{_deadline_text(y.item)} added"))
    return changes


def _hours(d: dict) -> float | None:
    if d.get("value") is None or d.get("unit") not in _HOURS:
        return None
    return _number(d["value"]) * _HOURS[d["unit"]]


# Units ----------------------------------------------------------------------


def unit_changes(a: dict, b: dict) -> list[dict]:
    """Responsible units that appear or disappear, compared after folding
    the qualifiers the annotation guide ignores (各, 有关, 括号…)."""
    def names(m: dict) -> dict[str, str]:
        return {canonical_unit(n): n for n in unit_names(m.get("units"))}

    old, new = names(a), names(b)
    changes = [_change("unit", "removed", None, old[k], None, f"{old[k]} removed") for k in old if k not in new]
    changes += [_change("unit", "added", None, None, new[k], f"{new[k]} added") for k in new if k not in old]
    return changes


# Summary --------------------------------------------------------------------


def direction_of(changes: list[dict]) -> str | None:
    """tightened / relaxed when every directional change agrees, mixed when
    they disagree, None when no number decides it."""
    directions = {c.get("direction") for c in changes} - {None}
    if not directions:
        return None
    return directions.pop() if len(directions) == 1 else MIXED


def _ends(a_text: str, b_text: str) -> bool:
    pattern = re.compile("|".join(f"(?:{p})" for p in _rules()["ending"]))
    return bool(pattern.search(normalize(b_text))) and not pattern.search(normalize(a_text))


def compare_measures(a: dict, b: dict) -> PairChanges:
    """Everything that changed from measure `a` (earlier) to measure `b`."""
    diff = word_diff(a.get("text") or "", b.get("text") or "")
    changes = threshold_changes(a, b) + deadline_changes(a, b) + unit_changes(a, b)
    status = "revised" if any(_substantive(op) for op in diff) else "unchanged"
    direction = direction_of(changes)
    if status == "unchanged":
        change_type = "extended"
    elif _ends(a.get("text") or "", b.get("text") or ""):
        change_type = "ended"
    elif direction in (TIGHTENED, RELAXED):
        change_type = direction
    else:
        change_type = "modified"
    return PairChanges(status, change_type, direction, diff, changes)
