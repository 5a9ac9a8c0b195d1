import re
from pathlib import Path

import pytest

from extract.rules import any_of, compile_pattern


def test_a_bad_pattern_is_reported_with_its_file_and_rule():
    assert compile_pattern("暂停(营业|开放)", Path("topics.yml"), "topic 'C3'").search("暂停营业")
    with pytest.raises(ValueError, match=r"scope\.yml: 范围: bad pattern '全市\(': "):
        compile_pattern("全市(", Path("scope.yml"), "范围")


def test_any_of_keeps_each_pattern_whole():
    assert [m.group() for m in re.finditer(any_of(["暂停(营业|开放)", "关闭"]), "暂停开放，关闭，暂停")] == ["暂停开放", "关闭"]
