"""Real PDFs for reader tests, laid out like printed official documents (公文).

``official_pdf`` prints a notice (its gold text) in a layout drawn at random from
what offices print (GB/T 9704 and its local variants): type size, characters a
line, margins, indent, justification, page numbers, masthead, 版记, a table page.

Uses reportlab's built-in CID font STSong-Light, which needs no font file and which
pdfplumber maps back to the right Unicode text.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
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
RED = (0.8, 0.0, 0.0)

pdfmetrics.registerFont(UnicodeCIDFont(FONT))


# Typesetters keep these off the start of a line (避头点), letting the line run one longer.
NO_LINE_START = set("，。、；：？！）》」』”’,.;:?!)")


def ems(text: str) -> float:
    """Printed width of `text` in the font, in units of the type size."""
    return pdfmetrics.stringWidth(text, FONT, 1)


def wrap(text: str, width: float, indent: float = 0) -> list[str]:
    """Hard-wrap at `width` ems as printed (digits and Latin letters are narrower than
    Chinese characters), the first line `indent` ems shorter."""
    lines = []
    while text:
        room = width - (indent if not lines else 0)
        take, used = 0, 0.0
        while take < len(text) and used + ems(text[take]) <= room + 1e-6:
            used += ems(text[take])
            take += 1
        take = max(take, 1)
        while take < len(text) and text[take] in NO_LINE_START:
            take += 1
        lines.append(text[:take])
        text = text[take:]
    return lines


@dataclass(frozen=True)
class Layout:
    """How a notice is printed. The defaults are GB/T 9704's: 3号 type (16 pt), 28
    characters a line, paragraphs indented two characters, justified."""

    size: float = 16.0
    chars_per_line: int = 28
    left: float = 79.0  # margin, pt
    top: float = 72.0
    bottom: float = 72.0
    pitch: float = 1.75  # line pitch in type sizes
    indent: int = 2
    spacing: float = 0.0  # space between body paragraphs, in lines: block paragraphs have it
    justify: bool = True
    title_scale: float = 1.375  # 2号 over 3号
    page_numbers: str = "centre"  # "centre" | "alternate" | "none"
    number_format: str = "— {} —"
    masthead: bool = False
    urgency: bool = False  # 特急 above the masthead
    imprint: bool = False
    table: bool = False
    header: str | None = None

    @property
    def width(self) -> float:
        return self.chars_per_line * self.size

    @classmethod
    def random(cls, rng: random.Random) -> Layout:
        size = rng.choice([14.0, 15.0, 15.75, 16.0])
        chars = rng.randint(24, 30)
        room = PAGE_WIDTH - chars * size
        left = rng.uniform(max(40.0, room * 0.35), room * 0.6)
        return cls(
            size=size,
            chars_per_line=chars,
            left=left,
            top=rng.uniform(55, 100),
            bottom=rng.uniform(55, 90),
            pitch=rng.uniform(1.5, 1.9),
            **rng.choice([{"indent": 2}] * 3 + [{"indent": 0, "spacing": rng.choice([0.5, 1.0])}]),
            justify=rng.random() < 0.7,
            title_scale=rng.choice([1.25, 1.375, 1.5]),
            page_numbers=rng.choice(["centre", "alternate", "alternate", "none"]),
            number_format=rng.choice(["— {} —", "- {} -", "-{}-", "{}", "第{}页", "·{}·", "一 {} 一"]),
            masthead=rng.random() < 0.5,
            urgency=rng.random() < 0.3,
            imprint=rng.random() < 0.5,
            table=rng.random() < 0.3,
        )


@dataclass
class Notice:
    """The printed parts of a notice."""

    title: str
    doc_number: str | None = None
    addressees: list[str] | None = None
    body: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)  # set to the right: issuer, date
    notes: list[str] = field(default_factory=list)  # 附注: （此件公开发布）
    issuer: str | None = None

    @classmethod
    def from_gold(cls, gold: dict) -> Notice:
        """A notice from its gold annotation: the signature and 附注 are the paragraphs
        after the body that name the issuer, give a date or stand in brackets."""
        paragraphs = list(gold["paragraphs"])
        tail = []
        while paragraphs and len(tail) < 3 and _is_closing(paragraphs[-1], gold.get("issuer")):
            tail.insert(0, paragraphs.pop())
        notes = [t for t in tail if re.fullmatch(r"[（(][^）)]+[）)]", t)]
        return cls(
            title=gold["title"],
            doc_number=gold.get("doc_number"),
            addressees=gold.get("addressees"),
            body=paragraphs,
            signature=[t for t in tail if t not in notes],
            notes=notes,
            issuer=gold.get("issuer"),
        )

    @property
    def printed_number(self) -> str | None:
        """The 文号 as printed: a serial in bare numerals (十五) stands in brackets, （十五）."""
        bare = self.doc_number and re.fullmatch(r"[一二三四五六七八九十百]+", self.doc_number)
        return f"（{self.doc_number}）" if bare else self.doc_number

    @property
    def paragraphs(self) -> list[str]:
        return [*self.body, *self.signature, *self.notes]


def _is_closing(text: str, issuer: str | None) -> bool:
    return (
        bool(issuer) and text.startswith(issuer)
        or bool(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", text))
        or bool(re.fullmatch(r"[（(]此件[^）)]*[）)]", text))
    )


# What an attached table page prints, and the paragraphs it reads back as.
TABLE_TITLE = "各区县疫情防控工作联系人名单"
TABLE_ROWS = [
    ["单位", "联系人", "联系电话"],
    ["万州区", "张某某", "023-58231234"],
    ["渝中区", "李某某", "023-63851234"],
    ["江北区", "王某某", "023-67851234"],
]
IMPRINT = ["抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅。"]


ATTACHMENT_NOTE = "附件：" + TABLE_TITLE  # 附件说明, under the body


def printed_paragraphs(notice: Notice, layout: Layout) -> list[str]:
    """The paragraphs `notice` reads back as when printed in `layout`: its own, and
    with a table page the 附件说明 before the signature and the table after it."""
    if not layout.table:
        return notice.paragraphs
    table = ["附件", TABLE_TITLE, *("\t".join(row) for row in TABLE_ROWS)]
    return [*notice.body, ATTACHMENT_NOTE, *notice.signature, *notice.notes, *table]


class _Printer:
    """Draws lines top to bottom, starting a new page (with its furniture) when one is full."""

    def __init__(self, path: Path, layout: Layout, encrypt: StandardEncryption | None = None):
        self.canvas = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
        self.layout = layout
        self.page = 1
        self.y = PAGE_HEIGHT - layout.top

    @property
    def left(self) -> float:
        return self.layout.left

    @property
    def right(self) -> float:
        return self.layout.left + self.layout.width

    def room(self) -> float:
        return self.y - self.layout.bottom

    def line(self, text: str, *, align: str = "left", indent: float = 0, size: float | None = None,
             colour=(0, 0, 0), fill: bool = False, right_offset: float = 0) -> None:
        """One line; `fill`: spread it to the right edge (a justified line)."""
        size = size or self.layout.size
        if self.room() < size:
            self.new_page()
        self.y -= size
        self.canvas.setFillColorRGB(*colour)
        natural = ems(text) * size
        if align == "centre":
            x = (self.left + self.right - natural) / 2
        elif align == "right":
            x = self.right - right_offset * size - natural
        else:
            x = self.left + indent * size
        spacing = 0.0
        if fill and len(text) > 1:
            spacing = (self.right - x - natural) / (len(text) - 1)
        drawn = self.canvas.beginText(x, self.y)
        drawn.setFont(FONT, size)
        drawn.setCharSpace(spacing)
        drawn.textOut(text)
        self.canvas.drawText(drawn)
        self.y -= self.layout.pitch * self.layout.size - size

    def paragraph(self, text: str, indent: float) -> None:
        lines = wrap(text, self.layout.chars_per_line, indent)
        for i, line in enumerate(lines):
            last = i == len(lines) - 1
            self.line(line, indent=indent if i == 0 else 0, fill=self.layout.justify and not last)

    def gap(self, lines: float = 1) -> None:
        self.y -= lines * self.layout.pitch * self.layout.size

    def rule(self, colour=(0, 0, 0), width: float = 1.0) -> None:
        self.canvas.setStrokeColorRGB(*colour)
        self.canvas.setLineWidth(width)
        self.canvas.line(self.left, self.y, self.right, self.y)

    def new_page(self) -> None:
        self._furniture()
        self.canvas.showPage()
        self.page += 1
        self.y = PAGE_HEIGHT - self.layout.top

    def _furniture(self) -> None:
        layout = self.layout
        size = layout.size * 0.875
        self.canvas.setFillColorRGB(0, 0, 0)
        self.canvas.setFont(FONT, size)
        if layout.header:
            self.canvas.drawCentredString((self.left + self.right) / 2, PAGE_HEIGHT - layout.top / 2, layout.header)
        if layout.page_numbers == "none":
            return
        number = layout.number_format.format(self.page)
        y = layout.bottom / 2
        if layout.page_numbers == "centre":
            self.canvas.drawCentredString((self.left + self.right) / 2, y, number)
        elif self.page % 2:  # odd pages: right, one character in; even pages: left
            self.canvas.drawRightString(self.right - size, y, number)
        else:
            self.canvas.drawString(self.left + size, y, number)

    def save(self) -> None:
        self._furniture()
        self.canvas.save()


def official_pdf(path: Path, notice: Notice, layout: Layout, rng: random.Random | None = None) -> Path:
    """`notice` printed in `layout`: masthead (特急, red ``…文件``, 文号, red rule) or the 文号
    under the title; the title centred over as many lines as it takes; addressees flush
    left; the body; signature and date to the right; 附注; a table page; the 版记 at
    the foot of the last page."""
    rng = rng or random.Random(0)
    out = _Printer(path, layout)
    size = layout.size
    if layout.masthead and notice.issuer:
        if layout.urgency:
            out.line("特急")
            out.gap(0.5)
        mark = notice.issuer + "文件"
        scale = max(1.3, min(2.2, layout.chars_per_line / len(mark)))
        for line in wrap(mark, layout.chars_per_line / scale):
            out.line(line, align="centre", size=size * scale, colour=RED)
        out.gap()
        if notice.doc_number:
            out.line(notice.printed_number, align="centre")
        out.y -= size / 2
        out.rule(RED, 2.0)
        out.gap()
    title_size = size * layout.title_scale
    for line in wrap(notice.title, layout.chars_per_line / layout.title_scale - 2):
        out.line(line, align="centre", size=title_size)
    if notice.doc_number and not (layout.masthead and notice.issuer):
        out.gap(0.5)
        out.line(notice.printed_number, align="centre")
    out.gap()
    if notice.addressees:
        for line in wrap("，".join(notice.addressees) + "：", layout.chars_per_line):
            out.line(line)
    for i, paragraph in enumerate(notice.body):
        if i and layout.spacing:
            out.gap(layout.spacing)
        out.paragraph(paragraph, layout.indent)
    if layout.table:
        out.gap()
        out.paragraph(ATTACHMENT_NOTE, 2)
    if notice.signature:
        out.gap(rng.choice([1, 2]))
        offset = rng.choice([2, 4])
        for line in notice.signature:
            if ems(line) + offset <= layout.chars_per_line:
                out.line(line, align="right", right_offset=offset)
            else:  # too long to set to the right: wrapped like a paragraph
                out.paragraph(line, 2)
    for note in notice.notes:
        out.line(note, indent=2)
    if layout.table:
        _table_page(out)
    if layout.imprint:
        _imprint(out)
    out.save()
    return path


def _table_page(out: _Printer) -> None:
    out.new_page()
    out.line("附件")
    out.gap(0.5)
    out.line(TABLE_TITLE, align="centre", size=out.layout.size * 1.2)
    out.gap(0.5)
    size = out.layout.size
    height = 2 * size
    columns = [out.left, out.left + 0.3 * out.layout.width, out.left + 0.55 * out.layout.width, out.right]
    top = out.y
    out.canvas.setStrokeColorRGB(0, 0, 0)
    out.canvas.setLineWidth(0.8)
    for i, row in enumerate(TABLE_ROWS):
        y = top - i * height
        out.canvas.line(out.left, y, out.right, y)
        for x, cell in zip(columns, row):
            out.canvas.setFillColorRGB(0, 0, 0)
            out.canvas.setFont(FONT, size * 0.875)
            out.canvas.drawString(x + size / 2, y - height + size * 0.6, cell)
    bottom = top - len(TABLE_ROWS) * height
    out.canvas.line(out.left, bottom, out.right, bottom)
    for x in columns:
        out.canvas.line(x, top, x, bottom)
    out.y = bottom - size


def _imprint(out: _Printer) -> None:
    """The 版记 at the foot of the last page, between rules."""
    size = out.layout.size * 0.875
    pitch = 1.75 * size
    if out.room() < 3 * pitch + out.layout.size:
        out.new_page()
    out.y = out.layout.bottom + 2 * pitch + size / 2
    out.rule(width=1.0)
    out.y -= 0.25 * size
    for line in IMPRINT:
        out.line(line, indent=1, size=size)
    out.rule(width=0.5)
    out.y -= 0.25 * size
    out.line("疫情防控工作领导小组办公室　　2021年1月25日印发", indent=1, size=size)
    out.rule(width=1.0)


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
    layout = Layout(size=size, chars_per_line=chars_per_line, left=MARGIN, top=MARGIN, bottom=MARGIN,
                    pitch=1.8, justify=False, title_scale=1.3, header=header)
    out = _Printer(path, layout, encrypt)
    for line in title_lines:
        out.line(line, align="centre", size=size * 1.3)
    out.gap()
    out.line(doc_number, align="centre")
    out.gap()
    if addressees:
        for line in wrap(addressees, chars_per_line):
            out.line(line)
    for paragraph in paragraphs:
        out.paragraph(paragraph, 2)
    if closing:
        out.gap()
        for line in closing:
            out.line(line, align="right", right_offset=2)
    out.save()
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


def printed_lines(notice: Notice, layout: Layout) -> list[str]:
    """What the PDF reader gives for `notice` printed in `layout`: the head's lines
    (masthead, 文号, the title joined, the addressees) and the paragraphs."""
    masthead = layout.masthead and notice.issuer
    head = [notice.issuer + "文件", notice.printed_number] if masthead else []
    head.append(notice.title)
    if notice.doc_number and not masthead:
        head.append(notice.printed_number)
    if notice.addressees:
        head.append("，".join(notice.addressees) + "：")
    return [line for line in head if line] + printed_paragraphs(notice, layout)
