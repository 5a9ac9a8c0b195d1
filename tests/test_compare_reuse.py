"""Work that comparing many notices repeats is done once and reused: the answers are those of doing it again."""
from __future__ import annotations

import math
from collections import Counter

from compare import CandidateIndex, compare_documents
from compare.memo import by_identity
from compare.relations import relations
from compare.similarity import Weights, cosine


def _notice(source, texts, **meta):
    return {"source": source, "measures": [{"path": str(i), "heading": None, "text": t, "units": [],
                                            "thresholds": [], "deadlines": []} for i, t in enumerate(texts, 1)],
            **meta}


SCHOOL = _notice("s1.txt", ["中小学校暂停线下教学，改为居家网课。", "校外培训机构一律停止线下培训。",
                            "托育机构暂停收托，做好场所消杀。"], title="关于学校疫情防控的通知", doc_number="某教发〔2022〕3号")
SCHOOL_AGAIN = _notice("s2.txt", ["中小学校恢复线下教学，师生持48小时核酸阴性证明返校。",
                                  "校外培训机构有序恢复线下培训，严格限流。",
                                  "某教发〔2022〕3号同时废止。"], title="关于学校恢复线下教学的通知")
MARKETS = _notice("m1.txt", ["农贸市场实行限流，入场扫码测温。", "商场超市入口查验健康码。"])


def test_a_memo_by_identity_answers_each_object_once_and_an_equal_copy_anew():
    calls = []

    @by_identity(2, list)
    def words(record: dict, key: str) -> list[str]:
        calls.append(key)
        return record[key].split()

    record = {"a": "封控 管控 防范"}
    first = words(record, "a")
    first.append("changed by the caller")
    assert words(record, "a") == ["封控", "管控", "防范"]
    assert calls == ["a"]
    assert words(dict(record), "a") == ["封控", "管控", "防范"]  # another object: read again
    assert calls == ["a", "a"]


def test_weights_give_the_cosine_of_the_bare_idf_and_weigh_each_bag_once():
    seen = []

    def idf(term: str) -> float:
        seen.append(term)
        return 1.0 + len(term) / 3

    a, b = Counter({"核酸": 3, "检测": 1, "居家": 2}), Counter({"核酸": 1, "隔离": 2, "居家": 1})
    weights = Weights(idf)
    assert cosine(a, b, weights) == cosine(a, b, idf)
    assert math.isclose(cosine(a, b, weights), cosine(b, a, idf))
    seen.clear()
    assert cosine(a, b, weights) == cosine(a, b, idf)
    assert len(seen) == len(a) + len(b)  # the bare idf only: the weights kept both vectors


def test_comparisons_through_one_index_are_those_of_fresh_ones():
    shared = CandidateIndex()
    pairs = [(SCHOOL, SCHOOL_AGAIN), (MARKETS, SCHOOL_AGAIN), (SCHOOL, MARKETS), (SCHOOL, SCHOOL_AGAIN)]
    through_index = [compare_documents(a, b, shared) for a, b in pairs]
    assert through_index == [compare_documents(a, b) for a, b in pairs]
    # and they link what they should: each school rule to its reopening, the one not
    # restated (托育机构) to the repeal of its notice, the markets to nothing
    assert [[(p["a"], p["b"]) for p in c["pairs"]] for c in through_index] == [
        [("1", "1"), ("2", "2"), ("3", "3")], [], [], [("1", "1"), ("2", "2"), ("3", "3")]]


def test_relations_read_twice_are_equal_and_each_callers_own():
    first = relations([SCHOOL, SCHOOL_AGAIN])
    assert [(r.kind, r.target) for r in first] == [("ends", "s1.txt")]
    first[0].target = None
    assert relations([SCHOOL, SCHOOL_AGAIN])[0].target == "s1.txt"
