"""Building the SQLite catalog (db/build.py): rows, ids, offsets, order, rebuilds,
refusals, over the seeds' catalog (tests/conftest.py builds it once per session from
every seed through the real pipeline)."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from urllib.parse import quote

import pytest

from db.build import build
from extract.document import Document
from extract.topics import topic_rules
from notices.catalog import build_catalog, iter_links
from catalog_support import (
    ROOT, N000, N001, N002, N003, N004, unit_names, measure_ids, all_measures, rows, started,
    dump,
)


# --- building -----------------------------------------------------------------

def test_stats_count_the_rows(catalog, documents):
    db_path, stats = catalog
    conn = sqlite3.connect(db_path)
    for table in ("notices", "paragraphs", "measures", "units", "measure_units", "deadlines",
                  "thresholds", "topics", "measure_topics", "references", "links"):
        assert getattr(stats, table) == conn.execute(f"select count(*) from [{table}]").fetchone()[0], table
    measures = all_measures(documents).values()
    assert stats.notices == len(documents)
    assert stats.measures == len(measures)
    assert stats.deadlines == sum(len(m["deadlines"]) for m in measures)
    assert stats.thresholds == sum(len(m["thresholds"]) for m in measures)
    assert stats.links == sum(len(c["pairs"]) for c in iter_links(documents)) > 0
    assert stats.links_skipped == 0


def test_ids_are_content_keys(db):
    assert tuple(db.execute("select notice, path from measures where id = ?",
                            [f"{N002}#4.13"]).fetchone()) == (N002, "4.13")
    assert tuple(db.execute("select text from deadlines where id = ?", [f"{N002}#4.13#d0"]).fetchone()) == ("12小时内",)


def test_offsets_of_the_pipeline_point_at_their_text(db):
    spans = db.execute(
        "select m.text, x.start, x.[end], x.mention from measure_units x join measures m on m.id = x.measure "
        "union all select m.text, x.start, x.[end], x.text from deadlines x join measures m on m.id = x.measure "
        "union all select m.text, x.start, x.[end], x.text from thresholds x join measures m on m.id = x.measure"
    ).fetchall()
    assert len(spans) > 150
    for text, start, end, written in spans:
        assert text[start:end] == written


def test_offsets_missing_from_gold_are_found_in_the_measure_text(tmp_path, gold):
    # Gold files carry no offsets: the build finds them.
    db_path = tmp_path / "gold.db"
    build([Document.from_gold(g).to_dict() for g in gold], db_path)
    conn = sqlite3.connect(db_path)
    spans = conn.execute(
        "select m.text, x.start, x.[end], x.mention from measure_units x join measures m on m.id = x.measure "
        "where x.start is not null union all "
        "select m.text, x.start, x.[end], x.text from deadlines x join measures m on m.id = x.measure "
        "union all select m.text, x.start, x.[end], x.text from thresholds x join measures m on m.id = x.measure "
        "where x.start is not null").fetchall()
    assert len(spans) > 150
    for text, start, end, written in spans:
        assert text[start:end] == written
    # The second of two equal texts takes the second occurrence.
    twice = conn.execute("select start from thresholds where measure = ? and text = '7天居家隔离' order by id",
                         [f"{N002}#4.12"]).fetchall()
    assert len(twice) == 2 and twice[0] != twice[1]


def test_year_and_issue_order(db):
    found = {r["source"]: (r["year"], r["sort_key"]) for r in db.execute("select source, year, sort_key from notices")}
    assert found[N000][0] == 2020  # no date; 渝肺炎组指办发〔2020〕1号
    assert found[N002][0] == 2021  # from the date
    assert found[N004][0] is None  # a news page: neither
    # Undated notices of a year come first, by serial number (〔2020〕1号, 〔2020〕30号), then by date.
    ordered = [source for source, _ in sorted(found.items(), key=lambda kv: kv[1][1])]
    assert ordered == [N004, N000, N001, N002, N003]


def test_rebuilding_gives_identical_ids_and_content(tmp_path, documents, catalog):
    again = tmp_path / "again.db"
    build_catalog(documents, again)
    assert dump(again) == dump(catalog[0])


def test_adding_a_document_adds_only_its_rows(tmp_path, documents):
    before, after = tmp_path / "before.db", tmp_path / "after.db"
    new = documents[3]
    build(documents[:3], before)
    build(documents[:4], after)
    old_rows, new_rows = dump(before), dump(after)
    # Rows that belong to a notice: the old ones are untouched, the new ones are all the new notice's.
    for table in ("notices", "paragraphs", "measures", "measure_units", "deadlines", "thresholds"):
        added = set(new_rows[table]) - set(old_rows[table])
        assert set(old_rows[table]) <= set(new_rows[table]), table
        assert added and all(row[0].startswith(new["source"]) for row in added), table
    added_measures = {r[0] for r in new_rows["measures"]} - {r[0] for r in old_rows["measures"]}
    assert added_measures == measure_ids([new], lambda m: True)
    # Shared units gain the new notice's names and keep their ids.
    old_units = {r[0] for r in old_rows["units"]}
    new_units = {r[0] for r in new_rows["units"]}
    assert old_units < new_units
    assert new_units - old_units <= {u for m in new["measures"] for u in unit_names(m)}


def test_duplicate_sources_are_refused_and_the_old_catalog_kept(tmp_path, documents):
    db_path = tmp_path / "notices.db"
    build(documents[:1], db_path)
    before = dump(db_path)
    with pytest.raises(ValueError, match=documents[1]["source"]):
        build([documents[1], documents[1]], db_path)
    assert dump(db_path) == before
    # No temporary file left: the database and its inspect data (db/build.py) only.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notices.db", "notices.db-inspect.json"]


def test_links_to_unknown_measures_are_skipped(tmp_path, documents):
    links = [{"a": N001, "b": N002, "pairs": [
        {"a": "1.6", "b": "4.12", "similarity": 0.5, "status": "matched"},  # both exist
        {"a": "1.6", "b": "99.1", "similarity": 0.5, "status": "matched"},  # no measure 99.1
        {"a": "2.1", "b": None, "similarity": None, "status": "removed"},  # one-sided: kept
    ]}, {"a": "elsewhere.txt", "b": N002, "pairs": [{"a": "1", "b": "4.12"}]}]
    stats = build(documents, tmp_path / "notices.db", links=links)
    assert (stats.links, stats.links_skipped) == (2, 2)


def test_links_stream_in_and_a_pair_given_twice_keeps_its_last_version(tmp_path, documents):
    def links():  # a generator, as notices.catalog.iter_links gives them
        for similarity in (0.4, 0.9):
            yield {"a": N001, "b": N002, "pairs": [{"a": "1.6", "b": "4.12", "similarity": similarity,
                                                     "status": "revised"}]}

    db_path = tmp_path / "notices.db"
    stats = build(documents, db_path, links=links())
    conn = sqlite3.connect(db_path)
    assert stats.links == 1
    assert conn.execute("select id, similarity from links").fetchall() == [(f"{N001}#1.6|{N002}#4.12", 0.9)]
    conn.close()

def test_generated_document_fills_topics_aliases_and_references(tmp_path):
    doc = {
        "source": "gen_1.txt", "title": "关于加强隔离管理的通知", "doc_number": "测发〔2022〕5号",
        "date": "2022-03-01", "kind": "notice", "paragraphs": ["正文。", "一、隔离要求。市卫健委负责，14天内完成。"],
        "references": [{"title": "另一通知", "doc_number": "测发[2021]1号", "text": "《另一通知》", "start": 0, "end": 6}],
        "measures": [{
            "path": "1", "heading": "隔离要求", "text": "隔离要求。市卫健委负责，14天内完成。", "paragraph": 1,
            "units": [{"mention": "市卫健委", "name": "重庆市卫生健康委员会", "role": "responsible", "start": 5, "end": 9}],
            "deadlines": [{"kind": "within", "value": [10, 14], "unit": "day", "text": "14天内", "start": 12, "end": 16}],
            "thresholds": [{"value": 14, "unit": "天", "comparator": "<=", "quantity": "window", "text": "14天内",
                            "start": 12, "end": 16}],
            "topics": [{"topic": "quarantine", "oxcgrt": "C6"}],
        }],
    }
    cited = {"source": "gen_0.txt", "title": "另一通知", "doc_number": "测发〔2021〕1号", "measures": []}
    db_path = tmp_path / "notices.db"
    stats = build([cited, doc], db_path)
    # the topics table holds the whole vocabulary, whether measures have the topics or not
    assert (stats.topics, stats.measure_topics, stats.references) == (len(topic_rules()), 1, 1)
    conn = sqlite3.connect(db_path)
    # The alias table's forms too, though the notice wrote only one.
    assert conn.execute("select aliases from units where id = '重庆市卫生健康委员会'").fetchone() == (
        '["市卫健委", "市卫生健康委", "市卫生健康委员会"]',)
    assert conn.execute("select value, value_to from deadlines").fetchone() == (10, 14)
    # The citation is resolved despite different brackets.
    assert conn.execute("select cited_notice from [references]").fetchone() == ("gen_0.txt",)
    ds = started(db_path)
    # The canned query matches a unit by its name, an alias or the mention.
    for unit in ("重庆市卫生健康委员会", "市卫健委"):
        assert [r["measure"] for r in rows(ds, f"/notices/measures_of_unit.json?unit={quote(unit)}")] == ["gen_1.txt#1"]
    # a topic by its key or its Chinese names (the vocabulary gives quarantine no indicator)
    for topic in ("quarantine", "隔离", "隔离管控"):
        found = rows(ds, f"/notices/thresholds_of_topic.json?topic={quote(topic)}")
        assert [(r["measure"], r["value"], r["comparator"]) for r in found] == [("gen_1.txt#1", 14, "<=")]
    assert rows(ds, "/notices/thresholds_of_topic.json?topic=masks") == []


@pytest.mark.slow
def test_a_build_killed_part_way_leaves_the_old_catalog(tmp_path, documents):
    db_path = tmp_path / "notices.db"
    build(documents[:2], db_path)
    before = dump(db_path)
    marker = tmp_path / "started"
    script = f"""
import json, pathlib, time
from db.build import build
docs = json.loads(pathlib.Path({str(tmp_path / 'docs.json')!r}).read_text())
def slow():
    yield docs[0]
    pathlib.Path({str(marker)!r}).touch()
    time.sleep(600)
    yield from docs[1:]
build(slow(), pathlib.Path({str(db_path)!r}))
"""
    (tmp_path / "docs.json").write_text(json.dumps(documents), encoding="utf-8")
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60  # a bound on the wait, not an assertion on speed
        while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the child build never started"
        assert any(p.name.startswith("notices.db-build-") for p in tmp_path.iterdir())
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert dump(db_path) == before
    assert sqlite3.connect(db_path).execute("select count(*) from notices").fetchone() == (2,)

def test_a_fragment_of_a_shared_head_is_no_alias():
    from db.build import _UnitNames

    names = _UnitNames()
    names.add("市卫生健康行政部门", ["市卫生健康行政部门", "市"])
    names.add("重庆市卫生健康委员会", ["市卫生健康委", "市卫健委"])
    aliases = {row["name"]: row["aliases"] for row in names.rows()}
    assert aliases == {"市卫生健康行政部门": "[]",
                       "重庆市卫生健康委员会": '["市卫健委", "市卫生健康委", "市卫生健康委员会"]'}
