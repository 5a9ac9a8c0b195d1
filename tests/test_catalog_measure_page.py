"""The measure page (db/plugin.py, db/templates/_catalog_measure.html): highlights, the raw
file, counterparts and their diffs, over the seeds' catalog (tests/conftest.py builds it
once per session from every seed through the real pipeline)."""
from __future__ import annotations

import sqlite3

import pytest
from bs4 import BeautifulSoup
from datasette.utils import tilde_encode

from db.build import build
from db.plugin import highlight, link_diff, numbers_marked
from catalog_support import CORPUS, N001, N002, N003, all_measures, fetch, isolation


# --- the measure page -----------------------------------------------------------

def measure_page(ds, measure_id: str) -> BeautifulSoup:
    response = fetch(ds, f"/notices/measures/{tilde_encode(measure_id)}")
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def test_measure_page_highlights_units_deadlines_and_links_its_sources(ds, documents):
    key = f"{N002}#4.13"
    page = measure_page(ds, key)
    m = all_measures(documents)[key]
    text = page.select_one("#measure-text")
    assert text.get_text() == m["text"]
    assert [x.get_text() for x in text.select("mark.deadline")] == ["12小时内"]
    assert "各区县" in [x.get_text() for x in text.select("mark.unit")]
    assert [x.get_text() for x in text.select("mark.threshold")] == [t["text"] for t in m["thresholds"]]
    hrefs = [a["href"] for a in page.select(".catalog-source a")]
    assert "/notices/notices/002_79e7738ce50ad15f~2Etxt" in hrefs
    assert any(h.startswith("/notices/paragraphs/002_79e7738ce50ad15f~2Etxt~23p") for h in hrefs)


def test_measure_page_shows_the_measure_in_its_raw_file_with_its_items_marked(ds, db, documents):
    key = f"{N002}#4.13"
    m = all_measures(documents)[key]
    raw = (CORPUS / N002).read_text(encoding="utf-8")
    start, = db.execute("select raw_start from measures where id = ?", [key]).fetchone()
    excerpt = measure_page(ds, key).select_one("#raw-text")
    # The excerpt is the raw file as it stands there, the measure inside it with context around.
    assert raw[start:start + len(excerpt.get_text())] == excerpt.get_text()
    assert excerpt.select("span.context") and excerpt.select_one("span.context").get_text()
    assert [x.get_text() for x in excerpt.select("mark.deadline")] == [d["text"] for d in m["deadlines"]] == ["12小时内"]
    assert "各区县" in [x.get_text() for x in excerpt.select("mark.unit")]
    # The raw file breaks a line inside the threshold the clean text joins.
    assert ["".join(x.get_text().split()) for x in excerpt.select("mark.threshold")] == [t["text"] for t in m["thresholds"]]


def test_a_measure_whose_raw_file_is_gone_has_no_raw_excerpt(tmp_path, documents):
    moved = [dict(d, path=str(tmp_path / "gone.txt")) for d in documents[:1]]
    build(moved, tmp_path / "notices.db")
    stored = sqlite3.connect(tmp_path / "notices.db").execute("select raw_text from measures").fetchall()
    assert stored and all(text is None for text, in stored)


def test_raw_files_are_read_from_the_folder_the_extraction_ran_in(tmp_path, monkeypatch, documents):
    # The documents name their files from the repository (corpus/000_….txt); a build run
    # elsewhere finds them through `root`, and without it says how many it missed.
    monkeypatch.chdir(tmp_path)
    missed = build(documents[:1], tmp_path / "missed.db")
    assert missed.raw_missing == 1
    found = build(documents[:1], tmp_path / "found.db", root=CORPUS.parent)
    assert found.raw_missing == 0
    stored = sqlite3.connect(tmp_path / "found.db").execute("select raw_text from measures").fetchall()
    assert all(text for text, in stored)


def test_measure_page_shows_counterparts_in_earlier_and_later_notices(ds, db, documents):
    key = f"{N002}#4.12"
    page = measure_page(ds, key)
    measures = all_measures(documents)
    panels = {div["data-measure"]: div for div in page.select("div.catalog-link")}
    stored = db.execute("select measure_a, measure_b from links where ? in (measure_a, measure_b)", [key]).fetchall()
    earlier = {a for a, b in stored if b == key}
    later = {b for a, b in stored if a == key}
    assert set(panels) == earlier | later and f"{N001}#1.6" in earlier and f"{N003}#3" in later
    for other, panel in panels.items():
        old, new = (other, key) if other in earlier else (key, other)
        # Each side of the diff is its measure's text, as written (full-width brackets and all).
        assert panel.select_one("td.earlier").get_text() == measures[old]["text"]
        assert panel.select_one("td.later").get_text() == measures[new]["text"]
        assert panel.select("td.earlier del") and panel.select("td.later ins")
        assert not panel.select("td.earlier ins") and not panel.select("td.later del")
    # Numbers that came in with 4.12 are emphasised where they were inserted.
    inserted = panels[f"{N001}#1.6"].select("td.later ins strong.number")
    assert {"14", "7", "28"} <= {s.get_text() for s in inserted}
    # The page of either end shows the other.
    assert f"{N002}#4.12" in {d["data-measure"] for d in measure_page(ds, f"{N001}#1.6").select("div.catalog-link")}
    assert f"{N002}#4.12" in {d["data-measure"] for d in measure_page(ds, f"{N003}#3").select("div.catalog-link")}
    lone = measure_page(ds, f"{N001}#1.2")
    assert not lone.select("div.catalog-link") and "No linked measure" in lone.get_text()


def test_measure_page_marks_a_changed_number(isolation):
    page = measure_page(isolation, "b.txt#1")
    (earlier,) = [d for d in page.select("div.catalog-link") if d["data-measure"] == "a.txt#1"]
    (later,) = [d for d in page.select("div.catalog-link") if d["data-measure"] == "c.txt#1"]
    # b.txt is the later side of its link with a.txt, the earlier side of its link with c.txt.
    assert [s.get_text() for s in earlier.select("td.earlier del strong.number")] == ["14"]
    assert [s.get_text() for s in earlier.select("td.later ins strong.number")] == ["10"]
    assert [s.get_text() for s in later.select("td.earlier del strong.number")] == ["10"]
    assert [s.get_text() for s in later.select("td.later ins strong.number")] == ["7"]
    change = later.select_one(".catalog-changes li.threshold")
    assert "10天 → 7天" in change.get_text() and [s.get_text() for s in change.select("strong.number")] == ["10", "7"]
    # The full-width brackets of the text survive compare's folding.
    assert "（两次）" in later.select_one("td.later").get_text()
    assert earlier.select_one(".change-type").get_text() == "放宽"


@pytest.mark.parametrize("text, spans, expected", [
    ("ab", [], [("ab", "", "")]),
    ("市卫生健康委负责", [(0, 6, "unit", "u")], [("市卫生健康委", "unit", "u"), ("负责", "", "")]),
    # A unit inside a deadline: the overlap carries both kinds.
    ("在2小时内报告", [(1, 5, "deadline", "d"), (1, 2, "unit", "x")],
     [("在", "", ""), ("2", "deadline unit", "d | x"), ("小时内", "deadline", "d"), ("报告", "", "")]),
    ("短", [(0, 9, "unit", "")], [("短", "", "")]),  # a span past the end is ignored
])
def test_highlight(text, spans, expected):
    assert highlight(text, spans) == expected


@pytest.mark.parametrize("text, expected", [
    ("隔离14天", [("隔离", False), ("14", True), ("天", False)]),
    ("0.5米，95%", [("0.5", True), ("米，", False), ("95%", True)]),  # decimals and percentages are one number
    ("１４天", [("１４", True), ("天", False)]),  # full-width digits as written
    ("一律隔离", [("一律隔离", False)]),  # Chinese numerals are words here: 一律 is no number
    ("", []),
])
def test_numbers_marked(text, expected):
    assert numbers_marked(text) == expected


def plain(segments) -> list[tuple[str, str]]:
    return [(tag, "".join(piece for piece, _ in pieces)) for tag, pieces in segments]


@pytest.mark.parametrize("ops, a, b, earlier, later", [
    # A number replaced: deleted on the earlier side, inserted on the later, the rest shared.
    ([{"op": "equal", "a": "隔离"}, {"op": "replace", "a": "14", "b": "7"}, {"op": "equal", "a": "天"}],
     "隔离14天", "隔离7天",
     [("", "隔离"), ("del", "14"), ("", "天")], [("", "隔离"), ("ins", "7"), ("", "天")]),
    # Pure insertions and deletions appear on one side only.
    ([{"op": "delete", "a": "进一步"}, {"op": "equal", "a": "加强"}, {"op": "insert", "b": "管控"}],
     "进一步加强", "加强管控",
     [("del", "进一步"), ("", "加强")], [("", "加强"), ("ins", "管控")]),
    # compare/ diffs NFKC-folded text; the sides show the text as written.
    ([{"op": "equal", "a": "检测("}, {"op": "replace", "a": "2", "b": "3"}, {"op": "equal", "a": "次),"}],
     "检测（2次），", "检测（3次），",
     [("", "检测（"), ("del", "2"), ("", "次），")], [("", "检测（"), ("ins", "3"), ("", "次），")]),
    # Ops that do not rebuild the text (a stale link) are shown as stored.
    ([{"op": "replace", "a": "甲", "b": "乙"}], "丙", "乙", [("del", "甲")], [("ins", "乙")]),
])
def test_link_diff(ops, a, b, earlier, later):
    left, right = link_diff(ops, a, b)
    assert (plain(left), plain(right)) == (earlier, later)


def test_link_diff_marks_numbers_only_where_text_changed():
    ops = [{"op": "equal", "a": "第1条"}, {"op": "replace", "a": "14天", "b": "7天"}]
    left, right = link_diff(ops, "第1条14天", "第1条7天")
    assert left == [("", [("第1条", False)]), ("del", [("14", True), ("天", False)])]
    assert right == [("", [("第1条", False)]), ("ins", [("7", True), ("天", False)])]
