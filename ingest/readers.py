"""Read a source file of any supported format into a RawSource: text before any cleaning.

The suffix picks the reader; for Word files the content decides too, since sites often
serve HTML or .docx files under a .doc name.
"""
from __future__ import annotations

import hashlib
import io
import os
import shutil
import stat
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.table import Table

from ingest.encoding import decode_bytes, decode_text
from ingest.errors import SourceError
from ingest.html import read_html
from ingest.limits import check_pdf_expansion, check_zip_expansion
from ingest.markup import read_markup
from ingest.models import RawSource
from ingest.pdf import read_pdf
from ingest.pdfium import read_pdf_with_pdfium

__all__ = ["SourceError", "decode_bytes", "read_source"]

_FORMATS = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".doc": "doc",
}
_LIBREOFFICE_TIMEOUT = 180  # seconds; a long .doc converts in a few
# A notice, even a plan with its annexes, runs to some 100,000 characters. Text far
# longer is many documents in one file (a site dump); cleaning it would take minutes
# and gigabytes, since provenance keeps an offset for every character.
MAX_CHARACTERS = 1_000_000
# No encoding spends more than 8 bytes on a character of the decoded text (a UTF-32
# "\r\n" becomes one "\n"), so a text file this large is over the limit before it is
# decoded, which alone takes seconds for 50 MB.
_MAX_TEXT_BYTES = 8 * MAX_CHARACTERS
# Formats that are never text, by their first bytes, for files named as text.
_NOT_TEXT = {"pdf": "a PDF", "zip": "a zip archive (.docx, .xlsx…)", "ole": "an old Office document (.doc, .xls…)"}


@dataclass
class _Read:
    text: str
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)
    format: str | None = None  # what the content turned out to be, when not what the suffix says


def read_source(path: Path) -> RawSource:
    """Read `path` as text. Anything unreadable, or longer than ``MAX_CHARACTERS``,
    raises SourceError naming the file."""
    path = Path(path)
    data = _read_regular_file(path)
    if not data:
        raise SourceError(path, "empty file (0 bytes)")
    suffix_format = _FORMATS.get(path.suffix.lower(), "txt")
    if suffix_format == "txt" and len(data) > _MAX_TEXT_BYTES:
        raise _too_long(path, f"{len(data):,} bytes")
    read = _READERS[suffix_format](path, data)
    if len(read.text) > MAX_CHARACTERS:
        raise _too_long(path, f"{len(read.text):,} characters")
    return RawSource(
        path=path,
        text=read.text,
        format=read.format or suffix_format,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=read.encoding,
        notes=read.notes,
    )


def _read_regular_file(path: Path) -> bytes:
    """The bytes of `path`, which must be a regular file: a FIFO would wait forever for a
    writer and a device (/dev/zero) never ends. Opened without blocking, then checked
    on what was opened, so nothing can be swapped in between."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise SourceError(path, f"cannot read the file ({e.strerror or e})") from e
    with open(fd, "rb") as f:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = "a folder" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode) else "a device or socket"
            raise SourceError(path, f"not a regular file ({kind}); refused")
        try:
            return f.read()
        except OSError as e:
            raise SourceError(path, f"cannot read the file ({e.strerror or e})") from e


def _too_long(path: Path, size: str) -> SourceError:
    return SourceError(path, f"too long for one notice: {size} of text, over the limit of {MAX_CHARACTERS:,} characters; split it into its documents")


def _read_txt(path: Path, data: bytes) -> _Read:
    # Some of these decode as (nonsense) GB18030 text: an uncompressed PDF has no NUL bytes.
    kind = _sniff(data)
    if kind in _NOT_TEXT:
        raise SourceError(path, f"not a text file: the content is {_NOT_TEXT[kind]}; give it its proper suffix")
    decoded = decode_text(data, path.name)
    marked = read_markup(decoded.text, path.name)
    if marked:
        return _Read(marked[0], decoded.encoding, decoded.notes + marked[1])
    return _Read(decoded.text, decoded.encoding, decoded.notes)


def _read_pdf(path: Path, data: bytes) -> _Read:
    check_pdf_expansion(data, path.name)
    try:
        text, notes = read_pdf(data, path.name)
    except SourceError as e:
        # pdfplumber found no text it could map to Unicode: PDFium may, before OCR is called for.
        text = read_pdf_with_pdfium(data) if "run OCR first" in e.reason else None
        if text is None:
            raise
        notes = [f"read with PDFium: pdfplumber found {e.reason.removesuffix('; run OCR first')}"]
    return _Read(text, notes=notes)


def _read_html(path: Path, data: bytes) -> _Read:
    text, encoding, notes = read_html(data, path.name)
    return _Read(text, encoding, notes)


def _read_word(path: Path, data: bytes) -> _Read:
    """.doc and .docx by content: a zip is .docx, markup is a web page saved as Word,
    anything else (OLE, RTF) goes through LibreOffice."""
    named = _FORMATS[path.suffix.lower()]
    kind = _sniff(data)
    if kind == "zip":
        read = _read_docx(path, data)
        read.format = "docx"
    elif kind == "html":
        read = _read_html(path, data)
        read.format = "html"
    elif named == "docx" and kind not in ("ole", "rtf"):
        raise SourceError(path, "not a Word document (neither a .docx zip nor an old .doc file)")
    else:
        read = _read_docx(path, _convert_with_libreoffice(path))
        read.format = "doc"
        read.notes.insert(0, "converted to .docx with LibreOffice")
    if read.format != named:
        read.notes.insert(0, f"named .{named} but the content is {read.format}")
    return read


def _sniff(data: bytes) -> str | None:
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if b"%PDF-" in data[:1024]:  # where PDF readers look for the header
        return "pdf"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<") and (b"<html" in head or b"<!doctype html" in head):
        return "html"
    return None


def _read_docx(path: Path, data: bytes) -> _Read:
    check_zip_expansion(data, path.name)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises zip, XML, KeyError… on damaged packages
        raise SourceError(path, f"not a readable .docx ({type(e).__name__}: {e})") from e
    text = "\n".join(line for line in _block_lines(document) if line.strip())
    if not text:
        raise SourceError(path, "no text content")
    return _Read(text)


def _block_lines(container) -> list[str]:
    """One line per paragraph, in document order; a table row is one line, its cells
    separated by tabs, so that a row's label and value stay together."""
    lines = []
    for item in container.iter_inner_content():
        if isinstance(item, Table):
            lines.extend(_row_line(row) for row in item.rows)
        else:
            lines.append(item.text)
    return lines


def _row_line(row) -> str:
    cells, seen = [], set()
    for cell in row.cells:
        if cell._tc in seen:  # a merged cell is repeated for every grid column it spans
            continue
        seen.add(cell._tc)
        parts = (part.strip() for line in _block_lines(cell) for part in line.split("\n"))
        cells.append(" ".join(part for part in parts if part))
    return "\t".join(cells)


def _convert_with_libreoffice(path: Path) -> bytes:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SourceError(path, "reading a .doc file needs LibreOffice (soffice) on PATH; none found. Install it or save the file as .docx")
    with tempfile.TemporaryDirectory(prefix="notices-doc-") as tmp:
        # A private profile: a running LibreOffice would otherwise swallow the conversion.
        profile = Path(tmp, "profile").as_uri()
        command = [exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx", "--outdir", tmp, str(path)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=_LIBREOFFICE_TIMEOUT)
        except subprocess.TimeoutExpired as e:
            raise SourceError(path, f"LibreOffice did not convert it within {_LIBREOFFICE_TIMEOUT} s") from e
        converted = Path(tmp, path.stem + ".docx")
        if not converted.exists():
            output = (done.stderr or done.stdout or "").strip()[-300:]
            raise SourceError(path, f"LibreOffice could not convert it to .docx (exit {done.returncode}: {output})")
        return converted.read_bytes()


_READERS = {"txt": _read_txt, "pdf": _read_pdf, "html": _read_html, "docx": _read_word, "doc": _read_word}
