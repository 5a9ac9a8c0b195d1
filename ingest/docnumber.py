"""The document number (发文字号): one parser, one fold and one issue order for every caller.

Ingest reads numbers off a notice's head, extract finds them in citations, compare
relates notices through them and the catalog resolves citations and sorts notices by
them; each imports these functions, so that a number the one matches the other finds.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .markers import BRACKETED_YEAR, DOC_NUMBER

_SERIAL = re.compile(r"第?\s*(\d{1,5})\s*号")
_WHITE = re.compile(r"\s+")
_YEAR_WRITTEN = re.compile(r"((?:19|20)\d{2})年")


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
    year = BRACKETED_YEAR.search(s)
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
    """The year of the date, else the year printed in the document number
    (〔2021〕5号, or written out: 通告2022年第161号).

    >>> issue_year(None, "通告2022年第161号"), issue_year("2020-01-24", "〔2021〕5号")
    (2022, 2020)
    """
    if date and date[:4].isdigit():
        return int(date[:4])
    parsed = parse(number)
    if parsed and parsed.year:
        return parsed.year
    written = _YEAR_WRITTEN.search(_normal(number or ""))
    return int(written[1]) if written else None


def issue_order(date: str | None, number: str | None) -> tuple[int, str, int]:
    """A key that sorts notices in the order they were issued.

    Year first (a notice without one first of all); within a year a notice known
    only by the year of its number comes before the dated ones, and notices of one
    day go by their serial number (〔2020〕1号 before 〔2020〕30号). This is the order
    of one notice alone: among its issuer's other notices, `issue_orders` places a
    notice known by its number only after the one of the serial before it.

    >>> sorted([issue_order(None, "〔2021〕5号"), issue_order("2020-06-01", None)])
    [(2020, '2020-06-01', 0), (2021, '', 5)]
    """
    parsed = parse(number)
    serial = parsed.serial if parsed and parsed.serial is not None else 0
    return issue_year(date, number) or 0, date or "", serial


def serial_of(document: dict) -> int | None:
    """The serial a notice is known by within its issuer: of its document
    number, else of a 第N号 in its title."""
    for text in (document.get("doc_number"), document.get("title")):
        parsed = parse(text)
        if parsed and parsed.serial is not None:
            return parsed.serial
    return None


def issue_orders(notices: Iterable[dict]) -> dict[str, tuple[int, str, int]]:
    """`issue_order` of each notice (by its `source`), read among the others: a
    notice known by its number only follows its issuer's dated notice of the
    nearest lower serial of that year (第27号 after the dated 第23号, not before
    every dated notice of 2022), since an issuer numbers its notices in the order
    it issues them. Notices are dicts with `source`, `date`, `doc_number`, and
    `title` and `issuer` when known.

    >>> orders = issue_orders([
    ...     {"source": "a27", "issuer": "某市指挥部", "date": None, "doc_number": "2022年第27号"},
    ...     {"source": "a23", "issuer": "某市指挥部", "date": "2022-08-26", "doc_number": "2022年第23号"},
    ...     {"source": "x", "issuer": "另一指挥部", "date": "2022-08-30", "doc_number": None}])
    >>> sorted(orders, key=orders.get)
    ['a23', 'a27', 'x']
    """
    notices = list(notices)
    orders = {d["source"]: issue_order(d.get("date"), d.get("doc_number")) for d in notices}
    by_issuer: dict[str, list[dict]] = {}
    for d in notices:
        if d.get("issuer") and serial_of(d) is not None:
            by_issuer.setdefault(_normal(d["issuer"]), []).append(d)
    for group in by_issuer.values():
        dated = [(orders[d["source"]][0], serial_of(d), d["date"]) for d in group if d.get("date")]
        for d in group:
            if d.get("date"):
                continue
            year, serial = issue_year(None, d.get("doc_number") or d.get("title")), serial_of(d)
            # A number without a year (第27号) is read in the year of its issuer's notices.
            before = [day for y, n, day in dated if (y == year or not year) and n < serial]
            if before:
                day = max(before)
                orders[d["source"]] = (year or int(day[:4]), day, serial)
    return orders
