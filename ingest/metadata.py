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

from .markers import ATTACHMENT_HEADING, DOC_NUMBER, match_marker

_CN_DATE = re.compile(r"^([〇○零一二三四五六七八九\d]{4})年([一二三四五六七八九十\d]{1,3})月([一二三四五六七八九十\d]{1,3})日$")
_STAMP = re.compile(r"[（(](?:代章|盖章|印章|公章)[）)]\s*$")
_TITLE_WORDS = re.compile(
    r"(?:通知|通告|公告|意见|方案|办法|决定|指南|函|规定|措施|细则|预案|要点|批复|报告|命令|指引|倡议书)$"
)
_TITLE_END = re.compile(r"(?:通知|通告|公告|意见|方案|办法|决定|指南|规定|措施|细则|预案|要点|批复|报告)")
_NEWS_SIGNS = re.compile(r"本报讯|本报记者|通讯员|（记者|\(记者|记者\s*[\u4e00-\u9fff]{2,3}\s*[)）]")
_NEWSPAPER = re.compile(r"([\u4e00-\u9fff]{2,6}(?:日报|晚报|晨报|商报|时报|都市报))(?:记者|讯|社)")
_ADDRESSEE_MAX = 150
# The masthead is the issuing body's name followed by 文件 (GB/T 9704).
MASTHEAD_SUFFIX = "文件"
_REPEATED = re.compile(r"(.+?)\1+", re.DOTALL)
# The bracketed year of a document number: found by its bracket, it rules out most
# lines before DOC_NUMBER, which opens with the issuer and is tried at every character.
_NUMBER_YEAR = re.compile(r"[〔\[［【（(]\s*(?:19|20)\d{2}\s*[〕\]］】）)]")


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

    >>> iso_date("二〇二一年一月二十五日"), iso_date("2021年11月3日"), iso_date("近期")
    ('2021-01-25', '2021-11-03', None)
    """
    m = _CN_DATE.match(text.strip())
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
        and not body.endswith("如下")
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
    rest = list(paragraphs)
    while rest:
        line = rest[0]
        number = not head.doc_number and _NUMBER_YEAR.search(line) and DOC_NUMBER.search(line)
        if number and number.start() <= 100 and not re.search(r"[《（(][^》）)]*$", line[: number.start()]):
            start = number.start()
            # Glued to the title, the document number's prefix must not swallow the title's end.
            ends = [m.end() for m in _TITLE_END.finditer(line, 0, line.index(number.group()[-1], start))]
            start = max([e for e in ends if start < e] or [start])
            before, after = line[:start].strip(), line[number.end():].strip()
            head.doc_number = line[start : number.end()].strip()
            if before:
                title_lines.append(before)
            rest[0:1] = [after] if after else []
            continue
        colon = re.search(r"[：:]", line)
        if colon and _is_addressee_line(line[: colon.end()]) and (head.doc_number or title_lines):
            head.addressees = split_addressees(line[: colon.end()])
            head.parts.append(line[: colon.end()])
            remainder = line[colon.end():].strip()
            rest[0:1] = [remainder] if remainder else []
            break
        # No title line holds a sentence, starts with a provision's number or ends in a
        # colon (现通知如下：).
        if len(line) > 60 or re.search(r"[。；]|[：:]$", line) or match_marker(line):
            break
        titled = [t for t in title_lines if not t.endswith(MASTHEAD_SUFFIX)]
        if head.doc_number and titled and not _TITLE_WORDS.search(line) and not re.search(r"关于", line):
            break  # a short first line of the body (a heading) after a complete title
        title_lines.append(line)
        rest.pop(0)
    masthead = [t for t in title_lines if t.endswith(MASTHEAD_SUFFIX)]  # the red "…文件"
    if masthead:
        head.masthead = masthead[0].removesuffix(MASTHEAD_SUFFIX)
        head.parts.extend(masthead)
        title_lines = [t for t in title_lines if t not in masthead]
    if not head.doc_number and not head.addressees:
        # Nothing after the title shows where it ends: it runs to the line naming its
        # kind (…的通知), else it is the first line. The short lines after it are the
        # body's, as they are when the clean text is read again.
        named = [i for i, t in enumerate(title_lines) if _TITLE_END.search(t)]
        keep = named[-1] + 1 if named else 1
        rest[0:0] = title_lines[keep:]
        title_lines = title_lines[:keep]
    if title_lines:
        head.title = _halve_repeat("".join(dict.fromkeys(title_lines)).lstrip("#").strip())
        head.parts.extend(dict.fromkeys([head.title, *title_lines]))
    if head.doc_number:
        head.parts.append(head.doc_number)
    head.body = rest
    return head


def signature(paragraphs: list[str]) -> tuple[str | None, str | None]:
    """The signing body and the ISO date from the last lines of a notice, or of the
    lines before its attachments (an attachment is printed after the signature)."""
    found = _signature_before(paragraphs, len(paragraphs))
    attachments = [i for i, p in enumerate(paragraphs) if ATTACHMENT_HEADING.fullmatch(p)]
    if found == (None, None) and attachments:
        found = _signature_before(paragraphs, attachments[0])
    return found


def _signature_before(paragraphs: list[str], end: int) -> tuple[str | None, str | None]:
    for i in range(end - 1, max(-1, end - 6), -1):
        date = iso_date(paragraphs[i])
        if date:
            issuer = None
            if i > 0 and len(paragraphs[i - 1]) <= 60 and not re.search(r"[。；！？，：:]", paragraphs[i - 1]):
                issuer = _STAMP.sub("", paragraphs[i - 1]).strip() or None
            return issuer, date
    return None, None


def issuer_from_title(title: str | None) -> str | None:
    """``X关于…的通知`` is issued by X."""
    if title and "关于" in title:
        before = title.split("关于", 1)[0].strip()
        return before or None
    return None


def is_news(text: str, head: Head) -> bool:
    """A report in a reporter's words, rather than a notice (or a repost of one)."""
    if head.doc_number or head.addressees:
        return False
    return bool(_NEWS_SIGNS.search(text)) or len(re.findall(r"^#{1,3}\s", text, re.M)) >= 3


def newspaper(text: str) -> str | None:
    m = _NEWSPAPER.search(text)
    return m.group(1) if m else None
