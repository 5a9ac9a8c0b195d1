"""bench/RESULTS.md from the results of a run (`<out>/results.json`).

`python -m bench.report [results.json] [RESULTS.md]` renders it again.
"""
from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

from bench.steps import summary

HERE = Path(__file__).resolve().parent

TARGETS = {
    "pipeline_ratio": 2.0,  # whole pipeline ≤ 2× one jieba pass
    "search_p95_ms": 50.0,
    "search_speedup": 20.0,  # at equal work (the same newest rows), for rare terms
    "page_p95_ms": 150.0,  # table search page and unit page, one client
    "load_p95_ms": 500.0,  # the same pages under --clients concurrent clients
    "memory_mb": 2048.0,
    "links_exponent": 1.2,  # "near-linear"
    "incremental_share": 0.05,  # adding 10 notices to a 10k catalog, against a full build
    "ingest_per_char": 1.5,  # time per character, 300,000-character documents over 10,000 ones
    "extract_memory_growth": 1.25,  # `notices extract` peak memory, largest corpus over smallest
}


CORPUS_TEXT = {
    "realistic": "The corpus is *realistic*: made by `bench/realistic.py` from the real notices of `corpus/`, "
                 "`tests/data/dev/raw/` and `tests/data/real/raw/`, verbatim with their noise, every sentence "
                 "given a clause of another notice, numbers and places changed, and noise re-applied "
                 "(traditional characters with converter debris, page chrome, hard wraps, duplicated scrapes, "
                 "one-line pastes, long documents up to 300,000 characters).",
    "seeds": "The corpus is *seeds*: synthetic, made by `bench/generate.py` from the cleaned seed notices in "
             "`corpus/`; it repeats its sentences far more than real notices do.",
}


def _corpus(step: dict) -> str:
    return step.get("corpus", "seeds")  # steps from before the realistic corpus ran on the seeds one


def _mb(n: float) -> str:
    return f"{n:,.0f} MB" if n >= 10 else f"{n:.1f} MB"


def _met(ok: bool | None) -> str:
    return "—" if ok is None else ("met" if ok else "**not met**")


def _table(header: list[str], rows: list[list]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---:" if i else "---" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return out + [""]


def _steps(results: dict, prefix: str) -> list[dict]:
    return [s for s in results["steps"] if s["name"].split(" ")[0] == prefix and not s["error"]]


def _size(step: dict) -> int:
    return int(step["name"].split(" ")[1])


def render(results: dict) -> str:
    m, settings = results["machine"], results["settings"]
    lines = [
        "# Benchmark results",
        "",
        f"Written by `{results['command'].strip()}` on {results['date']}. Re-run with `make bench` "
        "(or `.venv/bin/python -m bench --sizes 1000,10000` for a shorter run). "
        + CORPUS_TEXT[settings.get("corpus", "seeds")]
        + " Each step's corpus is named in the table of every step at the end.",
        "",
        "## Machine",
        "",
        *_table(["", ""], [
            ["CPU", f"{m['cores']} cores, {m['cpu']}"],
            ["Memory", f"{m['memory_gb']} GB"],
            ["System", m["system"]],
            ["Python", m["python"]],
            ["SQLite", m["sqlite"]],
            ["Packages", ", ".join(f"{k} {v}" for k, v in m["packages"].items())],
            ["Load average (1, 5, 15 min) at start / end",
             " / ".join(", ".join(f"{x:.2f}" for x in m.get(k, ())) for k in ("load_average_start", "load_average_end"))],
        ]),
        "The machine is shared: other work running at the same time slows every figure a little "
        "(see the load averages); the ratios to the jieba floor are measured in the same run and suffer alike.",
        "",
    ]
    lines += _summary(results)
    if results.get("notes"):
        lines += ["## Notes on this run", "", *(f"* {note}" for note in results["notes"]), ""]
    lines += _generate(results)
    lines += _pipeline(results)
    lines += _extract_memory(results)
    lines += _ingest_length(results)
    lines += _caches(results)
    lines += _profile(results)
    lines += _links(results)
    lines += _build(results, settings)
    lines += _search(results)
    lines += _incremental(results)
    lines += _pages(results)
    lines += _memory(results)
    failed = [s for s in results["steps"] if s["error"]]
    if failed:
        lines += ["## Steps that failed", ""]
        for s in failed:
            lines += [f"### {s['name']}", "", "```", s["error"].strip()[-2000:], "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def _pipeline_pairs(results: dict) -> list[tuple[int, dict, dict]]:
    floors = {_size(s): s for s in _steps(results, "floor")}
    return [(_size(p), floors[_size(p)], p) for p in _steps(results, "pipeline") if _size(p) in floors]


def _search_figures(results: dict) -> dict | None:
    found = _steps(results, "search")
    if not found:
        return None
    queries = found[-1]["result"]["queries"]

    def pooled(key: str) -> dict:
        return summary([t for q in queries.values() for t in (q[key] if isinstance(q[key], list) else [q[key]])])

    keys = ("search", "search_sql", "rows", "page", "scan", "scan_newest")
    newest = found[-1]["result"]["newest"]
    return {"step": found[-1], **{key: pooled(key) for key in keys},
            "speedups": {w: q["scan"] / statistics.median(q["search"]) for w, q in queries.items()},
            "newest_speedups": {w: q["scan_newest"] / statistics.median(q["search_sql"]) for w, q in queries.items()},
            # Found, but fewer times than the search shows: a scan for the same rows reads every row.
            "rare": [w for w, q in queries.items() if 0 < q["fts_matches"] < newest]}


def _page_figures(results: dict) -> dict | None:
    """p50/p95 per kind of page, one client at a time (pages step) and under load (load steps)."""
    found = _steps(results, "pages")
    if not found:
        return None
    timed = found[-1]["result"]["pages"]
    return {"step": found[-1], "kinds": {kind: summary([t for times in by.values() for t in times])
                                         for kind, by in timed.items() if by}}


def _summary(results: dict) -> list[str]:
    rows = []
    pairs = _pipeline_pairs(results)
    if pairs:
        n, floor, pipe = pairs[-1]
        ratio, cpu = pipe["wall"] / floor["wall"], pipe["cpu"] / floor["cpu"]
        rows.append([f"Ingest + extract ≤ {TARGETS['pipeline_ratio']:g}× one jieba pass ({n:,} notices, "
                     f"{_corpus(pipe)} corpus), wall and CPU time", f"{ratio:.2f}× (CPU time {cpu:.2f}×)",
                     _met(max(ratio, cpu) <= TARGETS["pipeline_ratio"])])
    lengths = _steps(results, "ingest-length")
    per_char = {r["characters"]: r["us_per_char"] for r in lengths[-1]["result"]["rows"]} if lengths else {}
    if 10_000 in per_char and 300_000 in per_char:
        spread = per_char[300_000] / per_char[10_000]
        rows.append([f"Ingest linear: time per character within {TARGETS['ingest_per_char']:g}× from 10,000 to "
                     "300,000 characters a document", f"{per_char[10_000]:.2f} → {per_char[300_000]:.2f} µs "
                     f"({spread:.2f}×)", _met(spread <= TARGETS["ingest_per_char"])])
    extract = sorted(_steps(results, "extract"), key=_size)
    if len(extract) > 1:
        growth = extract[-1]["peak_tree_mb"] / extract[0]["peak_tree_mb"]
        rows.append([f"`notices extract` peak memory flat from {_size(extract[0]):,} to {_size(extract[-1]):,} "
                     f"notices (within {TARGETS['extract_memory_growth']:g}×)",
                     f"{_mb(extract[0]['peak_tree_mb'])} → {_mb(extract[-1]['peak_tree_mb'])} ({growth:.2f}×)",
                     _met(growth <= TARGETS["extract_memory_growth"])])
    link = _steps(results, "links")
    if link and link[-1]["result"]["exponent"] is not None:
        k = link[-1]["result"]["exponent"]
        rows.append(["Compare links grow near-linearly (fitted exponent ≤ 1.2)", f"n^{k:.2f}",
                     _met(k <= TARGETS["links_exponent"])])
    search = _search_figures(results)
    if search:
        n = _size(search["step"])
        p95 = search["search"]["p95_ms"]
        rows.append([f"Search p95 < {TARGETS['search_p95_ms']:g} ms ({n:,} notices)", f"{p95:,.1f} ms",
                     _met(p95 < TARGETS["search_p95_ms"])])
        newest = search["step"]["result"]["newest"]
        rare = {w: search["newest_speedups"][w] for w in search["rare"]}
        if rare:
            worst = min(rare, key=rare.get)
            rows.append([f"Search ≥ {TARGETS['search_speedup']:g}× faster than LIKE at equal work (the same newest "
                         f"{newest} rows), rare terms (found fewer than {newest} times: {', '.join(rare)}; {n:,} notices)",
                         f"worst {rare[worst]:,.0f}× ({worst}); every query: median "
                         f"{statistics.median(search['newest_speedups'].values()):,.1f}×",
                         _met(rare[worst] >= TARGETS["search_speedup"])])
    figures = _page_figures(results)
    if figures:
        n = _size(figures["step"])
        worst = max(figures["kinds"], key=lambda k: figures["kinds"][k]["p95_ms"])
        p95 = figures["kinds"][worst]["p95_ms"]
        rows.append([f"Table search page (HTML, JSON) and unit page p95 < {TARGETS['page_p95_ms']:g} ms "
                     f"({n:,} notices, one client)", f"{p95:,.1f} ms ({worst})", _met(p95 < TARGETS["page_p95_ms"])])
    for load in _steps(results, "load-targets")[-1:]:
        r = load["result"]
        worst = max(r["pages"], key=lambda k: r["pages"][k]["p95_ms"] or 0)
        p95 = r["pages"][worst]["p95_ms"]
        rows.append([f"The same pages p95 < {TARGETS['load_p95_ms']:g} ms under {r['clients']} concurrent clients "
                     f"({_size(load):,} notices)", f"{p95:,.1f} ms ({worst})", _met(p95 < TARGETS["load_p95_ms"])])
    largest = max(results["settings"]["sizes"])
    big = [s for s in results["steps"] if not s["error"] and s["name"].split(" ")[1:2] == [str(largest)]]
    if big:
        peak = max(s["peak_tree_mb"] for s in big)
        names = ", ".join(dict.fromkeys(s["name"].split(" ")[0] for s in big))
        rows.append([f"Peak memory < 2 GB at {largest:,} notices ({names})", _mb(peak),
                     _met(peak < TARGETS["memory_mb"])])
    if link:
        largest_links = max(r["notices"] for r in link[-1]["result"]["runs"])
        peak = link[-1]["peak_tree_mb"]
        rows.append([f"Peak memory < 2 GB, compare links at {largest_links:,} notices", _mb(peak),
                     _met(peak < TARGETS["memory_mb"])])
    for held in _steps(results, "link-index"):
        rows.append([f"Peak memory < 2 GB, what compare links hold at {held['result']['notices']:,} notices "
                     "(spool and candidate index, no comparisons)", _mb(held["peak_tree_mb"]),
                     _met(held["peak_tree_mb"] < TARGETS["memory_mb"])])
    for step in _steps(results, "incremental"):
        r = step["result"]
        rows.append([f"Adding {r['added']} notices to a {r['notices'] - r['added']:,}-notice catalog "
                     f"< {100 * TARGETS['incremental_share']:g}% of a full build, and equal to it",
                     f"{100 * r['share_of_full']:.1f}%" + ("" if r.get("equal") is None
                                                          else ", equal" if r["equal"] else ", NOT equal"),
                     _met(r["share_of_full"] < TARGETS["incremental_share"] and r.get("equal") is not False)])
    return ["## Targets", "", *_table(["Target", "Measured", ""], rows)] if rows else []


def _generate(results: dict) -> list[str]:
    found = _steps(results, "generate")
    if not found:
        return []
    rows = []
    for step in found:
        r = step["result"]
        share = r.get("distinct_share")
        rows.append([_corpus(step), f"{r['count']:,}", f"{r['chars']:,}", _mb(r["bytes"] / 2 ** 20),
                     f"{r['seconds']:.1f} s", f"{r['count'] / r['seconds']:,.0f}", _mb(step["peak_tree_mb"]),
                     "—" if share is None else f"**{share:.1%}**"])
    return ["## Corpus generation", "",
            "Distinct sentences: the share of distinct sentences among all sentences of the corpus "
            "(`bench.realistic.sentences`: whitespace removed, cut after 。！？；, pieces of fewer than six "
            "Chinese characters left out). The 100 real notices of the repository give 97.5% by the same "
            "count; real notices 96–99%.", "",
            *_table(["Corpus", "Notices", "Characters", "Size", "Time", "Notices/s", "Peak memory",
                     "Distinct sentences"], rows)]


def _pipeline(results: dict) -> list[str]:
    pairs = _pipeline_pairs(results)
    if not pairs:
        return []
    rows = []
    for n, floor, pipe in pairs:
        chars = floor["result"]["chars"]
        rows.append([
            _corpus(pipe), f"{n:,}", f"{chars:,}", f"{floor['wall']:.1f} s", f"{chars / floor['wall']:,.0f}",
            f"{pipe['wall']:.1f} s", f"{chars / pipe['wall']:,.0f}", f"{pipe['result']['notices'] / pipe['wall']:.1f}",
            f"**{pipe['wall'] / floor['wall']:.2f}×**", f"{pipe['cpu'] / floor['cpu']:.2f}×",
            f"{pipe['result']['measures']:,}", pipe["result"]["errors"],
        ])
    workers = results["settings"]["workers"]
    return ["## Ingest + extract throughput", "",
            f"`notices.pipeline.process_paths` on {workers} worker processes, against one jieba pass "
            f"over the same raw text on {workers} processes with the settings the pipeline uses "
            "(`ingest.segment.words(text, guess=False)`: dictionary words, no HMM, as `extract.nlp.JiebaTokenizer`; "
            "runs of the seeds corpus before 2026-12 used `jieba.lcut` with the HMM, about 1.6× slower on raw "
            "text, so their ratios are lower), both timed from pool start to pool end. The CPU ratio counts the workers' CPU "
            "seconds and is less sensitive to other load on the machine.", "",
            *_table(["Corpus", "Notices", "Characters", "jieba wall", "jieba chars/s", "Pipeline wall", "Pipeline chars/s",
                     "Notices/s", "Ratio (wall)", "Ratio (CPU)", "Measures", "Errors"], rows)]


def _extract_memory(results: dict) -> list[str]:
    found = sorted(_steps(results, "extract"), key=_size)
    if not found:
        return []
    rows = [[_corpus(s), f"{_size(s):,}", f"{s['result']['documents']:,}", f"{s['wall']:.1f} s", f"{s['cpu']:.1f} s",
             _mb(s["peak_tree_mb"]), _mb(s["child_maxrss_mb"])] for s in found]
    growth = (f" Largest over smallest peak: **{found[-1]['peak_tree_mb'] / found[0]['peak_tree_mb']:.2f}×** "
              f"({_size(found[0]):,} → {_size(found[-1]):,} notices).") if len(found) > 1 else ""
    return ["## `notices extract` memory", "",
            "`notices extract <files> --out <file>` as a user runs it (`notices.cli.main`), its process pool "
            "and all: each document is written as it is done, so its peak memory (PSS of the process and its "
            "workers, sampled every 0.25 s) should not grow with the corpus." + growth, "",
            *_table(["Corpus", "Notices", "Documents", "Wall", "CPU", "Peak memory (PSS)", "Max RSS, largest worker"],
                    rows)]


def _ingest_length(results: dict) -> list[str]:
    found = _steps(results, "ingest-length")
    if not found:
        return []
    r = found[-1]["result"]
    rows = [[f"{row['characters']:,}", row["documents"], f"{row['seconds']:.2f} s", f"{row['us_per_char']:.2f} µs"]
            for row in r["rows"]]
    return ["## Ingest and document length", "",
            "The same text (the real notices of `corpus/` and `tests/data/dev/raw/` with their noise, copies "
            "tagged so that they do not repeat) cut into documents of each length and every document ingested "
            "(CPU time, the best of three, dictionaries loaded before): "
            "each row does the same work on the same characters, so linear time is a flat last column. "
            f"Largest over smallest time per character: **{r['spread']:.2f}×**.", "",
            *_table(["Document length", "Documents", "Ingest", "Per character"], rows)]


def _caches(results: dict) -> list[str]:
    found = _steps(results, "caches")
    if not found:
        return []
    r = found[-1]["result"]
    rows = [[run["caches"], f"{run['floor']:.2f} s", f"{run['pipeline']:.2f} s", f"**{run['pipeline'] / run['floor']:.2f}×**"]
            for run in r["runs"]]
    return ["## The extraction's caches", "",
            f"The caches keyed by a passage of text profit from a corpus that repeats its sentences (the seeds "
            f"corpus does, far more than real notices). `process_file` in one process over {r['notices']:,} notices "
            f"(from n{r['first']:06d}), with those caches kept and with them emptied before each notice, each "
            f"against its own jieba pass over the same raw text, with the pipeline's settings (CPU time). Caches keyed by a character, a number, a "
            f"city or a unit name are kept either way: any corpus fills them within a few notices. The caches "
            f"emptied: "
            + ", ".join(f"`{c}`" for c in r["caches"]) + ".", "",
            *_table(["Caches", "jieba pass", "Pipeline", "Ratio"], rows)]


def _profile(results: dict) -> list[str]:
    found = _steps(results, "profile")
    if not found:
        return []
    r = found[-1]["result"]
    total = r["total"] or 1
    own = [[f"`{x['function']}`", f"{x['own']:.2f} s", f"{100 * x['own'] / total:.0f}%", f"{x['calls']:,}"]
           for x in r["own"][:12]]
    cumulative = [[f"`{x['function']}`", f"{x['cumulative']:.2f} s", f"{100 * x['cumulative'] / total:.0f}%"]
                  for x in r["cumulative"][:14]]
    return ["## Where the pipeline spends its time", "",
            f"cProfile of `process_file` in one process over {r['notices']} notices "
            f"({total:.1f} s of profiled time; cProfile inflates functions with many small calls).", "",
            "Project functions by cumulative time:", "",
            *_table(["Function", "Cumulative", "Share"], cumulative),
            "All functions by own time:", "",
            *_table(["Function", "Own", "Share", "Calls"], own)]


def _links(results: dict) -> list[str]:
    found = _steps(results, "links")
    if not found:
        return []
    r = found[-1]["result"]
    rows = [[f"{x['notices']:,}", f"{x['seconds']:.1f} s", f"{x['comparisons']:,}", f"{x['all_pairs']:,}",
             f"{x['pairs']:,}", f"{1e3 * x['seconds'] / max(1, x['comparisons']):.1f} ms"] for x in r["runs"]]
    rows += [[f"{x['notices']:,}", f"skipped (≈{x['predicted_seconds']:,.0f} s predicted)", "", "", "", ""]
             for x in r["skipped"]]
    k, kc = r["exponent"], r["comparison_exponent"]
    lines = ["## Compare links (`notices.catalog.iter_links`)", "",
             *_table(["Notices", "Time", "Notice comparisons", "All pairs n(n−1)/2", "Measure links",
                      "Per comparison"], rows)]
    if k is not None:
        lines += [f"Fitted exponent: time ∝ n^{k:.2f}; notice comparisons ∝ n^{kc:.2f}.", ""]
    return lines


def _build(results: dict, settings: dict) -> list[str]:
    found = _steps(results, "build")
    if not found:
        return []
    processed = max(settings["processed"])
    rows = []
    for s in found:
        r = s["result"]
        size = r["bytes"] - r.get("free_bytes", 0)
        rows.append([
            f"{r['notices']:,}" + (" (copies)" if r["notices"] > processed else ""),
            "disk" if s["name"].endswith("disk") else settings["db_dir"],
            f"{r['seconds']:.1f} s", f"{1e3 * r['seconds'] / r['notices']:.1f} ms", _mb(size / 2 ** 20),
            f"{size / r['notices'] / 1024:.0f} kB", f"{r['rows']['measures']:,}", _mb(s["peak_tree_mb"]),
        ])
    lines = ["## Catalog build (`db.build.build`)", "",
             f"Documents are streamed from the JSON Lines the pipeline wrote; past {processed:,} notices they are "
             "copies of the processed ones under new source names (processing 100k notices would take longer than "
             "the whole benchmark budget). Links are not included here: see the compare links above.", "",
             *_table(["Notices", "Written to", "Time", "Per notice", "Database", "Per notice", "Measures",
                      "Peak memory"], rows)]
    broken_down = next((s["result"] for s in reversed(found) if "tables" in s["result"]), None)
    if broken_down:
        tables = broken_down["tables"]
        total = sum(tables.values()) or 1
        top = sorted(tables.items(), key=lambda kv: -kv[1])[:8]
        lines += [f"Space by table or index in the {broken_down['notices']:,}-notice catalog:", "",
                  *_table(["Table or index", "Size", "Share"],
                          [[f"`{k}`", _mb(v / 2 ** 20), f"{100 * v / total:.0f}%"] for k, v in top])]
    return lines


def _search(results: dict) -> list[str]:
    search = _search_figures(results)
    if not search:
        return []
    r, settings = search["step"]["result"], results["settings"]
    newest = r["newest"]
    rows = []
    for word, q in r["queries"].items():
        rows.append([
            q["group"], word, f"{q['fts_matches']:,}",
            *(f"{1e3 * statistics.median(q[k]):,.1f}" for k in ("search", "search_sql", "rows", "page")),
            f"{1e3 * q['fts_count']:,.1f}", f"{1e3 * q['scan']:,.0f}", f"{1e3 * q['scan_newest']:,.1f}",
            f"{search['speedups'][word]:,.0f}×", f"{search['newest_speedups'][word]:,.1f}×",
            "yes" if q["same_rows"] else "**no**",
        ])
    timed_out = sorted({f for q in r["queries"].values() for f in q["timed_out_facets"]})

    def line(label: str, key: str) -> list[str]:
        return [label, *(f"{v:,.1f} ms" for v in search[key].values())]

    return ["## Search latency", "",
            f"Datasette in process (`ds.client.get`) on the {_size(search['step']):,}-notice catalog, after one "
            f"warm-up request per query and URL; {settings['repeats']} timed requests per query for the search and "
            "the table rows, one for the table page. *Search* is the catalog's search "
            f"(`/notices/search_newest.json?q=…`, the canned query in metadata.yml): the newest {newest} matching "
            f"measures, read from the full-text index newest first, so it stops after {newest}. *Table rows* is "
            "Datasette's table search (`/notices/measures.json?_search=…&_nocount=1&_nofacet=1`), which the "
            "catalog's plugin reads off the full-text index newest first, up to a bound (`SEARCH_COUNT_LIMIT` "
            "in db/plugin.py); *table page* adds the match count, up to that bound, and the facets of metadata.yml"
            + (f" (facets that ran out of Datasette's time limit on some query: {', '.join(timed_out)})" if timed_out else "")
            + ". The *scan* is `select count(*) from measures where heading like '%…%' or text like '%…%' or units "
            f"like '%…%'`, which reads every row as any search for all matches must; the *newest-{newest} scan* is the "
            f"same condition with `order by rowid desc limit {newest}`, an unindexed scan that stops as soon as it has "
            "the search's rows (it is quick for common words and reads the whole table for rare ones). "
            "The scans run in SQLite directly, without Datasette's few milliseconds per request; *search SQL* is the "
            f"search's own query run the same way, and the newest-{newest} scan is set beside it. "
            "Database pages are cached for every figure. *Same rows* compares the search's rows with that scan's. "
            f"Cold start (startup and first search): {r['cold_start_ms']:,.0f} ms.", "",
            *_table(["", "p50", "p95", "max"], [
                line(f"Search (newest {newest})", "search"), line("Search, its SQL alone", "search_sql"),
                line("Table search, rows", "rows"),
                line("Table search, page with count and facets", "page"),
                line("LIKE scan, every match", "scan"), line(f"LIKE scan, newest {newest}", "scan_newest"),
            ]),
            *_table(["Kind", "Query", "Matches", "Search ms", "Search SQL ms", "Table rows ms", "Table page ms", "FTS count ms",
                     "Scan ms", f"Newest-{newest} scan ms", "Scan ÷ search", f"Newest-{newest} scan ÷ search SQL", "Same rows"],
                    rows)]


def _incremental(results: dict) -> list[str]:
    found = _steps(results, "incremental")
    if not found:
        return []
    rows = []
    for s in found:
        r = s["result"]
        u = r["update"]
        rows.append([f"{r['notices'] - r['added']:,} + {r['added']}", f"{r['base_seconds']:.1f} s",
                     f"{r['update_seconds']:.1f} s",
                     f"{r['rebuild_seconds']:.1f} s" if "rebuild_seconds" in r else "—",
                     f"{100 * r['share_of_full']:.1f}%", f"{u['relinked']:,}", f"{u['moved']:,}",
                     {True: "yes", False: "**no**: " + ", ".join(r["tables_differing"]), None: "—"}[r.get("equal")],
                     _mb(s["peak_tree_mb"])])
    return ["## Incremental build (`notices.catalog.update_catalog`)", "",
            "The newest notices in issue order are added to a catalog, links and lineages included, built of "
            "the other documents (`build_catalog`); the full build of all of them is timed after it and the "
            "two catalogs compared table by table (rows in a stable order, and the measures' rowid order). "
            "Both start from extracted documents: a full `notices build` of files would extract every file "
            "as well, where an update extracts only the new ones.", "",
            *_table(["Notices", "Base build", "Update", "Full build", "Update / full", "Notices re-linked",
                     "Measures moved", "Equal", "Peak memory"], rows)]


def _pages(results: dict) -> list[str]:
    figures = _page_figures(results)
    loads = _steps(results, "load") + _steps(results, "load-targets")
    if not figures and not loads:
        return []
    lines = ["## Pages", ""]
    if figures:
        r = figures["step"]["result"]
        units = ", ".join(f"{u} ({n:,} measures)" for u, n in r["unit_measures"].items())
        lines += [
            f"Datasette in process on the {_size(figures['step']):,}-notice catalog, one client: the measures "
            "table's search page with its default facets (`/notices/measures?_search=…`, as HTML and as JSON) for "
            f"every query of the search table above, and the pages of these units: {units}. One warm-up request per "
            f"page, then {results['settings']['repeats']} timed.", "",
            *_table(["Page", "p50", "p95", "max"],
                    [[kind, *(f"{v:,.1f} ms" for v in t.values())] for kind, t in figures["kinds"].items()])]
    for load in loads:
        r = load["result"]
        which = "every kind of page" if load["name"].startswith("load ") else "the table search and unit pages only"
        lines += [
            f"`bench/load.py` on the {_size(load):,}-notice catalog served by `notices serve`: {r['clients']} "
            f"concurrent clients for {r['seconds']:g} s, cycling through {which}: {r['requests']:,} requests "
            f"({r['requests'] / r['elapsed']:,.1f}/s), {r['errors']} errors.{_cpu_per_request(r)}", "",
            *_table(["Page", "Requests", "p50", "p95"],
                    [[kind, f"{p['requests']:,}", f"{p['p50_ms']:,.1f} ms", f"{p['p95_ms']:,.1f} ms"]
                     for kind, p in r["pages"].items()]
                    + [["all", f"{r['requests']:,}", f"{r['p50_ms']:,.1f} ms", f"{r['p95_ms']:,.1f} ms"]])]
    return lines


def _cpu_per_request(r: dict) -> str:
    """The CPU time per request of the server's processes and of the load generator, which
    share the machine's cores: a figure other work on the machine disturbs less than latency."""
    if r.get("server_cpu") is None or not r["requests"]:
        return ""
    return (f" CPU time per request: {1000 * r['server_cpu'] / r['requests']:,.1f} ms in the server's processes, "
            f"{1000 * r['client_cpu'] / r['requests']:,.1f} ms in the load generator.")


def _memory(results: dict) -> list[str]:
    rows = [[s["name"], _corpus(s), f"{s['wall']:.1f} s", f"{s['cpu']:.1f} s", _mb(s["peak_tree_mb"]), _mb(s["self_maxrss_mb"]),
             _mb(s["child_maxrss_mb"]) if s["child_maxrss_mb"] >= 1 else "—"]
            for s in results["steps"] if not s["error"]]
    return ["## Time and peak memory of every step", "",
            "Peak memory is the largest sum of the proportional set sizes (PSS) of the step's process and its "
            "workers, sampled every 0.25 s; the max RSS columns are the kernel's figures for the step's "
            "own process and for its largest worker.", "",
            *_table(["Step", "Corpus", "Wall", "CPU", "Peak memory (PSS)", "Max RSS, step", "Max RSS, largest worker"], rows)]


def write_report(results: dict, path: Path) -> None:
    path.write_text(render(results), encoding="utf-8")


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "out" / "results.json"
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "RESULTS.md"
    write_report(json.loads(source.read_text(encoding="utf-8")), target)
