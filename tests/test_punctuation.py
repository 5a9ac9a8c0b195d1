from extract.punctuation import CLAUSE_END, SENTENCE_END, clause_end, clause_start


def test_sentences_end_at_stops_and_line_breaks_clauses_also_at_commas_and_colons():
    text = "一、暂停营业，关闭场所：学校、机场；严禁聚集！\n二、发现病例?立即报告"
    assert [m.group() for m in SENTENCE_END.finditer(text)] == ["；", "！", "\n", "?"]
    assert [m.group() for m in CLAUSE_END.finditer(text)] == ["，", "：", "；", "！", "\n", "?"]


def test_the_clause_or_sentence_around_a_position_runs_between_its_end_marks():
    text = "一、暂停营业，关闭场所。严禁聚集"
    assert text[clause_start(text, 8):clause_end(text, 8)] == "关闭场所"
    assert text[clause_start(text, 8, SENTENCE_END):clause_end(text, 8, SENTENCE_END)] == "一、暂停营业，关闭场所"
    assert (clause_start(text, 14), clause_end(text, 14)) == (12, len(text))  # the last clause runs to the text's end
