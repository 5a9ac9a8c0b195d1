"""Extraction on real notices, judged measure by measure: the development set
(tests/data/dev) and, where it is present, the real corpus (tests/data/real)
and its held-out check set (tests/data/real/holdout, looked at for unit
shapes once after its first measurement: its floors record what it gives,
they are not targets).

The raw pages carry site chrome that the cleaning removes; here the extractor
starts from each gold annotation's own clean paragraphs, so the figures are
those of the extraction alone."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.measures import extract_measures, issuing_city
from notices.evaluate import METRICS, Score, read_gold, score_measures

DATA = Path(__file__).parent / "data"

# What the extraction reaches on each set; a change must not fall below it.
FLOORS = {
    "dev": {"measures": 1.0, "headings": 1.0, "units": 0.97, "deadlines": 1.0, "thresholds": 1.0},
    "real": {"measures": 0.99, "headings": 1.0, "units": 0.96, "deadlines": 0.95, "thresholds": 0.97},
    "real/holdout": {"measures": 0.99, "units": 0.91, "deadlines": 0.94, "thresholds": 0.92},
}


def scores_of(gold_dir: Path) -> dict[str, dict]:
    scores = {name: Score() for name in METRICS}
    for path in sorted(gold_dir.glob("*.json")):
        gold = read_gold(path)
        if not isinstance(gold, dict) or gold.get("kind") == "news" or "paragraphs" not in gold:
            continue  # measures of news pages are not scored
        if gold.get("measures_annotated") is False:
            continue  # annotated for metadata and paragraphs only (the w… held-out pages)
        city = issuing_city(gold.get("issuer"), gold.get("title"))
        measures = extract_measures(gold["paragraphs"], city)
        score_measures(gold, {"measures": [m.to_dict() for m in measures]}, scores)
    return {name: s.as_dict() for name, s in scores.items()}


@pytest.fixture(scope="module")
def figures() -> dict[str, dict]:
    return {name: scores_of(DATA / name / "gold") for name in FLOORS if (DATA / name / "gold").is_dir()}


@pytest.mark.parametrize("corpus,metric", [(c, m) for c in FLOORS for m in FLOORS[c]])
def test_figures_hold(figures, corpus, metric):
    if corpus not in figures:
        pytest.skip(f"tests/data/{corpus} is not in this checkout")
    assert figures[corpus][metric]["f1"] >= FLOORS[corpus][metric], figures[corpus][metric]
