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
