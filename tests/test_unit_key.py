"""The unit key, one table for every caller (the scorer and compare)."""
import pytest

from compare.profile import profile
from extract.unit_key import unit_key
from notices.evaluate import same_unit

TABLE = [
    ("各区县", "区县"),
    ("有关部门", "部门"),
    ("全市各级医疗机构", "医疗机构"),
    ("各类学校", "学校"),
    ("相关单位等", "单位"),
    ("卫生健康、公安等部门", "卫生健康、公安等部门"),
    ("市卫生健康委（市疫情防控办）", "市卫生健康委"),
    ("乡镇(街道)", "乡镇"),
    ("各", "各"),  # nothing but an opening: kept
    ("等", "等"),
    ("属地 政府", "属地政府"),
    ("ＫＴＶ经营单位", "KTV经营单位"),
]


@pytest.mark.parametrize(("name", "key"), TABLE)
def test_unit_key(name, key):
    assert unit_key(name) == key


@pytest.mark.parametrize(("name", "key"), TABLE)
def test_callers_use_the_key(name, key):
    measure = {"path": "1", "heading": None, "text": f"{name}负责。", "units": [name]}
    assert profile(measure, "a.txt").units == {key}
    assert same_unit({"name": name, "mention": name}, {"name": key, "mention": key})
