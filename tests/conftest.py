import json
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
