"""Safe to rebuild and safe to publish.

A build replaces the catalog only when it read documents and every input: an empty
folder, a mistyped path or a run where every file fails leaves the old catalog as it
was. A killed build's temporary files go at the next build, and its workers die with
it. A `--db` that is a folder or some other file is refused by name. The server caps
the length of every SQL value, answers errors with a page and one log line at most,
keeps 404s as 404s and starts with the database hash the build computed.

The server tests start a real `notices serve` on 127.0.0.1 (loopback only, every
loop bounded by a deadline or a count).
"""
from __future__ import annotations

import asyncio
import fcntl
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from bench.load import serving
from conftest import SEEDS
from db.build import build, inspect_path, remove_stale_builds
from db.plugin import MAX_VALUE_BYTES, log_line
from db.serve import make_datasette
from notices.catalog import build_catalog
from notices.cli import main

ROOT = Path(__file__).resolve().parent.parent


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def kept(tmp_path) -> Path:
    """A good catalog of one seed, built by the command."""
    db = tmp_path / "db" / "notices.db"
    assert main(["build", str(SEEDS[0]), "--db", str(db)]) == 0
    return db


# --------------------------------------------------------------------------- the build


def _refused(capfd, db: Path, argv: list[str], before: str, said: str) -> None:
    assert main(argv) == 1
    err = capfd.readouterr().err
    assert said in err
    assert f"{db} is left as it was" in err
    assert digest(db) == before


def test_a_build_of_an_empty_folder_keeps_the_catalog(kept, tmp_path, capfd):
    empty = tmp_path / "empty"
    empty.mkdir()
    before = digest(kept)
    capfd.readouterr()
    _refused(capfd, kept, ["build", str(empty), "--db", str(kept)], before, "no document was read")


def test_a_build_of_a_mistyped_path_keeps_the_catalog(kept, tmp_path, capfd):
    before = digest(kept)
    capfd.readouterr()
    _refused(capfd, kept, ["build", str(tmp_path / "corpsu"), "--db", str(kept)], before, "no document was read")


def test_a_build_where_every_file_fails_keeps_the_catalog(kept, tmp_path, capfd):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    before = digest(kept)
    capfd.readouterr()
    _refused(capfd, kept, ["build", str(bad), "--db", str(kept)], before, "no document was read")


def test_a_build_with_a_failed_file_keeps_the_catalog_unless_allowed(kept, tmp_path, capfd):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    sources = [str(p) for p in SEEDS[:2]] + [str(empty)]
    before = digest(kept)
    capfd.readouterr()
    _refused(capfd, kept, ["build", *sources, "--db", str(kept)], before, "1 file could not be read")
    # Asked for: the catalog is built from the files that were read, and the status still says one failed.
    assert main(["build", *sources, "--db", str(kept), "--allow-failures"]) == 1
    assert "; 2 notices, " in capfd.readouterr().err
    assert digest(kept) != before


@pytest.mark.parametrize("kind", ["folder", "text file"])
def test_a_db_that_is_not_a_database_is_refused_by_name(tmp_path, capfd, kind):
    db = tmp_path / "README.md"
    if kind == "folder":
        db.mkdir()
    else:
        db.write_text("# not a database\n", encoding="utf-8")
    for command in (["build", str(SEEDS[0])], ["serve"]):
        assert main([*command, "--db", str(db)]) == 2
        said = "is a folder, not a database file" if kind == "folder" else "exists and is not a SQLite database"
        assert capfd.readouterr().err.strip().splitlines()[-1].startswith(f"notices: {db}: {said}")
    if kind == "text file":
        assert db.read_text(encoding="utf-8") == "# not a database\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]  # no temporary file left


def test_a_killed_builds_files_are_removed_by_the_next_build(tmp_path, extracted):
    db = tmp_path / "notices.db"
    stale = tmp_path / "notices.db-build-k1ll3d"
    stale.write_bytes(b"SQLite format 3\x00")
    (tmp_path / "notices.db-build-k1ll3d-journal").write_bytes(b"x")
    (tmp_path / "notices.db-build-gone-journal").write_bytes(b"x")  # its database already removed
    running = tmp_path / "notices.db-build-running"
    running.write_bytes(b"")
    other = tmp_path / "other.db-build-x"  # another catalog's build: not ours to judge
    other.write_bytes(b"")
    with running.open("rb") as f:
        fcntl.flock(f, fcntl.LOCK_EX)  # as a build in progress holds it
        build([extracted[SEEDS[0].name]], db)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([
        "notices.db", "notices.db-inspect.json", running.name, other.name])
    assert remove_stale_builds(db) == [running]  # now unlocked


def _children(pid: int) -> set[int]:
    """The processes whose parent is `pid` (Linux's /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir() or (os.cpu_count() or 1) < 2, reason="needs /proc and two cores")
def test_workers_of_a_killed_build_end_with_it(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(12):  # enough work that the build is still running when it is killed
        for seed in SEEDS:
            shutil.copy(seed, corpus / f"{i:02d}_{seed.name}")
    build_process = subprocess.Popen(
        [sys.executable, "-m", "notices.cli", "build", str(corpus), "--db", str(tmp_path / "notices.db")],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline and build_process.poll() is None:
            time.sleep(0.2)
            workers = _children(build_process.pid)
        assert len(workers) >= 2, "the build never started its workers"
        build_process.send_signal(signal.SIGKILL)
        build_process.wait(timeout=10)
        deadline = time.monotonic() + 5
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.1)
        survivors = [pid for pid in workers if _alive(pid)]
        assert survivors == []
    finally:
        for pid in _children(build_process.pid) | workers:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
    # The next build removes what the killed one left.
    assert main(["build", str(SEEDS[0]), "--db", str(tmp_path / "notices.db")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "corpus", "notices.db", "notices.db-inspect.json", "notices.db-state"]


# --------------------------------------------------------------------------- the server in process


@pytest.fixture(scope="module")
def catalog(tmp_path_factory, extracted) -> Path:
    db = tmp_path_factory.mktemp("publish") / "notices.db"
    build_catalog([extracted[name] for name in sorted(extracted)], db)
    return db


def fetch(ds, path: str):
    async def go():
        return await ds.client.get(path)
    return asyncio.run(go())


@pytest.fixture(scope="module")
def ds(catalog):
    ds = make_datasette(catalog)
    asyncio.run(ds.invoke_startup())
    return ds


def test_the_server_starts_with_the_hash_the_build_computed(catalog, ds):
    inspect = json.loads(inspect_path(catalog).read_text(encoding="utf-8"))["notices"]
    assert inspect["hash"] == hashlib.sha256(catalog.read_bytes()).hexdigest()
    assert ds.get_database("notices").hash == inspect["hash"]
    counts = {name: t["count"] for name, t in inspect["tables"].items()}
    conn = sqlite3.connect(catalog)
    assert counts["measures"] == conn.execute("select count(*) from measures").fetchone()[0] > 0


def test_inspect_data_of_another_file_is_not_used(tmp_path, catalog):
    copy = tmp_path / "notices.db"
    shutil.copy(catalog, copy)  # a new modification time: the figures may no longer hold
    shutil.copy(inspect_path(catalog), inspect_path(copy))
    assert make_datasette(copy).inspect_data is None


@pytest.mark.parametrize("sql", [
    "select randomblob(900000000)",
    f"select zeroblob({MAX_VALUE_BYTES + 1})",
    f"select hex(zeroblob({MAX_VALUE_BYTES // 2 + 1}))",  # a value that grows past the cap
])
def test_a_value_over_the_length_cap_is_refused(ds, sql):
    response = fetch(ds, f"/notices.json?sql={quote(sql)}")
    assert response.status_code == 400
    assert "too big" in response.json()["error"]


def test_the_longest_stored_value_is_far_under_the_cap(ds):
    sql = "select max(length(cast(text as blob))) from paragraphs"
    longest = fetch(ds, f"/notices.json?sql={quote(sql)}&_shape=arrayfirst").json()[0]
    assert 0 < longest < MAX_VALUE_BYTES / 10


@pytest.mark.parametrize("path", [
    "/-/static-plugins/notices-catalog/x.js", "/-/static-plugins/nothing/x.js", "/notices/nowhere", "/nowhere",
])
def test_a_missing_page_is_a_404(ds, path):
    assert fetch(ds, path).status_code == 404


@pytest.mark.parametrize("path", ["/-/versions", "/-/versions.json", "/-/threads.json", "/-/plugins.json", "/notices.db"])
def test_pages_a_stranger_needs_not_see_are_closed(ds, path):
    assert fetch(ds, path).status_code in (403, 404)


def test_arbitrary_sql_can_be_switched_off_and_the_canned_queries_still_run(catalog):
    ds = make_datasette(catalog, sql=False)
    asyncio.run(ds.invoke_startup())
    assert fetch(ds, "/notices.json?sql=" + quote("select 1")).status_code == 403
    assert fetch(ds, "/notices/search_newest.json?q=" + quote("隔离")).status_code == 200
    assert fetch(ds, "/notices/measures.json?_search=" + quote("隔离")).status_code == 200


def test_a_log_line_is_one_bounded_line():
    line = log_line("notices-catalog: 500 /x: Error: a\nb\r\n" + "x" * 1000)
    assert "\n" not in line and "\r" not in line and len(line) <= 300


# --------------------------------------------------------------------------- the server on loopback


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, never a proxy


def _get(url: str) -> tuple[int, bytes]:
    try:
        with _OPENER.open(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def _peak_mb(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) // 1024


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")
def test_a_gigabyte_blob_is_refused_and_the_server_stays_small(catalog):
    with serving(catalog, workers=1) as (base, process, log):  # one process: the one whose memory is read
        status, body = _get(base + "/notices.json?sql=" + quote("select randomblob(900000000)"))
        assert status == 400 and b"too big" in body
        assert _peak_mb(process.pid) < 500


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="worker processes counted in /proc")
def test_the_server_answers_from_several_worker_processes(catalog):
    with serving(catalog, workers=2) as (base, process, _):
        pages = ["/", "/notices/measures?_search=" + quote("隔离"), "/notices/units/" + quote("各区县")]
        assert [_get(base + page)[0] for page in pages * 3] == [200] * 9
        assert len(_children(process.pid)) >= 2


BAD_SQL = [
    "select * from nowhere", "select randomblob(900000000)", "select * from measures where",
    "delete from units", "select 1 +", "select load_extension('x')",
]
SEARCH = "/notices/search_newest?q=" + quote("隔离")


@pytest.mark.slow
def test_bad_queries_leave_a_small_log_and_search_keeps_answering(catalog):
    with serving(catalog) as (base, process, log):
        for _ in range(5):  # warm: templates compiled, pages cached by the OS
            _get(base + SEARCH)
        answered: list[int] = []
        done = threading.Event()

        def search() -> None:
            deadline = time.monotonic() + 120
            while not done.is_set() and time.monotonic() < deadline and len(answered) < 2000:
                answered.append(_get(base + SEARCH)[0])

        def attack(offset: int) -> None:
            for i in range(50):
                sql = BAD_SQL[(i + offset) % len(BAD_SQL)]
                assert _get(f"{base}/notices?sql={quote(sql)}")[0] in (400, 403)

        searcher = threading.Thread(target=search)
        attackers = [threading.Thread(target=attack, args=(n,)) for n in range(4)]  # 200 bad requests
        searcher.start()
        for t in attackers:
            t.start()
        for t in attackers:
            t.join(timeout=120)
        done.set()
        searcher.join(timeout=60)
        assert not any(t.is_alive() for t in [searcher, *attackers])
        log.seek(0)
        logged = log.read().decode("utf-8", "replace")
    assert len(logged.encode("utf-8")) < 50 * 1024, logged[-3000:]
    # Searches went on being answered throughout; how fast is bench/load.py's business.
    assert len(answered) >= 20 and set(answered) == {200}


# --------------------------------------------------------------------------- the published folder


@pytest.mark.slow
@pytest.mark.parametrize("sql", [True, False])
def test_the_published_folder_serves_the_catalog_by_itself(catalog, tmp_path, sql):
    out = tmp_path / "catalog"
    argv = ["publish", "--db", str(catalog), "--out", str(out)] + ([] if sql else ["--no-sql"])
    assert main(argv) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "inspect-data.json", "metadata.yml", "notices.db", "plugins", "requirements.txt", "run.sh", "templates"]
    with serving(None, published=out) as (base, _, _):
        status, front = _get(base + "/")
        assert status == 200 and "疫情防控通知目录" in front.decode("utf-8")
        status, page = _get(base + "/notices/measures?_search=" + quote("隔离"))
        assert status == 200 and "隔离" in page.decode("utf-8")
        assert _get(base + "/notices.json?sql=" + quote("select 1"))[0] == (200 if sql else 403)
        assert _get(base + "/notices/search_newest.json?q=" + quote("隔离"))[0] == 200
