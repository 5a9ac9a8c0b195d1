"""Topics of a measure and their OxCGRT indicators."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from extract.topics import TOPICS_FILE, tag_topics, topic_labels, topic_rules

GOLD_DIR = Path(__file__).parent / "data" / "gold"

REQUIRED = {  # the vocabulary the project documents, with the indicator each maps to
    "quarantine": None, "testing": "H2", "contact_tracing": "H3", "masks": "H6", "gatherings": "C4",
    "schools": "C1", "transport": "C5", "venues": "C2", "medical": None, "public_info": "H1",
    "supplies": None, "supervision": None, "community": None, "arrivals": "C7",
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
    # international arrivals
    ("对入境人员实行14天集中隔离。", "border", "C8"),
    # public information
    ("属地区县政府要在5小时内发布权威信息。", "public_info", "H1"),
    # no indicator for supervision
    ("市委督查办要加强跟踪督查，对不认真履行责任的严肃追责问责。", "supervision", None),
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
]


@pytest.mark.parametrize("text, topic", NOT_TOPICS)
def test_keyword_in_other_sense_does_not_count(text, topic):
    assert topic not in keys(text)


def test_the_longest_word_decides():
    # 居家 alone is staying at home; 居家隔离 is quarantine
    assert keys("密切接触者一律居家隔离14天。") == ["quarantine"]


def test_plain_text_has_no_topic():
    assert tag_topics("本通知自印发之日起施行。") == []


def test_vocabulary_and_indicators():
    rules = {r.key: r.oxcgrt for r in topic_rules()}
    assert {k: rules[k] for k in REQUIRED} == REQUIRED
    assert all(topic_labels()[k] for k in rules)


def test_every_topic_is_documented_in_the_header():
    text = TOPICS_FILE.read_text(encoding="utf-8")
    header = text[: text.index("\ntopics:")]
    assert all(f"#   {key} " in header for key in yaml.safe_load(text)["topics"])


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
