"""The SQLite catalog (db/build.py) and its read-only Datasette site (db/serve.py, db/plugin.py).

The documents are the gold files until notices.pipeline.process_file exists; the
links are the gold links of tests/data/links.json in the shape compare/ writes.
Requests go through Datasette's in-process client.
"""
from __future__ import annotations

import asyncio
import difflib
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

import pytest

from db.build import VIEWS, BuildStats, build
from db.plugin import CATALOG_VIEWS, highlight, index_text, match_expression, word_diff
from db.serve import make_datasette

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
UNIT = "市卫生健康委"


def gold_documents() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((DATA / "gold").glob("*.json"))]


def gold_links(documents: list[dict]) -> list[dict]:
    """tests/data/links.json as `build(links=…)` takes it, with a difflib similarity."""
    texts = {f"{d['source']}#{m['path']}": m["text"] for d in documents for m in d.get("measures", [])}
    pairs = defaultdict(list)
    for a, b in json.loads((DATA / "links.json").read_text(encoding="utf-8"))["links"]:
        (sa, pa), (sb, pb) = a.split("#", 1), b.split("#", 1)
        similarity = difflib.SequenceMatcher(None, texts[a], texts[b]).ratio()
        pairs[sa, sb].append({"a": pa, "b": pb, "similarity": round(similarity, 3),
                              "status": "matched", "change_type": "modified", "changes": []})
    return [{"a": a, "b": b, "pairs": p} for (a, b), p in pairs.items()]


def unit_names(measure: dict) -> set[str]:
    """Every form of every unit of a gold measure (gold gives strings or lists of forms)."""
    names = set()
    for unit in measure.get("units", []):
        names.update(unit if isinstance(unit, list) else [unit])
    return names


def measure_ids(documents: list[dict], keep) -> set[str]:
    return {f"{d['source']}#{m['path']}" for d in documents for m in d.get("measures", []) if keep(m)}


def fetch(ds, path: str, method: str = "get", **kwargs):
    async def go():
        return await getattr(ds.client, method)(path, **kwargs)
    return asyncio.run(go())


def rows(ds, path: str) -> list[dict]:
    sep = "&" if "?" in path else "?"
    response = fetch(ds, f"{path}{sep}_shape=array&_size=max")
    assert response.status_code == 200, response.text[:500]
    return response.json()


def dump(db_path: Path) -> dict[str, list[tuple]]:
    """Every row of every table and view, in a stable order."""
    conn = sqlite3.connect(db_path)
    names = [r[0] for r in conn.execute(
        "select name from sqlite_master where type in ('table', 'view') "
        "and name not like 'sqlite_%' and name not like '%_fts_%' order by name")]
    content = {n: sorted(conn.execute(f"select * from [{n}]").fetchall(), key=repr) for n in names}
    conn.close()
    return content


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return gold_documents()


@pytest.fixture(scope="module")
def catalog(tmp_path_factory, documents) -> tuple[Path, BuildStats]:
    db_path = tmp_path_factory.mktemp("catalog") / "notices.db"
    stats = build(documents, db_path, links=gold_links(documents))
    return db_path, stats


@pytest.fixture(scope="module")
def ds(catalog):
    datasette = make_datasette(catalog[0])
    asyncio.run(datasette.invoke_startup())
    return datasette


# --- search: the query rewriting ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("核酸检测", "核酸 酸检 检测 测"),  # bigrams, then the last character alone
    ("隔离。核酸", "隔离 离 核酸 酸"),  # punctuation ends a run
    ("24小时内", "24小 小时 时内 内"),  # a number is one unit
    ("ＫＴＶ等", "ktv等 等"),  # full-width folded, case folded
    ("", ""),
    (None, ""),
])
def test_index_text(text, expected):
    assert index_text(text) == expected


@pytest.mark.parametrize("query, expected", [
    ("隔离", '"隔离" *'),
    ("核酸检测", '"核酸 酸检 检测" *'),  # one phrase: the characters in this order
    ("隔离 核酸", '"隔离" * "核酸" *'),  # two words: both must occur
    ("隔", '"隔" *'),  # one character: prefix of any bigram
    ('"隔离', '"隔离" *'),  # an unbalanced quote is dropped
    ("AND OR NEAR *", '"and" * "or" * "near" *'),  # operators become plain words
    ("NEAR(隔离 核酸)", '"near" * "隔离" * "核酸" *'),
    ("* ^ ( ) : -", '""'),  # nothing searchable: matches nothing, no syntax error
    ("", '""'),
    (None, '""'),
])
def test_match_expression(query, expected):
    assert match_expression(query) == expected


def test_match_expression_bounds_long_queries():
    assert match_expression("隔离" * 10_000).count(" ") < 250


# --- building -----------------------------------------------------------------

def test_stats_count_the_rows(catalog, documents):
    db_path, stats = catalog
    conn = sqlite3.connect(db_path)
    for table in ("notices", "paragraphs", "measures", "units", "measure_units", "deadlines",
                  "thresholds", "links"):
        assert getattr(stats, table) == conn.execute(f"select count(*) from [{table}]").fetchone()[0]
    assert stats.notices == len(documents)
    assert stats.measures == sum(len(d.get("measures", [])) for d in documents)
    assert stats.deadlines == sum(len(m["deadlines"]) for d in documents for m in d.get("measures", []))
    assert stats.links == 20 and stats.links_skipped == 0


def test_ids_are_content_keys(catalog):
    conn = sqlite3.connect(catalog[0])
    assert conn.execute("select notice, path from measures where id = ?",
                        ["002_79e7738ce50ad15f.txt#4.13"]).fetchone() == ("002_79e7738ce50ad15f.txt", "4.13")
    assert conn.execute("select text from deadlines where id = ?",
                        ["002_79e7738ce50ad15f.txt#4.13#d0"]).fetchone() == ("12小时内",)


def test_offsets_missing_from_gold_are_found_in_the_measure_text(catalog):
    conn = sqlite3.connect(catalog[0])
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
                         ["002_79e7738ce50ad15f.txt#4.12"]).fetchall()
    assert len(twice) == 2 and twice[0] != twice[1]


def test_year_falls_back_to_the_document_number(catalog):
    conn = sqlite3.connect(catalog[0])
    years = dict(conn.execute("select source, year from notices"))
    assert years["000_4d5bc05a611d1c0a.txt"] == 2020  # no date; 渝肺炎组指办发〔2020〕1号
    assert years["002_79e7738ce50ad15f.txt"] == 2021  # from the date
    assert years["004_4e00655b2078bf31.txt"] is None  # a news page: neither


def test_rebuilding_gives_identical_ids_and_content(tmp_path, documents, catalog):
    again = tmp_path / "again.db"
    build(documents, again, links=gold_links(documents))
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
    assert [p.name for p in tmp_path.iterdir()] == ["notices.db"]  # no temporary file left


def test_links_to_unknown_measures_are_skipped(tmp_path, documents):
    links = [{"a": documents[1]["source"], "b": documents[2]["source"], "pairs": [
        {"a": "1.6", "b": "4.12", "similarity": 0.5, "status": "matched"},  # both exist
        {"a": "1.6", "b": "99.1", "similarity": 0.5, "status": "matched"},  # no measure 99.1
        {"a": "2.1", "b": None, "similarity": None, "status": "removed"},  # one-sided: kept
    ]}, {"a": "elsewhere.txt", "b": documents[2]["source"], "pairs": [{"a": "1", "b": "4.12"}]}]
    stats = build(documents, tmp_path / "notices.db", links=links)
    assert (stats.links, stats.links_skipped) == (2, 2)


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
    assert (stats.topics, stats.measure_topics, stats.references) == (1, 1, 1)
    conn = sqlite3.connect(db_path)
    assert conn.execute("select aliases from units where id = '重庆市卫生健康委员会'").fetchone() == ('["市卫健委"]',)
    assert conn.execute("select value, value_to from deadlines").fetchone() == (10, 14)
    # The citation is resolved despite different brackets.
    assert conn.execute("select cited_notice from [references]").fetchone() == ("gen_0.txt",)
    ds = make_datasette(db_path)
    asyncio.run(ds.invoke_startup())
    # The canned query matches a unit by its name, an alias or the mention.
    for unit in ("重庆市卫生健康委员会", "市卫健委"):
        assert [r["measure"] for r in rows(ds, f"/notices/measures_of_unit.json?unit={quote(unit)}")] == ["gen_1.txt#1"]
    for topic in ("quarantine", "C6"):
        found = rows(ds, f"/notices/thresholds_of_topic.json?topic={topic}")
        assert [(r["measure"], r["value"], r["comparator"]) for r in found] == [("gen_1.txt#1", 14, "<=")]
    assert rows(ds, "/notices/thresholds_of_topic.json?topic=masks") == []


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


# --- the site: search, facets, canned queries -------------------------------------

def test_unit_filter_and_canned_query_give_the_nine_measures_of_a_unit(ds, documents):
    expected = measure_ids(documents, lambda m: UNIT in unit_names(m))
    assert len(expected) == 9
    assert sum(i.startswith("001_") for i in expected) == 7 and sum(i.startswith("002_") for i in expected) == 2
    by_filter = rows(ds, f"/notices/measures.json?units__arraycontains={quote(UNIT)}")
    assert {r["id"] for r in by_filter} == expected
    by_query = rows(ds, f"/notices/measures_of_unit.json?unit={quote(UNIT)}")
    assert {r["measure"] for r in by_query} == expected
    assert len(by_query) == 9


# (query, why): each must find exactly the measures whose text or unit names contain every word.
SEARCHES = [
    ("隔离", "two-character word"),
    ("口罩", "two-character word"),
    ("核酸检测", "four characters: one bigram phrase"),
    ("市卫生健康委", "a unit name"),
    ("隔离 核酸", "two words: both required"),
    ("离", "one character"),
    ("14天", "digits then Chinese"),
    ("KTV", "ASCII letters"),
    ("检测核酸", "the same characters in another order: not a match"),
]


@pytest.mark.parametrize("query, why", SEARCHES)
def test_table_search_finds_what_a_substring_check_finds(ds, documents, query, why):
    def contains_all(m):
        haystack = (m["text"] + " " + " ".join(unit_names(m))).lower()
        return all(word.lower() in haystack for word in query.split())

    expected = measure_ids(documents, contains_all)
    found = rows(ds, f"/notices/measures.json?_search={quote(query)}")
    assert {r["id"] for r in found} == expected, why
    ranked = rows(ds, f"/notices/search_measures.json?q={quote(query)}")
    assert {r["measure"] for r in ranked} == expected, why


def test_search_words_that_must_be_found():
    # The substring comparison above is only meaningful if the words occur.
    texts = " ".join(m["text"] for d in gold_documents() for m in d.get("measures", []))
    for word in ("隔离", "口罩", "核酸检测", "市卫生健康委", "KTV"):
        assert word in texts


def test_ranked_search_puts_the_closest_measure_first(tmp_path):
    measures = [
        {"path": "1", "heading": "通风", "text": "通风。各单位要加强通风，提及隔离一次。"},
        {"path": "2", "heading": "集中隔离", "text": "集中隔离。隔离场所要落实隔离管理，隔离人员不得外出。"},
    ] + [
        # Words in most measures weigh nothing in bm25: the others must not mention 隔离.
        {"path": str(i), "heading": "消毒", "text": f"消毒。第{i}类场所要做好消毒。"} for i in range(3, 9)
    ]
    db_path = tmp_path / "notices.db"
    build([{"source": "gen.txt", "title": "测试通知", "measures": measures}], db_path)
    ds = make_datasette(db_path)
    asyncio.run(ds.invoke_startup())
    found = rows(ds, f"/notices/search_measures.json?q={quote('隔离')}")
    assert [r["measure"] for r in found] == ["gen.txt#2", "gen.txt#1"]


@pytest.mark.parametrize("query, expected", [
    ("社会面管控", ["003_287b2957536d0544.txt"]),  # in a title
    ("渝肺炎组发", ["002_79e7738ce50ad15f.txt"]),  # in a document number
    ("劝返鄂籍车辆", ["004_4e00655b2078bf31.txt"]),  # in a headline of a news page
])
def test_notices_are_searchable(ds, query, expected):
    found = rows(ds, f"/notices/notices.json?_search={quote(query)}")
    assert [r["id"] for r in found] == expected


def test_facets_on_units_and_deadline_kinds(ds, documents):
    data = fetch(ds, "/notices/measures.json?_size=0").json()
    units = {f["value"]: f["count"] for f in data["facet_results"]["units"]["results"]}
    assert units[UNIT] == 9
    kinds = fetch(ds, "/notices/deadlines.json?_facet=kind&_size=0").json()["facet_results"]["kind"]["results"]
    expected = defaultdict(int)
    for d in documents:
        for m in d.get("measures", []):
            for deadline in m["deadlines"]:
                expected[deadline["kind"]] += 1
    assert {f["value"]: f["count"] for f in kinds} == expected


def test_time_limits_of_a_unit(ds, documents):
    unit = "各区县"
    expected = sorted(
        dl["text"] for d in documents for m in d.get("measures", []) if unit in unit_names(m) for dl in m["deadlines"])
    found = rows(ds, f"/notices/time_limits_of_unit.json?unit={quote(unit)}")
    assert sorted(r["deadline_text"] for r in found) == expected
    assert len(expected) == 10  # in 2.5 (three), 4.13, 6.18, 7.20 (four) and closing of 002


def test_a_measure_across_notices(ds):
    found = rows(ds, f"/notices/measure_across_notices.json?measure={quote('002_79e7738ce50ad15f.txt#4.12')}")
    assert {r["other_measure"] for r in found} == {"001_eb84b56d6e19529f.txt#1.6", "003_287b2957536d0544.txt#3"}


def test_view_ids_link_to_their_pages(ds):
    assert set(VIEWS) == CATALOG_VIEWS  # the plugin keeps its own copy of the names
    page = fetch(ds, f"/notices/unit_obligations?unit={quote(UNIT)}").text
    assert 'href="/notices/measures/001_eb84b56d6e19529f~2Etxt~231~2E1"' in page


def test_views_answer_the_common_questions(ds, documents):
    obligations = rows(ds, f"/notices/unit_obligations.json?unit={quote(UNIT)}")
    assert len(obligations) == 9 and all(r["notice_title"] for r in obligations)
    limits = rows(ds, "/notices/time_limits.json")
    assert len(limits) == sum(len(m["deadlines"]) for d in documents for m in d.get("measures", []))
    assert next(r for r in limits if r["deadline"] == "002_79e7738ce50ad15f.txt#4.13#d0")["units"] == "各区县"
    thresholds = rows(ds, "/notices/topic_thresholds.json")
    assert len(thresholds) == sum(len(m["thresholds"]) for d in documents for m in d.get("measures", []))


# --- the measure page -----------------------------------------------------------

def measure_page(ds, measure_id: str) -> str:
    from datasette.utils import tilde_encode
    response = fetch(ds, f"/notices/measures/{tilde_encode(measure_id)}")
    assert response.status_code == 200
    return response.text


def test_measure_page_highlights_units_deadlines_and_links_its_sources(ds):
    page = measure_page(ds, "002_79e7738ce50ad15f.txt#4.13")
    assert '<mark class="deadline" title="12小时内">12小时内</mark>' in page
    assert '<mark class="unit" title="各区县">各区县</mark>' in page
    assert '<mark class="threshold" title="1个感染者配备100个隔离房间">1个感染者配备100个隔离房间</mark>' in page
    assert 'href="/notices/notices/002_79e7738ce50ad15f~2Etxt"' in page
    assert 'href="/notices/paragraphs/002_79e7738ce50ad15f~2Etxt~23p' in page


def test_measure_page_shows_linked_measures_side_by_side(ds):
    page = measure_page(ds, "002_79e7738ce50ad15f.txt#4.12")
    assert page.count('<table class="catalog-diff">') == 2
    assert 'href="/notices/measures/001_eb84b56d6e19529f~2Etxt~231~2E6"' in page
    assert "<del>" in page and "<ins>" in page
    lone = measure_page(ds, "001_eb84b56d6e19529f.txt#1.2")
    assert "No linked measure" in lone


@pytest.mark.parametrize("text, spans, expected", [
    ("ab", [], [("ab", "", "")]),
    ("市卫生健康委负责", [(0, 6, "unit", "u")], [("市卫生健康委", "unit", "u"), ("负责", "", "")]),
    # A unit inside a deadline: the overlap carries both kinds.
    ("在2小时内报告", [(1, 5, "deadline", "d"), (1, 2, "unit", "x")],
     [("在", "", ""), ("2", "deadline unit", "d | x"), ("小时内", "deadline", "d"), ("报告", "", "")]),
    ("短", [(0, 9, "unit", "")], [("短", "", "")]),  # a span past the end is ignored
])
def test_highlight(text, spans, expected):
    assert highlight(text, spans) == expected


@pytest.mark.parametrize("a, b, expected", [
    ("集中隔离14天", "集中隔离7天", [(True, "集中隔离", "集中隔离"), (False, "14", "7"), (True, "天", "天")]),
    ("相同", "相同", [(True, "相同", "相同")]),
    ("", "新增", [(False, "", "新增")]),
    # A short shared 的 or 要求 is folded into the change instead of splitting it.
    ("甲的乙丙丁", "子的丑丙丁", [(False, "甲的乙", "子的丑"), (True, "丙丁", "丙丁")]),
    ("甲要求乙丙丁", "子要求丑丙丁", [(False, "甲要求乙", "子要求丑"), (True, "丙丁", "丙丁")]),
    ("甲落实要求乙", "子落实要求丑", [(False, "甲", "子"), (True, "落实要求", "落实要求"), (False, "乙", "丑")]),
])
def test_word_diff(a, b, expected):
    assert word_diff(a, b) == expected


# --- read-only, robust, no file-system paths -----------------------------------------

def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("path", [
    "/notices/measures", "/notices", "/notices/search_measures", "/-/messages", "/-/permissions",
    "/notices/-/create", "/notices/measures/-/insert", "/notices/units/x/-/delete", "/nowhere",
])
def test_writes_through_the_web_are_refused(ds, catalog, path):
    digest = file_digest(catalog[0])
    response = fetch(ds, path, method="post", data={"sql": "drop table units", "id": "x"})
    assert response.status_code == 405
    assert "read-only" in response.text
    assert file_digest(catalog[0]) == digest


@pytest.mark.parametrize("sql", [
    "insert into units (id, name) values ('x', 'x')",
    "update units set name = 'x'",
    "delete from units",
    "drop table units",
    "pragma writable_schema = 1",
    "attach database ':memory:' as other",
])
def test_the_sql_endpoint_refuses_writes(ds, catalog, sql):
    digest = file_digest(catalog[0])
    response = fetch(ds, f"/notices.json?sql={quote(sql)}")
    assert response.status_code == 400
    assert response.json()["error"] == "Statement must be a SELECT"
    assert file_digest(catalog[0]) == digest


HOSTILE = ['"', '"隔离', "AND OR NEAR *", "NEAR(隔离 核酸, 2)", "隔离 OR", "* ^ -", "(", ":", "'; drop table units; --",
           "隔离" * 2000, "x" * 5000]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_searches_give_a_readable_page(ds, query):
    for path in (f"/notices/measures?_search={quote(query)}", f"/notices/search_measures?q={quote(query)}"):
        response = fetch(ds, path)
        assert response.status_code == 200, path
        assert "<title>" in response.text


def test_raw_search_mode_reports_syntax_errors_without_a_server_error(ds):
    # ?_searchmode=raw hands the text to FTS5 untouched (Datasette's escape hatch).
    response = fetch(ds, f"/notices/measures?_searchmode=raw&_search={quote('AND OR')}")
    assert response.status_code == 400
    assert "fts5: syntax error" in response.text


PAGES = [
    "/", "/notices", "/notices.json", "/-/databases", "/-/databases.json", "/-/metadata.json", "/-/plugins.json",
    "/-/settings.json", "/-/versions.json", "/-/threads.json", "/notices/measures", "/notices/notices",
    "/notices/measures/002_79e7738ce50ad15f~2Etxt~234~2E13", "/notices/unit_obligations",
    f"/notices/measures_of_unit?unit={quote(UNIT)}",
    "/notices.json?sql=" + quote("select * from pragma_database_list"),
    "/notices?sql=" + quote("select file from pragma_database_list()"),
    "/notices/nowhere", "/notices?sql=" + quote("select * from nowhere"),
]


def test_no_page_shows_where_the_database_lives(ds, catalog):
    folder = str(catalog[0].parent)
    for path in PAGES:
        response = fetch(ds, path)
        assert response.status_code in (200, 400, 404), path
        assert folder not in response.text, path


def test_settings_bound_queries(ds):
    settings = fetch(ds, "/-/settings.json").json()
    assert settings["sql_time_limit_ms"] > 0
    assert settings["template_debug"] is False
