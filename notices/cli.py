"""The ``notices`` command: a thin layer over functions you can import.

    notices ingest FILE... --out docs.jsonl [--audit]
    notices extract FILE... --out docs.jsonl
    notices evaluate [FILE...] [--gold tests/data/gold]
    notices build [PATH...] [--db db/notices.db] [--allow-failures] [--full]
    notices serve [--db db/notices.db] [--port 8001] [--no-sql]
    notices compare A B [--json]
    notices in-force TOPIC DATE [PATH...]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

from tqdm import tqdm

from db import CatalogError
from ingest.errors import shown

from .paths import DEFAULT_CORPUS, DEFAULT_DB, DEFAULT_GOLD, DEFAULT_TOPICS
from .pipeline import Outcome, expand, process_paths, source_keys


# No monitor thread beside the bar: the process pool forks its workers only from a process that runs one thread
# (notices.pipeline._pool_context); the monitor only nudges bars that go long without an update.
tqdm.monitor_interval = 0


def _progress(outcomes, total: int, label: str):
    return tqdm(outcomes, total=total, desc=label, unit="file", disable=None, file=sys.stderr)


@contextmanager
def _output(path: str):
    if path == "-":
        yield sys.stdout
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            yield f


def iter_batch(paths: list[str], with_measures: bool, label: str, failures: list[Outcome],
               sources: list[str] | None = None) -> Iterator[dict]:
    """The documents of the files as they are processed; each failure is reported on
    stderr as it comes and added to `failures`. `sources`: see `process_paths`."""
    files = expand(paths)
    if not files and sources is None:
        print("notices: no source files found in " + ", ".join(map(shown, paths)), file=sys.stderr)
    for outcome in _progress(process_paths(files, with_measures, sources=sources), len(files), label):
        if outcome.error:
            print(f"notices: {outcome.error}", file=sys.stderr)
            failures.append(outcome)
        else:
            yield outcome.document


def run_batch(paths: list[str], with_measures: bool, label: str) -> tuple[list[dict], list[Outcome]]:
    """Process files into a list of documents and a list of failures."""
    failures: list[Outcome] = []
    documents = list(iter_batch(paths, with_measures, label, failures))
    return documents, failures


def _write_jsonl(documents: Iterable[dict], out: str) -> None:
    """Write each document as it comes, so that a batch never holds more than one and a
    reader of the file sees it grow."""
    with _output(out) as f:
        for doc in documents:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
            f.flush()


def _print_audit(documents: list[dict]) -> None:
    print(f"{'source':32} {'raw':>5} {'kept':>5} {'meta':>5} {'debris':>6} {'dupes':>5} {'lost':>5}", file=sys.stderr)
    for d in documents:
        a = d["audit"]
        print(f"{d['source'][:32]:32} {a['sentences']:5} {a['kept']:5} {a['metadata']:5} {a['debris']:6} "
              f"{a['duplicates']:5} {len(a['lost']):5}", file=sys.stderr)
        for sentence in a["lost"]:
            print(f"  lost: {sentence}", file=sys.stderr)


def cmd_ingest(args) -> int:
    """Clean files into JSON Lines. Example: notices ingest corpus/*.txt --out clean.jsonl --audit"""
    failures: list[Outcome] = []
    audited: list[dict] = []  # only the audits are kept, never the documents

    def noting_audits(documents: Iterator[dict]) -> Iterator[dict]:
        for doc in documents:
            audited.append({"source": doc["source"], "audit": doc["audit"]})
            yield doc

    _write_jsonl(noting_audits(iter_batch(args.files, False, "ingest", failures)), args.out)
    if args.audit:
        _print_audit(audited)
    lost = any(d["audit"]["lost"] for d in audited)
    return 1 if failures or (args.audit and lost) else 0


def cmd_extract(args) -> int:
    """Clean files and extract their measures. Example: notices extract corpus/ --out measures.jsonl"""
    failures: list[Outcome] = []
    _write_jsonl(iter_batch(args.files, True, "extract", failures), args.out)
    return 1 if failures else 0


def cmd_evaluate(args) -> int:
    """Score extraction against annotations. Example: notices evaluate corpus/ --gold tests/data/gold"""
    from extract.document import ShapeError

    from .evaluate import evaluate, evaluate_links, evaluate_topics, read_golds, render

    try:  # before the extraction, which takes long, so a bad annotation file is named at once
        read_golds(Path(args.gold))
    except (OSError, ShapeError) as e:
        print(f"notices: {e}", file=sys.stderr)
        return 2
    documents, failures = run_batch(args.files or [str(DEFAULT_CORPUS)], True, "extract")
    result = evaluate(Path(args.gold), documents)
    if args.topics:
        result["topics"] = evaluate_topics(json.loads(Path(args.topics).read_text(encoding="utf-8")), documents)
    if args.links:
        result["links"] = evaluate_links(json.loads(Path(args.links).read_text(encoding="utf-8")), documents)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else render(result))
    return 1 if failures else 0


def cmd_build(args) -> int:
    """Build the catalog database, or update it with what changed since the last build.
    Example: notices build corpus/ --db db/notices.db"""
    from db.build import database_file_problem
    from db.state import CatalogState

    from .catalog import build_catalog, changes, update_catalog
    from .spool import spooled

    db = Path(args.db)
    problem = database_file_problem(db)
    if problem:
        print(f"notices: {shown(db)}: {problem}", file=sys.stderr)
        return 2
    db.parent.mkdir(parents=True, exist_ok=True)
    files = expand(args.paths or [str(DEFAULT_CORPUS)])
    sources = source_keys(files)
    state, why_full = (None, None) if args.full or not files else CatalogState.opened(db)
    if state is None:
        read, removed, unchanged = list(range(len(files))), [], 0
    else:
        with state:
            plan = changes(sources, [file_sha256(f) for f in files], state)
        read, removed, unchanged = plan.read, plan.removed, plan.unchanged
        if not read and not removed:
            print(f"notices: {shown(db)} is up to date ({unchanged} files unchanged)", file=sys.stderr)
            return 0
    failures: list[Outcome] = []
    batch = iter_batch([str(files[i]) for i in read] if files else args.paths or [str(DEFAULT_CORPUS)],
                       True, "extract", failures, [sources[i] for i in read] if files else None)
    # Spooled to disk first, so a large corpus is never held in memory at once, and so
    # that whether every file was read is known before the catalog is replaced.
    with spooled(batch, db.parent) as spool:
        refusal = build_refusal(len(spool) + unchanged, len(failures), args.allow_failures)
        if refusal:
            print(f"notices: {refusal}; {shown(db)} is left as it was", file=sys.stderr)
            return 1
        if state is None:
            stats = build_catalog(spool, db)
            done = f"built {shown(db)} in full" + (f" ({why_full})" if why_full else "")
        else:
            # A file that could not be read is left out, as a full build leaves it out.
            failed = {sources[files.index(f.path)] for f in failures if f.path in files}
            stats = update_catalog(spool, db, removed=[*removed, *failed])
            done = (f"updated {shown(db)}: {stats.added} added, {stats.changed} changed, "
                    f"{stats.removed} removed, {unchanged} unchanged; links computed again for "
                    f"{_count(stats.relinked, 'notice')} (--full builds everything again)")
    now = ", ".join(_count(getattr(stats, table), table[:-1]) for table in ("notices", "measures", "links", "lineages"))
    missing = (f"; no raw excerpts for {_count(stats.raw_missing, 'document')} whose files were not found"
               if stats.raw_missing else "")
    print(f"notices: {done}; {now}{missing}", file=sys.stderr)
    return 1 if failures else 0


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def file_sha256(path: Path) -> str | None:
    """The sha256 a document records of the file it was read from; None for a file
    that cannot be opened (reading it then says why)."""
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


def build_refusal(documents: int, failures: int, allow_failures: bool) -> str | None:
    """Why a build must not replace the catalog, or None. A build that read nothing, or
    lost some of its files, would replace a good catalog with a poorer one."""
    if not documents:
        return "no document was read, so no catalog was built"
    if failures and not allow_failures:
        return (f"{failures} file{'s' * (failures > 1)} could not be read (above), so no catalog was built; "
                "fix or remove them, or give --allow-failures to build without them")
    return None


def cmd_serve(args) -> int:
    """Serve the catalog read-only. Example: notices serve --db db/notices.db --port 8001"""
    from db.build import database_file_problem
    from db.serve import serve

    db = Path(args.db)
    problem = "no such database; run `notices build` first" if not db.exists() else database_file_problem(db)
    if problem:
        print(f"notices: {shown(db)}: {problem}", file=sys.stderr)
        return 2
    try:
        serve(db, port=args.port, host=args.host, sql=not args.no_sql, workers=args.workers)
    except OSError as e:
        print(f"notices: {e}", file=sys.stderr)
        return 2
    return 0


def cmd_publish(args) -> int:
    """Write a deployable read-only folder of the catalog. Example: notices publish --db db/notices.db --out dist/catalog"""
    from db.serve import publish

    try:
        out = publish(Path(args.db), Path(args.out), sql=not args.no_sql)
    except (OSError, ValueError) as e:
        print(f"notices: {e}", file=sys.stderr)
        return 2
    print(f"notices: wrote {out}; run {out / 'run.sh'} (or see README, Publishing)")
    return 0


def cmd_compare(args) -> int:
    """Compare the measures of two notices, the earlier one as A, as the catalog
    does. Example: notices compare corpus/001_*.txt corpus/002_*.txt"""
    from compare.report import compare_documents, render_text
    from ingest.docnumber import issue_orders

    from .resolve import resolve_notice

    try:
        a, b = resolve_notice(args.a), resolve_notice(args.b)
    except LookupError as e:
        print(f"notices: {e}", file=sys.stderr)
        return 2
    orders = issue_orders([a, b])
    if orders[b["source"]] < orders[a["source"]]:
        a, b = b, a
    result = compare_documents(a, b)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else render_text(result, a, b))
    return 0


def cmd_in_force(args) -> int:
    """Measures of a topic in force on a date, with the evidence. Example: notices in-force quarantine 2021-02-01"""
    from compare.relations import in_force

    documents, failures = run_batch(args.paths or [str(DEFAULT_CORPUS)], True, "extract")
    found = in_force(documents, args.topic, args.date)
    if args.json:
        print(json.dumps([asdict(f) for f in found], ensure_ascii=False, indent=1))
    for f in [] if args.json else found:
        print(f"{f.source} {f.path} {f.heading or ''}")
        for reason in f.evidence:
            print(f"    {reason}")
    if not found and not args.json:
        print(f"no measure about {args.topic!r} was in force on {args.date}")
    return 1 if failures else 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="notices", description="Clean, extract, compare and catalog epidemic-control notices.")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("ingest", help=cmd_ingest.__doc__)
    s.add_argument("files", nargs="+")
    s.add_argument("--out", default="-", help="JSON Lines output (default: stdout)")
    s.add_argument("--audit", action="store_true", help="report what became of every raw sentence")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("extract", help=cmd_extract.__doc__)
    s.add_argument("files", nargs="+")
    s.add_argument("--out", default="-", help="JSON Lines output (default: stdout)")
    s.set_defaults(func=cmd_extract)

    s = sub.add_parser("evaluate", help=cmd_evaluate.__doc__)
    s.add_argument("files", nargs="*", help="source files (default: corpus/)")
    s.add_argument("--gold", default=str(DEFAULT_GOLD))
    s.add_argument("--json", action="store_true")
    s.add_argument("--topics", nargs="?", const=str(DEFAULT_TOPICS), default=None,
                   help="also score topics against a topic annotation (default: tests/data/topics.json)")
    s.add_argument("--links", default=None, metavar="LINKS_JSON",
                   help="also score the links between the notices of each series a link annotation joins "
                        "(shape of tests/data/links.json), found from these files as the catalog finds them")
    s.set_defaults(func=cmd_evaluate)

    s = sub.add_parser("build", help=cmd_build.__doc__)
    s.add_argument("paths", nargs="*", help="files or folders (default: corpus/)")
    s.add_argument("--db", default=str(DEFAULT_DB))
    s.add_argument("--allow-failures", action="store_true",
                   help="replace the catalog even when some files could not be read (they are left out)")
    s.add_argument("--full", action="store_true",
                   help="build everything again, not only what changed since the last build "
                        "(after an upgrade of notices, whose extraction may have changed)")
    s.set_defaults(func=cmd_build)

    s = sub.add_parser("serve", help=cmd_serve.__doc__)
    s.add_argument("--db", default=str(DEFAULT_DB))
    s.add_argument("--port", type=int, default=8001)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--no-sql", action="store_true",
                   help="refuse arbitrary SQL (/notices?sql=…); tables, search and the canned queries still work")
    s.add_argument("--workers", type=int, default=None,
                   help="server processes (default: one a core, up to four)")
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser("publish", help=cmd_publish.__doc__)
    s.add_argument("--db", default="db/notices.db")
    s.add_argument("--out", default="dist/catalog")
    s.add_argument("--no-sql", action="store_true",
                   help="the published server refuses arbitrary SQL; tables, search and the canned queries still work")
    s.set_defaults(func=cmd_publish)
    s = sub.add_parser("in-force", help=cmd_in_force.__doc__)
    s.add_argument("topic", help="a topic key (extract/data/topics.yml), e.g. quarantine")
    s.add_argument("date", help="YYYY-MM-DD")
    s.add_argument("paths", nargs="*", help="files or folders (default: corpus/)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_in_force)

    s = sub.add_parser("compare", help=cmd_compare.__doc__)
    s.add_argument("a", help="a file, a notice's source name or its document number")
    s.add_argument("b")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_compare)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except OSError as e:  # an output that cannot be written (a folder, a missing drive): say which, no traceback
        print(f"notices: {shown(e.filename)}: {e.strerror}" if e.filename else f"notices: {shown(e)}", file=sys.stderr)
        return 2
    except CatalogError as e:  # input the catalog refuses: the message names it; the old catalog stays
        print(f"notices: {shown(e)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
