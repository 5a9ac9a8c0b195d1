"""Notices printed in the official layouts offices use, read back: whatever the layout,
the paragraphs and the head are the notice's gold.

Each layout is drawn from a seeded random generator (``pdf_fixtures.Layout.random``):
type 14–16 pt, 24–30 characters a line, margins, indent or none, justified or ragged,
page numbers centred or alternating, masthead, 版记 and a table page present or absent.
"""
from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

import pytest
from pdf_fixtures import Layout, Notice, official_pdf, printed_lines, printed_paragraphs

from ingest.metadata import iso_date, signature, split_head
from ingest.pipeline import ingest_file
from ingest.readers import read_source

from extract.structure import find_measures

DATA = Path(__file__).resolve().parent / "data"
GOLDS = sorted((DATA / "gold").glob("*.json")) + sorted((DATA / "dev" / "gold").glob("*.json"))
REAL_GOLDS = sorted((DATA / "real" / "gold").glob("*.json"))
DEV_PDF = DATA / "dev" / "pdf"


def _notices(paths: list[Path]) -> list[dict]:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    return [g for g in golds if g.get("kind") == "notice" and g.get("title")]


NOTICES = _notices(GOLDS)
REAL_NOTICES = _notices(REAL_GOLDS)


def norm(text):
    """As the scorer compares: NFKC, no white space."""
    if isinstance(text, list):
        return [norm(t) for t in text]
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)) if isinstance(text, str) else text


def printed_head(notice: Notice, gold: dict) -> dict:
    """The gold head fields that the printed page states: the issuer only when the
    signature or title names it, the date only when the signature gives it."""
    head = {k: gold.get(k) for k in ("title", "doc_number", "addressees")}
    if gold.get("issuer") and any(gold["issuer"] in t for t in (notice.title, *notice.signature)):
        head["issuer"] = gold["issuer"]
    if gold.get("date") and gold["date"] in [iso_date(t) for t in notice.signature]:
        head["date"] = gold["date"]
    return head


def check_layout(tmp_path: Path, gold: dict, seed: int) -> None:
    rng = random.Random(seed)
    layout = Layout.random(rng)
    notice = Notice.from_gold(gold)
    path = official_pdf(tmp_path / f"{seed}.pdf", notice, layout, rng)
    doc = ingest_file(path)
    got = [p.text for p in doc.paragraphs]
    assert norm(got) == norm(printed_paragraphs(notice, layout)), layout
    # The 附件说明 and the table page leave the measures as they are.
    assert [(m.path, norm(m.text)) for m in find_measures(got)] == \
        [(m.path, norm(m.text)) for m in find_measures(gold["paragraphs"])], layout
    head = printed_head(notice, gold)
    assert {k: norm(getattr(doc, k)) for k in head} == {k: norm(v) for k, v in head.items()}, layout


@pytest.mark.parametrize("index", range(len(NOTICES)), ids=[g["source"][:12] for g in NOTICES])
def test_a_printed_notice_reads_back_as_its_gold(tmp_path, index):
    check_layout(tmp_path, NOTICES[index], seed=index)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(len(NOTICES), 5 * len(NOTICES)))
def test_many_layouts_read_back_as_their_gold(tmp_path, seed):
    check_layout(tmp_path, NOTICES[seed % len(NOTICES)], seed)


@pytest.mark.slow
@pytest.mark.parametrize("index", range(len(REAL_NOTICES)), ids=[g["source"][:12] for g in REAL_NOTICES])
def test_the_reader_gives_each_real_notice_back_as_printed(tmp_path, index):
    # The reader's part alone: head lines and paragraphs as printed, whatever the head
    # reader then makes of a notice's own head.
    rng = random.Random(index)
    layout = Layout.random(rng)
    notice = Notice.from_gold(REAL_NOTICES[index])
    raw = read_source(official_pdf(tmp_path / f"{index}.pdf", notice, layout, rng))
    assert norm(raw.text.split("\n")) == norm(printed_lines(notice, layout)), layout


def test_layouts_are_deterministic_and_varied():
    layouts = [Layout.random(random.Random(seed)) for seed in range(40)]
    assert layouts == [Layout.random(random.Random(seed)) for seed in range(40)]
    assert {layout.size for layout in layouts} >= {14.0, 16.0}
    assert min(layout.chars_per_line for layout in layouts) <= 25 and max(layout.chars_per_line for layout in layouts) >= 29
    for flag in ("masthead", "imprint", "table", "justify"):
        assert {getattr(layout, flag) for layout in layouts} == {True, False}
    assert {layout.page_numbers for layout in layouts} == {"centre", "alternate", "none"}
    assert {layout.indent for layout in layouts} == {0, 2}


def test_masthead_and_imprint_are_kept_out_of_the_body(tmp_path):
    gold = next(g for g in NOTICES if g.get("issuer") and g.get("doc_number") and g.get("date"))
    notice = Notice.from_gold(gold)
    path = official_pdf(tmp_path / "full.pdf", notice, Layout(masthead=True, imprint=True))
    raw = read_source(path)
    assert raw.text.split("\n")[:2] == [gold["issuer"] + "文件", gold["doc_number"]]
    assert f"masthead '{gold['issuer']}文件'" in raw.notes
    assert any(n.startswith("dropped 版记: '抄送：") for n in raw.notes)
    assert "抄送" not in raw.text and "印发" not in raw.text.split("\n")[-1]
    doc = ingest_file(path)
    assert (doc.title, doc.issuer, doc.date) == (gold["title"], gold["issuer"], gold["date"])


@pytest.mark.parametrize("pdf", sorted((DEV_PDF / "raw").glob("*.pdf")), ids=lambda p: p.stem[:12])
def test_dev_set_pdfs_read_as_their_gold(pdf):
    gold = json.loads((DEV_PDF / "gold" / f"{pdf.stem}.json").read_text(encoding="utf-8"))
    doc = ingest_file(pdf)
    assert norm([p.text for p in doc.paragraphs]) == norm(gold["paragraphs"])
    for field in ("title", "doc_number", "issuer", "addressees"):
        assert norm(getattr(doc, field)) == norm(gold[field]), field


def test_without_a_signature_the_masthead_stays_out_of_the_title_and_the_issuer(tmp_path):
    # The guide takes the issuer from a signature or the title only: with neither, it is null,
    # and the masthead (…领导小组文件) is not read as the title's first line.
    notice = Notice(
        title="关于做好元旦春节期间疫情防控工作的通知",
        doc_number="某防控发〔2022〕3号",
        addressees=["各区县疫情防控工作领导小组", "市级有关部门"],
        body=["各区县要严格落实属地责任，做好节日期间人员排查工作。", "各单位要加强值班值守，确保信息畅通。"],
        issuer="某市疫情防控工作领导小组",
    )
    doc = ingest_file(official_pdf(tmp_path / "masthead.pdf", notice, Layout(masthead=True)))
    assert (doc.title, doc.doc_number, doc.issuer) == (notice.title, notice.doc_number, None)
    assert [p.text for p in doc.paragraphs] == notice.body
    assert doc.audit.balanced


def test_head_reads_a_masthead_line():
    head = split_head(["某市疫情防控工作领导小组文件", "某防控发〔2022〕3号", "关于做好疫情防控工作的通知", "各单位：", "正文。"])
    assert (head.masthead, head.title, head.doc_number) == ("某市疫情防控工作领导小组", "关于做好疫情防控工作的通知", "某防控发〔2022〕3号")
    assert "某市疫情防控工作领导小组文件" in head.parts


def test_the_signature_before_attached_pages():
    paragraphs = ["各单位要落实防控责任。", "某市疫情防控指挥部", "2020年4月25日", "附件", "联系人名单",
                  "单位\t联系人\t电话", "甲区\t张某\t1", "乙区\t李某\t2", "丙区\t王某\t3"]
    assert signature(paragraphs) == ("某市疫情防控指挥部", "2020-04-25")
    assert signature(paragraphs[:3]) == ("某市疫情防控指挥部", "2020-04-25")


def test_a_title_line_without_title_words_after_masthead_and_number():
    head = split_head(["某市疫情防控工作领导小组办公室文件", "某防控办发〔2022〕3号", "某市疫情防控工作领导小组办公室",
                       "关于做好疫情防控工作的通知", "各单位：", "正文。"])
    assert head.title == "某市疫情防控工作领导小组办公室关于做好疫情防控工作的通知"
    assert head.addressees == ["各单位"] and head.body == ["正文。"]
