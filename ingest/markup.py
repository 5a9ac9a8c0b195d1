"""Text files whose content is markup: read by what they hold, not by their name.

A ``.txt`` may hold a web page, a database dump whose row carries the page's HTML in a
quoted field (quotes escaped with backslashes), or Markdown (``**一、…**``, links,
images). HTML goes through ``ingest.html`` like any web page; Markdown keeps its
``#`` headings (the news pages' headlines) and loses its inline marks.
"""
from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt

from .chrome import HAN
from .html import read_html
from .markers import LEVELS, marker_source

_TAG = re.compile(
    r"<(?:p|div|br|span|strong|b|em|table|tr|td|th|h[1-6]|li|ul|ol|img|a|section|article|font|center)\b[^<>]*>"
    r"|</(?:p|div|span|strong|b|em|table|tr|td|th|h[1-6]|li|ul|ol|a|section|article|font|center)>",
    re.IGNORECASE,
)
_MIN_TAGS = 3  # a stray "<br>" or two is scrape debris, which cleaning removes
# What a dump writes before and after a quoted field.
_FIELD_OPEN = re.compile(r"""['"]\s*$""")
_FIELD_CLOSE = re.compile(r"""^\s*['"]""")
# A quoted field of a dump, its quotes escaped with backslashes (or doubled, as SQL does).
_QUOTED = re.compile(r"'((?:[^'\\]|\\.|'')*)'|\"((?:[^\"\\]|\\.)*)\"", re.DOTALL)
_SQL_ESCAPE = re.compile(r"""\\(["'\\nrt])""")
_SQL_UNESCAPED = {"n": "\n", "r": "", "t": "\t"}
# Inline Markdown: bold or italic marks, links, images.
_MARKDOWN = re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__|!?\[[^\]\n]*\]\([^)\s]+\)")
_MIN_MARKS = 2
# CommonMark takes ** for emphasis only beside white space or punctuation on the outer
# side, which Chinese text has none of: **（一）暂停营业。**各场所… keeps its marks
# through the parser, and they go here.
_CJK_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\1")
_PROVISION_HEADING = re.compile(rf"^#{{1,6}}\s*(?=(?:\*\*|__)?(?:{marker_source(*LEVELS)}))", re.M)


def html_span(text: str) -> tuple[int, int] | None:
    """Where the HTML of a text stands, if it holds markup: from its first tag to its last."""
    tags = list(_TAG.finditer(text))
    if len(tags) < _MIN_TAGS:
        return None
    return tags[0].start(), tags[-1].end()


def read_markup(text: str, name: str) -> tuple[str, list[str]] | None:
    """The text of markup content, and notes on what was dropped; None for plain text.

    >>> row = "(7, '标题', '<p style=" + chr(92) + '"a: 1' + chr(92) + '">一、申领要求</p><p>1.如实填写。</p><p><br/></p>' + "', 1)"
    >>> read_markup(row, "x.txt")[0]
    '一、申领要求\\n1.如实填写。'
    >>> read_markup("**一、加强管理**\\n详见[通知](http://a.cn/1.html)。![图](a.png)", "x.txt")[0]
    '一、加强管理\\n详见通知。'
    >>> read_markup("一、加强管理。", "x.txt") is None
    True
    """
    span = html_span(text)
    if span and _injected_tags(text, span):
        return _ANY_TAG.sub("", text), ["empty tags injected over plain text removed"]
    if span:
        return _read_html_inside(text, span, name)
    if len(_MARKDOWN.findall(text)) + len(_PROVISION_HEADING.findall(text)) >= _MIN_MARKS:
        return strip_markdown(text), ["read as Markdown: inline marks, links and images removed"]
    return None


# Content farms inject runs of empty tags (<fieldset id="26ue2"><table id="26ue2"></table>…)
# over a copy that is plain text, laid out in lines: read as HTML, its line breaks would be
# spaces. Markup holding no Chinese of its own, with the text after it, is such a run.
_ANY_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def _injected_tags(text: str, span: tuple[int, int]) -> bool:
    """Whether the markup of ``text`` is empty tags injected over the plain text after them.

    >>> _injected_tags('<ul id="a1"></ul>\\n<center id="a1"></center><p id="a1"></p>\\n一、暂停营业。\\n二、做好防护。', (0, 55))
    True
    >>> _injected_tags("<p>一、暂停营业。</p><p>二、做好防护。</p>", (0, 32))
    False
    """
    start, end = span
    return not HAN.search(_ANY_TAG.sub("", text[start:end])) and bool(HAN.search(text[end:]))


def _read_html_inside(text: str, span: tuple[int, int], name: str) -> tuple[str, list[str]]:
    start, end = span
    notes = []
    html = text[start:end]
    if _FIELD_OPEN.search(text[:start]) and _FIELD_CLOSE.match(text[end:]):
        # The HTML is held in quoted fields of a dump's rows: the rows' other fields are not the page.
        fields = [m.group(1) or m.group(2) for m in _QUOTED.finditer(text)]
        held = "\n".join(_SQL_ESCAPE.sub(_unescape, f) for f in fields if f and len(_TAG.findall(f)) >= _MIN_TAGS)
        # A quote inside a field, left unescaped, breaks the row's quoting: fields that hold
        # less than half of the markup are pieces of it, and the markup is read as it stands.
        if len(_TAG.findall(held)) * 2 >= len(_TAG.findall(html)):
            html = held
            notes.append("read the HTML held in quoted fields; dropped the records around it")
    elif text[:start].strip() or text[end:].strip():
        html = _plain_lines_as_paragraphs(text, span)  # text around the markup is the page's too
    content, _, html_notes = read_html(html.encode("utf-8"), name)
    return content, ["the content is HTML", *notes, *html_notes]


def _plain_lines_as_paragraphs(text: str, span: tuple[int, int]) -> str:
    """The page with each whole line outside its markup set as a paragraph: read as HTML, the
    plain lines a blog prints over its body (the title, then the author's name: 某小学致家长一封信 /
    某小学 / <p>各位家长:</p>…) would run together into one. The lines the first and last tags
    stand on are left as they are, the markup going on inside them.

    >>> _plain_lines_as_paragraphs("某校致家长一封信\\n\\n作者\\n\\n<p>各位家长:</p><p>一、</p><p>二、</p>", (22, 54))
    '<p>某校致家长一封信</p><p>作者</p><p>各位家长:</p><p>一、</p><p>二、</p>'
    >>> _plain_lines_as_paragraphs("<p>一、</p><p>二、</p><p>三、</p>\\n阅读 12\\n点赞", (0, 27))
    '<p>一、</p><p>二、</p><p>三、</p><p>阅读 12</p><p>点赞</p>'
    """
    start, end = span
    before, after = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    after = len(text) if after < 0 else after

    def paragraphs(part: str) -> str:
        return "".join(f"<p>{line}</p>" for line in part.split("\n") if line.strip())

    return paragraphs(text[:before]) + text[before:after] + paragraphs(text[after:])


def _unescape(m: re.Match) -> str:
    return _SQL_UNESCAPED.get(m.group(1), m.group(1))


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark")


def strip_markdown(text: str) -> str:
    """Each line without its inline Markdown: bold and italic marks go, a link becomes its
    text, an image goes. Line structure and ``#`` headlines stay as they are; a numbered
    provision set as a heading (``## 一、总体要求``) is a provision, not a headline.

    >>> strip_markdown("# 标题\\n## 二、**严格**落实\\n**1.** 严格**落实**责任")
    '# 标题\\n二、严格落实\\n1. 严格落实责任'
    >>> strip_markdown("**（一）暂停营业。**各场所暂停营业。")
    '（一）暂停营业。各场所暂停营业。'
    """
    lines = (_PROVISION_HEADING.sub("", line) for line in text.split("\n"))
    return "\n".join(_inline_text(line) if _MARKDOWN.search(line) else line for line in lines)


def _inline_text(line: str) -> str:
    parts = []
    for token in _markdown().parseInline(line)[0].children or []:
        if token.type in ("text", "code_inline", "html_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return _CJK_EMPHASIS.sub(r"\2", "".join(parts))

