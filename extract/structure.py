"""The provision hierarchy of a notice: which numbered provisions are measures.

A measure is a numbered provision at the deepest level that carries its own
text (see the annotation guide). Levels are the numbering styles in the order
the notice first uses them, so ``一、`` over ``1.`` and ``（一）`` over ``1.``
both work, and items numbered straight through their sections keep their
printed number (``三、`` … ``9.`` is path ``3.9``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.markers import ATTACHMENT_HEADING, match_marker, ordinal

from .models import Measure

HEADING_MAX = 30
# Obligation words that make an unnumbered closing paragraph a measure.
_OBLIGATION = re.compile(r"要|须|应当|应|不得|严禁|务必|确保")
# A first sentence opening with these is an instruction, not a label.
_INSTRUCTION_START = re.compile(r"^(?:将|把|对|由|在|按照|根据|依据|凡|从|自|经)")
_INLINE_ENUM = re.compile(r"(?:^|(?<=[。；，：]))([一二三四五六七八九十]+)是")
_INLINE_MARKER = re.compile(r"(?<=[。；：])")
_ATTACHMENT_LIST = re.compile(r"附件\s*[：:]\s*\S")


@dataclass
class Node:
    style: str
    ordinal: int
    paragraph: int
    line: str  # the marker paragraph without its marker
    body: list[str] = field(default_factory=list)  # unnumbered paragraphs that follow it
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = None

    @property
    def path(self) -> list[int]:
        return (self.parent.path if self.parent else []) + [self.ordinal]


def heading_of(line: str) -> str | None:
    """The short label that opens a provision, or None when it opens with an instruction.

    >>> heading_of("备足隔离房间。各区县要按照…")
    '备足隔离房间'
    >>> heading_of("强化督查，严肃追责问责") is None, heading_of("将北碚区纳入中风险区县。") is None
    (False, True)
    """
    if "。" not in line:
        return line.strip() if len(line) <= HEADING_MAX * 2 else None
    first = line.split("。", 1)[0].strip()
    if len(first) > HEADING_MAX or "，" in first or _INSTRUCTION_START.match(first):
        return None
    return first


def _split_inline(paragraphs: list[str], styles: list[str]) -> list[tuple[int, str]]:
    """Paragraphs, with provisions run together on one line split apart (keeping the index).

    An inline marker counts when it follows the end of a sentence and continues
    (or restarts) the numbering of a style the notice uses.
    """
    out = []
    expected: dict[str, int] = {}
    for i, paragraph in enumerate(paragraphs):
        start = 0
        for cut in [0, *(m.start() for m in _INLINE_MARKER.finditer(paragraph))]:
            marker = match_marker(paragraph, cut)
            if not marker or marker[0] not in styles:
                continue
            if cut and marker[1] not in (1, expected.get(marker[0])):
                continue
            if cut:
                out.append((i, paragraph[start:cut]))
                start = cut
            expected[marker[0]] = marker[1] + 1
        out.append((i, paragraph[start:]))
    return out


def attachment_list(paragraphs: list[str]) -> range:
    """Where the list of attachments (附件说明) stands: ``附件：1.…`` and the numbered
    names under it. Its numbers are not provisions."""
    for i, paragraph in enumerate(paragraphs):
        if _ATTACHMENT_LIST.match(paragraph) and _is_tail_line(paragraph):
            end = i + 1
            while end < len(paragraphs) and _is_tail_line(paragraphs[end]) and match_marker(paragraphs[end]):
                end += 1
            return range(i, end)
    return range(0)


def parse_provisions(paragraphs: list[str]) -> tuple[list[str], list[Node]]:
    """The preamble paragraphs and the tree of numbered provisions."""
    attachments = attachment_list(paragraphs)
    styles: list[str] = []
    for i, p in enumerate(paragraphs):
        marker = match_marker(p)
        if marker and marker[0] not in styles and i not in attachments:
            styles.append(marker[0])
    preamble: list[str] = []
    roots: list[Node] = []
    stack: list[Node] = []
    attached = False  # on an attached page: its unnumbered lines (a table) belong to no provision
    for index, text in _split_inline(paragraphs, styles):
        if index in attachments:
            continue
        if ATTACHMENT_HEADING.fullmatch(text):
            stack, attached = [], True
            continue
        marker = match_marker(text)
        if marker is None:
            if stack:
                stack[-1].body.append(text)
            elif not attached:
                preamble.append(text)
            continue
        style, number, m = marker
        level = styles.index(style)
        node = Node(style, number, index, text[m.end():].strip())
        while stack and styles.index(stack[-1].style) >= level:
            stack.pop()
        if stack:
            node.parent = stack[-1]
            stack[-1].children.append(node)
        else:
            roots.append(node)
        stack.append(node)
    return preamble, roots


def _leaves(nodes: list[Node]):
    for node in nodes:
        if node.children:
            yield from _leaves(node.children)
        else:
            yield node


def _is_tail_line(paragraph: str) -> bool:
    """Signature, date and publication notes: short lines without sentences."""
    return len(paragraph) <= 40 and not re.search(r"[。；！？]", paragraph)


def _inline_enumeration(text: str) -> list[str] | None:
    """``一是…二是…`` items, when a provision holds at least two of them in order."""
    kept = []
    for m in _INLINE_ENUM.finditer(text):
        if ordinal(m.group(1)) == len(kept) + 1:
            kept.append(m)
    if len(kept) < 2:
        return None
    ends = [m.start() for m in kept[1:]] + [len(text)]
    return [text[m.end() : end].strip("；，。 ") + "。" for m, end in zip(kept, ends)]


def find_measures(paragraphs: list[str]) -> list[Measure]:
    """The measures of a notice's clean body paragraphs, in document order."""
    preamble, roots = parse_provisions(paragraphs)
    measures: list[Measure] = []
    leaves = list(_leaves(roots))
    for k, leaf in enumerate(leaves):
        body = leaf.body
        closing: list[str] = []
        # After the last provision, paragraphs that follow one carrying its own text
        # are the notice's closing words, not more of that provision.
        if k == len(leaves) - 1 and "。" in leaf.line:
            body, closing = [], [p for p in leaf.body if not _is_tail_line(p)]
        text = "\n".join([leaf.line, *body]).strip()
        path = ".".join(map(str, leaf.path))
        items = _inline_enumeration(text)
        if items:
            measures.extend(Measure(f"{path}.{n}", heading_of(item), item, leaf.paragraph)
                            for n, item in enumerate(items, 1))
        elif text:  # a bare number with no text of its own ("一、" alone) carries no measure
            measures.append(Measure(path, heading_of(leaf.line), text, leaf.paragraph))
        for n, paragraph in enumerate(p for p in closing if _OBLIGATION.search(p)):
            measures.append(Measure("closing" if n == 0 else f"closing.{n + 1}", None, paragraph,
                                    paragraphs.index(paragraph)))
    if not roots:  # a notice that numbers nothing: its order-giving paragraphs, after the preamble
        orders = [p for p in preamble[1:] if not _is_tail_line(p) and _OBLIGATION.search(p)]
        measures.extend(Measure("closing" if n == 0 else f"closing.{n + 1}", None, p, paragraphs.index(p))
                        for n, p in enumerate(orders))
    return measures
