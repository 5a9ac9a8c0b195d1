"""The document number (发文字号): one parser, one fold and one issue order for every caller.

Ingest reads numbers off a notice's head, extract finds them in citations, compare
relates notices through them and the catalog resolves citations and sorts notices by
them; each imports these functions, so that a number the one matches the other finds.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .markers import DOC_NUMBER

_YEAR = re.compile(r"[〔\[［【（(]\s*((?:19|20)\d{2})\s*[〕\]］】）)]")
_SERIAL = re.compile(r"第?\s*(\d{1,5})\s*号")
_WHITE = re.compile(r"\s+")


@dataclass(frozen=True)
class DocNumber:
    issuer: str  # the issuer's abbreviation, "" when the number is printed without one (〔2021〕5号, 第30号)
    year: int | None
    serial: int | None

    def key(self) -> str:
        """The number in one spelling: brackets, width, white space and a 第 before the serial folded."""
        year = f"〔{self.year}〕" if self.year else ""
        serial = f"{self.serial}号" if self.serial is not None else ""
        return f"{self.issuer}{year}{serial}"


def _normal(text: str) -> str:
    return _WHITE.sub("", unicodedata.normalize("NFKC", text))


def parse(text: str | None) -> DocNumber | None:
    """The first document number in ``text``, or None.

    >>> parse("渝肺炎组发〔2021〕第1号")
    DocNumber(issuer='渝肺炎组发', year=2021, serial=1)
    >>> parse("（2020）5号"), parse("第30号")
    (DocNumber(issuer='', year=2020, serial=5), DocNumber(issuer='', year=None, serial=30))
    """
    s = _normal(text or "")
    m = DOC_NUMBER.search(s)
    if m:
        return DocNumber(m["issuer"], int(m["year"]), int(m["number"]))
    year = _YEAR.search(s)
    serial = _SERIAL.search(s, year.end() if year else 0)
    if not serial:
        return None
    return DocNumber("", int(year[1]) if year else None, int(serial[1]))


def fold(number: str) -> str:
    """The key under which two spellings of one number meet; a text that holds no
    number is folded for width and white space only.

    >>> fold("渝肺炎组发[2021]第1号") == fold("渝肺炎组发〔2021〕1号")
    True
    """
    parsed = parse(number)
    return parsed.key() if parsed else _normal(number)


def same(x: str | None, y: str | None) -> bool:
    """Whether two texts give the same document number. A citation's issuer may carry
    the words before it (``按照渝肺炎组发〔2021〕1号``), so issuers agree when one ends
    with the other; a number without an issuer matches none.

    >>> same("按照渝肺炎组发〔2021〕1号", "渝肺炎组发[2021]第1号")
    True
    >>> same("〔2021〕1号", "渝肺炎组发〔2021〕1号")
    False
    """
    a, b = parse(x), parse(y)
    if not a or not b or not a.issuer or not b.issuer or (a.year, a.serial) != (b.year, b.serial):
        return False
    return a.issuer.endswith(b.issuer) or b.issuer.endswith(a.issuer)


def issue_year(date: str | None, number: str | None) -> int | None:
    """The year of the date, else the year printed in the document number."""
    if date and date[:4].isdigit():
        return int(date[:4])
    parsed = parse(number)
    return parsed.year if parsed else None


def issue_order(date: str | None, number: str | None) -> tuple[int, str, int]:
    """A key that sorts notices in the order they were issued.

    Year first (a notice without one first of all); within a year a notice known
    only by the year of its number comes before the dated ones, and notices of one
    day go by their serial number (〔2020〕1号 before 〔2020〕30号).

    >>> sorted([issue_order(None, "〔2021〕5号"), issue_order("2020-06-01", None)])
    [(2020, '2020-06-01', 0), (2021, '', 5)]
    """
    parsed = parse(number)
    serial = parsed.serial if parsed and parsed.serial is not None else 0
    return issue_year(date, number) or 0, date or "", serial
