"""The finders as spaCy components: spans a user can inspect."""
import pytest
import spacy

from extract.nlp import JiebaTokenizer, build_nlp, get_nlp, items_of, text_doc

TEXT = "备足隔离房间。各区县要按照1个感染者配备100个隔离房间要求，做到隔离人员12小时内转运到集中隔离场所。（责任单位：市卫生健康委）"


def test_pipeline_is_blank_chinese_with_jieba_and_rule_components():
    nlp = get_nlp()
    assert nlp.lang == "zh" and isinstance(nlp.tokenizer, JiebaTokenizer)
    assert [t.text for t in nlp.make_doc("各区县要落实隔离措施")] == ["各", "区县", "要", "落实", "隔离", "措施"]
    assert nlp.pipe_names == ["notice_units", "notice_deadlines", "notice_thresholds", "notice_references", "notice_topics"]


def test_spans_and_items():
    doc = get_nlp()(TEXT)
    assert [s.text for s in doc.spans["deadlines"]] == ["12小时内"]
    assert [(d.kind, d.value, d.unit) for d in doc._.items["deadlines"]] == [("within", 12, "hour")]
    assert [(t.value, t.unit, t.comparator, t.per) for t in doc._.items["thresholds"]] == [(100, "个", "=", "1个感染者")]
    units = {u.mention: (u.name, u.role) for u in doc._.items["units"]}
    assert units["各区县"][1] == "subject"
    assert units["市卫生健康委"][1] == "responsible"
    assert "quarantine" in doc.cats


def test_factories_are_registered_for_users_own_pipelines():
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("notice_thresholds")
    doc = nlp("举办规模不超过100人。")
    assert [(t.value, t.comparator) for t in doc._.items["thresholds"]] == [(100, "<=")]


def test_unit_names_come_from_the_issuing_city():
    doc = build_nlp()("市卫健委要加强指导。", component_cfg={"notice_units": {"city": "重庆"}})
    assert [u.name for u in doc._.items["units"]] == ["重庆市卫生健康委员会"]


def test_items_of_the_seed_measures_start_and_end_on_token_boundaries(extracted):
    # Without jieba's HMM guesses no token runs across an item's edge, so no span is widened.
    nlp = get_nlp()
    for doc in extracted.values():
        for measure in doc["measures"]:
            parsed = nlp(measure["text"])
            for key in ("units", "deadlines", "thresholds"):
                assert [s.start_char for s in parsed.spans[key]] == [i.start for i in parsed._.items[key]]
                assert [s.end_char for s in parsed.spans[key]] == [i.end for i in parsed._.items[key]]


def test_a_text_doc_finds_the_items_of_the_segmented_doc(extracted):
    # The measures run the components on Docs without tokens: the same items, no spans.
    nlp = get_nlp()
    texts = [m["text"] for doc in extracted.values() for m in doc["measures"]]
    for text, bare in zip(texts, nlp.pipe(text_doc(nlp, t) for t in texts)):
        segmented = nlp(text)
        assert len(bare) == 0 and bare._.text == text
        assert items_of(bare) == items_of(segmented) and bare.cats == segmented.cats
        assert all(len(bare.spans[key]) == 0 for key in ("units", "deadlines", "thresholds"))


@pytest.mark.parametrize("text", ["各区县要 落实\n隔离  措施。", "", " ", "KTV\t14天"])
def test_doc_text_is_the_text_with_its_whitespace(text):
    doc = get_nlp()(text)
    assert doc.text == text and "".join(t.text for t in doc) == text
    assert doc._.text == text  # the components store it where the extension reads it


def test_tokens_inside_a_memory_zone_are_the_same():
    nlp = get_nlp()
    outside = [t.text for t in nlp(TEXT)]
    with nlp.memory_zone():
        assert [t.text for t in nlp(TEXT + "甲乙丙丁戊")] == outside + ["甲乙丙丁", "戊"]
    assert [t.text for t in nlp("甲乙丙丁戊")] == ["甲乙丙丁", "戊"]


def test_a_config_naming_other_rule_files_is_honoured(tmp_path):
    """The unit, deadline, threshold and reference components read the rule files their config names."""
    from extract.deadlines import RULES_FILE as DEADLINES
    from extract.references import RULES_FILE as REFERENCES
    from extract.thresholds import RULES_FILE as THRESHOLDS
    from extract.unit_lexicon import RULES_FILE as UNITS

    deadlines, references, thresholds = tmp_path / "deadlines.yml", tmp_path / "references.yml", tmp_path / "thresholds.yml"
    units = tmp_path / "units.yml"
    units.write_text(UNITS.read_text(encoding="utf-8").replace("org_suffixes: [", "org_suffixes: [仓库, ", 1),
                     encoding="utf-8")
    thresholds.write_text(THRESHOLDS.read_text(encoding="utf-8").replace("time_units: [", "time_units: [旬, ", 1),
                          encoding="utf-8")
    deadlines.write_text(DEADLINES.read_text(encoding="utf-8").replace("time_units:\n", "time_units:\n  旬: day\n", 1),
                         encoding="utf-8")
    references.write_text(REFERENCES.read_text(encoding="utf-8").replace("issuer_boundaries: [", "issuer_boundaries: [查阅, ", 1),
                          encoding="utf-8")
    text = "物资仓库要10旬内完成整改，隔离不少于2旬，请查阅国办发明电〔2021〕1号。"

    def found(nlp):
        doc = nlp(text)
        return tuple([s.text for s in doc.spans[key]] for key in ("units", "deadlines", "thresholds", "references"))

    assert found(get_nlp()) == ([], [], [], ["请查阅国办发明电〔2021〕1号"])
    nlp = build_nlp()
    for name, path in (("notice_units", units), ("notice_deadlines", deadlines), ("notice_thresholds", thresholds),
                       ("notice_references", references)):
        nlp.replace_pipe(name, name, config={"rules": str(path)})
        assert nlp.config["components"][name]["rules"] == str(path)
    assert found(nlp) == (["物资仓库"], ["10旬内"], ["不少于2旬"], ["国办发明电〔2021〕1号"])
