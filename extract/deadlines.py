"""Deadlines in the text of one measure: `within` N units, `before` an event or date, `from` a start.

The rules live in data/deadlines.yml and are compiled once at import. A
`N天内` that is the validity or look-back window of a criterion
(`24小时内核酸检测阴性证明`, `近14天内有旅居史`) is left to the threshold finder.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path


from extract.models import Deadline
from extract.numbers import NUMBER, NUMBER_START, alternation, compile_template, parse_number, parse_number_or_range
from extract.rules import Scanner, compile_rule_file, rule

RULES_FILE = Path(__file__).parent / "data" / "deadlines.yml"


def _compile_rules(data: dict, path: Path) -> dict:
    time_units = rule(data, path, "time_units")
    units = alternation(time_units)
    date_re = rule(data, path, "date").format(num=NUMBER)
    within = compile_template(
        rf"(?P<lead>{alternation(rule(data, path, 'within', 'lead'))})?{NUMBER_START}"
        rf"(?P<num>{{range}})(?P<unit>{units}){alternation(rule(data, path, 'within', 'tail'))}"
    )
    before_events = alternation(rule(data, path, "before", "events"))
    before_points = "|".join(rule(data, path, "before", "event_patterns"))
    quotes = rule(data, path, "before", "quotes")
    opening, closing = (re.escape("".join(q[i] for q in quotes)) for i in (0, 1))
    before = compile_template(
        rf"(?:(?P<date>{date_re})|[{opening}]?(?P<event>(?:{alternation(rule(data, path, 'before', 'modifiers'))})?"
        rf"(?:{before_events})|{before_points})[{closing}]?)"
        rf"{alternation(rule(data, path, 'before', 'tail'))}"
        rf"(?!{alternation(rule(data, path, 'before', 'not_followed_by'))})"
    )
    from_events = "|".join([alternation(rule(data, path, "from", "events")), *rule(data, path, "from", "event_patterns")])
    from_ = compile_template(
        rf"(?:{alternation(rule(data, path, 'from', 'lead'))})?"
        rf"(?:(?P<date>{date_re})|(?P<event>{from_events}))"
        rf"{alternation(rule(data, path, 'from', 'tail'))}"
    )
    window_before = re.compile(alternation(rule(data, path, "window_before")) + "$")
    window_after = compile_template(rule(data, path, "window_after_skip") + alternation(rule(data, path, "window_after")))
    return {"time_units": time_units, "date": date_re,
            "within": Scanner(within), "before": Scanner(before), "from": Scanner(from_),
            "window_before": window_before, "window_after": window_after}


_RULES = compile_rule_file(RULES_FILE, _compile_rules)
# A calendar date as the deadline rules read it, for finders that must skip dates.
DATE = _RULES["date"]


def is_window(text: str, start: int, end: int) -> bool:
    """Whether the `N单位内` at text[start:end] is a criterion's window rather than a time limit."""
    return bool(_RULES["window_before"].search(text, 0, start) or _RULES["window_after"].match(text, end))


def find_deadlines(text: str, *, reference_date: str | date | None = None) -> list[Deadline]:
    """Deadlines in `text`, in order, none overlapping.

    `reference_date` (the notice's date) lets a date written without a year get one.
    """
    ref = _as_date(reference_date)
    found = [*_within(text), *_dated(text, "before", ref), *_dated(text, "from", ref)]
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[Deadline] = []
    for d in found:
        if not kept or d.start >= kept[-1].end:
            kept.append(d)
    return kept


def _within(text: str):
    for m in _RULES["within"].finditer(text):
        value = parse_number_or_range(m.group("num"))
        if value is None or is_window(text, m.start("num"), m.end()):
            continue
        yield Deadline(kind="within", text=m.group(), start=m.start(), end=m.end(),
                       value=list(value) if isinstance(value, tuple) else value,
                       unit=_RULES["time_units"][m.group("unit")])


def _dated(text: str, kind: str, ref: date | None):
    for m in _RULES[kind].finditer(text):
        iso = _iso(m, ref) if m.group("date") else None
        event = None if iso else (m.group("date") or m.group("event"))
        yield Deadline(kind=kind, text=m.group(), start=m.start(), end=m.end(), event=event, date=iso)


def _as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise ValueError(f"reference_date: expected YYYY-MM-DD, got {value!r}") from e


def _iso(m: re.Match, ref: date | None) -> str | None:
    """The ISO date (and time) a date match names, or None when no year can be inferred."""
    month, day = parse_number(m.group("month")), parse_number(m.group("day"))
    if month is None or day is None:
        return None
    year = parse_number(m.group("year")) if m.group("year") else None
    if year is not None:
        years = [int(year) + (2000 if year < 100 else 0)]
    elif ref is not None:
        years = [ref.year - 1, ref.year, ref.year + 1]
    else:
        return None
    candidates = [d for d in (_date_or_none(y, int(month), int(day)) for y in years) if d]
    if not candidates:  # 2月30日 and the like
        return None
    # Without a year, the one that puts the date nearest the notice: a December notice's "1月5日" is next January.
    when = min(candidates, key=lambda d: abs((d - ref).days)) if ref and year is None else candidates[0]
    iso = when.isoformat()
    if m.group("hour"):
        hour = 0 if m.group("hour") == "零" else parse_number(m.group("hour"))
        minute = parse_number(m.group("minute")) if m.group("minute") else (30 if m.group("half") else 0)
        if hour is not None and minute is not None:
            iso += f"T{int(hour):02d}:{int(minute):02d}"
    return iso


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
