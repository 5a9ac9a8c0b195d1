"""Undo the page layout of extracted text: page numbers, page breaks, hard wraps.

The result has one paragraph per line.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import groupby
from statistics import quantiles

from .chrome import HAN, SIGNATURE_DATE, rules
from .kinds import names_kind
from .markers import BARE_MARKER, CONTINUES_NUMBER, PAGE_NUMBER, match_marker, ordinal

# A line counts as "full" (wrapped by the layout, not ended by the writer) when it
# reaches this share of the page's line width: justified CJK lines vary by a few
# characters with punctuation and half-width digits.
FULL_LINE_SHARE = 0.9
# At least this share of the lines must sit at the page width for the text to be
# treated as hard-wrapped; text from HTML or Word has ragged, unwrapped lines.
WRAPPED_SHARE = 0.4
# Or: full lines that stop mid-sentence, at least this many and most of the full
# lines. A writer never ends a paragraph mid-sentence, so they are hard wraps even
# in a one-page notice, whose title block and short last lines keep the share low.
# Either way it takes this many full lines: two of equal width in a short text are chance.
MIN_FULL_LINES = 3
_SENTENCE_END = re.compile(r"[。！？：；:）)”」』]$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


@lru_cache(maxsize=1)
def _one_cell() -> re.Pattern:
    """The characters of the Basic Multilingual Plane that take one cell, but the line
    break, as one class.

    Every line of every notice is measured: the regex engine deletes them from all
    lines in one pass, while a lookup per character costs several times more. The
    class stops at U+FFFF, where the engine still tests a character with one table lookup.
    """
    narrow = [code for code in range(0x10000) if code != ord("\n") and not _is_wide(chr(code))]
    # Consecutive code points differ from their index in the list by the same amount.
    runs = [[code for _, code in run] for _, run in groupby(enumerate(narrow), lambda pair: pair[1] - pair[0])]
    return re.compile("[" + "".join(f"{re.escape(chr(run[0]))}-{re.escape(chr(run[-1]))}" for run in runs) + "]")


def line_widths(lines: list[str]) -> list[int]:
    """The display width of each line (lines hold no line break)."""
    joined = "\n".join(lines)
    if _ASTRAL.search(joined):  # rare, and beyond the class of one-cell characters
        return [sum(2 if _is_wide(c) else 1 for c in line) for line in lines]
    wide = _one_cell().sub("", joined).split("\n")
    return [len(line) + len(chars) for line, chars in zip(lines, wide)]


def display_width(line: str) -> int:
    """Width in half-width cells: Chinese characters count two."""
    return line_widths([line])[0]


def drop_page_numbers(text: str) -> str:
    """Remove lines that hold only a page number.

    >>> drop_page_numbers("防控工作\\n\\n— 3 —\\n\\n有序开展")
    '防控工作\\n\\n\\n有序开展'
    """
    lines = text.split("\n")
    out: list[str] = []
    skip: set[int] = set()
    for i, line in enumerate(lines):
        if i in skip:
            continue
        if not PAGE_NUMBER.match(line):
            out.append(line)
            continue
        below = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        if below is not None and out and _cut_by_page(out[-1], lines[below]):
            out[-1] = out[-1].rstrip() + lines[below].strip()  # the sentence the page cut, joined
            skip.update(range(i + 1, below + 1))
    return "\n".join(out)


# A sentence a page break cut: the line before the page number has begun an order (要/须/应…)
# and stops on a character; the line after it opens on a character and ends the sentence.
# (要求, 要点, 须知 and 应急 name things: 一、总体要求 is a label.)
_BEGUN_ORDER = re.compile(r"(?:要(?![求点])|须(?!知)|应(?![急对用])|必须|务必|不得|严禁)[^，。；：:,;]*[\u4e00-\u9fff]$")


def _cut_by_page(above: str, below: str) -> bool:
    """Whether a page number stands inside a sentence (…要严格落实 / 第 1 页 共 2 页 / 扫码、测温…。).

    >>> _cut_by_page("一、各类经营场所要严格落实", "扫码、测温等措施。"), _cut_by_page("一、总体要求", "各单位要落实责任。")
    (True, False)
    """
    above, below = above.strip(), below.strip()
    return (bool(_BEGUN_ORDER.search(above)) and re.match(r"[\u4e00-\u9fff（(“]", below) is not None
            and match_marker(below) is None and re.search(r"[。；！？]$", below) is not None)


def page_width(lines: list[str], widths: list[int] | None = None) -> int | None:
    """The width of a full line when the text is hard-wrapped, else None.

    ``widths`` are the lines' display widths, when the caller has measured them.
    """
    widths = widths or line_widths(lines)
    long_lines = [w for w in widths if w >= 20]
    if len(long_lines) < 5:
        return None
    width = int(quantiles(long_lines, n=10)[7])  # the 80th percentile: full lines dominate a page
    full = [line for line, w in zip(lines, widths) if FULL_LINE_SHARE * width <= w <= width * 1.1]
    broken = [line for line in full if not _SENTENCE_END.search(line)]
    if len(full) < MIN_FULL_LINES:
        return None
    if len(full) >= WRAPPED_SHARE * len(widths) or len(broken) >= max(MIN_FULL_LINES, len(full) / 2):
        return width
    return None


# The marks of a clause or a sentence: no title holds one.
_CLAUSE_MARK = re.compile(r"[，,。；;：:！!？?]")


def complete_title(line: str) -> bool:
    """A line that is a whole title: it names its kind of document at its end (…的通告,
    某县指挥部公告) and holds no clause. It ends its paragraph even where it fills the page's
    width, as a site's headline over the document's own title does, or a title over the
    page's stamp line.

    >>> complete_title("某市关于新增高风险区的通告"), complete_title("某县疫情防控指挥部公告")
    (True, True)
    >>> complete_title("经研究决定，现将有关事项通告"), complete_title("关于进一步加强疫情防控工作的")
    (False, False)
    """
    return names_kind(line) and not _CLAUSE_MARK.search(line)


def starts_paragraph(line: str) -> bool:
    """A numbered provision or a heading always starts a paragraph."""
    return match_marker(line) is not None or bool(_MARKDOWN_HEADING.match(line))


def _opens_signature(lines: list[str], k: int, previous: str) -> bool:
    """Whether line k, after a paragraph that ends a sentence, opens the signature: a body's
    name on one short unpunctuated line, or wrapped over two, over the date. It starts a
    paragraph even under a full line of text that ended its sentence at the margin.

    >>> _opens_signature(["共筑防疫屏障。", "某市新型冠状病毒感染的肺炎", "疫情防控工作指挥部", "2022 年 5 月 13 日"], 1, "共筑防疫屏障。")
    True
    >>> _opens_signature(["各单位要严格落实防控", "措施", "2022年5月13日"], 1, "各单位要严格落实防控")
    False
    >>> _opens_signature(["…要求，", "严格落实。", "2022年5月13日"], 1, "…要求，")
    False
    """
    if not _SENTENCE_END.search(previous):
        return False
    for end in (k + 1, k + 2):
        if end < len(lines) and SIGNATURE_DATE.match(lines[end]):
            return all(len(line) <= 30 and not _CLAUSES.search(line) for line in lines[k:end])
    return False


# A label over a list (解除以下管控区： / 管控措施如下：): a short clause of its own ending in a colon.
_LABEL_LINE = re.compile(r"^[^，,。；;：:]{2,24}[：:]$")


def _opens_unwrapped(line: str, wider: bool, previous: str) -> bool:
    """Whether ``line``, after a paragraph that ends a sentence, starts a paragraph even under a full line of
    text (a list's entries as wide as the page, the page's width set by its long tail of headlines; held-out
    133 oi03): a label over what follows, or a line wider than the page, which no wrapping printed.

    >>> _opens_unwrapped("解除以下管控区：", False, "经开区城南街道文昌路、桐乡大道的合围区域。")
    True
    >>> _opens_unwrapped("告如下：", False, "为切实做好防控工作，现将有关事项通")
    False
    """
    return bool(_SENTENCE_END.search(previous) and (wider or _LABEL_LINE.match(line)))


# Chinese typesetting never opens a line with a mark that closes a clause or a bracket,
# and a paragraph never ends on a comma. A copy whose lines open with such marks was broken
# before its punctuation (当前 / ，国内疫情… / 、多地频发… / 一 / 、加强…); one whose lines end
# on commas was broken after them (当前， / 国内疫情呈现多点散发、 / 多地频发的态势，) — most
# of its lines so. Each such line is joined to its neighbour; a numbered provision still
# starts a line. A page that does it once or twice is something else (a farm's ，即可查看详情;
# an item that lost its number, 、加强…; a line ending on a comma before a page break).
_NEVER_OPENS = "，,、。．；;：:！!？?）)」』》〉】〕”’…"
_CLAUSE_MARKS = "，,、。；;：:！!？?"
_NEVER_ENDS = "，,、"
_MIN_PUNCTUATION_WRAPS = 5
_PUNCTUATION_WRAP_SHARE = 0.2


def join_punctuation_wraps(text: str) -> str:
    """Join the lines of a copy broken at its punctuation: before it (each line opening with
    closing punctuation goes on the line above) or after it (each line ending on a comma
    goes on with the line below).

    >>> join_punctuation_wraps("当前\\n，疫情多点散发\\n、多地频发\\n。为严防输入\\n，现通告如下\\n：\\n一\\n、加强报备\\n。")
    '当前，疫情多点散发、多地频发。为严防输入，现通告如下：\\n一、加强报备。'
    >>> join_punctuation_wraps("当前，\\n疫情多点散发、\\n多地频发，\\n为严防输入，\\n现通告如下：\\n一、加强报备，\\n主动报告行程，\\n配合核酸检测。")
    '当前，疫情多点散发、多地频发，为严防输入，现通告如下：\\n一、加强报备，主动报告行程，配合核酸检测。'
    >>> join_punctuation_wraps("各单位要落实责任\\n、加强重点场所防控。\\n特此通告。")
    '各单位要落实责任\\n、加强重点场所防控。\\n特此通告。'
    """
    lines = text.split("\n")
    nonblank = [line.strip() for line in lines if line.strip()]
    if _systematic(sum(1 for line in nonblank if line[0] in _CLAUSE_MARKS), len(nonblank)):
        joins = lambda above, line: line[0] in _NEVER_OPENS
    elif _systematic(sum(1 for line in nonblank if line[-1] in _NEVER_ENDS), len(nonblank)):
        joins = lambda above, line: above[-1] in _NEVER_ENDS and not starts_paragraph(line)
    else:
        return text
    out: list[str] = []
    for line in lines:
        above = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), None)
        if line.strip() and above is not None and joins(out[above].strip(), line.strip()):
            del out[above + 1:]  # blank lines inside the sentence
            out[above] = out[above].rstrip() + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _systematic(wraps: int, lines: int) -> bool:
    return wraps >= _MIN_PUNCTUATION_WRAPS and wraps >= _PUNCTUATION_WRAP_SHARE * lines


def join_bare_markers(text: str) -> str:
    """Join an item number printed on a line of its own to the line it numbers, after a space
    (`1` / `8月1日起，…` → `1 8月1日起，…`), as WeChat posts lay out their items: a number
    alone over each label line. A bare number counts only in a run of its style counting
    1, 2, … in order, each number over a line of text; a bare number for any other reason
    (a page counter, a count in a table, a view count, a forum's post counts 3 / 主题 / 10 /
    回帖) counts no run, and a line that opens with a unit goes on with the number
    (`3` / `月15日`).

    >>> join_bare_markers("现通告如下：\\n\\n1\\n\\n8月1日起，恢复紧急状态。\\n\\n2\\n实行红事缓办。")
    '现通告如下：\\n\\n1 8月1日起，恢复紧急状态。\\n\\n2 实行红事缓办。'
    >>> join_bare_markers("3\\n主题\\n10\\n回帖")
    '3\\n主题\\n10\\n回帖'
    """
    lines = text.split("\n")
    bare: dict[int, tuple[str, int, int]] = {}  # line → (style, ordinal, the line it numbers)
    for k, line in enumerate(lines):
        m = BARE_MARKER.fullmatch(line)
        if not m:  # most lines: the line below is looked for only under a bare number
            continue
        below = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        if below is not None and not BARE_MARKER.fullmatch(lines[below]) and not CONTINUES_NUMBER.match(lines[below].strip()):
            bare[k] = (m.lastgroup, ordinal(m.group(m.lastgroup)), below)
    counted = _counted_runs([(k, style, n) for k, (style, n, _) in bare.items()])
    joined: dict[int, str] = {}
    for k in counted:
        below = bare[k][2]
        joined[k] = lines[k].strip() + " " + lines[below].strip()
    skip = {j for k in counted for j in range(k + 1, bare[k][2] + 1)}
    return "\n".join(joined.get(k, line) for k, line in enumerate(lines) if k not in skip)


def _counted_runs(numbers: list[tuple[int, str, int]]) -> set[int]:
    """Of (position, style, ordinal) in order, the positions in runs of one style counting
    1, 2, … (two or more numbers; a list may restart at 1 under its next section).

    >>> sorted(_counted_runs([(0, "digit", 1), (3, "digit", 2), (5, "digit", 3), (9, "digit", 1), (12, "digit", 2)]))
    [0, 3, 5, 9, 12]
    >>> sorted(_counted_runs([(0, "digit", 3), (2, "digit", 10), (4, "digit", 38), (6, "cn", 1)]))
    []
    """
    counted: set[int] = set()
    last: dict[str, tuple[int, int]] = {}  # style → (position, ordinal) of its last number
    for k, style, n in numbers:
        before = last.get(style)
        if before and n == before[1] + 1 and (before[0] in counted or before[1] == 1):
            counted.update((before[0], k))
        last[style] = (k, n)
    return counted


def unwrap_lines(text: str) -> str:
    """Join hard-wrapped lines into paragraphs and drop blank (page-break) lines.

    A paragraph ends after a line clearly shorter than the page width, and a
    numbered provision starts a new one. A full line ending in ``。`` does not
    end a paragraph by itself: a sentence often ends exactly at the margin.
    Text that is not hard-wrapped keeps one paragraph per line.
    """
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    widths = line_widths(lines)
    width = page_width(lines, widths)
    if width is None:
        return "\n".join(_join_broken_off(lines))
    paragraphs: list[str] = []
    previous_full = False
    for k, (line, line_width) in enumerate(zip(lines, widths)):
        if paragraphs and previous_full and not starts_paragraph(line) and not _opens_signature(lines, k, paragraphs[-1]) \
                and not _opens_unwrapped(line, line_width > 1.1 * width, paragraphs[-1]):
            paragraphs[-1] += line
        else:
            paragraphs.append(line)
        # An addressee line ends in a colon and may fill the line; so may a whole title.
        previous_full = line_width >= FULL_LINE_SHARE * width and not line.endswith(("：", ":")) and not complete_title(line)
    return "\n".join(paragraphs)


# A page may break a paragraph off mid-sentence, a blank line between the halves: the
# first half is a long line of text that stops on a character (…强化个人), the second
# goes on from a character and ends a sentence (防护措施，戴口罩…。); or the first stops on a
# comma and the second is the clause that leads into what follows (…防疫成果， / 现将…如下：),
# not the fragment of another column of a newspaper page, which ends a sentence. A line
# opening with 、 is an item that lost its number, a line naming a label (注：…, 来源：…)
# is the page's, and a signature's date ends a line without punctuation. A line opening as a
# sentence does (请广大居民…, 当前…, 根据…, 为了…) is a paragraph of its own under one printed
# without its full stop (…实施常态化防控措施 / 请广大居民朋友…: held-out 141 oq02, 89 mq02, 129 oe08,
# 137 om09, 142 or10), not the tail of a sentence broken off.
_BROKEN_OFF = 60
_CLAUSES = re.compile(r"[，,；;。]")
_ENDS_ON_CHARACTER = re.compile(r"[\u4e00-\u9fff](?<![年月日])$")
_ENDS_ON_COMMA = re.compile(r"[，,]$")
_LEADS_IN = re.compile(r"[：:]$")
_LABELLED = re.compile(r"^[^，。；,;]{0,8}[：:]")


def _opens_sentence(line: str) -> bool:
    """Whether a line opens as a paragraph of a notice does: a request (请…) or a notice's opening
    words (当前…, 根据…, 为了…), which no sentence broken off mid-clause goes on with.

    >>> _opens_sentence("请广大居民朋友做好个人防护。"), _opens_sentence("当前疫情形势依然严峻，"), _opens_sentence("防护措施，戴口罩。")
    (True, True, False)
    """
    return line.startswith("请") or bool(rules().opening.match(line))


def _join_broken_off(lines: list[str]) -> list[str]:
    """Lines of text that is not hard-wrapped, a paragraph broken off mid-sentence joined.

    >>> _join_broken_off(["各单位要" + "落实责任，" * 12 + "强化个人", "防护措施，戴口罩、勤洗手。", "特此通告。"])[1:]
    ['特此通告。']
    >>> _join_broken_off(["各单位要" + "落实责任，" * 12 + "属于公有领域", "注：本文属于公有领域。"])[1]
    '注：本文属于公有领域。'
    >>> _join_broken_off(["近期疫情多点散发。" + "为巩固防控成果，" * 8, "现将有关事项通告如下："])
    ['近期疫情多点散发。为巩固防控成果，为巩固防控成果，为巩固防控成果，为巩固防控成果，为巩固防控成果，为巩固防控成果，为巩固防控成果，为巩固防控成果，现将有关事项通告如下：']
    >>> _join_broken_off(["各单位要" + "落实责任，" * 12 + "避免前往中高风险地区", "、加强重点场所防控。"])[1]
    '、加强重点场所防控。'
    >>> _join_broken_off(["自9月24日0时起，解除中风险区。" + "全区实施常态化，" * 6 + "实施常态化防控措施", "请广大居民朋友做好个人防护。"])[1]
    '请广大居民朋友做好个人防护。'
    """
    out: list[str] = []
    for line in lines:
        above = out[-1] if out else ""
        ends = _ENDS_ON_CHARACTER.search(above) or (_ENDS_ON_COMMA.search(above) and _LEADS_IN.search(line))
        if (len(above) >= _BROKEN_OFF and ends and _CLAUSES.search(above)
                and HAN.match(line) and not starts_paragraph(line) and _SENTENCE_END.search(line) and not _LABELLED.match(line)
                and not _opens_sentence(line)):
            out[-1] = above + line
        else:
            out.append(line)
    return out

