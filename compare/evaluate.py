"""Score predicted measure links against gold links, by the rule of
shared/eval/score_links.py, so the project carries its own scorer.

Gold is `{"links": [[END, END], …], "allowed": [[END, END], …]}` with each END
`SOURCE#PATH`. A predicted pair that is a gold link is a true positive; one
that is neither a link nor an allowed relation is a false positive; a gold
link between two notices that were compared and that no comparison predicts
is a false negative. Allowed pairs count neither way. Notices are named by
the base name of their source, so `corpus/002_x.txt` and `002_x.txt` agree.
"""
from __future__ import annotations

from pathlib import PurePath


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
