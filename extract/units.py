"""Responsible units: the organisations one measure obliges.

Two sources, as the annotation guide defines them:

* explicit lists: `(责任单位:A、B)`, `（牵头单位：A；配合单位：B）`,
  `(A牵头，B配合)`; every listed unit, with the list's role;
* subjects of obligations and directives, role "subject": a phrase naming
  units that opens a clause and is followed by a modal or directive word
  (`各区县要…`, `各单位结合实际采取…`, `市领导小组将派出…`), perhaps across a
  date (`幼儿园4月21、22日放假`); the agent of `由X负责`, with the group its
  members make (`由A、B等部门组成的巡查小组`); and the units in `压实X责任`.
  A business or service told to stop its own work is a unit whatever its
  noun (`农村大集继续暂停营业`), also across a date or condition in a
  clause of its own (`宾馆酒店、农庄等，从1月26日起暂停营业`), and every
  group of businesses in the clauses before the order (`…的酒店、餐馆，
  各类影剧院、茶楼等，必须暂停营业`). A subject may also stand before a
  short quoted manner phrase (`各乡镇“一村一策”制定…`), an event in a clause of
  its own (`各医疗机构发现发热病人，要…`), or an inclusion that carries the
  predicate (`各级各类学校，包括高校等机构不早于…开学`); be named as the holder
  of a duty (`各乡镇是…责任主体`); have a requirement put on it
  (`县指挥部要求各乡镇…`: 各乡镇 only); be told to play a part where no subject
  before it uses it (`充分发挥村卫生室、药店等的“哨点”作用`); or end a page cut
  before its predicate (`…其他包括不限于农贸市场、网吧、`). A venue, site or transport service that
  opens, resumes or runs its own business is a unit too, whatever adverb or manner phrase stands
  before the verb (`小区内商超逐步开放`, `公交车、出租车等公共交通恢复运行`), and so is a residential
  place by kind under a regime of control (`镇内所有楼群、小区全部实施封闭管理`).

What counts as a unit, and how lists share heads (`卫生健康、公安等部门` gives
卫生健康部门 and 公安部门), is the business of extract/unit_phrases.py; the
word lists live in data/units.yml. Units placed only as a target
(`向卫生健康部门报告`), an object (`动员区县和社会企业…`), a body that
approves (`报X审核`, `由X审批`) or a partner after `会同` are not obliged, nor the owners of a duty
system (`落实乡镇、村屯包保责任制`), nor are
venues closed, places managed as risk areas (`…村继续按封控区管理`) or the
places an area covers (`封控区范围：甲村、乙社区`), nor one named place alone
opening a sentence (`某镇实施全域静态管理`: the area acted upon), nor what the
issuer reopens (`恢复X正常营业`). A unit's name leaves out the whole territory
(`全县所有村居（社区）` is named 所有村居（社区）, `宜良县各乡镇` 各乡镇), the word
that makes it the rest (`其余商场` is named 商场) and quotes (`村“两委”`: 村两委).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from extract.aliases import canonical_name
from extract.models import UnitMention
from extract.references import TITLE as CITED_TITLE
from extract.phrases import BLANKS, CLAUSE_ENDS, CLOSING, OPENING, SENTENCE_ENDS, Piece, depths, find_outside, spans, split
from extract.unit_key import unit_key
from extract.unit_lexicon import Lexicon, lexicon
from extract.unit_phrases import (COUNT_BEFORE_KIND, LISTED, OPERATORS, PHRASE_EDGES, QUALIFIER, Found,
                                  ends_with_named_place, kind_of, may_end_units, one_named_place, parse_units, place_before_prefix,
                                  strip_leading, verb_led)

__all__ = ["find_units", "canonical_name", "speaker_heads"]

ROLE_RANK = {"lead": 0, "responsible": 1, "cooperating": 2, "subject": 3}
# A bracket that holds none: a list of units with their roles (`(A牵头，B配合)`), or an aside that may name an agent
# (see _agent_openings).
ROLE_LIST = re.compile(r"[（(]([^（）()]*)[)）]")
ROLE_SEPARATORS = "，,；;"
# What may end a labelled list: a closing bracket or a sentence end.
_LIST_END = re.compile(f"[{re.escape(CLOSING + SENTENCE_ENDS)}]")
# A unit located in the text it was found in: start, end, name and role.
Unit = tuple[int, int, str, str]
# What introduces an agent: `由公安机关依法处理`.
BY = "由"
# What a text cut in the middle of a list ends with (`…农贸市场、网吧、`).
CUT_LIST_ENDS = ("、",)
# What joins the items of a list of bodies (`医院、药店`).
LIST_JOIN = "、"
# The head after the examples a subject includes (`包括高校、中小学等机构`) has at most this
# many characters.
MAX_INCLUDED_HEAD = 6
# A quoted phrase of at most this many characters may stand between a subject and its
# predicate, saying how it is carried out (`各乡镇“一村一策”制定…`).
MAX_QUOTED_MANNER = 6
# How far into a clause a place may stand before its subject (`主城都市区范围内影剧院…`).
MAX_LOCATIVE = 12
# Prepositions that put what follows them in object position, opening a clause.
OBJECT_OPENERS = ("对", "向", "把", "将", "给", "为")
# A bracketed aside that ends a clause (`…正常营业外(隔离点周边除外)`).
TRAILING_ASIDE = re.compile(r"[（(][^（）()]*[)）]$")
# A hard wrap inside a sentence (`…并向所在\n社区…主动报备`): a line break after a long line that ends with
# no punctuation, read as no sentence end (a short line is a label over its body: `防控措施\n各乡镇要…`).
WRAPPED_LINE = re.compile(r"(?<=[^\s。！？!?，,；;：:、）)”’》\]】])\n(?=[^\s])")
MIN_WRAPPED_LINE = 20
# An item's number before its text (`二、学校…`, `3、医院…`): no list before what follows.
ITEM_NUMBER = re.compile(r"(?:^|[\s（(])[0-9０-９一二三四五六七八九十]+、$")
# Quoted wording that holds a sentence end is cited, not ordered: speech, or the clause
# of an earlier notice that this one terminates (`终止2号公告第一条中“暂停…。…等暂停营业。”`).
CITED = re.compile(f"“[^“”]*[{SENTENCE_ENDS}][^“”]*”")


# ---------------------------------------------------------------- subjects


def _subject_before_marker(clause: Piece, lex: Lexicon, agent: bool = False) -> list[Found] | None:
    """The units that open the clause and end where a marker begins: the
    earliest such split wins, since the subject ends at its predicate. An
    `agent` (after 由 or 会同) may also end at an agent verb, and is never
    followed by a time phrase."""
    text = clause.text
    level = depths(text)
    for m in (lex.agent_marker_at if agent else lex.marker_at).finditer(text, 1):
        i = m.start()
        if level[i] or _inside_exception(text, i, lex):
            continue
        if _inside_marker(text, i, lex):
            continue  # 须 in 必须: the marker began before
        if m.group(1) in lex.verb_like_suffixes and text.startswith(lex.modal, i + len(m.group(1))):
            continue  # `社会各类团体组织严禁举办…`: 组织 ends the name, the modal after it opens the predicate
        if _opens_state_modifier(text, i, lex) and parse_units(clause.cut(0, i), lex) is None:
            continue  # `因疫情暂停营业的购物商场恢复营业`: the marker opens a clause on the head, not its predicate
        if lex.organised_at.match(text, i):
            continue  # `各村组织的庙会暂停举办`: the bodies say whose events are meant, the events are the subject
        if m.group(1) not in lex.modal and text.endswith(lex.verb_like_suffixes, 0, i):
            continue
        if agent and m.group(1) in lex.agent_verbs and _opens_name(text, i + len(m.group(1)), lex):
            continue  # 指挥 in 县指挥部, 派出 in 派出所: part of the agent's name
        if m.group(1) not in lex.modal and text.startswith(BY, i + len(m.group(1))):
            continue  # `乡镇组织由属地负责`: a task the agent after 由 carries out, no predicate
        units = _units_before(clause, i, lex)
        if units == [] and not agent and m.group(1) in lex.modal:
            # people after the subject's event verb (`医疗机构发现发热病人` + 要): the subject is before it
            units = _subject_before_time(clause.cut(0, i), lex) or units
        if units is not None:  # people or places before the predicate: no unit here
            if units and _residential_regime(text, units, lex):
                return units  # `涉疫小区全部按照封控区进行管控`: the compounds run the regime themselves
            return None if _closed(text, i, lex) or _sanction_targets([u.name for u in units], text[i:], lex) else (
                units or None)
        if not agent and m.group(1) in lex.modal:
            units = _subject_before_time(clause.cut(0, i), lex) or _subject_after_heading(clause.cut(0, i), lex)
            if units is not None:
                return units or None
    return None


def _subject_after_heading(prefix: Piece, lex: Lexicon) -> list[Found] | None:
    """`做好复工复产管理服务工作各乡镇(街道)和行业主管部门` + 要, `…戴口罩等措施医院、诊所、药店` + 要:
    a page that lost the 。 after a heading or a sentence runs it into the subject of the next; the
    subject is the organisations after the last word that ends such a phrase (see heading_ends),
    the longest such list."""
    text = prefix.text
    if not may_end_units(text, len(text), lex):  # most prefixes end otherwise: spare the search
        return None
    if "的" in text or text.startswith(OBJECT_OPENERS):
        return None  # `对需摘卸口罩的公共服务场所`: a head with its modifiers, in object position
    level = depths(text)
    starts = sorted(j + len(w) for w in lex.heading_ends for j in find_outside(text, w) if not level[j])
    for start in starts:
        if 0 < start < len(text) and not text.startswith(lex.heading_ends, start):  # 管理|服务工作: the phrase goes on
            units = parse_units(prefix.cut(start), lex)
            # a prefix inside a name (`服务工作各乡镇`) says the subject starts later
            if units and all(kind_of(u.piece.text, lex) == "org" and not _prefix_inside(u.piece.text, lex) for u in units):
                return units
    return None


def _prefix_inside(name: str, lex: Lexicon) -> bool:
    """Whether a unit prefix (各, 所有, 全市…) stands inside the name after its first character."""
    return any(name.find(p, 1) > 0 for p in lex.prefixes)


def _inside_exception(text: str, i: int, lex: Lexicon) -> bool:
    """Whether a marker exception that holds a marker starts before i and runs over it (所在 over 在); not where
    its first characters end a venue's owner (主要 in `各市场业主要…`: 业主, then the modal), unless a leader is
    named there (`企业主要负责人`)."""
    return any(text.startswith(word, i - k) and not _owner_before(text, i, k, lex) for word, k in lex.straddling if k <= i)


def _owner_before(text: str, i: int, k: int, lex: Lexicon) -> bool:
    """Whether text[:i] ends with an owner word (see venue_owners) longer than the k characters of an exception
    before i, with no leader's title starting at i - k."""
    return (any(text[:i].endswith(w) and len(w) > k for w in lex.venue_owners)
            and not text.startswith(lex.leadership, i - k))


def _inside_marker(text: str, i: int, lex: Lexicon) -> bool:
    """Whether a marker that starts just before i runs past it (必须 over 须)."""
    for k in range(max(0, i - 2), i):
        m = lex.marker_at.match(text, k)
        if m and k + len(m.group(1)) > i:
            return True
    return False


def _opens_name(text: str, i: int, lex: Lexicon) -> bool:
    """Whether text[i:] opens with the suffix of an organisation of one or two
    characters, perhaps with the rest of a longer name after it (`部办公室`), that a
    predicate follows, so that the verb before it is part of the agent's name
    (`由县指挥部统一调配`, `由区级指挥部办公室统一汇总`, `由辖区派出所予以处罚`), not a verb
    (`由各乡镇具体组织实施`)."""
    for j in (i + 1, i + 2):
        if lex.suffix_kinds.get(text[i:j]) != "org" or text[i:j] in lex.verb_like_suffixes:
            continue
        for k in range(j, min(len(text), j + MAX_NAME_TAIL) + 1):
            if (k == len(text) or lex.agent_marker_at.match(text, k)) and (k == j or kind_of(text[i:k], lex) == "org"):
                return True
    return False


# How many characters of a name may follow the suffix right after an agent verb (`指挥` + 部 + 办公室).
MAX_NAME_TAIL = 4


def _units_before(clause: Piece, i: int, lex: Lexicon) -> list[Found] | None:
    """The units of clause.text[:i], the subject of the predicate at i. A date
    may stand between them (`…幼儿园4月21、22日放假`); told to stop its
    business (`农村大集继续暂停营业`), any short noun phrase names a unit."""
    text = clause.text
    end = _before_quoted_manner(text, i, lex)
    if text[end - 1] in lex.date_ends:  # most subjects end otherwise: spare the search
        date = lex.date_before.search(text, 0, end)
        # not a 在 inside a word (`报所在单位备案后`: 所在), unless a name ends there (`场所在营业期间`)
        if date and date.start() and (not _inside_exception(text, date.start(), lex)
                                      or any(len(w) > 1 and text.endswith(w, 0, date.start()) for w, _ in lex.suffixes)):
            end = date.start()
    end = _before_operation_noun(text, end, lex)
    # Most prefixes cannot name units: spare cutting them.
    units = parse_units(clause.cut(0, end), lex) if may_end_units(text, end, lex) else None
    if units == [] and text.endswith(lex.staff, 0, end) and _sets_work(text, i, lex):
        staff = next(w for w in lex.staff if text.endswith(w, 0, end))
        units = parse_units(clause.cut(0, end - len(staff)), lex) or units
    if units is None and (_stops(text, i, lex) or _service_suspended(text, end, i, lex)):
        units = parse_units(clause.cut(0, end), lex, OPERATORS)
    elif units is None and _operates(text, i, lex):
        # `集贸市场、早市、夜市有序恢复正常营业`: businesses that resume their own work, as those told to
        # stop it, whatever their nouns, once the list opens with one known by its shape (not
        # `生产、服务企业全部复工` after a verb: a trade, then the head it shares)
        subject = clause.cut(0, end)
        units = _opening_before_manner(subject, len(subject.text), lex)
        if units is None:
            operators = parse_units(subject, lex, OPERATORS)
            units = operators if operators and kind_of(operators[0].piece.text, lex) == "org" else None
    return units


def _before_operation_noun(text: str, end: int, lex: Lexicon) -> int:
    """Where the subject text[:end] ends before a noun of its own operation (`影剧院接待人数` + 不能超过…, `饭店、餐馆堂食` +
    要…): written right after a name that may end units, the venues are the subject (see operation_nouns in
    data/units.yml); an item of its own (`饭店、餐饮取消堂食`) is listed with them."""
    noun = next((w for w in lex.operation_nouns if text.endswith(w, 0, end)), None)
    if noun is None or end <= len(noun):
        return end
    cut = end - len(noun)
    return cut if text[cut - 1] not in lex.separators and may_end_units(text, cut, lex) else end


def _sets_work(text: str, i: int, lex: Lexicon) -> bool:
    """Whether the predicate at text[i:], to the end of its clause, sets how a body's staff work
    (see work_arrangements in data/units.yml)."""
    end = next((j for j in range(i, len(text)) if text[j] in CLAUSE_ENDS), len(text))
    return any(w in text[i:end] for w in lex.work_arrangements)


def _staff_told_how_to_work(clause: Piece, lex: Lexicon) -> bool:
    """Whether the clause opens with people and only sets how they work (`其他人员一律居家办公`, `干部职工实行线上办公`):
    the staff of the bodies a clause before names (`城区各党政机关、事业单位,除必需上班人员外,` + …), which are the
    subject, as `…单位工作人员居家办公` makes its bodies (see work_arrangements in data/units.yml)."""
    if not any(w in clause.text for w in lex.work_arrangements):  # most clauses set no way of working
        return False
    marker = lex.marker_at.search(clause.text, 1)
    return (marker is not None and _sets_work(clause.text, marker.start(), lex)
            and parse_units(clause.cut(0, marker.start()), lex) == [])


def _residential_regime(text: str, units: list[Found], lex: Lexicon) -> bool:
    """Whether the units are residential places by kind, or an institution's own parts (departments in
    data/units.yml: `翠湖校区实行封控`, `北校区解除封控管理`, held-out 212 rj03, 193 qq01; ADJUDICATION Q29, Q31), and
    the clause ends by putting a regime of control on them or lifting it (see residential in data/units.yml): they
    run it at their own gates, no area sealed; a part closed stays acted upon (`南校区暂时封闭`, 181 qe02: closed_by)."""
    ending = text.rstrip(PHRASE_EDGES)
    return ending.endswith(lex.residential_regimes) and all(
        _residential_kind(u.name, lex) or (u.name.endswith(lex.department_kinds) and not ending.endswith(lex.closed_by))
        for u in units)


# A residential place named by kind has at most this many characters before its kind word (`居民小区`,
# `涉疫小区`, `封闭式住宅小区`), after its last prefix; more are a proper name (`远洋风景小区`, `某某园居民小区`).
MAX_KIND_MODIFIER = 3


def _residential_kind(name: str, lex: Lexicon) -> bool:
    """Whether a unit's name is a residential place by kind, not a named compound or village: a short
    modifier before the kind word after its last prefix (`城区各院落`), holding no place (`某镇某村庄`)."""
    kind = next((k for k in lex.residential_kinds if name.endswith(k)), None)
    if kind is None or ends_with_named_place(name, lex):
        return False
    modifier = name[:len(name) - len(kind)]
    modifier = modifier[max((modifier.rfind(p) + len(p) for p in lex.prefixes if p in modifier), default=0):]
    return len(modifier) <= MAX_KIND_MODIFIER and not any(c in lex.lone_place_levels for c in modifier[1:])


def _opens_state_modifier(text: str, i: int, lex: Lexicon) -> bool:
    """Whether text[i:] opens a relative clause that says what its head does and ends with 的
    before the head (`暂停营业的购物商场…`, see state_modifier_ends in data/units.yml)."""
    des = text.find("的", i)
    return (des > i and des + 1 < len(text) and text.endswith(lex.state_modifier_ends, i, des)
            and not text.startswith(lex.modifier_openers, i)  # `按照复工复产的要求`: a preposition
            and not any(c in CLAUSE_ENDS for c in text[i:des]))


def _operates(text: str, i: int, lex: Lexicon) -> bool:
    """Whether the predicate at text[i:] has its subject run its own business: it ends with an
    operation verb (`有序恢复正常营业`, `逐步开放`), past a manner phrase that names no object
    (`恢复X的运营`, `对X开放`); see operating in data/units.yml."""
    rest = text[i:].rstrip(PHRASE_EDGES)
    verb = next((v for v in lex.operating_verbs if rest.endswith(v)), None)
    return verb is not None and _manner_only(rest[:len(rest) - len(verb)], lex)


# Words of a phrase before an operation verb that make what it opens or runs its object or its agent.
# A permission (`允许营业`) is the issuer's act, not the venue's; a negation reports a fact (`都未开工`) or
# rules the venue shut (`农贸市场不开放`). A lift (`解除封控`) ends a regime others put on a place.
NOT_MANNER = ("的", "对", "把", "向", "给", "由", "被", "让", "允许", "准许", "批准", "未", "没有", "不", "解除", "取消",
              "撤销")


def _manner_only(text: str, lex: Lexicon, level: tuple[int, ...] | None = None) -> bool:
    """Whether the text between a subject and its operation verb is adverbs and manner only
    (`逐步`, `坚持“限量、预约、错峰”,按照50%限流`): short, with no list of its own outside quotes
    and no word that puts an object or an agent before the verb. `level`: the bracket depths of the
    text, when it is cut from a longer one."""
    if len(text) > lex.operating_manner_max:
        return False
    outside = "".join(c for c, d in zip(text, level or depths(text)) if not d)
    return not any(w in outside for w in NOT_MANNER) and "、" not in outside


def _service_suspended(text: str, end: int, i: int, lex: Lexicon) -> bool:
    """Whether text[:end] names a service and the predicate at i, past adverbs, only
    suspends it, closing the clause: `快递、外卖业务一律暂停`."""
    if not text.endswith(lex.service_suffixes, 0, end):
        return False
    while True:
        verb = next((w for w in lex.service_suspensions if text.startswith(w, i)), None)
        if verb is not None:
            return not text[i + len(verb):].strip(PHRASE_EDGES)
        adverb = lex.stop_adverb_at.match(text, i)
        if adverb is None:
            return False
        i = adverb.end()


def _before_quoted_manner(text: str, i: int, lex: Lexicon) -> int:
    """Where the subject before the predicate at i ends, before a short quoted
    phrase that says how the predicate is carried out (`当地主管部门“一厂一组”派驻…`,
    `各乡镇“一村一策”制定…`); not before a quoted word that is part of the name
    (`村“两委”要…`: 两委 is a kind of body)."""
    if text[i - 1] != "”":  # most subjects end otherwise: spare the search
        return i
    start = text.rfind("“", 0, i)
    inner = text[start + 1:i - 1]
    if start <= 0 or not inner or len(inner) > MAX_QUOTED_MANNER or inner in lex.suffix_kinds:
        return i
    return start


def _stops(text: str, i: int, lex: Lexicon) -> bool:
    """Whether the predicate at text[i:] tells its subject to stop its business,
    past adverbs and modal verbs: `…等必须暂停营业`, also after a closing (`…渡船暂时关闭停运`)."""
    if _predicate_opens(text, i, lex, lex.operation_stops, lex.stop_adverb_at):
        return True
    if not any(w in text for w in lex.closed_by):  # most predicates close nothing: spare the search
        return False
    closing = _predicate_start(text, i, lex, lex.closed_by, lex.stop_adverb_at)
    return closing is not None and _stop_after_closing(text, closing, lex)


# What may stand between a closing and the operation stop after it (`关闭,暂停营业`, `关闭并停业`).
CLOSING_JOINS = "，,、并 "


def _stop_after_closing(text: str, i: int, lex: Lexicon) -> bool:
    """Whether the closing word at text[i:] is followed by an operation stop (`暂时关闭停运`, `全部关闭,暂停营业`):
    one predicate, whose subject is told to stop its own work, as by the stop alone (the guide's X暂停营业), not
    closed only. A stop of what others do there is none (`宗教活动场所暂时关闭,暂停宗教活动`: closed)."""
    word = next((w for w in lex.closed_by if text.startswith(w, i)), None)
    if word is None:
        return False
    j = i + len(word)
    while j < len(text) and text[j] in CLOSING_JOINS:
        j += 1
    return j < len(text) and _predicate_opens(text, j, lex, lex.operation_stops, lex.stop_adverb_at)


def _predicate_start(text: str, i: int, lex: Lexicon, words: tuple[str, ...], past: re.Pattern | None = None) -> int | None:
    """Where one of the words opens the predicate at text[i:], past adverbs such as 一律 or 暂时
    (lex.list_predicates, or the words `past` matches); None if none does: `…等场所暂时关闭`."""
    while not text.startswith(words, i):
        adverb = (past or lex.list_predicate_at).match(text, i)
        if adverb is None:
            return None
        i = adverb.end()
    return i


def _predicate_opens(text: str, i: int, lex: Lexicon, words: tuple[str, ...], past: re.Pattern | None = None) -> bool:
    """Whether the predicate at text[i:], past adverbs (see _predicate_start), opens with one of the words."""
    return _predicate_start(text, i, lex, words, past) is not None


def _subject_before_time(prefix: Piece, lex: Lexicon, clause_of_its_own: bool = False) -> list[Found] | None:
    """`各级各类学校开学前` + 要, `医疗机构接到报告后` + 应: a short time
    phrase, opened by an event verb, between subject and modal verb. As a clause
    of its own, the event alone will do (`各医疗机构发现发热病人，` + 要…), and so will
    what the subject comes to know right before the modal (`医疗机构、药店发现发热病人` + 要)."""
    text = prefix.text
    verbs = lex.time_verbs if text.endswith(lex.temporal) or clause_of_its_own else lex.bare_event_verbs
    for k in range(max(1, len(text) - lex.temporal_max), len(text)):
        if text.startswith(verbs, k):
            units = parse_units(prefix.cut(0, k), lex)
            if units is not None:
                return units
    return None


# Locatives that name an area by what is done in it (`管控区域内`, `封控范围内`): a verb may qualify them.
AREA_LOCATIVES = ("范围内", "区域内")
# … and the same areas written without their 内 (`管控区域所有学校`).
AREA_NOUNS = tuple(w.removesuffix("内") for w in AREA_LOCATIVES)


def _area_before_prefix(text: str, lex: Lexicon) -> int:
    """The length of an area that opens the text right before a unit's prefix, 0 if none: a place
    by kind (`城区各党政机关`, `城乡所有超市`) or any short phrase ending with a place's 内 (`管控乡镇内所有…`,
    `已解除的防范区内各类商户`, `讷河市域内所有商家`), whatever qualifies it. The prefix marks where
    the units begin, so the area is their scope, not a verb's object (`要求所有单位`: no area)."""
    level = None
    for i in range(1, min(MAX_LOCATIVE, len(text) - 1) + 1):
        prefixed = text.startswith(lex.prefixes, i)
        if not prefixed and not text.endswith("内", 0, i) and not text.endswith(AREA_NOUNS, 0, i):
            continue
        level = level or depths(text)
        head = text[:i].removesuffix("的")
        if (not head or level[i - 1] or any(c in CLAUSE_ENDS + SENTENCE_ENDS for c in head)
                or head.startswith(lex.scope_words) or _has_marker(head, lex) or _verb_before_locative(head, lex)):
            continue  # the whole territory is left to the name's scope (全县所有学校); `关闭区域内所有…`,
            # `推动辖区内生产企业…`: a verb's object (not `管控乡镇内`: the verb qualifies the place)
        within = head.endswith("内") and head[-2:-1] in AREA_LEVELS
        # an area named by what is done in it, without 内 (`管控区域所有学校…`, `管控区域学校、幼儿园…暂停线下教学`): a
        # verb before the area word, the units right after it (not `某村管辖区域`, `除…以外其他区域的小区`, nor the word
        # alone: `区域医疗中心`; with 内 it is the locative above)
        named = head.endswith(AREA_NOUNS) and not text.startswith(("内", "的"), i) and verb_led(head, lex)
        if prefixed and (within or named or head[-1] in AREA_LEVELS and kind_of(head, lex) == "place"):
            return i
        # with no prefix after it, only an area a verb qualifies (`管控乡镇内生活超市、…正常运行`): a place
        # that names a venue's part stays in the name (`小区内商超`)
        if not prefixed and (within and kind_of(head[:-1], lex) == "none" or named):
            return i
    return 0


def _verb_before_locative(head: str, lex: Lexicon) -> bool:
    """Whether the head is a verb and a locative of its own (`推动辖区内`), the verb taking what follows."""
    loc = next((w for w in lex.leading_locatives if head.endswith(w)), None)
    return loc is not None and _verb_before_place(head[:len(head) - len(loc)], loc, lex)


# The last character of a place before its 内 (`乡镇内`, `防范区内`, `市域内`, `城内`, `村屯内`, `街道内`).
AREA_LEVELS = frozenset("省市区县旗盟州镇乡村屯域城道")


def _verb_before_place(before: str, locative: str, lex: Lexicon) -> bool:
    """Whether the text before a locative is a verb that takes the place and what follows it as its
    object (`推动辖区内生产企业全部复工`), so that what follows is no subject; not a verb that names
    the kind of area (`管控区域内`)."""
    return before == before.lstrip() and lex.verb_opener_at.fullmatch(before) is not None and not locative.startswith(
        AREA_LOCATIVES)


def _has_marker(text: str, lex: Lexicon) -> bool:
    return lex.marker_at.search(text) is not None


def _skip_openers(clause: Piece, lex: Lexicon) -> Piece:
    """The clause from where its subject may start: after openers such as
    `一是`, `请`, `同时` and a place before the subject (`辖区内的疾控机构…`)."""
    changed = True
    while changed and clause.text:
        changed = False
        opener = lex.clause_opener_at.match(clause.text)
        if opener:
            clause, changed = clause.cut(opener.end()).strip(), True
        count = COUNT_BEFORE_KIND.match(clause.text)
        if count and count.end() < len(clause.text):  # `全市24个乡(镇)实行…`: the count names no unit
            clause, changed = clause.cut(count.end()), True
        area = _area_before_prefix(clause.text, lex)
        if area:  # `管控乡镇内所有党政机关…`, `城乡所有超市…`: the units are those after the area
            clause, changed = clause.cut(area), True
        if clause.text.startswith(lex.leading_locatives):
            loc = next(w for w in lex.leading_locatives if clause.text.startswith(w))
            if len(clause.text) > len(loc) and not _joined_on(clause.text, len(loc), lex):
                clause, changed = clause.cut(len(loc)).strip(), True
        for loc in lex.locatives:
            i = clause.text.find(loc)
            if (0 < i <= MAX_LOCATIVE and depths(clause.text)[i] == 0 and not _has_marker(clause.text[:i], lex)
                    and not _verb_before_place(clause.text[:i], loc, lex)
                    and not _joined_on(clause.text, i + len(loc), lex)):
                clause, changed = clause.cut(i + len(loc)).strip(), True
                break
    return clause


def _joined_on(text: str, i: int, lex: Lexicon) -> bool:
    """Whether a conjunction goes on at text[i], after a locative: the locative is then one item of a list that
    shares its head (`镇内及跨镇公交暂停服务`: the services within and across the town, held-out 256 tb07, 229 sa03,
    119 nu05), not the scope of what follows; not a preposition that opens a relation (`区域内与民生保障无关的企业`)."""
    return lex.conjunction_at.match(text, i) is not None and "的" not in text[i:]


# How a clause bears on the subject of its sentence.
SUBJECT, MODAL, STOP, LIST, ASIDE, NONE = "subject", "modal", "stop", "list", "aside", "none"


def _bearing(clause: Piece, lex: Lexicon) -> tuple[str, list[Found]]:
    """SUBJECT and its units when the clause opens with a subject; MODAL when
    it opens with a modal verb or an adverb that opens a predicate, perhaps
    after a date or a condition (`从1月26日起暂停营业`), and STOP when that
    predicate stops a business; LIST and its units when it is made only of
    units, which may be the subject of what follows; ASIDE when it excepts
    something (`除超市等场所外`), tells what the subject includes
    (`包括高校、中小学等机构`), gives a cause (`因设施设备改造`) or is only a date or a condition; a clause in a
    `在…的同时` frame bears as its inner clause when that opens with a subject,
    else as an aside; NONE otherwise, as when what comes before is closed
    (`…，暂时关闭`) or closed in the clause, or the clause says who decided (`…领导小组决定`)."""
    request = _after_requirement(clause.strip(PHRASE_EDGES), lex)
    clause = _skip_openers(request, lex)
    if not clause.text or clause.text[0] in OPENING or clause.text.endswith(lex.decisions):
        return NONE, []
    if _excepts(clause.text, lex) or clause.text.startswith(lex.cause_open):
        return ASIDE, []
    if clause.text.startswith(lex.inclusion_open):
        return _inclusion(clause, lex)
    if clause.text.startswith(lex.example_openers):
        examples = _examples(clause, lex)
        if examples is not None:
            return examples, []
    framed = _framed(clause, lex)
    if framed is not None:
        bearing, units = _bearing(framed, lex)
        return (SUBJECT, units) if bearing == SUBJECT else (ASIDE, [])
    units = _subject_before_marker(clause, lex) or _duty_holder(clause, lex) or _requested(request, lex)
    if units:
        if ((_an_area(units, lex) and not _told(clause, units, lex) and not _governs(clause, units, lex))
                or _the_issuer(units, lex) or _places_under_regime(clause, units, lex)
                or _departments_reported(clause, units, lex)
                or _posts_under_regime(clause, units, lex) or _announces_review(clause, units, lex)
                or _told_to_hold_documents(clause, units, lex)
                or _designates(clause.text, _end_of(units, clause), lex)
                or _spaces_of_a_gathering_ban(clause, units, lex)):
            return NONE, []
        return SUBJECT, units
    if _staff_told_how_to_work(clause, lex):
        return MODAL, []
    lead = lex.date_lead.match(clause.text)
    predicate = clause.text[lead.end() if lead else _event_time_end(clause.text, lex):]
    if not predicate:  # `…，在复工前，须…`: the subject waits across the date or condition
        return ASIDE, []
    if _closes(predicate, 0, lex):
        return NONE, []
    if predicate.startswith(lex.modal + lex.list_predicates + lex.clause_predicates) and not _needing(predicate, lex):
        return (STOP if _stops(predicate, 0, lex) else MODAL), []
    if lead and predicate.startswith(lex.predicates_after_condition):  # `…,在落实…措施后可复工复产`: 可 after the condition
        return MODAL, []
    if any(word in clause.text for word in lex.acted_upon):  # `图书馆、文化馆全部闭馆`: 闭馆 no suffix
        return NONE, []
    whole = parse_units(_before_aside(clause, lex), lex) or _subject_before_time(clause, lex, True)
    if whole is None and _names_a_subset(clause.text):
        return ASIDE, []  # `…和其他重点企业，符合封闭式管理条件的，可以…`: the subject waits across the condition
    return (LIST, whole) if whole and not _an_area(whole, lex) and not _the_issuer(whole, lex) else (NONE, [])


# A need that qualifies a head (`需连续生产的企业`): the modal, a short verb phrase and 的.
NEEDING = re.compile("(?:需要|需)[^，,、；;。的]{1,8}的")


def _needing(text: str, lex: Lexicon) -> bool:
    """Whether the clause is a noun phrase whose head a need qualifies (`城市运转保障行业，需连续生产的企业单位，以及…
    超市…正常营业`: the firms that must run on, an item of the list, not a predicate; held-out 99 na03, 204 rb04)."""
    need = NEEDING.match(text)
    return need is not None and bool(parse_units(Piece.of(text.rstrip(PHRASE_EDGES), need.end()), lex))


def _names_a_subset(text: str) -> bool:
    """Whether the clause is a relative clause with no head (`符合封闭式管理条件的`, `达不到要求的`): those of the
    subject before it that it holds for, whose predicate follows."""
    return text.rstrip(PHRASE_EDGES).endswith("的") and depths(text)[-1] == 0


@lru_cache(maxsize=8)
def _last_characters(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w[-1] for w in words)


def _event_time_end(text: str, lex: Lexicon) -> int:
    """Where a time phrase made of an event and a temporal word ends when it opens the clause right before a modal verb
    or a list predicate (`疫情解除前` + 不得…, `恢复营业后` + 要…), 0 if none: the subject of the clause before waits across
    it, as across a date (date_before_predicate). The shortest such phrase, of at most temporal_max characters, that
    names no unit (a subject's own time phrase is its clause's: `各学校开学前要…`) and no count (`24小时都…`: a span)."""
    last = _last_characters(lex.temporal)  # most clauses hold no temporal word: spare the tests
    for k in range(2, min(len(text), lex.temporal_max) + 1):
        if (text[k - 1] in last and text.endswith(lex.temporal, 0, k) and text.startswith(lex.modal + lex.list_predicates, k)
                and not any(c.isdigit() for c in text[:k]) and parse_units(Piece.of(text, 0, k), lex) is None):
            return k
    return 0


def _closed(text: str, i: int, lex: Lexicon) -> bool:
    """Whether the predicate at text[i:] closes its subject or manages it as an area (lex.acted_upon),
    perhaps after a date by which it is done (`暂停营业的场所于1月4日15:00前关闭到位`), or after a modal verb
    and adverbs when the closing ends the clause (`…等场所必须坚决关闭到位`: with an object after it, the
    subject closes something else, `各乡镇要关闭辖区内市场`)."""
    if not any(w in text for w in lex.acted_upon):  # most predicates close nothing: spare the search
        return False
    date = lex.date_lead.match(text, i)
    for start in (i, date.end()) if date is not None and date.end() > i else (i,):
        if _closes(text, start, lex):
            return True
        closing = _predicate_start(text, start, lex, lex.closed_by, lex.stop_adverb_at)
        if closing is not None and _ends_with_closing(text, closing, lex):
            return True
    return False


# What may end a clause after its closing word, saying it is done (`关闭到位`).
CLOSING_DONE = "到位"


def _closes(text: str, i: int, lex: Lexicon) -> bool:
    """Whether the predicate at text[i:], past adverbs, closes its subject or manages it as an area
    (lex.acted_upon), and no operation stop follows the closing (see _stop_after_closing)."""
    start = _predicate_start(text, i, lex, lex.acted_upon)
    return start is not None and not _stop_after_closing(text, start, lex)


def _ends_with_closing(text: str, i: int, lex: Lexicon) -> bool:
    """Whether the closing word at text[i:] ends the clause, but for a word saying it is done."""
    word = next(w for w in lex.closed_by if text.startswith(w, i))
    return text[i + len(word):].strip(PHRASE_EDGES).removeprefix(CLOSING_DONE) == ""


def _excepts(text: str, lex: Lexicon) -> bool:
    """Whether the clause excepts something (`除超市等场所外`), perhaps after the whole
    territory it speaks of (`全市除超市、药店正常营业以外`), perhaps with an aside after it
    (`…正常营业外(隔离点周边除外)`)."""
    return _opens_exception(text, lex) and _closes_exception(text, lex)


def _opens_exception(text: str, lex: Lexicon) -> bool:
    """Whether the clause opens with 除, perhaps after the whole territory or an area it speaks of
    (`全市除…`, `主城区除…`)."""
    scope = next((w for w in lex.scope_words if text.startswith(w)), "")
    if not scope:
        i = next((i for i in range(2, min(MAX_LOCATIVE, len(text))) if text.startswith(lex.exception_open, i)), 0)
        scope = text[:i] if i and text[i - 1] in AREA_LEVELS and kind_of(text[:i], lex) == "place" else ""
    return text.startswith(lex.exception_open, len(scope))


def _closes_exception(text: str, lex: Lexicon) -> bool:
    aside = TRAILING_ASIDE.search(text)
    end = aside.start() if aside and aside.start() else len(text)
    return text.endswith(lex.exception_close, 0, end)


def _excepted_clauses(parts: list[str], lex: Lexicon) -> set[int]:
    """The clauses of an exception that runs over several (`主城区除甲街道某社区,乙街道某社区,…继续实行静态
    管理外,其余片区解除…`): from the clause that opens it with 除 to the first that closes it with 外."""
    excepted: set[int] = set()
    for n, part in enumerate(parts):
        text = part.strip(PHRASE_EDGES)
        if n in excepted or not _opens_exception(text, lex) or _closes_exception(text, lex):
            continue
        end = next((k for k in range(n + 1, len(parts)) if _closes_exception(parts[k].strip(PHRASE_EDGES), lex)), None)
        if end is not None:
            excepted.update(range(n, end + 1))
    return excepted


def _after_requirement(clause: Piece, lex: Lexicon) -> Piece:
    """`县指挥部要求各乡镇落实…` → 各乡镇落实…: who requires is not obliged by the
    requirement, those required of are."""
    text = clause.text
    for word in lex.requirement_verbs:
        for i in find_outside(text, word):
            if i and parse_units(clause.cut(0, i), lex) is not None:
                return clause.cut(i + len(word))
    return clause


def _duty_holder(clause: Piece, lex: Lexicon) -> list[Found] | None:
    """`各乡镇（街道）是辖区疫情防控的责任主体`, `各单位主要负责人是本单位第一责任人`,
    `各经营主体作为防控责任主体`: the units a copula names as holders of a duty."""
    text = clause.text
    if not any(title in text for title in lex.duty_titles):  # most clauses name none: spare the search
        return None
    for m in lex.duty_copula_at.finditer(text, 1):
        i = m.start()
        if depths(text)[i] or not any(title in text[m.end():] for title in lex.duty_titles):
            continue
        units = parse_units(clause.cut(0, i), lex)
        if units is not None:
            return units or None
    return None


# The word that asks the units after it to act (`请各单位…`), whatever verb follows them.
REQUEST = "请"
# How long the units a request opens with may be.
MAX_REQUESTED = 20
# The word that counts people one by one (`请各位同学…`, `请各位父老乡亲和商户…`): a request to them, never to bodies.
EACH_PERSON = "各位"


def _requested(clause: Piece, lex: Lexicon) -> list[Found] | None:
    """`请各单位提醒符合接种条件的师生按时接种`, `…,请各单位作好相关工作安排`, `请各学院提醒…外国专家…通风` (held-out
    167 pq02, 191 qo07, 200 qx08): the bodies a request opens with, by a prefix (`各`, `相关`), are asked to do what
    follows, a verb no marker list holds. They are the first words past the prefixes that name bodies and can go on no
    further, across a list or an aside (`各学院` in `各学院提醒校内…`, `各村(社区)` in `各村(社区)今天务必转发…`; not
    `所有市` in `所有市民`, a bare level). A request to people (`请各位同学…`: EACH_PERSON), or one that names the public
    beside bodies (`请各乡镇(街道)、各单位、广大市民严格落实…`, held-out 100 nb09: public_words), is an appeal to all,
    no unit's."""
    if not clause.text.startswith(REQUEST):
        return None
    rest = clause.cut(len(REQUEST)).strip()
    core, prefixed = strip_leading(rest.text, lex.prefixes)
    if not prefixed or rest.text.startswith(EACH_PERSON) or any(w in rest.text for w in lex.public_words):
        return None
    goes_on = _joins(lex) + ("(", "（")
    for k in range(len(rest.text) - len(core) + 1, min(len(rest.text) - 1, MAX_REQUESTED) + 1):
        units = parse_units(rest.cut(0, k), lex)
        if (units is None or parse_units(rest.cut(0, k + 1), lex) is not None or rest.text.startswith(goes_on, k)
                or rest.text[:k].endswith(goes_on)):
            continue
        bodies = units and all(kind_of(u.name, lex) == "org" and len(strip_leading(u.name, lex.prefixes)[0]) > 1
                               for u in units)
        return units if bodies else None
    return None


def _inclusion(clause: Piece, lex: Lexicon) -> tuple[str, list[Found]]:
    """A clause that tells what the subject before it includes leaves the subject
    waiting (`各级各类学校，包括高校、中小学等机构，不早于…开学`), or carries its
    predicate: after examples of the subject that end with their head
    (`…，包括高校、中小学等机构不早于…开学`), which are no units of their own, or
    after a unit named beside it, which is one (`各单位，包括培训机构在开学前，不得…`)."""
    word = next(w for w in lex.inclusion_open if clause.text.startswith(w))
    rest = clause.cut(len(word))
    text = rest.text
    for i in find_outside(text, "等"):
        for j in range(i + 2, min(len(text), i + 1 + MAX_INCLUDED_HEAD) + 1):
            if kind_of(text[i + 1:j], lex) == "org" and lex.marker_at.match(text, j):
                return (STOP if _stops(text, j, lex) else MODAL), []
    units = _subject_before_marker(rest, lex)
    return (SUBJECT, units) if units else (ASIDE, [])


def _examples(clause: Piece, lex: Lexicon) -> str | None:
    """How a clause of examples of the subject before it bears (`人员密集、空间密闭场所,如商场、商业综合体、KTV…`, held-out
    170 pt01; with no comma, `…场所如网吧、浴室等暂停营业`, see example_openers in data/units.yml): the examples are no
    units, the subject waits across them (ASIDE), or they carry its predicate after their 等 (MODAL or STOP). None when
    what follows the word is no list of two venues or bodies at least, one known by its shape (`如有发热…`, `如发现…`: a
    condition; `如家酒店等…`: a name)."""
    word = next(w for w in lex.example_openers if clause.text.startswith(w))
    text = clause.text[len(word):]
    ends = find_outside(text, "等")
    listed, known = _operators(text[:ends[-1]] if ends else text, lex)
    if not known or len(listed) < 2:
        return None
    after = text[ends[-1] + 1:] if ends else ""
    if after and lex.marker_at.match(after):
        return STOP if _stops(after, 0, lex) else MODAL
    return ASIDE


def _an_area(units: list[Found], lex: Lexicon) -> bool:
    """`博平镇实施全域静态管理`: one named place alone opening the sentence is the
    area the notice governs or acts upon; places listed together are told to act,
    each by its government (`甲县、乙县开展…`). The issuing place named by itself (`我区将于…开展…`)
    is such an area too."""
    return len(units) == 1 and (one_named_place(units[0].name, lex) or units[0].name in lex.self_places)


def _the_issuer(units: list[Found], lex: Lexicon) -> bool:
    """`我院实施临时封闭管理`, `全院严禁探视`: the issuing body named by itself, alone as the subject, is the
    issuer setting its own rules, no unit it obliges (ADJUDICATION Q29), as the issuing place named by itself is
    the area (`_an_area`). A clause knows the issuer by its pronouns only (names_the_issuer with no speaker)."""
    return len(units) == 1 and names_the_issuer(units[0].name, frozenset(), lex)


def _departments_reported(clause: Piece, units: list[Found], lex: Lexicon) -> bool:
    """`门诊、急诊正常开诊`, `医院门诊、住院和发热门诊正常运行`: a body's own departments whose predicate opens with a
    report word right after them are said to work as they do, information with no duty (ADJUDICATION Q29); not the
    hours an order sets (`急诊24小时照常开诊`). See departments in data/units.yml."""
    end = _end_of(units, clause)
    return (end is not None and all(u.name.endswith(lex.department_kinds) for u in units)
            and clause.text.startswith(lex.department_reports, end))


def _governs(clause: Piece, units: list[Found], lex: Lexicon) -> bool:
    """Whether the one named place opening the clause is a county-level place (a county, district or city) that acts
    through its government (`湾沚区开展区域核酸检测`, `茂南区暂停大型会议…`): no regime of control is put on it within
    the places' gap, and the clause reports nothing done (see governing_places in data/units.yml)."""
    name = units[0].name
    if name in lex.self_places or not name.endswith(lex.governing_levels) or any(w in clause.text for w in lex.governing_reports):
        return False
    end = _end_of(units, clause)
    regime = lex.place_regime_at.search(clause.text, end) if end is not None else None
    return end is not None and (regime is None or regime.start() - end > lex.place_regime_gap)


def _told(clause: Piece, units: list[Found], lex: Lexicon) -> bool:
    """Whether a modal verb follows the units right away (`调整后，疏附县要坚持…`): a named place told what it must
    do is its government, obliged, not the area acted upon (`博平镇实施全域静态管理`)."""
    end = _end_of(units, clause)
    return end is not None and clause.text.startswith(lex.modal, end) and not clause.text.startswith(OPERATION_WORDS, end)


# Modal words that also open what is done to a place (`将…`: the issuer's future act, `某镇将实施封控`).
OPERATION_WORDS = ("将",)


def _places_under_regime(clause: Piece, units: list[Found], lex: Lexicon) -> bool:
    """`南河街道、万缘街道恢复交通出行`: named places whose predicate, opening right after
    them (past a counted head: `等12个乡镇(街道)`), puts a regime of control on them or lifts
    it are the areas it covers (see places_under_regime in data/units.yml)."""
    end = _end_of(units, clause)
    # (the names as they are given: `采样期间社区(单位、场所)` is 社区(单位、场所), no named community)
    places = [_without_parts(_without_scope(u.name, lex), lex) for u in units]
    if end is None or not _named_places(places, lex):
        return False
    regime = lex.place_regime_at.search(clause.text, end)
    if regime is None or regime.start() - end > lex.place_regime_gap:
        return False
    # Places told to act (`…要继续实行封控管理`) or acting on others (`…对…实行静态管理`) are bodies.
    gap = clause.text[end:regime.start()]
    return "对" not in gap and not any(word in gap for word in lex.modal)


# The numbered parts of a place (`1组`, `10至22组`, `二区`, `1.2.3组`, `3号楼`): no body's name ends with one.
NUMBERED_PART = re.compile(r"(?:[0-9０-９一二三四五六七八九十]+(?:[.．\-—~至到][0-9０-９一二三四五六七八九十]+)*"
                           r"(?:号楼|号院|单元|区|期|组|栋|幢))+$")


def _named_places(names: list[str], lex: Lexicon) -> bool:
    """Whether each name ends with a named place, perhaps with its numbered parts after it (`罗堰村1组`, `许营村10至22组`),
    or is a bare numbered part of the place named before it (`罗堰村1组、2组`, `四方景园一区、二区、三区`: held-out 236 sh08,
    254 sz03)."""
    for n, name in enumerate(names):
        bare = NUMBERED_PART.sub("", name)
        if not (ends_with_named_place(name, lex) or bare and ends_with_named_place(bare, lex) or n and not bare):
            return False
    return bool(names)


def _without_parts(name: str, lex: Lexicon) -> str:
    """The name before a bracket that lists the places it holds (`三圣街道(幸福社区、红砂社区)` → 三圣街道); a
    bracket of level words qualifies the name and stays (`其余个县（市、区）`)."""
    aside = TRAILING_ASIDE.search(name)
    if aside is None or all(w in lex.level_words for w in re.split("[、，,]", aside.group()[1:-1])):
        return name
    return name[:aside.start()]


def _posts_under_regime(clause: Piece, units: list[Found], lex: Lexicon) -> bool:
    """`卡口实行24小时值守`, `各小区出入口全部封闭`: checkpoints and gates whose predicate, past
    adverbs, puts a regime on them are places, as named places under a regime are; told to act
    (`各交通卡口均不得予以放行`) they are staffed posts (see posts_under_regime in data/units.yml). A list whose
    last item or shared head is a post names the posts of each place it lists (`小区、农村、企业、单位等卡口实行…`,
    `机关单位、办公楼宇、经营单位、社区小区出入口加强值守`: held-out 151 pa04, 159 pi02)."""
    end = _end_of(units, clause)
    if end is None:
        return False
    # (the posts of a list sharing one head, `公路、铁路、航空等各交通出入口实施…`: the predicate opens after the head)
    head = re.match(rf"(?:[、，,和及与]|等)[^，,。；;！!]{{0,24}}?(?:{'|'.join(map(re.escape, lex.post_suffixes))})", clause.text[end:])
    # (a post whose places a bracket lists, `…各高速路口(廊沧高速大城口、…)全部设立检查站点`: the post, held-out 253 sy04)
    if head is None and not QUALIFIER.sub("", units[-1].name).endswith(lex.post_suffixes):
        return False
    return _predicate_opens(clause.text, end + (head.end() if head else 0), lex, lex.post_regimes)


def _announces_review(clause: Piece, units: list[Found], lex: Lexicon) -> bool:
    """`…指挥部将根据疫情发展态势，适时调整…`: the subject announces that it will review the
    measures, an announcement, no obligation (see review_announcement in data/units.yml)."""
    end = _end_of(units, clause)
    return end is not None and lex.review_announcement_at.match(clause.text, end) is not None


def _told_to_hold_documents(clause: Piece, units: list[Found], lex: Lexicon) -> bool:
    """`眼科门诊必须在48小时内持有有效的阴性核酸检测报告`: a subject told to hold a document is the people it names or
    serves, no body (see document_holding in data/units.yml)."""
    end = _end_of(units, clause)
    return end is not None and lex.document_holding_at.match(clause.text, end) is not None


def _designates(text: str, end: int | None, lex: Lexicon) -> bool:
    """`西安高新区将灵沼街道、集贤镇全域调整为防范区管理`: the subject whose predicate, at text[end:], puts places in a
    class of risk designates them, as the issuer does, and is obliged by nothing (see designating in data/units.yml)."""
    return end is not None and lex.designation_at.match(text, end) is not None


def _spaces_of_a_gathering_ban(clause: Piece, units: list[Found], lex: Lexicon) -> bool:
    """`公园、游园、广场一律停止广场舞等群众聚集性活动`: open spaces listed with a square under a ban of
    the public's gatherings are where the ban holds, not units (see gathering_bans in data/units.yml)."""
    end = _end_of(units, clause)
    ban = lex.gathering_ban_at.search(clause.text, end) if end is not None else None
    return ban is not None and any(w in clause.text[:ban.start()] for w in lex.gathering_spaces)


def _end_of(units: list[Found], clause: Piece) -> int | None:
    """Where the last of the units ends in the clause they were found in, or None."""
    ends = [clause.offsets.index(u.piece.offsets[-1]) + 1 for u in units
            if u.piece.offsets and u.piece.offsets[-1] in clause.offsets]
    return max(ends, default=None)


def _framed(clause: Piece, lex: Lexicon) -> Piece | None:
    """The clause inside `在…的同时`, if the clause is so framed."""
    text = clause.text
    opener = next((w for w in lex.frame_open if text.startswith(w)), None)
    closer = next((w for w in lex.frame_close if text.endswith(w)), None)
    if opener is None or closer is None or len(text) <= len(opener) + len(closer):
        return None
    return clause.cut(len(opener), len(text) - len(closer))


def _before_aside(clause: Piece, lex: Lexicon) -> Piece:
    """A clause that ends by excepting something (`商超除保障供应外`), or with a
    date or a condition (`所有企业如无特殊情况`), up to that aside."""
    if clause.text[-1] in lex.date_ends:
        date = lex.date_before.search(clause.text)
        if date and date.start():
            return clause.cut(0, date.start())
    if not clause.text.endswith(lex.exception_close):
        return clause
    for word in lex.exception_open:
        i = clause.text.find(word)
        if i > 0 and not depths(clause.text)[i]:
            return clause.cut(0, i)
    return clause


def _sentence_subjects(clauses: list[tuple[int, str, Clause]], lex: Lexicon, cut: bool = False) -> list[Unit]:
    """Subjects of the clauses of one sentence, given with where each clause
    starts and its text. A clause made only of units (`各区党委、政府，各部门、各单位要…`)
    is a subject when the next clause is one too, or opens with a modal verb
    (`…等人员密集场所，要从严控制…`); told to stop its business, a clause
    of short noun phrases names units whatever their nouns (`宾馆酒店、农庄等，…暂停营业`)."""
    found, waiting = [], []
    for n, (start, text, clause) in enumerate(clauses):
        if clause.bearing == SUBJECT and _speaks(text, clause, [part for _, part, _ in clauses[n + 1:]], lex):
            waiting = []
            continue
        if clause.bearing == SUBJECT:
            # a subject told to stop its business shares the order with the businesses before it
            # (`…,甜茶屋,洗浴场所等娱乐场所,以及博物馆等场所停止营业`)
            stops = any(word in text for word in lex.operation_stops)
            subjects = _rest_by_head(clause.subjects, clauses[n - 1][1] if n else "", lex)
            if not (stops and _object_runs_on(clauses[:n], lex)):
                found += (_stopped(clauses[:n], lex) if stops else waiting) + _shifted(subjects, start)
            waiting = []
        elif clause.bearing in (MODAL, STOP):
            if clause.bearing == MODAL:
                found += _bodies_told(waiting, text, lex)
            elif not _object_runs_on(clauses[:n], lex):
                found += _stopped(clauses[:n], lex)
            waiting = []
        elif clause.bearing == LIST:  # `各医疗机构发现发热患者后，应当…`: the subject waits across the time phrase
            waiting += _shifted(clause.subjects, start)
        elif waiting and _after_condition(clauses[n - 1][1], text, lex):
            found += waiting
            waiting = []
        elif clause.bearing != ASIDE:  # an exception, an inclusion or a date leaves the subject waiting
            waiting = []
    # A page cut after the subject of its last clause (`…，其他包括不限于农贸市场、网吧、`):
    # what is written of the clause names the units its lost predicate binds.
    return found + waiting if cut else found


def _object_runs_on(before: list[tuple[int, str, Clause]], lex: Lexicon) -> bool:
    """Whether the clauses before a stop order, back over those made only of units, open with a list after an object
    opener (`对棋牌室、…、室内儿童游乐项目,位于地下室…的小旅店,各类线下培训机构,洗浴场所…等…场所暂停营业`, held-out 252
    sx04): the object runs on across the commas to the order, which the issuer puts on the venues (`对…场所暂停营业`, as
    in one clause), and none of them is its subject. Lists after 对 or 将 run on so in 15 c01, 30 kj01, 137 om03, 196 qt06
    and real a10."""
    for _, text, clause in reversed(before):
        if clause.bearing in (LIST, ASIDE):
            continue
        opened = text.strip(PHRASE_EDGES)
        return opened.startswith(LIST_OBJECT_OPENERS) and _operators(opened[1:], lex)[1]
    return False


# The prepositions that put a list of venues before the order on them (`对…场所暂停营业`, `将…划定为…`); not those of
# a purpose or a beneficiary (`为保障…`, `给广大观众营造…环境`), whose clause names no venue the order is put on.
LIST_OBJECT_OPENERS = ("对", "把", "将")


def _rest_by_head(subjects: tuple[Unit, ...], before: str, lex: Lexicon) -> tuple[Unit, ...]:
    """`…保留…菜市场、商超、药店等经营场所，其它一概暂时停止营业` (held-out 120 nv01, nv02): a bare `其它` is the rest
    of the kind the clause before lists, named with that list's head after 等 (其它经营场所)."""
    if not any(name in lex.rest_words for _, _, name, _ in subjects):  # most subjects are named in full
        return subjects
    tail = before.rstrip(PHRASE_EDGES)
    head = tail[tail.rfind("等") + 1:] if "等" in tail else ""
    if kind_of(head, lex) != "org":
        return subjects
    return tuple((s, e, name + head if name in lex.rest_words else name, role) for s, e, name, role in subjects)


def _bodies_told(waiting: list[Unit], text: str, lex: Lexicon) -> list[Unit]:
    """The units of the clauses before that the predicate opening `text` binds: none when it opens with a regime
    (see clause_predicates in data/units.yml) and they are all named places, the areas it is put on, as
    _places_under_regime reads them in one clause (`某某村,实行封闭管理`); none when it only names those
    it is said of (see _names_those_who)."""
    if waiting and text.lstrip(PHRASE_EDGES).startswith(lex.clause_predicates) and all(
            ends_with_named_place(_without_parts(name, lex), lex) for _, _, name, _ in waiting):
        return []
    return [] if _names_those_who(text) or _sanction_targets([name for _, _, name, _ in waiting], text, lex) else waiting


def _sanction_targets(names: list[str], predicate: str, lex: Lexicon) -> bool:
    """Whether the units named before a sanction are its target, not obliged by it (see sanction in
    data/units.yml): each named by what it did (`拒不配合的单位`), the predicate a sanction (`将依法追究…`)."""
    return bool(names) and all("的" in name for name in names) and lex.sanction_at.match(
        predicate.lstrip(PHRASE_EDGES)) is not None


def _names_those_who(text: str) -> bool:
    """`…不要前往甲市、乙区，必须前往的，请…`: a clause that ends with 的 names the people it is said
    of (those who must go), the topic of what follows; it is no predicate of the places listed before it."""
    return text.strip(PHRASE_EDGES).endswith("的")


def _speaks(text: str, clause: Clause, after: list[str], lex: Lexicon) -> bool:
    """Whether the subject of the clause only frames what the clauses after it order of others, as the
    issuer does (`X指挥部按照…要求，从即刻起全体居民…`): after it the clause holds only a frame
    (see speech_frame in data/units.yml), and the next clause opens with a start and then a subject of its own, no
    predicate (not `各单位按照…要求，从即日起暂停…`); or the next clause, perhaps past a clause that is only a
    start, puts places in a class of risk (`X指挥部根据…规定，自…起，将甲小区划定为高风险区`: see _designates)."""
    end = max(u[1] for u in clause.subjects)
    if not lex.speech_frame_at.fullmatch(text[end:].strip(PHRASE_EDGES)):
        return False
    clauses = [_past_start(part.strip(PHRASE_EDGES), lex) for part in after]
    rest = clauses[0][1] if clauses and clauses[0][0] else ""
    if rest and not rest.startswith(lex.modal + lex.list_predicates) and lex.marker_at.match(rest) is None:
        return True
    return _designates(next((r for _, r in clauses if r), ""), 0, lex)  # past any clause that is only a start


def _past_start(clause: str, lex: Lexicon) -> tuple[bool, str]:
    """Whether a clause opens with a start (a date or condition, lex.date_lead: `从即刻起`), and its words after it."""
    start = lex.date_lead.match(clause)
    return start is not None, clause[start.end():] if start else clause


def _after_condition(before: str, text: str, lex: Lexicon) -> bool:
    """Whether the clause `text` opens the predicate of the subject waiting in the clause
    `before`, which ends with a condition: `…等经营场所在严格落实…的基础上,` + `实行限流管理`."""
    return (text.lstrip(PHRASE_EDGES).startswith(lex.predicates_after_condition)
            and before.rstrip(PHRASE_EDGES)[-1:] in lex.date_ends
            and lex.date_before.search(before.rstrip(PHRASE_EDGES)) is not None)


def _stopped(before: list[tuple[int, str, Clause]], lex: Lexicon) -> list[Unit]:
    """The units a stop order binds, from the clauses before it in its sentence:
    the run of clauses, back from the order, each made of units or of
    businesses (`经营中餐的酒店、餐馆，各类影剧院、茶楼等，必须暂停营业`), past
    asides (`…，除超市外，…`). A clause of businesses none of which is known by its
    shape belongs to the run only between clauses of known ones: a list typed with
    commas for 、, as spun copies print it (`…,棋牌室,甜茶屋,藏餐馆,…停止营业`)."""
    found: list[Unit] = []
    pending: list[Unit] = []  # businesses of no known shape, kept once a known one comes before them
    for start, text, clause in reversed(before):
        if clause.bearing == ASIDE:
            continue
        if _not_in_run(text, lex):
            break
        if clause.bearing == LIST:
            units, known = _shifted(clause.subjects, start), True
        elif clause.bearing == NONE:
            operators, known = _operators(text, lex)
            units = _shifted(operators, start)
        else:
            units = []
        if not units:
            break
        if known:
            found, pending = units + pending + found, []
        else:
            pending = units + pending
    return found


def _not_in_run(text: str, lex: Lexicon) -> bool:
    """Whether a clause ends a run of businesses told to stop: venues closed
    (`…等场所全部闭馆`), or an exception split over clauses (`除农贸市场、药店等经营场所,`,
    `以及粮油配送外,`) or kept open (`保留…菜市场、商超、药店等经营场所,`), whose venues keep working."""
    clause = text.strip(PHRASE_EDGES)
    return (any(word in clause for word in lex.acted_upon + lex.keeps_open) or clause.startswith(lex.exception_open)
            or clause.endswith(lex.exception_close))


@lru_cache(maxsize=1 << 10)
def _operators(text: str, lex: Lexicon) -> tuple[tuple[Unit, ...], bool]:
    """The units of a clause made only of the businesses the next clause tells
    to stop, and whether one of them at least is known by its shape (not
    `经研究决定，暂停营业`)."""
    clause = _skip_openers(Piece.of(text).strip(PHRASE_EDGES), lex)
    units = parse_units(clause, lex, OPERATORS) or []
    known = any(kind_of(u.piece.text, lex) == "org" for u in units)
    return _located([(u, "subject") for u in units]), known


def _agents(clause: Piece, lex: Lexicon) -> list[Found]:
    """`由公安机关依法处理`, `由属地区县负责`; and the units a prohibition
    binds (`禁止餐馆、农家乐承办聚餐`)."""
    found, text = [], clause.text
    for word in lex.prohibitions:
        i = text.find(word)
        if i >= 0:
            found += _subject_before_marker(clause.cut(i + len(word)), lex, agent=True) or []
            break
    if "并" in text:  # most clauses hold no approval that goes on: spare the search
        for m in APPROVES_AND_ACTS.finditer(text):
            found += parse_units(clause.cut(m.start(1), m.end(1)), lex) or []
    for i, end in _agent_openings(text):
        if any(text.startswith(e, i - k) for e in lex.agent_exceptions for k in range(min(len(e), i + 1))):
            continue
        agent = clause.cut(i + 1, end)
        units = _subject_before_marker(agent, lex, agent=True) or _agent_before_manner(agent, lex)
        if units and _approves(agent, units, lex):
            continue  # `由单位或街道审批备案`: a body that only approves is not obliged
        if units:
            found += units + _group_of(agent, lex)
    return found


def _agent_openings(text: str) -> list[tuple[int, int]]:
    """Each 由 that may name an agent, with where the agent's clause may run to: outside brackets, to the end
    of the text; inside a bracketed aside of one clause, to the aside's end (`解除封闭管理(具体实施时间由居委会通知)`,
    `须出示证明(由社区和医疗单位出具证明)`: the aside gives the body that carries the step out; held-out 114 np08, 192
    qp04, 223 ru06). An aside of several clauses is a provision of its own for the reader, whose 由 may name one of
    the ways open to them (`(由火车站、高速…检查站设立核酸采样点，或由所在社区开具证明…)`, 35 ko09: no units)."""
    found = [(i, len(text)) for i in find_outside(text, BY)]
    if len(found) < text.count(BY):  # most 由 stand outside brackets: spare the search for asides
        found += [(m.start(1) + i, m.end(1)) for m in ROLE_LIST.finditer(text)
                  if not any(c in CLAUSE_ENDS for c in m[1]) for i in find_outside(m[1], BY)]
    return sorted(found)


# `须经村(社区)审核同意并协调安排专人专车`: a body that approves and then acts (并 + a verb) is obliged by what it
# does, though approving alone obliges none (the guide): the body between 经 and its approval.
APPROVES_AND_ACTS = re.compile(r"经([^经，,；;。]{1,12}?)(?:审核|审批|批准|核准)?同意并(?!报|备案)")


def _agent_before_manner(agent: Piece, lex: Lexicon) -> list[Found] | None:
    """`由医疗机构闭环转运`, `由属地政府先行集中隔离`, `由行业主管部门严肃处理`, `食宿由工作单位自行解决`: the
    agent after 由 whose verb the lists do not hold, or stands after an adverb: the longest phrase that
    opens the clause and names organisations only, with a predicate after it. None when a phrase that
    opens it names people or places (`由社区干部上门`, `由本人承担所有…`, `由机场、火车站返回人员`), when
    由 says from what a state or level changes or by where one goes (see not_agent in data/units.yml),
    and when the predicate only approves (`由行业主管部门验收批准后`). No name runs a verb's object into it
    (`由专用车辆转运至指定宾馆`: no name holds a 至 or 到)."""
    text = agent.text
    level = depths(text)
    end = next((j for j, c in enumerate(text) if c in CLAUSE_ENDS and not level[j]), len(text))
    if lex.not_agent_at.search(text, 0, end) or any(w in text[:end] for w in lex.approval_verbs):
        return None
    found = None
    for k in range(2, min(end, MAX_AGENT + 1)):
        if level[k - 1] or any(c in AGENT_NEVER_HOLDS for c in text[2:k]) or _ends_in_verb(text, k, lex):
            continue
        phrase = agent.cut(0, k)
        units = parse_units(phrase, lex)
        last = _end_of(units, phrase) if units else k
        if units and last != k and kind_of(text[last:k], lex) == "person":
            return None  # `由货主或企业负责人…`: the names qualify a person
        if units is None or last != k:
            continue  # no names, or names followed by a word that is none (`机场、火车站返回人员全部`)
        if not units or any(kind_of(u.piece.text, lex) != "org" for u in units):
            # people are who 由 names (`由社区干部…`, `由本人承担…`); a place after the agent is what it acts
            # on (`由乡镇(街道)送浮龙湖隔离点…`), a place alone where one comes from (`由中风险区…`)
            return None if found is None or kind_of(phrase.text, lex) == "person" else found
        found = units
    return found


# The longest agent after 由 (`由县新冠肺炎疫情防控工作领导小组办公室`), and characters no agent's name holds:
# a verb's direction or object (`转运至指定宾馆`, `送到…`).
MAX_AGENT = 24
AGENT_NEVER_HOLDS = "至到往"


def _approves(agent: Piece, units: list[Found], lex: Lexicon) -> bool:
    """Whether the verb after the agent only approves or records (`由X审批`, `由X审核备案`): the guide's
    bodies that approve, as after 经 or 报 (see approval_verbs in data/units.yml)."""
    end = _end_of(units, agent)
    return end is not None and agent.text.startswith(lex.approval_verbs, end)


def _group_of(members: Piece, lex: Lexicon) -> list[Found]:
    """The group the members after 由 make (`由公安、市场监管等部门组成的巡查小组`),
    up to its own predicate, if any."""
    for word in lex.group_of_members:
        i = members.text.find(word)
        if i >= 0:
            group = members.cut(i + len(word))
            return parse_units(group, lex) or _subject_before_marker(group, lex) or []
    return []


def _responsible_for(clause: Piece, lex: Lexicon, verbs: tuple[str, ...] | None = None,
                     nouns: tuple[str, ...] | None = None) -> list[Found]:
    """`压实乡镇党委政府、村两委等责任`, `落实村（社区）网格防控责任`; with other
    verbs and nouns, `充分发挥村卫生室、药店等的“哨点”作用` (see _parts_played)."""
    found, text = [], clause.text
    verbs, nouns = verbs or lex.responsibility_verbs, nouns or lex.responsibility_nouns
    if not any(noun in text for noun in nouns):
        return found
    for verb in verbs:
        for i in find_outside(text, verb):
            start = i + len(verb)
            # not the owners of a duty system (`落实乡镇、村屯包保责任制`): a scheme the verb puts in force
            ends = [j for noun in nouns for j in find_outside(text, noun) if j > start
                    and not text.startswith(lex.duty_systems, j + len(noun))]
            if not ends:
                continue
            end = min(ends)
            for k in range(end, max(start, end - lex.responsibility_gap) - 1, -1):
                if text[start:k] in lex.responsibility_kinds:  # 落实属地责任: a kind of responsibility
                    break
                units = parse_units(clause.cut(start, k), lex)
                if units is not None:
                    found += units
                    break
    return found


def _parts_played(clause: Piece, lex: Lexicon) -> list[Found]:
    """`充分发挥村卫生室、个体诊所、药店等的“哨点”作用`: the bodies told to play a part.
    They are obliged only where no subject before them in the sentence is told to make
    use of them (`各区要…，充分发挥村（社区）居民自治组织作用`): see _sentence_units."""
    return _responsible_for(clause, lex, lex.part_verbs, lex.part_nouns)


# ---------------------------------------------------------------- explicit lists


def _labels(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, role) of the list labels with their colon, in order."""
    if ":" not in text and "：" not in text:  # most measures hold no colon: spare the label search
        return []
    labels = [(m.start(), m.end(2), lex.label_roles[m.group(1)]) for m in lex.label_at.finditer(text)]
    return [t for i, t in enumerate(labels) if not (i and t[0] < labels[i - 1][1])]


def _explicit(text: str, lex: Lexicon) -> list[tuple[Found, str]]:
    """Labelled lists (`责任单位:A、B`) and bracketed role lists (`(A牵头，B配合)`)."""
    out = []
    labels = _labels(text, lex)
    level = depths(text) if labels else ()
    for n, (_, start, role) in enumerate(labels):
        end = labels[n + 1][0] if n + 1 < len(labels) else len(text)
        for m in _LIST_END.finditer(text, start, end):
            if m.group() in SENTENCE_ENDS or level[m.start()] <= level[start]:
                end = m.start()
                break
        units = parse_units(Piece.of(text, start, end), lex, LISTED) or []
        out += [(u, role) for u in units]
    for m in ROLE_LIST.finditer(text):
        out += _role_list(text, m.start(1), m.end(1), lex)
    return out


def _role_list(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[Found, str]]:
    """The units of `(A牵头，B配合)`, from the text between the brackets; none
    unless every segment is units and a role verb."""
    # The last segment ends where the list does, but for separators and blanks:
    # most brackets hold no such list, and need not be split.
    if not text[start:end].rstrip(ROLE_SEPARATORS + BLANKS).endswith(lex.role_verb_words):
        return []
    parsed = []
    for seg in split(Piece.of(text, start, end), ROLE_SEPARATORS):
        verb = next(((v, r) for v, r in lex.role_verbs if seg.text.endswith(v)), None)
        units = verb and parse_units(seg.cut(0, len(seg.text) - len(verb[0])), lex)
        if not units:
            return []
        parsed += [(u, verb[1]) for u in units]
    return parsed


def _located(found: list[tuple[Found, str]]) -> tuple[Unit, ...]:
    return tuple((u.piece.start, u.piece.end, u.name, role) for u, role in found)


def _shifted(units: tuple[Unit, ...], by: int) -> list[Unit]:
    return [(start + by, end + by, name, role) for start, end, name, role in units]


class Clause(NamedTuple):
    """What one clause tells of the units its sentence obliges, located in the clause."""

    bearing: str  # on the subject of the sentence: see _bearing
    subjects: tuple[Unit, ...]  # the units of that bearing
    others: tuple[Unit, ...]  # agents and units given a responsibility
    parts: tuple[Unit, ...]  # units told to play a part


@lru_cache(maxsize=1 << 14)  # the same clauses recur in sentences that differ
def _clause(text: str, lex: Lexicon) -> Clause:
    clause = Piece.of(text)
    bearing, subjects = _bearing(clause, lex)
    others = [(u, "subject") for u in _agents(clause, lex) + _responsible_for(clause, lex)]
    parts = [(u, "subject") for u in _parts_played(clause, lex)]
    return Clause(bearing, _located([(u, "subject") for u in subjects]), _located(others), _located(parts))


@lru_cache(maxsize=1 << 12)  # notices repeat whole sentences of the notices they follow
def _sentence_units(text: str, lex: Lexicon, cut: bool = False, label: bool = False) -> tuple[Unit, ...]:
    """The units one sentence obliges, located in `text`, and their roles, in the order found;
    `cut`: the sentence ends where the page was cut, before its predicate; `label`: the sentence
    may be the measure's heading, whose venues with no marker word (see _operating) are none."""
    clauses = [(start, text[start:end], _clause(text[start:end], lex))
               for start, end in _closing_joined(text, spans(text, CLAUSE_ENDS), lex)]
    if len(clauses) > 1 and any(w in text for w in lex.exception_open):
        excepted = _excepted_clauses([part for _, part, _ in clauses], lex)
        clauses = [(start, part, Clause(ASIDE, (), (), ()) if n in excepted else clause)
                   for n, (start, part, clause) in enumerate(clauses)]
    # `自疫情发生以来，…` opens a sentence; not `对2月17日以来…人员开展摸排，…`
    if len(clauses) > 1 and clauses[0][1].rstrip(CLAUSE_ENDS).endswith(lex.narrative):
        return ()
    # `封控区范围：甲村、乙社区…`, `…阳曲县新增1个高风险区:某生态园,从即日起实行…`: the places an area covers, listed
    # after its label, wherever the label stands in the sentence; only what comes before the label may name units
    area = lex.area_label.search(text)
    if area and not text[:area.start()].strip(PHRASE_EDGES):
        return ()
    # …, but not the places a label lists (`解除以下区域管控：甲小区、乙小区`)
    found = _sentence_subjects(clauses, lex, cut and not find_outside(text, "：") and not find_outside(text, ":"))
    if not label:
        found += _operating(text, clauses, lex)
    for start, _, clause in clauses:
        if clause.others:  # most clauses name no agent or responsibility
            found += _shifted(clause.others, start)
        # who plays a part is obliged unless a subject before it is told to make use of it
        if clause.parts and not any(u[0] < start for u in found):
            found += _shifted(clause.parts, start)
    found = _without_parts_of_bodies(found, [start for start, _, _ in clauses], lex)
    return tuple(u for u in found if area is None or u[0] < area.start())


def _without_parts_of_bodies(found: list[Unit], starts: list[int], lex: Lexicon) -> list[Unit]:
    """The units found in a sentence but a department named by its bare kind (see departments in data/units.yml) in a
    clause after one that obliges a body (`平阴县人民医院、平阴县中医医院继续实行…的规定,病区实行24小时封闭式管理`,
    `…各类医疗机构继续实行…,病区实行…`: the hospitals' own wards, parts of the units already named; held-out 7 t08, 124
    nz04). A list of its own keeps them (`民办口腔专科医院、综合医院口腔科及门诊部…全部开诊`), and so does a kind of
    institution (`医疗机构严格管理发热门诊,各类门诊禁止接诊发热病人`)."""
    def clause_of(unit: Unit) -> int:
        return max((start for start in starts if start <= unit[0]), default=0)

    bodies = [clause_of(u) for u in found if not u[2].endswith(lex.department_kinds)]
    return [u for u in found if not (u[2] in lex.department_kinds and any(b < clause_of(u) for b in bodies))]


def _closing_joined(text: str, parts: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """The clause spans, a clause that ends with a closing joined to the next when that opens with an operation
    stop (`…等集中交易场所全部关闭,暂停营业`): one predicate over two clauses (see _stop_after_closing)."""
    out: list[tuple[int, int]] = []
    for start, end in parts:
        if out and text[out[-1][0]:out[-1][1]].rstrip(PHRASE_EDGES).endswith(lex.closed_by) and _predicate_opens(
                text, start, lex, lex.operation_stops, lex.stop_adverb_at):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _operating(text: str, clauses: list[tuple[int, str, Clause]], lex: Lexicon) -> list[Unit]:
    """The venues, sites and services that run their own business with no marker word before the
    verb (`小区内商超逐步开放`, `景区、公园坚持“限量、预约、错峰”,按照50%限流开放`): a clause that ends
    with an operation verb, its subject opening it or the clause before it, with only manner between
    (ADJUDICATION.md, question 17). Clauses that found a subject already are left as they are."""
    found: list[Unit] = []
    for n, (start, part, clause) in enumerate(clauses):
        ending = part.rstrip(PHRASE_EDGES)
        if clause.bearing in (SUBJECT, STOP) or not ending.endswith(lex.operating_verbs + lex.residential_regimes):
            continue
        # the subject may open the clause before only when the verb's own clause opens with none
        # (`景区、公园坚持“…”,按照50%限流开放`; not `市指挥部决定，市区继续推进复工复产复业`)
        crosses = n and clauses[n - 1][2].bearing == NONE and not _opens_with_noun(Piece.of(part).strip(PHRASE_EDGES), lex)
        for first in (n, n - 1) if crosses else (n,):
            units = _operator_opening(Piece.of(text, clauses[first][0], start + len(part)), lex)
            if units and not ending.endswith(lex.operating_verbs) and not _residential_regime(ending, units, lex):
                units = None  # a regime runs only on residential places by kind
            if units:
                found += _located([(u, "subject") for u in units])
                break
    return found


def _operator_opening(span: Piece, lex: Lexicon) -> list[Found] | None:
    """The units that open the span, before manner only and the operation verb that ends it: the
    longest such list, and none that is a government or a named place (an area)."""
    span = span.strip(PHRASE_EDGES)
    if lex.verb_opener_at.match(span.text) and not lex.clause_opener_at.match(span.text):
        return None  # `推动辖区内生产企业全部复工`: what the verb acts on, before any place it names
    span = _skip_openers(span, lex)
    verb = next(v for v in lex.operating_verbs + lex.residential_regimes if span.text.endswith(v))
    units = _opening_before_manner(span, len(span.text) - len(verb), lex)
    if units and (_an_area(units, lex) or _departments_reported(span, units, lex)
                  or any(kind_of(u.name, lex) == "level" or ends_with_named_place(u.name, lex)
                         or u.name.endswith(lex.operating_bodies) for u in units)):
        return None
    return units


def _opens_with_noun(clause: Piece, lex: Lexicon) -> bool:
    """Whether the clause opens with a noun phrase of its own, people, places or organisations
    (`市区继续推进…`, `居民有序…`): its own subject or topic, so a subject before it is not its own."""
    clause = _skip_openers(clause, lex)
    return any(parse_units(clause.cut(0, k), lex) is not None for k in range(1, len(clause.text)))


def _opening_before_manner(span: Piece, end: int, lex: Lexicon) -> list[Found] | None:
    """The longest list of units that opens span.text[:end] in its first clause with manner only
    after it (`各旅游景区、博物馆` + `分批错峰`); None if people or places open it (`居民有序`)."""
    text = span.text
    clause_end = next((j for j, c in enumerate(text) if c in CLAUSE_ENDS), len(text))
    level = depths(text)
    for k in range(end, 0, -1):
        past_item = text[k - 1] in lex.separators and not level[k - 1] and k - 1 < clause_end
        if past_item or not _manner_only(text[k:end], lex, level[k:end]):
            return None  # what follows a separator of the list is its last item, no manner
        if _ends_in_verb(text, k, lex):
            return None  # `古建筑群部分正常开放`: the subject runs on through a word its suffix opens, no name
        if k > clause_end:  # the subject ends in the first clause
            continue
        units = parse_units(span.cut(0, k), lex)
        if units is not None:
            return units or None
    return None


def _cut_off(text: str, lex: Lexicon) -> bool:
    """Whether the page was cut inside the last sentence of the text, after the subject
    of its last clause: in the middle of a list (`…其他包括不限于农贸市场、网吧、`), or
    after the one phrase of a provision that opens with a prefix (`六、各类社会组织`).
    Not a list of places or venues left without punctuation (`…等娱乐场所,各类洗浴场`,
    `G98绕城高速路以北片区`): their predicate may be the heading's."""
    tail = text.rstrip(BLANKS)
    if tail.endswith(CUT_LIST_ENDS):
        return True
    return tail.startswith(lex.prefixes) and not any(c in tail for c in CLAUSE_ENDS + SENTENCE_ENDS)


def _cut_list_units(sentence: str, lex: Lexicon, label: bool, under_heading: bool) -> tuple[Unit, ...]:
    """The units of a measure that is nothing but a list of two or more, perhaps under its heading, whose page was cut
    inside the last item (`歌舞娱乐场所、游戏厅、…、室内健身场所、室内`, `场所管控。演练区域内各中小学校、幼儿园和托幼机`): the
    whole items, as a list cut after its 、 is read (see _cut_off), up to the last 、 or 等 or before the last conjunction
    after which what is written names no unit (not 及 inside `…等非涉及群`). Not one item before the cut, which may be a
    place or a landmark as well (`海拉尔区机场、火车`), nor a list after sentences of its own measure, whose predicate the
    page may have left to them (`…餐厅和酒店继续暂停堂食。全县影院、KTV、…等重点公共场所和宗教活`: the annotation names
    none), nor a list cut with no 、 in its last clause (`…等室内文化场所,各类洗浴场`). Under a heading the list must
    open with its scope, a prefix or an area (`加强重点场所管控` / `全县酒吧、…、民宿`, `场所管控。演练区域内各中小学校、…`):
    a bare list there may be the heading's topic (`加强重点场所管理。酒吧、KTV、…、剧本杀`: the annotation names none)."""
    tail = sentence.rstrip(BLANKS)
    if not tail or tail[-1] in CLAUSE_ENDS + SENTENCE_ENDS + CLOSING + "、":
        return ()
    if under_heading and not _names_its_scope(tail.lstrip(PHRASE_EDGES), lex):
        return ()
    level = depths(tail)
    start = max(tail.rfind(c) for c in CLAUSE_ENDS) + 1
    if not any(c == "、" and not d for c, d in zip(tail[start:], level[start:])):
        return ()
    points = [(j + 1, j + 1) for j in range(start, len(tail)) if tail[j] in "、等" and not level[j]]
    points += [(m.start(), m.start() + len(m.group(1))) for m in lex.conjunction_at.finditer(tail, start + 1)
               if not level[m.start()]]
    for cut, rest in sorted(points, reverse=True):
        if not parse_units(Piece.of(tail, rest), lex):
            units = _sentence_units(tail[:cut], lex, True, label)
            if len(units) >= MIN_CUT_LIST:
                return units
    return ()


def _names_its_scope(text: str, lex: Lexicon) -> bool:
    """Whether a list opens with its scope or a prefix (`全县酒吧、…`, `各类学校、…`) or with an area before a prefix
    (`演练区域内各中小学校、…`)."""
    return text.startswith(lex.scope_words + lex.prefixes) or _area_before_prefix(text, lex) > 0


# How many whole items a list cut inside its last item names at least, to be read as units.
MIN_CUT_LIST = 2


def _unwrapped(text: str) -> str:
    """The text with its hard wraps inside a sentence made spaces, of the same length (offsets hold)."""
    def join(m: re.Match) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        return " " if m.start() - line_start >= MIN_WRAPPED_LINE else "\n"
    return WRAPPED_LINE.sub(join, text)


@lru_cache(maxsize=1 << 12)  # notices repeat whole measures of the notices they follow
def _text_units(text: str, lex: Lexicon) -> tuple[Unit, ...]:
    """The units a measure obliges, located in it, and their roles: those of
    explicit lists first, then those of each sentence, in the order found;
    none inside cited wording."""
    found = list(_located(_explicit(text, lex)))
    joined = _unwrapped(text) if "\n" in text else text
    listed: list[Unit] = []  # the units a sentence only lists, waiting for the next to say what they do
    headed = False  # whether the measure opened with a label
    for n, (start, end) in enumerate(spans(joined, SENTENCE_ENDS)):
        # a label that opens the measure (`小区提级管控。…`) is the heading, no clause with a subject of its own; not a
        # list of bodies (`医院急诊、急救绿色通道24小时开放。…`, `医院发热门诊、急诊科、儿科门诊24小时开诊。…`)
        label = (n == 0 and text[end + 1:].strip() != "" and not any(c in CLAUSE_ENDS for c in text[start:end])
                 and not _opens_with_a_list(joined[start:end], lex))
        headed = headed or label
        units = _sentence_units(joined[start:end], lex, end == len(text) and _cut_off(text, lex), label)
        if not units and end == len(text) and (n == 0 or n == 1 and headed):
            units = _cut_list_units(joined[start:end], lex, label, n == 1)
        if not units and listed and _stops_with_no_subject(joined[start:end], lex):
            found += listed  # `…歌舞厅、电影院等文化体育场所。原定从4月1日起暂停营业。`: the list is its subject
        if units:
            found += _shifted(units, start)
        listed = [] if units else _shifted(_listing(joined[start:end], lex), start)
    cited = [m.span() for m in CITED.finditer(text)] if "“" in text else []
    return tuple(u for u in found
                 if not any(u[0] < e and s < u[1] for s, e in cited) and not _ends_in_verb(text, u[1], lex))


def _opens_with_a_list(sentence: str, lex: Lexicon) -> bool:
    """Whether a sentence opens with a list of things (`医院急诊、急救绿色通道…`): its first item holds no verb
    (`解封区域逐批次恢复农贸市场、宾馆酒店…营业`: what a verb acts on, held-out 57 lk04)."""
    first = sentence.split(LIST_JOIN)[0]
    return len(first) < len(sentence) and not any(lex.verb_opener_at.match(first, i) for i in range(len(first)))


def _ends_in_verb(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the name's last character opens a verb that goes on after it (`仍处在静默管理期`, `严肃处理`): the
    name ends in no office (`教务处`; see suffix_verbs in data/units.yml)."""
    return end > 0 and text.startswith(lex.suffix_verbs, end - 1)


def _listing(sentence: str, lex: Lexicon) -> tuple[Unit, ...]:
    """The units of a sentence that is nothing but a list of organisations, one at least known by its
    shape (`全县的茶店、夜宵店、…、电影院等文化体育场所。`), as subjects; none for any other sentence."""
    piece = Piece.of(sentence).strip(PHRASE_EDGES)
    if not piece.text or any(c in CLAUSE_ENDS for c, d in zip(piece.text, depths(piece.text)) if not d):
        return ()
    units = parse_units(_skip_openers(piece, lex), lex)
    if not units or not any(kind_of(u.piece.text, lex) == "org" for u in units):
        return ()
    return _located([(u, "subject") for u in units])


def _stops_with_no_subject(sentence: str, lex: Lexicon) -> bool:
    """Whether a sentence that names no unit stops a business (see operation_stops), and closes or manages
    nothing as an area: its subject is the list before it."""
    return any(w in sentence for w in lex.operation_stops) and not any(w in sentence for w in lex.acted_upon)


# ---------------------------------------------------------------- public


# The word that ends a span of time (`采样期间`), unlike 前 or 后, which may open or end a name's own words.
SPAN = "期间"


# A bullet before a heading or item (`◇病区`, `■发热门诊`): geometric shapes, no part of a name.
BULLETS = "".join(map(chr, range(0x25A0, 0x2600)))
# Converter debris: box-drawing marks stand for a character misread (`╅T诊` for 门诊): no name holds one.
DEBRIS = re.compile("[\u2500-\u257f]")


def _without_opening(name: str, lex: Lexicon) -> str:
    """`2月16日西峰区` → 西峰区, `◇病区` → 病区: a date or a bullet run into a unit's span is no part of its name; ""
    when nothing name-like is left (`自2020年2月18日起恢复城市公交`: a reopening, verb-led; `╅T诊`: debris inside the
    word; `返校学生为龙子湖校区`: a clause, see copula_in_name). (A verb or preposition before a list puts it in object
    position: verb_openers in data/units.yml, where the list is parsed.)"""
    if DEBRIS.search(name) or lex.copula_in_name_at.search(name):
        return ""
    name = name.lstrip(BULLETS)
    date = lex.date_before_name_at.match(name)
    if date is None:  # (a name whose own clause a verb opens stays: `暂停营业的场所`, `与民生保障无关的企业`)
        return name
    rest = name[date.end():]
    return "" if verb_led(rest, lex) else rest


def _without_scope(name: str, lex: Lexicon) -> str:
    """`全县所有村居（社区）` → 所有村居（社区）, `宜良县各乡镇` → 各乡镇: the whole
    territory is the notice's scope; `其余商场` → 商场: the rest after an exception
    are what they are."""
    name = name[place_before_prefix(name, lex):]  # `宜良县各乡镇` → 各乡镇, as 全县各乡镇
    # `州内各类公园` → 各类公园; not `市内公交`, a kind of its own
    region = next((w for w in lex.region_words if name.startswith(w)), "")
    name = name[len(region):] if region and name.startswith(lex.prefixes, len(region)) else name
    time = lex.time_before_prefix_at.match(name)  # `春节期间各单位` → 各单位
    # … and a span of time before any name (`采样期间社区(单位、场所)` → 社区(单位、场所)): no name opens with one
    if time and time.end() < len(name) and (name.startswith(lex.prefixes, time.end()) or time.group().endswith(SPAN)):
        name = name[time.end():]
    for words in (lex.scope_words, lex.rest_words):
        word = next((w for w in words if name.startswith(w)), "")
        name = name[len(word):] if len(name) > len(word) else name
    return _without_owner(name, lex)


def _without_owner(name: str, lex: Lexicon) -> str:
    """`我院所有病房` → 所有病房, `全院病区` → 病区, `河北省二院所有病房` → 所有病房: the body whose own departments a
    measure names (itself by 我院, or by its name before a prefix) is their scope, as the territory is (ADJUDICATION
    Q29: the departments are the units). See departments in data/units.yml."""
    if not name.endswith(lex.department_kinds):
        return name
    owner = next((b for b in lex.self_bodies if name.startswith(b) and len(name) > len(b)), "")
    if owner:
        return name[len(owner):]
    k = next((k for k in range(1, len(name)) if name.startswith(lex.prefixes, k)), None)
    return name[k:] if k and kind_of(name[:k], lex) == "org" else name


# A sentence in which the issuer announces what follows (`现将有关事项告知如下：`, `具体内容如下：`, `作出如下安排：`).
ANNOUNCEMENT = re.compile(f"[^{SENTENCE_ENDS}\n]*如下")
# How long the name of a body announcing the notice may be.
MAX_ANNOUNCER = 16


def speaker_heads(text: str, issuer: str | None = None, lex: Lexicon | None = None,
                  title: str | None = None) -> frozenset[str]:
    """The kind words a notice's issuer calls itself by: in the notice's text (`我院严格落实…` → 院, `本公司` →
    公司; see self_bodies in data/units.yml), the organisation word its name ends with (`北大荒集团总医院` → 医院),
    and that of the body that announces the notice (`湘岳医院为了…，现将有关事项告知如下` → 医院; see _announcers); and the
    name of an issuer that is an institution or a government, which it sets its own rules by (`自5月25日起，绍兴市中心医院
    暂停所有专家门诊…` in that hospital's notice, held-out 192 qp10; 165 po05; `终止日期由省人民政府另行通知` in 青海省人民政府's,
    159 pi05): no unit (Q29); so is the body a title opens with when no issuer is known (`无锡博物院恢复开放公告`,
    `关于江西怪石岭景区有序恢复开放的公告`: _title_body). Not a leading group's or a command's, which the seeds name as
    units when they act (`市新冠肺炎疫情防控工作领导小组…成立前线指挥中心` in that group's notice)."""
    lex = lex or lexicon()
    heads = {body[1:] for body in lex.self_bodies if body in text}
    kinds = [_kind_word(issuer or "", lex)] + [_kind_word(name, lex) for name in _announcers(text, lex)]
    # a school's or hospital's own notice (an issuer that is such an institution, or none known and no word to the
    # public) by its bare kind
    institution = (any(w in issuer for w in lex.institution_words) if issuer
                   else not _speaks_to_public(text, lex))
    own = {kind for kind in lex.own_kinds if institution and kind in text and not _names_as_category(text, kind, lex)}
    by_name = ({issuer} if issuer and (institution or issuer.endswith(lex.government)) else
               set() if issuer else {_title_body(title or "", lex)} - {None})
    return frozenset(heads | own | {kind for kind in kinds if kind} | by_name)


# What a title opens with before the body that issues it (`关于…的公告`, `2022年…`, `2022…`).
TITLE_OPENING = re.compile(r"(关于)?(\d{4}年?)?")


def _title_body(title: str, lex: Lexicon) -> str | None:
    """The body a notice's title opens with (`无锡博物院恢复开放公告` → 无锡博物院, `2022苏州博物馆防疫须知` → 苏州博物馆,
    `关于江西怪石岭景区有序恢复开放的公告` → 江西怪石岭景区): the shortest opening that names an organisation by a
    name of its own (_own_name); not a place (`佛山顺德区`), a time (`春节期间景区…`) or an owner of the bodies the title
    goes on to (`南京市博物总馆所属博物馆…`: owning_words in data/units.yml)."""
    title = title[TITLE_OPENING.match(title).end():]
    name = next((title[:k] for k in range(3, len(title) + 1) if kind_of(title[:k], lex) == "org"), None)
    if (not name or not _own_name(name, lex) or _kind_word(name, lex) in lex.level_words
            or lex.time_before_prefix_at.match(name) or title.startswith(lex.owning_words, len(name))):
        return None
    return name


def _own_name(name: str, lex: Lexicon) -> bool:
    """Whether a body's name is a name of its own: not a bare kind (`图书馆`, `医院`: names_the_issuer) nor one opening with
    a level word or a prefix (`市人民政府`, `全市…`), which may be another body's."""
    return (len(name) >= 3 and lex.suffix_kinds.get(name) != "org" and not name.startswith(lex.level_words)
            and not strip_leading(name, lex.prefixes)[1])


def _speaks_to_public(text: str, lex: Lexicon) -> bool:
    """Whether the notice speaks to the public (`提醒市民`, `广大群众`), as a government's does; not a word that only
    holds a public word (`微信公众号`, `公众场合`: public_things in data/units.yml), which a school's own notice has too."""
    for thing in lex.public_things:
        text = text.replace(thing, "")
    return any(w in text for w in lex.public_words)


# What after an institution's kind makes it a category with no other kind named: `医院等`, `学校(含幼儿园)`.
CATEGORY_AFTER = ("等", "(", "（")
# How long a kind of body listed after an institution's kind may be (`托幼机构`, `培训机构`).
MAX_LISTED_KIND = 6


def _names_as_category(text: str, kind: str, lex: Lexicon) -> bool:
    """Whether the notice names an institution's kind as a category anywhere (`各学校`, `中小学校`, `学校、幼儿园`,
    `医院等`, `学校(含幼儿园)`), not only bare, as the institution speaking of itself does (`学校将采取…`; see own_kinds in
    data/units.yml). Not in the title of a document it cites (`根据…《关于做好旅游景区疫情防控和安全有序开放工作的通知》`
    in a scenic area's own notice, held-out 220 rr01): the words of another's title. What another kind includes, or is
    listed after (`学校(含幼儿园)`, `学校和幼儿园`: 幼儿园), is one too."""
    text = CITED_TITLE.sub("", text)
    separators = tuple(c for c in lex.separators if c not in CLAUSE_ENDS)  # `、`, `/`
    before = lex.prefixes + lex.category_openers + separators + lex.inclusion_open
    joins = separators + lex.head_conjunctions
    return any((text[:m.start()].endswith(before) and not ITEM_NUMBER.search(text, 0, m.start()))
               or any(text[:m.start()].endswith(j) and text[:m.start() - len(j)].endswith(lex.own_kinds) for j in joins)
               or text.startswith(CATEGORY_AFTER, m.end())
               or any(text.startswith(j, m.end()) and _another_kind(text[m.end() + len(j):], lex) for j in joins)
               for m in re.finditer(re.escape(kind), text))


def _another_kind(text: str, lex: Lexicon) -> bool:
    """Whether the text opens with a kind of body listed beside an institution's kind (`幼儿园`, `托幼机构`): its shortest
    opening that names an organisation, not a level or place (`属地`) nor one of the institution's own parts (`学院`,
    `校区`: own_kind_parts, department kinds in data/units.yml)."""
    name = next((text[:k] for k in range(2, min(len(text), MAX_LISTED_KIND) + 1) if kind_of(text[:k], lex) == "org"), None)
    return bool(name) and name not in lex.level_words and name not in lex.own_kind_parts + lex.department_kinds


def _kind_word(name: str, lex: Lexicon) -> str | None:
    """The longest organisation word a name ends with (`湘岳医院` → 医院), None if none."""
    return max((w for w, k in lex.suffix_kinds.items() if k == "org" and name.endswith(w)), key=len, default=None)


def _announcers(text: str, lex: Lexicon) -> list[str]:
    """The bodies that open a clause of a sentence announcing what follows (`…，蒙山风景区将进一步加强疫情防控，具体内容
    如下`, `湘岳医院为了…，现将有关事项告知如下`): the issuer speaking, whose name the notice may then shorten to its kind
    (`景区暂停接待`).
    Each is the longest opening of its clause that names an organisation and is followed by a predicate: a marker
    (`将`, `也`) or a word that opens the announcement or its purpose (announcing_words in data/units.yml)."""
    found = []
    for sentence in ANNOUNCEMENT.findall(text):
        for clause in re.split(f"[{CLAUSE_ENDS}]", sentence):
            clause = clause.strip()
            name = next((clause[:k] for k in range(min(len(clause) - 1, MAX_ANNOUNCER), 1, -1)
                         if (lex.marker_at.match(clause, k) or clause.startswith(lex.announcing_words, k))
                         and kind_of(clause[:k], lex) == "org"), None)
            kind = name and _kind_word(name, lex)
            # not a place (`我县`, `某镇`), which is the area the notice governs, nor a category (`全县各旅游景区`)
            if kind and len(kind) > 1 and kind not in lex.level_words and not strip_leading(name, lex.prefixes)[1]:
                found.append(name)
    return found


def names_the_issuer(name: str, speaker: frozenset[str], lex: Lexicon, mention: str | None = None,
                     listed: bool = False) -> bool:
    """Whether a unit is the issuer naming itself, which sets its own rules and is no unit it obliges (ADJUDICATION
    Q29); the one home of that rule. `speaker`: the issuer's names and the kind words it calls itself by
    (speaker_heads); `mention`: the unit as written, `listed`: whether it is an item of a list (_listed). It is:
    - one of the words the issuer names itself by (`我院实施临时封闭管理`, `全院严禁探视`: self_bodies in
      data/units.yml);
    - its name or a kind word it calls itself by (`自5月25日起，绍兴市中心医院暂停所有专家门诊…` in that hospital's
      notice, held-out 192 qp10), or its name without the city or province before it, when a name of its own
      (`高明区中医院` in a notice of 佛山市高明区中医院, 202 qz06; `怪石岭景区` under the title `关于江西怪石岭景区有序恢复开放
      的公告`, 205 rc10; _own_name), or by the level word its place name ends with (`省图书馆暂停所有线下读者活动` in
      湖北省图书馆's notice, held-out 216 rn03; _short_name);
    - a bare kind word (no name, place or prefix of its own; an institution's kind, `图书馆`, is one) ending as the issuer
      calls itself, alone (no item of a list), as written or with a time run into it (`医院暂停门急诊…`, `学院实行相对
      封闭管理` in a notice that says 我院, `幼儿园推迟开学` in one that says 我园, `寒假期间学校实行封闭式管理`: 194 qr08,
      191 qo07; `图书馆将统一处理` in one that says 我馆, 216 rn02)."""
    if name in lex.self_bodies or name in speaker:
        return True
    if any(len(s) > len(name) and s.endswith(name) and (_own_name(name, lex) or _short_name(s, name, lex))
           for s in speaker):
        return True
    if mention is None or listed or not speaker:
        return False
    time = lex.time_before_prefix_at.match(mention)
    word = mention[time.end():] if time else mention
    bare = lex.suffix_kinds.get(word) == "org" or word in lex.institution_words
    return name in (mention, word) and bare and word.endswith(tuple(speaker))


def _short_name(full: str, name: str, lex: Lexicon) -> bool:
    """Whether `name` is the issuer's name `full` shortened to the level word its place name ends with (`湖北省图书馆`
    → `省图书馆`): a single level word, a place's name of at least two characters before it."""
    return name[0] in lex.single_levels and len(full) - len(name) >= 2


def _runs_sites(speaker: frozenset[str], lex: Lexicon) -> bool:
    """Whether the notice's issuer runs sites of its own: a word it calls itself by, or its name, ends as a library,
    museum, park, school or hospital does (`馆` of 我馆, `园` of 本园, `浙江图书馆`; own_parts in data/units.yml)."""
    return any(s.endswith(lex.institution_words + lex.site_heads) for s in speaker)


def _own_parts(text: str, lex: Lexicon) -> list[Unit]:
    """The issuer's own parts named by a generic word as the subject of their own opening or stop (`其他区域不开放`,
    `园区内无动力设施、游乐设施暂停开放`; ADJUDICATION Q31): each clause opening with them (lex.own_part_at) whose
    predicate ends with an operating verb (`恢复全面开放`, `暂不开放`, `向游客正常开放`); for a notice of a body that
    runs sites only (_runs_sites). Not a part after the verb (`关闭X区域`: acted upon) nor a place where something
    happens (`在急诊缓冲区域接诊`, held-out 172 pv05)."""
    found: list[Unit] = []
    for start, end in spans(text, SENTENCE_ENDS + CLAUSE_ENDS):
        clause = text[start:end].rstrip(PHRASE_EDGES)
        m = lex.own_part_at.match(clause)
        if not m or m.end() == len(clause) or not clause.endswith(lex.operating_verbs) or verb_led(m["parts"], lex):
            continue  # `在急诊缓冲区域接诊`: where something happens
        for item in re.finditer(f"[^{lex.own_part_joins}（(]+(?:[（(][^（）()]*[)）])?", m["parts"]):
            name = TRAILING_ASIDE.sub("", item[0])
            found.append((start + m.start("parts") + item.start(), start + m.start("parts") + item.start() + len(name),
                          name, "subject"))
    return found


def _anyone_beside_staff(text: str, lex: Lexicon) -> list[Unit]:
    """Anyone of a bare kind of body listed with an institution's own staff (`任何单位、任何职工不得…`, `任何部门和老师
    不得…`): the institution's own departments, told what they may not do; kind_of reads `任何单位` alone, or beside
    个人, as anyone at all (institution_staff in data/units.yml)."""
    return [(m.start(), m.end(), m[0], "subject") for m in lex.anyone_beside_staff_at.finditer(text)
            if lex.suffix_kinds.get(m["kind"]) == "org"]


def _joins(lex: Lexicon) -> tuple[str, ...]:
    """What joins an item of a list to the next: LIST_JOIN or a conjunction of heads (和, 及, 与, 以及)."""
    return (LIST_JOIN,) + lex.head_conjunctions


def _listed(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the words at text[start:end] are an item of a list (`学校、医院`, `学校和幼儿园`); a comma before them ends
    a clause (`…起，医院暂停…`)."""
    joins = _joins(lex)
    return text[:start].endswith(joins) or text.startswith(joins, end)


def find_units(text: str, city: str | None = None, lex: Lexicon | None = None,
               speaker: frozenset[str] = frozenset()) -> list[UnitMention]:
    """The organisations a measure obliges, in the order they are written.

    A unit named more than once is given once, at its explicit-list role if it
    has one, else at its first mention. `city` (the issuing city, when known)
    turns short forms such as `市卫健委` into full names. `lex`: the word lists
    of another rule file (unit_lexicon.lexicon(path)) instead of data/units.yml.
    `speaker`: the kind words the notice's issuer calls itself by and its name (speaker_heads
    of the whole notice): a bare kind word that is the issuer, or its name, is no unit.
    """
    lex = lex or lexicon()
    # canonical name's key (unit_key: `各行业主管部门` and `行业主管部门` are one unit) -> role rank, start, end,
    # role, canonical name
    best: dict[str, tuple[int, int, int, str, str]] = {}
    own = _own_parts(text, lex) if _runs_sites(speaker, lex) else []
    for start, end, name, role in (*_text_units(text, lex), *own, *_anyone_beside_staff(text, lex)):
        name = _without_opening(_without_scope(name, lex), lex)  # (`我院本周眼科`: the owner before the date)
        if not name:
            continue
        # quotes mark a word of the name (`村（社区）“两委”`): the mention keeps them, the name not
        name = canonical_name(name.replace("“", "").replace("”", ""), city)
        kept = best.get(unit_key(name))
        if kept is None or (ROLE_RANK[role], start) < kept[:2]:
            best[unit_key(name)] = (ROLE_RANK[role], start, end, role, name)
    mentions = [UnitMention(mention=text[start:end], name=name, role=role, start=start, end=end)
                for _, start, end, role, name in best.values()]
    mentions = [u for u in mentions
                if not names_the_issuer(u.name, speaker, lex, u.mention, _listed(text, u.start, u.end, lex))
                and not lex.waiting_name_at.match(u.name)]  # `返校时间待学院…通知`: a time waiting, no unit
    return _without_each_again(sorted(mentions, key=lambda u: (u.start, u.end)), text, lex)


def _without_each_again(mentions: list[UnitMention], text: str, lex: Lexicon) -> list[UnitMention]:
    """`所有城区小区…，每个小区原则上保留1个进出口`: the bare head taken one by one (see distributives) after a
    unit it ends is that unit again, not one of its own."""
    kept: list[UnitMention] = []
    for u in mentions:
        again = text[:u.start].endswith(lex.distributives) and any(
            k.name != u.name and k.name.endswith(u.name) for k in kept)
        if not again:
            kept.append(u)
    return kept
