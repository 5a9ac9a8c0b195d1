"""Repair a newspaper page whose columns were cut and pasted out of order.

Works on one paragraph per line; headlines are Markdown-style ``#`` lines, as
OCR and page-to-text tools produce them.
"""
from __future__ import annotations

import re

from .segment import word_prefixes, words

_HEADLINE = re.compile(r"^(#{1,6})\s*(.*)$")
SUBHEADING = "### "
_CLOSED = re.compile(r"[。！？…”’」』）)】：:；]$")
_NO_PUNCTUATION_END = re.compile(r"[\u4e00-\u9fff\w“‘]$")


def _is_open(paragraph: str) -> bool:
    """A body paragraph that stops in the middle of a sentence."""
    return not _HEADLINE.match(paragraph) and not _CLOSED.search(paragraph)


def _word_across(left: str, right: str) -> bool:
    """Whether jieba reads a word running across the junction: 重要责 + 任，… is 责任."""
    a, b = left[-4:], right[:4]
    pos = 0
    for w in words(a + b, guess=False):
        if pos < len(a) < pos + len(w):
            return True
        pos += len(w)
    return False


# How far from a broken-off paragraph its continuation is looked for, in body paragraphs
# each way: a cut column continues within the page it was cut from, and a bound keeps a
# page of thousands of fragments linear.
_REACH = 120


def _continuation(paragraphs: list[str], i: int, used: set[int]) -> int | None:
    """The paragraph that continues the broken-off paragraph ``i``, if one does.

    Following paragraphs are tried nearest first, then preceding ones. A word can
    run across the junction only into a paragraph whose first character continues a
    dictionary word from the end of ``i``: a lookup tells that before jieba reads the two.
    """
    # The next paragraph not yet joined to another: a fragment may continue in several.
    after = next((j for j in range(i + 1, len(paragraphs)) if j not in used), None)
    if after is not None and not _HEADLINE.match(paragraphs[after]) and _NO_PUNCTUATION_END.search(paragraphs[i]):
        return after  # cut mid-phrase and the next body paragraph is right there
    tails = [paragraphs[i][-k:] for k in range(1, 5) if k <= len(paragraphs[i])]
    continues: dict[str, bool] = {}  # by first character: most of the reach shares a few
    prefixes = word_prefixes()  # (segment.is_word_prefix, its dictionary fetched once)
    for side in (range(i + 1, len(paragraphs)), range(i - 1, -1, -1)):
        tried = 0
        for j in side:
            if j in used or not paragraphs[j] or paragraphs[j][0] == "#":  # _HEADLINE matches a line so opening
                continue
            tried += 1
            if tried > _REACH:
                break
            first = paragraphs[j][0]
            if first not in continues:
                continues[first] = any(tail + first in prefixes for tail in tails)
            if continues[first] and _word_across(paragraphs[i], paragraphs[j]):
                return j
    return None


def mark_headline(text: str) -> str:
    """A report copied without headline marks (the text of a web page) opens with its
    headline: mark it, or it would be taken for a fragment cut from its first paragraph.

    >>> mark_headline("我市加强疫情防控\\n本报讯 昨日，市卫生健康委召开会议。")
    '## 我市加强疫情防控\\n本报讯 昨日，市卫生健康委召开会议。'
    >>> mark_headline("某某网讯（记者 某某）8月27日，某区指挥部发布公告，实行分区管控。\\n据了解，…")[:2]
    '某某'
    """
    if any(_HEADLINE.match(line) for line in text.split("\n")):
        return text
    # (a report copied without its headline opens with its first paragraph, a whole sentence: no headline)
    if _FIRST_PARAGRAPH.match(text.split("\n", 1)[0].strip()):
        return text
    return "## " + text


# A paragraph, not a headline: clauses, and the sentence ended (黄南新闻网讯（记者 某某）8月27日，…管控。).
_FIRST_PARAGRAPH = re.compile(r"^[^\n]*[，,][^\n]*[。！？]$")


def rejoin_fragments(text: str) -> str:
    """Join each paragraph that breaks off mid-sentence to the fragment that continues it.

    The continuation is the next paragraph when the break falls mid-phrase;
    otherwise (a headline follows, or the break is at a comma) the fragment,
    wherever it was pasted, whose first characters complete a word with the
    broken-off end (``重要责`` + ``任，围绕…``).

    >>> rejoin_fragments("切实担负起属地防控工作的重要责\\n## 另一篇\\n正文。\\n任，围绕存量防扩散。")
    '切实担负起属地防控工作的重要责任，围绕存量防扩散。\\n## 另一篇\\n正文。'
    """
    paragraphs = text.split("\n")
    used: set[int] = set()
    i = 0
    while i < len(paragraphs):
        j = None
        if i not in used and _is_open(paragraphs[i]):
            j = _continuation(paragraphs, i, used)
        if j is None:
            i += 1
            continue
        paragraphs[i] += paragraphs[j]
        used.add(j)  # and look at the joined paragraph again: it may still be open
    return "\n".join(p for k, p in enumerate(paragraphs) if k not in used)


def split_articles(text: str) -> tuple[str | None, list[tuple[str, list[str]]]]:
    """The page title and its articles as (headline, paragraphs).

    The first top-level headline is the page's; ``##`` headlines start articles;
    a top-level headline right after an article's headline is its subtitle, kept
    as the article's first paragraph. Subtitles and crossheads keep a ``### ``
    mark (see ``SUBHEADING``). Text before the first article headline makes an
    article under the page title, so nothing is dropped.
    """
    page_title = None
    articles: list[tuple[str, list[str]]] = []
    for line in text.split("\n"):
        m = _HEADLINE.match(line)
        if m and not m.group(2).strip():
            continue  # a bare "#" heads nothing
        level = len(m.group(1)) if m else 0
        if level == 1 and page_title is None and not articles:
            page_title = m.group(2).strip()
        elif level == 2 or (level == 1 and not articles):
            articles.append((m.group(2).strip(), []))
        elif not articles:  # text before any article headline: an article of its own
            articles.append((page_title or "", [SUBHEADING + m.group(2).strip() if m else line]))
        else:
            articles[-1][1].append(SUBHEADING + m.group(2).strip() if m else line)
    return page_title, articles
