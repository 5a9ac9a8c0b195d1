"""Shared pieces of the patterns a rule file writes: a pattern names a piece as ``<<name>>``,
written once in the file, and the loader puts it in as a group (ingest/data/chrome.yml,
compare/data/align.yml)."""
from __future__ import annotations

import re
from collections.abc import Mapping

_PART = re.compile(r"<<(\w+)>>")


def expand_parts(pattern: str, parts: Mapping[str, str]) -> str:
    """`pattern` with each ``<<name>>`` replaced by ``(?:piece)``, the piece ``parts[name]``
    (a KeyError for a name it lacks).

    >>> expand_parts("^<<w>>c", {"w": "a|b"})
    '^(?:a|b)c'
    """
    return _PART.sub(lambda m: f"(?:{parts[m.group(1)]})", pattern)


def expanded(node, parts: Mapping[str, str]):
    """A rule file's data (mappings, lists, strings) with every pattern's pieces put in.

    >>> expanded({"x": ["<<w>>"], "y": {"z": "(?!<<w>>)"}, "n": 2}, {"w": "a|b"})
    {'x': ['(?:a|b)'], 'y': {'z': '(?!(?:a|b))'}, 'n': 2}
    """
    if isinstance(node, str):
        return expand_parts(node, parts)
    if isinstance(node, dict):
        return {k: expanded(v, parts) for k, v in node.items()}
    if isinstance(node, list):
        return [expanded(v, parts) for v in node]
    return node
