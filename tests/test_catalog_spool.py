"""The spool the build reads documents through twice (notices/spool.py,
notices.catalog.build_catalog)."""
from __future__ import annotations


import pytest

from db.build import inspect_path
from db.state import state_path
from notices.catalog import build_catalog
from notices.spool import DocumentSpool, spooled
from catalog_support import N000, N002, dump


def test_build_catalog_takes_a_one_pass_generator(tmp_path, documents, catalog):
    # The CLI streams the pipeline's documents into the build, which spools them to
    # disk to read them twice; the catalog is the same as from a list in memory.
    db_path = tmp_path / "streamed.db"
    stats = build_catalog((dict(d) for d in documents), db_path)
    assert stats == catalog[1]
    assert dump(db_path) == dump(catalog[0])
    # the spool file is gone; the state the next build updates from stays
    assert sorted(tmp_path.iterdir()) == [db_path, inspect_path(db_path), state_path(db_path)]


def test_spool_gives_documents_back_and_names_what_is_wrong(tmp_path, documents):
    with spooled(documents, tmp_path) as spool:
        assert len(spool) == len(documents) and N002 in spool
        assert list(spool) == documents
        assert spool.get(N002) == documents[2]
        with pytest.raises(KeyError, match="nowhere.txt"):
            spool.get("nowhere.txt")
        with pytest.raises(ValueError, match=f"{N002}.*twice"):
            spool.append(documents[2])
        with pytest.raises(ValueError, match="no 'source'"):
            spool.append({"path": "x.txt"})
    given = DocumentSpool(tmp_path)
    with spooled(given) as spool:  # a spool passed in is the caller's to close
        assert spool is given
    given.append(documents[0])  # still open after the block
    assert given.get(N000) == documents[0]
    given.close()
