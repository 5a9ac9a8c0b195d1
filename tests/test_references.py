"""Documents cited by a measure, and the shared document-number pattern."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.references import find_references
from ingest.markers import DOC_NUMBER

GOLD_DIR = Path(__file__).parent / "data" / "gold"

CASES = [
    # a title followed by its number in brackets: one reference with both
    ("严格落实《关于进一步加强隔离场所管理工作的通知》(渝肺炎组疫发〔2020〕58号)要求",
     [("关于进一步加强隔离场所管理工作的通知", "渝肺炎组疫发〔2020〕58号")]),
    # a bare number after a verb: the verb is not part of the issuer
    ("按照国办发明电〔2021〕1号要求，做好返乡人员管理。", [(None, "国办发明电〔2021〕1号")]),
    # a title only; the version in brackets belongs to the title
    ("要全面落实《重庆市新冠肺炎疫情常态化监测预警工作实施方案(第二版)》要求",
     [("重庆市新冠肺炎疫情常态化监测预警工作实施方案(第二版)", None)]),
    # two titles joined by 和
    ("落实《冬春季农村地区新冠肺炎疫情防控工作方案》和《关于做好春节期间疫情防控工作的通知》",
     [("冬春季农村地区新冠肺炎疫情防控工作方案", None), ("关于做好春节期间疫情防控工作的通知", None)]),
    # square and round brackets around the year, two bare numbers
    ("国卫办疾控函（2020）120号和国办发[2020]5号", [(None, "国卫办疾控函（2020）120号"), (None, "国办发[2020]5号")]),
    # a full-width bracket and space after the title
    ("《关于印发〈新冠肺炎防控方案〉的通知》 （联防联控机制综发〔2020〕229号）",
     [("关于印发〈新冠肺炎防控方案〉的通知", "联防联控机制综发〔2020〕229号")]),
    # no documents: a version and an ordinary bracket
    ("严格落实新冠肺炎诊疗方案(试行第八版)。", []),
    ("实行2次新冠病毒核酸检测(第1天和第7天)。", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_references(text, expected):
    refs = find_references(text)
    assert [(r.title, r.doc_number) for r in refs] == expected
    assert all(text[r.start:r.end] == r.text for r in refs)


DOC_NUMBERS = [
    ("渝肺炎组办发〔2021〕22号", True),  # 〔〕
    ("渝府办发[2020]15号", True),  # []
    ("国卫办医函（2020）第10号", True),  # （） and 第
    ("2021年1月25日", False),  # a date
    ("第八版", False),
]


@pytest.mark.parametrize("text, matches", DOC_NUMBERS)
def test_doc_number_pattern(text, matches):
    assert bool(DOC_NUMBER.fullmatch(text)) is matches


def test_doc_number_groups():
    m = DOC_NUMBER.fullmatch("渝肺炎组办发〔2021〕22号")
    assert (m["issuer"], m["year"], m["number"]) == ("渝肺炎组办发", "2021", "22")


def test_gold_doc_numbers_match():
    # the numbers printed on the seed notices are recognised whole
    numbers = [json.loads(p.read_text(encoding="utf-8"))["doc_number"] for p in sorted(GOLD_DIR.glob("0*.json"))]
    numbers = [n for n in numbers if n]
    assert numbers and all(DOC_NUMBER.fullmatch(n) for n in numbers)
