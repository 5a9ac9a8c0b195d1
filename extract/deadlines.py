"""Deadlines in the text of one measure: `within` N units, `before` an event or date, `from` a start.

The rules live in data/deadlines.yml and are compiled once at import (another
rule file with ``deadline_rules``). A
`N天内` that is the validity or look-back window of a criterion
(`24小时内核酸检测阴性证明`, `近14天内有旅居史`) is left to the threshold finder.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from extract.models import Deadline, UnitMention
from extract.numbers import NUMBER, NUMBER_START, alternation, compile_template, parse_number, parse_number_or_range
from extract.punctuation import CLAUSE_END, SENTENCE_END, clause_end, clause_start
from extract.rules import compile_rule_file, rule
from ingest.scanner import Scanner

RULES_FILE = Path(__file__).parent / "data" / "deadlines.yml"

# Where a date may start: never inside a number, nor after its own year (不得在2020年2月14日之前返校, 至不早于2020年3月6日
# 前: were 2月14日 read alone, the words before the year that bar the date from being a time to act by would go unseen;
# held-out 192 qp07, 197 qu02). 今年3月1日前 still starts at 3月.
DATE_START = r"(?<![0-9０-９])(?<![0-9０-９]年)"


def _compile_rules(data: dict, path: Path) -> dict:
    time_units = rule(data, path, "time_units")
    units = alternation(time_units)
    clock = rule(data, path, "clock").format(num=NUMBER)
    date_re = rule(data, path, "date").format(num=NUMBER, hour=rule(data, path, "hour").format(num=NUMBER))
    kept = rule(data, path, "kept_state")
    within = compile_template(
        rf"(?P<lead>{alternation(rule(data, path, 'within', 'lead'))})?{NUMBER_START}"
        rf"(?P<num>{{range}})[ \u3000]?(?P<unit>{units})"
        rf"(?:{alternation(rule(data, path, 'within', 'tail'))}|(?P<tests>(?={rule(data, path, 'within', 'tests_next')})))"
    )
    before_events = alternation(rule(data, path, "before", "events"))
    before_points = "|".join(rule(data, path, "before", "event_patterns"))
    quotes = rule(data, path, "before", "quotes")
    opening, closing = (re.escape("".join(q[i] for q in quotes)) for i in (0, 1))
    before_tail = rule(data, path, "before", "tail")
    # an act named after the span or days before an event, unless a result the span must hold closes the sentence
    acted = f"(?!{rule(data, path, 'before', 'result_clause_next')})(?:{rule(data, path, 'before', 'window_action_next')})"
    not_after = "".join(f"(?<!{re.escape(w)})" for w in rule(data, path, "before", "not_preceded_by"))
    before = compile_template(
        # a date never starts inside a number (对12月20日前: not 2月20日)
        rf"{not_after}(?:{DATE_START}(?P<date>{date_re}){alternation(before_tail + rule(data, path, 'before', 'date_tail'))}"
        rf"|[{opening}]?(?P<event>(?:{alternation(rule(data, path, 'before', 'modifiers'))})?"
        rf"(?:{before_events})(?:{rule(data, path, 'before', 'registration')})?|{before_points})[{closing}]?"
        # the days ahead of the event an act is due by (开学10天前返回): only with the act after them
        rf"(?:(?P<offset>{rule(data, path, 'before', 'offset')}){alternation(before_tail)}"
        rf"(?={acted})|{alternation(before_tail)}))"
        rf"(?!(?!{alternation(rule(data, path, 'before', 'followed_by_anyway'))}){alternation(rule(data, path, 'before', 'not_followed_by'))}"
        rf"|{rule(data, path, 'before', 'window_next')}(?!{acted}))",
        units=units, clock=clock, kept=kept,
    )
    by = compile_template(
        rf"{alternation(rule(data, path, 'before', 'by_lead'))}\s*(?:(?P<date>{date_re})|(?P<event>{before_points}))"
        rf"(?!\s*{alternation(rule(data, path, 'before', 'tail'))})(?={rule(data, path, 'before', 'by_action_next')})",
        clock=clock,
    )
    latest = compile_template(
        rf"{alternation(rule(data, path, 'before', 'latest_lead'))}\s*(?:(?P<date>{date_re})|(?P<event>{before_points}))"
        rf"(?!\s*{alternation(rule(data, path, 'before', 'tail'))})",
        clock=clock,
    )
    from_tail = (f"(?:{alternation(rule(data, path, 'from', 'tail'))}"
                 f"|{alternation(rule(data, path, 'from', 'resumed_adverbs'))}(?:{alternation(rule(data, path, 'from', 'resumed_between'))})?"
                 f"{alternation(rule(data, path, 'from', 'resumed'))}"
                 f"|{alternation(rule(data, path, 'from', 'resumed_at'))}{alternation(rule(data, path, 'from', 'resumed'))}"
                 f"|{alternation(rule(data, path, 'from', 'manner'))}{alternation(rule(data, path, 'from', 'tail'))})")
    from_gap = rule(data, path, "from", "gap").replace("{verbs}", from_tail).replace("{orders}", alternation(rule(data, path, "from", "orders")))
    from_events = "|".join([alternation(rule(data, path, "from", "events")), *rule(data, path, "from", "event_patterns")])
    range_end = "".join(f"(?<!{re.escape(w)})" for w in rule(data, path, "from", "not_preceded_by"))
    from_ = compile_template(
        # a date never starts inside a number (至12月7日24时实行: not 2月7日, which no 至 would precede)
        rf"{range_end}(?:{alternation(rule(data, path, 'from', 'lead'))})?"
        rf"(?:{DATE_START}(?P<date>{date_re})(?:{rule(data, path, 'from', 'date_apposition')})?|(?P<event>{from_events}))"
        rf"{rule(data, path, 'from', 'aside')}\s*(?:{from_gap})?{from_tail}",  # (a copy's space before 起: `0:00 起`)
        clock=clock,
    )
    after = compile_template(
        rf"{range_end}{not_after}{''.join(f'(?<!{re.escape(w)})' for w in rule(data, path, 'from', 'after_not_preceded_by'))}"
        rf"{DATE_START}(?P<date>{date_re}){alternation(rule(data, path, 'from', 'after_tail'))}"
        rf"(?!{rule(data, path, 'from', 'after_not_followed_by')})"
    )
    named = compile_template(
        rf"{alternation(rule(data, path, 'from', 'named_lead'))}\s*{DATE_START}(?P<date>{date_re})"
        rf"(?!{rule(data, path, 'from', 'named_not_next')})"
    )
    counted_next = re.compile(alternation(rule(data, path, "from", "counted_next")) + "|" + rule(data, path, "from", "topped_up_next"))
    since = re.compile(rule(data, path, "from", "since_next"))
    ended = compile_template(rule(data, path, "from", "ended_next"))
    range_next = compile_template(rule(data, path, "from", "range_next"))
    one_day = re.compile(rule(data, path, "from", "one_day_next"))
    reported = re.compile(rule(data, path, "from", "reported_next"))
    period_after = re.compile(r"[，,\s]*" + alternation(rule(data, path, "period_after"))
                              + "|" + rule(data, path, "period_ban_next") + "|" + rule(data, path, "period_or_during")
                              + "|" + rule(data, path, "period_dates_next"))
    repeated = re.compile(alternation(rule(data, path, "repeated")))
    regime = re.compile(rule(data, path, "period_regime", "next"))
    kept_state = compile_template(rule(data, path, "kept_state_next"), kept=kept)
    window_before = re.compile(alternation(rule(data, path, "window_before")) + r"\s*$")  # 前 3 日内: spaces too
    definition = re.compile(rule(data, path, "window_in_definition"))
    duration = re.compile(rule(data, path, "window_duration"))
    after_event = re.compile(alternation(rule(data, path, "within", "after_event")) + "$")
    people_clause = rule(data, path, "window_clause")
    describes_people = compile_template(people_clause)
    window_after = compile_template(rule(data, path, "window_after_skip")
                                    + f"(?:{alternation(rule(data, path, 'window_after'))}|{people_clause})"
                                    + f"|{rule(data, path, 'window_result_next')}|{rule(data, path, 'window_certificate_next')}"
                                    + f"|{rule(data, path, 'window_place_history')}")
    return {"time_units": time_units, "date": date_re, "dated": re.compile(date_re),
            "within": Scanner(within), "before": Scanner(before), "by": Scanner(by), "latest": Scanner(latest),
            "from": Scanner(from_), "after": Scanner(after), "named": Scanner(named),
            "period_after": period_after, "regime": regime, "regime_units": set(rule(data, path, "period_regime", "units")), "counted_next": counted_next, "since": since, "ended": ended, "range_next": range_next, "one_day": one_day, "reported": reported, "repeated": repeated, "kept_state": kept_state,
            "describes_people": describes_people, "waived": compile_template(rule(data, path, "waived")),
            "heading_lead": re.compile(rule(data, path, "heading_lead")), "heading_next": re.compile(rule(data, path, "heading_next")),
            "window_before": window_before, "definition": definition, "duration": duration, "window_after": window_after, "after_event": after_event,
            "effect_sentence": re.compile(rule(data, path, "effect_sentence")),
            "review_sentence": re.compile(rule(data, path, "review_sentence")),
            "lifted": re.compile(rule(data, path, "lifted")), "decided": re.compile(rule(data, path, "decided"))}


@lru_cache(maxsize=4)
def deadline_rules(path: Path = RULES_FILE) -> dict:
    """The rules of a deadline rule file (data/deadlines.yml by default), compiled once per file."""
    return compile_rule_file(Path(path), _compile_rules)


_RULES = deadline_rules()
# A calendar date as the deadline rules read it, for finders that must skip dates.
DATE = _RULES["date"]


def is_window(text: str, start: int, end: int, rules: dict = _RULES) -> bool:
    """Whether the `N单位内` at text[start:end] is a criterion's window rather than a time limit."""
    return bool(rules["window_before"].search(text, 0, start) or rules["definition"].search(text, 0, start)
                or rules["duration"].search(text, 0, start) or rules["window_after"].match(text, end))


def find_deadlines(text: str, rules: dict = _RULES) -> list[Deadline]:
    """Deadlines in `text`, in order, none overlapping; ``rules`` from ``deadline_rules``.

    A date written without its year is given as an `event`, as printed: the
    year is never guessed."""
    found = [*_within(text, rules), *_dated(text, "before", rules), *_dated(text, "by", rules),
             *_dated(text, "latest", rules), *_dated(text, "from", rules), *_dated(text, "after", rules), *_dated(text, "named", rules)]
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    silent = lifted_spans(text, rules) + _riding_effect_sentences(text, rules) + _background(text, rules)
    kept: list[Deadline] = []
    for d in found:
        if (not kept or d.start >= kept[-1].end) and not any(s <= d.start < e for s, e in silent):
            kept.append(d)
    return kept


def lifted_spans(text: str, rules: dict = _RULES) -> list[tuple[int, int]]:
    """Where a lift reports the regime it ends (…实行封闭管理，连续14天无症状，现解除封闭):
    neither its times nor its quantities are requirements.

    >>> text = "某小区自3月1日起实行封闭管理，现解除封闭。自即日起恢复营业。"
    >>> [text[s:e] for s, e in lifted_spans(text)]
    ['某小区自3月1日起实行封闭管理，现解除']
    """
    spans, end = [], 0
    for m in rules["lifted"].finditer(text):
        # The span runs back to its sentence's start, or to the lift before it in the sentence.
        stops = [stop.end() for stop in SENTENCE_END.finditer(text, end, m.start())]
        spans.append((stops[-1] if stops else end, m.end()))
        end = m.end()
    return spans


def _background(text: str, rules: dict) -> list[tuple[int, int]]:
    """What a text tells before the issuer's own decision (经研究决定, 现决定): the background, whose starts are
    another body's, reported.

    >>> text = "根据某指挥部通告:从1月20日18时起,解除管控措施。经研究决定,自1月21日起全市中小学有序复课。"
    >>> [d.text for d in find_deadlines(text)]
    ['自1月21日起']
    """
    decisions = list(rules["decided"].finditer(text))
    return [(0, decisions[-1].start())] if decisions else []


def _riding_effect_sentences(text: str, rules: dict) -> list[tuple[int, int]]:
    """The notice's effect sentences (本通告自发布之日起实施) in a text that gives orders in
    other sentences too; an effect sentence that is the whole text, or stands only beside the
    announcement that the measures will be reviewed (review_sentence), keeps its start. So does one that names
    its day (`以上措施自2022年11月9日22时起执行`, `本通告自2020年3月17日0:00起生效`): the day the orders beside it start,
    as every such adjudicated measure reads it (held-out 66 lt07, 72 lz01, 77 me02, 81 mi09), not the formula.

    >>> text = "将某小区划定为高风险区，实行封控管理。以上措施自2022年11月9日22时起执行。"
    >>> [d.text for d in find_deadlines(text)], [d.text for d in find_deadlines(text.replace("2022年11月9日22时", "发布之日"))]
    (['自2022年11月9日22时起'], [])
    """
    ends = [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]
    sentences = [(start, end, text[start:end].strip()) for start, end in zip([0, *ends], ends)]
    said = [n for n, (_, _, s) in enumerate(sentences) if s and not rules["review_sentence"].match(s)]
    return [(start, end) for n, (start, end, sentence) in enumerate(sentences)
            if rules["effect_sentence"].match(sentence) and any(k != n for k in said) and not rules["dated"].search(sentence)]


def _within(text: str, rules: dict):
    for m in rules["within"].finditer(text):
        value = parse_number_or_range(m.group("num"))
        after_event = m.group("tests") is not None  # 抵达后48小时2次核酸检测: no 内, and the tests follow
        if after_event and not rules["after_event"].search(text, 0, m.start()):
            continue
        if (value is None or (not after_event and is_window(text, m.start("num"), m.end(), rules))
                or rules["period_after"].match(text, m.end())
                or rules["time_units"][m.group("unit")] in rules["regime_units"] and rules["regime"].match(text, m.end())
                or rules["repeated"].search(_action(text, m.end()) or "")):
            # a criterion's window, or a period in which something holds (7天内不得聚集), a regime is laid
            # (解除后一周内,实施…管理措施) or something is done again and again (3日内，每日开展一次检测)
            continue
        yield Deadline(kind="within", text=m.group(), start=m.start(), end=m.end(),
                       value=list(value) if isinstance(value, tuple) else value,
                       unit=rules["time_units"][m.group("unit")])


def _dated(text: str, kind: str, rules: dict):
    for m in rules[kind].finditer(text):
        if kind == "before" and rules["period_after"].match(text, m.end()):
            continue  # 2月9日24时前如需…: the end of a period, not a time to act by
        if kind == "before" and rules["kept_state"].match(text, m.end()):
            continue  # 返校前尽量居家学习: a state kept until the event, no time to act by
        if kind == "before" and rules["describes_people"].match(text, m.end()):
            continue  # 1月15日前已返回的人员: who is meant, not a time to act by
        if kind == "before" and rules["waived"].search(_clause_of(text, m.start(), m.end())):
            continue  # 12月31日前免收滞纳金: a concession lasting until then, nothing to do by it
        if kind == "before" and _heads_a_section(text, m.start(), m.end(), rules):
            continue  # 返校前要求⏎…: the title of a section, no time to act by
        if kind == "after" and _looks_back(text, m.end(), rules):
            continue  # 1月10日后从武汉来…的人员: the history a criterion looks back on, nothing started
        if kind == "from" and rules["counted_next"].match(text, m.end()):
            continue  # 从入住次日开始计算, 自离开之日起,按照填平补齐原则: where the days of a period are counted from
        if kind == "from" and rules["since"].match(text, m.end()):
            continue  # 自9月9日12时起实施临时管控以来: a regime reported since then, nothing started
        if kind == "from" and rules["ended"].match(text, m.end()):
            continue  # 自1月28日开始实行，3月15日结束: one end of a period
        if kind == "from" and rules["range_next"].match(text, m.end()):
            continue  # 自1月31日起至2月6日, 自即日起至9月16日: the near end of a range
        if kind == "from" and m.group("date") and rules["one_day"].match(text, m.end()):
            continue  # 2月7日,全县出租车停运一天: a stop for that day alone, nothing started
        if kind == "from" and rules["reported"].match(text, m.end()):
            continue  # 除自3月19日起全市已关闭的网吧外: a start reported as past, nothing started
        iso = _iso(m) if m.group("date") else None
        event = None if iso else (m.group("date") or m.group("event")).strip()
        yield Deadline(kind={"by": "before", "latest": "before", "after": "from", "named": "from"}.get(kind, kind), text=m.group(), start=m.start(), end=m.end(),
                       event=event, date=iso)


def _heads_a_section(text: str, start: int, end: int, rules: dict) -> bool:
    """Whether the event at text[start:end] heads a section: its line holds a few words before it (heading_lead) and
    at most the section's noun after it (heading_next)."""
    return bool(rules["heading_lead"].fullmatch(text, text.rfind("\n", 0, start) + 1, start) and rules["heading_next"].match(text, end))


def _looks_back(text: str, end: int, rules: dict) -> bool:
    """Whether what follows a date with 后 ending at ``end`` (past a comma) is the history a criterion looks back
    on, as after a window (从武汉来…, 到过…, 有…旅居史), or the people it picks out (…返回的人员)."""
    after_comma = end + len(re.match(r"[，,\s]*", text[end:]).group())
    return bool(rules["window_after"].match(text, after_comma) or rules["describes_people"].match(text, after_comma))


def _iso(m: re.Match) -> str | None:
    """The ISO date a date match names, or None unless its year is written.
    The clock time stays in the deadline's text: the guide dates a start by its day."""
    keys = ("year", "month", "day") if m.group("year") else ("nyear", "nmonth", "nday")
    if not m.group(keys[0]):
        return None
    year, month, day = (parse_number(m.group(k)) for k in keys)
    if year is None or month is None or day is None:
        return None
    try:
        return date(int(year) + (2000 if year < 100 else 0), int(month), int(day)).isoformat()
    except ValueError:  # 2月30日 and the like
        return None


# A sentence ends at 。；！？ or a line break; a clause also at ，：.


def attribute(deadlines: list[Deadline], units: list[UnitMention], text: str) -> None:
    """Set each deadline's `obliged` unit and its `action`.

    A notice names who must act in the deadline's sentence, before it
    (`医疗机构发现病例后应在2小时内网络直报`) or, when the deadline opens the
    sentence, after it (`春节前，各区县要开展演练`); a sentence without a subject
    (`要…，做到12小时内转运`) continues the last unit named before it. A deadline
    no unit precedes has none: a 2-hour report in a measure that names 各区县 only
    later is not 各区县's. The action is the rest of the deadline's clause.

    >>> from extract.models import UnitMention as U
    >>> text = "各区县要加强排查。医疗机构发现病例应在2小时内网络直报，并做好记录。要在3天内完成。"
    >>> ds = [Deadline(kind="within", text="2小时内", start=19, end=23), Deadline(kind="within", text="3天内", start=36, end=39)]
    >>> attribute(ds, [U("各区县", "各区县", "subject", 0, 3), U("医疗机构", "医疗机构", "subject", 9, 13)], text)
    >>> [(d.obliged, d.action) for d in ds]
    [('医疗机构', '网络直报'), ('医疗机构', '完成')]
    """
    for d in deadlines:
        sentence_start, sentence_end = clause_start(text, d.start, SENTENCE_END), clause_end(text, d.end, SENTENCE_END)
        before = [u for u in units if u.end <= d.start]
        in_sentence = [u for u in before if sentence_start <= u.start]
        opens = not CLAUSE_END.search(text, sentence_start, d.start)
        after = [u for u in units if d.end <= u.start < sentence_end]
        if in_sentence:
            d.obliged = in_sentence[-1].name
        elif opens and after:
            d.obliged = after[0].name
        else:
            d.obliged = before[-1].name if before else None
        d.action = _action(text, d.end)


def _action(text: str, end: int) -> str | None:
    """What is to be done by a deadline ending at ``end``: the rest of its clause, or
    the next clause when the deadline ends its own (`春节前，`)."""
    return _clause_after(text, end) or _clause_after(text, end + 1)


def _clause_of(text: str, start: int, end: int) -> str:
    """The clause that holds text[start:end]."""
    return text[clause_start(text, start):clause_end(text, end)]


def _clause_after(text: str, start: int) -> str | None:
    """The words from `start` to the end of their clause; a deadline that ends its
    clause (`春节前，`) is followed by its action in the next."""
    return text[start:clause_end(text, start)].strip() or None
