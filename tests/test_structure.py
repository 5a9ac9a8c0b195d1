"""The provision hierarchy: which numbered provisions are measures, their paths and headings."""
import pytest

from extract.structure import find_measures, heading_of


def paths(paragraphs):
    return [(m.path, m.heading) for m in find_measures(paragraphs)]


def test_two_levels_and_a_section_with_text_of_its_own():
    doc = [
        "为做好防控工作，现通知如下：",  # the preamble is never a measure
        "一、总体要求",
        "各区县要提高认识。",  # a level-1 section with text and no children is a measure
        "二、重点任务",
        "以防输入为目标。",  # the introduction of a section with children is not
        "（一）加强社区排查。各区要开展排查。",
        "（二）加强学校防控。学校要做好预案。",
    ]
    assert paths(doc) == [("1", "总体要求"), ("2.1", "加强社区排查"), ("2.2", "加强学校防控")]
    assert find_measures(doc)[0].text == "总体要求\n各区县要提高认识。"


def test_items_numbered_straight_through_keep_their_number():
    doc = ["一、指挥体系", "1.完善体系。要加强。", "2.建立专班。要成立。", "二、核酸检测", "3.明确能力。要具备。"]
    assert [p for p, _ in paths(doc)] == ["1.1", "1.2", "2.3"]


def test_arabic_numbering_alone_is_one_level():
    doc = ["1.第一项措施。各区县要落实。", "2.第二项措施。各部门要配合。"]
    assert [p for p, _ in paths(doc)] == ["1", "2"]


def test_provisions_run_together_on_one_line_still_count():
    doc = ["一、加强管理。各区县要落实责任。二、强化督查。各部门要加强督查。"]
    assert paths(doc) == [("1", "加强管理"), ("2", "强化督查")]


def test_closing_paragraph_that_gives_orders():
    doc = ["一、做好保障。要加强物资保障。", "当前正处关键时期，各区县要提高警惕。", "某某领导小组", "2021年1月25日"]
    measures = find_measures(doc)
    assert [(m.path, m.text) for m in measures] == [("1", "做好保障。要加强物资保障。"),
                                                    ("closing", "当前正处关键时期，各区县要提高警惕。")]


def test_inline_enumeration_counts_one_level_below():
    doc = ["（一）加强排查。一是加大疑似病例排查力度；二是提高公众防护能力。"]
    assert [m.path for m in find_measures(doc)] == ["1.1", "1.2"]


def test_a_notice_that_numbers_nothing():
    doc = ["为做好防控，现通知如下：", "各区县要立即开展排查。", "各单位须严格执行。", "特此通知。"]
    assert [(m.path, m.text) for m in find_measures(doc)] == [("closing", "各区县要立即开展排查。"),
                                                              ("closing.2", "各单位须严格执行。")]


@pytest.mark.parametrize("line,heading", [
    ("备足隔离房间。各区县要按照要求。", "备足隔离房间"),  # a label
    ("医疗救治要加力。落实集中救治。", "医疗救治要加力"),  # a label may hold 要
    ("强化督查，严肃追责问责", "强化督查，严肃追责问责"),  # a heading line of its own
    ("将北碚区纳入中风险区县。", None),  # an instruction, not a label
    ("对来渝人员，一律实施集中隔离。其他人员居家。", None),  # a comma: an instruction
    ("这是一个远远超过三十个字的开头句子它不是标题而是一整句完整的要求内容。后文。", None),
])
def test_heading(line, heading):
    assert heading_of(line) == heading
