"""Measures of a notice with everything the finders see in them."""
from __future__ import annotations

from spacy.language import Language

from .models import Measure
from .nlp import get_nlp
from .structure import find_measures


def extract_measures(paragraphs: list[str], reference_date: str | None = None,
                     nlp: Language | None = None) -> list[Measure]:
    """Find the measures of clean body paragraphs and fill in units, deadlines,
    thresholds, references and topics. ``reference_date`` (the notice's date)
    lets a deadline without a year get one."""
    nlp = nlp or get_nlp()
    measures = find_measures(paragraphs)
    config = {"notice_deadlines": {"reference_date": reference_date}}
    for measure, doc in zip(measures, nlp.pipe((m.text for m in measures), component_cfg=config)):
        items = doc._.items
        measure.units = items["units"]
        measure.deadlines = items["deadlines"]
        measure.thresholds = items["thresholds"]
        measure.references = items["references"]
        measure.topics = items["topics"]
    return measures
