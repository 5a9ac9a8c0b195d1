"""Character-level fixes, each a pure ``str -> str`` function.

They run before any line or paragraph work, in the order of ``CHARACTER_FIXES``,
and never change the number of lines, so later stages can still see the
layout of the source.

Width convention (``fold_width``): digits and Latin letters become half-width
(``１４天`` → ``14天``) so numbers parse one way; Chinese punctuation stays
full-width, and the ASCII forms that PDF extraction and scrapes produce next to
Chinese text are raised to it (``(一)`` → ``（一）``, ``区县:`` → ``区县：``,
``[2021]`` → ``〔2021〕``). ``1.`` list markers, decimals and times such as
``8:00`` keep their ASCII form.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

from . import chinese_script
from .chrome import HAN
from .segment import likelihood, word_frequency

# Zero-width characters and C0/C1 controls other than tab and newline: they come
# from web copies and PDF text layers and are invisible to a reader. The carriage
# return of a CRLF goes too; a lone one stands for a line break.
_INVISIBLE = re.compile(r"\r(?=\n)|[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# Online converters leave the pinyin of a converted character in brackets:
# 發(fā), 關(guān)於. Pinyin here always carries a tone mark, which ordinary
# bracketed Latin text (KTV, APP) never does.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# A page cut inside a gloss ends on its open bracket and first letters: 企事業(y
# They also leave an ASCII "?" for a character they could not map; one standing
# before a title mark 《 is such a stand-in (a question never runs into a title),
# and kept it would end the sentence that cites the title.
# The patterns in this module open with the character they replace and look behind it afterwards:
# the regex engine skips ahead to such a character, while a pattern that opens with
# a lookbehind is tried at every position of the text.
_CONVERTER_DEBRIS = re.compile(
    rf"[(（](?<=[\u3400-\u9fff][(（])\s*(?:[a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]*\s*[)）]|[a-zü{_TONED}]{{1,6}}\s*\Z)"
    r"|\?(?<=[\u3400-\u9fff)）》]\?)(?=《)"
    # and its stand-in for a space it could not encode after a date on a line of its own,
    # the signature's (2022年2月23日?)
    r"|\?(?<=\d日\?)(?:" + "|".join(rf"(?<=\n\d{{4}}年{m}月{d}日\?)" for m in (r"\d", r"\d\d") for d in (r"\d", r"\d\d")) + r")(?=[ \t]*(?:\n|\Z))"
)

# A copy that lost one byte of a GBK text read the rest of that run one byte off, and a
# converter then glossed what it read: 當地衛生 became 當?數(shù)匦l(wèi)生 (the lost byte
# a ?, 數 the trail of 當 and the lead of 地, l the trail of 衛), 。現 became ?，F(xiàn). The
# gloss of the shifted character after the ? lost its bracket (?shù)匦…); the run ends at
# an ASCII letter (a trail byte read alone) or at a second ? (a lead byte read alone), whose
# gloss may have lost its bracket too. A run is read in step only when that reads as
# words, more of them than the run as printed.
# Read a byte off, the run's pairs of bytes decode to any character GBK holds, not only Han:
# its punctuation, full-width forms, kana, Greek, Cyrillic, box drawing and symbols
# (徹底阻斷疫情傳播鏈條 read one byte off holds ユ). The run may also be empty: the lost
# lead byte's own trail, an ASCII letter, is all there is of the character (營 as ?fàn)I).
_GBK_TEXT = (r"\u3400-\u9fff，,\u00a4-\u00f7\u02c7-\u02d9\u0391-\u03c9\u0401-\u0451\u2010-\u203b\u2103-\u2199"
             r"\u2208-\u2312\u2460-\u249b\u2500-\u2642\u3001-\u3017\u3041-\u30fe\u3105-\u3129\ufe30-\ufe6b\uff01-\uff07\uff0a-\uff5e")
_SHIFTED = re.compile(
    rf"\?(?P<lost>[a-zü{_TONED}]{{1,6}}\))?(?:(?P<run>[{_GBK_TEXT}]{{1,40}})|(?=[@-~](?![A-Za-z])))"
    rf"(?:(?P<trail>[@-~])(?![A-Za-z])|\?)(?P<gloss>[(（]?[a-zü{_TONED}]{{1,6}}[)）])?"
)
# What a lost lead byte may have been beside its trail: any GBK lead byte.
_GBK_LEADS = range(0x81, 0xFF)
_GBK_TRAILS = [*range(0x40, 0x7F), *range(0x80, 0xFF)]
_STOPS = "。，、；：\u3000"  # a lost lead byte of the symbols' row: a stop between two words, or an indent
_COMMON_WORD = 10  # a word jieba's dictionary counts fewer times is no evidence

_CJK = r"\u3400-\u9fff"
_ASCII_TO_CJK_PUNCT = {"(": "（", ")": "）", ":": "：", ";": "；", ",": "，", "?": "？", "!": "！"}


def remove_invisible(text: str) -> str:
    """Drop zero-width and control characters (keeping tabs and newlines).

    >>> remove_invisible("疫\u200b情\x07防控")
    '疫情防控'
    """
    return _INVISIBLE.sub("", text).replace("\r", "\n")


def strip_converter_debris(text: str) -> str:
    """Remove the pinyin that traditional/simplified converters leave behind, and
    their stand-in "?" before a title.

    >>> strip_converter_debris("關(guān)於進一步做好疫情防控工作的通知")
    '關於進一步做好疫情防控工作的通知'
    >>> strip_converter_debris("繼續執行?《第5號令》(第5號)?《第6號令》")
    '繼續執行《第5號令》(第5號)《第6號令》'
    >>> strip_converter_debris("四、黨政機關(guān)、企事業(y")
    '四、黨政機關、企事業'
    >>> strip_converter_debris("辦公室\\n2022年2月23日?\\n(責編)"), strip_converter_debris("是否在2月23日?")
    ('辦公室\\n2022年2月23日\\n(責編)', '是否在2月23日?')
    """
    return _CONVERTER_DEBRIS.sub("", text)


# Some mirrors gloss characters with readings that lost their tone marks: 指示(shi)精神(shen),
# 等(deng)(deng). One bracketed syllable may be a name (网吧(ba)?); a text carrying several
# is glossed throughout.
_SYLLABLE = r"(?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?[aeiouv]{1,3}(?:ng|n|r)?"
_TONELESS_GLOSS = re.compile(rf"[(（](?<=[\u3400-\u9fff][(（]){_SYLLABLE}[)）](?:[(（]{_SYLLABLE}[)）])*")
_MIN_GLOSSES = 3


def strip_toneless_glosses(text: str) -> str:
    """Remove readings without tone marks from a text glossed throughout.

    >>> strip_toneless_glosses("指示(shi)精神(shen)，等(deng)(deng)人员")
    '指示精神，等人员'
    >>> strip_toneless_glosses("网吧(ba)")
    '网吧(ba)'
    """
    return _TONELESS_GLOSS.sub("", text) if _glossed(text) else text


def _holds_many(text: str, pattern: re.Pattern, at_least: int, *, distinct: bool = False) -> bool:
    """Whether ``text`` holds ``at_least`` matches of ``pattern`` (``distinct``: different ones):
    the test of a fix that strips a mark only from the texts carrying it throughout."""
    found = pattern.findall(text)
    return len(set(found) if distinct else found) >= at_least


def _glossed(text: str) -> bool:
    return _holds_many(text, _TONELESS_GLOSS, _MIN_GLOSSES)


def realign_shifted_bytes(text: str) -> str:
    """Read a run that a lost byte shifted, and a converter glossed, in step again.

    >>> realign_shifted_bytes("應當?shù)匦l(wèi)生健康部門組織")
    '應當地衛生健康部門組織'
    >>> realign_shifted_bytes("進行調整?,F(xiàn)將有關事宜通告如下")
    '進行調整。現將有關事宜通告如下'
    >>> realign_shifted_bytes("請?zhí)崆白龊贸鲂邪才?,注意繞行")  # a lead byte lost at the end too
    '請提前做好出行安排,注意繞行'
    >>> realign_shifted_bytes("其他區域?yàn)榈惋L(fēng)險區")  # 為 a word alone between two words
    '其他區域為低風險區'
    >>> realign_shifted_bytes("是否出現發熱?如有疑問請撥打電話?")  # a question: no converter, no lost byte
    '是否出現發熱?如有疑問請撥打電話?'
    """
    if "?" not in text:
        return text
    pieces, done = [], 0
    for m, realigned in _shifted_runs(text):
        pieces += [text[done:m.start()], realigned]
        done = m.end()
    return "".join(pieces) + text[done:]


def _shifted_runs(text: str):
    """Each shifted run of a glossed text that reads in step as words, with its reading."""
    for m in _SHIFTED.finditer(text) if "?" in text else ():
        if not (m.group("lost") or m.group("gloss") or _shifted_indent(text, m)):
            continue  # no converter was at work here: a question mark, not a lost byte
        before, after = text[max(0, m.start() - 2) : m.start()], text[m.end() : m.end() + 3]
        realigned = _realign((m.group("run") or "").replace(",", "，"), m.group("trail"), before, after)
        if realigned:
            yield m, realigned


# A line whose indent (the ideographic space, A1A1) lost its lead byte: ?。 at the line's start, then its text a byte
# off, which reads as symbols no sentence holds (（一）实行… as ?。ㄒ唬┦敌…: bopomofo, box drawing, Cyrillic).
_SYMBOL_ROWS = re.compile(r"[\u3105-\u3129\u2500-\u257f\u0401-\u0451]")


def _shifted_indent(text: str, m: re.Match) -> bool:
    """Whether a ? and the run after it are a line's lost indent and its text read a byte off."""
    run = m.group("run") or ""
    if not run.startswith("。") or not _SYMBOL_ROWS.search(run):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not text[line_start:m.start()].strip(" \t")


def _realign(run: str, trail: str | None, before: str, after: str) -> str | None:
    """The run read a byte earlier: its first character takes the lost lead byte that
    makes the likeliest text with its neighbours, and its last the trail byte printed
    after it (an ASCII letter) or, lost too, the one that makes the likeliest word."""
    if not run:  # the lost lead byte and its trail are the whole character
        return _likeliest([bytes([lead, ord(trail)]) for lead in _GBK_LEADS], before, after)
    try:
        raw = run.encode("gbk")
    except UnicodeEncodeError:
        return None
    inner = raw[1:] + (trail.encode("ascii") if trail else b"")
    body, last_lead = (inner, None) if trail else (inner[:-1], inner[-1])
    try:
        middle = body.decode("gbk")
    except UnicodeDecodeError:
        return None
    first = _likeliest([bytes([lead, raw[0]]) for lead in _GBK_LEADS], before, (middle + after)[:3])
    last = "" if last_lead is None else _likeliest([bytes([last_lead, t]) for t in _GBK_TRAILS], (first or "") + middle, after)
    if not first or last is None:
        return None
    return first + middle + last


def _likeliest(candidates: list[bytes], before: str, after: str) -> str | None:
    """Of the characters the candidate bytes decode to that make a common word with the
    text before or after them, the one whose text reads likeliest; a stop between them
    when none makes a common word; else the likeliest that is a word alone (a particle or
    verb between two words: 区域?yàn)榈惋L… is 区域为低风…); None when none can be."""
    left, right = to_simplified(before[-2:]), to_simplified(after[:3])
    worded, alone, stop = [], [], None
    for raw in candidates:
        try:
            char = raw.decode("gbk")
        except UnicodeDecodeError:
            continue
        c = to_simplified(char)
        if char in _STOPS:
            stop = stop or char
        elif max(word_frequency(w) for w in (left[-1:] + c, left + c, c + right[:1], c + right[:2], c + right)) >= _COMMON_WORD:
            worded.append((likelihood(left + c + right), char))
        elif word_frequency(c) >= _COMMON_WORD:
            alone.append((likelihood(left + c + right), char))
    return max(worded)[1] if worded else stop or (max(alone)[1] if alone else None)


# A copy made in a code page without the indent's characters (ideographic or no-break
# spaces) prints a "?" for each: ????一、对…, ??（一）…, ? 2022年…. A question mark never
# opens a line of Chinese text, so "?"s opening a line before its text are such stand-ins.
# Before Latin letters they may be a lost GBK byte with its gloss (?qū)…), read in step
# by realign_shifted_bytes before this runs; what it could not read stays as printed.
_LOST_INDENT = re.compile(r"^[ \t\u3000\u00a0]*\?+[ \t\u3000\u00a0]*(?=[^\x00-\x7f\s]|[\d(\[])", re.M)


def strip_lost_indents(text: str) -> str:
    """Remove the "?"s a copy printed for the indent that opens a line.

    >>> strip_lost_indents("现通告如下:\\n????一、对来返人员排查:\\n??(一)从某市进入我市人员;")
    '现通告如下:\\n一、对来返人员排查:\\n(一)从某市进入我市人员;'
    >>> strip_lost_indents("怎么办?\\n请拨打热线?")
    '怎么办?\\n请拨打热线?'
    """
    return _LOST_INDENT.sub("", text)


# Some reposts strew emoji through the text, one after a word here and there (管理🔯，在校师生
# 不离校🫴🏽。): noise no reader takes for the notice's own. A notice may print one or two, or
# repeat one as a bullet (🌞, 📍); a text holding many different pictographs is strewn, and
# then every emoji goes with them: the symbols and dingbats drawn as emoji (♀ ✡ ⬇ ✹), the
# skin tones and the variation selector that follow them. A plain text's ★ or ♦ stays.
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27bf\u2b00-\u2bff\ufe0f\u20e3]")
_PICTOGRAPH = re.compile("[\U0001F000-\U0001FAFF]")
_STREWN = 5  # different pictographs a text holds when they were strewn through it


def strip_strewn_emoji(text: str) -> str:
    """Remove the emoji strewn through a text.

    >>> strip_strewn_emoji("启动准封闭管理🔯，在校师生不离校🫴🏽。图书馆⬇️、教室🤵🏼♂️暂不开放✹。实验室安全🔅")
    '启动准封闭管理，在校师生不离校。图书馆、教室暂不开放。实验室安全'
    >>> strip_strewn_emoji("📍检测点：📍社区广场，🌞天气炎热★")
    '📍检测点：📍社区广场，🌞天气炎热★'
    """
    return _EMOJI.sub("", text) if _strewn(text) else text


def _strewn(text: str) -> bool:
    return _holds_many(text, _PICTOGRAPH, _STREWN, distinct=True)


# Converters also inject a comma before punctuation: ',,' ',、' ',。' '四,、'.
_INJECTED_COMMA = re.compile(r"[,，](?=[,，、。；;：:！!？?])")


def drop_injected_commas(text: str) -> str:
    """Remove a comma standing right before another punctuation mark.

    >>> drop_injected_commas("中央,、省市高度重视,,为贯彻落实,。四,、面向社会")
    '中央、省市高度重视,为贯彻落实。四、面向社会'
    """
    return _INJECTED_COMMA.sub("", text)


_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")
_SINGLE_CORNERS = str.maketrans("「」", "“”")
_SAMPLE = 5000  # Han characters weighed by traditional_ratio
_MIN_TRADITIONAL = 0.05  # below this share a text is simplified with a few traditional names


@lru_cache(maxsize=1)
def _may_convert() -> re.Pattern:
    """A class of the convertible characters of the Basic Multilingual Plane, and of
    every character beyond it, which the set then sorts out.

    The regex engine picks them out of a text several times faster than a set can,
    testing a character of the plane with one table lookup; the convertible
    characters beyond it would be tested one range after another."""
    bmp = sorted(c for c in chinese_script.convertible() if c <= "\uffff")
    return re.compile("[" + "".join(map(re.escape, bmp)) + "\U00010000-\U0010ffff]")


def _han_sample(text: str) -> str:
    return "".join(HAN.findall(text))[:_SAMPLE]


def _changed_share(sample: str) -> float:
    converted = chinese_script.convert(sample)
    return sum(map(str.__ne__, sample, converted)) / len(sample)  # the characters it changed


def traditional_ratio(text: str) -> float:
    """Share of Han characters that the t2s converter would change."""
    sample = _han_sample(text)
    return _changed_share(sample) if _may_convert().search(sample) else 0.0


def _is_traditional(text: str) -> bool:
    """Whether ``traditional_ratio`` reaches the share to convert at. Counting the
    convertible characters first spares converting a simplified text: t2s changes no
    other character."""
    sample = _han_sample(text)
    if not sample:
        return False
    # The sample is Han characters of the plane only, each of which the class holds only if it is convertible.
    candidates = len(_may_convert().findall(sample))
    return candidates / len(sample) >= _MIN_TRADITIONAL and _changed_share(sample) >= _MIN_TRADITIONAL


def to_simplified(text: str) -> str:
    """Convert a traditional-character text to simplified characters.

    Only texts where a clear share of the characters are traditional are
    converted: a simplified notice that quotes one traditional name is left alone.

    >>> to_simplified("關於進一步加強疫情防控工作的通知")
    '关于进一步加强疫情防控工作的通知'
    >>> to_simplified("關於加強「紅綠碼」管理的通知")
    '关于加强“红绿码”管理的通知'
    >>> to_simplified("关于乾坤的通知")
    '关于乾坤的通知'
    >>> to_simplified("堅持『非必要不離城』"), to_simplified("落實「四個『早』」要求")
    ('坚持『非必要不离城』', '落实“四个‘早’”要求')
    >>> to_simplified("隨著疫情變化，從大局著想，著名景區")
    '随着疫情变化，从大局着想，著名景区'
    >>> to_simplified("關於開展乾縣全域核酸檢測工作的通告"), to_simplified("乾安縣疫情防控指揮部")
    ('关于开展乾县全域核酸检测工作的通告', '乾安县疫情防控指挥部')
    """
    if not _is_traditional(text):
        return text
    # Corner brackets are the traditional texts' quotation marks; simplified text uses “”,
    # and ‘’ inside them. 『』 that stand in no 「」 are the page's own marks (a converter
    # turns “” into 「」 and leaves 『』 alone): they stay as printed.
    text = text.translate(_CORNER_QUOTES if "「" in text else _SINGLE_CORNERS)
    # OpenCC converts phrase by phrase: a character it keeps inside one phrase may
    # convert on its own once its neighbours have ("變於" → "变於" → "变于").
    while True:
        simplified = chinese_script.convert(text)
        if simplified == text:
            for pattern, wrong, right in _converter_slips():
                text = pattern.sub(lambda m: m.group().replace(wrong, right), text)
            return text
        text = simplified


# What OpenCC gets wrong, by key of data/simplified.yml: the character it leaves or makes, and
# the right one (著 left for 着 in 随着; 乾 made 干 in the name 乾县).
_SLIPS = {"zhe": ("著", "着"), "qian": ("干", "乾")}


@lru_cache(maxsize=1)
def _converter_slips() -> tuple[tuple[re.Pattern, str, str], ...]:
    """For each slip: the words of data/simplified.yml as they come out of OpenCC, and the repair."""
    data = yaml.safe_load((Path(__file__).with_name("data") / "simplified.yml").read_text(encoding="utf-8"))
    return tuple((re.compile("|".join(sorted((w.replace(right, wrong) for w in data[key]), key=len, reverse=True))), wrong, right)
                 for key, (wrong, right) in _SLIPS.items())


def _fold_char(c: str) -> str:
    if "\uff10" <= c <= "\uff19" or "\uff21" <= c <= "\uff3a" or "\uff41" <= c <= "\uff5a":
        return unicodedata.normalize("NFKC", c)
    return c


_FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_FULLWIDTH_DOT_AFTER_DIGIT = re.compile(r"．(?<=\d．)(?=\d)")
# One branch opening with the mark: the engine skips ahead to it, where top-level
# alternatives are each tried at every position.
_ASCII_PUNCT_NEAR_CJK = re.compile(rf"[(),:;?!](?:(?<=[{_CJK}“”（）〔〕《》)][(),:;?!])|(?<=\()(?=[{_CJK}]))")
_YEAR_BRACKETS = re.compile(r"[\[［【](\d{4})[\]］】]")
_PAREN_PAIR = re.compile(r"\(([^()]{1,80})\)")  # may span a hard line wrap
_HAS_CJK = re.compile(f"[{_CJK}]")


def fold_width(text: str) -> str:
    """Apply the project's width convention (see the module docstring).

    >>> fold_width("(一)各区县:１４天内完成,渝府发[2021]3号")
    '（一）各区县：14天内完成，渝府发〔2021〕3号'
    >>> fold_width("1.完善体系。8:00前报告，增长12.5%")
    '1.完善体系。8:00前报告，增长12.5%'
    """
    # One fold can make another: a raised bracket raises the mark after it ("原(:" →
    # "原（："), or frees a pair around it. Folding until nothing changes makes folding
    # folded text change nothing.
    while True:
        folded = _fold_once(text)
        if folded == text:
            return text
        text = folded


def _fold_once(text: str) -> str:
    text = _FULLWIDTH_ALNUM.sub(lambda m: _fold_char(m.group()), text)
    text = _FULLWIDTH_DOT_AFTER_DIGIT.sub(".", text)
    text = _YEAR_BRACKETS.sub(r"〔\1〕", text)
    # A bracket pair with Chinese inside is a Chinese bracket pair, whatever its neighbours.
    text = _PAREN_PAIR.sub(lambda m: f"（{m.group(1)}）" if _HAS_CJK.search(m.group(1)) else m.group(), text)
    return _ASCII_PUNCT_NEAR_CJK.sub(lambda m: _ASCII_TO_CJK_PUNCT[m.group()], text)


# Characters that look like a Chinese numeral and are typed or converted in its place.
# Kangxi radicals (⼀ ⼆ ⼋ ⼗) and kanbun marks (㆒ ㆓) are never text of their own:
# NFKC maps each to its character. Katakana ニ ハ ー are real characters elsewhere,
# so they are read as 二 八 一 only where a numeral stands: before 、 or a closing
# bracket and not after another katakana, or after 第 or an opening bracket
# (ニ、继续封控的区域). The patterns open with the character, as the others here.
_RADICAL_NUMERAL = re.compile("[\u2f00-\u2fd5\u3192-\u319f]")
_KANA_NUMERAL = re.compile("[ニハー](?<![\u30a0-\u30ff][ニハー])(?=[、）)])|[ニハー](?<=[第（(][ニハー])")
_KANA_TO_CN = {"ニ": "二", "ハ": "八", "ー": "一"}


def fold_numeral_lookalikes(text: str) -> str:
    """Numerals typed with a lookalike character, as the numerals.

    >>> fold_numeral_lookalikes("ニ、继续封控的区域（ー）⼆是加强")
    '二、继续封控的区域（一）二是加强'
    >>> fold_numeral_lookalikes("コーヒー、ニュース")
    'コーヒー、ニュース'
    """
    text = _RADICAL_NUMERAL.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return _KANA_NUMERAL.sub(lambda m: _KANA_TO_CN[m.group()], text)


# The order matters: converter debris must go before conversion (it hides the
# character to convert), a shifted run is read in step again before conversion (its
# bytes are those of the characters as printed) and after the fixes that only delete
# (provenance replays their deletions on the raw text), a lost indent's "?"s go after it
# (a line may open with a lost byte), and width folding comes last so it sees simplified text.
CHARACTER_FIXES = (
    remove_invisible, strip_strewn_emoji, strip_converter_debris, strip_toneless_glosses, drop_injected_commas, realign_shifted_bytes, strip_lost_indents,
    to_simplified,
    fold_numeral_lookalikes, fold_width,
)


def fix_characters(text: str) -> str:
    """``text`` after every character fix: the text that provenance offsets map back to the raw text."""
    for fix in CHARACTER_FIXES:
        text = fix(text)
    return text


# What each fix deletes. Every other change a fix makes puts one character in the place
# of one (OpenCC's t2s dictionaries map every entry to a reading of the same length), so
# these deletions are all it takes to trace a fixed character back to the raw text.
_DELETES = {
    remove_invisible: _INVISIBLE,
    strip_converter_debris: _CONVERTER_DEBRIS,
    strip_toneless_glosses: _TONELESS_GLOSS,
    strip_strewn_emoji: _EMOJI,
    drop_injected_commas: _INJECTED_COMMA,
    strip_lost_indents: _LOST_INDENT,
}
# A fix that deletes only in some texts: where it does.
_DELETES_WHEN = {strip_toneless_glosses: _glossed, strip_strewn_emoji: _strewn}


def _realigned_deletions(text: str) -> list[tuple[int, int]]:
    """What realigning a shifted run deletes: the ? of the lost byte with the gloss after
    it, and the gloss after the run; the run and its last byte each become one character."""
    spans = []
    for m, _ in _shifted_runs(text):
        spans.append((m.start(), m.start("run") if m.group("run") else m.start("trail")))
        if m.group("gloss"):
            spans.append(m.span("gloss"))
    return spans


# A fix whose deletions a pattern cannot give: how to find them.
_DELETED_SPANS = {realign_shifted_bytes: _realigned_deletions}


def deletions(fix, text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that ``fix`` deletes, in order.

    >>> deletions(strip_converter_debris, "發(fā)布")
    [(1, 5)]
    >>> deletions(fold_width, "(一)")
    []
    >>> deletions(realign_shifted_bytes, "當?shù)匦l(wèi)生")
    [(1, 6), (8, 13)]
    """
    if fix in _DELETED_SPANS:
        return _DELETED_SPANS[fix](text)
    pattern = _DELETES.get(fix)
    if not pattern or not _DELETES_WHEN.get(fix, bool)(text):
        return []
    return [m.span() for m in pattern.finditer(text)]
