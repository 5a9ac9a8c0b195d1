"""The SQLite catalog (db/build.py) and its read-only Datasette site (db/serve.py, db/plugin.py).

The catalog under test is the real one: every seed of corpus/ through
`notices.pipeline.process_file`, linked by `notices.catalog.build_catalog`,
built once per session. Gold files serve only as expected answers (the nine
measures of 市卫生健康委, the deadlines of 各区县, links annotators agree on),
and as input where the test is about input without offsets. Requests go
through Datasette's in-process client.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from datasette.utils import tilde_encode

from db.build import VIEWS, BuildStats, build, inspect_path
from db.plugin import CATALOG_VIEWS, highlight, index_text, link_diff, match_expression, numbers_marked
from db.serve import make_datasette
from extract.document import Document
from notices.catalog import build_catalog, iter_links
from notices.spool import DocumentSpool, spooled
from extract.topics import topic_rules

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CORPUS = ROOT / "corpus"
UNIT = "市卫生健康委"
N000, N001, N002, N003, N004 = (p.name for p in sorted(CORPUS.glob("*.txt")))


def gold_documents() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((DATA / "gold").glob("*.json"))]


def unit_names(measure: dict) -> set[str]:
    """Every form of every unit of a measure: gold gives strings or lists of forms, the pipeline dicts."""
    names = set()
    for unit in measure.get("units", []):
        if isinstance(unit, dict):
            names.update(n for n in (unit.get("name"), unit.get("mention")) if n)
        else:
            names.update(unit if isinstance(unit, list) else [unit])
    return names


def measure_ids(documents: list[dict], keep) -> set[str]:
    return {f"{d['source']}#{m['path']}" for d in documents for m in d.get("measures", []) if keep(m)}


def all_measures(documents: list[dict]) -> dict[str, dict]:
    return {f"{d['source']}#{m['path']}": m for d in documents for m in d.get("measures", [])}


def fetch(ds, path: str, method: str = "get", **kwargs):
    async def go():
        return await getattr(ds.client, method)(path, **kwargs)
    return asyncio.run(go())


def rows(ds, path: str) -> list[dict]:
    sep = "&" if "?" in path else "?"
    response = fetch(ds, f"{path}{sep}_shape=array&_size=max")
    assert response.status_code == 200, response.text[:500]
    return response.json()


def started(db_path: Path):
    ds = make_datasette(db_path)
    asyncio.run(ds.invoke_startup())
    return ds


def dump(db_path: Path) -> dict[str, list[tuple]]:
    """Every row of every table and view, in a stable order."""
    conn = sqlite3.connect(db_path)
    names = [r[0] for r in conn.execute(
        "select name from sqlite_master where type in ('table', 'view') "
        "and name not like 'sqlite_%' and name not like '%_fts_%' order by name")]
    content = {n: sorted(conn.execute(f"select * from [{n}]").fetchall(), key=repr) for n in names}
    conn.close()
    return content


@pytest.fixture(scope="session")
def documents(extracted) -> list[dict]:
    """The seeds through the real pipeline (conftest's session fixture), in file order."""
    return [extracted[name] for name in sorted(extracted)]


@pytest.fixture(scope="session")
def gold() -> list[dict]:
    return gold_documents()


@pytest.fixture(scope="session")
def catalog(tmp_path_factory, documents) -> tuple[Path, BuildStats]:
    db_path = tmp_path_factory.mktemp("catalog") / "notices.db"
    return db_path, build_catalog(documents, db_path)


@pytest.fixture(scope="session")
def ds(catalog):
    return started(catalog[0])


@pytest.fixture(scope="session")
def db(catalog):
    conn = sqlite3.connect(f"file:{catalog[0]}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


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
    ("隔离", '"隔离"'),  # whole bigrams: no prefix, which would make FTS5 gather every match first
    ("核酸检测", '"核酸 酸检 检测"'),  # one phrase: the characters in this order
    ("隔离 核酸", '"隔离" "核酸"'),  # two words: both must occur
    ("隔", '"隔" *'),  # one character: prefix of any bigram
    ("ktv", '"ktv" *'),  # an ASCII word may be cut short: ktv matches ktvs
    ("核酸PC", '"核酸 酸pc" *'),  # so may one that ends a Chinese phrase
    ('"隔离', '"隔离"'),  # an unbalanced quote is dropped
    ("AND OR NEAR *", '"and" * "or" * "near" *'),  # operators become plain words
    ("NEAR(隔离 核酸)", '"near" * "隔离" "核酸"'),
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


def test_build_catalog_takes_a_one_pass_generator(tmp_path, documents, catalog):
    # The CLI streams the pipeline's documents into the build, which spools them to
    # disk to read them twice; the catalog is the same as from a list in memory.
    db_path = tmp_path / "streamed.db"
    stats = build_catalog((dict(d) for d in documents), db_path)
    assert stats == catalog[1]
    assert dump(db_path) == dump(catalog[0])
    assert sorted(tmp_path.iterdir()) == [db_path, inspect_path(db_path)]  # the spool file is gone


def test_spool_gives_documents_back_and_names_what_is_wrong(tmp_path, documents):
    with spooled(documents, tmp_path) as spool:
        assert len(spool) == len(documents) and N002 in spool
        assert list(spool) == documents
        assert spool.get(N002) == documents[2]
        with pytest.raises(KeyError, match="nowhere.txt"):
            spool.get("nowhere.txt")
        with pytest.raises(ValueError, match=f"{N002}.*twice"):
            spool.append(documents[2])
        with pytest.raises(ValueError, match="no 'source'"):
            spool.append({"path": "x.txt"})
    given = DocumentSpool(tmp_path)
    with spooled(given) as spool:  # a spool passed in is the caller's to close
        assert spool is given
    given.append(documents[0])  # still open after the block
    assert given.get(N000) == documents[0]
    given.close()


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


# --- the site: search, facets, canned queries -------------------------------------

@pytest.fixture(scope="session")
def unit_measures(gold) -> set[str]:
    """The measures whose gold units include 市卫生健康委: the expected answer."""
    expected = measure_ids(gold, lambda m: UNIT in unit_names(m))
    assert len(expected) == 9
    assert sum(i.startswith("001_") for i in expected) == 7 and sum(i.startswith("002_") for i in expected) == 2
    return expected


def canonical_name(db, form: str) -> str:
    """The unit a written form stands for, as the catalog's units table says."""
    found = db.execute("select u.name from units u where u.name = ? or exists "
                       "(select 1 from json_each(u.aliases) where json_each.value = ?)", [form, form]).fetchall()
    assert len(found) == 1, found
    return found[0]["name"]


def test_unit_filter_and_canned_query_give_the_nine_measures_of_a_unit(ds, db, unit_measures):
    by_query = rows(ds, f"/notices/measures_of_unit.json?unit={quote(UNIT)}")
    assert [r["measure"] for r in by_query] and len(by_query) == 9
    assert {r["measure"] for r in by_query} == unit_measures
    # The measures table is filtered on canonical names; the form written in the notice filters measure_units.
    name = canonical_name(db, UNIT)
    by_filter = rows(ds, f"/notices/measures.json?units__arraycontains={quote(name)}")
    assert {r["id"] for r in by_filter} == unit_measures
    by_mention = rows(ds, f"/notices/measure_units.json?mention={quote(UNIT)}&_labels=off")
    assert {r["measure"] for r in by_mention} == unit_measures


# (query, why): each must find exactly the measures whose text or unit names contain every word.
SEARCHES = [
    ("隔离", "two-character word"),
    ("口罩", "two-character word"),
    ("核酸检测", "four characters: one bigram phrase"),
    ("市卫生健康委", "a unit's written form"),
    ("重庆市卫生健康委员会", "a unit's canonical name, not in any text"),
    ("隔离 核酸", "two words: both required"),
    ("离", "one character"),
    ("14天", "digits then Chinese"),
    ("KTV", "ASCII letters"),
    ("检测核酸", "the same characters in another order: not a match"),
]


@pytest.mark.parametrize("query, why", SEARCHES)
def test_table_search_finds_what_a_substring_check_finds(ds, documents, query, why):
    def contains_all(m):
        haystack = ((m.get("heading") or "") + " " + m["text"] + " " + " ".join(unit_names(m))).lower()
        return all(word.lower() in haystack for word in query.split())

    expected = measure_ids(documents, contains_all)
    found = rows(ds, f"/notices/measures.json?_search={quote(query)}")
    assert {r["id"] for r in found} == expected, why
    ranked = rows(ds, f"/notices/search_measures.json?q={quote(query)}")
    assert {r["measure"] for r in ranked} == expected, why
    newest = rows(ds, f"/notices/search_newest.json?q={quote(query)}")
    assert {r["measure"] for r in newest} == expected, why


def test_newest_first_search_lists_matches_in_reverse_issue_order(tmp_path):
    # Notices given oldest last: the order must come from their dates, not from the input.
    notices = [
        {"source": f"n{i}.txt", "title": f"第{i}号通知", "date": f"2020-0{i}-01",
         "measures": [{"path": str(k), "text": f"第{k}条。各单位要落实隔离措施{k}。"} for k in (1, 2)]}
        for i in (3, 1, 2)
    ]
    db_path = tmp_path / "notices.db"
    build(notices, db_path)
    found = rows(started(db_path), f"/notices/search_newest.json?q={quote('隔离')}")
    assert [r["measure"] for r in found] == [f"n{i}.txt#{k}" for i in (3, 2, 1) for k in (2, 1)]


@pytest.mark.parametrize("word, at_least", [("隔离", 5), ("核酸检测", 5), ("口罩", 2), ("市卫生健康委", 9), ("KTV", 1)])
def test_search_words_that_must_be_found(ds, documents, word, at_least):
    # The substring comparison above is only meaningful if the words occur.
    found = {r["id"] for r in rows(ds, f"/notices/measures.json?_search={quote(word)}")}
    assert len(found) >= at_least
    measures = all_measures(documents)
    assert all(word in measures[i]["text"] or word in unit_names(measures[i]) for i in found)


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
    found = rows(started(db_path), f"/notices/search_measures.json?q={quote('隔离')}")
    assert [r["measure"] for r in found] == ["gen.txt#2", "gen.txt#1"]


@pytest.mark.parametrize("query, expected", [
    ("社会面管控", [N003]),  # in a title
    ("渝肺炎组发", [N002]),  # in a document number
    ("劝返鄂籍车辆", [N004]),  # in a headline of a news page
])
def test_notices_are_searchable(ds, query, expected):
    found = rows(ds, f"/notices/notices.json?_search={quote(query)}")
    assert [r["id"] for r in found] == expected


def test_facets_on_units_and_deadline_kinds(ds, db, documents, unit_measures):
    data = fetch(ds, "/notices/measures.json?_size=0").json()
    # Bodies that must act and the parties a measure regulates are faceted apart.
    bodies = {f["value"]: f["count"] for f in data["facet_results"]["bodies"]["results"]}
    parties = {f["value"] for f in data["facet_results"]["parties"]["results"]}
    assert bodies[canonical_name(db, UNIT)] == len(unit_measures)
    assert "KTV" in parties and "KTV" not in bodies and canonical_name(db, UNIT) not in parties
    kinds = fetch(ds, "/notices/deadlines.json?_facet=kind&_size=0").json()["facet_results"]["kind"]["results"]
    expected = Counter(d["kind"] for m in all_measures(documents).values() for d in m["deadlines"])
    assert {f["value"]: f["count"] for f in kinds} == expected


def test_time_limits_of_a_unit_are_the_ones_that_bind_it(ds, gold):
    unit = "各区县"
    # Gold's measures of 各区县 hold ten deadlines (2.5 three, 4.13, 6.18, 7.20 four, closing of 002) …
    in_its_measures = Counter(
        f"{d['source']}#{m['path']}" for d in gold for m in d.get("measures", []) if unit in unit_names(m)
        for _ in m["deadlines"])
    assert sum(in_its_measures.values()) == 10
    found = rows(ds, f"/notices/time_limits_of_unit.json?unit={quote(unit)}")
    # … but only those whose sentence makes 各区县 act are its own: not 2.5's 主城都市区 3—5天,
    # 6.18's report by a clinic, nor 7.20's 医疗机构, 疾控机构, 区县政府 and 领导小组.
    assert Counter(r["measure"] for r in found) == Counter(
        {f"{N002}#2.5": 2, f"{N002}#4.13": 1, f"{N002}#closing": 1})
    assert {r["obliged"] for r in found} == {unit}
    actions = {r["deadline_text"]: r["action"] for r in found}
    assert actions["12小时内"] == "转运到集中隔离场所" and "应急演练" in actions["春节前"]


def test_a_measure_across_notices(ds, db):
    found = {r["other_measure"] for r in rows(
        ds, f"/notices/measure_across_notices.json?measure={quote(f'{N002}#4.12')}")}
    # Both links annotators agree on are found (tests/data/links.json) …
    assert {f"{N001}#1.6", f"{N003}#3"} <= found
    # … and every link stored for the measure, from either end, is listed.
    stored = db.execute("select measure_a, measure_b from links where ? in (measure_a, measure_b)",
                        [f"{N002}#4.12"]).fetchall()
    assert found == {a if b == f"{N002}#4.12" else b for a, b in stored}


def test_view_ids_link_to_their_pages(ds, db):
    assert set(VIEWS) == CATALOG_VIEWS  # the plugin keeps its own copy of the names
    page = fetch(ds, f"/notices/unit_obligations?unit={quote(canonical_name(db, UNIT))}").text
    assert 'href="/notices/measures/001_eb84b56d6e19529f~2Etxt~231~2E1"' in page


def test_views_answer_the_common_questions(ds, db, documents, unit_measures):
    obligations = rows(ds, f"/notices/unit_obligations.json?unit={quote(canonical_name(db, UNIT))}")
    assert {r["measure"] for r in obligations} == unit_measures and all(r["notice_title"] for r in obligations)
    measures = all_measures(documents)
    limits = rows(ds, "/notices/time_limits.json")
    assert len(limits) == sum(len(m["deadlines"]) for m in measures.values())
    assert next(r for r in limits if r["deadline"] == f"{N002}#4.13#d0")["units"] == "各区县"
    # A threshold is listed once, under the topic of its own clause.
    thresholds = rows(ds, "/notices/topic_thresholds.json")
    assert Counter((r["measure"], r["topic"]) for r in thresholds) == Counter(
        (key, t["topic"]) for key, m in measures.items() for t in m["thresholds"])


# --- a topic's timeline ---------------------------------------------------------------

def test_topic_timeline_lists_a_topics_measures_in_issue_order(ds, db, documents):
    timeline = rows(ds, "/notices/topic_timeline.json?topic=quarantine")
    measures = all_measures(documents)
    expected = {key for key, m in measures.items() if "quarantine" in {t["topic"] for t in m["topics"]}}
    assert {r["measure"] for r in timeline} == expected and len(timeline) == len(expected)
    # Notices in issue order: 〔2020〕1号 and 〔2020〕30号 (undated), then 2021-01-25, 2021-11-03.
    order = [N000, N001, N002, N003]
    notices = [r["notice"] for r in timeline]
    assert notices == sorted(notices, key=order.index)
    for r in timeline:
        m = measures[r["measure"]]
        in_text = lambda items: "；".join(x["text"] for x in sorted(items, key=lambda x: x["start"])) or None  # noqa: E731
        assert (r["thresholds"], r["deadlines"]) == (in_text(m["thresholds"]), in_text(m["deadlines"]))
        # The previous counterpart is a linked measure of the latest earlier notice that has one.
        earlier = db.execute(
            "select l.measure_a, l.notice_a, l.change_type from links l join notices n on n.id = l.notice_a "
            "where l.measure_b = ? order by n.sort_key desc, l.similarity desc", [r["measure"]]).fetchall()
        if earlier:
            assert (r["previous_measure"], r["previous_notice"], r["change_type"]) == tuple(earlier[0])
            assert order.index(r["previous_notice"]) < order.index(r["notice"])
        else:
            assert r["previous_measure"] is r["change_type"] is None
    # 002's 4.12 restates 001's 1.6 (tests/data/links.json): its previous notice is 001, not 000.
    assert next(r for r in timeline if r["measure"] == f"{N002}#4.12")["previous_notice"] == N001
    # A topic is also found by its OxCGRT indicator.
    assert rows(ds, "/notices/topic_timeline.json?topic=H2") == rows(ds, "/notices/topic_timeline.json?topic=testing")
    assert rows(ds, "/notices/topic_timeline.json?topic=nothing") == []


def isolation_notice(source: str, text: str, days: int, date: str | None, doc_number: str) -> dict:
    """A one-measure notice as the pipeline shapes it, quarantining arrivals for `days` days."""
    mark = f"{days}天"
    return {
        "source": source, "kind": "notice", "title": "关于加强入境人员管理的通知", "date": date,
        "doc_number": doc_number, "paragraphs": [text],
        "measures": [{
            "path": "1", "heading": "集中隔离", "text": text, "paragraph": 0,
            "units": [{"mention": "市卫生健康委", "name": "市卫生健康委", "role": "responsible",
                       "start": text.index("市卫生健康委"), "end": text.index("市卫生健康委") + 6}],
            "deadlines": [],
            "thresholds": [{"value": days, "unit": "天", "comparator": "=", "quantity": "duration", "text": mark,
                            "start": text.index(mark), "end": text.index(mark) + len(mark)}],
            "topics": [{"topic": "quarantine", "oxcgrt": "C6"}],
        }],
    }


@pytest.fixture(scope="module")
def isolation(tmp_path_factory):
    """Three notices shortening a quarantine, given out of order, two of them undated; real compare links."""
    text = "集中隔离。市卫生健康委负责对入境人员实施集中隔离{}天，期间开展（两次）核酸检测。"
    documents = [
        isolation_notice("c.txt", text.format(7), 7, "2021-06-01", "测发〔2021〕9号"),
        isolation_notice("b.txt", text.format(10), 10, None, "测发〔2021〕2号"),
        isolation_notice("a.txt", text.format(14), 14, None, "测发〔2020〕9号"),
    ]
    db_path = tmp_path_factory.mktemp("isolation") / "notices.db"
    build_catalog(documents, db_path)
    return started(db_path)


def test_topic_timeline_of_generated_notices(isolation):
    timeline = rows(isolation, "/notices/topic_timeline.json?topic=隔离")  # a Chinese name of quarantine
    assert [(r["measure"], r["thresholds"], r["previous_measure"], r["change_type"], r["number_changes"])
            for r in timeline] == [
        ("a.txt#1", "14天", None, None, None),  # 〔2020〕: first, though undated
        ("b.txt#1", "10天", "a.txt#1", "relaxed", "集中隔离天数 14天 → 10天"),  # undated 〔2021〕: before the dated one
        ("c.txt#1", "7天", "b.txt#1", "relaxed", "集中隔离天数 10天 → 7天"),  # the latest earlier notice, not a.txt
    ]


# --- the measure page -----------------------------------------------------------

def measure_page(ds, measure_id: str) -> BeautifulSoup:
    response = fetch(ds, f"/notices/measures/{tilde_encode(measure_id)}")
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def test_measure_page_highlights_units_deadlines_and_links_its_sources(ds, documents):
    key = f"{N002}#4.13"
    page = measure_page(ds, key)
    m = all_measures(documents)[key]
    text = page.select_one("#measure-text")
    assert text.get_text() == m["text"]
    assert [x.get_text() for x in text.select("mark.deadline")] == ["12小时内"]
    assert "各区县" in [x.get_text() for x in text.select("mark.unit")]
    assert [x.get_text() for x in text.select("mark.threshold")] == [t["text"] for t in m["thresholds"]]
    hrefs = [a["href"] for a in page.select(".catalog-source a")]
    assert "/notices/notices/002_79e7738ce50ad15f~2Etxt" in hrefs
    assert any(h.startswith("/notices/paragraphs/002_79e7738ce50ad15f~2Etxt~23p") for h in hrefs)


def test_measure_page_shows_the_measure_in_its_raw_file_with_its_items_marked(ds, db, documents):
    key = f"{N002}#4.13"
    m = all_measures(documents)[key]
    raw = (CORPUS / N002).read_text(encoding="utf-8")
    start, = db.execute("select raw_start from measures where id = ?", [key]).fetchone()
    excerpt = measure_page(ds, key).select_one("#raw-text")
    # The excerpt is the raw file as it stands there, the measure inside it with context around.
    assert raw[start:start + len(excerpt.get_text())] == excerpt.get_text()
    assert excerpt.select("span.context") and excerpt.select_one("span.context").get_text()
    assert [x.get_text() for x in excerpt.select("mark.deadline")] == [d["text"] for d in m["deadlines"]] == ["12小时内"]
    assert "各区县" in [x.get_text() for x in excerpt.select("mark.unit")]
    # The raw file breaks a line inside the threshold the clean text joins.
    assert ["".join(x.get_text().split()) for x in excerpt.select("mark.threshold")] == [t["text"] for t in m["thresholds"]]


def test_a_measure_whose_raw_file_is_gone_has_no_raw_excerpt(tmp_path, documents):
    moved = [dict(d, path=str(tmp_path / "gone.txt")) for d in documents[:1]]
    build(moved, tmp_path / "notices.db")
    stored = sqlite3.connect(tmp_path / "notices.db").execute("select raw_text from measures").fetchall()
    assert stored and all(text is None for text, in stored)


def test_measure_page_shows_counterparts_in_earlier_and_later_notices(ds, db, documents):
    key = f"{N002}#4.12"
    page = measure_page(ds, key)
    measures = all_measures(documents)
    panels = {div["data-measure"]: div for div in page.select("div.catalog-link")}
    stored = db.execute("select measure_a, measure_b from links where ? in (measure_a, measure_b)", [key]).fetchall()
    earlier = {a for a, b in stored if b == key}
    later = {b for a, b in stored if a == key}
    assert set(panels) == earlier | later and f"{N001}#1.6" in earlier and f"{N003}#3" in later
    for other, panel in panels.items():
        old, new = (other, key) if other in earlier else (key, other)
        # Each side of the diff is its measure's text, as written (full-width brackets and all).
        assert panel.select_one("td.earlier").get_text() == measures[old]["text"]
        assert panel.select_one("td.later").get_text() == measures[new]["text"]
        assert panel.select("td.earlier del") and panel.select("td.later ins")
        assert not panel.select("td.earlier ins") and not panel.select("td.later del")
    # Numbers that came in with 4.12 are emphasised where they were inserted.
    inserted = panels[f"{N001}#1.6"].select("td.later ins strong.number")
    assert {"14", "7", "28"} <= {s.get_text() for s in inserted}
    # The page of either end shows the other.
    assert f"{N002}#4.12" in {d["data-measure"] for d in measure_page(ds, f"{N001}#1.6").select("div.catalog-link")}
    assert f"{N002}#4.12" in {d["data-measure"] for d in measure_page(ds, f"{N003}#3").select("div.catalog-link")}
    lone = measure_page(ds, f"{N001}#1.2")
    assert not lone.select("div.catalog-link") and "No linked measure" in lone.get_text()


def test_measure_page_marks_a_changed_number(isolation):
    page = measure_page(isolation, "b.txt#1")
    (earlier,) = [d for d in page.select("div.catalog-link") if d["data-measure"] == "a.txt#1"]
    (later,) = [d for d in page.select("div.catalog-link") if d["data-measure"] == "c.txt#1"]
    # b.txt is the later side of its link with a.txt, the earlier side of its link with c.txt.
    assert [s.get_text() for s in earlier.select("td.earlier del strong.number")] == ["14"]
    assert [s.get_text() for s in earlier.select("td.later ins strong.number")] == ["10"]
    assert [s.get_text() for s in later.select("td.earlier del strong.number")] == ["10"]
    assert [s.get_text() for s in later.select("td.later ins strong.number")] == ["7"]
    change = later.select_one(".catalog-changes li.threshold")
    assert "10天 → 7天" in change.get_text() and [s.get_text() for s in change.select("strong.number")] == ["10", "7"]
    # The full-width brackets of the text survive compare's folding.
    assert "（两次）" in later.select_one("td.later").get_text()
    assert earlier.select_one(".change-type").get_text() == "放宽"


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


@pytest.mark.parametrize("text, expected", [
    ("隔离14天", [("隔离", False), ("14", True), ("天", False)]),
    ("0.5米，95%", [("0.5", True), ("米，", False), ("95%", True)]),  # decimals and percentages are one number
    ("１４天", [("１４", True), ("天", False)]),  # full-width digits as written
    ("一律隔离", [("一律隔离", False)]),  # Chinese numerals are words here: 一律 is no number
    ("", []),
])
def test_numbers_marked(text, expected):
    assert numbers_marked(text) == expected


def plain(segments) -> list[tuple[str, str]]:
    return [(tag, "".join(piece for piece, _ in pieces)) for tag, pieces in segments]


@pytest.mark.parametrize("ops, a, b, earlier, later", [
    # A number replaced: deleted on the earlier side, inserted on the later, the rest shared.
    ([{"op": "equal", "a": "隔离"}, {"op": "replace", "a": "14", "b": "7"}, {"op": "equal", "a": "天"}],
     "隔离14天", "隔离7天",
     [("", "隔离"), ("del", "14"), ("", "天")], [("", "隔离"), ("ins", "7"), ("", "天")]),
    # Pure insertions and deletions appear on one side only.
    ([{"op": "delete", "a": "进一步"}, {"op": "equal", "a": "加强"}, {"op": "insert", "b": "管控"}],
     "进一步加强", "加强管控",
     [("del", "进一步"), ("", "加强")], [("", "加强"), ("ins", "管控")]),
    # compare/ diffs NFKC-folded text; the sides show the text as written.
    ([{"op": "equal", "a": "检测("}, {"op": "replace", "a": "2", "b": "3"}, {"op": "equal", "a": "次),"}],
     "检测（2次），", "检测（3次），",
     [("", "检测（"), ("del", "2"), ("", "次），")], [("", "检测（"), ("ins", "3"), ("", "次），")]),
    # Ops that do not rebuild the text (a stale link) are shown as stored.
    ([{"op": "replace", "a": "甲", "b": "乙"}], "丙", "乙", [("del", "甲")], [("ins", "乙")]),
])
def test_link_diff(ops, a, b, earlier, later):
    left, right = link_diff(ops, a, b)
    assert (plain(left), plain(right)) == (earlier, later)


def test_link_diff_marks_numbers_only_where_text_changed():
    ops = [{"op": "equal", "a": "第1条"}, {"op": "replace", "a": "14天", "b": "7天"}]
    left, right = link_diff(ops, "第1条14天", "第1条7天")
    assert left == [("", [("第1条", False)]), ("del", [("14", True), ("天", False)])]
    assert right == [("", [("第1条", False)]), ("ins", [("7", True), ("天", False)])]


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
    for path in (f"/notices/measures?_search={quote(query)}", f"/notices/search_measures?q={quote(query)}",
                 f"/notices/search_newest?q={quote(query)}"):
        response = fetch(ds, path)
        assert response.status_code == 200, path
        assert "<title>" in response.text


def test_table_search_links_to_the_same_words_ranked_and_newest_first(ds):
    page = fetch(ds, f"/notices/measures?_search={quote('隔离')}").text
    for query in ("search_measures", "search_newest"):
        assert f'href="/notices/{query}?q=%E9%9A%94%E7%A6%BB"' in page


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


def test_a_fragment_of_a_shared_head_is_no_alias():
    from db.build import _UnitNames

    names = _UnitNames()
    names.add("市卫生健康行政部门", ["市卫生健康行政部门", "市"])
    names.add("重庆市卫生健康委员会", ["市卫生健康委", "市卫健委"])
    aliases = {row["name"]: row["aliases"] for row in names.rows()}
    assert aliases == {"市卫生健康行政部门": "[]",
                       "重庆市卫生健康委员会": '["市卫健委", "市卫生健康委", "市卫生健康委员会"]'}
