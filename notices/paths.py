"""Where the project keeps its default inputs and outputs."""
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT / "corpus"
DEFAULT_DB = PROJECT / "db" / "notices.db"
DEFAULT_GOLD = PROJECT / "tests" / "data" / "gold"
DEFAULT_TOPICS = PROJECT / "tests" / "data" / "topics.json"
