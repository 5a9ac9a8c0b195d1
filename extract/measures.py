"""Measures of a notice with everything the finders see in them."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language

from .document import measure_span, pieces_of
from .models import Measure, Reference
from .references import find_references
from .nlp import get_nlp, items_of, text_doc
from .structure import find_measures
from .units import speaker_heads


_CITY = re.compile(r"^[\u4e00-\u9fff]{2,3}?(?:市|省|自治区)")
# The four municipalities are often written without 市, and inside a title
# (关于进一步加强重庆主城九区…的紧急通知).
_MUNICIPALITY = re.compile(r"(北京|天津|上海|重庆)(?!市)")


def issuing_city(*names: str | None) -> str | None:
    """The city or province an issuer or title names first, with its level word.

    >>> issuing_city(None, "重庆市新型冠状病毒肺炎疫情防控工作领导小组"), issuing_city("四川省卫生健康委员会")
    ('重庆市', '四川省')
    >>> issuing_city(None, "关于进一步加强重庆主城九区疫情防控工作的紧急通知")
    '重庆市'
    """
    for name in names:
        m = _CITY.match(name or "")
        if m:
            return m.group()
    for name in names:
        m = _MUNICIPALITY.search(name or "")
        if m:
            return m.group(1) + "市"
    return None


def extract_measures(paragraphs: list[str], city: str | None = None, *, nlp: Language | None = None,
                     references: list[list[Reference]] | None = None, issuer: str | None = None,
                     title: str | None = None) -> list[Measure]:
    """Find the measures of clean body paragraphs and fill in units, deadlines,
    thresholds, references and topics. ``city`` (the issuing city) gives short
    unit names such as 市卫健委 their full name. ``references``: those of each
    paragraph, when the caller has found them (``paragraph_references``); a
    measure's are those its text copies, with offsets into it. ``nlp``: a pipeline
    whose components read the text (``extract.nlp.text_of``), not tokens: the
    measures' Docs have none (``extract.nlp.text_doc``). ``issuer``: the issuer's name, whose kind word
    (`…医院` → 医院) names the issuer itself when bare (see units.speaker_heads); ``title``: the notice's title, whose
    opening body is the issuer when none is known."""
    nlp = nlp or get_nlp()
    if references is None:
        references = paragraph_references(paragraphs)
    measures = find_measures(paragraphs)
    # the issuer calling itself by its kind (`我院…`, or `医院` named `…医院`): its bare kind word is the issuer
    config = {"notice_units": {"city": city, "speaker": speaker_heads("\n".join(paragraphs), issuer, title=title)}}
    with nlp.select_pipes(disable=[name for name in ("notice_references",) if name in nlp.pipe_names]):
        docs = nlp.pipe((text_doc(nlp, m.text) for m in measures), component_cfg=config)
        for measure, doc in zip(measures, docs):
            measure.pieces = pieces_of(measure.text, paragraphs, measure.paragraph or 0)
            items = items_of(doc)
            measure.units = items["units"]
            measure.deadlines = items["deadlines"]
            measure.thresholds = items["thresholds"]
            measure.references = _copied(measure, references)
            measure.topics = items["topics"]
    return measures


def paragraph_references(paragraphs: list[str]) -> list[list[Reference]]:
    """The documents each paragraph cites: where a notice's references are found, once."""
    return [find_references(p) for p in paragraphs]


def _copied(measure: Measure, references: list[list[Reference]]) -> list[Reference]:
    """The references of the paragraphs that the measure's text copies, placed in it."""
    found = []
    for paragraph in dict.fromkeys(p.paragraph for p in measure.pieces):
        for r in references[paragraph]:
            span = measure_span(measure, paragraph, r.start, r.end)
            if span:
                found.append(replace(r, start=span[0], end=span[1]))
    return found
