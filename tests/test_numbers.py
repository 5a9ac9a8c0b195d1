import re

import pytest

from extract.numbers import NUMBER, NUMBER_OR_RANGE, alternation, compile_template, parse_number, parse_range

NUMBERS = [
    ("14", 14.0),  # Arabic digits
    ("１４", 14.0),  # full-width digits
    ("1.5", 1.5),  # a decimal
    ("1.26万", 12600.0),  # digits with a Chinese myriad
    ("两", 2.0),  # 两 as in 两个专项工作组
    ("十", 10.0),  # a bare ten
    ("十四", 14.0),  # teen without a leading 一
    ("二十四", 24.0),  # 二十四小时
    ("一百", 100.0),  # 一百人
    ("三千五百", 3500.0),  # thousands
    ("二〇二一", 2021.0),  # a year read digit by digit
    ("  7 ", 7.0),  # surrounding spaces are ignored
    ("", None),  # nothing
    ("万", None),  # a unit character alone is no number
    ("几", None),  # an indefinite number
    ("第八", None),  # an ordinal is not a bare number
    ("半", 0.5),  # half a span of time: 半小时, 半个月 (was: none)
]


@pytest.mark.parametrize("text,expected", NUMBERS)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


RANGES = [
    ("3—5", (3.0, 5.0)),  # em dash, as in 3—5天内
    ("3-5", (3.0, 5.0)),  # ASCII hyphen
    ("3～5", (3.0, 5.0)),  # full-width tilde
    ("3至5", (3.0, 5.0)),  # 至
    ("三到五", (3.0, 5.0)),  # Chinese numerals with 到
    ("5-3", (3.0, 5.0)),  # ends are put in order
    ("3", None),  # a single number is no range
    ("3—", None),  # a dangling separator
]


@pytest.mark.parametrize("text,expected", RANGES)
def test_parse_range(text, expected):
    assert parse_range(text) == expected


FRAGMENTS = [
    (NUMBER, "十四", True),  # Chinese numeral
    (NUMBER, "１４", True),  # full-width
    (NUMBER, "千", False),  # a unit character alone
    (NUMBER_OR_RANGE, "3—5", True),  # a range
    (NUMBER_OR_RANGE, "三到五", True),  # a Chinese range
]


@pytest.mark.parametrize("text,half", [
    ("半小时内", True), ("前半小时", True), ("半个月", True),  # half a span of time
    ("一个半小时", False), ("上半年", False), ("半封闭管理", False),  # a half after a whole, of a year, or no span
])
def test_half_is_a_number_before_a_time_unit(text, half):
    assert ("半" in [m.group() for m in re.finditer(NUMBER, text)]) is half


@pytest.mark.parametrize("pattern,text,matches", FRAGMENTS)
def test_number_fragments(pattern, text, matches):
    assert bool(re.fullmatch(pattern, text)) is matches


def test_compile_template_fills_placeholders():
    pattern = compile_template("近(?P<n>{num})天")
    assert pattern.search("确保近十四天无旅居史").group("n") == "十四"


def test_alternation_tries_longer_words_first():
    assert re.match(alternation(["超过", "不超过"]), "不超过100人").group() == "不超过"
