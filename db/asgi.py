"""The catalog as an ASGI application, for a server of several worker processes
(`notices serve --workers N`): each worker imports this module and builds its own
Datasette from what the parent process put in its environment. Datasette renders
pages in Python, one page at a time per process; the database is immutable, so
workers share nothing but the file."""
from __future__ import annotations

import os
from pathlib import Path

from db.serve import DB_VARIABLE, SQL_VARIABLE, make_datasette

app = make_datasette(Path(os.environ[DB_VARIABLE]), sql=os.environ.get(SQL_VARIABLE) == "on").app()
