"""The document shape (extract/document.py): every extracted document holds to it,
gold files are read into it, and every value leads back to the raw file."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.document import VERSION, Document, ShapeError, UnitMention, check, paragraph_span, pieces_of, raw_excerpts
from ingest.fixes import fix_characters
from ingest.pipeline import clean_text
from ingest.provenance import OffsetMap, raw_span
from ingest.readers import read_source
from notices.evaluate import read_gold

from conftest import CORPUS, GOLD, SEEDS

DEV_RAW = Path(__file__).parent / "data" / "dev" / "raw"


def assert_valid(d: dict) -> Document:
    doc = Document.from_dict(d)
    assert doc.version == d["version"] == VERSION
    assert doc.to_dict() == d, "reading and writing the document changes it"
    assert check(doc) == []
    assert all(m.pieces for m in doc.measures), "a measure that points at no paragraph"
    return doc


def test_every_seed_output_holds_to_the_shape(extracted):
    assert len(extracted) == len(SEEDS) > 0
    for d in extracted.values():
        assert_valid(d)


@pytest.mark.slow
def test_every_dev_output_holds_to_the_shape():
    from notices.pipeline import process_paths

    outcomes = list(process_paths(sorted(DEV_RAW.iterdir()), workers=1))
    assert outcomes and all(o.error is None for o in outcomes)
    for o in outcomes:
        assert_valid(o.document)


def test_the_shape_refuses_what_it_does_not_know(extracted):
    d = dict(next(iter(extracted.values())))
    with pytest.raises(ShapeError, match="unknown field"):
        Document.from_dict({**d, "colour": "red"})
    with pytest.raises(ShapeError, match="version"):
        Document.from_dict({**d, "version": VERSION + 1})
    measure = dict(d["measures"][0], units=[{"mention": "公安", "name": "公安", "rank": 1}])
    with pytest.raises(ShapeError, match="rank"):
        Document.from_dict({**d, "measures": [measure]})


def test_an_ingested_document_reads_as_the_shape_without_measures(ingested):
    # Both documents extend ingest.models.DocumentFields: what ingestion writes is the
    # shape's opening, key for key, and extraction only adds its own fields after it.
    for doc in ingested.values():
        d = doc.to_dict()
        written = Document.from_dict(d).to_dict()
        assert list(written) == [*d, "measures", "references", "version"]
        assert written == {**d, "measures": [], "references": [], "version": VERSION}


def test_check_finds_offsets_that_miss_their_text(extracted):
    d = next(d for d in extracted.values() if any(m["units"] for m in d["measures"]))
    doc = Document.from_dict(d)
    unit = next(u for m in doc.measures for u in m.units)
    unit.start += 1
    assert any("is not at" in p for p in check(doc))


@pytest.mark.parametrize(("given", "names"), [
    ("市卫生健康委", ["市卫生健康委"]),
    (["市卫健委", "市卫生健康委员会"], ["市卫健委", "市卫生健康委员会"]),
    ({"mention": "市卫健委", "name": "重庆市卫生健康委员会", "role": "lead", "start": 0, "end": 4},
     ["重庆市卫生健康委员会", "市卫健委"]),
])
def test_a_unit_in_any_written_form_becomes_one_shape(given, names):
    unit = UnitMention.from_dict(given)
    assert unit.names == names
    assert UnitMention.from_dict(unit.to_dict()) == unit


def test_gold_files_are_read_into_the_shape():
    gold = read_gold(GOLD / "001_eb84b56d6e19529f.json")
    units = [u for m in gold["measures"] for u in m["units"]]
    assert units and all(isinstance(u, dict) and u["name"] for u in units)
    Document.from_gold(gold)


@pytest.mark.parametrize(("paragraphs", "text", "pieces"), [
    # A provision's text after its number.
    (["一、加强管理。各区县负责。"], "加强管理。各区县负责。", [(0, 0, 2, 13)]),
    # A measure running over two paragraphs: the line break joining them is in no piece.
    (["一、甲乙。", "丙丁。"], "甲乙。\n丙丁。", [(0, 0, 2, 5), (4, 1, 0, 3)]),
    # Emphasis marks dropped from the text: two pieces around them.
    (["一、**严格管控**。各区县负责。"], "严格管控。各区县负责。", [(0, 0, 4, 8), (4, 0, 10, 17)]),
    # An item split out of a run-on enumeration ends with a 。 of its own.
    (["一是加强排查；二是落实隔离。"], "加强排查。", [(0, 0, 2, 6)]),
])
def test_pieces_place_the_measure_text_in_its_paragraphs(paragraphs, text, pieces):
    found = pieces_of(text, paragraphs, 0)
    assert [(p.at, p.paragraph, p.start, p.end) for p in found] == pieces
    for p in found:
        assert text[p.at:p.at + p.end - p.start] == paragraphs[p.paragraph][p.start:p.end]


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_value_of_the_seeds_leads_back_to_its_raw_text(extracted):
    """For each unit, deadline, threshold and reference, the raw span it points to
    holds its text (compared after the character fixes, white space aside)."""
    checked = 0
    for path in SEEDS:
        doc = Document.from_dict(extracted[path.name])
        raw = read_source(CORPUS / doc.source).text
        fixed = clean_text(raw).fixed
        to_raw = OffsetMap(raw, fixed)
        from_raw = {to_raw[i]: i for i in range(len(fixed))}

        def holds(paragraph: int, start: int, end: int, text: str) -> None:
            span = raw_span(doc.paragraphs[paragraph], doc.provenance[paragraph], start, end, to_raw, fixed)
            assert span is not None, f"{doc.source}: {text!r} has no raw span"
            lo, hi = span
            assert _squeezed(fixed[from_raw[lo]:from_raw[hi - 1] + 1]) == _squeezed(text), (doc.source, text, span)

        for m in doc.measures:
            items = [(u, u.mention) for u in m.units] + [(x, x.text) for x in (*m.deadlines, *m.thresholds, *m.references)]
            for item, text in items:
                where = paragraph_span(m, item.start, item.end)
                assert where is not None, f"{doc.source} {m.path}: {text!r} is in no paragraph"
                holds(*where, text)
                checked += 1
        for r in doc.references:
            holds(r.paragraph, r.start, r.end, r.text)
            checked += 1
    assert checked > 150


def test_raw_excerpts_mark_every_item_of_the_seeds_in_its_raw_text(extracted):
    """What the catalog's measure page shows: each measure in its raw file, each item marked there."""
    for path in SEEDS:
        doc = Document.from_dict(extracted[path.name])
        raw = read_source(CORPUS / doc.source).text
        excerpts = raw_excerpts(doc, raw)
        assert all(excerpts), f"{doc.source}: a measure with no raw excerpt"
        for m, e in zip(doc.measures, excerpts):
            assert raw[e.start:e.start + len(e.text)] == e.text
            a, b = e.measure
            assert 0 <= a < b <= len(e.text)
            items = [u.mention for u in m.units] + [x.text for x in (*m.deadlines, *m.thresholds, *m.references)]
            marked = [_squeezed(fix_characters(e.text[s:t])) for s, t, _, _ in e.marks]
            assert marked == [_squeezed(text) for text in items], (doc.source, m.path)


def test_the_spool_reads_documents_into_the_shape():
    from db import CatalogError
    from notices.spool import spooled

    gold = read_gold(GOLD / "001_eb84b56d6e19529f.json")
    gold["measures"][0]["units"] = [["市卫健委", "市卫生健康委员会"]]  # a form only a gold file gives
    measure = gold["measures"][0]
    with spooled([Document.from_gold(gold).to_dict()]) as spool:
        placed = spool.get(gold["source"])["measures"][0]
    unit = placed["units"][0]
    # Placed on the way in: the text writes neither form, so the unit has no offsets.
    assert not any(f in measure["text"] for f in ("市卫健委", "市卫生健康委员会"))
    assert unit["start"] is None and unit["end"] is None and unit["mention"] == "市卫健委"
    assert unit["forms"] == ["市卫生健康委员会"] and unit["name"] == "市卫健委"
    assert placed["pieces"] and placed["paragraph"] is not None
    with pytest.raises(CatalogError, match="colour"), spooled([{"source": "a.txt", "colour": "red"}]):
        pass


def test_input_without_offsets_is_placed_once():
    from extract.document import place

    gold = {
        "source": "a.txt",
        "paragraphs": ["通告如下：", "一、各区县负责排查。", "二、实行7天居家隔离和7天居家隔离。"],
        "measures": [
            {"path": "1", "heading": None, "text": "各区县负责排查。", "units": [["区县", "各区县"]]},
            {"path": "2", "heading": None, "text": "实行7天居家隔离和7天居家隔离。",
             "thresholds": [{"value": 7, "unit": "天", "comparator": "=", "text": "7天居家隔离"}] * 2},
        ],
    }
    doc = place(Document.from_gold(gold))
    first, second = doc.measures
    assert (first.paragraph, second.paragraph) == (1, 2)
    assert [(p.paragraph, p.start, p.end) for p in first.pieces] == [(1, 2, 10)]
    unit = first.units[0]
    assert (unit.start, unit.end, unit.mention) == (1, 3, "区县")  # the first form the text holds
    # The second of two equal texts takes the second occurrence.
    assert [(t.start, t.end) for t in second.thresholds] == [(2, 8), (9, 15)]
    assert check(doc) == []
