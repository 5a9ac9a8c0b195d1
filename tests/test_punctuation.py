from extract.punctuation import CLAUSE_END, SENTENCE_END


def test_sentences_end_at_stops_and_line_breaks_clauses_also_at_commas_and_colons():
    text = "一、暂停营业，关闭场所：学校、机场；严禁聚集！\n二、发现病例?立即报告"
    assert [m.group() for m in SENTENCE_END.finditer(text)] == ["；", "！", "\n", "?"]
    assert [m.group() for m in CLAUSE_END.finditer(text)] == ["，", "：", "；", "！", "\n", "?"]
