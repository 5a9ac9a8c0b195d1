"""The document-number rule (ingest/docnumber.py), and that every caller applies it alike."""
import pytest

from compare.relations import issue_order as compare_order
from db.build import _issue_key
from ingest import docnumber

# (one spelling, another, the same number?)
SPELLINGS = [
    ("渝肺炎组发〔2021〕1号", "渝肺炎组发[2021]第1号", True),  # 第 and brackets folded
    ("渝肺炎组发（2021）1号", "渝肺炎组发［２０２１］１号", True),  # full-width digits and brackets
    ("渝肺炎组发〔2021〕1号", "渝肺炎组发〔2021〕11号", False),
    ("渝肺炎组发〔2021〕1号", "渝肺炎组发〔2020〕1号", False),
    ("渝 肺炎组发 〔2021〕 1 号", "渝肺炎组发〔2021〕1号", True),  # white space of a wrapped line
]


@pytest.mark.parametrize("x, y, same", SPELLINGS)
def test_spellings_of_one_number_fold_to_one_key(x, y, same):
    assert (docnumber.fold(x) == docnumber.fold(y)) is same
    assert docnumber.same(x, y) is same


@pytest.mark.parametrize("citation, number, same", [
    ("按照渝肺炎组发〔2021〕1号", "渝肺炎组发〔2021〕第1号", True),  # words before a citation
    ("〔2021〕1号", "渝肺炎组发〔2021〕1号", False),  # no issuer: any office's 1号
    ("市政府令第30号", "第30号", False),
])
def test_a_citation_names_a_number_when_its_issuer_ends_with_the_other(citation, number, same):
    assert docnumber.same(citation, number) is same


@pytest.mark.parametrize("text, parsed", [
    ("第30号", docnumber.DocNumber("", None, 30)),
    ("17号令", docnumber.DocNumber("", None, 17)),
    ("（2020）5号", docnumber.DocNumber("", 2020, 5)),
    ("关于做好防控工作的通知", None),
])
def test_numbers_printed_without_issuer_or_year(text, parsed):
    assert docnumber.parse(text) == parsed


# Notices as (date, document number), in the order they were issued.
IN_ORDER = [
    (None, None),
    ("2020-03-01", "渝府发〔2020〕9号"),
    (None, "〔2021〕5号"),  # known only by the year of its number: first in that year
    ("2021-01-25", "渝肺炎组发〔2021〕1号"),
    ("2021-01-25", "渝肺炎组发〔2021〕3号"),  # same day: by serial
    ("2021-11-03", None),
]


def test_compare_and_the_catalog_sort_notices_alike():
    docs = [{"source": f"n{i}.txt", "date": d, "doc_number": n} for i, (d, n) in enumerate(IN_ORDER)]
    shuffled = docs[::-1]
    assert sorted(shuffled, key=compare_order) == docs
    assert sorted(shuffled, key=_issue_key) == docs


def _notice(source, date, number, issuer="某市疫情防控指挥部"):
    return {"source": source, "issuer": issuer, "date": date, "doc_number": number}


@pytest.mark.parametrize("notices, order", [
    # 第27号 known by its number only: after the dated 第23号 of its issuer, not first in 2022.
    ([_notice("a27", None, "第27号"), _notice("a06", "2022-01-14", "第6号"), _notice("a23", "2022-08-26", "第23号")],
     ["a06", "a23", "a27"]),
    # the year written out in the number (通告2022年第161号); it takes the day of the serial
    # before it, so another issuer's notice of the day after follows it
    ([_notice("b161", None, "通告2022年第161号"), _notice("b145", "2022-09-11", "通告2022年第145号"),
      _notice("x", "2022-09-12", None, issuer="另一县指挥部"), _notice("b185", "2022-09-27", "通告2022年第185号")],
     ["b145", "b161", "x", "b185"]),
    # no dated notice of a lower serial: first in its year, as the notice alone says
    ([_notice("c2", None, "〔2021〕2号"), _notice("c5", "2021-03-01", "〔2021〕5号")], ["c2", "c5"]),
])
def test_a_notice_known_by_its_number_only_follows_its_issuers_serial_before(notices, order):
    orders = docnumber.issue_orders(notices)
    assert sorted(orders, key=orders.get) == order


def test_the_catalog_sorts_a_notice_known_by_its_number_only_after_the_serial_before(tmp_path):
    import sqlite3

    from db.build import build

    docs = [dict(_notice("a27.txt", None, "第27号"), kind="notice", title="某市疫情防控指挥部通告（第27号）",
                 measures=[{"path": "1", "text": "全市开展核酸检测。"}]),
            dict(_notice("a23.txt", "2022-08-26", "第23号"), kind="notice", measures=[]),
            dict(_notice("b.txt", "2022-03-01", None, issuer="另一市指挥部"), kind="notice", measures=[])]
    build(docs, tmp_path / "n.db")
    conn = sqlite3.connect(tmp_path / "n.db")
    assert [r[0] for r in conn.execute("select id from notices order by sort_key")] == ["b.txt", "a23.txt", "a27.txt"]
    assert conn.execute("select sort_key from measures").fetchone()[0].startswith("2022|2022-08-26|000027|a27.txt|")
