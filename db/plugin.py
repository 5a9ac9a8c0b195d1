"""Datasette plugin of the notices catalog: Chinese search and the measure page.

Search. FTS5's stock tokenizers do not segment Chinese: `unicode61` reads a whole
run of Chinese characters as one token, and `trigram` cannot match two-character
words (`隔离`, `口罩`); a jieba-segmented index misses queries segmented another way
(`核酸检测`, `市卫生健康委`). So db/build.py indexes a copy of the text in which
every run of letters becomes its overlapping bigrams plus its last unit
(`核酸检测` → `核酸 酸检 检测 测`, see `index_text`), and this plugin rewrites what a
user types into one bigram phrase per word (`"核酸 酸检 检测" *`, see
`match_expression`). A phrase of bigrams matches exactly where the characters
occur in that order, so a query finds what `LIKE '%…%'` finds, ranked by bm25.
Runs of ASCII letters or digits count as one unit (`KTV`, `24`).

The rewriting is installed as Datasette's `escape_fts` SQL function, which the
table page applies to `?_search=` in its default (escaped) search mode: the
ordinary search box of every table with an `fts_table` then searches Chinese.
It is also registered as `cjk_match` for the ranked canned queries. It only
emits quoted runs of letters and digits, so no input (unbalanced quotes,
`AND OR NEAR *`, a page of text) can make an FTS5 syntax error.

The measure page (`extra_template_vars`, templates/_catalog_measure.html) shows
the measure with its units, deadlines and thresholds highlighted, and its
counterparts in earlier and later notices side by side, using the word diff and
the number changes compare/ stored in each link.

This file imports only the standard library and Datasette, so it can be copied
alone into a `--plugins-dir` when the catalog is published.
"""
from __future__ import annotations

import functools
import json
import re
import sqlite3
import sys
import unicodedata
import weakref
from functools import partial
from urllib.parse import parse_qsl, unquote, urlencode

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.plugins import pm
from datasette.utils import (
    add_cors_headers, await_me_maybe, escape_sqlite, tilde_decode, tilde_encode,
    urlsafe_components,
)
from datasette.utils.asgi import Base400, NotFound, Response
from datasette.views.base import DatasetteError
from jinja2 import pass_context
from markupsafe import Markup, escape

# Longer queries are cut: nobody types more, and it bounds the work per request.
MAX_QUERY_CHARS = 200
# The longest string or blob, in bytes, a query may read or make. The longest value a
# catalog holds is a few kilobytes (a long paragraph, a link's word diff); without a
# cap, `select randomblob(900000000)` builds a gigabyte, then its JSON. A request can
# still return max_returned_rows values of this size: arbitrary SQL can be switched
# off (`allow_sql: false`, `notices serve --no-sql`), see the README.
MAX_VALUE_BYTES = 1_000_000

# A unit of text: a run of ASCII letters/digits, or any other single letter or digit.
_UNIT = re.compile(r"[0-9a-z]+|[^\W_0-9a-z]")


def _runs(text: str) -> list[list[str]]:
    """Units of `text`, grouped into runs that no space or punctuation interrupts."""
    runs: list[list[str]] = []
    end = None
    for m in _UNIT.finditer(unicodedata.normalize("NFKC", text).casefold()):
        if m.start() != end:
            runs.append([])
        runs[-1].append(m.group())
        end = m.end()
    return runs


def _bigrams(run: list[str]) -> list[str]:
    return [a + b for a, b in zip(run, run[1:])]


def index_text(text: str | None) -> str:
    """The bigram-expanded copy of `text` that goes into an FTS5 column."""
    tokens: list[str] = []
    for run in _runs(text or ""):
        # The trailing single unit lets a one-character query find a run's last character.
        tokens += _bigrams(run) + [run[-1]]
    return " ".join(tokens)


def match_expression(query: str | None) -> str:
    """An FTS5 MATCH expression finding `query`: every word must occur, as a phrase.

    Words are ANDed, so `隔离 核酸` needs both. A phrase ends in a prefix where its
    last token may be cut short: a one-character word matches the bigrams that
    start with it, and `kt` matches `ktv`. Elsewhere the tokens are whole bigrams,
    and no prefix: FTS5 gathers every match of a prefix before it returns the first.
    A query with no letters or digits gives `""`, which FTS5 accepts and which
    matches nothing.

    >>> match_expression("隔离 离"), match_expression("核酸PC")
    ('"隔离" "离" *', '"核酸 酸pc" *')
    """
    phrases = [
        '"{}"{}'.format(" ".join(_bigrams(run) or run), " *" if len(run) == 1 or run[-1].isascii() else "")
        for run in _runs(str(query or "")[:MAX_QUERY_CHARS])
    ]
    return " ".join(phrases) or '""'


@hookimpl(trylast=True)
def prepare_connection(conn):
    # trylast: Datasette's own escape_fts is registered by a default plugin; ours must come after.
    conn.create_function("escape_fts", 1, match_expression, deterministic=True)
    conn.create_function("cjk_match", 1, match_expression, deterministic=True)
    conn.set_authorizer(_hide_database_file)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)


# --- the measure page ---------------------------------------------------------

# A number as written in a notice: `14`, `0.5`, `１４`, `95%`.
_NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?")

_SPANS_SQL = """
select start, [end], 'unit' as kind, unit || coalesce(' · ' || role, '') as title
  from measure_units where measure = :id and start is not null
union all
select start, [end], 'deadline', text from deadlines where measure = :id and start is not null
union all
select start, [end], 'threshold', text from thresholds where measure = :id and start is not null
"""

# `other_is_later`: the other measure is in the later notice (links run from earlier a to later b).
_LINKS_SQL = """
select l.similarity, l.status, l.change_type, l.changes, l.measure_a = :id as other_is_later,
  o.id, o.path, o.heading, o.text, n.id as notice, n.title as notice_title, n.date as notice_date
from links l
  join measures o on o.id = case when l.measure_a = :id then l.measure_b else l.measure_a end
  join notices n on n.id = o.notice
where :id in (l.measure_a, l.measure_b)
order by o.sort_key
"""


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[str, str, str]]:
    """Cut `text` at every span edge into (piece, kinds, titles) covering it in order.

    `spans` are (start, end, kind, title); spans may overlap (a unit inside a
    deadline), so a piece carries every kind that covers it, space-separated.
    """
    spans = [s for s in spans if 0 <= s[0] < s[1] <= len(text)]
    cuts = sorted({0, len(text)} | {p for s in spans for p in s[:2]})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s[0] <= a and b <= s[1]]
        pieces.append((
            text[a:b],
            " ".join(sorted({s[2] for s in covering})),
            " | ".join(s[3] for s in covering if s[3]),
        ))
    return pieces


def raw_view(measure: dict) -> dict | None:
    """The measure as its raw file writes it (db/build.py stores the excerpt): the
    context before and after it, and the measure cut as ``highlight`` cuts it."""
    if not measure.get("raw_text"):
        return None
    text, stored = measure["raw_text"], json.loads(measure["raw_marks"])
    a, b = stored["measure"]
    return {"start": measure["raw_start"], "before": text[:a], "after": text[b:],
            "pieces": highlight(text[a:b], [(s - a, e - a, kind, title) for s, e, kind, title in stored["marks"]])}


def numbers_marked(text: str) -> list[tuple[str, bool]]:
    """`text` cut into (piece, is_number) pieces, so that numbers can be emphasised."""
    pieces, at = [], 0
    for m in _NUMBER.finditer(text):
        if m.start() > at:
            pieces.append((text[at:m.start()], False))
        pieces.append((m.group(), True))
        at = m.end()
    if at < len(text):
        pieces.append((text[at:], False))
    return pieces


def _unfold(original: str, parts: list[str]) -> list[str]:
    """`parts` of the NFKC-folded `original`, mapped back onto the original's characters.

    compare/ diffs folded text (`（` became `(`); a reader should see the notice as
    written. When the parts do not rebuild the folded original, they are kept.
    """
    folded = [unicodedata.normalize("NFKC", ch) for ch in original]
    if "".join(folded) != "".join(parts):
        return parts
    # For each folded character, the original character it came from.
    origin = [i for i, f in enumerate(folded) for _ in f]
    origin.append(len(original))
    out, at = [], 0
    for part in parts:
        out.append(original[origin[at]:origin[at + len(part)]])
        at += len(part)
    return out


Segment = tuple[str, list[tuple[str, bool]]]  # ("" | "del" | "ins", [(piece, is_number)])


def link_diff(ops: list[dict], earlier: str, later: str) -> tuple[list[Segment], list[Segment]]:
    """The two sides of a side-by-side view of compare's word diff `ops`.

    The earlier text shows its deleted and replaced words as `del` segments, the
    later text its inserted and replacing words as `ins`; numbers inside those
    segments are marked, since a number that changed is what a reader looks for.
    """
    parts: dict[str, list[tuple[str, str]]] = {"a": [], "b": []}
    for op in ops:
        if op["op"] == "equal":
            # compare/ names equal words once, under `a`.
            parts["a"].append(("", op["a"]))
            parts["b"].append(("", op.get("b", op["a"])))
            continue
        for side, tag in (("a", "del"), ("b", "ins")):
            if op.get(side):
                parts[side].append((tag, op[side]))

    def segments(side: str, original: str) -> list[Segment]:
        tags = [tag for tag, _ in parts[side]]
        texts = _unfold(original, [text for _, text in parts[side]])
        return [(tag, numbers_marked(text) if tag else [(text, False)]) for tag, text in zip(tags, texts) if text]

    return segments("a", earlier), segments("b", later)


def _link_view(link: dict, text: str) -> dict:
    """A link row and what its panel shows: both sides of the diff, and the numbers that moved."""
    changes = json.loads(link["changes"] or "[]")
    words = next((c for c in changes if c.get("kind") == "words" and c.get("ops") is not None), None)
    earlier, later = (text, link["text"]) if link["other_is_later"] else (link["text"], text)
    if words:
        link["earlier_diff"], link["later_diff"] = link_diff(words["ops"], earlier, later)
    else:
        link["earlier_diff"], link["later_diff"] = [("", [(earlier, False)])], [("", [(later, False)])]
    link["diffed"] = words is not None
    link["number_changes"] = merged_changes(c for c in changes if c.get("kind") != "words")
    return link


def _short(side, whole) -> str:
    """A changed value as its number and unit (`14天`), else as written, else a dash."""
    if isinstance(side, dict) and side.get("text"):
        return side["text"]
    return whole if isinstance(whole, str) and whole else "—"


def merged_changes(changes) -> list[dict]:
    """compare/'s change items as one line per aspect, so a panel fits on a screen:
    identical values once (`集中隔离天数 — → 14天`, not fourteen lines), units as
    `责任单位 +有关部门 −各区`, and added or removed requirements counted, their
    texts folded away under the line."""
    groups: dict[tuple, list[dict]] = {}
    for c in changes:
        groups.setdefault((c.get("kind"), c.get("aspect")), []).append(c)
    lines = []
    for (kind, aspect), items in groups.items():
        directions = {c.get("direction") for c in items} - {None}
        direction = directions.pop() if len(directions) == 1 else ("mixed" if directions else None)
        details: list[str] = []
        if kind == "unit":
            text = aspect + " " + " ".join(
                ("+" + str(c.get("to") or c.get("b"))) if c.get("change") == "added" else ("−" + str(c.get("from") or c.get("a")))
                for c in items)
        elif kind == "requirement":
            text = f"{aspect} {len(items)} 项"
            details = [c.get("to") or c.get("from") or c.get("text") or "" for c in items]
        else:
            moves = list(dict.fromkeys(f"{_short(c.get('a'), c.get('from'))} → {_short(c.get('b'), c.get('to'))}" for c in items))
            text = f"{aspect or ''} " + "；".join(moves)
        lines.append({"kind": kind, "text": text, "direction": direction, "details": details,
                      "pieces": numbers_marked(text)})
    return lines


def _number(value) -> str:
    """2.0 → "2", 0.5 → "0.5": stored as REAL, written as a person would."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _row_url(datasette, database: str, table: str, key: str) -> str:
    """The page of one row; ids hold `#` and `/`, which the path must encode."""
    tables = _TABLE_URLS.setdefault(datasette, {})
    if (database, table) not in tables:  # the same for every row: a unit page links a hundred
        tables[database, table] = str(datasette.urls.table(database, table))
    return f"{tables[database, table]}/{tilde_encode(key)}"


# Tables' URLs per server: its databases keep their routes while it serves.
_TABLE_URLS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _amount(value, value_to) -> str:
    """A stored amount or range as written: `14`, `3–5`; empty when there is none."""
    return "–".join(_number(v) for v in (value, value_to) if v is not None)


# The versions of the lineage a measure belongs to, oldest first (db/build.py, compare/lineage.py).
_LINEAGE_SQL = """
select v.lineage, v.position, v.measure, v.change_type, v.change, m.path, m.heading, m.label,
  n.title as notice_title, n.doc_number, n.date as notice_date, v.measure = :id as current
from lineage_versions v join measures m on m.id = v.measure join notices n on n.id = v.notice
where v.lineage = (select lineage from lineage_versions where measure = :id)
order by v.position"""


async def _measure_page(datasette, database: str, measure_id: str) -> dict | None:
    db = datasette.get_database(database)
    rows = (await db.execute(
        "select m.*, n.title as notice_title, n.date as notice_date, n.doc_number "
        "from measures m join notices n on n.id = m.notice where m.id = ?", [measure_id],
    )).rows
    if not rows:
        return None
    m = dict(rows[0])
    spans = [tuple(r) for r in (await db.execute(_SPANS_SQL, {"id": measure_id})).rows]

    row_url = partial(_row_url, datasette, database)

    async def listing(sql: str) -> list[dict]:
        return [dict(r) for r in (await db.execute(sql, {"id": measure_id})).rows]

    links = [_link_view(link, m["text"]) for link in await listing(_LINKS_SQL)]
    for link in links:
        link["url"] = row_url("measures", link["id"])
        link["notice_url"] = row_url("notices", link["notice"])
    units = await listing(
        "select unit, group_concat(distinct mention) as mentions, group_concat(distinct role) as roles "
        "from measure_units where measure = :id group by unit order by min(coalesce(start, 1e9)), unit")
    for unit in units:
        unit["url"] = row_url("units", unit["unit"])
        unit["measures_url"] = datasette.urls.query(database, "measures_of_unit") + "?" + urlencode({"unit": unit["unit"]})
    deadlines = await listing("select * from deadlines where measure = :id order by id")
    for d in deadlines:
        d["amount"] = _amount(d["value"], d["value_to"])
        d["zh"] = deadline_zh(d["kind"], d["value"], d["value_to"], d["unit"], d["event"], d["date"], d["text"])
    lineage = await listing(_LINEAGE_SQL)
    for version in lineage:
        version["url"] = row_url("measures", version["measure"])
        version["changes"] = [line for line in (version["change"] or "").split("；") if line]
    thresholds = await listing("select * from thresholds where measure = :id order by id")
    for t in thresholds:
        t["amount"] = _amount(t["value"], t["value_to"])
    return {
        "measure": m,
        "pieces": highlight(m["text"], spans),
        "raw": raw_view(m),
        "notice_url": row_url("notices", m["notice"]),
        "paragraph_url": row_url("paragraphs", m["paragraph"]) if m["paragraph"] else None,
        "units": units,
        "deadlines": deadlines,
        "thresholds": thresholds,
        "topics": await listing(
            "select t.* from measure_topics mt join topics t on t.id = mt.topic where mt.measure = :id"),
        "lineage": lineage,
        "earlier_links": [link for link in links if not link["other_is_later"]],
        "later_links": [link for link in links if link["other_is_later"]],
    }


# The tables' names as the crumbs of a page show them.
TABLE_ZH = {
    "notices": "通知", "paragraphs": "段落", "measures": "措施", "units": "单位", "measure_units": "措施的单位",
    "deadlines": "时限", "thresholds": "数量要求", "topics": "主题", "measure_topics": "措施的主题",
    "references": "引用", "links": "同类措施", "unit_obligations": "单位的义务", "time_limits": "时限一览",
    "topic_thresholds": "主题的数量要求", "topic_history": "主题的历史",
    "lineages": "沿革", "lineage_versions": "沿革的版本",
}

# Column names as a results table heads them (the JSON and CSV keep the names).
COLUMN_ZH = {
    "measure": "措施", "path": "条款", "heading": "小标题", "text": "内容", "notice": "通知", "notice_title": "通知标题",
    "notice_date": "日期", "doc_number": "文号", "date": "日期", "score": "相关度", "roles": "角色", "role": "角色",
    "deadline_text": "时限", "action": "事项", "obliged": "办理单位", "kind": "类型", "value": "数值", "value_to": "上限",
    "time_unit": "时间单位", "event": "事件", "unit": "单位", "units": "单位", "topic": "主题", "topic_label": "主题",
    "oxcgrt": "OxCGRT", "comparator": "比较", "quantity": "类别", "per": "基数", "threshold_text": "数量要求",
    "thresholds": "数量要求", "deadlines": "时限", "change_type": "变化", "number_changes": "变化的数字",
    "previous_measure": "上一版措施", "previous_notice": "上一份通知", "other_measure": "另一通知中的措施",
    "other_notice_title": "另一通知", "other_notice_date": "其日期", "other_heading": "其小标题", "other_text": "其内容",
    "similarity": "相似度", "status": "状态", "changes": "变化", "title": "标题", "issuer": "发文机关", "year": "年份",
    "id": "标识", "name": "名称", "aliases": "别名", "measure_count": "措施数", "label": "显示名", "mentions": "原文写法",
    "kind_label": "类别", "bodies": "责任单位", "parties": "所管对象", "topics": "主题", "level": "层级",
    "position": "顺序", "paragraph": "段落", "sort_key": "排序键", "sql": "SQL",
}
# The parameters of the canned queries, as their input boxes are labelled.
PARAM_ZH = {"q": "词语", "unit": "单位", "topic": "主题", "measure": "措施"}

# Chinese words for the codes the catalog stores (roles, directions, deadline kinds, time units).
ZH = {
    "responsible": "责任", "lead": "牵头", "cooperating": "配合", "subject": "主体",
    "tightened": "收紧", "relaxed": "放宽", "mixed": "有紧有松", "unchanged": "未变", "ended": "终止",
    "revised": "修改", "added": "新增", "removed": "删去",
    "within": "内", "before": "前", "from": "起",
    "notice": "通知", "news": "新闻",
    "duration": "时长", "window": "时间窗", "count": "次数", "capacity": "容量", "ratio": "比例", "percentage": "百分比",
    "government": "政府机关", "institution": "公共机构", "business": "经营主体与场所", "area": "地区",
    "minute": "分钟", "hour": "小时", "day": "天", "week": "周", "month": "个月", "year": "年",
}


def deadline_zh(kind: str | None, value: float | None, value_to: float | None, unit: str | None,
                event: str | None, date: str | None, text: str | None = None) -> str:
    """A deadline in Chinese as a notice writes it: `2小时内`, `春节前`, `即日起`.

    >>> deadline_zh("within", 2.0, None, "hour", None, None)
    '2小时内'
    >>> deadline_zh("before", None, None, None, "春节", None), deadline_zh("from", None, None, None, "即日", None)
    ('春节前', '即日起')
    """
    amount = _amount(value, value_to)
    what = (amount + ZH.get(unit or "", unit or "")) if amount else (event or date or "")
    if not what:
        return text or ""
    return what + ZH.get(kind or "", "")


_NOTICE_MEASURES_SQL = """
select m.id, m.path, m.heading, m.text, m.position,
  (select group_concat(distinct u.unit) from measure_units u where u.measure = m.id) as units
from measures m where m.notice = :id order by m.position
"""

_NOTICE_SPANS_SQL = """
select measure, start, [end], 'unit' as kind, unit as title from measure_units
  where measure in (select id from measures where notice = :id) and start is not null
union all
select measure, start, [end], 'deadline', text from deadlines where notice = :id and start is not null
union all
select measure, start, [end], 'threshold', text from thresholds where notice = :id and start is not null
"""

# What changed since earlier notices: the links that end in this notice, per direction.
_NOTICE_CHANGES_SQL = """
select l.change_type, count(*) as n, group_concat(distinct l.notice_a) as earlier
from links l where l.notice_b = :id group by l.change_type order by n desc
"""


async def _notice_page(datasette, database: str, notice_id: str) -> dict | None:
    db = datasette.get_database(database)
    rows = (await db.execute("select * from notices where id = ?", [notice_id])).rows
    if not rows:
        return None
    n = dict(rows[0])

    async def listing(sql: str) -> list[dict]:
        return [dict(r) for r in (await db.execute(sql, {"id": notice_id})).rows]

    row_url = partial(_row_url, datasette, database)

    spans: dict[str, list] = {}
    for s in await listing(_NOTICE_SPANS_SQL):
        spans.setdefault(s["measure"], []).append((s["start"], s["end"], s["kind"], s["title"]))
    measures = await listing(_NOTICE_MEASURES_SQL)
    for m in measures:
        m["url"] = row_url("measures", m["id"])
        m["pieces"] = [(piece, kinds, title, row_url("units", title) if kinds == "unit" else None)
                       for piece, kinds, title in highlight(m["text"] or "", spans.get(m["id"], []))]
    cites = await listing(
        "select r.title, r.doc_number, r.cited_notice, c.title as cited_title from [references] r "
        "left join notices c on c.id = r.cited_notice where r.notice = :id group by coalesce(r.cited_notice, r.title, r.doc_number)")
    for c in cites:
        c["url"] = row_url("notices", c["cited_notice"]) if c["cited_notice"] else None
    cited_by = await listing(
        "select distinct n.id, n.title, n.date from [references] r join notices n on n.id = r.notice "
        "where r.cited_notice = :id order by n.sort_key")
    for c in cited_by:
        c["url"] = row_url("notices", c["id"])
    changes = await listing(_NOTICE_CHANGES_SQL)
    for c in changes:
        c["label"] = ZH.get(c["change_type"] or "", c["change_type"] or "")
        c["earlier"] = [{"id": e, "url": row_url("notices", e)} for e in (c["earlier"] or "").split(",") if e]
    try:
        addressees = json.loads(n["addressees"] or "[]")
    except ValueError:
        addressees = [n["addressees"]]
    return {"notice": n, "addressees": addressees, "measures": measures, "cites": cites,
            "cited_by": cited_by, "changes": changes}


# A unit's page lists its newest measures; the rest are one link away (the measures
# table filtered on the unit, newest first). unit_measures (db/facets.py) holds each
# unit's measures by rowid (= seq, issue order): the newest are read off its end.
UNIT_PAGE_MEASURES = 100

_UNIT_MEASURES_SQL = """
select m.id, m.path, m.heading, m.text, n.id as notice, n.title as notice_title, n.doc_number,
  n.date as notice_date,
  (select group_concat(distinct role) from measure_units where measure = m.id and unit = :id) as roles
from unit_measures um join measures m on m.rowid = um.measure join notices n on n.id = m.notice
where um.unit = :id order by um.measure desc limit :limit
"""

# The deadlines binding the unit and the thresholds of the measures listed, in one query
# each: (measure, kind, text, action), in the measure's reading order.
_UNIT_ITEMS_SQL = """
select measure, 'deadline' as kind, text, action, start from deadlines
  where measure in (select value from json_each(:measures)) and obliged = :id
union all
select measure, 'threshold', text, null, start from thresholds
  where measure in (select value from json_each(:measures))
order by measure, kind, start
"""


async def _unit_page(datasette, database: str, unit_id: str) -> dict | None:
    """What one unit must do, newest notice first: its latest measures grouped by notice,
    each with the deadlines that bind the unit and the measure's thresholds. Four
    queries, whatever the number of measures."""
    db = datasette.get_database(database)
    rows = (await db.execute(
        "select u.*, (select max(notices) from facet_counts where facet in ('bodies', 'parties') "
        "and value = u.id) as notice_count from units u where u.id = ?", [unit_id])).rows
    if not rows:
        return None
    unit = dict(rows[0])
    row_url = partial(_row_url, datasette, database)
    measures = [dict(r) for r in (await db.execute(
        _UNIT_MEASURES_SQL, {"id": unit_id, "limit": UNIT_PAGE_MEASURES})).rows]
    items: dict[str, dict[str, list]] = {}
    for r in (await db.execute(_UNIT_ITEMS_SQL, {"id": unit_id, "measures": json.dumps([m["id"] for m in measures])})).rows:
        items.setdefault(r["measure"], {"deadline": [], "threshold": []})[r["kind"]].append(dict(r))
    notices: dict[str, dict] = {}
    for m in measures:
        m["url"] = row_url("measures", m["id"])
        m["roles"] = "、".join(ZH.get(r, r) for r in (m["roles"] or "").split(",") if r)
        m["deadlines"] = items.get(m["id"], {}).get("deadline", [])
        m["thresholds"] = items.get(m["id"], {}).get("threshold", [])
        group = notices.setdefault(m["notice"], {
            "title": m["notice_title"], "doc_number": m["doc_number"], "date": m["notice_date"],
            "url": row_url("notices", m["notice"]), "measures": []})
        group["measures"].append(m)
    for group in notices.values():  # newest notice first, each in reading order
        group["measures"].reverse()
    try:
        aliases = json.loads(unit["aliases"] or "[]")
    except ValueError:
        aliases = []
    query = urlencode({"unit": unit["name"]})
    every = urlencode({"_through": json.dumps({"table": "measure_units", "column": "unit", "value": unit_id},
                                              ensure_ascii=False)})
    return {"unit": unit, "aliases": aliases, "notices": list(notices.values()), "shown": len(measures),
            "all_url": datasette.urls.table(database, "measures") + "?" + every,
            "time_limits_url": datasette.urls.query(database, "time_limits_of_unit") + "?" + query}


def path_zh(path) -> str:
    """A measure's number as shown: the closing paragraph is 结尾."""
    return "结尾" if path == "closing" else str(path)


# Datasette's English description of a table page's rows, phrase by phrase
# (datasette/filters.py, views/table.py), and what a reader sees instead.
_DESCRIPTION_ZH = [
    (re.compile(r'search matches "(.*?)"'), r"搜索“\1”"),
    (re.compile(r"sorted by seq descending"), "最新在前"),
    (re.compile(r"sorted by (\S+) descending"), r"按 \1 从大到小"),
    (re.compile(r"sorted by (\S+)"), r"按 \1 排序"),
    (re.compile(r'(\w+)\.(\w+) = "(.*?)"'), r"\1.\2 为“\3”"),
    (re.compile(r"^where "), ""),
    (re.compile(r" and "), "，"),
]


def description_zh(text: str | None) -> str:
    """A table page's description of its rows in Chinese, where Datasette's phrases are known.

    >>> description_zh('where search matches "隔离" sorted by seq descending')
    '搜索“隔离” 最新在前'
    """
    for pattern, replacement in _DESCRIPTION_ZH:
        text = pattern.sub(replacement, text or "")
    return text


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["path_zh"] = path_zh
    env.filters["description_zh"] = description_zh
    # Datasette renders in Jinja's async mode, which awaits every expression of a loop: the
    # rows of a table page, the facets and the hundred measures of a unit page render in a
    # third of the time in a synchronous copy of the environment (its loader, filters and
    # globals), which the templates reach through `include_sync`.
    env.globals["include_sync"] = pass_context(partial(_include_sync, env.overlay(enable_async=False, cache_size=400)))


def _include_sync(env, context, names) -> Markup:
    """What `{% include names %}` writes, rendered synchronously: for templates that call
    nothing asynchronous."""
    return Markup(env.get_or_select_template(names).render(context.get_all()))


async def _front_page(datasette) -> dict:
    """The notices to choose from when comparing two, by title and date, oldest first."""
    db = datasette.databases.get("notices")  # the catalog's name, whatever its file is called (db/serve.py)
    if db is None or "notices" not in await db.table_names():
        return {"catalog_notices": []}
    rows = (await db.execute("select id, title, date from notices order by sort_key limit 500")).rows
    return {"catalog_notices": [dict(r) for r in rows]}


# The Chinese names every template may use.
WORDS = {"zh": ZH, "table_zh": TABLE_ZH, "column_zh": COLUMN_ZH, "param_labels": PARAM_ZH}

# Row pages laid out for a reader: table → (template variable, the function that gathers it).
ROW_PAGES = {"notices": ("catalog_notice", _notice_page), "units": ("catalog_unit", _unit_page),
             "measures": ("catalog_measure", _measure_page)}


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name == "index":
        async def front():
            return {**WORDS, **await _front_page(datasette)}
        return front
    if view_name != "row" or table not in ROW_PAGES or request is None:
        return WORDS

    async def inner():
        pks = urlsafe_components(request.url_vars["pks"])
        if len(pks) != 1:
            return WORDS
        name, gather = ROW_PAGES[table]
        return {**WORDS, name: await gather(datasette, database, pks[0])}

    return inner


# --- a search alone, read newest first off the full-text index -----------------------

# A search's page counts its matches up to this many and says "more than" past it (the
# template reads `count_limit`); the JSON's filtered_table_rows_count is then this + 1.
# Counting every match of a common word reads tens of thousands of rows at 100,000 notices;
# the facets count the newest FACET_SAMPLE matches, the same number.
SEARCH_COUNT_LIMIT = 1_000

# Arguments of a table page that filter or reorder its rows, beside column filters.
_NARROWING_ARGS = {"_where", "_through", "_next", "_sort", "_fts_table", "_fts_pk", "_searchmode"}


def search_clause(fts: str, key: str) -> str:
    """Datasette's condition for `?_search=` on a table (datasette/filters.py, escaped mode)."""
    fts = escape_sqlite(fts)
    return f"{escape_sqlite(key)} in (select rowid from {fts} where {fts} match escape_fts(:search))"


def newest_search_clause(fts: str, key: str) -> str:
    """The same condition held to the newest SEARCH_COUNT_LIMIT + 1 matches: FTS5 walks its
    index by rowid descending and stops there, where Datasette's gathers every match first."""
    return search_clause(fts, key)[:-1] + f" order by rowid desc limit {SEARCH_COUNT_LIMIT + 1})"


def _search_alone(request, key: str) -> bool:
    """Whether `?_search=` is the page's only condition and its rows come newest first by `key`."""
    args = request.args
    return "_search" in args and args.get("_sort_desc", key) == key and not any(
        name in _NARROWING_ARGS or not name.startswith("_") or "__" in name or name.startswith("_search_")
        for name in args)


def _page_size(request, metadata: dict, datasette) -> int:
    """The rows the page asks for (datasette/views/table.py); a size Datasette refuses counts as none."""
    size = request.args.get("_size") or metadata.get("size") or datasette.page_size
    if size == "max":
        return datasette.max_returned_rows
    try:
        return int(size)
    except ValueError:
        return 0


@hookimpl(hookwrapper=True)
def filters_from_request(request, database, table, datasette):
    """A search alone on a table whose full-text rowids are its newest-first order
    (metadata.yml: fts_pk = sort_desc; db/build.py numbers measures so): Datasette's
    condition collects every match before the page sorts them and takes twenty, and the
    count reads them all. Rewritten to the newest SEARCH_COUNT_LIMIT + 1 matches, the first
    page and its count cost the same for a word found 60,000 times as for one found 2,000
    times. A search with filters, another order or a later page (`_next`) keeps Datasette's
    condition: there the newest matches need not be the rows asked for."""
    outcome = yield
    metadata = datasette.table_metadata(database, table)
    fts, key = metadata.get("fts_table"), metadata.get("fts_pk")
    if fts and key and key == metadata.get("sort_desc") and _search_alone(request, key) and \
            _page_size(request, metadata, datasette) <= SEARCH_COUNT_LIMIT:
        outcome.force_result([partial(_newest_first, hook, search_clause(fts, key), newest_search_clause(fts, key))
                              for hook in outcome.get_result()])


async def _newest_first(hook, whole: str, newest: str):
    arguments = await await_me_maybe(hook)
    if arguments and whole in arguments.where_clauses:
        arguments.where_clauses[arguments.where_clauses.index(whole)] = newest
        arguments.extra_context["count_limit"] = SEARCH_COUNT_LIMIT
    return arguments


# --- facets whose cost does not grow with the catalog ------------------------------

# A search or filter is faceted over its newest matches, up to this many. Counting
# every match reads every matching measure's JSON arrays: 1.2 s for a common word at
# 10,000 notices, and ten times that at 100,000. The newest thousand show which units,
# topics, years and notices a search is about; where there are fewer, the counts are exact.
FACET_SAMPLE = 1000


def _through_arg(through: dict, value) -> str:
    """The `_through` argument that filters a table on one value of a join table column."""
    return json.dumps({**through, "value": value}, ensure_ascii=False)


class CatalogFacet(Facet):
    """`{catalog: column}` or `{catalog: {column: …, through: {table: …, column: …}}}` in
    metadata.yml: the values of a column with their counts, in bounded time.

    With neither search nor filter, the counts are the whole catalog's, stored by the
    build (facet_counts, db/facets.py). Otherwise they are counted over the newest
    FACET_SAMPLE matches (newest by the table's `sort_desc`, which an index orders), read in one query
    for all the facets of the page. A column with `through` holds a JSON array; its
    values filter through that join table (Datasette's `_through`, which an index
    answers), where `column__arraycontains` would parse every row's array.
    """

    type = "catalog"

    async def facet_results(self):
        configs = [c["config"] for c in self.get_configs()]
        if not configs:
            return [], []
        columns = {(c.get("column") or c["simple"]): c.get("through") for c in configs}
        size = self.get_facet_size()
        db = self.ds.get_database(self.database)
        unfiltered = self.sql.rstrip().endswith(f"from {escape_sqlite(self.table)}")
        if unfiltered and await db.table_exists("facet_counts"):
            counted, sample = await self._stored_counts(db, list(columns), size), None
        else:
            try:
                counted, sample = await self._newest_counts(db, columns, size)
            except QueryInterrupted:
                # Over facet_time_limit_ms (a busy server): the page, without these counts,
                # says which timed out, as Datasette's own facets do, rather than failing.
                return [], list(columns)
        links, results = _FacetLinks(self.ds, self.request), []
        for column, through in columns.items():
            top = counted.get(column, [])
            shown = top[:size]
            # A join table's column names the table whose labels its values take (topics: 隔离, not quarantine).
            table, key = (through["table"], through["column"]) if through else (self.table, column)
            labels = {(column, v): label for (_, v), label in
                      (await self.ds.expand_foreign_keys(self.database, table, key, [v for v, _ in shown])).items()}
            results.append({
                "name": column, "type": self.type, "hideable": False, "toggle_url": self.ds.urls.path(self.request.path),
                "results": [self._value(links, column, through, value, count, labels) for value, count in shown],
                "truncated": len(top) > size,
                # How many of the newest matches were counted, when not all were.
                "sample": sample,
            })
        return results, []

    async def _stored_counts(self, db, columns: list[str], size: int) -> dict[str, list[tuple]]:
        sql = " union all ".join(
            f"select * from (select facet, value, measures from facet_counts where facet = :f{i} "
            f"order by measures desc, value limit {size + 1})" for i in range(len(columns)))
        counted: dict[str, list[tuple]] = {}
        for row in (await db.execute(sql, {f"f{i}": c for i, c in enumerate(columns)})).rows:
            counted.setdefault(row["facet"], []).append((row["value"], row["measures"]))
        return counted

    async def _newest_counts(self, db, columns: dict, size: int) -> tuple[dict[str, list[tuple]], int | None]:
        """The `size` + 1 largest counts of each column over the newest FACET_SAMPLE rows the
        page's filters select, and that number when the rows selected were more."""
        listed = ", ".join(escape_sqlite(c) for c in columns)
        newest = escape_sqlite(self.metadata["sort_desc"])
        fts, key = self.metadata.get("fts_table"), self.metadata.get("fts_pk")
        if fts and key == self.metadata["sort_desc"] and self._search_only(fts, key):
            # A search alone: the full-text index walked newest first stops after the sample,
            # where the page's own condition would gather every match first; the columns come
            # from the narrow copy db/facets.py keeps, where the build made one.
            source = "measure_facets" if self.table == "measures" and await db.table_exists("measure_facets") \
                else self.table
            sql = (f"select {', '.join('t.' + escape_sqlite(c) for c in columns)} from {escape_sqlite(fts)} f "
                   f"join {escape_sqlite(source)} t on t.{newest} = f.rowid "
                   f"where {escape_sqlite(fts)} match escape_fts(:search) order by f.rowid desc")
        else:
            sql = f"select {listed} from ({self.sql}) order by {newest} desc"
        # Counted in SQLite: json_each reads the arrays of a thousand rows in a few milliseconds.
        counts = " union all ".join(
            f"select '{c}', j.value, count(*) from sample, json_each(sample.{escape_sqlite(c)}) j group by j.value"
            if through else
            f"select '{c}', {escape_sqlite(c)}, count(*) from sample where {escape_sqlite(c)} is not null "
            f"group by {escape_sqlite(c)}"
            for c, through in columns.items())
        # Only the values shown leave SQLite (the sample of a common word holds some 800
        # notices), in the order the page lists them: largest count first, then by value.
        rows = (await db.execute(
            f"with fetched as materialized ({sql} limit {FACET_SAMPLE + 1}), "
            f"sample as materialized (select * from fetched limit {FACET_SAMPLE}), "
            f"counts(facet, value, count) as ({counts}) "
            f"select null as facet, null as value, (select count(*) from fetched) as count union all "
            f"select facet, value, count from (select *, row_number() over (partition by facet "
            f"order by count desc, cast(value as text)) as place from counts) where place <= {size + 1}",
            self.params, custom_time_limit=self.ds.setting("facet_time_limit_ms"))).rows
        counted: dict[str, list[tuple]] = {c: [] for c in columns}
        for facet, value, count in rows[1:]:
            counted[facet].append((value, count))
        for values in counted.values():
            values.sort(key=lambda vc: (-vc[1], str(vc[0])))
        return counted, FACET_SAMPLE if rows[0]["count"] > FACET_SAMPLE else None

    def _search_only(self, fts: str, key: str) -> bool:
        """Whether the page's only condition is its search, read newest first (filters_from_request below)."""
        return set(self.params) == {"search"} and self.sql.rstrip().endswith(
            f"from {escape_sqlite(self.table)} where {newest_search_clause(fts, key)}")

    @staticmethod
    def _value(links: "_FacetLinks", column: str, through: dict | None, value, count: int, labels: dict) -> dict:
        if through:
            arg = _through_arg(through, value)
            chosen = [v for v in links.throughs if _same_through(v, arg)]
            selected = bool(chosen)
            # As Datasette's path_with_removed_args given {"_through": v}: the last such value goes.
            toggle = links.url(links.without("_through", chosen[-1]) if chosen else links.with_added("_through", arg))
        else:
            selected = (column, str(value)) in links.given
            toggle = links.url(links.without(column, str(value)) if selected else links.with_added(column, value))
        return {"value": value, "label": labels.get((column, value), value), "count": count,
                "toggle_url": toggle, "selected": selected}


class _FacetLinks:
    """The links of one page's facet values, its query string read once: Datasette's
    helpers (path_with_added_args, absolute_url) parse it again for each of the fifty
    values a search page lists, a seventh of the page's time. The URLs are theirs."""

    def __init__(self, datasette, request) -> None:
        self.datasette, self.path = datasette, request.path
        self.given = set(parse_qsl(request.query_string, keep_blank_values=True))
        self.throughs = [v for k, v in parse_qsl(request.query_string, keep_blank_values=True) if k == "_through"]
        self.kept = parse_qsl(request.query_string)  # what Datasette's helpers carry over: no empty values
        # absolute_url joins a path that starts with / onto the page's scheme and host.
        self.origin = datasette.absolute_url(request, "/")[:-1]

    def with_added(self, key: str, value) -> list[tuple]:
        kept = [(k, v) for k, v in self.kept if k != key] if value is None else self.kept
        return kept + ([] if value is None else [(key, value)])

    def without(self, key: str, value: str) -> list[tuple]:
        return [(k, v) for k, v in self.kept if (k, v) != (key, value)]

    def url(self, pairs: list[tuple]) -> str:
        query = urlencode(pairs)
        return self.origin + self.datasette.urls.path(self.path + (f"?{query}" if query else ""))


def _same_through(given: str, arg: str) -> bool:
    try:
        return json.loads(given) == json.loads(arg)
    except ValueError:
        return False


@hookimpl
def register_facet_classes():
    return [CatalogFacet]


# --- read-only and no file-system paths -----------------------------------------

READ_ONLY_MESSAGE = "此目录只读，不接受写入。/ This catalog is read-only: it accepts no writes.\n"


@hookimpl
def asgi_wrapper(datasette):
    """Refuse every request that is not a read, before Datasette sees it."""

    def wrap(app):
        async def read_only(scope, receive, send):
            if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
                response = Response.text(READ_ONLY_MESSAGE, status=405, headers={"Allow": "GET, HEAD, OPTIONS"})
                await response.asgi_send(send)
                return
            if scope["type"] == "http":
                scope = keep_sort_column(scope, datasette)
            await app(scope, receive, send_csv_with_bom(send, scope["type"] == "http" and scope["path"].endswith(".csv")))

        return read_only

    return wrap


_TABLE_PATH = re.compile(r"^/([^/]+)/([^/]+?)(?:\.(?:json|csv))?$")


def keep_sort_column(scope: dict, datasette) -> dict:
    """`scope` without the `_nocol` that hides the column a table page is sorted by:
    Datasette reads the next page's key from that column and fails with a 500 when it
    is hidden (the column menu's "hide" on the measures' `seq` did it)."""
    query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    hidden = [v for k, v in query if k == "_nocol"]
    match = _TABLE_PATH.match(scope.get("path", "")) if hidden else None
    if not match:
        return scope
    given = dict(query)
    table_metadata = datasette.table_metadata(match[1], match[2]) or {}
    sort = (given.get("_sort") or given.get("_sort_desc")
            or table_metadata.get("sort") or table_metadata.get("sort_desc"))
    if sort not in hidden:
        return scope
    kept = [(k, v) for k, v in query if not (k == "_nocol" and v == sort)]
    return {**scope, "query_string": urlencode(kept).encode("latin-1")}


BOM = "\ufeff".encode("utf-8")


def send_csv_with_bom(send, csv_request: bool):
    """`send` with a UTF-8 byte-order mark before the body of a CSV response: Excel
    reads a CSV without one in the system's code page, and Chinese becomes mojibake."""
    state = {"csv": False, "first": True}

    async def wrapped(message):
        if message["type"] == "http.response.start":
            state["csv"] = csv_request and message.get("status") == 200
            if state["csv"]:
                message = {**message, "headers": [(k, v) for k, v in message.get("headers") or [] if k.lower() != b"content-length"]}
        elif message["type"] == "http.response.body" and state["csv"] and state["first"]:
            state["first"] = False
            message = {**message, "body": BOM + message.get("body", b"")}
        await send(message)

    return wrapped


def _hide_database_file(action, arg1, arg2, db_name, trigger):
    # `select file from pragma_database_list` would print where the database lives.
    if action == sqlite3.SQLITE_READ and arg1 == "pragma_database_list" and arg2 == "file":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK


async def _databases_without_paths(datasette):
    return Response.json([
        {"name": db.name, "route": db.route, "is_mutable": db.is_mutable, "is_memory": db.is_memory,
         "hash": db.hash}
        for db in datasette.databases.values()
    ])


async def _not_found(request):
    raise NotFound("Page not found")


@hookimpl
def register_routes():
    # Shadows Datasette's /-/databases, which lists each file's absolute path, and the
    # pages that tell a stranger the exact versions installed (/-/versions, /-/plugins)
    # and what the server is busy with (/-/threads): nothing a reader of the catalog needs.
    return [
        (r"^/-/databases(\.json)?$", _databases_without_paths),
        (r"^/-/(versions|plugins|threads)(\.json)?$", _not_found),
    ]


# --- errors: a page for the reader, one line for the log ------------------------------

@hookimpl
def startup(datasette):
    # Datasette's own handler prints a traceback with every local variable for each 404
    # and refused query, through `rich` when it is installed: 50 kB of log and a third
    # of a second per error page; and it fails (a 500) on 404s raised outside an
    # `except` block. `handle_exception` below replaces it.
    pm.set_blocked("datasette.handle_exception")
    remember_fixed_answers(datasette)


# --- what a page asks again and again of a database that cannot change -------------

# Database methods that read the schema: a table page asks a score of such questions
# (its columns three times, its keys, its foreign keys and their labels), each a query
# through Datasette's thread pool; an immutable database answers each once per process.
SCHEMA_QUESTIONS = ("table_exists", "table_names", "view_names", "table_columns", "table_column_details",
                    "primary_keys", "fts_table", "foreign_keys_for_table", "label_column_for_table",
                    "hidden_table_names", "get_table_definition")
# Answers kept per question: table names come from URLs, and a stranger can send any.
SCHEMA_ANSWERS = 1000


def remember_fixed_answers(datasette) -> None:
    """Ask once per process what cannot change while the server runs: the schema of each
    immutable database, and which `allow` rules guard a table (Datasette deep-copies the
    whole metadata to work them out for every page, a tenth of a search page's time; the
    metadata is fixed once the server has started). Where every database but Datasette's
    own is immutable, its copy of their schemas, which it checks before every page (three
    queries), is brought up to date once."""
    fixed = [db for db in datasette.databases.values() if not db.is_mutable and not db.is_memory]
    for db in fixed:
        for name in SCHEMA_QUESTIONS:
            setattr(db, name, _remembered(getattr(db, name)))
    datasette._table_permission_allows = functools.lru_cache(maxsize=SCHEMA_ANSWERS)(
        datasette._table_permission_allows)
    if len(fixed) == len(datasette.databases) - 1 and "_internal" in datasette.databases:
        datasette.refresh_schemas = _once(datasette.refresh_schemas)


def _once(refresh):
    done = False

    async def once():
        nonlocal done
        if not done:
            await refresh()
            done = True

    return once


def _remembered(ask):
    answers: dict = {}

    async def remembered(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in answers:
            answer = answers[key]
        else:
            answer = await ask(*args, **kwargs)
            if len(answers) < SCHEMA_ANSWERS:
                answers[key] = answer
        # A list is copied: a caller may add to what it was given.
        return list(answer) if isinstance(answer, list) else answer

    return remembered


@hookimpl
def handle_exception(datasette, request, exception):
    async def inner():
        title = None
        if isinstance(exception, Base400):
            status, info, message = exception.status, {}, exception.args[0] if exception.args else ""
        elif isinstance(exception, DatasetteError):
            status, info, title = exception.status, dict(exception.error_dict or {}), exception.title
            message = Markup(exception.message) if exception.message_is_html else exception.message
        else:
            status, info, message = 500, {}, str(exception)
        if status >= 500:
            print(log_line(f"notices-catalog: {status} {request.path}: {type(exception).__name__}: {exception}"),
                  file=sys.stderr, flush=True)
        if status == 404 and (elsewhere := await unit_elsewhere(datasette, request.path)):
            return Response.redirect(elsewhere)
        info.update({"ok": False, "error": message, "status": status, "title": title})
        headers: dict[str, str] = {}
        if datasette.cors:
            add_cors_headers(headers)
        if request.path.endswith(".json"):
            return Response.json(info, status=status, headers=headers)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        page = await template.render_async(dict(
            info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(), menu_links=lambda: []))
        return Response.html(page, status=status, headers=headers)

    return inner


# A unit page's address: Datasette finds a row by its key, the canonical name alone.
_UNIT_PAGE = re.compile(r"^/(?P<database>[^/]+)/units/(?P<key>[^/]+)$")

# The units a name stands for (db/facets.py unit_names, as metadata.yml's queries read it).
_UNITS_NAMED_SQL = "select unit from unit_names where name = :name limit 2"


async def unit_elsewhere(datasette, path: str) -> str | None:
    """Where a unit asked for by another of its names is: its page when the name stands for
    one unit (`/notices/units/市卫健委` → the 市卫生健康委员会 page), every measure of the
    units it stands for when it names several; None when it names none."""
    match = _UNIT_PAGE.match(path)
    if not match or match["database"] not in datasette.databases:
        return None
    database = match["database"]
    db = datasette.get_database(database)
    if "unit_names" not in await db.table_names():
        return None
    name = tilde_decode(unquote(match["key"]))
    units = [row["unit"] for row in (await db.execute(_UNITS_NAMED_SQL, {"name": name})).rows]
    if len(units) == 1 and units[0] != name:
        return _row_url(datasette, database, "units", units[0])
    if len(units) > 1:
        return str(datasette.urls.query(database, "measures_of_unit")) + "?" + urlencode({"unit": name})
    return None


def log_line(text: str, limit: int = 300) -> str:
    """`text` as one line of at most `limit` characters: a message quoting a query or a
    path may hold line breaks, which would forge lines of their own."""
    text = re.sub(r"[\x00-\x1f\x7f]", lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


# The views db/build.py creates: their id columns are plain text, not foreign keys.
CATALOG_VIEWS = {"unit_obligations", "time_limits", "topic_thresholds", "topic_history"}


# Columns holding the catalog's codes, shown in Chinese wherever they appear.
CODED_COLUMNS = {"kind", "time_unit", "role", "roles", "change_type", "status"}


@hookimpl
def render_cell(value, column, table, database, datasette):
    """Codes in Chinese; measure, notice and unit ids in query results and views linked to their pages."""
    if column in CODED_COLUMNS and isinstance(value, str) and value:
        return "、".join(ZH.get(part, part) for part in value.split(","))
    # Tables show their foreign keys as labelled links already.
    if not (table is None or table in CATALOG_VIEWS) or not isinstance(value, str):
        return None
    target = {
        "measure": "measures", "other_measure": "measures", "previous_measure": "measures",
        "notice": "notices", "previous_notice": "notices", "obliged": "units", "unit": "units",
    }.get(column)
    if target is None:
        return None
    url = _row_url(datasette, database, target, value)

    def link(shown: str) -> Markup:
        return Markup(f'<a href="{escape(url)}" title="{escape(value)}">{escape(shown)}</a>')

    if target == "measures" and "#" in value:  # the number as printed; the hashed file name in the tooltip
        return link(path_zh(value.rsplit("#", 1)[1]))
    if target == "notices":  # a notice by its title
        async def titled():
            return link(await _notice_title(datasette, database, value) or value)
        return titled
    return link(value)


# Titles of notices by id, per server and database: the database is immutable while served.
_TITLES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


async def _notice_title(datasette, database: str, notice_id: str) -> str | None:
    titles = _TITLES.setdefault(datasette, {})
    key = (database, notice_id)
    if key not in titles:
        rows = (await datasette.get_database(database).execute(
            "select title from notices where id = ?", [notice_id])).rows
        if len(titles) > 100_000:  # bounded: a large catalog's titles need not all stay
            titles.clear()
        titles[key] = rows[0][0] if rows else None
    return titles[key]
