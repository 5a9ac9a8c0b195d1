"""The main text of a web page: the block that holds the article, as lines.

Navigation, scripts, sidebars and footers are dropped; of what remains, the element
holding most of the (CJK) text outside links is taken as the content. `<br>` and block
elements end lines.
"""
from __future__ import annotations

import html as html_entities
import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from ingest.encoding import decode_text
from ingest.errors import SourceError

_DROP_TAGS = {
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "nav", "header", "footer", "aside", "form", "button", "select", "textarea", "input", "head",
}
# A <header> inside an article holds the article's own title, not the site banner.
_KEEP_HEADER_INSIDE = ("article", "main")
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
# class/id words of page chrome (after readability's "unlikely candidates"), unless the same
# attribute also says it is content ("article-header", "main-footer-text" stay).
_CHROME = re.compile(
    r"nav|menu|breadcrumb|crumb|banner|header|foot(?!note)|bottom|copyright|sidebar|side-?bar"
    r"|related|share|social|comment|pager|pagination|popup|modal|toolbar|search|login|advert"
    r"|qrcode|erweima|print|skip",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"article|content|main|body|text|detail|zoom|editor|trs|cont\b|wenzhang|zhengwen", re.IGNORECASE)
_CONTAINERS = {"body", "article", "main", "section", "div", "td", "dd", "center", "blockquote"}
_BLOCKS = _CONTAINERS | {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "table", "tr",
    "thead", "tbody", "tfoot", "caption", "pre", "figure", "figcaption", "hr", "address",
}
_CELLS = {"td", "th"}
_SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_WORD = re.compile(r"\w")
# Text left with entities after parsing was escaped twice by the publishing system ("&amp;nbsp;").
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
# Link text counts this many times against a block: link lists are navigation.
_LINK_PENALTY = 2.0
# Share of the page's text added to elements marked as content (<article>, class="content"…).
_CONTENT_BONUS = 0.1
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_ASCII_SPACE = re.compile(r"[ \t\n\r\f]+")
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f]")
# A notice's page has a few thousand tags, a long annex table some tens of thousands.
# Each costs some 20 µs to parse and clean: a page far over this is no notice, and would
# hold its worker for seconds.
MAX_TAGS = 100_000


def read_html(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """(text, encoding, notes) of a web page's bytes; raises SourceError naming `name`."""
    match = _CHARSET.search(data[:4096])
    declared = (match.group(1) or match.group(2)).decode("ascii") if match else None
    decoded = decode_text(data, name, declared=declared)
    tags = decoded.text.count("<")  # at least every tag's opening bracket
    if tags > MAX_TAGS:
        raise SourceError(name, f"{tags:,} pieces of markup, over the limit of {MAX_TAGS:,} for one web page; refused")
    soup = BeautifulSoup(decoded.text, "lxml")
    root = soup.body or soup
    _drop_chrome(root)
    counts: dict[int, tuple[int, int]] = {}
    measure = _CJK if _CJK.search(root.get_text()) else _WORD
    elements = _elements(root)
    own, links = _count(elements, measure, counts)
    total = own + links
    if not total:
        raise SourceError(name, "no text content (only markup, scripts or styles)")
    block = _main_block(elements, counts, total)
    notes = list(decoded.notes)
    if block is not root:
        notes.append(f"kept the main content block <{block.name}{_describe_attrs(block)}>, dropped the rest of the page")
    text, unescaped = _render(block)
    if unescaped:
        notes.append("decoded HTML entities that were escaped twice (&amp;nbsp; …)")
    if not text.strip():
        raise SourceError(name, "no text content (only markup, scripts or styles)")
    return text, decoded.encoding, notes


def _drop_chrome(root: Tag) -> None:
    """Remove comments, scripts, navigation and other page chrome under `root`.

    One walk from the top with an explicit stack: a dropped element is removed whole
    and not entered, so the work is linear in the size of the page however deep its
    nesting (a page of 100,000 nested <div>s), and no Python recursion limit is met."""
    for node in root.find_all(string=lambda s: isinstance(s, _SKIPPED_STRINGS)):
        node.extract()
    stack = [(root, False)]
    while stack:
        tag, in_article = stack.pop()
        for child in list(tag.children):
            if not isinstance(child, Tag):
                continue
            if _is_dropped(child, in_article):
                child.decompose()
            else:
                stack.append((child, in_article or child.name in _KEEP_HEADER_INSIDE))


def _is_dropped(tag: Tag, in_article: bool) -> bool:
    if tag.name in _DROP_TAGS and not (tag.name == "header" and in_article):
        return True
    # Most elements have no attributes, and only attributes mark the rest as chrome.
    return bool(tag.attrs) and (_is_hidden(tag) or tag.get("role") in _DROP_ROLES or _is_chrome(tag))


def _is_hidden(tag: Tag) -> bool:
    style = re.sub(r"\s", "", str(tag.get("style", ""))).lower()
    return tag.has_attr("hidden") or "display:none" in style or "visibility:hidden" in style


def _is_chrome(tag: Tag) -> bool:
    if tag.name in ("body", "html", "article", "main"):
        return False
    label = " ".join([*tag.get("class", []), str(tag.get("id", ""))])
    return bool(label.strip()) and bool(_CHROME.search(label)) and not _CONTENT.search(label)


def _elements(root: Tag) -> list[Tag]:
    """`root` and every element under it, in document order; no recursion, however deep."""
    order: list[Tag] = []
    stack = [root]
    while stack:
        tag = stack.pop()
        order.append(tag)
        stack.extend(child for child in reversed(tag.contents) if isinstance(child, Tag))
    return order


def _count(elements: list[Tag], measure: re.Pattern, counts: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """(characters outside links, characters inside links) under the first of `elements`
    (in document order), and under each of the others, kept in `counts` by id. Summed in
    reverse order, children before parents: linear time."""
    for tag in reversed(elements):
        own = links = 0
        for child in tag.children:
            if isinstance(child, Tag):
                inner, inner_links = counts[id(child)]
                if child.name == "a":
                    links += inner + inner_links
                else:
                    own += inner
                    links += inner_links
            elif isinstance(child, NavigableString):
                own += len(measure.findall(child))
        counts[id(tag)] = (own, links)
    return counts[id(elements[0])]


def _main_block(elements: list[Tag], counts: dict[int, tuple[int, int]], total: int) -> Tag:
    """The container with the most text outside links, less its link text, with a bonus for
    elements that call themselves content; the page itself (the first of `elements`, in
    document order) if nothing scores higher."""

    def score(tag: Tag) -> float:
        own, links = counts[id(tag)]
        marked = (tag.attrs or tag.name in ("article", "main")) and _marked_content(tag)
        return own - _LINK_PENALTY * links + (_CONTENT_BONUS * total if marked else 0)

    candidates = [elements[0], *(tag for tag in elements[1:] if tag.name in _CONTAINERS)]
    return max(candidates, key=score)  # max keeps the first (outermost) of equal scores


def _marked_content(tag: Tag) -> bool:
    if tag.name in ("article", "main") or tag.get("role") == "main":
        return True
    label = " ".join([*tag.get("class", []), str(tag.get("id", ""))])
    return bool(_CONTENT.search(label))


def _describe_attrs(tag: Tag) -> str:
    parts = [f'id="{tag["id"]}"'] if tag.get("id") else []
    if tag.get("class"):
        parts.append(f'class="{" ".join(tag["class"])}"')
    return "".join(" " + p for p in parts)


def _render(block: Tag) -> tuple[str, bool]:
    """Lines of `block`'s text; and whether doubly escaped entities were decoded."""
    parts: list[str] = []
    unescaped = False
    # A stack of what is left to do, in reverse: (node, inside <pre>) to render, or a
    # string to append once a block's content is done. No recursion, however deep the page.
    todo: list[tuple[Tag | NavigableString, bool] | str] = [(child, block.name == "pre") for child in reversed(block.contents)]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        child, in_pre = item
        if isinstance(child, Tag):
            if child.name == "br":
                parts.append("\n")
                continue
            inner = in_pre or child.name == "pre"
            if child.name in _CELLS:
                parts.append("\t")
            elif child.name in _BLOCKS:
                parts.append("\n")
                todo.append("\n")
            todo.extend((grandchild, inner) for grandchild in reversed(child.contents))
        elif isinstance(child, NavigableString) and not isinstance(child, _SKIPPED_STRINGS):
            text = str(child)
            if _ENTITY.search(text):
                text = html_entities.unescape(text)
                unescaped = True
            parts.append(text if in_pre else _collapse_space(text))
    lines = (line.strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line), unescaped


def _collapse_space(text: str) -> str:
    """HTML white space: runs become one space, and a line break between two wide (CJK)
    characters disappears (CSS Text 3 segment-break rule) rather than leaving a space."""

    def replace(match: re.Match) -> str:
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if "\n" in match.group() and _WIDE.match(before or " ") and _WIDE.match(after or " "):
            return ""
        return " "

    return _ASCII_SPACE.sub(replace, text)
