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

import json
import re
import sqlite3
import sys
import unicodedata
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.plugins import pm
from datasette.utils import add_cors_headers, tilde_encode, urlsafe_components
from datasette.utils.asgi import Base400, NotFound, Response
from datasette.views.base import DatasetteError
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
    link["number_changes"] = [
        {**c, "pieces": numbers_marked(c.get("text") or "")} for c in changes if c.get("kind") != "words"
    ]
    return link


def _number(value) -> str:
    """2.0 → "2", 0.5 → "0.5": stored as REAL, written as a person would."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


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

    def row_url(table: str, key: str) -> str:
        return datasette.urls.row(database, table, tilde_encode(key))

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
        d["amount"] = "–".join(_number(v) for v in (d["value"], d["value_to"]) if v is not None)
    lineage = await listing(_LINEAGE_SQL)
    for version in lineage:
        version["url"] = row_url("measures", version["measure"])
        version["changes"] = [line for line in (version["change"] or "").split("；") if line]
    thresholds = await listing("select * from thresholds where measure = :id order by id")
    for t in thresholds:
        t["amount"] = "–".join(_number(v) for v in (t["value"], t["value_to"]) if v is not None)
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
        "lineage": lineage,
        "earlier_links": [link for link in links if not link["other_is_later"]],
        "later_links": [link for link in links if link["other_is_later"]],
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


def log_line(text: str, limit: int = 300) -> str:
    """`text` as one line of at most `limit` characters: a message quoting a query or a
    path may hold line breaks, which would forge lines of their own."""
    text = re.sub(r"[\x00-\x1f\x7f]", lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


# The views db/build.py creates: their id columns are plain text, not foreign keys.
CATALOG_VIEWS = {"unit_obligations", "time_limits", "topic_thresholds", "topic_history"}


@hookimpl
def render_cell(value, column, table, database, datasette):
    """Link measure and notice ids in query results and views to their pages."""
    # Tables show their foreign keys as labelled links already.
    if not (table is None or table in CATALOG_VIEWS) or not isinstance(value, str):
        return None
    target = {
        "measure": "measures", "other_measure": "measures", "previous_measure": "measures",
        "notice": "notices", "previous_notice": "notices",
    }.get(column)
    if target is None:
        return None
    url = datasette.urls.row(database, target, tilde_encode(value))
    return Markup(f'<a href="{escape(url)}">{escape(value)}</a>')
