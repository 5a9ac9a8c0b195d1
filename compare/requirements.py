"""Requirements of two linked measures that one states and the other does not.

A measure's text is cut into sentences and clauses (its heading label and its
list of responsible units left out: units are compared on their own). A
clause of the newer measure that the older one does not cover (few of its
character bigrams occur anywhere in the older text, so reordering and
merging do not count) is a new requirement; a clause of the older one the
newer does not cover is a dropped requirement. Uncovered clauses next to
each other in one sentence are one requirement.

What a requirement does decides its weight and direction (the word lists
are in compare/data/changes.yml): rhetoric and appeals count for nothing, a
whole sentence that opens with an appeal too (鼓励市民…，发现…及时报告);
publicity and guidance weigh less; a permission (可有序流动) relaxes when it
comes and tightens when it goes; an order weighs one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from compare.lexicon import RELAXED, TIGHTENED, ending, load_data
from compare.tokens import bigrams, letters, normalize
from extract.punctuation import CLAUSE_ENDS, SENTENCE_ENDS
from extract.rules import any_of

_SENTENCE = re.compile(f"[^{SENTENCE_ENDS}]+")
_CLAUSE = re.compile(f"[^{CLAUSE_ENDS}]+")  # within a sentence
_UNIT_LIST = re.compile(r"[(（](?:责任|牵头|配合|主责)单位[:：][^()（）]*[)）]")


@dataclass(frozen=True)
class Clause:
    text: str
    sentence: int
    force: str  # order | light | permission | rhetoric | none
    sentence_text: str = ""


@lru_cache(maxsize=1)
def _rules() -> dict:
    rules = load_data("changes.yml")["requirements"]
    compiled = {k: re.compile(any_of(rules[k])) for k in ("rhetoric", "appeal", "light", "permission")}
    compiled["order"] = re.compile(re.sub(r"\s+", "", rules["order"]))
    compiled["actions"] = [re.compile(p) for p in rules["actions"]]
    compiled["decisive"] = re.compile(f"(?:{rules['decisive']})|{compiled['permission'].pattern}")
    return rules | {"patterns": compiled}


@lru_cache(maxsize=1 << 14)  # clauses recur in every comparison of their measure
def _force(clause: str) -> str:
    patterns = _rules()["patterns"]
    if ending().search(clause):
        return "rhetoric"  # the pair is `ended`; the clause that says so is no new duty
    for force in ("permission", "rhetoric", "appeal", "light", "order"):
        if patterns[force].search(clause):
            return "rhetoric" if force == "appeal" else force
    return "none"


def body(measure: dict) -> str:
    """The measure's text without its heading label and its unit list."""
    return _body(measure.get("text") or "", measure.get("heading") or "")


@lru_cache(maxsize=4096)  # a measure is compared with each measure it is linked with
def _body(text: str, heading: str) -> str:
    text = _UNIT_LIST.sub("", normalize(text))
    heading = normalize(heading)
    if heading and text.startswith(heading):
        text = text[len(heading):]
    return text


def clauses(measure: dict) -> list[Clause]:
    return list(_clauses(body(measure)))


@lru_cache(maxsize=4096)
def _clauses(text: str) -> tuple[Clause, ...]:
    found = []
    for i, sentence in enumerate(_SENTENCE.findall(text)):
        pieces = [c.strip() for c in _CLAUSE.findall(sentence) if c.strip()]
        if not pieces:
            continue
        # An appeal or guidance governs its whole sentence: what the public is
        # asked or guided to do is not ordered, so it weighs as guidance.
        patterns = _rules()["patterns"]
        appeal, light = patterns["appeal"].search(pieces[0]), patterns["light"].search(pieces[0])
        for piece in pieces:
            force = _force(piece)
            if (appeal or light) and force == "order":
                force = "light"
            found.append(Clause(piece, i, force, sentence))
    return tuple(found)


def _coverage(clause: str, other: set[str]) -> float:
    own = bigrams(clause)
    return len(own & other) / len(own) if own else 1.0


@lru_cache(maxsize=1 << 14)  # clauses recur in every comparison of their measure
def _decisive(clause: str) -> tuple[str, ...]:
    """The words of a clause that decide what it does (a permission, a ban)."""
    return tuple(m.group() for m in _rules()["patterns"]["decisive"].finditer(clause))


def _uncovered(mine: list[Clause], other_text: str, held: list[str]) -> list[list[Clause]]:
    """Runs of clauses of one sentence that the other text does not cover;
    a clause holding text in `held` is reported elsewhere."""
    rules = _rules()
    other = bigrams(other_text)
    runs: list[list[Clause]] = []
    last = None
    for i, c in enumerate(mine):
        turned = any(word not in other_text for word in _decisive(c.text))
        if (len(letters(c.text)) < rules["min_chars"] or (_coverage(c.text, other) > rules["covered"] and not turned)
                or any(h in c.text or c.text in h for h in held)):
            last = None
            continue
        # What follows a permission is a demand of its own (恢复营业，严格落实限流措施);
        # what precedes it is its condition (在做好个人防护的前提下，可有序流动).
        if (last is not None and last == i - 1 and runs[-1][-1].sentence == c.sentence
                and not (runs[-1][-1].force == "permission" and c.force != "permission")):
            runs[-1].append(c)
        else:
            runs.append([c])
        last = i
    return runs


@lru_cache(maxsize=4096)  # the other text is searched again for every requirement of the pair
def _actions(text: str) -> frozenset[int]:
    return frozenset(i for i, p in enumerate(_rules()["patterns"]["actions"]) if p.search(text))


def _restated(run: list[Clause], other_text: str) -> bool:
    """Whether the other text still names every control this requirement names."""
    own = _actions("，".join(c.text for c in run))
    return bool(own) and own <= _actions(other_text)


def _silence(run: list[Clause], kept: list[str]) -> float:
    """How much a requirement the newer text no longer states still counts:
    fully when it names a concrete control, less when it was vague, least
    when its unit keeps duties of its own in the newer measure."""
    rules = _rules()
    if any(unit and unit in run[0].sentence_text for unit in kept):
        return rules["rewritten_weight"]
    return 1.0 if _actions("，".join(c.text for c in run)) else rules["silence_weight"]


def _weight(run: list[Clause]) -> tuple[float, bool]:
    """How much a requirement weighs (each clause by what it does), and
    whether it is a permission."""
    if any(c.force == "permission" for c in run):
        return 1.0, True
    weights = {"order": 1.0, "light": float(_rules()["light_weight"])}
    return min(sum(weights.get(c.force, 0.0) for c in run), _rules()["max_weight"]), False


def requirement_changes(a: dict, b: dict, carried: tuple[list[str], list[str]] = ([], []),
                        kept: list[str] = ()) -> list[dict]:
    """New and dropped requirements between measure `a` (older) and `b`.
    `carried` holds, for each side, text already reported by a number change:
    a clause holding it is not reported twice. `kept` are the units of `a`
    that `b` still names: a dropped requirement of theirs was rewritten, the
    unit keeping duties of its own, and weighs less."""
    changes = []
    for side, mine, other, new in (("a", a, b, False), ("b", b, a, True)):
        other_text = body(other)
        for run in _uncovered(clauses(mine), other_text, carried[0 if side == "a" else 1]):
            text = "，".join(c.text for c in run)
            if not new and _restated(run, other_text):
                continue
            weight, permission = _weight(run)
            if weight == 0:
                continue  # rhetoric, appeals and bare conditions say nothing new
            if not new and not permission:
                weight *= _silence(run, kept)
            if permission:
                direction = RELAXED if new else TIGHTENED
            else:
                direction = TIGHTENED if new else RELAXED
            changes.append({
                "kind": "requirement", "change": "added" if new else "removed", "direction": direction,
                "weight": weight, "aspect": "新增要求" if new else "取消要求",
                "from": None if new else text, "to": text if new else None,
                "text": ("新增：" if new else "取消：") + text,
            })
    return changes
