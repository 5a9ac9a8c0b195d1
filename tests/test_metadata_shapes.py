"""Metadata of real notices, one shape of the genre per test: what the page prints
(before) and the title, number, issuer, date or addressees read from it (after).

The pages are made up, shaped like those found on real sites."""
from pathlib import Path

import pytest
import yaml

from ingest import chrome, kinds, metadata
from ingest.models import RawSource
from ingest.pipeline import ingest_source


def _ingest(text: str):
    return ingest_source(RawSource(path=Path("page.txt"), text=text, format="txt", sha256=""))


KINDS = yaml.safe_load((kinds._DATA).read_text(encoding="utf-8"))


@pytest.mark.parametrize("kind", KINDS["kinds"])
def test_every_kind_of_document_ends_a_title_for_every_reader(kind):
    title = f"某县疫情防控指挥部关于加强防控的{kind}"
    assert kinds.names_kind(title) and chrome.names_kind(title + "（第1号）")
    # the document number glued to the title does not swallow its kind
    head = metadata.split_head([f"{title}某防指〔2020〕1号", "为做好防控，现通知如下："])
    assert (head.title, head.doc_number) == (title, "某防指〔2020〕1号")


@pytest.mark.parametrize("kind", KINDS["after_body"])
def test_a_body_named_before_its_kind_is_the_issuer(kind):
    assert metadata.issuer_from_title(f"某县疫情防控指挥部{kind}") == "某县疫情防控指挥部"


@pytest.mark.parametrize("stamp", ["来源： 最后更新：22-12-01 09:38:45", "更新时间：2022-04-23 08:09:22", "发布日期：2022年4月23日"])
def test_an_update_stamp_under_its_label_is_no_title_and_no_addressee(stamp):
    # before: the stamp was read as the title, or its label as the addressee line
    doc = _ingest(f"{stamp}\n县直各学校，民办幼儿园：\n现就学校疫情防控工作作如下安排：\n1.学校暂停线下教学。\n某县教育局\n2022年4月20日")
    assert (doc.title, doc.addressees) == (None, ["县直各学校", "民办幼儿园"])
    assert chrome.is_chrome(stamp)


@pytest.mark.parametrize("line,want", [
    ("广大居民朋友：", ["广大居民朋友"]),
    ("各乡镇人民政府，省指挥部各成员单位：", ["各乡镇人民政府", "省指挥部各成员单位"]),
])
def test_an_addressee_line_opening_a_repost_without_its_title(line, want):
    # before: with no title over it, the line stayed in the body and no addressees were read
    doc = _ingest(f"{line}\n为做好防控，现通告如下：\n一、暂停营业。\n某县指挥部\n2020年2月3日")
    assert doc.addressees == want
    assert [p.text for p in doc.paragraphs][0] == "为做好防控，现通告如下："


def test_a_label_opening_the_text_is_no_addressee_line():
    doc = _ingest("具体措施：\n一、暂停营业。\n某县指挥部\n2020年2月3日")
    assert doc.addressees is None
