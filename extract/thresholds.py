"""Numeric thresholds in the text of one measure: durations, windows, counts, capacities, ratios, percentages.

The rules live in data/thresholds.yml and are compiled once at import (another
rule file with ``threshold_rules``). Time
quantities are thresholds unless they are deadlines (extract.deadlines decides);
counts need a comparator, a rate or a requirement verb, so that a count that
only names existing things (46家定点收治医院) is not one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.deadlines import DATE, find_deadlines, lifted_spans
from extract.rules import compile_rule_file, rule
from ingest.scanner import Scanner
from extract.models import Deadline, Threshold
from extract.punctuation import CLAUSE_ENDS, SENTENCE_END, SENTENCE_ENDS, clause_end, clause_start
from extract.numbers import MAGNITUDE, NUMBER_START, alternation, compile_template, parse_number, parse_number_or_range

RULES_FILE = Path(__file__).parent / "data" / "thresholds.yml"


@dataclass
class _Rules:
    quantity: Scanner  # a number or range and its unit
    percent: list[Scanner]
    paired: list[Scanner]  # their unit in a group of its own
    verbal_units: set[str]
    ratio: Scanner
    exclusions: list[Scanner]
    quotes: list[str]
    quote_max_length: int
    quoted_regime: re.Pattern
    time_units: set[str]
    capacity_units: set[str]
    address_units: set[str]
    folds: dict[str, str]
    before_touching: dict[str, str]
    before_apart: dict[str, str]
    before_touching_re: re.Pattern
    before_apart_re: re.Pattern
    gap: int
    shared_re: re.Pattern
    after: dict[str, str]
    after_re: re.Pattern
    noun_after_re: re.Pattern
    following: dict[str, str]
    following_re: re.Pattern
    share_by_re: re.Pattern
    maximum_re: re.Pattern
    closed_when_full_re: re.Pattern
    window_after: set[str]
    window_before_event_re: re.Pattern
    offset_before_event_re: re.Pattern
    offset_next_re: re.Pattern
    window_before_event_units: set[str]
    window_before_event_days: set[str]
    criterion_next_re: re.Pattern
    kept_lead_re: re.Pattern
    kept_event_re: re.Pattern
    kept_after_re: re.Pattern
    kept_state_re: re.Pattern
    kept_closes_re: re.Pattern
    negation_before_re: re.Pattern
    negated: dict[str, str]
    rate_period: Scanner
    area_units: set[str]
    per_person_re: re.Pattern
    allowance_caps: set[str]
    allowance_units: set[str]
    allowance_re: re.Pattern
    time_only_after: set[str]
    window_noun_re: re.Pattern
    certificate_re: re.Pattern
    time_alternative_re: re.Pattern
    alternative_open_re: re.Pattern
    requirement_re: re.Pattern
    counted_re: re.Pattern
    acts_counted_re: re.Pattern
    spacing_units: set[str]
    spacing_re: re.Pattern
    rate_re: re.Pattern
    distributed_re: re.Pattern
    aspect_re: re.Pattern
    report_stop_re: re.Pattern
    criterion_after_re: re.Pattern
    reached_re: re.Pattern
    age_group_re: re.Pattern
    request_re: re.Pattern
    tally_re: re.Pattern
    since_re: re.Pattern
    since_stop_re: re.Pattern
    case_re: re.Pattern
    decision_re: re.Pattern
    condition_re: re.Pattern
    bare_temperature: Scanner
    fever_re: re.Pattern
    temperature_units: set[str]
    inclusive_re: re.Pattern


def _compile_rules(data: dict, path: Path) -> _Rules:
    time_units = rule(data, path, "time_units")
    count_units = rule(data, path, "count_units")
    units = alternation([*time_units, *count_units])
    # A count's measure word read whole: not the 个 of 个小时 or 个月 (每个小区安排2个小时: 2 小时, not 2 个).
    whole_count_unit = alternation(count_units) + _not_cut(count_units, [*time_units, *count_units])
    touching = rule(data, path, "comparators_before", "touching")
    apart = rule(data, path, "comparators_before", "apart")
    after = rule(data, path, "comparators_after")
    following = rule(data, path, "comparators_following")
    # A ratio's base (每辆公共汽车, 每千人口, 1个感染者), then a verb or a comparator, then the quantity.
    ratio = compile_template(
        rf"(?P<per>(?:{alternation(rule(data, path, 'rate_lead'))}(?:{{num}}|{MAGNITUDE})?(?:{units})?"
        rf"|{NUMBER_START}{{num}}{alternation(count_units)}){rule(data, path, 'ratio', 'base_noun')})"
        rf"(?P<cmp_before>{alternation(apart)})?"
        rf"(?:{alternation(rule(data, path, 'ratio', 'verbs'))}|(?={alternation(apart)}))"
        rf"(?P<cmp>{alternation(apart)})?{NUMBER_START}(?P<num>{{num}})(?P<unit>{whole_count_unit})"
    )
    quotes = rule(data, path, "quotes")
    if any(len(q) != 2 for q in quotes):
        raise ValueError(f"{path}: each of quotes must be an opening and a closing mark")
    try:
        gap, quote_max_length = int(rule(data, path, "comparator_gap")), int(rule(data, path, "quote_max_length"))
    except (TypeError, ValueError) as e:
        raise ValueError(f"{path}: comparator_gap and quote_max_length must be whole numbers") from e
    return _Rules(
        # A stray space may stand between a number and its unit (每 2 天).
        quantity=Scanner(compile_template(rf"{NUMBER_START}(?P<num>{{range}})[ \u3000]?(?P<unit>{units})")),
        percent=[Scanner(compile_template(p)) for p in rule(data, path, "percent_patterns")],
        paired=[Scanner(compile_template(p, units=alternation(count_units))) for p in rule(data, path, "paired_patterns")],
        verbal_units=set(rule(data, path, "verbal_units")),
        ratio=Scanner(ratio),
        exclusions=[Scanner(compile_template(p, date=DATE, units=alternation(count_units))) for p in rule(data, path, "exclusions")],
        quotes=quotes,
        quote_max_length=quote_max_length,
        quoted_regime=compile_template(rule(data, path, "quoted_regime")),
        time_units=set(time_units),
        capacity_units=set(rule(data, path, "capacity_units")),
        address_units=set(rule(data, path, "address_units")),
        folds=rule(data, path, "unit_folds"),
        before_touching=touching,
        before_apart=apart,
        # a stray space may stand between: 前 3 天, 近 14 天 (as between a number and its unit)
        # 连续 may reach over a short verb: 连续开展三天 (see touching_over_verb)
        before_touching_re=re.compile(rf"(?:(?P<cmp>{alternation(touching)})"
                                      rf"|(?P<cmp_verb>{alternation(rule(data, path, 'touching_over_verb', 'words'))})"
                                      rf"[^\W\d_]{{1,{int(rule(data, path, 'touching_over_verb', 'gap'))}}})[ \u3000]*$"),
        before_apart_re=re.compile(alternation(apart)),
        gap=gap,
        # the comparator of the first quantity in a list, bounding the next: 不超过10桌、100人.
        shared_re=compile_template(rf"(?P<cmp>{alternation(apart)}){NUMBER_START}{{num}}[ \u3000]?{units}"
                                   rf"{alternation(rule(data, path, 'shared_comparator_separators'))}$"),
        after=after,
        # A short aside may stand between the unit and the comparator: 10人（含）以上, 2日(48小时)内.
        after_re=re.compile(r"(?:[（(][^（）()，。；]{1,6}[)）])?(?P<cmp>" + alternation(after) + ")"),
        noun_after_re=re.compile(rf"[^\W\d_]{{1,{int(rule(data, path, 'noun_gap'))}}}?"
                                 rf"(?P<cmp>{alternation(rule(data, path, 'bounds_after_noun'))})"),
        following=following,
        following_re=re.compile(rf"[^\d{re.escape(CLAUSE_ENDS)}]"
                                rf"{{0,{int(rule(data, path, 'following_gap'))}}}?(?P<cmp>{alternation(following)})"),
        share_by_re=compile_template(rule(data, path, "share_by_before")),
        maximum_re=compile_template(rule(data, path, "maximum_before")),
        closed_when_full_re=re.compile(rule(data, path, "closed_when_full")),
        window_after=set(rule(data, path, "window_after")),
        window_before_event_re=re.compile(alternation(rule(data, path, "window_before_event", "words"))
                                          + rule(data, path, "window_before_event", "between") + "$"),
        offset_before_event_re=re.compile(alternation(rule(data, path, "window_before_event", "not_after"))
                                          + rule(data, path, "window_before_event", "between") + "$"),
        offset_next_re=re.compile(rule(data, path, "window_before_event", "offset_next")),
        window_before_event_units=set(rule(data, path, "window_before_event", "units")),
        window_before_event_days=set(rule(data, path, "window_before_event", "day_units")),
        criterion_next_re=compile_template("|".join(f"(?:{rule(data, path, 'window_before_event', key)})"
                                                    for key in ("result_next", "history_next"))),
        kept_lead_re=re.compile(rule(data, path, "window_before_event", "kept_over", "lead")),
        kept_event_re=re.compile(rule(data, path, "window_before_event", "kept_over", "event")),
        kept_after_re=re.compile(rule(data, path, "window_before_event", "kept_over", "after")),
        kept_state_re=re.compile(rule(data, path, "window_before_event", "kept_over", "state")),
        kept_closes_re=re.compile(rule(data, path, "window_before_event", "kept_over", "closes")),
        negation_before_re=re.compile(f"(?:{alternation(rule(data, path, 'negated_comparators', 'negations'))})$"),
        negated=rule(data, path, "negated_comparators", "reversed"),
        rate_period=Scanner(_rate_period(data, path, count_units)),
        area_units=set(rule(data, path, "area_per_person", "units")),
        per_person_re=re.compile(rule(data, path, "area_per_person", "before")),
        allowance_caps=set(rule(data, path, "allowance", "caps")),
        allowance_units=set(rule(data, path, "allowance", "units")),
        allowance_re=re.compile(rule(data, path, "allowance", "before")),
        time_only_after=set(rule(data, path, "time_only_after")),
        window_noun_re=re.compile(alternation(rule(data, path, "window_nouns_after"))),
        certificate_re=re.compile(rule(data, path, "certificate_before")),
        time_alternative_re=compile_template(rule(data, path, "time_alternative"), units=alternation(time_units)),
        alternative_open_re=re.compile(rule(data, path, "alternative_open")),
        requirement_re=re.compile(alternation(rule(data, path, "requirement_verbs"))),
        counted_re=re.compile(f"{alternation(rule(data, path, 'counted_qualifiers'))}?"
                              f"{alternation(rule(data, path, 'counted_nouns'))}"),
        acts_counted_re=re.compile(rf"[^\W\d_]{{0,{int(rule(data, path, 'acts_counted_gap'))}}}?"
                                   f"{alternation(rule(data, path, 'counted_nouns'))}"),
        spacing_units=set(rule(data, path, "spacing", "units")),
        spacing_re=re.compile(rule(data, path, "spacing", "next")),
        rate_re=re.compile(alternation(rule(data, path, "rate_lead"))),
        distributed_re=re.compile(rf"各[^\W\d_]{{0,{int(rule(data, path, 'distributed_gap'))}}}\s*$"),
        aspect_re=re.compile(rule(data, path, "reported", "aspect")),
        report_stop_re=re.compile(rule(data, path, "reported", "stops")),
        criterion_after_re=compile_template(rule(data, path, "reported", "criterion_after")),
        reached_re=compile_template(rule(data, path, "reported", "reached")),
        age_group_re=re.compile(rule(data, path, "reported", "age_group")),
        request_re=re.compile(rule(data, path, "reported", "request")),
        tally_re=compile_template(rule(data, path, "reported", "tally")),
        since_re=re.compile(rule(data, path, "reported", "since")),
        since_stop_re=re.compile(rule(data, path, "reported", "since_stops")),
        case_re=compile_template(rule(data, path, "reported", "case")),
        decision_re=re.compile(rule(data, path, "reported", "decision")),
        condition_re=re.compile(rule(data, path, "reported", "condition")),
        bare_temperature=Scanner(compile_template(rule(data, path, "bare_temperature"), units=units)),
        fever_re=re.compile(rule(data, path, "fever_before")),
        temperature_units=set(rule(data, path, "temperature_units")),
        inclusive_re=re.compile(rule(data, path, "inclusive_after")),
    )


def _not_cut(units: list[str], all_units: list[str]) -> str:
    """A lookahead refusing a unit of `units` that is only the start of a longer one of `all_units`
    (个 of 个月, 个小时, 个工作日)."""
    rests = {longer[len(u):] for u in units for longer in all_units if longer != u and longer.startswith(u)}
    return f"(?!{alternation(rests)})" if rests else ""


def _rate_period(data: dict, path: Path, count_units: list[str]) -> re.Pattern:
    """The unnumbered period of a rate over a household or person, before or after its base
    (每天每户, 每户每天), followed in its clause by the quota: the group `unit` or `unit_after`."""
    periods, bases = (alternation(rule(data, path, "rate_period", key)) for key in ("periods", "bases"))
    bases += rule(data, path, "rate_period", "base_noun")
    quota = rf"(?={rule(data, path, 'rate_period', 'quota_gap')}{NUMBER_START}{{num}}\s*{alternation(count_units)})"
    return compile_template(rf"每(?P<unit>{periods})每{bases}{quota}|(?<=每){bases}每(?P<unit_after>{periods}){quota}")


@lru_cache(maxsize=4)
def threshold_rules(path: Path = RULES_FILE) -> _Rules:
    """The rules of a threshold rule file (data/thresholds.yml by default), compiled once per file."""
    return compile_rule_file(Path(path), _compile_rules)


_RULES = threshold_rules()


def find_thresholds(text: str, *, deadlines: list[Deadline] | None = None, rules: _Rules = _RULES) -> list[Threshold]:
    """Thresholds in `text`, in order of their numbers.

    `deadlines` are those of `text` when they have been found already, with any
    reference date (it changes a deadline's date, never its span); ``rules`` from
    ``threshold_rules``."""
    ratios = list(rules.ratio.finditer(text))
    # A formula's count (一户一人) is read with its formula, once: not again as a plain quantity.
    paired = list({m.span("num"): m for p in reversed(rules.paired) for m in p.finditer(text)}.values())
    in_formula = {m.span("num") for m in paired}
    quantities = [(m, m.group("unit")) for m in rules.quantity.finditer(text) if m.span("num") not in in_formula]
    quantities += [(m, "%") for p in rules.percent for m in p.finditer(text)]
    quantities += [(m, m.group("unit") or "℃") for m in rules.bare_temperature.finditer(text)]
    quantities += [(m, m.group("unit")) for m in paired]
    if not ratios and not quantities:  # most measures: no need to look for what would block a number
        return []
    if deadlines is None:
        deadlines = find_deadlines(text)
    blocked = _blocked_spans(text, [m.span("num") for m in [*ratios, *(q for q, _ in quantities)]], deadlines, rules)
    # The base (一床) is no count of its own, unless the formula counts acts (一人一次: the period is its base).
    blocked += [(m.start(), m.start("num")) for m in paired if m.group("unit") not in rules.verbal_units]
    rates = [m.span() for m in paired]
    found: list[Threshold] = []
    for m in ratios:
        value = parse_number(m.group("num"))
        if value is None or _overlaps(m.span("num"), blocked):
            continue
        group = "cmp" if m.group("cmp") else "cmp_before" if m.group("cmp_before") else None
        cmp = _bound(text, m.start(group), m.group(group), m.group("unit"), rules)[0] if group else "="
        found.append(Threshold(value=value, unit=_unit(m.group("unit"), rules), comparator=cmp, text=m.group(),
                               start=m.start(), end=m.end(), quantity="ratio", per=m.group("per")))
        # The base (1个感染者) is no threshold of its own; a rate's base keeps its period (每户每两天
        # 可安排1人: the 2 天 too, as the guide reads 每户每两天1人).
        blocked.append((m.end("per"), m.end()) if rules.rate_re.match(m.group("per")) else m.span())
    for m, unit in sorted(quantities, key=lambda q: q[0].start()):
        if not _overlaps(m.span("num"), blocked):
            found.extend(_quantity(text, m, unit, rules, rate=_overlaps(m.span("num"), rates)))
    found += _rate_periods(text, blocked, rules)
    free = [(m, unit) for m, unit in quantities if not _overlaps(m.span("num"), blocked)]
    return _caps_shared_out(text, sorted(found, key=lambda t: t.start), free, rules)


# A bracket opening at a position, up to its close (or the end of the text): the words a cap's parts are given in.
_BRACKET_AT = re.compile(r"[(（][^)）]*")


def _caps_shared_out(text: str, found: list[Threshold], counts: list[tuple[re.Match, str]], rules: _Rules) -> list[Threshold]:
    """A cap's parts given in a bracket right after it (同时在馆人数上限调整为750人(一楼儿童阅览区150人,二至四楼阅览区
    600人), 总量控制在1000人(上、下午各500人): held-out 215 rm01, rm03 and rm05, two libraries) are caps too: each count
    of the same unit in it with no comparator of its own takes the cap's."""
    for cap in [t for t in found if t.comparator in ("<=", "<") and t.end is not None]:
        bracket = _BRACKET_AT.match(text, cap.end)
        if not bracket:
            continue
        for m, unit in counts:
            if not (cap.end < m.start("num") < bracket.end() and _unit(unit, rules) == cap.unit):
                continue
            part = next((t for t in found if t.start is not None and t.start <= m.start("num") < t.end), None)
            if part is None:
                found.append(Threshold(value=parse_number(m.group("num")), unit=cap.unit, comparator=cap.comparator,
                                       text=m.group(), start=m.start(), end=m.end(), quantity=cap.quantity))
            elif part.comparator == "=":
                part.comparator = cap.comparator
    return sorted(found, key=lambda t: t.start)


def _rate_periods(text: str, blocked: list[tuple[int, int]], rules: _Rules) -> list[Threshold]:
    """The period of a rate over a period and a household or person (每天每户可安排1人: = 1 天; see
    rate_period in the rule file)."""
    if "每" not in text:  # most measures: spare the search
        return []
    found = []
    for m in rules.rate_period.finditer(text):
        group = "unit" if m.group("unit") else "unit_after"
        start, end = m.start(group) - 1, m.end(group)  # 每 and the period: 每天
        if not _overlaps((start, end), blocked):
            found.append(Threshold(value=1, unit=_unit(m.group(group), rules), comparator="=", text=text[start:end],
                                   start=start, end=end, quantity="duration"))
    return found


# A strict bound made inclusive by an aside after it (see inclusive_after).
_INCLUSIVE = {">": ">=", "<": "<="}


def _quantity(text: str, m: re.Match, written_unit: str, rules: _Rules, rate: bool = False) -> list[Threshold]:
    """The threshold one number-and-unit makes, if any; a range (3—5天) has the value [low, high].
    A count in a rationing formula (`rate`: 一户一人) needs no verb."""
    value = parse_number_or_range(m.group("num"))
    if value is None:
        return []
    if "tenths" in m.re.groupindex and m.group("tenths") and not isinstance(value, tuple):
        value *= 10  # 五成 is 50 %
    start, end = m.start(), m.end()
    is_time, unit = written_unit in rules.time_units, _unit(written_unit, rules)
    cmp, window = None, False
    after = (rules.after_re.match(text, end) or _after_bracket(text, m.start(), end, rules)
             or (None if is_time else rules.noun_after_re.match(text, end)))
    if after and (is_time or after.group("cmp") not in rules.time_only_after):
        word = after.group("cmp")
        cmp, end, window = rules.after[word], after.end(), is_time and word in rules.window_after
    touching = rules.before_touching_re.search(text, 0, m.start())
    if touching and touching.group("cmp_verb") and not is_time:  # 连续发生2例: a count reported, not days in a row
        touching = None
    if touching:
        cmp = cmp or rules.before_touching[touching.group("cmp") or touching.group("cmp_verb")]
        start, window = touching.start(), window or (is_time and cmp == "<=")
        closed = not is_time and touching.group("cmp") == "满" and rules.closed_when_full_re.match(text, end)
        if closed:  # 满200人即止: the count booking closes at, a cap
            cmp, end = "<=", closed.end()
    elif cmp is None:
        apart = _apart_comparator(text, m.start(), rules)
        if apart:
            cmp, start = _bound(text, apart.start(), apart.group(), written_unit, rules)
    if cmp is None:
        shared = rules.shared_re.search(text, 0, m.start())
        if shared:
            cmp = rules.before_apart[shared.group("cmp")]
    if cmp is None and (unit == "%" or unit in rules.capacity_units):  # a cap on the share or the people let in
        following = rules.following_re.match(text, end)
        if following:
            cmp, end = rules.following[following.group("cmp")], following.end()
    if cmp is None and unit == "%":
        share_by = rules.share_by_re.search(text, 0, m.start())
        if share_by:
            cmp, start = "<=", share_by.start()
    if cmp is None:
        maximum = rules.maximum_re.search(text, 0, m.start())
        if maximum:
            cmp, start = "<=", maximum.start()
    if cmp is None and written_unit in rules.area_units:
        person = rules.per_person_re.search(text, 0, m.start())
        if person:  # 每人6平方米: the room each has, at least
            cmp, start = ">=", person.start()
    inclusive = cmp in _INCLUSIVE and rules.inclusive_re.match(text, end)
    if inclusive:  # 超过37.5℃(含): the bound itself is in
        cmp, end = _INCLUSIVE[cmp], inclusive.end()
    if cmp is None and is_time and (_window_follows(text, m.start(), m.end(), rules)
                                    or not rate and rules.certificate_re.search(text, 0, m.start())):
        cmp, window = "<=", True
    before_event = rules.window_before_event_re.search(text, 0, m.start())
    # 返校前连续14天无…: the days in a row (连续, a touching =) between 前 and the span leave it the window before
    in_a_row = before_event and not after and touching and touching.start() > before_event.start()
    if (before_event and (cmp is None or in_a_row) and not rules.offset_before_event_re.search(text, 0, m.start())
            and not rules.offset_next_re.match(text, end)
            and (written_unit in rules.window_before_event_units
                 or written_unit in rules.window_before_event_days
                 and (rules.criterion_next_re.match(text, end) or clause_start(text, m.start()) == before_event.start()))):
        cmp, window = "<=", True
    if (cmp is None or in_a_row) and written_unit in rules.window_before_event_days and _kept_over(text, m.start(), end, rules):
        cmp, window = "<=", True
    # A range (12至17岁) bounds what it counts by itself, unless it numbers addresses (3至8户).
    bounds_itself = isinstance(value, tuple) and written_unit not in rules.address_units
    if (not is_time and cmp is None and not bounds_itself and not rate
            and not (_required(text, m.start(), rules) or _counted(text, m.end(), written_unit, rules)
                     or _distributed(text, m.start(), written_unit, rules)
                     or written_unit in rules.temperature_units and rules.fever_re.search(text, 0, m.start()))):
        return []
    quantity = ("window" if window else "duration") if is_time else (
        "percentage" if unit == "%" else "capacity" if cmp and unit in rules.capacity_units else "count")
    return [Threshold(value=list(value) if isinstance(value, tuple) else value, unit=unit, comparator=cmp or "=",
                      text=text[start:end], start=start, end=end, quantity=quantity)]


def _kept_over(text: str, start: int, end: int, rules: _Rules) -> bool:
    """Whether the days at text[start:end] lead the school's return or start (返校前14天, 开学7天前) and the words
    after them keep a state over them (每天测量体温, 不离蓉, 自我健康观察: see kept_over), in the rest of their clause
    or, when the days close it, in the next one; not when a return or report follows them (offset_next)."""
    if not rules.kept_lead_re.search(text, 0, start):
        behind = rules.kept_after_re.match(text, end)
        if behind is None or not rules.kept_event_re.search(text, 0, start):
            return False
        end = behind.end()
    if rules.offset_next_re.match(text, end):
        return False
    stop = clause_end(text, end)
    if rules.kept_closes_re.fullmatch(text, end, stop) and stop < len(text):
        stop = clause_end(text, stop + 1)
    return rules.kept_state_re.search(text, end, stop) is not None


def _after_bracket(text: str, start: int, end: int, rules: _Rules) -> re.Match | None:
    """The bound written right after the bracket that holds the quantity text[start:end] alone, restating the
    one before it (控制在5桌(50人)以下: the 50 人 is bounded as the 5 桌 is)."""
    opening = re.search(r"[（(]\s*$", text[max(0, start - 3):start])
    closing = re.match(r"\s*[)）]", text[end:end + 3])
    return rules.after_re.match(text, end + closing.end()) if opening and closing else None


def _distributed(text: str, num_start: int, written_unit: str, rules: _Rules) -> bool:
    """Whether the count of acts at `num_start` follows 各 and its verb (早晚各测一次: see distributed_gap)."""
    return (written_unit in rules.verbal_units
            and rules.distributed_re.search(text, max(0, num_start - 8), num_start) is not None)


def _counted(text: str, end: int, written_unit: str, rules: _Rules) -> bool:
    """Whether the count ending at `end` counts a test or disinfection named right after it (3次核酸检测), or
    a few words after it when it counts acts (1次血清抗体检测: see acts_counted_gap), or is the length of the
    spacing named right after it (一米间隔: see spacing)."""
    return bool(rules.counted_re.match(text, end)
                or written_unit in rules.verbal_units and rules.acts_counted_re.match(text, end)
                or written_unit in rules.spacing_units and rules.spacing_re.match(text, end))


def _negated(text: str, start: int, cmp: str, rules: _Rules) -> tuple[str, int]:
    """The comparator written at `start`, reversed after a negation (不许超过20人: <=, as 不超过), and
    where the bound's text starts."""
    negation = rules.negation_before_re.search(text, 0, start) if cmp in rules.negated else None
    return (rules.negated[cmp], negation.start()) if negation else (cmp, start)


def _bound(text: str, start: int, word: str, unit: str, rules: _Rules) -> tuple[str, int]:
    """The comparator `word` written at `start` before a quantity of `unit` gives, and where the bound's text starts:
    `=` for a 限 cap on the people each household or person may send (每户限定1人: the guide's rationing, ADJUDICATION
    Q32's allowance), else as `_negated` reads it."""
    if word in rules.allowance_caps and unit in rules.allowance_units and rules.allowance_re.search(text, 0, start):
        return "=", start
    return _negated(text, start, rules.before_apart[word], rules)


def _window_follows(text: str, start: int, end: int, rules: _Rules) -> bool:
    """Whether the time span at text[start:end] is a window by what follows it: a certificate or
    history it dates (持7天核酸检测阴性证明), or, past alternatives to it, the window they share
    (48小时(省外)或24小时(市外)内…, 24小时(或48小时)核酸…: see time_alternative)."""
    pos, alternatives = end, False
    while (alt := rules.time_alternative_re.match(text, pos)) is not None:
        pos, alternatives = alt.end(), True
    # the span may itself be the bracketed alternative: (或48小时)核酸…
    alternatives = alternatives or rules.alternative_open_re.search(text, 0, start) is not None
    if alternatives and text.startswith(("）", ")"), pos):
        pos += 1
    if alternatives and text.startswith(tuple(rules.window_after), pos):
        return True
    return rules.window_noun_re.match(text, pos + text.startswith("的", pos)) is not None


def _apart_comparator(text: str, num_start: int, rules: _Rules) -> re.Match | None:
    """The nearest comparator a few characters before the number, with no digit or clause break between."""
    lo = max(0, num_start - rules.gap - max(map(len, rules.before_apart)))
    last = None
    for c in rules.before_apart_re.finditer(text, lo, num_start):
        between = text[c.end():num_start]
        if len(between) <= rules.gap and not any(ch.isdigit() or ch in CLAUSE_ENDS for ch in between):
            last = c
    return last


def _required(text: str, num_start: int, rules: _Rules) -> bool:
    """Whether a requirement verb or a rate (每…) governs the count: it stands earlier in the same clause."""
    start = clause_start(text, num_start)
    return bool(rules.requirement_re.search(text, start, num_start) or rules.rate_re.search(text, start, num_start))


def _blocked_spans(text: str, numbers: list[tuple[int, int]], deadlines: list[Deadline], rules: _Rules) -> list[tuple[int, int]]:
    """Spans where no number is a threshold: deadlines, the regime a lift reports,
    short quoted text, and exclusions. Exclusions, the costly part, are only sought
    as far as they can block one of the `numbers` that the others leave open."""
    spans = [_numbered_span(d) for d in deadlines] + lifted_spans(text) + _reported_spans(text, rules)
    for opening, closing in rules.quotes:
        i = text.find(opening)
        while i >= 0:
            j = text.find(closing, i + 1)
            if j < 0:
                break
            if j - i - 1 <= rules.quote_max_length and not rules.quoted_regime.fullmatch(text, i + 1, j):
                spans.append((i, j + 1))
            i = text.find(opening, j + 1)
    open_end = max((span[1] for span in numbers if not _overlaps(span, spans)), default=None)
    if open_end is not None:
        spans += [m.span() for p in rules.exclusions for m in p.finditer(text, starting_before=open_end)]
    return spans


def _numbered_span(deadline: Deadline) -> tuple[int, int]:
    """The part of a deadline whose numbers are its own: all of it, but for the days ahead of an event
    (开学10天前: the event alone), which are a threshold too."""
    at = deadline.text.find(deadline.event) if deadline.kind == "before" and deadline.event else -1
    return (deadline.start, deadline.start + at + len(deadline.event)) if at >= 0 else (deadline.start, deadline.end)


def _reported_spans(text: str, rules: _Rules) -> list[tuple[int, int]]:
    """Where the text reports what was done or what holds, or gives the reasons of a decision,
    rather than requiring anything (see `reported` in the rule file): a completed action up to a
    modal or conjunction, unless its clause describes the people a criterion means; a clause that
    tallies cases; and what a sentence states before its decision, unless it states a condition.

    >>> text = "已经连续14日以上无新增病例，决定自即日起实行7天居家隔离。"
    >>> [text[s:e] for s, e in _reported_spans(text, _RULES)]
    ['已经连续14日以上无新增病例', '已经连续14日以上无新增病例，']
    """
    spans = []
    for m in rules.aspect_re.finditer(text):
        end = clause_end(text, m.end())
        if (rules.criterion_after_re.search(text[m.end():end + 1]) or rules.reached_re.search(text, m.end(), end)
                or _group_called_on(text, m.end(), end, rules)):
            continue
        stop = rules.report_stop_re.search(text, m.end(), end)
        spans.append((m.start(), stop.start() if stop else end))
    for m in rules.tally_re.finditer(text):
        spans.append((clause_start(text, m.start()), clause_end(text, m.end())))
    spans += [m.span() for m in rules.case_re.finditer(text)]
    for m in rules.since_re.finditer(text):  # …以来，: what held since, to a modal or the sentence's end
        end = clause_end(text, m.end(), SENTENCE_END)
        stop = rules.since_stop_re.search(text, m.end(), end)
        said = text[m.end():stop.end() if stop else end + 1]
        if not rules.criterion_after_re.search(said):  # …以来，累计完成3次…的人员，: a criterion
            spans.append((m.end(), stop.start() if stop else end))
    sentence_start = 0
    for end in [*(i + 1 for i, ch in enumerate(text) if ch in SENTENCE_ENDS), len(text)]:
        decision = rules.decision_re.search(text, sentence_start, end)
        if decision and not rules.condition_re.search(text[sentence_start:decision.start()]):
            spans.append((sentence_start, decision.start()))
        sentence_start = end
    return spans


def _group_called_on(text: str, start: int, end: int, rules: _Rules) -> bool:
    """Whether the clause text[start:end] names a group of people by age and a later clause of its
    sentence requests something (see reported.age_group)."""
    if not rules.age_group_re.search(text, start, end):
        return False
    return rules.request_re.search(text, end, clause_end(text, end, SENTENCE_END)) is not None


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def _unit(unit: str, rules: _Rules) -> str:
    return rules.folds.get(unit, unit)
