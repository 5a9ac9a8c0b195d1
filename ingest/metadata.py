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

from .chrome import BRACKETED_NUMBER, NUMBER_LINE, TITLE_PREFIX, ends_with_body, has_news_signs, rules
from .markers import ATTACHMENT_HEADING, BRACKETED_YEAR, DOC_NUMBER, match_marker

# The 日 may be cut off the end of a page (2021年11月11).
_CN_DATE = re.compile(r"^([〇○零一二三四五六七八九\d]{4})年([一二三四五六七八九十\d]{1,3})月([一二三四五六七八九十\d]{1,3})日?$")
_STAMP = re.compile(r"[（(](?:代章|盖章|印章|公章)[）)]\s*$")
_TITLE_WORDS = re.compile(
    r"(?:通知|通告|公告|意见|方案|办法|决定|指南|函|规定|措施|细则|预案|要点|批复|报告|命令|指引|倡议书)$"
)
_TITLE_END = re.compile(r"(?:通知|通告|公告|意见|方案|办法|决定|指南|规定|措施|细则|预案|要点|批复|报告)")
_PAPER = r"[\u4e00-\u9fff]{2,6}(?:日报|晚报|晨报|商报|时报|都市报)"
# A paper's byline (某某日报记者, 某某日报讯), or its credit closing a paragraph: （北京日报）.
_NEWSPAPER = re.compile(rf"({_PAPER})(?:记者|讯|社)|[（(]({_PAPER})[）)]")
# A news agency's dateline: 新华社昆明9月21日电.
_AGENCY = re.compile(r"(新华社|中新社|中新网|人民网|央视网|央广网)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电")
_ADDRESSEE_MAX = 150
# The masthead is the issuing body's name followed by 文件 (GB/T 9704).
MASTHEAD_SUFFIX = "文件"
_REPEATED = re.compile(r"(.+?)\1+", re.DOTALL)


# A serial in bare numerals on a line of its own under the title: （十五）.
_SERIAL_LINE = re.compile(r"[（(](?P<n>[一二三四五六七八九十百]{1,4})(?P<order>)[）)]")


@dataclass
class Head:
    title: str | None = None
    doc_number: str | None = None
    addressees: list[str] | None = None
    masthead: str | None = None  # the issuing body named by the masthead (发文机关标志)
    # The head block as it stands in the text, so a scrape's repeats of it can be cut out.
    parts: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)


# A year in Chinese numerals is read digit by digit (二〇二一), not as a number.
_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def iso_date(text: str) -> str | None:
    """``2021年1月25日`` or ``二〇二一年一月二十五日`` as ``2021-01-25``.

    >>> iso_date("二〇二一年一月二十五日"), iso_date("2021 年 11 月 3 日"), iso_date("近期")
    ('2021-01-25', '2021-11-03', None)
    """
    m = _CN_DATE.match(re.sub(r"\s", "", text))
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
        and bool(body.strip(" ，,、"))  # a colon alone names no one
        and not re.search(r"[（(][^）)]*$", body)  # nor does one inside brackets: （责任单位：…）
        and ("，" in body or "、" in body or "," in body or len(body) <= 30)
    )


def split_addressees(line: str) -> list[str]:
    """The organisations of an addressee line.

    >>> split_addressees("各区县人民政府，市级有关部门，有关单位：")
    ['各区县人民政府', '市级有关部门', '有关单位']
    """
    return [a.strip() for a in re.split(r"[，,]", line.rstrip("：:")) if a.strip()]


def _halve_repeat(text: str) -> str:
    """A scrape may print the title twice or more in a row: one copy of it.

    >>> _halve_repeat("关于加强防控的通知关于加强防控的通知")
    '关于加强防控的通知'
    """
    m = _REPEATED.fullmatch(text)
    return m.group(1) if m else text


def split_head(paragraphs: list[str]) -> Head:
    """Separate title, document number and addressees from the body paragraphs."""
    head = Head()
    title_lines: list[str] = []
    above: list[str] = []  # lines over the document's own title: a masthead block
    numbered_at = 0  # how many title lines stood before the document number
    rest = list(paragraphs)
    while rest:
        line = rest[0]
        # The bracket rules out most lines before DOC_NUMBER, which opens with the issuer
        # and is tried at every character.
        number = not head.doc_number and BRACKETED_YEAR.search(line) and DOC_NUMBER.search(line)
        if number and number.start() <= 100 and not re.search(r"[《（(][^》）)]*$", line[: number.start()]):
            start = number.start()
            # Glued to the title, the document number's prefix must not swallow the title's end.
            ends = [m.end() for m in _TITLE_END.finditer(line, 0, line.index(number.group()[-1], start))]
            start = max([e for e in ends if start < e] or [start])
            before, after = line[:start].strip(), line[number.end():].strip()
            head.doc_number = line[start : number.end()].strip()
            if before:
                title_lines.append(before)
            numbered_at = len(title_lines)
            rest[0:1] = [after] if after else []
            continue
        # The number printed under the title (（第1号）, 2号令), or over it on a line of its
        # own, as a masthead's 文号 stands when the page's masthead is cut off (第23号).
        printed = not head.doc_number and (title_lines or head.parts or len(rest) > 1) and NUMBER_LINE.match(line)
        serial = not head.doc_number and title_lines and _SERIAL_LINE.fullmatch(line)
        if serial:  # a serial in bare numerals under the title: （十五）
            printed = serial
        if printed:
            head.doc_number = re.sub(r"\s", "", printed.group("n") or printed.group("order"))
            numbered_at = len(title_lines)
            head.parts.append(line)
            rest.pop(0)
            continue
        colon = re.search(r"：|:(?!\d)", line)  # not the colon of a time, 14:30
        # An untitled notice may open with its addressee line (广大市民朋友们：), over a line of its text.
        untitled = (not head.parts and not title_lines and colon and colon.end() == len(line) and not rules().label.match(line)
                    and len(rest) > 1 and re.search(r"[。！；]|[：:]$", rest[1]))
        if colon and _is_addressee_line(line[: colon.end()]) and (head.doc_number or title_lines or untitled):
            head.addressees = split_addressees(line[: colon.end()])
            head.parts.append(line[: colon.end()])
            remainder = line[colon.end():].strip()
            rest[0:1] = [remainder] if remainder else []
            break
        # No title line holds a sentence, starts with a provision's number or ends in a
        # colon (现通知如下：).
        if len(line) > 60 or re.search(r"[。；]|[：:，,]$", line) or match_marker(line):
            break
        titled = [t for t in title_lines if not t.endswith(MASTHEAD_SUFFIX)]
        if head.doc_number and titled and not _TITLE_WORDS.search(line) and not re.search(r"关于", line):
            break  # a short first line of the body (a heading) after a complete title
        if head.doc_number and numbered_at and line.startswith("关于"):
            # A masthead (the body's name, the kind, the number) over the document's own title;
            # a line after the number is the title's first (某市…办公室 / 关于…的通知).
            above, title_lines = title_lines[:numbered_at], title_lines[numbered_at:]
            head.parts.extend(above)
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
        rest[0:0] = title_lines[keep:]
        title_lines = title_lines[:keep]
    headline, title_lines = _own_title(title_lines)
    head.parts.extend(headline)
    if title_lines:
        head.title = _halve_repeat("".join(dict.fromkeys(title_lines)).lstrip("#").strip())
        head.parts.extend(dict.fromkeys([head.title, *title_lines]))
    if head.doc_number:
        head.parts.append(head.doc_number)
    head.body = rest
    return head


# A line that is a headline of its own: it ends in a bracket or names the document's kind.
_HEADLINE_END = re.compile(rf"(?:[）)]|{_TITLE_END.pattern})$")


def _own_title(lines: list[str]) -> tuple[list[str], list[str]]:
    """(a repost's headline, the notice's own title) from the lines over the text: a site
    prints its headline (…新增5个高风险区（梁山县高峰）) over the title the notice
    names its kind in; a title wrapped over lines has no such end before its last line.

    >>> _own_title(["某县新增5个高风险区（某县）", "某县关于新增高风险区的通告"])
    (['某县新增5个高风险区（某县）'], ['某县关于新增高风险区的通告'])
    >>> _own_title(["某县新型冠状病毒感染的", "肺炎疫情防控指挥部", "通告"])
    ([], ['某县新型冠状病毒感染的', '肺炎疫情防控指挥部', '通告'])
    """
    if len(lines) < 2 or not _TITLE_END.search(lines[-1]):
        return [], lines
    ends = [i for i, t in enumerate(lines[:-1]) if _HEADLINE_END.search(t)]
    if not ends or re.match(r"[的和及与]", lines[ends[-1] + 1]):
        return [], lines
    return lines[: ends[-1] + 1], lines[ends[-1] + 1 :]


# A signature date whose year a copy dropped (``年1月23日``): it still closes the signature.
# So does a date a site printed without 年 and 月 that reads two ways (2020127日: 1-27 or 12-7).
_YEARLESS_DATE = re.compile(r"^年?[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$|^20\d{5,6}日?$")


def signature(paragraphs: list[str]) -> tuple[str | None, str | None]:
    """The signing body and the ISO date from the last lines of a notice, or of the
    lines before its attachments (an attachment is printed after the signature).

    >>> signature(["恳请理解支持！", "某市指挥部", "年1月23日"]), signature(["特此通告。", "某县人民政府", "2020127日"])
    (('某市指挥部', None), ('某县人民政府', None))
    """
    found = _signature_before(paragraphs, len(paragraphs))
    attachments = [i for i, p in enumerate(paragraphs) if ATTACHMENT_HEADING.fullmatch(p)]
    if found == (None, None) and attachments:
        found = _signature_before(paragraphs, attachments[0])
    return found


def _signature_before(paragraphs: list[str], end: int) -> tuple[str | None, str | None]:
    for i in range(end - 1, max(-1, end - 6), -1):
        date = iso_date(paragraphs[i])
        if date or _YEARLESS_DATE.match(paragraphs[i].strip()):
            issuer = None
            if i > 0 and len(paragraphs[i - 1]) <= 60 and not re.search(r"[。；！？，：:]", paragraphs[i - 1]):
                issuer = _STAMP.sub("", paragraphs[i - 1]).strip() or None
            return issuer, date
    return None, None


# A body's name followed by the kind of document: 武汉市…指挥部通告.
_KIND_AFTER_BODY = re.compile(r"^(?P<body>[\u4e00-\u9fff（）()]{4,60}?)(?:[一二三四五六七八九十]+条)?(?:通告|公告|通知|命令|令)$")
# A number printed with the title: （第30号）, 第59号公告, 17号令.
# The number in brackets as printed (（通告2022年第42号）, （郸防指〔2020〕3号）, （十五）), or
# run into the title (第59号公告, 17号令).
_TITLE_NUMBER = re.compile(
    rf"\s*[（(]({BRACKETED_NUMBER})[）)]\s*$"
    r"|((?:\d{4}年)?第\d{1,4}号)(?=(?:通告|公告|令)$)|(\d{1,4}号令)$"
    r"|(?<=通告|公告)((?:〔\d{4}〕|\d{4}年)?第\s*\d{1,4}\s*号)$"
)


def issuer_from_title(title: str | None) -> str | None:
    """``X关于…的通知`` is issued by X; so is ``X通告`` when X is a body's name.

    >>> issuer_from_title("某市指挥部关于加强防控的通知"), issuer_from_title("武汉市疫情防控指挥部通告")
    ('某市指挥部', '武汉市疫情防控指挥部')
    """
    if title and "关于" in title:
        before = title.split("关于", 1)[0].strip()
        return before or None
    m = _KIND_AFTER_BODY.match(title or "")
    return m.group("body") if m and ends_with_body(m.group("body")) else None


def title_and_number(title: str | None) -> tuple[str | None, str | None]:
    """A title as a repost prints it: without quotes 《》, a place name before it, or the
    number printed with it, which is the document number.

    >>> title_and_number("武汉市指挥部通告（第30号）")
    ('武汉市指挥部通告', '第30号')
    >>> title_and_number("《关于加强防控的通知》"), title_and_number("石家庄：关于加强防控的通告")
    (('关于加强防控的通知', None), ('关于加强防控的通告', None))
    >>> title_and_number("某市人民政府第59号公告"), title_and_number("某市人民政府17号令")
    (('某市人民政府公告', '第59号'), ('某市人民政府', '17号令'))
    >>> title_and_number("某市指挥部通告（通告2022年第42号）"), title_and_number("某市办公室关于划定风险区域的通告（十五）")
    (('某市指挥部通告', '通告2022年第42号'), ('某市办公室关于划定风险区域的通告', '十五'))
    """
    if not title:
        return title, None
    if title.startswith("《") and title.count("《") == 1 and title.count("》") == title.endswith("》"):
        title = title[1:].removesuffix("》")  # quoted, or its quote never closed
    title = TITLE_PREFIX.sub("", title).rstrip("（(")  # a bracket the page cut off
    m = _TITLE_NUMBER.search(title)
    if not m:
        return title, None
    number = re.sub(r"\s", "", next(g for g in m.groups() if g))
    return (title[: m.start()] + title[m.end():]).strip() or None, number


# The notice a lead names: in 《》, or as the object of 发布 (发布天津市…指挥部第23号通告).
_LEAD_TITLE = re.compile(
    r"《([^《》]{4,80}(?:通知|通告|公告|意见|方案|办法|决定|规定|措施|令))》"
    r"|发布了?[！!：:]?([^，。、《》“”！!？?：:]{4,60}?[\u4e00-\u9fff]{2}(?:第\d{1,4}号)?(?:通告|公告|通知|令))(?=[，。：]|$)"
)
_LEAD_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日[^。]{0,60}?发布")
_YEAR = re.compile(r"(?:19|20)\d{2}(?=年|〕|\]|］)")


def lead_title(lead: str | None) -> str | None:
    """The notice a reposter's lead names in 《》.

    >>> lead_title("11月15日，某办公室发布了《关于加强出行管理的通知》，倡导…")
    '关于加强出行管理的通知'
    >>> lead_title("25日夜间，天津市疫情防控指挥部发布天津市疫情防控指挥部第23号通告。通告全文如下：")
    '天津市疫情防控指挥部第23号通告'
    >>> lead_title("刚刚发布！某区疫情防控指挥部通告")
    '某区疫情防控指挥部通告'
    >>> lead_title("27日晚，某市办公室发布通告，在全市开展筛查。") is None
    True
    """
    m = _LEAD_TITLE.search(lead or "")
    return (m.group(1) or m.group(2)) if m else None


def lead_date(lead: str | None, *dated: str | None) -> str | None:
    """The day a reposter's lead says the notice came out, as ISO; a lead gives month
    and day, the year comes from the lead, the document number or the title.

    >>> lead_date("国庆9月26日，某办公室发布关于做好国庆假期工作的通知", "渝办发〔2022〕49号")
    '2022-09-26'
    >>> lead_date("11月15日，某办公室发布了《关于加强管理的通知》") is None
    True
    """
    m = _LEAD_DATE.search(lead or "")
    if not m:
        return None
    years = [m.group(1)] if m.group(1) else [y.group() for t in dated if t for y in [_YEAR.search(t)] if y]
    return iso_date(f"{years[0]}年{m.group(2)}月{m.group(3)}日") if years else None


def is_news(text: str, head: Head) -> bool:
    """A report in a reporter's words, rather than a notice (or a repost of one)."""
    if head.doc_number or head.addressees:
        return False
    return has_news_signs(text) or len(re.findall(r"^#{1,3}\s", text, re.M)) >= 3


_PAGE_SOURCE = re.compile(
    r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*来源\s*[:：]\s*(\S.{0,30}?)\s*$"
    r"|(?:^|\s)来源\s*[:：]\s*([^\s|｜]{2,30})",
    re.M,
)


def page_source(text: str) -> str | None:
    """The source a news page prints under its headline (``2020-03-26 23:53 来源：新华网``).

    >>> page_source("重庆：所有人员集中隔离\\n2020-03-26 23:53:17 来源： 新华网\\n新华社重庆3月26日电")
    '新华网'
    >>> page_source("发布时间：2020-03-26  来源：人民网  作者：某某")
    '人民网'
    """
    m = _PAGE_SOURCE.search(text)
    return (m.group(1) or m.group(2)) if m else None


def newspaper(text: str) -> str | None:
    """The paper a report is by: its byline or credit.

    >>> newspaper("本报讯 昨日，某某日报记者获悉。"), newspaper("开展大排查。（北京日报）")
    ('某某日报', '北京日报')
    """
    m = _NEWSPAPER.search(text)
    return (m.group(1) or m.group(2)) if m else None


def news_agency(text: str) -> str | None:
    """The agency whose dateline opens a report.

    >>> news_agency("新华社昆明9月21日电（记者某某）某市宣布…")
    '新华社'
    """
    m = _AGENCY.search(text)
    return m.group(1) if m else None
