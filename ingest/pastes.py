"""Paragraphs of a notice pasted on one line, and items run together in one paragraph.

A copy that lost its line breaks keeps a single space where each was: a long line whose
sentences are joined by spaces is split there. Items run together without any break
(``一、…入口1.对…。2.对…。``, ``…。第二，…``, ``①…②…``, ``…实施。特此通告。``) are split at
their markers, where the guide's paragraphs start.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .chrome import OWN_VOICE, PLACE, SIGNATURE_DATE, ends_with_body, rules, without_frame
from .kinds import CLOSING_FORMULA, KIND, KIND_AFTER_BODY, names_kind
from .markers import CN_DIGITS, LEVEL_PATTERNS, LEVELS, marker_source, match_marker, ordinal

# A paragraph's indent (two or more spaces) after the end of a sentence, in a line of
# any length: the line break before it was lost, the indent kept.
_INDENT_BREAK = re.compile(r"([。！？；：])[ \u3000\u00a0]{2,}(?=[\u4e00-\u9fff])")
# A line this long with sentences joined by spaces is a whole pasted text, not a paragraph.
PASTED_LINE = 200
_SPACE_BREAK = re.compile(r"([。！？；：”）]|通知|通告|公告)[ \u3000]+(?=\S)")
# An item run into the sentence before it starts a line, and so does the closing formula.
# Each pattern opens with the mark it breaks after, which the regex engine skips ahead
# to, rather than with a lookbehind tried at every position of the text.
_ITEM_BREAKS = (
    re.compile(rf"([。！？；：])(?={marker_source('cn_ordinal', 'cn', 'cn_paren', 'arabic_paren', 'circled')})"),
    re.compile(r"([。！？；])(?=特此(?:通告|通知|公告)(?:[。！]|\n|$))"),
    # …and the signature run on after it (特此通告。某市指挥部2022年4月20日) starts a line: a
    # name without punctuation up to the date or the line's end (not 特此通告。本通告实施时间：…)
    re.compile(r"(特此(?:通告|通知|公告)[。！])(?=[^\s。！？；：:，,]{2,40}(?:\d{4}年|\n|$))"),
)
# Item numbers run into the text count after a Chinese character or the end of a
# sentence or bracket (``_AFTER``; spaces between aside), not after a digit or a Latin
# letter, and only as runs
# 1, 2, …: Arabic ones (a decimal is none) and bracketed Chinese ones (（一）, not 第（一）项).
_RUN_ITEMS = (
    dict(LEVEL_PATTERNS)["arabic"],
    re.compile(rf"[（(](?P<n>[{CN_DIGITS}]{{1,3}})[）)]"),
)
_AFTER = re.compile(r"[\u4e00-\u9fff。！？；：）)”]")


def _runs_on(line: str, pos: int) -> bool:
    """Whether a number at `pos` runs on from text (not from a digit, a Latin letter or 第)."""
    # (line[:pos].rstrip()[-1:], without copying the line up to every number in it)
    end = pos
    while end and line[end - 1].isspace():
        end -= 1
    before = line[end - 1:end] if end else ""
    return bool(_AFTER.match(before)) and before != "第"


_SPACED_WORD = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}$", re.M)


def join_spaced_words(text: str) -> str:
    """A heading set with spaces between its characters (``通 告``, ``命　令``) is one word.

    >>> join_spaced_words("某县指挥部\\n通 告\\n为做好防控，现通告如下：")
    '某县指挥部\\n通告\\n为做好防控，现通告如下：'
    """
    return _SPACED_WORD.sub(lambda m: re.sub(r"\s", "", m.group()), text)


# A number set off by spaces inside a sentence (`前 3 天`, `连续 5天`, `高风险区 6 个`), as PDF
# copies and some pages print numbers among Chinese characters: one word with them, so the
# finders read `前3天`. Not a year or a phone number (four digits or more: `某指挥部 2022年…`
# keeps the space that parts signature fields), and not after a Chinese numeral (`一 3月1日起`:
# an item's number with a space for its stop).
# It opens with its first character, a space or the number's first digit, and looks behind after
# it: the engine skips ahead to such a character (a pattern opening with a lookbehind is tried at
# every position); the number is the match without its spaces.
_SPACED_NUMBER = re.compile(r"[ \u3000\u00a0\d](?:(?<=[\u4e00-\u9fff][ \u3000\u00a0])(?<![一二三四五六七八九十][ \u3000\u00a0])[ \u3000\u00a0]*\d{1,3}"
                            r"|(?<=[\u4e00-\u9fff]\d)(?<![一二三四五六七八九十]\d)\d{0,2})(?:\.\d+)?[ \u3000\u00a0]*(?=[\u4e00-\u9fff])")


def join_spaced_numbers(text: str) -> str:
    """Drop the spaces around a number inside a sentence.

    >>> join_spaced_numbers("在实施封控后前 3 天连续开展 3 次核酸检测，连续 5天无新增")
    '在实施封控后前3天连续开展3次核酸检测，连续5天无新增'
    >>> join_spaced_numbers("某县指挥部 2022年5月13日\\n一 3月1日起，恢复营业。\\n1 8月1日起，恢复紧急状态。")
    '某县指挥部 2022年5月13日\\n一 3月1日起，恢复营业。\\n1 8月1日起，恢复紧急状态。'
    """
    return _SPACED_NUMBER.sub(lambda m: m.group().strip(" \u3000\u00a0"), text)


# A clause or sentence mark set off by spaces among Chinese text (`在乡镇工作人员 , 封户期间…`, `1 。 除生病…`), as
# some pages print every mark: no space around it, so an item's number and its stop meet (`1。`) and the text reads
# as printed. Not a space before a digit after a mark (`时间: 2020-01-27`), nor among Latin words.
# The pattern opens with the space and looks behind after it: the engine skips ahead to a space,
# where a pattern opening with a lookbehind is tried at every position (seven times slower).
_SPACED_MARK = re.compile(r"[ \u3000\u00a0](?:(?<=[\u4e00-\u9fff0-9）)”][ \u3000\u00a0])[ \u3000\u00a0]*(?=[，,。；;、！!？?：:])"
                          r"|(?<=[，,。；;、！!？?：:][ \u3000\u00a0])[ \u3000\u00a0]*(?=[\u4e00-\u9fff“（(]))")


def join_spaced_marks(text: str) -> str:
    """Drop the spaces around a clause or sentence mark among Chinese text.

    >>> join_spaced_marks("2 。 在乡镇工作人员 , 封户期间禁止回城 。 所有食堂取消堂食")
    '2。在乡镇工作人员,封户期间禁止回城。所有食堂取消堂食'
    >>> join_spaced_marks("发布时间: 2020-01-27 16:32"), join_spaced_marks("Beijing , China")
    ('发布时间: 2020-01-27 16:32', 'Beijing , China')
    """
    return _SPACED_MARK.sub("", text)


# A title the page wrapped, printed on one line with a space where it wrapped
# (某市应对…肺炎疫情 工作领导小组指挥部第100号通告, 关于进一步明确疫情防控期间 返京人员有关要求的通告).
# The part before the space is a wrapped line: long, naming no kind (not a headline of its
# own: 某县风险等级调整公告 某省评估公告; not a column: 山东省最新消息 山东一地发布通告); the
# whole is a notice's title: it names its kind after its issuing body, or opens with 关于
# or with the issuer before 关于, a number in brackets after it aside.
_WRAPPED_TITLE = re.compile(
    rf"^[ \u3000]*([\u4e00-\u9fff（）()]{{10,50}})[ \u3000]+([\u4e00-\u9fff（）()\d]{{2,50}}?{KIND})"
    r"([ \u3000]*[（(]第?\s*\d{1,4}\s*号[）)])?[ \u3000]*$", re.M)
_NUMBER_BEFORE_KIND = re.compile(rf"第?\d{{1,4}}号(?={KIND_AFTER_BODY}$)")
_WRAPPED_LINE = 60


def join_wrapped_title(text: str) -> str:
    """A notice's title printed with a space where the page wrapped it is one line.

    >>> join_wrapped_title("某市应对新型冠状病毒感染肺炎疫情 工作领导小组指挥部第100号通告\\n为做好防控，现通告如下：")
    '某市应对新型冠状病毒感染肺炎疫情工作领导小组指挥部第100号通告\\n为做好防控，现通告如下：'
    >>> join_wrapped_title("山东省最新消息 山东一地发布通告"), join_wrapped_title("某县风险等级调整公告 某省风险评估公告")
    ('山东省最新消息 山东一地发布通告', '某县风险等级调整公告 某省风险评估公告')
    """
    return _WRAPPED_TITLE.sub(_joined_title, text) if "\u3000" in text or " " in text else text


def _joined_title(m: re.Match) -> str:
    head, tail, number = m.group(1), m.group(2), m.group(3) or ""
    title = head + tail
    about = title.find("关于")
    issued = ends_with_body(_NUMBER_BEFORE_KIND.sub("", title)[: -len(re.search(KIND + "$", title).group())])
    if names_kind(head) or len(title) > _WRAPPED_LINE or not (issued or about == 0 or about > 0 and PLACE.match(title[:about])):
        return m.group()
    return title + number.strip()


_SIGNATURE_LINE = 30
_PUNCTUATED = re.compile(r"[。，；：！？、,;:]")


def join_wrapped_signature(text: str) -> str:
    """A signing body's name wrapped over two lines above the date is one line; two
    bodies signing together each end their line with a body's name.

    >>> join_wrapped_signature("感谢支持。\\n某县新冠肺炎疫情防控\\n工作领导小组办公室\\n2022年4月14日")
    '感谢支持。\\n某县新冠肺炎疫情防控工作领导小组办公室\\n2022年4月14日'
    >>> join_wrapped_signature("感谢支持。\\n某市卫生健康委员会\\n某市教育委员会\\n2022年4月14日")
    '感谢支持。\\n某市卫生健康委员会\\n某市教育委员会\\n2022年4月14日'
    >>> join_wrapped_signature("某县新冠肺炎\\n防控指挥部\\n2020年2月6日\\n防控指挥部\\n2020年2月6日").split("\\n")
    ['某县新冠肺炎防控指挥部', '2020年2月6日', '防控指挥部', '2020年2月6日']

    A copy may end the first line with a stray 。 when the second is only the tail of
    the name, a body without its place; a sentence over a whole name stays a sentence:

    >>> join_wrapped_signature("感谢支持。\\n某县统筹疫情防控和经济运行。\\n领导小组（指挥部）\\n2022年4月6日")
    '感谢支持。\\n某县统筹疫情防控和经济运行领导小组（指挥部）\\n2022年4月6日'
    >>> join_wrapped_signature("全县上下要严格落实。\\n某县疫情防控指挥部\\n2022年4月6日")
    '全县上下要严格落实。\\n某县疫情防控指挥部\\n2022年4月6日'

    A place's body named whole on its line is a name of its own: the line over it (the
    last of a list of areas, 某区（除高风险区以外的其他区域）) is no head of it.

    >>> join_wrapped_signature("二、低风险区\\n某区（除高风险区以外的其他区域）\\n某市疫情防控指挥部办公室\\n2022年11月19日").split("\\n")[1]
    '某区（除高风险区以外的其他区域）'

    A note on the seal may stand between the name and the date:

    >>> join_wrapped_signature("依法追究责任。\\n某市新冠肺炎疫情\\n防控领导小组办公室\\n（代章）\\n2022年4月3日").split("\\n")[1:]
    ['某市新冠肺炎疫情防控领导小组办公室', '（代章）', '2022年4月3日']
    >>> join_wrapped_signature("请配合。\\n某市委统筹疫情防控和经济运行工作领导小组（指挥部）\\n社会管理服务和随访组\\n2021年1月1日").split("\\n")[1]
    '某市委统筹疫情防控和经济运行工作领导小组（指挥部）社会管理服务和随访组'

    The date may be cut to its month (2022年11月), or lost with the page's end: there the name's
    tail must end as a body's name does.

    >>> join_wrapped_signature("感谢支持。\\n某区新型冠状病毒肺炎\\n疫情防控指挥部\\n2022年11月").split("\\n")[1]
    '某区新型冠状病毒肺炎疫情防控指挥部'
    >>> join_wrapped_signature("感谢支持。\\n某区委统筹疫情防控和经济运行\\n工作领导小组（指挥部）").split("\\n")[1]
    '某区委统筹疫情防控和经济运行工作领导小组（指挥部）'
    >>> join_wrapped_signature("二、低风险区\\n某村片区\\n其他区域")  # two lines of a list, no body's name
    '二、低风险区\\n某村片区\\n其他区域'
    >>> join_wrapped_signature("感谢支持。\\n新闻报料\\n2014-2025 某报业有限公司")  # a page's footer, no place
    '感谢支持。\\n新闻报料\\n2014-2025 某报业有限公司'
    """
    out: list[str] = []
    for line in text.split("\n"):
        out.append(line)
        # (a seal's note may stand between the name and the date: 某市…疫情 / 防控领导小组办公室 / （代章）)
        end = len(out) - 2 if len(out) >= 4 and _SEAL_NOTE.fullmatch(out[-2].strip()) else len(out) - 1
        if end >= 2 and SIGNATURE_DATE.match(line.strip()):
            _join_name(out, end)
        elif end >= 2 and _MONTH_DATE.match(line.strip()) and _placed_body(out, end):
            _join_name(out, end)
    last = len(out)  # the text's end, before its blank lines
    while last and not out[last - 1].strip():
        last -= 1
    if last >= 2 and _placed_body(out, last):
        _join_name(out, last)
    return "\n".join(out)


# A signature's date cut after its month (2022年11月).
_MONTH_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月")


def _placed_body(out: list[str], end: int) -> bool:
    """Whether the two lines before ``end`` open with a place and the epidemic's command and end as a
    body's name does: a signer's name with no full date under it to tell it (not a page's 新闻报料 /
    2014-2025 某报业有限公司, nor the last two places of a list, 某村片区 / 某某有限公司)."""
    first, second = out[end - 2].strip(), out[end - 1].strip()
    return (_names_place(first) and bool(_COMMAND.search(first)) and ends_with_body(second)
            or _sets_up(first, second) and bool(_COMMAND.search(second)))


_COMMAND = re.compile(r"疫情|肺炎|防控|统筹|应对|指挥")


def _join_name(out: list[str], end: int) -> None:
    """Join the two lines before ``end`` when they are a signer's name wrapped in two."""
    first, second = out[end - 2].strip(), out[end - 1].strip()
    whole = _names_place(second) and ends_with_body(second) and not PLACE.fullmatch(first)
    # (a name closed by the body's other name goes on with its office or group: …领导小组（指挥部） /
    # 办公室, …（指挥部） / 社会管理服务和随访组)
    # (and a body goes on with the group it set up, named with no place of its own: 某职业技术学院 / 新冠肺炎疫情防控工作
    # 领导小组, held-out 183 qg08; 某市…指挥部 / 社会管理服务和随访组, 29 ki01)
    open_end = not ends_with_body(first) or _ALIAS.search(first) or _sets_up(first, second)
    if _may_sign(second) and not whole and (_may_sign(first) and open_end or _stray_stop(first, second)):
        out[end - 2:end] = [first.removesuffix("。") + second]


# A school or a hospital, which signs with the working group it set up (某学院 / 疫情防控工作领导小组).
_INSTITUTION = re.compile(r"(?:大学|学院|学校|中学|小学|幼儿园|医院)$")


def _sets_up(first: str, second: str) -> bool:
    """Whether ``second`` is a working group named with no place of its own, set up by the body on ``first``
    (one with a place, or a school or hospital, whose name need not open with one: 某理工学院 / 疫情防控处理事务小组).

    >>> _sets_up("某职业技术学院", "新冠肺炎疫情防控工作领导小组"), _sets_up("某市交通运输局", "某市集团有限公司")
    (True, False)
    """
    return (_names_place(first) or bool(_INSTITUTION.search(first))) and not PLACE.match(second) and bool(_GROUP.search(second))


# A note on the seal under a signature, a line of its own in brackets: （代章）, （盖章）, (印).
_SEAL_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]")


def _names_place(line: str) -> bool:
    """Whether a line opens with a place's name (某市…), not with levels of government
    (省市县联动指挥部, the tail of 某县…现场处置 / 省市县联动指挥部).

    >>> _names_place("某市疫情防控指挥部办公室"), _names_place("省市县联动指挥部")
    (True, False)
    """
    return bool(PLACE.match(line)) and line[0] not in _LEVELS


_LEVELS = "省市县区旗州盟"
_ALIAS = re.compile(r"[（(][^（）()]{1,8}[）)]$")  # 领导小组（指挥部）: the body's other name
_GROUP = re.compile(r"(?:小组|组|指挥部|专班)$")  # a working group's name, not another body (某集团有限公司)


def _stray_stop(first: str, second: str) -> bool:
    """Whether ``first`` is the head of a signer's name ended by a stray 。 and ``second``
    its tail: the head opens with a place and names no body, the tail is a body without a place."""
    head, tail = first.removesuffix("。"), _ALIAS.sub("", second)
    return (head != first and _may_sign(head) and bool(PLACE.match(head)) and not ends_with_body(head)
            and ends_with_body(tail) and not PLACE.match(tail))


def _may_sign(line: str) -> bool:
    """A line that may hold part of a signer's name: short, unpunctuated, and neither a
    provision nor the closing formula (特此通告)."""
    return (
        0 < len(line) <= _SIGNATURE_LINE
        and not _PUNCTUATED.search(line)
        and not match_marker(line)
        and not CLOSING_FORMULA.match(line)
        and not SIGNATURE_DATE.match(line)  # a signature's tail printed again after its date
    )


def split_pasted_lines(text: str) -> str:
    """Break a whole text pasted on one line at the spaces left where its lines ended:
    after a sentence or a title, before a provision, the signature date, a note or a
    list of other articles.

    >>> split_pasted_lines("现通知如下： " + "第一，严格管理。" * 30 + " 第二，加强审批。")[:11]
    '现通知如下：\\n第一，严'
    >>> split_pasted_lines("各乡镇：   经研究决定，启动一级响应。   各单位要严格落实。")
    '各乡镇：\\n经研究决定，启动一级响应。\\n各单位要严格落实。'
    >>> split_pasted_lines("关于加强防控的通告 为做好防控，" + "现通告如下，" * 40 + " 一、暂停营业。 某区指挥部 2020年1月28日").split("\\n")[::2]
    ['关于加强防控的通告', '一、暂停营业。', '2020年1月28日']
    >>> split_pasted_lines("现通告如下： 一、检测对象 在全县工作、生活的所有人" + "，" * 200 + "。 二、采样地点 各村卫生室。").split("\\n")[1::2]
    ['一、检测对象', '二、采样地点']
    """
    text = _INDENT_BREAK.sub("\\1\n", text)
    return "\n".join(_split_pasted(line) if len(line) >= PASTED_LINE and _SPACE_BREAK.search(line) else line for line in text.split("\n"))


@lru_cache(maxsize=1)
def _line_openers() -> re.Pattern:
    """Spaces before what starts a line of a notice, and what starts the page after it."""
    trailer = rules().trailer.pattern.removeprefix("^")
    return re.compile(
        rf"[ \u3000]+(?={marker_source(*LEVELS, 'circled')}"
        rf"|\d{{4}}年\d{{1,2}}月\d{{1,2}}日|[（(]此件|【(?:编辑|责编|责任编辑)|关于[^ \u3000。]{{2,60}}?(?:通知|通告|公告)[ \u3000]|{trailer})"
    )


# The signature's date is a line of its own: what a space parts from it (the page's
# footer, a separator) starts another.
_DATE_LINE = re.compile(r"^(\d{4}年\d{1,2}月\d{1,2}日)[ \u3000]+(?=\S)", re.M)


# A provision's label is a line of its own (一、检测对象 / 在全县工作的所有人…): a space after a
# numbered label, short and unpunctuated, is where its line ended. A label names; it gives
# no order (一、各乡镇要严格落实 “四早”要求 is a sentence: 要求, 要点, 须知, 应急 are names).
_ORDER = r"要(?![求点])|须(?!知)|应(?![急对用])|不得|严禁|禁止|必须"


@lru_cache(maxsize=1)
def _label_line() -> re.Pattern:
    return re.compile(rf"^((?:{marker_source(*LEVELS)})(?:(?!{_ORDER})[\u4e00-\u9fff]){{2,12}})[ \u3000]+(?=[^\s。，；：、！？,.;:!?])", re.M)


def _split_pasted(line: str) -> str:
    lines = _DATE_LINE.sub("\\1\n", _line_openers().sub("\n", _SPACE_BREAK.sub("\\1\n", line)))
    return _label_line().sub("\\1\n", lines)


def _run_breaks(line: str, items: re.Pattern) -> list[int]:
    """Where items numbered 1, 2, 3 … run together in a line: each run from 1 counting
    up by one, with at least two items, up to the next item 1 (the lists of several
    sections on one line: （一）…1.…2.…（二）…1.…); a lone number is a number, not a list."""
    found = [
        (m.start(), ordinal(m.group("n")))
        for m in items.finditer(line)
        if m.group("n") and _runs_on(line, m.start())
    ]
    if len(found) < 2:
        return []  # (most lines: a run has two items at least)
    breaks: list[int] = []
    starts = [k for k, (_, n) in enumerate(found) if n == 1] + [len(found)]
    for k, following in zip(starts, starts[1:]):
        run, want = [found[k][0]], 2
        for later, n in found[k + 1 : following]:
            if n == want:
                run.append(later)
                want += 1
        if len(run) >= 2:
            breaks += run
    return breaks


_OPENING_ITEM = re.compile(r"[（(]一[）)]")
_SECOND_ITEM = re.compile(r"^\s*[（(]二[）)]")


def _first_of_next_lines(lines: list[str], k: int) -> set[int]:
    """Where item （一） runs into the text of line k while its list goes on at the start
    of a later line (…区(19个)(一)芦淞区(7个)…, then a line （二）荷塘区…)."""
    m = _OPENING_ITEM.search(lines[k])
    if not m or not _runs_on(lines[k], m.start()):
        return set()
    return {m.start()} if any(_SECOND_ITEM.match(line) for line in lines[k + 1 :]) else set()


def split_run_items(text: str) -> str:
    """Start a paragraph at each item run together with the text before it.

    >>> split_run_items("一、省界入口1.实施劝返。2.严格登记。")
    '一、省界入口\\n1.实施劝返。\\n2.严格登记。'
    >>> split_run_items("面积增加1.5倍，共2.3万人。")
    '面积增加1.5倍，共2.3万人。'
    >>> split_run_items("由所在地政府组织实施。特此通告。")
    '由所在地政府组织实施。\\n特此通告。'
    >>> split_run_items("调整为低风险地区。特此通告。某市指挥部2022年4月20日")
    '调整为低风险地区。\\n特此通告。\\n某市指挥部2022年4月20日'
    >>> split_run_items("四、现有高风险区(4个)(一)甲区(2个) 1.乙街道2.丙小区(二)乙区(2个)1.丁村2.戊村").split("\\n")
    ['四、现有高风险区(4个)', '(一)甲区(2个) ', '1.乙街道', '2.丙小区', '(二)乙区(2个)', '1.丁村', '2.戊村']
    >>> split_run_items("四、现有高风险区(3个)(一)甲区(2个)1.乙街道2.丙小区\\n(二)乙区(1个)丁村").split("\\n")[:2]
    ['四、现有高风险区(3个)', '(一)甲区(2个)']
    >>> split_run_items("按第（一）项执行，（二）类人员除外。")
    '按第（一）项执行，（二）类人员除外。'
    >>> split_run_items("区指挥部决定，现将有关情况通告如下：自10月12日24时起，解除某商场临时管控措施。")
    '区指挥部决定，现将有关情况通告如下：\\n自10月12日24时起，解除某商场临时管控措施。'
    """
    for pattern in _ITEM_BREAKS:
        text = pattern.sub("\\1\n", text)
    out = []
    lines = text.split("\n")
    for k, line in enumerate(lines):
        cuts = [0, *sorted({b for items in _RUN_ITEMS for b in _run_breaks(line, items)} | _first_of_next_lines(lines, k)),
                len(line)]
        out.append("\n".join(line[a:b] for a, b in zip(cuts, cuts[1:])) if len(cuts) > 2 else line)
    # What a lead-in announces, when no item opens it (…现将有关情况通告如下：自10月12日24时起，解除…): the preamble's
    # formula ends its paragraph whatever follows it on the line (no adjudicated paragraph goes on after 如下：).
    return _ANNOUNCED.sub("\\1\n", "\n".join(out))


_ANNOUNCED = re.compile(r"(如下[ \u3000]*[：:])[ \u3000]*(?=[^\s：:])")


# Fields of a form (消杀时间：…, 消杀范围：…) pasted on one line, a space before each label.
_FIELD = r"[\u4e00-\u9fff]{2,6}[：:]"
_FIELDS_LINE = re.compile(rf"^{_FIELD}.*[ \u3000]{_FIELD}", re.M)
_SPACE_BEFORE_FIELD = re.compile(rf"(?<=\S)[ \u3000]+(?={_FIELD})")


def split_spaced_fields(text: str) -> str:
    """Start a line at each field of a form that a copy ran onto the line of the one before.

    >>> split_spaced_fields("检测时间：3月1日8时-18时 检测地点：各村卫生室。 注意事项：\\n1.戴口罩。").split("\\n")
    ['检测时间：3月1日8时-18时', '检测地点：各村卫生室。', '注意事项：', '1.戴口罩。']
    >>> split_spaced_fields("为做好防控，现通知如下： 一、暂停营业。")
    '为做好防控，现通知如下： 一、暂停营业。'
    """
    if not _FIELDS_LINE.search(text):
        return text
    return "\n".join(_SPACE_BEFORE_FIELD.sub("\n", line) if _FIELDS_LINE.match(line) else line for line in text.split("\n"))


# A label alone after its marker: short, no sentence or clause inside.
_LABEL = re.compile(r"[^。；;！？!?，,：:]{2,30}")
_LABEL_WORD = 2  # the noun the labels of one level end with: …所有入口


def split_run_label(text: str) -> str:
    """Start the text of a provision on a line of its own when its label ran into it:
    the other provisions of its level are labels alone on their lines, ending in the
    same noun, and this one's label ends in that noun too, which its text then restates.

    >>> split_run_label("一、高速公路所有入口\\n1.劝返。\\n二、国道所有入口\\n1.登记。\\n三、村道所有省界入口全市村道入口严格管控。").split("\\n")[-2:]
    ['三、村道所有省界入口', '全市村道入口严格管控。']
    >>> split_run_label("一、加强社区管理\\n二、加强交通管理\\n三、做好人员管理工作，确保安全。").split("\\n")[-1]
    '三、做好人员管理工作，确保安全。'
    """
    lines = text.split("\n")
    items: dict[str, list[tuple[int, int]]] = {}
    for k, line in enumerate(lines):
        found = match_marker(line)
        if found:
            items.setdefault(found[0], []).append((k, found[2].end()))
    for level in items.values():
        labels = [lines[k][end:].strip() for k, end in level if _LABEL.fullmatch(lines[k][end:].strip())]
        ending = labels[0][-_LABEL_WORD:] if len(labels) >= 2 else None
        if not ending or any(not label.endswith(ending) for label in labels):
            continue
        for k, end in level:
            rest = lines[k][end:]
            cut = rest.find(ending) + len(ending)
            if (cut >= len(ending) and _LABEL.fullmatch(rest[:cut].strip()) and ending in rest[cut:]
                    and _PUNCTUATED.search(rest[cut:])):
                lines[k] = lines[k][:end] + rest[:cut] + "\n" + rest[cut:]
    return "\n".join(lines)


# A reporter's frame run into the notice's first sentence: 记者从某市指挥部获悉，根据…
# (adjudication Q8: the notice's own words start after it).
_LEARNED = re.compile(r"^(?:(?:本报|本台|新华社|央视)?(?:记者|采访人员)[^，,。]{0,12}?)从[^。，,]{2,60}?(?:获悉|了解到|得知)\s*[，,]\s*")


@lru_cache(maxsize=1)
def _glued_lead() -> re.Pattern:
    """A reposter's lead opening a line (``…2月24日发布通告，``) and ending at the comma
    (or colon) after the notice it names."""
    return re.compile(rf"^[^。，,]{{0,40}}?(?:{rules().lead.pattern})[，,：:][ \u3000]*(?=\S)")


def split_lead_from_preamble(text: str) -> str:
    """Start the notice's preamble on a line of its own when a repost ran the lead that
    names the notice into it; the preamble is the rest of the line up to its ``如下：``.
    So does the notice's own decision run on after the lead (…发布通告，决定…). A lead
    that goes on in the reporter's words keeps them.

    >>> split_lead_from_preamble("某市指挥部2月24日发布通告，为加强检测，现将有关事项通告如下：")
    '某市指挥部2月24日发布通告，\\n为加强检测，现将有关事项通告如下：'
    >>> split_lead_from_preamble("27日晚，某市办公室发布通告，在全市开展筛查。")
    '27日晚，某市办公室发布通告，在全市开展筛查。'
    >>> split_lead_from_preamble("3日上午，某县指挥部发布《关于暂停营业的通告》，决定即日起暂停营业。")
    '3日上午，某县指挥部发布《关于暂停营业的通告》，\\n决定即日起暂停营业。'
    >>> split_lead_from_preamble("10月30日，某区指挥部发布关于恢复常态化防控的通告，根据当前形势，经区指挥部研判，决定自31日起解除管控。")
    '10月30日，某区指挥部发布关于恢复常态化防控的通告，\\n根据当前形势，经区指挥部研判，决定自31日起解除管控。'
    >>> split_lead_from_preamble("5日，某县指挥部发布通告，根据疫情形势，该县部分区域解除管控。")  # no voice of the issuer: the reporter's
    '5日，某县指挥部发布通告，根据疫情形势，该县部分区域解除管控。'
    >>> split_lead_from_preamble("14日电，某市指挥部发布6号通告，全文如下：")
    '14日电，某市指挥部发布6号通告，全文如下：'
    >>> split_lead_from_preamble("某市办公室发布消息：根据方案要求，解除管控。")
    '某市办公室发布消息：\\n根据方案要求，解除管控。'
    >>> split_lead_from_preamble("记者从某市指挥部获悉，根据疫情形势，自3月14日起划定封控区。")
    '根据疫情形势，自3月14日起划定封控区。'

    A lead that quotes the notice on the line it shares with it (…称， or a colon) ends there, whatever
    sources it names first; the notice's words, from its opening (根据…, 为…), are a line of their own.

    >>> split_lead_from_preamble("某网了解到，据某某公众号消息，某市指挥部3日发布公告称，根据防控需要，从1月3日起暂停公交运营。")
    '某网了解到，据某某公众号消息，某市指挥部3日发布公告称，\\n根据防控需要，从1月3日起暂停公交运营。'
    >>> split_lead_from_preamble("昨日，某县领导小组发出紧急通知：为阻断传播，即日起关闭农贸市场。")
    '昨日，某县领导小组发出紧急通知：\\n为阻断传播，即日起关闭农贸市场。'
    >>> split_lead_from_preamble("根据《关于做好防控工作的通知》：为做好防控，各单位暂停营业。")  # no lead: the notice's own words
    '根据《关于做好防控工作的通知》：为做好防控，各单位暂停营业。'
    >>> split_lead_from_preamble("5日，某区指挥部发布通告称，该区部分区域划为中风险区。")  # the reporter's own summary
    '5日，某区指挥部发布通告称，该区部分区域划为中风险区。'
    """
    if not any(word in text for word in ("发布", "发出", "如下", "获悉", "据")):
        return text
    lines = "\n".join(_split_framed_sentence(line) for line in text.split("\n")).split("\n")
    for k, line in enumerate(lines):
        learned = _LEARNED.match(line)
        if learned and rules().opening.match(line[learned.end():]):
            line = line[learned.end():]  # the reporter's frame goes; the notice's words stay
        # (each cut sees the line as the one before left it: a lead cut off by the first may still
        # hold the colon the second cuts at)
        for lead_end in (_glued_lead_end, _announcing_lead_end, _quoting_lead_end):
            end = lead_end(line)
            if end is not None:
                line = line[:end].rstrip() + "\n" + line[end:].lstrip()
        lines[k] = line
    return "\n".join(lines)


def _glued_lead_end(line: str) -> int | None:
    """Where a lead naming the notice (…发布通告，) ends, when the notice's preamble, its decision or its
    first numbered provision (…发布《关于…的通告》，一、对部分镇实施静态管理：…) runs on after it; a
    全文如下： after the lead is the reposter's too."""
    lead = ("发布" in line or "发出" in line) and _glued_lead().match(line)
    if not lead:
        return None
    rest = line[lead.end():]
    # (or the notice's opening in the issuer's own voice up to its decision, …发布关于…的通告，根据…，经区指挥部综合
    # 研判，决定…, not a reporter's summary of it, …发布通告，鉴于…，经综合分析研判，某县全县继续实行…: a news
    # page's lead, held-out 73 ma09)
    opens = (rules().preamble.search(line) or rules().decision.match(rest) or match_marker(rest)
             or (rules().opening.match(rest) and OWN_VOICE.search(rest) and "决定" in rest))
    if opens and not rules().preamble.search(lead.group()) and not rules().lead_preamble.search(line):
        return lead.end()
    return None


def _announcing_lead_end(line: str) -> int | None:
    """Where a lead announcing the text after it (…发布消息：, 全文如下：) ends, when text follows."""
    announced = _announcing_lead().match(line)
    return announced.end() if announced and announced.end() < len(line) else None


def _quoting_lead_end(line: str) -> int | None:
    """Where a lead quoting the notice (…发布公告称，) ends, when the notice's opening words follow; the
    words before the quote name a publishing, so the notice's own 根据《…通知》： is no lead."""
    quoting = _quoting_lead().match(line)
    if quoting and rules().lead.search(quoting.group()) and rules().opening.match(line[quoting.end():].lstrip()):
        return quoting.end()
    return None


@lru_cache(maxsize=1)
def _quoting_lead() -> re.Pattern:
    """A reposter's lead that quotes the notice on its own line: up to the notice it names and
    the 称， or colon that opens the quotation (…指挥部3日发布公告称，根据…), however many
    sources it passes through on the way (…了解到，据…消息，…)."""
    return re.compile(r"^[^。\n]{0,160}?(?:通告|通知|公告|》)(?:称\s*[，,：:]|\s*[：:])")


def _split_framed_sentence(line: str) -> str:
    """A reporter's sentence run into the frame that quotes the notice's opening words (…一区域解除
    封控管控。据某指挥部发布通告称，根据…): the frame and the notice's words start a line of their own.

    >>> _split_framed_sentence("2月14日零时起，某区一区域解除封控。据某区指挥部发布通告称，根据当前形势，调整如下：")
    '2月14日零时起，某区一区域解除封控。\\n据某区指挥部发布通告称，根据当前形势，调整如下：'
    >>> _split_framed_sentence("某区解除封控。据了解，居民可正常出行。")  # the reporter goes on in his words
    '某区解除封控。据了解，居民可正常出行。'
    """
    for end in (m.end() for m in re.finditer("。", line[:-1])):
        frame, rest = without_frame(line[end:])
        if frame and rules().opening.match(rest):
            return line[:end] + "\n" + line[end:]
    return line


@lru_cache(maxsize=1)
def _announcing_lead() -> re.Pattern:
    """A lead announcing the text that follows it (…发布消息：, 全文如下：), opening a line."""
    return re.compile(rf"^[^。\n]{{0,80}}?(?:{rules().lead_preamble.pattern.removesuffix('$')})")
