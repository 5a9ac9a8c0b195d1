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

This file imports only the standard library and Datasette, so it can be copied
alone into a `--plugins-dir` when the catalog is published.
"""
from __future__ import annotations

import difflib
import re
import sqlite3
import unicodedata
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import tilde_encode, urlsafe_components
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

# Longer queries are cut: nobody types more, and it bounds the work per request.
MAX_QUERY_CHARS = 200

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

    Words are ANDed, so `隔离 核酸` needs both. The last token of each phrase is a
    prefix, so a one-character query matches the bigrams that start with it. A
    query with no letters or digits gives `""`, which FTS5 accepts and which
    matches nothing.
    """
    phrases = [
        '"{}" *'.format(" ".join(_bigrams(run) or run))
        for run in _runs(str(query or "")[:MAX_QUERY_CHARS])
    ]
    return " ".join(phrases) or '""'


@hookimpl(trylast=True)
def prepare_connection(conn):
    # trylast: Datasette's own escape_fts is registered by a default plugin; ours must come after.
    conn.create_function("escape_fts", 1, match_expression, deterministic=True)
    conn.create_function("cjk_match", 1, match_expression, deterministic=True)
    conn.set_authorizer(_hide_database_file)


# --- the measure page ---------------------------------------------------------

# A diff token: an ASCII word or number (`KTV`, `14`), else one character.
_DIFF_TOKEN = re.compile(r"[0-9A-Za-z]+|.", re.S)

_SPANS_SQL = """
select start, [end], 'unit' as kind, unit || coalesce(' · ' || role, '') as title
  from measure_units where measure = :id and start is not null
union all
select start, [end], 'deadline', text from deadlines where measure = :id and start is not null
union all
select start, [end], 'threshold', text from thresholds where measure = :id and start is not null
"""

_LINKS_SQL = """
select l.similarity, l.status, l.change_type, o.id, o.path, o.heading, o.text,
  n.id as notice, n.title as notice_title, n.date as notice_date
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


def word_diff(a: str, b: str) -> list[tuple[bool, str, str]]:
    """Aligned chunks (same, text in a, text in b) of two texts, for a side-by-side view.

    Tokens are ASCII words and numbers, else single characters (Chinese has no
    spaces to split words at). A match of one or two characters between two
    changes is folded into the change around it: it is noise (的, 要), not a
    shared word.
    """
    ta, tb = _DIFF_TOKEN.findall(a or ""), _DIFF_TOKEN.findall(b or "")
    chunks: list[list] = []
    opcodes = difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in opcodes:
        same = tag == "equal" and not (i2 - i1 < 3 and 0 < i1 and i2 < len(ta))
        text_a, text_b = "".join(ta[i1:i2]), "".join(tb[j1:j2])
        if chunks and not same and not chunks[-1][0]:
            chunks[-1][1] += text_a
            chunks[-1][2] += text_b
        else:
            chunks.append([same, text_a, text_b])
    return [tuple(c) for c in chunks]


def _number(value) -> str:
    """2.0 → "2", 0.5 → "0.5": stored as REAL, written as a person would."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


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

    def row_url(table: str, key: str) -> str:
        return datasette.urls.row(database, table, tilde_encode(key))

    async def listing(sql: str) -> list[dict]:
        return [dict(r) for r in (await db.execute(sql, {"id": measure_id})).rows]

    links = await listing(_LINKS_SQL)
    for link in links:
        link["url"] = row_url("measures", link["id"])
        link["notice_url"] = row_url("notices", link["notice"])
        link["diff"] = word_diff(m["text"], link["text"])
    units = await listing(
        "select unit, group_concat(distinct mention) as mentions, group_concat(distinct role) as roles "
        "from measure_units where measure = :id group by unit order by min(coalesce(start, 1e9)), unit")
    for unit in units:
        unit["url"] = row_url("units", unit["unit"])
        unit["measures_url"] = datasette.urls.query(database, "measures_of_unit") + "?" + urlencode({"unit": unit["unit"]})
    deadlines = await listing("select * from deadlines where measure = :id order by id")
    for d in deadlines:
        d["amount"] = "–".join(_number(v) for v in (d["value"], d["value_to"]) if v is not None)
    thresholds = await listing("select * from thresholds where measure = :id order by id")
    for t in thresholds:
        t["amount"] = _number(t["value"])
    return {
        "measure": m,
        "pieces": highlight(m["text"], spans),
        "notice_url": row_url("notices", m["notice"]),
        "paragraph_url": row_url("paragraphs", m["paragraph"]) if m["paragraph"] else None,
        "units": units,
        "deadlines": deadlines,
        "thresholds": thresholds,
        "topics": await listing(
            "select t.* from measure_topics mt join topics t on t.id = mt.topic where mt.measure = :id"),
        "links": links,
    }


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name != "row" or table != "measures" or request is None:
        return {}

    async def inner():
        pks = urlsafe_components(request.url_vars["pks"])
        page = await _measure_page(datasette, database, pks[0]) if len(pks) == 1 else None
        return {"catalog_measure": page}

    return inner


# --- read-only and no file-system paths -----------------------------------------

READ_ONLY_MESSAGE = "此目录只读，不接受写入。/ This catalog is read-only: it accepts no writes.\n"


@hookimpl
def asgi_wrapper():
    """Refuse every request that is not a read, before Datasette sees it."""

    def wrap(app):
        async def read_only(scope, receive, send):
            if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
                response = Response.text(READ_ONLY_MESSAGE, status=405, headers={"Allow": "GET, HEAD, OPTIONS"})
                await response.asgi_send(send)
                return
            await app(scope, receive, send)

        return read_only

    return wrap


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


@hookimpl
def register_routes():
    # Shadows Datasette's /-/databases, which lists each file's absolute path.
    return [(r"^/-/databases(\.json)?$", _databases_without_paths)]


# The views db/build.py creates: their id columns are plain text, not foreign keys.
CATALOG_VIEWS = {"unit_obligations", "time_limits", "topic_thresholds"}


@hookimpl
def render_cell(value, column, table, database, datasette):
    """Link measure and notice ids in query results and views to their pages."""
    # Tables show their foreign keys as labelled links already.
    if not (table is None or table in CATALOG_VIEWS) or not isinstance(value, str):
        return None
    target = {"measure": "measures", "other_measure": "measures", "notice": "notices"}.get(column)
    if target is None:
        return None
    url = datasette.urls.row(database, target, tilde_encode(value))
    return Markup(f'<a href="{escape(url)}">{escape(value)}</a>')
