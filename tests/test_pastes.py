"""A notice pasted on one line, and items run together: paragraphs rebuilt, before → after."""
import pytest

from ingest import pastes

LONG = "其他人员确需离开，须符合以下条件：由乡镇（街道）开具证明，健康监测无异常，持健康码绿码。"

CASES = [
    (pastes.split_pasted_lines, "某市指挥部发布了通知，倡导市民非必要不离开。 第一，关于离开条件。" + LONG * 3 + " 第二，关于审批。" + LONG,
     "某市指挥部发布了通知，倡导市民非必要不离开。\n第一，关于离开条件。" + LONG * 3 + "\n第二，关于审批。" + LONG,
     "a whole text on one line, single spaces where the lines were"),
    (pastes.split_pasted_lines, "中新网重庆11月16日电 （记者某某）短句。", "中新网重庆11月16日电 （记者某某）短句。",
     "a short line keeps its spaces"),
    (pastes.split_run_items, "一、省界道路所有入口1.对车辆实施劝返。2.严格核查登记；发现疑似人员实施隔离。3.信息转交区县政府。",
     "一、省界道路所有入口\n1.对车辆实施劝返。\n2.严格核查登记；发现疑似人员实施隔离。\n3.信息转交区县政府。",
     "1. 2. 3. run into their heading"),
    (pastes.split_run_items, "关于离开条件。第二，关于审批。", "关于离开条件。\n第二，关于审批。", "第二， after a sentence"),
    (pastes.split_run_items, "加强管理：①严格登记；②每日消毒。", "加强管理：\n①严格登记；\n②每日消毒。", "circled numbers"),
    (pastes.split_run_items, "由所在地政府组织实施。特此通告。", "由所在地政府组织实施。\n特此通告。", "the closing formula"),
    (pastes.split_run_items, "面积增加1.5倍，共2.3万人，第1号令。", "面积增加1.5倍，共2.3万人，第1号令。", "decimals are no items"),
    (pastes.split_run_items, "持3日内核酸检测阴性证明。", "持3日内核酸检测阴性证明。", "a lone number is no list"),
]


@pytest.mark.parametrize("step,before,after,why", CASES, ids=[c[3] for c in CASES])
def test_step(step, before, after, why):
    assert step(before) == after


@pytest.mark.parametrize("before,after,why", [
    ("感谢支持。\n某县新冠肺炎疫情防控\n工作领导小组办公室\n2022年4月14日",
     "感谢支持。\n某县新冠肺炎疫情防控工作领导小组办公室\n2022年4月14日", "a signer's name wrapped over two lines"),
    ("感谢支持。\n某市卫生健康委员会\n某市教育委员会\n2022年4月14日",
     "感谢支持。\n某市卫生健康委员会\n某市教育委员会\n2022年4月14日", "two bodies signing together"),
    ("某县指挥部\n通 告\n为做好防控，现通告如下：", "某县指挥部\n通告\n为做好防控，现通告如下：", "a title word set with spaces"),
])
def test_layout_of_the_head_and_signature(before, after, why):
    assert pastes.join_wrapped_signature(pastes.join_spaced_words(before)) == after
