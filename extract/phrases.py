"""Stretches of a measure's text that keep their offsets, and the bracket-aware
splitting the unit finder works with."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

OPENING, CLOSING = "（(“‘《〈[［【", "）)”’》〉]］】"
SENTENCE_ENDS = "。！？!?\n"
CLAUSE_ENDS = "，,；;：:"


@dataclass(frozen=True)
class Piece:
    """Characters of the measure text with the offset of each, so that a
    phrase can leave out an aside and still point back into the text."""

    text: str
    offsets: tuple[int, ...]

    @classmethod
    def of(cls, text: str, start: int = 0, end: int | None = None) -> Piece:
        end = len(text) if end is None else end
        return cls(text[start:end], tuple(range(start, end)))

    def cut(self, start: int, end: int | None = None) -> Piece:
        end = len(self.text) if end is None else end
        return Piece(self.text[start:end], self.offsets[start:end])

    def join(self, other: Piece) -> Piece:
        return Piece(self.text + other.text, self.offsets + other.offsets)

    def without(self, spans: list[tuple[int, int]]) -> Piece:
        """The piece with the characters at the given [start, end) spans of its text left out."""
        keep = [i for i in range(len(self.text)) if not any(s <= i < e for s, e in spans)]
        return Piece("".join(self.text[i] for i in keep), tuple(self.offsets[i] for i in keep))

    def strip(self, chars: str = " \t\u3000") -> Piece:
        start, end = 0, len(self.text)
        while start < end and self.text[start] in chars:
            start += 1
        while end > start and self.text[end - 1] in chars:
            end -= 1
        return self.cut(start, end)

    @property
    def start(self) -> int:
        return self.offsets[0]

    @property
    def end(self) -> int:
        return self.offsets[-1] + 1


@lru_cache(maxsize=512)
def depths(text: str) -> tuple[int, ...]:
    """Bracket and quote depth before each character. A sentence end resets
    it, so one unbalanced bracket cannot swallow the rest of a measure.

    Cached: the unit finder asks again for every word it looks up in a clause."""
    depth, out = 0, []
    for ch in text:
        out.append(depth)
        if ch in OPENING:
            depth += 1
        elif ch in CLOSING:
            depth = max(depth - 1, 0)
        elif ch in SENTENCE_ENDS:
            depth = 0
    return tuple(out)


def split(piece: Piece, ends: str) -> list[Piece]:
    """The non-empty parts between the given characters where they stand outside brackets."""
    level, parts, start = depths(piece.text), [], 0
    for i, ch in enumerate(piece.text):
        if ch in ends and level[i] == 0:
            parts.append(piece.cut(start, i))
            start = i + 1
    parts.append(piece.cut(start))
    return [p.strip() for p in parts if p.strip().text]


def find_outside(text: str, word: str) -> list[int]:
    """Positions of a word outside brackets."""
    level = depths(text)
    return [m.start() for m in re.finditer(re.escape(word), text) if level[m.start()] == 0]


def strip_leading(text: str, words: tuple[str, ...]) -> tuple[str, bool]:
    """The text without any run of the given words at its start (never all
    of it), and whether any was removed: 全市各级各部门 → 部门."""
    stripped, changed = False, True
    while changed:
        changed = False
        for w in words:
            if text.startswith(w) and len(text) > len(w):
                text, stripped, changed = text[len(w):], True, True
                break
    return text, stripped
