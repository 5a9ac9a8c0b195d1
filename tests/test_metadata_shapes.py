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
