"""Where sentences and clauses of a notice end: one home for every splitter.

A sentence ends at a full stop, semicolon, exclamation or question mark (full
or half width) or a line break; a clause also at a comma or colon. `、`
separates the items of a list, which stay in one clause.
"""
from __future__ import annotations

import re

SENTENCE_ENDS = "。；;！!？?\n"
CLAUSE_ENDS = SENTENCE_ENDS + "，,：:"

SENTENCE_END = re.compile(f"[{SENTENCE_ENDS}]")
CLAUSE_END = re.compile(f"[{CLAUSE_ENDS}]")
# A colon of either width, and the ratio signs a copy may type for it (`…风险等级如下∶`, U+2236; `︰`, U+FE30):
# what ends a lead-in. The text keeps the sign as printed (`14∶00起`): only where a line ends does it read as a colon.
COLONS = "：:∶︰"


def clause_start(text: str, pos: int, ends: re.Pattern = CLAUSE_END) -> int:
    """Where the clause holding text[pos] begins: right after the last clause end before `pos`, else 0. With
    `ends=SENTENCE_END`, where its sentence begins.

    >>> text = "一、暂停营业，关闭场所。严禁聚集"
    >>> clause_start(text, 8), clause_start(text, 8, SENTENCE_END), clause_start(text, 3)
    (7, 0, 0)
    """
    return max((m.end() for m in ends.finditer(text, 0, pos)), default=0)


def clause_end(text: str, pos: int, ends: re.Pattern = CLAUSE_END) -> int:
    """Where the clause holding text[pos] ends: at the first clause end from `pos` on, else the text's end. With
    `ends=SENTENCE_END`, where its sentence ends.

    >>> text = "一、暂停营业，关闭场所。严禁聚集"
    >>> clause_end(text, 2), clause_end(text, 2, SENTENCE_END), clause_end(text, 13)
    (6, 11, 16)
    """
    end = ends.search(text, pos)
    return end.start() if end else len(text)
