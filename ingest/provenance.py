"""Trace clean paragraphs back to the raw text, and account for every raw sentence.

Provenance is found, not carried: each clean sentence is looked up in the raw
text (after the same character fixes, white space ignored). That keeps the
cleaning steps simple pure functions, and it checks them: a raw sentence that
is in no clean paragraph, no metadata field and no known debris is reported
as lost.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from itertools import chain

from .layout import drop_page_numbers
from .models import Audit
from .scrape import DEBRIS, sentences

# Beyond this size the character alignment would take too long; offsets are then
# mapped in proportion, which is exact for the common case of equal lengths.
_ALIGN_LIMIT = 300_000
_FURNITURE = re.compile(r"[#\s\W_]+")
_VISIBLE = re.compile(r"\S+")  # \s is what str.isspace calls white space
_UNCOVERED = re.compile(rb"\x00+")
_WHITE = re.compile(r"\s+")


def _squeeze(text: str) -> str:
    return _WHITE.sub("", text)


def offset_map(raw: str, fixed: str) -> list[int]:
    """For each index of ``fixed``, the index of ``raw`` it came from."""
    if len(raw) == len(fixed):
        return list(range(len(raw) + 1))
    if len(raw) > _ALIGN_LIMIT:
        ratio = len(raw) / max(1, len(fixed))
        return [min(len(raw), int(i * ratio)) for i in range(len(fixed) + 1)]
    mapping = [0] * (len(fixed) + 1)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, raw, fixed, autojunk=False).get_opcodes():
        for k in range(j2 - j1):
            mapping[j1 + k] = i1 + min(k, max(0, i2 - i1 - 1)) if tag != "insert" else i1
    mapping[len(fixed)] = len(raw)
    return mapping


class RawIndex:
    """The raw text with white space squeezed out, searchable, mapped back to raw offsets."""

    def __init__(self, raw: str, fixed: str):
        to_raw = offset_map(raw, fixed)
        # Run by run, not character by character: this is done for every character of every file.
        runs = [m.span() for m in _VISIBLE.finditer(fixed)]
        keep = chain.from_iterable(range(start, end) for start, end in runs)
        self.text = "".join(fixed[start:end] for start, end in runs)
        self.to_raw = [*map(to_raw.__getitem__, keep), len(raw)]
        self.covered = bytearray(len(self.text))  # 1 where a located piece stands

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.to_raw[start], self.to_raw[end - 1] + 1

    def find(self, piece: str, after: int) -> int:
        """Where ``piece`` stands, preferring an uncovered place at or after ``after``."""
        for origin in (after, 0):
            pos = self.text.find(piece, origin)
            while pos >= 0 and self.covered.find(1, pos, pos + len(piece)) >= 0:
                pos = self.text.find(piece, pos + 1)
            if pos >= 0:
                return pos
        return self.text.find(piece)

    def locate(self, text: str, after: int = 0) -> tuple[list[tuple[int, int]], int]:
        """Squeezed spans holding ``text``, longest pieces first; and where the last ended."""
        spans: list[tuple[int, int]] = []
        rest = _squeeze(text)
        while rest:
            n = len(rest)
            pos = self.find(rest, after)
            if pos < 0:  # the longest prefix found somewhere (a sentence rejoined from fragments)
                lo, hi = 1, len(rest) - 1
                while lo <= hi:
                    mid = (lo + hi) // 2
                    if self.find(rest[:mid], after) >= 0:
                        lo = mid + 1
                    else:
                        hi = mid - 1
                n = hi
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


def _account(piece: str, metadata: list[str], clean: str, audit: Audit) -> None:
    rest = piece
    for m in metadata:
        rest = rest.replace(m, "")
    if not _FURNITURE.sub("", piece):
        audit.debris += 1
    elif not _FURNITURE.sub("", rest):
        audit.metadata += 1
    elif rest in clean:
        audit.duplicates += 1
    else:
        audit.lost.append(piece)


def trace(raw: str, fixed: str, paragraphs: list[str], metadata: list[str]) -> tuple[list[list[tuple[int, int]]], Audit]:
    """Raw spans for each paragraph, and the audit of every raw sentence.

    ``fixed`` is the raw text after the character fixes, which the clean text
    shares: sentences are looked up there and mapped back to ``raw``.
    """
    index = RawIndex(raw, fixed)
    all_spans = []
    after = 0
    kept = 0
    for paragraph in paragraphs:
        spans = []
        for sentence in sentences(paragraph):
            found, after = index.locate(sentence, after)
            spans.extend(index.raw_span(s, e) for s, e in found)
            kept += 1
        all_spans.append(_merge(spans, raw))
    audit = Audit(kept=kept)
    clean = _squeeze("".join(paragraphs))
    meta = [_squeeze(m) for m in metadata if m]
    for run in index.uncovered():
        audit.debris += len(DEBRIS.findall(run))
        for chunk in DEBRIS.sub("\n", drop_page_numbers(run)).split("\n"):
            for piece in sentences(chunk):
                _account(piece, meta, clean, audit)
    audit.sentences = audit.kept + audit.metadata + audit.debris + audit.duplicates + len(audit.lost)
    return all_spans, audit
