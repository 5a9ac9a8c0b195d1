"""Measures of a notice with everything the finders see in them."""
from __future__ import annotations

import re

from spacy.language import Language

from .document import pieces_of
from .models import Measure
from .nlp import get_nlp, items_of
from .structure import find_measures


_CITY = re.compile(r"^[\u4e00-\u9fff]{2,3}?(?:市|省|自治区)")


def issuing_city(*names: str | None) -> str | None:
    """The city or province an issuer or title names first, with its level word.

    >>> issuing_city(None, "重庆市新型冠状病毒肺炎疫情防控工作领导小组"), issuing_city("四川省卫生健康委员会")
    ('重庆市', '四川省')
    """
    for name in names:
        m = _CITY.match(name or "")
        if m:
            return m.group()
    return None


def extract_measures(paragraphs: list[str], city: str | None = None, *, nlp: Language | None = None) -> list[Measure]:
    """Find the measures of clean body paragraphs and fill in units, deadlines,
    thresholds, references and topics. ``city`` (the issuing city) gives short
    unit names such as 市卫健委 their full name."""
    nlp = nlp or get_nlp()
    measures = find_measures(paragraphs)
    config = {"notice_units": {"city": city}}
    for measure, doc in zip(measures, nlp.pipe((m.text for m in measures), component_cfg=config)):
        measure.pieces = pieces_of(measure.text, paragraphs, measure.paragraph or 0)
        items = items_of(doc)
        measure.units = items["units"]
        measure.deadlines = items["deadlines"]
        measure.thresholds = items["thresholds"]
        measure.references = items["references"]
        measure.topics = items["topics"]
    return measures
