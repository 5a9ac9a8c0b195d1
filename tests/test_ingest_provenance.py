"""Provenance: clean sentences found again in the raw text."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import fixes
from ingest.provenance import OffsetMap, RawIndex, trace


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
    (["丙句。", "丁句。"], 0),  # together only later than where the first stands alone
])
def test_locating_sentences_together_places_them_as_one_by_one(texts, after):
    raw = "甲句。乙句。\n丙句。\n甲句。\n乙句。丙句。丁句。戊句。"
    index, expected = RawIndex(raw, raw), RawIndex(raw, raw)
    index.locate("乙句。", 0)  # a sentence already placed covers its first place
    expected.locate("乙句。", 0)
    assert index.locate_all(texts, after) == _one_by_one(expected, texts, after)
    assert index.covered == expected.covered


def test_each_repeat_of_a_sentence_no_paragraph_holds_is_counted():
    raw = "甲句。乙句。\n多出来的一句。\n甲句。乙句。\n多出来的一句。\n附件：名单"
    _, audit = trace(raw, raw, ["甲句。乙句。"], ["附件：名单"])
    assert audit.lost == ["多出来的一句。", "多出来的一句。"]
    assert (audit.kept, audit.duplicates, audit.metadata) == (2, 2, 1)


def test_find_prefers_an_uncovered_place_after_then_before_then_the_first():
    raw = "甲乙。丙。甲乙。丁。甲乙。"  # 甲乙 at 0, 5 and 10
    index = RawIndex(raw, raw)
    assert index.find("甲乙", 3) == 5  # uncovered, at or after 3
    index.covered[5:7] = b"\x01\x01"
    assert index.find("甲乙", 3) == 10  # the next uncovered one after
    index.covered[10:12] = b"\x01\x01"
    assert index.find("甲乙", 3) == 0  # none after: the uncovered one before
    assert index.find("乙。", 4) == 1  # a place starting before 4 that runs past it
    index.covered[0:2] = b"\x01\x01"
    assert index.find("甲乙", 3) == 0  # covered everywhere: its first place
    assert index.find("戊", 0) == index.find("戊", 12) == -1


# Raw text → each character of the fixed text must come from the raw character it replaces.
@pytest.mark.parametrize("raw", [
    "關(guān)於進一步做好疫情防控工作的通(tōng)知",  # converter debris before conversion
    "第一行\r\n第二行\r第三行",  # CRLF and a lone CR
    "疫\u200b情\ufeff防控\x07：１４天(一)",  # invisible characters, full width, ASCII brackets
    "時(shí)間:2024-02-29\r\n優(yōu)質(zhì)",  # debris next to punctuation that folds
])
def test_offset_map_traces_every_fixed_character_to_its_raw_one(raw):
    fixed = raw
    for fix in fixes.CHARACTER_FIXES:
        fixed = fix(fixed)
    to_raw = OffsetMap(raw, fixed)
    kept = [to_raw[j] for j in range(len(fixed))]
    assert kept == sorted(set(kept))  # one raw character each, in order
    for j, i in enumerate(kept):
        # the raw character, or what the one-for-one fixes make of it in its place
        assert fixed[j] == raw[i] or fixed[j] == _fixed_in_place(raw, i)


def _fixed_in_place(raw: str, i: int) -> str:
    # the character as the fixes leave it, read from the whole raw text
    marked = raw[:i] + "\ue000" + raw[i + 1:]
    for fix in fixes.CHARACTER_FIXES:
        raw, marked = fix(raw), fix(marked)
    return raw[marked.index("\ue000")]


def test_deleting_fixes_run_before_the_fixes_that_replace():
    # OffsetMap replays only the deletions: that is exact only while no replacing fix
    # runs before a deleting one and changes what it matches.
    # Each fix on a text it is known to delete from, so none counts as replacing by chance.
    samples = {fixes.remove_invisible: "疫\u200b情", fixes.strip_converter_debris: "發(fā)布",
               fixes.strip_toneless_glosses: "关(guan)于发(fa)布通(tong)知", fixes.drop_injected_commas: "防控,。",
               fixes.strip_strewn_emoji: "管理🔯在校🫴🏽离校🐉安全🔅开放🙆🏿",
               fixes.realign_shifted_bytes: "非必要不?tí)鲩T(mén)，確需", fixes.strip_lost_indents: "如下：\n??一、排查"}
    assert all(fixes.deletions(fix, text) for fix, text in samples.items())
    deleting = [fix in samples for fix in fixes.CHARACTER_FIXES]
    assert deleting == sorted(deleting, reverse=True)
    assert not any(fixes.deletions(fix, "疫\u200b情發(fā)布(一)１４,。") for fix in fixes.CHARACTER_FIXES if fix not in samples)


@given(st.text(alphabet="發關於進一步通知疫情防控（）()：:,，１２３abcāá \n\r\u200b", max_size=80))
@settings(max_examples=200, deadline=None)
def test_only_the_reported_deletions_change_the_length(text):
    for fix in fixes.CHARACTER_FIXES:
        deleted = sum(end - start for start, end in fixes.deletions(fix, text))
        out = fix(text)
        assert len(out) == len(text) - deleted
        text = out


def test_a_fixed_text_from_elsewhere_is_refused():
    with pytest.raises(ValueError, match="not the raw text after the character fixes"):
        OffsetMap("甲乙丙", "甲乙")


def test_raw_extent_holds_a_paragraph_a_shuffled_scrape_put_out_of_order():
    from ingest.fixes import fix_characters
    from ingest.provenance import OffsetMap, raw_extent, raw_span

    raw = "丙丁\n甲乙"
    to_raw = OffsetMap(raw, fix_characters(raw))
    paragraph, spans = "甲乙丙丁", [[0, 2], [3, 5]]
    assert raw_span(paragraph, spans, 0, 4, to_raw, raw) == (3, 2)  # first and last character only
    assert raw_extent(paragraph, spans, 0, 4, to_raw, raw) == (0, 5)
    assert raw_extent(paragraph, spans, 2, 3, to_raw, raw) == (0, 1)
