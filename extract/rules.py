"""Rule files: YAML word lists and patterns under extract/data/, loaded with
errors that name the file (the fast way to run the patterns over a text is
ingest.scanner's Scanner)."""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import yaml

T = TypeVar("T")
# libyaml's parser with PyYAML's safe constructors, when PyYAML was built with it: the same data, parsed faster.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_rule_file(path: Path) -> dict:
    """The mapping a YAML rule file holds; errors name the file."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (OSError, yaml.YAMLError) as e:
        raise ValueError(f"{path}: cannot load rules: {e}") from e
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of rule names at the top level")
    return data


def rule(data: dict, path: Path, *keys: str):
    """data[k1][k2]…, or an error naming the file and the missing key."""
    node = data
    for i, key in enumerate(keys):
        if not isinstance(node, dict) or key not in node:
            raise ValueError(f"{path}: missing rule {'.'.join(keys[: i + 1])!r}")
        node = node[key]
    return node


def any_of(patterns) -> str:
    """One pattern matching any of a rule's patterns (each kept whole, in its own group)."""
    return "|".join(f"(?:{p})" for p in patterns)


def compile_pattern(pattern: str, path: Path, what: str) -> re.Pattern:
    """One pattern of a rule file, compiled; a bad one is reported with the file and the rule it belongs to."""
    try:
        return re.compile(pattern)
    except re.error as e:
        raise ValueError(f"{path}: {what}: bad pattern {pattern!r}: {e}") from e


def compile_rule_file(path: Path, compile_rules: Callable[[dict, Path], T]) -> T:
    """Load a rule file and compile it; a bad pattern is reported with the file's name."""
    try:
        return compile_rules(load_rule_file(path), path)
    except (re.error, KeyError, IndexError) as e:
        raise ValueError(f"{path}: bad pattern: {e}") from e
