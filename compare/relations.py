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
from collections import Counter
from copy import copy
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache

import cn2an

from compare.align import align
from compare.index import CandidateIndex
from compare.lexicon import DATA, load_data
from compare.memo import by_identity
from compare.profile import label_text, subject_counts, topic_names
from compare.tokens import normalize, terms
from extract.punctuation import SENTENCE_ENDS
from extract.references import find_references
from extract.rules import any_of
from ingest import docnumber
from ingest.markers import match_marker

_SENTENCE = re.compile(f"[^{SENTENCE_ENDS}]+[{SENTENCE_ENDS.strip()}]?")  # a line break is not kept
_KIND_ORDER = ("replaces", "extends", "ends", "lifts", "adjusts", "continues", "applies")
RELATION_NAMES = {"cites": "引用", "replaces": "取代", "extends": "延长", "ends": "废止", "lifts": "解除",
                  "adjusts": "调整", "continues": "继续执行", "applies": "参照", "overrides": "以本文为准"}
_ACTS_ON = ("extends", "lifts", "adjusts")  # kinds that may name their object instead of a notice


@dataclass
class Relation:
    source: str  # the notice that says it
    kind: str  # cites | replaces | extends | ends | lifts | adjusts | continues | applies | overrides
    text: str  # the sentence that says it
    target: str | None = None  # source of the notice it names, when that notice is known
    doc_number: str | None = None  # as cited
    title: str | None = None  # as cited, without 《》
    path: str | None = None  # the measure holding the sentence; None outside measures
    serial: int | None = None  # a serial cited without issuer (第5号令), resolved within the issuer
    subject: str | None = None  # what an uncited lift, extension or adjustment acts on


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
        kinds = {k: re.compile(any_of(data["kinds"][k])) for k in _KIND_ORDER}
        overrides = re.compile(any_of(data["overrides"]))
    except (KeyError, re.error) as e:
        raise ValueError(f"{DATA / 'relations.yml'}: bad or missing entry: {e}") from e
    return kinds, overrides


@lru_cache(maxsize=1)
def _serial_patterns() -> tuple[re.Pattern, list[re.Pattern]]:
    data = load_data("relations.yml")
    try:
        return re.compile(data["serial"]), [re.compile(p) for p in data["objects"]]
    except (KeyError, re.error) as e:
        raise ValueError(f"{DATA / 'relations.yml'}: bad or missing entry: {e}") from e


def _serial_number(text: str) -> int | None:
    text = text.strip()
    if text.isdigit():
        return int(text)
    try:
        return int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError):
        return None


@lru_cache(maxsize=None)
def _pattern(key: str) -> re.Pattern:
    try:
        return re.compile(load_data("relations.yml")[key])
    except (KeyError, re.error) as e:
        raise ValueError(f"{DATA / 'relations.yml'}: bad or missing entry: {e}") from e


def place_of(issuer: str | None, title: str | None, doc_number: str | None = None) -> tuple[str | None, str | None]:
    """The place a notice governs: its name from the issuer or the title
    (天津市, 宁夏银川市), and the province's one-character name that opens
    the issuer of its document number (渝 of 渝肺炎组发〔2020〕1号); None where
    unknown."""
    name = None
    for text in (issuer, None if (title or "").startswith("关于") else title):
        found = _pattern("place").match(re.sub(r"\s+", "", normalize(text or "")))
        if found:
            name = found[1]
            break
    parsed = docnumber.parse(doc_number)
    return name, parsed.issuer[0] if parsed and parsed.issuer else None


def place_in_text(document: dict) -> str | None:
    """The city or county a notice's text names most often (`text_place` of
    compare/data/relations.yml), when named `text_place_mentions` times or more
    and more often than any other; None otherwise.

    >>> place_in_text({"paragraphs": ["对百色市采取居家隔离管控措施。", "持证在百色市通行，农贸市场营业。"]})
    '百色市'
    """
    paragraphs = document.get("paragraphs") or [m.get("text") or "" for m in document.get("measures") or []]
    text = normalize("\n".join(paragraphs))
    counts: Counter = Counter()
    for m in re.finditer(_pattern("text_place"), text):
        for n in (2, 3):
            name = text[max(0, m.start() - n):m.end()]
            if len(name) == n + 1 and re.fullmatch(r"[\u4e00-\u9fff]+", name):
                counts[name] += 1
    if not counts:
        return None
    most = max(counts.values())
    names = sorted((name for name, n in counts.items() if n == most), key=len, reverse=True)
    # One name said as often as its own tail (牡丹江市, 丹江市) is one place.
    if most < load_data("relations.yml")["text_place_mentions"] or not all(names[0].endswith(x) for x in names):
        return None
    return names[0]


def same_place(x: tuple[str | None, str | None], y: tuple[str | None, str | None]) -> bool:
    """Whether two notices are known to govern one place: names equal, one
    the tail of the other (宁夏银川市, 银川市) or its short form (察右后旗 of
    察哈尔右翼后旗), or one province's document numbers."""
    (name_x, short_x), (name_y, short_y) = x, y
    return bool(name_x and name_y and (_shortened(name_x, name_y) or _shortened(name_y, name_x))
                or short_x and short_x == short_y)


def _shortened(name: str, short: str) -> bool:
    """Whether `short` is `name` or its tail, or `name` shortened as places are
    (察右后旗 of 察哈尔右翼后旗): its first and last characters, and the others
    in their order."""
    if name.endswith(short):
        return True
    # A short form drops two characters or more: one fewer is another place (武陵区, 武陵源区).
    if len(short) < 3 or len(name) - len(short) < 2 or short[0] != name[0] or short[-1] != name[-1]:
        return False
    rest = iter(name)
    return all(c in rest for c in short)


def same_issuer(a: dict, b: dict) -> bool:
    x, y = (re.sub(r"\s+", "", normalize(d.get("issuer") or "")) for d in (a, b))
    return bool(x and y) and (x.endswith(y) or y.endswith(x))


def _title_key(title: str | None) -> str | None:
    return re.sub(r"\s+", "", normalize(title)) if title else None


def _sentences(document: dict) -> list[tuple[int, int, int, str, str | None]]:
    """Body sentences as written: (paragraph, start, end, sentence, path of the measure holding it)."""
    measures = document.get("measures") or []
    paragraphs = document.get("paragraphs") or [m.get("text") or "" for m in measures]
    placed = any(m.get("pieces") for m in measures)
    found = []
    for i, paragraph in enumerate(paragraphs):
        for m in _SENTENCE.finditer(paragraph):
            sentence = m.group()
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
    folded = normalize(sentence).strip()
    marker = match_marker(folded)
    bare = folded[marker[2].end():] if marker else folded
    return next((str(m.get("path")) for m in measures if bare and bare in normalize(m.get("text") or "")), None)


def _cited(document: dict, sentences: list[tuple[int, int, int, str, str | None]]) -> list[list[dict]]:
    """The documents each sentence cites: the document's references, found once by
    extract; found here only in input without them (gold files)."""
    if "references" not in document:
        return [[vars(r) for r in find_references(normalize(sentence))] for *_, sentence, _ in sentences]
    by_paragraph: dict[int, list[dict]] = {}
    for r in document["references"]:
        by_paragraph.setdefault(r["paragraph"], []).append(r)
    return [[r for r in by_paragraph.get(i, ()) if start <= r["start"] < end] for i, start, end, *_ in sentences]


_TITLE = re.compile(r"《[^》]*》")


def _kind(sentence: str) -> str:
    """The first kind whose words the sentence says, outside the titles it cites."""
    kinds, _ = _patterns()
    said = _TITLE.sub("", sentence)
    return next((k for k in _KIND_ORDER if kinds[k].search(said)), "cites")


def citations(document: dict) -> list[Relation]:
    """Every citation and override in `document`, targets not yet resolved.
    A title followed by its number, `《…》(…〔2020〕58号)`, is one citation; the
    notice's own number and title (header, signature) are skipped."""
    source = document.get("source") or ""
    own_number, own_title = document.get("doc_number"), _title_key(document.get("title"))
    _, overrides = _patterns()
    found = []
    serial, acted_on = _serial_patterns()
    own_serial = docnumber.serial_of(document)
    sentences = _sentences(document)
    for (*_, sentence, path), refs in zip(sentences, _cited(document, sentences)):
        folded = normalize(sentence)
        kind = _kind(folded)
        cited = False
        for ref in refs:
            # Folded as the sentence is: 《…（第九版）》 and 《…(第九版)》 are one title.
            title, number = (normalize(ref[key]) if ref.get(key) else None for key in ("title", "doc_number"))
            own = _title_key(title) == own_title if title else docnumber.same(number, own_number)
            if not own:
                found.append(Relation(source, kind, sentence, doc_number=number, title=title, path=path))
                cited = True
        for m in serial.finditer(folded):
            n = _serial_number(m[1])
            if n is not None and n != own_serial and not any(r.text == sentence and (r.title or "").endswith(m[0]) for r in found):
                found.append(Relation(source, kind, sentence, path=path, serial=n))
                cited = True
        if not cited and kind in _ACTS_ON:
            target = next((m for m in (p.search(folded) for p in acted_on) if m), None)
            if target:
                found.append(Relation(source, kind, sentence, path=path, subject=target[1]))
        if overrides.search(folded):
            found.append(Relation(source, "overrides", sentence, path=path))
    return found


# A catalog relates each notice to every related notice in turn; each caller
# gets its own copies, since relations fill in their targets.
_citations_kept = by_identity(64, lambda found: [copy(r) for r in found])(citations)


def relations(documents: list[dict]) -> list[Relation]:
    """Citations in each notice, resolved to the other notices given where
    the document number or title matches, a bare serial to the issuer's notice
    of that serial, and an uncited lift, extension or adjustment to the
    issuer's latest earlier notice that speaks of what it acts on."""
    found = []
    for d in documents:
        for r in _citations_kept(d):
            r.target = next((other["source"] for other in documents if other is not d and _names(r, d, other)), None)
            if r.subject and r.target is None:
                r.target = _earlier_on(r.subject, d, documents)
            if r.target is not None or not (r.subject or r.serial is not None):
                found.append(r)
    return found


def continued_whole(r: Relation) -> bool:
    """Whether `r` continues, extends or ends the notice it cites as a whole (继续执行《…》
    各项要求, 延长《…》执行时间, 《…》（第1号）于…起终止执行), from a measure and naming no
    article of it: every measure of that notice lives on, or ends, in the measure
    saying so."""
    return (r.kind in ("continues", "extends", "ends") and r.path is not None and r.subject is None
            and not _pattern("parts").search(_TITLE.sub("", r.text)))


def follows_rounds(document: dict) -> list[str]:
    """Paths of the measures of `document` that do an action as its earlier rounds
    were done (具体做法参照前两轮): they name no notice, but take over the one before."""
    said = _pattern("previous_rounds")
    return [str(m.get("path")) for m in document.get("measures") or [] if said.search(normalize(m.get("text") or ""))]


def _same_title(cited: str, title: str | None) -> bool:
    """Whether a title cited in 《》 is `title`, or its words from 关于 on: a page may
    print the issuer before 关于 on the title line (…指挥部关于…的公告), the citing
    notice never does."""
    return bool(title) and (cited == title or cited.startswith("关于") and title.endswith(cited))


def _names(r: Relation, document: dict, other: dict) -> bool:
    """Whether citation `r` in `document` names `other`."""
    if r.doc_number and docnumber.same(r.doc_number, other.get("doc_number")):
        return True
    if r.title and _same_title(_title_key(r.title), _title_key(other.get("title"))):
        return True
    cited = r.serial
    if cited is None and r.title:
        parsed = docnumber.parse(normalize(r.title))
        cited = parsed.serial if parsed and not parsed.issuer else None
    return cited is not None and cited == docnumber.serial_of(other) and same_issuer(document, other)


def _earlier_on(subject: str, document: dict, documents: list[dict]) -> str | None:
    """The latest notice of the same issuer, before `document`, with a measure
    that speaks of `subject` (see `acted_on`)."""
    earlier = sorted((d for d in documents if d is not document and same_issuer(d, document)
                      and series_order(d) < series_order(document)), key=series_order, reverse=True)
    return next((d["source"] for d in earlier if acted_on(subject, d)), None)


def acted_on(subject: str, document: dict) -> list[str]:
    """The measures of `document` that speak of `subject`, what a lift,
    extension or adjustment acts on: those holding every word of the longest
    tail of it (four characters at least) that any measure holds, so
    `全域临时静态管理` finds the measures on 临时静态管理."""
    return [path for path, _ in _acted_on(subject, document)]


def wholly_acted_on(subject: str, document: dict) -> list[str]:
    """The measures `acted_on` that say nothing else: every sentence of them
    holds the words of `subject` they were found by (保留社区进出卡口，凭…通行
    for 撤除社区卡口). A lift ends such a measure whole."""
    return [path for path, whole in _acted_on(subject, document) if whole]


def _acted_on(subject: str, document: dict) -> list[tuple[str, bool]]:
    words = terms(subject)
    texts = [(str(m.get("path")), normalize(m.get("text") or "")) for m in document.get("measures") or []]
    for start in range(len(words)):
        tail = words[start:]
        if sum(map(len, tail)) < 4:
            break
        found = [(path, text) for path, text in texts if all(w in text for w in tail)]
        if found:
            return [(path, all(all(w in s for w in tail) for s in _SENTENCE.findall(text) if s.strip()))
                    for path, text in found]
    return []


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


def series_order(document: dict) -> tuple:
    """Issue order for notices of one issuer: year, then the serial the issuer
    numbers them by (a notice known by its number only is placed among the
    dated ones by it), then the date."""
    year, day, _ = issue_order(document)
    if not year:  # a year written only in the title (关于…的通告（2022年第161号）)
        year = docnumber.issue_year(None, document.get("title")) or 0
    return year, docnumber.serial_of(document) or 0, day


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
