"""Repair text scraped from web pages: page debris, run-together blocks, repeats.

All functions take and return text with one paragraph per line.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import islice

from .kinds import KIND
from .markers import CLOCK, CN_DIGITS, PAGE_DAY, match_marker
from .chrome import SIGNATURE_DATE, ends_with_body
from .metadata import RUN_IN_SIGNATURE, calendar_date, dated_long_before, reposted_within

_SIGNED = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年"  # the date line under a signature
_BOUNDARY = "。！？；）)”」"  # what a sentence starts after, besides a line break
_LINE_BOUNDARY = "\n" + _BOUNDARY


def _each(words: tuple[str, ...], rest: str) -> str:
    """``(?:word|word…)rest`` as one alternative per word: when every alternative of
    a pattern opens with a plain character, the regex engine skips ahead to those
    characters instead of trying each alternative at every position of the text."""
    return "|".join(word + rest for word in words)


def _bracketed_credit(opening: str, closing: str, labels: tuple[str, ...], nested: str = "") -> str:
    """A credit line's label and value inside one pair of brackets, the value up to 30 characters holding
    no closing bracket (nor a ``nested`` opening one) and no line break."""
    return (rf"[{opening}][^\S\n]*(?:{'|'.join(labels)})[^\S\n]*[:：][^{closing}{nested}\n]{{1,30}}[{closing}]")


# Web-page furniture that is never part of a notice. The patterns are bounded so a
# sentence of the notice itself is never swallowed.
DEBRIS = re.compile(
    "|".join(
        (
            r"<\s*/?\s*br\s*/?\s*>",
            _each(("发布", "发表", "发稿", "发文", "印发", "成文", "编辑", "更新"), rf"(?:日期|时间)\s*[:：]\s*{PAGE_DAY}(?:\s*{CLOCK})?"),
            # the editor's credit in a news site's brackets, taken whole (【编辑：某某】): its label alone
            # would leave the open bracket as a line of text; so in round brackets, with its source's too
            # ((责任编辑:某某), (来源:某某日报); held-out 12 o05, 36 kp08, 54 lh01, 106 nh09 kept the open bracket as a paragraph)
            _bracketed_credit("【", "】", ("责任编辑", "编辑", "责编")),
            _bracketed_credit("（(", "）)", ("责任编辑", "编辑", "责编", "来源"), nested="（("),
            # (its value on its line: an empty label takes nothing from the line under it; a farm's 内容来源:互联网 whole,
            # not its 来源 alone, which left 内容 a line of text over the notice: held-out 173 pw03, as 74 mb04, 177 qa10; a
            # mirror's 本文来源: over its footer stamp likewise left 本文: 197 qu04, 220 rr02)
            _each(("来源", "信息来源", "文章来源", "内容来源", "本文来源", "作者", "责任编辑", "编辑"), r"[^\S\n]*[:：][^\S\n]*[^\s。，；：:]{1,30}?(?=发布(?:日期|时间|[:：])|点击|浏览|字号|来源|编辑|作者|审核|【|\s|$)"),
            # An empty counter must not take the number opening the next paragraph.
            _each(("点击", "浏览", "阅读"), r"(?:数|量|次数)?[^\S\n]*[:：][^\S\n]*\d+[^\S\n]*次?"),
            r"文件下载\s*[:：]?[^\n]{0,200}?\.(?:docx?|pdf|wps|xlsx?|zip|rar|ofd)",
            r"【\s*字[体号]\s*[:：]?\s*大\s*中\s*小\s*】|【\s*(?:打印本页|关闭窗口|我要打印)\s*】",
            _each(("打印本页", "关闭窗口", "扫一扫在手机打开当前页"), ""),
            r"分享到[^\S\n]*[:：]?(?:[^\S\n]*\d+(?!\S))?",  # with its colon, or the count of shares beside it
            # a font-colour picker, a page clock's label, a repost's credit glued to the last
            # sentence, a newspaper's continuation mark
            r"字体颜色[^\S\n]*[:：]?(?:[^\S\n]*\[[^\]\n]{1,2}\])+",
            r"当前时间[^\S\n]*[:：]",
            r"[（(]本文来自[^（）()\n]{2,60}[）)]",
            # a content farm's column tag and headline, pasted into the text it copies
            # (【疫情|1月25日起 某市高风险区清零】2.某镇：某村)
            r"【[^【】\n|｜]{1,10}[|｜][^【】\n]{2,40}】",
            # … or its headline alone, run into the item it stands before
            # (【某区什么时候解封?附具体时间及各阶段管控措施】第二阶段…)
            rf"【[^【】\n]{{12,60}}】(?=第[{CN_DIGITS}]+|[（(]?[{CN_DIGITS}]+[、）)]|\d{{1,2}}[、.．])",
            # … or dated, opening the line it was run into (【8月25日某县部分区域风险等级调整】我县…)
            r"(?m:^)【[^【】\n]{0,20}\d{1,2}月\d{1,2}日[^【】\n]{4,50}】(?=\S)",
            # … or before the signature's date, on the date's line (【某区风险等级调整通告】2022年8月30日)
            r"(?m:^)[^\S\n]*【[^【】\n]{4,60}】(?=[^\S\n]*\d{4}[^\S\n]*年[^\S\n]*\d{1,2}[^\S\n]*月[^\S\n]*\d{1,2}[^\S\n]*日[^\S\n]*(?m:$))",
            r"[（(](?:上接|下转)第?[^\S\n]*\d{1,2}[^\S\n]*版[）)]",
            # the line Empire CMS (帝国CMS) injects between the paragraphs of the pages it builds
            r"拥有帝国一切[,，]\s*皆有可能[。.]?\s*欢迎访问\s*phome\.net",
        )
    ),
    re.IGNORECASE,
)
# The date under its label; a bare 日期 only after a space or at a line's start (not 检测日期).
# A page's posting stamp (更新时间：…) dates it too, and so does a mirror's stamp of its last update
# (来源: 最后更新:22-12-01 09:38:45) unless the page shows it came long after the notice
# (adjudication Q21: real a13 stays null; see published_date).
_PUBLISHED = re.compile(rf"(?:(?:发布|发表|发稿|发文|印发|编辑|公布|公开|成文)(?:日期|时间)\s*[:：]|^(?:[^\s\d]\S{{0,19}}[^\S\n]+)?发表于|(?:^|\s)日期\s*[:：]"
                        rf"|(?<!最后)更新(?:日期|时间)\s*[:：]|(?P<mirror>(?<=来源)[:：\s]*最后更新\s*[:：]))\s*"
                        rf"(?P<date>{PAGE_DAY}|\d{{2}}-\d{{1,2}}-\d{{1,2}}(?=\s+{CLOCK}))", re.M)
# What follows a page's 时间 stamp on its line: the page's next label (作者:, 浏览量:), a bracketed tag (【原创】), or nothing.
_NEXT_LABEL = r"[^\S\n]*(?:[\u4e00-\u9fff]{2,4}[^\S\n]*[:：]|【|$)"
# The labels a page prints beside its date; none opens a notice's sentence after a date.
_PAGE_LABEL = "来源|作者|点击|浏览|阅读|访问|人气|热度|字号|编辑|责任编辑|责编|发布"
# A news page's time stamp under its headline: 2020-03-26 23:53:17 来源：新华网, or with its
# view counter after the time (… 08:30  浏览：12)
_STAMPED = re.compile(
    # (来源：互联网 2023-05-11 18:14:03; a post's 2021-09-22 22:08·某某官方账号, or its 【我要纠错】 link, or a forum's
    # row of counters: 2022/04/09 15:06:37 发布126706 浏览0 回复0 点赞)
    rf"^[^\S\n]*(?:来源\s*[:：]\s*[^\s\d]{{2,20}}\s*)?(?P<date>{PAGE_DAY})\s*{CLOCK}"
    r"(?=\s*(?:来源|(?:点击|浏览|阅读)(?:数|量|次数)?\s*[:：]|[·|｜]?(?:(?:[\u4e00-\u9fff]{2,20}|[A-Za-z][A-Za-z0-9_.]{1,20})[^\S\n]*){1,4}$|【|$|(?:[\u4e00-\u9fff]{2,3}[^\S\n]*\d+[^\S\n]*)+[\u4e00-\u9fff]{0,3}[^\S\n]*$))"
    r"|^来源\s*[:：]\s*\S{2,40}\s+(?P<sourced>\d{4}-\d{1,2}-\d{1,2})\s*$"
    # a stamp opening its line with a two-digit year, its clock and the source's label after it (22-08-17 10:15 来源：某某网)
    r"|^[^\S\n]*(?P<short_year>\d{2}-\d{1,2}-\d{1,2})[^\S\n]+\d{1,2}:\d{2}(?::\d{2})?[^\S\n]+(?:来源|作者|编辑)[^\S\n]*[:：]"
    r"|^(?P<counted>\d{4}-\d{1,2}-\d{1,2})\s+(?:点击|浏览|阅读)(?:数|量|次数)?\s*[:：]"
    # (or its day in 年月日 on the counter's line: 2022年04月17日 浏览:, 2022年03月17日   点击数:)
    r"|^(?P<counted_day>\d{4}年\d{1,2}月\d{1,2}日)[^\S\n]+(?:点击|浏览|阅读)(?:数|量|次数)?[^\S\n]*[:：]"
    # a day and the site that carried it (2022-10-14     某某新闻网)
    r"|^(?P<sited>\d{4}-\d{1,2}-\d{1,2})[^\S\n]+[\u4e00-\u9fff]{2,12}(?:网|报|台|号|发布)[^\S\n]*$"
    # a content farm's column tag run into its stamp and author (社会热点2022-11-26 10:15:45未知)
    r"|^[\u4e00-\u9fff]{2,6}(?P<tagged>\d{4}-\d{2}-\d{2})\s+\d{2}:\d{2}:\d{2}[\u4e00-\u9fff]{0,6}$"
    # or the day with the tag run in after it (2022-08-11城市文化)
    r"|^(?P<tag_after>\d{4}-\d{2}-\d{2})[\u4e00-\u9fff]{2,6}$"
    # a WeChat account's byline: its name (in one to three words) and the day it posted; not an item
    r"|^[^\S\n]*(?![（(]?[一二三四五六七八九十]{1,3}[、.．)）])(?:[^\s\d]\S{1,15}[^\S\n]+){1,3}(?P<byline>\d{4}-\d{2}-\d{2})(?:[^\S\n]+\d{1,2}:\d{2})?[^\S\n]*$"
    # a stamp broken over lines: 2022 / 02/07 / 16:09
    r"|^(?P<broken>\d{4}\s*\n\s*\d{2}/\d{2})\s*\n\s*\d{1,2}:\d{2}\s*$"
    # a forum post's age with its day in brackets (2年前 (2023-01-13)), or its author and
    # time on the printable page of a thread (作者: 某某    时间: 2022-9-17 17:13)
    r"|^\d{1,2}\s*(?:年|个月|天|小时)前\s*[(（](?P<aged>\d{4}-\d{1,2}-\d{1,2})[)）]"
    r"|^作者\s*[:：][^\S\n]*\S{1,20}[^\S\n]+时间\s*[:：][^\S\n]*(?P<posted>\d{4}-\d{1,2}-\d{1,2})"
    # a bare 时间 label over the page, with its clock time (时间:2022-09-14 18:43:04 | 浏览:685);
    # a notice's own 时间： lines give days, not a machine's stamp
    r"|^(?:来源[^\S\n]*[:：][^\S\n]*\S{2,20}[^\S\n]+)?时间[^\S\n]*[:：][^\S\n]*(?P<timed>\d{4}-\d{1,2}-\d{1,2})[^\S\n]+\d{1,2}:\d{2}"
    # … or with the page's next label after the day instead of a clock (时间:2021-08-05 来源:…,
    # 时间:2022-09-30人气:, 时间:2021-08-31    点击: 次, 时间:2021-02-22    部门:, 时间:2022-04-11   浏览量:213), a
    # bracketed tag (时间:2021-08-04     【原创】), or alone on its line; the day with dashes or slashes (时间:2021/5/4来源:)
    rf"|^时间[^\S\n]*[:：][^\S\n]*(?P<labeled>\d{{4}}[-/]\d{{1,2}}[-/]\d{{1,2}})(?={_NEXT_LABEL})"
    # … or after the page's other labels on its line, its day however written (发布机构: 索引号:163… 时间:2021-10-26  作者:,
    # 作者:   时间:2020-05-20   点击数:, 来源:    时间:2020年10月28日): a notice's own 时间 line opens with its label
    rf"|^(?:[^\S\n]*[\u4e00-\u9fff]{{2,4}}[^\S\n]*[:：][^\n]{{0,30}}?[^\S\n])+时间[^\S\n]*[:：][^\S\n]*(?P<among_labels>{PAGE_DAY})(?={_NEXT_LABEL})"
    # … its day in 年月日 with the page's next label after it (时间:2021年01月11日 点击次数:14332); alone on its
    # line, a day so written may be the notice's own 时间 line (held-out 170 pt07, 217 ro10)
    rf"|^时间[^\S\n]*[:：][^\S\n]*(?P<labeled_day>\d{{4}}年\d{{1,2}}月\d{{1,2}}日)(?=[^\S\n]*(?:{_PAGE_LABEL})[^\S\n]*[:：]?)"
    # a day written day first, its clock after it, alone on its line under a mirror's headline (02.08.2022  16:40;
    # held-out 46 kz09, 126 ob05, 197 qu04, 215 rm09, 220 rr02)
    rf"|^[^\S\n]*(?P<day_first>\d{{2}}\.\d{{2}}\.\d{{4}})[^\S\n]+{CLOCK}[^\S\n]*$"
    # a day in any form, its clock perhaps, then the source or editor label (2021年07月31日 来源:…)
    rf"|^[^\S\n]*(?P<sourced_day>{PAGE_DAY})[^\S\n]*(?:{CLOCK})?[^\S\n]*[|｜]?[^\S\n]*(?:来源|作者|责任编辑|编辑)[^\S\n]*[:：]"
    # a post's category over the day it was filed, written with slashes (疫情防控 / 2021/8/22: held-out 171 pu02,
    # 189 qm07, 195 qs04); not a label of time over a day of the notice's (开学时间 / 2021/8/25 is the term's, 184 qh07)
    r"|^[^\S\n]*(?![\u4e00-\u9fff]*时间)[\u4e00-\u9fff]{2,6}[^\S\n]*\n\s*(?P<filed>\d{4}/\d{1,2}/\d{1,2})[^\S\n]*$", re.M
)
# A machine's stamp (a day and its clock) anywhere in a line of the page's header that holds
# no sentence: after the account or desk that posted it (央视新闻客户端2022-09-01 09:59, 网络编辑
# 某市 2021-12-24 10:03:14 0 疫情 防控), or at the end of the breadcrumbs (…> 正文  2022-03-23 10:20:41).
# Only in the header: a body's timetable may print days and hours. Whatever the site labels
# around it (2022-10-14 16:03:00 稿源：…, 来源：… 时间：2022年02月11日 08:50 点击率：, 2022年01月14日
# 20:53:51 访问量：…), its day written with dashes or in 年月日; not a regime's start or a
# timetable's hours (…16:00起, 7:00—14:00). (A forum's poster stamp, 某某 - 2024/4/26 20:20:00, is
# left out: the gold splits on such repost stamps long after the notice, MISSES-63-74-metadata D3.)
_HEADER_STAMP = re.compile(r"^[^\n。，；！？,]{0,60}?(?<![\d-])(?P<date>\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)"
                           rf"[^\S\n]*{CLOCK}(?![\d:：]|[^\S\n]*(?:[—－–\-~～]|起|至|到|前|后|开始))"
                           r"[^\n。，；！？,]{0,40}$", re.M)
_HEADER_LINES = 12
_SENTENCE = re.compile(r"[^。！？；]*(?:[。！？；]+[”’」』）)]*|$)")
# Where a run-together scrape hides paragraph breaks: around the signature's date line
# (a provision run into the sentence before it is ``pastes.split_run_items``'s).
# A break after punctuation takes the mark with it rather than look behind for it:
# the regex engine skips ahead to such a mark, while a pattern that opens with a
# lookbehind is tried at every position of the text. For the same reason a date
# opens with its first digit and looks behind after it, or, where nothing goes
# before the date, opens with its 年, which the engine finds fastest.
_RUN_TOGETHER = (
    # The date ends its line, or only a note does (（此件公开发布）); a note inside a
    # sentence is the date's own: 自2022年9月24日（星期六）起, 自2月17日（含）以来.
    (re.compile(r"(\d(?<=[）\u4e00-\u9fff]\d)\d{3}年\d{1,2}月\d{1,2}日)(?=[（(][^（()）\n]{1,30}[）)][^\S\n]*$|$)", re.M), "\n\\1"),
    (re.compile(r"年(?<=\d{4}年)\d{1,2}月\d{1,2}日(?=[（(](?:此件|公开))"), "\\g<0>\n"),
    # The signing body: a short unpunctuated run between a sentence and the date line,
    # a date alone on its line (not a paragraph opening with a date: 现通知如下：/2022年3月4日划定…).
    (re.compile(r"([。！？；])(?=[^。！？；，\n]{2,40}\n\d{4}年\d{1,2}月\d{1,2}日[^\S\n]*(?:\n|$))"), "\\1\n"),
)
_ENDS = ("。", "！", "？", "；", "：", "）", ")", "”")
_HEAD_END = re.compile(r"(?:通知|通告|公告|意见|方案|办法|决定|规定|措施|细则|令|号|[：:）)])$")
_AFTER_REPEAT = re.compile(rf"》|\s*{_SIGNED}")  # what no cut repeat of the title block is followed by
# Repeats shorter than this are common phrases, not scrape debris.
MIN_REPEAT = 8


def published_date(text: str) -> str | None:
    """The publication date a web page prints, as ISO ``YYYY-MM-DD``.

    >>> published_date("…的通知发布日期:2021-11-03重庆市…")
    '2021-11-03'
    >>> published_date("- 公布日期:2020.02.10"), published_date("成文日期：2022年3月1日"), published_date("公开日期：2021-05-06")
    ('2020-02-10', '2022-03-01', '2021-05-06')
    >>> published_date("某市关于加强防控的通告\\n发表于 2022-10-21 00:33:38 手机频道")  # a forum post
    '2022-10-21'
    >>> published_date("某地加强防控\\n2020-02-22 14:32:08 来源：新华网\\n正文")
    '2020-02-22'
    >>> published_date("某省指挥部通告\\n2020-02-12  点击：\\n正文")  # a date over its view counter
    '2020-02-12'
    >>> published_date("某市通告\\n2022年04月17日 浏览:\\n正文"), published_date("某院通告\\n2022年03月17日    点击数:  \\n正文")
    ('2022-04-17', '2022-03-17')
    >>> published_date("某地加强防控\\n2020年03月26日 10:21 来源：人民网\\n正文")
    '2020-03-26'
    >>> published_date("某市通告\\n2022\\n\\n02/07\\n\\n16:09\\n正文"), published_date("作者：    日期：2020-01-28")
    ('2022-02-07', '2020-01-28')
    >>> published_date("关于加强管控的通告\\n某某发布 2022-03-01\\n正文")
    '2022-03-01'
    >>> published_date("某地加强防控\\n    2021-10-22 12:30\\n正文"), published_date("检测日期：2022-01-01") is None
    ('2021-10-22', True)
    >>> published_date("某市通告！\\n3年前 (2022-11-08)阅读12回复0\\n正文")  # a forum post's age and day
    '2022-11-08'
    >>> published_date("标题: 某县通告\\n作者: 某某    时间: 2022-9-7 17:13\\n正文")  # a thread's printable page
    '2022-09-07'
    >>> published_date("更新时间:2022-08-22 13:07:33作者:未知"), published_date("来源： 最后更新时间：2022-05-18\\n某盟公告")
    ('2022-08-22', None)
    >>> published_date("某镇通告\\n社会热点2022-11-26 10:15:45未知\\n正文")
    '2022-11-26'
    >>> published_date("fyw 发表于 2022-4-8 13:56:30\\n某区划定为中风险地区")  # a post under its author
    '2022-04-08'
    >>> published_date("时间:2022-09-14 18:43:04 | 浏览:685\\n关于…的通告"), published_date("实施时间：2022-05-08 6时起")
    ('2022-09-14', None)

    A WeChat account's byline with its hour, a post's stamp with its account or a link
    after it, the source before a stamp or its 时间 label, a day over the site's name:

    >>> published_date("某区新增风险区\\n美丽某区 2022-10-30 19:42\\n正文"), published_date("2021-09-22 22:08·某某网官方账号")
    ('2022-10-30', '2021-09-22')
    >>> published_date("某区指挥部公告第9号\\n2022-04-23 13:02:26 zhangzl\\n正文")  # its poster's user name after it
    '2022-04-23'
    >>> published_date("某县实行管控\\n2022年04月15日 20:04 某某网 作者 某某资讯\\n正文")  # the site, a label and the author
    '2022-04-15'
    >>> published_date("某地解封\\n22-08-17 10:15 来源：某某网 编辑：某某\\n正文")  # a two-digit year
    '2022-08-17'
    >>> published_date("来源： 最后更新：22-12-01 09:38:45\\n一、自2022年12月2日0时起，恢复流动。")  # a mirror's last update
    '2022-12-01'
    >>> published_date("来源： 最后更新：22-09-26 08:01:07\\n导读:2月24日,某市发布疫情防控工作25号通告!")  # long after the notice
    >>> published_date("来源:互联网 2023-05-11 18:14:03"), published_date("2020-02-07 11:51【我要纠错】")
    ('2023-05-11', '2020-02-07')
    >>> published_date("来源:某某网 时间:2022-08-19 22:38:41 热度:869"), published_date("2022-10-14     某某新闻网")
    ('2022-08-19', '2022-10-14')
    >>> published_date("某县全域静态管理\\n2022-08-11城市文化\\n正文")
    '2022-08-11'
    >>> published_date("某市通告\\n    2022/04/09 15:06:37 发布126706 浏览0 回复0 点赞\\n正文"), published_date("2022/04/09 15:06 阅读 12 评论 3")
    ('2022-04-09', '2022-04-09')

    A stamp among the header's lines whatever its labels and however it writes the day; not
    a regime's start:

    >>> published_date("某区最新通告：实行静默管理\\n2022-10-14 16:03:00 稿源： 某某发布\\n正文")
    '2022-10-14'
    >>> published_date("某中心工作提醒\\n来源：某某乡 时间：2022年02月11日 08:50 点击率：打印\\n正文")
    '2022-02-11'
    >>> published_date("某县通告\\n（二）采样时间：2022年8月13日7:00—14:00\\n正文"), published_date("某县通告\\n2022年3月28日07:00-13:00\\n正文")
    (None, None)
    """
    m = _labelled(text) or _first(_STAMPED.search(text), _HEADER_STAMP.search(text, 0, _header_end(text)))
    m = m or _dated_title(text)
    stamp = None
    if m:
        y, mo, d = re.findall(r"\d+", next(g for name, g in m.groupdict().items() if g and name != "mirror"))
        if m.groupdict().get("day_first"):
            d, mo, y = y, mo, d
        stamp = calendar_date(int(y) + (2000 if len(y) == 2 else 0), int(mo), int(d))
    # A mirror's copy, or a site's post months after the notice: the copy's day, not the notice's (Q21, Q4's
    # repost rule; held-out 177 qa10, 173 pw03, 161 pk04, 79 mg02, 24 kd02, 12 o02 …). A mirror's stamp goes by a lead's
    # day too, and, as any posting stamp, by the text's own days (Q21 as applied in session 15: a mirror's 22-09-20 over
    # a notice naming only 2月7日, held-out 234 sf05).
    head = text[:_header_end(text)]
    mirror = m and m.groupdict().get("mirror")
    if stamp and (mirror and dated_long_before(head, text, stamp) or dated_long_before(head, text, stamp, POSTED_LAG)):
        stamp = None
    return _headline_day(text, stamp) or stamp


# A site posts a notice on its day or some weeks after the starts it names; months after, its stamp is a copy's.
POSTED_LAG = 60


def _labelled(text: str) -> re.Match | None:
    """The date under a page's label, its publication's (发布时间：…) before its update's
    (更新时间：…) wherever each stands, and a mirror's last update (来源: 最后更新:…) last: a farm
    stamps the day it copied the notice at the top and prints the day the notice came out under the text.

    >>> _labelled("更新时间:2022-10-18 14:02:55\\n正文\\n发布时间:2022年10月17日").group("date")
    '2022年10月17日'
    >>> _labelled("更新时间:2022-10-18 14:02:55\\n正文").group("date").strip(), _labelled("正文") is None
    ('2022-10-18', True)
    >>> _labelled("来源: 最后更新:22-09-27 03:49:02\\n更新时间:2022年1月19日").group("date")  # a mirror's last
    '2022年1月19日'
    """
    # Every label holds 日期, 时间, 更新 or 发表于: a page without them (half the notices) is not scanned.
    if not any(word in text for word in ("日期", "时间", "更新", "发表于")):
        return None
    found = sorted(_PUBLISHED.finditer(text), key=lambda m: (bool(m["mirror"]), "更新" in m.group()))
    return found[0] if found else None


# A page's headline opening with the day of the notice it carries (10月17日某市下调中风险区的公告,
# 2022年11月27日某区划定疫情风险区域): a day, then the headline's words, no clause. Not the
# start of a regime (10月3日起…, 5月17日0时起…).
_DATED_HEADLINE = re.compile(r"^[^\S\n]*(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?![起至到零时\d])"
                             r"(?=[\u4e00-\u9fff“《【])[^。，,；！!？?\n]{4,80}$", re.M)


def _headline_day(text: str, stamp: str | None) -> str | None:
    """The day a page's headline opens with, among the page's first lines, when it dates the
    notice on or a few days before the page's own stamp (the day the farm copied it), the year
    from the stamp; or, with no stamp, when it prints its year.

    >>> _headline_day("10月17日某市下调中风险区的公告\\n更新时间:2022-10-18 14:02:55", "2022-10-18")
    '2022-10-17'
    >>> _headline_day("2022年11月27日某区划定疫情风险区域\\n经研判，现通告如下：", None)
    '2022-11-27'
    >>> _headline_day("10月3日起关于划定风险区的通告", "2022-10-03"), _headline_day("6月2日某区解除防范区管理", None)
    (None, None)
    >>> _headline_day("11月7日某市将某地作为重点管控区域", "2022-10-08")  # after the stamp: not this notice's day
    """
    m = _DATED_HEADLINE.search(text, 0, _header_end(text))
    if not m:
        return None
    year = m["year"] or (stamp and stamp[:4])
    day = year and calendar_date(int(year), int(m["month"]), int(m["day"]))
    if not day or not stamp:
        return day
    return day if reposted_within(day, stamp) else None


# A day alone on its line, its clock perhaps after it (2022-10-13, 2022年11月10日 02时58分).
_DAY_ALONE = re.compile(rf"[^\S\n]*(?P<date>{PAGE_DAY})[^\S\n]*(?:\d{{1,2}}[^\S\n]*(?:[:：][^\S\n]*\d{{2}}|时[^\S\n]*\d{{1,2}}[^\S\n]*分)(?:[:：]\d{{2}})?)?[^\S\n]*")
# A title's last line: it names the kind of document, its number perhaps after it in brackets.
_TITLE_LINE_END = re.compile(rf"{KIND}(?:[^\S\n]*[（(【\[［〔][^\n]{{1,16}}[）)】\]］〕])?[^\S\n]*$")


def _dated_title(text: str) -> re.Match | None:
    """The page's stamp printed as a day alone on the line under the title at the head of the
    page (某市关于…的通告 / 2022-10-13 / 【字体：), however the site writes the day: a notice
    prints its own date under its signature, not under its title among the page's first lines.

    >>> _dated_title("首页 > 通知公告\\n\\n某市关于开展演练的通告\\n\\n2022-10-13\\n【字体：\\n当前，…").group("date")
    '2022-10-13'
    >>> _dated_title("关于强化防控的公告\\n2022年11月10日 02时58分\\n打印本文").group("date")
    '2022年11月10日'
    >>> _dated_title("某市启动应急响应\\n2022-10-13\\n当前，…") is None  # under a headline naming no kind
    True
    """
    lines = [line for line in islice(text.split("\n"), 4 * _HEADER_LINES) if line.strip()][:_HEADER_LINES]
    for above, line in zip(lines, lines[1:]):
        m = _DAY_ALONE.fullmatch(line)
        if m and _TITLE_LINE_END.search(above) and "。" not in above:
            return m
    return None


def _first(*found: re.Match | None) -> re.Match | None:
    """The match that stands first in the text: a page's stamp under its headline, not a
    teaser's further down."""
    return min((m for m in found if m), key=lambda m: m.start(), default=None)


def _header_end(text: str) -> int:
    """Where the page's first ``_HEADER_LINES`` lines that hold something end."""
    ends = [m.end() for m in islice(re.finditer(r"[^\n]*\S[^\n]*", text), _HEADER_LINES)]
    return ends[-1] if ends else 0


def debris(text: str) -> list[str]:
    """What ``strip_debris`` cuts from a text, in its order."""
    return [text[start:end] for start, end in _debris_spans(text)]


# A content farm's headline in 【】 run into the line it opens, whatever its words (【某馆开放时间 某馆开放了吗】某馆将自…起…).
_BRACKETED_OPENING = re.compile(r"^[^\S\n]*(【([^【】\n]{4,60})】)(?=\S)", re.M)


def _echoed_headlines(text: str) -> list[tuple[int, int]]:
    """Where a farm's 【headline】 opens a line and the page prints the same words elsewhere (its headline, its
    title): the page's, not the text's (held-out 213 rk03, 55 li04, 146 ov10, 195 qs08).

    >>> text = "某馆开放时间 某馆开放了吗\\n【某馆开放时间 某馆开放了吗】某馆将自6月21日起延长开馆时间。"
    >>> [text[a:b] for a, b in _echoed_headlines(text)]
    ['【某馆开放时间 某馆开放了吗】']
    >>> _echoed_headlines("【重要提示】请广大市民做好防护。")
    []
    """
    flat = re.sub(r"\s", "", text)
    return [m.span(1) for m in _BRACKETED_OPENING.finditer(text) if flat.count(re.sub(r"\s", "", m.group(2))) >= 2]


# The brackets a page printed around its furniture ((更新时间:2022年12月15日), [打印本页]): cut with it, or they
# stay as lines of their own (held-out 218 rp03, 221 rs04).
_OPEN_ALONE = re.compile(r"(?:^|(?<=\n))[^\S\n]*[(（\[［【]$")
_CLOSE_ALONE = re.compile(r"[)）\]］】][^\S\n]*(?=\n|$)")


def _bracketed(text: str, start: int, end: int) -> tuple[int, int]:
    """A debris span with the bracket pair that holds nothing else on its line taken in.

    >>> text = "某院就诊须知\\n（更新时间:2022年12月15日）\\n1、入院请戴口罩。"
    >>> text[slice(*_bracketed(text, text.index("更"), text.index("）")))]
    '（更新时间:2022年12月15日）'
    >>> text = "附件（更新时间:2022年12月15日）"  # a bracket after other words: not the furniture's alone
    >>> _bracketed(text, text.index("更"), text.index("）")) == (text.index("更"), text.index("）"))
    True
    """
    opened = _OPEN_ALONE.search(text, max(0, start - 8), start)
    closed = _CLOSE_ALONE.match(text, end)
    return (opened.start(), closed.end()) if opened and opened.end() == start and closed else (start, end)


@lru_cache(maxsize=4)  # cleaning asks what the debris is, then strips it: one scan of the text
def _debris_spans(text: str) -> tuple[tuple[int, int], ...]:
    found = [_bracketed(text, *m.span()) for m in DEBRIS.finditer(text)]
    echoes = [(a, b) for a, b in _echoed_headlines(text) if not any(a < end and start < b for start, end in found)]
    return tuple(sorted(found + echoes))


def strip_debris(text: str) -> str:
    """Remove web-page furniture (publication stamps, download links, ``<BR>``).

    Removed furniture leaves a line break, since it separated blocks of the page.

    >>> strip_debris("（此件公开发布）文件下载关于加强管控的通知.doc<BR>")
    '（此件公开发布）\\n\\n'
    """
    # DEBRIS.sub("\n", text), from the matches found once
    kept, last = [], 0
    for start, end in _debris_spans(text):
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    return "\n".join(kept)


# Two or more list items in a row with nothing but their numbers: what is left of an
# HTML list whose items held only injected tags (1. / 2. / 3.), never provisions; the
# number of the item after them, when it holds the page, is the list's too.
_EMPTY_ITEMS = re.compile(r"^(?:[^\S\n]*\d{1,2}[.．、][^\S\n]*\n(?:[^\S\n]*\n)*){2,}(?:[^\S\n]*\d{1,2}[.．、][^\S\n]*(?=\S))?", re.M)


def drop_empty_items(text: str) -> str:
    """Remove runs of list items that hold nothing but their numbers.

    >>> drop_empty_items("1.\\n2.\\n\\n3.\\n某市指挥部通告\\n一、暂停营业。")
    '某市指挥部通告\\n一、暂停营业。'
    >>> drop_empty_items("1.\\n2.\\n3.\\n4.  某市指挥部通告 第17号")
    '某市指挥部通告 第17号'
    >>> drop_empty_items("1.\\n加强管理。")
    '1.\\n加强管理。'
    """
    return _EMPTY_ITEMS.sub("", text)


def split_run_together(text: str) -> str:
    """Break scraped blocks at the signature date.

    >>> split_run_together("综合办公室（代章）2021年11月3日（此件公开发布）")
    '综合办公室（代章）\\n2021年11月3日\\n（此件公开发布）'
    >>> split_run_together("感谢支持。某县指挥部\\n2022年3月4日")
    '感谢支持。\\n某县指挥部\\n2022年3月4日'
    >>> split_run_together("解除管控。现通知如下：\\n2022年3月4日划定某小区为封控区。")  # a paragraph opening with a date
    '解除管控。现通知如下：\\n2022年3月4日划定某小区为封控区。'
    """
    for pattern, replacement in _RUN_TOGETHER:
        text = pattern.sub(replacement, text)
    return text


def split_run_in_signature(text: str) -> str:
    """Put a signature that a copy ran into the sentence before it, or into the text
    after it, on lines of its own: the body's name, then its date (its year often
    dropped). Text after the date stays on a line of its own when it is no sentence
    going on from the date (it has no ，。；: an account's appeal, a footer).

    >>> split_run_in_signature("恳请理解支持！某市领导小组年2月5日").split("\\n")
    ['恳请理解支持！', '某市领导小组', '年2月5日']
    >>> split_run_in_signature("某县指挥部2022年1月4日请大家戴口罩勤洗手▌来源：某县融媒").split("\\n")
    ['某县指挥部', '2022年1月4日', '请大家戴口罩勤洗手▌来源：某县融媒']
    >>> split_run_in_signature("某县指挥部2022年1月4日召开会议，部署防控工作。")
    '某县指挥部2022年1月4日召开会议，部署防控工作。'
    >>> split_run_in_signature("由公安机关依法处理。某县领导小组 二〇二〇年一月三十日（此件公开发布）").split("\\n")
    ['由公安机关依法处理。', '某县领导小组', '二〇二〇年一月三十日', '（此件公开发布）']
    """
    out = []
    for line in text.split("\n"):
        if "年" not in line:  # every signature date has it: most lines are not scanned
            out.append(line)
            continue
        signed = [m for m in RUN_IN_SIGNATURE.finditer(line) if ends_with_body(m.group(1))]
        m = signed[-1] if signed else None
        after = line[m.end():] if m else ""
        if m and (m.start() or after) and not re.search(r"[，,。；;]", after):
            line = "\n".join(p for p in (line[: m.start()].rstrip(), m.group(1), m.group(2), after.strip()) if p)
        out.append(line)
    return "\n".join(out)


def remove_lines_equal_to(text: str, items: list[str]) -> str:
    """Remove repeats of the title block (title, document number, addressees) from a body.

    A scrape glues the repeated block to neighbouring sentences, so it is cut out
    wherever it starts a sentence, not only as a whole line; a sentence that names
    the title (按照关于…的通知要求) keeps it. A repeat the end of the page cut short
    goes too:

    >>> remove_lines_equal_to("一、暂停营业。\\n某县指挥部\\n2020年1月28日\\n各乡镇人民政府，县直", ["各乡镇人民政府，县直各部门："])
    '一、暂停营业。\\n某县指挥部\\n2020年1月28日'
    >>> remove_lines_equal_to("一、暂停营业。\\n某县疫情防控指挥部", ["某县疫情防控指挥部关于暂停营业的通告"])
    '一、暂停营业。\\n某县疫情防控指挥部'
    """
    items = sorted((i for i in items if i and len(i) >= MIN_REPEAT // 2), key=len, reverse=True)
    pieces, done = [], 0
    for start in _sentence_starts(text, items):
        end = _repeat_end(text, start, items) if start >= done else None
        # A repeat of the block ends where the block can: a title's kind, a number, a colon.
        # Lines of a wrapped title that open a sentence (某县指挥部办公室会…) name the body.
        if end is not None and _HEAD_END.search(text, start, end):  # anchored at its end: no scan from 0
            pieces += [text[done:start], "\n"]
            done = end
    text = "".join(pieces) + text[done:]
    # A whole line repeating a headline that names no kind (a page prints its headline twice:
    # 不出不进！某县全县实行管控) goes too, unless it ends a sentence, or names a body (the signature under a
    # title block that printed the issuer on a line of its own): then it is the text's own.
    whole = {re.sub(r"\s", "", i) for i in items if not re.search(r"[。；;]$", i) and not ends_with_body(i)}
    lines = [line.strip() for line in text.split("\n") if line.strip() and re.sub(r"\s", "", line) not in whole]
    last = lines[-1] if lines else ""
    # (a signature without its date is no cut repeat, though a title opens with the body's name; nor is
    # the signature's date, though a site's headline opens with the day: 2022年9月30日某县…调整)
    if len(last) >= MIN_REPEAT and not ends_with_body(last) and not SIGNATURE_DATE.match(last) and any(i != last and i.startswith(last) for i in items):
        lines.pop()
    return "\n".join(lines)


def _sentence_starts(text: str, items: list[str]) -> list[int]:
    """Where one of the items starts a line or a sentence, in order."""
    starts = set()
    for item in items:
        pos = text.find(item)
        while pos >= 0:
            if pos == 0 or text[pos - 1] in _LINE_BOUNDARY:
                starts.add(pos)
            pos = text.find(item, pos + 1)
    return sorted(starts)


def _repeat_end(text: str, start: int, items: list[str]) -> int | None:
    """Where a run of one or more items from ``start`` ends, or None.

    It is what the regex ``(?:item|item…)+(?!》|date)`` would match, found without
    compiling a pattern for every notice (which took longer than the rest of the
    step): another item is tried before stopping, the items in their order, and a
    stop that the test rejects goes back to the next choice. A title the body cites
    in 《》 is a reference, not a repeat; a title line naming the issuer, followed
    by a date, is the signature.
    """
    choices = [(start, 0)]  # a place in the run, and the first item still to try there
    while choices:
        pos, first = choices.pop()
        following = next((k for k in range(first, len(items)) if text.startswith(items[k], pos)), None)
        if following is not None:
            choices += [(pos, following + 1), (pos + len(items[following]), 0)]
        elif pos > start and not _AFTER_REPEAT.match(text, pos):
            return pos
    return None


def sentences(paragraph: str) -> list[str]:
    """Split at sentence ends, keeping closing quotes and brackets with their sentence."""
    return [s for s in _SENTENCE.findall(paragraph) if s.strip()]


_NOTE = re.compile(r"^[（(][^（()）]*[）)]$")
# A note closing a unit after the end of a sentence; it holds no bracket, so a unit has one at most.
_CLOSING_NOTE = re.compile(r"[（(](?<=[。！？；][（(])[^（()）]*[）)]$")


def _units(paragraph: str) -> list[str]:
    """The paragraph's sentences, a bracketed note kept with the sentence it closes.

    Notes such as ``（责任单位：市卫生健康委）`` recur after many provisions; on
    their own they would be one sentence, kept once, with one successor.
    """
    out: list[str] = []
    for s in sentences(paragraph):
        s = s.strip()
        if out and _NOTE.match(s):
            out[-1] += s
        else:
            out.append(s)
    return out


def _restore_cut_notes(occurrences: list[str]) -> list[str]:
    """A pasted piece may end between a sentence and its note; such an occurrence
    is the sentence with the one note it carries elsewhere in the scrape."""
    noted: dict[str, set[str]] = defaultdict(set)
    for unit in set(occurrences):
        # Tested first by its end, which most units tell apart faster than the pattern.
        note = unit.endswith(("）", ")")) and _CLOSING_NOTE.search(unit)
        if note:
            noted[unit[: note.start()]].add(unit)
    return [next(iter(noted[u])) if len(noted.get(u, ())) == 1 else u for u in occurrences]


def _heading_ranks(occurrences: list[str]) -> dict[str, int]:
    """Each numbered heading's place in the original order, counting from 1.

    The outermost provisions go by their numbers. A provision of a deeper level
    goes under the heading of the level above that it most often follows in the
    scrape, by its own number; that also places items numbered straight through
    their sections (``三、`` … ``9.``).
    """
    styles: list[str] = []
    markers = {}
    for s in occurrences:
        marker = match_marker(s)
        if marker:
            markers[s] = marker
            styles += [marker[0]] if marker[0] not in styles else []
    parents: dict[str, Counter] = defaultdict(Counter)
    latest: dict[str, str] = {}
    for s in occurrences:
        if s in markers:
            level = styles.index(markers[s][0])
            if level and styles[level - 1] in latest:
                parents[s][latest[styles[level - 1]]] += 1
            latest[markers[s][0]] = s
    keys: dict[str, tuple] = {}

    def key(s: str) -> tuple:
        if s not in keys:
            level = styles.index(markers[s][0])
            parent = parents[s].most_common(1)[0][0] if parents[s] else None
            keys[s] = (key(parent) if parent else (0,) * level) + (markers[s][1],)
        return keys[s]

    first = {s: i for i, s in reversed(list(enumerate(occurrences)))}
    ordered = sorted(markers, key=lambda s: (key(s), first[s]))
    return {s: rank for rank, s in enumerate(ordered, 1)}


class _Chains:
    """Chains of sentences joined by accepted successor links.

    Each chain's two ends point at each other, and its head holds the first and
    last section numbers in it: a link is checked without walking the chains,
    which made a long scrape take quadratic time.
    """

    def __init__(self, nodes: list[str], section_of: dict[str, int]):
        self.succ: dict[str, str] = {}
        self.pred: dict[str, str] = {}
        self.nodes = nodes
        self.other_end = {n: n for n in nodes}
        self.numbers = {n: (section_of[n], section_of[n]) for n in nodes if n in section_of}

    def heads(self) -> list[str]:
        return [n for n in self.nodes if n not in self.pred]

    def walk(self, node: str) -> list[str]:
        out = [node]
        while out[-1] in self.succ:
            out.append(self.succ[out[-1]])
        return out

    def try_link(self, a: str, b: str) -> bool:
        if a == b or a in self.succ or b in self.pred or self.other_end[a] == b:
            return False
        head, tail = self.other_end[a], self.other_end[b]
        first, second = self.numbers.get(head), self.numbers.get(b)
        # Numbered provisions come in order, one after the other.
        if first and second and second[0] != first[1] + 1:
            return False
        self.succ[a], self.pred[b] = b, a
        self.other_end[head], self.other_end[tail] = tail, head
        if first and second:
            self.numbers[head] = (first[0], second[1])
        elif second:
            self.numbers[head] = second
        return True


def _is_tail(paragraph: str) -> bool:
    """Signature, date and publication-note lines that close a notice. A short
    provision ending in its note, ``三、加强督查。（责任单位：市纪委）``, is none of them."""
    return len(paragraph) <= 40 and not paragraph.endswith(("。", "；", "：", "！", "？")) and not match_marker(paragraph)


def _bigrams(sentence_list: list[str]) -> set[str]:
    text = "".join(sentence_list)
    return {text[i : i + 2] for i in range(len(text) - 1)}


class _Sections:
    """The pieces placed under each section number, and the wording of each section.

    A section's character bigrams are kept up to date as pieces are added:
    computing them afresh for every piece to place made a long scrape quadratic.
    """

    def __init__(self):
        self.pieces: dict[int, list[list[str]]] = defaultdict(list)
        self._wording: dict[int, tuple[set[str], str]] = {}  # bigrams, and the last character

    def add(self, number: int, piece: list[str]) -> None:
        self.pieces[number].append(piece)
        if number in self._wording:
            bigrams, last = self._wording[number]
            joined = last + "".join(piece)
            bigrams.update(_bigrams([joined]))  # in place: a copy per piece made a long section quadratic
            self._wording[number] = bigrams, joined[-1:]

    def pop_last(self, number: int) -> None:
        self._wording.pop(number, None)
        self.pieces[number][-1].pop()

    def shared_wording(self, piece: list[str], number: int) -> float:
        if number not in self._wording:
            # .get: a section only weighed as a candidate must not appear as an empty one.
            text = "".join(s for part in self.pieces.get(number, ()) for s in part)
            self._wording[number] = _bigrams([text]), text[-1:]
        a, b = _bigrams(piece), self._wording[number][0]
        return len(a & b) / ((len(a) * len(b)) ** 0.5 or 1)


class _FirstSeenSection:
    """The highest section number placed before each position of the scrape.

    A Fenwick tree of running maxima: scanning the scrape up to every loose
    piece made a long scrape quadratic.
    """

    def __init__(self, size: int):
        self.tree = [0] * (size + 1)

    def place(self, position: int, number: int) -> None:
        i = position + 1
        while i < len(self.tree):
            self.tree[i] = max(self.tree[i], number)
            i += i & -i

    def before(self, position: int) -> int:
        best, i = 0, position
        while i > 0:
            best = max(best, self.tree[i])
            i -= i & -i
        return best


def _parallel_sections(occurrences: list[str]) -> bool:
    """Whether every repeat is the notice's own: each repeated sentence stands under another
    numbered section each time (the same conditions for a 封控区 and a 管控区, the high-risk
    places of ``一、新增`` listed again under ``三、高风险区（共10个）``). A scrape pastes its
    pieces again with their headings, or with no heading between them.

    >>> _parallel_sections(["一、封控区", "1、近14天无新增。", "二、管控区", "1、近14天无新增。"])
    True
    >>> _parallel_sections(["一、封控区", "1、近14天无新增。", "一、封控区", "1、近14天无新增。"])
    False
    >>> _parallel_sections(["据悉，寺庙关闭。", "记者获悉。", "据悉，寺庙关闭。"])
    False
    """
    styles: list[str] = []
    latest: dict[str, str] = {}
    places: dict[str, list[tuple]] = defaultdict(list)
    for s in occurrences:
        marker = match_marker(s)
        own = styles.index(marker[0]) if marker and marker[0] in styles else len(styles)
        # the sections it stands under: the latest heading of each level above its own
        places[s].append(tuple(latest.get(style) for style in styles[:own]))
        if marker:
            styles += [marker[0]] if marker[0] not in styles else []
            latest[marker[0]] = s
    repeated = [p for p in places.values() if len(p) > 1]
    return bool(repeated) and all(any(p) and len(set(p)) == len(p) for p in repeated)


def dedupe_scrape(text: str) -> str:
    """Keep each sentence of a repeating, shuffled scrape once, in the order of its sections.

    The scrape is read as pieces of the original text pasted one after another,
    some of them repeats. Sentences are chained through the successions the
    pieces show: the most frequent first, then those that leave a numbered
    heading (a heading is followed by its own text), then those between two
    sentences seen for the first time; never so that numbered headings come out
    of order (``_heading_ranks``). Text a chain holds before its first heading belongs to the
    previous section. A text without repeats is returned unchanged.
    """
    paragraphs = text.split("\n")
    tail: list[str] = []
    while paragraphs and _is_tail(paragraphs[-1]):
        tail.insert(0, paragraphs.pop())
    occurrences = _restore_cut_notes([s for p in paragraphs for s in _units(p)])
    edges = Counter(zip(occurrences, occurrences[1:]))
    # A scrape repeats runs of sentences; a notice may repeat a short formula
    # such as a list of responsible units, but not two sentences in a row, unless
    # it repeats them under sections of its own.
    if (
        sum(1 for (a, b), n in edges.items() if n > 1 and min(len(a), len(b)) >= MIN_REPEAT) < 2
        or _parallel_sections(occurrences)
    ):
        return text
    section_of = _heading_ranks(occurrences)
    nodes = list(dict.fromkeys(occurrences))
    first_seen = {s: i for i, s in reversed(list(enumerate(occurrences)))}
    before, after = defaultdict(set), defaultdict(set)
    for a, b in edges:
        before[b].add(a)
        after[a].add(b)
    # A succession of two sentences both seen for the first time is the flow of
    # the original text; one out of a repeated piece may be where pieces were pasted.
    fresh = {
        (a, b)
        for i, (a, b) in enumerate(zip(occurrences, occurrences[1:]))
        if first_seen[a] == i and first_seen[b] == i + 1
    }
    chains = _Chains(nodes, section_of)
    for a, b in sorted(
        edges,
        key=lambda e: (-edges[e], e[0] not in section_of, e not in fresh, first_seen[e[0]]),
    ):
        chains.try_link(a, b)

    # Numbered segments go under their numbers. A loose piece (text a chain holds
    # before its first number, or a chain with no number) goes to the section
    # before that number, or to the section of a sentence it follows somewhere in
    # the scrape when that section shares more of its wording.
    sections = _Sections()
    positions = defaultdict(list)
    for i, s in enumerate(occurrences):
        positions[s].append(i)
    seen_in = _FirstSeenSection(len(occurrences))
    member: dict[str, int] = {}

    def place(piece: list[str], number: int) -> None:
        sections.add(number, piece)
        for s in piece:
            member[s] = number
            for i in positions[s]:
                seen_in.place(i, number)

    loose: list[tuple[list[str], int]] = []
    for head in sorted(chains.heads(), key=first_seen.__getitem__):
        chain = chains.walk(head)
        numbered = [i for i, s in enumerate(chain) if s in section_of]
        cuts = numbered + [len(chain)]
        for start, end in zip(cuts, cuts[1:]):
            place(chain[start:end], section_of[chain[start]])
        if not numbered:
            loose.append((chain, None))
        elif numbered[0] > 0:
            loose.append((chain[: numbered[0]], section_of[chain[numbered[0]]] - 1))
    for piece, default in loose:
        if default is None:  # the section it was first seen in
            default = seen_in.before(first_seen[piece[0]])
        # Text before the first provision is the preamble, wherever else it was pasted.
        candidates = {default} | {
            member[a] for a in before[piece[0]] if a in member and default > 0
        }
        best = max(sorted(candidates), key=lambda n: (sections.shared_wording(piece, n), n == default))
        place(piece, best)
    # A section's last sentence that somewhere runs into the heading of section k
    # may as well end section k - 1: the wording decides.
    for number in list(sections.pieces):
        last = sections.pieces[number][-1][-1]
        if last in section_of:
            continue
        others = {section_of[b] - 1 for b in after[last] if b in section_of} - {number}
        sections.pop_last(number)
        best = max([number, *sorted(others)], key=lambda n: sections.shared_wording([last], n))
        sections.add(best, [last])

    out: list[str] = []
    for number in sorted(sections.pieces):
        for piece in sections.pieces[number]:
            for s in piece:
                # A numbered provision starts a paragraph, and a heading line
                # (no closing punctuation) is one of its own.
                if out and not match_marker(s) and out[-1].endswith(_ENDS):
                    out[-1] += s
                else:
                    out.append(s)
    return "\n".join(out + tail)


# Some sites strip every 年 and 月 after a number: 2022年9月20日 → 2022920日, a signature's
# date → 2022924. The digits of such a date, and of the yearless dates beside it (921日).
_STRIPPED_DATE = re.compile(r"(?<![\d.:：\-/年月])(20\d{2})(\d{2,4})(?=日|\s*$)(?![\d])", re.MULTILINE)
_STRIPPED_YEARLESS = re.compile(r"(?<![\d.:：\-/年月第])(\d{3,4})(?=日)")
_MONTH_PRINTED = re.compile(r"20\d{2}\s*[-/.年]\s*(\d{1,2})|(?<!\d)(\d{1,2})月")


def _month_day(digits: str, year: int, months: set[int]) -> tuple[int, int] | None:
    """The one reading of run-together month and day digits as a date; when two read as
    dates (127: 1-27 or 12-7), the one in a month the page prints elsewhere."""
    readings = [(int(digits[:k]), int(digits[k:])) for k in (1, 2) if 1 <= len(digits) - k <= 2]
    valid = [(m, d) for m, d in dict.fromkeys(readings) if calendar_date(year, m, d)]
    if len(valid) > 1:
        valid = [(m, d) for m, d in valid if m in months]
    return valid[0] if len(valid) == 1 else None


def restore_stripped_dates(text: str) -> str:
    """Put back the 年 and 月 a site stripped from dates: 2022920日 → 2022年9月20日, a
    signature's 2020126 → 2020年1月26日, and in such a text 921日 → 9月21日.

    >>> restore_stripped_dates("2022920日以来，921日、22日检测。\\n某县指挥部\\n2022924")
    '2022年9月20日以来，9月21日、22日检测。\\n某县指挥部\\n2022年9月24日'
    """
    if not _STRIPPED_DATE.search(text):
        return text
    months = {int(a or b) for a, b in _MONTH_PRINTED.findall(text)}
    restored: list[int] = []

    def dated(m: re.Match) -> str:
        year = int(m.group(1))
        md = _month_day(m.group(2), year, months)
        if not md:
            return m.group()
        restored.append(year)
        at_end = not text.startswith("日", m.end())
        return f"{year}年{md[0]}月{md[1]}" + ("日" if at_end else "")

    text = _STRIPPED_DATE.sub(dated, text)
    if not restored:
        return text
    months |= {int(a or b) for a, b in _MONTH_PRINTED.findall(text)}

    def yearless(m: re.Match) -> str:
        md = _month_day(m.group(1), restored[0], months)
        return f"{md[0]}月{md[1]}" if md else m.group()

    return _STRIPPED_YEARLESS.sub(yearless, text)


# A forum's anti-copy noise (Discuz): runs of one- and two-character ASCII tokens with
# symbols among them, scattered through the text (5 t( `4 [2 A  T. g) a7 ]+ {# O).
# Its last token may be glued to the line it precedes: one character before an item's
# number or a date (g0 E2.所有…, @! q3月13日…), which is never a word of the text.
# Its brackets may stand raised (M（ O9): the width fix pairs a noise bracket with one
# of the text across a line's end, and raises both; not in its last token, which would
# take the bracket of an item's number (_ （三）).
_NOISE_TOKEN = r"[!-~（）]"
_FORUM_NOISE = re.compile(
    rf"[ \t]*(?<!{_NOISE_TOKEN})(?:{_NOISE_TOKEN}{{1,2}}[ \t]+){{3,}}"
    r"(?:[!-/:-~](?=\d{1,2}[.、．月])|[!-~]{1,2}(?![!-~])[ \t]*)"
)
_NOISE_SYMBOL = re.compile(r"[!-/:-@\[-`{-~（）]")


def _is_noise(run: str) -> bool:
    # A list of times or numbers has no symbols in it.
    return len(_NOISE_SYMBOL.findall(run)) >= 3 and not re.search(r"\d[:.]\d", run)


def forum_noise(text: str) -> list[str]:
    """The runs of a forum's anti-copy noise in a text, in its order."""
    return list(_noise_runs(text))


@lru_cache(maxsize=4)  # cleaning asks for the runs, then strips them: one scan of the text
def _noise_runs(text: str) -> tuple[str, ...]:
    return tuple(m.group() for m in _FORUM_NOISE.finditer(text) if _is_noise(m.group()))


def strip_forum_noise(text: str) -> str:
    """Drop a forum's anti-copy noise.

    >>> strip_forum_noise("5 t( `4 [2 A  T. g) a7 ]+ {# O       一、区域范围")
    '一、区域范围'
    >>> strip_forum_noise("2 N% p9 N# k) u m: g0 E2.所有人员"), strip_forum_noise("( T Z6 K ?) f @! q3月13日凌晨")
    ('2.所有人员', '3月13日凌晨')
    >>> strip_forum_noise("1 h6 j' e$ ]1 g5 i+ _   （三）做好"), strip_forum_noise("7 K; r（ T4 e2 W/ b    三、景区（点）暂停开放。\\n% h# c7 q） B+ o6 H    四、停业。")
    ('（三）做好', '三、景区（点）暂停开放。\\n四、停业。')
    >>> strip_forum_noise("每日8:00 - 12:00 开放，G 1 2 3 号线")
    '每日8:00 - 12:00 开放，G 1 2 3 号线'
    """
    if not _noise_runs(text):
        return text
    # The noise may open with a bracket the width fix raised: （ G% ?9 @ M& at a line's end.
    return re.sub(r"（(?=\n|$)", "", _FORUM_NOISE.sub(lambda m: "" if _is_noise(m.group()) else m.group(), text))


# A site's filter that masks digits as * leaves an item's number `*.` where the count
# goes on from the item before it (`2.…` then `*.…`).
_MASKED_ORDINAL = re.compile(r"^(\s*)\*+(?=[.、．]\s*[\u4e00-\u9fff])", re.M)
_PRINTED_ORDINAL = re.compile(r"^\s*(\d{1,2})([.、．])", re.M)


def restore_masked_ordinals(text: str) -> str:
    """Number an item whose number a filter masked as the one after the item before it
    numbered in the same style.

    >>> restore_masked_ordinals("1.停止聚集。\\n2.关闭场所。\\n*.暂停营业。\\n*、某某")
    '1.停止聚集。\\n2.关闭场所。\\n3.暂停营业。\\n*、某某'
    """
    if not _MASKED_ORDINAL.search(text):
        return text
    lines = text.split("\n")
    last: dict[str, int] = {}  # the last item number of each style (the mark after the number)
    for k, line in enumerate(lines):
        printed = _PRINTED_ORDINAL.match(line)
        masked = _MASKED_ORDINAL.match(line)
        if printed:
            last[printed.group(2)] = int(printed.group(1))
        elif masked and line[masked.end()] in last:
            style = line[masked.end()]
            last[style] += 1
            lines[k] = f"{masked.group(1)}{last[style]}{line[masked.end():]}"
    return "\n".join(lines)


# A copy in the wrong code page prints a `（N）` mark as `?。?)`: the full-width bracket and the numeral lost, the stop a
# stray byte of them; the character fixes take the first `?` for a lost indent (held-out 72 lz09 `?。?)北门农贸市场片区`,
# 162 pl05 `?。?)单采结果：…`). The numbers are gone: the items count 1, 2, … in order, again from 1 under each numbered
# line or lead-in (`1.梁山街道（6个）`, `需持…的人员:`).
_LOST_BRACKET = re.compile(r"^[ \t\u3000\u00a0]*\??。\?[)）]", re.M)
_COUNT_RESTART = re.compile(r"^\s*(?:[(（]?[\d一二三四五六七八九十]{1,3}[)）.、．]|.*[:：]\s*$)")


def number_lost_brackets(text: str) -> str:
    """Number the `（N）` marks a copy printed as `?。?)`, in order under the line that opens their list.

    >>> number_lost_brackets("1.甲街道：\\n。?)某片区\\n范围：某小区；\\n。?)某村\\n2.乙街道\\n?。?)某苑")
    '1.甲街道：\\n（1）某片区\\n范围：某小区；\\n（2）某村\\n2.乙街道\\n（1）某苑'
    """
    if not _LOST_BRACKET.search(text):
        return text
    lines, count = text.split("\n"), 0
    for k, line in enumerate(lines):
        if lost := _LOST_BRACKET.match(line):
            count += 1
            lines[k] = f"（{count}）{line[lost.end():]}"
        elif _COUNT_RESTART.match(line):
            count = 0
    return "\n".join(lines)


# A content farm's anti-copy watermark, its own name appended to line after line of the text it
# copied (`…降为低风险地区。RJx某某生活常识网`, `一、高风险区 6 个RJx某某生活常识网`): the same
# string ends many lines, and on some it stands after the sentence's stop, where no word of
# the notice stands. Found by that repetition, whatever it says; words that many lines of a
# list end with (`…小区`, `…有限公司`) never follow a stop, and a clause mark or a bracket
# inside a string (`…。（责任单位：各区县领导小组）` on every item) makes it text.
_WATERMARK_MIN_LINES = 3
_WATERMARK_SHARE = 0.3  # of the text's lines
_WATERMARK_LENGTH = range(4, 31)
_STOP_BEFORE = re.compile(r"[。！？；!?;]$")
_CLAUSE_MARK = re.compile(r"[，,。！？；：、!?;:（）()【】《》“”]")


@lru_cache(maxsize=4)  # asked of the same text by watermarks and strip_watermark
def watermark(text: str) -> str | None:
    """The watermark a copy appended to its lines, or None.

    >>> watermark("通告RJx某某网\\n一、高风险区 6 个RJx某某网\\n某村片区RJx某某网\\n实行封控措施。RJx某某网\\n二、低风险区")
    'RJx某某网'
    >>> watermark("封控区：\\n甲花园小区\\n乙花园小区\\n丙花园小区\\n实行封控。") is None
    True
    >>> watermark("（一）要排查。（责任单位：各区县）\\n（二）要监测。（责任单位：市卫健委、各区县）\\n（三）要登记。（责任单位：各区县）") is None
    True
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    needed = max(_WATERMARK_MIN_LINES, _WATERMARK_SHARE * len(lines))
    # Every line a mark ends shares the mark's last four characters: only the lines whose
    # last four are that common can end one, and most texts have no such lines at all (the 27
    # endings of every line, counted for nothing, twice a text, were a sixth of the cleaning's time).
    shortest = _WATERMARK_LENGTH[0]
    tails = Counter(line[-shortest:] for line in lines if len(line) >= shortest)
    common = {tail for tail, count in tails.items() if count >= needed}
    if not common:
        return None
    ends = Counter(line[-n:] for line in lines if line[-shortest:] in common
                   for n in _WATERMARK_LENGTH if len(line) >= n)
    found = [end for end, count in ends.items() if count >= needed and not _CLAUSE_MARK.search(end)
             and any(line.endswith(end) and _STOP_BEFORE.search(line[: -len(end)]) for line in lines)]
    return max(found, key=lambda end: (ends[end], len(end)), default=None)


def watermarks(text: str) -> list[str]:
    """The watermark once for each line it ends, in the text's order (what ``strip_watermark`` cuts)."""
    mark = watermark(text)
    return [mark for line in text.split("\n") if line.rstrip().endswith(mark)] if mark else []


def strip_watermark(text: str) -> str:
    """Drop a watermark appended to line after line (``watermark``).

    >>> strip_watermark("一、高风险区6个RJx某某网\\n某村片区RJx某某网\\n实行封控。RJx某某网\\n以上措施适时调整。")
    '一、高风险区6个\\n某村片区\\n实行封控。\\n以上措施适时调整。'
    """
    mark = watermark(text)
    if not mark:
        return text
    return "\n".join(line.rstrip()[: -len(mark)].rstrip() if line.rstrip().endswith(mark) else line for line in text.split("\n"))


# A spammer's keyword (the page's place name) appended to sentence after sentence:
# `恢复人员正常流动锦州。`. A place a notice names (锦州市) ends that many of its sentences
# only when it was injected.
# (Not 区: 封控区, 社区 would give 封控, 社, which a sentence may well end with.)
_PLACE = re.compile(r"([\u4e00-\u9fff]{2,3})[市县州]")
_MIN_INJECTED = 3
_INJECTED_SHARE = 0.4  # of the full stops of the text


def injected_words(text: str) -> list[str]:
    """The injected place name of a text with the full stop after it, once for each
    time it stands there (the stop locates it, not the place's own mentions)."""
    ends = text.count("。")
    # One character stands before as many stops as the injected name does: most texts
    # have none that common, and need no search for names.
    before = Counter(part[-1] for part in text.split("。")[:-1] if part)
    if not before or before.most_common(1)[0][1] < max(_MIN_INJECTED, ends * _INJECTED_SHARE):
        return []
    for place in dict.fromkeys(_PLACE.findall(text)):
        count = text.count(place + "。")
        if count >= _MIN_INJECTED and count >= ends * _INJECTED_SHARE:
            return [place + "。"] * count
    return []


def strip_injected_words(text: str) -> str:
    """Drop a place name injected before the full stop of sentence after sentence.

    >>> strip_injected_words("某州市通告\\n一、停止聚集某州。\\n二、关闭场所某州。要消毒。\\n三、暂停营业某州。")
    '某州市通告\\n一、停止聚集。\\n二、关闭场所。要消毒。\\n三、暂停营业。'
    """
    found = injected_words(text)
    return text.replace(found[0], "。") if found else text
