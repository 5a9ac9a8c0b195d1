"""Run every benchmark and write bench/RESULTS.md: `python -m bench [--sizes 1000,10000,100000]`.

Steps, each in a fresh process (bench/measure.py) so that its time and peak
memory are its own:

1. generate the corpus at the largest size: --corpus realistic (default) is made
   from the real notices with their noise (bench/realistic.py), --corpus seeds
   from the cleaned seed notices (bench/generate.py);
2. for each size up to --process-max: one jieba pass over the raw text (the
   floor), then ingest + extract through the process pool; then `notices extract`
   as a user runs it, for its peak memory (flat if it streams);
3. ingest of one long notice at --lengths characters (linear if time per character is flat);
   in one process, the pipeline with its caches kept and emptied before every
   notice, each against a jieba pass; a cProfile of the pipeline on
   --profile-notices notices;
4. `iter_links` at --link-sizes, stopping before a size predicted to take
   longer than --link-budget seconds;
   and at the largest size, what the links keep in memory: every document
   spooled, every notice in the candidate index (comparisons would take hours);
5. `db.build.build` at every size (past --process-max the processed documents
   are copied under new names), in --db-dir, and the smallest size on disk too;
6. Datasette search latency on the largest catalog against a LIKE scan;
7. the table search page (HTML and JSON, default facets) and unit pages on the
   largest catalog, one client at a time;
8. bench/load.py on the largest catalog: --clients concurrent clients for
   --load-seconds, on every kind of page, then on the table search and unit pages only;
9. an incremental build: the --incremental-added newest notices added to a
   catalog (links included) of the other processed documents, against a full build
   of them all, and the two catalogs compared.

Results go to <out>/results.json after every step and to bench/RESULTS.md at the end.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import sys
import time
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from bench.generate import CORPORA
from bench.measure import run_step
from bench.report import write_report

HERE = Path(__file__).resolve().parent
STEPS = ("generate", "pipeline", "extract", "ingest-length", "caches", "profile", "links", "link-index", "build",
         "search", "pages", "load", "incremental")
# The pages the load targets are set for (bench/load.py's kinds of page).
TARGET_PAGES = ["table search", "table search JSON", "unit page"]


def _sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(s.replace("_", "").replace("k", "000")) for s in text.split(",") if s.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"sizes must be whole numbers separated by commas, not {text!r}")
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError(f"sizes must be positive, not {text!r}")
    return sizes


def machine() -> dict:
    memory = next((int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal:")), 0)
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                  if line.startswith("model name")), platform.processor())

    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "-"

    return {
        "cores": os.cpu_count(), "cpu": model, "memory_gb": round(memory / 1024 ** 2, 1),
        "system": f"{platform.system()} {platform.release()}", "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "packages": {p: version(p) for p in ("jieba", "spacy", "sqlite-utils", "datasette")},
        "load_average_start": os.getloadavg(),
    }


def _default_db_dir() -> Path | None:
    shm = Path("/dev/shm")
    return shm / f"notices-bench-{os.getpid()}" if shm.is_dir() and os.access(shm, os.W_OK) else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=_sizes, default=_sizes("1000,10000,100000"),
                        help="corpus sizes, comma-separated (default 1000,10000,100000)")
    parser.add_argument("--process-max", type=int, default=10000,
                        help="largest size run through ingest + extract (default 10000)")
    parser.add_argument("--lengths", type=_sizes, default=_sizes("10000,30000,100000,300000,1000000"),
                        help="characters of the one long notice ingested at each length")
    parser.add_argument("--link-sizes", type=_sizes, default=_sizes("25,50,100,150,200"))
    parser.add_argument("--link-budget", type=float, default=150.0,
                        help="skip a link size predicted to take longer than this many seconds")
    parser.add_argument("--profile-notices", type=int, default=100)
    parser.add_argument("--cache-notices", type=int, default=300,
                        help="notices the pipeline runs on with its caches kept and emptied")
    parser.add_argument("--repeats", type=int, default=3, help="timed searches per query")
    parser.add_argument("--incremental-added", type=int, default=10,
                        help="notices added to a catalog of the processed documents (default 10)")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients of the load step")
    parser.add_argument("--load-seconds", type=float, default=30.0, help="duration of each load run")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", choices=CORPORA, default="realistic",
                        help="realistic: real notices varied, noise kept or re-applied (default); "
                             "seeds: the cleaned seed notices varied")
    parser.add_argument("--out", type=Path, default=HERE / "out", help="corpus, documents, results")
    parser.add_argument("--db-dir", type=Path, default=None,
                        help="where catalogs are built (default: a folder in /dev/shm, removed at the end)")
    parser.add_argument("--steps", default=",".join(STEPS), help=f"steps to run, of {','.join(STEPS)}")
    parser.add_argument("--reuse", action="store_true", help="keep a corpus already generated in <out>")
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--keep-results", action="store_true",
                        help="keep the steps of <out>/results.json that this run does not repeat")
    args = parser.parse_args(argv)
    steps = set(args.steps.split(","))
    if steps - set(STEPS):
        parser.error(f"unknown steps: {', '.join(sorted(steps - set(STEPS)))}")

    out = args.out.resolve()
    corpus, db_dir = out / f"corpus-{args.corpus}", (args.db_dir or _default_db_dir() or out / "db").resolve()
    out.mkdir(parents=True, exist_ok=True)
    largest = max(args.sizes)
    processed = [s for s in args.sizes if s <= args.process_max] or [min(args.sizes)]
    docs = out / f"docs-{max(processed)}.jsonl"
    results = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "command": "python -m bench " + " ".join(argv if argv is not None else sys.argv[1:]),
        "machine": machine(),
        "settings": {"sizes": args.sizes, "processed": processed, "link_sizes": args.link_sizes,
                     "link_budget": args.link_budget, "workers": args.workers, "seed": args.seed,
                     "corpus": args.corpus,
                     "db_dir": "tmpfs (/dev/shm)" if str(db_dir).startswith("/dev/shm") else "disk",
                     "repeats": args.repeats, "profile_notices": args.profile_notices},
        "steps": [],
    }
    if args.keep_results and (out / "results.json").is_file():
        earlier = json.loads((out / "results.json").read_text(encoding="utf-8"))
        results["steps"] = [s for s in earlier["steps"] if not s["error"]]
        results["settings"] = {**earlier["settings"], "corpus": args.corpus}
        results["machine"]["load_average_start"] = earlier["machine"]["load_average_start"]
        # The steps kept come from earlier runs: the date spans them all.
        results["date"] = earlier["date"].split(" to ")[0] + " to " + results["date"]
        results["command"] = earlier["command"] + " ; then " + results["command"]
        # Notes on the runs are written into results.json by hand; `python -m bench.report` renders them.
        results["notes"] = earlier.get("notes", [])

    def step(name: str, target: str, **kwargs) -> dict:
        print(f"[{time.strftime('%H:%M:%S')}] {name} …", flush=True)
        measured = run_step(f"bench.steps.{target}", **kwargs).as_dict()
        results["steps"] = [s for s in results["steps"] if s["name"] != name]
        results["steps"].append({"name": name, "corpus": args.corpus, "params": kwargs, **measured})
        (out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        if measured["error"]:
            print(measured["error"], file=sys.stderr)
        else:
            print(f"    {measured['wall']:.1f} s, peak {measured['peak_tree_mb']:.0f} MB", flush=True)
        return measured

    try:
        if "generate" in steps:
            if args.reuse and (corpus / f"n{largest - 1:06d}.txt").is_file():
                print(f"reusing the corpus in {corpus}")
            else:
                shutil.rmtree(corpus, ignore_errors=True)
                step(f"generate {largest}", "write_corpus", out=str(corpus), count=largest,
                     seed=args.seed, workers=args.workers, kind=args.corpus)
        if "pipeline" in steps:
            for n in processed:
                step(f"floor {n}", "jieba_floor", corpus=str(corpus), count=n, workers=args.workers)
                step(f"pipeline {n}", "pipeline", corpus=str(corpus), count=n, workers=args.workers,
                     docs_out=str(out / f"docs-{n}.jsonl"))
        if "extract" in steps:
            for n in processed:
                step(f"extract {n}", "extract_cli", corpus=str(corpus), count=n, out=str(out / f"extract-{n}.jsonl"))
        if "ingest-length" in steps:
            step("ingest-length", "ingest_length", lengths=args.lengths)
        if "caches" in steps:
            step("caches", "cache_effect", corpus=str(corpus), count=args.cache_notices)
        if "profile" in steps:
            step("profile", "profile_pipeline", corpus=str(corpus), count=args.profile_notices)
        if "links" in steps:
            step("links", "links", docs=str(docs), sizes=args.link_sizes, budget=args.link_budget)
        if "link-index" in steps:
            step(f"link-index {largest}", "link_index", docs=str(docs), count=largest)
        if "build" in steps:
            n = min(args.sizes)
            if str(db_dir) != str(out / "db") and n <= 1000:  # small: on disk it flushes per commit
                step(f"build {n} disk", "build_catalog", docs=str(docs), count=n,
                     db_path=str(out / "db" / str(n) / "notices.db"), breakdown=False)
            for n in args.sizes:
                step(f"build {n}", "build_catalog", docs=str(docs), count=n,
                     db_path=str(db_dir / str(n) / "notices.db"), breakdown=n == largest)
        if "search" in steps:
            step(f"search {largest}", "search", db_path=str(db_dir / str(largest) / "notices.db"),
                 repeats=args.repeats)
        if "pages" in steps:
            step(f"pages {largest}", "pages", db_path=str(db_dir / str(largest) / "notices.db"), repeats=args.repeats)
        if "load" in steps:
            for name, kinds in ((f"load {largest}", None), (f"load-targets {largest}", TARGET_PAGES)):
                step(name, "load_test", db_path=str(db_dir / str(largest) / "notices.db"), clients=args.clients,
                     seconds=args.load_seconds, kinds=kinds)
        if "incremental" in steps:
            n = max(processed)
            step(f"incremental {n}", "incremental", docs=str(docs), count=n, added=args.incremental_added,
                 db_dir=str(db_dir / f"incremental-{n}"), root=str(corpus) if corpus.is_dir() else None)
    finally:
        results["machine"]["load_average_end"] = os.getloadavg()
        (out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        if args.db_dir is None and str(db_dir).startswith("/dev/shm"):
            shutil.rmtree(db_dir, ignore_errors=True)  # it holds RAM
    write_report(results, args.results)
    print(f"wrote {args.results}")
    return 1 if any(s["error"] for s in results["steps"]) else 0


if __name__ == "__main__":
    sys.exit(main())
