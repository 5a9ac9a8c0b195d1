"""Numbers of two linked measures, paired by the quantity they govern.

A threshold or deadline of a measure is read with the words nearest it: its
role (`集中隔离天数`, `核酸检测次数`, `旅居史时间范围`, `转运时限`; the rules
are in compare/data/changes.yml). Durations of one family written one after
another are one regime (`14天集中隔离、7天居家隔离和7天自我健康管理`). Numbers
pair across the two measures only within one family, likeliest first, so a
14-day travel look-back is never read as the 14-day quarantine it replaced,
and a change of comparator on one quantity (`不足28天` → `近28天`) is one
change, not a removal and an addition.

Every change is a dict: kind (`threshold` | `deadline`), change (`rose` |
`fell` | `comparator` | `context` | `added` | `removed` | `shortened` |
`lengthened` | `quantified` | `unquantified`), aspect, from, to (the values as written, with the words that
say what they count), direction, a, b (the items) and text, the line a reader
sees (`集中隔离天数 14天 → 14天+7天居家隔离`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from compare.lexicon import DATA, RELAXED, TIGHTENED, load_data
from compare.memo import by_identity
from compare.profile import quantity_of, threshold_unit
from compare.tokens import bigrams, dice, normalize
from extract.document import locate
from extract.punctuation import CLAUSE_END
from extract.rules import compile_pattern

_HOURS = {"minute": 1 / 60, "hour": 1, "day": 24, "week": 24 * 7, "month": 24 * 30,
          "分钟": 1 / 60, "小时": 1, "天": 24, "日": 24, "周": 24 * 7, "月": 24 * 30}
_JOIN = re.compile(r"[、和及，,+]")
_EPSILON = 1e-6  # `不足28天` ends just short of 28 days


@dataclass(frozen=True)
class Role:
    aspect: str
    rise: str
    words: re.Pattern | None
    units: frozenset[str] | None
    comparators: frozenset[str] | None
    quantities: frozenset[str] | None
    family: str
    rank: int
    label: str
    weight: float = 1.0

    def admits(self, item: dict) -> bool:
        return ((self.units is None or _unit(item) in self.units)
                and (self.comparators is None or item.get("comparator") in self.comparators)
                and (self.quantities is None or quantity_of(item) in self.quantities))


@lru_cache(maxsize=1)
def _settings() -> dict:
    return load_data("changes.yml")


@lru_cache(maxsize=1)
def roles() -> tuple[Role, ...]:
    out = []
    for r in _settings()["roles"]:
        words = compile_pattern(r["words"], DATA / "changes.yml", f"role {r.get('aspect')!r} words") if r.get("words") else None
        if r.get("rise") not in (TIGHTENED, RELAXED):
            raise ValueError(f"{DATA / 'changes.yml'}: role {r.get('aspect')!r}: rise must be tightened or relaxed")
        out.append(Role(
            aspect=r["aspect"], rise=r["rise"], words=words,
            units=frozenset(r["units"]) if r.get("units") else None,
            comparators=frozenset(r["comparators"]) if r.get("comparators") else None,
            quantities=frozenset(r["quantities"]) if r.get("quantities") else None,
            family=r.get("family") or r["aspect"], rank=int(r.get("rank", 0)), label=r.get("label") or "",
            weight=float(r.get("weight", 1.0)),
        ))
    if any(r.words is not None or r.units or r.comparators or r.quantities for r in out[-1:]):
        raise ValueError(f"{DATA / 'changes.yml'}: the last role must have no conditions")
    return tuple(out)


def _unit(item: dict) -> str:
    return threshold_unit(item) if item.get("unit") is not None else ""


@dataclass
class Number:
    """One threshold or deadline of a measure, or a regime of several."""

    items: list[dict]
    role: Role
    aspect: str
    start: int
    end: int
    written: str  # the value with the words that say what it counts (14天集中隔离)
    clause: str
    parts: list[tuple[Role, float]] = field(default_factory=list)  # (role, hours) of a regime
    spans: list[tuple[int, int]] = field(default_factory=list)  # of each item's mention

    @property
    def item(self) -> dict:
        return self.items[0]

    @property
    def value_text(self) -> str:
        """The value as a reader names it: the mention, or for a regime its
        parts joined by + with the kind of each part after the first."""
        return self.labelled(first=False)

    def labelled(self, first: bool = True) -> str:
        pieces = []
        for i, (it, (role, _)) in enumerate(zip(self.items, self.parts or [(self.role, 0.0)])):
            mention = it.get("text") or ""
            pieces.append(mention if (i == 0 and not first) or role.label in mention else mention + role.label)
        return "+".join(pieces)


def _located(items: list[dict], text: str) -> list[tuple[dict, int, int]]:
    """Each item with its span in `text` (-1, -1 when it is not there): its own
    offsets when they fit, else found by ``extract.document.locate``."""
    located, taken = [], set()
    for item in items:
        snippet = item.get("text") or ""
        start, end = item.get("start"), item.get("end")
        if isinstance(start, int) and isinstance(end, int) and snippet and text[start:end] == snippet:
            taken.add(("number", start))
        else:
            start, end = locate([snippet], text, taken, "number")
        located.append((item, -1, -1) if start is None else (item, start, end))
    return located


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in CLAUSE_END.finditer(text, 0, start)), default=0)
    right = CLAUSE_END.search(text, end)
    return left, right.start() if right else len(text)


def _role(item: dict, text: str, start: int, end: int, clause: tuple[int, int]) -> tuple[Role, tuple[int, int] | None]:
    """The role whose words come nearest the number inside its clause (those
    after it before those before it), and where those words are. A role
    without words takes every number its conditions admit that no earlier
    role's words place."""
    window = _settings()["window"]
    left, right = max(clause[0], start - window), min(clause[1], end + window)
    best = None
    for order, role in enumerate(roles()):
        if not role.admits(item):
            continue
        if role.words is None:
            return (role, None) if best is None else best[2:]
        for m in role.words.finditer(text, left, right):
            if m.start() >= end:
                distance = m.start() - end
            elif m.end() > start:
                distance = (m.start() - start) / 1000  # inside the mention: the first words read decide
            elif _JOIN.search(text, m.end(), start):
                continue  # 居家隔离和7天…: words before a join belong to the number before it
            else:
                distance = max(start - m.end(), 0) + 0.5
            key = (distance, order)
            if best is None or key < best[:2]:
                best = (distance, order, role, (m.start(), m.end()))
    return best[2:]


@by_identity(256, list)  # a measure is compared with each measure it is linked with; nothing changes a Number
def numbers(measure: dict, key: str) -> list[Number]:
    """The thresholds (`key` "thresholds") or deadlines of a measure, each
    with its role, regimes joined."""
    text = normalize(measure.get("text") or "")
    items = [dict(item, text=normalize(item.get("text") or "")) for item in measure.get(key) or []]
    if key == "deadlines":
        items += _immediacy(text, items)
    found = []
    for item, start, end in sorted(_located(items, text), key=lambda x: x[1]):
        if start < 0:
            start, end = 0, 0
        clause = _clause(text, start, end)
        if key == "deadlines":
            found.append(_deadline(item, text, start, end, clause))
            continue
        role, words = _role(item, text, start, end, clause)
        lo, hi = (min(start, words[0]), max(end, words[1])) if words else (start, end)
        number = Number([item], role, role.aspect if role.words or role.units or role.quantities
                        else _fallback_aspect(item), lo, hi, text[lo:hi] or item["text"],
                        text[clause[0]:clause[1]], [(role, _hours(item) or 0.0)], [(start, end)])
        if found and _joins(found[-1], number, text):
            found[-1] = _joined(found[-1], number, text)
        else:
            found.append(number)
    return found


def _immediacy(text: str, items: list[dict]) -> list[dict]:
    """Unquantified time limits (第一时间处置, 立即报告): a within-limit with no
    value, so that a later `2小时内` is read as the same limit made exact."""
    taken = [(it.get("start"), it.get("end")) for it in items if isinstance(it.get("start"), int)]
    return [{"kind": "within", "value": None, "text": m.group(), "start": m.start(), "end": m.end()}
            for m in re.finditer(_settings()["deadlines"]["immediate"], text)
            if not any(s <= m.start() < e for s, e in taken)]


def _fallback_aspect(item: dict) -> str:
    return _settings()["kind_aspects"].get(quantity_of(item), _settings()["roles"][-1]["aspect"])


def _joins(prev: Number, number: Number, text: str) -> bool:
    """Durations of one family written one after another, joined by 、 和 +."""
    if prev.role.family != number.role.family or not prev.role.rank or number.item.get("comparator") != "=":
        return False
    return bool(re.search(_settings()["regime_join"], text[prev.spans[-1][1]: number.spans[0][0]]))


def _joined(prev: Number, number: Number, text: str) -> Number:
    start, end = min(prev.start, number.start), max(prev.end, number.end)
    return Number(prev.items + number.items, prev.role, prev.aspect, start, end, text[start:end], prev.clause,
                  prev.parts + number.parts, prev.spans + number.spans)


def _deadline(item: dict, text: str, start: int, end: int, clause: tuple[int, int]) -> Number:
    """A time limit, named by what must be done within it (转运时限)."""
    rules = _settings()["deadlines"]
    after = text[end:clause[1]]
    aspect, at = rules["fallback"], None
    for name, pattern in rules["verbs"].items():
        m = re.search(pattern, after[:12])
        if m and (at is None or m.start() < at):
            aspect, at = name, m.start()
    stop = end + (at + 4 if at is not None else 0)
    # A longer time limit is looser; limits pair only with limits of their kind,
    # those of one purpose first.
    role = Role(aspect, RELAXED, None, None, None, None, f"deadline:{item.get('kind')}", 0, "")
    written = text[start:min(stop, clause[1])] or item["text"]
    return Number([item], role, aspect, start, end, written, text[clause[0]:clause[1]], [], [(start, end)])


def _hours(item: dict) -> float | None:
    unit = item.get("unit")
    if item.get("value") is None or unit not in _HOURS:
        return None
    return _number(item["value"]) * _HOURS[unit]


def _number(value) -> float:
    """A single number for a value that may be a range ([3, 5]: its upper bound)."""
    if isinstance(value, (list, tuple)):
        return float(max(value))
    return float(value)


def _likeness(x: Number, y: Number) -> float:
    bonus = _settings()["pairing"]
    score = 0.6 * dice(bigrams(x.written), bigrams(y.written)) + 0.4 * dice(bigrams(x.clause), bigrams(y.clause))
    score += bonus["same_role"] * (x.role.aspect == y.role.aspect)
    score += bonus["same_value"] * (_values(x) == _values(y))
    score += bonus["same_comparator"] * (x.item.get("comparator") == y.item.get("comparator"))
    return score


def _values(n: Number) -> tuple:
    return tuple(str(it.get("value")) for it in n.items)


def pair(xs: list[Number], ys: list[Number]) -> tuple[list[tuple[Number, Number]], list[Number], list[Number]]:
    """Pair the numbers of one family, likeliest first."""
    scored = sorted(((_likeness(x, y), -i, -j, i, j) for i, x in enumerate(xs) for j, y in enumerate(ys)
                     if x.role.family == y.role.family), reverse=True)
    pairs, used_x, used_y = [], set(), set()
    for *_, i, j in scored:
        if i not in used_x and j not in used_y:
            used_x.add(i)
            used_y.add(j)
            pairs.append((xs[i], ys[j]))
    pairs.sort(key=lambda p: p[1].start)
    return pairs, [x for i, x in enumerate(xs) if i not in used_x], [y for j, y in enumerate(ys) if j not in used_y]


def _bound(item: dict) -> float:
    """The value a comparator really allows, in hours for a time: `<28天`
    ends just short of 28 days."""
    v = _hours(item)
    v = _number(item["value"]) if v is None else v
    return v - _EPSILON if item.get("comparator") == "<" else v + _EPSILON if item.get("comparator") == ">" else v


def _by_rank(n: Number, ranks: list[int]) -> list[float]:
    return [sum(h for r, h in n.parts if r.rank == k) for k in ranks]


def _moved(x: Number, y: Number) -> tuple[str, str] | None:
    """How a paired number moved, (change, direction), or None. Regimes are
    compared part by part from the strictest (集中隔离 before 居家隔离)."""
    if x.role.rank or y.role.rank:
        ranks = sorted({r.rank for r, _ in x.parts + y.parts}, reverse=True)
        before, after = _by_rank(x, ranks), _by_rank(y, ranks)
        if before == after:
            return None
        return ("rose", TIGHTENED) if after > before else ("fell", RELAXED)
    old, new = x.item, y.item
    if old.get("value") is None and new.get("value") is None:
        return None
    if old.get("value") is None or new.get("value") is None:
        # 第一时间 → 2小时内: a limit made exact can be held to; the reverse loosens it.
        return ("quantified", TIGHTENED) if old.get("value") is None else ("unquantified", RELAXED)
    before, after = _bound(old), _bound(new)
    if before == after:
        return None
    direction = y.role.rise if after > before else _opposite(y.role.rise)
    if abs(before - after) < 1e-3:
        return "comparator", direction
    return ("rose" if after > before else "fell"), direction


def _binds(n: Number, binding: set[str]) -> bool:
    """Whether a number that comes or goes moves the measure: thresholds and
    binding time limits do; `即日起` and an unquantified `立即` alone do not
    (the clause that holds them is weighed as a requirement)."""
    if "kind" not in n.item:
        return True
    return n.item["kind"] in binding and n.item.get("value") is not None


def _lead(n: Number) -> str:
    """The words of its clause before a number: whom or when it governs (期满进行)."""
    return n.clause[: max(n.clause.find(n.item.get("text") or ""), 0)]


def _as_written(n: Number) -> str:
    """The value, and the words around it when they say more (14天（14天集中隔离观察）)."""
    return n.value_text if n.written == n.value_text else f"{n.value_text}（{n.written}）"


def _comparator_weight() -> float:
    return float(_settings()["pairing"]["comparator_weight"])


def _opposite(direction: str) -> str:
    return RELAXED if direction == TIGHTENED else TIGHTENED


def _change(kind: str, change: str, direction: str | None, aspect: str, x: Number | None, y: Number | None,
            text: str) -> dict:
    return {"kind": kind, "change": change, "direction": direction, "aspect": aspect,
            "weight": max(n.role.weight for n in (x, y) if n) * (_comparator_weight() if change == "comparator" else 1),
            "from": x.written if x else None, "to": y.written if y else None,
            "a": _describe(x), "b": _describe(y), "text": text}


def _describe(n: Number | None) -> dict | None:
    if n is None:
        return None
    keys = ("kind", "value", "unit", "comparator", "event", "date", "text")
    items = [{k: it.get(k) for k in keys if it.get(k) is not None} | ({"quantity": quantity_of(it)}
             if "kind" not in it else {}) for it in n.items]
    return items[0] if len(items) == 1 else {"parts": items, "text": n.value_text}


def number_changes(a: dict, b: dict, key: str) -> list[dict]:
    """What moved among the thresholds (`key` "thresholds") or deadlines of
    two linked measures; see the module docstring."""
    kind = "threshold" if key == "thresholds" else "deadline"
    xs, ys = numbers(a, key), numbers(b, key)
    pairs, removed, added = pair(xs, ys)
    binding = set(_settings()["deadlines"]["binding"])
    context_likeness = _settings()["pairing"]["context_likeness"]
    changes = []
    for x, y in pairs:
        if kind == "deadline" and x.item.get("kind") != "within":
            continue  # same kind and event: nothing moved
        moved = _moved(x, y)
        if moved is None:
            lead_x, lead_y = _lead(x), _lead(y)
            if lead_x and lead_y and dice(bigrams(lead_x), bigrams(lead_y)) < context_likeness:
                aspect = f"{y.aspect}（对象或时点）"
                changes.append(_change(kind, "context", None, aspect, x, y, f"{aspect} {x.clause} → {y.clause}")
                               | {"from": x.clause, "to": y.clause})
            continue
        change, direction = moved
        if kind == "deadline" and change not in ("quantified", "unquantified"):
            change = "shortened" if direction == TIGHTENED else "lengthened"
        if kind == "threshold" and x.role.aspect != y.role.aspect and len(x.items) == len(y.items) == 1:
            # 7天居家隔离 → 7天集中隔离: one family, each value says its kind
            aspect, before, after = x.role.family, x.labelled(), y.labelled()
        else:
            aspect = y.aspect if len(x.items) == 1 else x.aspect  # a regime is named by its first part
            before, after = x.value_text, y.value_text
        changes.append(_change(kind, change, direction, aspect, x, y, f"{aspect} {before} → {after}"))
    for x in removed:
        changes.append(_change(kind, "removed", RELAXED if _binds(x, binding) else None, x.aspect, x, None,
                               f"{x.aspect} {_as_written(x)} 取消"))
    for y in added:
        changes.append(_change(kind, "added", TIGHTENED if _binds(y, binding) else None, y.aspect, None, y,
                               f"{y.aspect} 新增 {_as_written(y)}"))
    return changes
