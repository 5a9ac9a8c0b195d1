"""Units figures of every gold set, extracted from the gold paragraphs (fast; as
tests/test_dev_extract.py scores_of). Usage: python tools/units_scores.py"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.test_dev_extract import scores_of  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def sets() -> list[Path]:
    real = DATA / "real"
    return [DATA / "gold", DATA / "dev" / "gold", real / "gold",
            *sorted(real.glob("holdout*/gold"), key=lambda p: (len(p.parent.name), p.parent.name)),
            *sorted(real.glob("grow*/gold"))]


if __name__ == "__main__":
    for gold in sets():
        u = scores_of(gold)["units"]
        print(f"{str(gold.relative_to(DATA)):28} f1 {u['f1']:.4f}  p {u['precision']:.4f}  r {u['recall']:.4f}  "
              f"tp {u['tp']} pred {u['pred']} gold {u['gold']}")
