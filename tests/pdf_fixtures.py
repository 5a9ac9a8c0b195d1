"""Real PDFs for reader tests, laid out like printed official documents (公文).

Uses reportlab's built-in CID font STSong-Light, which needs no font file and which
pdfplumber maps back to the right Unicode text.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 72
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN

pdfmetrics.registerFont(UnicodeCIDFont(FONT))


# Typesetters keep these off the start of a line (避头点), letting the line run one longer.
NO_LINE_START = set("，。、；：？！）》」』”’,.;:?!)")


def cells(char: str) -> int:
    """Width in half-width cells: Chinese characters and full-width forms take two."""
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def wrap(text: str, width: int, indent: int = 0) -> list[str]:
    """Hard-wrap at `width` full-width characters (digits and Latin letters count half, as
    set), the first line `indent` characters shorter."""
    lines = []
    while text:
        room = 2 * (width - (indent if not lines else 0))
        take = 0
        while take < len(text) and room - cells(text[take]) >= 0:
            room -= cells(text[take])
            take += 1
        while take < len(text) and text[take] in NO_LINE_START:
            take += 1
        lines.append(text[:take])
        text = text[take:]
    return lines


class _Pages:
    """Draws lines top to bottom, starting a new page (with its furniture) when one is full."""

    def __init__(self, path: Path, size: float, header: str | None, encrypt: StandardEncryption | None = None):
        self.canvas = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
        self.size = size
        self.leading = size * 1.8
        self.header = header
        self.page = 1
        self.y = PAGE_HEIGHT - MARGIN

    def line(self, text: str, *, align: str = "left", indent: int = 0, size: float | None = None) -> None:
        size = size or self.size
        if self.y - size < MARGIN + 2 * self.size:
            self._finish_page()
            self.canvas.showPage()
            self.page += 1
            self.y = PAGE_HEIGHT - MARGIN
        self.y -= size
        self.canvas.setFont(FONT, size)
        if align == "centre":
            self.canvas.drawCentredString(PAGE_WIDTH / 2, self.y, text)
        elif align == "right":
            self.canvas.drawRightString(PAGE_WIDTH - MARGIN - 2 * size, self.y, text)
        else:
            self.canvas.drawString(MARGIN + indent * size, self.y, text)
        self.y -= self.leading - size

    def gap(self) -> None:
        self.y -= self.leading

    def _finish_page(self) -> None:
        self.canvas.setFont(FONT, self.size * 0.8)
        if self.header:
            self.canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - MARGIN / 2, self.header)
        self.canvas.drawCentredString(PAGE_WIDTH / 2, MARGIN / 2, f"— {self.page} —")

    def save(self) -> None:
        self._finish_page()
        self.canvas.save()


def make_notice_pdf(
    path: Path,
    title_lines: list[str],
    doc_number: str,
    paragraphs: list[str],
    *,
    chars_per_line: int = 28,
    header: str | None = None,
    addressees: str | None = None,
    closing: list[str] = (),
    encrypt: StandardEncryption | None = None,
) -> Path:
    """A multi-page notice: centred title and 文号, the addressee line flush left, body
    paragraphs hard-wrapped at `chars_per_line` with a 2-character first-line indent,
    `closing` lines (issuer, date) right-aligned, "— N —" at the foot of every page and
    `header` (if any) at the top of every page."""
    size = min(16.0, TEXT_WIDTH / chars_per_line)
    pages = _Pages(path, size, header, encrypt)
    for line in title_lines:
        pages.line(line, align="centre", size=size * 1.3)
    pages.gap()
    pages.line(doc_number, align="centre")
    pages.gap()
    if addressees:
        for line in wrap(addressees, chars_per_line):
            pages.line(line)
    for paragraph in paragraphs:
        for i, line in enumerate(wrap(paragraph, chars_per_line, indent=2)):
            pages.line(line, indent=2 if i == 0 else 0)
    if closing:
        pages.gap()
        for line in closing:
            pages.line(line, align="right")
    pages.save()
    return path


def make_scanned_pdf(path: Path) -> Path:
    """One page holding only an image (dark bars standing in for scanned lines of text)."""
    image = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(image)
    for top in range(80, 720, 40):
        draw.rectangle((60, top, 540, top + 18), fill=30)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(image), MARGIN, MARGIN, width=TEXT_WIDTH, height=PAGE_HEIGHT - 2 * MARGIN)
    c.showPage()
    c.save()
    return path


def make_encrypted_pdf(path: Path, user_password: str = "secret") -> Path:
    """A notice that cannot be opened without `user_password`."""
    return make_notice_pdf(
        path, ["关于做好疫情防控工作的通知"], "某政办发〔2022〕1号", ["各单位要落实防控责任。"],
        encrypt=StandardEncryption(user_password, ownerPassword="owner"),
    )


def make_truncated_pdf(path: Path, source: Path) -> Path:
    """The first half of `source`'s bytes, like an interrupted download."""
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path
