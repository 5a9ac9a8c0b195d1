"""A bounded load test of the catalog server, on loopback only.

`run(db_path, clients=20, seconds=20)` starts `notices serve` on 127.0.0.1 on a
free port in a subprocess, lets `clients` threads request a fixed list of pages
for `seconds` seconds (searches, hostile searches among them, canned queries,
measure pages, JSON), stops the server, and returns the request and error
counts and the latency percentiles. Every bound is explicit: the duration, a
total request budget, a timeout per request and a limit on the wait for the
server, so a run always ends by itself.

Run ``python -m bench.load --clients 20 --seconds 20 [--db db/notices.db]``;
the exit status is 1 when any request failed.
"""
from __future__ import annotations

import argparse
import ipaddress
import math
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO
from pathlib import Path
from urllib.parse import quote, urlencode

from datasette.utils import tilde_encode

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "db" / "notices.db"

MAX_CLIENTS = 200
MAX_SECONDS = 600
REQUEST_TIMEOUT = 30  # seconds; a request slower than this counts as an error
# Seconds to wait for the server to answer: a bound on a hung start, not a speed target. Several worker
# processes loading on a busy two-core machine took over a minute to answer (a fresh clone's `make test`
# beside eight other jobs), so the bound is generous.
STARTUP_TIMEOUT = 180
ERROR_SAMPLES = 5

# What people type into the search boxes, then strings that try to break FTS5 or SQL:
# every one must give an ordinary page.
SEARCHES = ["隔离", "核酸检测", "市卫生健康委", "口罩", "隔离 核酸", "14天", "KTV", "离"]
HOSTILE = ['"', '"隔离', "AND OR NEAR *", "NEAR(隔离 核酸, 2)", "隔离 OR", "* ^ -", "(", ":",
           "'; drop table units; --", "隔离" * 150]
CANNED = [
    ("measures_of_unit", {"unit": "市卫生健康委"}),
    ("time_limits_of_unit", {"unit": "各区县"}),
    ("thresholds_of_topic", {"topic": "quarantine"}),
    ("topic_timeline", {"topic": "quarantine"}),
    ("topic_timeline", {"topic": "H2"}),
]
MEASURE_PAGES = 8  # half of them measures with counterparts in other notices
UNIT_PAGES = 6  # the units with most measures, and those named in CANNED

# What kind of page a path asks for, to report latencies page by page: (kind, test on the path).
PAGE_KINDS = [
    ("table search", lambda p: "/measures?_search=" in p),
    ("table search JSON", lambda p: "/measures.json?_search=" in p),
    ("unit page", lambda p: "/units/" in p),
    ("measure page", lambda p: "/measures/" in p),
    ("ranked search", lambda p: "/search_measures?" in p),
    ("notice search", lambda p: "/notices?_search=" in p),
    ("canned query", lambda p: "?" in p and "_search=" not in p),
    ("table", lambda p: True),
]


def page_kind(path: str) -> str:
    """The kind of page `path` is, of PAGE_KINDS."""
    return next(kind for kind, test in PAGE_KINDS if test(path))


@dataclass
class LoadResult:
    clients: int
    seconds: float
    requests: int = 0
    errors: int = 0
    elapsed: float = 0.0
    p50_ms: float | None = None
    p95_ms: float | None = None
    p99_ms: float | None = None
    error_samples: list[str] = field(default_factory=list)
    # kind of page → {"requests", "p50_ms", "p95_ms"}
    pages: dict[str, dict] = field(default_factory=dict)
    # CPU seconds while the clients ran: the server's processes (None off Linux) and this one's.
    server_cpu: float | None = None
    client_cpu: float | None = None

    def report(self) -> str:
        rate = self.requests / self.elapsed if self.elapsed else 0.0

        def ms(value: float | None) -> str:
            return "n/a" if value is None else f"{value:.1f} ms"

        lines = [
            f"{self.clients} clients for {self.seconds:g} s: {self.requests} requests "
            f"({rate:.1f}/s), {self.errors} errors",
            f"latency p50 {ms(self.p50_ms)}, p95 {ms(self.p95_ms)}, p99 {ms(self.p99_ms)}",
        ]
        if self.requests and self.server_cpu is not None:
            lines.append(f"CPU per request: server {1000 * self.server_cpu / self.requests:.1f} ms, "
                         f"load generator {1000 * (self.client_cpu or 0) / self.requests:.1f} ms")
        lines += [f"  {kind}: {page['requests']} requests, p50 {ms(page['p50_ms'])}, p95 {ms(page['p95_ms'])}"
                  for kind, page in self.pages.items()]
        return "\n".join(lines + [f"  error: {e}" for e in self.error_samples])


def percentile(values: list[float], p: float) -> float | None:
    """The nearest-rank `p`th percentile of `values` (None when there are none)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def request_paths(db_path: Path, database: str = "notices") -> list[str]:
    """The fixed list of pages the clients cycle through, with measure ids taken from the catalog."""
    paths = []
    for q in SEARCHES + HOSTILE:
        paths.append(f"/{database}/measures?{urlencode({'_search': q})}")
        paths.append(f"/{database}/search_measures?{urlencode({'q': q})}")
    paths += [f"/{database}/notices?{urlencode({'_search': q})}" for q in SEARCHES[:3]]
    paths += [f"/{database}/{name}?{urlencode(params)}" for name, params in CANNED]
    paths += [f"/{database}/measures", f"/{database}/measures.json?_search={quote('隔离')}"]
    for measure in _sample_measures(db_path):
        paths.append(f"/{database}/measures/{tilde_encode(measure)}")
        paths.append(f"/{database}/measure_across_notices?{urlencode({'measure': measure})}")
    paths += [f"/{database}/units/{tilde_encode(unit)}" for unit in sample_units(db_path)]
    return paths


def _sample_measures(db_path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        linked = [r[0] for r in conn.execute(
            "select m.id from measures m where exists (select 1 from links l where m.id in (l.measure_a, l.measure_b)) "
            "order by m.sort_key limit ?", [MEASURE_PAGES // 2])]
        others = [r[0] for r in conn.execute(
            "select id from measures order by sort_key limit ?", [MEASURE_PAGES])]
    finally:
        conn.close()
    return list(dict.fromkeys(linked + others))[:MEASURE_PAGES]


def sample_units(db_path: Path) -> list[str]:
    """The units with most measures, and the units CANNED names (by any of their names)."""
    named = [params["unit"] for _, params in CANNED if "unit" in params]
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        largest = [r[0] for r in conn.execute("select id from units order by measure_count desc limit ?",
                                              [UNIT_PAGES - len(named)])]
        found = [r[0] for name in named for r in conn.execute(
            "select id from units where name = ? or exists (select 1 from json_each(aliases) where value = ?) "
            "limit 1", [name, name])]
    finally:
        conn.close()
    return list(dict.fromkeys(found + largest))


def _loopback(host: str) -> str:
    try:
        if ipaddress.ip_address(host).is_loopback:
            return host
    except ValueError:
        pass
    raise ValueError(f"{host!r} is not a loopback IP address: the load test only runs against this machine")


def _free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class _Budget:
    """A shared count of the requests left; threads take one before each request."""

    def __init__(self, total: int) -> None:
        self.left = total
        self.lock = threading.Lock()

    def take(self) -> bool:
        with self.lock:
            if self.left <= 0:
                return False
            self.left -= 1
            return True


class _Tally:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: list[tuple[float, str]] = []
        self.errors = 0
        self.samples: list[str] = []

    def add(self, seconds: float, path: str, error: str | None) -> None:
        with self.lock:
            self.latencies.append((seconds, path))
            if error:
                self.errors += 1
                if len(self.samples) < ERROR_SAMPLES:
                    self.samples.append(f"{path}: {error}")


def _get(opener, url: str) -> str | None:
    """GET `url` and read the whole body; the error, or None when the answer is 200."""
    try:
        with opener.open(url, timeout=REQUEST_TIMEOUT) as response:
            response.read()
            return None if response.status == 200 else f"HTTP {response.status}"
    except urllib.error.HTTPError as e:
        return f"HTTP {e.code}"
    except OSError as e:  # refused, reset, timed out
        return f"{type(e).__name__}: {e}"


def _client(index: int, base: str, paths: list[str], stop_at: float, budget: _Budget, tally: _Tally) -> None:
    # No proxy: an http_proxy in the environment must not send loopback requests elsewhere.
    # A connection per request, not kept open: 20 kept connections would split unevenly
    # between the server's worker processes, once for the whole run.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    i = index  # clients start at different pages
    while time.monotonic() < stop_at and budget.take():
        path = paths[i % len(paths)]
        i += 1
        started = time.perf_counter()
        error = _get(opener, base + path)
        tally.add(time.perf_counter() - started, path, error)


def tree_cpu_seconds(pid: int) -> float | None:
    """CPU seconds (user and system) of process `pid` and all its descendants, from /proc;
    None where there is no /proc."""
    stats: dict[int, tuple[int, int]] = {}  # pid → (parent pid, clock ticks)
    try:
        entries = [e for e in os.listdir("/proc") if e.isdigit()]
    except OSError:
        return None
    for entry in entries:
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:  # gone since listed
            continue
        # After the command: state, ppid, …; utime and stime are the 14th and 15th fields of the line.
        stats[int(entry)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
    if pid not in stats:
        return None
    children: dict[int, list[int]] = {}
    for child, (parent, _) in stats.items():
        children.setdefault(parent, []).append(child)
    tree, ticks = [pid], 0
    while tree:
        process = tree.pop()
        ticks += stats[process][1]
        tree += children.get(process, [])
    return ticks / os.sysconf("SC_CLK_TCK")


def _wait_until_up(process: subprocess.Popen, base: str, log) -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while _get(opener, base + "/-/settings.json") is not None:
        if process.poll() is not None or time.monotonic() > deadline:
            log.seek(0)
            said = log.read().decode("utf-8", "replace")[-2000:]
            raise RuntimeError(f"the catalog server did not answer on {base} within {STARTUP_TIMEOUT} s: "
                               f"{said or 'no output'}")
        time.sleep(0.1)


@contextmanager
def serving(db_path: Path | None, host: str = "127.0.0.1", *, published: Path | None = None,
            workers: int | None = None) -> Iterator[tuple[str, subprocess.Popen, IO[bytes]]]:
    """`notices serve` of `db_path` (on `workers` processes, default its own; or, given
    `published`, the run.sh of a `notices publish` folder) on a free port of loopback `host`,
    stopped on leaving the block: (its base URL, its process, its log of stdout and stderr)."""
    host = _loopback(host)
    port = _free_port(host)
    base = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    if published is None:
        command = [sys.executable, "-m", "notices.cli", "serve", "--db", str(db_path), "--host", host, "--port", str(port),
                   *(["--workers", str(workers)] if workers else [])]
        cwd, env = ROOT, None
    else:  # run.sh finds `datasette` on PATH, as on a server after `pip install -r requirements.txt`
        command, cwd = ["sh", str(Path(published) / "run.sh")], published
        env = {**os.environ, "HOST": host, "PORT": str(port),
               "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=log, stdin=subprocess.DEVNULL)
        try:
            _wait_until_up(process, base, log)
            yield base, process, log
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def run(db_path: Path = DEFAULT_DB, clients: int = 20, seconds: float = 20.0, *,
        host: str = "127.0.0.1", max_requests: int = 100_000, kinds: list[str] | None = None) -> LoadResult:
    """Serve `db_path` on loopback and load it with `clients` concurrent clients for `seconds`,
    on every page of `request_paths` or on those of the `kinds` given (of PAGE_KINDS)."""
    host = _loopback(host)
    db_path = Path(db_path)
    if not db_path.is_file():
        raise FileNotFoundError(f"no catalog database at {db_path}: run `notices build` first")
    if not (1 <= clients <= MAX_CLIENTS and 0 < seconds <= MAX_SECONDS and max_requests >= 1):
        raise ValueError(f"clients must be 1–{MAX_CLIENTS}, seconds 0–{MAX_SECONDS} and max_requests at least 1 "
                         f"(got {clients}, {seconds}, {max_requests})")
    paths = request_paths(db_path, db_path.stem)
    if kinds:
        unknown = set(kinds) - {kind for kind, _ in PAGE_KINDS}
        if unknown:
            raise ValueError(f"unknown kinds of page: {', '.join(sorted(unknown))}")
        paths = [p for p in paths if page_kind(p) in kinds]
    with serving(db_path, host) as (base, server, _):
        tally, budget = _Tally(), _Budget(max_requests)
        server_cpu, client_cpu = tree_cpu_seconds(server.pid), time.process_time()
        began = time.monotonic()
        threads = [
            threading.Thread(target=_client, args=(i, base, paths, began + seconds, budget, tally), daemon=True)
            for i in range(clients)
        ]
        for t in threads:
            t.start()
        for t in threads:
            # A request started just before the end may take up to its timeout.
            t.join(timeout=max(0.0, began + seconds + REQUEST_TIMEOUT + 5 - time.monotonic()))
        elapsed = time.monotonic() - began
        server_after = tree_cpu_seconds(server.pid)
        server_cpu = None if None in (server_cpu, server_after) else server_after - server_cpu
        client_cpu = time.process_time() - client_cpu
    with tally.lock:
        latencies = [s * 1000 for s, _ in tally.latencies]
        by_kind: dict[str, list[float]] = {}
        for s, path in tally.latencies:
            by_kind.setdefault(page_kind(path), []).append(s * 1000)
        result = LoadResult(
            clients=clients, seconds=seconds, requests=len(latencies), errors=tally.errors, elapsed=elapsed,
            p50_ms=percentile(latencies, 50), p95_ms=percentile(latencies, 95), p99_ms=percentile(latencies, 99),
            error_samples=list(tally.samples), server_cpu=server_cpu, client_cpu=client_cpu,
            pages={kind: {"requests": len(ms), "p50_ms": percentile(ms, 50), "p95_ms": percentile(ms, 95)}
                   for kind, ms in sorted(by_kind.items())},
        )
    stuck = sum(t.is_alive() for t in threads)
    if stuck:  # their requests never came back: failures, though unmeasured
        result.errors += stuck
        result.error_samples.append(f"{stuck} clients still waiting when the server was stopped")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="catalog database (default: db/notices.db)")
    parser.add_argument("--clients", type=int, default=20, help=f"concurrent clients, 1–{MAX_CLIENTS}")
    parser.add_argument("--seconds", type=float, default=20.0, help=f"duration, at most {MAX_SECONDS}")
    parser.add_argument("--max-requests", type=int, default=100_000, help="requests in all, at most")
    parser.add_argument("--host", default="127.0.0.1", help="a loopback address (127.0.0.1 or ::1)")
    parser.add_argument("--pages", default="", help="only these kinds of page, comma-separated: "
                        + ", ".join(kind for kind, _ in PAGE_KINDS))
    args = parser.parse_args(argv)
    try:
        result = run(args.db, args.clients, args.seconds, host=args.host, max_requests=args.max_requests,
                     kinds=[k for k in args.pages.split(",") if k] or None)
    except (ValueError, FileNotFoundError, RuntimeError) as e:
        print(f"bench.load: {e}", file=sys.stderr)
        return 2
    print(result.report())
    return 1 if result.errors or not result.requests else 0


if __name__ == "__main__":
    sys.exit(main())
