"""Patterns for the numbering of provisions and other line-level furniture.

Shared by the cleaner (a numbered provision starts a paragraph) and by
``extract.structure`` (which turns the numbering into measure paths).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import cn2an

# The formal numerals (大写: 壹、贰、…) number a notice's provisions as 一、二、 do; a converter to the
# traditional script prints 一 as 壹 (`壹、高風險區` over `二、中風險區`, held-out 57 lk01, 119 nu04).
CN_DIGITS = "一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾"

# Numbers a word processor sets as one character: ⑴ … ⒇ for (1) … (20), ⒈ … ⒛ for 1. … 20.
PAREN_DIGITS = "".join(map(chr, range(0x2474, 0x2488)))
STOP_DIGITS = "".join(map(chr, range(0x2488, 0x249C)))

# Each level of numbering, outermost first, as the guide lists them. The group
# "n" (or "n2", "n3" in another form of the same style) holds the ordinal as printed.
# A space may slip in inside a marker (一 、, （ 一 ）, 4 .企业…), as copies of PDFs have it.
# 第一，/第一条 is a style of its own: at the top of a notice it counts like 一、 (the
# guide), and under 一、 (一、… 第一，…) it is the level below.
# The next numeral after 一、 … 八、, read where it follows its predecessor: a count, not a text.
_COUNTING_ON = "|".join(f"(?<={a}、){b}" for a, b in zip("一二三四五六七八", "二三四五六七八九"))
LEVEL_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("cn_ordinal", re.compile(rf"第(?P<n>[{CN_DIGITS}]+)(?:[、，,：:]|条\s*)")),
    # 二。 is 二、 typed with a Chinese full stop, as spun and machine-translated copies print it.
    # 一、 with the next numeral and a counter after it is a list of numbers, not a marker (学生：一、二年级学生…；
    # 三、四年级…, 四、五、六年级, 三、四级实验室, 一、二类街道); 二、一年级… stays item 2.
    ("cn", re.compile(rf"(?P<n>[{CN_DIGITS}]+) ?(?:、(?!(?:{_COUNTING_ON})(?:、|年级|级|批|期|类))|。(?=\S))")),
    # 一） with its opening bracket left out is （一）.
    ("cn_paren", re.compile(rf"[（(] ?(?P<n>[{CN_DIGITS}]+) ?[）)]|(?P<n2>[{CN_DIGITS}]+)[）)]")),
    # 1。 is 1. typed with a Chinese full stop (never a decimal); a sentence ending in a
    # number (电话：12345。) ends the line or is no run of items. A digit after the
    # stop is a decimal, unless it opens a date or a time (1.4月2日6时起，…, 1.08:00至12:00 … are item 1).
    ("arabic", re.compile(rf"(?P<n>\d{{1,3}})(?: ?[.．](?:(?!\d)|(?=\d{{1,2}}月\d{{1,2}}日|\d{{1,2}}[:：]\d{{2}}))|、|。(?=\S))|(?P<n2>[{STOP_DIGITS}])")),
    # 1） and 1) are （1） with the opening bracket left out.
    ("arabic_paren", re.compile(rf"[（(] ?(?P<n>\d{{1,3}}) ?[）)]|(?P<n2>\d{{1,3}})[）)]|(?P<n3>[{PAREN_DIGITS}])")),
)
LEVELS = tuple(style for style, _ in LEVEL_PATTERNS)
# What every marker opens with, besides a digit (``\d``, which is what str.isdecimal
# accepts): most lines are ruled out by one test instead of a pattern per level.
OPENERS = "第（(" + CN_DIGITS + PAREN_DIGITS + STOP_DIGITS
_OPENERS = frozenset(OPENERS)
# Circled numbers number items inside a provision (①…②…), never a provision's own line.
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ITEM_ONLY = {"circled": f"[{CIRCLED}]"}

# A unit or measure word that goes on with the number before it (`3` / `月15日`, `5 月 13 日`,
# `75 %`): the unit, then a digit, a space or the end. An item's text may open with the same
# character as a word (个人防护, 人员管控, 时间安排, 户外活动), which a character follows.
CONTINUES_NUMBER = re.compile(r"[年月日号时点分秒天周个名人次例户家间层栋岁米元%％](?:\d|\s|$)")

# An item number printed on a line of its own, as WeChat posts set them over the item's label
# (`1` / `8月1日起，…`, `01`, `（1）`, `一`, `①`, `第一条`), as (style group, numeral group).
# The style groups keep apart numbers counted in different styles; a bare `1` is no
# item's number by itself (a page counter, a count, a view count), only in a run (layout).
BARE_MARKER = re.compile(
    rf"\s*(?:(?P<digit>\d{{1,2}})|[（(](?P<paren>\d{{1,2}})[）)]|(?P<cn>[{CN_DIGITS}]{{1,3}})"
    rf"|[（(](?P<cn_paren>[{CN_DIGITS}]{{1,3}})[）)]|(?P<circled>[{CIRCLED}])|第(?P<cn_ordinal>[{CN_DIGITS}]{{1,3}})条?)\s*"
)


def marker_source(*styles: str) -> str:
    """The markers of the given styles (of ``LEVEL_PATTERNS``, or ``circled``) as one
    regex alternation without groups, for a pattern that finds a marker inside a larger
    one: a line break before an item run into the sentence before it, a Markdown heading
    around a provision.

    >>> re.fullmatch(marker_source("cn_ordinal", "circled"), "第二，") is not None
    True
    """
    levels = dict(LEVEL_PATTERNS)
    sources = [_ITEM_ONLY[s] if s in _ITEM_ONLY else re.sub(r"\(\?P<\w+>", "(?:", levels[s].pattern) for s in styles]
    return "|".join(f"(?:{source})" for source in sources)

# A document number (发文字号): issuer abbreviation, bracketed year, serial and 号:
# 渝肺炎组办发〔2021〕22号, 国办发明电[2021]1号, 国卫办疾控函（2020）120号. Nothing
# marks where the abbreviation starts in running text, so "issuer" may take in
# words before it; extract.references trims them.
DOC_NUMBER = re.compile(
    r"(?P<issuer>[\u4e00-\u9fffA-Za-z]{1,16})\s*[〔﹝\[［【（(]\s*(?P<year>(?:19|20)\d{2})\s*[〕﹞\]］】）)]"
    r"\s*第?\s*(?P<number>\d{1,5})\s*号"
)

# A year in the brackets of a document number: 〔2021〕, ﹝2021﹞ (the small brackets), [2021], （2020）.
BRACKETED_YEAR = re.compile(r"[〔﹝\[［【（(]\s*((?:19|20)\d{2})\s*[〕﹞\]］】）)]")

# A line that is only a kind of area (封控区, 中风险地区（3个）), unnumbered: the label of a
# section over the numbered list of its areas, not a title (the cleaner) and a level of
# its own when such labels head the lists of a notice (extract.structure). The label may put
# the areas under the list into the kind (`以下区域调整为高风险区（6个）`, `下列区域为封控区`,
# `中风险区调整为低风险区（5个）`, `调整为低风险区的区域`, held-out 101 nc05, 88 mp05, 93 mu05).
_AREA_KIND = r"(?:[高中低]风险(?:地)?区|封控区|管控区|防范区)(?:域)?"
AREA_KIND_LABEL = re.compile(
    rf"(?:(?:(?:以下|下列)(?:区域|地区)?|{_AREA_KIND})?(?:调整|降|升|划定)?为)?{_AREA_KIND}(?:的区域)?"
    r"(?:[（(][^）)]{0,10}[）)])?[：:]?")

# The heading of an attached page, a line of its own: 附件, 附件2, 附件：
# A page prints its own day with any separator (2022-03-01, 2022/3/1, 2022.3.1, 2022年3月1日) and
# its clock time after it; one home for both, so every stamp pattern reads the same shapes.
PAGE_DAY = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
CLOCK = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
ATTACHMENT_HEADING = re.compile(r"附件\s*\d*\s*[：:]?")

PAGE_NUMBER = re.compile(
    r"^\s*(?:[—－–\-]+\s*\d{1,4}\s*[—－–\-]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})\s*$"
)


@lru_cache(maxsize=1024)  # a few dozen numerals number every notice; cn2an checks each at length
def ordinal(numeral: str) -> int:
    """The value of an ordinal written in Arabic or Chinese digits."""
    if numeral.isdecimal():
        return int(numeral)
    if len(numeral) == 1 and numeral.isnumeric() and numeral not in CN_DIGITS:  # ⑴, ⒈, ①
        return int(unicodedata.numeric(numeral))
    return int(cn2an.cn2an(numeral, "normal"))


def match_marker(text: str, pos: int = 0) -> tuple[str, int, re.Match] | None:
    """The numbering marker at ``pos``, as (style, ordinal, match), or None.

    >>> match_marker("（三）进一步加强")[:2]
    ('cn_paren', 3)
    >>> match_marker("12.加强隔离")[:2]
    ('arabic', 12)
    >>> match_marker("12.5%的床位") is None, match_marker("1.4月2日6时起，有序流动")[:2]
    (True, ('arabic', 1))
    >>> match_marker("2。再生资源回收站点继续暂停营业。")[:2], match_marker("4 .企业落实主体责任。")[:2]
    (('arabic', 2), ('arabic', 4))
    >>> match_marker("第一时间送到医院") is None
    True
    >>> match_marker("一、二年级学生3月1日返校") is None, match_marker("二、一年级新生报到")[:2]
    (True, ('cn', 2))
    >>> match_marker("壹、调整为高风险区")[:2], match_marker("贰、中风险区")[:2]
    (('cn', 1), ('cn', 2))
    >>> [match_marker(m)[:2] for m in ("1）室内", "⑵室外", "二）关闭", "（ 三 ）停止", "⒋其他")]
    [('arabic_paren', 1), ('arabic_paren', 2), ('cn_paren', 2), ('cn_paren', 3), ('arabic', 4)]
    """
    first = text[pos : pos + 1]
    if first not in _OPENERS and not first.isdecimal():
        return None
    for style, pattern in LEVEL_PATTERNS:
        m = pattern.match(text, pos)
        if m:
            return style, ordinal(m.group(m.lastgroup)), m
    return None
