"""Extraction of the seed documents, scored against the hand annotations."""
import functools
import json


from conftest import CORPUS, GOLD
from ingest import chinese_script
from ingest.pipeline import ingest_file
from notices.evaluate import evaluate, sentences


def test_extraction_meets_the_targets(extracted):
    s = evaluate(GOLD, list(extracted.values()))
    assert s["measures"]["f1"] >= 0.98
    assert s["headings"]["f1"] >= 0.95
    assert s["units"]["f1"] >= 0.90
    assert s["deadlines"]["f1"] >= 0.95
    assert s["thresholds"]["f1"] >= 0.90


def test_every_item_points_at_its_words(extracted):
    for doc in extracted.values():
        for m in doc["measures"]:
            for key in ("units", "deadlines", "thresholds", "references"):
                for item in m[key]:
                    assert m["text"][item["start"]:item["end"]] == (item.get("mention") or item["text"]), (m["path"], item)


def test_unit_names_are_canonical(extracted):
    names = {u["mention"]: u["name"] for m in extracted["001_eb84b56d6e19529f.txt"]["measures"] for u in m["units"]}
    assert names["市卫生健康委"] == "重庆市卫生健康委员会"


def test_topics_carry_oxcgrt_indicators(extracted):
    topics = {(t["topic"], t["oxcgrt"]) for m in extracted["003_287b2957536d0544.txt"]["measures"] for t in m["topics"]}
    assert any(code == "C4" for _, code in topics)  # 003/6 caps gatherings at 100 people


def test_references_of_a_notice(extracted):
    refs = extracted["002_79e7738ce50ad15f.txt"]["references"]
    numbers = {r["doc_number"] for r in refs}
    assert {"国办发明电〔2021〕1号", "渝肺炎组疫发〔2020〕58号"} <= numbers


def test_a_traditional_character_copy_comes_back(tmp_path):
    convert = functools.partial(chinese_script.convert, config="s2t")
    for name in ("002_79e7738ce50ad15f.txt", "003_287b2957536d0544.txt"):
        copy = tmp_path / name
        copy.write_text(convert((CORPUS / name).read_text(encoding="utf-8")), encoding="utf-8")
        doc = ingest_file(copy)
        assert "to_simplified" in doc.cleaning
        gold = json.loads((GOLD / name.replace(".txt", ".json")).read_text(encoding="utf-8"))
        got, want = sentences([p.text for p in doc.paragraphs]), sentences(gold["paragraphs"])
        common = len(set(got) & set(want))
        f1 = 2 * common / (len(got) + len(want))
        assert f1 >= 0.97, name
