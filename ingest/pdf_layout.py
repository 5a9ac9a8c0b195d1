"""The paragraphs of a printed notice, read from where its lines stand on the page.

Official documents are set on the grid of GB/T 9704: body paragraphs open with a
two-character indent and fill the text block to its right edge but for their last
line; the title and the 文号 are centred, the signature and date set to the right;
the masthead (发文机关标志, ``…文件``) is large, usually red, type above the first
rule; the 版记 (``抄送：…``, ``…印发``) closes the last page. Read by position, a
wrapped line and a paragraph's end are what they look like, where the text alone
leaves them to be guessed from line lengths.

Text with no geometry keeps the plain-text heuristics of ``layout.unwrap_lines``.
"""
from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from .layout import starts_paragraph
from .markers import ATTACHMENT_HEADING
from .metadata import MASTHEAD_SUFFIX


@dataclass
class PrintedLine:
    text: str
    page: int  # 1-based
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # the font size most of its characters have
    coloured: bool = False  # printed in colour (a red masthead), not black or grey
    lead: float = 0.0  # width of its first character
    row: bool = False  # a table row, its cells joined by tabs


@dataclass
class PrintedPage:
    number: int  # 1-based
    width: float
    height: float
    lines: list[PrintedLine] = field(default_factory=list)
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # horizontal rules: x0, x1, y


@dataclass
class Grid:
    """The text block of the body: its font size, edges and line pitch."""

    size: float
    left: float
    right: float
    centre: float  # of the page: titles are centred on it, or on the text block
    leading: float

    @property
    def block_centre(self) -> float:
        return (self.left + self.right) / 2


# A line this much larger than the body is display type (masthead, title).
_DISPLAY_RATIO = 1.05
# The masthead is larger still than the title, or in colour.
_MASTHEAD_RATIO = 1.25
# A line is full when the next line's first character would not have fitted after it
# (lines holding narrow digits stop short by up to a character), give or take this
# share of a character.
_FIT_TOLERANCE = 0.1
# Indents are in characters: GB/T 9704 indents paragraphs by two; a line starting three
# or more characters in is centred or set to the right.
_INDENT_MIN = 0.5
_STANDALONE_INDENT = 2.75
# Lines of one title are closer than this share of their size; the 文号 and the title
# are set well apart.
_TITLE_GAP = 0.9
# A gap between lines this many times the line pitch is space between paragraphs (half
# a line or more).
_BLANK_LINE = 1.4
# Rules this share of the text block wide are the masthead's or the 版记's, not underlines.
_RULE_SHARE = 0.6
# The masthead's rule is in the upper part of the first page (GB/T 9704 sets it about
# 80 mm down); lower rules are the 版记's or a table's.
_MASTHEAD_DEPTH = 0.4
# A page number: up to three digits between a few marks (dashes, dots, 一 used as a dash).
_FOLIO = re.compile(r"(?:[^\w]|一){0,4}\s*\d{1,3}\s*(?:[^\w]|一){0,4}")
# A page number sits in the bottom margin, further below the text than a line pitch.
_FOLIO_GAP = 1.3
# The 版记 is looked for among the document's last lines.
_IMPRINT_LINES = 6
_IMPRINT = re.compile(
    r"^(?:抄送|抄报|分送|发送|主题词)\s*[：:]"
    r"|(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^。；，]{0,8}印发$"
)
# Punctuation that may hang past the right edge rather than open a line (避头点).
_HANGING = re.compile(r"[，。、；：？！）》」』”’,.;:?!)]$")
_ADDRESSEES_MAX = 150
# What GB/T 9704 sets above the masthead: 份号 (six digits), 密级 and its term (秘密★1年),
# 紧急程度 (特急, 加急).
_MARK = re.compile(r"\d{6}|(?:绝密|机密|秘密)\S{0,6}|特急|加急|特提|平急")


def is_red(colour) -> bool:
    """A fill colour that is red: RGB with red well above green and blue, or CMYK
    with magenta and yellow but little cyan and black."""
    if not isinstance(colour, (tuple, list)):
        return False
    if len(colour) == 3:
        r, g, b = colour
        return r >= 0.5 and g <= 0.4 and b <= 0.4
    if len(colour) == 4:
        c, m, y, k = colour
        return m >= 0.5 and y >= 0.5 and c <= 0.3 and k <= 0.3
    return False


def find_grid(lines: list[PrintedLine], page_width: float) -> Grid:
    """The body's font size (the size most characters have), left edge, right edge
    (where full lines end) and line pitch."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size * 2) / 2] += len(line.text)
    size = weights.most_common(1)[0][0]
    body = [line for line in lines if abs(line.size - size) <= 0.5 and not line.row] or lines
    # Most lines start at the left edge, or, in a notice of one-line paragraphs, at the
    # indent two characters in.
    usual = Counter(round(line.x0) for line in body).most_common(1)[0][0]
    left = min(line.x0 for line in body if usual - _STANDALONE_INDENT * size <= line.x0 <= usual + 1)
    # Full lines end at the edge, or, when a comma or stop may not open the next line,
    # past it: those are left out. Of the line ends near the furthest, the most frequent.
    ends = [
        line.x1 for line in body
        if line.x0 < left + _STANDALONE_INDENT * size and not _HANGING.search(line.text)
    ]
    ends = ends or [line.x1 for line in body]
    top = max(ends)
    near = Counter(round(x) for x in ends if x >= top - 2 * size)
    right = float(max(near, key=lambda x: (near[x], x)))
    pitches = [
        b.top - a.top
        for a, b in zip(body, body[1:])
        if a.page == b.page and 0 < b.top - a.top < 3 * size
    ]
    leading = statistics.median(pitches) if pitches else 1.5 * size
    return Grid(size, left, right, page_width / 2, leading)


def alignment(line: PrintedLine, grid: Grid) -> str:
    """"centre", "right" (set apart from the left edge, not centred), "indent" or "left"."""
    indent = (line.x0 - grid.left) / grid.size
    mid = (line.x0 + line.x1) / 2
    centred = min(abs(mid - grid.centre), abs(mid - grid.block_centre)) < grid.size
    if centred and line.size >= _DISPLAY_RATIO * grid.size:
        return "centre"
    if indent >= _STANDALONE_INDENT:
        return "centre" if centred else "right"
    return "indent" if indent >= _INDENT_MIN else "left"


def split_masthead(pages: list[PrintedPage], grid: Grid) -> tuple[list[PrintedLine], list[PrintedLine]]:
    """(the masthead's lines, the marks around it): the large or coloured lines above
    the first page's first rule, or, without a rule, its leading coloured display
    lines. The marks are the short lines set above it or beside the 文号 (份号,
    密级, 特急): furniture of the copy, not of the notice."""
    first = pages[0]
    marked = [
        line for line in first.lines
        if line.coloured or line.size >= _MASTHEAD_RATIO * grid.size
    ]
    wide = [
        y for x0, x1, y in first.rules
        if x1 - x0 >= _RULE_SHARE * (grid.right - grid.left) and y <= _MASTHEAD_DEPTH * first.height
    ]
    below = [y for y in wide if any(line.bottom <= y for line in marked)]
    if below:
        rule = min(below)
        masthead = [line for line in marked if line.bottom <= rule]
        above = [line for line in first.lines if line.bottom <= rule and line not in masthead]
    else:
        leading = list(itertools.takewhile(_is_mark, first.lines))
        masthead = list(itertools.takewhile(
            lambda line: line.coloured and line.size >= _DISPLAY_RATIO * grid.size, first.lines[len(leading):]
        ))
        above = leading if masthead else []
    return masthead, [line for line in above if _is_mark(line)]


def _is_mark(line: PrintedLine) -> bool:
    return bool(_MARK.fullmatch(re.sub(r"\s+", "", line.text)))


def masthead_text(lines: list[PrintedLine]) -> str:
    return "".join(line.text.replace(" ", "") for line in lines)


def split_folios(pages: list[PrintedPage], grid: Grid) -> list[str]:
    """Remove page numbers in styles the text patterns do not know (``·3·``, ``一 3 一``):
    a page's last line that is a number with a little decoration, set apart from the
    text above it in the bottom margin."""
    found = []
    for page in pages:
        if len(page.lines) < 2:
            continue
        last, above = page.lines[-1], page.lines[-2]
        if _FOLIO.fullmatch(last.text.strip()) and last.top - above.top > _FOLIO_GAP * grid.leading:
            found.append(page.lines.pop().text)
    return found


def split_imprint(lines: list[PrintedLine]) -> tuple[list[PrintedLine], list[PrintedLine]]:
    """(body, 版记): the 版记 runs from its first ``抄送：`` or ``…印发`` line among the
    last lines to the end."""
    start = len(lines) - _IMPRINT_LINES
    for i in range(max(0, start), len(lines)):
        if _IMPRINT.search(lines[i].text.strip()):
            return lines[:i], lines[i:]
    return lines, []


def opens_paragraph(previous: PrintedLine | None, line: PrintedLine, grid: Grid, indented: bool) -> bool:
    """Whether `line` starts a paragraph rather than continuing `previous`'s.

    `indented`: the document opens its paragraphs with an indent, so an unindented
    line after a full one continues it even when it starts like a provision.
    """
    if previous is None or line.row or previous.row:
        return True
    where, before = alignment(line, grid), alignment(previous, grid)
    if where == "centre" and before == "centre":
        # Lines of one title: same type, close together.
        return not (
            line.page == previous.page
            and abs(line.size - previous.size) <= 0.5
            and line.top - previous.bottom < _TITLE_GAP * line.size
        )
    if "centre" in (where, before) or "right" in (where, before) or where == "indent":
        return True
    if abs(line.size - previous.size) > 0.5:
        return True
    if line.page == previous.page and line.top - previous.top > _BLANK_LINE * grid.leading:
        return True
    full = previous.x1 + line.lead > grid.right - _FIT_TOLERANCE * line.size
    if not full or ATTACHMENT_HEADING.fullmatch(line.text.strip()):
        return True
    return not indented and starts_paragraph(line.text)


def is_indented(lines: list[PrintedLine], grid: Grid) -> bool:
    """Whether paragraphs open with an indent: most lines after a short line (which
    surely ends a paragraph) are indented."""
    kinds = [alignment(line, grid) for line in lines]
    openers = [
        kinds[i] for i in range(1, len(lines))
        if kinds[i - 1] in ("left", "indent") and kinds[i] in ("left", "indent")
        and lines[i - 1].x1 + lines[i].lead <= grid.right - _FIT_TOLERANCE * lines[i].size
    ]
    return openers.count("indent") > len(openers) / 2


def paragraphs(lines: list[PrintedLine], grid: Grid) -> list[str]:
    """The lines joined into paragraphs, one string each."""
    indented = is_indented(lines, grid)
    out: list[str] = []
    previous = None
    head = 0  # paragraphs of the head: the title block's centred lines and the addressees
    for line in lines:
        text = line.text.strip()
        addressees = len(out) == head + 1 and _is_addressee_line(out[-1])
        if opens_paragraph(previous, line, grid, indented) or addressees:
            if len(out) == head and alignment(line, grid) == "centre":
                head += 1
            out.append(text)
        else:
            out[-1] += text
        previous = line
    return out


def _is_addressee_line(text: str) -> bool:
    """The first paragraph after the title block, when it is a line of addressees, may
    fill the line to its closing colon; the preamble after it is a paragraph of its own
    even when not indented."""
    return (
        text.endswith(("：", ":")) and not re.search(r"[。；！？]", text)
        and len(text) <= _ADDRESSEES_MAX and not starts_paragraph(text)
    )


@dataclass
class Reading:
    paragraphs: list[str]
    masthead: str | None = None
    imprint: list[str] = field(default_factory=list)
    folios: list[str] = field(default_factory=list)  # page numbers found by their place
    marks: list[str] = field(default_factory=list)  # 份号, 密级, 紧急程度 by the masthead


def read_layout(pages: list[PrintedPage]) -> Reading:
    """The body of a printed notice as paragraphs, with its masthead and 版记 apart."""
    lines = [line for page in pages for line in page.lines]
    if not lines:
        return Reading([])
    folios = split_folios(pages, find_grid(lines, pages[0].width))
    body, imprint = split_imprint([line for page in pages for line in page.lines])
    # The grid of the body alone: in a short notice the 版记's smaller type can outweigh it.
    grid = find_grid(body or imprint, pages[0].width)
    masthead, marks = split_masthead(pages, grid)
    body = [line for line in body if line not in masthead and line not in marks]
    found = masthead_text(masthead) or None
    text = paragraphs(body, grid)
    if found and found.endswith(MASTHEAD_SUFFIX):
        # Kept as the head's first line: the head reader knows "…文件" for a masthead.
        text.insert(0, found)
    return Reading(text, found, [line.text for line in imprint], folios, [line.text for line in marks])
