"""Text of a PDF, one paragraph per line, without the page furniture (page numbers,
running headers, the 版记).

Every line is read with its position and type size (``PrintedLine``), so that
``pdf_layout`` can join the printed lines into paragraphs by where they stand.
"""
from __future__ import annotations

import io
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from ingest.errors import SourceError
from ingest.pdf_layout import PrintedLine, PrintedPage, is_red, read_layout

# Page-number lines: "— 3 —", "- 3 -", "-3-", "第3页", "第 3 页 共 9 页", "共9页 第3页", "3/9", "Page 3 of 9".
_PAGE_NUMBER = re.compile(
    r"[-—–－─]+\s*\d+\s*[-—–－─]+"
    r"|第\s*\d+\s*页\s*[,，/]?\s*(共\s*\d+\s*页)?"
    r"|共\s*\d+\s*页\s*[,，/]?\s*第\s*\d+\s*页"
    r"|\d+\s*/\s*\d+"
    r"|page\s*\d+(\s*(of|/)\s*\d+)?",
    re.IGNORECASE,
)
# A bare number counts as a page number only as the last line of a page.
_BARE_NUMBER = re.compile(r"\d{1,3}")
_CID = re.compile(r"\(cid:\d+\)")
# Up to this share of "(cid:N)" glyphs (fonts without a Unicode map) the text is kept, with a note.
_MAX_CID_SHARE = 0.1
# Line clustering tolerance as a share of the font size: mixed CJK/Latin fonts on one line
# have tops a few points apart, while lines of a notice are more than a font size apart.
_Y_TOLERANCE_RATIO = 0.35
# Characters further apart than this share of the font size start a new word (a space):
# below a Latin word space (about 0.25 em; TeX output has no space glyphs), above the
# letter-spacing of justified CJK lines.
_X_TOLERANCE_RATIO = 0.15
# Running headers and footers stand at the same height on every page, within this many points.
_SAME_PLACE = 3.0
# Running headers/footers are looked for this many times, as removing one can expose another.
_FURNITURE_PASSES = 3


# Furniture is found by text alone: lines as strings or as printed, with their places.
Line = str | PrintedLine


def _text(line: Line) -> str:
    return line if isinstance(line, str) else line.text


@dataclass
class _Dropped:
    kind: str  # "page number" | "running header" | "running footer"
    page: int  # 1-based
    line: str


def read_pdf(data: bytes, name: str) -> tuple[str, list[str]]:
    """(text, notes) of a PDF's bytes; raises SourceError naming `name`."""
    _check_envelope(data, name)
    notes: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if pdf.doc.encryption is not None:
                notes.append("encrypted with an owner password only; text extracted")
            printed = [_read_page(page, number) for number, page in enumerate(pdf.pages, 1)]
    except PdfminerException as e:
        cause = e.args[0] if e.args else e
        if isinstance(cause, PDFPasswordIncorrect):
            raise SourceError(name, "encrypted PDF: needs a password to read") from e
        if isinstance(cause, PDFEncryptionError):
            raise SourceError(name, f"encrypted PDF with an unsupported method ({_brief(cause)})") from e
        raise SourceError(name, f"corrupt PDF ({_brief(cause)})") from e
    except Exception as e:  # pdfminer raises many kinds of errors on damaged files
        raise SourceError(name, f"corrupt PDF ({_brief(e)})") from e
    if not printed:
        raise SourceError(name, "corrupt PDF: no pages found")
    if not any(page.lines for page in printed):
        raise SourceError(name, "no text layer (scanned images?); run OCR first")
    empty = [str(page.number) for page in printed if not page.lines]
    if empty:
        notes.append(f"no text layer on pages {', '.join(empty)} (images only?)")
    kept, dropped = strip_page_furniture([page.lines for page in printed])
    for page, lines in zip(printed, kept):
        page.lines = lines
    notes.extend(_describe(dropped))
    reading = read_layout(printed)
    if reading.folios:
        notes.append("dropped page numbers by their place: " + ", ".join(repr(f) for f in reading.folios))
    if reading.marks:
        notes.append("dropped marks by the masthead: " + ", ".join(repr(m) for m in reading.marks))
    if reading.masthead:
        notes.append(f"masthead {reading.masthead!r}")
    if reading.imprint:
        notes.append("dropped 版记: " + " / ".join(repr(line) for line in reading.imprint))
    text = "\n".join(reading.paragraphs)
    notes.extend(_check_cid(text, name))
    return text, notes


def strip_page_furniture(pages: list[list[Line]]) -> tuple[list[list[Line]], list[_Dropped]]:
    """Remove page numbers and lines repeated at the top or bottom of most pages."""
    pages = [list(lines) for lines in pages]
    dropped: list[_Dropped] = []
    finders = (
        _page_numbers,
        lambda p: _running_lines(p, 0, "running header"),
        lambda p: _running_lines(p, -1, "running footer"),
    )
    for _ in range(_FURNITURE_PASSES):
        before = len(dropped)
        for finder in finders:
            for item, index in finder(pages):
                del pages[item.page - 1][index]
                dropped.append(item)
        if len(dropped) == before:
            break
    return pages, dropped


def _brief(error: BaseException) -> str:
    """The error's type and message, cut: pdfminer quotes whole damaged objects."""
    message = f"{type(error).__name__}: {error}"
    return message if len(message) <= 160 else message[:160] + "…"


def _check_envelope(data: bytes, name: str) -> None:
    if b"%PDF-" not in data[:1024]:
        head = data[:200].lstrip().lower()
        looks = " (it looks like an HTML page: a failed download?)" if head.startswith((b"<!doctype", b"<html", b"<?xml")) else ""
        raise SourceError(name, f"not a PDF file: no %PDF header{looks}")
    # The spec puts %%EOF in the last 1024 bytes; without it pages may be missing silently.
    if b"%%EOF" not in data[-1024:]:
        raise SourceError(name, "truncated or corrupt PDF: no %%EOF marker at the end of the file")


def _read_page(page, number: int) -> PrintedPage:
    """The page's lines with their places and type, its horizontal rules, and its ruled
    tables as one line per row."""
    # Fake bold (each glyph drawn twice, slightly offset) is common in titles.
    page = page.dedupe_chars()
    printed = PrintedPage(number, float(page.width), float(page.height))
    sizes = [c["size"] for c in page.chars if not c["text"].isspace()]
    if not sizes:
        return printed
    tables = _tables(page, statistics.median(sizes))
    found = page.extract_text_lines(
        x_tolerance_ratio=_X_TOLERANCE_RATIO,
        y_tolerance=max(3.0, _Y_TOLERANCE_RATIO * statistics.median(sizes)),
    )
    for line in found:
        chars = [c for c in line["chars"] if not c["text"].isspace()]
        if not chars or any(_inside(line, table.bbox) for table in tables):
            continue
        printed.lines.append(PrintedLine(
            line["text"].strip(), number, line["x0"], line["x1"], line["top"], line["bottom"],
            size=Counter(round(c["size"], 1) for c in chars).most_common(1)[0][0],
            coloured=sum(is_red(c.get("non_stroking_color")) for c in chars) > len(chars) / 2,
            lead=chars[0]["x1"] - chars[0]["x0"],
        ))
    if tables:
        printed.lines.extend(row for table in tables for row in _table_rows(table, number))
        printed.lines.sort(key=lambda line: line.top)  # each row in its place
    printed.rules = [(e["x0"], e["x1"], e["top"]) for e in page.horizontal_edges]
    return printed


def _tables(page, size: float) -> list:
    """Ruled tables: looked for only on pages with vertical rules taller than a line."""
    if sum(e["height"] > 2 * size for e in page.vertical_edges) < 2:
        return []
    return [t for t in page.find_tables() if len(t.rows) >= 2]


def _inside(line: dict, bbox: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = bbox
    middle = (line["top"] + line["bottom"]) / 2
    return top <= middle <= bottom and line["x0"] >= x0 - 1 and line["x1"] <= x1 + 1


def _table_rows(table, number: int) -> list[PrintedLine]:
    """A row as one line, its cells joined by tabs (as the Word reader gives them);
    a cell's own line wraps joined."""
    rows = []
    chars = table.page.within_bbox(table.bbox).chars
    size = statistics.median(c["size"] for c in chars) if chars else 0.0
    for row, cells in zip(table.rows, table.extract()):
        text = "\t".join(re.sub(r"\s*\n\s*", "", cell).strip() for cell in cells if cell is not None)
        if text.strip():
            x0, top, x1, bottom = row.bbox
            rows.append(PrintedLine(text, number, x0, x1, top, bottom, size, row=True))
    return rows


def _page_numbers(pages: list[list[Line]]) -> list[tuple[_Dropped, int]]:
    found = []
    for number, lines in enumerate(pages, 1):
        if not lines:
            continue
        first, last = _text(lines[0]), _text(lines[-1])
        if _PAGE_NUMBER.fullmatch(last) or _BARE_NUMBER.fullmatch(last):
            found.append((_Dropped("page number", number, last), len(lines) - 1))
        elif len(lines) > 1 and _PAGE_NUMBER.fullmatch(first):
            found.append((_Dropped("page number", number, first), 0))
    return found


def _running_lines(pages: list[list[Line]], position: int, kind: str) -> list[tuple[_Dropped, int]]:
    """Lines at `position` (0 top, -1 bottom) that repeat, up to digits, on most pages."""
    if len(pages) < 2:
        return []
    by_key: dict[str, list[int]] = defaultdict(list)
    for number, lines in enumerate(pages, 1):
        if len(lines) > 1:  # a page's only line is content, not a header
            by_key[_furniture_key(_text(lines[position]))].append(number)
    found = []
    for numbers in by_key.values():
        repeated = [pages[number - 1][position] for number in numbers]
        if len(numbers) >= 2 and len(numbers) > len(pages) / 2 and _same_place(repeated):
            for number in numbers:
                lines = pages[number - 1]
                found.append((_Dropped(kind, number, _text(lines[position])), position % len(lines)))
    return found


def _same_place(lines: list[Line]) -> bool:
    """Printed lines repeat as furniture only in one place and type on every page: a
    title opening page 1 and a signature of the same words opening page 2 are not a
    running header."""
    placed = [line for line in lines if isinstance(line, PrintedLine)]
    return all(
        max(values) - min(values) <= tolerance
        for values, tolerance in (
            ([line.top for line in placed], _SAME_PLACE),
            ([line.x0 for line in placed], _SAME_PLACE),
            ([line.size for line in placed], 0.5),
        )
        if values
    )


def _furniture_key(line: str) -> str:
    """Headers differ from page to page only in their numbers ("第3期", "2/9")."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line))


def _describe(dropped: list[_Dropped]) -> list[str]:
    notes = []
    numbers = [d for d in dropped if d.kind == "page number"]
    if numbers:
        notes.append("dropped page numbers: " + ", ".join(f"{d.line!r} (p. {d.page})" for d in numbers))
    running: dict[tuple[str, str], list[_Dropped]] = defaultdict(list)
    for d in dropped:
        if d.kind != "page number":
            running[(d.kind, _furniture_key(d.line))].append(d)
    for (kind, _), items in running.items():
        pages = ", ".join(str(d.page) for d in items)
        notes.append(f"dropped {kind} {items[0].line!r} from pages {pages}")
    return notes


def _check_cid(text: str, name: str) -> list[str]:
    cids = len(_CID.findall(text))
    if not cids:
        return []
    visible = len(re.sub(r"\s", "", _CID.sub("x", text)))
    if cids > _MAX_CID_SHARE * visible:
        raise SourceError(name, f"text layer without Unicode mapping ({cids} glyphs shown as (cid:N)); run OCR first")
    return [f"{cids} glyphs without a Unicode mapping left as (cid:N)"]
