"""The one error the readers raise: a file that cannot be turned into text."""
from __future__ import annotations

import re
from pathlib import Path

# Characters that must not reach a terminal or a log line as they are: controls (a
# newline in a file name would forge a line of its own), format characters (bidi
# overrides reorder what is shown) and the lone surrogates of undecodable bytes.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def shown(path: Path | str) -> str:
    r"""`path` as given, with its unprintable characters escaped, for one line of a message.

    >>> shown("a\nnotices: b.txt"), shown("目录/通知.txt")
    ('a\\nnotices: b.txt', '目录/通知.txt')
    """
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), str(path))


class SourceError(Exception):
    """A source file that cannot be read as text; `str(e)` is "<file name>: <what is wrong>"."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{shown(self.path.name)}: {reason}")
