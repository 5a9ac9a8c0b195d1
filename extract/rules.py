"""Rule files: YAML word lists and patterns under extract/data/, loaded with errors that name the file."""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import yaml

T = TypeVar("T")


def load_rule_file(path: Path) -> dict:
    """The mapping a YAML rule file holds; errors name the file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
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


def compile_rule_file(path: Path, compile_rules: Callable[[dict, Path], T]) -> T:
    """Load a rule file and compile it; a bad pattern is reported with the file's name."""
    try:
        return compile_rules(load_rule_file(path), path)
    except (re.error, KeyError, IndexError) as e:
        raise ValueError(f"{path}: bad pattern: {e}") from e
