"""Real web pages with their gold: the shared dev set (tests/data/dev/, ten pages) and
the real corpus (tests/data/real/, 85 pages from 29 provinces) and its held-out pages, with their chrome,
markup and one-line pastes. Their clean text and metadata must stay at or above what
the ingestion reaches today; the figures only go up."""
import json
from pathlib import Path

import pytest

from ingest.pipeline import ingest_file
from notices.evaluate import evaluate

DATA = Path(__file__).parent / "data"
# Reached on each set; raise them when the ingestion does better.
FLOORS = {
    "dev": {"sentences": 0.98, "paragraph_starts": 0.97, "addressees": 1.0, "articles": 1.0, "metadata": 1.0},
    "real": {"sentences": 0.975, "paragraph_starts": 0.97, "addressees": 1.0, "metadata": 0.99},
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


def test_a_page_annotated_for_metadata_only_does_not_score_its_measures(tmp_path):
    gold = {"source": "w.txt", "kind": "notice", "title": "某县关于疫情防控的通告", "doc_number": None,
            "issuer": "某县疫情防控指挥部", "date": "2022-01-01", "addressees": None,
            "paragraphs": ["一、各乡镇要落实属地责任。"], "measures": [], "measures_annotated": False}
    (tmp_path / "w.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    extracted = {**gold, "measures": [{"path": "1", "text": "各乡镇要落实属地责任。", "units": [{"name": "各乡镇"}]}]}
    del extracted["measures_annotated"]
    result = evaluate(tmp_path, [extracted])
    assert result["units"]["pred"] == result["measures"]["pred"] == 0
    assert result["sentences"]["f1"] == 1.0 and result["metadata"]["right"] == 4
    del gold["measures_annotated"]
    (tmp_path / "w.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert evaluate(tmp_path, [extracted])["measures"]["pred"] == 1  # annotated: an extra measure counts
