"""The whole way from a source file to a document dict: ingest, then extract.

The dict is the document shape of ``extract/document.py`` (the annotation guide's
shape with measures, spans, provenance and audit added); ``db`` and ``compare``
read it, and ``notices extract`` writes it.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from extract.document import CitedDocument, Document as Shape
from extract.measures import extract_measures, issuing_city, paragraph_references
from ingest.errors import shown
from ingest.models import Document, RawSource
from ingest.pipeline import ingest_file, ingest_source
from ingest.readers import SourceError
from ingest.segment import configure_jieba

# Files a worker takes at a time. Chunks save a round trip per file; small ones keep
# results flowing to the caller and leave no worker idle for long at the end of a
# batch: with a sixteenth of the batch per chunk, one core could idle through the
# last sixteenth of the run.
CHUNK = 16

SOURCE_SUFFIXES = {".txt", ".text", ".pdf", ".html", ".htm", ".docx", ".doc"}

# Seconds one file may take. A notice takes about a second; LibreOffice may take up to
# three minutes on a .doc. A file that needs more is pathological and would stall the batch.
FILE_TIME_LIMIT = 300.0

# Linux's prctl option asking for a signal when the parent process dies.
_PR_SET_PDEATHSIG = 1


def document_dict(doc: Document, with_measures: bool = True) -> dict:
    """A document as a dict, with its measures and the documents it cites."""
    d = doc.to_dict()
    if not with_measures:
        return d
    city = issuing_city(doc.issuer, doc.title)
    paragraphs = [p.text for p in doc.paragraphs]
    references = paragraph_references(paragraphs)
    shape = Shape(
        **d,
        measures=extract_measures(paragraphs, city, references=references, issuer=doc.issuer,
                                  title=doc.title),
        references=[CitedDocument(**vars(r), paragraph=i) for i, found in enumerate(references) for r in found],
    )
    return shape.to_dict()


def process_file(path: str | Path, with_measures: bool = True, source: str | None = None) -> dict:
    """Ingest and extract one file. Raises ``SourceError`` naming the file when it cannot be read.
    ``source`` is the key the document goes by (default: the file's name)."""
    d = document_dict(ingest_file(path), with_measures)
    if source:
        d["source"] = source
    return d


def source_keys(paths: list[Path]) -> list[str]:
    """The key each file goes by in a batch: its name, or, where two files of the batch
    share a name (``a/x.txt``, ``b/x.txt``), its path below the folder holding them all.

    >>> source_keys([Path("a/x.txt"), Path("b/x.txt"), Path("b/y.txt")])
    ['a/x.txt', 'b/x.txt', 'y.txt']
    """
    names = Counter(p.name for p in paths)
    shared = [p.resolve() for p in paths if names[p.name] > 1]
    root = Path(os.path.commonpath([p.parent for p in shared])) if shared else None
    return [p.resolve().relative_to(root).as_posix() if names[p.name] > 1 else p.name for p in paths]


@dataclass
class Outcome:
    path: Path
    document: dict | None = None
    error: str | None = None


class _OverTime(BaseException):
    """Raised in a file's processing when its time is up. Not an Exception, so that no
    reader's `except Exception` turns it into a misleading reason."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `_OverTime` in the block after `seconds`. Signals reach only the main
    thread, so elsewhere (a caller's thread) the block runs unbounded."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise _OverTime

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _run(job: tuple[Path, str, bool, float | None]) -> Outcome:
    path, source, with_measures, seconds = job
    try:
        with time_limit(seconds):
            return Outcome(path, process_file(path, with_measures, source))
    except SourceError as e:
        return Outcome(path, error=f"{shown(path)}: {e.reason}")
    except _OverTime:
        return Outcome(path, error=f"{shown(path)}: took more than the {seconds:g} s allowed for one file; left out")
    except Exception as e:  # one bad file must not stop a batch; the message names it
        return Outcome(path, error=f"{shown(path)}: cannot be processed: {type(e).__name__}: {shown(e)}")


# A short notice processed once in the parent before the workers fork: what every file needs
# (jieba's dictionary, the rule files, their patterns) is then loaded once and shared by the
# workers, instead of loaded again in each (a second per worker, more if it is spawned).
_WARM_UP = ("某市疫情防控指挥部关于加强疫情防控工作的通告\n（第1号）\n各区县、各有关单位：\n"
            "为做好疫情防控工作，根据有关规定，现通告如下：\n"
            "一、自2022年3月1日起，全市各类娱乐场所暂停营业，各单位要在3日内完成排查。\n"
            "二、50人以上的聚集活动一律取消，来返人员须持48小时内核酸检测阴性证明。\n"
            "某市疫情防控指挥部\n2022年3月1日")


def _pool_context() -> multiprocessing.context.BaseContext | None:
    """Workers forked from this process, where forking is safe: on Linux, even when the default is to
    spawn them (as in a process itself spawned), and only while this process runs one thread, since a
    fork copies the calling thread alone and a lock another thread held (a caller's server, a progress
    bar) would stay held in every worker. Forked workers share what the parent loaded (``_warm_up``).
    Beside other threads they are spawned (children of this process still, which `_end_with_parent`
    checks), elsewhere (None) they start as the platform starts them, and each loads it."""
    if not sys.platform.startswith("linux"):
        return None
    return multiprocessing.get_context("fork" if threading.active_count() == 1 else "spawn")


def _warm_up(with_measures: bool) -> None:
    try:
        configure_jieba().initialize()
        document_dict(ingest_source(RawSource(Path("warm-up.txt"), _WARM_UP, "txt", "")), with_measures)
    except Exception:  # what fails here fails for each file too, and is reported with the file's name
        pass


def _end_with_parent(parent: int) -> None:
    """Pool initializer: a worker ends when the process that started it dies, even by
    `kill -9`, instead of living on and holding its memory."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: watch for the parent to change
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
        return
    if os.getppid() != parent:  # it died before the request was made
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the source files inside given folders, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SOURCE_SUFFIXES))
        else:
            out.append(p)
    return out


def process_paths(paths: Iterable[str | Path], with_measures: bool = True,
                  workers: int | None = None, seconds: float | None = FILE_TIME_LIMIT,
                  sources: list[str] | None = None) -> Iterator[Outcome]:
    """Process many files on all cores, yielding outcomes in the order of the paths.
    A file taking more than `seconds` is left out with an error naming it. `sources`:
    the keys the files go by, when they are part of a larger batch (`source_keys`)."""
    files = expand(paths)
    jobs = [(p, key, with_measures, seconds) for p, key in zip(files, sources or source_keys(files))]
    workers = workers or min(len(jobs), os.cpu_count() or 1)
    if workers <= 1 or len(jobs) <= 1:
        yield from map(_run, jobs)
        return
    context = _pool_context()
    if context is not None and context.get_start_method() == "fork":
        _warm_up(with_measures)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_end_with_parent,
                             initargs=(os.getpid(),)) as pool:
        yield from pool.map(_run, jobs, chunksize=max(1, min(CHUNK, len(jobs) // (workers * 8))))
