"""The real corpus printed in official layouts and scored against its gold.

Each notice of tests/data/real/gold (title, 文号, addressees, paragraphs) is printed in a
layout drawn with its own seed (``Layout.random``), read back by the whole pipeline and
scored as ``notices evaluate`` scores text. The gold a printed page is held to is the
notice's own, but with the issuer and date only where the page states them (in the title
or the signature) and the paragraphs as printed (a table page adds its 附件说明 and table).

    .venv/bin/python tests/pdf_corpus.py      # the figures in the README
"""
from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_fixtures import Layout, Notice, official_pdf, printed_paragraphs  # noqa: E402

from ingest.metadata import iso_date  # noqa: E402
from notices.evaluate import evaluate, render  # noqa: E402
from notices.pipeline import process_file  # noqa: E402

REAL_GOLD = Path(__file__).resolve().parent / "data" / "real" / "gold"


def printed_gold(gold: dict, notice: Notice, layout: Layout, source: str) -> dict:
    """`gold` as the printed page states it."""
    printed = dict(gold, source=source, paragraphs=printed_paragraphs(notice, layout))
    if gold.get("issuer") and not any(gold["issuer"] in t for t in (notice.title, *notice.signature)):
        printed["issuer"] = None
    if gold.get("date") and gold["date"] not in [iso_date(t) for t in notice.signature]:
        printed["date"] = None
    return printed


def score_printed_corpus(work: Path, gold_dir: Path = REAL_GOLD) -> dict:
    """Scores of every notice in `gold_dir` printed in its own seeded layout."""
    golds_out, documents = work / "gold", []
    golds_out.mkdir(parents=True, exist_ok=True)
    notices = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    notices = [g for g in notices if g.get("kind") == "notice" and g.get("title")]
    for seed, gold in enumerate(notices):
        rng = random.Random(seed)
        layout = Layout.random(rng)
        notice = Notice.from_gold(gold)
        pdf = official_pdf(work / f"{Path(gold['source']).stem}.pdf", notice, layout, rng)
        (golds_out / f"{pdf.stem}.json").write_text(
            json.dumps(printed_gold(gold, notice, layout, pdf.name), ensure_ascii=False), encoding="utf-8")
        documents.append(process_file(pdf))
    return evaluate(golds_out, documents)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        result = score_printed_corpus(Path(tmp))
    print(render(result))
