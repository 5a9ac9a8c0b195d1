"""Build the SQLite catalog with sqlite-utils and serve it read-only with Datasette."""


class CatalogError(ValueError):
    """Input the catalog cannot be built from; the message names the file or document.
    Here, not in db.build, so that the command line can catch it without importing the build."""
