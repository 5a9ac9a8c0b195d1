"""Word lists and patterns that compare/ reads from compare/data/*.yml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.rules import any_of, compile_pattern, load_rule_file
from ingest.pattern_parts import expanded

DATA = Path(__file__).resolve().parent / "data"
# Which way a change moves a measure (compare/changes.py decides the pair's).
TIGHTENED, RELAXED = "tightened", "relaxed"


@lru_cache(maxsize=None)
def load_data(name: str) -> dict:
    """The settings of compare/data/`name`, each ``<<name>>`` of its patterns replaced by its
    shared piece from the file's ``parts``, where that is a mapping of pieces
    (ingest/pattern_parts.py; relations.yml's ``parts`` is a pattern of its own)."""
    data = load_rule_file(DATA / name)
    return expanded(data, data.pop("parts")) if isinstance(data.get("parts"), dict) else data


def of_zone(pattern: str, zone: str) -> str:
    """A pattern of compare/data/align.yml `areas` said of one zone, or of any when `zone` is
    `any_zone`: its ``{zone}`` is filled where it is matched (align.yml's header).

    >>> of_zone("对?{zone}采取", "封控区"), of_zone("^{zone}$", any_zone({"zones": ["封控区", "管控区"]}))
    ('对?封控区采取', '^(?:封控区|管控区)$')
    """
    return pattern.replace("{zone}", zone)


def any_zone(areas: dict) -> str:
    return f"(?:{'|'.join(areas['zones'])})"


@dataclass(frozen=True)
class Label:
    """One subject a measure can govern: a kind of person or place (`group`)
    or a kind of action (`action`), recognised by any of its patterns."""

    kind: str
    name: str
    pattern: re.Pattern

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.name}"


@lru_cache(maxsize=1)
def subject_labels() -> tuple[Label, ...]:
    data = load_data("subjects.yml")
    place = f"[{re.escape(data.get('places') or '')}]"
    labels = []
    for kind in ("group", "action"):
        for name, patterns in (data.get(kind) or {}).items():
            if not patterns:
                raise ValueError(f"{DATA / 'subjects.yml'}: {kind} {name!r} has no patterns")
            rx = compile_pattern(any_of(p.replace("{place}", place) for p in patterns),
                                 DATA / "subjects.yml", f"{kind} {name!r}")
            labels.append(Label(kind, name, rx))
    return tuple(labels)


@lru_cache(maxsize=1)
def ending() -> re.Pattern:
    """What a measure says when it stops (`…不再执行`), compare/data/changes.yml `ending`."""
    return re.compile(any_of(load_data("changes.yml")["ending"]))
