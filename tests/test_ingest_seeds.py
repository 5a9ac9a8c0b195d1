"""Ingestion of the seed documents, scored against the hand annotations."""
import pytest

from conftest import SEEDS, gold_for
from notices.evaluate import evaluate


def _scores(ingested):
    from conftest import GOLD

    return evaluate(GOLD, [doc.to_dict() for doc in ingested.values()])


def test_clean_text_meets_the_targets(ingested):
    s = _scores(ingested)
    assert s["sentences"]["f1"] >= 0.98
    assert s["paragraph_starts"]["f1"] >= 0.95
    assert s["metadata"]["accuracy"] == 1.0, s["metadata"]["wrong"]
    assert s["addressees"]["f1"] >= 0.95
    assert s["articles"]["f1"] >= 0.9
    assert s["rejoined"]["f1"] >= 0.8


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_every_raw_sentence_is_accounted_for(ingested, path):
    audit = ingested[path.name].audit
    assert audit.lost == []
    assert audit.balanced
    assert audit.kept > 0


def test_scrape_repeats_are_counted_as_duplicates(ingested):
    audit = ingested["003_287b2957536d0544.txt"].audit
    assert audit.duplicates >= 10 and audit.debris >= 2 and audit.metadata >= 3


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_provenance_points_at_the_raw_text(ingested, path):
    from collections import Counter

    from ingest.pipeline import clean_text

    raw = path.read_text(encoding="utf-8")
    doc = ingested[path.name]
    chars = lambda t: Counter(c for c in clean_text(t).fixed if not c.isspace() and c != "#")  # noqa: E731
    for paragraph in doc.paragraphs + [p for a in doc.articles for p in a.paragraphs]:
        traced = "".join(raw[s:e] for s, e in paragraph.spans)
        # the spans hold exactly the paragraph's characters, once the width convention is applied
        assert chars(traced) == chars(paragraph.text), paragraph.text[:30]


def test_scrape_is_repaired_in_section_order(ingested):
    doc = ingested["003_287b2957536d0544.txt"]
    starts = [p.text[:2] for p in doc.paragraphs]
    assert starts[1:7] == ["一、", "二、", "三、", "四、", "五、", "六、"]
    assert doc.date == "2021-11-03" and doc.doc_number == "渝肺炎组办发〔2021〕22号"
    assert "dedupe_scrape" in doc.cleaning and "strip_debris" in doc.cleaning


def test_news_page_is_split_into_articles(ingested):
    doc = ingested["004_4e00655b2078bf31.txt"]
    assert doc.kind == "news" and doc.issuer == "重庆日报"
    gold = [a["title"] for a in gold_for("004_4e00655b2078bf31.txt")["articles"]]
    assert [a.title for a in doc.articles] == gold
    text = "".join(p.text for a in doc.articles for p in a.paragraphs)
    assert "属地防控工作的重要责任，围绕存量防扩散" in text
