"""Real web pages with their gold: the shared dev set (tests/data/dev/, ten pages) and
the real corpus (tests/data/real/, 85 pages from 29 provinces) and its held-out pages, with their chrome,
markup and one-line pastes. Their clean text and metadata must stay at or above what
the ingestion reaches today; the figures only go up."""
from pathlib import Path

import pytest

from ingest.pipeline import ingest_file
from notices.evaluate import evaluate

DATA = Path(__file__).parent / "data"
# Reached on each set; raise them when the ingestion does better.
FLOORS = {
    "dev": {"sentences": 0.98, "paragraph_starts": 0.97, "addressees": 1.0, "articles": 1.0, "metadata": 1.0},
    "real": {"sentences": 0.975, "paragraph_starts": 0.97, "addressees": 1.0, "metadata": 0.94},
    # The held-out pages' clean text (their measures are scored by tests/test_dev_extract.py).
    "real/holdout": {"sentences": 0.98, "paragraph_starts": 0.97},
}


@pytest.fixture(scope="module")
def documents():
    return {name: {p.name: ingest_file(p) for p in sorted((DATA / name / "raw").glob("*"))} for name in FLOORS}


@pytest.fixture(scope="module")
def scores(documents):
    return {name: evaluate(DATA / name / "gold", [d.to_dict() for d in docs.values()]) for name, docs in documents.items()}


@pytest.mark.parametrize("corpus,metric", [(c, m) for c, floors in FLOORS.items() for m in sorted(floors)])
def test_figures_stay_at_their_floor(scores, corpus, metric):
    result = scores[corpus]
    got = result["metadata"]["accuracy"] if metric == "metadata" else result[metric]["f1"]
    assert got >= FLOORS[corpus][metric], (corpus, metric, got, result["metadata"]["wrong"])


# (Not yet the held-out pages: w07's stripped date 20229 is lost to the audit.)
@pytest.mark.parametrize("corpus", ["dev", "real"])
def test_every_raw_sentence_of_a_real_page_is_accounted_for(documents, corpus):
    unbalanced = {name: doc.audit for name, doc in documents[corpus].items() if doc.audit.lost or not doc.audit.balanced}
    assert not unbalanced
