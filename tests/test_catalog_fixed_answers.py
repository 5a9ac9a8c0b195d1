"""What the catalog's pages cost per request (db/plugin.py): the schema of the immutable
database and the tables' allow rules asked once per process, facet links built from one
reading of the query string, and loops rendered by a synchronous copy of the Jinja
environment. Each must give the pages Datasette's own code gives. Over the seeds' catalog."""
from __future__ import annotations

import asyncio
import gc
from urllib.parse import quote, urlencode

from datasette.database import Database
from datasette.utils import path_with_added_args, path_with_removed_args, path_with_replaced_args
from datasette.utils.asgi import Request

from catalog_support import fetch
from db import plugin

SEARCH = f"/notices/measures?_search={quote('隔离')}"


def test_a_page_asked_again_reads_no_schema(ds, monkeypatch):
    fetch(ds, SEARCH)
    asked: list[str] = []
    execute_fn = Database.execute_fn

    async def counted(self, fn):
        asked.append(getattr(fn, "__qualname__", ""))
        return await execute_fn(self, fn)

    monkeypatch.setattr(Database, "execute_fn", counted)
    sql: list[str] = []
    execute = Database.execute

    async def logged(self, query, *args, **kwargs):
        sql.append(" ".join(query.split()))
        return await execute(self, query, *args, **kwargs)

    monkeypatch.setattr(Database, "execute", logged)
    assert fetch(ds, SEARCH).status_code == 200
    schema = [q for q in sql if "sqlite_master" in q or q.lower().startswith("pragma")]
    # Left: Datasette's check of the table name's case for the permission hooks, a query of its own.
    assert all("collate nocase" in q for q in schema), schema
    assert sql and not any(q.startswith("select database_name, schema_version") for q in sql)


def test_a_remembered_list_is_the_callers_own(ds):
    db = ds.get_database("notices")

    async def twice():
        first = await db.table_columns("measures")
        first.append("not a column")
        return await db.table_columns("measures")

    columns = asyncio.run(twice())
    assert "not a column" not in columns and "text" in columns


def _request(query: list[tuple[str, str]]) -> Request:
    return Request.fake("/notices/measures?" + urlencode(query))


def test_facet_links_are_the_ones_datasettes_helpers_make(ds):
    through = {"table": "measure_units", "column": "unit"}
    chosen = plugin._through_arg(through, "医疗机构")
    request = _request([("_search", "隔离 核酸"), ("year", "2020"), ("empty", ""), ("_through", chosen)])
    links = plugin._FacetLinks(ds, request)
    absolute = lambda path: ds.absolute_url(request, ds.urls.path(path))  # noqa: E731
    # A value shown and not chosen adds its filter; one chosen removes it; the rest of the query stays.
    cases = [
        ("year", None, 2021, absolute(path_with_added_args(request, {"year": 2021})), False),
        ("year", None, "2020", absolute(path_with_removed_args(request, {"year": "2020"})), True),
        ("bodies", through, "各区县",
         absolute(path_with_added_args(request, {"_through": plugin._through_arg(through, "各区县")})), False),
        ("bodies", through, "医疗机构", absolute(path_with_removed_args(request, {"_through": chosen})), True),
    ]
    for column, how, value, url, selected in cases:
        shown = plugin.CatalogFacet._value(links, column, how, value, 3, {})
        assert (shown["toggle_url"], shown["selected"]) == (url, selected), (column, value)


def test_sync_includes_write_what_async_includes_write(ds):
    env = ds.jinja_env
    context = {
        "display_rows": [[{"column": "text", "value_type": "text", "value": "<b>隔离</b>"},
                          {"column": "year", "value_type": "int", "value": 2020}]],
        "display_columns": [{"name": n, "sortable": True, "is_pk": False, "type": "TEXT", "notnull": 0,
                             "description": "说明"} for n in ("text", "year")],
        "sort": None, "sort_desc": "year", "column_zh": plugin.COLUMN_ZH,
        "request": Request.fake("/notices/measures?_search=x"), "fix_path": ds.urls.path,
        "path_with_replaced_args": path_with_replaced_args,
    }

    async def both():
        included = await env.from_string('{% include "_table.html" %}').render_async(context)
        synced = await env.from_string('{{ include_sync(["_nothing.html", "_table.html"]) }}').render_async(context)
        return included, synced

    included, synced = asyncio.run(both())
    # Escaped once, the column heads in Chinese.
    assert synced == included and "&lt;b&gt;隔离&lt;/b&gt;" in synced and "年份&nbsp;▲" in synced


def test_a_worker_leaves_what_it_built_before_serving_out_of_the_garbage_collector(catalog, monkeypatch):
    from db import asgi
    from db.serve import DB_VARIABLE

    monkeypatch.setenv(DB_VARIABLE, str(catalog[0]))
    asgi._app.cache_clear()
    try:
        assert callable(asgi.app)
        # Datasette, its plugin and what they imported: no full collection walks them again.
        assert gc.get_freeze_count() > 10_000
        assert not any(o is asgi._app() for o in gc.get_objects())
    finally:
        gc.unfreeze()
        asgi._app.cache_clear()
