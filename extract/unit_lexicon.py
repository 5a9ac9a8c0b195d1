"""The word lists of data/units.yml, loaded once and ordered for matching."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.rules import load_rule_file, rule
from ingest.chrome import HAN
from ingest.kinds import INSTITUTION_WORDS

RULES_FILE = Path(__file__).parent / "data" / "units.yml"


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Word lists, longest word first unless noted. See data/units.yml for what each holds.

    Compared and hashed by identity, so that the phrase parser can cache
    results per lexicon; the `*_at` patterns find words by regex instead of
    testing every word at every position."""

    label_at: re.Pattern  # group 1: a list label starting there, group 2: the colon after it
    label_roles: dict[str, str]  # label -> the first role it is listed under
    role_verbs: list[tuple[str, str]]  # (verb, role)
    role_verb_words: tuple[str, ...]  # the verbs of role_verbs, in their order
    modal: tuple[str, ...]
    marker_exceptions: tuple[str, ...]
    agent_exceptions: tuple[str, ...]
    agent_verbs: frozenset[str]
    not_agent_at: re.Pattern  # not_agent: a change of state or a way gone by after 由
    group_of_members: tuple[str, ...]
    approval_verbs: tuple[str, ...]  # `由X审批`: see approval_verbs in data/units.yml
    responsibility_verbs: tuple[str, ...]
    responsibility_nouns: tuple[str, ...]
    responsibility_gap: int
    responsibility_kinds: tuple[str, ...]
    list_predicates: tuple[str, ...]
    clause_predicates: tuple[str, ...]  # see clause_predicates in data/units.yml
    list_predicate_at: re.Pattern  # one of list_predicates, the longest first
    # one of list_predicates or of the modal markers, the longest first: what may stand
    # before a stop order (`必须暂停营业`), not before a closing (`各乡镇要关闭…市场`: an agent)
    stop_adverb_at: re.Pattern
    verb_like_suffixes: tuple[str, ...]
    closed_by: tuple[str, ...]
    acted_upon: tuple[str, ...]  # closed_by, classed_as, managed_as_area.sealed, and its openers with an area
    area_label: re.Pattern  # an area, perhaps a label word of managed_as_area, and a colon, opening the text
    operation_stops: tuple[str, ...]
    operating_verbs: tuple[str, ...]  # operating.verbs in data/units.yml
    operating_manner_max: int
    operating_bodies: tuple[str, ...]  # operating.bodies: governing bodies, which run no business
    residential_kinds: tuple[str, ...]  # residential in data/units.yml
    residential_regimes: tuple[str, ...]
    predicates_after_condition: tuple[str, ...]
    service_suffixes: tuple[str, ...]  # suspended_services.suffixes
    service_suspensions: tuple[str, ...]  # suspended_services.verbs
    not_operators: tuple[str, ...]
    date_before: re.Pattern  # a date that ends where the search ends
    date_ends: frozenset[str]  # the characters such a date may end with
    date_lead: re.Pattern  # such a date or condition opening a clause
    prohibitions: tuple[str, ...]
    exception_open: tuple[str, ...]
    exception_close: tuple[str, ...]
    keeps_open: tuple[str, ...]  # keeps_open in data/units.yml
    inclusion_open: tuple[str, ...]
    cause_open: tuple[str, ...]  # a clause giving a cause: see data/units.yml
    decisions: tuple[str, ...]
    frame_open: tuple[str, ...]
    frame_close: tuple[str, ...]
    # (exception, offset) of marker exceptions with a marker inside them (所在: 在 at 1),
    # so that a marker inside such a word is no marker: 报所在乡镇 holds no subject 报所.
    straddling: tuple[tuple[str, int], ...]
    suffixes: list[tuple[str, str]]  # (suffix, "org" | "person" | "place")
    bounding_directions: tuple[str, ...]
    vehicle_words: tuple[str, ...]  # service_vehicles.vehicles
    venue_owners: tuple[str, ...]
    vehicle_service_at: re.Pattern  # one of service_vehicles.services, with no 非 anywhere before it
    level_words: tuple[str, ...]
    level_with_qualifier_at: re.Pattern  # a level word and its bracketed qualifier: `乡镇（街道）`
    single_levels: frozenset[str]
    named_place_levels: tuple[str, ...]
    named_place_min: int
    lone_place_levels: frozenset[str]
    listed_places: frozenset[str]  # listed_places in data/units.yml
    prefixed_areas: frozenset[str]  # prefixed_areas in data/units.yml
    operation_nouns: tuple[str, ...]  # operation_nouns in data/units.yml
    governing_levels: tuple[str, ...]  # governing_places.levels
    governing_reports: tuple[str, ...]  # governing_places.reports
    self_places: frozenset[str]
    self_bodies: frozenset[str]
    own_kinds: tuple[str, ...]  # an institution's kinds it may call itself by: see own_kinds in data/units.yml
    category_openers: tuple[str, ...]  # what before such a kind makes it a category (with unit_prefixes)
    own_kind_parts: tuple[str, ...]  # an institution's parts it names beside its kind: own_kind_parts in data/units.yml
    institution_words: tuple[str, ...]  # an issuer's name without any is no school or hospital: ingest/data/kinds.yml
    public_words: tuple[str, ...]  # a notice that speaks to them is a government's: see data/units.yml
    public_things: tuple[str, ...]  # words holding a public word that name a thing (`公众号`)
    owning_words: tuple[str, ...]  # `…总馆所属博物馆`: see owning_words in data/units.yml
    department_kinds: tuple[str, ...]  # departments in data/units.yml: a body's own parts
    own_part_kinds: tuple[str, ...]  # own_parts.kinds: the issuer's own parts by a generic word
    site_heads: tuple[str, ...]  # own_parts.site_heads: what a body that runs sites calls itself by
    own_part_joins: str  # own_parts.joins: what joins one such part to the next (`、`, 和, 及)
    own_part_at: re.Pattern  # a clause opening with such parts (own_parts in data/units.yml)
    department_reports: tuple[str, ...]  # … and the words that report them as they are
    announcing_words: tuple[str, ...]
    suffix_verbs: tuple[str, ...]
    office_suffixes: tuple[str, ...]
    movement_verbs: frozenset[str]
    movement_places: frozenset[str]  # movement_places in data/units.yml
    distributives: tuple[str, ...]
    place_streets: tuple[str, ...]  # places_under_regime in data/units.yml
    place_regime_gap: int
    place_regime_at: re.Pattern
    post_suffixes: tuple[str, ...]  # posts_under_regime in data/units.yml
    post_regimes: tuple[str, ...]
    review_announcement_at: re.Pattern  # review_announcement in data/units.yml
    document_holding_at: re.Pattern  # document_holding in data/units.yml
    designation_at: re.Pattern  # 将/把, the places, a class of risk: see designating in data/units.yml
    sanction_at: re.Pattern  # sanction in data/units.yml
    gathering_spaces: tuple[str, ...]  # gathering_bans in data/units.yml
    gathering_ban_at: re.Pattern
    speech_frame_at: re.Pattern  # speech_frame in data/units.yml
    level_counters: tuple[str, ...]
    prefixes: tuple[str, ...]
    scope_words: tuple[str, ...]
    time_before_prefix_at: re.Pattern  # `春节期间各单位`: see time_before_prefix in data/units.yml
    date_before_name_at: re.Pattern  # `2月16日西峰区`: see date_before_name in data/units.yml
    copula_in_name_at: re.Pattern  # `返校学生为龙子湖校区`: see copula_in_name in data/units.yml
    rest_words: tuple[str, ...]
    example_openers: tuple[str, ...]  # `场所如网吧、浴室等`: see example_openers in data/units.yml
    region_words: tuple[str, ...]  # `州内`: see region_words in data/units.yml
    duty_systems: tuple[str, ...]  # `责任制`: see duty_systems in data/units.yml
    anyone: tuple[str, ...]
    anyone_beside_staff_at: re.Pattern  # anyone of a bare kind listed with staff: institution_staff in data/units.yml
    head_modifiers: tuple[str, ...]
    head_conjunctions: tuple[str, ...]
    category_heads: tuple[str, ...]
    running_heads: tuple[str, ...]  # heads naming what they keep going even bare (运转保障行业)
    joined_names: tuple[str, ...]
    party: tuple[str, ...]
    government: tuple[str, ...]  # in file order: the first is the form used in names
    # `县委县政府`: group 1 the party committee of a level, group 3 the government of the same level
    committee_and_government: re.Pattern
    leadership: tuple[str, ...]
    staff: tuple[str, ...]
    work_arrangements: tuple[str, ...]  # how a body has its staff work (`居家办公`)
    staff_activities: tuple[str, ...]
    services: tuple[str, ...]
    shared_suffixes: tuple[str, ...]
    listed_shared_suffixes: tuple[str, ...]  # shared across a list with 、 only
    waiting_verbs: tuple[str, ...]  # 等候: no 等 of a list
    waiting_name_at: re.Pattern  # `返校时间待学院`: see waiting_name in data/units.yml
    # `省、市、县际班线`: group 1 the levels before the last (each optionally with the mark),
    # group 2 the last level with the mark, group 3 the rest of the last item
    between_levels_at: re.Pattern
    between_mark: str
    within_mark: str  # `县内、县际…客运班线`: see within_mark in data/units.yml
    verb_openers: tuple[str, ...]
    task_words: tuple[str, ...]
    group_suffixes: tuple[str, ...]
    modifier_openers: tuple[str, ...]
    requirement_verbs: tuple[str, ...]  # `X要求Y…`: Y is obliged
    word_not_verb: tuple[str, ...]  # marker exceptions that are no verb openers either (`从事`, `对外`)
    relational_opens: tuple[str, ...]  # `与…相关的`: see relational_modifier in data/units.yml
    relational_ends: tuple[str, ...]
    part_verbs: tuple[str, ...]  # `充分发挥X的作用`: see parts_played in data/units.yml
    part_nouns: tuple[str, ...]
    duty_copula_at: re.Pattern  # `是`, `作为` before a duty title: see duty_holders in data/units.yml
    duty_titles: tuple[str, ...]
    state_modifier_ends: tuple[str, ...]  # `恢复营业的`: a verb-led clause that only says what state the head is in
    organised_at: re.Pattern  # `组织或举办的`: a clause that only says whose events its head is
    locatives: tuple[str, ...]
    leading_locatives: tuple[str, ...]  # locatives at the start of a clause, these and the others
    temporal: tuple[str, ...]
    temporal_max: int
    heading_ends: tuple[str, ...]  # heading_ends in data/units.yml
    time_verbs: tuple[str, ...]
    bare_event_verbs: tuple[str, ...]
    narrative: tuple[str, ...]
    separators: str
    marker_at: re.Pattern  # group 1: a marker (modal or other) starting there, unless an exception does
    agent_marker_at: re.Pattern  # the same for markers and agent verbs
    breaker_at: re.Pattern  # group 1: an item breaker starting there, unless a marker exception holds it
    verb_opener_at: re.Pattern
    clause_opener_at: re.Pattern  # a clause opener with something after it
    conjunction_at: re.Pattern  # group 1: a list conjunction starting there, not at the end
    suffix_kinds: dict[str, str]  # suffix -> kind, as `suffixes` decides it
    unit_ends: dict[str, tuple[str, ...]]  # suffixes, levels and leaders by their last character
    unit_end_max: int  # the length of the longest of those words
    whole_verb_openers: tuple[str, ...]  # verb openers no list split falls in: see unit_phrases.may_open_units


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted({str(w) for w in words}, key=len, reverse=True))


def _organised(verbs: tuple[str, ...]) -> re.Pattern:
    """One of the organising `verbs`, or two joined by 或/和/、, closed by 的 (`组织或举办的`)."""
    verb = _alternation(verbs)
    return re.compile(f"(?:{verb})(?:[或和、](?:{verb}))?的")


def _alternation(words: tuple[str, ...]) -> str:
    """The words as a regex alternation, tried in their order. It opens with
    the class of their first characters: the regex engine tests that at each
    position far faster than it tries every word there."""
    first = re.escape("".join(sorted({w[0] for w in words})))
    return f"(?=[{first}])(?:{'|'.join(re.escape(w) for w in words)})"


def _own_part_at(kinds: tuple[str, ...], joins: str, name_max: int) -> re.Pattern:
    """A clause opening with the issuer's own parts by a generic word (own_parts in data/units.yml), after a locative
    of its own (`园区内`): group `parts` holds the list, each item some words of its own and a kind, an aside after it
    (`游客易聚集的场地(棋牌区域、儿童游艺区域及游乐设施)`), joined by one of the characters `joins` (`、`, 和, 及)."""
    item = f"{HAN.pattern}{{0,{name_max}}}?(?:{_alternation(kinds)})(?:[（(][^（）()]*[)）])?"
    return re.compile(f"(?:{HAN.pattern}{{2,4}}内)?(?P<parts>{item}(?:[{joins}]{item})*)")


def _by_last_character(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The words by their last character, in their order: a phrase's last
    character picks the few words it may end with."""
    out: dict[str, tuple[str, ...]] = {}
    for w in words:
        out[w[-1]] = out.get(w[-1], ()) + (w,)
    return out


def _never_split(verbs: tuple[str, ...], separators: tuple[str, ...],
                 conjunctions: tuple[str, ...]) -> tuple[str, ...]:
    """The verbs that unit_phrases.parse_units never cuts when one opens a
    phrase: with no list separator, bracket, 的 or 等 in them, nor a
    conjunction or 各 after their first character, where lists split."""
    anywhere = set("".join(separators) + "的等()（）")
    inside = set("".join(conjunctions) + "各")
    return tuple(v for v in verbs if not anywhere & set(v) and not inside & set(v[1:]))


def _starting(words: tuple[str, ...], unless: tuple[str, ...], names: tuple[str, ...] = ()) -> re.Pattern:
    """Every position where one of `words` starts and none of `unless` does,
    overlapping ones included; group 1 is the first such word in order. A word
    that itself opens with one of `unless` overrides it (以外卖 over 以外: `餐饮机构以外卖为主经营`). A word whose
    first character ends one of `names` with the characters before it is inside that name, no word of its own
    (统一 in `市场监管系统一线人员`, where 系统 ends a name, not the department 系)."""
    overriding = tuple(w for w in words if w.startswith(unless))
    first = f"{_alternation(overriding)}|" if overriding else ""
    straddled = [n for n in names if len(n) > 1 and any(w.startswith(n[-1]) for w in words)]
    inside = "".join(f"(?!(?<={re.escape(n[:-1])}){re.escape(n[-1])})" for n in straddled)
    return re.compile(f"(?=({first}{inside}(?!{_alternation(unless)}){_alternation(words)}))")


def _breaking(breakers: tuple[str, ...], exceptions: tuple[str, ...]) -> re.Pattern:
    """Every position where an item breaker starts (group 1), unless a marker
    exception starts there or holds the breaker whole (对 in 应对, in
    `县应对新冠肺炎疫情工作领导小组`): such an exception is matched instead."""
    holding = _longest_first(e for e in exceptions
                             if any(b in e[1:] and e.index(b, 1) + len(b) <= len(e) for b in breakers))
    return re.compile(f"{_alternation(holding)}|{_starting(breakers, exceptions).pattern}")


def _labelled(labels: list[tuple[str, str]]) -> re.Pattern:
    """Every position where a list label starts, with its colon. As a label
    holds no colon or space, at most one label ends at a colon there."""
    if any(re.search(r"[\s:：]", w) for w, _ in labels):
        raise ValueError("explicit_labels: a label may hold no colon or space")
    return re.compile(rf"(?=({_alternation(_longest_first(w for w, _ in labels))})(\s*[:：]\s*))")


@lru_cache(maxsize=4)
def lexicon(path: Path = RULES_FILE) -> Lexicon:
    """The word lists of a unit rule file (data/units.yml by default), loaded once per file."""
    data = load_rule_file(path)

    def listed(*keys: str) -> list[str]:
        value = rule(data, path, *keys)
        if not isinstance(value, list) or not value:
            raise ValueError(f"{path}: {'.'.join(keys)} must be a non-empty list of words")
        return [str(w) for w in value]

    def words(*keys: str) -> tuple[str, ...]:
        return _longest_first(listed(*keys))

    def number(*keys: str) -> int:
        value = rule(data, path, *keys)
        if not isinstance(value, int):
            raise ValueError(f"{path}: {'.'.join(keys)} must be a whole number, not {value!r}")
        return value

    def roles(key: str) -> list[tuple[str, str]]:
        pairs = [(w, role) for role in rule(data, path, key) for w in words(key, role)]
        return sorted(pairs, key=lambda p: len(p[0]), reverse=True)

    kinds = {"org_suffixes": "org", "office_suffixes": "org", "person_suffixes": "person", "non_unit_suffixes": "place",
             "field_suffixes": "none"}
    departments = [(w, "org") for w in words("departments", "kinds")]  # a body's own parts: see departments
    suffixes = sorted([(w, kind) for key, kind in kinds.items() for w in words(key)] + departments,
                      key=lambda p: len(p[0]), reverse=True)
    # an organisation's name that opens with a department's kind (系统 over 系): no marker starts inside it (_starting)
    department_led = tuple(w for w, kind in suffixes if kind == "org" and w.startswith(words("departments", "kinds"))
                           and w not in words("departments", "kinds"))
    labels, role_verbs = roles("explicit_labels"), roles("role_verbs")
    modal = words("markers", "modal")
    markers = _longest_first(modal + words("markers", "other") + words("school_locatives"))
    exceptions = _longest_first(listed("marker_exceptions") + listed("bounding_directions"))
    # What a phrase naming units, people or places may end with: see unit_phrases.may_end_units.
    unit_ends = _longest_first([w for w, _ in suffixes] + listed("level_words") + listed("leadership_suffixes")
                               + listed("staff_activities") + listed("venue_owners"))
    levels = "[" + re.escape("".join(listed("between_levels"))) + "]"
    mark = re.escape(str(rule(data, path, "between_mark")))
    within = re.escape(str(rule(data, path, "within_mark")))
    own_part_joins = "".join(listed("own_parts", "joins"))
    return Lexicon(
        label_at=_labelled(labels),
        label_roles={label: role for label, role in reversed(labels)},
        role_verbs=role_verbs,
        role_verb_words=tuple(w for w, _ in role_verbs),
        modal=modal,
        marker_exceptions=exceptions,
        agent_exceptions=words("agent_exceptions"),
        agent_verbs=frozenset(listed("agent_verbs")),
        not_agent_at=re.compile(str(rule(data, path, "not_agent"))),
        group_of_members=words("group_of_members"),
        approval_verbs=words("approval_verbs"),
        responsibility_verbs=words("responsibility_verbs"),
        responsibility_nouns=words("responsibility_nouns"),
        responsibility_gap=number("responsibility_gap"),
        responsibility_kinds=words("responsibility_kinds"),
        list_predicates=words("list_predicates"),
        clause_predicates=words("clause_predicates"),
        list_predicate_at=re.compile(_alternation(words("list_predicates"))),
        stop_adverb_at=re.compile(_alternation(_longest_first(listed("list_predicates") + list(modal)))),
        verb_like_suffixes=words("verb_like_suffixes"),
        closed_by=words("closed_by"),
        acted_upon=_longest_first(listed("closed_by") + listed("classed_as", "designations") + listed("classed_as", "other")
                                  + listed("managed_as_area", "sealed")
                                  + [by + area for by in listed("managed_as_area", "by")
                                     for area in listed("managed_as_area", "areas")]),
        area_label=re.compile(f"(?:{_alternation(words('managed_as_area', 'areas'))})"
                              f"(?:{_alternation(words('managed_as_area', 'label_words'))})?\\s*[:：]"),
        # a stop of its own business is also put as a held-off operation (`早市、夜市暂不复业`, `…公共交通均不运行`):
        # every operation verb after each negation that holds it off (see operating.negations)
        operation_stops=_longest_first(listed("operation_stops") + [n + v for n in listed("operating", "negations")
                                                                    for v in listed("operating", "verbs")]),
        operating_verbs=words("operating", "verbs"),
        operating_manner_max=number("operating", "manner_max"),
        operating_bodies=words("operating", "bodies"),
        residential_kinds=words("residential", "kinds"),
        residential_regimes=words("residential", "regimes"),
        predicates_after_condition=words("predicates_after_condition"),
        service_suffixes=words("suspended_services", "suffixes"),
        service_suspensions=words("suspended_services", "verbs"),
        not_operators=words("not_operators"),
        date_before=re.compile(f"(?:{rule(data, path, 'date_before_predicate', 'pattern')})$"),
        date_ends=frozenset(listed("date_before_predicate", "ends")),
        date_lead=re.compile(str(rule(data, path, "date_before_predicate", "pattern"))),
        prohibitions=words("prohibitions"),
        exception_open=words("exception_open"),
        exception_close=words("exception_close"),
        keeps_open=words("keeps_open"),
        inclusion_open=words("inclusion_open"),
        cause_open=words("cause_open"),
        decisions=words("decision_verbs"),
        frame_open=words("frame", "open"),
        frame_close=words("frame", "close"),
        straddling=tuple((e, k) for e in exceptions for k in range(1, len(e))
                         if any(e.startswith(m, k) for m in markers)),
        suffixes=suffixes,
        bounding_directions=words("bounding_directions"),
        vehicle_words=words("service_vehicles", "vehicles"),
        venue_owners=words("venue_owners"),
        vehicle_service_at=re.compile(f"^[^非]*?(?:{_alternation(words('service_vehicles', 'services'))})"),
        level_words=words("level_words"),
        level_with_qualifier_at=re.compile(f"(?:{_alternation(words('level_words'))})[（(][^（）()]*[)）]"),
        single_levels=frozenset(words("single_levels_need_prefix")),
        named_place_levels=words("named_places", "levels"),
        named_place_min=number("named_places", "min"),
        lone_place_levels=frozenset(listed("lone_place_levels")),
        listed_places=frozenset(listed("listed_places")),
        prefixed_areas=frozenset(listed("prefixed_areas")),
        operation_nouns=words("operation_nouns"),
        governing_levels=words("governing_places", "levels"),
        governing_reports=words("governing_places", "reports"),
        self_places=frozenset(listed("self_places")),
        self_bodies=frozenset(listed("self_bodies")),
        own_kinds=words("own_kinds"),
        category_openers=words("category_openers"),
        own_kind_parts=words("own_kind_parts"),
        institution_words=INSTITUTION_WORDS,
        public_words=words("public_words"),
        public_things=words("public_things"),
        owning_words=words("owning_words"),
        own_part_kinds=words("own_parts", "kinds"),
        site_heads=words("own_parts", "site_heads"),
        own_part_joins=own_part_joins,
        own_part_at=_own_part_at(words("own_parts", "kinds"), own_part_joins, number("own_parts", "name_max")),
        department_kinds=words("departments", "kinds"),
        department_reports=words("departments", "reports"),
        announcing_words=words("announcing_words"),
        suffix_verbs=words("suffix_verbs"),
        office_suffixes=words("office_suffixes"),
        movement_verbs=frozenset(listed("movement_verbs")),
        movement_places=frozenset(listed("movement_places")),
        distributives=words("distributives"),
        place_streets=words("places_under_regime", "streets"),
        place_regime_gap=number("places_under_regime", "gap"),
        place_regime_at=re.compile(str(rule(data, path, "places_under_regime", "regime"))),
        post_suffixes=words("posts_under_regime", "suffixes"),
        post_regimes=words("posts_under_regime", "regime"),
        review_announcement_at=re.compile(str(rule(data, path, "review_announcement"))),
        document_holding_at=re.compile(str(rule(data, path, "document_holding"))),
        # the places, whose quoted names may hold commas (`将“甲小区1栋,乙小区”划定为…`)
        designation_at=re.compile(f"(?:{_alternation(words('designating'))})(?:“[^“”]*”|[^，,；;。“])*?"
                                  f"(?:{_alternation(words('classed_as', 'designations'))})"),
        sanction_at=re.compile(str(rule(data, path, "sanction"))),
        gathering_spaces=words("gathering_bans", "spaces"),
        gathering_ban_at=re.compile(str(rule(data, path, "gathering_bans", "ban"))),
        speech_frame_at=re.compile(str(rule(data, path, "speech_frame"))),
        level_counters=words("level_counters"),
        prefixes=words("unit_prefixes"),
        scope_words=words("scope_words"),
        time_before_prefix_at=re.compile(str(rule(data, path, "time_before_prefix"))),
        date_before_name_at=re.compile(str(rule(data, path, "date_before_name"))),
        copula_in_name_at=re.compile(str(rule(data, path, "copula_in_name"))),
        rest_words=words("rest_words"),
        example_openers=words("example_openers"),
        region_words=words("region_words"),
        duty_systems=words("duty_systems"),
        anyone=words("anyone_prefixes"),
        anyone_beside_staff_at=re.compile(
            f"(?:{_alternation(words('anyone_prefixes'))})(?P<kind>{HAN.pattern}{{1,3}}?)"
            f"(?=[、和及与](?:{_alternation(words('anyone_prefixes'))})?(?:{_alternation(words('institution_staff'))}))"),
        head_modifiers=words("head_modifiers"),
        head_conjunctions=words("head_conjunctions"),
        category_heads=words("category_heads"),
        running_heads=words("running_heads"),
        joined_names=words("joined_names"),
        party=words("paired_bodies", "party"),
        government=tuple(listed("paired_bodies", "government")),
        committee_and_government=re.compile(
            f"(.*([{re.escape(''.join(listed('single_levels_need_prefix')))}])委)"
            f"(\\2(?:{'|'.join(map(re.escape, words('paired_bodies', 'government')))}))$"),
        leadership=words("leadership_suffixes"),
        staff=words("staff_words"),
        work_arrangements=words("work_arrangements"),
        staff_activities=words("staff_activities"),
        services=words("service_words"),
        shared_suffixes=words("shared_suffixes"),
        listed_shared_suffixes=_longest_first(listed("shared_suffixes") + listed("listed_shared_suffixes")),
        waiting_verbs=words("waiting_verbs"),
        waiting_name_at=re.compile(str(rule(data, path, "waiting_name"))),
        between_levels_at=re.compile(f"((?:{levels}(?:{mark}|{within})?、)+)({levels}{mark})(.+)"),
        between_mark=str(rule(data, path, "between_mark")),
        within_mark=str(rule(data, path, "within_mark")),
        verb_openers=words("verb_openers"),
        task_words=words("task_words"),
        group_suffixes=words("group_suffixes"),
        modifier_openers=words("modifier_openers"),
        requirement_verbs=words("requirement_verbs"),
        word_not_verb=tuple(w for w in words("marker_exceptions") if w not in words("verb_openers")),
        relational_opens=words("relational_modifier", "opens"),
        relational_ends=words("relational_modifier", "ends"),
        part_verbs=words("parts_played", "verbs"),
        part_nouns=words("parts_played", "nouns"),
        duty_copula_at=re.compile(_alternation(words("duty_holders", "copulas"))),
        duty_titles=words("duty_holders", "titles"),
        state_modifier_ends=words("state_modifier_ends"),
        organised_at=_organised(words("organiser_verbs")),
        locatives=words("locative_suffixes"),
        leading_locatives=_longest_first(listed("leading_locatives") + listed("locative_suffixes")),
        temporal=words("temporal_suffixes"),
        temporal_max=number("temporal_max"),
        heading_ends=words("heading_ends"),
        time_verbs=words("time_clause_verbs"),
        bare_event_verbs=words("bare_event_verbs"),
        narrative=words("narrative_markers"),
        separators="".join(words("list_separators")),
        marker_at=_starting(markers, exceptions, department_led),
        agent_marker_at=_starting(markers + words("agent_verbs"), exceptions, department_led),
        breaker_at=_breaking(words("item_breakers") + words("school_locatives"), exceptions),
        verb_opener_at=re.compile(_alternation(words("verb_openers"))),
        clause_opener_at=re.compile(f"(?:{_alternation(words('clause_openers'))})(?=.)", re.DOTALL),
        # Only a conjunction with something after it splits a list.
        conjunction_at=re.compile(f"(?=({_alternation(words('list_conjunctions'))}).)", re.DOTALL),
        suffix_kinds={w: kind for w, kind in reversed(suffixes)},
        unit_ends=_by_last_character(unit_ends),
        unit_end_max=len(unit_ends[0]),
        whole_verb_openers=_never_split(words("verb_openers"), words("list_separators"), words("list_conjunctions")),
    )
