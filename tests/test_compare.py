"""compare/: aligning measures of two notices, what changed, relations, scoring."""
from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from compare import (
    CandidateIndex,
    compare_documents,
    compare_measures,
    in_force,
    notice_relations,
    render_text,
    score_links,
    word_diff,
)
from compare.align import align
from compare.changes import DIRECTIONS
from compare.relations import relations
from compare.profile import profile

DATA = Path(__file__).parent / "data"
GOLD = sorted((DATA / "gold").glob("00[0-3]_*.json"))


@pytest.fixture(scope="module")
def gold_docs() -> dict[str, dict]:
    return {p.name[:3]: json.loads(p.read_text(encoding="utf-8")) for p in GOLD}


@pytest.fixture(scope="module")
def gold_links() -> dict:
    return json.loads((DATA / "links.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def all_comparisons(gold_docs) -> list[dict]:
    docs = [gold_docs[k] for k in sorted(gold_docs)]
    return [compare_documents(a, b) for a, b in itertools.combinations(docs, 2)]


def measure(text, path="1", heading=None, thresholds=(), deadlines=(), units=()):
    return {"path": path, "heading": heading, "text": text, "units": list(units),
            "thresholds": list(thresholds), "deadlines": list(deadlines)}


def notice(source, measures, **meta):
    return {"source": source, "measures": measures, **meta}


# The quarantine example ---------------------------------------------------------


def _pair(result, a_path, b_path):
    return next((p for p in result["pairs"] if p["a"] == a_path and p["b"] == b_path), None)


def test_arrivals_measures_are_paired_across_three_notices(gold_docs):
    # 001/1.6 (重点地区来渝返渝人员), 002/4.12 (“14+7+7”), 003/3 (近14天旅居史, 1次核酸):
    # three numberings of one subject.
    for x, y, a_path, b_path in [("001", "002", "1.6", "4.12"), ("002", "003", "4.12", "3"), ("001", "003", "1.6", "3")]:
        result = compare_documents(gold_docs[x], gold_docs[y])
        assert _pair(result, a_path, b_path), f"{x}/{a_path} not paired with {y}/{b_path}"


def test_quarantine_report_names_threshold_changes(gold_docs):
    a, b = gold_docs["002"], gold_docs["003"]
    result = compare_documents(a, b)
    pair = _pair(result, "4.12", "3")
    thresholds = {c["text"]: c["direction"] for c in pair["changes"] if c["kind"] == "threshold"}
    # The 14-day centralised quarantine goes, a 14-day travel look-back comes:
    # two quantities, never paired with each other.
    assert thresholds["集中隔离天数 集中隔离14天 取消"] == "relaxed"
    assert thresholds["旅居史时间范围 新增 近14天有市外旅居史"] == "tightened"
    # One quantity whose comparator changed is one change.
    assert thresholds["旅居史时间范围 入境时间不足28天 → 近28天有境外旅居史"] == "tightened"
    assert pair["status"] == "revised"
    assert pair["change_type"] == "mixed"  # quarantines dropped, a stay-put order and checks added
    text = render_text(result, a, b)
    assert "A 4.12 → B 3" in text
    assert "加强重点地区、重点人员排查管控" in text and "加强重点人群防控" in text
    assert "集中隔离天数 集中隔离14天 取消 (放宽 relaxed)" in text
    assert "新增：市内中风险地区人员近期非必要不离渝" in text
    assert "有松有紧 mixed" in text
    assert "文字 / text: " in text and "[-" in text


def test_home_quarantine_14_days_becomes_7_plus_7(gold_docs):
    # 000/2.2 居家隔离14天 against 002/4.12: the home quarantine is matched by
    # its words (居家隔离), not its value, and the “7+7” regime is one quantity:
    # 7 days at home and 7 of self-monitoring is looser than 14 at home.
    changes = compare_measures(_measure(gold_docs["000"], "2.2"), _measure(gold_docs["002"], "4.12")).changes
    moved = [c for c in changes if c["kind"] == "threshold" and c["change"] in ("rose", "fell")]
    assert [(c["text"], c["direction"]) for c in moved] == [
        ("居家隔离天数 居家隔离14天 → 7天居家隔离+7天自我健康管理", "relaxed")]
    assert moved[0]["to"] == "7天居家隔离和7天自我健康管理"


def _measure(document, path):
    return next(m for m in document["measures"] if m["path"] == path)


def test_result_has_exactly_the_documented_shape(all_comparisons):
    result = all_comparisons[0]
    assert set(result) == {"a", "b", "pairs", "added", "removed"}
    assert all(set(p) == {"a", "b", "similarity", "status", "change_type", "changes"} for p in result["pairs"])
    assert {p["change_type"] for r in all_comparisons for p in r["pairs"]} <= set(DIRECTIONS)
    assert all(p["changes"][0]["kind"] == "words" for p in result["pairs"])
    assert all(item["change_type"] == "new" for item in result["added"])
    json.dumps(all_comparisons, ensure_ascii=False)  # JSON-ready


def test_every_measure_is_paired_or_listed(gold_docs, all_comparisons):
    # Section-heading measures (000/1, 000/3) and closing paragraphs are measures too.
    by_source = {d["source"]: {m["path"] for m in d["measures"]} for d in gold_docs.values()}
    for result in all_comparisons:
        seen_a = {p["a"] for p in result["pairs"]} | {r["path"] for r in result["removed"]}
        seen_b = {p["b"] for p in result["pairs"]} | {r["path"] for r in result["added"]}
        assert seen_a == by_source[result["a"]]
        assert seen_b == by_source[result["b"]]


# Links F1 on the gold notices -----------------------------------------------------


def test_links_f1_on_gold(all_comparisons, gold_links):
    result = score_links(gold_links, all_comparisons)
    assert result["notice_pairs"] == 6
    assert result["f1"] >= 0.95, (result["unexpected"], result["missed"])


def test_scorer_counts_a_miss_and_a_false_positive(all_comparisons, gold_links):
    # The rule of shared/eval/score_links.py, carried in compare.evaluate: drop
    # one predicted gold link and add a wrong pair, and the counts move by one each.
    before = score_links(gold_links, all_comparisons)
    changed = json.loads(json.dumps(all_comparisons))
    dropped = changed[0]["pairs"][0]
    assert sorted([f"{changed[0]['a']}#{dropped['a']}", f"{changed[0]['b']}#{dropped['b']}"]) in map(sorted, gold_links["links"])
    changed[0]["pairs"] = changed[0]["pairs"][1:] + [{"a": "2.5", "b": "1.1"}]
    after = score_links(gold_links, changed)
    assert (after["tp"], after["fp"], after["fn"]) == (before["tp"] - 1, before["fp"] + 1, before["fn"] + 1)
    p = after["tp"] / (after["tp"] + after["fp"])
    r = after["tp"] / (after["tp"] + after["fn"])
    assert after["f1"] == pytest.approx(2 * p * r / (p + r))


@pytest.mark.parametrize(
    "pairs, expected",
    [
        # a gold link: true positive
        ([{"a": "1", "b": "2"}], (1, 0, 0)),
        # an allowed relation counts neither way, the link is missed
        ([{"a": "1", "b": "3"}], (0, 0, 1)),
        # neither: false positive, and the link is missed
        ([{"a": "9", "b": "9"}], (0, 1, 1)),
    ],
)
def test_score_links_rule(pairs, expected):
    gold = {"links": [["x.txt#1", "y.txt#2"]], "allowed": [["x.txt#1", "y.txt#3"]]}
    r = score_links(gold, [{"a": "corpus/x.txt", "b": "y.txt", "pairs": pairs}])
    assert (r["tp"], r["fp"], r["fn"]) == expected


def test_links_of_notices_not_compared_are_not_missed():
    gold = {"links": [["x.txt#1", "z.txt#1"]], "allowed": []}
    assert score_links(gold, [{"a": "x.txt", "b": "y.txt", "pairs": []}])["fn"] == 0


# Word diff ----------------------------------------------------------------------


def test_word_diff_works_on_words():
    a, b = "对来京人员实行居家隔离14天。", "对来京人员实行集中隔离7天。"
    ops = word_diff(a, b)
    changed = [(op["a"], op["b"]) for op in ops if op["op"] == "replace"]
    # Whole words change (居家 → 集中), not single characters (居 → 集, 家 → 中).
    assert ("居家", "集中") in changed
    assert ("14", "7") in changed
    assert "".join(op.get("a", "") for op in ops if op["op"] != "insert") == a
    assert "".join(op.get("b", op.get("a", "")) for op in ops if op["op"] != "delete") == b


def test_word_diff_of_equal_texts_is_one_equal_op():
    assert word_diff("各区县要落实属地责任。", "各区县要落实属地责任。") == [{"op": "equal", "a": "各区县要落实属地责任。"}]


# Change types on small synthetic pairs -----------------------------------------------


def th(value, unit, comparator, text, quantity=None):
    t = {"value": value, "unit": unit, "comparator": comparator, "text": text}
    return t | ({"quantity": quantity} if quantity else {})


def within(value, unit, text):
    return {"kind": "within", "value": value, "unit": unit, "text": text}


CHANGE_CASES = [
    # a cap that falls: fewer people allowed
    ("capacity 100人 → 50人",
     measure("活动规模不超过100人。", thresholds=[th(100, "人", "<=", "不超过100人")]),
     measure("活动规模不超过50人。", thresholds=[th(50, "人", "<=", "不超过50人")]),
     "tightened"),
    # a shorter quarantine
    ("quarantine 14天 → 7天",
     measure("对来京人员实行居家隔离14天。", thresholds=[th(14, "天", "=", "居家隔离14天")]),
     measure("对来京人员实行居家隔离7天。", thresholds=[th(7, "天", "=", "居家隔离7天")]),
     "relaxed"),
    # a deadline where there was none
    ("new deadline",
     measure("发现可疑患者要向卫生院报告。"),
     measure("发现可疑患者要2小时内向卫生院报告。", deadlines=[within(2, "hour", "2小时内")]),
     "tightened"),
    # a longer time limit
    ("deadline 2小时 → 12小时",
     measure("隔离人员2小时内转运。", deadlines=[within(2, "hour", "2小时内")]),
     measure("隔离人员12小时内转运。", deadlines=[within(12, "hour", "12小时内")]),
     "relaxed"),
    # a fresher test certificate is stricter, though the number falls
    ("certificate 48小时 → 24小时",
     measure("参加人员需持48小时内核酸检测阴性证明。", thresholds=[th(48, "小时", "<=", "48小时内核酸检测阴性证明")]),
     measure("参加人员需持24小时内核酸检测阴性证明。", thresholds=[th(24, "小时", "<=", "24小时内核酸检测阴性证明")]),
     "tightened"),
    # a shorter travel look-back covers fewer people
    ("look-back 14天 → 7天",
     measure("近14天有旅居史人员要报告。", thresholds=[th(14, "天", "<=", "近14天有旅居史")]),
     measure("近7天有旅居史人员要报告。", thresholds=[th(7, "天", "<=", "近7天有旅居史")]),
     "relaxed"),
    # one number tightens, another relaxes: no single direction
    ("mixed",
     measure("居家隔离14天，活动规模不超过100人。",
             thresholds=[th(14, "天", "=", "居家隔离14天"), th(100, "人", "<=", "不超过100人")]),
     measure("居家隔离21天，活动规模不超过200人。",
             thresholds=[th(21, "天", "=", "居家隔离21天"), th(200, "人", "<=", "不超过200人")]),
     "mixed"),
    # restated word for word
    ("unchanged",
     measure("各区县要落实属地责任。"), measure("各区县要落实属地责任。"), "unchanged"),
    # only punctuation differs (full-width against half-width): still unchanged
    ("punctuation only",
     measure("各区县要落实属地责任（含两江新区）。"), measure("各区县要落实属地责任(含两江新区)。"), "unchanged"),
    # reworded, the same duty
    ("reworded",
     measure("各区县要落实属地责任。"), measure("各区县要切实落实好属地责任。"), "unchanged"),
    # a new duty without a number
    ("new duty",
     measure("各区县要落实属地责任。"), measure("各区县要压实属地责任，加强督查。"), "tightened"),
    # a new stop order without a number
    ("stop order",
     measure("影剧院、KTV等娱乐场所要严格落实通风、消毒等措施。"),
     measure("影剧院、KTV等娱乐场所要严格落实通风、消毒等措施。娱乐场所即日起暂停营业。"), "tightened"),
    # a permission that comes relaxes
    ("permission",
     measure("中风险地区人员实行居家健康监测。"),
     measure("中风险地区人员实行居家健康监测。市内各区县之间的人员可有序流动。"), "relaxed"),
    # a broader scope: confirmed cases → every infected person
    ("scope",
     measure("确诊病例要第一时间送定点医院救治。"), measure("发现感染者后要第一时间送定点医院救治。"), "tightened"),
    # the new text stops the measure
    ("ended",
     measure("影剧院暂停营业。"), measure("影剧院暂停营业措施不再执行。"), "ended"),
]


@pytest.mark.parametrize("name, a, b, expected", CHANGE_CASES, ids=[c[0] for c in CHANGE_CASES])
def test_change_type(name, a, b, expected):
    assert compare_measures(a, b).change_type == expected


def test_mixed_numbers_are_reported_as_mixed():
    a, b = CHANGE_CASES[6][1], CHANGE_CASES[6][2]
    found = compare_measures(a, b)
    assert found.direction == "mixed"
    assert {(c["text"], c["direction"]) for c in found.changes} == {
        ("居家隔离天数 居家隔离14天 → 居家隔离21天", "tightened"), ("人数上限 不超过100人 → 不超过200人", "relaxed")}


def test_units_added_and_removed_fold_qualifiers():
    a = measure("x", units=["各区县", ["网吧", "网吧公共场所"]])
    b = measure("x", units=[{"name": "区县", "mention": "区县"}, "市卫生健康委"])
    changes = {(c["change"], c["from"] or c["to"]) for c in compare_measures(a, b).changes if c["kind"] == "unit"}
    # 各区县 and 区县 are one unit; 网吧 goes, 市卫生健康委 comes.
    assert changes == {("removed", "网吧"), ("added", "市卫生健康委")}


# Alignment on synthetic notices -----------------------------------------------------


def test_align_pairs_by_subject_not_number():
    a = notice("a.txt", [
        measure("加强学校疫情防控。各级各类学校开学前要做好师生健康摸排，设立体温检测点。", "1"),
        measure("加强公共交通防控。机场、车站设置体温检测点，乘客必须佩戴口罩。", "2"),
    ])
    b = notice("b.txt", [
        measure("做好交通场站管理。机场、车站、码头所有乘客全面落实戴口罩、测体温。", "3.1"),
        measure("抓好校园防控。学校要加强教职员工、学生健康监测，开学后每日晨检。", "3.2"),
        measure("做好物资保障。加强生活物资供应和运输保障。", "3.3"),
    ])
    comparison = align(a, b)
    assert {(link.a, link.b) for link in comparison.links} == {("1", "3.2"), ("2", "3.1")}
    assert comparison.added == ["3.3"]
    assert comparison.removed == []


def test_align_refuses_a_notice_against_itself():
    with pytest.raises(ValueError, match="itself"):
        align(notice("a.txt", []), notice("a.txt", []))


# Candidate index ----------------------------------------------------------------------


FILLER_SUBJECTS = [
    "加强学校防控。学校要做好师生健康监测和校园消毒。",
    "做好物资保障。加强生活物资供应和运输保障。",
    "加强宣传引导。通过电视、新媒体宣传防护知识。",
    "强化医疗救治。定点医院要提高收治能力和重症救治水平。",
    "严格督查问责。对失职渎职的依纪依法严肃问责。",
    "加强交通管控。机场车站乘客测体温、戴口罩。",
]


def test_candidate_index_finds_the_match_without_scoring_all_pairs(gold_docs):
    index = CandidateIndex()
    # Forty filler notices on other subjects, then the two real notices.
    for n in range(40):
        index.add(notice(f"filler{n:02}.txt", [measure(t, str(i)) for i, t in enumerate(FILLER_SUBJECTS)]))
    index.add(gold_docs["002"])
    index.add(gold_docs["003"])
    query = profile(_measure(gold_docs["001"], "1.6"), gold_docs["001"]["source"])
    found = index.candidates(query, limit=3)
    best_in_002 = next(c for c in found if c.source == gold_docs["002"]["source"])
    assert best_in_002.path == "4.12"
    assert len(found) <= 3 * len({c.source for c in found})
    # Postings reached far fewer measures than the index holds.
    assert index.touched < len(index) / 2


def test_align_scores_fewer_pairs_than_all(gold_docs):
    comparison = align(gold_docs["002"], gold_docs["001"])
    assert 0 < comparison.scored < len(gold_docs["002"]["measures"]) * len(gold_docs["001"]["measures"])


def test_candidates_across_many_notices_for_db_build(gold_docs):
    # The db build indexes notices oldest first and asks, for each new one,
    # which earlier notices share measures with it.
    index = CandidateIndex()
    index.add(gold_docs["000"])
    index.add(gold_docs["001"])
    index.add(gold_docs["002"])
    related = index.related_sources(gold_docs["003"])
    assert set(related) <= {gold_docs[k]["source"] for k in ("000", "001", "002")}
    found = index.candidates_for(gold_docs["003"])
    assert any(c.source == gold_docs["002"]["source"] and c.path == "4.12" for c in found["3"])


def test_index_memory_stays_bounded_and_its_answers_do_not_change(gold_docs):
    # A word in every measure: its posting list keeps only the entries a lookup
    # reads, while its count, which weighs the word, keeps growing.
    fillers = [notice(f"filler{n:02}.txt", [measure(t, str(i)) for i, t in enumerate(FILLER_SUBJECTS)])
               for n in range(40)]
    small, large = CandidateIndex(cached=1), CandidateIndex()
    small.recent = large.recent = 20
    for index in (small, large):
        for doc in fillers + [gold_docs["002"]]:
            index.add(doc)
    assert max(map(len, small._postings.values())) < 2 * small.recent
    assert max(small._df.values()) > 2 * small.recent
    assert len(small._profiles) == 1  # only the notice profiled last
    query = profile(_measure(gold_docs["001"], "1.6"), gold_docs["001"]["source"])
    assert small.candidates(query) == large.candidates(query)
    # A notice no longer cached is profiled again from its document.
    assert align(gold_docs["002"], gold_docs["001"], small) == align(gold_docs["002"], gold_docs["001"], large)


# Relations ------------------------------------------------------------------------------


EARLIER = notice("a.txt", [measure("对来京人员实行居家隔离14天。", "1")], doc_number="某防控办发〔2022〕3号",
                 title="关于调整隔离措施的通知", date="2022-01-01", paragraphs=["对来京人员实行居家隔离14天。"])


def later(paragraph, source="b.txt", date="2022-03-01", measures=()):
    return notice(source, list(measures), doc_number="某防控办发〔2022〕9号", title="关于优化防控措施的通知",
                  date=date, paragraphs=["现就有关事项通知如下。", paragraph])


@pytest.mark.parametrize(
    "paragraph, kind",
    [
        # a title with its number, then 同时废止: ends
        ("本通知自印发之日起施行，《关于调整隔离措施的通知》(某防控办发[2022]3号)同时废止。", "ends"),
        # a bare cited number (other bracket style): cites
        ("按照某防控办发〔2022〕3号文件要求，做好来京人员排查。", "cites"),
        # 不再执行
        ("某防控办发（2022）3号规定的居家隔离措施不再执行。", "ends"),
        # 继续执行
        ("某防控办发〔2022〕3号继续执行。", "continues"),
        # 参照…执行
        ("入境人员参照《关于调整隔离措施的通知》执行。", "applies"),
    ],
)
def test_relation_kinds(paragraph, kind):
    found = notice_relations(EARLIER, later(paragraph))
    assert [(r.source, r.kind, r.target) for r in found] == [("b.txt", kind, "a.txt")]


def test_own_number_and_unknown_numbers_are_not_relations_between_the_two():
    b = later("本通知编号为某防控办发〔2022〕9号；落实国办发明电〔2021〕1号要求。")
    assert notice_relations(EARLIER, b) == []
    cited = [r.doc_number for r in relations([EARLIER, b])]
    assert cited == ["国办发明电〔2021〕1号"]  # cited, target unknown


def test_gold_notice_cites_a_document_number(gold_docs):
    found = [r for r in relations(list(gold_docs.values())) if r.doc_number]
    assert ("4.14", "渝肺炎组疫发〔2020〕58号", "cites") in {(r.path, r.doc_number, r.kind) for r in found}


def test_override_sentence():
    found = relations([later("此前规定与本通知不一致的，以本通知为准。")])
    assert [r.kind for r in found] == ["overrides"]


# In force -------------------------------------------------------------------------------


def test_in_force_before_and_after_a_repeal():
    b = later("《关于调整隔离措施的通知》同时废止。")
    assert [(f.source, f.path) for f in in_force([EARLIER, b], "arrivals", "2022-02-01")] == [("a.txt", "1")]
    # After the repeal, nothing about arrivals remains (b itself says nothing about them).
    assert in_force([EARLIER, b], "arrivals", "2022-04-01") == []


def test_in_force_later_notice_on_same_subject_supersedes():
    b = later("对来京返京人员实行集中隔离7天。",
              measures=[measure("对来京返京人员实行集中隔离7天，来京人员落实健康监测。", "2")])
    found = in_force([EARLIER, b], "arrivals", "2022-04-01")
    assert [(f.source, f.path) for f in found] == [("b.txt", "2")]
    assert any("latest notice" in e for e in found[0].evidence)
    # Before the later notice, the earlier one holds.
    assert [(f.source, f.path) for f in in_force([EARLIER, b], "arrivals", "2022-02-01")] == [("a.txt", "1")]


def test_in_force_continued_notice_stays():
    b = later("某防控办发〔2022〕3号继续执行。",
              measures=[measure("对来京返京人员实行集中隔离7天，来京人员落实健康监测。", "2")])
    found = {(f.source, f.path) for f in in_force([EARLIER, b], "arrivals", "2022-04-01")}
    assert found == {("a.txt", "1"), ("b.txt", "2")}
