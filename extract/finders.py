"""The finders a measure's text is read with, without spaCy.

The measures (``extract.measures``) call them on each measure's text; the spaCy
components of ``extract.nlp`` run the same finders, in the same order, for a user
who inspects spans. A Doc for each measure, its span groups and the pipeline around
the finders would cost a twentieth of the extraction and spaCy's import a second
per process, for spans the measures do not keep.
"""
from __future__ import annotations

from .deadlines import attribute, find_deadlines
from .models import Topic
from .thresholds import find_thresholds
from .topics import topic_of_span, topics_of, weigh
from .units import find_units


def measure_items(text: str, city: str | None = None) -> dict:
    """What the finders find in a measure's text, by key (units, deadlines, thresholds,
    topics), as the default pipeline's components find them (``extract.nlp.build_nlp``)."""
    deadlines = find_deadlines(text)
    found = {"units": find_units(text, city=city), "deadlines": deadlines,
             "thresholds": find_thresholds(text, deadlines=deadlines)}  # numbers inside deadlines are none
    add_topics(text, found)
    return found


def add_topics(text: str, found: dict) -> list[Topic]:
    """The measure's topics (``found["topics"]``), and each threshold's and deadline's: that of
    its own clause; and the unit each deadline binds."""
    weighing = weigh(text)
    numbered = [item for key in ("thresholds", "deadlines") for item in found.get(key) or ()]
    for item in numbered:
        item.topic = topic_of_span(text, weighing, item.start, item.end)
    attribute(found.get("deadlines") or [], found.get("units") or [], text)
    found["topics"] = topics_of(weighing, (item.topic for item in numbered))
    return found["topics"]
