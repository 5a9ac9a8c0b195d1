"""Align the measures of two notices and describe how each changed.

    from compare import compare_documents, render_text
    result = compare_documents(earlier, later)       # JSON-ready dict
    print(render_text(result, earlier, later))

`align` and `relations` are not re-exported here: a package attribute of
that name would hide the submodule (`import compare.align` would give the
function). Import them as `from compare.align import align` and
`from compare.relations import relations`.
"""
from compare.align import Comparison, Link
from compare.changes import PairChanges, compare_measures, word_diff
from compare.evaluate import score_links
from compare.index import Candidate, CandidateIndex
from compare.relations import InForce, Relation, in_force, notice_relations
from compare.report import compare_documents, render_text

__all__ = [
    "Candidate",
    "CandidateIndex",
    "Comparison",
    "InForce",
    "Link",
    "PairChanges",
    "Relation",
    "compare_documents",
    "compare_measures",
    "in_force",
    "notice_relations",
    "render_text",
    "score_links",
    "word_diff",
]
