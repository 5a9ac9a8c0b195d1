"""The benchmark steps. Each takes plain arguments and returns a JSON-able dict;
bench/measure.py runs it in a fresh process and adds time and memory."""
from __future__ import annotations

import asyncio
import cProfile
import hashlib
import itertools
import json
import math
import os
import pstats
import re
import sqlite3
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import quote

import yaml

from bench.generate import generate

ROOT = Path(__file__).resolve().parent.parent

# Search queries: words of 2, 4 and 6 characters, unit names and rare words, common and rare in the
# seeds; one of each length finds nothing (the cost of a miss).
QUERIES = {
    "2 chars": ["隔离", "口罩", "核酸", "发热", "社区", "学校", "冷链", "疫苗"],
    "4 chars": ["核酸检测", "集中隔离", "健康监测", "体温检测", "密切接触", "公共场所", "航空母舰"],
    "6 chars": ["疫情防控工作", "新冠肺炎疫情", "核酸检测能力", "集中隔离观察", "重点人员排查", "人员密集场所"],
    "unit": ["市卫生健康委", "市公安局", "各区县", "市疾控中心", "医疗机构", "物业服务企业"],
    # Found in a few notices of the realistic corpus (fewer than 100 measures at 100,000 notices):
    # a scan for the newest 100 reads every row, the index does not.
    "rare": ["抗原检测", "春运"],
}


def corpus_paths(corpus: str, count: int) -> list[Path]:
    """The first `count` notices of a generated corpus, in their order."""
    paths = [Path(corpus) / f"n{i:06d}.txt" for i in range(count)]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"{missing[0]}: the corpus holds fewer than {count} notices; generate it first")
    return paths


def write_corpus(out: str, count: int, seed: int, workers: int | None, kind: str = "seeds") -> dict:
    stats = generate(Path(out), count, seed=seed, workers=workers, kind=kind)
    return {"count": stats.count, "chars": stats.chars, "bytes": stats.bytes, "seconds": stats.seconds,
            "kind": stats.kind, "distinct_share": stats.distinct_share}


# ------------------------------------------------------------ the jieba floor


def _jieba_init() -> None:
    from ingest.segment import configure_jieba

    configure_jieba().initialize()


def _segment(paths: list[Path]) -> int:
    from ingest.segment import words

    chars = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        # As the pipeline segments (extract.nlp.JiebaTokenizer, ingest.columns): dictionary
        # words only, no HMM guesses, which make a pass over raw text about 1.6× as slow.
        words(text, guess=False)
        chars += len(text)
    return chars


def jieba_floor(corpus: str, count: int, workers: int) -> dict:
    """One jieba pass (without the HMM, as the pipeline runs it) over the raw text of
    the notices, on `workers` processes."""
    paths = corpus_paths(corpus, count)
    chunks = [paths[i:i + 50] for i in range(0, len(paths), 50)]
    with ProcessPoolExecutor(max_workers=workers, initializer=_jieba_init) as pool:
        chars = sum(pool.map(_segment, chunks))
    return {"notices": count, "chars": chars}


# ------------------------------------------------------------ the pipeline


def pipeline(corpus: str, count: int, workers: int, docs_out: str) -> dict:
    """Ingest and extract the notices on all cores, writing the documents as JSON Lines."""
    from notices.pipeline import process_paths

    paths = corpus_paths(corpus, count)
    errors, measures, notices = [], 0, 0
    with open(docs_out, "w", encoding="utf-8") as out:
        for outcome in process_paths(paths, workers=workers):
            if outcome.error:
                errors.append(outcome.error)
                continue
            notices += 1
            measures += len(outcome.document.get("measures") or [])
            out.write(json.dumps(outcome.document, ensure_ascii=False) + "\n")
    return {"notices": notices, "measures": measures, "errors": len(errors), "error_samples": errors[:3]}


def extract_cli(corpus: str, count: int, out: str) -> dict:
    """`notices extract` on the notices, as a user runs it (its process pool, its JSON
    Lines writer): its peak memory, measured from outside, must not grow with the corpus."""
    from notices.cli import main

    paths = [str(p) for p in corpus_paths(corpus, count)]
    status = main(["extract", *paths, "--out", out])
    with open(out, encoding="utf-8") as f:
        documents = sum(1 for _ in f)
    size = os.path.getsize(out)
    os.remove(out)  # the pipeline step keeps the same documents
    return {"notices": count, "documents": documents, "bytes": size, "status": status}


# The caches keyed by a passage of text (a phrase, clause, sentence or measure), which
# the synthetic notices' repeated sentences fill with hits. Those keyed by a character,
# a number, a city or a unit name are left: any corpus fills them within a few notices.
TEXT_CACHES = ("extract.units._text_units", "extract.units._sentence_units", "extract.units._clause",
               "extract.unit_phrases._parse_units", "extract.unit_phrases.kind_of", "extract.phrases.depths")


def _text_caches() -> list:
    import importlib

    return [getattr(importlib.import_module(name.rpartition(".")[0]), name.rpartition(".")[2]) for name in TEXT_CACHES]


def cache_effect(corpus: str, count: int, first: int = 0, rounds: int = 2) -> dict:
    """The pipeline in one process against one jieba pass (the pipeline's settings),
    with the text caches kept and with them emptied before every notice: a corpus that
    repeats its sentences fills those caches with hits. `rounds` alternations of
    both, each timed against its own jieba pass (CPU time)."""
    from ingest.segment import words
    from notices.pipeline import process_file

    paths = corpus_paths(corpus, first + count)[first:]
    process_file(paths[0])  # loads jieba's dictionary and spaCy outside the timings
    caches = _text_caches()
    texts = [p.read_text(encoding="utf-8") for p in paths]
    runs = []
    for _ in range(rounds):
        for kept in (True, False):
            started = time.process_time()
            for text in texts:
                words(text, guess=False)
            floor = time.process_time() - started
            started = time.process_time()
            for path in paths:
                if not kept:
                    for cache in caches:
                        cache.cache_clear()
                process_file(path)
            runs.append({"caches": "kept" if kept else "emptied per notice", "floor": floor,
                         "pipeline": time.process_time() - started})
    return {"notices": count, "first": first, "caches": list(TEXT_CACHES), "runs": runs}


def profile_pipeline(corpus: str, count: int, top: int = 15) -> dict:
    """Where one process spends its time on `count` notices (cProfile, after a warm-up file)."""
    from notices.pipeline import process_file

    paths = corpus_paths(corpus, count + 1)
    process_file(paths[0])  # loads spaCy, jieba and the rule files
    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths[1:]:
        process_file(path)
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    total = max(ct for _, _, _, ct, _ in stats.values())  # process_file's cumulative time

    def row(key, value) -> dict:
        filename, line, name = key
        where = Path(filename)
        try:
            where = where.relative_to(ROOT)
        except ValueError:
            where = Path(*where.parts[-2:]) if len(where.parts) > 1 else where
        return {"function": f"{where}:{line}({name})", "own": value[2], "cumulative": value[3],
                "calls": value[1]}

    def ours(key) -> bool:
        return key[0].startswith(str(ROOT)) and "/.venv/" not in key[0]

    by_own = sorted(stats.items(), key=lambda kv: -kv[1][2])[:top]
    by_cumulative = sorted(((k, v) for k, v in stats.items() if ours(k)), key=lambda kv: -kv[1][3])[:top]
    return {
        "notices": count, "total": total,
        "own": [row(k, v) for k, v in by_own],
        "cumulative": [row(k, v) for k, v in by_cumulative],
    }


# ------------------------------------------------------------ documents


def _long_notice(length: int) -> str:
    """Real notices, noise and all (traditional characters with converter debris, scrape
    chrome and repeats, hard wraps, CRLF), one after another up to ``length``, each copy
    tagged (``（3）。``) so that copies do not repeat each other's sentences."""
    texts = [p.read_text(encoding="utf-8") for folder in ("corpus", "tests/data/dev/raw")
             for p in sorted((ROOT / folder).glob("*.txt"))]
    pieces, total = [], 0
    for copy in itertools.count():
        for text in texts:
            if copy:
                text = re.sub("(?=[。；])", f"（{copy}）", text)
            pieces.append(text.replace("\n", "\r\n") if copy % 2 else text)
            total += len(pieces[-1])
            if total >= length:
                return "\n".join(pieces)[:length]
    raise AssertionError("unreachable")


def ingest_length(lengths: list[int], repeats: int = 3) -> dict:
    """Ingest time per character when the same text comes as documents of each length:
    the text is cut into pieces of that length and every piece ingested, so each row
    does the same work on the same characters, and linear time is a flat column."""
    from ingest.models import RawSource
    from ingest.pipeline import ingest_source

    from ingest.segment import configure_jieba

    text = _long_notice(max(lengths))
    # Dictionaries load once, outside the timings: jieba's (news pages rejoin cut columns
    # with it) would otherwise fall in the first row.
    configure_jieba().initialize()
    ingest_source(RawSource(Path("warm-up.txt"), text[:1000], "txt", "-"))
    rows = []
    for length in lengths:
        sources = [RawSource(Path(f"long-{length}-{i}.txt"), text[i:i + length], "txt", "-")
                   for i in range(0, len(text), length)]
        best = math.inf
        for _ in range(repeats):
            start = time.process_time()  # CPU time: the machine may be shared
            for source in sources:
                ingest_source(source)
            best = min(best, time.process_time() - start)
        rows.append({"characters": length, "documents": len(sources), "seconds": round(best, 3),
                     "us_per_char": round(best / len(text) * 1e6, 2)})
    per_char = [r["us_per_char"] for r in rows]
    return {"rows": rows, "spread": round(max(per_char) / min(per_char), 2)}


def read_documents(docs: str, count: int):
    """The first `count` documents of a JSON Lines file; past its end, copies of its
    documents under new source names (`n000123-r1.txt`), so any count can be built."""
    for copy in itertools.count():
        with open(docs, encoding="utf-8") as f:
            for line in f:
                if count <= 0:
                    return
                doc = json.loads(line)
                if copy:
                    stem, dot, ext = doc["source"].rpartition(".")
                    doc["source"] = f"{stem}-r{copy}{dot}{ext}"
                    doc["path"] = doc["source"]
                count -= 1
                yield doc
        if copy == 0 and count > 0 and os.path.getsize(docs) == 0:
            raise ValueError(f"{docs}: no documents to copy")


def fit_exponent(sizes: list[float], values: list[float]) -> float | None:
    """The exponent k of values ≈ c·sizes^k, by least squares on the logarithms."""
    points = [(math.log(s), math.log(v)) for s, v in zip(sizes, values) if s > 0 and v > 0]
    if len(points) < 2:
        return None
    mx = statistics.fmean(x for x, _ in points)
    my = statistics.fmean(y for _, y in points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else None


def links(docs: str, sizes: list[int], budget: float) -> dict:
    """`iter_links` on the first n documents for each n, stopping before a size whose
    time, extrapolated from the sizes done, would pass `budget` seconds."""
    from notices.catalog import iter_links

    list(iter_links(read_documents(docs, 3)))  # loads jieba and the compare word lists outside the timings
    runs, skipped = [], []
    for n in sorted(sizes):
        if len(runs) >= 2:
            k = fit_exponent([r["notices"] for r in runs], [r["seconds"] for r in runs]) or 1.0
            predicted = runs[-1]["seconds"] * (n / runs[-1]["notices"]) ** k
            if predicted > budget:
                skipped.append({"notices": n, "predicted_seconds": predicted})
                continue
        started = time.perf_counter()
        comparisons = pairs = 0
        # Read as the build reads them: spooled to disk, not held in memory. Counted,
        # not kept: the build streams the comparisons too.
        for comparison in iter_links(read_documents(docs, n)):
            comparisons += 1
            pairs += len(comparison["pairs"])
        seconds = time.perf_counter() - started
        runs.append({"notices": n, "seconds": seconds, "comparisons": comparisons, "pairs": pairs,
                     "all_pairs": n * (n - 1) // 2})
    exponent = fit_exponent([r["notices"] for r in runs], [r["seconds"] for r in runs])
    per = [r["seconds"] / r["comparisons"] for r in runs if r["comparisons"]]
    return {
        "runs": runs, "skipped": skipped, "exponent": exponent,
        "comparison_exponent": fit_exponent([r["notices"] for r in runs], [r["comparisons"] for r in runs]),
        "seconds_per_comparison": per,
    }


def link_index(docs: str, count: int) -> dict:
    """What the compare links keep while they run, at a size whose comparisons would
    take hours: `count` documents spooled, and every notice added to the candidate
    index in issue order, without comparing them."""
    from compare import CandidateIndex
    from notices.catalog import notices_in_issue_order
    from notices.spool import spooled

    started = time.perf_counter()
    index = CandidateIndex()
    with spooled(read_documents(docs, count)) as spool:
        for doc in notices_in_issue_order(spool):
            index.add(doc)
    return {"notices": count, "measures": len(index), "seconds": time.perf_counter() - started}


# ------------------------------------------------------------ the catalog


def build_catalog(docs: str, count: int, db_path: str, breakdown: bool) -> dict:
    """`db.build.build` on `count` documents streamed from JSON Lines (no links: see `links`)."""
    from db.build import build

    path = Path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    stats = build(read_documents(docs, count), path)
    seconds = time.perf_counter() - started
    out = {"notices": count, "seconds": seconds, "bytes": path.stat().st_size, "rows": vars(stats)}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        out["free_bytes"] = (conn.execute("pragma freelist_count").fetchone()[0]
                             * conn.execute("pragma page_size").fetchone()[0])
        if breakdown:
            out["tables"] = dict(conn.execute(
                "select name, sum(pgsize) from dbstat group by name order by 2 desc").fetchall())
    return out


def incremental(docs: str, count: int, added: int, db_dir: str, root: str | None = None,
                rebuild: bool = True) -> dict:
    """Adding the `added` newest notices (in issue order) of `count` documents to a
    catalog of the others, with their links, against building the catalog in full:
    `notices.catalog.build_catalog` of the others, then `update_catalog` with the
    new ones; with `rebuild`, a full build of all `count` too, checked equal to the
    updated catalog table by table. `root`: the folder the documents' files are in
    (their raw excerpts are read from there, by both builds alike)."""
    from notices.catalog import build_catalog, heads_of, issue_order, update_catalog

    newest = set(issue_order(heads_of(read_documents(docs, count)))[-added:])
    fresh = [d for d in read_documents(docs, count) if d["source"] in newest]
    folder = Path(db_dir)
    folder.mkdir(parents=True, exist_ok=True)
    updated, rebuilt = folder / "updated.db", folder / "rebuilt.db"
    out: dict = {"notices": count, "added": added}
    started = time.perf_counter()
    build_catalog((d for d in read_documents(docs, count) if d["source"] not in newest), updated, root=root)
    out["base_seconds"] = time.perf_counter() - started
    started = time.perf_counter()
    stats = update_catalog(fresh, updated, root=root)
    out["update_seconds"] = time.perf_counter() - started
    out["update"] = vars(stats)
    out["bytes"] = updated.stat().st_size
    if rebuild:
        started = time.perf_counter()
        build_catalog(read_documents(docs, count), rebuilt, root=root)
        out["rebuild_seconds"] = time.perf_counter() - started
        differ = [t for t, digest in _table_digests(rebuilt).items() if _table_digests(updated).get(t) != digest]
        out["equal"], out["tables_differing"] = not differ, differ
    full = out.get("rebuild_seconds", out["base_seconds"])
    out["share_of_full"] = out["update_seconds"] / full
    return out


def _table_digests(path: Path) -> dict[str, str]:
    """A digest of each table's rows in a stable order, and of the measures' rowids."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' "
                                             "and name not like 'sqlite_%' and name not like '%fts%'")]
        digests = {}
        for table in tables:
            columns = ", ".join(f"[{r[1]}]" for r in conn.execute(f"pragma table_info([{table}])"))
            digest = hashlib.sha256()
            for row in conn.execute(f"select {columns} from [{table}] order by {columns}"):
                digest.update(repr(row).encode())
            digests[table] = digest.hexdigest()
        digest = hashlib.sha256()
        for row in conn.execute("select rowid, id from measures order by rowid"):
            digest.update(repr(row).encode())
        digests["measures by rowid"] = digest.hexdigest()
    return digests


# ------------------------------------------------------------ search


def _percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p
    lo, hi = math.floor(k), math.ceil(k)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def summary(seconds: list[float]) -> dict:
    return {"p50_ms": _percentile(seconds, 0.5) * 1e3, "p95_ms": _percentile(seconds, 0.95) * 1e3,
            "max_ms": max(seconds) * 1e3}


# The search the targets are set for (metadata.yml, search_newest): the newest 100
# matches; and Datasette's table search, rows only and the whole page (count, facets).
SEARCH = "/{db}/search_newest.json?q={q}&_shape=array"
TABLE_ROWS = "/{db}/measures.json?_search={q}&_nocount=1&_nofacet=1"
TABLE_PAGE = "/{db}/measures.json?_search={q}"


def newest_search() -> tuple[str, int]:
    """search_newest's SQL, and how many rows it shows (its final `limit`)."""
    metadata = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
    sql = metadata["databases"]["notices"]["queries"]["search_newest"]["sql"]
    return sql, int(re.search(r"\blimit\s+(\d+)\s*$", sql).group(1))


async def _timed(ds, url: str, repeats: int) -> tuple[dict, list[float]]:
    """The answer to `url` (a warm-up), then the times of `repeats` more requests."""
    response = await ds.client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url}: status {response.status_code}: {response.text[:300]}")
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        await ds.client.get(url)
        times.append(time.perf_counter() - t)
    return (response.json() if "json" in response.headers.get("content-type", "") else response.text), times


async def _search_timings(db_path: str, repeats: int, page_repeats: int) -> dict:
    from db.serve import make_datasette

    ds = make_datasette(Path(db_path))
    started = time.perf_counter()
    await ds.invoke_startup()
    name = Path(db_path).stem
    await _timed(ds, SEARCH.format(db=name, q=quote("隔离")), 0)
    out = {"cold_start_ms": (time.perf_counter() - started) * 1e3, "queries": {}}
    for group, words in QUERIES.items():
        for word in words:
            q = quote(word)
            found, search_times = await _timed(ds, SEARCH.format(db=name, q=q), repeats)
            _, rows_times = await _timed(ds, TABLE_ROWS.format(db=name, q=q), repeats)
            page, page_times = await _timed(ds, TABLE_PAGE.format(db=name, q=q), page_repeats)
            out["queries"][word] = {
                "group": group, "search": search_times, "rows": rows_times, "page": page_times,
                "found": [r["measure"] for r in found],
                "matches": page.get("filtered_table_rows_count"),
                "timed_out_facets": page.get("facets_timed_out", []),
            }
    return out


def search(db_path: str, repeats: int, page_repeats: int = 1) -> dict:
    """Datasette's searches on the catalog, against unindexed `LIKE '%…%'` scans of the measures."""
    from db.plugin import match_expression

    out = asyncio.run(_search_timings(db_path, repeats, page_repeats))
    conn = sqlite3.connect(f"file:{db_path}?mode=ro&immutable=1", uri=True)
    conn.create_function("cjk_match", 1, match_expression, deterministic=True)
    conn.execute("select count(*) from measures where text like '%预热%'").fetchone()  # pages into the cache
    search_sql, out["newest"] = newest_search()
    where = "heading like :p or text like :p or units like :p"
    for word, entry in out["queries"].items():
        params = {"p": f"%{word}%"}
        # The search's own SQL without Datasette around it, to set beside the scans.
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            conn.execute(search_sql, {"q": word}).fetchall()
            times.append(time.perf_counter() - t)
        entry["search_sql"] = times
        # Every match, as a count or a ranking must find them.
        t = time.perf_counter()
        (entry["scan_matches"],) = conn.execute(f"select count(*) from measures where {where}", params).fetchone()
        entry["scan"] = time.perf_counter() - t
        # The same rows search_newest shows, by a scan that stops once it has them.
        t = time.perf_counter()
        newest = [r for (r,) in conn.execute(
            f"select id from measures where {where} order by rowid desc limit {out['newest']}", params)]
        entry["scan_newest"] = time.perf_counter() - t
        entry["same_rows"] = newest == entry["found"]
        t = time.perf_counter()
        (entry["fts_matches"],) = conn.execute(
            "select count(*) from measures_fts where measures_fts match ?", (match_expression(word),)).fetchone()
        entry["fts_count"] = time.perf_counter() - t
    conn.close()
    return out


# ------------------------------------------------------------ pages

# The pages the catalog's page targets are set for: the measures table's search with its
# default facets, as a person gets it (HTML) and as a program does (JSON), and a unit's page.
PAGES = {"table search page": "/{db}/measures?_search={q}", "table search page JSON": "/{db}/measures.json?_search={q}"}
UNIT_PAGE = "/{db}/units/{unit}"


async def _page_timings(db_path: str, repeats: int) -> dict:
    from datasette.utils import tilde_encode

    from bench.load import sample_units
    from db.serve import make_datasette

    ds = make_datasette(Path(db_path))
    await ds.invoke_startup()
    name = Path(db_path).stem
    out: dict[str, dict] = {kind: {} for kind in [*PAGES, "unit page"]}
    for words in QUERIES.values():
        for word in words:
            for kind, url in PAGES.items():
                _, out[kind][word] = await _timed(ds, url.format(db=name, q=quote(word)), repeats)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    named = [r[0] for word in QUERIES["unit"] for r in conn.execute(
        "select id from units where name = ? or exists (select 1 from json_each(aliases) where value = ?) limit 1",
        [word, word])]
    counts = dict(conn.execute("select id, measure_count from units"))
    conn.close()
    for unit in dict.fromkeys(named + sample_units(Path(db_path))):
        _, times = await _timed(ds, UNIT_PAGE.format(db=name, unit=tilde_encode(unit)), repeats)
        out["unit page"][unit] = times
    return {"pages": out, "unit_measures": {u: counts.get(u) for u in out["unit page"]}}


def pages(db_path: str, repeats: int) -> dict:
    """The table search page (HTML and JSON, default facets) for every query of QUERIES,
    and the pages of the units QUERIES names and of the units with most measures: one
    warm-up request each, then `repeats` timed ones, in process (`ds.client.get`)."""
    return asyncio.run(_page_timings(db_path, repeats))


def load_test(db_path: str, clients: int, seconds: float, kinds: list[str] | None = None) -> dict:
    """bench/load.py: `clients` concurrent clients on a served catalog for `seconds`,
    on every kind of page or on `kinds` only."""
    from dataclasses import asdict

    from bench.load import run

    return asdict(run(Path(db_path), clients=clients, seconds=seconds, kinds=kinds))
