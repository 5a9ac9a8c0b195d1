"""Score predicted measure links and change directions against gold, by the
rules of shared/eval/score_links.py and score_changes.py, so the project
carries its own scorers.

Gold is `{"links": [[END, END], …], "allowed": [[END, END], …]}` with each END
`SOURCE#PATH`. A predicted pair that is a gold link is a true positive; one
that is neither a link nor an allowed relation is a false positive; a gold
link between two notices that were compared and that no comparison predicts
is a false negative. Allowed pairs count neither way. Notices are named by
the base name of their source, so `corpus/002_x.txt` and `002_x.txt` agree.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from pathlib import PurePath

from compare.report import compare_documents
from ingest.docnumber import issue_orders


def _end(source: str, path: str) -> str:
    return f"{PurePath(source).name}#{path}"


def _key(x: str, y: str) -> frozenset[str]:
    return frozenset((x, y))


def score_links(gold_links: dict, comparisons: list[dict]) -> dict:
    """Precision, recall and F1 of the pairs in `comparisons` (dicts shaped
    like `compare_documents` output), with the unexpected and missed links.

    >>> gold = {"links": [["a.txt#1", "b.txt#2"]], "allowed": [["a.txt#1", "b.txt#3"]]}
    >>> r = score_links(gold, [{"a": "a.txt", "b": "b.txt", "pairs": [{"a": "1", "b": "3"}]}])
    >>> (r["tp"], r["fp"], r["fn"])
    (0, 0, 1)
    """
    must = {_key(a, b) for a, b in gold_links.get("links", [])}
    allowed = must | {_key(a, b) for a, b in gold_links.get("allowed", [])}
    predicted = set()
    compared = set()
    tp = fp = 0
    unexpected = []
    for c in comparisons:
        sa, sb = PurePath(c["a"]).name, PurePath(c["b"]).name
        compared.add(frozenset((sa, sb)))
        for p in c.get("pairs", []):
            k = _key(_end(sa, p["a"]), _end(sb, p["b"]))
            predicted.add(k)
            if k in must:
                tp += 1
            elif k not in allowed:
                fp += 1
                unexpected.append(sorted(k))
    missed = [
        sorted(link)
        for link in must
        if frozenset(end.split("#")[0] for end in link) in compared and link not in predicted
    ]
    missed.sort()
    fn = len(missed)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "notice_pairs": len(compared),
        "unexpected": unexpected,
        "missed": missed,
    }


# Change directions ----------------------------------------------------------------

DIRECTIONS = ("tightened", "relaxed", "mixed", "unchanged", "ended")
_QUANTITY = re.compile(r"(\d+(?:\.\d+)?)\s*(小时|天|日|周|月|次|个|名|人|%)")


def quantities(text: str | None) -> frozenset[tuple[float, str]]:
    """The numbers with units a change names, as (value, unit); 日 is 天.

    >>> sorted(quantities("14天集中隔离、7天居家隔离和7天自我健康管理"))
    [(7.0, '天'), (14.0, '天')]
    """
    return frozenset((float(v), "天" if u == "日" else u) for v, u in _QUANTITY.findall(unicodedata.normalize("NFKC", text or "")))


def score_changes(gold_changes: dict, comparisons: list[dict]) -> dict:
    """Direction accuracy of the linked pairs in `comparisons` against
    `gold_changes` (tests/data/changes.json), by the rule of
    shared/eval/score_changes.py: a gold pair not linked counts as wrong, a
    label other than the five directions too. Also how many of the gold
    `number` changes a pair's changes hold as one change with the same
    quantities on each side (`numbers_found` of `numbers`), and the misses."""
    predicted = {}
    for c in comparisons:
        sa, sb = PurePath(c["a"]).name, PurePath(c["b"]).name
        for p in c.get("pairs", []):
            predicted[_key(_end(sa, p["a"]), _end(sb, p["b"]))] = p
    right, wrong, missing, numbers, found, unmatched = 0, [], [], 0, 0, []
    for g in gold_changes["pairs"]:
        pair = predicted.get(_key(g["older"], g["newer"]))
        if pair is None:
            missing.append(f"{g['older']} -> {g['newer']}")
        label = (pair or {}).get("direction") or (pair or {}).get("change_type")
        if pair is not None and label == g["direction"] and label in DIRECTIONS:
            right += 1
        elif pair is not None:
            wrong.append(f"{g['older']} -> {g['newer']}: want {g['direction']}, got {label}")
        held = {(quantities(c.get("from")), quantities(c.get("to"))) for c in (pair or {}).get("changes", [])}
        for n in (c for c in g["changes"] if c["kind"] == "number"):
            numbers += 1
            if (quantities(n["from"]), quantities(n["to"])) in held:
                found += 1
            else:
                unmatched.append(f"{g['older']} -> {g['newer']}: {n['aspect']} {n['from']} → {n['to']}")
    total = len(gold_changes["pairs"])
    return {"accuracy": right / total if total else 0.0, "right": right, "pairs": total, "wrong": wrong,
            "missing": missing, "numbers": numbers, "numbers_found": found, "numbers_missed": unmatched}


def series(gold_links: dict) -> list[list[str]]:
    """The notices that gold links (or allowed relations) join, as groups:
    each group is one series, every pair of its notices worth comparing.

    >>> series({"links": [["a.txt#1", "b.txt#2"]], "allowed": [["b.txt#1", "c.txt#1"], ["x.txt#1", "y.txt#1"]]})
    [['a.txt', 'b.txt', 'c.txt'], ['x.txt', 'y.txt']]
    """
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for x, y in gold_links.get("links", []) + gold_links.get("allowed", []):
        parent[root(x.split("#")[0])] = root(y.split("#")[0])
    groups: dict[str, list[str]] = {}
    for notice in parent:
        groups.setdefault(root(notice), []).append(notice)
    return sorted(sorted(g) for g in groups.values())


def series_comparisons(documents: dict[str, dict], gold_links: dict) -> list[dict]:
    """`compare_documents` of every pair of notices of each series the gold joins,
    the earlier one (by issue order) first; `documents` by source base name. A
    series notice missing from `documents` is left out of its pairs (its links
    count as neither found nor missed: the notice was not compared)."""
    found = []
    for group in series(gold_links):
        present = [s for s in group if s in documents]
        orders = issue_orders(documents[s] for s in present)
        ordered = sorted(present, key=lambda s: (orders[s], s))
        found += [compare_documents(documents[a], documents[b]) for a, b in itertools.combinations(ordered, 2)]
    return found
