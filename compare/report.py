"""What changed between two notices, as JSON and as a terminal report.

`compare_documents(a, b)` takes two document dicts (A the earlier notice) and
returns:

    {
      "a": "001_eb84b56d6e19529f.txt",          # source of A
      "b": "002_79e7738ce50ad15f.txt",          # source of B
      "pairs": [                                # linked measures, in A's order
        {"a": "1.6", "b": "4.12",               # measure paths
         "similarity": 0.474,                   # 0..1, see compare/similarity.py
         "status": "revised",                   # "unchanged" | "revised": did any word change
         "change_type": "tightened",            # tightened | relaxed | mixed | unchanged | ended
         "changes": [
           {"kind": "words", "change": "revised", "direction": null,
            "ops": [{"op": "equal", "a": "…"}, {"op": "replace", "a": "…", "b": "…"},
                    {"op": "delete", "a": "…"}, {"op": "insert", "b": "…"}]},
           {"kind": "threshold",                # or deadline, requirement, scope, unit
            "change": "fell",                   # threshold: rose | fell | comparator | context | added | removed
                                                # deadline: shortened | lengthened | context | added | removed
                                                # requirement: added | removed
                                                # scope: widened | narrowed | changed
                                                # unit: renamed | added | removed
            "direction": "relaxed",             # tightened | relaxed | null
            "aspect": "居家隔离天数",             # what changed, in words
            "from": "居家隔离14天",               # as written in A (null when added)
            "to": "7天居家隔离和7天自我健康管理",   # as written in B (null when removed)
            "a": {"value": 14, "unit": "天", …}, "b": {…},   # the items (thresholds, deadlines, units)
            "text": "居家隔离天数 14天 → 7天+7天健康管理",  # the line a reader sees
            "weight": 2.0,                      # how much it counts towards the direction
            "count": 2}                         # only when the same item occurs more than once
         ]}
      ],
      "added":   [{"path": "4.13", "heading": "…", "change_type": "new"}],    # only in B
      "removed": [{"path": "2.5", "heading": "…", "change_type": null}]       # only in A
    }

A measure of A that B does not restate has change_type `ended` when B says
A is repealed (`…同时废止`, `…不再执行`), else null: silence is not repeal.
A pair's change_type is its direction (compare/changes.py): `unchanged` when
restated or reworded with no change of substance, `ended` when the new text
stops the measure, else `tightened`, `relaxed` or `mixed` as its changes weigh.
A words item comes first in every pair's changes, even when nothing changed.
"""
from __future__ import annotations

from compare.align import align
from compare.changes import compare_measures
from compare.index import CandidateIndex
from compare.relations import (RELATION_NAMES, acted_on, continued_whole, follows_rounds, notice_relations, place_in_text,
                               place_of, same_issuer, same_place, wholly_acted_on)


def one_place(a: dict, b: dict) -> bool | None:
    """Whether two notices are of one issuer or govern one place (a series):
    True, False when both places are known and differ, None when either
    notice names no place (a repost without title or signature). A notice
    whose issuer and title name no place is of the place its text names most
    (`place_in_text`) when that is the other's: texts name other places too
    (arrivals from 哈尔滨市), so a place read from the text tells no two apart."""
    def place(d: dict) -> tuple[str | None, str | None]:
        return place_of(d.get("issuer"), d.get("title"), d.get("doc_number"))
    pa, pb = place(a), place(b)
    if same_issuer(a, b) or same_place(pa, pb):
        return True
    if any(pa) and any(pb):
        return False
    read = [(p[0] or place_in_text(d), p[1]) for p, d in ((pa, a), (pb, b))]
    return True if all(name for name, _ in read) and same_place(*read) else None


def compare_documents(a: dict, b: dict, index: CandidateIndex | None = None) -> dict:
    """Compare notice `a` (earlier) with notice `b` (later); see the module
    docstring for the result. `index` lets many comparisons share one
    candidate index (and its corpus-wide word statistics)."""
    said = notice_relations(a, b)
    lifts = [r for r in said if r.source == b.get("source") and r.subject and r.path]
    place = one_place(a, b)
    whole = frozenset(r.path for r in said if r.source == b.get("source") and r.target == a.get("source")
                      and continued_whole(r)) | frozenset(follows_rounds(b) if place else ())
    acted = [(x, r.path) for r in lifts for x in acted_on(r.subject, a)]
    comparison = align(a, b, index, acted, {(x, r.path) for r in lifts for x in wholly_acted_on(r.subject, a)},
                       place, whole)
    pairs = []
    for link in comparison.links:
        found = compare_measures(comparison.measures_a[link.a], comparison.measures_b[link.b])
        words = {"kind": "words", "change": found.status, "direction": None, "ops": found.diff}
        pairs.append({
            "a": link.a,
            "b": link.b,
            "similarity": round(link.similarity, 3),
            "status": found.status,
            "change_type": found.change_type,
            "changes": [words] + found.changes,
        })
    repealed = any(r.kind == "ends" and r.source == comparison.b and r.target == comparison.a for r in said)

    def listed(paths: list[str], measures: dict[str, dict], change_type: str | None) -> list[dict]:
        return [{"path": p, "heading": measures[p].get("heading"), "change_type": change_type} for p in paths]

    return {
        "a": comparison.a,
        "b": comparison.b,
        "pairs": pairs,
        "added": listed(comparison.added, comparison.measures_b, "new"),
        "removed": listed(comparison.removed, comparison.measures_a, "ended" if repealed else None),
    }


def _heading(document: dict | None, path: str) -> str:
    for m in (document or {}).get("measures") or []:
        if str(m.get("path")) == path:
            return m.get("heading") or _snippet(m.get("text") or "")
    return ""


def _snippet(text: str, width: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


_SECTIONS = (("threshold", "数字 / numbers"), ("deadline", "时限 / time limits"), ("scope", "范围 / scope"),
             ("requirement", "要求 / requirements"), ("unit", "责任单位 / units"))
DIRECTION_NAMES = {"tightened": "收紧", "relaxed": "放宽", "mixed": "有松有紧", "unchanged": "未变",
                   "ended": "终止", "new": "新增"}
_KEEP = 12  # characters of unchanged text kept on each side of a change in the text diff


def _named(direction: str | None) -> str:
    return f"{DIRECTION_NAMES.get(direction, direction)} {direction}" if direction else ""


def _line(change: dict) -> str:
    count = f" ×{change['count']}" if change.get("count", 1) > 1 else ""
    return change["text"] + count + (f" ({_named(change['direction'])})" if change.get("direction") else "")


def text_diff(ops: list[dict]) -> str:
    """The word diff on one line, `[-removed-]{+added+}`, unchanged runs kept
    only near a change (as B writes them)."""
    out = []
    for i, op in enumerate(ops):
        if op["op"] != "equal":
            out.append((f"[-{op['a']}-]" if op.get("a") else "") + (f"{{+{op['b']}+}}" if op.get("b") else ""))
            continue
        text = op.get("b", op["a"])
        if i and i + 1 < len(ops):
            head, tail = text[:_KEEP], text[-_KEEP:]
        elif not i:
            head, tail = "", text[-_KEEP:]
        else:
            head, tail = text[:_KEEP], ""
        out.append(text if len(text) <= len(head) + len(tail) + 1 else f"{head}…{tail}")
    return "".join(out)


def _notice_line(side: str, document: dict | None, source: str) -> str:
    d = document or {}
    parts = [d.get("title") or "（无标题 / untitled）"]
    if d.get("doc_number"):
        parts[0] += f"（{d['doc_number']}）"
    parts += [x for x in (d.get("date"), source) if x]
    return f"{side}：" + " · ".join(parts)


def render_text(result: dict, a: dict | None = None, b: dict | None = None) -> str:
    """A report for a terminal, Chinese first: both notices with title and 文号,
    what either says of the other, then each linked pair with its changes and
    a text diff. Pass the two documents to show titles and headings."""
    lines = [_notice_line("较早 A", a, result["a"]), _notice_line("较晚 B", b, result["b"]),
             f"关联 {len(result['pairs'])} 对 · 仅见于 B {len(result['added'])} 条 · 仅见于 A {len(result['removed'])} 条"
             f" / {len(result['pairs'])} linked, {len(result['added'])} only in B, {len(result['removed'])} only in A"]
    if a is not None and b is not None:
        said = notice_relations(a, b)
        if said:
            lines.append("通知之间 / Between the notices:")
            lines += [f"  {'B' if r.source == result['b'] else 'A'} {RELATION_NAMES.get(r.kind, r.kind)} "
                      f"{'A' if r.source == result['b'] else 'B'}：“{_snippet(r.text, 60)}”" for r in said]
    lines.append("")
    for pair in result["pairs"]:
        items = [c for c in pair["changes"] if c["kind"] != "words"]
        lines.append(f"A {pair['a']} → B {pair['b']} · 相似度 similarity {pair['similarity']:.2f} · "
                     f"{_named(pair['change_type'])}")
        for side, document in (("a", a), ("b", b)):
            heading = _heading(document, pair[side])
            if heading:
                lines.append(f"  {side.upper()} {pair[side]}：{heading}")
        for kind, title in _SECTIONS:
            found = [c for c in items if c["kind"] == kind]
            if found:
                lines.append(f"  {title}:")
                lines += [f"    {_line(c)}" for c in found]
        if pair["status"] == "revised":
            lines.append(f"  文字 / text: {text_diff(pair['changes'][0]['ops'])}")
        lines.append("")
    for key, title, document in (("added", "仅见于 B / Only in B", b), ("removed", "仅见于 A / Only in A", a)):
        if result[key]:
            lines.append(f"{title}:")
            for item in result[key]:
                label = item["heading"] or _heading(document, item["path"])
                tag = f" [{_named(item['change_type'])}]" if item["change_type"] else ""
                lines.append(f"  {item['path']} {label}{tag}".rstrip())
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
