"""Serve the catalog read-only with Datasette.

The database is opened immutable (Datasette's `-i`): read-only, no locking, and
row counts and hashes computed once. The project's metadata.yml supplies titles,
descriptions, facets, sort orders, label columns and canned queries; db/plugin.py
adds Chinese search and the measure page; db/templates/ holds its templates.
"""
from __future__ import annotations

import asyncio
import gc
import json
import os
import socket
from pathlib import Path

import yaml
from datasette.app import Datasette
from datasette.plugins import pm

from db import plugin
from db.build import database_file_problem, inspect_path

# db/metadata.yml links to the project's metadata.yml; a wheel carries it as a file of the package.
METADATA = Path(__file__).resolve().parent / "metadata.yml"
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
    metadata["databases"] = {METADATA_DATABASE: described}
    if not pm.is_registered(plugin):
        pm.register(plugin, name="notices-catalog")
    inspect_data = _inspect_data(db_path)
    if inspect_data:
        inspect_data[METADATA_DATABASE] = inspect_data[db_path.stem]
    ds = Datasette(
        immutables=[str(db_path)],
        metadata=metadata,
        template_dir=str(TEMPLATES),
        settings={**SETTINGS, "default_allow_sql": sql},
        inspect_data=inspect_data,
    )
    # Served as /notices/… whatever the file is called: the README's and the pages' links hold.
    if db_path.stem != METADATA_DATABASE:
        database = ds.databases[db_path.stem]
        ds.remove_database(db_path.stem)
        ds.add_database(database, name=METADATA_DATABASE)
    return ds


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


def settle() -> None:
    """Leave what a server process has built before its first page (modules, Datasette,
    the metadata: some 100,000 objects) out of Python's cyclic garbage collection, which
    otherwise walks them all at each full collection: 80 ms, every hundred pages or so,
    at the expense of whichever request is running. They live as long as the process."""
    gc.collect()
    gc.freeze()


def port_problem(host: str, port: int) -> str | None:
    """Why the server cannot listen on host:port, or None when it can."""
    with socket.socket() as s:
        # As uvicorn binds: a port whose last connections linger in TIME_WAIT is free.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as e:
            return f"cannot listen on {host}:{port} ({e.strerror}); choose another with --port (make serve PORT=…)"
    return None


# How `notices serve` tells its worker processes what to serve (db/asgi.py).
DB_VARIABLE, SQL_VARIABLE = "NOTICES_CATALOG_DB", "NOTICES_CATALOG_SQL"


def default_workers() -> int:
    """One worker process a core, up to four: a page is Python work that holds a
    process, and each worker costs some 100 MB."""
    return max(1, min(4, os.cpu_count() or 1))


def serve(db_path: Path, port: int = 8001, host: str = "127.0.0.1", sql: bool = True,
          workers: int | None = None) -> None:
    """Run the catalog web server until interrupted, on `workers` processes
    (default: `default_workers()`)."""
    import uvicorn

    problem = port_problem(host, port)
    if problem:
        raise OSError(problem)
    workers = workers or default_workers()
    ds = make_datasette(db_path, sql=sql)  # a missing or damaged database is refused before any worker starts
    print(f"目录已启动 / Catalog at http://{host}:{port}/  (Ctrl-C 停止 / to stop)", flush=True)
    if workers == 1:
        # What `datasette serve` does before serving: without it templates cannot render.
        asyncio.run(ds.invoke_startup())
        app = ds.app()
        settle()
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    os.environ[DB_VARIABLE] = str(Path(db_path).resolve())
    os.environ[SQL_VARIABLE] = "on" if sql else "off"
    uvicorn.run("db.asgi:app", host=host, port=port, workers=workers, log_level="warning")


def publish(db_path: Path, out: Path, sql: bool = True) -> Path:
    """Write a folder that Datasette serves read-only as it is, on any server with
    `pip install -r requirements.txt`: `datasette serve -i notices.db --metadata metadata.yml
    --template-dir templates --plugins-dir plugins --setting …` (run.sh holds the line).
    With `sql=False` the published server refuses arbitrary SQL, as `notices serve --no-sql`."""
    import shutil

    db_path, out = Path(db_path), Path(out)
    make_datasette(db_path)  # refuses a missing or damaged database before anything is written
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(db_path, out / f"{METADATA_DATABASE}.db")
    shutil.copyfile(METADATA, out / "metadata.yml")
    shutil.copytree(TEMPLATES, out / "templates", dirs_exist_ok=True)
    (out / "plugins").mkdir(exist_ok=True)
    shutil.copyfile(Path(plugin.__file__), out / "plugins" / "notices_catalog.py")
    (out / "requirements.txt").write_text("datasette>=0.65,<0.66\n", encoding="utf-8")
    inspect_data = _inspect_data(db_path)
    if inspect_data:  # counts and hash known at start, as make_datasette has them
        (out / "inspect-data.json").write_text(
            json.dumps({METADATA_DATABASE: inspect_data[db_path.stem]}), encoding="utf-8")
    settings = " ".join(f"--setting {k} {json.dumps(v) if not isinstance(v, bool) else str(v).lower()}"
                        for k, v in {**SETTINGS, "default_allow_sql": sql}.items())
    (out / "run.sh").write_text(
        "#!/bin/sh\n# Serve the catalog read-only; PORT defaults to 8001, HOST to every interface.\ncd \"$(dirname \"$0\")\"\n"
        f"exec datasette serve -i {METADATA_DATABASE}.db --metadata metadata.yml --template-dir templates "
        f"--plugins-dir plugins {'--inspect-file inspect-data.json ' if inspect_data else ''}{settings} "
        "--host \"${HOST:-0.0.0.0}\" --port \"${PORT:-8001}\"\n", encoding="utf-8")
    (out / "run.sh").chmod(0o755)
    return out
