"""Nothing is written outside the project, its environment, or a chosen output."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT


def test_jieba_cache_goes_to_the_chosen_folder_not_tmp(tmp_path):
    cache = tmp_path / "cache"
    script = (
        "from ingest.segment import configure_jieba, words\n"
        "words('各区县要加强核酸检测')\n"
        "import jieba; print(jieba.dt.tmp_dir); print(jieba.dt.cache_file)\n"
    )
    env = {**os.environ, "NOTICES_CACHE_DIR": str(cache)}
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    tmp_dir, cache_file = out.stdout.split()
    assert Path(tmp_dir) == cache and (cache / cache_file).exists()


def test_default_cache_is_inside_the_virtual_environment():
    # In a child without NOTICES_CACHE_DIR, so the default is checked whatever the caller set.
    env = {k: v for k, v in os.environ.items() if k != "NOTICES_CACHE_DIR"}
    script = "from ingest.segment import cache_dir; print(cache_dir())"
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert Path(sys.prefix) in Path(out.stdout.strip()).parents


def _project_files() -> set[Path]:
    skip = {".venv", "__pycache__", ".git", ".hypothesis", ".pytest_cache", "out"}  # bench/out: benchmark runs
    return {p for p in ROOT.rglob("*") if not skip.intersection(p.relative_to(ROOT).parts)}


@pytest.mark.slow
def test_extract_writes_only_its_output(tmp_path):
    before = _project_files()
    out = tmp_path / "docs.jsonl"
    subprocess.run([sys.executable, "-m", "notices.cli", "extract", str(CORPUS / "002_79e7738ce50ad15f.txt"),
                    "--out", str(out)], cwd=ROOT, check=True, capture_output=True)
    assert out.exists() and _project_files() - before == set()
