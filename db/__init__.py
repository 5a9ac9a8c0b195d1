"""Build the SQLite catalog with sqlite-utils and serve it read-only with Datasette."""
