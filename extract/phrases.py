"""Stretches of a measure's text that keep their offsets, and the bracket-aware
splitting the unit finder works with."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

OPENING, CLOSING = "（(“‘《〈[［【", "）)”’》〉]］】"
SENTENCE_ENDS = "。！？!?\n"
CLAUSE_ENDS = "，,；;：:"
BLANKS = " \t\u3000"
_DEPTH_MARKS = re.compile(f"[{re.escape(OPENING + CLOSING + SENTENCE_ENDS)}]")


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

    def placed(self, outer: Piece) -> Piece:
        """This piece, taken from a piece whose offsets are positions in
        outer.text, pointing where outer points instead."""
        return Piece(self.text, tuple(map(outer.offsets.__getitem__, self.offsets)))

    def join(self, other: Piece) -> Piece:
        return Piece(self.text + other.text, self.offsets + other.offsets)

    def without(self, spans: list[tuple[int, int]]) -> Piece:
        """The piece with the characters at the given [start, end) spans of its text left out."""
        if not spans:
            return self
        keep = [i for i in range(len(self.text)) if not any(s <= i < e for s, e in spans)]
        return Piece("".join(self.text[i] for i in keep), tuple(self.offsets[i] for i in keep))

    def strip(self, chars: str = BLANKS) -> Piece:
        rest = self.text.lstrip(chars)
        start = len(self.text) - len(rest)
        end = start + len(rest.rstrip(chars))
        return self if (start, end) == (0, len(self.text)) else self.cut(start, end)

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
    out, depth, start = [0] * len(text), 0, 0
    # Only brackets, quotes and sentence ends change the depth: jump from one to the next.
    for m in _DEPTH_MARKS.finditer(text):
        i = m.start()
        if depth:
            out[start:i + 1] = [depth] * (i + 1 - start)
        ch = text[i]
        if ch in OPENING:
            depth += 1
        elif ch in CLOSING:
            depth = max(depth - 1, 0)
        else:
            depth = 0
        start = i + 1
    if depth:
        out[start:] = [depth] * (len(text) - start)
    return tuple(out)


def split(piece: Piece, ends: str) -> list[Piece]:
    """The non-empty parts between the given characters where they stand outside brackets."""
    text = piece.text
    bounds = [m.start() for m in _any_of(ends).finditer(text)]
    if bounds:  # most phrases hold none: spare their depths
        level = depths(text)
        bounds = [i for i in bounds if level[i] == 0]
    bounds.append(len(text))
    parts, start = [], 0
    for end in bounds:
        # Strip the text before making a piece of it: most parts are kept as they are.
        part = text[start:end].lstrip(BLANKS)
        first = end - len(part)
        part = part.rstrip(BLANKS)
        if part:
            parts.append(piece.cut(first, first + len(part)))
        start = end + 1
    return parts


@lru_cache(maxsize=64)
def _any_of(chars: str) -> re.Pattern:
    return re.compile(f"[{re.escape(chars)}]")


def find_outside(text: str, word: str) -> list[int]:
    """Positions of a word outside brackets, not overlapping one another."""
    i = text.find(word)
    if i < 0:
        return []
    level, found = depths(text), []
    while i >= 0:
        if level[i] == 0:
            found.append(i)
        i = text.find(word, i + len(word))
    return found


def strip_leading(text: str, words: tuple[str, ...]) -> tuple[str, bool]:
    """The text without any run of the given words at its start (never all
    of it), and whether any was removed: 全市各级各部门 → 部门."""
    end = _leading_run(words).match(text).end()
    return text[end:], end > 0


@lru_cache(maxsize=64)
def _leading_run(words: tuple[str, ...]) -> re.Pattern:
    """A run of the words, each the first in order that leaves something after it,
    which is what stripping them one by one, first word first, removes."""
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:(?:{alternatives})(?=.))*", re.DOTALL)
