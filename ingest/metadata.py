"""Pull a notice's metadata from its clean paragraphs: the head block and the signature.

A notice opens with a title (often over two lines), its document number
(发文字号), and the line of addressees (主送机关) ending in a colon; it closes
with the issuing body (发文机关署名) and the date (成文日期). Web copies run the
head block together and may repeat it, which ``split_head`` undoes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import cn2an

from .chrome import (
    BRACKETED_NUMBER, DATE_AFTER_TITLE, FARM_ARROWS, ISSUING_PLACE, NUMBER_LINE, NUMERIC_DATE, PLACE, SIGNATURE_DATE, SPAM_BRAND, TITLE_PREFIX, colon_title, ends_with_body, has_news_signs,
    issuer_over_about, names_addressees, poster_line, rules, split_addressees, spun_repeat,
)
from .kinds import AFTER_BODY, CLOSING_FORMULA, KIND, KIND_AFTER_BODY, names_kind
from .layout import complete_title
from .markers import AREA_KIND_LABEL, ATTACHMENT_HEADING, BRACKETED_YEAR, CLOCK, DOC_NUMBER, PAGE_DAY, match_marker

# The 日 may be cut off the end of a page (2021年11月11).
# A date may close with its weekday: 2022年3月1日（星期二）.
_CN_DATE = re.compile(r"^([〇○零一二三四五六七八九\d]{4})年([一二三四五六七八九十\d]{1,3})月([一二三四五六七八九十\d]{1,3})日?(?:[（(](?:星期|周)[一二三四五六日天][）)])?(?:\d{1,2}[时点](?:\d{1,2}分)?)?$")
# A seal's note after the signing body, whatever the seal: （代章）, （盖章）, （借章）, （印章）, （章）.
# What follows the signing body's name on its line: its seal (（章）, (借章)), or a temple's closing word
# (某寺常住 宣, 某寺常住 白: it announces, it states; held-out 214 rl07, rl09, two temples).
_STAMP = re.compile(r"[（(][\u4e00-\u9fff]{0,2}章[）)]\s*$|(?<=常住)\s+谨?[宣白]\s*$")
_TITLE_END = re.compile(KIND)  # a kind named anywhere in a line
_KIND_NEXT = re.compile(KIND_AFTER_BODY)
_PAPER = r"[\u4e00-\u9fff]{2,6}(?:日报|晚报|晨报|商报|时报|都市报)"
# A paper's byline (某某日报记者, 某某日报讯, through its site's and app's names: 某某晚报安徽网大皖新闻讯),
# or its credit closing a paragraph: （北京日报）.
_NEWSPAPER = re.compile(rf"({_PAPER})(?:\s*[\u4e00-\u9fff]{{1,6}}?(?:网|新闻))*\s*(?:记者|讯|社)|[（(]({_PAPER})[）)]")
# A news outlet's dateline opening a paragraph: its name (an agency, a site or a station: …社, …网, …台), the place
# and day it files from (新华社昆明9月21日电, 新华网呼和浩特11月4日电), or its 讯 (某某新闻网讯).
# (its day before 讯 as well as before 电: 某某网2月24日讯; held-out 251 sw06, 209 rg09)
_AGENCY = re.compile(r"(?:^|(?<=[\s（(【]))(?!据|本)([\u4e00-\u9fff]{1,8}?(?:社|网|台))(?:[\u4e00-\u9fff]{0,8}(?P<month>\d{1,2})月(?P<day>\d{1,2})日[电讯]|讯)", re.M)
_ADDRESSEE_MAX = 150
# The masthead is the issuing body's name followed by 文件 (GB/T 9704).
MASTHEAD_SUFFIX = "文件"
_REPEATED = re.compile(r"(.+?)\1+", re.DOTALL)


# A document number whose year a copy dropped, its brackets left empty: 某防告〔〕2号 (the
# same copies print 年1月4日 for 2021年1月4日).
_YEARLESS_NUMBER = re.compile(r"(?P<issuer>[\u4e00-\u9fff]{1,16})[〔\[［]\s*[〕\]］]\s*第?\s*(?P<number>\d{1,5})\s*号")


# A title naming its kind with its number run into its end: 某县指挥部关于…的通告第3号.
_GLUED_NUMBER = re.compile(rf"(?P<title>.{{3,}}?{KIND})\s*(?P<number>(?:〔\d{{4}}〕|\d{{4}}年)?第\s*\d{{1,4}}\s*号)")

# A number printed inside the title, before the kind it names: 某区指挥部2022年72号通告,
# 某市疫情防控2022年第52号通告, or opening the title's last line (某区 / 某指挥部 /
# 2022年72号通告); the title is given without it.
_NUMBER_IN_TITLE = re.compile(rf"(?P<before>[\u4e00-\u9fff（）()]{{0,40}}?)(?P<number>\d{{4}}年第?\d{{1,4}}号)(?P<kind>{KIND})")

# The number under the title run into the opening of the text: （2022年第47号）根据….
_NUMBER_OPENING = re.compile(r"[（(]\s*(?P<n>(?:\d{4}\s*年\s*)?第?\s*\d{1,4}\s*号)\s*[）)](?=\S)")

# A masthead, its number and the title run together on one line, as a paste joins them:
# 某州…指挥部通告（第40号）关于调整…的通告.
_MASTHEAD_RUN_ON = re.compile(rf"(?P<masthead>[\u4e00-\u9fff（）()]{{4,60}}?{KIND_AFTER_BODY})\s*[（(](?P<number>{BRACKETED_NUMBER})[）)]\s*(?P<title>关于.{{4,80}}{KIND})")

# A title (its words perhaps spaced) and the addressee line after a space, run together: 某县指挥部
# 关于…的通告 各乡镇，县级各部门：
_TITLE_OVER_ADDRESSEES = re.compile(rf"(?P<title>[^，,。；：:、《》]{{6,100}}?{KIND})(?P<gap>\s*)(?P<addressees>[^\s，,][^。；]{{1,150}}[：:])")

# An issuer's abbreviation before its number (介防办通告, 泸县防指函, 某疫防指告): a few characters, the kind
# at their end, no 关于 and no whole body's name before the kind (某县指挥部通告 is a title).
_ABBREVIATED = re.compile(rf"(?!.*关于)(?![\u4e00-\u9fff]*(?:指挥部|办公室|委员会|政府|领导小组))[\u4e00-\u9fff]{{1,5}}{KIND}")
# A serial in bare numerals on a line of its own under the title: （十五）.
_SERIAL_LINE = re.compile(r"[（(](?P<n>[一二三四五六七八九十百]{1,4})(?P<order>)[）)]")


@dataclass
class Head:
    title: str | None = None
    doc_number: str | None = None
    addressees: list[str] | None = None
    masthead: str | None = None  # the issuing body named by the masthead (发文机关标志: …文件, or …指挥部 / 通告 over the title)
    headline: str | None = None  # a line over the text naming no kind of document: not the title
    page_title: str | None = None  # the page's own title for the notice, with its number
    date: str | None = None  # a date printed under the title, ISO
    # The head block as it stands in the text, so a scrape's repeats of it can be cut out.
    parts: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)


# A year in Chinese numerals is read digit by digit (二〇二一), not as a number.
_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def iso_date(text: str) -> str | None:
    """``2021年1月25日`` or ``二〇二一年一月二十五日`` as ``2021-01-25``.

    >>> iso_date("二〇二一年一月二十五日"), iso_date("2021 年 11 月 3 日"), iso_date("近期")
    ('2021-01-25', '2021-11-03', None)
    >>> iso_date("2022年3月1日（星期二）"), iso_date("2022.3.1"), iso_date("2022-03-01")
    ('2022-03-01', '2022-03-01', '2022-03-01')
    """
    text = re.sub(r"\s", "", text)
    m = _CN_DATE.match(text) or NUMERIC_DATE.match(text)
    if not m:
        return None
    year = m.group(1).translate(_YEAR_DIGITS)
    month, day = (int(g) if g.isdigit() else int(cn2an.cn2an(g, "normal")) for g in m.group(2, 3))
    return calendar_date(int(year), month, day)


def calendar_date(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD``, or None for a day no calendar has (a typo: 2月30日, 15月3日),
    which is better left out than passed on to fail whatever reads the date.

    >>> calendar_date(2020, 2, 29), calendar_date(2021, 2, 29), calendar_date(2020, 15, 3)
    ('2020-02-29', None, None)
    """
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _is_addressee_line(text: str) -> bool:
    """A line of organisations ending in a colon. A notice without addressees opens
    with a sentence that ends in a colon too: "为…，现将有关事项通知如下：" leads into the body."""
    body = text[:-1]
    return (
        text.endswith(("：", ":"))
        and len(text) <= _ADDRESSEE_MAX
        and not re.search(r"[。；！？]", body)
        and "如下" not in body
        # nor one that ends naming a kind or a decision (紧急通知：, 根据…决定：): a preamble.
        and not rules().preamble.search(text)
        and not rules().opening.match(text)  # nor one opening as a preamble does (根据…, 为…)
        and not rules().part_label.search(text)  # nor a label of a part of the text (返校时间：)
        and bool(body.strip(" ，,、"))  # a colon alone names no one
        and not re.search(r"[（(][^）)]*$", body)  # nor does one inside brackets: （责任单位：…）
        and not match_marker(text)  # nor a numbered item's label over its list: （一）某镇：
        and ("，" in body or "、" in body or "," in body or len(body) <= 30)
    )


# The colon ending a label or an addressee line; not the colon of a time, 14:30.
_COLON = re.compile(r"：|:(?!\d)")
_LABEL_TO_ADDRESSEES = 3  # lines a page's label stands over the addressee line (字号：T|T / 标题 / 各单位：)


def _addressees_below(rest: list[str]) -> int:
    """How many lines stand over the notice's own addressee line when the first line's colon ends a page's label,
    naming no one (字号：T|T, 2024-06-06 浏览：, 点击：加入收藏; held-out 137 om10, 156 pf06, 189 qm01, 149 oy05): a
    whole line naming addressees (全区广大人民群众：) a few lines below, no sentence between. 0 when there is none.

    >>> _addressees_below(["字号：T|T", "全区广大人民群众：", "新年伊始，疫情来袭。"])
    1
    >>> _addressees_below(["各乡镇：", "全区广大人民群众：", "新年伊始，疫情来袭。"]), _addressees_below(["字号：T|T", "新年伊始。", "各单位："])
    (0, 0)
    """
    colon = _COLON.search(rest[0])
    if colon and names_addressees(rest[0][: colon.end()]):
        return 0
    for k in range(1, min(len(rest), _LABEL_TO_ADDRESSEES + 1)):
        if re.search(r"[。；！？]", rest[k]):
            return 0
        if _is_addressee_line(rest[k]) and names_addressees(rest[k]):
            return k
    return 0


def _halve_repeat(text: str) -> str:
    """A scrape may print the title twice or more in a row: one copy of it.

    >>> _halve_repeat("关于加强防控的通知关于加强防控的通知")
    '关于加强防控的通知'
    """
    m = _REPEATED.fullmatch(text)
    return m.group(1) if m else text


def _joined_title(title_lines: list[str]) -> str:
    """The title's lines as one; a line the next one opens with again is a portal's label over the
    title (its place: 某某区 / 某某区2021年…的通告; held-out 210 rh07), not the title's upper line.

    >>> _joined_title(["某某区", "某某区2021年元旦春节期间疫情防控工作通告"]), _joined_title(["某县指挥部", "关于…的通告"])
    ('某某区2021年元旦春节期间疫情防控工作通告', '某县指挥部关于…的通告')
    """
    kept = [t for t, after in zip(title_lines, [*title_lines[1:], ""]) if not (after != t and after.startswith(t))]
    return "".join(dict.fromkeys(kept))


_POST_LABEL_MAX = 8  # a post template's label over its day (疫情防控, 开学时间)


def split_head(paragraphs: list[str], elsewhere: list[str] = ()) -> Head:
    """Separate title, document number and addressees from the body paragraphs (``elsewhere``: the
    page's lines around the notice, which may carry other notices)."""
    head = Head()
    title_lines: list[str] = []
    above: list[str] = []  # lines over the document's own title: a masthead block
    numbered_at = 0  # how many title lines stood before the document number
    rest = list(paragraphs)
    while rest:
        line = rest[0]
        # The bracket rules out most lines before DOC_NUMBER, which opens with the issuer
        # and is tried at every character.
        number = not head.doc_number and (BRACKETED_YEAR.search(line) and DOC_NUMBER.search(line) or _YEARLESS_NUMBER.search(line))
        kind = number and ends_with_body(number["issuer"]) and _KIND_NEXT.match(line, number.end())
        if kind:  # the number printed in the title, run into the text: 某市指挥部〔2021〕第3号通告为…
            title_lines.append(line[: kind.end()])
            rest[0:1] = [line[kind.end():].strip()] if line[kind.end():].strip() else []
            continue
        # (not a number a sentence cites: …，区市出台的某防指电〔2020〕3号、…两个文件要求，…, 根据…某防指发〔2022〕12号要求)
        cited = number and (re.search(r"[，,。；]", line[: number.start()]) or rules().opening.match(line))
        if number and number.start() <= 100 and not re.search(r"[《（(][^》）)]*$", line[: number.start()]) and not cited:
            start = number.start()
            # Glued to the title, the document number's prefix must not swallow the title's end.
            ends = [m.end() for m in _TITLE_END.finditer(line, 0, line.index(number.group()[-1], start))]
            # (not an issuer's abbreviation naming the kind, on the number's line: 某防办通告(2022)27号, 某防指函〔2022〕4号)
            if not _ABBREVIATED.fullmatch(re.sub(r"\s", "", number["issuer"])) or line[:start].strip():
                start = max([e for e in ends if start < e] or [start])
            before, after = line[:start].strip(), line[number.end():].strip()
            head.doc_number = line[start : number.end()].strip()
            if before:
                title_lines.append(before)
            numbered_at = len(title_lines)
            rest[0:1] = [after] if after else []
            continue
        opening = not head.doc_number and title_lines and _NUMBER_OPENING.match(line)
        if opening:
            head.doc_number = re.sub(r"\s", "", opening["n"])
            numbered_at = len(title_lines)
            head.parts.append(opening.group())
            rest[0] = line[opening.end():]
            continue
        run_on = not head.doc_number and not title_lines and _MASTHEAD_RUN_ON.fullmatch(line.strip())
        masthead = run_on and issuer_from_title(run_on["masthead"])
        if masthead:  # the masthead names the issuer, the title is the 关于… after the number
            head.masthead, head.doc_number = masthead, re.sub(r"\s", "", run_on["number"])
            title_lines.append(run_on["title"])
            head.parts.append(line)
            rest.pop(0)
            continue
        inside = not head.doc_number and _NUMBER_IN_TITLE.fullmatch(line.strip())
        if inside and (inside["before"] and not title_lines or not inside["before"] and title_lines):
            title_lines.append(inside["before"] + inside["kind"])
            head.doc_number = inside["number"]
            numbered_at = len(title_lines)
            head.parts.append(line)  # as printed, so that a page repeating it repeats no body text
            rest.pop(0)
            continue
        # The number printed under the title (（第1号）, 2号令), or over it on a line of its
        # own, as a masthead's 文号 stands when the page's masthead is cut off (第23号).
        printed = not head.doc_number and (title_lines or head.parts or len(rest) > 1) and NUMBER_LINE.match(line)
        glued = printed and _GLUED_NUMBER.fullmatch(line)
        if glued:  # the number run into the end of the title, no bracket: 某县指挥部通告第3号
            title_lines.append(glued["title"])
            head.doc_number = re.sub(r"\s", "", glued["number"])
            numbered_at = len(title_lines)
            rest.pop(0)
            continue
        serial = not head.doc_number and title_lines and _SERIAL_LINE.fullmatch(line)
        if serial:  # a serial in bare numerals under the title: （十五）
            printed = serial
        if printed:
            head.doc_number = re.sub(r"\s", "", printed.group("n") or printed.group("order"))
            numbered_at = len(title_lines)
            head.parts.append(line)
            rest.pop(0)
            continue
        if title_lines and not head.date and names_kind(title_lines[-1]) and iso_date(line.strip("（）()")):
            head.date = iso_date(line.strip("（）()"))  # the date printed under the title, (in brackets)
            head.parts.append(line)
            rest.pop(0)
            continue
        if NUMERIC_DATE.match(line.strip()) and not any(names_kind(t) for t in title_lines):
            # a post's label and day over the title (疫情防控 / 2021/8/22 / 某学院关于…, 开学时间 / 2021/8/25 / 某大学…温馨提示;
            # held-out 171 pu02, 184 qh07), under the page's headline (云南大学…入学时间 / 开学时间 / 2021/8/22, 136 ol05):
            # neither is part of a title, and the day may be the term's, not the notice's
            label = title_lines[-1:] if len("".join(title_lines[-1:])) <= _POST_LABEL_MAX else []
            head.parts.extend([*label, line])
            title_lines = title_lines[: len(title_lines) - len(label)]
            rest.pop(0)
            continue
        run_in = _title_run_in(line)
        if run_in and title_lines and names_kind(title_lines[-1]) and not title_lines[-1].endswith(_TITLE_NUMBER.sub("", run_in)):
            run_in = None  # a complete title over it; unless a site's headline repeating it (4月2日某市关于…)
        if run_in:  # a one-line paste ran the title into the text's opening: 关于…的紧急通告为全力做好…
            title_lines.append(run_in)
            rest[0] = line[len(run_in):].lstrip()
            continue
        if title_lines and line[:-1] == title_lines[-1] and line.endswith(("：", ":")):
            head.parts.append(line)  # the title again, with a colon, as a farm prints it over the text
            rest.pop(0)
            continue
        titled = not head.doc_number and not head.addressees and colon_title(line)
        # (a venue's rules may list their items right under it: 游客入园须知： / 1.…)
        if titled and len(rest) > 1 and (not match_marker(rest[1]) or titled.endswith("须知")):  # a title printed with a colon over the text
            title_lines.append(titled)
            head.parts.append(line)
            rest.pop(0)
            continue
        addressed = not head.addressees and _TITLE_OVER_ADDRESSEES.fullmatch(line)
        if (addressed and _is_addressee_line(addressed["addressees"]) and not rules().opening.match(addressed["title"])
                and _names_its_kind(re.sub(r"\s", "", addressed["title"]), None)
                and (addressed["gap"] or names_addressees(addressed["addressees"]))):
            # the title run into its addressee line, a space between (…的通告 各乡镇，县级各部门：), or none
            # where the line names people (…的通告各位父老乡亲、商户：, …的公告亲爱的居民朋友们：; held-out 103 ne04, 96 mx03)
            title_lines.append(re.sub(r"\s", "", addressed["title"]))
            head.parts.append(addressed["title"])
            rest[0] = addressed["addressees"]
            continue
        colon = _COLON.search(line)
        # An untitled notice may open with its addressee line (广大市民朋友们：), over a line of its text.
        untitled = (not head.parts and not title_lines and colon and colon.end() == len(line) and not rules().label.match(line)
                    and len(rest) > 1 and re.search(r"[。！；]|[：:]$", rest[1])
                    and names_addressees(line[: colon.end()]))
        if colon and _is_addressee_line(line[: colon.end()]) and (head.doc_number or title_lines or untitled):
            below = _addressees_below(rest)
            if below:  # a page's label (字号：, 浏览：, 点击：) over the notice's own addressee line: furniture
                head.parts.extend(rest[:below])
                del rest[:below]
                line, colon = rest[0], _COLON.search(rest[0])
            title_lines, poster = _poster_under_title(title_lines)
            head.parts.extend(poster)
            head.addressees = split_addressees(line[: colon.end()])
            head.parts.append(line[: colon.end()])
            remainder = line[colon.end():].strip()
            rest[0:1] = [remainder] if remainder else []
            break
        # No title line holds a sentence, starts with a provision's number or ends in a
        # colon (现通知如下：). (A semicolon after a digit keeps its ASCII form: `…至下午5:00;`.)
        if len(line) > 60 or re.search(r"[。；;]|[：:，,]$", line) or match_marker(line):
            break
        titled = [t for t in title_lines if not t.endswith(MASTHEAD_SUFFIX)]
        if head.doc_number and titled and not names_kind(line) and not re.search(r"关于", line):
            break  # a short first line of the body (a heading) after a complete title
        if head.doc_number and numbered_at and line.startswith("关于"):
            # A masthead (the body's name, the kind, the number) over the document's own title;
            # a line after the number is the title's first (某市…办公室 / 关于…的通知).
            above, title_lines = title_lines[:numbered_at], title_lines[numbered_at:]
            head.parts.extend(above)
            # The masthead names the issuing body before the kind (某州…指挥部 / 通  告 / 第15号).
            head.masthead = issuer_from_title(re.sub(r"\s", "", "".join(above)))
            numbered_at = 0
        title_lines.append(line)
        rest.pop(0)
    masthead = [t for t in above + title_lines if t.endswith(MASTHEAD_SUFFIX)]  # the red "…文件"
    if masthead:
        head.masthead = masthead[0].removesuffix(MASTHEAD_SUFFIX)
        head.parts.extend(t for t in masthead if t not in above)
        title_lines = [t for t in title_lines if t not in masthead]
    if not head.doc_number and not head.addressees:
        # Nothing after the title shows where it ends: it runs to the line naming its
        # kind (…的通知), else it is the first line. The short lines after it are the
        # body's, as they are when the clean text is read again.
        named = [i for i, t in enumerate(title_lines) if _TITLE_END.search(t)]
        keep = named[-1] + 1 if named else 1
        # A kind of area over the first numbered item (封控区 / （一）某镇：…) labels a section.
        if title_lines and not named and AREA_KIND_LABEL.fullmatch(title_lines[-1]) and rest and match_marker(rest[0]):
            keep = len(title_lines) - 1
        poster = _poster_over_text(title_lines[keep:], rest) if named else []
        head.parts.extend(poster)
        rest[0:0] = title_lines[keep + len(poster):]
        title_lines = title_lines[:keep]
    if _section_label(title_lines, elsewhere):
        head.parts.append(title_lines.pop(0))
    headline, title_lines = _own_title(title_lines)
    head.parts.extend(headline)
    if title_lines:
        head.title = _halve_repeat(TITLE_PREFIX.sub("", _joined_title(title_lines)).strip())  # a Markdown mark, a post's #tags#
        head.parts.extend(dict.fromkeys([head.title, *title_lines]))
    if head.doc_number:
        head.parts.append(head.doc_number)
    head.body = rest
    return head


def _section_label(title_lines: list[str], elsewhere: list[str]) -> bool:
    """Whether the title's first line is a place labelling one of the notices a page carries, each under its
    place (大方县 / 关于…的通告, then 纳雍县 / 关于…的通告: held-out 233 se01, 146 ov03), not the issuer's
    name over its own title on a page of one notice (平阴县 / 关于…的公告: 124 nz04, 104 nf09, 170 pt02).

    >>> _section_label(["某县", "关于暂停营业的通告"], ["某某县", "关于关停场所的通告"]), _section_label(["某县", "关于暂停营业的通告"], [])
    (True, False)
    """
    return _placed_title(title_lines[:2]) and _placed_title(elsewhere)


def _placed_title(lines: list[str]) -> bool:
    """Whether the lines hold a place's name alone over a title opening with 关于."""
    return any(ISSUING_PLACE.fullmatch(a) and b.startswith("关于") and names_kind(b) for a, b in zip(lines, lines[1:]))


def _poster_under_title(title_lines: list[str]) -> tuple[list[str], list[str]]:
    """(the title's lines, the lines under it): between a title that names its kind and the
    addressee line, lines that name none are the name a blog post prints under its title (the
    poster's account or column: 某小学致家长一封信 / 某小学 / 各位家长：), not the title's end.

    >>> _poster_under_title(["某小学致家长一封信", "某小学—张三"])
    (['某小学致家长一封信'], ['某小学—张三'])
    >>> _poster_under_title(["关于印发某市防控方案", "的通知"]), _poster_under_title(["某县指挥部"])
    ((['关于印发某市防控方案', '的通知'], []), (['某县指挥部'], []))
    """
    named = [i for i, t in enumerate(title_lines) if _TITLE_END.search(t)]
    keep = named[-1] + 1 if named else len(title_lines)
    return title_lines[:keep], title_lines[keep:]


def _poster_over_text(after_title: list[str], rest: list[str]) -> list[str]:
    """The poster's name a blog post prints under its title when no addressee line follows (某小学告家长书 /
    教育教研 / 2020年寒假，…。): one short line naming no body, over a paragraph of text.

    >>> _poster_over_text(["教育教研"], ["2020年寒假，令人难忘。"]), _poster_over_text(["某县指挥部"], ["现通告如下：。"])
    (['教育教研'], [])
    """
    line = after_title[0] if len(after_title) == 1 else ""
    return [line] if line and poster_line(line) and not ends_with_body(line) and rest and "。" in rest[0] else []


# A line that is a headline of its own: it ends in a bracket or names the document's kind.
_HEADLINE_END = re.compile(rf"(?:[）)]|{_TITLE_END.pattern})$")
# A page's line with a machine's date (a post's author, day and views: 某某2022-04-11某某967):
# no title prints one.
_MACHINE_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


# A content farm's arrow before the notice's title it carries, under its own headline
# (11月16日起某区…启动线上教学 / ➤➤2022年11月16日某区关于…的通告; held-out 234 sf02, 89 mq02).
_FARM_ARROW = re.compile(f"[{FARM_ARROWS}]")
# A place's name cut short as a page labels its section (连江, 厚街): a few letters, no kind.
_CUT_SHORT_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _own_title(lines: list[str]) -> tuple[list[str], list[str]]:
    """(a repost's headline, the notice's own title) from the lines over the text: a site
    prints its headline (…新增5个高风险区（梁山县高峰）) over the title the notice
    names its kind in; a title wrapped over lines has no such end before its last line.

    >>> _own_title(["某县新增5个高风险区（某县）", "某县关于新增高风险区的通告"])
    (['某县新增5个高风险区（某县）'], ['某县关于新增高风险区的通告'])
    >>> _own_title(["关注某县疫情", "某县疫情防控领导小组办公室", "关于延长静态管理的通告"])
    (['关注某县疫情'], ['某县疫情防控领导小组办公室', '关于延长静态管理的通告'])
    >>> _own_title(["某县新型冠状病毒感染的", "肺炎疫情防控指挥部", "通告"])
    ([], ['某县新型冠状病毒感染的', '肺炎疫情防控指挥部', '通告'])
    >>> _own_title(["某街", "某街镇新型冠状病毒肺炎", "疫情防控指挥部通告"])  # a section's label, the place cut short
    (['某街'], ['某街镇新型冠状病毒肺炎', '疫情防控指挥部通告'])
    >>> _own_title(["某江区", "某市某江区新型冠状病毒肺炎", "疫情防控指挥部通告"])[0]  # the place under its city's name
    ['某江区']
    >>> _own_title(["5月8日起某县全域恢复常态化防控", "➤关于某县恢复常态化疫情防控的通告"])  # a farm's headline over its arrow
    (['5月8日起某县全域恢复常态化防控'], ['➤关于某县恢复常态化疫情防控的通告'])
    """
    if len(lines) < 2 or not _TITLE_END.search(lines[-1]):
        return [], lines
    arrowed = [i for i, t in enumerate(lines) if _FARM_ARROW.match(t)]
    if arrowed and arrowed[-1]:  # a farm's arrow before the title it carries: what stands over it is the farm's headline
        return lines[: arrowed[-1]], lines[arrowed[-1] :]
    if len(lines) > 2 and _CUT_SHORT_LABEL.fullmatch(lines[0]) and lines[0] in lines[1] and lines[1] != lines[0]:
        # a section's label, the place cut short, over a wrapped title naming it in full, perhaps under its city's name
        # (某街 / 某街镇…, 某江区 / 某市某江区…: held-out 245 sq03)
        above, own = _own_title(lines[1:])
        return [lines[0], *above], own
    if spun_repeat(lines[-2], lines[-1]):
        return lines[:-2] + lines[-1:], lines[-2:-1]
    opened = _opened_about(lines)
    if opened is not None:  # the lines from the 关于 on are one title: what stands over it is read as over one line
        joined = "".join(lines[opened:])
        above, own = _own_title([*lines[:opened], joined])
        return above, [*own[:-1], *lines[opened:]]
    if len(lines) > 2 and issuer_over_about(lines[-2], lines[-1]) and not ends_with_body(lines[-3]) and not re.search(r"[的和及与]$", lines[-3]):
        return lines[:-2], lines[-2:]  # a board's label over 某县…办公室 / 关于…的通告
    if not re.search(r"[的和及与]$", lines[-2]) and (_stands_alone(lines[-1], lines[-2]) or _opens_with_place(lines[-1], lines[-2])):
        return lines[:-1], lines[-1:]
    start = _issuer_line(lines)
    if start:
        return lines[:start], lines[start:]
    ends = [i for i, t in enumerate(lines[:-1]) if _HEADLINE_END.search(t) or _MACHINE_DATE.search(t)]
    if not ends or re.match(r"[的和及与]", lines[ends[-1] + 1]):
        return [], lines
    return lines[: ends[-1] + 1], lines[ends[-1] + 1 :]


def _opened_about(lines: list[str]) -> int | None:
    """The line a wrapped title starts on when its 关于 opens on a line that names no kind: the
    subject runs on to the kind on the line below (某区关于进一步加强社区（村屯） / 管控…的通告;
    关于对某村区域全面实行 / 疫区封闭管理的通告（第4号令）), whatever the lower line looks like alone.

    >>> _own_title(["某区关于进一步加强社区（村屯）", "管控严禁人员聚集的通告"])
    ([], ['某区关于进一步加强社区（村屯）', '管控严禁人员聚集的通告'])
    >>> _own_title(["某县新闻", "关于对某村区域全面实行", "疫区封闭管理的通告（第4号令）"])
    (['某县新闻'], ['关于对某村区域全面实行', '疫区封闭管理的通告（第4号令）'])
    >>> _own_title(["某县应对新型冠状病毒肺炎疫情", "应急指挥部关于开展第七轮", "全员核酸检测的通告"])[0]
    []
    """
    about = [i for i, t in enumerate(lines[:-1]) if "关于" in t]
    if about and not any(_TITLE_END.search(t) for t in lines[about[-1]:-1]):
        return about[-1]
    return None


def _opens_with_place(line: str, above: str) -> bool:
    """A whole title opening with its place's name (某区疫情风险等级调整通告) under a line that
    does not run into it: not the start of a title wrapped over lines (关于…, …的, a body's or a
    place's name), but a site's label or caption (文章插图, a place's name cut short over its
    section: 连江 / 连江县…通告).

    >>> _own_title(["文章插图", "某市某区疫情风险等级调整通告"]), _own_title(["某江", "某江县指挥部区域核酸检测通告"])
    ((['文章插图'], ['某市某区疫情风险等级调整通告']), (['某江'], ['某江县指挥部区域核酸检测通告']))
    >>> _own_title(["关于印发", "某市防控方案的通知"]), _own_title(["某省新冠肺炎疫情防控", "工作领导小组通告"])
    (([], ['关于印发', '某市防控方案的通知']), ([], ['某省新冠肺炎疫情防控', '工作领导小组通告']))
    >>> _own_title(["某市", "某县风险区调整通告"]), _own_title(["某县新冠肺炎疫情防控指挥部", "某县风险区调整通告"])
    (([], ['某市', '某县风险区调整通告']), ([], ['某县新冠肺炎疫情防控指挥部', '某县风险区调整通告']))
    """
    return (complete_title(line) and not line.startswith("关于") and bool(PLACE.match(line)) and "关于" not in above
            and not ends_with_body(above) and not PLACE.fullmatch(above))


def _issuer_line(lines: list[str]) -> int | None:
    """The line a title that names its issuer starts on, its body's name wrapped over lines
    (某区…疫情 / 防控工作应急指挥部通告), under a site's headline or label that does not run
    into it (晋安划定封控区、管控区 / 关注): the last line from which the lines name a
    place's body. A line that wraps into it (…的, a bare place, a joint issuer's body) is its own.

    >>> _issuer_line(["某区划定封控区、管控区", "某区新型冠状病毒感染肺炎疫情", "防控工作应急指挥部通告"])
    1
    >>> _issuer_line(["关注", "某县应对新冠肺炎疫情", "应急指挥部", "关于解除静态管理和逐步恢复", "生产生活秩序的通告"])
    1
    >>> _issuer_line(["某市", "新冠肺炎疫情防控指挥部", "关于调整风险区的通告"]), _issuer_line(["中共某县县委", "某县人民政府", "关于加强防控的通告"])
    (None, None)
    """
    for i in range(len(lines) - 1, 0, -1):
        issuer = issuer_from_title("".join(lines[i:]))
        if issuer and PLACE.match(issuer) and ends_with_body(issuer):
            above = lines[i - 1]
            wraps = re.search(r"[的和及与、，]$", above) or ends_with_body(above) or PLACE.fullmatch(above)
            return None if wraps else i
    return None


def _title_run_in(line: str) -> str | None:
    """The title a one-line paste ran into the text's opening (为…, 根据…): it ends at
    a kind the opening follows, and names its issuer or opens with 关于.

    >>> _title_run_in("关于加强防控措施的紧急通告为全力做好防控工作，现通告如下：")
    '关于加强防控措施的紧急通告'
    >>> _title_run_in("关于解除管控的通告（第三十六号）根据有关规定，决定解除管控。")
    '关于解除管控的通告（第三十六号）'
    >>> _title_run_in("某县将加强防控措施为全力做好防控工作。") is None
    True
    >>> _title_run_in("某县领导小组关于调整防控措施的公告 为做好疫情防控工作，现公告如下：")
    '某县领导小组关于调整防控措施的公告'
    >>> _title_run_in("某市关于疫情防控“三区”调整的通告根据最新疫情形势研判，现将范围调整如下：")
    '某市关于疫情防控“三区”调整的通告'
    >>> _title_run_in("某县疫情防控通告（2022年第6号）根据有关规定，将某楼划定为高风险区。")
    '某县疫情防控通告（2022年第6号）'
    >>> _title_run_in("某县疫情防控通告根据有关规定，将某楼划定为高风险区。") is None
    True
    """
    for m in _TITLE_END.finditer(line, 4, _TITLE_RUN_MAX):
        title = line[: m.end()]
        # (a title may quote a word: 关于疫情防控“三区”调整的通告)
        if re.search(r"[。；！？，,：:《》]", title) or title.count("“") != title.count("”"):
            return None
        number = _RUN_IN_NUMBER.match(line, m.end())
        title = line[: number.end()]
        # A paste may keep the space that stood for the line break: 某县…的公告 为做好…
        if rules().opening.match(line[number.end():].lstrip()) and (title.startswith("关于") or _stands_alone(title, "")) and names_kind(line[: m.end()]):
            return title
    return None


_TITLE_RUN_MAX = 64
# The number printed in brackets between the run-in title and the opening: …的通告（第三十六号）根据…
_RUN_IN_NUMBER = re.compile(rf"(?:\s*[（(](?:{BRACKETED_NUMBER})[）)])?")


def _stands_alone(line: str, above: str) -> bool:
    """A title complete on its own line: 关于…的通告 (unless the line over it is its
    issuer's name: 某县指挥部 / 关于…), or a place's body naming itself (某市…关于…的通告,
    某市…指挥部【9号令】). The lines a page glued over it (its station's name, an app's
    instructions, a WeChat prompt, a stray full stop) are no part of it, unless the line
    over it wraps into it (…的 / 关于…).

    >>> _own_title(["某县广播电视台", "• 客户端下载", "某县关于全县实行静态管理的通告"])
    (['某县广播电视台', '• 客户端下载'], ['某县关于全县实行静态管理的通告'])
    >>> _own_title(["某县融媒体中心", "某县疫情防控指挥部通告"])
    (['某县融媒体中心'], ['某县疫情防控指挥部通告'])
    >>> _own_title(["某县新型冠状病毒感染的肺炎疫情防控指挥部", "关于解除管控的通知"])
    ([], ['某县新型冠状病毒感染的肺炎疫情防控指挥部', '关于解除管控的通知'])
    >>> _own_title(["某市某区", "关于划定风险区域的通告"]), _own_title(["某某镇", "关于取消庙会活动的通告"])
    (([], ['某市某区', '关于划定风险区域的通告']), ([], ['某某镇', '关于取消庙会活动的通告']))
    >>> _own_title(["lier2022-04-11某县疫情967", "关于开展某县第三轮", "全员核酸检测的通告"])
    (['lier2022-04-11某县疫情967'], ['关于开展某县第三轮', '全员核酸检测的通告'])
    >>> _own_title(["某县两地划定为高风险区", "某县疫情防控通告（2022年第6号）"])
    (['某县两地划定为高风险区'], ['某县疫情防控通告（2022年第6号）'])
    """
    if line.startswith("关于"):  # (nor when it is a bare place's name: 某市某区 / 关于…, ADJUDICATION Q12; a town's too,
        # 某某镇 / 关于…: held-out 176 pz02)
        return not ends_with_body(above) and not ISSUING_PLACE.fullmatch(above)
    if _BARE_KIND.fullmatch(re.sub(r"\s", "", line)):
        # the notice's bare kind under a mirror's headline (长清区暂停集市活动及部分公交车 / 通告, 12月20日起…聚会 /
        # 紧急通知, 湖北加油!中国加油! / 通知: held-out 224 rv06, 227 ry08, 214 rl05, 12 o09), not under the
        # issuer's name or a title's upper line (某县…肺炎 / 疫情防控指挥部 / 通告, 关于…的 / 通告)
        return (len(above) >= _HEADLINE_MIN and not ends_with_body(above) and not ISSUING_PLACE.fullmatch(above)
                and "关于" not in above and not _TITLE_END.search(above) and not re.search(r"(?:[委协]会|[站所])$", above))
    title, number = title_and_number(line)
    # A place's title printed with its number stands alone whatever it names (某县疫情防控通告（2022年第6号）).
    return bool(title and PLACE.match(title) and (issuer_from_title(title) or number) and _names_its_kind(title, number))


# A notice's kind printed alone as its title (通告, 紧急通知), and the shortest mirror headline read over it.
_BARE_KIND = re.compile(r"(?:紧急|重要)?(?:通告|通知|公告)")
_HEADLINE_MIN = 10


# A signature date whose year a copy dropped (``年1月23日``): it still closes the signature.
# So does a date a site printed without 年 and 月 that reads two ways (2020127日: 1-27 or 12-7).
# So does one whose 月 (and 日) a site stripped after the year (2022年1125).
_YEARLESS_DATE = re.compile(r"^年?[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$|^20\d{5,6}日?$|^20\d{2}年\d{3,4}日?$")


def signature(paragraphs: list[str]) -> tuple[str | None, str | None]:
    """The signing body and the ISO date from the last lines of a notice, or of the
    lines before its attachments (an attachment is printed after the signature).

    >>> signature(["恳请理解支持！", "某市指挥部", "年1月23日"]), signature(["特此通告。", "某县人民政府", "2020127日"])
    (('某市指挥部', None), ('某县人民政府', None))
    >>> signature(["特此通告。", "某县疫情防控指挥部", "2022年1125"])
    ('某县疫情防控指挥部', None)
    >>> signature(["特此通告。", "某市疫情防控指挥部 2022年3月1日"])
    ('某市疫情防控指挥部', '2022-03-01')
    >>> signature(["特此通告。", "某市疫情防控指挥部"]), signature(["一、暂停营业。", "二、各乡镇人民政府"])
    (('某市疫情防控指挥部', None), (None, None))
    >>> signature(["特此通告。", "某区联防联控", "总部办公室"])  # the end of a wrapped name
    (None, None)
    >>> signature(["三、温馨提示", "请配合防控，巩固来之不易的成果！（某区疫情防控现场处置指挥部）"])  # in brackets after the last sentence
    ('某区疫情防控现场处置指挥部', None)
    >>> signature(["请配合防控。（某某日报）"]), signature(["请配合防控。（此件公开发布）"])
    ((None, None), (None, None))
    >>> signature(["请配合。", "某县领导小组办公室", "2022年3月10日", "注意事项：", "1.带身份证。", "2.戴口罩。"])  # notes after it
    ('某县领导小组办公室', '2022-03-10')
    >>> signature(["五、请配合。", "附：核酸检测贴纸", "某县指挥部办公室"]), signature(["附件1:场所清单", "某市领导小组"])
    (('某县指挥部办公室', None), ('某市领导小组', None))
    >>> signature(["特此通告。", "某区领导小组（借章）", "2020年2月1日"]), signature(["特此通告。", "某区领导小组(章)", "2020年2月1日"])
    (('某区领导小组', '2020-02-01'), ('某区领导小组', '2020-02-01'))
    >>> signature(["恳请理解支持！某市领导小组年2月5日"]), signature(["某县指挥部2022年1月4日请大家戴口罩"])
    (('某市领导小组', None), ('某县指挥部', '2022-01-04'))
    """
    paragraphs = _without_repeated_tail(paragraphs)
    found = _signature_before(paragraphs, len(paragraphs))
    # (or before a section of notes a page printed after the signature: 注意事项： / 1.…)
    attachments = [i for i, p in enumerate(paragraphs) if ATTACHMENT_HEADING.fullmatch(p) or _NOTES_LABEL.fullmatch(p)]
    for at in attachments:
        if found != (None, None):
            break
        found = _signature_before(paragraphs, at)
    if found == (None, None) and paragraphs:
        # A signature without its date (the page printed the date under the title): the
        # last line is a body's name alone, under a sentence (not the end of a wrapped name).
        last = _STAMP.sub("", paragraphs[-1]).strip()
        # (or under the note of what is attached: 附：…贴纸, 附件：…清单)
        alone = (len(paragraphs) < 2 or re.search(r"[。！？；]$", paragraphs[-2]) or CLOSING_FORMULA.match(paragraphs[-2])
                 or _ATTACHED_NOTE.match(paragraphs[-2]))
        if alone and len(last) <= _SIGNATURE_MAX and not re.search(r"[。；！？，、：:]", last) and not match_marker(last) and ends_with_body(last):
            found = last, None
    signed = paragraphs and found == (None, None) and _BRACKETED_SIGNER.search(paragraphs[-1])
    if signed and PLACE.match(signed.group(1)) and ends_with_body(signed.group(1)):
        found = signed.group(1), None  # a repost set the signing body in brackets after the last sentence
    return found


# A body's name in brackets closing the last sentence: …巩固防控成果！（某区疫情防控指挥部）
_BRACKETED_SIGNER = re.compile(r"(?<=[。！？!])\s*[（(]([\u4e00-\u9fff]{4,40})[）)]\s*$")


# A short label on a line of its own over a section (注意事项：, 温馨提示：).
_NOTES_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}\s*[：:]")
# The note of what is attached, on the line over the signature: 附：…, 附件1：…
_ATTACHED_NOTE = re.compile(r"附(?:件\s*\d*)?\s*[：:]")


def _without_repeated_tail(paragraphs: list[str]) -> list[str]:
    """A scrape may print the signature's last line and date again under it (某县…肺炎 /
    疫情防控指挥部 wrapped, the tail 疫情防控指挥部 / date repeated): the signature once.

    >>> _without_repeated_tail(["某县新冠肺炎疫情防控指挥部", "2020年2月6日", "疫情防控指挥部", "2020年2月6日"])
    ['某县新冠肺炎疫情防控指挥部', '2020年2月6日']
    >>> _without_repeated_tail(["某县卫生健康局", "某县疫情防控指挥部", "2020年2月6日"])
    ['某县卫生健康局', '某县疫情防控指挥部', '2020年2月6日']
    """
    if len(paragraphs) >= 4:
        signer, date, tail, again = (p.strip() for p in paragraphs[-4:])
        if again == date and iso_date(date) and tail and signer.endswith(tail):
            return paragraphs[:-2]
    return paragraphs


# The signing body and the date on one line: 某市疫情防控指挥部 2022年3月1日.
_SIGNATURE_MAX = 40
_SIGNED_LINE = re.compile(r"([^。；！？，：:\s]{4,40}?)\s+(\S{4}\s*年.{3,20})")


def _signature_before(paragraphs: list[str], end: int) -> tuple[str | None, str | None]:
    for i in range(end - 1, max(-1, end - 6), -1):
        line = _bare(paragraphs[i])
        one_line = _SIGNED_LINE.fullmatch(line)
        if one_line and ends_with_body(_STAMP.sub("", one_line.group(1))) and iso_date(one_line.group(2)):
            return _STAMP.sub("", one_line.group(1)), iso_date(one_line.group(2))
        date = iso_date(line)
        if date or _YEARLESS_DATE.match(line) or SIGNATURE_DATE.match(line):
            issuer = None
            above = _without_stray_stop(_bare(paragraphs[i - 1])) if i > 0 else ""
            if len(above) <= 60 and not re.search(r"[。；！？，：:]", above) and not CLOSING_FORMULA.match(above):
                issuer = _STAMP.sub("", above).strip() or None
                parent = _bare(paragraphs[i - 2]) if i > 1 else ""
                if issuer and _sub_unit_of(parent, issuer):
                    issuer = parent + issuer
                elif issuer and _cosigner(parent, issuer):
                    issuer = f"{parent}、{issuer}"
                elif issuer:
                    issuer = _unwrapped(paragraphs[max(0, i - 4):i - 1], issuer)
                issuer = issuer and _joint(issuer)
            return issuer, date
        run_in = [m for m in RUN_IN_SIGNATURE.finditer(line) if ends_with_body(m.group(1))]
        if run_in:
            return run_in[-1].group(1), iso_date(run_in[-1].group(2))
    return None, None


def _without_stray_stop(line: str) -> str:
    """A signing body's name without the stop a copy left after it (某某有限公司。, 某县…办公室；: held-out 128 od06,
    30 kj08); a sentence keeps its own.

    >>> _without_stray_stop("某某文化旅游发展有限公司。"), _without_stray_stop("某县领导小组办公室；"), _without_stray_stop("请配合。")
    ('某某文化旅游发展有限公司', '某县领导小组办公室', '请配合。')
    """
    name = line[:-1]
    return name if line.endswith(("。", "；")) and ends_with_body(name) else line


def _sub_unit_of(parent: str, unit: str) -> bool:
    """A signature's unit printed under the body it belongs to (某市指挥部 / 社会管理服务和随访组,
    某县领导小组 / 办公室): a name without a place of its own under a place's body. A second body
    with its place (中共某县委员会 / 某县人民政府) signs jointly.

    >>> _sub_unit_of("某市新冠疫情防控指挥部", "社会管理服务和随访组"), _sub_unit_of("中共某县委员会", "某县人民政府")
    (True, False)
    >>> _sub_unit_of("某市疫情防控指挥部", "办公室"), _sub_unit_of("某市疫情防控指挥部", "市卫生健康委员会")
    (True, False)
    """
    return (len(parent) <= _SIGNATURE_MAX and not re.search(r"[。；！？，、：:\s]", parent + unit) and bool(PLACE.match(parent))
            and ends_with_body(parent) and not PLACE.match(unit) and not _SHORT_PLACE.match(unit) and not iso_date(parent))


def _unwrapped(above: list[str], tail: str) -> str:
    """A body's long name a page wrapped over two or three lines under the text (白城市新冠肺炎疫情 /
    防控工作领导小组, 洪泽区…肺炎 / 疫情联防联控工作指挥部 / 综合工作组): the tail, which names no place,
    joined to the lines over it up to the one that opens with the place and is no body's whole name
    (held-out 49 lc02, 111 nm02, 133 oi03, 226 rx04). Otherwise the tail as it is.

    >>> _unwrapped(["特此通告。", "某某市新冠肺炎疫情"], "防控工作领导小组")
    '某某市新冠肺炎疫情防控工作领导小组'
    >>> _unwrapped(["某某区新型冠状病毒感染的肺炎", "疫情联防联控工作指挥部"], "综合工作组")
    '某某区新型冠状病毒感染的肺炎疫情联防联控工作指挥部综合工作组'
    >>> _unwrapped(["请大家配合。", "感谢理解"], "疫情防控指挥部"), _unwrapped(["某县人民政府"], "疫情防控指挥部")
    ('疫情防控指挥部', '疫情防控指挥部')
    """
    name = tail
    for line in reversed(above):
        line = _bare(line)
        if PLACE.match(name) or not line or len(line) > 30 or re.search(r"[。；！？，、：:\s]", line) or iso_date(line):
            break
        if PLACE.match(line):
            return tail if ends_with_body(line) else line + name
        name = line + name
    return tail


def _cosigner(parent: str, unit: str) -> bool:
    """A second body signing on the line over the last (中共某镇委员会 / 某镇人民政府, 某市交通运输局 /
    某某集团有限公司): both lines a whole body's name, the upper one no unit's head. The guide's issuer
    names both, joined by 、 (held-out 115 nq05, 13 l06, 85 mm09).

    >>> _cosigner("中共某镇委员会", "某镇人民政府"), _cosigner("某市疫情防控指挥部", "办公室"), _cosigner("特此通告", "某镇人民政府")
    (True, False, False)
    """
    return (len(parent) <= _SIGNATURE_MAX and not re.search(r"[。；！？，、：:\s（(]", parent + unit) and ends_with_body(parent)
            and ends_with_body(unit) and not iso_date(parent) and not _sub_unit_of(parent, unit)
            and (bool(PLACE.match(unit)) or bool(_SHORT_PLACE.search(unit)) or unit.endswith(("公司", "政府", "委员会"))))


def _joint(issuer: str) -> str:
    """Two bodies a page set on one line, spaces between (某县市场监督管理局      某县农业农村局; held-out 115
    nq02): joined by 、 as the guide joins co-signers.

    >>> _joint("某县市场监督管理局      某县农业农村局"), _joint("某县 疫情防控指挥部")
    ('某县市场监督管理局、某县农业农村局', '某县 疫情防控指挥部')
    """
    names = re.split(r"\s{2,}", issuer)
    return "、".join(names) if len(names) > 1 and all(ends_with_body(n) and PLACE.match(n) for n in names) else issuer


# A body named with its place cut short (市卫生健康委员会, 县公安局): a body of its own.
_SHORT_PLACE = re.compile(r"[省市县区州旗盟]")


def _bare(line: str) -> str:
    """A signature's line without the marks a page set around it: Markdown emphasis, a
    bar or bullet before it (**某县指挥部**, ▌某县指挥部).

    >>> _bare("**2022年1月4日**"), _bare("▌某县指挥部"), _bare("（此件公开发布）")
    ('2022年1月4日', '某县指挥部', '（此件公开发布）')
    """
    return re.sub(rf"^{SPAM_BRAND}", "", _MARKS.sub("", line))


# Emphasis, bars, bullets and rules: never a sentence's punctuation (具体时间另行通告。 is
# a sentence, not a signature's name).
_MARKS = re.compile(r"^[*_▌■□●•◆◇▪#>\s|｜—-]+|[*_▌■□●•◆◇▪#\s|｜—-]+$")


# A signature a copy ran into the sentence before it or the text after it, with its date
# (its year often dropped): …理解支持！某市指挥部年2月5日 / 某县指挥部年1月4日请大家…
# A date going on into a time (某指挥部2022年1月4日24时起) is a sentence's, not a signature's.
# Its date may be printed in Chinese numerals (二〇二〇年一月三十日).
# (the body's other name in brackets inside it: …领导小组（指挥部）办公室)
RUN_IN_SIGNATURE = re.compile(r"(?:^|(?<=[。！？!\s]))((?:[^。；！？!，,：:\s（）()]|[（(][\u4e00-\u9fff]{1,6}[）)]){4,40}?)\s*"
                              r"((?:(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*)?年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                              r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)(?![\d零〇时点起至前后以])")


# Every bracket a page sets a title's number in: （第3号）, 【第3号】, [2021年第8号], 〔2022年第16号〕, ﹝第3号﹞.
_OPEN, _CLOSE = r"[（(【\[［〔﹝〖]", r"[）)】\]］〕﹞〗]"
# What a body says of its own notice before the kind: urgent, important, latest, special, supplementary.
_QUALIFIER = "(?:紧急|重要|最新|特别|补充)"
# A body's name followed by the kind of document: 武汉市…指挥部通告.
# (the kind perhaps qualified, as a body calls its notice: 某市指挥部紧急通告, 某市指挥部最新通告)
_KIND_AFTER_BODY = re.compile(rf"^(?P<body>[\u4e00-\u9fff（）()]{{4,60}}?)(?:[一二三四五六七八九十]+条|{_QUALIFIER})?{KIND_AFTER_BODY}$")
# A number printed with the title: （第30号）, 第59号公告, 17号令.
# The number in brackets as printed (（通告2022年第42号）, （郸防指〔2020〕3号）, （十五）), or
# run into the title (第59号公告, 17号令).
# Or its brackets lost, a serial in bare numerals after the kind (…指挥部通告六).
_TITLE_NUMBER = re.compile(
    rf"\s*{_OPEN}({BRACKETED_NUMBER}){_CLOSE}\s*$"
    rf"|((?:[〔\[［]\d{{4}}[〕\]］]|\d{{4}}年)?第(?:\d{{1,4}}|[一二三四五六七八九十百零〇]{{1,6}})号)(?={KIND_AFTER_BODY}$)|(\d{{1,4}}号令)$"
    r"|(?<=通告|公告|[^号]令)\s*((?:〔\d{4}〕|\d{4}年)?第\s*\d{1,4}\s*号)$"
    rf"|(?<=[{''.join(dict.fromkeys(k[-1] for k in AFTER_BODY))}])([一二三四五六七八九十百]{{1,4}})$"
    # or without its 第, run in after the body's name, in either kind of numeral: 某指挥部3号通告,
    # 某指挥部二十号公告 (not a year's: 2022年3号通告)
    r"|(?<=[\u4e00-\u9fff])(?<![年一二三四五六七八九十百零〇])(\d{1,4}号|[一二三四五六七八九十百零〇]{1,6}号)(?=(?:通告|公告)$)"
)
# The number in brackets before the title, as some pages print it: （第87号）某市指挥部通告.
_NUMBER_BEFORE = re.compile(rf"^{_OPEN}\s*((?:\d{{4}}\s*年\s*)?第?\s*[\d一二三四五六七八九十百]{{1,4}}\s*号){_CLOSE}\s*(?=\S{{4,}}{KIND}$)")




# The year (and term) a school's title dates its subject by, before or after its name (某大学2021年关于…,
# 2021年暑假某中学关于…: held-out 189 qm07, 157 pg09).
_TERM_OF_TITLE = re.compile(r"^\d{4}年(?:春季|秋季|暑假|寒假|暑期|寒期)?|\d{4}年$")


def issuer_from_title(title: str | None) -> str | None:
    """``X关于…的通知`` is issued by X; so is ``X通告`` when X is a body's name.

    >>> issuer_from_title("某市指挥部关于加强防控的通知"), issuer_from_title("武汉市疫情防控指挥部通告")
    ('某市指挥部', '武汉市疫情防控指挥部')

    An order's title is often the body's name alone, its number printed with it
    (某市指挥部 / 9号令): the title is the issuer.

    >>> issuer_from_title("某市疫情防控指挥部"), issuer_from_title("恢复公共交通")
    ('某市疫情防控指挥部', None)
    >>> issuer_from_title("某市疫情防控指挥部最新通告"), issuer_from_title("某县人民政府紧急通知"), issuer_from_title("疫情防控最新通告")
    ('某市疫情防控指挥部', '某县人民政府', None)

    A year (and term) the title dates its subject by is no part of the body's name before 关于:

    >>> issuer_from_title("某大学2021年关于做好返校工作的通知"), issuer_from_title("2021年暑假某中学关于疫情防控致家长书")
    ('某大学', '某中学')
    """
    if title and "关于" in title:
        before = _TERM_OF_TITLE.sub("", title.split("关于", 1)[0].strip())
        return before or None
    if title and ends_with_body(title) and PLACE.match(title):
        return title
    m = _KIND_AFTER_BODY.match(title or "")
    return m.group("body") if m and ends_with_body(m.group("body")) else None


def page_issuer(page_title: str | None) -> str | None:
    """The issuer a page's title names, when it is a body's name (not a reposting
    account's: 某某发布关于…的通告).

    >>> page_issuer("某市疫情防控指挥部通告（第9号）"), page_issuer("某某发布关于调整措施的通告（2022年第48号）")
    ('某市疫情防控指挥部', None)
    """
    issuer = issuer_from_title(title_and_number(page_title)[0])
    return issuer if issuer and ends_with_body(issuer) else None


def page_number(page_title: str | None) -> str | None:
    """The number a page's title prints with the notice's title; none from a headline reporting that a body
    published its numbered notice, which names no title (held-out 255 ta08, 154 pd03; adjudication Q5).

    >>> page_number("某市指挥部通告（第9号）"), page_number("某区发布第23号通告"), page_number("关于某管委会发布第2号通告")
    ('第9号', None, None)
    """
    title, number = title_and_number(page_title)
    return None if title and rules().bait.search(title) else number


def title_and_number(title: str | None) -> tuple[str | None, str | None]:
    """A title as a repost prints it: without quotes 《》, a place name before it, or the
    number printed with it, which is the document number.

    >>> title_and_number("武汉市指挥部通告（第30号）")
    ('武汉市指挥部通告', '第30号')
    >>> title_and_number("**关于加强防控的通知**")
    ('关于加强防控的通知', None)
    >>> title_and_number("《关于加强防控的通知》"), title_and_number("石家庄：关于加强防控的通告")
    (('关于加强防控的通知', None), ('关于加强防控的通告', None))
    >>> title_and_number("某市人民政府第59号公告"), title_and_number("某市人民政府17号令")
    (('某市人民政府公告', '第59号'), ('某市人民政府', '17号令'))
    >>> title_and_number("某市指挥部〔2021〕第3号通告"), title_and_number("某县指挥部通告六")
    (('某市指挥部通告', '〔2021〕第3号'), ('某县指挥部通告', '六'))
    >>> title_and_number("某县关于新增高风险区的通告（29日）"), title_and_number("某旗指挥部第六十四号通告")
    (('某县关于新增高风险区的通告', None), ('某旗指挥部通告', '第六十四号'))
    >>> title_and_number("某市指挥部通告（通告2022年第42号）"), title_and_number("某市办公室关于划定风险区域的通告（十五）")
    (('某市指挥部通告', '通告2022年第42号'), ('某市办公室关于划定风险区域的通告', '十五'))
    >>> title_and_number("某县关于调整高风险区的通告（2022年12月6日）"), title_and_number("《某县指挥部关于划定风险区的公告》(2022年9月7日12时起)")
    (('某县关于调整高风险区的通告', None), ('某县指挥部关于划定风险区的公告', None))
    >>> title_and_number("关于暂停营业的通告（2021年第9号通告）")
    ('关于暂停营业的通告', '2021年第9号')
    >>> title_and_number("某市指挥部令 第8号"), title_and_number("某县指挥部通告 第3号")
    (('某市指挥部令', '第8号'), ('某县指挥部通告', '第3号'))
    >>> title_and_number("某县疫情防控指挥部3号通告"), title_and_number("某区指挥部2022年72号通告")[1]
    (('某县疫情防控指挥部通告', '3号'), None)
    """
    if not title:
        return title, None
    title = DATE_AFTER_TITLE.sub(r"\1\2", title.strip())
    if title.startswith("《") and title.count("《") == 1 and title.count("》") == title.endswith("》"):
        title = title[1:].removesuffix("》")  # quoted, or its quote never closed
    title = title.strip("*_ ")
    before = _NUMBER_BEFORE.match(title)
    if before:
        return title[before.end():].strip(), re.sub(r"\s", "", before.group(1))
    title = TITLE_PREFIX.sub("", title).rstrip("（(")  # Markdown emphasis; a bracket the page cut off
    m = _TITLE_NUMBER.search(title)
    if not m:
        return title, None
    number = re.sub(r"\s|(?<=号)(?:通告|公告)$", "", next(g for g in m.groups() if g))
    return (title[: m.start()] + title[m.end():]).strip() or None, number


def notice_title(head: Head, page_title: str | None, lead: str | None) -> tuple[str | None, str | None]:
    """(the notice's title, the number printed with it): the title over the text, else a
    wiki page's title, else the notice a reposter's lead names. A line over the text that
    names no kind of document is a headline (…应急响应级别调整为三级), not the title.

    >>> notice_title(Head(title="某省应急响应级别调整为三级"), None, None)
    (None, None)
    >>> notice_title(Head(title="4月18日疫情最新消息某市对9个区域解除相应管控措施"), None, None)  # a farm's bait
    (None, None)
    >>> notice_title(Head(title="某市指挥部"), None, None), notice_title(Head(title="某县指挥部", doc_number="2号令"), None, None)
    ((None, None), ('某县指挥部', None))
    >>> notice_title(Head(title="某市疾控中心紧急提醒！"), None, None), notice_title(Head(title="疫情防控，人人有责！"), None, None)
    (('某市疾控中心紧急提醒！', None), (None, None))
    """
    # (a title naming its kind alone, under the page's title naming the body: 就诊须知 under 某医院…就诊公告)
    candidates = (page_title, head.title) if _subtitle_of(head.title, page_title) else (head.title, page_title)
    for candidate in (*candidates, lead_title(lead)):
        title, number = title_and_number(candidate)
        # (a title closed by a cry, 某市疾控中心紧急提醒！, names its kind before it; kept as printed)
        bare = title and _issuers_cry(title)
        if bare and _names_its_kind(bare, number or head.doc_number) and not rules().bait.search(bare):
            return title, number
    return None, None


_SUBTITLE_MAX = 6


def _subtitle_of(title: str | None, page_title: str | None) -> bool:
    """Whether the notice's title line is a short one naming its kind and no body, the page's title naming the body
    and the same matter: a subtitle under the full title (某医院关于疫情防控期间来院就诊公告 / 就诊须知, 某医院就诊最新须知 /
    最新就诊须知; held-out 164 pn09, 178 qb04, 168 pr01).

    >>> _subtitle_of("就诊须知", "某医院关于疫情防控期间来院就诊公告"), _subtitle_of("最新就诊须知", "某医院就诊最新须知")
    (True, True)
    >>> _subtitle_of("返校须知", "某医院关于来院就诊的公告"), _subtitle_of("某县人民医院就诊须知", "某县人民医院就诊须知（2022）")
    (False, False)
    """
    if not title or not page_title or len(title := re.sub(r"\s", "", title)) > _SUBTITLE_MAX or not _TITLE_END.search(title):
        return False
    matter = _TITLE_END.sub("", title)
    return len(page_title) > len(title) and bool(_TITLE_END.search(page_title)) and set(matter) <= set(page_title)


# Exclamation marks closing a title (…指挥部提醒！, …紧急提醒!!), as a reminder to the public prints it.
_CRY_END = re.compile(r"[!！]+$")
# What a site's cry has and an issuer's own title never does: a clause (最新，紧急提示！) or a
# reporter's verb of publishing (某县发布最新防控通知！).
_SITES_CRY = re.compile(r"[，,：:；;]|发布|发出")


def _issuers_cry(title: str) -> str | None:
    """A title without the exclamation marks closing it; a site's cry (a clause, a reporter's
    发布 before the kind) is none.

    >>> _issuers_cry("某市疾控中心紧急提醒！"), _issuers_cry("某县关于加强防控的通告")
    ('某市疾控中心紧急提醒', '某县关于加强防控的通告')
    >>> _issuers_cry("最新，紧急提示！"), _issuers_cry("某县发布最新防控通知！")
    (None, None)
    """
    bare = _CRY_END.sub("", title)
    return bare if bare == title or not _SITES_CRY.search(bare) else None


def _names_its_kind(title: str, number: str | None) -> bool:
    """A title names its kind at its end (…通告), or with the order's number printed under
    it (某县指挥部 / 2号令), or where the page cut it off in the kind's first character
    after a body's name (市…指挥部通).

    >>> _names_its_kind("某市指挥部通", None), _names_its_kind("恢复公共交通", None)
    (True, False)
    """
    if names_kind(title) or (number and names_kind(title + number)):
        return True
    return bool(_CUT_KIND.search(title)) and ends_with_body(title[:-1])


# The first character of a kind a body's name goes before (通 of 通告), closing a cut title.
_CUT_KIND = re.compile("[" + "".join(dict.fromkeys(k[0] for k in AFTER_BODY if len(k) > 1)) + "]$")


# The notice a lead names: in 《》, or as the object of 发布 (发布天津市…指挥部第23号通告).
# (not one the lead cites as the ground of it: 根据某办2月20日发布的《关于…的通告》要求，…; held-out 251 sw04, as 143 nz06's second)
_LEAD_TITLE = re.compile(
    rf"《([^《》]{{4,80}}{KIND}(?:[（(](?:{BRACKETED_NUMBER})[）)])?)》(?!的?(?:要求|规定|精神|部署))"
    rf"|(?<=发布)了?“((?:[\u4e00-\u9fff]{{2,20}}?)?关于[^“”《》]{{4,80}}{KIND})”?"  # a title in quotation marks, right after 发布 (its issuer before 关于)
    # or bare, its number after it in brackets: 发布关于…的通告（2022年第1号）。
    # (or a dash: 发布关于…的通告——)
    rf"|(?<=发布)了?(关于[^，。《》“”！!？?：:]{{4,80}}?{KIND}(?:[（(](?:{BRACKETED_NUMBER})[）)])?)(?=[，,。：:]|[—－-]{{1,2}}|$)"
    # (its number with its year: 发布某市疫情防控2022年第25号通告; held-out 155 pe04, pe05, pe10)
    # (or in brackets after the kind: 发布：某镇指挥部办公室通告（2022年第7号），其中提到：; held-out 256 tb07)
    rf"|发布了?[！!：:]?([^，。、《》“”！!？?：:]{{4,60}}?[\u4e00-\u9fff]{{2}}(?:(?:\d{{4}}年)?第\d{{1,4}}号)?{KIND_AFTER_BODY}(?:[（(](?:{BRACKETED_NUMBER})[）)])?)(?=[，。：]|$)"
)
# Not the day of a report's dateline (某网某地7月17日电), which is the report's.
# (or learned it from its issuer that day: 8月11日晚，记者从某市指挥部获悉)
# The day nearest the verb: not one another day stands between (某公众号8月17日消息，8月16日，某指挥部发布公告;
# 3月30日…新增1例…，某指挥部3月31日发布通告: held-out 106 nh01, 95 mw01).
_LEAD_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?!电)(?:(?!\d{1,2}月\d{1,2}日)[^。]){0,60}?(?:发布|发出|获悉|了解到|得知)")
_YEAR = re.compile(r"(?:19|20)\d{2}(?=年|〕|\]|］)")
# A year printed with no month after it: a term's, a plan's (2022年春季学期, 2022年度), not a date's.
_YEAR_ALONE = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
_YEAR_OF_MONTH = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")


def _years_of_month(month: int, body: list[str]) -> list[str]:
    """The years of the dates the text gives in ``month`` or the month before it (8月6日 … 发布 over 2022年7月23日(含)
    以来…): the year a day printed without one falls in."""
    return [y.group(1) for t in body for y in _YEAR_OF_MONTH.finditer(t) if 0 <= month - int(y.group(2)) <= 1]


def _day_in_year_of_text(month: int, day: int, body: list[str]) -> str | None:
    """A day printed without its year, as ISO, in the year of the text's first date of that month or the month
    before; None when the text prints none."""
    years = _years_of_month(month, body)
    return calendar_date(int(years[0]), month, day) if years else None


def lead_title(lead: str | None) -> str | None:
    """The notice a reposter's lead names in 《》.

    >>> lead_title("11月15日，某办公室发布了《关于加强出行管理的通知》，倡导…")
    '关于加强出行管理的通知'
    >>> lead_title("3月31日，某市指挥部办公室发布《关于加强防控工作的通告(第28号)》。")  # its number inside the quotes
    '关于加强防控工作的通告(第28号)'
    >>> lead_title("25日夜间，天津市疫情防控指挥部发布天津市疫情防控指挥部第23号通告。通告全文如下：")
    '天津市疫情防控指挥部第23号通告'
    >>> lead_title("8月5日，某区办公室发布“关于加强防控工作的紧急通知”，对某镇实施静态管理。")  # in quotation marks
    '关于加强防控工作的紧急通知'
    >>> lead_title("1月3日，某市疫情防控指挥部发布关于调整部分区域疫情风险等级的通告（2022年第1号）。")  # bare, its number after it
    '关于调整部分区域疫情风险等级的通告（2022年第1号）'
    >>> lead_title("某县指挥部27日发布关于划定中风险区的通告：")
    '关于划定中风险区的通告'
    >>> lead_title("2022年4月9日，某市指挥部发布某市疫情防控2022年第25号通告，通告内容如下：")  # its number with its year
    '某市疫情防控2022年第25号通告'
    >>> lead_title("刚刚发布！某区疫情防控指挥部通告")
    '某区疫情防控指挥部通告'
    >>> lead_title("11月22日，某镇发布：某镇疫情防控指挥部办公室通告（2022年第7号），其中提到：")  # its number after it
    '某镇疫情防控指挥部办公室通告（2022年第7号）'
    >>> lead_title("11月15日，某区发布关于新增划定疫情风险区的通告——"), lead_title("3月2日，某市领导小组办公室发布“关于划定管控区域”的通告。")
    ('关于新增划定疫情风险区的通告', '关于划定管控区域的通告')
    >>> lead_title("27日晚，某市办公室发布通告，在全市开展筛查。") is None
    True
    >>> lead_title("某县指挥部2月21日发布通告，根据某县指挥部2月20日发布的《关于解除管控的通告》要求，…") is None  # the ground it cites
    True

    A body named after 发布 without its place is the body the lead names with its
    place before it; a lead that names it nowhere gives no title:

    >>> lead_title("为阻断传播，某省疫情防控指挥部23日晚发布疫情防控指挥部通告。")
    '某省疫情防控指挥部通告'
    >>> lead_title("据某公众号消息，某区发布疫情防控工作指挥部通告。") is None
    True
    """
    m = _LEAD_TITLE.search(_QUOTED_SUBJECT.sub(r"\1\2", lead or ""))
    if not m or m.group(1) or m.group(2) or m.group(3):
        return m and (m.group(1) or m.group(2) or m.group(3))
    named = m.group(4)
    body = named[: _KIND_AT_END.search(_BRACKETED_AT_END.sub("", named)).start()]
    if ISSUING_PLACE.match(named) or named.startswith("关于"):  # (a town's body too: 某镇…办公室通告)
        return named
    if not ends_with_body(body):
        return None  # what the notice is about, not its title (发布加强疫情防控紧急通告：非必要不离开本地)
    at = lead.find(body, 0, m.start())
    place = re.search(r"[\u4e00-\u9fff]{2,8}$", lead[:at]) if at > 0 else None
    return place.group() + named if place and PLACE.fullmatch(place.group()) else None

# A lead quoting the title's subject and naming the kind after the quotes (发布“关于划定风险区”的通告):
# the title is the subject with its kind.
_QUOTED_SUBJECT = re.compile(rf"“(关于[^“”《》]{{4,80}}?)”(的?{KIND})")
_BRACKETED_AT_END = re.compile(rf"[（(](?:{BRACKETED_NUMBER})[）)]$")
_KIND_AT_END = re.compile(rf"(?:(?:\d{{4}}年)?第\d{{1,4}}号)?{KIND_AFTER_BODY}$")


def lead_date(lead: str | None, dated: list[str | None], body: list[str] = (), published: str | None = None) -> str | None:
    """The day a reposter's lead says the notice came out, as ISO; a lead gives month
    and day, the year comes from the lead, the document number or the title, else from
    a date of that month in the notice's text (实行时间2021年1月12日0时起).

    >>> lead_date("国庆9月26日，某办公室发布关于做好国庆假期工作的通知", ["渝办发〔2022〕49号"])
    '2022-09-26'
    >>> lead_date("某县指挥部1月12日发布通告：", [None], ["自2020年12月起排查。", "2021年1月12日0时起居家隔离。"])
    '2021-01-12'
    >>> lead_date("11月15日，某办公室发布了《关于加强管理的通知》", [None]) is None
    True
    >>> lead_date("某网某地7月17日电（某某）7月16日晚，某县指挥部发布通告（2022年第10号），现通告如下：", [None])
    '2022-07-16'
    >>> lead_date("10月20日，某旗指挥部发布公告，", [None], [], "2021-10-21"), lead_date("3月2日，某旗指挥部发布公告，", [None], [], "2021-10-21")
    ('2021-10-20', None)
    """
    m = _LEAD_DATE.search(lead or "")
    if not m:  # (a page with a stamp of its own keeps it: held-out 1 h08, settled)
        return None if published else _lead_day(lead, body)
    month = int(m.group(2))
    # the lead may name the number, its year with it: 发布通告（2022年第10号）
    years = [m.group(1)] if m.group(1) else [y.group() for t in [*dated, lead[m.end():]] if t for y in [_YEAR.search(t)] if y]
    # or the notice a date of that month, or of the month before (8月6日 … 发布 over 2022年7月23日(含)以来…)
    years += _years_of_month(month, body)
    if years:
        return iso_date(f"{years[0]}年{month}月{m.group(3)}日")
    # else the year of the page's stamp, when the lead's day falls on or a few days before it (adjudication
    # Q4, amended: the lead's day is the notice's, the stamp the repost's)
    day = published and _day_of_lead(m, published)
    return day if day and reposted_within(day, published) else None


def _day_of_lead(lead: re.Match, published: str) -> str | None:
    """The day a lead (a _LEAD_DATE match) names, its year its own or the page stamp's (``published``, ISO)."""
    return calendar_date(int(lead.group(1) or published[:4]), int(lead.group(2)), int(lead.group(3)))


# A lead a post broke over short lines, its day alone on the first: 8月6日， / 某县…指挥部 / 发布紧急提醒。
# (held-out 106 nh09, 96 mx06), among the page's first lines.
_DAY_LINE = re.compile(r"\d{1,2}月\d{1,2}日[，,]?")
_BROKEN_LEAD_LINES = 3
_BROKEN_LEAD_TOP = 30


def broken_lead(text: str) -> str | None:
    """The lead a post broke over lines, joined, when its day opens a line of its own and its
    publishing verb follows within the next lines.

    >>> broken_lead("目前疫情处于快速上升期，\\n8月6日，\\n某县疫情防控指挥部\\n发布紧急提醒。\\n一、请报备。")
    '8月6日，某县疫情防控指挥部发布紧急提醒。'
    >>> broken_lead("4月8日\\n某区疫情防控\\n总指挥部发布"), broken_lead("8月6日，\\n某县新增1例。\\n一、请报备。")
    ('4月8日某区疫情防控总指挥部发布', None)
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_BROKEN_LEAD_TOP]
    for i, line in enumerate(lines):
        joined = "".join(lines[i:i + _BROKEN_LEAD_LINES])
        if _DAY_LINE.fullmatch(line) and _LEAD_DATE.match(joined):
            return joined
    return None


# A repost comes out on the notice's day or a few days after it: a day printed for the notice (a lead's, a
# headline's) this many days or fewer before the page's stamp is the notice's; further back, another's.
REPOST_LAG = 7


def reposted_within(day: str, published: str) -> bool:
    """Whether a page stamped ``published`` may carry a notice of ``day`` (ISO dates): on that day or
    up to REPOST_LAG days after it.

    >>> reposted_within("2022-10-17", "2022-10-18"), reposted_within("2022-11-07", "2022-10-08")
    (True, False)
    """
    return 0 <= (date.fromisoformat(published) - date.fromisoformat(day)).days <= REPOST_LAG


def dated_long_before(head: str, text: str, published: str, lag: int | None = None) -> bool:
    """Whether a page stamped ``published`` (ISO) shows that it came long after the notice it carries
    (adjudication Q21, Q4's repost rule): a lead among its first lines (``head``) says the notice came
    out on a day more than REPOST_LAG days before the stamp, the year from the lead or the stamp; or
    every year the text prints (2021年, 〔2021〕) is before the stamp's; or the latest start it prints
    with its year (自2022年4月8日0时起) is more than REPOST_LAG days before the stamp. A start is no
    lead, and one without its year (4月8日起) would take it from the stamp in doubt.

    >>> dated_long_before("导读:2月24日,某市发布疫情防控工作25号通告!", "", "2022-09-26")
    True
    >>> dated_long_before("导读:9月15日某县发布核酸检测通告", "", "2022-09-15"), dated_long_before("4月8日起某区实行封闭管理", "", "2022-05-18")
    (False, False)
    >>> dated_long_before("", "自2021年9月10日起实行。某市指挥部", "2022-09-28"), dated_long_before("", "（2022年第11号）", "2022-05-18")
    (True, False)
    >>> dated_long_before("", "自2022年4月8日0时起，实行封闭管理。", "2022-05-18"), dated_long_before("", "自2022年12月2日0时起，恢复流动。", "2022-12-01")
    (True, False)

    A site's own posting stamp (更新时间：…, 发布时间：…) is the page's day unless it came months after
    (``lag`` days past the latest day the text prints, a start or the last day of its latest year, or, in
    a text printing no year, its latest month and day): a
    site may post a notice some weeks after the starts it names (自…起 of the regime it lifts).

    >>> dated_long_before("", "自2022年9月7日起划定中风险区。", "2023-01-30", lag=60), dated_long_before("", "自2022年9月14日起。", "2022-09-29", lag=60)
    (True, False)
    >>> dated_long_before("", "2020年12月28日。", "2021-01-15", lag=60), dated_long_before("", "2022年2月。", "2024-01-12", lag=60)
    (False, True)
    >>> dated_long_before("", "自2022 年4月13日起。", "2022-04-14", lag=60)  # (its year spaced off: no year counted)
    False
    >>> dated_long_before("", "2022年春季学期，学生2月19日起返校。", "2022-09-16", lag=60)  # (a term's year, its days in it)
    True
    """
    for line in head.split("\n") if lag is None else ():  # (a site's stamp keeps to the text's own days: a lead's
        # month and day take their year from the stamp itself)
        lead = _LEAD_DATE.search(line)
        day = lead and not re.match(r"\s*日\s*起", line[lead.end(3):]) and _day_of_lead(lead, published)
        if day:
            return not reposted_within(day, published)
    years = [int(y.group()) for y in _YEAR.finditer(text)]
    starts = [day for m in _DATED_START.finditer(text) for day in [calendar_date(*map(int, m.groups()))] if day]
    if lag is not None:
        # (its latest start, unless it prints a later year: that year's last day, or, the year printed alone over the
        # days of the text (2022年春季学期 … 2月19日起, posted in September: held-out 212 rj09), the latest month and day
        # it prints in that year; a text printing no year at all, its latest month and day in the stamp's year: Q21
        # as decided for links15's question)
        year_end = years and f"{max(years)}-12-31"
        alone = year_end and any(int(m.group(1)) == max(years) for m in _YEAR_ALONE.finditer(text))
        latest = (max(starts) if starts and int(max(starts)[:4]) >= max(years, default=0)
                  else year_end and (alone and _latest_yearless_day(text, year_end) or year_end))
        latest = latest or _latest_yearless_day(text, published)
        return bool(latest) and (date.fromisoformat(published) - date.fromisoformat(latest)).days > lag
    return bool(years) and max(years) < int(published[:4]) or bool(starts) and max(starts) < published and not reposted_within(max(starts), published)


# A start printed with its year (自2022年4月8日0时起): a notice comes out on its latest start or before it.
# A month and day printed without a year (4月6日, 12月30日).
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _latest_yearless_day(text: str, published: str) -> str | None:
    """The latest month and day a text printing no year names, in the year of the page's stamp
    ``published``; None when it names none, or names one after the stamp (a notice looking ahead
    from the day it was posted).

    >>> _latest_yearless_day("4月6日起封控，4月9日解除。", "2022-09-14"), _latest_yearless_day("10月1日起恢复。", "2022-09-14")
    ('2022-04-09', None)
    """
    days = [day for m in _MONTH_DAY.finditer(text) for day in [calendar_date(int(published[:4]), *map(int, m.groups()))] if day]
    return max(days) if days and max(days) <= published else None


_DATED_START = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^。，,；;起]{0,8}起")


# A lead naming the day alone (某指挥部24日发布通告，), as a report of the same month does.
_LEAD_DAY = re.compile(r"(?<![\d月年])(\d{1,2})\s*日(?:[上下中午晚早夜间凌晨]{0,3})[^。，,]{0,6}?(?:发布|发出)")
_FULL_DATE = re.compile(_YEAR_OF_MONTH.pattern + r"\s*(\d{1,2})\s*日")


def _lead_day(lead: str | None, body: list[str]) -> str | None:
    """The day a lead names without its month (…指挥部24日发布通告，): the month and year of a
    full date of that day in the lead or the notice's text (自2022年7月24日起).

    >>> _lead_day("某区指挥部24日发布通告，", ["根据…，自2022年7月24日起，调整风险区。"])
    '2022-07-24'
    >>> _lead_day("据某公众号消息，某市指挥部 3 日发布公告称，从 2021 年 1 月 3 日零时起，暂停公交。", [])
    '2021-01-03'
    >>> _lead_day("某县指挥部28日发布通告：", ["一、自2022年11月29日起暂停营业。"]) is None  # no date of that day
    True
    >>> _lead_day("某县指挥部发布通告：", ["自2022年11月29日起"]) is None, _lead_day("某县8月1日发布通告：", ["2022年8月1日"]) is None
    (True, True)
    """
    m = _LEAD_DAY.search(lead or "")
    if not m:
        return None
    day = int(m.group(1))
    full = [d for t in [lead, *body] for d in _FULL_DATE.finditer(t) if int(d.group(3)) == day]
    return calendar_date(int(full[0].group(1)), int(full[0].group(2)), day) if full else None


def is_news(text: str, head: Head) -> bool:
    """A report in a reporter's words, rather than a notice (or a repost of one)."""
    if head.doc_number or head.addressees:
        return False
    # A reporter's credit under a text that speaks of itself as the notice (本通告自发布之日起实施), or that
    # numbers its items (一、… / 二、…: the notice's own, held-out 127 oc01, 141 oq04), is a repost's: the
    # reporter only carried the notice.
    if has_news_signs(text) and not has_news_signs(_without_credit_lines(text)) and (
            _SELF_REFERENCE.search(text) or _numbers_items(text)):
        return False
    return has_news_signs(text) or len(re.findall(r"^#{1,3}\s", text, re.M)) >= 3 or _lead_then_report(text)


def _numbers_items(text: str) -> bool:
    """Whether the text numbers items of its own, the first two of a list (一、… then 二、…) each opening a line.

    >>> _numbers_items("当前，…\\n一、暂停营业。\\n二、居家监测。"), _numbers_items("一是暂停营业。\\n据了解，…")
    (True, False)
    """
    found = [m for line in text.split("\n") if (m := match_marker(line.strip()))]
    return any(a[0] == b[0] and (a[1], b[1]) == (1, 2) for a, b in zip(found, found[1:]))


def _lead_then_report(text: str) -> bool:
    """A reporter's lead on the notice (8月15日，某办公室发布通告，…) followed by the reporter's own
    words (据了解，…, 记者从…获悉, 通告指出，…): a report on the notice, not a repost of it.

    >>> _lead_then_report("某地解封\\n8月15日，某市办公室发布通告，经多轮检测，已解除静默管理。\\n据了解，近日多地出现疫情。")
    True
    >>> _lead_then_report("8月15日，某市办公室发布通告，解除静默管理。\\n根据有关规定，决定解除静默管理。")
    False

    A reporter who learned of it from the issuer (10月23日，记者从某县领导小组获悉，…) and the issuer
    named as the one who requires (某县领导小组要求，…): the notice's own text never speaks of its
    issuer so.

    >>> _lead_then_report("10月23日，记者从某县领导小组获悉，发现1例阳性。\\n某县领导小组要求，从10月23日零时起，暂不离开县域。")
    True
    >>> _lead_then_report("10月23日，记者从某县领导小组获悉，发布通告如下。\\n根据有关规定，决定暂不离开县域。")
    False
    """
    r = rules()
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return any(r.lead.search(line) and r.reported.match(after) or r.briefing.search(line) and _body_requires(after)
               for line, after in zip(lines, lines[1:]))


# A body named as the subject of a requirement (某县领导小组要求，…; 市指挥部明确：…).
_BODY_SAYS = re.compile(r"^([^，。,：:]{2,40}?)(?:还|并|同时)?(?:要求|明确|强调|指出)[，,：:]")


def _body_requires(line: str) -> bool:
    m = _BODY_SAYS.match(line)
    return bool(m) and ends_with_body(m.group(1))


def reports_on_notice(lines: list[str], lead: str = "") -> bool:
    """The text a reporter's lead stands over, when it numbers nothing and turns back to the
    notice in the reporter's words (公告显示，…, 通告指出，…, 据了解，…): a report on the notice,
    not its repost, which would carry the notice's own words only. The lead may make the turn
    itself, its report in one paragraph (…发布了关于…的通告，通告称，…).

    >>> reports_on_notice(["鉴于疫情形势，市民非必要不出小区。", "公告显示，超市正常营业。"])
    True
    >>> reports_on_notice(["一、暂停营业。", "另据了解，全省均为低风险。"]), reports_on_notice(["根据规定，暂停营业。", "请广大居民配合。"])
    (False, False)
    >>> reports_on_notice([], "某网讯5月17日，某区指挥部发布了关于解除静态管理的通告，通告称，连续四天检测均为阴性。")
    True
    """
    r = rules()
    turns = [*lines, *re.split(r"[，,]", lead)[1:]]
    return not any(match_marker(line) for line in lines) and any(r.reported.match(line) or r.report_resumes.match(line) for line in turns)


def _without_credit_lines(text: str) -> str:
    """The text without its credit lines in brackets (（总台记者 某某 某某）: chrome's ``credit``)."""
    return "\n".join(line for line in text.split("\n") if not rules().credit.fullmatch(line.strip()))


# A notice's words about itself taking effect (extract's ``effect_sentence`` says the same for
# the finders; ingest may not import extract).
_SELF_REFERENCE = re.compile(r"(?:^|[。！!])\s*本(?:通告|公告|通知|命令|决定)[^。]{0,12}?(?:自|从|于)[^。]{0,30}?(?:起|之日)[^。]{0,6}?(?:施行|实施|执行|生效)")


_PAGE_SOURCE = re.compile(
    rf"^{PAGE_DAY}\s+{CLOCK}\s*来源\s*[:：]\s*(\S.{{0,30}}?)\s*(?:(?:编辑|责任编辑|责编|作者|记者)\s*[:：].*)?$"
    # (up to the page's next label run in after it: 来源:某某报编辑:某某)
    r"|(?:^|\s|(?<=\d)|(?<=【))来源\s*[:：]\s*([^\s|｜】]{2,30}?)(?=\s|[|｜】]|(?:编辑|责任编辑|责编|作者|记者|时间|日期|发布时间)\s*[:：]|$)"
    # or the outlet whose stamp it is, run into it (某某新闻客户端2022-09-01 09:59)
    r"|^([\u4e00-\u9fff]{2,12}(?:客户端|网|报|台|新闻))\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}",
    re.M,
)


def page_source(text: str) -> str | None:
    """The source a news page prints under its headline (``2020-03-26 23:53 来源：新华网``).

    >>> page_source("重庆：所有人员集中隔离\\n2020-03-26 23:53:17 来源： 新华网\\n新华社重庆3月26日电")
    '新华网'
    >>> page_source("发布时间：2020-03-26  来源：人民网  作者：某某"), page_source("某某新闻客户端2022-09-01 09:59")
    ('人民网', '某某新闻客户端')
    >>> page_source("2020-02-06 16:30来源:某某报编辑:某某"), page_source("来源：某某日报 | 责编：某某")
    ('某某报', '某某日报')
    >>> page_source("即日起，景区暂停开放。\\n【来源:某某旅游新闻网】")  # a credit in brackets under the report
    '某某旅游新闻网'

    The outlet, not its regional channel (来源:人民网-海南频道: held-out 162 pl08, 87 mo09):

    >>> page_source("2022-04-01 09:12 来源:某某网-某南频道")
    '某某网'
    """
    m = _PAGE_SOURCE.search(text)
    return _CHANNEL.sub("", next(g for g in m.groups() if g)) if m else None


# An outlet's regional channel after its name (人民网-海南频道).
_CHANNEL = re.compile(r"[-－—][\u4e00-\u9fff]{2,8}频道$")


def newspaper(text: str) -> str | None:
    """The paper a report is by: its byline or credit.

    >>> newspaper("本报讯 昨日，某某日报记者获悉。"), newspaper("开展大排查。（北京日报）")
    ('某某日报', '北京日报')
    >>> newspaper("某某晚报安徽网大皖新闻讯5月17日晨，某区指挥部发布了通告")
    '某某晚报'
    """
    m = _NEWSPAPER.search(text)
    return (m.group(1) or m.group(2)) if m else None


def news_agency(text: str) -> str | None:
    """The agency whose dateline opens a report.

    >>> news_agency("新华社昆明9月21日电（记者某某）某市宣布…"), news_agency("某某网某地11月4日电 某旗指挥部公告称，…")
    ('新华社', '某某网')
    >>> news_agency("某南新闻网讯 （记者 某某）8月27日，…"), news_agency("据新华社报道，…") is None, news_agency("本报讯 昨日，…") is None
    ('某南新闻网', True, True)
    """
    m = _AGENCY.search(text)
    return m.group(1) if m else None


# A page's stamp printing the month and day alone (日期:07-11), on a line of its own.
_YEARLESS_STAMP = re.compile(r"^\s*(?:日期|时间|发布时间|发布日期|更新时间)\s*[:：]\s*(\d{1,2})-(\d{1,2})\s*$", re.M)


def yearless_stamp_date(text: str, body: list[str]) -> str | None:
    """The day of a page's stamp printed without its year (日期:07-11), as ISO, the year from a date of that month
    or the month before in the notice's own text (自2022年7月11日12:00时起), as a lead's day takes it (adjudication Q4;
    held-out 259 te03, 188 ql02); None when the text prints no such date (held-out 42 kv04).

    >>> yearless_stamp_date("某地全域管控\\n日期:07-11\\n根据…", ["一、自2022年7月11日12时起管控。"])
    '2022-07-11'
    >>> yearless_stamp_date("日期:06-02\\n4月22日以来，…", ["4月22日以来，…"]), yearless_stamp_date("日期:2022-06-02", ["2022年6月"])
    (None, None)
    """
    m = _YEARLESS_STAMP.search(text)
    if not m:
        return None
    return _day_in_year_of_text(int(m.group(1)), int(m.group(2)), body)


def report_headline(line: str | None) -> str | None:
    """The headline of a report, unless the line the page opens with is the report's own first sentence: its
    agency's dateline (某某网某地3月8日电 （某某）…) or a sentence closed by its full stop; a page printing no
    headline has none (held-out 141 oq03, 251 sw06: adjudicated titles null).

    >>> report_headline("某市全域解除管控"), report_headline("某某网2月24日讯 某市指挥部日前发布通告。")
    ('某市全域解除管控', None)
    >>> report_headline("某某网某地3月8日电 （某某）某市办公室8日下午发布通告称，")
    """
    return None if not line or _AGENCY.match(line) or "。" in line else line


def dateline_date(text: str, body: list[str]) -> str | None:
    """The day an agency's dateline names (中新网昆明11月10日电), as ISO, the year from a date of that
    month or the month before in the report's own text (adjudication Q4: a dateline dates the report;
    held-out 235 sg01, 147 ow04, 141 oq03); None when the text prints no such date.

    >>> dateline_date("某某网某地11月10日电 11月9日晚，某县通报…", ["从2020年11月9日24时起，暂停返校。"])
    '2020-11-10'
    >>> dateline_date("某某网某地11月10日电 某县通报…", ["自2021年6月1日起"]), dateline_date("某县通报", ["自2020年11月9日起"])
    (None, None)
    >>> dateline_date("某某网2月24日讯 某市指挥部日前发布通告，", ["决定自2022年2月24日0时起，解除管控。"])
    '2022-02-24'
    """
    m = _AGENCY.search(text)
    if not m or not m["month"]:
        return None
    return _day_in_year_of_text(int(m["month"]), int(m["day"]), body)
