"""Serve the catalog read-only with Datasette.

The database is opened immutable (Datasette's `-i`): read-only, no locking, and
row counts and hashes computed once. The project's metadata.yml supplies titles,
descriptions, facets, sort orders, label columns and canned queries; db/plugin.py
adds Chinese search and the measure page; db/templates/ holds its templates.
"""
from __future__ import annotations

import asyncio
import json
from pathlib import Path

import yaml
from datasette.app import Datasette
from datasette.plugins import pm

from db import plugin
from db.build import database_file_problem, inspect_path

METADATA = Path(__file__).resolve().parent.parent / "metadata.yml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
# metadata.yml describes the database under this name; a file named otherwise gets it too.
METADATA_DATABASE = "notices"

SETTINGS = {
    "sql_time_limit_ms": 3000,  # a slow query is stopped with a message instead of tying up the server
    "facet_time_limit_ms": 500,
    "suggest_facets": False,  # suggestions cost more than the search itself on a large catalog
    "default_facet_size": 10,  # thirty units per facet push the rows off the screen
    "max_returned_rows": 2000,
    "default_page_size": 50,
    "allow_csv_stream": True,
    "template_debug": False,  # ?_context= would dump internals
    # The whole file in one request: gigabytes on a large catalog, and anyone can rebuild
    # it from the notices. `--setting allow_download on` offers it.
    "allow_download": False,
}


def make_datasette(db_path: Path, *, metadata_path: Path = METADATA, sql: bool = True) -> Datasette:
    """A Datasette instance serving `db_path` immutable, with the catalog's metadata and
    plugin; with `sql=False` it refuses arbitrary SQL (the canned queries still run)."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise FileNotFoundError(f"no catalog database at {db_path}: run `notices build` first")
    problem = database_file_problem(db_path)
    if problem:
        raise ValueError(f"{db_path}: {problem}")
    try:
        metadata = yaml.safe_load(metadata_path.read_text(encoding="utf-8"))
        described = metadata["databases"][METADATA_DATABASE]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as e:
        raise ValueError(f"{metadata_path}: cannot read the catalog metadata ({e})") from e
    metadata["databases"] = {db_path.stem: described}
    if not pm.is_registered(plugin):
        pm.register(plugin, name="notices-catalog")
    return Datasette(
        immutables=[str(db_path)],
        metadata=metadata,
        template_dir=str(TEMPLATES),
        settings={**SETTINGS, "default_allow_sql": sql},
        inspect_data=_inspect_data(db_path),
    )


def _inspect_data(db_path: Path) -> dict | None:
    """The hash and row counts the build wrote beside the database, when they are of
    this file: without them the first request asking for the hash reads the whole file
    while every other request waits."""
    try:
        data = json.loads(inspect_path(db_path).read_text(encoding="utf-8"))
        info = data[db_path.stem]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    stat = db_path.stat()
    return data if (info.get("size"), info.get("mtime_ns")) == (stat.st_size, stat.st_mtime_ns) else None


def serve(db_path: Path, port: int = 8001, host: str = "127.0.0.1", sql: bool = True) -> None:
    """Run the catalog web server until interrupted."""
    import uvicorn

    ds = make_datasette(db_path, sql=sql)
    # What `datasette serve` does before serving: without it templates cannot render.
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
