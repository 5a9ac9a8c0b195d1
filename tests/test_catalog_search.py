"""Searching the catalog: the query rewriting, table search, facets, canned queries and a
topic's timeline, over the seeds' catalog (tests/conftest.py builds it once per session
from every seed through the real pipeline)."""
from __future__ import annotations

from collections import Counter
from urllib.parse import quote

import pytest

from db.build import VIEWS, build
from db.plugin import CATALOG_VIEWS, index_text, match_expression
from catalog_support import (
    UNIT, N000, N001, N002, N003, N004, unit_names, measure_ids, all_measures, fetch, rows,
    started, isolation,
)


# --- search: the query rewriting ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("核酸检测", "核酸 酸检 检测 测"),  # bigrams, then the last character alone
    ("隔离。核酸", "隔离 离 核酸 酸"),  # punctuation ends a run
    ("24小时内", "24小 小时 时内 内"),  # a number is one unit
    ("ＫＴＶ等", "ktv等 等"),  # full-width folded, case folded
    ("", ""),
    (None, ""),
])
def test_index_text(text, expected):
    assert index_text(text) == expected


@pytest.mark.parametrize("query, expected", [
    ("隔离", '"隔离"'),  # whole bigrams: no prefix, which would make FTS5 gather every match first
    ("核酸检测", '"核酸 酸检 检测"'),  # one phrase: the characters in this order
    ("隔离 核酸", '"隔离" "核酸"'),  # two words: both must occur
    ("隔", '"隔" *'),  # one character: prefix of any bigram
    ("ktv", '"ktv" *'),  # an ASCII word may be cut short: ktv matches ktvs
    ("核酸PC", '"核酸 酸pc" *'),  # so may one that ends a Chinese phrase
    ('"隔离', '"隔离"'),  # an unbalanced quote is dropped
    ("AND OR NEAR *", '"and" * "or" * "near" *'),  # operators become plain words
    ("NEAR(隔离 核酸)", '"near" * "隔离" "核酸"'),
    ("* ^ ( ) : -", '""'),  # nothing searchable: matches nothing, no syntax error
    ("", '""'),
    (None, '""'),
])
def test_match_expression(query, expected):
    assert match_expression(query) == expected


def test_match_expression_bounds_long_queries():
    assert match_expression("隔离" * 10_000).count(" ") < 250

# --- the site: search, facets, canned queries -------------------------------------

@pytest.fixture(scope="session")
def unit_measures(gold) -> set[str]:
    """The measures whose gold units include 市卫生健康委: the expected answer."""
    expected = measure_ids(gold, lambda m: UNIT in unit_names(m))
    assert len(expected) == 9
    assert sum(i.startswith("001_") for i in expected) == 7 and sum(i.startswith("002_") for i in expected) == 2
    return expected


def canonical_name(db, form: str) -> str:
    """The unit a written form stands for, as the catalog's units table says."""
    found = db.execute("select u.name from units u where u.name = ? or exists "
                       "(select 1 from json_each(u.aliases) where json_each.value = ?)", [form, form]).fetchall()
    assert len(found) == 1, found
    return found[0]["name"]


def test_unit_filter_and_canned_query_give_the_nine_measures_of_a_unit(ds, db, unit_measures):
    by_query = rows(ds, f"/notices/measures_of_unit.json?unit={quote(UNIT)}")
    assert [r["measure"] for r in by_query] and len(by_query) == 9
    assert {r["measure"] for r in by_query} == unit_measures
    # The measures table is filtered on canonical names; the form written in the notice filters measure_units.
    name = canonical_name(db, UNIT)
    by_filter = rows(ds, f"/notices/measures.json?units__arraycontains={quote(name)}")
    assert {r["id"] for r in by_filter} == unit_measures
    by_mention = rows(ds, f"/notices/measure_units.json?mention={quote(UNIT)}&_labels=off")
    assert {r["measure"] for r in by_mention} == unit_measures


# (query, why): each must find exactly the measures whose text or unit names contain every word.
SEARCHES = [
    ("隔离", "two-character word"),
    ("口罩", "two-character word"),
    ("核酸检测", "four characters: one bigram phrase"),
    ("市卫生健康委", "a unit's written form"),
    ("重庆市卫生健康委员会", "a unit's canonical name, not in any text"),
    ("隔离 核酸", "two words: both required"),
    ("离", "one character"),
    ("14天", "digits then Chinese"),
    ("KTV", "ASCII letters"),
    ("检测核酸", "the same characters in another order: not a match"),
]


@pytest.mark.parametrize("query, why", SEARCHES)
def test_table_search_finds_what_a_substring_check_finds(ds, documents, query, why):
    def contains_all(m):
        haystack = ((m.get("heading") or "") + " " + m["text"] + " " + " ".join(unit_names(m))).lower()
        return all(word.lower() in haystack for word in query.split())

    expected = measure_ids(documents, contains_all)
    found = rows(ds, f"/notices/measures.json?_search={quote(query)}")
    assert {r["id"] for r in found} == expected, why
    ranked = rows(ds, f"/notices/search_measures.json?q={quote(query)}")
    assert {r["measure"] for r in ranked} == expected, why
    newest = rows(ds, f"/notices/search_newest.json?q={quote(query)}")
    assert {r["measure"] for r in newest} == expected, why


def test_newest_first_search_lists_matches_in_reverse_issue_order(tmp_path):
    # Notices given oldest last: the order must come from their dates, not from the input.
    notices = [
        {"source": f"n{i}.txt", "title": f"第{i}号通知", "date": f"2020-0{i}-01",
         "measures": [{"path": str(k), "text": f"第{k}条。各单位要落实隔离措施{k}。"} for k in (1, 2)]}
        for i in (3, 1, 2)
    ]
    db_path = tmp_path / "notices.db"
    build(notices, db_path)
    found = rows(started(db_path), f"/notices/search_newest.json?q={quote('隔离')}")
    assert [r["measure"] for r in found] == [f"n{i}.txt#{k}" for i in (3, 2, 1) for k in (2, 1)]


@pytest.mark.parametrize("word, at_least", [("隔离", 5), ("核酸检测", 5), ("口罩", 2), ("市卫生健康委", 9), ("KTV", 1)])
def test_search_words_that_must_be_found(ds, documents, word, at_least):
    # The substring comparison above is only meaningful if the words occur.
    found = {r["id"] for r in rows(ds, f"/notices/measures.json?_search={quote(word)}")}
    assert len(found) >= at_least
    measures = all_measures(documents)
    assert all(word in measures[i]["text"] or word in unit_names(measures[i]) for i in found)


def test_ranked_search_puts_the_closest_measure_first(tmp_path):
    measures = [
        {"path": "1", "heading": "通风", "text": "通风。各单位要加强通风，提及隔离一次。"},
        {"path": "2", "heading": "集中隔离", "text": "集中隔离。隔离场所要落实隔离管理，隔离人员不得外出。"},
    ] + [
        # Words in most measures weigh nothing in bm25: the others must not mention 隔离.
        {"path": str(i), "heading": "消毒", "text": f"消毒。第{i}类场所要做好消毒。"} for i in range(3, 9)
    ]
    db_path = tmp_path / "notices.db"
    build([{"source": "gen.txt", "title": "测试通知", "measures": measures}], db_path)
    found = rows(started(db_path), f"/notices/search_measures.json?q={quote('隔离')}")
    assert [r["measure"] for r in found] == ["gen.txt#2", "gen.txt#1"]


@pytest.mark.parametrize("query, expected", [
    ("社会面管控", [N003]),  # in a title
    ("渝肺炎组发", [N002]),  # in a document number
    ("劝返鄂籍车辆", [N004]),  # in a headline of a news page
])
def test_notices_are_searchable(ds, query, expected):
    found = rows(ds, f"/notices/notices.json?_search={quote(query)}")
    assert [r["id"] for r in found] == expected


def test_facets_on_units_and_deadline_kinds(ds, db, documents, unit_measures):
    data = fetch(ds, "/notices/measures.json?_size=0").json()
    # Bodies that must act and the parties a measure regulates are faceted apart.
    bodies = {f["value"]: f["count"] for f in data["facet_results"]["bodies"]["results"]}
    parties = {f["value"] for f in data["facet_results"]["parties"]["results"]}
    assert bodies[canonical_name(db, UNIT)] == len(unit_measures)
    assert "KTV" in parties and "KTV" not in bodies and canonical_name(db, UNIT) not in parties
    kinds = fetch(ds, "/notices/deadlines.json?_facet=kind&_size=0").json()["facet_results"]["kind"]["results"]
    expected = Counter(d["kind"] for m in all_measures(documents).values() for d in m["deadlines"])
    assert {f["value"]: f["count"] for f in kinds} == expected


def test_time_limits_of_a_unit_are_the_ones_that_bind_it(ds, gold):
    unit = "各区县"
    # Gold's measures of 各区县 hold ten deadlines (2.5 three, 4.13, 6.18, 7.20 four, closing of 002) …
    in_its_measures = Counter(
        f"{d['source']}#{m['path']}" for d in gold for m in d.get("measures", []) if unit in unit_names(m)
        for _ in m["deadlines"])
    assert sum(in_its_measures.values()) == 10
    found = rows(ds, f"/notices/time_limits_of_unit.json?unit={quote(unit)}")
    # … but only those whose sentence makes 各区县 act are its own: not 2.5's 主城都市区 3—5天,
    # 6.18's report by a clinic, nor 7.20's 医疗机构, 疾控机构, 区县政府 and 领导小组.
    assert Counter(r["measure"] for r in found) == Counter(
        {f"{N002}#2.5": 2, f"{N002}#4.13": 1, f"{N002}#closing": 1})
    assert {r["obliged"] for r in found} == {unit}
    actions = {r["deadline_text"]: r["action"] for r in found}
    assert actions["12小时内"] == "转运到集中隔离场所" and "应急演练" in actions["春节前"]


def test_a_measure_across_notices(ds, db):
    found = {r["other_measure"] for r in rows(
        ds, f"/notices/measure_across_notices.json?measure={quote(f'{N002}#4.12')}")}
    # Both links annotators agree on are found (tests/data/links.json) …
    assert {f"{N001}#1.6", f"{N003}#3"} <= found
    # … and every link stored for the measure, from either end, is listed.
    stored = db.execute("select measure_a, measure_b from links where ? in (measure_a, measure_b)",
                        [f"{N002}#4.12"]).fetchall()
    assert found == {a if b == f"{N002}#4.12" else b for a, b in stored}


def test_view_ids_link_to_their_pages(ds, db):
    assert set(VIEWS) == CATALOG_VIEWS  # the plugin keeps its own copy of the names
    page = fetch(ds, f"/notices/unit_obligations?unit={quote(canonical_name(db, UNIT))}").text
    assert 'href="/notices/measures/001_eb84b56d6e19529f~2Etxt~231~2E1"' in page


def test_views_answer_the_common_questions(ds, db, documents, unit_measures):
    obligations = rows(ds, f"/notices/unit_obligations.json?unit={quote(canonical_name(db, UNIT))}")
    assert {r["measure"] for r in obligations} == unit_measures and all(r["notice_title"] for r in obligations)
    measures = all_measures(documents)
    limits = rows(ds, "/notices/time_limits.json")
    assert len(limits) == sum(len(m["deadlines"]) for m in measures.values())
    assert next(r for r in limits if r["deadline"] == f"{N002}#4.13#d0")["units"] == "各区县"
    # A threshold is listed once, under the topic of its own clause.
    thresholds = rows(ds, "/notices/topic_thresholds.json")
    assert Counter((r["measure"], r["topic"]) for r in thresholds) == Counter(
        (key, t["topic"]) for key, m in measures.items() for t in m["thresholds"])


# --- a topic's timeline ---------------------------------------------------------------

def test_topic_timeline_lists_a_topics_measures_in_issue_order(ds, db, documents):
    timeline = rows(ds, "/notices/topic_timeline.json?topic=quarantine")
    measures = all_measures(documents)
    expected = {key for key, m in measures.items() if "quarantine" in {t["topic"] for t in m["topics"]}}
    assert {r["measure"] for r in timeline} == expected and len(timeline) == len(expected)
    # Notices in issue order: 〔2020〕1号 and 〔2020〕30号 (undated), then 2021-01-25, 2021-11-03.
    order = [N000, N001, N002, N003]
    notices = [r["notice"] for r in timeline]
    assert notices == sorted(notices, key=order.index)
    for r in timeline:
        m = measures[r["measure"]]
        in_text = lambda items: "；".join(x["text"] for x in sorted(items, key=lambda x: x["start"])) or None  # noqa: E731
        assert (r["thresholds"], r["deadlines"]) == (in_text(m["thresholds"]), in_text(m["deadlines"]))
        # The previous counterpart is a linked measure of the latest earlier notice that has one.
        earlier = db.execute(
            "select l.measure_a, l.notice_a, l.change_type from links l join notices n on n.id = l.notice_a "
            "where l.measure_b = ? order by n.sort_key desc, l.similarity desc", [r["measure"]]).fetchall()
        if earlier:
            assert (r["previous_measure"], r["previous_notice"], r["change_type"]) == tuple(earlier[0])
            assert order.index(r["previous_notice"]) < order.index(r["notice"])
        else:
            assert r["previous_measure"] is r["change_type"] is None
    # 002's 4.12 restates 001's 1.6 (tests/data/links.json): its previous notice is 001, not 000.
    assert next(r for r in timeline if r["measure"] == f"{N002}#4.12")["previous_notice"] == N001
    # A topic is also found by its OxCGRT indicator.
    assert rows(ds, "/notices/topic_timeline.json?topic=H2") == rows(ds, "/notices/topic_timeline.json?topic=testing")
    assert rows(ds, "/notices/topic_timeline.json?topic=nothing") == []

def test_topic_timeline_of_generated_notices(isolation):
    timeline = rows(isolation, "/notices/topic_timeline.json?topic=隔离")  # a Chinese name of quarantine
    assert [(r["measure"], r["thresholds"], r["previous_measure"], r["change_type"], r["number_changes"])
            for r in timeline] == [
        ("a.txt#1", "14天", None, None, None),  # 〔2020〕: first, though undated
        ("b.txt#1", "10天", "a.txt#1", "relaxed", "集中隔离天数 14天 → 10天"),  # undated 〔2021〕: before the dated one
        ("c.txt#1", "7天", "b.txt#1", "relaxed", "集中隔离天数 10天 → 7天"),  # the latest earlier notice, not a.txt
    ]
