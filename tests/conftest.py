import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import settings

# The same generated examples on every run: CI fails on a change to the code, never on
# a new random draw. `pytest --hypothesis-profile=explore` draws new examples.
settings.register_profile("fixed", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("fixed")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = Path(__file__).resolve().parent / "data" / "gold"
SEEDS = sorted(CORPUS.glob("*.txt"))


def gold_for(name: str) -> dict:
    return json.loads((GOLD / name.replace(".txt", ".json")).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def ingested():
    """Every seed ingested once: source name -> Document."""
    from ingest.pipeline import ingest_file

    return {p.name: ingest_file(p) for p in SEEDS}


@pytest.fixture(scope="session")
def extracted():
    """Every seed ingested and extracted once: source name -> document dict."""
    from notices.pipeline import process_file

    return {p.name: process_file(p) for p in SEEDS}


# The seeds' catalog, built once per session for the catalog tests (tests/catalog_support.py).

@pytest.fixture(scope="session")
def documents(extracted) -> list[dict]:
    """The seeds through the real pipeline (`extracted`), in file order."""
    return [extracted[name] for name in sorted(extracted)]


@pytest.fixture(scope="session")
def gold() -> list[dict]:
    from catalog_support import gold_documents

    return gold_documents()


@pytest.fixture(scope="session")
def catalog(tmp_path_factory, documents) -> tuple:
    from notices.catalog import build_catalog

    db_path = tmp_path_factory.mktemp("catalog") / "notices.db"
    return db_path, build_catalog(documents, db_path)


@pytest.fixture(scope="session")
def ds(catalog):
    from catalog_support import started

    return started(catalog[0])


@pytest.fixture(scope="session")
def db(catalog):
    conn = sqlite3.connect(f"file:{catalog[0]}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()
