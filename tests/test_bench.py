"""The benchmark corpus generator writes real notices: the pipeline reads each as a
notice with a document number, a date and measures. No timings are asserted."""
import json
import re

import pytest

from bench import realistic
from bench.generate import generate, load_templates, render_notice
from bench.report import _extract_memory, _incremental, _pages, _search, _summary
from bench.steps import (QUERIES, TEXT_CACHES, _text_caches, cache_effect, extract_cli, fit_exponent, incremental,
                         link_index, pages, read_documents, search)
from db.build import build
from ingest.markers import match_marker
from notices.pipeline import process_file

COUNT = 5


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench-corpus")
    stats = generate(out, COUNT, seed=7, workers=1)
    return out, stats


@pytest.fixture(scope="module")
def documents(corpus):
    out, _ = corpus
    return {p.name: process_file(p) for p in sorted(out.glob("*.txt"))}


def test_generator_writes_the_requested_files(corpus):
    out, stats = corpus
    names = sorted(p.name for p in out.glob("*.txt"))
    assert names == [f"n{i:06d}.txt" for i in range(COUNT)]
    assert stats.count == COUNT
    assert stats.chars == sum(len(p.read_text(encoding="utf-8")) for p in out.glob("*.txt"))


def test_generated_files_are_notices_with_measures(documents):
    for name, doc in documents.items():
        assert doc["kind"] == "notice", name
        assert doc["doc_number"] and re.search(r"〔20\d\d〕\d+号", doc["doc_number"]), name
        assert doc["date"], name  # every variant carries a date line or a 发布日期 header
        assert doc["measures"], name
        # The document number and the date agree on the year, as the generator draws them together.
        assert doc["date"][:4] in doc["doc_number"], name


def test_renumbered_provisions_count_from_one(documents):
    # Whatever provisions a variant drops, each numbering style starts at 1 and has no gaps
    # within its parent (the cleaned paragraphs keep the markers).
    for name, doc in documents.items():
        top = [m[1] for m in map(match_marker, doc["paragraphs"]) if m and m[0] in ("cn", "cn_ordinal")]
        assert top == list(range(1, len(top) + 1)), name


def test_notices_are_the_same_whatever_the_corpus_size():
    # Notice i depends only on (seed, i): the 1k corpus is the start of the 100k one.
    templates = load_templates()
    assert render_notice(templates, 3, seed=1) == render_notice(templates, 3, seed=1)
    assert render_notice(templates, 3, seed=1) != render_notice(templates, 4, seed=1)
    assert render_notice(templates, 3, seed=1) != render_notice(templates, 3, seed=2)


def test_variants_differ_from_their_seed_in_numbers_units_and_layout():
    templates = load_templates()
    texts = [render_notice(templates, i)[1] for i in range(40)]
    assert len(set(texts)) == 40
    # Page-break blank lines (printed layout) and repeated header blocks (scraped layout) both occur.
    assert any("\n\n\n" in t for t in texts)
    assert any(t.count("发布日期") > 1 for t in texts)
    assert templates.units and all(len(u) >= 4 for u in templates.units)


def test_documents_past_the_file_are_copies_under_new_names(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"source": "a.txt", "path": "a.txt"}\n{"source": "b.txt", "path": "b.txt"}\n',
                    encoding="utf-8")
    sources = [d["source"] for d in read_documents(str(docs), 5)]
    assert sources == ["a.txt", "b.txt", "a-r1.txt", "b-r1.txt", "a-r2.txt"]


def test_link_index_holds_every_measure_of_the_copies(tmp_path, documents):
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents.values()), encoding="utf-8")
    held = link_index(str(docs), 2 * COUNT)  # the documents, then copies of them under new names
    assert held["notices"] == 2 * COUNT
    assert held["measures"] == 2 * sum(len(d["measures"]) for d in documents.values())


def test_cache_effect_times_both_ways_over_the_text_caches(corpus):
    out, _ = corpus
    effect = cache_effect(str(out), COUNT - 1, first=1, rounds=1)
    assert [run["caches"] for run in effect["runs"]] == ["kept", "emptied per notice"]
    assert effect["caches"] == list(TEXT_CACHES)
    for cache in _text_caches():  # each is an lru_cache (or offers its cache_clear), filled by the run
        assert cache.cache_info().currsize > 0, cache


def test_extract_step_runs_the_command_and_reports_its_memory_growth(corpus, tmp_path):
    out, _ = corpus
    written = tmp_path / "extract.jsonl"
    result = extract_cli(str(out), COUNT, str(written))
    assert result == {"notices": COUNT, "documents": COUNT, "bytes": result["bytes"], "status": 0}
    assert result["bytes"] > 0 and not written.exists()  # the pipeline step keeps the documents
    steps = [{"name": f"extract {n}", "error": None, "wall": 1.0, "cpu": 1.0, "peak_tree_mb": mb,
              "child_maxrss_mb": 90.0, "result": {**result, "notices": n}} for n, mb in ((10000, 440.0), (1000, 400.0))]
    results = {"steps": steps, "settings": {"sizes": [1000, 10000], "workers": 2}}
    assert "Largest over smallest peak: **1.10×** (1,000 → 10,000 notices)" in "\n".join(_extract_memory(results))
    target = next(line for line in _summary(results) if "`notices extract` peak memory" in line)
    assert "400 MB → 440 MB (1.10×) | met |" in target


@pytest.mark.parametrize("sizes, values, exponent", [
    ([1, 2, 4], [3, 6, 12], 1.0),  # linear
    ([10, 20, 40], [1, 4, 16], 2.0),  # quadratic
    ([5], [1], None),  # one point fits nothing
])
def test_fit_exponent(sizes, values, exponent):
    fitted = fit_exponent(sizes, values)
    assert fitted == exponent if exponent is None else abs(fitted - exponent) < 1e-9


def test_search_benchmark_checks_its_rows_against_a_scan(tmp_path, documents):
    db_path = tmp_path / "notices.db"
    build(documents.values(), db_path)
    result = search(str(db_path), repeats=1)
    queries = result["queries"]
    assert set(queries) == {w for words in QUERIES.values() for w in words}
    assert all(q["same_rows"] for q in queries.values())
    assert queries["各区县"]["found"] and not queries["航空母舰"]["found"]
    report = "\n".join(_search({"steps": [{"name": "search 5", "error": None, "result": result}],
                                 "settings": {"repeats": 1}}))
    assert "| unit | 各区县 |" in report and "**no**" not in report


def test_incremental_benchmark_adds_the_newest_and_compares_with_a_full_build(tmp_path, documents):
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents.values()), encoding="utf-8")
    result = incremental(str(docs), COUNT, 2, str(tmp_path / "db"))
    assert result["equal"] and result["tables_differing"] == []
    assert (result["update"]["added"], result["update"]["relinked"], result["update"]["notices"]) == (2, 2, COUNT)
    report = "\n".join(_incremental({"steps": [{"name": f"incremental {COUNT}", "error": None, "result": result,
                                                 "peak_tree_mb": 1.0}]}))
    assert f"| {COUNT - 2:,} + 2 |" in report and "| yes |" in report


def test_page_benchmark_times_the_search_and_unit_pages_and_reports_them(tmp_path, documents):
    db_path = tmp_path / "notices.db"
    build(documents.values(), db_path)
    result = pages(str(db_path), repeats=1)
    timed = result["pages"]
    assert set(timed) == {"table search page", "table search page JSON", "unit page"}
    assert set(timed["table search page"]) == {w for words in QUERIES.values() for w in words}
    assert timed["unit page"] and all(len(t) == 1 for t in timed["unit page"].values())
    results = {"steps": [{"name": "pages 5", "error": None, "result": result, "peak_tree_mb": 1.0}],
               "settings": {"repeats": 1}}
    report = "\n".join(_pages(results) + _summary({**results, "settings": {"sizes": [5], "repeats": 1}}))
    assert "| unit page |" in report and "unit page p95 < 150 ms" in report


def test_load_report_gives_the_cpu_time_per_request_of_server_and_load_generator():
    result = {"clients": 20, "seconds": 30, "requests": 200, "elapsed": 30.0, "errors": 0, "p50_ms": 1.0,
              "p95_ms": 2.0, "server_cpu": 3.0, "client_cpu": 0.1,
              "pages": {"unit page": {"requests": 200, "p50_ms": 1.0, "p95_ms": 2.0}}}
    report = "\n".join(_pages({"steps": [{"name": "load-targets 5", "error": None, "result": result}]}))
    assert "CPU time per request: 15.0 ms in the server's processes, 0.5 ms in the load generator." in report
    # Results of runs made before the CPU was counted render as they did.
    del result["server_cpu"], result["client_cpu"]
    assert "CPU time" not in "\n".join(_pages({"steps": [{"name": "load 5", "error": None, "result": result}]}))


# ------------------------------------------------------------ the realistic corpus

REALISTIC = 300


@pytest.fixture(scope="module")
def sources():
    return realistic.load_sources()


@pytest.fixture(scope="module")
def realistic_texts(sources):
    return [realistic.render_notice(sources, i)[1] for i in range(REALISTIC)]


def test_realistic_notices_are_the_same_whatever_the_corpus_size(sources):
    assert realistic.render_notice(sources, 3, seed=1) == realistic.render_notice(sources, 3, seed=1)
    assert realistic.render_notice(sources, 3, seed=1) != realistic.render_notice(sources, 4, seed=1)
    assert realistic.render_notice(sources, 3, seed=1) != realistic.render_notice(sources, 3, seed=2)


def test_realistic_corpus_repeats_its_sentences_as_little_as_real_notices(realistic_texts):
    real = realistic.distinct_share(text for _, text in realistic.real_texts())
    assert 0.96 <= real <= 0.99  # the figure the report quotes
    assert realistic.distinct_share(realistic_texts) >= 0.96
    # The seeds corpus, for contrast, repeats most of its sentences.
    templates = load_templates()
    assert realistic.distinct_share(render_notice(templates, i)[1] for i in range(50)) < 0.5


def test_realistic_corpus_carries_the_noise_of_real_notices(sources, realistic_texts):
    texts = realistic_texts
    chrome = [line.split("{")[0] for line in sources.noise["chrome_head"] + sources.noise["chrome_tail"]]
    assert sum(realistic.is_traditional(t) for t in texts) >= 0.15 * len(texts)
    assert any(re.search(r"[網發應]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǚ]+\)", t) for t in texts)  # converter's pinyin
    assert sum(any(c in t for c in chrome) for t in texts) >= 0.2 * len(texts)
    assert any("\r\n" in t for t in texts)
    assert any("\n" not in t.strip() and len(t) > 300 for t in texts)  # pasted as one line
    wrapped = [t for t in texts if len({len(line) for line in t.split("\n") if len(line) > 15}) == 1]
    assert wrapped  # every long line cut at the same width
    lengths = sorted(map(len, texts))
    assert lengths[len(lengths) // 2] < 2000 < lengths[-1]  # most are short, as real notices are


def test_realistic_long_documents_reach_tens_of_thousands_of_characters(sources):
    long = [i for i in range(3 * realistic.LONG_EVERY) if realistic.is_long(i)]
    assert long
    text = realistic.render_notice(sources, long[0])[1]
    assert realistic.LONG_CHARS[0] <= len(text) <= 2 * realistic.LONG_CHARS[1]  # a page scraped twice doubles


def test_realistic_corpus_is_read_as_notices(tmp_path):
    stats = generate(tmp_path, 8, seed=3, workers=1, kind="realistic")
    assert stats.kind == "realistic" and 0.9 <= stats.distinct_share <= 1
    paths = sorted(tmp_path.glob("*.txt"))
    assert [p.name for p in paths] == [f"n{i:06d}.txt" for i in range(8)]
    docs = [process_file(p) for p in paths]
    assert sum(bool(d["measures"]) for d in docs) >= 5
