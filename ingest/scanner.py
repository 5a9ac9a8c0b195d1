"""Scanning a text with a compiled pattern only where a match can start.

Shared by ingest (page furniture) and extract (deadline, threshold and topic rules): ingest
never imports extract, so the scanner lives here. It reads patterns with re's own parser
(re._parser: internal to the standard library, in this form from Python 3.11 on); a construct
it does not know makes it fall back to plain re.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as _c, _parser


def anchored(pattern: str) -> bool:
    """Whether every match of the pattern starts at the start of the text (``^…``, no ``|`` beside it):
    such a pattern is tried there only, not scanned for.

    >>> anchored("^(?:来源|作者)[:：]"), anchored("^扫一扫|保护视力色"), anchored("首页 > 正文")
    (True, False, False)
    """
    parsed = _parser.parse(pattern)
    return len(parsed) > 0 and parsed[0] == (_c.AT, _c.AT_BEGINNING)


class Scanner:
    """A compiled pattern whose finditer tries a match only where one can
    start. re tries every position of the text when a pattern opens with an
    optional part, an alternation of character classes or a lookbehind, which
    is how most number and date rules open; finding the characters a match
    can start with, and jumping between them, makes the same matches. A
    text without any of the characters every match needs (年 of 2021年) is
    not scanned at all."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        parsed = None if pattern.flags & re.IGNORECASE else _parser.parse(pattern.pattern, pattern.flags)
        starts, after, nullable = (None, None, True) if parsed is None else _sequence_starts(parsed)
        self._starts = None if starts is None or nullable else _start_class(starts, after)
        needs = None if parsed is None else _sequence_needs(parsed)
        self._needs = None if needs is None else _char_class(needs)

    def finditer(self, text: str, starting_before: int | None = None) -> Iterator[re.Match]:
        """What self.pattern.finditer(text) yields, up to the first match that
        starts at or after `starting_before`."""
        if self._needs is not None and not self._needs.search(text):
            return
        stop = len(text) + 1 if starting_before is None else starting_before
        if self._starts is None:
            for m in self.pattern.finditer(text):
                if m.start() >= stop:
                    return
                yield m
            return
        search, match = self._starts.search, self.pattern.match
        found = search(text, 0, stop)
        while found:
            start = found.start()
            # A start found by what precedes it may stand at `stop` or at the text's end, where
            # the search, its start clamped to the end, would find it again and again.
            if start >= stop or start >= len(text):
                return
            m = match(text, start)
            if m:  # never empty: a pattern that can match nothing has no start characters
                yield m
            found = search(text, m.end() if m else start + 1, stop)


# Characters as code point ranges, read from a parsed pattern: None when it cannot tell.
_Ranges = set[tuple[int, int]]


def _class_source(ranges: _Ranges) -> str:
    return "[" + "".join(re.escape(chr(lo)) + (f"-{re.escape(chr(hi))}" if hi > lo else "")
                         for lo, hi in sorted(ranges)) + "]"


def _char_class(ranges: _Ranges) -> re.Pattern:
    return re.compile(_class_source(ranges))


def _start_class(starts: _Ranges, after: _Ranges | None) -> re.Pattern:
    """Where a match can start: at one of `starts`, or right after one of `after`."""
    where = [_class_source(starts)] if starts else []
    return re.compile("|".join(where + ([f"(?<={_class_source(after)})"] if after else [])))


def _sequence_starts(items) -> tuple[_Ranges | None, _Ranges | None, bool]:
    """Start characters of a sequence of parsed items; the characters one of which stands
    right before the start of the matches these do not cover (None for none); and whether
    the sequence may match nothing.

    A lookbehind every match passes before it consumes anything (``(?<=[自从])``) tells where a
    match starts when what follows it can start with almost any character (a word, ``[^\\W\\d_]+``)."""
    ranges: _Ranges = set()
    after: _Ranges | None = None  # from the sequence's items that may match nothing
    guard: _Ranges | None = None  # from a lookbehind of the sequence's own
    for op, av in items:
        first, before, nullable = _item_starts(op, av)
        if first is None:
            if guard is not None and not nullable and _consumes(op, av):
                return ranges, (after or set()) | guard, False
            return None, None, False
        ranges |= first
        if before:
            after = (after or set()) | before
        if guard is None and op is _c.ASSERT and av[0] < 0:
            guard = _last_chars(av[1])
        if not nullable:
            return ranges, after, False
    return ranges, after, True


def _last_chars(items) -> _Ranges | None:
    """The characters one of which ends every match of a sequence (a lookbehind's), or None."""
    if not items:
        return None
    op, av = items[-1]
    if op in (_c.LITERAL, _c.IN):
        return _item_starts(op, av)[0]
    if op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _last_chars(av[3])
    if op is _c.BRANCH:
        ends = [_last_chars(alternative) for alternative in av[1]]
        return None if None in ends else set().union(*ends)
    return None


def _consumes(op, av) -> bool:
    """Whether every match of a parsed item consumes a character."""
    if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
        return True
    if op is _c.SUBPATTERN:
        return any(_consumes(*item) for item in av[3])
    if op is _c.ATOMIC_GROUP:
        return any(_consumes(*item) for item in av)
    if op is _c.BRANCH:
        return all(any(_consumes(*item) for item in alternative) for alternative in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return av[0] >= 1 and any(_consumes(*item) for item in av[2])
    return False


def _sequence_needs(items) -> _Ranges | None:
    """Characters one of which every match of a sequence consumes: the
    fewest such the items show, or None when they show none. Lookarounds and
    optional parts need nothing."""
    best = None
    for op, av in items:
        needs = _item_needs(op, av)
        if needs is not None and (best is None or _size(needs) < _size(best)):
            best = needs
    return best


def _item_needs(op, av) -> _Ranges | None:
    if op in (_c.LITERAL, _c.IN):
        return _item_starts(op, av)[0]
    if op is _c.SUBPATTERN:
        _, add_flags, _, items = av
        return None if add_flags & re.IGNORECASE else _sequence_needs(items)
    if op is _c.ATOMIC_GROUP:
        return _sequence_needs(av)
    if op is _c.BRANCH:
        needs = [_sequence_needs(items) for items in av[1]]
        return None if None in needs else set().union(*needs)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        least, _, items = av
        return _sequence_needs(items) if least >= 1 else None
    return None


def _size(ranges: _Ranges) -> int:
    return sum(hi - lo + 1 for lo, hi in ranges)


def _item_starts(op, av) -> tuple[_Ranges | None, _Ranges | None, bool]:
    """An item's start characters, the characters before the starts these miss, and whether it may match nothing."""
    if op is _c.LITERAL:
        return {(av, av)}, None, False
    if op is _c.IN:
        ranges = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                ranges.add((value, value))
            elif kind is _c.RANGE:
                ranges.add(value)
            else:  # negated classes and categories such as \w
                return None, None, False
        return ranges, None, False
    if op is _c.SUBPATTERN:
        _, add_flags, _, items = av
        return (None, None, False) if add_flags & re.IGNORECASE else _sequence_starts(items)
    if op is _c.ATOMIC_GROUP:
        return _sequence_starts(av)
    if op is _c.BRANCH:
        ranges, after, nullable = set(), None, False
        for items in av[1]:
            first, before, empty = _sequence_starts(items)
            if first is None:
                return None, None, False
            ranges, nullable = ranges | first, nullable or empty
            if before:
                after = (after or set()) | before
        return ranges, after, nullable
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        least, _, items = av
        first, before, nullable = _sequence_starts(items)
        return first, before, nullable or least == 0
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):  # consume nothing
        return set(), None, True
    return None, None, False
