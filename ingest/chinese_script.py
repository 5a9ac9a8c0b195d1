"""Traditional ↔ simplified conversion by OpenCC, whichever build is installed.

pyproject.toml installs the C++ binding (``opencc``) where it ships a wheel and the
pure-Python ``opencc-python-reimplemented`` elsewhere. Both install a top-level
package named ``opencc`` whose ``OpenCC(config).convert(text)`` does the same thing,
the C++ one about 25 times faster. They keep their dictionaries differently:
text files beside the pure-Python package, compiled ``.ocd2`` tries in the C++
wheel, which ships the ``opencc_dict`` tool that writes them out as text. Nothing
else in the project imports ``opencc``. The two give the same text on every real
notice we hold; the C++ dictionaries are newer and right where they differ (哄擡物價
→ 哄抬物价, the standard form, where the pure-Python one keeps 擡).

Every entry of the t2s dictionaries replaces a phrase by a reading of the same
length (tests/test_chinese_script.py holds them to it), so converting never moves
a character: the provenance map of ``ingest.provenance`` relies on that.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import opencc

# The C++ package imports its extension module at the top; the pure-Python one has none.
NATIVE = hasattr(opencc, "opencc_clib")
_ROOT = Path(opencc.__file__).parent
_CONFIG_DIR = _ROOT / "clib" / "share" / "opencc" if NATIVE else _ROOT / "config"
_DICTIONARY_DIR = _CONFIG_DIR if NATIVE else _ROOT / "dictionary"


@lru_cache(maxsize=None)
def _converter(config: str):
    return opencc.OpenCC(config)


def convert(text: str, config: str = "t2s") -> str:
    """Convert ``text`` with an OpenCC configuration (``t2s``, ``s2t``…).

    >>> convert("關於進一步加強疫情防控工作的通知")
    '关于进一步加强疫情防控工作的通知'
    """
    return _converter(config).convert(text)


def _dictionary_files(node) -> list[str]:
    """The dictionary files an OpenCC configuration names, at any depth."""
    if isinstance(node, dict):
        return [f for key, value in node.items() for f in ([value] if key == "file" else _dictionary_files(value))]
    if isinstance(node, list):
        return [f for item in node for f in _dictionary_files(item)]
    return []


def _dictionary_text(name: str) -> str:
    path = _DICTIONARY_DIR / name
    if not NATIVE:
        return path.read_text(encoding="utf-8")
    tool = shutil.which("opencc_dict", path=str(_ROOT / "clib" / "bin"))
    if tool is None:
        raise RuntimeError(f"{_ROOT}: the OpenCC wheel has no opencc_dict to read {name} with")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dictionary.txt"
        subprocess.run([tool, "-i", str(path), "-o", str(out), "-f", "ocd2", "-t", "text"], check=True)
        return out.read_text(encoding="utf-8")


def entries(config: str = "t2s") -> Iterator[tuple[str, str]]:
    """Each phrase of the configuration's dictionaries with the reading it is replaced by.

    The normalization stage of the C++ configurations (compatibility ideographs to
    their unified forms) counts as one more dictionary."""
    settings = json.loads((_CONFIG_DIR / f"{config}.json").read_text(encoding="utf-8"))
    chain = [settings.get("normalization", []), settings["conversion_chain"]]
    for name in dict.fromkeys(_dictionary_files(chain)):
        for line in _dictionary_text(name).splitlines():
            if line.strip():
                key, readings = line.strip().split("\t")
                yield key, readings.split(" ")[0]


@lru_cache(maxsize=None)
def convertible(config: str = "t2s") -> frozenset[str]:
    """The characters the configuration can change: a character stays unless some
    entry puts another in its place, so a text without any of these converts to itself."""
    return frozenset(a for key, reading in entries(config) for a, b in zip(key, reading) if a != b)
