"""Run one benchmark step in a fresh process and measure it from outside.

A step runs in a spawned child, so its memory figure starts from an empty
interpreter and includes the process pool it starts. The parent samples the
proportional set size (PSS: shared pages split between the processes sharing
them, so forked workers are not counted twice) of the child and all its
descendants every `interval` seconds; the peak of that sum is the step's
memory. The child adds its own wall and CPU time (its workers' CPU included,
counted as they are reaped) and the kernel's max RSS figures.
"""
from __future__ import annotations

import importlib
import multiprocessing
import os
import resource
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Measured:
    result: dict
    wall: float
    cpu: float  # user + system seconds of the step and its reaped children
    peak_tree_mb: float  # peak PSS of the step and its descendants, sampled
    self_maxrss_mb: float
    child_maxrss_mb: float  # the largest reaped child
    error: str | None = None

    def as_dict(self) -> dict:
        return {
            "result": self.result, "wall": round(self.wall, 3), "cpu": round(self.cpu, 3),
            "peak_tree_mb": round(self.peak_tree_mb, 1), "self_maxrss_mb": round(self.self_maxrss_mb, 1),
            "child_maxrss_mb": round(self.child_maxrss_mb, 1), "error": self.error,
        }


def _memory_kb(pid: int) -> int:
    """PSS of a process in kB (RSS where smaps_rollup is missing); 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE // 1024
    except OSError:
        return 0


def _descendants(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # The command name may hold spaces and brackets: fields resume after the last ")".
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += parents.get(pid, [])
    return out


class _Sampler(threading.Thread):
    def __init__(self, pid: int, interval: float):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_kb = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            self.peak_kb = max(self.peak_kb, sum(_memory_kb(p) for p in _descendants(self.pid)))
            self.stopped.wait(self.interval)


def _child(conn, target: str, kwargs: dict) -> None:
    module, name = target.rsplit(".", 1)
    function = getattr(importlib.import_module(module), name)
    started, cpu0 = time.perf_counter(), _cpu()
    try:
        result, error = function(**kwargs), None
    except BaseException:
        result, error = {}, traceback.format_exc()
    wall = time.perf_counter() - started
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    conn.send({
        "result": result, "error": error, "wall": wall, "cpu": _cpu() - cpu0,
        "self_maxrss_mb": me.ru_maxrss / 1024, "child_maxrss_mb": kids.ru_maxrss / 1024,
    })
    conn.close()


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run_step(target: str, interval: float = 0.25, **kwargs) -> Measured:
    """Call the function named `target` ("module.function") with `kwargs` in a spawned process."""
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    # The child must find the bench package whatever the caller's working folder.
    root = str(Path(__file__).resolve().parent.parent)
    if root not in os.environ.get("PYTHONPATH", "").split(os.pathsep):
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
    process = ctx.Process(target=_child, args=(send, target, kwargs))
    process.start()
    send.close()
    sampler = _Sampler(process.pid, interval)
    sampler.start()
    try:
        message = receive.recv()
    except EOFError:
        message = {"result": {}, "error": f"{target}: the step process died (exit code {process.exitcode})",
                   "wall": 0.0, "cpu": 0.0, "self_maxrss_mb": 0.0, "child_maxrss_mb": 0.0}
    process.join()
    sampler.stopped.set()
    sampler.join()
    return Measured(
        result=message["result"], wall=message["wall"], cpu=message["cpu"],
        peak_tree_mb=sampler.peak_kb / 1024, self_maxrss_mb=message["self_maxrss_mb"],
        child_maxrss_mb=message["child_maxrss_mb"], error=message["error"],
    )
