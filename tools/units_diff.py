"""Per measure, the units a set's gold wants and the extraction misses, and those it
gives wrongly: runs `notices extract` on the set's raw files, pairs documents with
gold by source name and measures by path, and matches units as the scorer does
(notices.evaluate.same_unit).
Usage: python tools/units_diff.py [--paragraphs] tests/data/real/holdout15 [...]"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from extract.measures import extract_measures, issuing_city
from notices.evaluate import read_gold, same_unit

NOTICES = str(Path(sys.executable).with_name("notices"))


def extracted(raw: Path) -> dict[str, dict]:
    out = subprocess.run([NOTICES, "extract", str(raw), "--out", "-"], capture_output=True, text=True).stdout
    docs = [json.loads(line) for line in out.splitlines() if line.strip()]
    return {Path(d.get("source", "")).name: d for d in docs}


def from_paragraphs(gold: dict) -> dict:
    """The extraction from the gold's own clean paragraphs, as tests/test_dev_extract.py scores it."""
    city = issuing_city(gold.get("issuer"), gold.get("title"))
    return {"measures": [m.to_dict() for m in extract_measures(gold["paragraphs"], city)]}


def unmatched(left: list, right: list) -> list:
    """The units of ``left`` that no unit of ``right`` matches (one-to-one, as scored)."""
    free, rest = list(right), []
    for u in left:
        hit = next((i for i, v in enumerate(free) if same_unit(v, u) or same_unit(u, v)), None)
        if hit is None:
            rest.append(u)
        else:
            free.pop(hit)
    return rest


def names(units: list) -> str:
    return " | ".join("/".join(u.get("forms") and [u["name"], *u["forms"]] or [u["name"]]) for u in units)


def report(set_dir: Path, paragraphs: bool = False) -> None:
    preds = {} if paragraphs else extracted(set_dir / "raw")
    for path in sorted((set_dir / "gold").glob("*.json")):
        gold = read_gold(path)
        if not isinstance(gold, dict) or gold.get("kind") == "news" or gold.get("measures_annotated") is False:
            continue
        pred = from_paragraphs(gold) if paragraphs else preds.get(gold["source"], {})
        by_path = {str(m.get("path")): m for m in pred.get("measures") or []}
        gold_paths = set()
        for gm in gold.get("measures", []):
            gold_paths.add(gm["path"])
            pu = (by_path.get(gm["path"]) or {}).get("units") or []
            miss, wrong = unmatched(gm.get("units", []), pu), unmatched(pu, gm.get("units", []))
            if miss or wrong:
                print(f"{gold['source']} [{gm['path']}] {gm['text'][:160]}")
                if miss:
                    print(f"    MISS  {names(miss)}")
                if wrong:
                    print(f"    WRONG {names(wrong)}")
        for p, pm in by_path.items():
            if p not in gold_paths and pm.get("units"):
                print(f"{gold['source']} [{p}] (no gold measure) {pm.get('text', '')[:160]}")
                print(f"    WRONG {names(pm['units'])}")


if __name__ == "__main__":
    # --paragraphs: extract from the gold paragraphs (what the fast scorer sees), not the raw files
    fast = "--paragraphs" in sys.argv
    for arg in (a for a in sys.argv[1:] if a != "--paragraphs"):
        print(f"=== {arg}")
        report(Path(arg), fast)
