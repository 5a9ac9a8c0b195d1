"""Topics of a measure and their OxCGRT indicators: what its requirements are about."""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
import yaml

from db.build import build
from extract.nlp import get_nlp, items_of
from extract.topics import TOPICS_FILE, tag_topics, topic_keys, topic_labels, topic_of_span, topic_rules, vocabulary, weigh
from notices.evaluate import evaluate_topics

DATA = Path(__file__).parent / "data"
GOLD_DIR = DATA / "gold"
TOPIC_GOLD = json.loads((DATA / "topics.json").read_text(encoding="utf-8"))
METADATA = Path(__file__).resolve().parent.parent / "metadata.yml"

REQUIRED = {  # the vocabulary the project documents, with the indicator each maps to
    "quarantine": None, "testing": "H2", "contact_tracing": "H3", "masks": "H6", "gatherings": "C4",
    "schools": "C1", "transport": "C5", "venues": "C2", "medical": None, "public_info": "H1",
    "supplies": None, "supervision": None, "community": None, "arrivals": "C7", "stay_at_home": "C6",
    "border": "C8",
    # topics real notices need beyond the first vocabulary
    "health_code": "C7", "vaccination": "V2", "risk_areas": None, "closed_loop": "C2",
}


def keys(text: str) -> list[str]:
    return [t.topic for t in tag_topics(text)]


CASES = [
    # a gatherings measure gets C4
    ("严格控制大型会议、展览、论坛等活动，非必要不举办。", "gatherings", "C4"),
    # a mask measure gets H6
    ("公共交通从业人员、乘客必须佩戴口罩。", "masks", "H6"),
    # testing, contact tracing
    ("各区县要具备2天内完成辖区城镇人口全员检测的能力。", "testing", "H2"),
    ("针对“人传人、人传物”开展多链条追溯分析，规范开展流调溯源。", "contact_tracing", "H3"),
    # schools and transport
    ("各级各类学校开学前要做好开学后的疫情防控预案。", "schools", "C1"),
    ("要切实做好公共汽车、轨道交通、出租车等交通工具的消毒。", "transport", "C5"),
    # venues close
    ("影剧院、棋牌室、KTV等娱乐场所即日起暂停营业。", "venues", "C2"),
    # arrivals written with any city's abbreviation
    ("对来京返京人员落实健康管理。", "arrivals", "C7"),
    ("对来渝返渝人员落实健康管理。", "arrivals", "C7"),
    ("广大市民非必要不离襄，确需离襄的，须持24小时核酸检测阴性证明。", "arrivals", "C7"),
    # international arrivals
    ("对入境人员实行14天集中隔离。", "border", "C8"),
    # public information
    ("属地区县政府要在5小时内发布权威信息。", "public_info", "H1"),
    # no indicator for supervision
    ("市委督查办要加强跟踪督查，对不认真履行责任的严肃追责问责。", "supervision", None),
    # the topics added for real notices
    ("进入小区人员一律出示健康码，“非绿码”人员不得进入。", "health_code", "C7"),
    ("加快推进60岁以上老年人新冠疫苗接种，做到应接尽接。", "vaccination", "V2"),
    ("将北碚区纳入中风险区县。", "risk_areas", None),
    ("企业实行闭环生产，员工点对点接送。", "closed_loop", "C2"),
]


@pytest.mark.parametrize("text, topic, oxcgrt", CASES)
def test_topic_and_indicator(text, topic, oxcgrt):
    found = {t.topic: t.oxcgrt for t in tag_topics(text)}
    assert topic in found and found[topic] == oxcgrt


NOT_TOPICS = [
    # a cluster outbreak is no gathering
    ("发生聚集性疫情后，属地区县政府要及时发布信息。", "gatherings"),
    # a technical reserve is no supply
    ("市疾控中心要加强技术储备。", "supplies"),
    # producing masks is about supplies, not about wearing them
    ("进一步提高口罩生产能力。", "masks"),
    # an office is no workplace measure
    ("进一步加强领导小组综合办公室力量。", "venues"),
    # a temperature check is no test, a physical partition no quarantine
    ("机场、车站要设置体温检测点，对进站人员逐一检测体温。", "testing"),
    ("对国际航班人员和物品实行分区物理隔离、闭环运行。", "quarantine"),
    # what to do on finding a case is the standard response, not what the measure governs
    ("对来访人员进行体温检测，发现疑似人员立即报告属地政府按规定隔离处置。", "quarantine"),
    # a premise, a purpose and a reference only set the context
    ("在做好个人防护的前提下，市内流动人员可有序流动。", "masks"),
    ("为做好学校开学准备，市卫生健康委要加强核酸检测能力建设。", "schools"),
    ("按照《学校疫情防控指南》要求，落实重点人群核酸检测。", "schools"),
    # the items of a list speak for its head: these schools are crowded places
    ("医疗机构、养老机构、各类学校、培训机构等人员密集场所要严格落实测温、通风等措施。", "schools"),
    ("医疗机构、养老机构、各类学校、培训机构等人员密集场所要严格落实测温、通风等措施。", "medical"),
    # a person category is no requirement: reporting a returnee's contacts is tracing, not quarantine
    ("要加强衔接，及时排查出可能存在的隐性密切接触者，严格落实社区报告制度。", "quarantine"),
]


@pytest.mark.parametrize("text, topic", NOT_TOPICS)
def test_word_in_passing_does_not_count(text, topic):
    assert topic not in keys(text)


def test_list_under_a_head_counts_for_the_head():
    assert keys("医疗机构、养老机构、各类学校、培训机构等人员密集场所要严格落实测温、通风等措施。") == ["venues"]


def test_an_action_on_an_object_makes_the_topic():
    # 宗教场所 alone is a mention; closing it is a venue measure
    assert keys("辖区内宗教场所暂停一切宗教法事活动。") == ["gatherings", "venues"]


def test_a_clause_listing_objects_of_a_topic_is_about_it():
    assert "venues" in keys("商超、农贸市场、餐饮单位、宾馆酒店等要严格落实戴口罩、测温等措施。")


def test_the_longest_word_decides():
    # 居家 alone is staying at home; 居家隔离 is quarantine
    assert keys("密切接触者一律居家隔离14天。") == ["quarantine"]


def test_a_passing_mention_in_a_long_measure_is_not_its_topic():
    text = ("加强重点人员管理。对所有来渝返渝人员一律实施14天集中隔离观察，实行2次核酸检测。"
            "无法提供阴性证明的，集中隔离14天，期间进行2次核酸检测。按照有关要求落实返乡人员登记和管理。"
            "能够提供阴性证明的，实施14天社区健康管理（不得乘坐公共交通工具、不到密闭公共场所）。"
            "市内各区县之间的流动人员，在做好个人防护的前提下，可有序流动。")
    found = keys(text)
    assert {"quarantine", "testing", "arrivals"} <= set(found)
    assert not {"venues", "transport", "masks"} & set(found)


def test_plain_text_has_no_topic():
    assert tag_topics("本通知自印发之日起施行。") == []


def numbers_with_topics(text: str) -> dict[str, str]:
    doc = get_nlp()(text)
    items = items_of(doc)
    return {item.text: item.topic for item in items["thresholds"] + items["deadlines"]}


def test_each_number_carries_the_topic_of_its_own_clause():
    text = ("对入境人员实行14天集中隔离；严格控制聚集性活动，确需举办的规模不超过100人，"
            "参加人员需持24小时内核酸检测阴性证明。")
    assert numbers_with_topics(text) == {"14天": "quarantine", "不超过100人": "gatherings", "24小时内": "testing"}
    # the measure has all three
    assert [t.topic for t in items_of(get_nlp()(text))["topics"]] == ["quarantine", "testing", "gatherings", "border"]


def test_a_count_names_what_follows_it():
    found = numbers_with_topics("成立核酸检测、流调溯源两个专项工作组，充实人员力量。")
    assert found == {"两个": "supervision"}


def test_a_deadline_carries_its_clause_topic():
    found = numbers_with_topics("各级各类学校开学前要做好预案；发现感染者后，确保2小时内转往定点医院救治。")
    assert found["开学前"] == "schools" and found["2小时内"] == "medical"


def test_topic_names_resolve_to_keys():
    assert topic_keys("quarantine") == ["quarantine"]
    assert topic_keys("隔离") == topic_keys("隔离管控") == ["quarantine"]
    assert topic_keys("C4") == topic_keys("聚集") == ["gatherings"]
    assert topic_keys("C7") == ["arrivals", "health_code"]
    assert topic_keys("V2") == topic_keys("疫苗") == ["vaccination"]
    assert topic_keys("nothing") == []


def test_vocabulary_and_indicators():
    rules = {r.key: r.oxcgrt for r in topic_rules()}
    assert {k: rules[k] for k in REQUIRED} == REQUIRED
    assert all(topic_labels()[k] for k in rules)
    # a Chinese name stands for one topic
    names = Counter(n for r in topic_rules() for n in r.names)
    assert [n for n, count in names.items() if count > 1] == []


def test_every_topic_is_documented_in_the_header():
    text = TOPICS_FILE.read_text(encoding="utf-8")
    header = text[: text.index("\ntopics:")]
    assert all(f"#   {key} " in header for key in yaml.safe_load(text)["topics"])


def test_a_bad_vocabulary_names_its_file(tmp_path):
    bad = tmp_path / "topics.yml"
    data = yaml.safe_load(TOPICS_FILE.read_text(encoding="utf-8"))
    data["topics"]["masks"]["oxcgrt"] = "Z9"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match=f"{bad}.*masks.*Z9"):
        vocabulary(bad)
    del data["weights"]["cue"]
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match=f"{bad}.*weights.*cue"):
        vocabulary.__wrapped__(bad)


def test_topics_on_gold_measures():
    # every gold measure of the seed notices is tagged in vocabulary order
    order = [r.key for r in topic_rules()]
    tagged = 0
    for path in sorted(GOLD_DIR.glob("00[0-3]_*.json")):
        for m in json.loads(path.read_text(encoding="utf-8"))["measures"]:
            found = keys(m["text"])
            assert found == sorted(found, key=order.index)
            tagged += bool(found)
    assert tagged >= 50


def test_topic_scores_follow_the_judges_rules():
    gold = {"measures": {"a.txt#1": ["quarantine", "testing"], "a.txt#2": ["venues"], "b.txt#1": ["masks"]}}
    documents = [{"source": "a.txt", "measures": [
        {"path": "1", "topics": [{"topic": "quarantine"}, {"topic": "health_code"}]},  # not in the vocabulary
        {"path": "3", "topics": ["venues"]},  # no gold measure: not scored
    ]}]
    # a.txt#2 is missed; b.txt was not given, so its measures are not counted
    assert evaluate_topics(gold, documents) == {
        "precision": 1.0, "recall": 0.3333, "f1": 0.5, "tp": 1, "pred": 1, "gold": 3}


def gold_documents() -> list[dict]:
    """The annotated measures of the seeds and the dev set, their text from the annotation."""
    nlp = get_nlp()
    documents = []
    for path in sorted(GOLD_DIR.glob("*.json")) + sorted((DATA / "dev" / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        annotated = gold.get("measures", [])  # news pages have none
        measures = [{"path": m["path"], "topics": [t.topic for t in items_of(doc)["topics"]]}
                    for m, doc in zip(annotated, nlp.pipe(m["text"] for m in annotated))]
        documents.append({"source": gold["source"], "measures": measures})
    return documents


def test_topic_scores_on_annotated_measures():
    # seeds and dev set, each measure's text as annotated (segmentation set aside)
    score = evaluate_topics(TOPIC_GOLD, gold_documents())
    assert score["gold"] == sum(len(t) for t in TOPIC_GOLD["measures"].values())
    assert score["precision"] >= 0.88 and score["recall"] >= 0.9 and score["f1"] >= 0.9, score


@pytest.mark.slow
def test_topic_scores_on_extracted_notices(extracted):
    from notices.pipeline import process_file

    dev = [process_file(p) for p in sorted((DATA / "dev" / "raw").glob("*.txt"))]
    score = evaluate_topics(TOPIC_GOLD, list(extracted.values()) + dev)
    # recall also pays for measures the dev files lose in segmentation
    assert score["precision"] >= 0.85 and score["f1"] >= 0.78, score


def canned(name: str) -> str:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["notices"]["queries"][name]["sql"]


def test_thresholds_of_gatherings_are_those_of_gathering_clauses(extracted, tmp_path):
    db_path = tmp_path / "notices.db"
    build(list(extracted.values()), db_path)
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    rows = conn.execute(canned("thresholds_of_topic"), {"topic": "C4"}).fetchall()
    # the two 100-person caps of the seeds, and no quarantine day of a measure that also mentions a gathering
    assert [(r["value"], r["unit"], r["comparator"]) for r in rows] == [(100, "人", "<="), (100, "人", ">")]
    for topic in ("gatherings", "聚集活动", "聚集"):
        assert conn.execute(canned("thresholds_of_topic"), {"topic": topic}).fetchall() == rows
    quarantine = conn.execute(canned("thresholds_of_topic"), {"topic": "隔离"}).fetchall()
    assert quarantine and {r["topic"] for r in quarantine} == {"quarantine"}
    assert all(r["unit"] != "人" for r in quarantine)


def test_a_span_anywhere_in_a_measure_gets_one_of_its_topics():
    # A broader topic (arrivals over border) is the measure's without weighing anything
    # itself; a span whose clause names no topic falls back on the measure's topics
    # and must not fail on the one that has no weight of its own.
    text = "国际航班入境旅客按规定管理，落实7天居家健康监测。其余事项另行通知，为期3个月。"
    weighing = weigh(text)
    assert "arrivals" in weighing.topics and "arrivals" not in weighing.totals
    for start in range(len(text)):
        topic_of_span(text, weighing, start, start + 1)  # no position fails
    months = text.index("3个月")
    assert topic_of_span(text, weighing, months, months + 3) == "border"  # the one that weighs
