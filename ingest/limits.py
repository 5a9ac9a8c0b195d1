"""How far a compressed input may expand, checked before any reader expands it.

A .docx is a zip and a PDF keeps its page contents deflated: a 1 MB file can hold a
gigabyte, and python-docx and pdfminer expand a member or stream whole, in memory,
before anything can refuse it. These checks expand nothing they keep: they read the
zip directory, and inflate each PDF stream in small pieces, counting, then drop it.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib

from ingest.errors import SourceError

# More than any notice needs: a 1,000,000-character notice (readers.MAX_CHARACTERS)
# is some 20 MB of Word XML, and its page contents a few MB in a PDF.
MAX_EXPANDED_BYTES = 64 * 2**20

# Images are never decoded to read the text, and a scanned page inflates to some 25 MB:
# streams that say they are images get this many times the limit.
IMAGE_FACTOR = 8

# A stream's data starts after the `stream` keyword and its line end.
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
# The stream's dictionary is between the object header and the keyword.
_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_PIECE = 1 << 16
# How far back the dictionary of a stream is looked for.
_DICTIONARY_WINDOW = 4096


def check_zip_expansion(data: bytes, name: str, limit: int = MAX_EXPANDED_BYTES) -> None:
    """Refuse a zip (.docx) whose members expand by more than `limit` bytes in all.

    The sizes the directory declares bound what Python's zipfile will inflate: it
    stops at a member's declared size (and fails its checksum if there was more)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError):
        return  # not readable as a zip: the reader says so
    growth = sum(max(0, m.file_size - m.compress_size) for m in members)
    if growth > limit:
        raise SourceError(name, f"compressed content expands to {growth:,} bytes more than the file, over the limit of {limit:,}; refused (a zip bomb?)")


def check_pdf_expansion(data: bytes, name: str, limit: int = MAX_EXPANDED_BYTES) -> None:
    """Refuse a PDF whose zlib streams (page contents, object streams…) inflate to more
    than `limit` bytes in all, or whose images inflate to more than IMAGE_FACTOR times it.

    Every stream zlib can read counts, whatever its dictionary says of its filter, so
    that no dictionary written to mislead the check can hide one."""
    totals = {False: 0, True: 0}
    for match in _STREAM.finditer(data):
        head = data[max(0, match.start() - _DICTIONARY_WINDOW):match.start()]
        objects = list(_OBJECT.finditer(head))
        image = bool(objects) and bool(_IMAGE.search(head, objects[-1].end()))
        budget = limit * (IMAGE_FACTOR if image else 1)
        totals[image] += _inflated_size(data, match.end(), budget - totals[image])
        if totals[image] > budget:
            what = "images" if image else "page content"
            raise SourceError(name, f"compressed {what} expands to more than {budget:,} bytes; refused (a PDF bomb?)")


def _inflated_size(data: bytes, start: int, budget: int) -> int:
    """Bytes the zlib stream at `start` inflates to, counted piece by piece; stops
    once over `budget`. Data zlib cannot read (another filter, encrypted) counts as
    what it gave before the error: the reader judges the rest."""
    inflater = zlib.decompressobj()
    size = 0
    try:
        for at in range(start, len(data), _PIECE):
            piece = data[at:at + _PIECE]
            while piece:
                size += len(inflater.decompress(piece, _PIECE))
                if size > budget:
                    return size
                piece = inflater.unconsumed_tail
            if inflater.eof:
                break
    except zlib.error:
        pass
    return size
