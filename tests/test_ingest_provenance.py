"""Provenance: clean sentences found again in the raw text."""
import pytest

from ingest.provenance import RawIndex


def _one_by_one(index, texts, after):
    spans = []
    for text in texts:
        found, after = index.locate(text, after)
        spans += found
    return spans, after


@pytest.mark.parametrize("texts, after", [
    (["乙句。", "丙句。"], 0),  # standing together, uncovered
    (["甲句。", "乙句。"], 0),  # together later, but the first sentence stands alone earlier
    (["丙句。", "甲句。"], 10),  # together only before where the search starts
    (["丁 句。", "   ", "戊句。"], 0),  # white space is squeezed out, or not located at all
    (["乙句。", "新加的句子。"], 0),  # a sentence the raw text does not hold
])
def test_locating_sentences_together_places_them_as_one_by_one(texts, after):
    raw = "甲句。乙句。\n丙句。\n甲句。\n乙句。丙句。丁句。戊句。"
    index, expected = RawIndex(raw, raw), RawIndex(raw, raw)
    index.locate("乙句。", 0)  # a sentence already placed covers its first place
    expected.locate("乙句。", 0)
    assert index.locate_all(texts, after) == _one_by_one(expected, texts, after)
    assert index.covered == expected.covered
