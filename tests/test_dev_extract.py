"""Extraction on the development set's real notices, judged measure by measure.

The raw pages of tests/data/dev carry site chrome that the cleaning removes;
here the extractor starts from each gold annotation's own clean paragraphs, so
the figures are those of the extraction alone."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.measures import extract_measures, issuing_city
from notices.evaluate import METRICS, Score, score_measures

DEV_GOLD = Path(__file__).parent / "data" / "dev" / "gold"

# What the extraction reaches on the ten notices; a change must not fall below it.
FLOORS = {"measures": 1.0, "headings": 1.0, "units": 0.97, "deadlines": 1.0, "thresholds": 1.0}


@pytest.fixture(scope="module")
def dev_scores() -> dict[str, dict]:
    scores = {name: Score() for name in METRICS}
    for path in sorted(DEV_GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("kind") == "news":  # measures of news pages are not scored
            continue
        city = issuing_city(gold.get("issuer"), gold.get("title"))
        measures = extract_measures(gold["paragraphs"], city)
        score_measures(gold, {"measures": [m.to_dict() for m in measures]}, scores)
    return {name: s.as_dict() for name, s in scores.items()}


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_dev_figures_hold(dev_scores, metric):
    assert dev_scores[metric]["f1"] >= FLOORS[metric], dev_scores[metric]
