"""The catalog as an ASGI application, for a server of several worker processes
(`notices serve --workers N`): uvicorn imports `db.asgi:app` in each worker, which
builds its own Datasette from what the parent process put in its environment.
Datasette renders pages in Python, one page at a time per process; the database is
immutable, so workers share nothing but the file."""
from __future__ import annotations

import functools
import os
from pathlib import Path

from db.serve import DB_VARIABLE, SQL_VARIABLE, make_datasette, settle


@functools.cache
def _app():
    if DB_VARIABLE not in os.environ:
        raise RuntimeError(f"db.asgi serves the catalog named by ${DB_VARIABLE}; run `notices serve --workers N`")
    app = make_datasette(Path(os.environ[DB_VARIABLE]), sql=os.environ.get(SQL_VARIABLE) == "on").app()
    settle()
    return app


def __getattr__(name: str):
    # Built on first use, not on import: importing the module (tests, docs) needs no catalog.
    if name == "app":
        return _app()
    raise AttributeError(name)
