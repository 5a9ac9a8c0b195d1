"""Responsible units: rules on small inputs, aliases, and the gold measures."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import yaml

from extract.aliases import alias_forms
from extract.units import canonical_name, find_units, speaker_heads
from notices.evaluate import matched, same_unit, score_finder

GOLD_DIR = Path(__file__).parent / "data" / "gold"


def names(text: str) -> list[str]:
    return [u.name for u in find_units(text)]


def mentions(text: str) -> list[str]:
    return [u.mention for u in find_units(text)]


# ---------------------------------------------------------------- explicit lists

EXPLICIT = [
    # a bracketed list at the end of a provision: every unit, role responsible
    ("要加强跟踪监测。(责任单位:市卫生健康委、市药监局、各区县领导小组)",
     [("市卫生健康委", "responsible"), ("市药监局", "responsible"), ("各区县领导小组", "responsible")]),
    # full-width brackets and colon, lead and cooperating units
    ("做好转运工作。（牵头单位：市交通运输局；配合单位：市公安局、市卫生健康委）",
     [("市交通运输局", "lead"), ("市公安局", "cooperating"), ("市卫生健康委", "cooperating")]),
    # a label without brackets closing the provision
    ("做好物资保障。责任单位：市商务委，市经济信息委",
     [("市商务委", "responsible"), ("市经济信息委", "responsible")]),
    # roles given by verbs inside a bracket
    ("加强冷链食品监管（市市场监管局牵头，市商务委、海关配合）",
     [("市市场监管局", "lead"), ("市商务委", "cooperating"), ("海关", "cooperating")]),
    # 按职责分工负责: every unit in the bracket is responsible
    ("加强冷链物流监管。（市商务委、市市场监管局按职责分工负责）",
     [("市商务委", "responsible"), ("市市场监管局", "responsible")]),
    # an ordinary bracket is no list
    ("严格落实“两码”查验（以下简称“验码”）。", []),
    # a qualifier bracket nested inside the list stays part of the unit
    ("做好排查。(责任单位:各区县(自治县)领导小组)", [("各区县(自治县)领导小组", "responsible")]),
]


@pytest.mark.parametrize("text, expected", EXPLICIT)
def test_explicit_lists(text, expected):
    assert [(u.mention, u.role) for u in find_units(text)] == expected


def test_explicit_role_wins_over_subject():
    # 由X负责 and the list name the same unit: one entry, with the list's role
    units = find_units("由市卫生健康委负责制定预案。(责任单位:市卫生健康委)")
    assert [(u.mention, u.role) for u in units] == [("市卫生健康委", "responsible")]


# ---------------------------------------------------------------- subjects

SUBJECTS = [
    # X要…
    ("各区县要按照市级要求成立相应工作组。", ["各区县"]),
    # X须… / 必须
    ("经营单位须落实测温扫码。", ["经营单位"]),
    ("机场、车站、码头等公共交通场所必须设置体温检测点。", ["机场", "车站", "码头"]),
    # X应… / 应当
    ("有关部门和各区县应当及时发布信息。", ["有关部门", "各区县"]),
    # X负责…
    ("市核酸检测组负责制定实施方案。", ["市核酸检测组"]),
    # 由X负责 / 由X处理
    ("无物业管理的小区由属地街道负责。", ["属地街道"]),
    ("拒不配合的由公安机关依法处理。", ["公安机关"]),
    # X牵头
    ("市委政法委牵头做好排查。", ["市委政法委"]),
    # bare directive verbs after the subject
    ("各区县及时开展核查。", ["各区县"]),
    ("各单位结合工作实际，采取分散办公方式。", ["各单位"]),
    ("市级成立3个快速反应小组。", ["市级"]),
    ("区县以社区为单位开展地毯式排查。", ["区县"]),
    # a time phrase between subject and modal verb
    ("各级各类学校开学前要做好防控预案。", ["各级各类学校"]),
    ("医疗机构接到阳性报告后应在2小时内完成网络直报。", ["医疗机构"]),
    ("各医疗机构发现发热患者后，应当立即报告。", ["各医疗机构"]),
    # a leader named after the organisation stands for it
    ("医疗机构主要负责同志负总责。", ["医疗机构"]),
    ("各区县(自治县，以下简称区县)党政主要负责同志要亲自抓。", ["各区县"]),
    # a clause made only of units, then the predicate after a comma
    ("党政机关、企事业单位等人员密集场所，要从严控制聚集性活动。", ["党政机关", "企事业单位"]),
    ("各区党委、政府，各部门、各单位要严格落实属地责任。", ["各区党委", "各区政府", "各部门", "各单位"]),
    # 压实X责任
    ("压实乡镇党委政府、村两委等责任。", ["乡镇党委", "乡镇政府", "村两委"]),
    # a relative clause before the unit belongs to its mention
    ("提供公共服务的窗口单位要积极推行网上政务服务。", ["提供公共服务的窗口单位"]),
    # a partner after 会同 is not obliged
    ("市卫生健康委牵头，会同市公安局做好追踪管理。", ["市卫生健康委员会"]),
]


@pytest.mark.parametrize("text, expected", SUBJECTS)
def test_subjects(text, expected):
    assert names(text) == [canonical_name(e) for e in expected]


DISTRIBUTED = [
    # a shared head after 等 goes to every item that is no unit on its own
    ("卫生健康、公安、市场监管等部门要加大监管力度。", ["卫生健康部门", "公安部门", "市场监管部门"]),
    # 部门和单位: items such as 机场 are units already and keep their name
    ("政法、公安、通信管理、铁路、机场等部门和单位加强信息互通。",
     ["政法部门", "公安部门", "通信管理部门", "铁路部门", "机场"]),
    # venues listed as subjects give each venue
    ("酒店、旅馆、民宿等经营主体必须对入住人员进行体温检测。", ["酒店", "旅馆", "民宿"]),
    ("餐饮、棋牌、网吧等公共场所要严格执行防控规定。", ["餐饮公共场所", "棋牌公共场所", "网吧"]),
    # a level shares the body of the next item
    ("市和区县卫生健康行政部门主要负责同志亲自抓。", ["市卫生健康行政部门", "区县卫生健康行政部门"]),
    ("市和区县流调溯源组加强统筹协调。", ["市流调溯源组", "区县流调溯源组"]),
    ("市、区县两级疾控机构要加强值守。", ["市疾控机构", "区县疾控机构"]),
    # party committee and government
    ("有关区党委、政府和市级有关部门务必增强紧迫感。", ["有关区党委", "有关区政府", "市级有关部门"]),
    ("各级党委和政府要把疫情防控作为头等大事。", ["各级党委", "各级政府"]),
    # 各X各Y names two units (the name without the whole city); 市级各部门 is one
    ("全市各级各部门各单位要把疫情防控作为头等大事。", ["各级各部门", "各单位"]),
    ("市级各部门要加强内部管理。", ["市级各部门"]),
    ("市疫情防控指挥部各工作组要按照职责分工抓好落实。", ["市疫情防控指挥部各工作组"]),
    # names with 和 inside stay whole
    ("住房和城乡建设部门要加强建筑工地管理。", ["住房和城乡建设部门"]),
    # an alias aside is not part of the unit, a qualifier is
    ("各区县（自治县）和两江新区（以下统称区县）要落实属地责任。", ["各区县（自治县）", "两江新区"]),
]


@pytest.mark.parametrize("text, expected", DISTRIBUTED)
def test_distributed_heads(text, expected):
    assert names(text) == [canonical_name(e) for e in expected]


NOT_UNITS = [
    # people and the public are targets
    ("市民要做好个人防护。", []),
    ("公共交通从业人员、乘客必须佩戴口罩。", []),
    ("鼓励居民群众监督。", []),
    ("密切接触者应当及时报告。", []),
    ("领导干部要继续靠前指挥。", []),
    ("每个家庭和每个人都要强化防控责任。", []),
    ("相关负责同志分兵把守。", []),
    ("由市领导小组组长或副组长坐镇指挥。", []),
    # a unit named as a place or target of reporting is not obliged
    ("发现疑似人员或密切接触者应当及时向卫生健康部门或公安机关报告。", []),
    ("发现疑似人员及时报属地政府按规定处理。", []),
    ("并报告所在村(社区)。", []),
    # units in object position
    ("广泛动员区县和社会企业开展采购。", []),
    ("大力倡导企业和群众通过网上平台办理。", []),
    ("对养老机构、福利机构等人员集中场所严格落实防控指南要求。", []),
    ("在机场、火车站等重点公共交通场所设置体温检测点。", []),
    # a facility is not its operator; a heading names no unit
    ("隔离场所启用后不得提供与隔离无关的服务。", []),
    ("企业复工复产要有序。", []),
    # what happened is no order
    ("自疫情发生以来，市委、市政府认真贯彻落实党中央决策部署。", []),
    # a rule addressed to everyone entering names no unit
    ("凡进入我市的人员，须主动向所在社区报备。", []),
    # a slogan and a verb that ends like a unit
    ("领导干部带头学习掌握疫情防控政策规定和部署要求。", []),
    ("严格落实属地责任。", []),
]


@pytest.mark.parametrize("text, expected", NOT_UNITS)
def test_not_units(text, expected):
    assert names(text) == expected


def test_mixed_list_keeps_only_organisations():
    # a person in a list of subjects is dropped, the organisation stays
    assert names("学校和家长要共同做好学生健康监测。") == ["学校"]


# ---------------------------------------------------------------- output shape


def test_offsets_point_at_mentions_in_order():
    text = "市卫生健康委和各区县要加强质量控制。卫生健康、公安等部门要加大监管力度。"
    units = find_units(text)
    assert [u.mention for u in units] == ["市卫生健康委", "各区县", "卫生健康", "公安"]
    assert all(text[u.start:u.end] == u.mention for u in units)
    assert [u.start for u in units] == sorted(u.start for u in units)


def test_same_unit_twice_is_given_once():
    text = "各区县要制定方案。各区县至少成立1个快速反应小组。"
    assert [(u.mention, u.start) for u in find_units(text)] == [("各区县", 0)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["各区县", "要", "、", "和", "市卫生健康委", "等部门", "，", "。", "(", ")",
                                 "责任单位:", "由", "负责", "公安", "市民", "的", "加强", "开学前", "以下简称区县",
                                 "客轮", "暂停营业", "3月1日", "组成的", "小组", "指挥部"]),
                max_size=12))
def test_offsets_hold_on_any_input(parts):
    text = "".join(parts)
    for u in find_units(text):
        assert text[u.start:u.end] == u.mention and u.name


# Pieces of phrases at the edges of what the quick tests before parse_units
# judge: verbs opening a phrase, leaders, heads after 等, asides and
# qualifiers in brackets, a word split by one, separators and edge marks.
PHRASE_PARTS = ["对", "由", "对口", "督促", "排查", "及时", "和", "各", "区县", "市", "村", "卫生健康委", "委",
                "员会", "公安", "等", "部门", "人员", "负责同志", "主要负责人", "一把手", "的", "、", "/", "，",
                "（以下简称区县）", "（社区）", "(", ")", "》", "前", "专班", " "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PHRASE_PARTS), min_size=1, max_size=7))
@example(["对", "负责同志"])  # a leader of no organisation: a person
@example(["卫生健康委", "（社区）", "员会"])  # a qualifier inside the suffix
def test_quick_tests_never_rule_out_a_list(parts):
    from extract.phrases import Piece
    from extract.unit_lexicon import lexicon
    from extract.unit_phrases import SHAPE, _parse_units, may_end_units, may_open_units
    text, lex = "".join(parts), lexicon()
    if _parse_units(Piece.of(text), lex, SHAPE) is not None:
        assert may_end_units(text, len(text), lex) and may_open_units(text, lex)


# ---------------------------------------------------------------- real wording

REAL_WORDING = [
    # a place opening the clause is not part of the unit
    ("辖区内文化馆、图书馆等公共场所暂停对外开放。", ["文化馆", "图书馆"]),
    ("县域内宗教场所暂停宗教活动。", ["宗教场所"]),
    # what 除…外 excepts is no unit
    ("辖区内除超市、药店等民生场所外，乡镇（街道）要规范经营活动。", ["乡镇（街道）"]),
    # transport services told to stop are the subject of the order
    ("自1月23日10时起，全市城市公交、地铁、轮渡、长途客运暂停运营。", ["全市城市公交", "地铁", "轮渡", "长途客运"]),
    ("全县公交车、农村客运班线等暂停运营。", ["全县公交车", "农村客运班线"]),
    # venues ordered to stop their own business are units, venues closed are not
    ("歌舞娱乐场所一律暂停活动。", ["歌舞娱乐场所"]),
    ("图书馆、博物馆关闭。", []),
    ("暂停公交、地铁、轮渡运作。", []),
    # the agent of 由X…, whatever verb follows
    ("由乡镇（街道）开具证明。", ["乡镇（街道）"]),
    ("发现疑似人员由管控点属地卫生健康部门按相关程序实施隔离。", ["管控点属地卫生健康部门"]),
    ("将登记信息转交其居住地所在区县政府，由区县政府按全市统一要求处置。", ["区县政府"]),
    # bodies whose staff are ordered to work from home
    ("各级党政机关、事业单位的工作人员，除承担防疫任务的外，均实行居家办公。", ["各级党政机关", "事业单位"]),
    # categories of institutions
    ("养老机构实行封闭管理。", ["养老机构"]),
    ("大中专院校推迟开学。", ["大中专院校"]),
    ("物业服务企业要落实测温。", ["物业服务企业"]),
    ("属地要落实管控。", ["属地"]),
    ("乡镇（街道）、村（社区）要加强排查。", ["乡镇（街道）", "村（社区）"]),
    ("X市疾控中心、Y区卫生健康局要加强指导。", ["X市疾控中心", "Y区卫生健康局"]),
    ("武隆区疫情防控指挥部要统筹调度。", ["武隆区疫情防控指挥部"]),
    # the items a relative clause lists before 等
    ("公共图书馆、文化馆等人员聚集的文化场所暂停开放。", ["公共图书馆", "文化馆"]),
    # 包括 joins a list; services that stop (停运, 停业)
    ("中小学校包括各类幼儿园全部停课。", ["中小学校", "各类幼儿园"]),
    ("范围内公交停运，地铁实行跳站管理。", ["公交", "地铁"]),
    ("双清区境内所有门店商铺、餐馆饭店一律停业。", ["所有门店商铺", "餐馆饭店"]),
]

NOT_UNITS_REAL = [
    # a public square is a place
    ("村文化广场一律不得组织举办广场舞。", []),
    # people obliged by 务必, partners after 会同, bodies that approve or receive a report
    ("同时务必主动配合乡镇（街道）、村（社区）干部做好医学观察。", []),
    ("离渝人员要提前1天向所在村（社区）提出申请，报所在乡镇（街道）审核。", []),
    ("经市卫生健康委审核同意后方可举办。", []),
    ("报区县指挥部批准后实施。", []),
    ("14天内去过武汉的人员务必居家隔离，自觉接受所在乡镇（街道）的管理。", []),
    ("工作人员确需离渝的，严格履行审批手续。", []),
    # a subject before an exception of its own
    ("商超除保障日常生活物资供应外，暂停其他经营活动。", ["商超"]),
    # a time phrase with 以来 is no narrative
    ("各社区（村屯）要立即对2月17日以来来长人员开展摸排登记。", ["各社区（村屯）"]),
    # schools told to delay, bodies told to resume
    ("省内高校、中小学等学校，延期至2月17日之后开学。", ["高校", "中小学"]),
    ("全市党政机关、企事业单位等恢复正常秩序。", ["全市党政机关", "企事业单位"]),
    ("市内各类企业不早于2月9日24时前复工。", ["各类企业"]),  # 市内 is a place
    ("县城公交车及县内农村短途客运尽量减少发车班次。", ["县城公交车", "县内农村短途客运"]),
    # a prohibition binds the units it names before their verb
    ("禁止餐馆、农家乐等餐饮行业承办群体性聚餐。", ["餐馆", "农家乐"]),
    ("严禁各类商贸流通企业举办聚集性促销活动。", ["各类商贸流通企业"]),
    ("一律禁止宾馆、酒店、民宿接待返乡人员。", ["宾馆", "酒店", "民宿"]),
    ("禁止在人员密集场所开展大型营销活动。", []),
    # agents with their verbs
    ("由社区（村）或单位监督落实。", ["社区（村）", "单位"]),
    ("由辖区村（居委会）卫生所进行居家随访。", ["辖区村（居委会）卫生所"]),
    ("城市公交和地铁减少发车班次。", ["城市公交", "地铁"]),
    ("乡镇村屯、农林牧渔场实行封闭管理。", ["乡镇村屯", "农林牧渔场"]),
    ("每个村、小区只留一个出入口。", ["村", "小区"]),
    # a body asking others is not obliged by its request
    ("县疫情防控指挥部要求全县广大居民不要回乡祭祖。", []),
    # an urban area is a place
    ("主城区暂停客运班线和城市公交。", []),
    ("主城区暂停客运班线和城市公交，出租车、网约车不得运营。", ["出租车", "网约车"]),
    # the issuing body deciding, people going places, a city divided
    ("郑州市疫情防控领导小组研究决定，自即日起调整风险等级。", []),
    ("广大市民进出村（社区）和小区，乘坐公共交通工具以及进入农贸市场、超市要佩戴口罩。", []),
    ("全县所有人员进入公共场所必须扫码。", []),
    ("全市分为5个片区，分别开展筛查。", []),
    ("由属地工作人员将试剂盒放置每户门口。", []),
    # 组织 and 组建 as verbs
    ("常态化组织开展“回头看”，由市城管局负责落实。", ["市城管局"]),
    ("组建志愿者团队督促市民带好口罩，由团市委负责落实。", ["团市委"]),
]


# Shapes of lists on real notices, each before → after this rule set them right.
LIST_SHAPES = [
    # the bodies whose staff may no longer travel (was: none)
    ("党政机关、企事业单位所属人员出差一律取消，各种招商引资活动一律暂停。", ["党政机关", "企事业单位"]),
    ("县内党政机关、企事业单位所属人员出差取消。", ["党政机关", "企事业单位"]),
    # levels joined by 际 share the rest of the last item (was: none, or 所有省 as a unit)
    ("我县所有省、市、县际班线（含旅游包车）暂停运营。", ["省", "市", "县际班线（含旅游包车）"]),
    ("所有省际、市际客运班车、公交车一律暂时停运。", ["省际", "市际客运班车", "公交车"]),
    # the last item's suffix is shared by a bare item before it (was: none)
    ("校外培训、托管机构一律暂停。", ["校外培训", "托管机构"]),
    ("卫生健康、公安部门要加强协作。", ["卫生健康", "公安部门"]),
    # two lists, each with its head after 等, joined by a conjunction (was: none)
    ("商场超市、农贸市场等重点场所及机场、火车站等公共场所，要严格落实通风。",
     ["商场超市", "农贸市场", "机场", "火车站"]),
    ("客运站等重点场所和运输车辆要做好卫生管理工作。", ["客运站", "运输车辆"]),
    ("政法、公安、铁路等部门和单位加强信息互通。", ["政法", "公安", "铁路"]),
    # a list clause before 继续 (was: none); what continues to be closed is no unit
    ("全县所有图书馆、电影院等娱乐场所，继续暂停营业。", ["全县所有图书馆", "电影院"]),
    ("人员聚集场所继续关闭。", []),
    # what 除…以外的 excepts is no unit, the rest is (was: none)
    ("除农贸市场、超市、药店等经营性主体以外的所有行业暂停营业。", ["所有行业"]),
    # a province as the place before the subject (was: 省内高校)
    ("省内高校、中小学等学校，延期开学。", ["高校", "中小学"]),
    # venues told to cap their custom by a share (was: none)
    ("所有经营性商业场所按最大接待能力的75%实行限流。", ["所有经营性商业场所"]),
]


# Shapes found missed on the held-out real notices after their first measurement,
# each also written in another notice we have; before → after.
HOLDOUT_SHAPES = [
    # items with no suffix of their own take the head after 等…的 (was: the whole list as one unit)
    ("KTV、剧本杀、密室逃脱等人员密集的场所暂停营业。", ["KTV", "剧本杀", "密室逃脱"]),
    # 仍然 opens the predicate as 继续 does (was: none)
    ("福利机构、养老机构等单位仍然实行封闭管理。", ["福利机构", "养老机构"]),
    # service counters, checkpoints and public transport as subjects (was: none)
    ("全市党政机关、企事业单位和服务窗口严格落实扫码测温。", ["全市党政机关", "企事业单位", "服务窗口"]),
    ("全市各交通卡点要核查通行证。", ["全市各交通卡点"]),
    ("所有公共交通一律停运。", ["所有公共交通"]),
    # a prefixed level shares the government after it (was: none)
    ("此令由各设区市、县（市、区）政府执行。", ["各设区市", "县（市、区）政府"]),
    ("由各区县、乡镇（街道）负责。", ["各区县", "乡镇（街道）"]),
    # 应对 inside a name is no modal verb (was: 未经区 as a subject); the businesses
    # not approved are told not to open, and are obliged
    ("静态管理区域内，未经区应对疫情应急指挥部审核同意的业态均不得开门营业。", ["未经区应对疫情应急指挥部审核同意的业态"]),
    # 需 and 出入 are verbs inside a clause, not parts of a name (was: a clause as a unit)
    ("所有车辆出行需持有指挥部统一下发的通行凭证。", []),
    ("工作人员出入学校严格按照防控要求。", []),
    # the urban area is a place; an adverb opens a verb phrase, not a unit (was: 市区, the phrase)
    ("市区严格实行静态管理。", []),
    ("各区根据评估情况，逐步有序撤除社区(村)卡口，恢复常态化管理。", ["各区"]),
    # an activity beside a venue is no unit, the venue is (was: none)
    ("宗教场所和宗教活动继续实行双暂停。", ["宗教场所"]),
    # … and so is a performance (was: 营业性演出), unlike the venue that stages it
    ("全县所有网吧、游戏厅、营业性演出暂停营业。", ["全县所有网吧", "游戏厅"]),
    ("营业性演出场所、电影院暂停营业。", ["营业性演出场所", "电影院"]),
    # 擅自/私自 open the predicate of the units a prohibition binds (was: none)
    ("严禁保供单位擅自向其他单位供货。", ["保供单位"]),
    # a list of venues, then a clause opened by 严格/切实 (was: none)
    ("医疗机构、农贸市场、养老院等重点场所，严格落实测温验码。", ["医疗机构", "农贸市场", "养老院"]),
    ("有关疫情的信息请大家及时关注官方媒体，切实做到不信谣。", []),
]


# Shapes of unit wording that unseen notices miss, each written in more than one
# notice we have; before → after.
UNSEEN_SHAPES = [
    # businesses and services told to stop their own work, whatever their noun (was: none)
    ("再生资源回收站点、农村大集继续暂停营业。", ["再生资源回收站点", "农村大集"]),
    ("省内进出武汉的客运航班、旅客列车、客运汽车、客轮一律暂时停运。", ["客运航班", "旅客列车", "客运汽车", "客轮"]),
    ("城乡公交客运车辆暂时停运。", ["城乡公交客运车辆"]),
    ("所有省际、市际客运班车、公交车等营运车辆一律暂时停运。", ["省际", "市际客运班车", "公交车"]),
    ("不在上述保护范围内的各类工商实体原则上暂停生产经营活动。", ["不在上述保护范围内的各类工商实体"]),
    ("客运轮渡、旅游客船一律停航。", ["客运轮渡", "旅游客船"]),
    ("所有夜市摊点暂停一切经营活动。", ["所有夜市摊点"]),
    # … but not what is closed, nor what only stops an activity, nor a route
    ("农村大集一律关闭。", []),
    ("大型促销活动暂停举办。", []),
    ("其余线路暂时停运。", []),
    # … nor a time or a way of serving before the stop order
    ("春节期间暂停营业。", []),
    ("夜间暂停营业。", []),
    ("堂食暂停营业。", []),
    ("营业时间调整为9时至18时，其余时间暂停营业。", []),
    # a date between the subject and its predicate (was: none)
    ("非寄宿制中小学校及幼儿园4月21、22日放假。", ["非寄宿制中小学校", "幼儿园"]),
    ("各类经营场所自3月7日起暂停营业。", ["各类经营场所"]),
    ("各区县3月1日前要完成排查。", ["各区县"]),
    # a group made of departments: the members and the group (was: 市公安局 and 市市场)
    ("成立由市公安局、市市场监督管理局、市执法局等部门组成的巡查检查小组，对落实情况进行巡查。",
     ["市公安局", "市市场监督管理局", "市执法局", "巡查检查小组"]),
    ("组建由卫健、公安等部门组成的联合督查组，开展专项督查。", ["卫健", "公安", "联合督查组"]),
    ("由医护人员、社区工作人员和民警组成的小分队挨家挨户排查。", []),
    # 监督 inside 市场监督管理局 is no agent verb (was: 区市场)
    ("由区市场监督管理局负责检查。", ["区市场监督管理局"]),
    # 依职责 and 至少 open a predicate (was: none)
    ("省防控应急指挥部各成员单位、专项工作组依职责抓好落实。", ["省防控应急指挥部各成员单位", "专项工作组"]),
    ("每个市、县至少要设置一个集中观察留置所。", ["市", "县"]),
    # people named by what they work in or drive, the person word shared (was: 公交车, 出租车; 商场)
    ("公交车、出租车、网约车司乘人员严格落实个人防护。", []),
    ("商场、超市从业人员要佩戴口罩。", []),
    ("公交车、出租车要每日消毒。", ["公交车", "出租车"]),
    ("市卫健委、各医疗机构医务人员要加强培训。", ["市卫健委"]),
    # offices, clinics, markets, service posts, finance bodies and garrisons (was: none)
    ("由各乡镇人民政府、街道办事处负责组织实施。", ["各乡镇人民政府", "街道办事处"]),
    ("各发热门诊要严格落实预检分诊。", ["各发热门诊"]),
    ("全县农村集市一律暂停。", ["全县农村集市"]),
    ("各公路交通隘口疫情防控服务点和机场、火车站等严格落实报备排查。",
     ["各公路交通隘口疫情防控服务点", "机场", "火车站"]),
    ("所需经费由县财政予以保障。", ["县财政"]),
    ("省内党政机关、企事业单位、驻军及武警部队所属人员出差取消。", ["党政机关", "企事业单位", "驻军", "武警部队"]),
    # anyone at all is the public, no unit (was: 任何单位)
    ("任何单位和个人不得隐瞒、缓报、谎报。", []),
    ("严禁任何单位、任何个人以任何形式私自营业。", []),
    # an agent verb inside the agent's name (was: 县; none); 具体 before the verb (was: none)
    ("由县指挥部统一调配。", ["县指挥部"]),
    ("由辖区派出所予以处罚。", ["辖区派出所"]),
    ("由各乡镇具体组织实施。", ["各乡镇"]),
    # industries, shopping complexes, 延迟 (was: none); 单位主体责任 names no unit (was: 单位)
    ("全市住宿业、餐饮业要落实防控措施。", ["全市住宿业", "餐饮业"]),
    ("各商业综合体要落实测温扫码。", ["各商业综合体"]),
    ("各类学校延迟开学，具体时间另行通知。", ["各类学校"]),
    ("各级党政机关、企事业单位要严格落实单位主体责任。", ["各级党政机关", "企事业单位"]),
    # 对 inside 应对 does not break a name (was: none)
    ("县应对新冠肺炎疫情工作领导小组办公室负责统筹协调。", ["县应对新冠肺炎疫情工作领导小组办公室"]),
    # associations and firms by their trade (was: none)
    ("全县各机关、企事业单位、社会团体要取消集体活动。", ["全县各机关", "企事业单位", "社会团体"]),
    ("电信运营商要配合做好大数据排查。", ["电信运营商"]),
    ("各单位食堂暂停堂食。", ["各单位食堂"]),
    ("省内各类企业及建设工程项目不早于2月9日24时前复工。", ["各类企业", "建设工程项目"]),
    ("党政机关、行政企事业所属人员出差一律取消。", ["党政机关", "行政企事业"]),
    # 在 before a place is a preposition, no part of a name (was: 30在汉葭街道芦渡湖社区)
    ("于4月15日14:30在某某街道某某社区开展应急演练。", []),
    # a prefix before the first item of drivers named by their vehicles (was: 所有出租车)
    ("所有出租车、网约车司机必须佩戴口罩。", []),
    # a level's party committee and government written together (was: 县委县政府 as one)
    ("县委县政府要高度重视。", ["县委", "县政府"]),
]


SECOND_UNSEEN_SHAPES = [
    # a date or a condition in a clause of its own between the subjects and their predicate (was: none)
    ("全市所有宾馆酒店、饭店餐馆、农庄等，从1月26日(正月初二)早上8时起暂停营业。", ["全市所有宾馆酒店", "饭店餐馆", "农庄"]),
    ("各类经营场所，自3月7日起暂停营业。", ["各类经营场所"]),
    ("超市、药店，在做好防护的前提下继续营业。", ["超市", "药店"]),
    # … but a clause none of whose phrases the lexicon knows names no business
    ("经研究决定，暂停营业。", []),
    ("如有违反，一律停业整顿。", []),
    # … and across a date with a bracket in it (was: none)
    ("各类商铺从2月1日(正月初八)起暂停营业。", ["各类商铺"]),
    # what is closed after a comma is acted upon too (was: 图书馆, 博物馆)
    ("图书馆、博物馆，暂时关闭。", []),
    # a head naming units by what they keep going is the unit (was: 水医疗和…单位, 电医疗和…单位, 医院…)
    ("水、电、医院、超市等医疗和群众基本生活保障单位，在严格落实防控要求的前提下继续运行。",
     ["医疗和群众基本生活保障单位"]),
    ("水电油气暖和通讯等基本民生保障部门要加强值班值守。", ["基本民生保障部门"]),
    # … so does a bare head that says what it keeps going (was: 水运转保障行业, 电…, 物流…), not a bare
    # category head, whose items are the units
    ("水、电、物流等运转保障行业正常营业。", ["运转保障行业"]),
    ("水电气暖和通讯、物流等城市运转保障行业正常营业。", ["城市运转保障行业"]),
    ("超市、药店等民生保障行业正常营业。", ["超市", "药店"]),
    # people's own cars are no transport service (was: 私家车)
    ("私家车、公交、出租车一律停运。", ["公交", "出租车"]),
    # a task before 由 is no subject (was: 乡镇)
    ("城区组织由城管局负责落实，乡镇组织由属地负责落实。", ["城管局", "属地"]),
    # what is managed as a risk area is an area (was: 某某社区, 某某村; 其他小区)
    ("某某镇某某社区、某某村，继续按封控区管理。", []),
    ("其他小区按照管控区标准足不出单元。", []),
    # … or sealed off (was: 某某社区, 某某村), unlike bodies running closed management
    ("某某社区、某某村继续实行封控管理。", []),
    ("全市社区(村)、企事业单位实行封闭式管理。", ["全市社区(村)", "企事业单位"]),
    # 可 opens a predicate, not a unit (was: 可根据实际适当优化调整卡口)
    ("可根据实际适当优化调整卡口设置。", []),
    # 仅, 暂不 and 正常上班 open a predicate (was: none) …
    ("全市加油站仅对绿色通道车辆、公务用车供油。", ["全市加油站"]),
    ("各机关企事业单位暂不举办大型会议。", ["各机关企事业单位"]),
    ("全县机关事业单位正常上班。", ["全县机关事业单位"]),
    # … but vehicles let back on the road are told nothing
    ("私家车、出租车、网约车等正常通行。", []),
    # a date or a condition in a clause of its own leaves the subject waiting too (was: none)
    ("各企业，在复工前，须向属地报备。", ["各企业"]),
    ("全市所有中小学、幼儿园，自2月1日起，推迟开学。", ["全市所有中小学", "幼儿园"]),
    # what the subject includes, in a clause of its own, leaves it waiting for its predicate (was: none)
    ("省内各级各类学校，包括高校、中小学、幼儿园等机构，不早于2月17日前开学。", ["各级各类学校"]),
    ("各类企业，包括外资企业，要落实防控责任。", ["各类企业"]),
    # 以来 inside the first clause, before a full-width comma, tells no story (was: none)
    ("各社区（村屯）要立即对2月17日以来来长人员开展摸排登记，落实隔离观察。", ["各社区（村屯）"]),
    ("自疫情发生以来,市委、市政府认真贯彻落实。", []),
    # who runs a venue is obliged as its operator (was: none; 经营者 only)
    ("公共场所管理者或经营业主须张贴二维码。", ["公共场所管理者", "经营业主"]),
    ("重点场所管理者或经营者应当张贴场所码。", ["重点场所管理者", "经营者"]),
]


# Shapes the third held-out set showed missed, each written in my own words; before → after.
THIRD_UNSEEN_SHAPES = [
    # a modal verb inside a venue's name (麻将) does not break the list (was: none)
    ("茶楼、麻将馆等休闲场所一律暂停开放。", ["茶楼", "麻将馆"]),
    # venue groups, each with its head, sharing one stop predicate at the end (was: none)
    ("各影剧院、书店等文化场所,台球室、乒乓球馆等体育场所,麻将室、洗脚店等服务场所一律暂停营业。",
     ["各影剧院", "书店", "台球室", "乒乓球馆", "麻将室", "洗脚店"]),
    # an adjective holding 需 in the head (非生活必需), an organisation named with its
    # service (培训机构…线下服务), an activity beside venues (was: none)
    ("网吧、酒吧、艺术培训机构(含托管)线下服务、宗教活动等非生活必需场所仍暂停营业。",
     ["网吧", "酒吧", "艺术培训机构(含托管)"]),
    # the stop in a 在…的同时 frame; what is closed after it is no unit (was: none)
    ("在全县书店、网吧等场所继续暂停营业的同时,自3月2日起,暂时关停县城游泳馆、棋牌室。", ["全县书店", "网吧"]),
    # … a frame without a subject leaves the subject waiting (was: none), or comes before it
    ("各商场,在做好测温的同时,要控制人流。", ["各商场"]),
    ("在做好消毒的同时,各超市要控制人流。", ["各超市"]),
    # a trade told to stop serving in (was: none)
    ("全镇餐饮服务一律暂停堂食。", ["全镇餐饮服务"]),
    # 有序 and 合理 open a predicate; 和 inside a venue list before 等 (was: none)
    ("县域内企业有序复工复产。", ["企业"]),
    ("药店、超市和菜市场等场所合理安排营业时间。", ["药店", "超市", "菜市场"]),
    # a condition between the subjects and their predicate, in a clause of its own (was: none)
    ("镇内所有工厂如无特殊情况,暂缓复工。", ["所有工厂"]),
    ("各类企业没有特殊情况,一律推迟复工。", ["各类企业"]),
    # a gate post is staffed as a checkpoint is (was: none)
    ("各小区门卫要严格登记外来人员。", ["各小区门卫"]),
    # the body that decides names nobody obliged, whatever marker its name holds (was: 县委)
    ("县委统筹疫情防控和经济发展领导小组决定,自即日起解除管控。", []),
    # a phrase holding 已 or a verb of leaving is a clause, no unit (was: 之前已离开小区)
    ("之前已离开小区在外居住的人员要就地隔离。", []),
    # cited wording with a sentence end inside orders nothing here (with 麻将 read, it
    # gave the clause before the list and the venues quoted)
    ("终止1号通告第三条中“停止一切集会。具有聚集风险的经营单位,如茶楼、麻将馆等暂停营业。”的规定。", []),
]


# Shapes the fourth and fifth held-out sets showed, each written in my own words; before → after.
FOURTH_UNSEEN_SHAPES = [
    # named places listed as subjects, a city among counties, after a modifier (was: none) …
    ("从即日起，靠近边境的安平市、临河县开展全员核酸检测。", ["安平市", "临河县"]),
    ("甲乙市、丙丁旗要加强卡口值守。", ["甲乙市", "丙丁旗"]),
    # … but a lone city is the notice's own scope, and a kind of place is no name
    ("5日8时起，某某市以河为界分批开展核酸筛查。", []),
    ("大城市、中小城市要加强管理。", []),
    # the places an area covers, listed after its label, are no units, whatever marker a
    # place name holds (was: 东关街道, 河西村, the subject of 可…)
    ("管控区范围：东关街道、河西村、可乐村。", []),
    ("高风险区为：北关社区、南湖村。", []),
    # a stop order with a modal verb binds every group of businesses before it (was: none)
    ("全镇提供早餐的饭店、小吃店，各类书吧、茶楼、桌球室等，必须暂停营业。",
     ["饭店", "小吃店", "各类书吧", "茶楼", "桌球室"]),
    ("桌球室、茶楼，各网吧、酒吧等，须一律停止营业。", ["桌球室", "茶楼", "各网吧", "酒吧"]),
    # the rest after an exception, listed as 其他包括不限于… (was: none)
    ("除超市外,其余包括但不限于茶楼、网吧、书店等,暂停营业。", ["茶楼", "网吧", "书店"]),
    # … but a body that must close venues is their agent
    ("各乡镇要关闭辖区内的农贸市场。", ["各乡镇"]),
    ("各区县必须关闭所有娱乐场所。", ["各区县"]),
    # cadres sent down to villages are people, the villages an object (was: 下沉包联村（社区）)
    ("全镇机关干部取消休假，下沉包联村（社区）开展排查。", []),
    # people going out somewhere are no unit (was: 村民外出到集市)
    ("村民外出到集市必须佩戴口罩。", []),
    # a crowded area is a place; the venues beside it are units (was: 各人口密集区, 商场超市)
    ("各人口密集区和商场超市禁止未戴口罩者进入。", ["商场超市"]),
    # villages and residential communities (村居) are a level, listed beside units (was: 所有村居(社区)企业, 企业)
    ("所有村居(社区)、企业实行封闭管理。", ["所有村居(社区)", "企业"]),
    ("各村居要做好返乡人员排查。", ["各村居"]),
]

FIFTH_UNSEEN_SHAPES = [
    # one named place alone opening the sentence is the area acted upon (was: 李庄镇, 河东镇五里村) …
    ("李庄镇实施全域静态管理。", []),
    ("河东镇五里村继续开展核酸检测。", []),
    # … places listed together are told to act, and a kind of village or compound is no name
    ("李庄镇、王集镇要加强卡口值守。", ["李庄镇", "王集镇"]),
    ("各自然村要做好排查。", ["各自然村"]),
    ("小区实行封闭管理。", ["小区"]),
    # schools in short (was: none), but going back to school is no unit
    ("请各校做好开学准备工作。", ["各校"]),
    ("师生返校须持核酸阴性证明。", []),
    # venues told to reopen in order, across a condition (was: none)
    ("菜市场、理发店等服务场所，在落实防控措施的前提下，有序恢复营业。", ["菜市场", "理发店"]),
    ("菜市场、理发店等服务场所在落实防控措施的基础上，有序复工。", ["菜市场", "理发店"]),
    # bodies told to put the whole first (was: none)
    ("请各乡镇、有关单位服从大局，做好解释工作。", ["各乡镇", "有关单位"]),
    # a task is no unit, whoever carries it out (was: 负责督导该村)
    ("挂联各村的镇领导，负责督导该村落实防控工作。", []),
    # a leadership group named after its task, with its parts (was: 县委)
    ("县委统筹疫情防控和经济运行领导小组各专班要全员到岗。", ["县委统筹疫情防控和经济运行领导小组各专班"]),
    # venues that close their halls are acted upon, as venues closed are (was: 文化馆, 图书馆) …
    ("文化馆、图书馆一律闭馆。", []),
    ("各公园暂时闭园。", []),
    # … those that suspend their opening to the public stop their own business
    ("文化馆、图书馆一律暂停开放。", ["文化馆", "图书馆"]),
    # a police station listed after another unit is no verb 派出 (was: 卫生院 only)
    ("卫生院、派出所要做好登记。", ["卫生院", "派出所"]),
]


# Shapes the eighth held-out set showed, each written in my own words; before → after.
SIXTH_UNSEEN_SHAPES = [
    # venues closed in a clause of their own are acted upon, not bound by a stop order
    # after it (was: 博物馆, 美术馆全部闭馆, as operators of the stop)
    ("博物馆、美术馆全部闭馆；歌舞厅、台球室等娱乐场所停止营业。", ["歌舞厅", "台球室"]),
    # operators told to refuse those who break a rule (was: none)
    ("未戴口罩者，客车、出租车等公共交通予以拒载，药店、菜场等场所拒绝进入。",
     ["客车", "出租车", "药店", "菜场"]),
    # the bodies a measure is carried out by (was: none), not a sense of duty
    ("以村委会、物业公司为主体，做好小区封闭管理。", ["村委会", "物业公司"]),
    ("以高度的政治责任感做好防控工作。", []),
    # the inviting body beside the people who report (was: none: 请 read as a verb, 亲友 as no person)
    ("入境人员须由本人、亲友或邀请单位提前向社区报告。", ["邀请单位"]),
    # a market town's centre is a place, as a town's built-up area is (was: 各镇场镇)
    ("各镇场镇暂停赶集。", []),
]


# Shapes the first growth set (grow1) showed, each written in my own words; before → after.
GROW1_SHAPES = [
    # the issuing place alone before 各 only says where: one unit (was: 我县 and 各类学校)
    ("我县各类学校要严格落实晨午检。", ["我县各类学校"]),
    ("我县各级党政机关要带头执行。", ["我县各级党政机关"]),
    # buildings by kind carry a directive as compounds do (was: the list broke at 楼栋)
    ("市域内所有小区、单位、楼栋、工地要张贴二维码。", ["所有小区", "单位", "楼栋", "工地"]),
    # a short quoted phrase saying how the subject acts, between it and its predicate (was: none)
    ("当地主管部门“一厂一组”派驻联络员，做好协调保障。", ["当地主管部门"]),
    ("各乡镇“一村一策”制定防控方案。", ["各乡镇"]),
    ("县卫生健康局“点对点”指导企业落实防控措施。", ["县卫生健康局"]),
    # … but a quoted kind of body stays in the name
    ("各村“两委”要做好排查。", ["各村“两委”"]),
    # a subject sending staff: 派驻 opens a predicate as 派出 does (was: none)
    ("县商务局派驻联络员，做好保供协调。", ["县商务局"]),
    # levels written one after the other with their qualifiers are two units (was: one)
    ("由乡镇（街道）村（社区）负责落实。", ["乡镇（街道）", "村（社区）"]),
    ("镇（街道）村（社区）要做好排查。", ["镇（街道）", "村（社区）"]),
    # the agent after 由 appoints its staff: 明确 ends it (was: none)
    ("以上措施由属地乡镇（街道）村（社区）明确专人负责监管。", ["属地乡镇（街道）", "村（社区）"]),
    ("由社区明确专人负责登记。", ["社区"]),
    # a level word alone, and a level with a qualifier of its own, stay whole
    ("县（市、区）政府要加强领导。", ["县（市、区）政府"]),
    # what the issuer reopens is acted upon (was: 恢复餐饮服务经营单位) …
    ("恢复餐饮服务经营单位正常营业，限制大规模聚餐。", []),
    ("恢复各类商铺正常营业。", []),
    ("恢复旅行社正常营业，暂停境外组团。", []),
    # … while a head whose verb-led clause says what it does itself is the subject
    # (was: none) and stays so (恢复营业的, 复工复产的 were found before)
    ("暂停营业的场所要做好日常消毒。", ["暂停营业的场所"]),
    ("恢复营业的商场、超市要严格落实测温扫码。", ["商场", "超市"]),
    ("复工复产的企业必须落实防控措施。", ["复工复产的企业"]),
    # vehicles run as a public service, traders and market operators (was: none) — not private cars
    ("公共运营车辆严格按照43号通告执行，一般车辆禁止上路流动。", ["公共运营车辆"]),
    ("各类营运车辆要每日消毒。", ["各类营运车辆"]),
    ("各商家要主动查验健康码。", ["各商家"]),
    ("农贸市场开办方要做好消杀，市场开办者要落实主体责任。", ["农贸市场开办方", "市场开办者"]),
    ("私家车辆禁止上路。", []),
    # a body a copula names as the holder of a duty (was: none)
    ("各乡镇（街道）是辖区疫情防控的责任主体，要切实履行属地责任。", ["各乡镇（街道）"]),
    ("各单位主要负责人是本单位疫情防控第一责任人。", ["各单位"]),
    ("各经营主体作为疫情防控责任主体，要落实测温、扫码。", ["各经营主体"]),
    ("物业服务企业为小区疫情防控责任主体。", ["物业服务企业"]),
    # what the subject is taken as, before its predicate (was: 学校作为人员密集场所 as one name)
    ("学校作为人员密集场所，要严格落实晨午检。", ["学校"]),
    ("将学校作为防控重点。", []),
    # … not a place named what it is, nor a definition
    ("该小区为高风险区，实行封控管理。", []),
    ("本通告所称责任主体是指各类经营单位。", []),
    # leaders assigned to places are people, not a body's name (was: 县级领导包保乡镇)
    ("县级领导包保乡镇要加强督导。", []),
    # the units a requirement is put on, not who requires it (was: 要求各经营单位,
    # 县指挥部要求各乡镇) …
    ("要求各经营单位严格落实扫码测温。", ["各经营单位"]),
    ("县指挥部要求各乡镇落实属地责任，责成各村（社区）做好排查。", ["各乡镇", "各村（社区）"]),
    # … people required of are no units, nor is the issuer
    ("县疫情防控指挥部要求全县广大居民不要回乡祭祖。", []),
    # a clinic seeing a patient: a time phrase between subject and modal verb (was: none)
    ("各医疗机构接诊发热病人后，须2小时内报告。", ["各医疗机构"]),
    # … or an event in a clause of its own, before the modal verb (was: none)
    ("县内各级医疗卫生机构发现发热病人，要立即报告。", ["各级医疗卫生机构"]),
    ("各单位接到通知，要立即落实。", ["各单位"]),
    ("群众发现发热病人，要立即报告。", []),
    # operators told to stop from the day of the notice, 即日起 before the stop (was: none) …
    ("全县范围内的茶楼、麻将馆即日起停业。", ["茶楼", "麻将馆"]),
    # … as 自即日起 already did
    ("城区夜市摊点、烧烤店自即日起停止经营。", ["城区夜市摊点", "烧烤店"]),
    # bodies told to play a part, where no subject before them is told to use them (was: none)
    ("严格落实首诊报告制度，充分发挥村卫生室、个体诊所、药店等的“哨点”作用，做好实名登记。",
     ["村卫生室", "个体诊所", "药店"]),
    ("充分发挥基层党组织战斗堡垒作用。", ["基层党组织"]),
    ("发挥新闻媒体舆论引导作用。", ["新闻媒体"]),
    # … not when a subject makes use of them, nor people
    ("各区要加强排查，充分发挥村(社区)居民自治组织作用，逐户开展监测。", ["各区"]),
    ("各区县要依托医共体，发挥好区县医疗卫生机构和专家组的作用。", ["各区县"]),
    ("充分发挥党员先锋模范作用。", []),
    # a relative clause led by a word that only opens like a preposition says what the
    # head does (was: none)
    ("从事进口冷链食品经营的企业要建立进货台账。", ["从事进口冷链食品经营的企业"]),
    ("对外营业的商场要严格落实限流。", ["对外营业的商场"]),
    # … while a preposition still puts the head in object position
    ("对未落实防控措施的企业要依法查处。", []),
    # 凡是 opens the clause, not the name (was: 凡是举办婚宴的酒店)
    ("凡是举办婚宴的酒店，须向属地报备。", ["举办婚宴的酒店"]),
    # how the subject may still work: only some service, by quota, time or turns (was: none;
    # 公交车 only)
    ("城区内所有餐饮店只提供外卖服务，不得堂食。", ["所有餐饮店"]),
    ("公交车暂停运营，出租车、网约车限量运营。", ["公交车", "出租车", "网约车"]),
    ("超市限时营业，各景区错峰开放。", ["超市", "各景区"]),
    # levels that share a person word with a counter name people, not governments (was: 县, 乡; 市)
    ("县、乡、村三级干部要下沉一线。", []),
    ("市、区两级领导要靠前指挥。", []),
    # … while levels sharing a body still name it at each level
    ("市、区县两级疾控机构要加强流调。", ["市", "区县两级疾控机构"]),
    # examples the subject includes, ending with their head, then the predicate in the
    # same clause: the subject, not the examples (was: none)
    ("市内各级各类学校，包括在眉高校、中小学、幼儿园等机构不早于2月17日前开学。", ["各级各类学校"]),
    ("各类经营场所，包括商场、超市等单位一律暂停营业。", ["各类经营场所"]),
    # … a unit named beside the subject, then the predicate: both (was: 各单位 only)
    ("各单位，包括培训机构在开学前，不得组织补课。", ["各单位", "培训机构"]),
    # … and an inclusion that is a clause of its own still leaves the subject waiting
    ("全县各类企业，包括个体工商户，要落实主体责任。", ["全县各类企业"]),
]


# Shapes the held-out sets 15–20 showed, each written in my own words; before → after.
LATE_HOLDOUT_SHAPES = [
    # counties and county-level cities as one level, as 区县 and 县市区 are (was: none)
    ("各县市要科学精准实施防控措施。", ["各县市"]),
    ("各县市可根据当地防控能力，实施“7+7”隔离管控措施。", ["各县市"]),
    ("有关县市立即开展全员核酸检测。", ["有关县市"]),
    # venues that will be closed are acted upon, as those closed now (was: every venue, 将 read as
    # the modal of their subject) — while one that will stop its business, or a body that will act, is bound
    ("KTV、歌舞厅、网吧等娱乐场所将暂时关闭。", []),
    ("图书馆、博物馆将一律关闭。", []),
    ("各餐馆将暂停营业。", ["各餐馆"]),
    ("各单位将开展排查。", ["各单位"]),
    # a trade told to stop serving in, as 暂停堂食 (was: none)
    ("全县饭店、餐饮取消堂食，鼓励打包带走。", ["全县饭店", "餐饮"]),
    ("所有餐饮店一律取消堂食。", ["所有餐饮店"]),
    # a list of businesses typed with commas for 、 (spun copies), then a stop order: a business of
    # no known shape between known ones is in the list (was: only those after 甜茶屋; 以及博物馆)
    ("酒吧,KTV,写字间,网吧,棋牌室,甜茶屋,藏餐馆,洗浴场所等娱乐场所,以及博物馆,图书馆等场所停止营业。",
     ["酒吧", "KTV", "写字间", "网吧", "棋牌室", "甜茶屋", "藏餐馆", "洗浴场所", "博物馆", "图书馆"]),
    ("网吧，茶室，朗玛厅，洗浴场所暂停营业。", ["网吧", "茶室", "朗玛厅", "洗浴场所"]),
    # … but not a phrase before the first known one, venues closed, nor an exception over clauses
    ("为防控疫情，经研究，洗浴场所暂停营业。", ["洗浴场所"]),
    ("图书馆、文化馆等场所全部闭馆，网吧、茶楼等娱乐场所停止营业。", ["网吧", "茶楼"]),
    ("除农贸市场、药店等经营场所,其余经营场所一律暂停营业。", ["其余经营场所"]),
    # 其它 is the rest as 其他 is (was: 其它经营服务场所, named with the word)
    ("除农贸市场、药店外,其它经营服务场所一律暂停营业。", ["其它经营服务场所"]),
    # a service suspended at the end of its clause stops its own work (was: none) — not an activity,
    # nor a service suspended for a while
    ("快递、外卖业务一律暂停。", ["快递", "外卖业务"]),
    ("其他门店全部暂停营业，外卖送餐服务继续暂停。", ["其他门店", "外卖送餐服务"]),
    ("宗教活动一律暂停。", []),
    ("外卖服务暂停半天。", []),
    # a whole day after the date, between the operators and their stop (was: none)
    ("公交车、出租车、网约车8月11日全天暂停营运,保障车辆凭证通行。", ["公交车", "出租车", "网约车"]),
    ("各类商铺5月1日当天暂停营业。", ["各类商铺"]),
    # 需 in 所需 is what is needed, no modal verb (was: 居民日常所, 所 read as an office)
    ("居民日常所需生活用品由志愿者代为购置。", []),
    ("群众所需物资由社区统一配送。", ["社区"]),
    # a subject whose clause ends with a long condition, then a directive verb opening the next
    # clause: its predicate (was: none) — not a target after 向, nor a clause with no subject
    ("各类商场、超市、粮油店等保供经营场所在严格落实扫码测温、消毒消杀等常态化防控措施的基础上,实行限流管理。",
     ["各类商场", "超市", "粮油店"]),
    ("各类宾馆在做好防控的前提下，实行预约服务。", ["各类宾馆"]),
    ("每次出行向工作单位和所在社区，实行双报备。", []),
    ("在做好防控的前提下，实行预约服务。", []),
    ("全市歌舞娱乐场所、游艺娱乐场所等文化营业场所在严格做好防控措施的情况下,可恢复营业。",
     ["全市歌舞娱乐场所", "游艺娱乐场所"]),
    # 牵头 inside the name of lead departments is no predicate (was: 市级, the rest lost)
    ("各区、市级牵头行业主管部门对参与防控的人员统一制发证件。", ["各区", "市级牵头行业主管部门"]),
    ("各牵头单位要加强调度。", ["各牵头单位"]),
    # … while 牵头 after a body still gives its role
    ("市卫健委牵头，各区配合。", ["市卫健委", "各区"]),
    # 规范 as the manner the subject acts in opens its predicate (was: none)
    ("医疗机构规范有序复诊。", ["医疗机构"]),
    ("各医疗机构规范开展预检分诊。", ["各医疗机构"]),
    ("加强规范管理。", []),
    # the local governments, as a level (was: none)
    ("有关地方要加强宣传引导。", ["有关地方"]),
    ("各地方要加强排查。", ["各地方"]),
    # an exception after the whole territory is an aside too (was: 除超市, 医院, 药店 as the subject of 正常营业)
    ("全市除超市、医院、药店正常营业以外,其他经营性场所一律暂停营业。", ["其他经营性场所"]),
    ("全县除超市、药店外，其余商店暂停营业。", ["其余商店"]),
    # transport services that stop running, as those that stop operating (was: none) — not equipment
    ("城际公交车、乡村客运车辆一律停止运行。", ["城际公交车", "乡村客运车辆"]),
    ("农村客运班车暂停运行。", ["农村客运班车"]),
    ("中央空调暂停运行。", []),
    # public transport vehicles as a head or an item, as the services (was: the list failed at 交通工具)
    ("各商场超市等公共场所,以及出租车、公交车等公共交通工具要严格落实测温查码。",
     ["各商场超市", "出租车", "公交车"]),
    ("其他公共场所、小区和交通工具严格落实测温、扫码等措施。", ["其他公共场所", "小区", "交通工具"]),
    # … but not people riding them (乘坐 inside no name)
    ("乘客乘坐公共交通工具须自觉戴口罩。", []),
    # the issuing place named by itself, alone, is the area the notice governs (was: 我区, 我县, 本市)
    ("我区将于4月17日在实验小学开展核酸检测应急演练。", []),
    ("我县在外地的人员,尽量在当地做好防控。", []),
    ("本市将于明日起实施全员核酸检测。", []),
    # … while bodies of it are still bound
    ("本市所有小区要张贴二维码。", ["本市所有小区"]),
    # the issuing body named by itself, alone, is the issuer setting its own rules (ADJUDICATION Q29; was: 我院, 全院)
    ("疫情防控期间，我院实施临时封闭管理，不接收新入院病人。", []),
    ("全院严禁探视，希望您进行视频远程探视。", []),
    ("我院在门诊楼大门南侧设有预检分诊点。", []),
    # … while the bodies it tells are bound
    ("各医疗机构要加强预检分诊。", ["各医疗机构"]),
    # stations and highway exits that restrict movement, as posts that limit the flow (was: none)
    ("火车站、高铁站、汽车站、高速路口限制人员流动。", ["火车站", "高铁站", "汽车站", "高速路口"]),
    ("各农贸市场限制进场人数。", ["各农贸市场"]),
    ("严格限制人员流动。", []),
    # a relative clause saying how the subject is managed (was: none, 强化 read as the verb of an object)
    ("请强化静态管理的乡镇(街道)、园区及行政村继续落实好静态管控措施。", ["乡镇(街道)", "园区", "行政村"]),
    ("实行封闭管理的小区要做好物资保障。", ["实行封闭管理的小区"]),
    # … while an item led by a verb is still its object
    ("加强小区管理。", []),
    # a subject carrying people itself, after a quoted manner (was: none)
    ("保供企业“点对点”接送,不符合规定的社会车辆不运行。", ["保供企业"]),
    ("各学校“点对点”接送师生。", ["各学校"]),
    ("由专车接送返乡人员。", []),
    # 无条件 opens the predicate as an adverb (was: none)
    ("全市酒店、宾馆无条件接受宴席、房间的免费退订退费。", ["全市酒店", "宾馆"]),
    ("各旅行社无条件办理退团手续。", ["各旅行社"]),
    # places classed as a kind of place are acted upon (was: 某州三县(市), 乙街道 as subjects)
    ("某州三县(市)均属于陆地边境口岸城市,将继续执行口岸城市防控规定。", []),
    ("甲街道、乙街道划为防范区,实行常态化防控。", []),
    ("甲社区、乙社区由中风险区降为低风险区。", []),
    # … while a body that classes others is bound
    ("各学校要将返校师生列为重点人群。", ["各学校"]),
    # who owns a venue runs it, and 主要 after 业主 is the modal (was: none; held-out 97 my09, 115 nq02, 146 ov10)
    ("各市场业主要切实做好市场消毒清洗等防控工作。", ["各市场业主"]),
    ("各类公共场所业主要严格落实主体责任。", ["各类公共场所业主"]),
    ("全县各党政机关、社会团体、经营业主要积极动员员工接种疫苗。", ["全县各党政机关", "社会团体", "经营业主"]),
    # … not who owns a home, nor a leader after 主要
    ("小区业主要配合社区做好登记。", []),
    ("快递一律不得进入,由业主到指定地点自行领取。", []),
    ("各企业主要负责人要亲自抓。", ["各企业"]),
]


# A page cut after the subject of its last clause (was: none of the cut clause's units).
CUT_PAGES = [
    # in the middle of a list: what is written of it names the units
    ("所有夜市摊点暂停营业，除商超、药店外，其他包括不限于农贸市场、麻将馆、棋牌室、",
     ["所有夜市摊点", "农贸市场", "麻将馆", "棋牌室"]),
    ("歌舞厅、网吧等场所仍暂停营业。养老院、福利院、", ["歌舞厅", "网吧", "养老院", "福利院"]),
    # after the one phrase of a provision that opens with a prefix
    ("各类社会组织", ["各类社会组织"]),
    # not the places a label lists, nor venues left without punctuation, nor one place
    ("解除以下区域管控：甲小区、乙小区、", []),
    ("影剧院、网吧等娱乐场所，各类洗浴场", []),
    ("城北片区", []),
]


@pytest.mark.parametrize("text, expected", CUT_PAGES)
def test_a_page_cut_after_the_subject(text, expected):
    assert mentions(text) == expected


def test_the_whole_territory_stays_in_the_mention_only():
    # the issuing place's whole territory is the notice's scope, not part of the name
    units = find_units("全县所有村居(社区)、单位实行封闭管理。全区活禽市场暂时休市。")
    assert [(u.mention, u.name) for u in units] == [
        ("全县所有村居(社区)", "所有村居(社区)"), ("单位", "单位"), ("全区活禽市场", "活禽市场")]
    # … and the territory alone is no unit (was: 全镇)
    assert names("全镇要加强管理。") == []


def test_the_areas_named_before_stay_in_the_mention_only():
    # the areas a notice named before are its scope, as 全县 is (was: 上述区域所有小区(村) as the name)
    assert names("上述区域所有小区(村)禁止非居住人员进入。") == ["所有小区(村)"]
    assert names("上述地区各类企业暂时停工。") == ["各类企业"]
    assert mentions("上述地区各类企业暂时停工。") == ["上述地区各类企业"]


def test_the_rest_written_with_qita_stays_in_the_mention_only():
    # 其它, as spun and older copies write 其他 (was: 其它经营服务场所 as the name)
    assert names("除药店外,其它经营服务场所一律暂停营业。") == ["经营服务场所"]


def test_the_rest_after_an_exception_stays_in_the_mention_only():
    # what remains after an exception is named as what it is (was: 其余商铺, 其他企业)
    units = find_units("除药店外，其余商铺、茶楼暂停营业。其他企业暂停经营活动。")
    assert [(u.mention, u.name) for u in units] == [("其余商铺", "商铺"), ("茶楼", "茶楼"), ("其他企业", "企业")]


def test_the_issuing_place_before_a_prefix_stays_in_the_mention_only():
    # a named place before 各/所有 is the notice's territory, as 全县 is (was: the place
    # in the name, so that 宜良县各乡镇 matched no 乡镇; 巴南区各镇街 no unit at all)
    units = find_units("巴南区各镇街要落实属地责任。宜良县所有宾馆酒店要严格登记。")
    assert [(u.mention, u.name) for u in units] == [("巴南区各镇街", "各镇街"), ("宜良县所有宾馆酒店", "所有宾馆酒店")]
    assert names("会理县各级各部门要高度重视。") == ["各级各部门"]
    # … while a body of the place keeps its name
    assert names("泸西县人民医院要做好发热门诊工作。") == ["泸西县人民医院"]


def test_quotes_around_a_word_of_a_name_stay_in_the_mention_only():
    # balanced quotes inside a name are kept whole in the mention (was: 村（社区）“两委,
    # half a quote) and left out of the name (was: 双网格”责任单位)
    units = find_units("村（社区）“两委”要做好排查。各乡镇及“双网格”责任单位要开展排查。")
    assert [(u.mention, u.name) for u in units] == [
        ("村（社区）“两委”", "村（社区）两委"), ("各乡镇", "各乡镇"), ("“双网格”责任单位", "双网格责任单位")]
    # a quote opening a clause is left out of the mention, as before, and of the name
    assert [(u.mention, u.name) for u in find_units("“四类”场所要严格落实。")] == [("四类”场所", "四类场所")]


def test_a_named_place_opening_a_list_stays_in_the_mention_only():
    # the place is where the whole list is (was: 河东镇五里村学校 as the name) …
    units = find_units("河东镇五里村学校、幼儿园暂停线下教学。")
    assert [(u.mention, u.name) for u in units] == [("河东镇五里村学校", "学校"), ("幼儿园", "幼儿园")]
    # … but a place's government keeps its name, and so does a lone body of a place
    assert names("甲县政府、县政协要加强领导。") == ["甲县政府", "县政协"]
    assert names("李庄镇卫生院要做好发热病人登记。") == ["李庄镇卫生院"]


def test_a_clause_before_a_prefixed_head_stays_in_the_mention_only():
    # the head opened by a prefix names the category (was: the whole clause as its name) …
    units = find_units("未经区指挥部审核同意的各类业态均不得开门营业。")
    assert [(u.mention, u.name) for u in units] == [("未经区指挥部审核同意的各类业态", "各类业态")]
    # … a head without one is named with the clause
    assert names("提供公共服务的窗口单位要积极推行网上政务服务。") == ["提供公共服务的窗口单位"]


def test_trades_joined_by_a_conjunction_are_two_units():
    # before a shared head after 等 (was: 美容美发和文体娱乐经营场所) …
    assert names("早市、美容美发和文体娱乐等经营场所一律停业。") == ["早市经营场所", "美容美发经营场所", "文体娱乐经营场所"]
    # … or with the second's suffix (was: 各商业和公共场所; 餐饮和娱乐场所)
    assert names("各商业和公共场所恢复营业。") == ["各商业场所", "公共场所"]
    assert names("餐饮和娱乐场所暂停营业。") == ["餐饮场所", "娱乐场所"]
    # a department whose name holds a conjunction stays one
    assert names("卫生健康、住房和城乡建设等部门要加强监管。") == ["卫生健康部门", "住房和城乡建设部门"]
    assert names("人力资源和社会保障部门要加强指导。") == ["人力资源和社会保障部门"]


@pytest.mark.parametrize("text, expected", LIST_SHAPES + HOLDOUT_SHAPES + UNSEEN_SHAPES + SECOND_UNSEEN_SHAPES
                         + THIRD_UNSEEN_SHAPES + FOURTH_UNSEEN_SHAPES + FIFTH_UNSEEN_SHAPES
                         + SIXTH_UNSEEN_SHAPES + GROW1_SHAPES + LATE_HOLDOUT_SHAPES)
def test_list_shapes(text, expected):
    assert mentions(text) == expected


# A venue that is the subject of 暂不开放 or 暂停开放 stops its own opening and is a unit, as
# one told to stop its business is (ADJUDICATION.md question 13); the object of 暂不开放 is not.
@pytest.mark.parametrize("text, expected", [
    ("除保供商超、医疗机构外,其余经营性场所暂不开放。", ["其余经营性场所"]),
    ("农村客堂暂不开放。", ["农村客堂"]),
    ("图书馆、博物馆一律暂不开放。", ["图书馆", "博物馆"]),
    ("各类景区、文化馆暂停开放。", ["各类景区", "文化馆"]),
    ("理发店实行预约服务,网吧暂不开放。", ["理发店", "网吧"]),
    ("暂不开放影院、酒吧、KTV等室内密闭经营场所。", []),
    # the organisation named with its service that stops (was: 餐饮服务单位堂食经营, one name)
    ("餐饮服务单位堂食经营暂不开放。", ["餐饮服务单位"]),
])
def test_venues_that_stop_opening_are_units(text, expected):
    assert mentions(text) == expected


# Bodies told to work from home (居家办公, 线上办公) are the subject of that order (was: none) —
# not their staff, nor residents, nor an appeal with no subject.
@pytest.mark.parametrize("text, expected", [
    ("企事业单位、党政机关居家办公,关闭所有公共场所。", ["企事业单位", "党政机关"]),
    ("各单位居家办公。", ["各单位"]),
    ("全县机关事业单位一律线上办公。", ["全县机关事业单位"]),
    ("全市所有行政事业单位人员全部居家办公。", []),
    # (the compounds under their regime are units, ADJUDICATION Q18; residents working from home are not)
    ("所有小区封闭管理,居民居家办公。", ["所有小区"]),
    ("鼓励居家办公。", []),
])
def test_bodies_told_to_work_from_home(text, expected):
    assert mentions(text) == expected


# 参加 is people taking part, never inside a name (was: 所有学校(幼儿园)的教职员工参加学校, a clause
# read as one unit) — while a body that organises the taking part is bound.
@pytest.mark.parametrize("text, expected", [
    ("全市所有学校(幼儿园)的在校学生和教职员工参加学校组织的每天20%轮检。", []),
    ("各单位的干部职工参加社区组织的志愿服务。", []),
    ("各学校组织师生参加核酸检测。", ["各学校"]),
])
def test_taking_part_is_no_name(text, expected):
    assert mentions(text) == expected


# A short noun of no known shape between two organisations of a list is one of them: a transport
# service or a grade of school (was: none, the whole list lost at 铁路, 高职) — not at either end,
# nor a clause or a person.
@pytest.mark.parametrize("text, expected", [
    ("市内机场、铁路、车站、健康服务站要加强身份筛查。", ["机场", "铁路", "车站", "健康服务站"]),
    ("高校、高职、寄宿制学校严格封闭管理。", ["高校", "高职", "寄宿制学校"]),
    ("所有小区、单位、楼栋、工地和机场、铁路、车站要张贴二维码。",
     ["所有小区", "单位", "楼栋", "工地", "机场", "铁路", "车站"]),
    ("铁路、车站要加强身份筛查。", []),
    ("机场、车站、铁路要加强身份筛查。", []),
    ("学校、家庭、社区要加强配合。", ["学校", "社区"]),
])
def test_an_unknown_noun_between_known_units(text, expected):
    assert mentions(text) == expected


# Transport told 停驶/停航 with no 暂停 before it stops its own work, as 暂停运营 does (was: none) —
# not private cars.
@pytest.mark.parametrize("text, expected", [
    ("全市客运车辆、城市公交车辆停驶。", ["全市客运车辆", "城市公交车辆"]),
    ("公交车、出租车停驶。", ["公交车", "出租车"]),
    ("所有客轮停航。", ["所有客轮"]),
    ("私家车停驶。", []),
])
def test_transport_told_to_stop_running(text, expected):
    assert mentions(text) == expected


# The staff word ending a list of bodies (干部职工, 工作人员) is shared by each, as 从业人员 is: the
# staff are told how to behave, not the bodies (was: the bodies before the last) — while staff after
# 的, what the staff of bodies may no longer do (出差) and the bodies' leaders stay with the bodies.
@pytest.mark.parametrize("text, expected", [
    ("全市各级党政机关、企事业单位干部职工原则上在本地过年。", []),
    ("全市各级党政机关、事业单位和国有企业干部职工要带头执行。", []),
    ("全县各级党政机关、企事业单位工作人员要带头接种疫苗。", []),
    ("各级党政机关、事业单位的工作人员均实行居家办公。", ["各级党政机关", "事业单位"]),
    ("党政机关、企事业单位所属人员出差一律取消。", ["党政机关", "企事业单位"]),
    ("各乡镇、各部门主要负责人要亲自部署。", ["各乡镇", "各部门"]),
])
def test_staff_ending_a_list_of_bodies(text, expected):
    assert mentions(text) == expected


# The agent after 由 ends at a verb of sending staff (指派, 选派, 委派), as at 安排 (was: none).
@pytest.mark.parametrize("text, expected", [
    ("白事办理要提前报备,由属地政府指派专人负责做好疫情防控指导工作。", ["属地政府"]),
    ("由各乡镇选派专人负责。", ["各乡镇"]),
    ("由县卫健局委派医务人员驻点指导。", ["县卫健局"]),
    ("由专人负责。", []),
])
def test_an_agent_that_sends_staff(text, expected):
    assert mentions(text) == expected


# 提前 (in advance) never opens a name: what follows it is a target (was: 提前向目的地(村、社区)).
@pytest.mark.parametrize("text, expected", [
    ("提前向目的地(村、社区)主动报备。", []),
    ("离长人员需持核酸检测阴性证明,提前向目的地(村、社区)主动报备。", []),
    ("各单位提前做好准备。", ["各单位"]),
])
def test_in_advance_opens_no_name(text, expected):
    assert mentions(text) == expected


# A ban put as what the subject does not do (不举办, 不承办…) binds it, as 不得 does (was: none).
@pytest.mark.parametrize("text, expected", [
    ("机关企事业单位、各类社会组织不举办聚集性活动。", ["机关企事业单位", "各类社会组织"]),
    ("餐饮单位不承办宴席活动,鼓励提供门店自提。", ["餐饮单位"]),
    ("各宾馆酒店不接待中高风险地区来客。", ["各宾馆酒店"]),
    ("居民不组织聚会。", []),
])
def test_a_ban_put_as_what_the_subject_does_not_do(text, expected):
    assert mentions(text) == expected


# What a subject acts on the strength of (凭单位证明, 凭据) opens its predicate (was: none) — not
# a place whose name opens with 凭, nor people showing a certificate.
@pytest.mark.parametrize("text, expected", [
    ("需办理通行证的,各乡镇、街道和县直各单位凭单位证明,统一到县公安交通管理大队办理。",
     ["各乡镇", "街道", "县直各单位"]),
    ("可由邀请单位凭据有关规定开展公务活动。", ["邀请单位"]),
    ("现公布那坡县、凭祥市为陆地边境口岸城市。", []),
    ("返乡人员凭核酸检测阴性证明通行。", []),
])
def test_what_a_subject_acts_on_the_strength_of(text, expected):
    assert mentions(text) == expected


# What the head is related to (与…相关的) is an adjective, and so is 指定 opening a name: the
# phrase is a subject (was: none, both read as verbs before an object) — while people stay people
# and 与 before a body is still a partner.
@pytest.mark.parametrize("text, expected", [
    ("与居民生活密切相关的指定大型商超、农贸市场、医疗机构正常营业,严格通风消杀。",
     ["指定大型商超", "农贸市场", "医疗机构"]),
    ("与疫情防控相关的企业要加强值守。", ["与疫情防控相关的企业"]),
    ("指定医疗机构要做好救治工作。", ["指定医疗机构"]),
    ("与病例有接触的人员要主动报告。", []),
    ("与有关部门对接。", []),
])
def test_related_and_designated_bodies(text, expected):
    assert mentions(text) == expected


# 要 inside an item is the modal of a clause, never part of a name (was: 业委会要配合社区, one unit
# ending with 社区); homeowners' committees (业委会) are bodies as 居委会 are — while 要素 stays a word.
@pytest.mark.parametrize("text, expected", [
    ("物业公司、业委会要配合社区做好管控。", ["物业公司", "业委会"]),
    ("各小区业委会要协助做好排查。", ["各小区业委会"]),
    ("物业公司、志愿者要配合社区做好管控。", ["物业公司"]),  # a mixed list keeps its bodies
    ("要素市场要加强管理。", ["要素市场"]),
    # 要 closing an adjective (重要, 主要) is part of the name, not a modal
    ("重要活动相关场所要严格落实防控措施。", ["重要活动相关场所"]),
    ("主要商超要落实测温。", ["主要商超"]),
])
def test_a_modal_inside_an_item_breaks_it(text, expected):
    assert mentions(text) == expected


# 经 opening a clause puts the body after it as the one that approves or checks (经X批准后): no
# unit, as the guide says (was: 经主管部门, 经…后推送医疗机构) — while names that open with 经 stay names.
@pytest.mark.parametrize("text, expected", [
    ("所有行业、单位复工复产前,要严格执行预约、限流要求,经主管部门联合疾控部门批准后,加快有序复工复产。",
     ["所有行业", "单位"]),
    ("域外就医患者返通时,经卡口值守单位查验无误后推送医疗机构或社区,严格实行闭环管理。", []),
    ("各类经营场所要严格落实扫码测温。", ["各类经营场所"]),
    ("经开区管委会要加强排查。", ["经开区管委会"]),
    ("县经信局负责做好保供工作。", ["县经信局"]),
])
def test_a_body_after_jing_approves(text, expected):
    assert mentions(text) == expected


# 接触 opening an item is people who touched what follows, never a name (was: 接触快递场所).
@pytest.mark.parametrize("text, expected", [
    ("全旗邮政快递企业一律暂停营业,接触快递场所、车辆或邮件人员实行“7天居家隔离”。", ["全旗邮政快递企业"]),
    ("接触进口冷链食品的从业人员要定期检测。", []),
    ("密切接触者要配合做好隔离。", []),
])
def test_touching_opens_no_name(text, expected):
    assert mentions(text) == expected


# A clause of units only, then one opening with 对 (whom they act on): the units are its subject
# (was: none) — not a place people are kept in (不出乡镇), nor people.
@pytest.mark.parametrize("text, expected", [
    ("有省界入滇公路关口的县市,对所有入返楚司乘人员查验行程卡和核酸检测阴性证明。", ["有省界入滇公路关口的县市"]),
    ("商场、超市等场所，对进入人员测温扫码。", ["商场", "超市"]),
    ("允许在乡镇范围内有序流动。不出乡镇,对因就医必须出入的,报所在乡镇批准。", []),
    ("返乡人员，对照清单逐项落实。", []),
])
def test_units_then_whom_they_act_on(text, expected):
    assert mentions(text) == expected


# Named places put under a regime of control, or out of it, are the areas it covers (was: each
# place as its government) — while places listed with another predicate, told to act (要), or acting
# on others (对…) are still bodies.
@pytest.mark.parametrize("text, expected", [
    ("南河街道、万缘街道恢复交通出行,撤除内部道路交通卡口。", []),
    ("对宝轮镇、大石镇、嘉陵街道,广元经开区盘龙镇、下西坝街道等12个乡镇(街道)继续实行现有临时性社会管控措施。", []),
    ("博平镇、张庄镇实施全域静态管理。", []),
    ("博平镇、张庄镇开展全员核酸检测。", ["博平镇", "张庄镇"]),
    ("城关镇、王庄镇要继续实行封控管理。", ["城关镇", "王庄镇"]),
    ("振兴街道、信发街道、冯屯镇等8个镇街对涉及密接人员的村和小区实行静态管理。", ["振兴街道", "信发街道", "冯屯镇"]),
    ("各街道要实行网格化管控。", ["各街道"]),
    # named communities, a place closed off, a place taken out of an area (held-out 202 qz02, 169 ps06; was: units)
    ("大良新滘社区、古鉴村、金榜社区和勒流龙眼村不再纳入临时管控区。", []),
    ("管控区范围内大荆镇下垟村、前溪村、坎头村实行封闭隔离,只进不出。", []),
    ("南河社区要实行封闭管理。", ["南河社区"]),
    ("采样期间社区（单位、场所）实行封闭管理,采样结束后即解除封闭。", ["采样期间社区（单位、场所）"]),
    ("各社区实行封闭管理。", ["各社区"]),
])
def test_named_places_under_a_regime(text, expected):
    assert mentions(text) == expected


# Platforms are the firms that run them, as 平台企业 are (was: none, the list lost at 外卖平台) —
# not a platform used as a means.
@pytest.mark.parametrize("text, expected", [
    ("各快递网点、外卖平台要落实无接触配送。", ["各快递网点", "外卖平台"]),
    ("各电商平台要保障供应。", ["各电商平台"]),
    ("依托大数据平台加强排查。", []),
    ("通过政务服务平台办理。", []),
])
def test_platforms_are_their_firms(text, expected):
    assert mentions(text) == expected


# What the subject comes to know (发现, 接到, 收到…) may stand between it and its modal with no
# 后/时 (was: none, the people or things found read as the subject) — not people who find.
@pytest.mark.parametrize("text, expected", [
    ("医疗机构、药店发现发热病人要第一时间报告。", ["医疗机构", "药店"]),
    ("各单位发现异常情况须立即上报。", ["各单位"]),
    ("各药店收到购药人员信息要及时推送。", ["各药店"]),
    ("市民发现发热病人要及时报告。", []),
    ("各医疗机构接诊发热病人时要询问旅居史。", ["各医疗机构"]),
])
def test_what_the_subject_comes_to_know(text, expected):
    assert mentions(text) == expected


# A body announcing that it will review the measures as things change obliges no one (was: the
# body) — while a body told to adjust (要) or one that will act is bound.
@pytest.mark.parametrize("text, expected", [
    ("阜阳市新冠肺炎疫情防控应急指挥部将根据疫情发展态势,适时调整有关区域风险等级。", []),
    ("县疫情防控指挥部将视疫情形势适时调整防控措施。", []),
    ("各区县要根据疫情形势适时调整防控措施。", ["各区县"]),
    ("县卫健局将根据工作需要组织开展全员核酸检测。", ["县卫健局"]),
    # … nor one announcing that it will publish what comes next (was: the body)
    ("不信谣、不传谣，建三江疫情防控指挥部将随时发布相关通告。", []),
    ("县指挥部将及时公布最新信息。", []),
    ("市疫情防控指挥部将第一时间通报有关情况。", []),
    ("区应对办将另行发布通知。", []),
    # … the object left to the sentence before, or the adjustment in the same stretch (was: the body)
    ("后续相关信息，县防控疫情指挥部将及时发布，请广大居民群众做到不信谣。", []),
    ("相关流调工作正在进行，区指挥部将及时向社会公布。", []),
    ("县疫情防控应急指挥部将根据疫情形势将重点管理区域有序调整。", []),
    ("旗指挥部将视疫情发展随时做出调整。", []),
    # … while a body told to publish, or one that will warn the public and act, is bound
    ("县卫健局要及时发布相关通告。", ["县卫健局"]),
    ("各乡镇将及时发布预警信息，组织群众转移。", ["各乡镇"]),
])
def test_an_announced_review_obliges_no_one(text, expected):
    assert mentions(text) == expected


# The ways a task is divided (分行业, 分时段, 分楼栋…) open no name: a manner, whoever does the task
# (was: `分行业`, `分类型`, `分时段分楼栋` as units) — while a branch (分局, 分公司) stays a body.
@pytest.mark.parametrize("text, expected", [
    ("严格落实差异化防控措施，分行业、分类型有序推进复工复产。", []),
    ("请广大居民群众按照社区通知，分时段分楼栋有序到指定地点开展核酸检测。", []),
    ("各分局要加强巡查。", ["各分局"]),
    ("分区指挥部要加强管理。", ["分区指挥部"]),
])
def test_a_divided_task_names_no_unit(text, expected):
    assert mentions(text) == expected


# A clause ending with 的 after a list names the people it is said of (those who must go), no
# predicate of the places listed (was: the places of the clauses before it) — a modal clause binds them.
@pytest.mark.parametrize("text, expected", [
    ("市民朋友近期不要前往辽宁省营口市、沈阳市和平区，广东省广州市荔湾区、海珠区，必须前往的，请提前了解当地防控要求。", []),
    ("各医疗机构、各药店，要加强预检分诊。", ["各医疗机构", "各药店"]),
])
def test_a_clause_naming_those_who_binds_no_list(text, expected):
    assert mentions(text) == expected


# Open spaces listed with a square under a ban of the public's gatherings are where the ban holds (was:
# the parks) — venues under a ban of what they host stay units.
@pytest.mark.parametrize("text, expected", [
    ("公园、游园、广场一律停止广场舞等群众聚集性活动。", []),
    ("广场、公园严禁广场舞等聚集性活动。", []),
    ("各类场所严禁举办聚集性活动。", ["各类场所"]),
    ("公园、景区严禁聚集性活动。", ["公园", "景区"]),
])
def test_spaces_of_a_gathering_ban_are_no_units(text, expected):
    assert mentions(text) == expected


# The people of places listed (…区域、…街道、…社区人员) are people, the places no units (was: the
# one place with an organisation suffix) — while bodies listed with a person word of their own stay.
@pytest.mark.parametrize("text, expected", [
    ("雪峰街道合围区域(泡石沟以东)、河西街道(不含合围区域)、下西坝街道王家营社区人员可在区域内有序流动。", []),
    ("封控区、管控区、防范区人员要配合核酸检测。", []),
    ("各乡镇、各村（社区）及网格员要开展排查。", ["各乡镇", "各村（社区）"]),
])
def test_the_people_of_places_listed(text, expected):
    assert mentions(text) == expected


def test_a_time_run_into_the_subject():
    # a time run into the subject before its prefix is no part of its name (was: 节日期间各单位)
    assert [(u.mention, u.name) for u in find_units("节日期间各单位要加强值班。")] == [("节日期间各单位", "各单位")]
    assert names("2月1日前各乡镇要完成排查。") == ["各乡镇"]
    assert names("春节前各乡镇要完成演练。") == ["各乡镇"]
    # a condition of a period (在…期间) between the subject and its modal, as 在…前提下 (was: none)
    assert names("超市、农贸市场等场所在营业期间要严格落实扫码测温。") == ["超市", "农贸市场"]
    assert names("各类学校在疫情防控期间要实行封闭管理。") == ["各类学校"]


def test_a_list_sharing_a_suffix_before_a_conjunction():
    # the list before 和 shares its suffix, the units after it are their own (was: none)
    assert names("教育、卫健部门和各学校要做好开学准备。") == ["教育部门", "卫健部门", "各学校"]
    assert names("公安、交通运输部门及各乡镇（街道）要强化卡口管理。") == ["公安部门", "交通运输部门", "各乡镇（街道）"]
    # a department named by a field that ends like a place takes the shared head too (was: left
    # out, then 农业农村 without its 部门)
    assert names("县市场监管、商务、农业农村等部门要加强市场监管。") == ["县市场监管部门", "商务部门", "农业农村部门"]
    assert names("农业农村、商务部门要保障供应。") == ["农业农村部门", "商务部门"]
    # a list of kinds of business stated as a fact still names none
    assert names("目前，全国各地工业、企业、工地都未开工。") == []


def test_shared_levels_and_suffixes_are_named_in_full():
    names = lambda text: [u.name for u in find_units(text)]  # noqa: E731
    assert names("我县所有省、市、县际班线暂停运营。") == ["省际班线", "市际班线", "县际班线"]
    assert names("校外培训、托管机构一律暂停。") == ["校外培训机构", "托管机构"]
    assert names("KTV、剧本杀、密室逃脱等人员密集的场所暂停营业。") == ["KTV", "剧本杀场所", "密室逃脱场所"]
    assert names("此令由各设区市、县（市、区）政府执行。") == ["各设区市政府", "县人民政府"]
    # named places before a place with its body share the body (was: 天涯区, 甲县 on their own)
    assert names("天涯区和吉阳区疫情防控工作指挥部要加强管控。") == ["天涯区疫情防控工作指挥部", "吉阳区疫情防控工作指挥部"]
    assert names("甲县、乙县人民政府要落实属地责任。") == ["甲县人民政府", "乙县人民政府"]
    assert names("渝中区、江北区要加强排查。") == ["渝中区", "江北区"]
    assert names("各区县、渝中区卫健委要加强指导。") == ["各区县", "渝中区卫健委"]


@pytest.mark.parametrize("text, expected", REAL_WORDING + NOT_UNITS_REAL)
def test_real_wording(text, expected):
    assert mentions(text) == expected


def test_partners_after_huitong_are_not_units():
    units = find_units("市卫生健康委牵头，会同市公安局、市交通局开展排查。")
    assert [(u.mention, u.role) for u in units] == [("市卫生健康委", "subject")]


@pytest.mark.parametrize("text,expected", [
    # checkpoints and gates a regime is put on are places (ADJUDICATION.md question 14; was: units)
    ("封控区实行硬隔离封控措施,卡口实行24小时值守,仅允许保障车辆进出。", []),
    ("各小区（村）出入口实行24小时值班值守。", []),
    ("管控区内人员不出管控区域,出入口全部封闭,严格落实管控措施。", []),
    ("那吉镇、霍尔奇镇出入口实施“只进不出”管控措施。", []),
    ("各检查站一律实行二十四小时值守。", []),
    # … and so are the posts of a list sharing one head (held-out 57 lk07; was: 公路…出入口, 铁路…出入口)
    ("即日起,全市公路、铁路、航空等城市各交通出入口实施临时交通管制措施,除特需车辆人员只进不出。", []),
    ("甲乡、乙乡及丙镇等各进出口一律封闭。", []),
    # … and the posts of a list whose last item or head is one (held-out 151 pa04, 159 pi02; was: 小区, 农村, …)
    ("按照“解封不解防”的原则,小区、农村、企业、单位等卡口实行“扫码+测温”。", []),
    ("机关单位、办公楼宇、经营单位、社区小区出入口加强值守,人员进出严格扫码。", []),
    # … while posts told to act on people or vehicles are staffed bodies
    ("全市各交通卡点要对持证的通行车辆核查出发地和目的地。", ["各交通卡点"]),
    ("宾馆(酒店)及各类交通卡口必须严格查验。", ["宾馆(酒店)", "各类交通卡口"]),
    ("全市各交通卡口,各乡镇、街道所设哨卡对上述活动参与人员均不得予以放行。", ["各交通卡口", "各乡镇", "街道所设哨卡"]),
    ("全市公路、铁路等各交通卡口要严格查验。", ["公路交通卡口", "铁路交通卡口"]),
])
def test_posts_under_a_regime_are_places(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a landmark across from a place in an address is no predicate (was: the place before 对面)
    ("铜山区大彭镇枫叶宾馆对面淮南牛肉汤店;", []),
    ("崇法寺街道城郊矿对面“8元吃饱”饭店;", []),
    ("某镇卫生院对过王记超市；", []),
    # an area written with 地区 or 区域 labels the places it covers (was: the place before 可)
    ("中风险地区:近海街道合作区可赢国际贸易公司", []),
    ("高风险区域：某街道某小区可乐超市", []),
    # … while a body before 对 acting on others is still a unit
    ("各乡镇对辖区企业开展排查。", ["各乡镇"]),
])
def test_addresses_in_area_lists_are_no_units(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # advocacy put to bodies is a directive (was: none)
    ("企事业单位提倡线上办公。", ["企事业单位"]),
    ("各单位倡导错峰上下班。", ["各单位"]),
    ("各餐饮单位鼓励外卖服务。", ["各餐饮单位"]),
    ("各学校倡导师生错峰就餐。", ["各学校"]),
    ("党政机关推广无纸化办公。", ["党政机关"]),
    # … people and the public advised are no units
    ("市民提倡少出门。", []),
    ("大力提倡各单位错峰上下班。", []),
])
def test_advocacy_to_bodies_is_a_directive(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # villages by kind are residential units as compounds are, under a regime too (was: none, or 村庄单位)
    ("全区所有村庄、小区、单位实行封闭式管理,人员进出一律测温。", ["所有村庄", "小区", "单位"]),
    ("全县所有小区、村庄实施临时应急管控。", ["所有小区", "村庄"]),
    ("各村庄、社区要做好返乡人员排查。", ["各村庄", "社区"]),
    # … while villages acted upon, or one named village, are areas
    ("对所有小区、村庄实施临时应急管控。", []),
    ("某镇某村庄实行封控管理。", []),
])
def test_villages_by_kind(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a venue that opens itself from today is the subject of its own opening (was: none)
    ("景区景点即日开放。", ["景区景点"]),
    ("全市网吧即日恢复营业。", ["网吧"]),
    ("各乡镇即日开展排查。", ["各乡镇"]),
    # … while venues closed from today are acted upon, and 即日 with no subject names none
    ("各类娱乐场所即日关闭。", []),
    ("按属地管理原则,即日通知辖区所有群众。", []),
])
def test_venues_opening_from_today(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # service and duty posts are staffed as checkpoints are, and share a head (was: none)
    ("各社区、公共场所疫情防控服务岗严格执行“查验场所码、行程码、戴口罩”等防控措施。", ["各社区", "公共场所疫情防控服务岗"]),
    ("各执勤岗要严格查验通行证。", ["各执勤岗"]),
    ("各卡口值守岗要落实24小时值班。", ["各卡口值守岗"]),
    # … not a person going on duty
    ("市民上岗前要测温。", []),
])
def test_service_posts(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a body people are told to obey is their object (was: 服从社区)
    ("请广大居民服从社区、村工作人员管理。", []),
    ("服从社区、村工作人员的管理。", []),
    ("听从村委会统一安排。", []),
    ("严格遵守小区管理规定。", []),
    # … while a body told to yield to the whole is still the subject
    ("相关单位服从大局，做好解释工作。", ["相关单位"]),
])
def test_bodies_obeyed_are_objects(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a heading or sentence run into the subject of the next, its 。 lost (was: none)
    ("做好复工复产管理服务工作各乡镇(街道)和行业主管部门要严格落实责任,强化日常防疫指导。", ["各乡镇(街道)", "行业主管部门"]),
    ("严格执行测体温、扫场所码、戴口罩等措施医院、诊所、药店要发挥好“探头”作用。", ["医院", "诊所", "药店"]),
    ("严格落实四方责任各县要落实属地责任", ["各县"]),
    ("加强宣传工作各村(社区)要张贴通告。", ["各村(社区)"]),
    ("落实防控措施县疫情防控指挥部要统筹调度。", ["县疫情防控指挥部"]),
    # … not people after such a word, nor a head in object position
    ("加强管理工作人员要佩戴口罩。", []),
    ("落实防控措施群众要配合。", []),
    ("对需摘卸口罩的公共服务场所要出示48小时核酸检测阴性证明。", []),
])
def test_a_heading_run_into_the_subject(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # 以 opening 外卖 says how the subject works (was: none, read as the 以外 of an exception)
    ("小型餐饮机构以外卖为主经营,实行单人单桌;", ["小型餐饮机构"]),
    ("各餐饮单位以外卖服务为主。", ["各餐饮单位"]),
    # … while an exception stays one
    ("除超市以外，各商场暂停营业。", ["各商场"]),
])
def test_takeaway_as_the_way_of_working(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a phrase holding a count or a span of time is a clause, no name (was: the whole phrase)
    ("环县城设置5个出入口,分别为大钊路与北外环交叉口南侧。", []),
    ("14日内有新增本土新冠病毒感染者所在县(市)、区、旗旅居史人员一律不得来察返察。", []),
    ("七日内有病例报告的所在乡镇人员一律不得外出。", []),
    # … while names with digits of their own, and counted heads after a list, stay
    ("120急救中心要随时待命。", ["120急救中心"]),
    ("各乡镇卫生院要24小时值班。", ["各乡镇卫生院"]),
    ("振兴街道、信发街道、冯屯镇等8个镇街对涉及密接人员的村和小区实行静态管理。", ["振兴街道", "信发街道", "冯屯镇"]),
])
def test_counts_and_spans_are_no_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a venue, site or service that opens, resumes or runs its own business, whatever adverb or
    # manner phrase stands between, is a unit (ADJUDICATION Q17; was: none)
    ("小区内商超逐步开放,居民限时错峰无接触购物。", ["小区内商超"]),
    ("符合防疫条件的粮油店、商超、药店等保供企业逐步开放,实行线上经营。", ["粮油店", "商超", "药店"]),
    ("全区各类景区、景点、公园坚持“限量、预约、错峰”,按照50%限流开放。", ["各类景区", "景点", "公园"]),
    ("餐饮行业逐步恢复堂食。", ["餐饮行业"]),
    ("公路、水路客运恢复正常运营。", ["公路客运", "水路客运"]),
    ("各旅游景区、博物馆分批错峰开放,每日接待量不超过最大承载量的75%。", ["各旅游景区", "博物馆"]),
    ("城区影剧院、网吧陆续开业。", ["城区影剧院", "网吧"]),
    ("县内客运班线、城乡公交于明日起全面恢复运行；", ["客运班线", "城乡公交"]),
    # … with unknown trades after a known one (was: none)
    ("集贸市场、早市、夜市有序恢复正常营业。", ["集贸市场", "早市", "夜市"]),
    ("农贸市场、夜市、地摊有序恢复经营。", ["农贸市场", "夜市", "地摊"]),
    # … and a relative clause on the venue gives the venue, not the words before it (was: 因疫情)
    ("因疫情暂停营业的购物商场恢复营业。", ["因疫情暂停营业的购物商场"]),
    ("前期停业的洗浴场所有序恢复营业,严格限流。", ["前期停业的洗浴场所"]),
    # near misses: a venue opened by the issuer or another body, a permission, a verb's object,
    # a time of reopening, people, a preposition's relative clause
    ("有序开放网吧、酒吧、影院等经营场所。", []),
    ("恢复餐饮服务经营单位正常营业。", []),
    ("对图书馆、博物馆有序开放。", []),
    ("超市、农贸市场等保障居民生活必需的经营单位允许营业；", []),
    ("推动辖区内生产、服务企业（含各类商场门市、农贸市场）全部复工。", []),
    ("分类别、分步骤推进，确保居民生活必需的企业有序复工复产。", []),
    ("居民有序复工。", []),
    ("农贸市场不开放,暂停赶集。", []),
    ("全市各类企业及门市、行业按照复工复产的要求到主管单位报备。", ["各类企业", "门市", "行业"]),
])
def test_venues_running_their_own_business(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a governing body that decides on or promotes a resumption runs no business of its own, and the
    # subject of a clause that opens with a noun of its own is not carried over from the clause before
    # (held-out 52 lf10; was: the body)
    ("市指挥部决定，市区继续推进复工复产复业。", []),
    ("县指挥部研究决定,城区继续推进复工复产。", []),
    ("县指挥部决定，有序复工复产。", []),
    ("经研究，区委区政府决定，全区逐步恢复正常营业。", []),
    ("某旗人民政府决定，旗内各景区分批有序开放。", ["各景区"]),
    # near misses that keep their units: venues in the verb's own clause, a manner clause with no
    # subject of its own, a shop whose name ends like a department
    ("市指挥部决定，市区商场、超市有序恢复营业。", ["市区商场", "超市"]),
    ("全区各类景区、景点、公园坚持“限量、预约、错峰”,按照50%限流开放。", ["各类景区", "景点", "公园"]),
    ("小卖部、俱乐部有序恢复营业。", ["小卖部", "俱乐部"]),
])
def test_bodies_deciding_a_resumption_run_no_business(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an area that opens the clause right before a unit's prefix is the scope of the units after it,
    # whatever verb qualifies it (held-out 61 lo04; was: none, or the area run into the first name)
    ("管控乡镇内所有党政机关、企事业单位、社会组织等实行弹性工作制或居家办公方式。", ["所有党政机关", "企事业单位", "社会组织"]),
    ("管控街道内所有机关、事业单位实行居家办公。", ["所有机关", "事业单位"]),
    ("封控村屯内所有商户、超市暂停营业。", ["所有商户", "超市"]),
    ("静默乡镇内各类企业、个体工商户一律停工停产。", ["各类企业", "个体工商户"]),
    ("临时管控区内各药店、诊所暂停销售退热药品。", ["各药店", "诊所"]),
    # businesses counted as households are organisations, as 经营户 (was: none)
    ("讷河市域内所有商家业户均需安装视频监控系统。", ["所有商家业户"]),
    # a permission the subject may not give is put on it, as 不得 (held-out 62 lp07; was: none)
    ("城乡所有超市、粮油店、药店、果蔬店不允许顾客进店购物。", ["所有超市", "粮油店", "药店", "果蔬店"]),
    ("辖区各商铺、超市不准顾客聚集。", ["各商铺", "超市"]),
    # … and with no prefix after it, an area a verb qualifies (held-out 61 lo04 #5; was: none)
    ("管控乡镇内生活超市、农贸市场、药店、医疗机构正常运行。", ["生活超市", "农贸市场", "药店", "医疗机构"]),
    ("管控街道内超市、药店正常营业。", ["超市", "药店"]),
    # near misses: a verb that closes the units after the area, a verb whose object is a locative and
    # what follows, a venue's part, a preposition, a verb that tells others, an activity before a
    # prefix, people told not to go out
    ("关闭区域内所有公共场所,禁止人员进出。", []),
    ("推动辖区内所有企业全部复工。", []),
    ("小区内商超逐步开放。", ["小区内商超"]),
    ("对封控区内所有人员实行居家隔离。", []),
    ("要求所有单位加强管理。", ["所有单位"]),
    ("重要活动相关场所严格落实封闭管理。", ["重要活动相关场所"]),
    ("住户不许外出。", []),
])
def test_an_area_before_the_prefix_is_scope(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the agent after 由 whose verb the lists do not hold, or stands after an adverb, is obliged as the
    # agent of 由X负责 is (held-out 51 le01, 53 lg02, 57 lk05/lk08, 62 lp07; was: none)
    ("对因就医等特殊情况确需外出的,由医疗机构闭环转运;", ["医疗机构"]),
    ("不能提供核酸检测报告的,由属地政府先行集中隔离并做核酸检测。", ["属地政府"]),
    ("对于不按要求执行的场所,由行业主管部门严肃处理;", ["行业主管部门"]),
    ("食宿由工作单位自行解决。", ["工作单位"]),
    ("具体复课时间由各级教育行政部门决定。", ["各级教育行政部门"]),
    ("确诊病例由120急救中心闭环送至定点医院。", ["120急救中心"]),
    ("返岗人员由所在企业统一安排住宿。", ["所在企业"]),
    ("由社区卫生服务中心上门采样。", ["社区卫生服务中心"]),
    # … and the agent before a verb and the place it acts on (held-out 46 kz05; was: none)
    ("请立即主动向村(社区)报备,由乡镇(街道)送浮龙湖隔离点进行集中隔离。", ["乡镇"]),
    ("由属地街道转送指定隔离酒店。", ["属地街道"]),
    # near misses: people or places after 由, a change of level or state, a way gone by, approval,
    # names that qualify a person, a verb's object run into a name
    ("由社区干部、小区包保干部或志愿者上门配送。", []),
    ("核酸检测为阳性的,由本人承担所有相关治疗费用。", []),
    ("由机场、火车站返回人员全部居家医学观察。", []),
    ("全区由居家办公调整为正常上班。", []),
    ("将应急响应级别由省级二级响应调整为省级三级响应。", []),
    ("车辆由西外环出入口通行。", []),
    ("由行业或属地主管部门验收批准后,有序复工。", []),
    ("由货主或企业负责人“手递手”全程陪同。", []),
    ("由我市疫情防控专用车辆闭环转运至指定宾馆。", []),
])
def test_agents_before_an_adverb_or_an_unlisted_verb(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # one unit per key the guide compares names by: with and without its prefix it is named once
    # (held-out 62 lp08, 27 kg02; was: twice)
    ("具体开放时间由行业主管部门另行通知。各行业主管部门要加强监督管理。", ["行业主管部门"]),
    ("各类企业不得提前复工。企业要依法保障职工合法权益。", ["各类企业"]),
    ("所有住宅小区全部实行封闭管理,每个住宅小区只留一个进出口。", ["所有住宅小区"]),
    # near miss: two units with one head stay two
    ("市公安局、区公安局要加强巡查。", ["市公安局", "区公安局"]),
])
def test_one_unit_per_key(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a sentence that only lists organisations is the subject of the next when that stops their business
    # with no subject of its own (held-out 53 lg08; was: none)
    ("全县的茶店、酒吧、网吧等文化体育场所。原定从4月1日20:00至4月9日8:00暂停营业。", ["茶店", "酒吧", "网吧"]),
    ("城区KTV、歌舞厅、棋牌室等娱乐场所。自即日起一律暂停营业。", ["城区KTV", "歌舞厅", "棋牌室"]),
    ("各类培训机构、托管机构。暂停线下经营,具体恢复时间另行通知。", ["各类培训机构", "托管机构"]),
    # … and a plan the clause states names no one (was: 原定)
    ("全县茶店、酒吧等场所,原定从4月1日起暂停营业。", ["茶店", "酒吧"]),
    ("原定从4月1日起暂停营业。", []),
    # near misses: a label over a stop, a list then a closure (acted upon), a list then people's duties
    ("加强重点场所管理。从4月1日起暂停营业。", []),
    ("茶店、酒吧等场所。继续关闭。", []),
    ("网吧、影院等场所。进入人员须扫码测温。", []),
])
def test_a_listed_subject_before_its_stop(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an exception runs from the clause that opens it with 除 to the one that closes it with 外, and may
    # open after the area it speaks of (held-out 57 lk04; was: the named places as units)
    ("主城区除甲街道金北、金南社区,乙街道海湖社区,丙街道光明路社区及丁街道铁西、铁东社区继续实行静态管理外,其余片区解除静态管理。", []),
    ("城区除超市、药店,农贸市场和医疗机构正常营业外,其他经营场所暂停营业。", ["经营场所"]),
    ("除超市、药店,农贸市场和医疗机构外,其他经营场所暂停营业。", ["经营场所"]),
    # near misses: 解除 holds 除 but opens no exception; an exception closed in its own clause
    ("解除管控后,各单位要恢复正常办公,做好防护。", ["各单位"]),
    ("全市除超市、药店正常营业以外,其他经营场所一律暂停营业。", ["经营场所"]),
])
def test_exceptions_over_several_clauses(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # bodies named with their staff and no 的 are told how they work when the predicate sets a way of
    # working (held-out 35 ko03 #5; was: none, people)
    ("党政机关、企事业单位工作人员继续实行居家办公。", ["党政机关", "企事业单位"]),
    ("机关事业单位干部职工实行居家办公。", ["机关事业单位"]),
    ("县直机关、事业单位工作人员实行弹性工作制。", ["县直机关", "事业单位"]),
    # near misses: the staff's own conduct, people of one body, a body named with 的 (as before)
    ("党政机关、企事业单位干部职工原则上在本地过年。", []),
    ("社区工作人员要上门服务。", []),
    ("党政机关、事业单位的工作人员均实行居家办公。", ["党政机关", "事业单位"]),
])
def test_bodies_setting_how_their_staff_work(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # where one goes is no organisation (held-out 49 lc04, 56 lj10, 60 ln06; was: the destination)
    ("到公共场所要配合开展测温、扫码等防控工作。", []),
    ("请第一时间戴好口罩到市卫生健康局指定的医疗机构规范就诊。", []),
    ("请广大市民按照通知的时段,到指定采样点开展核酸检测。", []),
    ("居民到指定医疗机构要配合登记。", []),
    # … and nor is a rule of conduct put as what people do not do (held-out 52 lf02; was: 中风险区人不出区)
    ("高风险区足不出户、上门服务,中风险区人不出区、错峰取物。", []),
    ("封控区人不出户、管控区人不出区。", []),
    # near misses: 到 that ends a result, an organisation told to act
    ("送货到家的超市要做好消毒。", ["送货到家的超市"]),
    ("各社区卫生服务中心要做好采样。", ["各社区卫生服务中心"]),
])
def test_destinations_are_no_units(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a relative clause on the last item of a list qualifies that item only (held-out 57 lk06 #5; was: the
    # whole list as one name)
    ("全市机关企事业单位、涉人群聚集的公共场所要加强管控。", ["机关企事业单位", "涉人群聚集的公共场所"]),
    ("各类企业、学校及提供住宿服务的宾馆要落实登记。", ["各类企业", "学校", "提供住宿服务的宾馆"]),
    # near misses: the items of 等 before the clause, what the head belongs to, a clause on one unit
    ("图书馆、文化馆等人员聚集的文化场所暂停开放。", ["图书馆", "文化馆"]),
    ("县城、各镇的国、省、县、乡、村道各交通卡口要严格查验。", []),
    ("提供公共服务的窗口单位要做好防护。", ["提供公共服务的窗口单位"]),
])
def test_a_clause_on_the_last_item_of_a_list(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # residential places by kind under a regime of control carry it out (ADJUDICATION Q18; was: none):
    # kinds the lexicon did not know, no marker before the regime, a risk area's regime
    ("镇内所有楼群、小区全部实施封闭管理,一切与疫情防控工作无关的车辆严禁出入。", ["所有楼群", "小区"]),
    ("划小管理网格,居民小区临时封闭管理。", ["居民小区"]),
    ("城区各院落、家属院一律封闭管理,只留一个出入口。", ["各院落", "家属院"]),
    ("涉疫小区全部按照封控区进行管控,小区内居民全部实行居家隔离。", ["涉疫小区"]),
    ("其它小区按照管控区进行管理,小区内居民非必要不出户。", ["小区"]),
    ("各住宅小区、自然村严格实行闭环管理。", ["各住宅小区", "自然村"]),
    # near misses: a named compound, a lift, people's own conduct, after 对, a named village sealed off
    ("岭岚·福仕园居民小区自2月6日零时起至2月20日零时实行全面封闭管理，连续14天内小区人员无发热。", []),
    ("远洋风景小区8号楼，于5月21日15时解除封控，人员继续按管控区管理4天。", []),
    ("其他小区按照管控区标准足不出单元。", []),
    ("对辖区内小区实施封闭管理。", []),
    ("某某社区、某某村继续实行封控管理。", []),
    # … and a label that heads the measure is no clause (its body names the compounds)
    ("小区提级管控。中风险区严格实行“足不出户，上门核酸”。", []),
])
def test_residential_places_under_a_regime(text, expected):
    assert names(text) == expected


# A measure's first sentence that opens with a list of things is no label over it: a hospital's departments it keeps
# open are the subject of their own opening (held-out 172 pv09, 218 rp03; was: none); a list a verb acts on stays none
# (57 lk04).
@pytest.mark.parametrize("text, expected", [
    ("医院发热门诊、急诊科、儿科门诊24小时开诊。其余各专科门诊工作时间:上午07:30—11:50。", ["医院发热门诊", "急诊科", "儿科门诊"]),
    ("急诊、发热门诊24小时开放。持48小时核酸检测阴性结果可直接就诊。", ["急诊", "发热门诊"]),
    ("解封区域逐批次恢复农贸市场、宾馆酒店等民生公共服务场所营业。有序恢复餐饮企业营业,严禁堂食。", []),
])
def test_a_list_opening_the_measure_is_no_label(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a body that only approves or records after 由 is not obliged (guide; was: the body)
    ("按照“谁主管、谁负责”原则,由单位或街道(乡镇)审批备案。", []),
    ("确需出市的,由所在单位审核同意后方可离开。", []),
    ("外出务工人员返岗,由用工企业核准后报备。", []),
    ("举办婚宴的,由村(社区)备案。", []),
    # near misses: agents that carry the task out stay units
    ("由公安机关依法处理。", ["公安机关"]),
    ("由各乡镇具体组织实施。", ["各乡镇"]),
    ("由县卫健局审核检测机构资质并负责督导。", []),
])
def test_bodies_that_only_approve(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the body a request goes to after 报 approves it, whatever verb or adverb follows (was: 报区疫情防控办, 报市指挥部;
    # held-out 99 na03 #1, 97 my04 #1), as 经X同意 and 由X审批 are
    ("确因特殊情况需离开的,由所在单位开具证明,报区疫情防控办履行相关审批手续。", ["所在单位"]),
    ("确需通行的,报市指挥部从严审批。", []),
    ("确需举办的,报县指挥部备案后方可举办。", []),
    # near misses: a newspaper's office opens with 报, and a body told to report stays obliged
    ("报社、电视台要加强宣传。", ["报社", "电视台"]),
    ("各乡镇要及时报县指挥部备案。", ["各乡镇"]),
])
def test_the_body_a_request_goes_to(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a hard wrap inside a sentence does not end it: the bodies after 向 still receive the report
    # (was: 社区, 学校, 单位…)
    ("报备方式：\n请以上人员通过微信小程序进行个人健康申报，并向所在\n社区（村、居）、学校、单位、工厂、企业等主动报备。", []),
    ("返乡人员要在抵达后第一时间向居住地所在的村委会\n或社区居委会、工作单位主动报告。", []),
    # 在 inside 所在 opens no condition (was: 确需返回的报所)
    ("确需返回的报所在单位和属地乡镇(村)、街道办事处(社区)备案后主动配合采取相应措施。", []),
    ("外出人员须报所在村(社区)登记后主动接受健康监测。", []),
    # near misses: a label line over its body, and a name that ends in 所 before a condition
    ("防控措施\n各乡镇要做好排查。", ["各乡镇"]),
    ("超市、农贸市场等场所在营业期间要严格落实扫码测温。", ["超市", "农贸市场"]),
])
def test_wrapped_lines_and_words_holding_a_marker(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the owners of a duty system are not given a responsibility (was: 乡镇(社区), 村屯)
    ("严格落实乡镇(社区)、村屯包保责任制,实行专人监管。", []),
    ("全面落实县领导包乡镇、乡镇干部包村责任制。", []),
    ("落实网格员、楼栋长责任制度。", []),
    # near misses: a responsibility put on units stays theirs
    ("落实乡镇党委政府、村两委等责任。", ["乡镇党委", "乡镇政府", "村两委"]),
    ("压实各乡镇属地责任,落实网格化管理制度。", ["各乡镇"]),
])
def test_owners_of_a_duty_system(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the territory named as within the prefecture, county… is the scope, no part of the name (was: 州内各类公园)
    ("州内各类公园严格控制人流。", ["各类公园"]),
    ("县内所有宾馆要查验健康码。", ["所有宾馆"]),
    ("区内各医疗机构要加强预检分诊。", ["各医疗机构"]),
    ("旗内各嘎查村要做好返乡人员排查。", ["各嘎查村"]),
    # near miss: with no prefix after it the phrase is left as it was; a place that is no territory
    # of the issuer before a prefix is the units' area (test_an_area_before_the_prefix_is_scope)
    ("州内公园严格控制人流。", ["州内公园"]),
    ("社区内各商户要佩戴口罩。", ["各商户"]),
])
def test_regional_prefixes_are_scope(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a span of time run into the subject is no part of its name, prefix or none (was: 采样期间社区(单位、场所); held-out
    # 105 ng02, ng03; 11 n07, n08 write 采样期间村居…)
    ("采样期间社区(单位、场所)实行封闭管理,采样结束后即解除封闭。", ["社区(单位、场所)"]),
    ("采样期间居民小区实行封闭管理。", ["居民小区"]),
    ("春节期间各单位要安排值班。", ["各单位"]),
    # near misses: a time that ends with 前 or 后 stays, with no prefix after it
    ("节后各单位要错峰上班。", ["各单位"]),
    ("售后服务中心要做好登记。", ["售后服务中心"]),
])
def test_a_span_of_time_before_a_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the city's central area before the units is their scope, as 全市 (was: 主城区酒店, 中心城区酒吧; held-out 94 mv08 #4,
    # 62 lp08 #1)
    ("主城区酒店、宾馆不举办大型宴会。", ["酒店", "宾馆"]),
    ("中心城区酒吧、网吧、KTV暂停营业。", ["酒吧", "网吧", "KTV"]),
    # near misses: 城区 alone names a service of its own, and a prefix after the area as before
    ("城区公交、出租车暂停运营。", ["城区公交", "出租车"]),
    ("主城区各餐饮单位暂停堂食。", ["各餐饮单位"]),
])
def test_the_central_area_is_scope(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb-like suffix that ends a name before a modal is the name's (was: 社会各类团体)
    ("全市各级党政机关、企事业单位、社会各类团体组织严禁举办各类节庆活动、年会。",
     ["各级党政机关", "企事业单位", "社会各类团体组织"]),
    ("各类社会组织须暂停线下活动。", ["各类社会组织"]),
    ("村级组织要落实网格化管理。", ["村级组织"]),
    # a count before the kind it counts names no unit, the kind does (was: none)
    ("自3月17日14时起,全市24个乡(镇)实行封闭管理,坚持非必要不离五常。", ["乡(镇)"]),
    ("全县十二个乡镇要做好返乡人员排查。", ["乡镇"]),
    ("共5个街道严格落实“四包一”责任。", ["街道"]),
    # near misses: 组织 as a verb; counted risk areas are no units
    ("各乡镇组织开展全员核酸检测。", ["各乡镇"]),
    ("3个中风险区实行封控管理。", []),
])
def test_names_before_their_predicate(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the issuer framing what others are told is not obliged by it (was: the issuer)
    ("建三江疫情指挥部按照国、省边境管控要求，从即刻起全体居民自觉不外出、不流动、不聚集。", []),
    ("县疫情防控指挥部根据省指挥部部署，自3月1日起全县居民非必要不离县。", []),
    ("市应对办依据《防控方案》规定，从今日12时起全市中小学生暂停返校。", []),
    ("区指挥部按照市里统一安排，自即日起外地来区人员一律集中隔离。", []),
    # near misses: the subject acts itself after the start, or a subject of its own is bound
    ("各乡镇按照县里部署，从今天起组织开展全员核酸检测。", ["各乡镇"]),
    ("各乡镇根据上级要求，自即日起各村(社区)要设立卡点。", ["各村(社区)"]),
])
def test_the_issuer_framing_an_order(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a body that puts places in a class of risk designates them, as the issuer does (held-out 135 ok02, ok06; 130 of09;
    # was: the body)
    ("经专家分析研判,甲区疫情防控指挥部根据《防控方案(第九版)》相关规定,自2022年11月17日8时起,将“甲区乙街道丙小区”"
     "划定为高风险区,执行“足不出户、上门服务”等管控措施。", []),
    ("区指挥部根据相关规定,自11月22日5时起,将“甲小区1栋,乙小区2栋”划定为高风险区。", []),
    ("区指挥部根据相关规定,自11月22日5时起将甲小区划定为高风险区。", []),
    ("自2022年1月14日起,甲高新区将乙街道、丙镇全域调整为防范区管理。", []),
    # near misses: 将 as what a body will do, and a body told to act after the frame
    ("区指挥部将派出工作组,对划为高风险区的小区开展巡查。", ["区指挥部"]),
    ("各乡镇根据县里部署,自即日起将辖区小区纳入网格管理。", ["各乡镇"]),
    ("各乡镇要将辖区内中风险区调整为低风险区的情况及时上报。", ["各乡镇"]),
])
def test_a_body_designating_places(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an exception with an aside after it is still an exception (was: 除大型超市, 农贸市场…)
    ("除大型超市、农贸市场、药店(禁止堂食)在落实疫情防控措施的情况下正常营业外(隔离点周边除外),其他经营性场所一律暂停营业。",
     ["经营性场所"]),
    ("除超市、药店正常营业外(城区除外),其他商铺一律停业。", ["商铺"]),
    ("除农贸市场外（含早市），各类市场一律暂停营业。", ["各类市场"]),
    # a venue closed by a date is acted upon as one closed at once (was: the venue)
    ("暂停营业的场所于1月4日18时前关闭到位。", []),
    ("上述场所于3月5日前全部关闭。", []),
    # near misses: stopping its own business after a date, and bodies after an exception
    ("各类娱乐场所自即日起暂停营业。", ["各类娱乐场所"]),
    ("除疫情防控部门外(含医疗机构),其他单位要居家办公。", ["单位"]),
])
def test_exceptions_with_an_aside_and_closings_by_a_date(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a copula says what a designated place is: a designation, no unit's name (was: the whole phrase, held-out 65)
    ("郢中城区指定的集中医学观察点为豪曼大酒店、旧口指定的集中医学观察点为金广大酒店,务必于1月25日前征用到位。", []),
    ("城区指定的隔离酒店为某某宾馆，务必于今日18时前准备到位。", []),
    ("甲镇设定的集中隔离点为乙镇中学,须于当晚启用。", []),
    ("各乡镇确定的临时采样点为各村卫生室、村委会，务必做到随时开放。", []),
    # near misses: the bodies told to designate, a body designated by another, 为 in 作为 and 以…为主
    ("洋梓镇、胡集镇要确定一家至少有20个房间的酒店备用。", ["洋梓镇", "胡集镇"]),
    ("政府指定的定点医院要做好收治准备。", ["政府指定的定点医院"]),
    ("学校作为人员密集场所，要严格落实晨午检。", ["学校"]),
    ("餐饮机构以外卖为主经营。", ["餐饮机构"]),
    # named places declared an area are the area (was: the villages, held-out 64), not a level told to act after it
    ("上党镇东方村、枫庄村仍为防范区;其余行政村解除管控措施。", []),
    ("河东街道石桥村、马岭村仍为防范区。", []),
    ("新华镇红星村、联合村均为管控区，严格实行“足不出户”。", []),
    ("各镇街要将甲村、乙村列为防范区。", ["各镇街"]),
    # what is taken into a scope is acted upon, as what is classed (was: 重点行业, 重点机构; held-out 104 nf05 #1.2, real b08)
    ("重点行业、重点机构、重点人群全部纳入此次区域核酸筛查范围。", []),
    ("创建成功的村(社区)、小区优先纳入解除临时静态管理的范围。", []),
    # near miss: the body told to take others in
    ("各乡镇要将返乡人员纳入网格化管理。", ["各乡镇"]),
])
def test_a_designation_names_a_place(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an operation held off (暂不/均不/一律不 + any operation verb) stops the venue's own business, as 暂不开放
    # does (ADJUDICATION Q13; was: none, held-out 57 and 71)
    ("早市夜市、农村集市及无法封闭管理的露天市场暂不复业。", ["早市夜市", "农村集市", "无法封闭管理的露天市场"]),
    ("其他市内公共交通和社会车辆均不运行、不流动。", ["市内公共交通"]),
    ("城区各农贸市场、早市一律不开市。", ["各农贸市场", "早市"]),
    ("洗浴中心、足疗店均暂不营业。", ["洗浴中心", "足疗店"]),
    ("县内长途客运、城乡公交暂时不发车。", ["长途客运", "城乡公交"]),
    # near misses: a bare 不 rules the venue shut (held-out 18 f04), people's own works are no business, and
    # vehicles at large are run by none (was: 车辆, held-out 59)
    ("农贸市场不开放,暂停赶集。", []),
    ("家庭装修暂不复工。", []),
    ("其他车辆一律暂停运行。", []),
    ("乡村客运车辆一律停止运行。", ["乡村客运车辆"]),
])
def test_operations_held_off(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a vehicle is its service's when a transport service's word stands anywhere before 车辆 (was: none, held-out 85
    # mm08's `客运班线车辆`, dropped by the non-unit 车辆 of vehicles at large)
    ("全县城乡公交车、客运班线车辆、出租车全部停运。", ["城乡公交车", "客运班线车辆", "出租车"]),
    ("客运班线车辆一律停运。", ["客运班线车辆"]),
    ("市际旅游包车车辆暂停运行。", ["市际旅游包车车辆"]),
    ("出租汽车经营车辆一律停运。", ["出租汽车经营车辆"]),
    ("各类营运车辆要每日消毒。", ["各类营运车辆"]),
    # near misses: vehicles at large are run by no business; nor those a 非 puts out of service (was: the listed
    # suffixes 营运车辆, 运营车辆 named them)
    ("社会车辆均不运行。", []),
    ("外地车辆一律劝返。", []),
    ("非营运车辆一律禁止上路。", []),
    ("非法运营车辆一律停运。", []),
])
def test_a_services_vehicles(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a closing that an operation stop follows, in one clause or the next, is a stop of the subject's own work (was:
    # none, held-out 77 me01, 78 mf10); the stop of what others do there leaves it closed (real b40, held-out 51)
    ("市区所有公交车、道路客运班线车、旅游包车、渡口渡船暂时关闭停运。", ["所有公交车", "道路客运班线车", "旅游包车", "渡口渡船"]),
    ("所有集贸市场、农贸市场等集中交易场所全部关闭,暂停营业。", ["所有集贸市场", "农贸市场"]),
    ("全镇所有网吧、歌舞厅一律关闭停业。", ["所有网吧", "歌舞厅"]),
    ("城区浴池、足疗店即日起关闭，并停止营业。", ["城区浴池", "足疗店"]),
    # a closing after a modal verb and adverbs that ends the clause closes the subject (was: the venues, held-out 83
    # mk04)
    ("棋牌室、影剧院等有关室内公共场所必须坚决关闭到位。", []),
    ("各类网吧、酒吧须立即关闭。", []),
    # near misses: closed only, a stop of others' activities, and a closing with an object (the subject acts)
    ("图书馆、博物馆暂时关闭。", []),
    ("宗教活动场所暂时关闭,暂停一切宗教活动。", []),
    ("各乡镇要关闭辖区内农贸市场。", ["各乡镇"]),
])
def test_a_closing_and_a_stop(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a county-level place named alone acts through its government when no regime is put on it and nothing done is
    # reported (was: none, held-out 40, 41, 77, 80, 83)
    ("3月14日,湾沚区开展区域核酸检测;", ["湾沚区"]),
    ("茂南区将视情况有序组织开展全员核酸检测工作。", ["茂南区"]),
    ("临江县暂停各类培训、展会等聚集性活动。", ["临江县"]),
    ("东川区将对于私自外出的行为进行严肃处理。", ["东川区"]),
    # near misses: a regime put on it (or lifted), a report, a township or village, a zone, the issuer itself
    ("平安县继续实施全域静态管理。", []),
    ("汉江区全面恢复常态化疫情防控。", []),
    ("石门县成立了疫情防控指挥部。", []),
    ("坦洲镇十四村继续开展核酸检测。", []),
    ("协防区实行全员核酸检测。", []),
    ("我区将于3月5日开展全员核酸检测。", []),
])
def test_a_county_named_alone_acting(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # named places whose predicate takes a regime of control (采取…管控措施) are the areas it covers, and so are those
    # a bracket after them details (was: the places, held-out 79 mg04, 85 mm02)
    ("柴桥街道、霞浦街道和大榭街道采取“只进不出、错峰取物”等管控措施,实施核酸检测;", []),
    ("东湖镇、西山镇采取封闭管控措施。", []),
    ("辖区内三圣街道(幸福社区、红砂社区)继续实施管控,相应措施延期至9月4日18时。", []),
    ("青龙镇（金桥村、石门村）继续实行封控管理。", []),
    # near misses: a bracket of level words qualifies the name, and places told to act are bodies
    ("其余个县（市、区）均为低风险地区，要加快复工复产。", ["个县（市、区）"]),
    ("东湖镇、西山镇要采取封闭管控措施。", ["东湖镇", "西山镇"]),
])
def test_named_places_taking_a_regime_or_detailed(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun of the venues' own operation between them and their predicate (接待人数, 堂食, 餐饮…): the venues are the
    # subject; and a limit or offer put as what they do not do (不超过, 不能超过, 不提供) (was: none, held-out 77 me05,
    # 78 mf06, 79 mg03)
    ("网吧、电影院、棋牌室等密闭场所接待人数不超过核定人数的75%。", ["网吧", "电影院", "棋牌室"]),
    ("影剧院接待人数不能超过最大承载量的30%,餐饮行业不提供堂食。", ["影剧院", "餐饮行业"]),
    ("饭店、餐馆堂食要合理控制人数、隔位就座。", ["饭店", "餐馆"]),
    ("各景区客流量不得超过最大承载量的50%。", ["各景区"]),
    ("城区宾馆餐饮只提供住宿、自助餐服务。", ["城区宾馆"]),
    # … and how many visitors or entrants it takes in (was: none, held-out 38 kr01, 92 mt03, 97 my07)
    ("旅游景区接待游客量不超过最大承载量的50%。", ["旅游景区"]),
    ("所有旅游景区景点游客数量不能超过最大承载量的75%;", ["所有旅游景区景点"]),
    ("餐饮场所进入人数不超过最大承载量的50%,不得承办50人以上集体性聚餐。", ["餐饮场所"]),
    ("各博物馆游客量不得超过核定人数的75%。", ["各博物馆"]),
    # near misses: the noun listed as an item of its own, people's numbers, and a 不 inside a modifier
    ("全县饭店、餐饮取消堂食。", ["饭店", "餐饮"]),
    ("聚餐人数不超过10人。", []),
    ("疫情防控是一场不能懈怠的赛跑。", []),
])
def test_a_venues_operation_before_its_predicate(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the rest of the adverbs a predicate opens with: 临时 (as 暂时), 自觉, 带头 (was: none, held-out 81 mi02, 83 mk01,
    # 85 mm07; and 临时 leading an item makes it what the verb acts on, was: the item, held-out 77 me09)
    ("所有出县班车(市际、毗邻县际班车)临时停运,恢复运营时间另行通知。", ["所有出县班车(市际、毗邻县际班车)"]),
    ("请广大市民、市场经营主体和党政企事业单位自觉遵守各项疫情防控规定。", ["市场经营主体", "党政企事业单位"]),
    ("茂南区各级党政机关、企事业单位等带头落实非必要不离开的要求。", ["各级党政机关", "企事业单位"]),
    ("城区各农贸市场临时休市。", ["各农贸市场"]),
    ("临时管制G56高速城北出入口。", []),
    # near misses: 临时 qualifying a regime or its area, and inside a name
    ("解除龙水湖便民杂货铺，会友烧烤店临时管控措施。", []),
    ("各临时采样点要做好消毒。", ["各临时采样点"]),
])
def test_adverbs_of_time_and_manner_open_a_predicate(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the bodies, an exception of their people, then the rest of their staff told how to work: the bodies are the
    # subject (was: none, held-out 13 l10, 70 lx09)
    ("城区各党政机关、事业单位,除必需上班人员外,其他人员居家办公。", ["各党政机关", "事业单位"]),
    ("全市各级机关事业单位除承担疫情防控任务的人员外,其他人员一律居家办公。", ["各级机关事业单位"]),
    ("各企业、各商户，除值班人员外，其余员工实行轮岗。", ["各企业", "各商户"]),
    ("县直各部门，除应急值守人员外，干部职工一律线上办公。", ["县直各部门"]),
    # near misses: people alone, and people of the bodies who do something else than work
    ("市民居家办公。", []),
    ("各小区，除保供人员外，其他人员一律居家。", []),
])
def test_staff_of_the_bodies_before_told_how_to_work(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # landmarks bounding an area by a direction (以东, 以西, 以南, 以北) are places, no subject of 以 (was: the landmarks,
    # held-out 75 mc08, 43 kw07)
    ("新会大道以北,紫华园小区以东,东阳酒店以南,葵湖东路以西合围区域:调整为中风险区。", []),
    ("府前大街以北,陈家塔商住楼以南,神华中学以东区域;", []),
    ("人民医院以西、第一中学以北区域实行封控管理。", []),
    ("城关镇政府以南，火车站以东片区继续实施管控。", []),
    # near misses: 以 opening a manner after a subject, and other 以 words
    ("各乡镇以村为单位开展排查。", ["各乡镇"]),
    ("各单位以视频方式召开会议。", ["各单位"]),
    # … and an area's bounds after 东至, 西至, 南至, 北至 (was: the villages, held-out 104 nf10 #2; the compound after
    # the bounds, 36 kp07 #1)
    ("中心城区实行临时交通管制,东至宋碱村、张米脂沟村以242过境线为界,南至小石砭官庄桥。", []),
    ("对某街道东至蓟港铁路,西至冬旭路合围区域及某某小区实施“足不出小区”管理。", []),
    # near miss: a subject after the bounds' sentence
    ("东至某村,西至某桥。区域内各单位要严格落实封闭管理。", ["各单位"]),
])
def test_landmarks_bounding_an_area(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # posts set up, kept or removed are places, as posts under a regime are (ADJUDICATION Q14; was: the posts,
    # held-out 77 me02)
    ("中心城区范围现有内设交通卡口全部撤除,恢复正常交通秩序。", []),
    ("市域边界交通卡口继续保留、严格管控。", []),
    ("各高速路口检查站一律撤销。", []),
    ("城区各小区出入口临时增设测温点。", []),
    # near misses: posts told to act on people or vehicles stand for their staff
    ("各交通卡口要严格查验。", ["各交通卡口"]),
    ("全市各检查站均不得予以放行。", ["各检查站"]),
])
def test_posts_set_up_kept_or_removed(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause of units, a headless relative clause saying which of them (符合…条件的), then their predicate, which may
    # open with 可以 (was: none, held-out 79 mg04 #3)
    ("“四保”企业、重点物流企业和其他重点企业,符合封闭式管理条件的,可以闭环生产经营。", ["四保企业", "重点物流企业", "重点企业"]),
    ("各类商超、农贸市场，具备防控条件的，可以恢复营业。", ["各类商超", "农贸市场"]),
    ("建筑工地、生产企业，未落实防控措施的，一律停工整改。", ["建筑工地", "生产企业"]),
    ("各类培训机构，已完成消杀的，须报备后开课。", ["各类培训机构"]),
    # near misses: no units before the condition, and a relative clause with its head
    ("符合条件的，可以申请通行证。", []),
    ("各小区居民，确需外出的，须持证明。", []),
])
def test_a_condition_on_the_subject_before_its_predicate(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a preposition of circumstance puts what follows it out of subject position (was: 随着我市企业, held-out 85 mm09)
    ("目前,随着我市企业陆续复工,“三返”人员回流高峰到来。", []),
    ("随着各类学校陆续开学,人员流动增加。", []),
    ("鉴于部分企业尚未复工,物流运输压力较大。", []),
    ("基于各医疗机构的监测结果,风险总体可控。", []),
    # near misses: the subject of the next clause stays one, and a subject with no preposition before it
    ("鉴于各学校陆续开学,各学校要做好晨检。", ["各学校"]),
    ("各企业要陆续复工。", ["各企业"]),
])
def test_a_preposition_of_circumstance(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an agent verb inside a longer name after 由 (指挥 + 部办公室) is part of the name (was: 区级, held-out 77 me04)
    ("每日16时前,由区级指挥部办公室统一汇总报至市级指挥部办公室。", ["区级指挥部办公室"]),
    ("由县指挥部办公室负责协调。", ["县指挥部办公室"]),
    ("由镇指挥部综合组统一调度。", ["镇指挥部综合组"]),
    ("由县指挥部统一调配。", ["县指挥部"]),
    # near misses: the verb of an agent whose name ends before it
    ("由各乡镇具体组织实施。", ["各乡镇"]),
    ("由社区统一指挥调度。", ["社区"]),
])
def test_an_agent_verb_inside_a_longer_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a relational modifier that denies the relation (与…无关的) qualifies its head as 与…相关的 does (was: none after
    # a locative, held-out 80 mh04 #2)
    ("区域内与民生保障无关的企业全部暂停。", ["与民生保障无关的企业"]),
    ("辖区内与疫情防控无关的单位全部停工。", ["与疫情防控无关的单位"]),
    ("县域内与民生保障无关的门店全部暂停。", ["与民生保障无关的门店"]),
    ("区域内与居民生活无关的企业要全部停产。", ["与居民生活无关的企业"]),
    # near misses: the relation affirmed, and people so qualified
    ("区域内与民生保障相关的企业要正常运行。", ["与民生保障相关的企业"]),
    ("区域内与疫情有关的人员要报备。", []),
])
def test_a_relation_denied(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb of obeying inside a phrase (听从, 服从, 遵从, 遵守) makes it a clause: people obeying a body, no name (was:
    # the phrase, held-out 78 mf04)
    ("封控区内所有人员听从属地指挥部统一安排,定期上门进行核酸检测。", []),
    ("外来人员遵守村委会统一规定。", []),
    ("所有住户遵从小区物业统一安排。", []),
    ("所有返乡人员服从村委会统一调度。", []),
    # near misses: a body told to obey, and a body told to cooperate
    ("各单位要服从县指挥部统一调度。", ["各单位"]),
    ("物业公司、业委会要配合社区做好管控。", ["物业公司", "业委会"]),
    # … and a verb of helping (配合): people helping a body (was: 市民朋友积极配合街道 and 社区, 希望居民朋友配合相关部门;
    # held-out 102 nd01, nd05, 96 mx08)
    ("请上述区域内市民朋友积极配合街道、社区采取必要的核酸检测等疫情防控措施。", []),
    ("希望居民朋友配合相关部门落实各项疫情防控措施。", []),
    # near misses: the cooperating bodies by name, and a role list
    ("配合单位要做好人员排查。", ["配合单位"]),
    ("做好物资保障(县商务局牵头，县市场监管局配合)。", ["县商务局", "县市场监督管理局"]),
])
def test_people_obeying_a_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a conjunction of condition (一经, 一旦…) opens no operator's name before a stop order (was: 一经发现, held-out 78
    # mf03)
    ("对扫码、查验核酸证明落实不到位的,一经发现立即停业整顿并予以处罚。", []),
    ("对违规营业的,一旦查实一律停业整顿。", []),
    ("对未落实扫码的,一旦发现立即停业整顿。", []),
    ("对违规开门的,一经查实一律暂停营业。", []),
    # near misses: the businesses told to stop, and a condition with no name read before
    ("网吧、酒吧一律停业整顿。", ["网吧", "酒吧"]),
    ("如果发现违规,一律停业整顿。", []),
])
def test_a_condition_before_a_stop_order(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause of units, then an event's time (疫情解除前, 开学前) opening the next clause before its modal: the units wait
    # across it; and 不得 before an operation verb stops it, as 暂不 does (was: none, held-out 77 me02 #2)
    ("影剧院、棋牌室、游艺厅等,疫情解除前不得复工复产。", ["影剧院", "棋牌室", "游艺厅"]),
    ("网吧、KTV等娱乐场所,疫情结束前一律不得开业。", ["网吧", "KTV"]),
    ("各培训机构、托管机构，开学前须完成全面消杀。", ["各培训机构", "托管机构"]),
    ("人员聚集度高、场所相对密闭的影剧院、棋牌室、堂食类餐饮等,不得复工复产。", ["影剧院", "棋牌室", "堂食类餐饮"]),
    # near misses: a span of time (a count) is no event, people wait for nothing, and a bare 不 rules a venue shut
    ("每个村和社区只有一个出入口，24小时都会有专人值班。", []),
    ("居民朋友们，外出后要及时洗手。", []),
    ("农贸市场不开放。", []),
])
def test_an_events_time_between_subject_and_predicate(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the people or vehicles of the places listed before them, whatever follows (was: 小区, held-out 13)
    ("小区、村屯车辆必须凭通行证进出。", []),
    ("非本小区、村屯居民、车辆必须禁止进入。", []),
    ("各厂区、园区车辆一律凭证通行。", []),
    ("商场、超市从业人员、车辆须每日登记。", []),
    # near misses: leaders stand for their bodies, and bodies listed with anyone stay units
    ("各乡镇、各部门主要负责人要靠前指挥。", ["各乡镇", "各部门"]),
    ("各单位和个人要严格落实防控措施。", ["各单位"]),
])
def test_people_and_vehicles_of_the_places_listed(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause of units, then a clause that opens with an adverb of manner or speed: its subject (was: none,
    # held-out 63), and a venue closed after such an adverb is acted upon (was: 经营场所)
    ("经营场所全面关闭。商场、超市、沿街店铺及各类市场等经营性场所,全面停止营业。", ["商场", "超市", "沿街店铺", "各类市场"]),
    ("各包联单位、发改局、市场监管局等相关部门以及各乡镇、社区办,全面做好居民的基本生活物资供应配送保障。",
     ["各包联单位", "发改局", "市场监管局", "各乡镇", "社区办"]),
    ("县卫健局、县疾控中心，迅速开展流调溯源。", ["县卫健局", "县疾病预防控制中心"]),
    ("各乡镇、各村（社区），认真做好返乡人员排查。", ["各乡镇", "各村（社区）"]),
    ("临街门市、各类摊点，尽快恢复营业。", ["临街门市", "各类摊点"]),
    # near misses: after 对 the bodies are acted upon; a quoted name after words naming nothing is spoken of
    ("对各乡镇、各部门，全面开展督导检查。", []),
    ("全县各乡镇、小区要继续严格落实各项措施,高水平积极创建“无疫小区”“无疫社区”,坚决防止疫情反弹。", ["各乡镇", "小区"]),
    ("各村（社区）“两委”要加强值守。", ["各村（社区）两委"]),
])
def test_a_clause_of_units_before_an_adverb(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an item opening with an adverb or verb that opens predicates is what it acts on, no name (was: the phrase,
    # held-out 48, 64, 67)
    ("解除全县居民小区(自然村)封闭式管理,合理增加小区出入口,继续保留疫情防控和外出务工服务点。", []),
    ("暂缓恢复城际公交、市内和城乡公交班车运营。", []),
    ("暂时禁止任何单位举办聚集性活动。", []),
    ("积极引导商户错峰经营。", []),
    ("统一组织各单位开展消杀。", []),
    # … and a removing verb before a place (was: the checkpoints, with the subject after them)
    ("撤销区内各乡镇村组疫情防控检查点,乡镇和村要落实包保责任。", ["乡镇", "村"]),
    # 必需 is an adjective, no modal (was: none); staffed posts and crossings by the rest of their names (Q14)
    ("协防区实行全员核酸检测,非必需场所暂停聚集性活动。", ["非必需场所"]),
    ("各类非必需经营场所一律暂停营业。", ["各类非必需经营场所"]),
    ("各交通路口要严格查验。", ["各交通路口"]),
    ("城区各检查站、查验点要严格落实“逢车必查”。", ["各检查站", "查验点"]),
    # near misses: names that open with such a word, and a task group
    ("统一战线工作部要做好宗教场所管理。", ["统一战线工作部"]),
    ("联合检查组要加强巡查。", ["联合检查组"]),
])
def test_items_led_by_a_predicate_word(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a named place alone, told by a modal what it must do, is its government (was: none, held-out 71)
    ("调整后,疏附县要坚持科学防控、精准防控。", ["疏附县"]),
    ("甲县须于3日内完成全员核酸检测。", ["甲县"]),
    ("调整后，石桥镇必须严格落实“四方责任”。", ["石桥镇"]),
    ("我区要严格落实各项防控措施。", ["我区"]),
    # near misses: a named place under a regime is the area, and a village whose name holds 要 is lifted
    ("博平镇实施全域静态管理。", []),
    ("解除建国镇要庄、南王村管控措施。", []),
    ("解除临时管控的乡镇要继续落实常态化防控。", ["解除临时管控的乡镇"]),
])
def test_a_named_place_told_to_act(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the compound or building where someone is names one place, no kind of them (was: the phrase, held-out 55, 73)
    ("上述楼栋单独物理隔离,实行“人不出户”。其所在小区实行“人不出区,错峰取物”,原则上居家。", []),
    ("白仓社区利民路京店主电白仓店所在楼栋持续三个门面", []),
    ("确诊病例所在楼栋实行封闭管理。", []),
    ("密接者所在小区一律实行封闭管理。", []),
    # near misses: the community where one lives is a body; compounds by kind under a regime are units (Q18)
    ("所在社区要加强动态管控。", ["所在社区"]),
    ("各住宅小区、自然村严格实行闭环管理。", ["各住宅小区", "自然村"]),
])
def test_the_place_where_one_is(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the people of places listed each with its prefix (was: the first place, held-out 67)
    ("全镇各村、各社区所有居民一律不许流动,全部居家隔离。", []),
    ("各小区、各单位全体人员须完成核酸检测。", []),
    # a relative clause on what the head supplies qualifies it (was: none, held-out 50)
    ("负责疫情防控物资和生活物资保供的商超、市场、药店要合理安排营业时间。", ["商超", "市场", "药店"]),
    ("承担生活物资配送的企业要落实闭环管理。", ["承担生活物资配送的企业"]),
    # near misses: leaders stand for their bodies; the people of bodies listed without prefixes
    ("各乡镇、各部门主要负责人要靠前指挥。", ["各乡镇", "各部门"]),
    ("商场、超市从业人员要每日健康监测。", []),
])
def test_people_of_places_and_what_a_head_supplies(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a list that goes on after the head its examples share (was: the last item lost, held-out 53)
    ("区内旅游景区和棋牌室、网吧、培训机构等有关室内公共场所、宗教活动场所,在严格落实限流措施前提下恢复开放。",
     ["旅游景区", "棋牌室", "网吧", "培训机构", "宗教活动场所"]),
    ("卫生健康、公安等部门、各乡镇要加强联动。", ["卫生健康部门", "公安部门", "各乡镇"]),
    ("超市、药店等保供场所、各类农贸市场要严格落实扫码测温。", ["超市", "药店", "各类农贸市场"]),
    ("影院、网吧等娱乐场所、健身房一律暂停营业。", ["影院", "网吧", "健身房"]),
    # near misses: two heads the examples share (as before: the pair stays the head), and a list with one head
    ("公安、市场监管等部门和单位要加强巡查。", ["公安部门", "市场监管部门"]),
    ("公安、市场监管等部门、单位要加强巡查。", ["公安部门、单位", "市场监管部门、单位"]),
    ("卫生健康、公安等部门要加强联动。", ["卫生健康部门", "公安部门"]),
])
def test_a_list_going_on_after_its_head(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a body's approval between a subject and its predicate is a condition, no part of the name (was: the
    # subject named with the approving body, held-out 67)
    ("各类商场超市经行业主管部门验收合格后有序复工复业。", ["各类商场超市"]),
    ("校外培训机构经教育部门审核同意后有序恢复线下培训。", ["校外培训机构"]),
    ("建筑工地经住建部门检查合格后恢复施工。", ["建筑工地"]),
    ("宾馆、酒店经属地乡镇审批后恢复营业。", ["宾馆", "酒店"]),
    # near misses: names that open with 经 (经营, 经信) stay names
    ("经营场所要严格落实扫码测温。", ["经营场所"]),
    ("各企业经信部门要加强指导。", ["各企业经信部门"]),
])
def test_an_approval_before_the_predicate(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a body that approves and then acts (经X审核同意并…) is obliged by what it does (was: none, held-out 66)
    ("对因就医等特殊情况确需外出的,须经社区审核同意并协调安排专人专车,全程做好个人防护。", ["社区"]),
    ("确需外出的,须经村(社区)审核同意并协调安排专人专车,落实闭环管理;", ["村(社区)"]),
    ("确需离开的,须经所在单位同意并出具证明。", ["所在单位"]),
    ("确需返岗的,须经用工企业审批同意并安排专车接送。", ["用工企业"]),
    # near misses: approving alone, or approving and then reporting, obliges none (guide)
    ("确需出市的,须经社区审核同意后方可离开。", []),
    ("确需举办的,须经乡镇批准并报县指挥部备案。", []),
])
def test_a_body_that_approves_and_acts(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a permission (可) a condition opens, in the clause after the subject's or its own, is the subject's
    # (was: none, held-out 96 mx06; 可以 and the condition-less form already were)
    ("党政机关、企事业单位等公共服务部门以及商超、农贸市场、药店等民生保障行业,在落实常态化防控措施后可复工复产。",
     ["党政机关", "企事业单位", "商超", "农贸市场", "药店"]),
    ("各类商场、超市,在严格落实限流措施的前提下可恢复营业。", ["各类商场", "超市"]),
    ("影剧院、网吧,经属地审核同意后,可有序开放。", ["影剧院", "网吧"]),
    ("各景区,在做好预约的基础上可开放室外区域。", ["各景区"]),
    # near misses: a permission given to people, and one with no subject before it
    ("居民,在做好个人防护的前提下可外出购物。", []),
    ("在做好防控的前提下,可开放室外活动。", []),
])
def test_a_permission_after_a_condition(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # `任何` before a kind of body names every one of that kind, a unit; before a bare generic word (单位, 企业) it is
    # anyone, the public (was: none, held-out 89 mq05, 90 mr07)
    ("禁止任何餐饮单位和个人举办任何形式的群体性聚餐活动。", ["任何餐饮单位"]),
    ("严禁任何培训机构组织线下培训。", ["任何培训机构"]),
    ("一切娱乐场所暂停营业。", ["一切娱乐场所"]),
    # near misses: anyone at all
    ("严禁任何单位和个人举办聚集性活动。", []),
    ("暂时禁止任何单位(企业)或个人承办、自办集体宴席。", []),
    ("任何单位、任何个人不得隐瞒。", []),
])
def test_any_body_of_a_kind(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # 辖内 is a place's area as 辖区内 is (was: the place in the name, held-out 94 mv02, real b29)
    ("大石街辖内各级各类学校及幼儿园暂停返校及线下教学。", ["各级各类学校", "幼儿园"]),
    ("本区辖内所有经营性商场暂停营业。", ["所有经营性商场"]),
    ("石壁街辖内所有餐饮服务单位暂停堂食。", ["所有餐饮服务单位"]),
    # near misses: the area alone, and 辖区内 as before
    ("辖内各村要加强巡查。", ["各村"]),
    ("大石街辖区内各级各类学校暂停线下教学。", ["各级各类学校"]),
])
def test_an_area_within_a_place(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # 在营 (in service) is a word, no 在 opening a predicate (was: none, held-out 95 mw02), as 在岗, 在校 are
    ("在营的所有公路客运、城市公交、出租汽车要严格落实佩戴口罩。", ["所有公路客运", "城市公交", "出租汽车"]),
    ("在营的出租车要每日消毒。", ["在营的出租车"]),
    # near miss: 在 as a preposition
    ("在营业期间,各超市要严格落实测温扫码。", ["各超市"]),
])
def test_a_word_opening_with_zai(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a condition that lists the practices it asks for runs past 32 characters (`在落实好进入人员戴口罩、测体温、…等防控措施前提下`,
    # 34): the subject still waits across it (was: none, held-out 95 mw08; grow3 m05 writes one of 37)
    ("生活超市、餐饮店、水果店等生活必需场所在落实好进入人员戴口罩、测体温、扫场所码、查健康码、查行程卡等防控措施前提下,有序恢复正常营业。",
     ["生活超市", "餐饮店", "水果店"]),
    ("各类商场、超市在严格落实从业人员健康监测、环境评估、垃圾处理、通风消毒等疫情防控措施前提下,有序恢复营业。", ["各类商场", "超市"]),
    ("宾馆、酒店,在落实好进入人员戴口罩、测体温、扫场所码、查健康码、查行程卡等防控措施的前提下,可恢复营业。", ["宾馆", "酒店"]),
    # near misses: a short condition as before, and people after one
    ("各类商场在做好防控的前提下有序恢复营业。", ["各类商场"]),
    ("居民在落实好戴口罩、测体温、扫场所码、查健康码、查行程卡、保持社交距离等防控措施前提下,可有序出行。", []),
])
def test_a_long_condition_before_the_predicate(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause of units, a comma, then a directive verb of regime or persistence (was: none, held-out 104 nf04 #4 and
    # 108 nj06 #2), as with 严格 or 全面 after the comma
    ("市域内所有在建项目工地,实行封闭管理,闭环运行。", ["所有在建项目工地"]),
    ("各类企业、商超等经营场所,实施预约限流。", ["各类企业", "商超"]),
    ("宾馆(民宿)、餐馆、超市以及养老院和宗教等公共场所,坚持管理责任到人,严格落实防疫措施。",
     ["宾馆(民宿)", "餐馆", "超市", "养老院", "宗教公共场所"]),
    # near misses: people before the comma, and the places an area covers after its label anywhere in the sentence
    ("居家隔离人员,实行健康监测。", []),
    ("经专家组研判,阳曲县新增1个高风险区:某某产业园,从即日起实行分类管理。", []),
    ("高风险区:某某小区,实行封控管理。", []),
    # … and named places before the regime, the areas it is put on (a mojibake clause ending in 险区: held-out 107 ni08)
    ("富康村、新华村,实行封闭管理。", []),
    ("高新区其他区域？yàn)榈惋L(fēng)险区，实行“个人防护、避免聚集”等防范措施。", []),
])
def test_a_clause_of_units_before_a_regime(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a measure that is only a list, perhaps under its heading, cut inside its last item: the whole items, as a list
    # cut after its 、 (was: none; held-out 43 kw10 #9, 104 nf10 #5)
    ("歌舞娱乐场所、游戏厅、网吧、足疗店、洗浴场所、室内", ["歌舞娱乐场所", "游戏厅", "网吧", "足疗店", "洗浴场所"]),
    ("场所管控。演练区域内各中小学校、幼儿园和托幼机", ["各中小学校", "幼儿园"]),
    ("重点场所。全县影剧院、KTV、网吧、线下教育培训机构等非涉及群", ["影剧院", "KTV", "网吧", "线下教育培训机构"]),
    ("加强重点场所管控\n全县酒吧、歌舞厅(KTV)、洗浴场所、网吧、剧本杀", ["酒吧", "歌舞厅(KTV)", "洗浴场所", "网吧"]),
    # near misses: one item before the cut, a list after sentences of its own, a list cut with no 、 in its last
    # clause, and a whole list with its predicate
    ("加强重点场所防控。海拉尔区机场、火车", []),
    ("加强重点场所管理。酒吧、KTV、电影院、歌舞厅、密室逃脱、剧本杀", []),
    ("严格落实戴口罩等措施,餐厅继续暂停堂食。全县影院、KTV、网吧等重点公共场所和宗教活", ["餐厅"]),
    ("文化馆、美术馆等室内文化场所,各类洗浴场", []),
    ("农贸市场、超市正常营业", ["农贸市场", "超市"]),
])
def test_a_list_cut_inside_its_last_item(text, expected):
    assert names(text) == expected


# The target of a sanction, named by what it did, is not obliged by it (held-out 115 nq05, 33 km06); a body
# with no relative clause that imposes the sanction is (`公安机关将依法追究…`).
@pytest.mark.parametrize("text, expected", [
    ("如有编造、散布涉疫谣言，拒不配合的单位和个人，将作法追究责任。", []),
    ("对举办或承办集体聚餐、参与聚众活动(含民俗活动)的单位和个人,将严肃处理。", []),
    ("参与聚众活动的单位将依法严肃查处。", []),
    # near misses: the body that imposes it, a unit with no relative clause, a relative clause before no sanction
    ("扰乱秩序的，公安机关将依法追究刑事责任。", ["公安机关"]),
    ("各单位，将依法追究责任。", ["各单位"]),
    ("违规营业的商场将暂停营业。", ["违规营业的商场"]),
])
def test_the_target_of_a_sanction_is_no_unit(text, expected):
    assert names(text) == expected


# A consequence drawn from the sentence before opens the clause, not the name (held-out 123 ny04, ny05);
# the sampling posts of a testing round are staffed posts (ny03, ny04, ny05), as 采样点 are.
@pytest.mark.parametrize("text, expected", [
    ("此次区域核酸筛查中小学为入校后集中采样，因此各单位要对学生群体出入小区及时予以放行。", ["各单位"]),
    ("采样完成人员,由各核酸筛查点位发放标识贴纸。", ["各核酸筛查点位"]),
    # near misses: a post people go to, and a post in a schedule's label
    ("请到就近点位单人单管采样。", []),
    ("学生由家长陪同在各学校点位进行核酸采样。", []),
])
def test_consequence_openers_and_sampling_posts(text, expected):
    assert names(text) == expected


# A contrast or a consequence put on the clause before opens the clause, not the name (held-out 85 mm06; 41 ku01, ku02;
# was: 但出租车, 则…).
@pytest.mark.parametrize("text, expected", [
    ("出租车、农村班车暂不停运,但出租车、农班车必须定期消毒。", ["出租车", "农村班车", "农班车"]),
    ("如遇暴雨天气,则各施工单位要立即停工。", ["各施工单位"]),
    ("但是各单位要做好值守。", ["各单位"]),
])
def test_contrast_openers(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 农村 listed beside a body names the village bodies, as 社区 the community's (held-out 141 oq01, 46 kz08; was: none)
    ("各农村、社区、小区原则上只进不出。", ["各农村", "社区", "小区"]),
    ("农村、社区继续保留一个出入口。", ["农村", "社区"]),
    # near misses: alone or beside a place it is a place (real a20)
    ("全县农村以村为单元、城区以小区为单元全部实行闭环管理。", []),
    ("农村、城区全部实行闭环管理。", []),
])
def test_a_place_listed_beside_bodies(text, expected):
    assert names(text) == expected


def test_a_shared_head_loses_its_modifier_各种():
    # (held-out 135 ok04; was: 文化娱乐种生产经营场所, 各 of 各种 taken alone)
    assert names("全县所有商超、门店、农贸市场、文化娱乐等各种生产经营场所一律停业。") == [
        "所有商超", "门店", "农贸市场", "文化娱乐生产经营场所"]


# Venues kept open are the exception to the stop after them, and the bare rest (`其它一概…`) is named by the head of
# their list (held-out 120 nv01, nv02; was: 菜市场, 商超, 药店 and 一概 as units).
@pytest.mark.parametrize("text, expected", [
    ("区域内保留与民计民生、保医保供相关的菜市场、商超、药店等经营场所，其它一概暂时停止营业。", ["经营场所"]),
    ("只保留与民计民生相关的菜市场、商超、药店等经营场所，其它一概暂时停止营业。", ["经营场所"]),
    # near misses: 一概 as 一律 after a named subject, and a run of venues told to stop
    ("超市一概暂停营业。", ["超市"]),
    ("经营中餐的酒店、餐馆，各类影剧院、茶楼等，必须暂停营业。", ["酒店", "餐馆", "各类影剧院", "茶楼"]),
])
def test_venues_kept_open_and_the_rest(text, expected):
    assert names(text) == expected


# The street front a testing round covers is no body (held-out 11 n07, n08, 125 oa07); a unit taken one by one
# (每个) after a longer name it ends is that unit again (22 kb05, 59 lm04).
@pytest.mark.parametrize("text, expected", [
    ("社区、楼宇、园区、街面、各类场所等做到应检尽检，不落一户，不漏一人。", ["社区", "楼宇", "园区", "各类场所"]),
    ("所有城区小区一律实行封闭管理，每个小区原则上保留1个进出口。", ["所有城区小区"]),
    ("各居民小区严格实行封闭管理，每个小区只保留一个出入口，其他各口一律关闭。", ["各居民小区"]),
    # near misses: a unit named only one by one, and one named again whole
    ("每个村(居)原则上只保留一个出入口，24小时值守。", ["村(居)"]),
    ("所有住宅小区、平房住宅区全部实行封闭管理，每个住宅小区、平房住宅区只留一个进出口。", ["所有住宅小区", "平房住宅区"]),
])
def test_street_front_and_each_unit_again(text, expected):
    assert names(text) == expected


# People, then a verb or an exception, then a body: the body is what the people act on or heed, no unit
# (held-out 126 ob06, 129 oe08, 130 of08).
@pytest.mark.parametrize("text, expected", [
    ("居民除按属地街道统一组织参加例行核酸检测和收取、购买必要生活物资外，要做到足不出户。", []),
    ("请辖区居民密切关注西宁市湟中区疫情防控处置工作指挥部在权威媒体公布的核酸检测点位。", []),
    # near misses: a body named after people, and a place of crowds
    ("居民委员会要做好登记。", ["居民委员会"]),
    ("人员密集场所要做好消毒。", ["人员密集场所"]),
])
def test_people_acting_on_a_body(text, expected):
    assert names(text) == expected


# 地区 after a prefix names the governments of those areas, as 各地 does (held-out 144 ot10, 52 lf07, 35 ko10; was:
# none); bare or qualified it stays an area.
@pytest.mark.parametrize("text, expected", [
    ("各地区要严格落实属地责任。", ["各地区"]),
    ("各地区、各行业主管部门不得设置复工复产前置约束条件。", ["各地区", "各行业主管部门"]),
    ("请相关地区根据防控方案进行排查管控。", ["相关地区"]),
    # near misses: an area by its risk, or qualified by a clause
    ("中高风险地区实行封控管理。", []),
    ("实行临时管控的地区按有关规定管理和筛查。", []),
])
def test_areas_named_after_a_prefix(text, expected):
    assert names(text) == expected


# A body's offices (`教务处`, `学生处`) are units (held-out 127 oc06, 150 oz09, 152 pb08; was: none, and the lists
# they head lost); 处 that says where (`此处`, `出入口处`) or opens a verb (`处于`, `处理`, `处罚`) names none.
@pytest.mark.parametrize("text, expected", [
    ("学生处、各学院、中专部及时通知学生关注学校官网。", ["学生处", "各学院", "中专部"]),
    ("后勤处要加强校内食堂、宿舍的全面消毒。", ["后勤处"]),
    ("校医院要配备测温仪等防疫设备，由招标中心和国资处配合完成。", ["校医院", "招标中心", "国资处"]),
    # near misses
    ("出入口处要设置测温点。", []),
    ("当前我县疫情防控仍处在静默管理期，请大家继续按照相关要求。", []),
    ("对于不按要求执行的场所，由行业主管部门严肃处理。", ["行业主管部门"]),
    ("违反规定的，依法给予行政处罚。", []),
])
def test_offices_of_a_body(text, expected):
    assert names(text) == expected


# Religious associations by their short names, asked to act after 请 (held-out 156 pf06, pf07; was: none).
@pytest.mark.parametrize("text, expected", [
    ("请各地伊协在属地疫情防控部门的指导下，严格执行属地疫情防控规定要求。", ["各地伊协"]),
    ("各地佛协要加强对寺院的管理。", ["各地佛协"]),
    # near miss: the association that only agrees, in a decision's frame
    ("经省伊协教务指导委员会协商决定，今年斋月的开斋捐每人不少于15元。", []),
])
def test_religious_associations_by_short_name(text, expected):
    assert names(text) == expected


# Leaving or entering a place (`离区`, `入馆`) before a requirement is the act, no body (held-out 153 pc01, 156 pf03;
# was: 离区, 入馆 as units).
@pytest.mark.parametrize("text, expected", [
    ("区域内人员非必要不离开本区域，离区需持有48小时内核酸阴性证明。", []),
    ("入馆须配合工作人员查验健康码。", []),
    # near misses: a body with a longer name, and a place's own kind
    ("出租车须严格消毒。", ["出租车"]),
    ("各校区严格校门管控。", ["各校区"]),
])
def test_leaving_or_entering_a_place(text, expected):
    assert names(text) == expected


# An area named by what is done in it, without 内, opening the clause before the units (`管控区域…`, held-out 98 mz01,
# 156 pf01; was: none), as `管控乡镇内…` does.
@pytest.mark.parametrize("text, expected", [
    ("管控区域学校、幼儿园、教培机构暂停线下教学。", ["学校", "幼儿园", "教培机构"]),
    ("管控区域所有学校和教学机构暂停线下教育教学。", ["所有学校", "教学机构"]),
    ("管控区域各道路卡口严格落实疫情防控查验要求。", ["各道路卡口"]),
    # near misses: a name that opens with the area word, an area with its 内, and one before a 的-clause (as before)
    ("区域医疗中心要做好救治准备。", ["区域医疗中心"]),
    ("淮阳区域内各类门诊部、诊所即日起全面停诊。", ["各类门诊部", "诊所"]),
    ("辖区内除府青路街道以外其他区域的小区院落实施封闭式管理。", []),
])
def test_an_area_named_by_its_regime_before_the_units(text, expected):
    assert names(text) == expected


# ---------------------------------------------------------------- aliases

ALIASES = [
    # short and full forms of one body share a canonical name
    (("市卫生健康委", "重庆"), ("重庆市卫生健康委员会", None)),
    (("市卫健委", None), ("市卫生健康委", None)),
    (("市委政法委", "重庆市"), ("中共重庆市委政法委员会", None)),
    (("市委政法委", "重庆"), ("重庆市委政法委员会", None)),  # 中共 may be left out
    (("市疾控中心", "成都"), ("成都市疾病预防控制中心", None)),
    (("省卫生健康委", None), ("省卫生健康委员会", None)),
    # a city-specific body is known by its short form only in that city
    (("市口岸物流办", "重庆"), ("重庆市人民政府口岸和物流办公室", None)),
]


@pytest.mark.parametrize("a, b", ALIASES)
def test_aliases_share_canonical_name(a, b):
    assert canonical_name(a[0], city=a[1]) == canonical_name(b[0], city=b[1])


KEEP_NAME = [
    "卫生健康部门",  # a description names no one body
    "各区县领导小组",  # unknown mentions keep the mention
    "公安机关",
    "市口岸物流办",  # city-specific, and no city given
]


@pytest.mark.parametrize("mention", KEEP_NAME)
def test_unknown_mentions_keep_their_name(mention):
    assert canonical_name(mention) == mention


def _alias_data():
    data = yaml.safe_load((Path(__file__).parents[1] / "extract" / "data" / "aliases.yml").read_text(encoding="utf-8"))
    for canonical, forms in data["bodies"].items():
        for form in forms:
            yield form, "重庆", canonical.replace("{place}", "重庆市")
            yield form.replace("市", "省", 1), "四川省", canonical.replace("{place}", "四川省")
    for city, bodies in data["cities"].items():
        for canonical, forms in bodies.items():
            for form in forms:
                yield form, city, canonical


@pytest.mark.parametrize("form, city, canonical", list(_alias_data()))
def test_every_alias_form_finds_its_body(form, city, canonical):
    # before any notice uses the form: its canonical name, and the name lists the form
    assert canonical_name(form, city=city) == canonical
    assert form in alias_forms(canonical)


def test_city_names_units_in_find_units():
    units = find_units("(责任单位:市卫生健康委)", city="重庆")
    assert [(u.mention, u.name) for u in units] == [("市卫生健康委", "重庆市卫生健康委员会")]


# ---------------------------------------------------------------- gold measures

def gold_measures():
    for path in sorted(GOLD_DIR.glob("00[0-3]_*.json")):
        for m in json.loads(path.read_text(encoding="utf-8"))["measures"]:
            yield path.name, m


def test_gold_units_f1():
    score = score_finder(GOLD_DIR, "units", lambda text, doc: find_units(text))
    assert score["f1"] >= 0.95, score


def test_gold_offsets():
    for source, m in gold_measures():
        for u in find_units(m["text"]):
            assert m["text"][u.start:u.end] == u.mention, (source, m["path"], u)


# The issuer calling itself by its kind (`我院`, or a name ending `…医院`): the bare kind word alone is the issuer
# naming itself, no unit (held-out 123 ny06, 143 os10, 148 ox07); named or listed, it is one.
SPEAKER = [
    ("医院执行“非急诊全面预约及分时段诊疗”工作制度。", frozenset({"院"}), []),
    ("2022年3月16日起,医院暂停门急诊、发热门诊医疗服务。", frozenset({"医院"}), []),
    ("学院将对进入校门学生进行体温测量。", frozenset({"部", "院"}), []),
    # (was: the same with no speaker)
    ("学院将对进入校门学生进行体温测量。", frozenset(), ["学院"]),
    # … a kind word with a name, a prefix, or in a list is another body
    ("各学院要对留校学生实施管理。", frozenset({"院"}), ["各学院"]),
    ("学校、医院暂停探视。", frozenset({"院"}), ["学校", "医院"]),
    ("医院和药店正常营业。", frozenset({"院"}), ["医院", "药店"]),
    # … and a kind word the issuer is not
    ("学校实行封闭管理。", frozenset({"院"}), ["学校"]),
]


@pytest.mark.parametrize("text, speaker, expected", SPEAKER)
def test_the_issuer_named_by_its_kind_is_no_unit(text, speaker, expected):
    assert [u.name for u in find_units(text, speaker=speaker)] == expected


def test_speaker_heads_from_self_reference_and_issuer_name():
    assert speaker_heads("来我院就诊请预约。") == frozenset({"院"})
    assert speaker_heads("医院暂停门诊。", "北大荒集团总医院") == frozenset({"医院", "北大荒集团总医院"})
    assert speaker_heads("各单位要落实。", None) == frozenset()


# The body that announces the notice (`…，X将…，具体内容如下`, `X为了…，现将有关事项告知如下`) is the issuer: its kind word
# names it when bare (held-out 121 nw05, 128 od06; was: 医院, 景区 as units), as 我园 and 本馆 do (148 ox02, 156 pf03).
@pytest.mark.parametrize("text, heads", [
    ("为防止疫情输入，蒙山风景区将进一步加强疫情防控，具体内容如下：\n景区暂停接待。", {"景区"}),
    ("根据上级要求，湘岳医院为了进一步加强新冠疫情防控，现将有关事项告知如下：", {"医院"}),
    ("按照市教育局研究决定，我园也作出如下安排：", {"园"}),
    # near misses: a place announcing (the area it governs), a category, and a name with no predicate after it
    ("我县将进一步加强疫情防控，具体内容如下：", set()),
    ("全县各旅游景区将加强管理，具体内容如下：", set()),
    # (中小学校: schools as a category, not a school's own notice; see test_an_institution_by_its_bare_kind)
    ("现就延迟企业复工和中小学校开学等事项通告如下：", set()),
])
def test_speaker_heads_from_the_announcing_body(text, heads):
    assert speaker_heads(text) == frozenset(heads)


def test_the_announcing_body_by_its_kind_is_no_unit():
    text = "为防止疫情输入，蒙山风景区将进一步加强疫情防控，具体内容如下："
    assert [u.name for u in find_units("景区暂停接待中高风险地区游客。", speaker=speaker_heads(text))] == []
    assert [u.name for u in find_units("景区暂停接待中高风险地区游客。")] == ["景区"]


# A hospital's or school's own departments, wards, clinics and campuses named as the doer of an order or the subject of
# a regime are units (ADJUDICATION Q29, session 14; held-out 121 nw03, 122 nx04/nx07, 126 ob04/ob05, 133 oi10, 147 ow08,
# 150 oz10, 163 pm08; was: none); named as a place people go to or an object, they stay none.
@pytest.mark.parametrize("text, expected", [
    ("病区实行封闭式管理，谢绝探视。", ["病区"]),
    ("所有病区严格门禁管理，谢绝来院探视。", ["所有病区"]),
    ("急诊24小时开诊。", ["急诊"]),
    ("专家门诊、康复理疗科门诊、方便门诊停诊。", ["专家门诊", "康复理疗科门诊", "方便门诊"]),
    ("体检中心停诊。", ["体检中心"]),
    ("急诊科暂停接诊，其它科室均停诊。", ["急诊科", "科室"]),
    ("各临床科室要严格落实预检分诊。", ["各临床科室"]),
    ("知行校区实施闭环管理。", ["知行校区"]),
    ("急诊、发热门诊24小时照常开诊，核酸检测照常进行。", ["急诊", "发热门诊"]),
    # near misses: a place patients go to, an object, people banned from visiting the wards, departments reported as
    # working as they do (held-out 147 ow01, ow03, ow08)
    ("门诊、急诊正常开诊。", []),
    ("医院门诊、住院和发热门诊正常运行。", []),
    ("请到发热门诊就诊。", []),
    ("暂停门诊医疗服务。", []),
    ("患者及陪护人员不允许串访其他病房，不允许在病区聚集。", []),
])
def test_the_issuers_own_departments(text, expected):
    assert names(text) == expected


# A closed regime named right after its subject with no verb is one the subject runs (held-out 172 pv03, 137 om06;
# was: none); the regime as the time of what follows is no predicate (held-out 80 mh02).
@pytest.mark.parametrize("text, expected", [
    ("住院病区封闭式管理，请住院患者无故不得离开本病区。", ["住院病区"]),
    ("各中小学、幼儿园暂停线下教学，大中专院校封闭管理。", ["各中小学", "幼儿园", "大中专院校"]),
    ("社区封闭管理期间，遇有紧急情况确需外出的，可向社区提出申请。", []),
])
def test_a_closed_regime_with_no_verb(text, expected):
    assert names(text) == expected


# The departments of bodies a sentence obliges before them are those bodies' parts, no units of their own (held-out 7
# t08, 124 nz04; was: 病区 beside the hospitals); a list of its own keeps them.
@pytest.mark.parametrize("text, expected", [
    ("平阴县人民医院、平阴县中医医院继续实行全面禁止探视的规定，病区实行24小时封闭式管理，患者凭腕带进入。",
     ["平阴县人民医院", "平阴县中医医院"]),
    ("民办口腔专科医院、综合医院口腔科及门诊部、口腔诊所全部开诊。", ["民办口腔专科医院", "综合医院口腔科", "门诊部", "口腔诊所"]),
    ("医疗机构严格管理发热门诊，各类门诊禁止接诊发热病人，零售药店严格执行四类药品管理措施。", ["医疗机构", "各类门诊", "零售药店"]),
])
def test_departments_of_bodies_named_before(text, expected):
    assert names(text) == expected


# Departments named with the body they belong to are named by the department: the issuer by 我院/全院, or a body by its
# name before a prefix, is their scope, as the territory is (held-out 168 pr04, pr05, 170 pt08; was: 我院所有病房,
# 河北省二院所有病房, 全院病区, which the gold's 病房, 病区 do not match); the mention keeps the body.
@pytest.mark.parametrize("text, name, mention", [
    ("我院所有病房严格实行闭环管理。", "所有病房", "我院所有病房"),
    ("全院病区禁止住院探视。", "病区", "全院病区"),
    ("河北省二院所有病房实行严格的24小时出入管控。", "所有病房", "河北省二院所有病房"),
    # near miss: a body's department with no prefix keeps its body's name (not the issuer's)
    ("平阴县人民医院病区实行封闭式管理。", "平阴县人民医院病区", "平阴县人民医院病区"),
])
def test_departments_named_with_their_body(text, name, mention):
    assert [(u.name, u.mention) for u in find_units(text)] == [(name, mention)]


# A school's grounds are a place, the school the body (held-out 167 pq01, pq05, 76 md06; was: 校园, 华师校园).
@pytest.mark.parametrize("text, expected", [
    ("华师校园实行全封闭管理，其他外来人员一律不得进出校园。", []),
    ("自即日起，校园实行封闭式管理，所有人员和车辆未经批准禁止进出校园。", []),
    ("各级各类学校要严格校园封闭管理。", ["各级各类学校"]),
])
def test_school_grounds_are_a_place(text, expected):
    assert names(text) == expected


# A ward that turns visitors away refuses them itself, as operators who refuse entry do (held-out 178 qb04, 164 pn09;
# was: none); people who are told to receive no visitors stay targets.
@pytest.mark.parametrize("text, expected", [
    ("住院病区谢绝探视，非必须不陪护。", ["住院病区"]),
    ("各病区谢绝一切探视，提倡视频探视。", ["各病区"]),
    ("住院病人谢绝探视，限定陪护。", []),
])
def test_a_ward_that_turns_visitors_away(text, expected):
    assert names(text) == expected


# A place sealed for a time is closed, acted upon as one 暂时关闭 is (held-out 96 mx01, 181 qe02; was: 汽车站,
# 莲花山校区); the campus told which gate it opens stays the subject of its own regime.
@pytest.mark.parametrize("text, expected", [
    ("客运班车暂时全部停运，汽车站暂时封闭。", ["客运班车"]),
    ("南校区暂时封闭。", []),
])
def test_a_place_sealed_for_a_time(text, expected):
    assert names(text) == expected


# What a body no longer does is a directive to it (held-out 178 qb08, 173 pw07; was: none, or the predicate read into
# the name); a regime lifted off places or people names no unit (47 la01, 159 pi09).
@pytest.mark.parametrize("text, expected", [
    ("全区各旅行社、酒店不再接待旅游团队。", ["各旅行社", "酒店"]),
    ("门急诊不再查验核酸，发热患者请至发热门诊就诊。", ["门急诊"]),
    ("甲广场、乙小区等开放式商贸小区不再实行封闭式管理。", []),
    ("所有返州大学生不再实施赋码管理。", []),
    # a condition before the subject with no comma is no part of a name (8 r04; was: 无特殊情况市疫情防控指挥部)
    ("解除隔离后自行返回，无特殊情况市疫情防控指挥部不再统一安排车辆接站。", []),
])
def test_what_a_body_no_longer_does(text, expected):
    assert names(text) == expected


# A body's name ends before a preposition that says where or from where it acts (held-out 168 pr02, 181 qe02; was:
# 发热门诊从医院, 校内对接单位在校); a 从 or 在 that opens a word of the name stays (`从业单位`, `在校学生`).
@pytest.mark.parametrize("text, expected", [
    ("发热门诊从医院北门进入，24小时接诊。", ["发热门诊"]),
    ("由校内对接单位在校门口接送。", ["校内对接单位"]),
    ("返校师生在校园内公共场所规范佩戴口罩。", []),
    ("各市场业主、广大从业单位要做好消毒。", ["各市场业主", "广大从业单位"]),
])
def test_a_name_ends_before_where_it_acts(text, expected):
    assert names(text) == expected


# A college's departments (系, 院系) are its parts, units when a measure gives them an order (ADJUDICATION Q29; held-out
# 148 ox07, 185 qi04, 183 qg10; was: none); 系统 stays one word before a marker that opens with its 统 (78 mf07; with 系
# a kind, was: 市场监管系 over 统一, and the list before it).
@pytest.mark.parametrize("text, expected", [
    ("各系要进一步做好学生返校前健康打卡工作。", ["各系"]),
    ("中秋假期将至,各系(院)要精准掌握学生假期期间的健康状况。", ["各系(院)"]),
    ("由各系负责组织安排学生进行宿舍卫生清理。", ["各系"]),
    ("各院系要严格执行省统一规定。", ["各院系"]),
    ("各系统统一部署。", ["各系统"]),
    ("从业人员包括:非定点医疗机构发热门诊和急诊等科室医务人员、海关以及市场监管系统一线工作人员。", []),
])
def test_a_colleges_departments(text, expected):
    assert names(text) == expected


# A school's or hospital's own notice that names its kind only bare, never as a category, calls itself by it (ADJUDICATION
# Q29; held-out 136 ol05, 165 po01, 180 qd01, 181 qe06, 184 qh01/qh02, 185 qi08, 126 ob05, 168 pr05; was: 学校, 医院 as
# units); a notice that names the kind as a category, or whose issuer is no such institution, does not (59 lm03, 153 pc08).
@pytest.mark.parametrize("text, issuer, heads", [
    ("一、严格校门管理,任何人员不得进出学校,学校继续严禁外卖。\n二、学校片区间人员不流动。", None, {"学校"}),
    ("3、医院自2020年4月27日起,全面禁止住院探视。", None, {"医院"}),
    ("学校将采取必要的隔离措施。", "某某校区疫情防控工作领导小组", {"学校", "领导小组", "某某校区疫情防控工作领导小组"}),
    ("按照全市和学校疫情防控要求,学校实行封闭管理。", None, {"学校"}),
    # near misses: the kind as a category somewhere in the notice, or a government issuer
    ("各类学校要做好防控。学校要严格落实晨午检。", None, set()),
    ("若您是学校(含幼儿园)师生,由学校组织采样。", None, set()),
    ("学校、幼儿园暂停线下教学。", None, set()),
    ("临时管控区内,学校实行线上教学。", "紫阳县新冠肺炎疫情防控指挥部", {"指挥部"}),
    ("街道指挥部办公室提醒市民务必参与区域核酸。即刻起,医院暂停普通门诊、体检业务。", None, set()),
    # a word that only holds a public word (`微信公众号`, `公众场合`) is no word to the public (held-out 196 qt09, 197 qu08,
    # 198 qv02; was: none, 学校 as a unit)
    ("学校将根据疫情另行通知,请关注学校微信公众号。", None, {"学校"}),
    ("少去公众场合。寒假期间,学校停止所有学生实习。", None, {"学校"}),
    # a scenic area's own notice (held-out 197 qu04, 199 qw06; was: 景区 as a unit), not a government's that lists it
    ("疫情期间,景区严格执行环境卫生消毒消杀制度。景区暂不接待红黄码游客。", None, {"景区"}),
    ("景区、图书馆、博物馆实行限流。景区暂停内部演出。", None, set()),
    # a temple's own notice calls itself 寺院 (held-out 214 rl07, rl08/rl09; was: 寺院 as a unit); a scenic area's
    # administration named for its 风景名胜区 is a scenic area (220 rr01; was: 景区 as a unit), and the title of a
    # document it cites names no category (`《关于做好旅游景区…》`)
    ("寺院暂不举行大型宗教活动。", "石狮龙海寺常住", {"寺院", "石狮龙海寺常住"}),
    ("腊月廿五当日寺院照常下午5点40分关门。", None, {"寺院"}),
    ("根据《关于做好旅游景区疫情防控工作的通知》,景区实行交通管控。", "峨眉山风景名胜区管理委员会",
     {"景区", "委员会", "峨眉山风景名胜区管理委员会"}),
    ("各旅游景区要严格落实。景区实行交通管控。", "某某县文化和旅游局", {"局"}),
])
def test_an_institution_by_its_bare_kind(text, issuer, heads):
    assert speaker_heads(text, issuer) == frozenset(heads)


def test_an_institution_by_its_bare_kind_is_no_unit():
    text = "居住在校内的教职工不得进入学生区,学校将采取必要的隔离措施。"
    assert find_units(text, speaker=speaker_heads(text)) == []


# … and so with a time run into it (held-out 194 qr08, 191 qo07; was: 学校, 节后学校 as units); another kind with a time
# run into it stays a unit.
@pytest.mark.parametrize("text, expected", [
    ("寒假期间学校实行封闭式管理,未经允许不得私自外出。", []),
    ("节后学校执行夏季作息时间。", []),
    ("寒假期间医院暂停门诊。", ["医院"]),
])
def test_an_institution_by_its_bare_kind_after_a_time(text, expected):
    assert [u.name for u in find_units(text, speaker=frozenset({"学校"}))] == expected


# The body that will give the details later is told to notify (held-out 186 qj08, 192 qp04; was: none); a time to be
# notified names no body.
@pytest.mark.parametrize("text, expected", [
    ("有关教学安排教务处和研究生院另行通知;", ["有关教学安排教务处", "研究生院"]),
    ("补考具体安排由教务处另行通知。", ["教务处"]),
    ("正式开学时间另行通知。", []),
])
def test_the_body_that_will_notify(text, expected):
    assert names(text) == expected


# An institution or a government named in full in its own notice sets its own rules, no unit (ADJUDICATION Q29; held-out
# 192 qp10, 165 po05, 159 pi05; was: the issuer's name); another body of its kind stays one, and so does a leading group
# that acts (seed 002). A museum, a library is such an institution too: its own closure or rules name no unit (held-out
# 208 rf04, rf05, rf06, rf09, 203 ra07; was: the museum's name as the subject of 闭馆 / 恢复开放).
@pytest.mark.parametrize("text, issuer, expected", [
    ("自5月25日起,绍兴市中心医院暂停所有专家门诊、专科门诊和普通门诊。", "绍兴市中心医院", []),
    ("绍兴市人民医院暂停所有专家门诊。", "绍兴市中心医院", ["绍兴市人民医院"]),
    ("故宫博物院将于2022年5月12日起暂时闭馆，开放时间另行通知。", "故宫博物院", []),
    ("国家博物馆暂停对外开放。", "故宫博物院", ["国家博物馆"]),
    ("许昌市博物馆从1月4日起暂停对外开放,恢复开放时间另行通知。", "许昌市博物馆", []),
    ("疫情防控期间,济南市博物馆将按照要求适时调整展馆开放及活动时间。", "济南市博物馆", []),
    ("浙江图书馆将严格落实疫情防控措施。", "浙江图书馆", []),
    ("山东博物馆暂停对外开放。", "济南市博物馆", ["山东博物馆"]),
    # … or by the level word its place name ends with (held-out 216 rn03; was: 省图书馆 as a unit), not another's
    ("省图书馆暂停所有线下读者活动,线上活动照常进行。", "湖北省图书馆", []),
    ("市图书馆暂停所有线下读者活动。", "湖北省图书馆", ["市图书馆"]),
    # … and by an institution's bare kind where it says 我馆 (216 rn02; was: 图书馆 as a unit)
    ("我馆将免除逾期费,请大家及时归还,图书馆将统一处理。", None, []),
])
def test_the_issuer_by_its_own_name(text, issuer, expected):
    speaker = speaker_heads(text, issuer)
    assert [u.name for u in find_units(text, speaker=speaker)] == expected


# … and so is the body a title opens with when no issuer is known, and the issuer's name without its city (held-out 201
# qy02, 205 rc10, 197 qu03, 202 qz06; was: the name as a unit); not a bare kind, a place, or an owner of the bodies the
# title goes on to (201 qy03), and another body of a name of its own stays one.
@pytest.mark.parametrize("text, issuer, title, expected", [
    ("无锡博物院于2020年3月17日起全面恢复开放。", None, "无锡博物院恢复开放公告", []),
    ("自2020年3月21日恢复开放之日起,怪石岭景区实行门票价格:50元/人。", None, "关于江西怪石岭景区有序恢复开放的公告", []),
    ("高明区中医院于2022年11月13日6:00起暂停所有对外诊疗服务。", "佛山市高明区中医院", None, []),
    ("南京市博物总馆要加强巡查。", None, "2022年南京市博物总馆所属博物馆最新防疫通告",
     ["南京市博物总馆"]),
    ("长白山景区将进行实时游客量控制。", None, "佛山顺德区关于调整临时管控区域的通告", ["长白山景区"]),
])
def test_the_issuer_by_its_name_in_the_title(text, issuer, title, expected):
    speaker = speaker_heads(text, issuer, title=title)
    assert [u.name for u in find_units(text, speaker=speaker)] == expected


# A request puts what follows on the bodies it opens with by a prefix, whatever its verb (held-out 167 pq02, 191 qo07,
# 200 qx08; was: none); the name ends where it can go on no further, and people or a verb after 请 are none.
@pytest.mark.parametrize("text, expected", [
    ("12月28、29日学校在佑铭体育馆安排集中接种第三针疫苗,请各单位提醒符合接种条件的师生按时接种。", ["各单位"]),
    ("节后执行夏季作息时间,请各单位作好相关工作安排。", ["各单位"]),
    ("请各学院提醒校内外住宿的外国专家上、下午通风两次。", ["各学院"]),
    ("请广大市民积极配合。", []),
    ("请关注研究生院网站和学院通知。", []),
    ("决定从2022年2月7日0时起采取全员居家隔离管控措施,请所有市民自觉遵守。", []),
    ("请全市所有市民群众积极响应通告要求。", []),
    ("请各位同学严格按照学校要求返校。", []),
    ("请各村(社区)今天务必转发到微信群,通知到每家每户每人。", ["各村(社区)"]),
    ("请所有市外来(返)北川人员至少提前1天报备。", []),
    ("请全市酒店、宾馆、餐饮行业(流动摊贩)、娱乐场所等行业从业人员第一时间前往检测。", []),
    ("请各乡镇(街道)、各行业主管部门、各单位、广大市民严 格落实“四方”责任。", []),  # (as the page breaks 严格)
])
def test_the_bodies_a_request_opens_with(text, expected):
    assert names(text) == expected


def test_a_leading_group_by_its_own_name_stays_a_unit():
    text = "市新冠肺炎疫情防控工作领导小组在启动应急指挥体系的同时，成立前线指挥中心。"
    speaker = speaker_heads(text, "重庆市新型冠状病毒肺炎疫情防控工作领导小组")
    assert [u.name for u in find_units(text, city="重庆市", speaker=speaker)] == ["重庆市新型冠状病毒肺炎疫情防控工作领导小组"]


# 等 opening a verb of waiting (等候, 等待) ends no list (held-out 127 oc06, 162 pl01; was: 返校时间候学校, the time read as
# an item before 等 and 候学校 as its head).
@pytest.mark.parametrize("text, expected", [
    ("请全校师生暂缓返校,返校时间等候学校另行通知。", []),
    ("暂时不要返校,返回时间等候学校进一步通知。", []),
    ("卫生健康、公安等部门要加强巡查。", ["卫生健康部门", "公安部门"]),
])
def test_no_list_ends_before_a_verb_of_waiting(text, expected):
    assert names(text) == expected


# 待 (until, wait for) opening a name or after a time names a clause of waiting (held-out 198 qv06, 195 qs04, 185 qi07;
# was: 返校时间待学院, 待所); 接待, 招待 inside a name stay.
@pytest.mark.parametrize("text, expected", [
    ("师生未经同意,均不得提前返校,返校时间待学院进一步通知。", []),
    ("学生暂缓返校,待所在设区市全域风险等级降至低风险后,可向学院提出返校申请。", []),
    ("宾馆、招待所要严格登记。", ["宾馆", "招待所"]),
])
def test_a_time_waiting_is_no_unit(text, expected):
    assert names(text) == expected


# The issuer's own parts named by a generic word, the subject of their own opening or stop, in the notice of a body that
# runs sites (ADJUDICATION Q31; held-out 205 rc02/rc03, 213 rk06, 209 rg04, 200 qx06; was: none); not in a government's
# notice, nor a part acted upon or a place where something happens.
@pytest.mark.parametrize("text, issuer, expected", [
    ("5月1日:一楼中文现刊借阅室开放。其他区域不开放。", "浙江图书馆", ["一楼中文现刊借阅室", "区域"]),
    ("开放范围\n所有区域恢复全面开放。", "山西省图书馆", ["所有区域"]),
    ("园区内无动力设施、游乐设施暂停开放。", "黑龙江省森林植物园", ["无动力设施", "游乐设施"]),
    ("开放区域:游客易聚集的场地(棋牌区域、儿童游艺区域及游乐设施)暂不开放;其余公共游览区域向游客正常开放。",
     "天津人民公园", ["游客易聚集的场地", "公共游览区域"]),
    ("所有区域恢复全面开放。", "某县新冠肺炎疫情防控指挥部", []),
    ("我馆暂时关闭部分区域。", "浙江图书馆", []),
    ("在入口区域设置测温点。", "浙江图书馆", []),
    # Parts are joined by own_parts.joins (、和及), one character each: 以上 stays whole, 与 joins none.
    ("东区设施及西区设施暂停开放。以上区域暂停开放。", "浙江图书馆", ["东区设施", "西区设施", "以上区域"]),
    ("东区设施与西区设施暂停开放。", "浙江图书馆", ["东区设施"]),
    ("无48小时核酸检测结果的,在急诊缓冲区域接诊。", "陕西省中医医院", []),
])
def test_the_issuers_own_parts_by_a_generic_word(text, issuer, expected):
    assert [u.name for u in find_units(text, speaker=speaker_heads(text, issuer))] == expected


# Anyone of a bare kind of body listed with an institution's own staff is its departments, told what they may not do
# (held-out 196 qt08, 197 qu05, qu07; was: anyone, no unit); beside 个人, or not a body, it stays anyone.
@pytest.mark.parametrize("text, expected", [
    ("任何单位、任何职工不得以任何理由将学生提前召回学校。", ["任何单位"]),
    ("任何单位和老师不得以实验、论文、调研等名义要求学生提前返校。", ["任何单位"]),
    ("任何部门和老师不得以实验、实习等名义要求学生提前返校。", ["任何部门"]),
    ("任何单位和个人不得举办聚集性活动。", []),
    ("任何车辆和人员不得出入。", []),
])
def test_anyone_beside_an_institutions_staff(text, expected):
    assert names(text) == expected


# An institution's kind beside a place, a document's title or its own college is no category: the institution's own notice
# still names itself by it (held-out 190 qn04, 204 rb10; was: `学校将…` a unit); beside another kind of body it is one.
@pytest.mark.parametrize("text, expected", [
    ("师生员工密切关注学校和属地发布的核酸检测通知。学校将根据属地政府最新疫情防控要求调整。", []),
    ("根据学校《返校工作方案》,将学校、学院返校要求及时告知学生。若有违反的,学校将依法依规进行严肃处理。", []),
    ("学校和幼儿园要加强晨午检。学校将严格落实。", ["学校", "幼儿园"]),
    ("学校(含幼儿园)暂缓开学。学校将另行通知。", ["学校(含幼儿园)"]),
])
def test_an_institutions_kind_beside_a_place_or_its_college(text, expected):
    assert [u.name for u in find_units(text, speaker=speaker_heads(text))] == expected


# An institution's own part (a department kind: campus, ward) sealed under a regime of control runs it at its own gates,
# a unit as a residential compound by kind is (ADJUDICATION Q29, Q31; held-out 212 rj03; was: an area sealed); after 对 it
# is acted upon (190 qn07), and a part closed stays none (181 qe02).
@pytest.mark.parametrize("text, expected", [
    ("翠湖校区实行封控，三个校门只进不出。", ["翠湖校区"]),
    ("各校区实行封控。", ["各校区"]),
    ("7月19日-21日对沙河校区实行临时封控管理。", []),
    ("南校区暂时封闭。", []),
    ("某某村实行封控。", []),
])
def test_an_institutions_part_sealed_under_a_regime(text, expected):
    assert names(text) == expected


# A library's reading houses are its branches, units as its reading rooms are (held-out 209 rg02, 208 rf02; was: none);
# a cap at any moment (瞬时) follows its subject as one by the day (每日) does (208 rf02).
@pytest.mark.parametrize("text, expected", [
    ("节日期间，自助图书馆和各鸿雁书屋均正常开放。", ["自助图书馆", "各鸿雁书屋"]),
    ("其中，桂图书屋瞬时接待读者上限为25人。", ["桂图书屋"]),
    ("其中，阅览室瞬时接待读者上限为50人。", ["阅览室"]),
    ("请读者瞬时保持1米距离。", []),
])
def test_reading_houses_and_a_cap_at_any_moment(text, expected):
    assert names(text) == expected


# Entering or leaving a park, library or school after a visitor or an act is no body (held-out 209 rg10/rg01, 211 ri08,
# 213 rk03/rk01, 210 rh01; was: `游客入园` and the like as units); names ending in 所 or 院 stay (派出所).
@pytest.mark.parametrize("text, expected", [
    ("游客入园需出示本人预约二维码。", []),
    ("1.2米以下儿童入馆须由家长陪同。", []),
    ("读者每一次入馆均须预约。", []),
    ("借还结束尽快离馆。", []),
    ("同时请勿携带宠物入园，严禁吸烟。", []),
    ("各派出所要加强巡查。", ["各派出所"]),
    # … nor is a venue's closing or opening on a day (held-out 216 rn10, 205 rc02; was: 周一闭馆 as a unit)
    ("开放时间:周二至周日9:00—17:00,16:30停止入馆。周一闭馆,逢法定节假日正常开放。", []),
    ("开放时间:9点-21点,周一闭馆,周二到周日开放。", []),
])
def test_entering_a_park_or_library_is_no_body(text, expected):
    assert names(text) == expected


# A clause that gives a cause names no unit and leaves the subject before it waiting for its predicate (held-out 214 rl01,
# 172 pv07; was: `因设施设备改造`, `因临时改扩建发热病房` as units); a cause inside a noun phrase is its modifier (42 kv04).
@pytest.mark.parametrize("text, expected", [
    ("孤山馆区及其他场馆,因设施设备改造,暂停对外开放,开放时间另行通知。", ["孤山馆区", "场馆"]),
    ("因临时改扩建发热病房，门诊暂停接诊。", ["门诊"]),
    ("因疫情暂停营业的购物商场恢复营业,适度控制客流量。", ["因疫情暂停营业的购物商场"]),
])
def test_a_cause_opens_no_name(text, expected):
    assert names(text) == expected


# What is told to hold a document is the people it names or serves, no body (held-out 218 rp04, 215 rm09, 179 qc06; was:
# the clinics, 门诊, 人员出县 as units); a body told to check one, or to keep at its work, stays one.
@pytest.mark.parametrize("text, expected", [
    ("口腔科、耳鼻喉科、眼科门诊必须在48小时内持有有效的阴性核酸检测报告。", []),
    ("门诊需住院患者和陪人凭24小时核酸阴性结果办理入院手续和陪人证。", []),
    ("确需外出的人员出县必须持外出报备单。", []),
    ("各商超须查验顾客健康码。", ["各商超"]),
    ("各单位须坚持做好防控。", ["各单位"]),
])
def test_told_to_hold_a_document_is_no_body(text, expected):
    assert names(text) == expected


# Advice opens no name: whoever it goes to follows the verb (held-out 222 rt07, 112 nn01; was: 建议企业 as a unit).
@pytest.mark.parametrize("text, expected", [
    ("对于非紧急的事项,建议企业和群众根据疫情防控情况延缓办理。", []),
    ("建议各单位错峰上下班。", []),
])
def test_advice_opens_no_name(text, expected):
    assert names(text) == expected


# A subject whose time to resume is left to a later notice is told nothing (held-out 226 rx04, 215 rm06; was: the clinics
# and the 总馆 as units); one stopped, with the time to resume in a clause of its own, stays one.
@pytest.mark.parametrize("text, expected", [
    ("个体诊所、门诊部、村卫生室恢复诊疗时间根据疫情发展情况另行通知。", []),
    ("总馆(包括城市规划展览馆)恢复正常开放时间另行通知。", []),
    ("各商场暂停营业,恢复营业时间另行通知。", ["各商场"]),
])
def test_a_time_to_resume_left_to_a_later_notice_tells_no_one(text, expected):
    assert names(text) == expected


# A kindergarten's own notice (no issuer known, no word to the public) calls itself by its bare kind: no unit (Q29;
# held-out 225 rw08; was: 幼儿园 as a unit).
def test_a_kindergarten_by_its_bare_kind_is_the_issuer():
    text = "幼儿园将继续严格落实疫情防控要求的相关规定,请全体家长无特殊情况不要进入幼儿园。"
    assert [u.name for u in find_units(text, speaker=speaker_heads(text))] == []
    # near misses: read with no issuer the bare kind is a unit, and the kindergartens of an area (各幼儿园) are bodies
    assert [u.name for u in find_units(text)] == ["幼儿园"]
    area = "各" + text
    assert [u.name for u in find_units(area, speaker=speaker_heads(area))] == ["各幼儿园"]


# A date or a converter's bullet run into a unit's span is no part of its name; a verb-led rest or debris inside a word
# names nothing; the issuer's opening or adding (视情开放, 不开放, 暂仅开放, 新增) puts the places listed after it in object
# position (held-out 225 rw05, 230 sb02, 200 qx03, 214 rl04, 211 ri05, 202 qz07, 229 sa03, 198 qv08, 218 rp06; was:
# 2月16日西峰区, 2022年12月23日开始我院, 本周眼科, 视情开放教室, 新增广丰社区, ◇病区 as names).
@pytest.mark.parametrize("text, expected", [
    ("2月16日西峰区、环县等六县(区)运营县对县直达班线。", ["西峰区", "环县"]),
    ("2022年12月23日开始我院实施普通人群新冠病毒核酸检测限号管理。", []),
    ("我院本周眼科、耳鼻喉科门诊停诊,只开急诊。", ["眼科", "耳鼻喉科门诊"]),
    ("各二级单位要加强师生的服务保障工作,视情开放教室、图书馆、", ["各二级单位"]),
    ("新增广丰社区开展核酸检测。", []),
    ("宗教活动场所暂时关闭;不开放影剧院、酒吧、KTV等室内密闭经营场所、棋牌室。", []),
    ("暂仅开放园林展区及露天区域。", []),
    ("自2020年2月18日起恢复城市公交、城乡公交运行。", ["城乡公交"]),
    ("◇病区停止探视。", ["病区"]),
    ("部分专科门诊停诊。╅T诊停诊。", ["部分专科门诊"]),
])
def test_a_date_verb_or_bullet_opens_no_name(text, expected):
    assert names(text) == expected


# A count before the kind a list shares is how many, multiplied into no item (held-out 221 rs02, 199 qw02; was:
# 5路7条公交线路, 碧霞祠两处宗教活动场所; qw02's own sentence, `…继续保持关闭`, names none since a closing kept is a
# closing: see test_a_closing_kept).
@pytest.mark.parametrize("text, expected", [
    ("5路、6路等2条公交线路暂停运营。", ["5路公交线路", "6路公交线路"]),
    ("碧霞祠、王母池等两处宗教活动场所暂停开放。", ["碧霞祠宗教活动场所", "王母池宗教活动场所"]),
])
def test_a_count_before_a_shared_kind_is_no_part_of_each_name(text, expected):
    assert names(text) == expected


# A subject is never cut inside a word its suffix opens (部 of 部分): the part of a place runs on through it, no body
# ends at 部 (held-out 216 rn09, 122 nx10; was: 重庆湖广会馆古建筑群部, 居民区外的采样亭部).
@pytest.mark.parametrize("text, expected", [
    ("重庆湖广会馆古建筑群部分正常开放。", []),
    ("居民区外的采样亭部分正常开放。", []),
    ("各旅游景区、博物馆分批错峰开放。", ["各旅游景区", "博物馆"]),
])
def test_a_name_is_never_cut_inside_a_word(text, expected):
    assert names(text) == expected


# A span that holds the copula 为 says what something is: a clause, no name (held-out 199 qw07, 201 qy02, 216 rn05,
# 163 pm08; was: 门诊为非急诊, 无锡博物院开放范围为中区 as names); 为 inside a name or a grade stays.
@pytest.mark.parametrize("text, expected", [
    ("门诊为非急诊提倡预约就诊。", []),
    ("无锡博物院开放范围为中区、西区各展厅,东区科技展厅暂不开放。", ["各展厅", "东区科技展厅"]),
    ("青岛康有为故居暂停开放。", ["青岛康有为故居"]),
])
def test_a_copula_makes_a_clause_no_name(text, expected):
    assert names(text) == expected


# Whoever goes in and out of places (凡是…, 出入…) is told: the places are where they go, no units (held-out 232 sd06;
# was: 出入超市, 澡堂); 出入口 and 出入境 stay in names.
@pytest.mark.parametrize("text, expected", [
    ("凡是出入超市、澡堂等人员密集场所一律佩戴口罩。", []),
    ("出入超市、农贸市场等场所须全程佩戴口罩。", []),
    ("各出入口要严格查验。", ["各出入口"]),
    ("出入境管理部门要严格查验入境人员。", ["出入境管理部门"]),
])
def test_whoever_goes_in_and_out_is_told_not_the_places(text, expected):
    assert names(text) == expected


# 由X inside a bracketed aside of one clause names the body that carries the step out, as outside one (held-out 223
# ru06, 114 np08, 192 qp04; was: no unit); people there stay none, and an aside of several clauses, the reader's
# options, names none (35 ko09).
@pytest.mark.parametrize("text, expected", [
    ("解除封闭管理(具体实施时间由居委会通知)。", ["居委会"]),
    ("需出示核酸检测阴性证明（由社区和医疗单位出具证明）。", ["社区", "医疗单位"]),
    ("正式上课（具体安排由教务处另行通知）。", ["教务处"]),
    ("返校（具体操作程序由辅导员通知）。", []),
    ("每人做一次核酸检测（由火车站、高速、国省干道交通检查站设立核酸采样点，或由所在社区开具证明到医疗机构采样检测）。",
     []),
])
def test_an_agent_inside_an_aside(text, expected):
    assert names(text) == expected


# An exam site told to act stands for the body that runs it, as a post does (held-out 225 rw04, 207 re03; was: no
# unit); where candidates go it is a place, no subject.
@pytest.mark.parametrize("text, expected", [
    ("各社会化考场严格落实疫情防控要求,做好待考室、考试车辆消毒。", ["各社会化考场"]),
    ("所有考场和驾驶员培训机构必须做好疫情防控工作常态化。", ["所有考场", "驾驶员培训机构"]),
    ("考生须提前到达考场,接受体温检测。", []),
])
def test_exam_sites_told_to_act(text, expected):
    assert names(text) == expected


# A sanction and its condition (责令, 拒不, 否则) open no name: whoever breaks the rule is stopped (held-out 232 sd03,
# 132 oh07; was: 责令, 拒不, 否则 as units); a body told to stop keeps its name.
@pytest.mark.parametrize("text, expected", [
    ("对仍在市场宰杀销售的,责令停止营业并立即整改;拒不停止经营的,依法从严处理。", []),
    ("所有进入人员都必须戴口罩,否则停业整顿!", []),
    ("餐馆一律停业整顿。", ["餐馆"]),
])
def test_a_sanction_opens_no_name(text, expected):
    assert names(text) == expected


# A clause made of a head that a need qualifies (需…的企业) is an item of the list that the order ends, not a
# predicate (held-out 99 na03, 204 rb04; was: the item lost); a modal clause after a subject stays one.
@pytest.mark.parametrize("text, expected", [
    ("水电气暖、物流等城市运转保障行业,需连续生产的企业,以及与居民生活密切相关的大型超市、药店正常营业。",
     ["城市运转保障行业", "需连续生产的企业", "大型超市", "药店"]),
    ("各单位,需严格落实防控措施。", ["各单位"]),
])
def test_a_need_that_qualifies_a_head(text, expected):
    assert names(text) == expected


# The spot at a gate (入口处) is where something is posted or shown, no body (held-out 235 sg02, 167 pq10; was: 入口处);
# offices named 处 stay bodies.
@pytest.mark.parametrize("text, expected", [
    ("饭店不得堂食。入口处需张贴疫情防控小知识。", ["饭店"]),
    ("预检分诊处要严格落实。", ["预检分诊处"]),
])
def test_the_spot_at_a_gate_is_no_body(text, expected):
    assert names(text) == expected


# Bodies that only say whose events are meant (X组织的, X组织或举办的) are no subject: the events are (held-out 240 sl09,
# 7 t09, two counties; was: 各镇（区）, 村); a body that organises as its predicate stays one.
@pytest.mark.parametrize("text, expected", [
    ("全县各镇（区）、村组织或举办的文艺演出等各类人员聚集的活动暂停举行。", []),
    ("各村组织的庙会暂停举办。", []),
    ("各单位举办的各类聚集性活动一律取消。", []),
    ("各单位组织开展爱国卫生运动。", ["各单位"]),
    ("各乡镇要组织开展排查。", ["各乡镇"]),
])
def test_bodies_that_only_say_whose_events(text, expected):
    assert names(text) == expected


# A category, then its examples between 如 and 等: the category is the unit, as with a bracket of examples (held-out
# 101 nc10, 251 sw01; was: `密闭经营场所如酒吧`, KTV, 电影院); a name that opens with 如 stays a name.
@pytest.mark.parametrize("text, expected", [
    ("所有的密闭经营场所如酒吧、KTV、电影院等全部关闭,暂停营业。", ["所有的密闭经营场所"]),
    ("非生活必需公共场所如网吧、歌舞娱乐场所、浴室等暂停营业。", ["非生活必需公共场所"]),
    ("娱乐场所例如网吧、浴室等暂停营业。", ["娱乐场所"]),
    ("如家酒店等暂停营业。", ["如家酒店"]),
    # … and after a comma, the examples a clause of their own (held-out 170 pt01; was: 如商场, 商业综合体…); a condition
    # opened by 如 leaves the subject as it was
    ("各类公共场所,如商场、超市等,要加强通风消毒。", ["各类公共场所"]),
    ("各类公共场所,如商场、超市等暂停营业。", ["各类公共场所"]),
    ("人员密集、空间密闭场所,如商场、商业综合体、KTV、舞厅、网吧、棋", ["人员密集场所", "空间密闭场所"]),
])
def test_a_category_before_its_examples(text, expected):
    assert names(text) == expected


# Where a post is set up names no body (held-out 253 sy04, 176 pz08; was: `环大城县主城区设立检查站点`, `科学设置检查站`);
# posts whose places a bracket lists, or named 检查站点 after the territory (全县域), are under a regime as other posts.
@pytest.mark.parametrize("text, expected", [
    ("第二道检查站,环大城县主城区设立检查站点,分别在甲路与乙路交口南侧设置检查站点。", []),
    ("按照省、市要求,科学设置检查站,继续严格执行24小时勤务。", []),
    ("县域内各高速路口(甲高速大城口、乙高速臧屯口)全部设立检查站点,县汽车站停止营运。", ["县汽车站"]),
    ("全县域各检查站点实行“通行证”管理。", []),
    # a gate shut to traffic is a place, as one closed (held-out 200 qx06, 255 ta01); a post told whom to let in acts
    ("其余出入口一律禁止通行。", []),
    ("各交通卡口均不得予以放行。", ["各交通卡口"]),
    ("各交通卡口防疫检查站点要落实管控责任。", ["各交通卡口防疫检查站点"]),
    ("未设置发热门诊的医疗机构要转诊。", ["未设置发热门诊的医疗机构"]),
])
def test_where_posts_are_set_up(text, expected):
    assert names(text) == expected


# Ferry boats are a passenger service, as 班船 and 轮渡 (held-out 255 ta05, 77 me01; was: `客渡船及城市公交车` one item);
# ridden by people they name none.
@pytest.mark.parametrize("text, expected", [
    ("全县班线客运、客渡船及城市公交车暂停运营。", ["班线客运", "客渡船", "城市公交车"]),
    ("乘客在乘坐公交车、出租车和客渡船等公共交通工具时必须佩戴口罩。", []),
])
def test_ferry_boats_are_a_service(text, expected):
    assert names(text) == expected


# Where a service stops (经停) qualifies it as where it passes (途经) does; no body approves there (held-out 252 sx01,
# 219 rq07; was: none).
@pytest.mark.parametrize("text, expected", [
    ("区域内各交通道路实施交通管制,经停该区域的公共交通工具需绕行、甩站。", ["经停该区域的公共交通工具"]),
    ("途经该区域的公交线路需绕行。", ["途经该区域的公交线路"]),
])
def test_where_a_service_stops(text, expected):
    assert names(text) == expected


# A locative joined to the next item by a conjunction is an item of the list, not the scope (held-out 256 tb07, 229
# sa03, 119 nu05; was: none for `镇内及跨镇公交`); a relation after a locative stays the scope's.
@pytest.mark.parametrize("text, expected", [
    ("对进出南头镇的所有道路实施交通临时管制,暂定2天,镇内及跨镇公交暂停服务。", ["镇内及跨镇公交"]),
    ("管制期间,区域内及跨区域公交暂停服务,人员原则上只进不出。", ["区域内及跨区域公交"]),
    ("镇内公交暂停服务。", ["公交"]),
    ("区域内与民生保障无关的企业全部暂停。", ["与民生保障无关的企业"]),
])
def test_a_locative_joined_to_the_next_item(text, expected):
    assert names(text) == expected


# A level's own service (县内) listed among services between levels shares the rest of the last item (held-out 260
# tf03; was: 县内 lost).
def test_a_service_within_a_level_among_those_between():
    assert names("全县所有县内、县际、市际、省际客运班线,包车客运和旅游客运暂停运营。") == [
        "县内客运班线", "县际客运班线", "市际客运班线", "省际客运班线", "包车客运", "旅游客运"]


# After 对 the object runs on across commas to the stop order: the issuer stops the venues, none is a subject (held-out
# 252 sx04; was: the venues after the first comma); with no 对 the venues stop their own business.
@pytest.mark.parametrize("text, expected", [
    ("对棋牌室(麻将馆)、剧本杀、桌游吧、网吧,位于地下室的小旅店,各类线下培训机构,洗浴场所、宗教活动场所等场所暂停营业。", []),
    ("对棋牌室、网吧,各类线下培训机构,暂停营业。", []),
    # a purpose or a beneficiary before the venues puts no object before the order (held-out 216 rn07, rn09)
    ("给广大观众营造一个安全舒适的参观环境,毛泽东旧居、中共五大会址2月22日暂停开放。", ["毛泽东旧居", "中共五大会址"]),
    ("棋牌室、网吧,各类线下培训机构,洗浴场所等场所暂停营业。", ["棋牌室", "网吧", "各类线下培训机构", "洗浴场所"]),
])
def test_an_object_runs_on_to_the_stop(text, expected):
    assert names(text) == expected


# The numbered parts of a named place under a regime are places too (held-out 236 sh08, 254 sz03; was: `1组`, `二区`…);
# a kind of compound listed with one stays a unit.
@pytest.mark.parametrize("text, expected", [
    ("即日起至6月5日24时,丰台区成寿寺街道四方景园一区、二区、三区实施管控。", []),
    ("罗堰村1组、2组,许营村10至22组继续实行管控措施,村内其他区域解除管控措施。", []),
    ("各小区、2组实施管控。", ["各小区", "2组"]),
])
def test_numbered_parts_of_named_places(text, expected):
    assert names(text) == expected


# A closing kept (保持关闭) is a closing: the venues are acted upon (held-out 199 qw02, 165 po03; was: the venues).
@pytest.mark.parametrize("text, expected", [
    ("碧霞祠、王母池等两处宗教活动场所继续保持关闭。", []),
    ("学校教学、科研场所继续保持关闭,所有教职工居家办公。", []),
    ("各乡镇要关闭辖区内市场。", ["各乡镇"]),
])
def test_a_closing_kept(text, expected):
    assert names(text) == expected


# ---------------------------------------------------------------- the rulings, as a new city would print them
# Each ruling of GUIDE.md (units) and ADJUDICATION.md's recurring questions that decides a unit, in its own example and
# in generated variants of the same shape (other places, bodies, wordings): not copied from a gold. Compared as the
# scorer compares units (a leading 各/所有/全县…, a trailing 等, one name ending the other).
UNIT_RULINGS = [
    # GUIDE: every unit of an explicit list; the subject of 要/须/负责/由X负责/牵头 or of a bare directive
    ("加强隔离点管理。（责任单位：县卫健局、县公安局）", ["县卫健局", "县公安局"]),
    ("各乡镇要加强返乡人员排查", ["乡镇"]),
    ("各医疗机构须严格落实预检分诊", ["医疗机构"]),
    ("区市场监管局负责农贸市场巡查", ["区市场监管局"]),
    ("由县交通运输局负责客运站点管控", ["县交通运输局"]),
    ("县卫健局牵头，县公安局、县交通局配合", ["县卫健局", "县公安局", "县交通局"]),
    ("各社区开展一次全员核酸检测", ["社区"]),
    ("物业服务企业要落实小区门岗值守", ["物业服务企业"]),
    ("即日起，各村（社区）要全面排查外来人员", ["村（社区）"]),
    # GUIDE: people and the public are targets; approvers, receivers and partners after 会同 are not units
    ("广大市民要做好个人防护", []),
    ("密切接触者须配合集中隔离", []),
    ("返乡人员要主动报备", []),
    ("确需举办的，须经县疫情防控指挥部审核同意", []),
    ("发现异常情况立即向属地街道报告", []),
    ("县卫健局会同县公安局开展流调", ["县卫健局"]),
    # GUIDE: a shared head is distributed
    ("卫健、公安、交通等部门要加强协作", ["卫健部门", "公安部门", "交通部门"]),
    # GUIDE / Q11 / Q13: a venue closed or the object of 暂停 is acted upon; the subject of its own stop is a unit
    ("关闭全市所有网吧、KTV", []),
    ("关闭辖区内所有农贸市场", []),
    ("全市电影院暂停营业", ["电影院"]),
    ("全区棋牌室、麻将馆暂停营业", ["棋牌室", "麻将馆"]),
    ("暂停全市棋牌室、麻将馆营业", []),
    ("城乡公交一律停运", ["城乡公交"]),
    ("暂停城区公交、出租车运营", []),
    ("各类景区、博物馆暂停对外开放", ["景区", "博物馆"]),
    ("全市图书馆、文化馆、博物馆一律暂停开放", ["图书馆", "文化馆", "博物馆"]),
    ("其余经营性场所暂不开放", ["经营性场所"]),
    ("暂停开放景区景点", []),
    ("餐饮单位一律暂停堂食", ["餐饮单位"]),
    # Q14: a post told to act on people is a unit; one a regime is put on is a place
    ("各交通卡口要严格查验健康码", ["交通卡口"]),
    ("各检查站要严格落实查验措施", ["检查站"]),
    ("各卡点要对进入人员逐一查验", ["卡点"]),
    ("小区出入口实行24小时值守", []),
    ("高速公路出口实行24小时值守", []),
    # Q17: a site or service that resumes its own operation is a unit; its object is not
    ("建筑工地有序恢复施工", ["建筑工地"]),
    ("城市公交恢复运营", ["城市公交"]),
    ("出租车、网约车恢复运营", ["出租车", "网约车"]),
    ("各大型商超恢复营业", ["大型商超"]),
    ("4月13日起，荆门公交营运线路有序恢复运行", ["公交营运线路"]),  # a service's lines (was: none)
    ("城区客运线路恢复运行", ["客运线路"]),
    ("恢复城区公交运营", []),
    # Q18: residential places under a regime are units; after 对, or a building designated, they are places
    ("全县所有小区实行封闭管理", ["小区"]),
    ("各居民小区实行封闭管理", ["居民小区"]),
    ("对涉疫小区实施封闭管理", []),
    ("3号楼划定为封控区，实施封控管理", []),
    # Q29 / Q31: the issuer naming itself is no unit; its department or branch named as the doer is
    ("我院实施临时封闭管理", []),
    ("本馆暂停对外开放", []),
    ("急诊科暂停接诊", ["急诊科"]),
    ("发热门诊24小时开诊", ["发热门诊"]),
    ("我院急诊24小时开诊", ["急诊"]),
    ("各分馆暂停对外开放", ["分馆"]),
    ("各学院要做好学生返校登记", ["学院"]),
    # the body that imposes a sanction (`公安机关将依法…`, units.yml sanction)
    ("对拒不配合的，公安机关将依法依规严肃处理", ["公安机关"]),
    ("对隐瞒行程的，公安部门将依法追究责任", ["公安部门"]),
    ("对拒不执行的，市场监管部门将依法查处", ["市场监管部门"]),
    ("对故意隐瞒的，将由公安机关依法处理", ["公安机关"]),
    ("对违反本命令的营运行为，县交通运输部门将依法从严处罚", ["县交通运输部门"]),
]


@pytest.mark.parametrize("text,expected", UNIT_RULINGS)
def test_the_unit_rulings_in_generated_variants(text, expected):
    found = [asdict(u) for u in find_units(text)]
    assert matched(found, expected, same_unit) == len(found) == len(expected), [u["name"] for u in found]
