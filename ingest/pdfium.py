"""A second reading of a PDF's text layer, through PDFium (pypdfium2).

pdfminer (under pdfplumber) cannot map the glyphs of some PDFs to Unicode, among
them notices encrypted with an owner password only (no password needed to open, but
the font data comes out unreadable), and reports no text layer. PDFium, the engine
of Chrome's viewer, reads most of them. It is tried before a file is sent to OCR.
"""
from __future__ import annotations

import re

import pypdfium2

from ingest.pdf import strip_page_furniture

_LETTER = re.compile(r"[^\W\d_]")
# Glyphs PDFium could not map come out as U+FFFD or private-use characters.
_UNMAPPED = re.compile(r"[\ufffd\ue000-\uf8ff]")


def read_pdf_with_pdfium(data: bytes) -> str | None:
    """The text of the PDF's pages, their furniture stripped as pdf.py does; None
    when PDFium finds no readable text either (a scan, an unmapped font)."""
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return None
    try:
        pages = []
        for page in document:
            text = page.get_textpage().get_text_range()
            pages.append([line.strip() for line in text.splitlines() if line.strip()])
    finally:
        document.close()
    pages, _ = strip_page_furniture(pages)
    text = "\n\n".join("\n".join(lines) for lines in pages if lines)
    letters = len(_LETTER.findall(text))
    if not letters or len(_UNMAPPED.findall(text)) > 0.1 * letters:
        return None
    return text
