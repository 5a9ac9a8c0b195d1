"""Text of a PDF page by page, without the page furniture (page numbers, running headers).

Lines come out as printed (wrapped), one per "\\n"; pages are joined by a blank line.
Unwrapping is the cleaning stage's job.
"""
from __future__ import annotations

import io
import re
import statistics
from collections import defaultdict
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from ingest.errors import SourceError

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
# Running headers/footers are looked for this many times, as removing one can expose another.
_FURNITURE_PASSES = 3


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
            pages = [_page_lines(page) for page in pdf.pages]
    except PdfminerException as e:
        cause = e.args[0] if e.args else e
        if isinstance(cause, PDFPasswordIncorrect):
            raise SourceError(name, "encrypted PDF: needs a password to read") from e
        if isinstance(cause, PDFEncryptionError):
            raise SourceError(name, f"encrypted PDF with an unsupported method ({_brief(cause)})") from e
        raise SourceError(name, f"corrupt PDF ({_brief(cause)})") from e
    except Exception as e:  # pdfminer raises many kinds of errors on damaged files
        raise SourceError(name, f"corrupt PDF ({_brief(e)})") from e
    if not pages:
        raise SourceError(name, "corrupt PDF: no pages found")
    if not any(pages):
        raise SourceError(name, "no text layer (scanned images?); run OCR first")
    empty = [str(i + 1) for i, lines in enumerate(pages) if not lines]
    if empty:
        notes.append(f"no text layer on pages {', '.join(empty)} (images only?)")
    pages, dropped = strip_page_furniture(pages)
    notes.extend(_describe(dropped))
    text = "\n\n".join("\n".join(lines) for lines in pages if lines)
    notes.extend(_check_cid(text, name))
    return text, notes


def strip_page_furniture(pages: list[list[str]]) -> tuple[list[list[str]], list[_Dropped]]:
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


def _page_lines(page) -> list[str]:
    # Fake bold (each glyph drawn twice, slightly offset) is common in titles.
    page = page.dedupe_chars()
    sizes = [c["size"] for c in page.chars if not c["text"].isspace()]
    if not sizes:
        return []
    text = page.extract_text(
        x_tolerance_ratio=_X_TOLERANCE_RATIO,
        y_tolerance=max(3.0, _Y_TOLERANCE_RATIO * statistics.median(sizes)),
    )
    return [line.strip() for line in text.split("\n") if line.strip()]


def _page_numbers(pages: list[list[str]]) -> list[tuple[_Dropped, int]]:
    found = []
    for number, lines in enumerate(pages, 1):
        if not lines:
            continue
        last = len(lines) - 1
        if _PAGE_NUMBER.fullmatch(lines[last]) or _BARE_NUMBER.fullmatch(lines[last]):
            found.append((_Dropped("page number", number, lines[last]), last))
        elif len(lines) > 1 and _PAGE_NUMBER.fullmatch(lines[0]):
            found.append((_Dropped("page number", number, lines[0]), 0))
    return found


def _running_lines(pages: list[list[str]], position: int, kind: str) -> list[tuple[_Dropped, int]]:
    """Lines at `position` (0 top, -1 bottom) that repeat, up to digits, on most pages."""
    if len(pages) < 2:
        return []
    by_key: dict[str, list[int]] = defaultdict(list)
    for number, lines in enumerate(pages, 1):
        if len(lines) > 1:  # a page's only line is content, not a header
            by_key[_furniture_key(lines[position])].append(number)
    found = []
    for numbers in by_key.values():
        if len(numbers) >= 2 and len(numbers) > len(pages) / 2:
            for number in numbers:
                lines = pages[number - 1]
                found.append((_Dropped(kind, number, lines[position]), position % len(lines)))
    return found


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
