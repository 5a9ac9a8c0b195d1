"""Relations between notices, and which measures were in force on a date.

A notice relates to an earlier one when it cites it (its document number, or
its title in 《》) and, in the sentence that cites it, may say what becomes
of it: `…同时废止` / `…不再执行` ends it, `继续执行` continues it,
`参照…执行` applies it to something else. A sentence such as `与本通知不一致的，
以本通知为准` overrides earlier rules without naming them. Phrases live in
compare/data/relations.yml.

`in_force(documents, topic, date)` answers "which measures about X applied on
D?": the measures of that topic in notices issued by D, minus those a later
notice (also by D) governs anew (a linked measure supersedes) or ends
explicitly, unless that later notice says the earlier one continues.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache

from compare.align import align
from compare.index import CandidateIndex
from compare.lexicon import DATA, load_data
from compare.profile import label_text, subject_counts, topic_names
from compare.tokens import normalize
from extract.references import find_references
from ingest import docnumber
from ingest.markers import match_marker

_SENTENCE = re.compile(r"[^。；;!！?？\n]+[。；;!！?？]?")
_KIND_ORDER = ("ends", "continues", "applies")


@dataclass
class Relation:
    source: str  # the notice that says it
    kind: str  # cites | ends | continues | applies | overrides
    text: str  # the sentence that says it
    target: str | None = None  # source of the notice it names, when that notice is known
    doc_number: str | None = None  # as cited
    title: str | None = None  # as cited, without 《》
    path: str | None = None  # the measure holding the sentence; None outside measures


@dataclass
class InForce:
    source: str
    path: str
    heading: str | None
    issued: str  # ISO date, or the year when only the document number dates it
    evidence: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, re.Pattern], re.Pattern]:
    data = load_data("relations.yml")
    try:
        kinds = {k: re.compile("|".join(f"(?:{p})" for p in data["kinds"][k])) for k in _KIND_ORDER}
        overrides = re.compile("|".join(f"(?:{p})" for p in data["overrides"]))
    except (KeyError, re.error) as e:
        raise ValueError(f"{DATA / 'relations.yml'}: bad or missing entry: {e}") from e
    return kinds, overrides


def _title_key(title: str | None) -> str | None:
    return re.sub(r"\s+", "", normalize(title)) if title else None


def _sentences(document: dict) -> list[tuple[int, int, int, str, str | None]]:
    """Body sentences as (paragraph, start, end, normalised text, path of the measure holding it)."""
    measures = document.get("measures") or []
    paragraphs = document.get("paragraphs") or [m.get("text") or "" for m in measures]
    placed = any(m.get("pieces") for m in measures)
    found = []
    for i, paragraph in enumerate(paragraphs):
        for m in _SENTENCE.finditer(paragraph):
            sentence = normalize(m.group())
            path = _placed_path(measures, i, m.start(), m.end()) if placed else _searched_path(measures, sentence)
            found.append((i, m.start(), m.end(), sentence, path))
    return found


def _placed_path(measures: list[dict], paragraph: int, start: int, end: int) -> str | None:
    """The measure whose text covers part of paragraph[start:end], by its pieces."""
    return next((str(m.get("path")) for m in measures for p in m.get("pieces") or ()
                 if p["paragraph"] == paragraph and p["start"] < end and start < p["end"]), None)


def _searched_path(measures: list[dict], sentence: str) -> str | None:
    """For measures that do not say where they stand (gold files): the measure whose
    text holds the sentence, which lacks the numbering marker opening a paragraph."""
    marker = match_marker(sentence.strip())
    bare = sentence.strip()[marker[2].end():] if marker else sentence.strip()
    return next((str(m.get("path")) for m in measures if bare and bare in normalize(m.get("text") or "")), None)


def _cited(document: dict, sentences: list[tuple[int, int, int, str, str | None]]) -> list[list[dict]]:
    """The documents each sentence cites: the document's references, found once by
    extract; found here only in input without them (gold files)."""
    if "references" not in document:
        return [[vars(r) for r in find_references(sentence)] for *_, sentence, _ in sentences]
    by_paragraph: dict[int, list[dict]] = {}
    for r in document["references"]:
        by_paragraph.setdefault(r["paragraph"], []).append(r)
    return [[r for r in by_paragraph.get(i, ()) if start <= r["start"] < end] for i, start, end, *_ in sentences]


def _kind(sentence: str) -> str:
    kinds, _ = _patterns()
    return next((k for k in _KIND_ORDER if kinds[k].search(sentence)), "cites")


def citations(document: dict) -> list[Relation]:
    """Every citation and override in `document`, targets not yet resolved.
    A title followed by its number, `《…》(…〔2020〕58号)`, is one citation; the
    notice's own number and title (header, signature) are skipped."""
    source = document.get("source") or ""
    own_number, own_title = document.get("doc_number"), _title_key(document.get("title"))
    _, overrides = _patterns()
    found = []
    sentences = _sentences(document)
    for (*_, sentence, path), refs in zip(sentences, _cited(document, sentences)):
        kind = _kind(sentence)
        for ref in refs:
            title, number = ref.get("title"), ref.get("doc_number")
            own = _title_key(title) == own_title if title else docnumber.same(number, own_number)
            if not own:
                found.append(Relation(source, kind, sentence, doc_number=number, title=title, path=path))
        if overrides.search(sentence):
            found.append(Relation(source, "overrides", sentence, path=path))
    return found


def relations(documents: list[dict]) -> list[Relation]:
    """Citations in each notice, resolved to the other notices given where
    the document number or title matches."""
    found = []
    for d in documents:
        for r in citations(d):
            r.target = next(
                (
                    other["source"]
                    for other in documents
                    if other is not d
                    and (
                        (r.doc_number and docnumber.same(r.doc_number, other.get("doc_number")))
                        or (r.title and _title_key(r.title) == _title_key(other.get("title")))
                    )
                ),
                None,
            )
            found.append(r)
    return found


def notice_relations(a: dict, b: dict) -> list[Relation]:
    """What either of two notices says about the other."""
    ends = {a.get("source"), b.get("source")}
    return [r for r in relations([a, b]) if r.target in ends]


# In force -------------------------------------------------------------------


def issued(document: dict) -> tuple[str, bool] | None:
    """When a notice was issued: (ISO date, True), or (year, False) when only
    the year in its document number is known, or None."""
    if document.get("date"):
        return str(document["date"]), True
    year = docnumber.issue_year(None, document.get("doc_number"))
    return (str(year), False) if year else None


def _issued_by(document: dict, day: str) -> bool | None:
    """True when issued on or before `day`; None when only the year is known
    and it is `day`'s year."""
    when = issued(document)
    if when is None:
        return False
    value, exact = when
    if exact:
        return value[:10] <= day
    year = day[:4]
    return True if value < year else (None if value == year else False)


def issue_order(document: dict) -> tuple:
    return docnumber.issue_order(document.get("date"), document.get("doc_number"))


def _has_topic(measure: dict, topic: str) -> bool:
    """Topics from the extractor, or a subject of compare/data/subjects.yml
    that the measure is about rather than mentions in passing: named in its
    heading (or opening clause), or more than once in its text."""
    if topic in topic_names(measure):
        return True
    counts = subject_counts(measure.get("text") or "") + subject_counts(label_text(measure))
    return any(key.split(":", 1)[1] == topic and n >= 2 for key, n in counts.items())


def in_force(documents: list[dict], topic: str, date: str | Date) -> list[InForce]:
    """Measures about `topic` that were in force on `date`, each with the
    reasons. Notices not yet issued then are ignored; a notice dated only by
    the year of its document number counts when that year is earlier, and is
    kept with a caveat when it is the same year. A topic is a key of the
    extractor's topics or a subject of compare/data/subjects.yml."""
    day = date.isoformat() if isinstance(date, Date) else str(date)[:10]
    eligible = [(d, _issued_by(d, day)) for d in documents]
    eligible = sorted([(d, sure) for d, sure in eligible if sure is not False], key=lambda ds: issue_order(ds[0]))
    docs = [d for d, _ in eligible]
    said = relations(docs)
    index = CandidateIndex()
    found = []
    for position, (doc, sure) in enumerate(eligible):
        if any(r.target == doc["source"] and r.kind == "ends" for r in said):
            continue
        continued = sorted({r.source for r in said if r.target == doc["source"] and r.kind == "continues"})
        later = [d for d in docs[position + 1 :] if d["source"] not in continued]
        governed = {link.a for other in later for link in align(doc, other, index).links}
        when, _ = issued(doc)
        evidence = [f"issued {when} ({doc.get('doc_number') or doc['source']})"]
        if sure is None:
            evidence.append(f"dated only by the year {when}: may postdate {day}")
        evidence += [f"continued by {s}" for s in continued]
        evidence.append(
            f"no later notice by {day} governs it anew or ends it" if position + 1 < len(docs)
            else f"latest notice issued by {day}"
        )
        for measure in doc.get("measures") or []:
            path = str(measure.get("path"))
            if _has_topic(measure, topic) and path not in governed:
                found.append(InForce(doc["source"], path, measure.get("heading"), when, [f"about {topic}"] + evidence))
    return found
