"""Documents a measure cites: `《title》`, a document number, or both
(`《关于进一步加强隔离场所管理工作的通知》(渝肺炎组疫发〔2020〕58号)`).

Document numbers are recognised with `ingest.markers.DOC_NUMBER`; the words
that run into a number's issuer abbreviation are trimmed here.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from extract.rules import load_rule_file, rule
from ingest.scanner import Scanner
from extract.models import Reference
from ingest.markers import DOC_NUMBER

RULES_FILE = Path(__file__).parent / "data" / "references.yml"



@lru_cache(maxsize=4)
def issuer_boundaries(path: Path = RULES_FILE) -> tuple[str, ...]:
    """The words an issuer abbreviation starts after, from a reference rule file."""
    path = Path(path)
    boundaries = rule(load_rule_file(path), path, "issuer_boundaries")
    if not isinstance(boundaries, list) or not all(isinstance(w, str) for w in boundaries):
        raise ValueError(f"{path}: issuer_boundaries must be a list of words")
    return tuple(boundaries)


TITLE = re.compile(r"《(?P<title>[^《》\n]{1,120})》")
# Most texts cite nothing: the scanner passes over a text without 号 at once, where
# the pattern alone would try its issuer at every Chinese character.
_DOC_NUMBERS = Scanner(DOC_NUMBER)
OPEN_BRACKET = re.compile(r"\s*[（(]\s*")
CLOSE_BRACKET = re.compile(r"\s*[)）]")


def _issuer_start(match: re.Match, boundaries: tuple[str, ...]) -> int:
    """Where the issuer abbreviation of a document number really begins
    (the match may have taken in words before it)."""
    issuer, start = match["issuer"], match.start("issuer")
    cut = max((issuer.rfind(w) + len(w) for w in boundaries if w in issuer), default=0)
    return start + cut if cut < len(issuer) else match.start("year")


def _number_after_title(text: str, pos: int) -> tuple[int, int] | None:
    """The span of `(渝肺炎组疫发〔2020〕58号)` right after a title, brackets excluded."""
    opening = OPEN_BRACKET.match(text, pos)
    number = opening and DOC_NUMBER.match(text, opening.end())
    closing = number and CLOSE_BRACKET.match(text, number.end())
    if not closing:
        return None
    return number.start(), closing.end()


def find_references(text: str, boundaries: tuple[str, ...] | None = None) -> list[Reference]:
    """Cited documents in the order they are written: a title with the
    document number that follows it in brackets, a bare title, or a bare
    document number. ``boundaries``: ``issuer_boundaries`` of a rule file,
    data/references.yml's by default."""
    if "《" not in text and "号" not in text:  # what every title and every document number has
        return []
    refs = []
    for m in TITLE.finditer(text):
        after = _number_after_title(text, m.end())
        end = after[1] if after else m.end()
        doc_number = DOC_NUMBER.match(text, after[0])[0] if after else None
        refs.append(Reference(text=text[m.start():end], start=m.start(), end=end,
                              title=m["title"].strip(), doc_number=doc_number))
    for m in _DOC_NUMBERS.finditer(text):
        start = _issuer_start(m, boundaries or issuer_boundaries())
        if start >= m.start("year") or any(r.start <= start < r.end for r in refs):
            continue
        refs.append(Reference(text=text[start:m.end()], start=start, end=m.end(), doc_number=text[start:m.end()]))
    return sorted(refs, key=lambda r: r.start)
