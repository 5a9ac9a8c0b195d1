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
_DEPTH_MARK_CHARS = OPENING + CLOSING + SENTENCE_ENDS
_DEPTH_MARKS = re.compile(f"[{re.escape(_DEPTH_MARK_CHARS)}]")
_OPENING_MARK = re.compile(f"[{re.escape(OPENING)}]")


@dataclass(frozen=True, slots=True)
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
        depth = _depth_after(depth, text[i])
        start = i + 1
    if depth:
        out[start:] = [depth] * (len(text) - start)
    return tuple(out)


def _depth_after(depth: int, mark: str) -> int:
    """The depth after a mark that may change it."""
    if mark in OPENING:
        return depth + 1
    if mark in CLOSING:
        return max(depth - 1, 0)
    return 0 if mark in SENTENCE_ENDS else depth


def split(piece: Piece, ends: str) -> list[Piece]:
    """The non-empty parts between the given characters where they stand outside brackets."""
    return [piece.cut(start, end) for start, end in spans(piece.text, ends)]


def spans(text: str, ends: str) -> list[tuple[int, int]]:
    """The [start, end) spans of what split gives, without making pieces."""
    out, start = [], 0
    for end in [*_outside(text, ends), len(text)]:
        # Strip the text before making a piece of it: most parts are kept as they are.
        part = text[start:end].lstrip(BLANKS)
        first = end - len(part)
        part = part.rstrip(BLANKS)
        if part:
            out.append((first, first + len(part)))
        start = end + 1
    return out


def _outside(text: str, chars: str) -> list[int]:
    """Positions of the given characters outside brackets: the depth is
    needed at these alone, is 0 up to the first opening mark, and changes
    only at the marks that change it."""
    opening = _OPENING_MARK.search(text)
    if opening is None:
        return [m.start() for m in _any_of(chars).finditer(text)]
    found, depth = [m.start() for m in _any_of(chars).finditer(text, 0, opening.start())], 0
    for m in _any_of(chars + _DEPTH_MARK_CHARS).finditer(text, opening.start()):
        mark = m.group()
        if not depth and mark in chars:
            found.append(m.start())
        depth = _depth_after(depth, mark)
    return found


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
