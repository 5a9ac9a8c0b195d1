"""The Chinese catalog pages and exports, over the seeds' catalog (no browser)."""
from __future__ import annotations

import asyncio
import csv
import io
import json
import re
from urllib.parse import quote

import pytest

from datasette.utils import tilde_encode

from db.serve import make_datasette
from notices.catalog import build_catalog


@pytest.fixture(scope="module")
def ds(tmp_path_factory, extracted):
    # A file not called notices.db: the pages are still under /notices/.
    db_path = tmp_path_factory.mktemp("pages") / "other.db"
    build_catalog([extracted[name] for name in sorted(extracted)], db_path)
    ds = make_datasette(db_path)
    asyncio.run(ds.invoke_startup())
    return ds


def get(ds, path):
    return asyncio.run(ds.client.get(quote(path, safe="/?=&~%")))


@pytest.mark.parametrize("spelling", ["市卫健委", "市卫生健康委", "重庆市卫生健康委员会"])
def test_every_spelling_of_a_body_finds_its_measures(ds, spelling):
    rows = get(ds, f"/notices/measures_of_unit.json?unit={spelling}&_shape=array").json()
    assert len(rows) == 9


@pytest.mark.parametrize("spelling", ["市卫健委", "市卫生健康委"])
def test_a_unit_page_asked_for_by_another_name_leads_to_the_unit(ds, spelling):
    # Tilde-encoded, as Datasette's own links and its redirect of %-encoded paths give them.
    response = get(ds, "/notices/units/" + tilde_encode(spelling))
    assert response.status_code == 302
    assert response.headers["location"] == "/notices/units/" + tilde_encode("重庆市卫生健康委员会")
    assert get(ds, "/notices/units/" + tilde_encode("没有这个单位")).status_code == 404


def test_a_name_written_for_several_units_lists_all_their_measures(ds, extracted):
    # 政府 stands for 各区政府, 有关区政府 and 乡镇政府 in the seeds.
    response = get(ds, "/notices/units/" + tilde_encode("政府"))
    assert response.status_code == 302
    assert response.headers["location"] == "/notices/measures_of_unit?unit=" + quote("政府")
    rows = get(ds, "/notices/measures_of_unit.json?unit=政府&_shape=array").json()
    documents = list(extracted.values())
    names = {u["name"] for d in documents for m in d["measures"] for u in m["units"] if u["mention"] == "政府"}
    assert len(names) == 3
    assert {r["measure"] for r in rows} == {f"{d['source']}#{m['path']}" for d in documents for m in d["measures"]
                                            if any(u["name"] in names for u in m["units"])}


def test_the_notice_page_reads_like_the_notice(ds):
    page = get(ds, "/notices/notices/002_79e7738ce50ad15f~2Etxt").text
    assert "关于进一步做好当前新冠肺炎疫情防控工作的通知</h1>" in page
    assert "<dt>文号</dt>" in page and "<dt>日期</dt>" in page
    items = page.split('class="catalog-measure-item"')[1:]
    assert len(items) == 23
    assert all('class="measure-number" href="/notices/measures/002_79e7738ce50ad15f~2Etxt~23' in i for i in items)


def test_pages_carry_no_english_chrome(ds):
    for path in ["/", "/notices", "/notices/measures", "/notices/units/各区县", "/notices/search_newest?q=隔离", "/notices/nope",
                 "/notices/measures/002_79e7738ce50ad15f~2Etxt~234~2E12"]:
        page = get(ds, path).text
        for word in (">home<", "Run SQL", " results", "Links from other tables", "Error 404", "This data as",
                     "Data license", ">Tables<"):
            assert word not in page, (path, word)


def test_change_lines_fit_on_one_screen(ds):
    page = get(ds, "/notices/measures/002_79e7738ce50ad15f~2Etxt~234~2E12").text
    panels = [p for p in page.split('class="catalog-link"')[1:] if "catalog-changes" in p]
    assert panels
    for panel in panels:
        changes = panel.split('class="catalog-changes"')[1].split("<table")[0]
        assert changes.count('<li class="') <= 10  # one line per aspect, not per item
        assert changes.count("14天 → ") <= 1 or changes.count("— → 14天") <= 1


def test_a_csv_export_opens_in_excel_with_chinese_intact(ds):
    body = get(ds, "/notices/measures.csv?_labels=on").content
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0][0] == "id" and any("隔离" in cell for row in rows for cell in row)
    # A row of the export says which notice it is from, without a second file.
    header = rows[0]
    row = dict(zip(header, next(r for r in rows[1:] if r[header.index("id")].startswith("002_"))))
    assert (row["notice_title"], row["doc_number"], row["notice_date"]) == (
        "关于进一步做好当前新冠肺炎疫情防控工作的通知", "渝肺炎组发〔2021〕1号", "2021-01-25")


def test_an_unknown_topic_says_so(ds):
    page = get(ds, "/notices/topic_timeline?topic=不存在的主题").text
    assert "没有名为“不存在的主题”的主题" in page and "/notices/topics" in page


def test_measures_in_force_on_a_date(ds):
    def found(date):
        return {r["measure"] for r in get(ds, f"/notices/in_force_on.json?topic=来往人员&date={date}&_shape=array").json()}

    before, after = found("2021-01-24"), found("2021-01-26")
    # 002 (2021-01-25) restates 001's 1.6 as its 4.12: the day after, 4.12 is the one in force.
    assert "002_79e7738ce50ad15f.txt#4.12" in after and "002_79e7738ce50ad15f.txt#4.12" not in before
    # 001 is undated: it counts from the start of 2020, the year of its number.
    assert "001_eb84b56d6e19529f.txt#1.6" in before and "001_eb84b56d6e19529f.txt#1.6" not in after
    assert "日期“2021/1/26”的格式不对" in get(ds, "/notices/in_force_on?topic=隔离&date=2021/1/26").text


def test_each_task_on_the_front_page_answers_its_question(ds):
    # Every form of the front page, filled in as a user would: its action and field
    # names must reach the query that answers it, with rows about what was asked.
    page = get(ds, "/").text
    forms = dict(re.findall(r'<form[^>]*action="([^"]+)"[^>]*>(?:(?!</form>).)*?<input[^>]*name="([^"]+)"', page, re.S))
    answers = {
        "/notices/measures_of_unit": ("市卫健委", "卫生健康委"),
        "/notices/search_newest": ("核酸检测", "核酸检测"),
        "/notices/search_measures": ("口罩", "口罩"),
    }
    for action, (value, expected) in answers.items():
        assert action in forms, action
        rows = get(ds, f"{action}.json?{forms[action]}={quote(value)}&_shape=array").json()
        assert rows and all(expected in json.dumps(row, ensure_ascii=False) for row in rows), (action, rows[:1])
    # The topic box takes the Chinese name: the same history as the topic's key.
    timeline = "/notices/topic_timeline"
    by_name = get(ds, f"{timeline}.json?{forms[timeline]}={quote('隔离')}&_shape=array").json()
    assert by_name and by_name == get(ds, f"{timeline}.json?topic=quarantine&_shape=array").json()


def test_hiding_the_column_a_table_is_sorted_by_keeps_the_page(ds):
    # Datasette reads the next page's key from the sort column: hidden, it answered 500.
    for path in ["/notices/measures?_nocol=seq&_nocol=heading&_size=5", "/notices/measures.json?_nocol=seq&_nocol=heading&_size=5"]:
        response = get(ds, path)
        assert response.status_code == 200, path
    columns = response.json()["columns"]
    assert "seq" in columns and "heading" not in columns  # the other hidden column stays hidden
