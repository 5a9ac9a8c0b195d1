"""What the catalog tests share (tests/test_catalog_*.py): names of the seeds,
helpers to build, serve and read a catalog, and a generated series of notices.

The catalog under test is the real one: every seed of corpus/ through
`notices.pipeline.process_file`, linked by `notices.catalog.build_catalog`,
built once per session (the fixtures `documents`, `catalog`, `ds`, `db` in
tests/conftest.py). Gold files serve only as expected answers (the nine
measures of 市卫生健康委, the deadlines of 各区县, links annotators agree on),
and as input where the test is about input without offsets. Requests go
through Datasette's in-process client.
"""
from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import pytest

from db.serve import make_datasette
from notices.catalog import build_catalog

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CORPUS = ROOT / "corpus"
UNIT = "市卫生健康委"
N000, N001, N002, N003, N004 = (p.name for p in sorted(CORPUS.glob("*.txt")))


def gold_documents() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((DATA / "gold").glob("*.json"))]


def unit_names(measure: dict) -> set[str]:
    """Every form of every unit of a measure: gold gives strings or lists of forms, the pipeline dicts."""
    names = set()
    for unit in measure.get("units", []):
        if isinstance(unit, dict):
            names.update(n for n in (unit.get("name"), unit.get("mention")) if n)
        else:
            names.update(unit if isinstance(unit, list) else [unit])
    return names


def measure_ids(documents: list[dict], keep) -> set[str]:
    return {f"{d['source']}#{m['path']}" for d in documents for m in d.get("measures", []) if keep(m)}


def all_measures(documents: list[dict]) -> dict[str, dict]:
    return {f"{d['source']}#{m['path']}": m for d in documents for m in d.get("measures", [])}


def fetch(ds, path: str, method: str = "get", **kwargs):
    async def go():
        return await getattr(ds.client, method)(path, **kwargs)
    return asyncio.run(go())


def rows(ds, path: str) -> list[dict]:
    sep = "&" if "?" in path else "?"
    response = fetch(ds, f"{path}{sep}_shape=array&_size=max")
    assert response.status_code == 200, response.text[:500]
    return response.json()


def started(db_path: Path):
    ds = make_datasette(db_path)
    asyncio.run(ds.invoke_startup())
    return ds


def dump(db_path: Path) -> dict[str, list[tuple]]:
    """Every row of every table and view, in a stable order."""
    conn = sqlite3.connect(db_path)
    names = [r[0] for r in conn.execute(
        "select name from sqlite_master where type in ('table', 'view') "
        "and name not like 'sqlite_%' and name not like '%_fts_%' order by name")]
    content = {n: sorted(conn.execute(f"select * from [{n}]").fetchall(), key=repr) for n in names}
    conn.close()
    return content


def isolation_notice(source: str, text: str, days: int, date: str | None, doc_number: str) -> dict:
    """A one-measure notice as the pipeline shapes it, quarantining arrivals for `days` days."""
    mark = f"{days}天"
    return {
        "source": source, "kind": "notice", "title": "关于加强入境人员管理的通知", "date": date,
        "doc_number": doc_number, "paragraphs": [text],
        "measures": [{
            "path": "1", "heading": "集中隔离", "text": text, "paragraph": 0,
            "units": [{"mention": "市卫生健康委", "name": "市卫生健康委", "role": "responsible",
                       "start": text.index("市卫生健康委"), "end": text.index("市卫生健康委") + 6}],
            "deadlines": [],
            "thresholds": [{"value": days, "unit": "天", "comparator": "=", "quantity": "duration", "text": mark,
                            "start": text.index(mark), "end": text.index(mark) + len(mark)}],
            "topics": [{"topic": "quarantine", "oxcgrt": "C6"}],
        }],
    }


@pytest.fixture(scope="module")
def isolation(tmp_path_factory):
    """Three notices shortening a quarantine, given out of order, two of them undated; real compare links."""
    text = "集中隔离。市卫生健康委负责对入境人员实施集中隔离{}天，期间开展（两次）核酸检测。"
    documents = [
        isolation_notice("c.txt", text.format(7), 7, "2021-06-01", "测发〔2021〕9号"),
        isolation_notice("b.txt", text.format(10), 10, None, "测发〔2021〕2号"),
        isolation_notice("a.txt", text.format(14), 14, None, "测发〔2020〕9号"),
    ]
    db_path = tmp_path_factory.mktemp("isolation") / "notices.db"
    build_catalog(documents, db_path)
    return started(db_path)
