"""The notice inside a web page: where it starts and ends, and the page chrome around it.

A page that carries a notice wraps it in chrome: breadcrumbs, the site's headline and a
reposter's lead before it; share buttons, editor lines and teasers after it. The notice
has a shape of its own. It opens with a head (title, 文号, addressees) over a preamble
that ends ``…如下：``; or with a title over its addressee line; or, in a repost that left
its head out, right after the lead that says it was published (``27日晚，…发布通告，…``);
or with a title right over its text. It closes with its signature and date (and
``（此件公开发布）``), unless a document it issues follows. ``find_notice`` cuts a page,
one paragraph per line, to that shape; what it cuts is chrome, which the audit counts
as debris. A page where none of these is found is left whole but for its chrome lines
(a news report keeps its headline: the line over its time stamp).

The patterns are page furniture, not the words of any notice: ``data/chrome.yml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .kinds import CLOSING_FORMULA, KIND, KIND_AFTER_BODY, NAMES_INSTITUTION
from .markers import CLOCK, DOC_NUMBER, PAGE_DAY, match_marker
from .pattern_parts import expanded
from .scanner import Scanner, anchored

_RULES = Path(__file__).with_name("data") / "chrome.yml"
# A line holding a sentence this long is the notice's, whatever furniture words it has.
_SENTENCE_LINE = 60
_TITLE_MAX = 60
_TITLE_LINES = 4  # a title wraps over two or three lines, never more
_LEAD_WINDOW = 4  # an unnumbered repost's lead stands among its first lines
_STAMP_WINDOW = 12  # a page prints its time stamp near the top
_TITLE_END = re.compile(KIND + "$")
# What goes before a title: a Markdown heading mark, and a reposter's place name
# (石家庄：关于…) or its account (某县发布关于…), section tag (【疫情防控】) or column (云南瑞丽|…).
# A site's day before a title (9月4日某区关于…, 5月22日，某区关于…): no title opens with a date. (Not a lead's day:
# 11月15日，某区发布关于…的通告—— is a report that names the title.)
# After that day, the site's own short form of the place goes too: a city's name without 市 before its
# district's (11月6日重庆铜梁区关于…, 11月26日重庆大渡口关于…, 3月22日宁乡关于…), a form no issuer prints over its
# own title (adjudication Q12's listing headline; held-out 91 ms01, ms08, 117 ns04, 82 mj09); a place
# named as bodies name it (长沙县, 娄底市娄星区, 滨海新区) stays.
# A content farm's year run into the title with no 年 (2020某动物园闭园公告, 2022某市关于…的通告): no issuer dates its
# title so; the golds drop it (held-out 211 ri10; as 35 ko07, 133 oi06, 150 oz07, 210 rh08, rh10).
_FARM_YEAR = r"20\d{2}(?![\d年级届])(?=[\u4e00-\u9fff]{4})"
_NAME_CHAR = r"(?:(?![市省县区])[\u4e00-\u9fff])"
_SITE_PLACE = rf"{_NAME_CHAR}{{2}}(?:{_NAME_CHAR}{{2,3}}[区县]|{_NAME_CHAR}{{0,3}})(?=关于)"
# A betting site's brand that a spammed copy runs into the title's opening (万博体育…, 沙巴体育转发《…》的通知,
# betway必威关于…; held-out 13 l04, 154 pd06, 156 pf09): a word in Latin letters, or a name ending in 体育, before
# the 关于 or 转发 a title opens with. No body's name is either (a sports bureau is a 体育局).
_BRAND = r"(?:[A-Za-z]{3,}[\u4e00-\u9fff]{0,3}|[\u4e00-\u9fff]{2}体育)(?=关于|转发)"
# A gambling site's brand a farm put in place of the issuer's name, letters and digits run into a few Han characters
# ending in 网 or 城 (beat365在线唯一官网…须知, 8188威尼斯娱人城嘉定校区…领导小组, pc28预测在线预测神测网3.2;
# held-out 120 nv07, 184 qh02, 172 pv07): no part of a title or an issuer's name. (Not a number's unit or a
# date, 2022年…城区, nor a town's 城区, 城镇, nor a 网络.)
SPAM_BRAND = r"(?=[A-Za-z\d]*\d)[A-Za-z\d]{3,}(?![年月日号时分级届个天])[\u4e00-\u9fff]{1,8}?(?:网(?![络格点])|城(?![区市镇乡]))[\d.]*"
# A content farm's arrows before the title it carries (➤➤2022年11月16日某区关于…的通告).
FARM_ARROWS = "➤▶►"
TITLE_PREFIX = re.compile(r"^(?:(?:#[^#\s]{2,20}#)+|#{1,6}\s*|[" + FARM_ARROWS + r"•●]+\s*(?:20\d{2}年\d{1,2}月\d{1,2}日)?)?(?:" + _FARM_YEAR + r")?(?:\d{1,2}月\d{1,2}日[，,]?\s*(?=(?:(?!发布)[^，,。]){0,30}关于)(?:" + _SITE_PLACE + r")?)?(?:" + _BRAND + "|" + SPAM_BRAND + r"|[\u4e00-\u9fff]{2,8}[：:](?=关于)|(?:主题|标题)\s*[：:]\s*|[\u4e00-\u9fff]{2,20}发布(?=关于)|【(?![^】]*号】)[^】]{2,30}】(?=\S{6})|[\[［][\u4e00-\u9fff]{2,6}[\]］]|[\u4e00-\u9fff]{2,8}\s*[|｜]\s*(?=\S{6}))?")
# A title holds no sentence, no label (发布机关：…) and no page furniture.
_NOT_TITLE = re.compile(r"[。！？；：:，,@#>|_<]|https?:|[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")
_QUOTED = re.compile(r"“[^“”。！？；]{1,20}”")
# (TITLE_PREFIX: a post's 【label】 before the title is cut, not the number in them: 【2022年第5号】; so is the
# bullet a page lists its title by among its widgets, • 关注公众号 / • 某医院关于…须知: held-out 96 mx04, 197 qu01;
# and a farm's arrows with the day it dates the notice by, ➤➤2022年11月16日某区关于…: held-out 234 sf02; and a forum
# thread's field label, 主题: 再致全县父老乡亲的一封信, 标题: 某县发布…: held-out 232 sd05, 5 z04, 122 nx09.)
# A number printed under the title: 第1号, （县指挥部第1号）, (2022)第29号, ﹝2022﹞21号, 2号令; its serial in the
# brackets after the year (2022〔5号〕).
# Or, in brackets, the issuer's abbreviation and its serial without a year: （松防公告225号）, or the serial alone: （35号）.
NUMBER_LINE = re.compile(
    r"^[（(]?\s*(?:(?P<n>[\u4e00-\u9fff]{0,20}?(?:(?:[〔﹝\[［]\d{4}[〕﹞\]］]|[（(]\d{4}[）)]|\d{4}年?)第?|第)\s*[\d一二三四五六七八九十百]{1,4}\s*号"
    r"|[\u4e00-\u9fff]{0,20}?\d{4}\s*[〔﹝\[［]\s*第?\d{1,4}\s*号\s*[〕﹞\]］]"
    r"|(?<=[（(])[\u4e00-\u9fff]{0,12}?\d{1,4}\s*号(?=[）)]))"
    r"|(?P<order>\d{1,4}\s*号令))\s*[）)]?$"
)
# The inside of a number printed in brackets with a title: 第1号, 郸防指〔2020〕3号, 十五,
# and the kind repeated after it (2022年第76号通告).
BRACKETED_NUMBER = r"[^（）()]{0,24}?[\d一二三四五六七八九十百]\s*号(?:令|通告|公告)?|[一二三四五六七八九十百]{1,4}"
# A number closing a title line: bracketed (（第1号）, （十五）) or run in (…公告〔2022〕第17号).
_NUMBER_AFTER_TITLE = re.compile(
    rf"\s*[（(](?:{BRACKETED_NUMBER})[）)]$"
    r"|(?:〔\d{4}〕|\d{4}年)?第\s*\d{1,4}\s*号$"
)
# A day printed after a title that names its kind, in brackets: a site's day tag (…的通告（29日）),
# the day it was issued (…的通告（2022年12月6日）) or took effect (《…的公告》（2022年9月7日12时起）).
# No notice prints it as part of its title.
DATE_AFTER_TITLE = re.compile(rf"({KIND})(》?)\s*[（(](?:\d{{4}}\s*年)?(?:\d{{1,2}}\s*月)?\d{{1,2}}\s*日[^（）()]{{0,12}}[）)]$")
_ADDRESSEES = re.compile(r"^[^。；！？]{2,150}[：:]$")
_SALUTATION = re.compile(r"^(?:亲爱的|尊敬的)[^。；！？，,]{2,30}[：:]$")
SIGNATURE_DATE = re.compile(
    r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})?\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日"
    r"(?:[（(](?:星期|周)[一二三四五六日天][）)])?(?:\d{1,2}[时点](?:\d{1,2}分)?)?$"  # and its weekday, or the hour it was signed
    r"|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}$"  # its 日 cut off the end of the page
    r"|^\d{4}\s*年?\s*\d*\+\d*\s*月\s*\d{1,2}\s*日?$"  # its month garbled by a converter (2022 165438+10月19)
)
# A note under the signature (（此件公开发布）), not a reposter's credit (（某网编辑 李某）).
_NOTE = re.compile(r"^[（(](?![^（()）]*(?:编辑|责编|记者|来源|摄影|原标题))[^（()）]{2,30}[）)]$")
_ATTACHMENT = re.compile(r"^附件")
_STAMP = re.compile(rf"^{PAGE_DAY}\s*{CLOCK}")
_HEADINGS = re.compile(r"^#{1,3}\s", re.M)
NUMERIC_DATE = re.compile(r"^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$")  # a web copy's 2022.3.1, 2022-03-01


@dataclass
class Page:
    lines: list[str]  # the notice (or the report), one paragraph per line
    chrome: list[str] = field(default_factory=list)  # lines cut as page chrome
    found: str | None = None  # how the notice was found: "preamble", "title", "addressees", "salutation", "lead", "frame", or None
    lead: str | None = None  # a reposter's lead: names the notice (《…》) and when it came out
    # The page's own title for the notice, with its number: a wiki page's title, or the
    # headline over the notice.
    page_title: str | None = None
    page_date: str | None = None  # the date in a wiki page's header table, as printed


@dataclass(frozen=True)
class _Rules:
    # The line patterns (any one found makes a line furniture), in two: those anchored at the
    # line's start, tried there only, and the others, searched. One alternation of all of them
    # tried every pattern at every position of every line: 80 µs a line, some 7% of the cleaning's time.
    line_start: re.Pattern
    line: tuple[Scanner, ...]  # each tried only on a line holding the characters it needs
    url: re.Pattern
    label: re.Pattern
    trailer: re.Pattern
    teaser: re.Pattern
    credit: re.Pattern
    preamble: re.Pattern
    lead_preamble: re.Pattern
    full_text_line: re.Pattern
    lead: re.Pattern
    briefing: re.Pattern
    news: re.Pattern
    body: re.Pattern
    reported: re.Pattern
    frame: re.Pattern
    bait: re.Pattern
    report_resumes: re.Pattern
    another_report: re.Pattern
    next_item: re.Pattern
    wiki: re.Pattern
    addressee: re.Pattern
    part_label: re.Pattern
    opening: re.Pattern
    digest: re.Pattern
    digest_label: re.Pattern
    decision: re.Pattern


def _expand_parts(data: dict) -> dict:
    """The rules with each ``<<name>>`` replaced, as a group, by its shared piece from ``parts``
    or by another rule of that name (an issuing body's ending is the one list ``body``), its
    anchor at the line's start dropped.

    >>> _expand_parts({"parts": {"w": "a|b"}, "y": "^d", "x": "^<<w>>c<<y>>", "line": ["<<w>>"]})
    {'y': '^d', 'x': '^(?:a|b)c(?:d)', 'line': ['(?:a|b)']}
    """
    parts = {k: v.removeprefix("^") for k, v in data.items() if isinstance(v, str)} | data.pop("parts", {})
    return expanded(data, parts)


@lru_cache(maxsize=1)
def rules() -> _Rules:
    try:
        data = _expand_parts(yaml.safe_load(_RULES.read_text(encoding="utf-8")))
        return _Rules(
            line_start=re.compile("|".join(f"(?:{p})" for p in data["line"] if anchored(p))),
            line=tuple(Scanner(re.compile(p)) for p in data["line"] if not anchored(p)),
            # a box of other articles after the notice ends it, as the trailer lines do
            trailer=re.compile(f"(?:{data['trailer']})|(?:{data['teaser']})"),
            **{k: re.compile(data[k]) for k in ("url", "label", "teaser", "credit", "preamble", "lead_preamble", "full_text_line", "lead", "briefing", "news", "body", "reported", "frame", "bait", "report_resumes", "another_report", "next_item", "wiki", "addressee", "part_label", "opening",
                                                 "digest", "digest_label", "decision")},
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, re.error) as e:
        raise ValueError(f"{_RULES}: cannot load the chrome rules: {e}") from e


_BULLET = re.compile(r"^[•●▪◆■□]\s*")


@lru_cache(maxsize=4096)  # a site's furniture repeats from page to page
def is_chrome(line: str) -> bool:
    """A line that is only page furniture.

    >>> is_chrome("当前位置：首页 > 快讯 > 正文"), is_chrome("原标题：重庆再推举措")
    (True, True)
    >>> is_chrome("北京知名医院 http://news.example.com/1.html"), is_chrome("一、严格落实责任。")
    (True, False)
    >>> is_chrome("• 时间：2022-07-12 16:03"), is_chrome("• 分享："), is_chrome("•"), is_chrome("• 各单位要落实责任。")
    (True, True, True, False)
    """
    r = rules()
    bare = _BULLET.sub("", line)  # a page may list its widgets as bullets (• 时间：…, • 分享：)
    if bare != line and not bare.strip():
        return True  # a bullet whose widget the scrape lost
    line = bare
    if "。" in line and len(line) > _SENTENCE_LINE:
        return False
    if r.url.search(line):
        return not _SENTENCE_STOP.search(r.url.split(line)[0])
    return bool(r.line_start.match(line) or any(next(p.finditer(line), None) for p in r.line)
                or r.teaser.match(line) or r.credit.fullmatch(line))


# The issuer's own voice: its deliberation or decision (经…研究, 经综合研判，决定…).
OWN_VOICE = re.compile(r"经[^。；]{0,30}?(?:研究|研判|评估|决定|同意)")


def is_lead(line: str) -> bool:
    """A reposter's lead: when and who published the notice (``刚刚，…发布最新通告``), or its
    announcement of the text (``详细通告如下：``) — not the notice's own preamble ending so in the
    issuer's voice (``根据…，经某领导小组研究，具体通告如下：``).

    >>> is_lead("据某公众号消息，6月8日起解除管控。详细通告如下："), is_lead("经某县领导小组研究，具体通告如下：")
    (True, False)
    """
    r = rules()
    announces = r.lead_preamble.search(line) or r.full_text_line.match(line)
    return bool(r.lead.search(line)) or bool(announces) and not (r.opening.match(line) or OWN_VOICE.search(line))


# A place name opening a body's name: 某省…, 天津市…, 某县…
PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|县|区|旗|州|盟)")
# The place a title names before its 关于, a town's too (某街道关于…, 某镇关于…): towns issue notices of their own.
ISSUING_PLACE = re.compile(rf"{PLACE.pattern}|[\u4e00-\u9fff]{{1,6}}?(?:镇|乡|街道)")


def ends_with_body(name: str) -> bool:
    """Whether a name ends the way an issuing body's name does (…指挥部, …委员会), the body's other
    name perhaps in brackets after it (…领导小组（指挥部）, …领导小组(总部)), as a body that is both signs.

    >>> ends_with_body("某市疫情防控工作领导小组办公室"), ends_with_body("某市疫情防控")
    (True, False)
    >>> ends_with_body("某区委统筹疫情防控和经济运行工作领导小组（指挥部）"), ends_with_body("某县人民政府（盖章）")
    (True, False)
    """
    return bool(_body_end().search(name))


@lru_cache(maxsize=1)
def _body_end() -> re.Pattern:
    body = rules().body.pattern
    return re.compile(rf"{body}(?:[（(][\u4e00-\u9fff]{{0,6}}{body}[）)])?$")


def has_news_signs(text: str) -> bool:
    """Signs of a reporter's own words: 本报讯, （记者…）, a dateline ``…网重庆11月16日电``."""
    return bool(rules().news.search(text))


def is_title_line(line: str) -> bool:
    """A line that may be (part of) a notice's title: short, no sentence, no page furniture."""
    line = TITLE_PREFIX.sub("", line)
    return (
        len(line) <= _TITLE_MAX
        and not _NOT_TITLE.search(_QUOTED.sub("“”", line))  # a slogan it quotes may hold a comma: “防控疫情，人人有责”
        and not CLOSING_FORMULA.match(line)
        and not match_marker(line)
        and not SIGNATURE_DATE.match(line)
    )


def _is_title_text(line: str) -> bool:
    """A title line, or one a page printed with a space between the issuer's name and
    its 关于… (某市指挥部 关于划定高风险区的通告), or before the number after its kind,
    or between the place and the rest of its body's name (某县 应对…应急指挥部, the title
    block's upper line, as its signature prints it too).

    >>> _is_title_text("某市指挥部 关于划定高风险区的通告"), _is_title_text("某市 发布 通告。")
    (True, False)
    >>> _is_title_text("某市指挥部令 第8号")  # or between the kind and its number
    True
    >>> _is_title_text("某县 应对新冠肺炎疫情应急指挥部"), _is_title_text("某县 发布")
    (True, False)

    Or the joint issuers' line of the title block, their names set apart by spaces (某市公安局 某市交通运输局 /
    关于…的通告; held-out 260 tf05, as 中共某市委 某市人民政府 signs):

    >>> _is_title_text("某市公安局 某市交通运输局"), _is_title_text("某市公安局 提醒")
    (True, False)
    """
    names = line.split()
    return (is_title_line(line) or is_title_line(re.sub(r"\s+(?=关于|第\s*\d{1,4}\s*号$)", "", line))
            or ends_with_body(line) and is_title_line(re.sub(rf"^({PLACE.pattern})\s+", r"\1", line))
            or len(names) > 1 and all(ends_with_body(n) and is_title_line(n) for n in names))


# A venue's rules titled by whom or where they bind (游客入园须知, 某某植物园入园须知), not a bare part label (观展须知).
_NAMED_RULES = re.compile(r"[\u4e00-\u9fff]{4,20}须知")


def colon_title(line: str) -> str | None:
    """The title a copy printed with a colon after it, right over the text (某县关于…的通告：):
    a title naming its kind and opening with 关于 or with its issuer before 关于, not a
    lead (某市指挥部发布通告：) nor a preamble (现通告如下：).

    >>> colon_title("➤某市关于解除静态管理区域的通告："), colon_title("关于解除封控区管控的通知:")
    ('某市关于解除静态管理区域的通告', '关于解除封控区管控的通知')
    >>> colon_title("某某街道关于暂停营业的通告（第16号）：")  # a town's, its number after it
    '某某街道关于暂停营业的通告（第16号）'
    >>> colon_title("致广大村民的一封信：")  # a letter's, addressed with 致
    '致广大村民的一封信'
    >>> colon_title("某市指挥部发布通告："), colon_title("现将有关事项通告如下："), colon_title("关于加强防控的通告")
    (None, None, None)

    Or a venue's rules naming whom or where they bind (某某植物园入园须知：, 游客入园须知：); not a bare
    label over a part of the rules (观展须知：, 就诊须知：).

    >>> colon_title("某某森林植物园入园须知:"), colon_title("游客入园须知："), colon_title("观展须知：")
    ('某某森林植物园入园须知', '游客入园须知', None)
    """
    if not line.endswith(("：", ":")) or is_lead(line):
        return None
    title = TITLE_PREFIX.sub("", line[:-1]).strip()
    about = title.find("关于")
    # (or a letter's, addressed with 致: 致广大村民的一封信：; held-out 13 l06; or a venue's rules, 须知 after
    # whom or where: held-out 209 rg04, rg05)
    named = (about == 0 or about > 0 and ISSUING_PLACE.match(title[:about]) is not None or title.startswith("致")
             or _NAMED_RULES.fullmatch(title) is not None)
    return title if named and is_title_line(title) and names_kind(title) else None


def split_addressees(line: str) -> list[str]:
    """The organisations of an addressee line.

    >>> split_addressees("各区县人民政府，市级有关部门，有关单位：")
    ['各区县人民政府', '市级有关部门', '有关单位']
    """
    return [a.strip() for a in re.split(r"[，,]", line.rstrip("：:")) if a.strip()]


def names_addressees(line: str) -> bool:
    """An addressee line with no title over it names organisations or people (各…,
    广大市民朋友们, …各成员单位), not a label (具体措施：).

    >>> names_addressees("广大居民朋友："), names_addressees("具体措施：")
    (True, False)
    """
    names = split_addressees(line)
    return bool(names) and all(rules().addressee.search(a) for a in (names[0], names[-1]))


def names_kind(line: str) -> bool:
    """A title line that ends naming the kind of document (…通告), its number aside."""
    return bool(_TITLE_END.search(_NUMBER_AFTER_TITLE.sub("", DATE_AFTER_TITLE.sub(r"\1", line))))


_DIGEST_MIN = 10  # a digest's text long enough that a line repeating it is no coincidence


def _chrome_flags(lines: list[str]) -> list[bool]:
    r = rules()
    # A city guide's digest (导语 …) is the site's summary, wherever it stands.
    flags = [is_chrome(line) or bool(r.digest.match(line)) for line in lines]
    # (and so is its text printed again right under it without the label, as a farm repeats its 【导语】; under the
    # notice's title, or over the notice's numbered items, the same words are the notice's opening, which the digest
    # copied)
    digest = None
    for i, line in enumerate(lines):
        m = r.digest.match(line)
        if m:
            digest = re.sub(r"\s", "", line[m.end():]).lstrip(":：")
        elif not flags[i]:
            if len(digest or "") >= _DIGEST_MIN and re.sub(r"\s", "", line) == digest:
                following = next((later for later, f in zip(lines[i + 1:], flags[i + 1:]) if not f), "")
                flags[i] = not match_marker(following)
            digest = None
    # (a farm's bare label over its digest, the opening of the text cut off, which the lines under it repeat: 内容简介 /
    # 根据…研判，自9月7日起，… / 根据…研判，自9月7日起，…实行…。, held-out 74 mb04, 173 pw03, 177 qa10)
    for i in range(len(lines) - 2):
        if _bare_label(r.digest_label, lines[i]) and _repeated_below(lines, i + 1):
            flags[i] = flags[i + 1] = True
    for i, line in enumerate(lines[:-1]):
        # "来源" on a line of its own, its value on the next; a label left empty stands over
        # the notice's own 文号 (作者： / 株疫防指告〔2022〕13号): that is no value, nor is the notice's
        # addressee line, which ends in its colon as no name or source does (作者： / 尊敬的游客朋友们：).
        if r.label.match(line):
            flags[i] = True
            if "。" not in lines[i + 1] and len(lines[i + 1]) <= 30 and not _is_number_line(lines[i + 1]) \
                    and not re.search(r"[：:]$", lines[i + 1]):
                flags[i + 1] = True
        # A date on its own under a body's name is the signature's (某市指挥部 / 2022-03-01).
        if NUMERIC_DATE.match(lines[i + 1]) and ends_with_body(line) and len(line) <= _TITLE_MAX and not flags[i]:
            flags[i + 1] = False
    return flags


# A wiki page's disambiguation after its title: 关于…的通告（第6号） （玉环市）
_DISAMBIGUATION = re.compile(r"\s+[（(][\u4e00-\u9fff]{2,8}[）)]$")
_TABLE_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _wiki_header(lines: list[str], flags: list[bool]) -> tuple[str | None, str | None]:
    """A wiki page (Wikisource) prints its title, then a header table (the short title,
    number, date, 发布机关, the notices before and after it in the series, 原文地址) over
    the text. The table is chrome, flagged here up to the first line of text. Returned:
    the page's title without its disambiguation (the notice's title and number), and the
    table's date."""
    marker = next((i for i, line in enumerate(lines[:_STAMP_WINDOW]) if rules().wiki.search(line)), None)
    if marker is None:
        return None, None
    end = marker
    while end < len(lines) and (end == marker or not _TEXT_LINE.search(lines[end])):
        end += 1
    titles = [t for t in (_DISAMBIGUATION.sub("", line) for line in lines[:marker]) if names_kind(t) or _NUMBER_AFTER_TITLE.search(t)]
    # The table's own row may hold the date; the series' neighbours are named, never dated.
    date = next((m.group() for line in lines[max(0, marker - 1) : end] for m in [_TABLE_DATE.search(line)] if m), None)
    flags[:end] = [True] * end
    return (titles[-1] if titles else None), date


def _is_number_line(line: str) -> bool:
    """The 文号 on a line of its own, or closing the title line it was run into."""
    number = DOC_NUMBER.search(line)
    return bool(NUMBER_LINE.match(line) or (number and number.end() == len(line) and len(line) <= 2 * _TITLE_MAX))


# A Han character: a line holding none is no text (a row of buttons, A+ A A-); one opening on one is no mark or marker.
HAN = re.compile(r"[\u4e00-\u9fff]")


def _paragraphs_over(lines: list[str], flags: list[bool], preamble: int) -> int:
    """The first of the paragraphs of text (each ended by 。 or ！) right over line ``preamble``; ``preamble``
    when there is none. Bulleted lines are a list the page prints over the text (its digest, its widgets), not paragraphs.
    A line of chrome between a paragraph and the preamble (a farm's 文章插图 where a picture stood) parts nothing.

    >>> _paragraphs_over(["某通告", "近期发现病例。", "请市民配合！", "现通告如下："], [False] * 4, 3)
    1
    >>> _paragraphs_over(["某通告", "现通告如下："], [False] * 2, 1), _paragraphs_over(["某通告", "• 各单位要落实责任。", "现通告如下："], [False] * 3, 2)
    (1, 2)
    >>> _paragraphs_over(["某通告", "某馆将于4月9日恢复开放。", "文章插图", "现通告如下："], [False, False, True, False], 3)
    1
    """
    first = i = preamble
    while i >= 1 and (flags[i - 1] or _ends_paragraph(lines[i - 1]) and not _BULLET.match(lines[i - 1])):
        i -= 1
        first = first if flags[i] else i
    return first


def _ends_paragraph(line: str) -> bool:
    """Whether a line is a whole paragraph of text: ended by 。 or ！, or printed without its stop,
    longer than a title and run on with clauses (…，流调溯源…正在依规有序开展; held-out 129 oe08, 89 mq02).

    >>> _ends_paragraph("近期发现病例。"), _ends_paragraph("5月8日，我市发现异常人员，" + "处置工作" * 12 + "正在有序开展")
    (True, True)
    >>> _ends_paragraph("关于对某市主城区实施静态管理的通告"), _ends_paragraph("某县新冠肺炎疫情防控工作领导小组办公室关于" * 3)
    (False, False)
    """
    return bool(re.search(r"[。！]$", line)) or len(line) > _TITLE_MAX and bool(_UNSTOPPED.search(line))


# A paragraph's text printed without its full stop: clauses, then a last one ending on a character.
_UNSTOPPED = re.compile(r"[，,；;][^，,；;]*[\u4e00-\u9fff]$")


def _bare_label(label: re.Pattern, line: str) -> bool:
    """Whether the line is the label alone (`内容简介`, `摘要:`), nothing after it."""
    m = label.match(line)
    return bool(m) and not line[m.end():].strip(" :：\u3000")


def _repeated_below(lines: list[str], i: int) -> bool:
    """Whether the lines under line ``i`` open with its whole text (a digest: the text's opening, cut off).

    >>> _repeated_below(["根据防控需要，经研判，自9月7日起，某小", "根据防控需要，经研判，", "自9月7日起，某小区实行管控。"], 0)
    True
    >>> _repeated_below(["某区关于调整风险区的通告", "根据防控需要，经研判，自9月7日起，某小区实行管控。"], 0)
    False
    """
    digest, below = re.sub(r"\s", "", lines[i]), ""
    for line in lines[i + 1:]:
        if len(below) >= len(digest):
            break
        below += re.sub(r"\s", "", line)
    return len(digest) >= _DIGEST_MIN and below.startswith(digest)


def _digest(line: str) -> bool:
    """A guide's digest: its label with the summary after it. A portal's empty field (`摘要:` and nothing, over
    the page's own title: held-out 172 pv08, 112 nn01) is page chrome like its 作者:/来源: fields, no digest.

    >>> _digest("导语 某区调整风险区域，封控区实行足不出户。"), _digest("【摘要】:某区调整风险区域"), _digest("摘要:")
    (True, True, False)
    """
    return bool(rules().digest.match(line)) and not _bare_label(rules().digest_label, line)


def _head_start(lines: list[str], flags: list[bool], preamble: int) -> int:
    """The first line of the head (title, 文号, addressees) over the preamble.

    Chrome between the head and the preamble (an advertisement) is skipped; the title's
    lines stand together, and end at the first line naming the document's kind: an
    earlier line that names a kind too is another headline. A 文号 printed over the
    title opens the head.
    """
    start, titled, title_lines = preamble, False, 0
    # A paragraph of text may open the notice before its preamble (近期…。 / 现通告如下：),
    # right under the title, the number printed under it, a letter's salutation (尊敬的家长朋友： / 您好！;
    # held-out 87 mo08, 121 nw08), or a repost's 通告全文如下：, with
    # only page chrome between (来源：… 点击：收藏).
    # An untitled copy may open with such a paragraph under nothing but chrome (a release's
    # report of the day's cases over its decision), unless it is a reposter's lead.
    # Under a title, several such paragraphs may stand over the preamble (held-out 116 nr08, 126 ob10); a line of
    # a page's buttons with no Han character in it (A+ A A-) may stand between the title and them.
    first = _paragraphs_over(lines, flags, preamble)
    above = next((i for i in range(first - 1, -1, -1) if not flags[i] and HAN.search(lines[i])), None)
    if first < preamble and not colon_title(lines[preamble]) \
            and (above is not None and (names_kind(lines[above]) and _is_title_text(lines[above])
                                        or NUMBER_LINE.match(lines[above]) or rules().lead_preamble.search(lines[above])
                                        or _ADDRESSEES.match(lines[above]))
                 or first == preamble - 1 and all(flags[:first]) and not is_lead(lines[first]) and not has_news_signs(lines[first])):
        start = preamble = first
    for i in range(preamble - 1, -1, -1):
        line = lines[i]
        if _digest(line):
            break  # the guide's digest: what stands over it is the guide's headline
        if flags[i]:
            if title_lines:
                break
            continue
        if is_lead(TITLE_PREFIX.sub("", line)):  # (not a post's 【headline】 over the title run into it)
            break  # a reposter's lead over the notice (…发布《…》，全文如下：) is no part of its head
        if start == preamble and _ADDRESSEES.match(line) and not title_lines:
            start = i
        elif start == preamble and not title_lines and _dated_title(lines, i):
            continue  # the date printed under the title
        elif _is_number_line(line) and not title_lines:
            start = i
            titled = len(line) > _TITLE_MAX // 2  # the title runs into its number
        elif _is_number_line(line):
            return _masthead_start(lines, flags, i)  # 文号 over the title
        elif _is_title_text(line) and title_lines < _TITLE_LINES:
            ends = names_kind(line)
            if ends and titled:
                return i if title_lines == 1 and spun_repeat(line, lines[start]) else start
            titled |= ends
            title_lines += 1
            start = i
        else:
            break
    return start


_BODY_KIND = re.compile(rf"[\u4e00-\u9fff（）()]{{4,80}}?{KIND_AFTER_BODY}")


def _masthead_start(lines: list[str], flags: list[bool], number: int) -> int:
    """Where the head starts when a 文号 stands over the title: at the number, the masthead
    above it no part of the text; or at a masthead naming the issuing body and the kind
    (某州…领导小组 / 指挥部 / 通  告 / 第15号 / 关于…), which names the issuer: its first line
    opens with the place, a page's line over it (图片) is no part of it.

    >>> lines = ["某州人民政府应对疫情", "领导小组指挥部", "通  告", "第15号", "关于调整防控措施的通告", "现通告如下："]
    >>> _masthead_start(lines, [False] * 6, 3), _masthead_start(["某市人民政府文件", *lines[3:]], [False] * 4, 1)
    (0, 1)
    """
    for k in range(max(0, number - _TITLE_LINES), number):
        block = [re.sub(r"\s", "", line) for line in lines[k:number]]
        named = _BODY_KIND.fullmatch("".join(block))
        if named and PLACE.match(block[0]) and not any(flags[k:number]) and all(map(is_title_line, block)) \
                and ends_with_body(_KIND_TAIL.sub("", named.group())):
            return k
    return number


_KIND_TAIL = re.compile(rf"{KIND_AFTER_BODY}$")


def spun_repeat(title: str, again: str) -> bool:
    """Whether the title line ``again`` is ``title`` run through a synonym spinner, as a
    content farm prints its copy's title under the original: both name their kind, and
    the spinner swapped words for words as long, so most characters keep their places.

    >>> spun_repeat("某县关于解除部分管控区的通告", "某县关于解除部分控制区的通知")
    True
    >>> spun_repeat("某县解除部分管控区", "某县关于解除部分管控区的通告"), spun_repeat("关于解除管控的通告", "关于加强防控的通知")
    (False, False)
    """
    kept = sum(a == b for a, b in zip(title, again))
    return (title != again and len(title) == len(again) and kept * 3 >= len(title) * 2
            and bool(names_kind(title)) and bool(names_kind(again)))


def _dated_title(lines: list[str], i: int) -> bool:
    """Line ``i`` is a date printed right under the title (关于…的通告 / 2022年3月1日): the
    head's date, not a signature's.

    >>> _dated_title(["关于加强管控的通告", "2022年3月1日"], 1), _dated_title(["某市指挥部", "2022年3月1日"], 1)
    (True, False)
    """
    return i > 0 and bool(SIGNATURE_DATE.match(lines[i])) and names_kind(lines[i - 1]) and is_title_line(lines[i - 1])


# A signature's date may carry the clock time it was signed at (`某医院` / `2022年3月14日06: 00`, held-out 185 qi05).
_SIGNED_AT = re.compile(r"\s*\d{1,2}\s*[:：]\s*\d{2}$")


def _signs_off(lines: list[str], i: int) -> bool:
    """Line ``i`` is a signature's date under a line with no sentence in it (the issuer's name), not the head's
    date under the title.

    >>> _signs_off(["立即暂停六楼门诊。", "某医院", "2022年3月14日06: 00"], 2), _signs_off(["某医院", "2022年3月14日"], 1)
    (True, True)
    >>> _signs_off(["关于暂停门诊的通知", "2022年3月14日 06:00"], 1), _signs_off(["暂停门诊。", "2022年3月14日 06:00"], 1)
    (False, False)
    """
    date = _SIGNED_AT.sub("", lines[i])
    return (bool(SIGNATURE_DATE.match(date)) and not re.search(r"[。；！？，]", lines[i - 1])
            and not _dated_title([lines[i - 1], date], 1))


# A line with a sentence or clause mark in it: text, not a headline, a name or a date.
_CLAUSE_MARK = re.compile(r"[。；！？，,：:]")
# A sentence's stop; a line holding one, or ending as a label does (…如下：), is the notice's text, no page furniture.
_SENTENCE_STOP = re.compile(r"[。！？；]")
_TEXT_LINE = re.compile(r"[。！？；]|[：:]$")


def _end(lines: list[str], start: int) -> int:
    """Where the notice ends: at a trailer that leads on to other articles, or where the
    reporter takes up the story again after its provisions (另据…), or after its
    signature date and the notes under it, unless a document follows the signature (an
    attachment, the plan a notice issues): text with numbered provisions of its own."""
    r = rules()
    trailer = next((i for i in range(start + 1, len(lines)) if r.trailer.match(lines[i])
                    or r.report_resumes.match(lines[i]) and (r.another_report.match(lines[i])
                                                             or any(match_marker(line) for line in lines[start:i]))),
                   len(lines))
    nxt = next((i for i in range(start + 1, trailer) if r.next_item.match(lines[i])
                and any(match_marker(line) for line in lines[start:i])), None)
    if nxt is not None:  # (its headline over it, a line with no sentence in it, goes with it)
        trailer = nxt - 1 if nxt - 1 > start and not match_marker(lines[nxt - 1]) and not _CLAUSE_MARK.search(lines[nxt - 1]) else nxt
    for i in range(start + 1, trailer):
        # (a signature closes text: a headline over the page's time stamp signs nothing; held-out 13 l04, 180 qd03)
        if _signs_off(lines, i) and any(_CLAUSE_MARK.search(line) for line in lines[start:i - 1]):
            end = i + 1
            while end < trailer and _NOTE.match(lines[end]):
                end += 1
            appended = any(_ATTACHMENT.match(line) or match_marker(line) for line in lines[end:trailer])
            return trailer if (appended and not _another_notice(lines, start, end) and not _recap(lines[start:end], lines[end:trailer])
                               and not _pasted_after(lines[start:end], lines[end:trailer])) else end
    return trailer


def _cut_tail(lines: list[str]) -> bool:
    """Whether a text is the cut tail of a list begun above the page: its first numbered line goes on
    from an item it does not print (5.…).

    >>> _cut_tail(["某地最新通告", "5.暂停营业。", "6.居家。", "某区办公室"]), _cut_tail(["关于…的通告", "1.暂停营业。"])
    (True, False)
    >>> _cut_tail(["某区办公室", "2022年4月20日"])
    False
    """
    first = next((m for m in map(match_marker, lines) if m), None)
    return first is not None and first[1] > 1


def _recap(notice: list[str], after: list[str]) -> bool:
    """Numbered lines after the signature that repeat the notice's own (a site's recap of the
    areas: 新增2个 / 1、某小区：…): no document the notice issues, which has words of its own.

    >>> _recap(["1.某小区：以四至围墙为界。", "2.某片区：以某路为界。", "某市指挥部", "2022年11月18日"], ["新增2个", "1、某小区：以四至围墙为界。", "2、某片区：以某路为界。"])
    True
    >>> _recap(["现印发给你们，请遵照执行。", "某市指挥部", "2022年11月18日"], ["某市防控方案", "一、总体要求", "二、工作措施"])
    False
    """
    before = "".join(_unnumbered(line) for line in notice)
    items = [_unnumbered(line) for line in after if match_marker(line)]
    repeated = [t for t in items if len(t) >= 6 and t in before]
    return bool(repeated) and 2 * len(repeated) >= len(items)


_ATTACHES = re.compile(r"附件|附表|见附")


# Prose, not a label: a line with a clause in it (面对新冠疫情，, 疫情期间出行，乘坐公共交通工具这些须注意), not one ending in
# its colon (温馨提示：, 注意事项：) nor a heading or a table's cell (附：重点区域范围, 高三年级).
_RUNNING_TEXT = re.compile(r"^(?!.*[：:]$).*[，,。！？；]")


def _pasted_after(notice: list[str], after: list[str]) -> bool:
    """Whether the numbered text after a signed notice is another text the page pasted under it (a weather warning's
    `防御指南：` / `1.…`, held-out 117 ns08; a site's tally of the areas `东河区划定风险区域等级情况` / `壹、高风险区` /
    `1、…`, 119 nu04), not a document of the notice: the notice numbers its own provisions and names no attachment nor
    a document it issues, and the text opens with no attachment's heading nor a document's title (`某区防控工作方案`).
    A notice that numbers nothing may go on under a label of its own (温馨提示：, 注意事项：, 附：…; held-out 121 nw04,
    60 ln06, 139 oo07); text opening in prose right under its signature is another's (a tip sheet `面对新冠疫情，`, an
    article `疫情期间出行，乘坐公共交通工具这些须注意`; 222 rt08, 231 sc03).

    >>> _pasted_after(["1.请接种疫苗。", "2.查验健康码。", "某市指挥部", "2021年8月23日"], ["某台发布暴雨预警：…", "1.停课。"])
    True
    >>> _pasted_after(["1.请接种疫苗。", "2.查验健康码。", "某市指挥部", "2021年8月23日"], ["某区防控工作方案", "一、总体要求"])
    False
    >>> _pasted_after(["1.到采样点（见附件）检测。", "某市指挥部", "2021年8月23日"], ["某区采样点", "1.某小区"])
    False
    >>> _pasted_after(["现将《某方案》印发给你们。", "某市指挥部", "2021年8月23日"], ["某区采样点", "1.某小区"])
    False
    >>> _pasted_after(["即日起恢复公交运营。", "某公司", "2022年9月18日"], ["出行时，这些须注意", "一、戴口罩。"])
    True
    >>> _pasted_after(["即日起开展核酸检测。", "某县办公室", "2022年3月10日"], ["注意事项：", "1.携带身份证。"])
    False
    """
    return (bool(after) and not names_kind(after[0])
            and not any(_ATTACHES.search(line) or _TRANSMITS.search(line) for line in notice)
            and (any(match_marker(line) for line in notice) or _RUNNING_TEXT.search(after[0]) is not None))


def _unnumbered(line: str) -> str:
    """A line without its number marker and white space (1、某小区 and 1.某小区 agree)."""
    m = match_marker(line)
    return re.sub(r"\s", "", line[m[2].end():] if m else line)


_TRANSMITS = re.compile(r"印发|转发|下发")
_LABEL_MAX = 8  # a poster's label over another notice's title (此前报道：, 相关阅读：)


def _another_notice(lines: list[str], start: int, end: int) -> bool:
    """Whether what follows a signed notice is another notice (a forum's or a site's next post:
    `事关来（返）某县人员通告` over its text), not a document the notice issues or transmits (an
    attachment, a plan: `某某工作方案`). The first may number nothing (held-out 122 nx02, 131 og09).

    >>> _another_notice(["一、暂停营业。", "某市指挥部", "年4月2日", "关于来返某县人员的通告", "一、居家隔离。"], 0, 3)
    True
    >>> _another_notice(["一、暂停营业。", "某市指挥部", "年4月2日", "某市复工复产工作方案", "一、总体要求"], 0, 3)
    False
    >>> _another_notice(["现将《某方案》印发给你们。", "某市指挥部", "年4月2日", "关于加强防控的通知", "一、…"], 0, 3)
    False
    >>> _another_notice(["经研判，解除静态管理。", "某县指挥部", "年8月22日", "某县关于延长静态管理的公告", "一、…"], 0, 3)
    True

    Its title may be wrapped over two lines (`关于对某镇镇区` / `实施临时交通管控的通告`) or stand under a poster's label
    (`此前报道：` / `关于某市划定风险区的通告`).

    >>> _another_notice(["一、暂停营业。", "某市指挥部", "年4月2日", "关于对某镇镇区", "实施交通管控的通告", "一、…"], 0, 3)
    True
    >>> _another_notice(["一、暂停营业。", "某市指挥部", "年4月2日", "此前报道：", "关于某市划定风险区的通告", "一、…"], 0, 3)
    True
    """
    if end >= len(lines):
        return False
    labelled = lines[end].endswith(("：", ":")) and len(lines[end]) <= _LABEL_MAX
    titles = [lines[end], *([lines[end] + lines[end + 1], lines[end + 1]][labelled:] if end + 1 < len(lines) else [])]
    if not any(is_title_line(t) and _KIND_TAIL.search(t) for t in titles):
        return False
    own = lines[start:end]
    return not any(_TRANSMITS.search(line) for line in own)


def _trailer(lines: list[str]) -> int:
    """The first line where the page goes on to other articles: a trailer line after a
    line of text. A site's menu over the page names the same links (猜你喜欢, 上一篇)
    before any text: those lead nowhere.

    >>> _trailer(["首页", "猜你喜欢", "为做好防控，现通告如下：", "一、停业。", "上一篇：某某"])
    4
    """
    r = rules()
    text = next((i for i, line in enumerate(lines) if _TEXT_LINE.search(line)), len(lines))
    return next((i for i in range(text + 1, len(lines)) if r.trailer.match(lines[i])), len(lines))


def _start(lines: list[str], flags: list[bool]) -> tuple[int, str | None, int | None, int | None]:
    """(first line of the notice, how it was found, the preamble's line, the lead's line)."""
    r = rules()
    # What follows a list of other articles or a copyright notice is no part of the notice.
    trailer = _trailer(lines)
    body = [i for i, f in enumerate(flags[:trailer]) if not f]
    provision = next((i for i in body if match_marker(lines[i])), None)
    preambles = [i for i in body if r.preamble.search(lines[i]) and not is_lead(lines[i]) and not colon_title(lines[i])]
    before = [i for i in preambles if provision is None or i < provision]
    if before:
        p = before[-1] if provision is not None else before[0]
        # The notice's own preamble under its head, over a list and a second lead-in (…调整如下： /
        # 某小区… / …继续做好以下重点事项： / 1.…): the head opens the notice, not the second lead-in.
        headed = next((i for i in before[:-1] if _head_start(lines, flags, i) < i and not any(flags[i:p])), None)
        if provision is not None and headed is not None:
            p = headed
        headed = _head_under_lead(lines, body, p)
        if headed is not None:  # a reporter's lead ending as a preamble does, over the notice's head
            return headed, "addressees", None, None
        titled = _title_after(lines, body, p, provision)
        if titled is not None:  # the page's own report ended in 如下： over the notice's title
            return titled, "title", None, None
        head = _head_start(lines, flags, p)
        signed = _signed_before(lines, body, head)
        if signed is not None:  # the page's first notice, whole and signed, over another run on after it
            return _head_start(lines, flags, signed), None, None, None
        return head, "preamble", p, None
    before_provision = [i for i in body if provision is None or i < provision]
    colon_titled = next((i for i in before_provision if colon_title(lines[i])), None)
    if colon_titled is not None:  # the title printed with a colon over the text opens the notice
        return colon_titled, "title", None, None
    addressed = next((i for k, i in enumerate(before_provision) if _under_title_addresses(lines, before_provision, k)), None)
    if addressed is not None:  # a title over an addressee line: the head of the notice
        return _head_start(lines, flags, addressed + 1), "addressees", None, None
    # A letter's salutation (亲爱的市民朋友们：) opens it under a page's headline of its own.
    saluted = next((i for i in before_provision if _SALUTATION.match(lines[i])), None)
    if saluted is not None:
        return saluted, "salutation", None, None
    # A lead that announces the full text (通告全文如下：): the notice follows it.
    announced = [i for i in before_provision if r.lead_preamble.search(lines[i]) or r.full_text_line.match(lines[i])]
    if announced and _under_own_head(lines, body, announced[-1]):  # (…详情如下： under the notice's own title and number)
        return _head_start(lines, flags, announced[-1]), "preamble", announced[-1], None
    if announced and announced[-1] + 1 < len(lines):
        named = [i for i in before_provision if i <= announced[-1] and r.lead.search(lines[i])]
        return announced[-1] + 1, "lead", None, (named or announced)[-1]
    window = before_provision if provision is not None else body[:_LEAD_WINDOW]
    leads = [i for i in window if r.lead.search(lines[i])]
    # A reporter's page names the notice in its lead too: it is a repost when provisions
    # follow, or the notice's own words rather than the reporter's (通告称，…).
    after = next((i for i in body if leads and i > leads[-1]), None)
    if leads and (provision is not None or (after is not None and not r.reported.match(lines[after]))):
        return leads[-1] + 1, "lead", None, leads[-1]
    # An agency's frame run into the notice's own opening and decision (中新网2月22日电 据某公众号消息，根据…，
    # 某指挥部决定，自…起…): the page quotes the notice, its words start after the frame (adjudication Q8).
    # (a source's frame, 据…/…消息: not the reporter's own 通告明确，…, which paraphrases the notice in a report)
    # (the issuer's decision in the line makes the quoted words the notice's, not a reporter's; so do numbered items
    # under it, whoever's frame it is: 记者从某县指挥部了解到，当前，… / 一、… (held-out 127 oc01, 141 oq04))
    quoted = next((i for i in body[:_LEAD_WINDOW] if _framed_opening(lines[i]) and (
        provision is not None and i < provision or "决定" in lines[i] and _sourced(without_frame(lines[i])[0]))), None)
    if quoted is not None:
        return quoted, "frame", None, None
    opening = next((t for i in body[:_LEAD_WINDOW] for t in [_text_under_title(lines, body, i)] if t is not None), None)
    if opening is None:  # further down, under a farm's selectors and headlines: a title of its own, 关于…
        opening = next((t for i in before_provision if "关于" in lines[i] for t in [_text_under_title(lines, body, i)] if t is not None), None)
    if opening is None:  # … even under a farm's scrambled copy of an item (二、…1.…), near the top of the page
        opening = next((t for i in body if i < _STAMP_WINDOW and lines[i].startswith("关于") for t in [_text_under_title(lines, body, i)]
                        if t is not None), None)
    if opening is not None:  # a title over the text, no preamble: the head ends at the title
        return _head_start(lines, flags, opening), None, None, None
    stamp = next((i for i in range(min(len(lines), _STAMP_WINDOW)) if flags[i] and _STAMP.match(lines[i])), None)
    if stamp is not None:
        headline = next((i for i in range(stamp - 1, -1, -1) if not flags[i]), None)
        return (headline if headline is not None else stamp), None, None, None
    return 0, None, None, None


def _head_under_lead(lines: list[str], body: list[int], p: int) -> int | None:
    """The first line of the notice's head right under line ``p``, when ``p`` is a reporter's lead that ends as a
    preamble does (…，公告如下：, 完整公告：) and the head under it is a title or none, then the addressee line
    (尊敬的市民和观众朋友：; held-out 217 ro09, 12 o09, 135 ok04): a notice's own preamble comes after its addressees.

    >>> _head_under_lead(["3日，记者获悉某馆发布公告，公告如下：", "尊敬的观众朋友：", "即日起闭馆。"], [0, 1, 2], 0)
    1
    >>> _head_under_lead(["完整公告：", "紧急通知", "各位居民朋友：", "即日起管控。"], [0, 1, 2, 3], 0)
    1
    >>> _head_under_lead(["为做好防控，现通知如下：", "一、各乡镇：", "即日起管控。"], [0, 1, 2], 0)
    """
    below = [i for i in body if i > p][: _TITLE_LINES + 1]
    for i in below:
        if _ADDRESSEES.match(lines[i]) and not match_marker(lines[i]) and names_addressees(lines[i]):
            return below[0]
        if _CLAUSE_MARK.search(lines[i]):
            return None
    return None


def _signed_before(lines: list[str], body: list[int], head: int) -> int | None:
    """The first line of text of a whole notice above line ``head`` (a title naming its kind over text, then a
    signature's date), when a page runs a second notice on after the first: it carries the first (held-out 122 nx02,
    131 og09). A 通报 over the notice reports on it (held-out 56 lj03).

    >>> _signed_before(["某县关于解除静态管理的公告", "经研判，解除静态管理。", "某县指挥部", "2022年8月22日",
    ...                 "某县关于延长静态管理的公告", "现将有关事项公告如下："], list(range(6)), 4)
    1
    >>> _signed_before(["某县关于延长静态管理的公告", "经研判，延长静态管理。", "现将有关事项公告如下："], list(range(3)), 0)
    """
    for t in (i for i in body if i < head and not lines[i].endswith("通报")):
        text = _text_under_title(lines, body, t)
        if text is not None and text < head and any(SIGNATURE_DATE.match(lines[j]) for j in range(text, head)):
            return text
    return None


def _under_own_head(lines: list[str], body: list[int], i: int) -> bool:
    """Line ``i`` stands under the notice's own number (or title), a short label at most between them,
    no reporter's lead: words that announce what follows (…详情如下：) are the notice's own then.

    >>> _under_own_head(["某地区办公室公告", "2022〔5号〕", "具体情况", "8月7日发现4例。详情如下："], [0, 1, 2, 3], 3)
    True
    >>> _under_own_head(["某村解除管控", "据某公众号消息，某村解除管控。详细通告如下："], [0, 1], 1)
    False
    """
    above = [j for j in body if i - _TITLE_LINES <= j < i]
    for j in reversed(above):
        if is_lead(lines[j]):
            return False
        if NUMBER_LINE.match(lines[j]) or names_kind(lines[j]) and _is_title_text(lines[j]) and lines[j].startswith("关于"):
            return True
    return False


def _sourced(frame: str) -> bool:
    """A source's frame (据…, …消息), not the reporter's own words."""
    return "据" in frame or "消息" in frame


def _title_after(lines: list[str], body: list[int], preamble: int, provision: int | None) -> int | None:
    """A title of the notice's own (关于…的通告) standing over a sentence of its text between
    a line ending in 如下： and the first provision: the line ending in 如下： was a page's
    report before the notice (…收费站情况如下： / its lists), and the notice starts at its title.

    >>> _title_after(["我省关闭的收费站情况如下：", "甲站、乙站。", "某县关于实行静态管理的通告", "根据疫情形势，决定实行静态管理。",
    ...               "一、静态管理时间。"], [0, 1, 2, 3, 4], 0, 4)
    2

    Not when a title stands over the line ending in 如下：: that is the notice's own head,
    and a title under its preamble is a document it quotes or transmits.

    >>> _title_after(["关于转发有关文件的通知", "现将有关事项通知如下：", "关于加强防控的通知", "为做好防控，特通知。",
    ...               "一、暂停营业。"], [0, 1, 2, 3, 4], 1, 4) is None
    True
    """
    if any(names_kind(lines[i]) and _is_title_text(lines[i]) for i in body if preamble - _TITLE_LINES <= i < preamble):
        return None
    end = provision if provision is not None else len(lines)
    titles = [i for i in body if preamble < i < end - 1 and "关于" in lines[i] and names_kind(lines[i]) and is_title_line(lines[i])
              and re.search(r"[。！？；]$", lines[i + 1])]
    return titles[-1] if titles else None


# The poster's account or column a blog post prints under its title (某小学致家长一封信 / 含蓄 / 尊敬的家长朋友们：):
# a short line with no punctuation that names no kind of document.
_POSTER_MAX = 20
_PUNCTUATED = re.compile(r"[。，,；;：:！!？?、（）()]")


def poster_line(line: str) -> bool:
    """A line that may be the poster's name under a post's title.

    >>> poster_line("含蓄"), poster_line("某县金钟镇第三中学校宣传部"), poster_line("尊敬的家长朋友们："), poster_line("关于加强防控的通知")
    (True, True, False, False)
    """
    return len(line) <= _POSTER_MAX and not _PUNCTUATED.search(line) and not names_kind(line)


def _under_title_addresses(lines: list[str], body: list[int], k: int) -> bool:
    """The k-th body line is an addressee line right under a title naming its kind, or under the poster's
    line under it (held-out 143 os08, 146 ov06)."""
    i = body[k]
    return k > 0 and (_addresses(lines, body[k - 1], i) or k > 1 and poster_line(lines[body[k - 1]]) and _addresses(lines, body[k - 2], i))


def _addresses(lines: list[str], previous: int, i: int) -> bool:
    """Line ``i`` is an addressee line (广大市民朋友：) right under a title naming its kind."""
    line, title = lines[i], lines[previous]
    return (
        bool(_ADDRESSEES.match(line))
        and len(line) <= _TITLE_MAX
        and not match_marker(line)
        and not rules().preamble.search(line)
        and is_title_line(title)
        and names_kind(title)
    )


def _text_under_title(lines: list[str], body: list[int], i: int) -> int | None:
    """The first line of text, when line ``i`` is a title naming its kind (…公告) right
    over a sentence of text, or over the number printed under the title."""
    after = next((j for j in body if j > i and not NUMBER_LINE.match(lines[j])), None)
    if after is None or not is_title_line(lines[i]) or not names_kind(lines[i]):
        return None
    return after if _TEXT_LINE.search(lines[after]) else None


def _later_copy(lines: list[str], flags: list[bool], preamble: int, first: int, end: int) -> tuple[int, int] | None:
    """Where a page that prints the notice a second time starts its second copy: the
    copy's headline and lead, and its head; found at a repeat of the preamble before
    the notice's end (after it, the copy is chrome like the rest)."""
    repeat = next((j for j in range(preamble + 1, end) if lines[j] == lines[preamble]), None)
    if repeat is None:
        return None
    head = start = _head_start(lines, flags, repeat)
    # Back to the first copy's last line: its signature date, at the latest.
    while start > first + 1 and not SIGNATURE_DATE.match(lines[start - 1]) and _is_copy_chrome(lines[start - 1], flags[start - 1]):
        start -= 1
    return start, head


def _is_copy_chrome(line: str, flagged: bool) -> bool:
    """The headline, 原标题 and lead that a second copy of the notice comes with."""
    if flagged or is_lead(line) or line.startswith("据"):
        return True
    return len(line) <= _TITLE_MAX and not _SENTENCE_STOP.search(line) and not match_marker(line)


def _cell_date(line: str) -> str:
    """A signature date, or a title naming its kind, with the separator of the page's table after it is
    the date (the title).

    >>> _cell_date("2022年8月31日 |"), _cell_date("网站声明 |"), _cell_date("5月22日，某区关于划定封控区的通告 |")
    ('2022年8月31日', '网站声明 |', '5月22日，某区关于划定封控区的通告')
    """
    cell = line.endswith(("|", "｜")) and re.fullmatch(r"(.+?)\s+[|｜]", line)
    titled = cell and "关于" in cell.group(1) and names_kind(cell.group(1)) and is_title_line(cell.group(1))
    return cell.group(1) if cell and (SIGNATURE_DATE.match(cell.group(1)) or titled) else line


def find_notice(text: str) -> Page:
    """Cut a page to the notice it carries; the rest is chrome.

    >>> page = find_notice("当前位置：首页 > 通知公告\\n关于加强防控的通告\\n为做好防控，现通告如下：\\n"
    ...                    "一、暂停营业。\\n特此通告。\\n某区指挥部\\n2020年1月28日\\n上一篇：某某\\n分享到")
    >>> page.lines
    ['关于加强防控的通告', '为做好防控，现通告如下：', '一、暂停营业。', '特此通告。', '某区指挥部', '2020年1月28日']
    >>> page.chrome
    ['当前位置：首页 > 通知公告', '上一篇：某某', '分享到']
    """
    lines = [_cell_date(line.strip()) for line in text.split("\n") if line.strip()]
    if len(_HEADINGS.findall(text)) >= 3:  # a newspaper page of several articles
        return Page(lines)
    flags = _chrome_flags(lines)
    page_title, page_date = _wiki_header(lines, flags)
    start, found, preamble, lead = _start(lines, flags)
    if found is None and start == 0:  # (nothing found the notice's start: it is after the guide's digest, if any,
        # and after the guide's headline printed again under it)
        start = next((i + 1 for i in range(min(len(lines), _STAMP_WINDOW) - 1, -1, -1) if rules().digest.match(lines[i])), 0)
        while 0 < start < len(lines) and lines[start] in lines[:start]:
            start += 1
    while start + 1 < len(lines) and rules().digest.match(lines[start]):
        start += 1
    end = _end(lines, start)
    if found is None and _cut_tail(lines[start:end]) and end < len(lines) and _another_notice(lines, start, end):
        # A round-up page opening with the cut tail of the notice before it (5.… 7.… / its signature): the page's
        # notice is the one after that signature.
        after, found, preamble, lead = _start(lines[end:], flags[end:])
        start, preamble, lead = (None if i is None else i + end for i in (after, preamble, lead))
        end = _end(lines, start)
    if end == len(lines) and end - 1 > start and _CUT_TAIL.fullmatch(lines[-1]):
        end -= 1  # the page was cut a character or two into the next line (…依法追究。 / 百)
    keep = [not f and start <= i < end for i, f in enumerate(flags)]
    copy = _later_copy(lines, flags, preamble, start, end) if preamble is not None else None
    if copy is not None:
        # The second copy's headline and lead are chrome; what it repeats of the first is dropped.
        earlier = re.sub(r"\s", "", "".join(lines[start : copy[0]]))
        for i in range(copy[0], end):
            keep[i] = keep[i] and i >= copy[1] and re.sub(r"\s", "", lines[i]) not in earlier
    # A notice found in a reporter's page is cut out of the frames the reporter spliced into its
    # sentences; a page where none was found (a report) keeps the reporter's words as printed.
    first = next((i for i, k in enumerate(keep) if k), None)
    if found and first and not keep[first - 1] and _framed_opening(lines[first - 1]):
        keep[first - 1] = True  # the notice's words after the reporter's frame over its text
    kept = [line for line, k in zip(lines, keep) if k]
    chrome = [line for line, k in zip(lines, keep) if not k]
    if found:
        frames = [without_frame(line) for line in kept]
        chrome += [frame for frame, _ in frames if frame]
        kept = [rest for _, rest in frames if rest]
    credited = [without_credit(line) for line in kept]
    chrome += [credit for _, credit in credited if credit]
    kept = [rest for rest, _ in credited]
    # A lead names the notice and its day, wherever the page put it (a second copy's lead);
    # else a reporter's briefing lead dates it.
    lead_line = lines[lead] if lead is not None else next(
        (c for pattern in (rules().lead, rules().briefing) for c in chrome if pattern.search(c)), None)
    page_title = page_title or _original_title(chrome) or _headline(lines, start)
    return Page(kept, chrome, found, lead_line, page_title, page_date)


def without_frame(line: str) -> tuple[str, str]:
    """(the reporter's frame a line opens with, the notice's words after it).

    >>> without_frame("通告称，根据目前疫情防控需要，现通告如下：")
    ('通告称，', '根据目前疫情防控需要，现通告如下：')
    >>> without_frame("8月11日晚，记者从某市指挥部获悉，根据有关规定，调整风险等级如下：")
    ('8月11日晚，记者从某市指挥部获悉，', '根据有关规定，调整风险等级如下：')
    >>> without_frame("根据通告要求，各单位暂停营业。")
    ('', '根据通告要求，各单位暂停营业。')
    """
    m = rules().frame.match(line)
    return (m.group(), line[m.end():].lstrip()) if m else ("", line)


def without_credit(line: str) -> tuple[str, str]:
    """(a paragraph, the credit in brackets closing it after its last sentence).

    >>> without_credit("五、做好个人防护。(总台记者 某某 某某)"), without_credit("请居民配合。（某某发布）")
    (('五、做好个人防护。', '(总台记者 某某 某某)'), ('请居民配合。', '（某某发布）'))
    >>> without_credit("本通告自发布之日起实施。（此件公开发布）"), without_credit("由某社区负责（某某网）")
    (('本通告自发布之日起实施。（此件公开发布）', ''), ('由某社区负责（某某网）', ''))
    """
    m = re.search(rf"(?<=[。！？])\s*({rules().credit.pattern})\s*$", line)
    return (line[:m.start()], m.group(1)) if m else (line, "")


def _framed_opening(line: str) -> bool:
    """A reporter's lead whose frame runs into the notice's opening words (…记者从某县指挥部
    获悉，根据…规定，…): the words after the frame are the notice's (adjudication Q8)."""
    frame, rest = without_frame(line)
    return bool(frame) and bool(rules().opening.match(rest)) and not rules().lead.search(rest)


# (in brackets and book-title marks too: （原标题：《告某区居民书》）)
_ORIGINAL_TITLE = re.compile(r"^[（(]?原标题\s*[:：]\s*《?(.+?)》?[）)]?$")

# What a page cut a character or two into the next line leaves on a line of its own at its
# end (…立即报告。 / 百). Run on to the last sentence (…另行通知。恳) it stays, as printed (real a14).
_CUT_TAIL = re.compile(r"[\u4e00-\u9fff]{1,2}")


def _original_title(chrome: list[str]) -> str | None:
    """The notice's title a repost gives under ``原标题：`` when it names its kind (not a
    headline's original headline: 原标题：某市，解封).

    >>> _original_title(["刚刚！某市发布重要通告", "原标题：某市指挥部关于加强管控的通告"])
    '某市指挥部关于加强管控的通告'
    >>> _original_title(["原标题：某市，解封"]) is None
    True
    >>> _original_title(["（原标题：《告某区居民书》）"]), _original_title(["原标题：某省指挥部令 第7号"])
    ('告某区居民书', '某省指挥部令第7号')
    """
    for line in chrome:
        m = _ORIGINAL_TITLE.match(line)
        # (its number perhaps set off by a space: 原标题：某省指挥部令 第7号)
        title = m and re.sub(r"\s+(?=第\s*\d{1,4}\s*号$)", "", m.group(1).strip())
        if title and names_kind(title) and is_title_line(title):
            return title
    return None


# Words a headline opens with before an exclamation mark: bait, never the title (重磅！, 天天资讯！).
_BAIT_BEFORE = re.compile(r"^[^。！!？?，,：:]{1,12}[！!]+\s*(?=\S{6})")
# A site's label set before the title with a colon: its place (某县：某镇关于…的通告), its field (标题：)
# or its forwarding (转发某办通知：): no part of the title, which must still stand in its issuer's form.
_LABEL_BEFORE = re.compile(r"^[\u4e00-\u9fff]{1,8}[：:]\s*(?=\S{6})")
_DOUBLED = re.compile(r"^(\S{6,60})\s+\1\S{0,8}$")


def _headline(lines: list[str], start: int) -> str | None:
    """The page's headline over the notice when it names the notice with its number
    (某市指挥部通告（第9号）), its words perhaps spaced out; the text under it may open
    with a title of its own (关于…的通告) or with no title at all.

    >>> _headline(["某市疫情 工作领导小组指挥部通告 （第9号）", "2020-02-12  点击：", "关于开展扫码行动的通告"], 2)
    '某市疫情工作领导小组指挥部通告（第9号）'
    >>> _headline(["某市：开展扫码行动", "关于开展扫码行动的通告"], 1) is None
    True

    A content farm prints its headline twice for search engines, the second time with a
    word added: the headline is the first.

    >>> _headline(["某市防控工作通告 某市防控工作通告最新", "为做好防控，现通告如下："], 1)
    '某市防控工作通告'

    A farm's cry before it (天天资讯！…, 重磅！！…) is no part of it:

    >>> _headline(["每日资讯！10月25日某市关于调整风险区域的通告（第18号）", "2022-10-26 19:59:01", "根据…，现通告如下："], 2)
    '10月25日某市关于调整风险区域的通告（第18号）'

    Or when it is a title in the issuer's own form, with no number (the page printing the
    notice's title only as its headline): 最新发布！某区关于…的通告 / 2022-11-28 14:44:00.

    >>> _headline(["最新发布！某区关于划定部分区域为高风险区的通告", "2022-11-28 14:44:00", "为有效阻断传播，现通告如下："], 2)
    '某区关于划定部分区域为高风险区的通告'
    >>> _headline(["某地禁止聚集赏花通知", "发布日期：2020-04-16", "一、禁止聚集。"], 2) is None
    True

    A site's label before it with a colon (its place, 标题：) is no part of it, nor a colon after it:

    >>> _headline(["某县：某家镇关于清明祭扫的通告", "时间：2020-03-13", "根据…，现通告如下："], 2)
    '某家镇关于清明祭扫的通告'
    >>> _headline(["某区关于暂时关闭大集的通告：", "全区广大人民群众："], 1), _headline(["某指挥部27日发布关于划定中风险区的通告（第30号）：", "为…"], 1)
    ('某区关于暂时关闭大集的通告', None)
    """
    for i in reversed(range(max(0, _over_widgets(lines, start) - _LEAD_WINDOW), start)):
        line = _LABEL_BEFORE.sub("", _BAIT_BEFORE.sub("", lines[i]))
        doubled = _DOUBLED.match(line)
        if doubled and names_kind(doubled.group(1)) and is_title_line(doubled.group(1)):
            return doubled.group(1)
        line = re.sub(r"\s", "", line)
        line = colon_title(line) or line  # (a title a copy printed with a colon over the text; not a lead)
        if (_NUMBER_AFTER_TITLE.search(line) or _formal_title(line)) and names_kind(line) and is_title_line(line):
            return _with_issuer_above(lines, i, line)
    return None


def _over_widgets(lines: list[str], start: int) -> int:
    """Where the lines over the text begin once the page's widgets listed as bullets right over it
    (• 2022-09-04 18:50:22 / • 来源：… / • 分享到) are passed: a site's toolbar, however many
    widgets it lists, holds nothing of the notice and does not count in the lead window.

    >>> _over_widgets(["某区关于调整风险区域的通告", "• 听全文", "• 2022-09-04 18:50:22", "• 分享到", "•", "根据…"], 5)
    1
    >>> _over_widgets(["某区关于调整风险区域的通告", "• 各单位要落实责任。", "根据…"], 2)
    2
    """
    while start > 0 and _BULLET.match(lines[start - 1]) and is_chrome(lines[start - 1]):
        start -= 1
    return start


def _with_issuer_above(lines: list[str], i: int, title: str) -> str:
    """A headline's 关于… title with its issuer's name printed on the line over it (某县交通运输局 /
    关于…的通告), as the title block prints it: the title with it (adjudication Q12).

    >>> _with_issuer_above(["某县交通运输局", "关于临时停运的通告"], 1, "关于临时停运的通告")
    '某县交通运输局关于临时停运的通告'
    >>> _with_issuer_above(["首页 > 通知公告", "关于临时停运的通告"], 1, "关于临时停运的通告")
    '关于临时停运的通告'
    """
    above = re.sub(r"\s", "", lines[i - 1]) if i > 0 else ""
    return above + title if len(above) <= _ISSUER_MAX and issuer_over_about(above, title) else title


_ISSUER_MAX = 40  # as long as a signing body's name may be


def issuer_over_about(line: str, below: str) -> bool:
    """A place's body named on its own line over the 关于… line of its title (adjudication Q12:
    the title block's issuer is part of the title).

    >>> issuer_over_about("某县疫情防控领导小组办公室", "关于延长静态管理的通告"), issuer_over_about("工作领导小组", "关于…的通告")
    (True, False)

    Or a museum, library or hospital by its own name, which need not open with a place (某某商博物馆 / 关于…的公告;
    held-out 213 rk08, 156 pf02).

    >>> issuer_over_about("某某晋商博物馆", "关于疫情防控期间开放的公告"), issuer_over_about("某某公园", "关于…的公告")
    (True, False)
    """
    return below.startswith("关于") and ends_with_body(line) and bool(PLACE.match(line) or NAMES_INSTITUTION.search(line))


# A hospital, school or centre naming itself at the head of its notice, no reporter's verb after it.
# (what it rules named after it: not a site's 某医院最新公告 over a lead naming the notice)
_INSTITUTION = "(?:医院|学校|大学|学院|中学|小学|幼儿园|中心)"
_INSTITUTIONS = re.compile(rf"(?!.*{_INSTITUTION}(?:最新|紧急|重要|特别)*{KIND}$)[\u4e00-\u9fff]{{2,20}}?{_INSTITUTION}"
                           r"(?![^，,。：:]*?(?:发布|发出|公布))(?=[^，,。：:！!]{2,40}$)")


def _formal_title(line: str) -> bool:
    """A title in the form an issuer gives its own document, not a site's or a reporter's words
    naming a kind (某地禁止聚集赏花通知, 某地发布关于…的通告): 关于…, its issuer's place or name
    alone before it (某区关于…的通告), or a body's name and the kind, an order's number perhaps
    between (某县疫情防控指挥部通告, 某市指挥部7号令).

    >>> _formal_title("某区关于划定部分区域为高风险区的通告"), _formal_title("某县疫情防控指挥部通告"), _formal_title("某市指挥部7号令")
    (True, True, True)
    >>> _formal_title("某地禁止聚集赏花通知"), _formal_title("某州发布关于做好防控的通告"), _formal_title("某市指挥部发布4号令")
    (False, False, False)

    Or an institution's own notice to those it serves, its name opening it (某县人民医院近期就诊患者须知,
    某大学2021年春季学期开学通知); not a reporter's words on it (某医院发布就诊须知):

    >>> _formal_title("某县人民医院近期就诊患者须知"), _formal_title("某某学院2021年春季学期开学通知"), _formal_title("某县医院发布最新就诊须知")
    (True, True, False)
    >>> _formal_title("某某大学第四医院最新公告")
    False
    """
    if _INSTITUTIONS.match(line):
        return True
    if "关于" in line:
        before = line.split("关于", 1)[0]
        return not before or bool(ISSUING_PLACE.fullmatch(before)) or ends_with_body(before)
    kind = re.search(rf"(?:\d{{1,4}}号)?(?:{KIND_AFTER_BODY})$", line)
    return bool(kind) and ends_with_body(line[: kind.start()])

