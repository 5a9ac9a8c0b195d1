"""Incremental builds (db/update.py, notices.catalog.update_catalog, `notices build`
on an existing catalog): a catalog updated with new, changed and removed notices
is the catalog a full build of the same documents gives, table by table and row
by row, links, lineages and every derived table included."""
from __future__ import annotations

import copy
import sqlite3
from pathlib import Path

import pytest

from catalog_support import dump
from db import CatalogError
from db.state import state_path
from notices.catalog import build_catalog, update_catalog
from notices.cli import main
from notices.pipeline import process_file

REAL = Path(__file__).resolve().parent / "data" / "real" / "raw"
# A series of one issuer (天津市 通告 第6、23、27号): links and lineages between them.
REAL_SERIES = sorted(REAL.glob("a0[123]_*.txt"))


@pytest.fixture(scope="module")
def corpus(documents) -> list[dict]:
    """The seeds and a real series, as the pipeline gives them."""
    return [*documents, *(process_file(p) for p in REAL_SERIES)]


def catalog_content(db_path: Path) -> dict:
    """Every row of every table and view, the measures' rowids (the newest-first search
    walks them in issue order) and what the full-text tables index, by row id."""
    content = dump(db_path)
    conn = sqlite3.connect(db_path)
    content["measures by rowid"] = conn.execute("select rowid, id from measures order by rowid").fetchall()
    for fts, table in (("measures_fts", "measures"), ("notices_fts", "notices")):
        conn.execute(f"create virtual table temp.[{fts}_terms] using fts5vocab(main, [{fts}], instance)")
        content[fts] = sorted(conn.execute(
            f"select v.term, t.id, v.col, v.offset from temp.[{fts}_terms] v join [{table}] t on t.rowid = v.doc"))
    conn.close()
    return content


def assert_same_catalog(updated: Path, rebuilt: Path) -> None:
    got, want = catalog_content(updated), catalog_content(rebuilt)
    assert got.keys() == want.keys()
    for table in want:
        assert got[table] == want[table], table
    assert want["links"] and want["lineages"] and want["units"]


def _notice(corpus: list[dict], prefix: str) -> dict:
    return next(d for d in corpus if d["source"].startswith(prefix))


def test_adding_the_newest_notices_equals_a_full_build(tmp_path, corpus):
    # The real series is later than the seeds: only the new notices are linked, and
    # the lineages of the catalog keep their ids.
    base = tmp_path / "updated.db"
    build_catalog(corpus[:-2], base)
    lineages_before = {r[0] for r in sqlite3.connect(base).execute("select id from lineages")}
    stats = update_catalog(corpus[-2:], base)
    assert (stats.added, stats.changed, stats.removed, stats.relinked, stats.moved) == (2, 0, 0, 2, 0)
    build_catalog(corpus, tmp_path / "rebuilt.db")
    assert_same_catalog(base, tmp_path / "rebuilt.db")
    assert lineages_before <= {r[0] for r in sqlite3.connect(base).execute("select id from lineages")}


def test_changed_removed_and_earlier_notices_equal_a_full_build(tmp_path, corpus):
    # A notice older than the catalog's newest, one changed (a measure dropped, its
    # title edited) and one removed: the links from the first of them on are computed
    # again and nothing of the old versions is left behind.
    early, changed, gone = _notice(corpus, "001"), _notice(corpus, "002"), _notice(corpus, "a02")
    base = tmp_path / "updated.db"
    build_catalog([d for d in corpus if d is not early], base)
    edited = copy.deepcopy(changed)
    edited["measures"] = edited["measures"][1:]
    edited["title"] += "（修订）"
    stats = update_catalog([early, edited], base, removed=[gone["source"]])
    assert (stats.added, stats.changed, stats.removed) == (1, 1, 1)
    assert stats.moved  # the measures after the older notice were put back in issue order
    final = [edited if d is changed else d for d in corpus if d is not gone]
    build_catalog(final, tmp_path / "rebuilt.db")
    assert_same_catalog(base, tmp_path / "rebuilt.db")


def test_a_catalog_without_its_state_is_not_updated(tmp_path, documents):
    db_path = tmp_path / "notices.db"
    build_catalog(documents[:2], db_path)
    state_path(db_path).unlink()
    with pytest.raises(CatalogError, match="build it in full"):
        update_catalog(documents[2:], db_path)


def test_the_build_command_does_only_what_changed(tmp_path, capfd):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.txt"))
    for seed in seeds[:3]:
        (corpus / seed.name).write_bytes(seed.read_bytes())
    db_path = tmp_path / "notices.db"
    assert main(["build", str(corpus), "--db", str(db_path)]) == 0
    assert "in full" in capfd.readouterr().err
    assert main(["build", str(corpus), "--db", str(db_path)]) == 0
    assert "is up to date (3 files unchanged)" in capfd.readouterr().err

    (corpus / seeds[3].name).write_bytes(seeds[3].read_bytes())
    (corpus / seeds[0].name).unlink()
    with open(corpus / seeds[1].name, "a", encoding="utf-8") as f:
        f.write("\n附件：无\n")
    assert main(["build", str(corpus), "--db", str(db_path)]) == 0
    said = capfd.readouterr().err.strip().splitlines()[-1]
    assert said.startswith(f"notices: updated {db_path}: 1 added, 1 changed, 1 removed, 1 unchanged;")
    assert main(["build", str(corpus), "--db", str(tmp_path / "rebuilt.db"), "--full"]) == 0
    assert_same_catalog(db_path, tmp_path / "rebuilt.db")


def test_a_catalog_built_by_other_rules_is_built_again_in_full(tmp_path, capfd, monkeypatch):
    # Unchanged files would keep what the old rules extracted: a new program rebuilds everything.
    seed = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.txt"))[0]
    db_path = tmp_path / "notices.db"
    assert main(["build", str(seed), "--db", str(db_path)]) == 0
    assert main(["build", str(seed), "--db", str(db_path)]) == 0
    assert "is up to date" in capfd.readouterr().err
    monkeypatch.setattr("db.state.program_fingerprint", lambda: "rules of another day")
    assert main(["build", str(seed), "--db", str(db_path)]) == 0
    assert "in full (the program or its rules changed since the last build)" in capfd.readouterr().err
    assert main(["build", str(seed), "--db", str(db_path)]) == 0
    assert "is up to date" in capfd.readouterr().err  # the state now carries the new program's mark
