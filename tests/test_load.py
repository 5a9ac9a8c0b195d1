"""The bounded load test (bench/load.py), run briefly on the seed catalog.

It starts a real `notices serve` on 127.0.0.1 and hits it from several threads.
No timing is asserted: only that nothing failed and that percentiles came back.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest

from bench.load import HOSTILE, percentile, request_paths, run, tree_cpu_seconds
from notices.catalog import build_catalog

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow  # starts a real server and sends it requests for seconds


@pytest.fixture(scope="module")
def seed_catalog(tmp_path_factory, extracted) -> Path:
    db_path = tmp_path_factory.mktemp("load") / "notices.db"
    build_catalog([extracted[name] for name in sorted(extracted)], db_path)
    return db_path


def test_a_short_run_has_no_errors_and_reports_percentiles(seed_catalog):
    result = run(seed_catalog, clients=5, seconds=3)
    assert result.requests > 0
    assert result.errors == 0, result.error_samples
    assert None not in (result.p50_ms, result.p95_ms, result.p99_ms)
    assert 0 < result.p50_ms <= result.p95_ms <= result.p99_ms
    report = result.report()
    assert "0 errors" in report and "p50" in report and "p99" in report
    # The server's processes rendered every page: their CPU time is counted, and reported per request.
    assert result.server_cpu > 0 and result.client_cpu > 0
    assert "CPU per request: server" in report


def test_the_request_budget_bounds_a_run(seed_catalog):
    result = run(seed_catalog, clients=3, seconds=60, max_requests=12)
    assert (result.requests, result.errors) == (12, 0)


def test_the_pages_cover_searches_hostile_strings_queries_and_measures(seed_catalog):
    paths = [unquote(p.replace("+", " ")) for p in request_paths(seed_catalog)]
    assert any("/notices/measures?_search=核酸检测" == p for p in paths)
    assert any(p.endswith("_search=AND OR NEAR *") for p in paths)
    assert sum(any(p.endswith(h) for p in paths) for h in HOSTILE) == len(HOSTILE)
    assert any(p.startswith("/notices/topic_timeline?topic=") for p in paths)
    assert any(p.startswith("/notices/measures/") for p in paths)


@pytest.mark.parametrize("host", [
    "10.0.0.1",  # a private address: not this machine
    "0.0.0.0",  # every interface
    "example.org",  # a name, which could resolve anywhere
    "localhost",  # a name too: only literal loopback addresses are taken
])
def test_only_loopback_addresses_are_accepted(seed_catalog, host):
    with pytest.raises(ValueError, match="loopback"):
        run(seed_catalog, clients=1, seconds=1, host=host)


@pytest.mark.parametrize("clients, seconds", [(0, 1), (1, 0), (1, 10_000), (10_000, 1)])
def test_out_of_bounds_settings_are_refused(seed_catalog, clients, seconds):
    with pytest.raises(ValueError, match="clients must be"):
        run(seed_catalog, clients=clients, seconds=seconds)


@pytest.mark.parametrize("values, p, expected", [
    ([], 50, None),
    ([5.0], 99, 5.0),
    ([1.0, 2.0, 3.0, 4.0], 50, 2.0),  # nearest rank: the 2nd of 4
    (list(map(float, range(1, 101))), 95, 95.0),
    (list(map(float, range(1, 101))), 99, 99.0),
    ([3.0, 1.0, 2.0], 100, 3.0),  # unsorted input
])
def test_percentile(values, p, expected):
    assert percentile(values, p) == expected


def test_the_command_line_prints_the_percentiles(seed_catalog):
    done = subprocess.run(
        [sys.executable, "-m", "bench.load", "--db", str(seed_catalog), "--clients", "2", "--seconds", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "0 errors" in done.stdout and "p95" in done.stdout
    refused = subprocess.run([sys.executable, "-m", "bench.load", "--db", str(seed_catalog), "--host", "192.0.2.1"],
                             cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "loopback" in refused.stderr


def test_the_cpu_of_a_process_counts_its_descendants():
    # A grandchild spins for 0.3 s of CPU, says so and waits: its grandparent's count holds it.
    spin = ("import sys, time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass\n"
            "print('spun', flush=True)\nsys.stdin.read()")
    relay = (f"import subprocess, sys; child = subprocess.Popen([sys.executable, '-c', {spin!r}], "
             "stdin=subprocess.PIPE); sys.stdin.read(); child.communicate()")
    parent = subprocess.Popen([sys.executable, "-c", relay], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout.readline() == "spun\n"
        assert tree_cpu_seconds(parent.pid) >= 0.3
    finally:
        parent.communicate("")
    assert tree_cpu_seconds(parent.pid) is None  # gone
