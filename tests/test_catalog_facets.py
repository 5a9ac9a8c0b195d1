"""Facets and the unit page in bounded time: the counts a search page shows, the stored
counts of the whole catalog (db/facets.py), the filters the facets link to, and the
unit page's newest measures in a fixed number of queries. Over the seeds' catalog
(tests/conftest.py builds it once per session from every seed through the real pipeline)."""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from urllib.parse import parse_qsl, quote, urlsplit

import pytest
from datasette.database import Database, QueryInterrupted
from datasette.utils import tilde_encode

from db import facets, plugin
from catalog_support import UNIT, dump, fetch, rows

ISOLATION = quote("隔离")


def facet_counts(data: dict) -> dict[str, dict]:
    return {name: {str(v["value"]): v["count"] for v in f["results"]} for name, f in data["facet_results"].items()}


def expected_counts(db, measures: list[sqlite3.Row], size: int = 10) -> dict[str, dict]:
    """The facets of `measures` counted in Python from their columns, the largest `size` of each."""
    counted = {}
    for column, is_array in facets.measure_facets().items():
        counter = Counter(str(v) for m in measures for v in (json.loads(m[column]) if is_array else [m[column]])
                          if v is not None)
        counted[column] = dict(sorted(counter.items(), key=lambda vc: (-vc[1], vc[0]))[:size])
    return counted


def matching(db, word: str) -> list[sqlite3.Row]:
    """The measures whose heading, text or units contain `word`, newest first."""
    return db.execute("select * from measures where heading like :w or text like :w or units like :w "
                      "order by seq desc", {"w": f"%{word}%"}).fetchall()


def same_top(found: dict, expected: dict) -> bool:
    """Equal counts; at a tie on the last place shown, either value may be the one shown."""
    return all(found[c] == expected[c] or (
        len(found[c]) == len(expected[c]) and sorted(found[c].values()) == sorted(expected[c].values()))
        for c in expected)


def test_a_search_is_faceted_over_every_match_when_there_are_few(ds, db):
    data = fetch(ds, f"/notices/measures.json?_search={ISOLATION}").json()
    assert data["filtered_table_rows_count"] == len(matching(db, "隔离")) > 5
    assert same_top(facet_counts(data), expected_counts(db, matching(db, "隔离")))
    assert all(f["sample"] is None for f in data["facet_results"].values())


def test_a_search_with_more_matches_is_faceted_over_the_newest(ds, db, monkeypatch):
    monkeypatch.setattr(plugin, "FACET_SAMPLE", 5)
    data = fetch(ds, f"/notices/measures.json?_search={ISOLATION}").json()
    assert same_top(facet_counts(data), expected_counts(db, matching(db, "隔离")[:5]))
    assert {f["sample"] for f in data["facet_results"].values()} == {5}
    page = fetch(ds, f"/notices/measures?_search={ISOLATION}").text
    assert "以下分类统计最新的 5 项匹配" in page


def test_the_whole_catalog_is_faceted_from_the_stored_counts(ds, db):
    data = fetch(ds, "/notices/measures.json?_size=1").json()
    assert same_top(facet_counts(data), expected_counts(db, db.execute("select * from measures").fetchall()))
    assert all(f["sample"] is None for f in data["facet_results"].values())
    # Topics are named in Chinese, notices by their titles.
    topics = {v["label"] for v in data["facet_results"]["topics"]["results"]}
    assert "隔离管控" in topics and "quarantine" not in topics
    assert all(v["label"] != v["value"] for v in data["facet_results"]["notice"]["results"])


def test_a_unit_facet_filters_through_the_join_table_and_toggles_off(ds, db):
    data = fetch(ds, f"/notices/measures.json?_search={ISOLATION}").json()
    value = data["facet_results"]["bodies"]["results"][0]
    link = urlsplit(value["toggle_url"])
    assert "_through" in dict(parse_qsl(link.query))
    filtered = rows(ds, f"{link.path}.json?{link.query}" if not link.path.endswith(".json") else f"{link.path}?{link.query}")
    expected = [m["id"] for m in matching(db, "隔离") if value["value"] in json.loads(m["bodies"])]
    assert [r["id"] for r in filtered] == expected and len(expected) == value["count"]
    chosen = fetch(ds, f"{link.path}?{link.query}").json()
    selected = [v for v in chosen["facet_results"]["bodies"]["results"] if v["selected"]]
    assert [v["value"] for v in selected] == [value["value"]]
    assert "_through" not in dict(parse_qsl(urlsplit(selected[0]["toggle_url"]).query))


def test_a_search_lists_the_newest_matches_first(ds, db):
    found = rows(ds, f"/notices/measures.json?_search={ISOLATION}")
    assert [r["id"] for r in found] == [m["id"] for m in matching(db, "隔离")]
    page = fetch(ds, f"/notices/measures?_search={ISOLATION}").text
    assert "搜索“隔离” 最新在前" in page and "sorted by" not in page
    assert db.execute("select count(*) from measures where seq is not rowid").fetchone()[0] == 0


def test_the_narrow_copy_of_the_facet_columns_holds_every_measure(db):
    listed = ", ".join(facets.measure_facets())
    assert db.execute(f"select seq, {listed} from measure_facets order by seq").fetchall() == \
        db.execute(f"select seq, {listed} from measures order by seq").fetchall()


def test_refresh_gives_the_tables_the_build_gave(catalog, tmp_path):
    copy = tmp_path / "notices.db"
    copy.write_bytes(catalog[0].read_bytes())
    before = dump(copy)
    conn = sqlite3.connect(copy)
    conn.execute("delete from facet_counts")
    conn.execute("delete from unit_measures")
    for table in facets.DERIVED:
        conn.execute(f"delete from {table}")
    facets.refresh(conn)
    conn.close()
    assert dump(copy) == before


def test_a_unit_and_a_topic_are_found_by_every_name_they_go_by(db):
    """One table resolves a name for every query and page: the canonical name, each
    alias, each form a measure writes, and a topic's key, indicator and label."""
    unit, aliases = db.execute("select id, aliases from units where json_array_length(aliases) > 0 limit 1").fetchone()
    mention, = db.execute("select mention from measure_units where mention not in (select name from units) "
                          "and mention not in (select j.value from units, json_each(units.aliases) j) limit 1").fetchone()
    written_for, = db.execute("select unit from measure_units where mention = ?", [mention]).fetchone()
    assert written_for in {u for u, in db.execute("select unit from unit_names where name = ?", [mention])}
    names = [unit, *json.loads(aliases)]
    assert all(unit in {u for u, in db.execute("select unit from unit_names where name = ?", [n])} for n in names)
    topic, oxcgrt, label = db.execute("select id, oxcgrt, label from topics where oxcgrt is not null limit 1").fetchone()
    for name in (topic, oxcgrt, label):
        assert topic in {t for t, in db.execute("select topic from topic_names where name = ?", [name])}


def test_the_derived_tables_are_hidden_from_readers(ds):
    listed = {t["name"]: t["hidden"] for t in fetch(ds, "/notices.json").json()["tables"]}
    assert all(listed[t] for t in facets.DERIVED)
    assert not listed["units"] and not listed["measures"]


def unit_page(ds, unit: str):
    return fetch(ds, f"/notices/units/{tilde_encode(unit)}")


def test_the_unit_page_takes_the_same_queries_however_many_measures(ds, db, monkeypatch):
    executed = []
    execute = Database.execute

    async def counting(self, sql, *args, **kwargs):
        executed.append(sql)
        return await execute(self, sql, *args, **kwargs)

    monkeypatch.setattr(Database, "execute", counting)
    counts = {}
    for unit, in db.execute("select id from units where measure_count in (1, (select max(measure_count) from units))"):
        executed.clear()
        assert unit_page(ds, unit).status_code == 200
        counts[unit] = len(executed)
    assert len(counts) >= 2 and len(set(counts.values())) == 1


def test_the_unit_page_lists_its_newest_measures_and_links_to_all(ds, db, monkeypatch):
    unit, total = db.execute("select id, measure_count from units order by measure_count desc limit 1").fetchone()
    monkeypatch.setattr(plugin, "UNIT_PAGE_MEASURES", 3)
    page = unit_page(ds, unit).text
    assert "以下为最新的 3 项" in page
    newest = db.execute("select m.id from measures m where m.id in (select measure from measure_units where unit = ?) "
                        "order by m.seq desc limit 3", [unit]).fetchall()
    assert all(f'title="{m["id"]}"' in page or tilde_encode(m["id"]) in page for m in newest)
    every = page.split('class="unit-all-measures" href="')[1].split('"')[0].replace("&amp;", "&")
    listed = rows(ds, every.replace("/notices/measures?", "/notices/measures.json?"))
    assert len(listed) == total
    assert [r["id"] for r in listed] == [r[0] for r in db.execute(
        "select id from measures where id in (select measure from measure_units where unit = ?) order by seq desc",
        [unit])]


def test_the_unit_page_shows_the_deadlines_that_bind_it(ds):
    page = unit_page(ds, "各区县").text
    # 4.13 makes 各区县 move close contacts to quarantine within 12 hours (tests/test_catalog_search.py).
    assert "12小时内" in page and "转运到集中隔离场所" in page
    assert "见于 3 份通知" in page and "以下为最新的" not in page
    assert page.index("2021-11-03") < page.index("2021-01-25")  # newest notice first


def pages_of(ds, url: str) -> list[str]:
    """The ids of every row `url` lists, following its next pages."""
    found = []
    while url:
        data = fetch(ds, url).json()
        found += [r["id"] for r in data["rows"]]
        url = data["next_url"] and urlsplit(data["next_url"])._replace(scheme="", netloc="").geturl()
    return found


def test_a_search_alone_is_read_newest_first_and_counted_up_to_a_bound(ds, db, monkeypatch):
    monkeypatch.setattr(plugin, "SEARCH_COUNT_LIMIT", 3)
    url = f"/notices/measures.json?_search={ISOLATION}&_size=2&_shape=objects"
    data = fetch(ds, url).json()
    assert "order by rowid desc limit 4" in data["query"]["sql"]
    assert data["filtered_table_rows_count"] == 4 < len(matching(db, "隔离"))  # the bound + 1: more than 3
    assert "超过 3 条" in fetch(ds, f"/notices/measures?_search={ISOLATION}&_size=2").text
    # The later pages go on past the bound, to the last match.
    assert pages_of(ds, url) == [m["id"] for m in matching(db, "隔离")]


def test_a_search_with_a_filter_or_another_order_is_counted_exactly(ds, db, monkeypatch):
    monkeypatch.setattr(plugin, "SEARCH_COUNT_LIMIT", 3)
    year = matching(db, "隔离")[-1]["year"]
    expected = [m["id"] for m in matching(db, "隔离") if m["year"] == year]
    data = fetch(ds, f"/notices/measures.json?_search={ISOLATION}&year={year}&_shape=objects").json()
    assert data["filtered_table_rows_count"] == len(expected) and [r["id"] for r in data["rows"]] == expected
    oldest = fetch(ds, f"/notices/measures.json?_search={ISOLATION}&_sort=seq&_shape=objects").json()
    assert oldest["filtered_table_rows_count"] == len(matching(db, "隔离"))
    page = fetch(ds, f"/notices/measures?_search={ISOLATION}&_sort=seq").text
    assert f"{len(matching(db, '隔离'))} 条" in page and "超过" not in page


def test_facets_over_their_time_limit_leave_the_page_and_say_so(ds, monkeypatch):
    # A busy server: the counting query of the facets runs over facet_time_limit_ms. Raised
    # here, since on a small warm catalog the query may end within any limit one can set.
    async def interrupted(*args, **kwargs):
        raise QueryInterrupted(sqlite3.OperationalError("interrupted"), "facet counts", {})
    monkeypatch.setattr(plugin.CatalogFacet, "_newest_counts", interrupted)
    data = fetch(ds, f"/notices/measures.json?_search={ISOLATION}").json()
    assert data["rows"] and data["facet_results"] == {}
    assert "以下分面超时： bodies, parties, topics, year, notice" in fetch(ds, f"/notices/measures?_search={ISOLATION}").text
