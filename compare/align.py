"""Pair the measures of two notices by what they govern, not by their numbers.

Numbering changes from one notice to the next (a 2020 notice's `2.2` may be a
2021 notice's `4.12`), so each measure of A is matched with the measure(s) of
B that govern the same target group or kind of action. Evidence: words,
headings, subject labels (compare/data/subjects.yml), responsible units,
topics and kinds of thresholds (compare/similarity.py). Candidates come from
a `CandidateIndex`, so a measure is scored only against the few measures that
share its rarest features, never against all of them.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache

from compare.index import CandidateIndex
from compare.lexicon import load_data, of_zone, subject_labels
from compare.profile import Profile, label_text, profile, provisions
from compare.similarity import Evidence, Idf, Weights, evidence, listed
from compare.tokens import dice, normalize, terms
from ingest.markers import match_marker


@dataclass
class Link:
    a: str  # measure path in notice A
    b: str  # measure path in notice B
    similarity: float
    evidence: dict[str, float] = field(default_factory=dict)
    mutual: bool = True  # each is the other's best match


@dataclass
class Comparison:
    a: str  # source of notice A (the earlier one, by convention)
    b: str
    links: list[Link] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # paths of A with no counterpart in B
    added: list[str] = field(default_factory=list)  # paths of B with no counterpart in A
    scored: int = 0  # measure pairs given full scoring
    measures_a: dict[str, dict] = field(default_factory=dict, repr=False)
    measures_b: dict[str, dict] = field(default_factory=dict, repr=False)


def _settings() -> dict:
    return load_data("align.yml")


def _source(document: dict, name: str) -> str:
    source = document.get("source")
    if not source:
        raise ValueError(f"document {name} ({document.get('title')!r}) has no 'source'")
    return source


def align(a: dict, b: dict, index: CandidateIndex | None = None,
          acted_on: list[tuple[str, str]] = (), ended: set[tuple[str, str]] = frozenset(),
          series: bool | None = False, whole: frozenset[str] = frozenset()) -> Comparison:
    """Link each measure of `a` with the measures of `b` that govern the same
    subject. The answer depends on the two notices alone: word statistics come
    from their own measures, so the command line and the catalog (which
    passes its corpus-wide `index`, only to reuse the profiles it holds) give
    the same pairs. `acted_on` holds (path in A, path in B) where B's measure
    lifts, extends or adjusts A's (compare/relations.py): they are linked when
    B's measure has no counterpart by its words, since a lift says little of
    what it ends but names it. `whole` holds the paths of B's measures that
    continue, extend or end A as a whole (延长《…》执行时间, 《…》…终止执行): each is
    linked to every measure of A that B does not restate in another measure,
    whatever else it matches by its words. `ended` holds those of them where B's lift
    ends A's measure whole (every sentence of it names what is lifted): once
    so linked, A's measure keeps no other link, since what B says of the same
    certificates or checkpoints elsewhere governs something else. `series`
    says the notices are of one issuer or place, where a list restated (the
    venues closed again) is the same rule; between places it is a common list
    (None: a notice names no place, so neither is known).
    A lift of sealed areas links back to their designation by the township
    both name (`_designated`), and a zone's rule to the later rule for that
    zone, else to the zone's lift, within a series (`_zoned`; either way round when
    a notice is undated, its place in the series unknown), whatever their scores; a measure of several provisions links also to a measure that is
    one of them said alone (`_split`), and a measure linked to none to its own clear
    best match when that one, of several provisions, is linked to its neighbour (`_merged`); the one measure of each notice that
    opens with a rule on leaving the place (else the one that gives it at all)
    links to the other's (`_sole`), as does the one asking people not to come
    back (非必要不来攸返攸 → 非紧急暂不返攸), the one measure of each that keeps
    people from going to other places (非必要不得前往葫芦岛市 → 非必要不要前往
    上述地区), the one measure of each saying either rule on going out (非必要不前往
    中高风险地区 → 倡导非必要不出县), the one measure of a notice keeping people from
    coming back to school with each of the other's doing so (`_one_to_each`), the one
    measure of each asking a span of days before coming back to school (开学14天前…, 报到前14天内…),
    and the one measure of each that lets business resume, that shuts it with its exemption
    (除…外，其他经营场所一律暂停营业), that keeps people in their estate (不出小区) or that gives the
    sealed zone's regime by its motto (足不出户、上门服务); a
    resumption of business or transport links to the stop of its kind (`_reopened`);
    a measure putting the place under a named regime (居家隔离管控, 静默管理)
    links to the other's measures extending, keeping or lifting it (`_regime`),
    and a working arrangement kept by its name to the measure setting it up
    (`_continued`);
    within a series, the one measure of each naming a party of people alike
    (抵（返）牡人员需…) links to the other's (`_party`); a link by words between
    measures naming different counties moves to the measure naming the same
    ones (`_other_counties`);
    a limit lifted by its name links to the measures of that kind, and controls
    lifted by their name (“三区”管控, 临时管控) to the measures imposing them
    (`_lifted`), unless the two are known to govern different places. A building of a compound
    named in one measure of each notice is graded again there (`_same_building`), and near in time
    the one measure of each giving the tally of risk areas left after the round (现有高风险区18个 →
    13个) is the same statement; a lowering and a designation of areas in other townships or
    streets are other rounds, whatever rule paired them (`_other_townships`)."""
    sa, sb = _source(a, "A"), _source(b, "B")
    if sa == sb:
        raise ValueError(f"cannot compare notice {sa!r} with itself")
    settings = _settings()
    cache = index if index is not None else CandidateIndex()
    pa, pb = cache.profiles_of(a), cache.profiles_of(b)
    index = CandidateIndex.of_profiles({sa: pa, sb: pb})
    # A lift or adjustment is found by the longest tail of its subject any measure holds, often
    # the compound alone (恒大绿洲一期16栋 finds every measure on 恒大绿洲): a measure naming only
    # other buildings of it is not what it acts on.
    # (each measure's buildings, read once: `_same_building` grades them again below)
    built_a, built_b = ([buildings(p.text, settings["areas"]["building"]) for p in ps] for ps in (pa, pb))
    apart = _other_buildings(pa, pb, built_a, built_b, set(acted_on) | set(ended))
    acted_on, ended = [x for x in acted_on if x not in apart], {x for x in ended if x not in apart}

    idf = Weights(index.idf)
    pairs = _candidate_pairs(index, pa, pb) | _flipped(_candidate_pairs(index, pb, pa))
    scores = {(i, j): evidence(pa[i], pb[j], idf) for i, j in pairs}
    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for (i, j), e in scores.items():
        best_a[i] = max(best_a.get(i, 0.0), e.score)
        best_b[j] = max(best_b.get(j, 0.0), e.score)

    rule = settings["link"]
    # Rules read from a word or two of each notice (a township's list item, a regime, a
    # resumption, a rule said anywhere in a measure) join notices of one place, or of
    # places unknown issued within `near_days` of each other: a repost of unknown place
    # is aligned with many others, of other places, and township names recur between
    # counties (城关镇).
    near = bool(series) or series is None and _near(a, b, rule["near_days"])
    restated = _restated(pa, pb, pairs, rule["restated"])
    areas = settings["areas"]
    named, rest = re.compile(areas["area_name"]), re.compile(areas["rest"])
    places = _sides(pa, pb, lambda p: _area_only(p, named))
    alone_a, alone_b = ({k for side, k in places if side == x} for x in "ab")
    designated = _area_pairs(a, b, pa, pb, areas, series, near, alone_a, alone_b, (built_a, built_b))
    # An undated notice is compared in no known order: the act on areas may be the one
    # sorted first (a lift reposted without its date, then the dated designation).
    if not (a.get("date") and b.get("date")):
        designated |= _flipped(_area_pairs(b, a, pb, pa, areas, series, near, alone_b, alone_a, (built_b, built_a)))
    # A zone's measure lists its areas (宾馆、理发店、KTV划为中风险区), not kinds of venue.
    zones = _sides(pa, pb, lambda p: _zone_of(p, areas) is not None)
    rests = _sides(pa, pb, lambda p: bool(rest.match(normalize(p.text))))
    area_list = re.compile(areas["area_list"])
    lists = _sides(pa, pb, lambda p: bool(area_list.match(normalize(p.text))))
    graded_a, graded_b = ([_graded(p, areas["gradings"]) for p in ps] for ps in (pa, pb))
    order, alone = re.compile(areas["order"]), re.compile(areas["address"]["alone"])
    name_a, name_b = ([_area_name(p.text, alone, order) for p in ps] for ps in (pa, pb))
    links = []
    for (i, j), e in sorted(scores.items()):
        if ("a", i) in places or ("b", j) in places:
            continue
        # Two areas' names link by the form of an address alone (…号院N号楼N单元), not by a subject.
        if _other_areas(name_a[i], name_b[j], areas["compound"]):
            continue
        # Two acts on zones of one grading, none shared, with little text alike (解除…封控区管理 /
        # 解除…管控区管理; 调整为管控区 / 调整为防范区): other places under other zones, linked only by
        # the words every act on a zone has; unless they name a compound alike.
        if (e.parts.get("text", 0.0) < rule["graded_apart_text"] and _apart(graded_a[i], graded_b[j])
                and not _compounds(pa[i], areas) & _compounds(pb[j], areas)):
            continue
        # No word alike, in text or heading, and no topic alike: the subject labels both carry
        # (人员, 场所, 区域) are every notice's, no subject (大数据推送的相关信息人员 / 来自满洲里市抵返人员;
        # a building site of one outbreak / a staff dormitory of another).
        if not any(e.parts.get(k) for k in ("text", "heading", "topics")):
            continue
        # Two lists of areas under zone labels with no word alike in their text (中风险区（2个）：
        # 新北区薛家镇… / 封控区\n钟楼区：凯纳商务广场…): other areas of other rounds, alike only by
        # the words of their labels. A rule on areas (`_area_pairs`) still links them.
        if not e.parts.get("text") and {("a", i), ("b", j)} <= lists:
            continue
        # The rest of the place (其他地区为低风险地区) is no named area: its words (风险区,
        # 低风险) are every grading's, so it links by them only to the other's rest.
        if (("a", i) in rests) != (("b", j) in rests):
            continue
        top = max(best_a[i], best_b[j])
        # Two provisions merged into one (确诊病例 + 医疗救治要加力 → 强化救治力量):
        # each is the merged one's own best match, a little behind the other's
        # best, and keeps a word of its heading there, or requires the same
        # quantities (two zones lifted by one rule, then one lift for both).
        merged = (e.score in (best_a[i], best_b[j]) and e.score >= rule["merged_ratio"] * top
                  and (e.parts.get("heading", 0.0) > 0
                       or _same_quantities(pa[i], pb[j]) >= rule["merged_quantities"]))
        mutual = e.score == best_a[i] == best_b[j]
        # A measure's own best match clears a lower bar: a reworded measure of
        # the same subject has nothing better to pair with (one rule for arrivals
        # restated for two kinds of origin: each has the one as its best). Reworded,
        # it still shares words of its text or heading: a best match alike by its labels
        # alone (人员, 场所, topics) is only the least unlike of other subjects. A heading alike
        # needs a word of the text too: one word of a form's headings (筛查…) is no subject.
        text = e.parts.get("text", 0.0)
        own = e.score in (best_a[i], best_b[j]) and (text >= rule["own_best_text"]
                                                      or e.parts.get("heading", 1.0) >= rule["own_best_text"]
                                                      and ("heading" not in e.parts or text >= rule["own_heading_text"]))
        floor = rule["mutual_min_score"] if own else rule["min_score"]
        # … if they do one kind of thing: 排查 and 恢复生产 of the same 企事业单位 are two subjects.
        apart = e.score < rule["min_score"] and _act_apart(pa[i], pb[j], frozenset(rule["lifting_actions"]))
        if e.score >= floor and (e.score >= rule["ratio"] * top or merged) and not apart:
            links.append(Link(pa[i].path, pb[j].path, round(e.score, 4), _rounded(e.parts), mutual))
        elif (series is not False and not {("a", i), ("b", j)} & zones
              and e.score in (best_a[i], best_b[j]) and e.score >= rule["listed_min_score"]
              and listed(pa[i].items, pb[j].items) >= rule["listed"]):
            links.append(Link(pa[i].path, pb[j].path, round(e.score, 4), _rounded(e.parts) | {"listed": 1.0}, mutual))
        elif (i, j) in restated:
            links.append(Link(pa[i].path, pb[j].path, round(e.score, 4), _rounded(e.parts) | {"restated": 1.0}, mutual))
    links += _split(pa, pb, links, scores, best_a, best_b, idf, rule["min_score"], rule["split_margin"])
    links += _merged(pa, pb, links, scores, rule)
    links = _other_counties(links, pa, pb, re.compile(areas["county"]), idf)
    # A notice may say travel out of the place by one rule (非必要不出县), the other by the other
    # (非必要不前往中高风险地区): the one measure of each saying either is the same rule on going out;
    # said after a reason only within a series or near in time, as the rule on leaving.
    # Notices known to be of different places restate no rule of each other's.
    sole: set[tuple[int, int]] = set()
    closed: set[tuple[int, int]] = set()
    waived: set[tuple[int, int]] = set()
    closing = re.compile(rule["closing_venue"])
    if series is not False:
        outward = "|".join((rule["leaving"], rule["going"]))
        sole = (_sole(pa, pb, re.compile(rule["leaving"]), near) | _sole(pa, pb, re.compile(rule["returning"]), near)
                | _sole(pa, pb, re.compile(rule["going"])) | _sole(pa, pb, re.compile(outward), near)
                | _lifted(pa, pb, *_lift_patterns()) | _one_to_each(pa, pb, re.compile(rule["school_return"]))
                | _sole(pa, pb, re.compile(rule["school_before"])) | _sole(pa, pb, re.compile(rule["booking"]), False)
                | _sole(pa, pb, re.compile(rule["visitor_cap"])))
        closed = _closed_again(pa, pb, re.compile(rule["opening_time"]), closing)
        waived = _sole(pa, pb, re.compile(rule["fees_waived"]))
        sole |= _sole(pa, pb, re.compile(rule["sealed_motto"]))
        sole |= closed | waived
    if near:
        reopening, stopping = re.compile(rule["reopening"]), re.compile(rule["stopping"])
        sole |= _sole(pa, pb, reopening) | _reopened(pa, pb, reopening, stopping)
        sole |= _sole(pa, pb, re.compile(rule["shutdown"])) | _sole(pa, pb, re.compile(rule["staying"]))
        transport = (re.compile(rule[k]) for k in ("transport_reopening", "transport_stopping"))
        sole |= _reopened(pa, pb, *transport, stopping)
        regime = ("regime", "regime_acted", "regime_extended", "regime_core", "regime_venue")
        sole |= _regime(pa, pb, *(re.compile(rule[k]) for k in regime))
        sole |= _continued(pa, pb, re.compile(rule["continued"]))
        sole |= _sole(pa, pb, re.compile(rule["tally"]))
    if series:
        sole |= _sole(pa, pb, re.compile(rule["kept_controls"]))
        sole |= _eased(pa, pb, re.compile(areas["place"]), re.compile(rule["controls"]),
                       re.compile(rule["easing"]))
        sole |= _party(pa, pb, re.compile(rule["party"]), re.compile(rule["party_lead"]), rule["party_letters"])
    for i, j in sorted((designated | sole) - {(i, j) for i, j in scores if any(
            link.a == pa[i].path and link.b == pb[j].path for link in links)}):
        e = evidence(pa[i], pb[j], idf)
        key = "designated" if (i, j) in designated else "sole"
        links.append(Link(pa[i].path, pb[j].path, round(e.score, 4), _rounded(e.parts) | {key: 1.0}, False))
    linked_b = {link.b for link in links}
    position_a = {p.path: i for i, p in enumerate(pa)}
    position_b = {q.path: j for j, q in enumerate(pb)}
    for x, y in acted_on:
        if y not in linked_b and x in position_a and y in position_b:
            e = evidence(pa[position_a[x]], pb[position_b[y]], idf)
            links.append(Link(x, y, round(e.score, 4), _rounded(e.parts) | {"acted_on": 1.0}, False))
    said = {(link.a, link.b) for link in links}
    # A measure B restates elsewhere lives on there, not in the sentence naming the notice.
    elsewhere = {link.a for link in links if link.b not in whole}
    for y in (y for y in whole if y in position_b):
        for p in (p for p in pa if (p.path, y) not in said and p.path not in elsewhere):
            e = evidence(p, pb[position_b[y]], idf)
            links.append(Link(p.path, y, round(e.score, 4), _rounded(e.parts) | {"whole": 1.0}, False))
    links = _other_party(links, a, b, pa, pb, re.compile(rule["addressed_party"]))
    links = _other_townships(links, pa, pb, areas)
    alone = {("a", pa[i].path) for i, _ in closed if _closes(pa[i], closing)} | {
        ("b", pb[j].path) for _, j in closed if _closes(pb[j], closing)} | {
        end for i, j in waived for end in (("a", pa[i].path), ("b", pb[j].path))}
    links = _alone(links, closed | waived, alone, pa, pb)
    done = {x for x, y in ended if any(link.a == x and link.b == y for link in links)}
    links = [link for link in links if link.a not in done or (link.a, link.b) in ended]
    links.sort(key=lambda link: (position_a[link.a], position_b[link.b]))
    linked_a = {link.a for link in links}
    linked_b = {link.b for link in links}
    return Comparison(
        a=sa,
        b=sb,
        links=links,
        removed=[p.path for p in pa if p.path not in linked_a],
        added=[p.path for p in pb if p.path not in linked_b],
        scored=len(scores),
        measures_a={p.path: p.measure for p in pa},
        measures_b={p.path: p.measure for p in pb},
    )


def _area_pairs(a: dict, b: dict, pa: list[Profile], pb: list[Profile], areas: dict, series: bool | None,
                near: bool, alone_a: set[int], alone_b: set[int],
                built: tuple[list[set[str]], list[set[str]]]) -> set[tuple[int, int]]:
    """Pairs where B's measure acts on the areas or zones A's measure designated or
    ruled (each rule below), whatever their scores; `alone_a`, `alone_b`: the measures
    of each that are one area's name alone; `built`: the buildings each measure of A and
    of B names (`buildings`)."""
    found = _designated(pa, pb, areas, 1 if series else 2) | _address_lifted(pa, pb, areas)
    if series is not False:
        found |= _zoned(pa, pb, areas, _section_zones(a, areas), _notice_zone(a, areas))
        found |= _same_item(pa, pb, *(re.compile(areas[k]) for k in ("area_name", "order", "township")))
        found |= _same_compound(pa, pb, areas)
        found |= _same_building(pa, pb, *built)
        found |= _area_named_again(pa, pb, *(re.compile(areas[k]) for k in ("area_name", "township")))
    if near:
        item = re.compile(areas["item_place"])
        places = {("a", i) for i in alone_a} | {("b", j) for j in alone_b}
        found |= _same_place_items(pa, pb, item)
        found |= _township_acted_on(pa, pb, item, re.compile("|".join(areas["statuses"].values())))
        found |= _none_left(pa, pb, places, re.compile(areas["none_left"]))
        found |= _whole_township(pa, pb, places, item, *(re.compile(areas[k]) for k in ("township", "area_name")))
        found |= _same_area(pa, pb, re.compile(areas["village"]))
        found |= _place_lifted(pa, pb, areas, alone_a)
    return found


def _sides(pa: list[Profile], pb: list[Profile], test) -> set[tuple[str, int]]:
    """The measures of each notice that pass `test`, as ("a", i) and ("b", j)."""
    return {("a", i) for i, p in enumerate(pa) if test(p)} | {("b", j) for j, q in enumerate(pb) if test(q)}


def _flipped(pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Pairs found with the notices the other way round, put back as (A, B)."""
    return {(i, j) for j, i in pairs}


_ASIDE = re.compile(r"[（(][^）)]*[）)]")
_CLAUSE = re.compile(r"[、，,。；;：:\n]")


def _unaside(text: str) -> str:
    """A text normalized, its bracketed asides left out: a district's bounds (中心城区（塔岭以东，…）)
    or a place's address name no area of their own."""
    return _ASIDE.sub("", normalize(text))


def _bare(text: str) -> str:
    """A measure's text without its asides and its closing mark: a list's item closes with
    a semicolon (城南区纺织厂家属院3号楼；), a measure of its own with a stop (石岗镇。)."""
    return _unaside(text).strip().rstrip("；;。，,、")


def _area_only(p: Profile, named: re.Pattern) -> bool:
    """Whether a measure is one area's name and nothing else (`_bare`)."""
    return bool(named.match(_bare(p.text)))


def _other_counties(links: list[Link], pa: list[Profile], pb: list[Profile], county: re.Pattern,
                    idf: Idf) -> list[Link]:
    """`links`, each between measures naming disjoint counties moved to the
    measure of the other notice that names the counties of its own (德保县、
    靖西市 kept, then lifted: the lift follows the rule kept for them, not the
    lift of 右江区、田阳区 in the same words)."""
    named_a = [set(county.findall(normalize(p.text))) for p in pa]
    named_b = [set(county.findall(normalize(q.text))) for q in pb]
    position_a = {p.path: i for i, p in enumerate(pa)}
    position_b = {q.path: j for j, q in enumerate(pb)}
    found: dict[tuple[str, str], Link] = {}
    for link in links:
        i, j = position_a[link.a], position_b[link.b]
        x, y = named_a[i], named_b[j]
        if x and y and not x & y:
            own_a = [k for k, z in enumerate(named_a) if z & y]
            own_b = [k for k, z in enumerate(named_b) if z & x]
            moved = [(k, j) for k in own_a] + [(i, k) for k in own_b]
            for k, m in moved:
                e = evidence(pa[k], pb[m], idf)
                parts = _rounded(e.parts) | {"counties": 1.0}
                found.setdefault((pa[k].path, pb[m].path), Link(pa[k].path, pb[m].path, round(e.score, 4), parts, False))
            if moved:
                continue
        found.setdefault((link.a, link.b), link)
    return list(found.values())


def _other_townships(links: list[Link], pa: list[Profile], pb: list[Profile], areas: dict) -> list[Link]:
    """`links` less those between a lift or lowering of areas (`compound` `acts`) and a measure
    designating or ruling areas, each naming townships or streets, none alike, the zone the
    areas are lowered to none the other names (园岭街道…由封控区、管控区调整为防范区 / the 管控区
    of 园岭街道 and 沙头街道's areas; 香蜜湖街道…调整为防范区 / 将福保街道…划为高风险区): other
    areas of another round, alike only by the words every zone has, whatever rule paired them.
    A zone's section names its places in its items (管控区：实行… over 2.2 园岭街道…宿舍区).
    Two designations of other places under one regime are the regime restated, two lowerings
    a list continued, and areas lowered into the zone the other lists join its list: kept."""
    place, acts = re.compile(areas["place"]), re.compile(areas["compound"]["acts"])
    lowered, gradings = re.compile(areas["lowered_to"]), areas["gradings"]
    criterion = re.compile(areas["address"]["criterion"])

    def read(p: Profile, ps: list[Profile]) -> tuple[set[str], bool, set[str]]:
        zones = set().union(*_graded(p, gradings))
        if not zones:
            return set(), False, set()
        texts = [p.text] + [x.text for x in ps if _item_of(x.path, p.path)]
        # A zone's criterion for lowering it (连续7天无新增感染者，降为低风险区) is no lift.
        text = criterion.sub("", _zone_text(p.text))
        lifts = bool(acts.search(text))
        places = set().union(*(place.findall(_unaside(t)) for t in texts))
        return places, lifts, (set(lowered.findall(text)) or zones) if lifts else zones
    read_a, read_b = {p.path: read(p, pa) for p in pa}, {q.path: read(q, pb) for q in pb}

    def apart(x: tuple, y: tuple) -> bool:
        (places_x, lifts_x, zones_x), (places_y, lifts_y, zones_y) = x, y
        if not (places_x and places_y) or places_x & places_y or lifts_x == lifts_y:
            return False
        into, other = (zones_x, zones_y) if lifts_x else (zones_y, zones_x)
        return not into & other
    return [link for link in links if not apart(read_a[link.a], read_b[link.b])]


def _quantities(p: Profile) -> Counter:
    """The quantities (value and unit) a measure requires, each as often as it says it."""
    return Counter((str(t.get("value")), t.get("unit")) for t in p.measure.get("thresholds") or [])


def _same_quantities(p: Profile, q: Profile) -> int:
    """How many quantities (value and unit) two measures both require, each
    counted as often as both say it: 近14天, 超过14天 and 前2天 said again."""
    return sum((_quantities(p) & _quantities(q)).values())


def _other_quantities(p: Profile, q: Profile) -> bool:
    """Whether two measures both require quantities, and not the same ones (近14天、前2天 /
    近14天、7天): another rule of the same kind."""
    x, y = _quantities(p), _quantities(q)
    return bool(x) and bool(y) and set(x) != set(y)


def _act_apart(p: Profile, q: Profile, lifting: frozenset[str]) -> bool:
    """Whether two measures each name kinds of action and share none, neither
    of them lifting (a lift does not do what it ends)."""
    x, y = p.actions, q.actions
    return bool(x and y and not x & y and not (x | y) & lifting)


def _restated(pa: list[Profile], pb: list[Profile], pairs: set[tuple[int, int]], bar: float) -> set[tuple[int, int]]:
    """Pairs of measures where a sentence of one is restated in the other
    (bigram dice at least `bar`), other places and numbers named: a risk
    area's rule said again for new streets is one rule whatever else either
    measure says. A sentence restated in several measures of the other
    notice is a stock phrase, and links none of them."""
    found: dict[tuple[int, int], list[tuple[int, int]]] = {}
    sized_a, sized_b = ([[(k, s, len(s)) for k, s in enumerate(p.sentences) if s] for p in ps] for ps in (pa, pb))
    for i, j in pairs:
        for si, x, n in sized_a[i]:
            for sj, y, m in sized_b[j]:
                # The dice of two sets is at most that of their sizes, so most pairs need no intersection.
                if 2 * min(n, m) / (n + m) >= bar and dice(x, y) >= bar:
                    found.setdefault((i, j), []).append((si, sj))
    uses_a = Counter((i, si) for (i, j), hits in found.items() for si, _ in hits)
    uses_b = Counter((j, sj) for (i, j), hits in found.items() for _, sj in hits)
    return {(i, j) for (i, j), hits in found.items()
            if any(uses_a[i, si] == 1 and uses_b[j, sj] == 1 for si, sj in hits)}


def _addressed_to(document: dict, party: re.Pattern) -> bool:
    """Whether every addressee of the notice is the party (a notice to all students names none).

    >>> _addressed_to({"addressees": ["全体来华留学生"]}, re.compile("留学生")), _addressed_to({"addressees": ["各学院", "全体学生"]}, re.compile("留学生"))
    (True, False)
    """
    addressees = document.get("addressees") or []
    return bool(addressees) and all(party.search(x) for x in addressees)


def _other_party(links: list[Link], a: dict, b: dict, pa: list[Profile], pb: list[Profile],
                 party: re.Pattern) -> list[Link]:
    """Drop the links of a notice addressed to one party to the other notice's measures not naming it."""
    to_a, to_b = _addressed_to(a, party), _addressed_to(b, party)
    if to_a == to_b:
        return links
    others = pb if to_a else pa
    naming = {p.path for p in others if party.search(normalize(p.text))}
    return [link for link in links if (link.b if to_a else link.a) in naming]


def _split(pa: list[Profile], pb: list[Profile], links: list[Link], scores: dict[tuple[int, int], Evidence],
           best_a: dict[int, float], best_b: dict[int, float], idf: Idf, bar: float, margin: float) -> list[Link]:
    """Links of a measure that holds several provisions with a measure that is
    one of them said alone: an earlier measure that closes schools and stops
    the buses, split into a measure for each. The measure of several is linked
    by its words to another measure (the provisions it shares with that one),
    the measure of one to none; it has the other as its best match, and a
    provision of the other, by itself, has it as its own best match at `bar`
    or more."""
    linked_a, linked_b = {link.a for link in links}, {link.b for link in links}
    found = []
    scored: dict[tuple[int, str], list[float]] = {}  # a measure asks for each of its provisions again for each pair
    for (i, j), e in sorted(scores.items()):
        if (pa[i].path in linked_a and pb[j].path not in linked_b and e.score == best_b[j]
                and _provision_of(pa[i], j, pb, idf, bar, margin, scored)
                or pb[j].path in linked_b and pa[i].path not in linked_a and e.score == best_a[i]
                and _provision_of(pb[j], i, pa, idf, bar, margin, scored)):
            found.append(Link(pa[i].path, pb[j].path, round(e.score, 4), _rounded(e.parts) | {"split": 1.0}, False))
    return found


def _merged(pa: list[Profile], pb: list[Profile], links: list[Link], scores: dict[tuple[int, int], Evidence],
            rule: dict) -> list[Link]:
    """Links of a measure linked to none with its own best match, a measure of the
    other notice that is linked to the measure next to it: the other notice
    merged the two neighbours into one (take part in testing, then the make-up
    day, then one paragraph for both), and the one linked by its words stands
    for the other. Either notice may be the one that merged."""
    def linked_to(path: str, side: str) -> set[str]:
        return {(link.a if side == "b" else link.b) for link in links if (link.b if side == "b" else link.a) == path}

    def neighbours(ps: list[Profile], k: int) -> set[str]:
        return {ps[n].path for n in (k - 1, k + 1) if 0 <= n < len(ps)}

    def own(k: int, side: str) -> list[tuple[float, int, Evidence]]:
        return sorted(((e.score, j if side == "a" else i, e) for (i, j), e in scores.items()
                       if (i if side == "a" else j) == k), key=lambda x: -x[0])

    linked = {"a": {link.a for link in links}, "b": {link.b for link in links}}
    found = []
    for side, ps, qs in (("a", pa, pb), ("b", pb, pa)):
        other = "b" if side == "a" else "a"
        for k, p in enumerate(ps):
            ranked = own(k, side)
            if p.path in linked[side] or not ranked:
                continue
            score, m, e = ranked[0]
            second = ranked[1][0] if len(ranked) > 1 else 0.0
            if (score >= rule["min_score"] and score >= rule["split_margin"] * second
                    and e.parts.get("text", 0.0) >= rule["merged_text"] and not _other_quantities(p, qs[m])
                    and len(provisions(qs[m].text)) > 1
                    and linked_to(qs[m].path, other) & neighbours(ps, k)):
                i, j = (k, m) if side == "a" else (m, k)
                found.append(Link(pa[i].path, pb[j].path, round(score, 4), _rounded(e.parts) | {"merged": 1.0}, False))
    return found


def _provision_of(p: Profile, k: int, qs: list[Profile], idf: Idf, bar: float, margin: float,
                  scored: dict[tuple[int, str], list[float]]) -> bool:
    """Whether a provision of `p` (a sentence, where it has several) is matched
    by qs[k] at `bar` or more and `margin` times its match with any other of `qs`.
    `scored` keeps the scores of each provision against the measures of `qs`."""
    for provision in provisions(p.text):
        key = (id(qs), provision)
        if key not in scored:
            scored[key] = [evidence(_provision_profile(provision), q, idf).score for q in qs]
        found = scored[key]
        others = found[:k] + found[k + 1:]
        if found[k] >= bar and found[k] >= margin * max(others, default=0.0):
            return True
    return False


@lru_cache(maxsize=4096)
def _provision_profile(text: str) -> Profile:
    # The catalog aligns a notice with several others: each provision is read once.
    return profile({"path": "", "text": text}, "")


def _sole(pa: list[Profile], pb: list[Profile], said: re.Pattern, anywhere: bool = True) -> set[tuple[int, int]]:
    """The pair of the one measure of each notice that opens with what `said`
    finds (compare/data/align.yml `leaving`): a place gives its rule on
    leaving it once a notice, and the next notice restates it with new
    conditions (非必要不离 and approval, then a test certificate to leave)
    in new words. `anywhere`: where no measure of a notice opens with it, the
    one measure that says it at all."""
    def the_rule(ps: list[Profile]) -> list[int]:
        opening = [k for k, p in enumerate(ps) if said.search(normalize(p.heading or label_text(p.measure)))]
        if opening or not anywhere:
            return opening
        # A notice that opens no measure with it may still give the rule once, after
        # the measure's reason (近期…输入性疫情，…非必要不离牡，离牡需持…证明).
        return [k for k, p in enumerate(ps) if said.search(normalize(p.text))]
    x, y = the_rule(pa), the_rule(pb)
    return {(x[0], y[0])} if len(x) == len(y) == 1 else set()


def _closed_again(pa: list[Profile], pb: list[Profile], opening: re.Pattern,
                  closing: re.Pattern) -> set[tuple[int, int]]:
    """The pair of the one measure of a notice opening with a venue's opening time
    (`opening` on its heading or first clause: 开放区域与时段, 开学时间为3月7日) and the
    one measure of the other closing it for a time (`closing`: 临时闭馆, 暂时停课), either
    way round (an undated notice may be sorted first). A notice giving an opening time
    closes only parts of the venue (其它展厅暂停开放), so it is no closure."""
    def said(ps: list[Profile], pattern: re.Pattern, label: bool) -> list[int]:
        return [k for k, p in enumerate(ps)
                if pattern.search(normalize(p.heading or label_text(p.measure)) if label else _closes(p, pattern))]
    opens_a, opens_b = said(pa, opening, True), said(pb, opening, True)
    closes_a, closes_b = ([] if opens_a else said(pa, closing, False)), ([] if opens_b else said(pb, closing, False))
    return {(x[0], y[0]) for x, y in ((opens_a, closes_b), (closes_a, opens_b)) if len(x) == len(y) == 1}


def _closes(p: Profile, closing: re.Pattern) -> str:
    """The words of a measure closing its venue for a time (`closing`), else ''."""
    text = normalize(p.text)
    return text if closing.search(text) else ""


def _alone(links: list[Link], pairs: set[tuple[int, int]], ends: set[tuple[str, str]],
           pa: list[Profile], pb: list[Profile]) -> list[Link]:
    """Drop the other links of the ends `ends` (side, path) of `pairs`: a closure paired
    with the opening it ends (`_closed_again`), a waiver of fees with the next one."""
    keep = {(pa[i].path, pb[j].path) for i, j in pairs}
    return [link for link in links if (link.a, link.b) in keep
            or not {("a", link.a), ("b", link.b)} & ends]


def _one_to_each(pa: list[Profile], pb: list[Profile], said: re.Pattern) -> set[tuple[int, int]]:
    """The pairs of the one measure of a notice saying what `said` finds with each measure
    of the other saying it (compare/data/align.yml `school_return`): one rule restated
    whole, or split by the parties it names (students of risk areas, students abroad),
    each item its own measure. Several on both sides pair no way: which is which is unknown."""
    x, y = ([k for k, p in enumerate(ps) if said.search(normalize(p.text))] for ps in (pa, pb))
    return {(i, j) for i in x for j in y} if min(len(x), len(y)) == 1 else set()


def _lifted(pa: list[Profile], pb: list[Profile], lift: re.Pattern, controls: re.Pattern,
            lifting: re.Pattern) -> set[tuple[int, int]]:
    """Pairs where one notice's measure lifts what the other's imposes, named in a
    word: a kind of action (解除人员流动限制 → 非必要不出行, 非必要不离旗), or controls
    by their name in a clause that lifts or lowers them (`controls`, `lifting`: 全面解除
    县域内“三区”管控措施 → 严格实施封控、管控、防范三区管控; 对…的临时管控的防控措施调整为
    “个人防护” → 实行“足不出户”等临时管控措施), either way round (a repost dated by its
    page may come first). A measure lifting them too imposes nothing."""
    def ends(ps: list[Profile], qs: list[Profile]) -> set[tuple[int, int]]:
        found = set()
        for j, q in enumerate(qs):
            text = normalize(q.text)
            for lifted in lift.findall(text):
                kinds = {label.name for label in subject_labels() if label.kind == "action" and label.pattern.search(lifted)}
                found |= {(i, j) for i, p in enumerate(ps) if p.actions & kinds}
            for name in _lifted_controls(text, controls, lifting):
                found |= {(i, j) for i, p in enumerate(ps) if name in _QUOTES.sub("", normalize(p.text))
                          and not _lifted_controls(normalize(p.text), controls, lifting)}
        return found
    return ends(pa, pb) | _flipped(ends(pb, pa))


_QUOTES = re.compile(r"[“”\"]")


@lru_cache(maxsize=1)
def _lift_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """What a lift names (align.yml): a kind of action (解除人员流动限制), controls by their name
    (“三区”管控措施, 临时管控), and the verbs that lift or lower them."""
    rule = _settings()["link"]
    return re.compile(rule["lifted_kind"]), re.compile(rule["lifted_controls"]), re.compile(rule["lifted_controls_by"])


def _lifted_controls(text: str, controls: re.Pattern, lifting: re.Pattern) -> set[str]:
    """The names of the controls (三区管控, 临时管控) a clause of `text` lifts or lowers."""
    return {"".join(m.groups()) for clause in re.split(r"[。；;，,](?![^“”]*”)", text)
            for m in controls.finditer(clause) if lifting.search(clause)}


def _near(a: dict, b: dict, days: int) -> bool:
    """Whether both notices are dated, within `days` of each other."""
    try:
        x, y = (Date.fromisoformat(str(d.get("date"))[:10]) for d in (a, b))
    except ValueError:
        return False
    return abs((x - y).days) <= days


def _reopened(pa: list[Profile], pb: list[Profile], reopening: re.Pattern,
              stopping: re.Pattern, before: re.Pattern | None = None) -> set[tuple[int, int]]:
    """Pairs where one notice's measure lets business resume (恢复营业, 复工复产),
    or transport, and the other's stopped it (其他经营场所一律停业, 公交车一律停运),
    resuming nothing itself. Either way round: a repost without a date may be
    compared before the notice it follows, and a stop after a resumption is the
    same subject. `before`: a stop read by another kind first (a list closing schools,
    buses and shops at once is the place's shutdown, resumed as business)."""
    def stops(p: Profile) -> bool:
        text = normalize(p.text)
        return bool(stopping.search(text)) and not reopening.search(text) and not (before and before.search(text))

    def resumes(p: Profile) -> bool:
        return bool(reopening.search(normalize(p.text)))
    return {(i, j) for i, p in enumerate(pa) for j, q in enumerate(pb)
            if stops(p) and resumes(q) or resumes(p) and stops(q)}


def _regime(pa: list[Profile], pb: list[Profile], regime: re.Pattern, acted: re.Pattern,
            extended: re.Pattern, core: re.Pattern, venue: re.Pattern) -> set[tuple[int, int]]:
    """Pairs where one notice's measure puts the place under a named regime
    (全员居家隔离管控措施) and the other's extends, keeps or lifts it whole
    (全域解除管控, 继续执行现有管控措施), either way round (an undated repost may be
    compared first); an extension pairs with the measure keeping people at home
    (`core`) too. A measure that acts on the regime imposes none itself."""
    def imposes(p: Profile, extension: bool) -> bool:
        text = venue.sub("", normalize(p.text))
        return bool(regime.search(text) or extension and core.search(text)) and not acted.search(text)

    def acts(p: Profile) -> bool:
        return bool(acted.search(normalize(p.text)))

    def extends(p: Profile) -> bool:
        text = normalize(p.text)
        return bool(acted.search(text) and extended.search(text))
    return {(i, j) for i, p in enumerate(pa) for j, q in enumerate(pb)
            if imposes(p, extends(q)) and acts(q) or acts(p) and imposes(q, extends(p))}


def _eased(pa: list[Profile], pb: list[Profile], place: re.Pattern, controls: re.Pattern,
           easing: re.Pattern) -> set[tuple[int, int]]:
    """Pairs of A's measure keeping or putting townships under controls (对…南河街道、
    万缘街道等12个乡镇（街道）继续实行现有临时性社会管控措施) and B's measure whose
    first sentence eases controls (恢复交通出行, 解除…管控) for townships it names up
    to that clause, each of them named by A's (南河街道、万缘街道恢复交通出行): those
    places' controls eased."""
    found = set()
    for j, q in enumerate(pb):
        sentence = re.split(r"[。；;]", normalize(q.text), maxsplit=1)[0]
        clause = next((c for c in re.split(r"[，,]", sentence) if easing.search(c)), "")
        named = set(place.findall(sentence[:sentence.find(clause) + len(clause)])) if clause else set()
        found |= {(i, j) for i, p in enumerate(pa)
                  if named and controls.search(normalize(p.text)) and named <= set(place.findall(p.text))}
    return found


def _party(pa: list[Profile], pb: list[Profile], party: re.Pattern, lead: re.Pattern,
           letters: int) -> set[tuple[int, int]]:
    """Pairs of the one measure of each notice naming a party of people by
    the same words (所有抵（返）牡人员, 域外抵（返）牡人员: the shorter name ends the
    longer), each name in no other measure of its notice."""
    def names(p: Profile) -> set[str]:
        found = (lead.sub("", m.group()) for m in party.finditer(normalize(p.text)))
        return {n for n in found if len(n) >= letters}

    def same(x: str, y: str) -> bool:
        return x.endswith(y) or y.endswith(x)
    na, nb = [names(p) for p in pa], [names(q) for q in pb]
    found = set()
    for i, xs in enumerate(na):
        for j, ys in enumerate(nb):
            for x, y in ((x, y) for x in xs for y in ys if same(x, y)):
                if (sum(any(same(x, z) for z in zs) for zs in na) == 1
                        and sum(any(same(y, z) for z in zs) for zs in nb) == 1):
                    found.add((i, j))
    return found


def _continued(pa: list[Profile], pb: list[Profile], continued: re.Pattern) -> set[tuple[int, int]]:
    """Pairs where one notice's measure keeps a working arrangement going by
    its name (继续执行包联工作机制) and the other's is the one measure saying a
    word of that name (启动…包联工作) that no other measure of either says."""
    def pairs(ps: list[Profile], qs: list[Profile]) -> set[tuple[int, int]]:
        found = set()
        for j, q in enumerate(qs):
            for name in continued.findall(normalize(q.text)):
                for word in (w for w in terms(name) if len(w) >= 2):
                    holding = [i for i, p in enumerate(ps) if word in normalize(p.text)]
                    if len(holding) == 1 and sum(word in normalize(x.text) for x in qs) == 1:
                        found.add((holding[0], j))
        return found
    return pairs(pa, pb) | _flipped(pairs(pb, pa))


def _designated(pa: list[Profile], pb: list[Profile], areas: dict, shared: int) -> set[tuple[int, int]]:
    """Pairs where B's measure lifts or keeps areas of a status that A's
    measure designated, both naming `shared` townships or streets or more
    (compare/data/align.yml `areas`): villages sealed, then some unsealed."""
    place = re.compile(areas["place"])
    found = set()
    for status, acts in areas["statuses"].items():
        designates = re.compile(areas["designates"].replace("{status}", status))
        acting = re.compile(acts)
        for i, p in enumerate(pa):
            if not designates.search(p.text):
                continue
            places = set(place.findall(p.text))
            found |= {(i, j) for j, q in enumerate(pb) if acting.search(q.text)
                      and len(places & set(place.findall(q.text))) >= shared}
    return found


def _zone_pattern(areas: dict, key: str, zone: str) -> re.Pattern:
    """The pattern `key` of compare/data/align.yml `areas` said of one zone."""
    return _compiled(of_zone(areas[key], zone))


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _zone_of(p: Profile, areas: dict) -> str | None:
    """The zone a measure gives the rule of: named by its heading or the label
    opening it (封控区：, 封控区范围：…), or as the subject it opens with
    (封控区实行“足不出户”…), else the zone whose rule it puts an area under
    (全县按照防范区管理)."""
    opening = normalize(p.text).strip()
    return _zone_label(p, areas) or next(
        (z for z in areas["zones"] if _zone_pattern(areas, "zone_subject", z).search(opening)
         or _zone_pattern(areas, "zone_regime", z).search(p.text)), None)


def _ruled_zones(text: str, areas: dict) -> set[str]:
    """The zones a sentence of `text` opens with as the subject of their rule
    (…。管控区实行“人不出区”): the zone's rule said in a measure of other things."""
    sentences = [s.strip() for s in re.split(r"[。；;\n]", normalize(text))]
    return {z for z in areas["zones"] for s in sentences if _zone_pattern(areas, "zone_subject", z).search(s)}


def _none_left(pa: list[Profile], pb: list[Profile], places: set[tuple[str, int]],
               none_left: re.Pattern) -> set[tuple[int, int]]:
    """Pairs of each area A lists, named alone as an item (高新区天王镇天王村),
    and B's measure leaving the whole place with no risk area: it ends them all."""
    ends = [j for j, q in enumerate(pb) if none_left.search(normalize(q.text))]
    return {(i, j) for i, p in enumerate(pa) if ("a", i) in places and "." in p.path for j in ends}


def _same_place_items(pa: list[Profile], pb: list[Profile], led: re.Pattern) -> set[tuple[int, int]]:
    """Pairs of list items (paths under a parent) led by the same township or
    street (长堎镇：…, 夏都街道；), one in each notice; where a notice lists the
    township twice (its sealed villages, then the township as a controlled
    zone), the pair alike in form: both a list after the name, or both the name alone."""
    def leads(ps: list[Profile]) -> dict[tuple[str, bool], list[int]]:
        found: dict[tuple[str, bool], list[int]] = {}
        for k, p in enumerate(ps):
            m = led.match(_ASIDE.sub("", p.text.strip())) if "." in p.path else None
            if m:
                found.setdefault((m.group(1), bool(m.group(2))), []).append(k)
        return found
    la, lb = leads(pa), leads(pb)
    pairs = set()
    for name in {n for n, _ in la} & {n for n, _ in lb}:
        xs = la.get((name, True), []) + la.get((name, False), [])
        ys = lb.get((name, True), []) + lb.get((name, False), [])
        if len(xs) == len(ys) == 1:
            pairs.add((xs[0], ys[0]))
            continue
        for form in (True, False):
            x, y = la.get((name, form), []), lb.get((name, form), [])
            if len(x) == len(y) == 1:
                pairs.add((x[0], y[0]))
    return pairs


def _township_acted_on(pa: list[Profile], pb: list[Profile], led: re.Pattern,
                       acting: re.Pattern) -> set[tuple[int, int]]:
    """Pairs of A's one measure led by a township or street (枫亭镇（6个村居）：兰友社区、…)
    and B's measures that lift or keep sealed or controlled areas of that township
    in a clause naming it (将枫亭镇霞桥社区、铺头社区解除封控区管理): the township's
    entry, whichever of its villages either names."""
    leads: dict[str, list[int]] = {}
    for i, p in enumerate(pa):
        m = led.match(_ASIDE.sub("", p.text.strip()))
        if m:
            leads.setdefault(m.group(1), []).append(i)
    found = set()
    for j, q in enumerate(pb):
        clauses = [c for c in re.split(r"[。；;]", normalize(q.text)) if acting.search(c)]
        found |= {(i[0], j) for name, i in leads.items() if len(i) == 1 and any(name in c for c in clauses)}
    return found


def _whole_township(pa: list[Profile], pb: list[Profile], places: set[tuple[str, int]], led: re.Pattern,
                    township: re.Pattern, named: re.Pattern) -> set[tuple[int, int]]:
    """Pairs of an area list's item that is a whole township or street and nothing
    else (月塘街道, 梁北镇。, 夏都街道；) and the other notice's measures naming areas
    inside it, as items (荷塘区月塘街道爱丁堡小区, 梁北镇：郭村) or as a clause of a
    designation (火龙镇刘沟村、夏都街道华庄社区、…调整为中风险地区), not a rule for it
    (月塘街道各社区要…), either way round: the street listed whole after some of its
    compounds, or narrowed to a village of it. Not a township its own notice names
    elsewhere too (its villages sealed, the rest of it a controlled zone): which of its
    entries the other's areas continue is not known."""
    def whole(ps: list[Profile]) -> dict[int, str]:
        found = {}
        for k, p in enumerate(ps):
            m = township.match(_ASIDE.sub("", p.text.strip()))
            if m and sum(m.group(1) in x.text for x in ps) == 1:
                found[k] = m.group(1)
        return found

    def inside(ps: list[Profile], side: str, name: str) -> list[int]:
        return [k for k, p in enumerate(ps) if name in p.text and (
            (side, k) in places or led.match(_ASIDE.sub("", p.text.strip()))
            or any(name in c and c != name and named.match(c) for c in _CLAUSE.split(_bare(p.text))))]
    found = {(i, j) for i, name in whole(pa).items() for j in inside(pb, "b", name)}
    return found | {(i, j) for j, name in whole(pb).items() for i in inside(pa, "a", name)}


def _zone_label(p: Profile, areas: dict) -> str | None:
    """The zone a measure is labelled by (its heading, or a line of its own opening it)."""
    opening = (p.heading or p.text).strip()
    return next((z for z in areas["zones"] if re.search(of_zone(areas["zone_label"], z), opening)), None)


def _notice_zone(document: dict, areas: dict) -> str | None:
    """The one zone a notice puts areas under, wherever it says so (划定…为中风险区域, 临时管控区
    参照中风险区进行管理), else None (none, or several)."""
    text = _distributed("\n".join(normalize(x) for x in document.get("paragraphs") or [])
                        or "\n".join(normalize(m.get("text") or "") for m in document.get("measures") or []))
    put = {z for z in areas["zones"] if _zone_pattern(areas, "notice_zone", z).search(text)}
    return put.pop() if len(put) == 1 else None


def _zoned(pa: list[Profile], pb: list[Profile], areas: dict, sections: dict[str, str],
           whole: str | None = None) -> set[tuple[int, int]]:
    """Pairs of a zone's rule in A (封控区: 足不出户, 封控区实行…) and B's rule for
    that zone (封控区内…实行…, a sentence opening with the zone as its subject,
    or B's measure labelled by the zone: the zone restated, 封控区\n封控区实行…,
    its areas changed), or, when B gives it none, B's lift of the zone, however
    many zones that one lift ends (解除…封控区相关举措；解除…管控区相关举措). An item listed under a zone's label (`sections`: 一、新增高风险区
    （9个） over its addresses) is one of the zone's areas, labelled by it. `whole`: the one zone
    A's notice puts areas under (`_notice_zone`), whose rules are A's measures opening by
    referring back to the areas (该区域实行“人不出区”…, 区域内…, 期间…)."""
    found = set()
    labelled = [_zone_label(q, areas) for q in pb]
    ruled = [_ruled_zones(q.own, areas) for q in pb]
    named = re.compile(areas["area_word"])
    texts = [_distributed(q.text) for q in pb]
    rules = [_distributed(q.own) for q in pb]
    back = re.compile(areas["refers_back"])
    # The compounds and villages each of B's measures names that A's notice names too: the areas
    # of A's rules referring back that B may lower by name.
    said_a = "\n".join(normalize(x.text) for x in pa) if whole else ""
    shared = [{n for n in compound_names(normalize(q.text), areas["compound"]) if n in said_a} for q in pb] if whole else []
    for i, p in enumerate(pa):
        own = _zone_of(p, areas)
        listed = own is None and p.path in sections  # one area of the zone, not its rule
        # A notice of one zone gives its rules in measures naming none (该区域实行…): the rules of
        # the areas it names elsewhere, lowered as those are, not by other areas' lowering.
        referred = own is None and not listed and bool(whole) and bool(back.search(normalize(p.text).strip()))
        own = own or (whole if referred else None)
        zone = own or sections.get(p.path)
        if zone is None:
            continue
        label = _zone_label(p, areas) or sections.get(p.path)
        for key in ("zone_rule", "zone_lift"):
            said = _zone_pattern(areas, key, zone)
            # A zone's measure listing its areas (中风险区\n世邦城市广场三楼81号…。上述区域实行…) is
            # lowered as its areas are: not by the lowering of other areas of the zone.
            areas_of = (listed or referred or bool(named.search(_ASIDE.sub("", p.text)))
                        or _lists_under_label(p, zone, areas))
            hits = {(i, j) for j, q in enumerate(pb) if (_lowers(texts[j], said, shared[j] if referred else {p.text}, named)
                                                         if areas_of and key == "zone_lift"
                                                         else said.search(texts[j] if key == "zone_lift" else rules[j]))
                    or key == "zone_rule" and (labelled[j] == zone and label == zone or not listed and zone in ruled[j])}
            if hits:
                found |= hits
                break
    return found


def _lists_under_label(p: Profile, zone: str, areas: dict) -> bool:
    """Whether a measure labelled by its zone on a line of its own goes on with
    something other than the zone's rule, with or without the zone as its subject
    (中风险区\n世邦城市广场三楼81号…: its areas; not 封控区\n封控区实行“足不出户”, nor
    封控区\n实行“区域封闭…”)."""
    lines = [x.strip() for x in normalize(p.text).split("\n") if x.strip()]
    return (len(lines) > 1 and _zone_label(p, areas) == zone
            and not any(_zone_pattern(areas, "zone_subject", z).search(lines[1]) for z in (zone, "")))


def _same_area(pa: list[Profile], pb: list[Profile], village: re.Pattern) -> set[tuple[int, int]]:
    """Pairs of the one measure of each notice naming a village or community by its
    township (火龙镇刘沟村, 夏都街道华庄社区): the same area graded again, whatever
    else either lists."""
    return _named_once_in_each(pa, pb, lambda p: set(village.findall(re.sub(r"[：:\s]", "", normalize(p.text)))))


def _named_once_in_each(pa: list[Profile], pb: list[Profile], names) -> set[tuple[int, int]]:
    """Pairs of the measures of the two notices that name something alike (`names`: the names a measure gives), each
    the only measure of its notice naming it: the same place's entry in both."""
    return _once_in_each(pa, pb, [names(p) for p in pa], [names(q) for q in pb])


def _once_in_each(pa: list[Profile], pb: list[Profile], names_a: list[set[str]],
                  names_b: list[set[str]]) -> set[tuple[int, int]]:
    """`_named_once_in_each` of the names each measure gives, read already (`names_a`, `names_b`)."""
    def where(ps: list[Profile], named: list[set[str]]) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for k, names in enumerate(named):
            for name in names:
                found.setdefault(name, []).append(k)
        # A measure naming an area that one of its own items names too (1 新增高风险区1处，…景福苑小区。
        # over its list, the item 1.4 …景福苑小区) says it once: the item is the place's entry. Not the
        # closing paragraphs (closing, closing.2), which are siblings, not a measure and its items.
        return {name: [k for k in ks if not any(_item_of(ps[m].path, ps[k].path) for m in ks)]
                for name, ks in found.items()}
    xa, xb = where(pa, names_a), where(pb, names_b)
    return {(xa[n][0], xb[n][0]) for n in xa.keys() & xb.keys() if len(xa[n]) == len(xb[n]) == 1}


def _item_of(path: str, parent: str) -> bool:
    """Whether `path` is an item under the numbered measure `parent` (1.4 under 1).

    >>> _item_of("1.4", "1"), _item_of("1.4", "1.1"), _item_of("closing.2", "closing")
    (True, False, False)
    """
    return parent[:1].isdigit() and path.startswith(parent + ".")


def _area_name(text: str, named: re.Pattern, order: re.Pattern) -> str | None:
    """The one area's name a measure's text (or a line of it) is (`named`, giving no `order`),
    its asides and closing mark left out (城南区纺织厂家属院3号楼；), else None."""
    name = _bare(text)
    return name if named.match(name) and not order.search(name) else None


def _other_areas(x: str | None, y: str | None, compound: dict) -> bool:
    """Whether two measures are each areas' names alone, neither inside the other, naming no
    compound alike: two places (贸易路103号院4号楼1单元 / 易路113号院5号楼2单元; 大花岭小区东2栋 /
    星天地小区5栋、9栋), not a compound and a building of it (泽惠家园小区 / 泽惠家园小区11号楼),
    nor groups of one village (莲塘村8组、9组 / 莲塘村2组、8组、9组、14组)."""
    return (bool(x and y) and x not in y and y not in x
            and not compound_names(x, compound) & compound_names(y, compound))


def _same_item(pa: list[Profile], pb: list[Profile], named: re.Pattern, order: re.Pattern,
               township: re.Pattern) -> set[tuple[int, int]]:
    """Pairs of list items that are one area's name alone (`named`) written alike in
    both notices, each once in its own (临渭区解放街道办五金公司家属院2号楼; 夏都街道；
    and 夏都街道): the same area listed again. Such items link by no words (a
    place's words are no subject), so without this the one place said twice is
    left unpaired. Not a short rule ending in a place word (居民非必要不出小区): an
    area's name gives no `order`. A notice's own measure (not under a parent) that is
    an area's name counts too, unless it is a township alone (`township`): a list of
    areas one a line, each a measure (邯山区河沙镇镇南大屯村, then 邯山区河沙镇镇南大屯村；
    lowered), often reposted without date or issuer; a bare 城关镇 as a notice's measure
    is no list's item and recurs between counties. A measure listing areas one a line
    under its label (古劳镇\n古劳镇金碧嘉园2幢。) gives each line that is an area's name:
    the later notice names them alone, each a measure (古劳镇金碧嘉园2幢；)."""
    def item(p: Profile) -> list[str]:
        name = _area_name(p.text, named, order)
        if name:
            return [name] if "." in p.path or not township.match(name) else []
        lines = (_area_name(x, named, order) for x in normalize(p.text).split("\n")[1:])
        return [x for x in lines if x and not township.match(x)]
    return _named_once_in_each(pa, pb, item)


def _area_named_again(pa: list[Profile], pb: list[Profile], named: re.Pattern,
                      township: re.Pattern) -> set[tuple[int, int]]:
    """Pairs of measures, one in each notice, whose texts (asides and closing stop left out) are
    an area's name and that name with a part or its block after it, the longer an area's name
    alone (`named`), either way round: 三原县城关街道办罗马花园小区（除12号楼） → …罗马花园小区4号楼；,
    …吴越美容美发学校（…50米路南） → …吴越美容美发学校片区（胜利路以南…）. The area is graded again,
    though a name alone links by no words. Not a lift naming it among others (锦绣名苑小区11栋、
    12幢解除封控: no name alone), nor a township or street named alone (石岗镇。 / 石岗镇金塘村):
    its villages are other areas (`_whole_township` reads those)."""
    def again(x: str, y: str) -> bool:
        short, long = sorted((x, y), key=len)
        return bool(short) and long.startswith(short) and bool(named.match(long)) and not township.match(short)
    names_a, names_b = [_bare(p.text) for p in pa], [_bare(q.text) for q in pb]
    return {(i, j) for i, x in enumerate(names_a) for j, y in enumerate(names_b) if again(x, y)}


def buildings(text: str, building: dict) -> set[str]:
    """The buildings (and units) a text names, each by the four letters before the number of the
    first of a run of them (13栋一单元、二单元; 11栋、12幢: of the same compound).

    >>> sorted(buildings("将恒大绿洲一期17栋一单元、恒大绿洲一期13栋一单元、二单元调整为中风险区", _settings()["areas"]["building"]))
    ['绿洲一期13栋一单元', '绿洲一期13栋二单元', '绿洲一期17栋一单元']
    >>> sorted(buildings("锦绣名苑小区11栋、12幢解除封控", _settings()["areas"]["building"]))
    ['名苑小区11栋', '名苑小区12幢']
    """
    one, unit = re.compile(building["one"]), re.compile(building["unit"])
    found = set()
    for run in re.finditer(f"({building['prefix']})((?:{building['one']}[、和及]?)+)", normalize(text)):
        for m in one.finditer(run.group(2)):
            found |= {run.group(1) + m.group(1) + u for u in unit.findall(m.group(2)) or [""]}
    return found


def _other_buildings(pa: list[Profile], pb: list[Profile], built_a: list[set[str]], built_b: list[set[str]],
                     pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Those of `pairs` (paths in A and B) whose measures both name buildings (`built_a`, `built_b`:
    each measure's, `buildings`), none alike."""
    named = ({("a", p.path): built for p, built in zip(pa, built_a)}
             | {("b", q.path): built for q, built in zip(pb, built_b)})
    return {(x, y) for x, y in pairs
            if named.get(("a", x)) and named.get(("b", y)) and not named[("a", x)] & named[("b", y)]}


def _same_building(pa: list[Profile], pb: list[Profile], built_a: list[set[str]],
                   built_b: list[set[str]]) -> set[tuple[int, int]]:
    """Pairs of the one measure of each notice naming a building of a compound (恒大绿洲一期17栋
    二单元 to high risk, then from high to medium risk): the same building graded again, though
    the compound is named in every measure of both (its other buildings graded apart).
    `built_a`, `built_b`: the buildings each measure names (`buildings`)."""
    return _once_in_each(pa, pb, built_a, built_b)


def _same_compound(pa: list[Profile], pb: list[Profile], areas: dict) -> set[tuple[int, int]]:
    """Pairs of the one measure of each notice naming a compound or village (`compound_names`:
    盐桥村, 霞塘云村, 干城小区), each the only measure of its notice naming it: the place's entry
    in both, whatever each says of it (新增高风险区（1个）\n盐桥村。 → 郭勒木德镇部分村社（…、盐桥村）…继续实行静态管理;
    霞塘云村（1个）：渣滩街… → 塘渡口镇霞塘云村渣滩街，21组，22组). Such items share a name and
    little else, and a list's items carry no verb for the area rules to read."""
    return _named_once_in_each(pa, pb, lambda p: _compounds(p, areas))


def compound_names(sentence: str, compound: dict) -> set[str]:
    """The compounds and villages a sentence names, each without the county, town or
    street before it, nor a word joining it to the one before (大兴区黄村镇春泽北院1至4号楼
    → 春泽北院; 长发镇镇直及建设村 → 建设村; （含大汉村 → 大汉村): the one name a
    designation and a later lift give the place, however each writes its prefix,
    its buildings or their range (1号楼、2号楼 / 1至4号楼)."""
    cut, kinds = re.compile(compound["prefix"]), set(compound["kinds"])
    names = set()
    for m in re.finditer(compound["name"], re.sub(compound["except"], "", sentence)):
        name = cut.split(m.group(1))[-1] + m.group(2)
        if len(name) - len(m.group(2)) >= compound["letters"] and name not in kinds:
            names.add(name)
    return names


def _place_lifted(pa: list[Profile], pb: list[Profile], areas: dict, listed: set[int] = frozenset()) -> set[tuple[int, int]]:
    """Pairs of A's one measure putting a named compound or village under a zone
    (…春泽北院1号楼、2号楼划为封控区; a zone's own list, 高风险区\n东黄水镇大汉村) and
    each measure of B lifting or lowering it in a sentence naming it (春泽北院1至4号楼解除管控;
    长发镇镇直及建设村参照防范区管理; 中风险区调整为低风险区：…（含大汉村）): the place's
    zone ended or changed, whatever else either says. An item of A's list of areas that
    is one area's name alone (`listed`: 乐坪街道大塘社区姑苏名苑小区11栋) is put under the
    list's zone as a designation is. A compound that several measures of A designate is
    no one entry."""
    compound = areas["compound"]
    designating, acting = re.compile(compound["designates"]), re.compile(compound["acts"])

    def named(ps: list[Profile], verb: re.Pattern, labelled: bool) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for k, p in enumerate(ps):
            # A label line of its own says it of the whole list under it (中风险区调整为低风险区\n…).
            label = normalize(p.text).split("\n")[0] if "\n" in p.text else ""
            own = (labelled and (_zone_label(p, areas) is not None or k in listed)
                   or bool(label) and not re.search(r"[。；;]", label) and bool(verb.search(label)))
            names = set().union(*(compound_names(s, compound) for s in re.split(r"[。；;]", normalize(p.text))
                                  if own or verb.search(s)))
            for name in names:
                found.setdefault(name, []).append(k)
        return found
    put, lifted = named(pa, designating, True), named(pb, acting, False)
    return {(put[x][0], j) for x in put.keys() & lifted.keys() if len(put[x]) == 1 for j in lifted[x]}


def _address_lifted(pa: list[Profile], pb: list[Profile], areas: dict) -> set[tuple[int, int]]:
    """Pairs of A's measure naming areas by their street numbers or bounds (封控区：席草田巷15、
    17、19、20号，天心街1—11号…; 防范区：黄兴路东、城南路以南…合围区域实行…) and B's measure
    lifting or lowering, in a sentence, an area written as one of A's (`areas` `address`):
    解除席草田巷15、17、19、20号，…封控区管理. A run of street numbers or a road's bounds
    written alike is one place whoever issued the notices or when, so this needs no series:
    a lift reposted without date or issuer still ends it. Each of A's areas is its clause
    (between commas) up to an order (…合围区域实行…), its asides left out (a district's
    bounds in brackets, 中心城区（塔岭以东，…）, name no area of its own); an area several
    measures of A name is no one entry; a measure lifting something itself designates nothing,
    but a zone's criterion for lowering it (连续7天无新增感染者…降为低风险区) is no lift."""
    address = areas["address"]
    named, order = re.compile(address["named"]), re.compile(areas["order"])
    acting, criterion = re.compile(areas["compound"]["acts"]), re.compile(address["criterion"])

    def bare(text: str) -> str:
        return criterion.sub("", _unaside(text))

    def named_in(p: Profile) -> set[str]:
        if acting.search(bare(p.text)):
            return set()
        clauses = (order.split(c)[0].strip() for c in re.split(r"[，,。；;：:\n]", bare(p.text)))
        return {c for c in clauses if len(c) >= address["letters"] and named.search(c)}
    put: dict[str, list[int]] = {}
    for i, p in enumerate(pa):
        for area in named_in(p):
            put.setdefault(area, []).append(i)
    lifts = [[s for s in re.split(r"。", bare(q.text)) if acting.search(s)] for q in pb]
    return {(i[0], j) for area, i in put.items() if len(i) == 1
            for j, sentences in enumerate(lifts) if any(area in s for s in sentences)}


def _graded(p: Profile, gradings: list[list[str]]) -> list[set[str]]:
    """The zones a measure names, by grading (封控区…防范区; 高风险区…低风险区), risk levels
    sharing one head said apart; a risk level's 地区 is its zone (5个中风险地区调整为低风险地区)."""
    text = _zone_text(p.text)
    return [{z for z in grading if z in text} for grading in gradings]


def _zone_text(text: str) -> str:
    """A text normalized with each zone named whole: a risk level's 地区 is its zone, risk levels
    sharing one head said apart."""
    return _distributed(re.sub(r"([高中低])风险地区", r"\1风险区", normalize(text)))


def _apart(x: list[set[str]], y: list[set[str]]) -> bool:
    """Whether two measures name zones of one grading, and none alike: each names
    some, and every grading both name is named by different zones (a sealed zone
    and a controlled one). Zones of two gradings tell nothing apart (a 封控区 is
    a 高风险区 renamed)."""
    both = [(a, b) for a, b in zip(x, y) if a and b]
    return bool(both) and all(not a & b for a, b in both)


def _compounds(p: Profile, areas: dict) -> set[str]:
    """The compounds and villages a measure names, sentence by sentence."""
    return set().union(*(compound_names(s, areas["compound"]) for s in re.split(r"[。；;]", normalize(p.text))))


def _distributed(text: str) -> str:
    """Risk levels sharing one head said apart (高、中风险区 → 高风险区、中风险区), so
    each zone is named whole."""
    return re.sub(r"([高中低])、?([高中低])风险区", r"\1风险区、\2风险区", text)


def _lowers(text: str, lift: re.Pattern, areas: set[str], named: re.Pattern) -> bool:
    """Whether a sentence of `text` lifts or lowers the zone (`lift`) of its areas, `areas`
    (each as written, or the compounds named): naming no area (将以下27个高风险区调整为低风险区,
    全县已无高风险区), or naming one of these; not other areas lowered (岐山县蔡家坡镇陕九二区…
    调整为低风险区)."""
    cores = {_bare(x) for x in areas} - {""}
    return any(lift.search(s) and (not named.search(s) or any(core in s for core in cores))
               for s in re.split(r"[。；;]", normalize(text)))


def _section_zones(document: dict, areas: dict) -> dict[str, str]:
    """The zone each list item (a path under a parent, or a numbered measure of its own under a
    lead-in: 以下区域调整为中风险区域：1.…村；2.…厂。) is listed under: the label
    of its section (封控区, 一、新增高风险区（9个）), the nearest paragraph before it
    that no measure holds, past sub-labels naming a place or a range (（一）长堎镇：,
    （一）新增范围); not past another sub-label (（二）管控措施: the zone's rules)."""
    measures = [m for m in document.get("measures") or [] if m.get("text")]
    paragraphs = [normalize(x).strip() for x in document.get("paragraphs") or []]
    texts = [_unaside(m["text"]) for m in measures]
    label, sublabel = re.compile(areas["section_zone"]), re.compile(areas["sublabel"])

    def bare(x: str) -> str:
        marker = match_marker(x)
        return _ASIDE.sub("", x[marker[2].end():] if marker else x).strip()
    # A paragraph a measure holds is a line of it: a label is a word of many (封控区).
    lines = {line.strip() for t in texts for line in t.split("\n")}
    held = [bool(bare(x)) and bare(x) in lines for x in paragraphs]
    found = {}
    for m, text in zip(measures, texts):
        path = str(m.get("path"))
        start = m.get("paragraph")
        if start is None:  # input without offsets (gold files): the paragraph its text opens
            start = next((k for k, x in enumerate(paragraphs) if held[k] and bare(x) and text.startswith(bare(x)[:12])), None)
        if "." not in path and not path.isdigit() or start is None:
            continue
        for k in range(start - 1, -1, -1):
            line = bare(paragraphs[k])
            if held[k] or len(line) <= areas["sublabel_letters"] and sublabel.search(line):
                continue
            zone = next((z for z in areas["zones"] if re.fullmatch(of_zone(label.pattern, z), line)), None)
            if zone:
                found[path] = zone
            break
    return found


def _candidate_pairs(index: CandidateIndex, ps: list[Profile], qs: list[Profile]) -> set[tuple[int, int]]:
    position = {q.path: j for j, q in enumerate(qs)}
    return {(i, position[c.path]) for i, p in enumerate(ps) for c in index.candidates(p, among=qs)}


def _rounded(parts: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in parts.items()}
