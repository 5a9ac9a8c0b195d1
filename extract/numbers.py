"""Numbers as notices write them: Arabic, full-width or Chinese numerals, and ranges.

Values come from cn2an; this module only finds where a number is written and
hands the characters to it. The regex fragments are shared by the deadline and
threshold finders so that every rule sees numbers the same way.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import cn2an

_CN = cn2an.Cn2An()
# cn2an's own digit and unit characters, minus the rare 幺 (also a surname).
_CN_DIGITS = _CN.all_num.replace("幺", "") + "仨"
_CN_UNITS = _CN.all_unit

# Half of a span of time, written alone: 半小时内, 半个月内, 前半小时. Not the half after a
# whole (一个半小时, 3天半: cn2an reads neither) nor the half of 上半年, 下半月, 大半天.
HALF = r"(?<![0-9０-９一二三四五六七八九十两个多上下大小])半(?=个?(?:小时|钟头|天|日|月|星期|周))"
# A number in one script: "14", "１４", "1.5", "1.26万", "十四", "两", "二〇二一", and HALF.
NUMBER = (
    rf"(?:[0-9０-９]+(?:[.．][0-9０-９]+)?[万亿]?"
    rf"|[{_CN_DIGITS}{_CN_UNITS}]*[{_CN_DIGITS}十拾][{_CN_DIGITS}{_CN_UNITS}]*|{HALF})"
)
# What joins the two ends of a range: 3—5, 3-5, 3~5, 3至5, 三到五.
RANGE_SEPARATOR = r"(?:[—–\-－~～]{1,2}|至|到)"
# A number or a range of two numbers.
NUMBER_OR_RANGE = rf"{NUMBER}(?:{RANGE_SEPARATOR}{NUMBER})?"
# Chinese magnitudes alone, as in 每千人口, 每万人.
MAGNITUDE = f"[{_CN_UNITS}]+"
# Put before a number: it does not start inside another number, nor right after 第 (an ordinal).
NUMBER_START = r"(?<![0-9０-９.．第])"

_RANGE = re.compile(rf"({NUMBER}){RANGE_SEPARATOR}({NUMBER})")


@lru_cache(maxsize=4096)  # notices write the same few hundred numbers; cn2an checks each at length
def parse_number(s: str) -> float | None:
    """The value of one written number, or None when it is not one."""
    s = unicodedata.normalize("NFKC", s or "").strip()
    if not s:
        return None
    if s == "半":  # HALF: cn2an reads no half
        return 0.5
    try:
        value = cn2an.cn2an(s, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        # "二〇二一" (year digits read one by one) is only valid in "direct" mode.
        try:
            value = cn2an.cn2an(s, "direct")
        except (ValueError, KeyError, IndexError, TypeError):
            return None
    return float(value)


def parse_range(s: str) -> tuple[float, float] | None:
    """(low, high) of a range such as "3—5", "3至5" or "三到五"; None unless both ends parse."""
    m = _RANGE.fullmatch((s or "").strip())
    if not m:
        return None
    low, high = parse_number(m.group(1)), parse_number(m.group(2))
    if low is None or high is None:
        return None
    return (low, high) if low <= high else (high, low)


def parse_number_or_range(s: str) -> float | tuple[float, float] | None:
    """A single value, or (low, high) when `s` is a range."""
    return parse_range(s) or parse_number(s)


def compile_template(template: str, **fragments: str) -> re.Pattern:
    """Compile a rule from a data file, filling {num}, {range} and any named fragment.

    Templates use str.format placeholders, so a literal brace in a rule is written {{ or }}.
    """
    return re.compile(template.format(num=NUMBER, range=NUMBER_OR_RANGE, **fragments))


def alternation(words) -> str:
    """A regex alternation of literal words, longest first so 不超过 wins over 超过."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"
