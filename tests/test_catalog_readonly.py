"""The catalog site is read-only and robust: writes refused, hostile searches answered, no
file-system path shown, over the seeds' catalog (tests/conftest.py builds it once per
session from every seed through the real pipeline)."""
from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import quote

import pytest

from db.serve import SETTINGS

from catalog_support import UNIT, fetch


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
    # What the server reports is what db/serve.py sets: the time limit, no template debugging, no download.
    assert {k: settings[k] for k in SETTINGS} == SETTINGS
    assert settings["sql_time_limit_ms"] == 3000 and settings["template_debug"] is False
