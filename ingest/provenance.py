"""Trace clean paragraphs back to the raw text, and account for every raw sentence.

Provenance is found, not carried: each clean sentence is looked up in the raw
text (after the same character fixes, white space ignored). That keeps the
cleaning steps simple pure functions, and it checks them: a raw sentence that
is in no clean paragraph, no metadata field and no known debris is reported
as lost.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate

from . import fixes
from .layout import drop_page_numbers
from .models import Audit
from .scrape import DEBRIS, sentences

_FURNITURE = re.compile(r"[#\s\W_]+")
_VISIBLE = re.compile(r"\S+")  # \s is what str.isspace calls white space
_UNCOVERED = re.compile(rb"\x00+")
_WHITE = re.compile(r"\s+")


def _squeeze(text: str) -> str:
    # Most sentences hold no white space, and two string methods tell that several
    # times faster than a regex call: every white-space character but " " is unprintable.
    if text.isprintable() and " " not in text:
        return text
    return _WHITE.sub("", text)


def longest_opening(text: str, found: Callable[[str], bool]) -> int:
    """The length of the longest opening of ``text`` that is ``found`` (0 for none),
    where every opening of a found one is found too."""
    lo, hi = 1, len(text)
    while lo <= hi:
        mid = (lo + hi) // 2
        if found(text[:mid]):
            lo = mid + 1
        else:
            hi = mid - 1
    return hi


class _Deletions:
    """Offsets after one step that deleted some spans of its input, mapped to before it."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.after: list[int] = []  # where each deletion stands in the step's output
        self.shift: list[int] = []  # how many characters were deleted up to and with it
        deleted = 0
        for start, end in spans:
            self.after.append(start - deleted)
            deleted += end - start
            self.shift.append(deleted)

    def __call__(self, offset: int) -> int:
        i = bisect_right(self.after, offset) - 1
        return offset + self.shift[i] if i >= 0 else offset


class OffsetMap(Sequence[int]):
    """For each index of the fixed text, the index of the raw text it came from.

    Composed from the deletions each character fix reports (``fixes.deletions``),
    so it costs one regex pass per fix and a binary search per lookup, whatever the
    length of the text: no alignment of the two texts is searched for.
    """

    def __init__(self, raw: str, fixed: str):
        self._steps: list[_Deletions] = []
        text = raw
        # Only the deleting fixes are replayed: they run before any fix that replaces
        # characters (a test holds the order), so what they match is what they matched.
        for fix in fixes.CHARACTER_FIXES:
            spans = fixes.deletions(fix, text)
            if spans:
                self._steps.append(_Deletions(spans))
                text = fix(text)
        if len(text) != len(fixed):
            raise ValueError("the fixed text is not the raw text after the character fixes")
        self._length = len(fixed) + 1

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, offset):
        if isinstance(offset, slice):
            return [self[i] for i in range(*offset.indices(self._length))]
        for step in reversed(self._steps):
            offset = step(offset)
        return offset


class RawIndex:
    """The raw text with white space squeezed out, searchable, mapped back to raw offsets."""

    def __init__(self, raw: str, fixed: str):
        self.to_raw = OffsetMap(raw, fixed)  # from ``fixed`` to ``raw``
        # Offsets are mapped run by run of visible text when asked for, not kept for
        # every character: a file has thousands of characters and a few dozen runs.
        runs = [m.span() for m in _VISIBLE.finditer(fixed)]
        self.text = "".join(fixed[start:end] for start, end in runs)
        self.run_starts = [start for start, _ in runs]  # in ``fixed``
        self.squeezed_starts = list(accumulate((end - start for start, end in runs), initial=0))
        self.covered = bytearray(len(self.text))  # 1 where a located piece stands

    def _fixed(self, squeezed: int) -> int:
        run = bisect_right(self.squeezed_starts, squeezed) - 1
        return self.run_starts[run] + squeezed - self.squeezed_starts[run]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.to_raw[self._fixed(start)], self.to_raw[self._fixed(end - 1)] + 1

    def _uncovered_from(self, piece: str, origin: int, end: int | None = None) -> tuple[int, int]:
        """The first uncovered place of ``piece`` in text[origin:end], and its first place there."""
        first = pos = self.text.find(piece, origin, end)
        while pos >= 0 and self.covered.find(1, pos, pos + len(piece)) >= 0:
            pos = self.text.find(piece, pos + 1, end)
        return pos, first

    def find(self, piece: str, after: int) -> int:
        """Where ``piece`` stands, preferring an uncovered place at or after ``after``,
        then one before it, then its first place. Each stretch of the text is searched
        once: a piece found nowhere (most of ``longest_opening``'s tries) costs one pass."""
        pos, first_after = self._uncovered_from(piece, after)
        if pos >= 0:
            return pos
        pos, first = self._uncovered_from(piece, 0, after - 1 + len(piece))  # places starting before ``after``
        if pos >= 0:
            return pos
        return first if first >= 0 else first_after

    def locate_all(self, texts: list[str], after: int) -> tuple[list[tuple[int, int]], int]:
        """``locate`` each text in turn, each after the one before.

        Most paragraphs stand in the raw text whole, and uncovered: once the first
        text is found where the whole stands, each next one is found right after
        the one before, so one search places them all.
        """
        pieces = [piece for piece in map(_squeeze, texts) if piece]  # white space alone is not located
        whole = "".join(pieces)
        # The whole stands uncovered where the first text is first found uncovered after
        # ``after``, or nowhere after it: one test there, not a search through the rest
        # of the text (which made a long scrape, whose paragraphs are rebuilt, quadratic).
        start = self.find(pieces[0], after) if pieces else -1
        spans: list[tuple[int, int]] = []
        if (start < after or not self.text.startswith(whole, start)
                or self.covered.find(1, start, start + len(whole)) >= 0):
            for piece in pieces:
                found, after = self.locate(piece, after)
                spans += found
            return spans, after
        end = start
        for piece in pieces:
            spans.append((end, end + len(piece)))
            end += len(piece)
        self.covered[start:end] = b"\x01" * (end - start)
        return spans, end

    def locate(self, text: str, after: int = 0) -> tuple[list[tuple[int, int]], int]:
        """Squeezed spans holding ``text``, longest pieces first; and where the last ended."""
        spans: list[tuple[int, int]] = []
        rest = _squeeze(text)
        while rest:
            n = len(rest)
            pos = self.find(rest, after)
            if pos < 0:  # the longest prefix found somewhere (a sentence rejoined from fragments)
                n = longest_opening(rest, lambda opening: self.find(opening, after) >= 0)
                if n == 0:
                    rest = rest[1:]  # a character the cleaner added (a joining mark): nothing to trace
                    continue
                pos = self.find(rest[:n], after)
            spans.append((pos, pos + n))
            self.covered[pos : pos + n] = b"\x01" * n
            after = pos + n
            rest = rest[n:]
        return spans, after

    def uncovered(self) -> Iterable[str]:
        """The runs of raw text that no located piece covers."""
        for m in _UNCOVERED.finditer(self.covered):
            yield self.text[m.start() : m.end()]


def _merge(spans: list[tuple[int, int]], raw: str) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and not raw[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _kind(piece: str, metadata: list[str], clean: str) -> str:
    """What a raw sentence no paragraph holds is: debris, metadata, a duplicate or lost."""
    rest = piece
    for m in metadata:
        rest = rest.replace(m, "")
    if not _FURNITURE.sub("", piece):
        return "debris"
    if not _FURNITURE.sub("", rest):
        return "metadata"
    return "duplicates" if rest in clean else "lost"


def trace(
    raw: str, fixed: str, paragraphs: list[str], metadata: list[str], chrome: list[list[str]] = (),
    inside: list[str] = (),
) -> tuple[list[list[tuple[int, int]]], Audit]:
    """Raw spans for each paragraph, and the audit of every raw sentence.

    ``fixed`` is the raw text after the character fixes, which the clean text
    shares: sentences are looked up there and mapped back to ``raw``. ``chrome``
    holds groups of texts the cleaning cut (the page around the notice, debris), each
    in the order of the text: what stands in them is debris. ``inside`` holds what it
    cut from inside sentences (a spammer's word before a full stop, given with the
    stop): located first, so that the sentences around it do not take its place.
    """
    index = RawIndex(raw, fixed)
    index.locate_all(list(inside), 0)
    all_spans = []
    after = 0
    kept = 0
    for paragraph in paragraphs:
        paragraph_sentences = sentences(paragraph)
        found, after = index.locate_all(paragraph_sentences, after)
        all_spans.append(_merge([index.raw_span(s, e) for s, e in found], raw))
        kept += len(paragraph_sentences)
    audit = Audit(kept=kept, debris=len(inside))
    # The page around the notice stands where it was cut from: located there, it is debris.
    for group in chrome:
        place = 0
        for line in group:
            line_sentences = sentences(line)
            place = index.locate_all(line_sentences, place)[1]
            audit.debris += len(line_sentences)
    clean = _squeeze("".join(paragraphs))
    # Longest first: a title line holds the title without its decorations.
    meta = sorted((_squeeze(m) for m in metadata if m), key=len, reverse=True)
    kinds: dict[str, str] = {}  # a scrape repeats its sentences; each search of ``clean`` costs its length
    for run in index.uncovered():
        audit.debris += len(DEBRIS.findall(run))
        for chunk in DEBRIS.sub("\n", drop_page_numbers(run)).split("\n"):
            for piece in sentences(chunk):
                if piece not in kinds:
                    kinds[piece] = _kind(piece, meta, clean)
                if kinds[piece] == "lost":
                    audit.lost.append(piece)
                else:
                    setattr(audit, kinds[piece], getattr(audit, kinds[piece]) + 1)
    audit.sentences = audit.kept + audit.metadata + audit.debris + audit.duplicates + len(audit.lost)
    return all_spans, audit



def raw_span(paragraph: str, spans: Sequence[Sequence[int]], start: int, end: int,
             to_raw: OffsetMap, fixed: str) -> tuple[int, int] | None:
    """The raw [start, end) holding ``paragraph[start:end]``, through the paragraph's
    provenance ``spans`` (``to_raw`` maps ``fixed``, the raw text after the character
    fixes, to the raw text). None when a character of it is in no span (one the
    cleaner added)."""
    visible = _visible_in_fixed(paragraph, spans, to_raw, fixed)
    before = len(_VISIBLE_CHARS.findall(paragraph, 0, start))
    inside = len(_VISIBLE_CHARS.findall(paragraph, start, end))
    if not inside or before + inside > len(visible):
        return None
    first, last = visible[before], visible[before + inside - 1]
    if first is None or last is None:
        return None
    return to_raw[first], to_raw[last] + 1


def raw_extent(paragraph: str, spans: Sequence[Sequence[int]], start: int, end: int,
               to_raw: OffsetMap, fixed: str) -> tuple[int, int] | None:
    """The raw [low, high) holding every character of ``paragraph[start:end]`` that
    has a place there (arguments as for ``raw_span``). Unlike ``raw_span`` it holds
    the whole stretch when a shuffled scrape put its parts out of order."""
    visible = _visible_in_fixed(paragraph, spans, to_raw, fixed)
    before = len(_VISIBLE_CHARS.findall(paragraph, 0, start))
    inside = len(_VISIBLE_CHARS.findall(paragraph, start, end))
    placed = [to_raw[i] for i in visible[before:before + inside] if i is not None]
    return (min(placed), max(placed) + 1) if placed else None


_VISIBLE_CHARS = re.compile(r"\S")


def _visible_in_fixed(paragraph: str, spans: Sequence[Sequence[int]], to_raw: OffsetMap, fixed: str) -> list[int | None]:
    """For each visible character of ``paragraph``, its offset in ``fixed``.

    The spans are in the order of the raw text, which a shuffled scrape need not
    keep: each span's text is placed where it stands in the paragraph."""
    squeezed = _squeeze(paragraph)
    where: list[int | None] = [None] * len(squeezed)
    for raw_start, raw_end in spans:
        lo, hi = _fixed_offset(to_raw, raw_start), _fixed_offset(to_raw, raw_end)
        offsets = [m.start() for m in _VISIBLE_CHARS.finditer(fixed, lo, hi)]
        piece = "".join(fixed[i] for i in offsets)
        at = squeezed.find(piece)
        while at >= 0 and where[at] is not None:
            at = squeezed.find(piece, at + 1)
        if at >= 0:
            where[at:at + len(piece)] = offsets
    return where


def _fixed_offset(to_raw: OffsetMap, raw: int) -> int:
    """The first offset of the fixed text at or after raw offset ``raw``."""
    lo, hi = 0, len(to_raw) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if to_raw[mid] < raw:
            lo = mid + 1
        else:
            hi = mid
    return lo
