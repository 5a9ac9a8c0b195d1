"""Reading printed lines by their geometry (ingest.pdf_layout): each rule on a few
lines placed as a printer places them, before (lines) → after (paragraphs)."""
from __future__ import annotations

from ingest.pdf_layout import (
    PrintedLine,
    PrintedPage,
    find_grid,
    is_red,
    paragraphs,
    read_layout,
    split_imprint,
    split_masthead,
)

SIZE = 16.0
LEFT = 80.0
CHARS = 26
RIGHT = LEFT + CHARS * SIZE  # 496
PAGE_WIDTH = 595.0
PAGE_HEIGHT = 842.0


class Sheet:
    """Lines set one under another on 16 pt type, 26 characters a line."""

    def __init__(self, pitch: float = 28.0):
        self.pitch = pitch
        self.top = 70.0
        self.page = 1
        self.lines: list[PrintedLine] = []

    def add(self, text: str, *, indent: float = 0, align: str = "left", size: float = SIZE,
            coloured: bool = False, gap: float = 0, lead: float | None = None) -> PrintedLine:
        self.top += gap * self.pitch
        width = len(text) * size
        if align == "centre":
            x0 = PAGE_WIDTH / 2 - width / 2
        elif align == "right":
            x0 = RIGHT - 4 * SIZE - width
        else:
            x0 = LEFT + indent * SIZE
        line = PrintedLine(text, self.page, x0, x0 + width, self.top, self.top + size, size,
                           coloured, lead=size if lead is None else lead)
        self.lines.append(line)
        self.top += self.pitch
        return line

    def paragraph(self, text: str, indent: int = 2) -> None:
        """`text` wrapped at the right edge, the first line indented."""
        first = CHARS - indent
        self.add(text[:first], indent=indent)
        for start in range(first, len(text), CHARS):
            self.add(text[start:start + CHARS])

    def next_page(self) -> None:
        self.page += 1
        self.top = 70.0

    def pages(self, rules: dict[int, list[float]] | None = None) -> list[PrintedPage]:
        rules = rules or {}
        return [
            PrintedPage(n, PAGE_WIDTH, PAGE_HEIGHT, [line for line in self.lines if line.page == n],
                        [(LEFT, RIGHT + SIZE, y) for y in rules.get(n, [])])
            for n in range(1, self.page + 1)
        ]


BODY_1 = "为切实做好疫情防控工作，保障人民群众生命安全和身体健康，现就有关事项通知如下。"
BODY_2 = "一、加强核酸检测。各区县要在24小时内完成重点人群核酸检测，具备在3天内完成全员检测的能力。"
BODY_3 = "二、严格人员管理。对来自中高风险地区的人员，一律实行集中隔离医学观察并开展核酸检测。"


def read(sheet: Sheet, rules=None) -> list[str]:
    return read_layout(sheet.pages(rules)).paragraphs


def test_indented_lines_open_paragraphs_and_full_lines_run_on():
    sheet = Sheet()
    for text in (BODY_1, BODY_2, BODY_3):
        sheet.paragraph(text)
    assert read(sheet) == [BODY_1, BODY_2, BODY_3]


def test_a_paragraph_runs_on_across_a_page_break():
    sheet = Sheet()
    sheet.paragraph(BODY_1)
    sheet.add(BODY_2[:24], indent=2)
    sheet.next_page()
    sheet.add(BODY_2[24:])
    sheet.paragraph(BODY_3)
    assert read(sheet) == [BODY_1, BODY_2, BODY_3]


def test_without_indents_a_short_line_closes_and_a_provision_opens_a_paragraph():
    sheet = Sheet()
    for text in (BODY_1, BODY_2, BODY_3):
        sheet.paragraph(text, indent=0)
    # BODY_1 ends on a line of its own; BODY_2's last line happens to be full.
    sheet.lines[-3].x1 = RIGHT
    assert read(sheet) == [BODY_1, BODY_2, BODY_3]


def test_a_line_stopping_short_by_less_than_the_next_character_is_full():
    # "…3天内" ends a ragged line early: the next line's "(" (half an em) would not fit.
    sheet = Sheet()
    first = sheet.add("各区县要具备在3天内完成全员检测的能力并定期开展演练", indent=2)
    first.x1 = RIGHT - 0.4 * SIZE
    sheet.add("(含农村地区)。", lead=0.5 * SIZE)
    assert read(sheet) == ["各区县要具备在3天内完成全员检测的能力并定期开展演练(含农村地区)。"]


def test_a_line_ending_a_character_short_closes_its_paragraph():
    sheet = Sheet()
    sheet.paragraph(BODY_1)
    first = sheet.add("各区县要具备在3天内完成全员检测的能力", indent=2)
    first.x1 = RIGHT - 1.2 * SIZE
    sheet.add("第二段文字。")
    assert read(sheet)[1:] == ["各区县要具备在3天内完成全员检测的能力", "第二段文字。"]


def test_centred_title_lines_are_joined_and_the_number_stands_apart():
    sheet = Sheet()
    sheet.add("重庆市新型冠状病毒肺炎疫情防控工作领导小组关", align="centre", size=20)
    sheet.add("于进一步加强疫情防控工作的通知", align="centre", size=20)
    sheet.add("渝肺炎组办发〔2020〕30号", align="centre", gap=1)
    sheet.paragraph(BODY_1)
    sheet.paragraph(BODY_2)
    assert read(sheet) == [
        "重庆市新型冠状病毒肺炎疫情防控工作领导小组关于进一步加强疫情防控工作的通知",
        "渝肺炎组办发〔2020〕30号",
        BODY_1,
        BODY_2,
    ]


def test_addressees_filling_their_line_end_at_the_colon():
    sheet = Sheet()
    sheet.add("关于做好疫情防控工作的通知", align="centre", size=20)
    sheet.add("各区县(自治县)人民政府，市政府各部门，有关单位：", gap=1).x1 = RIGHT
    sheet.paragraph(BODY_1, indent=0)
    sheet.paragraph(BODY_2, indent=0)
    assert read(sheet)[1:] == ["各区县(自治县)人民政府，市政府各部门，有关单位：", BODY_1, BODY_2]


def test_signature_date_and_note_are_lines_of_their_own():
    sheet = Sheet()
    sheet.paragraph(BODY_1)
    sheet.paragraph(BODY_2)
    sheet.add("某市疫情防控工作领导小组", align="right", gap=1)
    sheet.add("2021年1月25日", align="right")
    sheet.add("（此件公开发布）", indent=2)
    assert read(sheet)[2:] == ["某市疫情防控工作领导小组", "2021年1月25日", "（此件公开发布）"]


def test_masthead_above_the_rule_is_kept_apart_and_joined():
    sheet = Sheet()
    sheet.add("某市新型冠状病毒肺炎疫情防控工", align="centre", size=26, coloured=True)
    sheet.add("作领导小组文件", align="centre", size=26, coloured=True)
    number = sheet.add("某肺炎组发〔2021〕1号", align="centre", gap=1)
    sheet.add("关于做好疫情防控工作的通知", align="centre", size=20, gap=1)
    sheet.paragraph(BODY_1)
    sheet.paragraph(BODY_2)
    pages = sheet.pages({1: [number.bottom + 10]})
    grid = find_grid(sheet.lines, PAGE_WIDTH)
    masthead, marks = split_masthead(pages, grid)
    assert marks == []
    assert [line.text for line in masthead] == ["某市新型冠状病毒肺炎疫情防控工", "作领导小组文件"]
    reading = read_layout(pages)
    assert reading.masthead == "某市新型冠状病毒肺炎疫情防控工作领导小组文件"
    assert reading.paragraphs == [
        "某市新型冠状病毒肺炎疫情防控工作领导小组文件",  # the head reader takes "…文件" as the masthead
        "某肺炎组发〔2021〕1号",
        "关于做好疫情防控工作的通知",
        BODY_1,
        BODY_2,
    ]


def test_a_masthead_not_ending_in_wenjian_is_left_out_of_the_text():
    sheet = Sheet()
    sheet.add("某市人民政府办公厅", align="centre", size=26, coloured=True)
    sheet.add("关于做好疫情防控工作的通知", align="centre", size=20, gap=1)
    sheet.paragraph(BODY_1)
    reading = read_layout(sheet.pages())
    assert reading.masthead == "某市人民政府办公厅"
    assert reading.paragraphs == ["关于做好疫情防控工作的通知", BODY_1]


def test_a_large_black_title_above_a_low_rule_is_no_masthead():
    # The only rule is the 版记's at the foot of the page: the title stays the title.
    sheet = Sheet()
    sheet.add("关于做好疫情防控工作的通告", align="centre", size=22)
    sheet.paragraph(BODY_1)
    reading = read_layout(sheet.pages({1: [760.0]}))
    assert reading.masthead is None
    assert reading.paragraphs == ["关于做好疫情防控工作的通告", BODY_1]


def test_the_imprint_is_not_body():
    sheet = Sheet()
    sheet.paragraph(BODY_1)
    sheet.add("（此件公开发布）", indent=2)
    sheet.add("抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅。", size=14, gap=2)
    sheet.add("某市疫情防控工作领导小组办公室　　2021年1月25日印发", size=14)
    body, imprint = split_imprint(sheet.lines)
    assert [line.text for line in imprint] == [
        "抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅。",
        "某市疫情防控工作领导小组办公室　　2021年1月25日印发",
    ]
    assert read(sheet) == [BODY_1, "（此件公开发布）"]


def test_a_body_line_that_transmits_a_document_is_no_imprint():
    sheet = Sheet()
    sheet.add("现将《某市疫情防控工作方案》印发", indent=2).x1 = RIGHT
    sheet.add("给你们，请认真贯彻执行。")
    assert read(sheet) == ["现将《某市疫情防控工作方案》印发给你们，请认真贯彻执行。"]


def test_table_rows_stand_alone():
    sheet = Sheet()
    sheet.paragraph(BODY_1)
    row = sheet.add("单位\t联系人\t联系电话")
    row.row, row.x1 = True, RIGHT
    other = sheet.add("万州区\t张某某\t023-58231234")
    other.row, other.x1 = True, RIGHT
    assert read(sheet) == [BODY_1, "单位\t联系人\t联系电话", "万州区\t张某某\t023-58231234"]


def test_red():
    assert is_red((0.8, 0.0, 0.0)) and is_red((0, 1, 1, 0))
    assert not is_red((0, 0, 0)) and not is_red((0.5,)) and not is_red(None) and not is_red((0, 0, 0, 1))


def test_grid_of_a_page():
    sheet = Sheet()
    sheet.add("关于做好疫情防控工作的通知", align="centre", size=20)
    for text in (BODY_1, BODY_2, BODY_3):
        sheet.paragraph(text)
    grid = find_grid(sheet.lines, PAGE_WIDTH)
    assert (grid.size, grid.left, grid.right, grid.leading) == (SIZE, LEFT, RIGHT, 28.0)
    assert paragraphs(sheet.lines[1:], grid) == [BODY_1, BODY_2, BODY_3]


def test_page_numbers_in_unknown_styles_are_found_by_their_place():
    sheet = Sheet()
    sheet.paragraph(BODY_1)
    sheet.add(BODY_2[:24], indent=2)
    sheet.add("一 1 一", align="centre", gap=10)
    sheet.next_page()
    sheet.add(BODY_2[24:])
    sheet.add("·2·", align="centre", gap=10)
    reading = read_layout(sheet.pages())
    assert reading.paragraphs == [BODY_1, BODY_2]
    assert reading.folios == ["一 1 一", "·2·"]


def test_a_short_last_line_close_to_the_text_is_no_page_number():
    sheet = Sheet()
    sheet.paragraph(BODY_1)
    sheet.add("（2）", indent=2)
    assert read(sheet) == [BODY_1, "（2）"]


def test_a_running_header_repeats_in_one_place_and_type():
    from ingest.pdf import strip_page_furniture

    def at(text, page, x0, top, size=SIZE):
        return PrintedLine(text, page, x0, x0 + len(text) * size, top, top + size, size)

    # Page 1 opens with the title, page 2 with the signature of the same words.
    title = at("某市疫情防控指挥部", 1, 200, 72, size=22)
    signature = at("某市疫情防控指挥部", 2, 300, 72)
    pages = [[title, at("正文一。", 1, 80, 120)], [signature, at("2022年1月5日", 2, 300, 100)]]
    kept, dropped = strip_page_furniture(pages)
    assert kept == pages and dropped == []
    # A header: the same words, place and type on every page.
    pages = [[at("某市人民政府公报", n, 200, 40, 12), at(f"正文{n}。", n, 80, 120)] for n in (1, 2, 3)]
    kept, dropped = strip_page_furniture(pages)
    assert [d.kind for d in dropped] == ["running header"] * 3


def test_marks_above_the_masthead_are_no_title():
    sheet = Sheet()
    sheet.add("000123")
    sheet.add("特急")
    sheet.add("某市疫情防控工作领导小组文件", align="centre", size=26, coloured=True, gap=1)
    number = sheet.add("某肺炎组发〔2021〕1号", align="centre", gap=1)
    sheet.add("关于做好疫情防控工作的通知", align="centre", size=20, gap=1)
    sheet.paragraph(BODY_1)
    sheet.paragraph(BODY_2)
    reading = read_layout(sheet.pages({1: [number.bottom + 10]}))
    assert reading.marks == ["000123", "特急"]
    assert reading.paragraphs[:3] == ["某市疫情防控工作领导小组文件", "某肺炎组发〔2021〕1号", "关于做好疫情防控工作的通知"]
    # Without a rule, the marks before a red masthead.
    del sheet.lines[0]
    reading = read_layout(sheet.pages())
    assert reading.marks == ["特急"] and reading.masthead == "某市疫情防控工作领导小组文件"
