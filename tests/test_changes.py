"""The change model: what changed between two linked measures, and which way.

Gold: tests/data/changes.json (the 20 gold links of the seeds). Genre checks
run the real extractor on sentences of other real notices (the 2022 ninth
edition of the national control plan and the “20 measures”), so the rules
are checked beyond the seeds.
"""
from __future__ import annotations

import itertools
import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from compare import compare_documents, compare_measures
from compare.evaluate import quantities, score_changes
from compare.quantities import numbers
from compare.requirements import requirement_changes
from compare.scope import scope_changes
from compare.units import compare_units
from extract.measures import extract_measures

DATA = Path(__file__).parent / "data"
SCORE_CHANGES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score_changes.py"


@pytest.fixture(scope="module")
def gold_changes() -> dict:
    return json.loads((DATA / "changes.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_comparisons(extracted) -> list[dict]:
    """`notices compare A B --json` for every pair of the four linked seeds, older first."""
    docs = [extracted[name] for name in sorted(extracted) if name[:3] in ("000", "001", "002", "003")]
    return [compare_documents(a, b) for a, b in itertools.combinations(docs, 2)]


def measure(text: str) -> dict:
    """One measure of a real notice's sentences, through the real extractor
    (numbered, under a label, as notices write them)."""
    return asdict(extract_measures(["一、防控措施。" + text])[0])


def directions(a: str, b: str) -> tuple[str, list[tuple[str, str | None]]]:
    found = compare_measures(measure(a), measure(b))
    return found.change_type, [(c["text"], c["direction"]) for c in found.changes]


# The seeds against the gold ------------------------------------------------------


def test_direction_accuracy_on_the_seeds(gold_changes, seed_comparisons):
    result = score_changes(gold_changes, seed_comparisons)
    assert not result["missing"]
    assert result["accuracy"] >= 0.85, result["wrong"]


def test_every_gold_number_change_is_one_change(gold_changes, seed_comparisons):
    # For each gold `number` change, the pair's changes hold one change with the
    # same quantities on each side: 14天集中隔离、7天居家隔离和7天自我健康管理 is
    # one regime, 入境时间不足28天 → 近28天有境外旅居史 one quantity.
    result = score_changes(gold_changes, seed_comparisons)
    assert result["numbers"] == sum(c["kind"] == "number" for p in gold_changes["pairs"] for c in p["changes"])
    assert result["numbers_found"] == result["numbers"], result["numbers_missed"]


def test_quarantine_items_carry_their_aspect_and_are_merged(seed_comparisons):
    pair = next(p for r in seed_comparisons if r["a"].startswith("002") and r["b"].startswith("003")
                for p in r["pairs"] if (p["a"], p["b"]) == ("4.12", "3"))
    texts = [c["text"] for c in pair["changes"] if c["kind"] == "threshold"]
    assert all(not t.startswith(("14天", "7天")) for t in texts)  # every number says what it counts
    assert len(texts) == len(set(texts))
    assert "集中隔离天数 14天（14天集中隔离） 取消" in texts
    assert next(c for c in pair["changes"] if c.get("text") == "集中隔离天数 14天（14天集中隔离） 取消")["count"] == 2


@pytest.mark.skipif(not SCORE_CHANGES.exists(), reason="shared/eval/score_changes.py is not beside the repository")
def test_own_scorer_agrees_with_shared_script(gold_changes, seed_comparisons, tmp_path):
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps(seed_comparisons, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORE_CHANGES), str(DATA / "changes.json"), str(pred)],
                         capture_output=True, text=True, check=True).stdout
    ours = score_changes(gold_changes, seed_comparisons)
    assert f"change direction accuracy {ours['accuracy']:.3f} ({ours['right']}/{ours['pairs']}" in out


def test_score_changes_rule():
    gold = {"pairs": [
        {"older": "a.txt#1", "newer": "b.txt#2", "direction": "tightened",
         "changes": [{"kind": "number", "aspect": "x", "from": "居家隔离14天", "to": "7天居家隔离和7天健康监测"}]},
        {"older": "a.txt#3", "newer": "b.txt#4", "direction": "mixed", "changes": []},
    ]}
    pred = [{"a": "corpus/a.txt", "b": "b.txt", "pairs": [
        {"a": "1", "b": "2", "change_type": "tightened",
         "changes": [{"from": "14天居家隔离", "to": "7天+7天"}]}]}]
    result = score_changes(gold, pred)
    assert (result["right"], result["missing"], result["numbers_found"]) == (1, ["a.txt#3 -> b.txt#4"], 1)
    assert quantities("3日内核酸检测证明") == {(3.0, "天")}


# Numbers ------------------------------------------------------------------------


def test_regime_is_one_quantity_named_by_the_words_after_each_number():
    m = measure("对密切接触者实行“14天集中隔离医学观察+7天居家健康监测”，集中隔离期间开展4次核酸检测。")
    found = [(n.aspect, n.value_text, n.written) for n in numbers(m, "thresholds")]
    assert found == [("集中隔离天数", "14天+7天健康管理", "14天集中隔离医学观察+7天居家健康监测"),
                     ("核酸检测次数", "4次", "4次核酸检测")]


@pytest.mark.parametrize("stop", ["！", "？", "!", "?"])
def test_a_number_is_read_within_its_sentence_whatever_stop_ends_it(stop):
    # An exclamation or question mark ends a sentence as a full stop does
    # (extract.punctuation): the words of the next one say nothing of this number.
    m = measure(f"入境人员须隔离满14天{stop}核酸检测须4次。")
    assert [n.clause for n in numbers(m, "thresholds")] == ["入境人员须隔离满14天", "核酸检测须4次"]


@pytest.mark.parametrize("before, after, expected, line", [
    # ninth edition of the national plan: 14+7 becomes 7+3
    ("入境人员实行“14天集中隔离医学观察+7天居家健康监测”。",
     "入境人员实行“7天集中隔离医学观察+3天居家健康监测”。",
     "relaxed", "集中隔离天数 14天+7天健康管理 → 7天+3天健康管理"),
    # the “20 measures”: fewer days in a centre, more at home, is still looser
    ("对密切接触者实行“7天集中隔离+3天居家健康监测”管理措施。",
     "对密切接触者实行“5天集中隔离+3天居家隔离”管理措施。",
     "relaxed", "集中隔离天数 7天+3天健康管理 → 5天+3天居家隔离"),
    # home quarantine becoming central quarantine, days unchanged
    ("密接的密接实行7天居家隔离医学观察。", "密接的密接实行7天集中隔离医学观察。",
     "tightened", "隔离与健康管理天数 7天居家隔离 → 7天集中隔离"),
    # 14 days in a centre, then 7 more at home
    ("入境人员实行14天集中隔离。", "入境人员实行14天集中隔离和7天居家隔离。",
     "tightened", "集中隔离天数 14天 → 14天+7天居家隔离"),
])
def test_quarantine_regimes_of_real_notices(before, after, expected, line):
    change_type, changes = directions(before, after)
    assert change_type == expected
    assert (line, expected) in changes


def test_look_back_and_quarantine_of_one_value_never_pair():
    change_type, changes = directions("对来渝人员实行14天集中隔离。", "近14天有旅居史的来渝人员要主动报告。")
    texts = [t for t, _ in changes if "天" in t and "：" not in t]
    assert texts == ["集中隔离天数 14天（14天集中隔离） 取消", "旅居史时间范围 新增 近14天（近14天有旅居史）"]


def test_comparator_change_is_one_change():
    change_type, changes = directions("入境时间不足28天的人员要报告。", "近28天有境外旅居史的人员要报告。")
    assert [t for t, _ in changes if "28" in t] == ["旅居史时间范围 不足28天 → 近28天"]


def test_same_number_governing_other_people_is_a_change_of_context():
    a = measure("对中风险地区来渝人员实施14天社区健康管理，期满进行1次核酸检测。")
    b = measure("近14天有市外旅居史人员，抵达后就近就地开展1次核酸检测。")
    context = [c for c in compare_measures(a, b).changes if c["change"] == "context"]
    assert [(c["aspect"], c["from"], c["to"]) for c in context] == [
        ("核酸检测次数（对象或时点）", "期满进行1次核酸检测", "抵达后就近就地开展1次核酸检测")]


def test_deadline_named_by_what_it_limits():
    change_type, changes = directions("发现可疑患者要第一时间处置。", "发现可疑患者2小时内必须向乡镇卫生院报告。")
    assert ("报告时限 第一时间 → 2小时内", "tightened") in changes
    assert change_type == "tightened"


# Requirements ----------------------------------------------------------------------


def test_new_stop_order_without_a_number_tightens():
    change_type, changes = directions(
        "餐饮、棋牌、网吧、KTV等公共场所要严格执行疫情防控有关规定。",
        "餐饮、棋牌、网吧、KTV等公共场所要严格执行疫情防控有关规定。影剧院、棋牌室等娱乐场所即日起暂停营业。")
    assert change_type == "tightened"
    assert ("新增：影剧院、棋牌室等娱乐场所即日起暂停营业", "tightened") in changes


def test_rhetoric_and_appeals_count_for_nothing():
    a = {"text": "各区县要落实属地责任，做到守土有责、守土尽责。"}
    b = {"text": "各区县要落实属地责任，全力以赴打赢疫情防控阻击战。鼓励市民积极参与。"}
    assert requirement_changes(a, b) == []


def test_appeal_governs_its_sentence_and_weighs_as_guidance():
    a = {"text": "各区县要落实属地责任。"}
    b = {"text": "各区县要落实属地责任。鼓励居民群众监督，发现可疑人员及时向社区报告。"}
    (change,) = requirement_changes(a, b)
    assert (change["direction"], change["weight"]) == ("tightened", 0.5)


def test_dropped_requirement_restated_in_other_words_does_not_relax():
    # 逐一登记 → 做好登记: the control is still there.
    a = {"text": "要对排查对象的居家情况、体温情况、活动轨迹等逐一登记、精准到人。"}
    b = {"text": "开展地毯式排查，对排查对象的活动轨迹、健康状况等做好登记。"}
    assert [c for c in requirement_changes(a, b) if c["change"] == "removed"] == []


def test_dropped_concrete_control_counts_more_than_a_vague_duty():
    a = {"text": "对来访人员要逐一进行体温检测。要加强社区与社会组织联动协同。"}
    b = {"text": "各区县要落实属地责任。"}
    weights = {c["from"]: c["weight"] for c in requirement_changes(a, b) if c["change"] == "removed"}
    assert weights == {"对来访人员要逐一进行体温检测": 1.0, "要加强社区与社会组织联动协同": 0.5}


def test_a_permission_that_goes_tightens():
    change_type, changes = directions("市内各区县之间的流动人员，在做好个人防护的前提下，可有序流动。",
                                      "市内中风险地区人员近期非必要不离渝。")
    assert ("取消：在做好个人防护的前提下，可有序流动", "tightened") in changes or change_type == "tightened"


# Scope -------------------------------------------------------------------------------


@pytest.mark.parametrize("a, b, change, direction", [
    ("确诊病例要第一时间送定点医院。", "发现感染者后，2小时内转往定点医院。", "病例范围 确诊病例 → 感染者", "tightened"),
    ("主城九区暂停堂食。", "全市暂停堂食。", "地域范围 主城九区 → 全市", "tightened"),
    ("全市暂停堂食。", "主城九区暂停堂食。", "地域范围 全市 → 主城九区", "relaxed"),
    ("有发热症状人员要就诊。", "发热、咳嗽、咽痛、嗅(味)觉减退、腹泻等症状的可疑患者要报告。",
     "症状 发热 → 发热、咳嗽、咽痛、嗅(味)觉、腹泻", "tightened"),
    ("对密切接触者实行集中隔离。", "对密切接触者和次密切接触者实行集中隔离。", "接触者范围 密切接触者 → 次密切接触者", "tightened"),
])
def test_scope_terms(a, b, change, direction):
    assert [(c["text"], c["direction"]) for c in scope_changes(a, b)] == [(change, direction)]


def test_scope_set_with_members_gone_and_come_has_no_direction():
    (change,) = scope_changes("通过微信、短信等新媒体宣传。", "通过广播、电视等载体宣传。")
    assert (change["change"], change["direction"]) == ("changed", None)


# Units ---------------------------------------------------------------------------------


@pytest.mark.parametrize("old, new", [
    ("市公安局", "公安部门"), ("市委政法委", "政法部门"), ("商场", "商场超市"), ("酒店", "宾馆酒店"),
    ("各区县领导小组", "各区县"), ("棋牌公共场所", "棋牌室"),
])
def test_renamed_unit_is_one_change(old, new):
    (change,), _ = compare_units({"units": [old]}, {"units": [new]})
    assert (change["change"], change["from"], change["to"], change["text"]) == ("renamed", old, new,
                                                                               f"责任单位 {old} → {new}")


def test_units_of_other_functions_are_not_renames():
    changes, _ = compare_units({"units": ["市场监管部门"]}, {"units": ["市公安局"]})
    assert sorted(c["change"] for c in changes) == ["added", "removed"]


def test_unit_shown_as_written_not_under_its_full_name():
    changes, _ = compare_units({"units": [{"name": "重庆市公安局", "mention": "市公安局"}]}, {"units": []})
    assert changes[0]["text"] == "责任单位 市公安局 取消"


def test_permission_of_a_real_notice_relaxes():
    # Beijing, February 2020: staff under observation may keep working.
    change_type, changes = directions("具备集中工作条件的人员要进行封闭管理。",
                                      "具备集中工作条件的人员要进行封闭管理，在做好防护的前提下，可以一边观察一边工作。")
    assert change_type == "relaxed"
    assert ("新增：在做好防护的前提下，可以一边观察一边工作", "relaxed") in changes


@pytest.mark.parametrize("before, after, expected", [
    ("影剧院、KTV等娱乐场所暂停营业。", "影剧院、KTV等娱乐场所恢复营业。", "relaxed"),
    ("影剧院、KTV等娱乐场所暂停营业。", "影剧院、KTV等娱乐场所恢复营业，严格落实预约、限流措施。", "mixed"),
])
def test_reopening_relaxes(before, after, expected):
    assert directions(before, after)[0] == expected


def test_role_words_inside_the_mention_read_in_order():
    # a whole phrase annotated as the threshold (as the gold files write it)
    m = {"text": "对其实行不少于14天的居家隔离观察，每日进行早晚各一次体温监测。",
         "thresholds": [{"value": 14, "unit": "天", "comparator": ">=", "text": "不少于14天的居家隔离观察"},
                        {"value": 1, "unit": "次", "comparator": "=", "text": "一次"}]}
    assert [n.aspect for n in numbers(m, "thresholds")] == ["居家隔离天数", "体温检测次数"]


def test_whole_city_as_departments_is_no_scope():
    # 全市各级各部门 names every department, not the whole territory
    assert scope_changes("主城九区暂停堂食。", "全市各级各部门要落实主城九区暂停堂食措施。") == []
