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
