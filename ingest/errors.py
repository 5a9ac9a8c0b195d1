"""The one error the readers raise: a file that cannot be turned into text."""
from __future__ import annotations

from pathlib import Path


class SourceError(Exception):
    """A source file that cannot be read as text; `str(e)` is "<file name>: <what is wrong>"."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")
