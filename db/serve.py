"""Serve the catalog read-only with Datasette.

The database is opened immutable (Datasette's `-i`): read-only, no locking, and
row counts and hashes computed once. The project's metadata.yml supplies titles,
descriptions, facets, sort orders, label columns and canned queries; db/plugin.py
adds Chinese search and the measure page; db/templates/ holds its templates.
"""
from __future__ import annotations

import asyncio
from pathlib import Path

import yaml
from datasette.app import Datasette
from datasette.plugins import pm

from db import plugin

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
}


def make_datasette(db_path: Path, *, metadata_path: Path = METADATA) -> Datasette:
    """A Datasette instance serving `db_path` immutable, with the catalog's metadata and plugin."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise FileNotFoundError(f"no catalog database at {db_path}: run `notices build` first")
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
        settings=SETTINGS,
    )


def serve(db_path: Path, port: int = 8001, host: str = "127.0.0.1") -> None:
    """Run the catalog web server until interrupted."""
    import uvicorn

    ds = make_datasette(db_path)
    # What `datasette serve` does before serving: without it templates cannot render.
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
