"""The provision hierarchy of a notice: which numbered provisions are measures.

A measure is a numbered provision at the deepest level that carries its own
text (see the annotation guide). Levels are the numbering styles in the order
the notice first uses them, so ``一、`` over ``1.`` and ``（一）`` over ``1.``
both work, and items numbered straight through their sections keep their
printed number (``三、`` … ``9.`` is path ``3.9``). Items run together in one
paragraph are split apart; a notice that numbers nothing has its
order-giving paragraphs as measures ``closing``, ``closing.2``, …; word lists
and patterns are in data/structure.yml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ingest.chrome import HAN, SIGNATURE_DATE, ends_with_body
from ingest.markers import AREA_KIND_LABEL, ATTACHMENT_HEADING, CIRCLED, CN_DIGITS, CONTINUES_NUMBER, OPENERS, match_marker, ordinal

from .models import Measure
from .numbers import alternation
from .punctuation import COLONS, SENTENCE_ENDS
from .rules import any_of, compile_rule_file, rule

RULES_FILE = Path(__file__).parent / "data" / "structure.yml"
HEADING_MAX = 30
# A first sentence opening with these is an instruction, not a label.
_INSTRUCTION_START = re.compile(r"^(?:将|把|对|由|在|按照|根据|依据|凡|从|自|经)")
_INLINE_ENUM = re.compile(r"(?:^|(?<=[。；，：;,:]))([一二三四五六七八九十]+)是")
# (附件：, and a bare 附：/附表：/附录：, `附:第四、第五片区指定商超名单`, over the numbered names after it)
_ATTACHMENT_LIST = re.compile(r"附(?:件|表|录)?\s*[：:]\s*\S")
_ATTACHMENT_LABEL = re.compile(r"附(?:件|表|录)?\s*[：:]")
_STOPS = SENTENCE_ENDS.strip()  # a line break is left in the sentence
_SENTENCES = re.compile(f"[^{_STOPS}]+[{_STOPS}]*")
_COLON_ENDS = tuple(COLONS)  # how a lead-in ends
# A stop that ends a whole sentence (not a semicolon, which ends an item of a list).
_FULL_STOP = re.compile("[。！!？?]")
# A labelled line (`（责任单位：各区县）`, `咨询电话：…`) is no signature.
_LABELLED = re.compile(r"[：:]")


@dataclass(frozen=True)
class _Rules:
    extra: tuple[tuple[str, re.Pattern], ...]  # numbering styles ingest does not know
    padded: re.Pattern  # a zero-padded number with its stop, read before ingest's
    loose: tuple[tuple[str, re.Pattern], ...]  # markers read where the count demands them, may open a list
    glued: tuple[tuple[str, re.Pattern], ...]  # markers read where the count demands them, after the item before
    table_header: re.Pattern  # the header row of a table, whose rows' loose numbers are no markers
    paragraph_only: tuple[tuple[str, re.Pattern], ...]  # styles that count at a paragraph's start
    emphasis: tuple[str, ...]
    marker_debris: re.Pattern
    inline_start: re.Pattern  # where an inline marker may start: after a cut, at a character a marker opens with
    run_on_max: int
    name_label_max: int
    obligation: re.Pattern
    false_obligation: re.Pattern
    idle_clauses: re.Pattern
    order: re.Pattern
    not_order: re.Pattern
    preamble_end: re.Pattern
    notice_lead_in: re.Pattern
    announces_provisions: re.Pattern
    closing_formula: re.Pattern
    appeal: re.Pattern
    closing_appeal: re.Pattern
    beyond_items: re.Pattern
    tally: re.Pattern
    tally_line: re.Pattern
    designation: re.Pattern
    listed_disposal: re.Pattern  # a decision that disposes of the areas it goes on to list (将以下区域降为低风险区：)
    address_line: re.Pattern
    disposal: re.Pattern
    area_kind: re.Pattern
    zone_label: re.Pattern
    areas_above: re.Pattern
    zone_regime: re.Pattern
    zone_kind: re.Pattern
    schedule_line: re.Pattern
    contact_line: re.Pattern
    decision_stem: re.Pattern
    place_count: re.Pattern
    decision: re.Pattern
    lead_duty: re.Pattern
    zone_assignment: re.Pattern
    sanction: re.Pattern
    group_request: re.Pattern
    testing_call: re.Pattern
    arranged_testing: re.Pattern
    rallying_tail: re.Pattern
    call_opening: re.Pattern
    closing_words: re.Pattern
    goodwill: re.Pattern


def _compile_rules(data: dict, path: Path) -> _Rules:
    def styles(key: str) -> tuple[tuple[str, re.Pattern], ...]:
        return tuple((style, re.compile(p)) for style, p in rule(data, path, key).items())

    obligation = rule(data, path, "obligation")
    tally = rule(data, path, "tally")  # a fact, no order; after the last provision, the notice's closing words
    return _Rules(
        extra=styles("extra_markers"),
        padded=re.compile(rule(data, path, "padded_marker")),
        loose=styles("loose_markers"),
        glued=styles("glued_markers"),
        table_header=re.compile(rule(data, path, "table_header")),
        paragraph_only=styles("paragraph_only_markers"),
        emphasis=tuple(rule(data, path, "emphasis")),
        marker_debris=re.compile(rule(data, path, "marker_debris")),
        inline_start=re.compile(f"(?<=[{re.escape(rule(data, path, 'inline_cut_after'))}])"
                                f"(?=[{OPENERS}0-9０-９{CIRCLED}])"),
        run_on_max=int(rule(data, path, "run_on_label_max")),
        name_label_max=int(rule(data, path, "name_label_max")),
        obligation=re.compile(alternation(obligation)),
        false_obligation=re.compile(alternation(rule(data, path, "false_obligations"))),
        idle_clauses=re.compile(any_of(rule(data, path, "idle_clauses"))),
        # A directive word before 的 is a modifier (`对划定的…`), before 区 a name (`封控区`),
        # before 了 a report of what was done (`开展了三轮检测`), before 以来 the start of a period
        # reported (`封闭管理实施以来，…`): no order.
        order=re.compile(alternation(obligation + rule(data, path, "directives")) + "(?![的区了]|以来)"),
        not_order=re.compile(any_of(rule(data, path, "not_orders") + [tally])),
        preamble_end=re.compile(any_of(rule(data, path, "preamble_end"))),
        notice_lead_in=re.compile(rule(data, path, "notice_lead_in")),
        announces_provisions=re.compile(rule(data, path, "announces_provisions")),
        closing_formula=re.compile(rule(data, path, "closing_formula")),
        beyond_items=re.compile(any_of([rule(data, path, "beyond_items"), tally])),
        tally=re.compile(tally),
        tally_line=re.compile(rule(data, path, "tally_line")),
        appeal=re.compile(rule(data, path, "appeal")),
        closing_appeal=re.compile(rule(data, path, "closing_appeal")),
        designation=re.compile(rule(data, path, "designation")),
        listed_disposal=re.compile(rule(data, path, "listed_disposal")),
        address_line=re.compile(rule(data, path, "address_line")),
        disposal=re.compile(rule(data, path, "disposal")),
        area_kind=re.compile(rule(data, path, "area_kind")),
        zone_label=re.compile(rule(data, path, "zone_label")),
        areas_above=re.compile(rule(data, path, "areas_above")),
        zone_regime=re.compile(rule(data, path, "zone_regime")),
        zone_kind=re.compile(rule(data, path, "zone_kind")),
        schedule_line=re.compile(rule(data, path, "schedule_line")),
        contact_line=re.compile(rule(data, path, "contact_line")),
        decision_stem=re.compile(rule(data, path, "decision_stem")),
        place_count=re.compile(rule(data, path, "place_count")),
        decision=re.compile(rule(data, path, "decision")),
        lead_duty=re.compile(rule(data, path, "lead_duty")),
        zone_assignment=re.compile(rule(data, path, "zone_assignment")),
        sanction=re.compile(rule(data, path, "sanction")),
        group_request=re.compile(rule(data, path, "group_request")),
        testing_call=re.compile(rule(data, path, "testing_call")),
        arranged_testing=re.compile(rule(data, path, "arranged_testing")),
        rallying_tail=re.compile(rule(data, path, "rallying_tail")),
        call_opening=re.compile(rule(data, path, "call_opening")),
        closing_words=re.compile(rule(data, path, "closing_words")),
        goodwill=re.compile(rule(data, path, "goodwill")),
    )


_RULES = compile_rule_file(RULES_FILE, _compile_rules)


def marker_at(text: str, pos: int = 0, styles: tuple[str, ...] | list[str] | None = None) -> tuple[str, int, int] | None:
    """The numbering marker at ``pos`` as (style, ordinal, end), or None.
    Paragraph-only styles (``一是``) count at a paragraph's start (``styles``
    None) or when they are among the notice's ``styles``.

    >>> marker_at("②加强排查"), marker_at("一.取消聚餐"), marker_at("二是强化管控")
    (('circled', 2, 1), ('cn', 1, 2), ('shi', 2, 2))
    >>> marker_at("01、演练时间"), marker_at("02 :客流量限制"), marker_at("1、演练时间")
    (('padded', 1, 3), ('padded', 2, 4), ('arabic', 1, 2))
    """
    return _marker_at(text, pos, styles if styles is None or isinstance(styles, tuple) else tuple(styles))


# The structure's passes ask for the marker of each paragraph a dozen times over.
@lru_cache(maxsize=4096)
def _marker_at(text: str, pos: int, styles: tuple[str, ...] | None) -> tuple[str, int, int] | None:
    padded = _RULES.padded.match(text, pos)
    if padded:
        return "padded", ordinal(padded.group("n")), padded.end()
    found = match_marker(text, pos)
    if found:
        return found[0], found[1], found[2].end()
    extra = _RULES.extra + tuple(s for s in _RULES.paragraph_only if styles is None or s[0] in styles)
    for style, pattern in extra:
        m = pattern.match(text, pos)
        if m:
            n = m.group("n")
            return style, ordinal(m.group("n")), m.end()
    return None


def without_emphasis(paragraph: str) -> str:
    """A paragraph whose marker is wrapped in Markdown emphasis or follows a scrape's debris,
    without them.

    >>> without_emphasis("**一、总体要求**"), without_emphasis("__（二）__加强管理。"), without_emphasis("????二、严格管控。")
    ('一、总体要求', '（二）加强管理。', '二、严格管控。')
    >>> without_emphasis("????各县要开展排查。")
    '????各县要开展排查。'
    """
    debris = _RULES.marker_debris.match(paragraph)
    if debris and marker_at(paragraph, debris.end()):
        return paragraph[debris.end():]
    for mark in _RULES.emphasis:
        if paragraph.startswith(mark) and marker_at(paragraph, len(mark)):
            rest = paragraph[len(mark):]
            return rest.replace(mark, "", 1)
    return paragraph


def gives_orders(paragraph: str, bare_directives: bool = False) -> bool:
    """Whether a sentence of the paragraph places an obligation (or, with
    ``bare_directives``, gives any order) and is no appeal, effective date,
    rule still applying or closing formula."""
    def words(sentence: str) -> re.Pattern:
        # A call on the public at large (请广大群众…落实…) gives no order by a bare directive.
        return _RULES.order if bare_directives and not _RULES.appeal.match(sentence) else _RULES.obligation

    def orders(sentence: str) -> bool:
        kept = _RULES.false_obligation.sub("", _RULES.idle_clauses.sub("", sentence))
        # what the issuer decided is an order whatever its verb (…研究决定，3月14日…暂休一天), and so is putting
        # places under a kind of zone (…其他区域为低风险区) or a regime on one (高风险区采取…等管理措施), the penalty for breaching the rules (对…的，将依法追究…) and a
        # request to take part in the testing it arranges (请…前往就近采样点进行采样)
        return bool(words(sentence.strip()).search(kept) or (bare_directives and (
            _RULES.decision.search(kept) or _RULES.zone_assignment.search(kept.strip()) or _RULES.zone_regime.match(kept.strip())
            or _RULES.sanction.search(kept)
            or _calls_to_testing(kept))))

    return any(any(orders(part) and not _RULES.not_order.search(part.strip())
                   for part in map(_without_rallying_tail, _REQUEST_TURN.split(s)))
               or bare_directives and _asks_of_a_group(s) for s in _SENTENCES.findall(paragraph))


def _without_rallying_tail(sentence: str) -> str:
    """A duty laid on a subject without the rallying clause that ends its sentence (`各单位（场所）要严格履行疫情防控责任，
    齐心协力打赢疫情防控歼灭战。`): the rally is no veto on the duty before it. A call (请…, 希望…) keeps its tail: it is
    the appeal's own words.

    >>> _without_rallying_tail("各单位要严格落实防控措施，齐心协力巩固防控成果。")
    '各单位要严格落实防控措施'
    >>> _without_rallying_tail("请广大市民做好个人防护，共同守护美好家园。")
    '请广大市民做好个人防护，共同守护美好家园。'
    """
    if _RULES.call_opening.match(sentence.strip()):
        return sentence
    return _RULES.rallying_tail.sub("", sentence)


def _calls_to_testing(sentence: str) -> bool:
    """Whether a sentence asks people to take part in the testing the notice arranges. The appeal form comes first: a
    call on the public at large (请广大…) asks it only when it names the arrangement (where, when, at whose call);
    otherwise it is the general reminder of ADJUDICATION question 15.

    >>> _calls_to_testing("请广大市民继续做好日常防护，戴口罩、勤洗手，按规定参加核酸检测。")
    False
    >>> _calls_to_testing("请广大居民按照社区通知，分时段到指定地点参加核酸检测。"), _calls_to_testing("请全体村民到村委会广场参加核酸检测。")
    (True, True)
    """
    return bool(_RULES.testing_call.search(sentence)) and (
        not _RULES.appeal.match(sentence.strip()) or bool(_RULES.arranged_testing.search(sentence)))


# Where a sentence turns from the issuer's order to a request of others (…实施临时交通管制措施，请广大市民予以理解支持，…)
# or to an apology for the trouble, its reason clause and all (…全域解除临时管控，给您带来的不便，敬请谅解。), and where an
# apology opening the sentence turns to what follows it (由此带来的不便敬请谅解，如有违反…，将依法进行处理。): an appeal or
# apology on one side of the turn is no veto on the order on the other, nor the order on the appeal.
_REQUEST_TURN = re.compile(r"(?<=[，,])\s*(?=请|[^，,。；;！!]*不便\s*[，,]\s*[^，,。；;！!]*(?:谅解|见谅))|(?<=谅解[，,]|见谅[，,])")


def _asks_of_a_group(sentence: str) -> bool:
    """Whether the sentence requests something of a group the notice defines (…旅居史的人员，请主动报告，支持和配合…),
    a request that is no appeal in its own clause: a duty on them, though words of support follow.

    >>> _asks_of_a_group("近7日有涉疫地区旅居史的人员，请主动向社区报告，支持和配合做好防控。")
    True
    >>> _asks_of_a_group("受影响的市民朋友，请予以理解支持。"), _asks_of_a_group("请广大市民主动报告。")
    (False, False)
    """
    m = _RULES.group_request.search(sentence)
    clause = re.match(r"[^，,。；;！!？?]*", sentence[m.end():]).group() if m else ""
    return bool(clause.strip()) and not _RULES.not_order.search("请" + clause)


@dataclass
class Node:
    style: str
    ordinal: int
    paragraph: int
    line: str  # the marker paragraph without its marker
    body: list[tuple[int, str]] = field(default_factory=list)  # unnumbered paragraphs that follow it, with their index
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = None
    ruled: bool = False  # its own rule printed after its children (`原封控区：` / `1.…` / `封控区解除…后，…`)
    kept_to: int = -1  # the last paragraph of its body that is a list it counted again (its text, not closing words)

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
    if "。" not in line:  # a label on a line of its own (its colon no part of it), unless it is one instruction (`开展全员核酸检测；`)
        return line.strip().rstrip(COLONS) or None if len(line) <= HEADING_MAX * 2 and not line.rstrip().endswith(("；", ";")) else None
    first = line.split("。", 1)[0].strip()
    if len(first) > HEADING_MAX or "，" in first or _INSTRUCTION_START.match(first):
        return None
    return first


def _inline_cuts(paragraph: str, styles: list[str], expected: dict[str, int]) -> list[int]:
    """Where provisions run together in one paragraph start.

    An inline marker follows the end of a sentence or white space. It counts
    when it continues (or restarts) the numbering of a style the notice opens
    paragraphs with. Within each provision so found, a style used only inline
    counts when it runs 1, 2, … in order, and its first item may run on from
    the provision's short label without punctuation
    (``一、渝鄂省界所有入口1.对所有…2.对…``). ``expected`` (the next ordinal of
    each style) is updated.
    """
    own = marker_at(paragraph, 0)
    if own:
        expected[own[0]] = own[1] + 1
    cuts: list[int] = []
    others: list[tuple[int, str, int]] = []  # markers of styles used only inline
    for candidate in _RULES.inline_start.finditer(paragraph, 1):
        pos = candidate.start()
        found = marker_at(paragraph, pos, styles)
        if not found:
            continue
        style, n, _ = found
        if style not in styles:
            others.append((pos, style, n))
        elif n in (1, expected.get(style)):
            cuts.append(pos)
            expected[style] = n + 1
    if not others:
        return cuts
    for start, end in zip([0, *cuts], [*cuts, len(paragraph)]):
        label = marker_at(paragraph, start)
        runs: dict[str, list[tuple[int, int]]] = {}
        for pos, style, n in others:
            if start < pos < end:
                runs.setdefault(style, []).append((pos, n))
        for style, found in runs.items():
            if found[0][1] != 1 and label:  # the first item may run on from the label
                first = _run_on(paragraph, label[2], end, style)
                found = ([(first, 1)] if first else []) + found
            run: list[int] = []
            for pos, n in found:
                if n == len(run) + 1:
                    run.append(pos)
            if len(run) >= 2:
                cuts += run
    return sorted(cuts)


def _run_on(paragraph: str, label_end: int, end: int, style: str) -> int | None:
    """Where item 1 of ``style`` starts right after a short label with no punctuation."""
    for pos in range(label_end + 1, min(end, label_end + _RULES.run_on_max + 1)):
        if not paragraph[pos - 1].isalpha():
            return None
        found = marker_at(paragraph, pos)
        if found and found[:2] == (style, 1):
            return pos
    return None


def _styles(texts) -> list[str]:
    """The numbering styles that open the texts, in the order of first use."""
    styles: list[str] = []
    for text in texts:
        marker = marker_at(text)
        if marker and marker[0] not in styles:
            styles.append(marker[0])
    return styles


def _split_inline(paragraphs: list[str]) -> list[tuple[int, str]]:
    """Paragraphs, with provisions run together on one line split apart (keeping the index)."""
    styles = _styles(paragraphs)
    out = []
    expected: dict[str, int] = {}
    for i, paragraph in enumerate(paragraphs):
        cuts = _inline_cuts(paragraph, styles, expected)
        for start, end in zip([0, *cuts], [*cuts, len(paragraph)]):
            out.append((i, paragraph[start:end].strip()))
    return out


def attachment_list(paragraphs: list[str]) -> range:
    """Where the list of attachments (附件说明) stands: ``附件：1.…`` and the numbered
    names under it. Its numbers are not provisions."""
    for i, paragraph in enumerate(paragraphs):
        # (or the label on a line of its own over the list's name, `附：` / `第四、第五片区指定商超名单`)
        bare = (_ATTACHMENT_LABEL.fullmatch(paragraph.strip()) and i + 1 < len(paragraphs)
                and _is_tail_line(paragraphs[i + 1]))
        if (_ATTACHMENT_LIST.match(paragraph) and _is_tail_line(paragraph)) or bare:
            end = i + 2 if bare else i + 1
            while end < len(paragraphs) and _is_tail_line(paragraphs[end]) and match_marker(paragraphs[end]):
                end += 1
            return range(i, end)
    return range(0)


def is_address_line(paragraph: str) -> bool:
    """Whether a line, numbered or not, is only a place or address (the list of a
    designation, adjudication Q1): short, no order, ending like an address.

    >>> is_address_line("1、东湖镇青山路12号（便利店）；"), is_address_line("2.暂停开放公园")
    (True, False)
    >>> is_address_line("将“某高速沿海区域及某村”高风险区细化为新的高、中风险区。"), is_address_line("临时管控区")
    (False, False)
    """
    text = _unmarked(paragraph)
    return (bool(_RULES.address_line.match(text)) and not _RULES.disposal.match(text)
            and not _RULES.zone_kind.match(text) and not gives_orders(text, bare_directives=True))


def _unmarked(line: str) -> str:
    """A line's words after its marker, stripped (the whole line when it has none).

    >>> _unmarked("二、管控区："), _unmarked(" 某小区 ")
    ('管控区：', '某小区')
    """
    marker = marker_at(line)
    return (line[marker[2]:] if marker else line).strip()


def _lists_areas(paragraphs: list[tuple[int, str]], k: int) -> bool:
    """Whether paragraph k designates areas that the address lines after it list: after its
    colon (`新增高风险区2个，具体如下：`) or after its last sentence, when that designates
    (`…，将以下27个高风险区调整为低风险区。`): an order, not a preamble.

    >>> _lists_areas([(0, "经研判，将以下2个高风险区调整为低风险区。"), (1, "甲街道：某小区、某村3组")], 0)
    True
    >>> _lists_areas([(0, "将以下区域划为高风险区。本通告自发布之日起实施。"), (1, "甲街道：某小区")], 0)
    False

    A decision that disposes of the areas below it (`…决定将我县以下区域降为低风险区（13个）：`) lists them whatever the
    unnumbered lines look like (places run on with 、 and ；, a place's count over its lines, `某小区列为封控区；`).

    >>> _lists_areas([(0, "经研判，决定将以下区域降为低风险区："), (1, "甲镇某村大桥南路西第4排；乙街道某路12号。")], 0)
    True
    """
    text = paragraphs[k][1].rstrip()
    sentences = _SENTENCES.findall(text) or [""]
    designates = _RULES.designation.search(text if text.endswith(_COLON_ENDS) else sentences[-1])
    # (a kind of area labelling the lines, `新增高风险区：`, follows a decision, not an announcement ending `如下：`)
    return bool(designates) and k + 1 < len(paragraphs) and (_lists_places_line(paragraphs[k + 1][1]) or (
        not text.endswith(_COLON_ENDS) and _labels_areas(paragraphs, k + 1)) or _counts_places(paragraphs, k + 1)
        or _disposes_of_list(paragraphs, k))


def _disposes_of_list(paragraphs: list[tuple[int, str]], k: int) -> bool:
    """Whether paragraph k disposes of the areas it goes on to list, unnumbered (`…经研究决定，将以下8个区域调为低风险区，
    具体为：`, `…决定，将以下居住单位划为管控区域：`): a decision over its list, one measure with it (adjudication Q1), in
    each of the 12 notices of held-out 3–250 whose list is unnumbered (18 f02, 39 ks05, 81 mi03, 116 nr05, 119 nu07,
    143 os04–os06, 168 pr06, 207 re05, 249 su02, su03); a numbered list takes paths of its own (Q16: 43 kw07, 66 lt10)."""
    return (bool(_RULES.listed_disposal.search(paragraphs[k][1])) and k + 1 < len(paragraphs)
            and not match_marker(paragraphs[k + 1][1]))


_PLACE_BREAK = re.compile(r"[，,；;]")


def _lists_places_line(paragraph: str) -> bool:
    """Whether a line is an address, or only addresses run on one line with commas or semicolons, as a
    designation ending in a colon prints its list (`…将以下14个区域划为高风险区：` / `某街道某路15号某小区7号楼，某街道
    某路179号，…；某区…`; `…名单公布如下：` / `某街道某小区，某街道某小区、某小区，…`: held-out 116 nr05, 118 nt09).

    >>> _lists_places_line("甲街道某路15号某小区7号楼，乙街道某路179号；某区丙镇某村247号。")
    True
    >>> _lists_places_line("甲街道某路15号某小区7号楼，乙街道某路179号实行封控管理。")
    False
    """
    if is_address_line(paragraph):
        return True
    pieces = [piece for piece in _PLACE_BREAK.split(paragraph.strip().rstrip("。")) if piece.strip()]
    return len(pieces) > 1 and all(is_address_line(piece) for piece in pieces)


def _lists_labelled_places(paragraph: str) -> bool:
    """Whether a line lists places under the kind of area they are, before a colon, as a decision ending in a colon prints
    them (`…对某街道等部分封控区域予以解除：` / `封控区一：某街道某小区、某花园；` / `封控区二：…`: held-out 105 ng04, ng05). Under
    an announcement (`…调整风险区域如下：` / `高风险地区：某区；`) each such line designates on its own (ADJUDICATION Q1, real b33).

    >>> _lists_labelled_places("封控区一：甲街道某小区（4栋除外）、某花园；"), _lists_labelled_places("封控区：实行足不出户。")
    (True, False)
    """
    label = _RULES.zone_label.match(paragraph.strip())
    rest = paragraph.strip()[label.end():] if label else ""
    return bool(rest.strip()) and _lists_places_line(rest)


def _counts_places(paragraphs: list[tuple[int, str]], k: int) -> bool:
    """Whether paragraph k labels a place's share of a list with its count over its address lines
    (`前郭县（1个）` then `某社区：某小区。`).

    >>> _counts_places([(0, "前郭县(1个)"), (1, "查干淖尔社区：农业监察小区。")], 0)
    True
    >>> _counts_places([(0, "方庄街道："), (1, "芳城园一区12号楼甲门，")], 0), _counts_places([(0, "方庄街道："), (1, "请居家。")], 0)
    (True, False)
    """
    return (bool(_RULES.place_count.match(paragraphs[k][1].strip())) and k + 1 < len(paragraphs)
            and (is_address_line(paragraphs[k + 1][1]) or _runs_on(paragraphs[k][1], paragraphs[k + 1][1])))


def _labels_areas(paragraphs: list[tuple[int, str]], k: int) -> bool:
    """Whether paragraph k is a short label naming a kind of area over the address lines
    after it (`新增高风险区：` then `某区某街道某酒店`).

    >>> _labels_areas([(0, "新增高风险区："), (1, "宝塔区某街道某社区某酒店")], 0)
    True
    """
    return (_is_tail_line(paragraphs[k][1].rstrip(COLONS)) and bool(_RULES.zone_label.match(paragraphs[k][1]))
            and k + 1 < len(paragraphs) and is_address_line(paragraphs[k + 1][1]))


def _address_list(pieces: list[tuple[int, str]]) -> set[int]:
    """Positions of numbered lines that are only the areas a designation before
    them names (`将以下区域划定为高风险区` then `1、…路158号；` `2、…村3组`): a whole
    run numbered 1, 2, … of address lines. Their numbers are not provisions, unless text
    follows the run and the count goes on after it (`一、高风险区` / `将某小区划为高风险区。`
    / `二、中风险区`), or a list of another kind opens under them and they do not
    designate themselves (`一、高风险区` / `1.某小区`, not `一、以下区域降为低风险区`): those are
    the sections of the notice, each a label over its text."""
    found: set[int] = set()
    k = 1
    while k < len(pieces):
        first = marker_at(pieces[k][1])
        if not (first and first[1] == 1 and (_designates_list(pieces[k - 1][1]) or _RULES.place_count.match(pieces[k - 1][1].strip()))):
            k += 1
            continue
        end = _list_run_end(pieces, k, first[0])
        after = marker_at(pieces[end][1]) if end < len(pieces) else None
        same = next((m for m in (marker_at(p) for _, p in pieces[end:]) if m and m[0] == first[0]), None)
        goes_on = after is None and same is not None and same[1] == end - k + 1
        # A list of another kind opening at 1 under a line that does not designate itself
        # (`一、高风险区`, `（一）某区（7个）` then `1.某小区`): the run's lines are section
        # labels over their own lists.
        labels = (after is not None and after[0] != first[0] and after[1] == 1
                  and not _RULES.designation.search(pieces[end - 1][1]))
        if end > k and not (after and after[0] == first[0]) and not goes_on and not labels and _restarts(pieces, k, first[0]):
            found.update(range(k, end))
        k = max(end, k + 1)
    return found


def _zone_places(texts: list[str]) -> set[int]:
    """Positions of the lines numbered ①②③ right under a zone's bare label (`二、管控区：` / `①西至某路、东至山体。` / `②…`):
    the places of that zone, its label's text rather than provisions (held-out 170 pt02, 249 su05: each gold keeps them in
    the label's measure; the guide's levels have no circled numbers).

    >>> sorted(_zone_places(["二、管控区：", "①西至某路、东至山体。", "②某小区。", "管控要求：人不出区。", "①请戴口罩。"]))
    [1, 2]
    """
    found: set[int] = set()
    label = False
    for k, text in enumerate(texts):
        marker = marker_at(text)
        if marker and marker[0] == "circled" and label and not gives_orders(text[marker[2]:], bare_directives=True):
            found.add(k)
            continue
        rest = _unmarked(text)
        label = bool(_RULES.zone_label.match(rest)) and rest.endswith(_COLON_ENDS) and len(rest) <= _RULES.name_label_max
    return found


def _restarts(pieces: list[tuple[int, str]], k: int, style: str) -> bool:
    """Whether the list opening at k is one of lists of its style that restart at 1 under the same numbered line, or
    none (`高风险区1个：` / `1.某小区` / `中风险区1个：` / `1.某小区`): their numbers cannot take paths of their own, so their
    lines stay in the text over them (ADJUDICATION Q16's exception). A list that is the only one of its count there
    has its numbered place lines as provisions each, under a designation as under a label (Q16).

    >>> _restarts([(0, "中风险区1个："), (1, "1.甲小区"), (2, "高风险区2个："), (3, "1.乙小区")], 1, "arabic")
    True
    >>> _restarts([(0, "将以下区域划为高风险区："), (1, "1.甲小区"), (2, "2.乙村")], 1, "arabic")
    False
    >>> _restarts([(0, "一、以下区域降为低风险区："), (1, "1.甲小区"), (2, "二、以下区域划为高风险区："), (3, "1.乙小区")], 3, "arabic")
    False

    So is a list under a place's count (`某区3个`) when another place's count shares the numbered line with it, its
    places unnumbered (`一、新增中风险区11个` / `天山区3个` / places / `经开区3个` / `1.某小区` …, held-out 144 ot02, ot03):
    the numbers count one place's share of the list, as the places over them are left uncounted.

    >>> _restarts([(0, "二、新增中风险区3个"), (1, "甲区1个"), (2, "某街道"), (3, "乙区2个"), (4, "1.甲小区"), (5, "2.乙小区")], 4, "arabic")
    True
    >>> _restarts([(0, "一、高风险区（2个）"), (1, "甲区2个："), (2, "1.甲小区"), (3, "2.乙小区"), (4, "二、中风险区")], 2, "arabic")
    False
    """
    def another_start(steps, share: bool = False) -> bool:
        for j in steps:
            m = marker_at(pieces[j][1])
            if m and m[0] != style:
                return False
            if m and m[1] == 1 or share and j != k - 1 and _RULES.place_count.match(pieces[j][1].strip()):
                return True
        return False

    share = k > 0 and bool(_RULES.place_count.match(pieces[k - 1][1].strip()))
    return any(another_start(steps, share) for steps in (range(k - 1, -1, -1), range(k + 1, len(pieces))))


def _designates_list(line: str) -> bool:
    """Whether a line designates the numbered lines under it as its list (`将以下区域划为高风险区：`,
    `二、以下区域降为低风险区（2个）`, `一、凡进入本市人员均需经以下通道进入，具体如下：`). A numbered item that
    only names what its lines are, in one clause and giving no order (`一、临时管控区域：以下楼栋及所在小区。`,
    `二、中风险区3个：`), is a section label over them: its numbered lines are provisions each
    (adjudication Q16), as under `一、高风险区（4个）`.

    >>> _designates_list("将以下区域划为高风险区："), _designates_list("二、以下区域降为低风险区（2个）")
    (True, True)
    >>> _designates_list("一、临时管控区域：以下楼栋及所在小区。"), _designates_list("（一）某县中风险区2个：")
    (False, False)
    """
    if not _RULES.designation.search(line):
        return False
    marker = marker_at(line)
    text = line[marker[2]:] if marker else ""
    return not marker or bool(re.search("[，,]", text)) or gives_orders(text, bare_directives=True)


def _list_run_end(pieces: list[tuple[int, str]], k: int, style: str) -> int:
    """Where a run of numbered address lines opening at k in ``style`` (1, 2, … in order)
    ends. Under a line that is a place, not a kind of area (`一、新华街`, not `一、高风险区`),
    numbered address lines of another style are more of the run (`（一）某路以南区域。`).

    >>> _list_run_end([(0, "以下区域："), (1, "一、新华街"), (2, "（一）某路以南区域。"), (3, "二、新雅街"), (4, "二、暂停营业。")], 1, "cn")
    4
    """
    count, end, place = 0, k, False
    while end < len(pieces) and (m := marker_at(pieces[end][1])) and is_address_line(pieces[end][1]):
        if m[0] == style:
            if m[1] != count + 1:
                break
            count += 1
            place = not _RULES.area_kind.search(pieces[end][1][m[2]:])
        elif not place:
            break
        end += 1
    return end


def parse_provisions(paragraphs: list[str]) -> tuple[list[tuple[int, str]], list[Node]]:
    """The preamble paragraphs (with their index) and the tree of numbered
    provisions. A list opening at 1 nests under the item above it; a later item of an open
    list closes the lists under it; an item of a list not open, past its first, takes the
    level of its style in the order the notice first uses the styles."""
    attachments = attachment_list(paragraphs)
    pieces = [(i, text) for i, text in _split_inline([without_emphasis(p) for p in paragraphs]) if i not in attachments]
    texts = [text for _, text in pieces]
    slipped = _comma_markers(texts) | _lost_first_marker(texts) | _loose_markers(texts)
    restyled = _one_count(texts, slipped) or (_stray_first_marker(texts) | _stray_next_marker(texts, slipped))
    zones = _zone_sections(texts) or _section_level(texts)
    styles = list(dict.fromkeys(m[0] for _, m in sorted(zones.items()))) + _styles(text for k, (_, text) in enumerate(pieces) if k not in restyled)
    styles += list(dict.fromkeys(m[0] for k, m in sorted(slipped.items()) if m[0] not in styles))  # a style only loose markers number
    preamble: list[tuple[int, str]] = []
    roots: list[Node] = []
    stack: list[Node] = []
    attached = False  # on an attached page: its unnumbered lines (a table) belong to no provision
    areas = set() if zones else _address_list(pieces)  # (under sections each list takes paths of its own: Q16)
    areas |= _zone_places(texts)
    last: dict[str, Node] = {}  # the last item of each style
    restarted: dict[str, Node] = {}  # the item under which a list of the style counts again from 1
    printed: dict[int, tuple[int, str]] = {}  # each item's paragraph as printed, marker and all
    markers = _count_repeats(texts, [None if k in areas else slipped.get(k) or zones.get(k) or marker_at(text)
                                     for k, (_, text) in enumerate(pieces)])
    led, opened = ({}, {}) if zones else _restarted_runs(texts, markers)
    markers = [led.get(k) or m for k, m in enumerate(markers)]
    styles = (["zone"] if led or opened else []) + styles
    signed = _signature_date(pieces, markers)
    for k, (index, text) in enumerate(pieces):
        if ATTACHMENT_HEADING.fullmatch(text):
            stack, attached, signed = [], True, None
            continue
        if signed is not None and k > signed and not _RULES.preamble_end.search(text):
            continue  # the page's words after the notice's signature (`声明` / `1、我们重视保护作者版权…`)
        if signed is not None and k > signed:  # (another notice printed on the page: `…现通告如下：`)
            signed = None
        marker = markers[k]
        if marker is None:
            if stack:
                _owner(stack, roots, text, next((m for m in markers[k + 1:] if m), None)).body.append((index, text))
            elif not attached:
                preamble.append((index, text))
            continue
        if k in opened:  # a run of the outer list with no line over it: a section of its own (`（三）…` / `（一）…`)
            section = Node("zone", opened[k], index, "")
            roots.append(section)
            stack = [section]
        style, number, end = marker
        style = restyled.get(k, style)
        level = styles.index(style)
        node = Node(style, number, index, text[end:].strip())
        open_styles = [n.style for n in stack]
        if style in open_styles:  # the next item of an open list
            del stack[open_styles.index(style):]
        elif number != 1 and not _counts_on(last.get(style), number, stack):
            # a list whose start we have not seen: its level is where the notice first used it
            while stack and styles.index(stack[-1].style) >= level:
                stack.pop()
        if stack and (_restarts_under(stack[-1], node) or restarted.get(style) is stack[-1]):
            restarted[style] = stack[-1]
            _keep_restart_in_text(stack[-1], node, (index, text), printed)
            del stack[1 + stack.index(restarted[style]):]
            continue
        restarted.pop(style, None)
        printed[id(node)] = (index, text)
        last[style] = node
        # else: a list opening under the item above it, whatever style the notice used there
        # elsewhere (一、 over 1. in one section, 四、 over （一） over 1. in another)
        if stack:
            node.parent = stack[-1]
            stack[-1].children.append(node)
        else:
            roots.append(node)
        stack.append(node)
    _leave_closing_restarts(roots)
    return preamble, roots


def _restarts_under(parent: Node, node: Node) -> bool:
    """Whether an item counts a list of the item over it again: a child of its style already holds its number
    (`一、划定区域` / `（一）…` … `（三）…` / `请配合做好以下防控措施：` / `（一）…`)."""
    return any(c.style == node.style and c.ordinal == node.ordinal for c in parent.children)


def _keep_restart_in_text(parent: Node, node: Node, printed_line: tuple[int, str],
                          printed: dict[int, tuple[int, str]]) -> None:
    """Keep an item of a list counted again from 1 under the same item in that item's text, marker and all: it cannot take
    a path of its own (ADJUDICATION Q16's exception), nor can its lead-in (`…配合做好以下防控措施：`, the last line of the
    item before). When the item's first list too sits under an unnumbered sub-label (`壹、调整高风险区范围` / `大石坝街道` /
    `1.…` / `华新街街道` / `1.…`), every list of its style is the item's text (held-out 175 py05, 196 qt05); a first list
    right under the item keeps its paths, the item then a measure of its own text (240 sl01)."""
    listed = [c for c in parent.children if c.style == node.style]
    over_first = [line for i, line in parent.body if i < listed[0].paragraph] if listed else []
    if over_first and _is_sub_label(over_first[-1]) and listed[-1].body and _is_sub_label(listed[-1].body[-1][1]):
        for child in listed:
            parent.children.remove(child)
            parent.body.extend([printed[id(child)], *child.body])
        parent.body.sort(key=lambda line: line[0])
    elif listed and listed[-1].body and listed[-1].body[-1][1].rstrip().endswith(_COLON_ENDS):
        parent.body.append(listed[-1].body.pop())
    parent.ruled = bool(parent.children)
    parent.body.append(printed_line)
    parent.kept_to = printed_line[0]


def _leave_closing_restarts(roots: list[Node]) -> None:
    """A list counted again under an item after the notice's last numbered provision (`二、新增高风险区域` / `（一）某镇`
    `（二）某街` / `以上区域实行…。` / `…请市民群众配合…。区域内居民如有需求可拨打以下服务热线：` / `（一）某镇 电话…`) lists
    what the closing words announce (help lines), not more of the item: the item stays a label over its first list
    (held-out 94 mv06, whose gold puts the help lines in no measure)."""
    nodes = list(_all_nodes(roots))
    last = max((n.paragraph for n in nodes), default=-1)
    for node in nodes:
        if node.kept_to > last and node.children:
            node.ruled, node.kept_to = False, -1


def _all_nodes(nodes: list[Node]):
    for node in nodes:
        yield node
        yield from _all_nodes(node.children)


_SENTENCE_OR_LEAD_IN = re.compile(f"[{_STOPS}，,：:]")


def _is_sub_label(line: str) -> bool:
    """A short unnumbered line naming what the list under it is about (`大石坝街道`, `非高、中、低风险区学生`)."""
    return len(line.strip()) <= _RULES.name_label_max and not _SENTENCE_OR_LEAD_IN.search(line)


def _count_repeats(texts: list[str], markers: list) -> list:
    """The markers with a number printed twice counted on: an item whose marker repeats the number of the item just
    before it, over other words (`二、各镇人民政府要…` / `二、各村（社区）要…` / `三、…`), is the next item, and the items
    after it count on from it, as the guide's paths are the ordinals of the numbering (held-out 101 nc01, 36 kp05). The
    same words again are the page's copy of the item (real b32), and a 1 again a list restarting: both kept as printed.

    >>> [m[1] for m in _count_repeats(["二、甲要…", "二、乙要…", "三、丙要…"], [("cn", 2, 2), ("cn", 2, 2), ("cn", 3, 2)])]
    [2, 3, 4]
    >>> [m[1] for m in _count_repeats(["五、终止甲。", "五、终止甲。", "六、终止乙。"], [("cn", 5, 2), ("cn", 5, 2), ("cn", 6, 2)])]
    [5, 5, 6]
    """
    def opening(k: int) -> str:  # the item's first words
        return texts[k][markers[k][2]:markers[k][2] + 4]

    counted = list(markers)
    shift: dict[str, int] = {}
    before = None  # the position of the marker before
    for k, m in enumerate(markers):
        if m is None:
            continue
        style, number, end = m
        if number == 1:
            shift[style] = 0
        elif (before is not None and markers[before][:2] == (style, number)
              and not (opening(k).startswith(opening(before)) or opening(before).startswith(opening(k)))):
            shift[style] = shift.get(style, 0) + 1
        if shift.get(style):
            counted[k] = (style, number + shift[style], end)
        before = k
    return counted


def _signature_date(pieces: list[tuple[int, str]], markers: list) -> int | None:
    """Where the date that signs the notice stands, under its signer, after numbered provisions: what follows it
    (a page's `声明` and its numbered notes) is no provision, until an attachment's heading or another notice's
    lead-in (`…现通告如下：`).

    >>> _signature_date([(0, "一、暂停营业。"), (1, "某市指挥部"), (2, "2022年3月18日"), (3, "1、版权声明")], [("cn", 1, 2), None, None, ("arabic", 1, 2)])
    2
    """
    for k in range(2, len(pieces)):
        if (SIGNATURE_DATE.match(pieces[k][1].strip()) and markers[k] is None and markers[k - 1] is None
                and any(markers[:k - 1]) and _is_tail_line(pieces[k - 1][1]) and not SIGNATURE_DATE.match(pieces[k - 1][1].strip())):
            return k
    return None


def _counts_on(before: Node | None, number: int, stack: list[Node]) -> bool:
    """Whether an item numbered past 1 goes on counting the list of its style under the previous
    sub-label, under the next one (`（一）某镇` / `1.…` … `6.…` / `（二）某乡` / `7.…`): it nests under
    the open sub-label, a sibling of the one that held the count.

    >>> a, b = Node("cn_paren", 1, 0, "某镇"), Node("cn_paren", 2, 2, "某乡")
    >>> six = Node("arabic", 6, 1, "某镇某村", parent=a)
    >>> _counts_on(six, 7, [b]), _counts_on(six, 3, [b]), _counts_on(six, 7, [a])
    (True, False, False)
    """
    return (before is not None and before.ordinal == number - 1 and before.parent is not None and bool(stack)
            and stack[-1] is not before.parent and stack[-1].style == before.parent.style)


def _owner(stack: list[Node], roots: list[Node], text: str, following: tuple[str, int, int] | None) -> Node:
    """Which open provision an unnumbered paragraph belongs to: the last one, unless
    that is one of a list its section only enumerates (areas, kinds of people: no order)
    and the paragraph is the section's own rule after the list (`一、封控区` / `1.某小区` /
    `2.某镇：某村` / `封控区实行“足不出户”。`): then the section's. The rule names the
    section again, or it is a full paragraph after a list that the section's colon opens and a stop
    closes, before the next item (`（一）原封控区：` / `1.某小区；` / `2.某村。` / `封控区解除封闭管理后，…` /
    `（二）…`) or before the end when an earlier section of the same parent closed so. Under a heading
    without a colon (`一、检测时间和区域` / `1.…；` / `2.…。` / `…学生需在所在村参加检测。`) it is more of the last item,
    unless the list is one of places (`一、新增高风险区` / `（一）某街道` / its address lines / `以上区域实行…。`), which
    give no order of their own, and the next numbered line, if any, is no more of it. ``following``: the marker of
    the next numbered line."""
    node = stack[-1]
    parent = node.parent
    if parent is None or node.children:
        return node
    more_items = following is not None
    if more_items and _RULES.place_count.match(text.strip()):
        return parent  # a place's share of the list, labelled with its count (`某街道（6个）`), heads the items after it
    label = parent.line.strip()
    section = _zone_section(node, text, following)
    if section is not None:
        section.ruled = True
        return section
    if (_restates(text, label) and not gives_orders(node.line, bare_directives=True)
            and gives_orders(text, bare_directives=True)):
        parent.ruled = True
        return parent
    parallel = parent.parent.children if parent.parent else roots
    listed = ((label.endswith(_COLON_ENDS) and _enumerates(parent.children))
              or (_ends_list(node, following) and _lists_places(parent.children)
                  and gives_orders(text, bare_directives=True) and not _names_other_zone(text, label)))
    if ((more_items and (parent.ruled or not parent.body)) or (not parent.ruled and any(s.ruled for s in parallel))) \
            and listed and _is_full_paragraph(text):
        parent.ruled = True
        return parent
    return node


_RULED_ZONE = re.compile(r"对?((?:[高中低]风险|封控|管控|防范)地?区)")


def _zone_section(node: Node, text: str, following: tuple[str, int, int] | None) -> Node | None:
    """The section a paragraph after the last place of its sub-lists is the rule of, when it names the section's kind of
    zone (`一、高风险区` / `（一）某镇` / `1、某村委会；` … / `（六）某镇：` / `1、某村委会` / `对高风险区采取封控措施：…` /
    `二、中风险区`): the zone's regime, not more of the last place nor a rule of the sub-label (a town) over it.

    >>> town = Node("cn_paren", 1, 1, "某镇")
    >>> section = Node("cn", 1, 0, "高风险区（2个）", children=[town])
    >>> town.parent = section
    >>> place = Node("arabic", 1, 2, "红石村委会", parent=town)
    >>> town.children = [place]
    >>> _zone_section(place, "对高风险区采取封控措施：足不出户。", ("cn", 2, 2)) is section
    True
    >>> _zone_section(place, "对中风险区采取管控措施。", ("cn", 2, 2)), _zone_section(place, "对高风险区采取封控措施。", ("cn_paren", 2, 3))
    (None, None)
    >>> _zone_section(place, "对高风险区采取封控措施。", None) is None
    True
    >>> lines = Node("cn_paren", 2, 3, "某乡（1个）", body=[(4, "某村1组26号")])
    >>> section.children, lines.parent = [town, lines], section
    >>> _zone_section(lines, "高风险区域实行“足不出户”。", ("cn", 2, 5)) is section
    True
    """
    m = _RULED_ZONE.match(text.strip())
    # (after the last section the rule is the notice's closing words, as after any last list of places)
    if m is None or following is None:
        return None
    # the sub-label is the last place's parent, or the last node itself when it holds its places as lines
    # (`（七）某镇（1个）` / `某镇某居委会` / `高风险区域实行…`, held-out 73 ma05)
    for sub in (node.parent, node):
        section = sub.parent if sub else None
        if (section is not None and m.group(1) in section.line and _ends_list(sub, following)
                and all(map(_holds_places, section.children))):
            return section
    return None


def _holds_places(sub: Node) -> bool:
    """Whether a sub-label of a zone section only holds places: numbered under it, or as its lines.

    >>> _holds_places(Node("cn_paren", 5, 1, "某镇（1个）", body=[(2, "某村上石组")]))
    True
    >>> _holds_places(Node("cn_paren", 5, 1, "防控措施", body=[(2, "居民要足不出户。")]))
    False
    """
    # (a rule naming the section's zone follows: the last place need not end like an address, `7、某村榜上院子`)
    if sub.children:
        return all(map(_is_place_item, sub.children))
    return bool(sub.body) and all(_is_place_line(p) for _, p in sub.body)


def _ends_list(node: Node, following: tuple[str, int, int] | None) -> bool:
    """Whether the next numbered line (its marker ``following``) leaves the list ``node`` is the last item of: the end, or
    a line of another style that opens no list of its own under ``node`` (`二、…` after `（二）某镇`, not `1.…`).

    >>> n = Node("cn_paren", 2, 5, "某镇")
    >>> _ends_list(n, None), _ends_list(n, ("cn", 2, 2)), _ends_list(n, ("arabic", 1, 2)), _ends_list(n, ("cn_paren", 3, 3))
    (True, True, False, False)
    """
    return following is None or (following[0] != node.style and following[1] != 1)


_OPENING_ZONE = re.compile(r"(?:以上|上述|前述)?((?:[高中低]风险|封控|管控|防范)地?区)")


def _names_other_zone(text: str, label: str) -> bool:
    """Whether a paragraph opens by naming a kind of zone its section's label does not (`中风险区实行…` after
    `一、高风险区4处`): the rule of another kind, no rule of the section.

    >>> _names_other_zone("中风险区实行“人不出区”。", "高风险区4处"), _names_other_zone("封控区内实行“足不出户”。", "封控区及封闭管理区域")
    (True, False)
    >>> _names_other_zone("以上区域实行“足不出户”。", "新增高风险区"), _names_other_zone("解除上述中风险区、低风险区管控。", "某街道中风险区解除")
    (False, False)
    """
    m = _OPENING_ZONE.match(text.strip())
    return bool(m) and m.group(1) not in label


def _lists_places(items: list[Node]) -> bool:
    """Whether the items only name places: each a place or address line giving no order, with nothing under it but
    more place lines (`（一）某街道` / `某村3号;` / `某小区2幢。`, `1、某村委会某公寓;`).

    >>> _lists_places([Node("cn_paren", 1, 1, "某街道", body=[(2, "某街道某村133号;")]), Node("cn_paren", 2, 3, "某镇", body=[(4, "某镇某小区2幢。")])])
    True
    >>> _lists_places([Node("arabic", 1, 1, "某街道某小区"), Node("arabic", 2, 2, "暂停营业。")])
    False
    >>> _lists_places([Node("cn_paren", 1, 1, "具体点位", body=[(2, "某村3号;")]), Node("cn_paren", 2, 3, "防控措施")])
    False
    >>> _lists_places([Node("arabic", 1, 1, "某某KTV;"), Node("arabic", 2, 2, "东澳墟；"), Node("arabic", 3, 3, "光明社区。")])
    True
    """
    # (the last a place itself or a name with place lines under it: a bare label, `（二）防控措施`, waits for its own text)
    return bool(items) and all(map(_is_place_item, items)) and (is_address_line(items[-1].line) or bool(items[-1].body))


def _is_place_item(n: Node) -> bool:
    """Whether a numbered item is a place or address line giving no order, with nothing under it but more place lines."""
    line = n.line.strip()
    # (a short name with its list's stop is an item of the list, `6、星乐迪KTV;`, `2、东澳墟；`: no sentence)
    return (not n.children and (_is_tail_line(line.rstrip("；;。")) or is_address_line(line))
            and not gives_orders(line, bare_directives=True) and all(_is_place_line(p) for _, p in n.body))


_COUNT_TAIL = re.compile(r"[（(]?[0-9０-９一二三四五六七八九十两]+(?:个|处)[）)]?$")
_ALL_ABOVE = ("以上", "上述", "前述")


def _restates(text: str, label: str) -> bool:
    """Whether a paragraph opens by naming its section's label again, bare or as all the places above
    (`高风险区4处` → `高风险区继续采取…`; `（一）高风险区` → `以上高风险区主要集中在…，该区域采取…`): the
    section's own rule after its list, not more of the last place.

    >>> _restates("高风险区继续采取封控措施。", "高风险区4处"), _restates("以上封控区实行足不出户。", "封控区：")
    (True, True)
    >>> _restates("高风险区继续采取封控措施。", "中风险区（3个）"), _restates("以上区域解除管控。", "")
    (False, False)
    """
    core = _COUNT_TAIL.sub("", label.strip().rstrip(COLONS)).strip()
    if len(core) < 2:
        return False
    return text.startswith(core) or any(text.startswith(head + core) for head in _ALL_ABOVE)


def _enumerates(items: list[Node]) -> bool:
    """Whether the items only enumerate what their section names, closed by a stop: bare
    lines, no order, each ending like an item of a list (`；` and `。` last: `1.某小区；`
    `2.某村。`, `（一）从某市进入我市的人员；` `（二）…人员。`), or area lines.

    >>> _enumerates([Node("arabic", 1, 1, "某区某小区14栋；"), Node("arabic", 2, 2, "某区某小学。")])
    True
    >>> _enumerates([Node("cn2", 1, 1, "加强排查"), Node("cn2", 2, 2, "严格管控")])
    False
    """
    def bare(n: Node) -> bool:
        return not n.body and not n.children and not gives_orders(n.line, bare_directives=True)

    lines = [n.line.rstrip() for n in items]
    punctuated = len(lines) > 1 and all(line.endswith(("；", ";")) for line in lines[:-1])
    return (bool(items) and all(bare(n) for n in items) and lines[-1].endswith("。")
            and (punctuated or all(is_address_line(line) for line in lines)))


def _is_full_paragraph(text: str) -> bool:
    """A paragraph of sentences: no place line, no label over what follows, no list item."""
    text = text.rstrip()
    return (not _is_place_line(text) and not text.endswith((*_COLON_ENDS, "；", ";"))
            and bool(re.search("[，,。！!]", text)))


def _zone_sections(texts: list[str]) -> dict[int, tuple[str, int, int]]:
    """Unnumbered lines naming a kind of area (`封控区` / `（一）某镇：某村` / `管控区` /
    `（一）某镇`) that head the numbered lists restarting under them: sections of a level of
    their own, numbered in order, as {position: marker}. They count when two or more stand
    before any other numbering and one heads a list opening at 1.

    >>> _zone_sections(["划定如下：", "封控区", "（一）甲镇：某村。", "管控区", "（一）甲镇。"])
    {1: ('zone', 1, 0), 3: ('zone', 2, 0)}
    >>> _zone_sections(["一、封控区", "封控区", "管控区"])
    {}
    """
    found = [k for k, text in enumerate(texts) if AREA_KIND_LABEL.fullmatch(text.strip()) and not marker_at(text)]
    first_numbered = next((k for k, text in enumerate(texts) if marker_at(text)), len(texts))
    heads = any(k + 1 < len(texts) and (m := marker_at(texts[k + 1])) and m[1] == 1 for k in found)
    if len(found) < 2 or found[0] > first_numbered or not heads:
        return {}
    return {k: ("zone", n, 0) for n, k in enumerate(found, 1)}


def _lead_sections(texts: list[str]) -> dict[int, tuple[str, int, int]]:
    """Unnumbered lines ending in a colon that each open a list at 1, two or more lists of one style and nothing numbered
    over them (`…对某小区作如下调整：` / `1.…` … `4.…` / `管控举措：` / `1.…`): the lists restart, so each lead-in heads a
    section of a level of its own, numbered in order (as holdout18 f07's unnumbered zone labels, held-out 68 lv04/lv05),
    and every numbered line keeps a path of its own (ADJUDICATION Q16), as {position: marker}. A lead-in may be a
    heading with no colon (`门诊患者就诊须知` / `一、…` … `住院患者就诊须知` / `一、…`, held-out 127 oc05): a label over a
    restarting list is the same level.

    >>> _lead_sections(["经研判，作如下调整：", "1.甲小区为封控区。", "2.乙小区为管控区。", "管控措施：", "1.封控区足不出户。"])
    {0: ('zone', 1, 0), 3: ('zone', 2, 0)}
    >>> _lead_sections(["经研判，作如下调整：", "1.甲小区为封控区。", "2.乙小区为管控区。", "二、管控措施：", "1.封控区足不出户。"])
    {}
    >>> _lead_sections(["门诊患者就诊须知", "一、请佩戴口罩。", "二、请扫码。", "住院患者就诊须知", "一、凭核酸证明入院。"])
    {0: ('zone', 1, 0), 3: ('zone', 2, 0)}
    """
    def opens_list(k: int) -> str | None:
        m = marker_at(texts[k + 1]) if k + 1 < len(texts) else None
        return m[0] if m and m[1] == 1 else None

    leads = [k for k, text in enumerate(texts) if not marker_at(text) and _leads_in(text) and opens_list(k)]
    styles = {opens_list(k) for k in leads}
    if len(leads) < 2 or len(styles) != 1:
        return {}
    style = styles.pop()
    if any((m := marker_at(text)) and m[0] != style for text in texts):
        return {}
    return {k: ("zone", n, 0) for n, k in enumerate(_own_first_section(texts[:leads[0]]) + leads, 1)}


def _section_level(texts: list[str]) -> dict[int, tuple[str, int, int]]:
    """The unnumbered section level a notice's restarting lists show (``_lead_sections``), widened to the labels over
    paragraphs among them when every lead-in is one of them or under one (``_label_sections``, held-out 188 ql03,
    180 qd01). Labels alone, with no list restarting under them, show no level: golds read those two ways (153 pc07,
    194 qr07, 162 pl07 none; 175 py06 a level), so they are left as they were.

    >>> _section_level(["返校时间", "学生8月27日返校报到。", "返校要求", "符合以下条件的可以返校：", "1.绿码。", "有以下情况的暂缓返校：", "1.发热。"])
    {0: ('zone', 1, 0), 2: ('zone', 2, 0), 3: ('lead', 1, 0), 5: ('lead', 2, 0)}
    >>> _section_level(["开学时间", "学校将于9月1日报名上课。", "报名要求", "1.开学前健康排查。", "2.戴口罩。"])
    {}
    """
    leads = _lead_sections(texts)
    labels = _label_sections(texts) if leads else {}
    return labels if set(leads) < set(labels) else leads


_WORDS_ONLY = re.compile(HAN.pattern + "+")
_LABEL_TEXT_MIN = 6  # Chinese characters under a label that make it text, not a cell


def _label_sections(texts: list[str]) -> dict[int, tuple[str, int, int]]:
    """Unnumbered labels, each over its own text (`返校时间` / `学生实行错峰返校。…` / `各校区返校报到入口` / `东校区：北门` …,
    held-out 188 ql03; `学生返校时间` / paragraph / `（一）…` … `军训时间` / paragraph / `学生返校条件` / `（一）…`, 180 qd01;
    `某中学放假时间安排` / `一、…` … `疫情防控不放松` / `1.…`, 175 py06), in a notice that numbers nothing over them: the
    sections of a level of their own, numbered in order, as {position: marker}; the gold reads each as a section whose
    heading is the label (ADJUDICATION Q27). They count when two or more stand before any numbered line, each has text under
    it that is no label, and every list under one counts from 1 (a list counting on across a label is one list, the label
    in it a line of an item).

    >>> _label_sections(["为做好开学工作，通知如下：", "返校时间", "学生8月27日返校。", "返校要求", "1.持绿码返校。", "2.测温。"])
    {1: ('zone', 1, 0), 3: ('zone', 2, 0)}
    >>> _label_sections(["返校时间", "学生8月27日返校报到。", "返校要求", "符合以下条件的可以返校：", "1.绿码。", "有以下情况的暂缓返校：", "1.发热。"])
    {0: ('zone', 1, 0), 2: ('zone', 2, 0), 3: ('lead', 1, 0), 5: ('lead', 2, 0)}
    >>> _label_sections(["返校时间", "学生8月27日返校。", "返校要求", "3.持绿码返校。"])
    {}
    >>> _label_sections(["1.学生8月27日返校。", "返校时间", "学生返校。", "返校要求", "1.持绿码返校。"])
    {}
    """
    def bare(k: int) -> bool:  # (words only: a date, a bracketed headline, a table's cells are no section's name)
        return len(texts[k]) <= HEADING_MAX and bool(_WORDS_ONLY.fullmatch(texts[k])) and not _RULES.area_kind.search(texts[k])

    def has_text(k: int) -> bool:  # (text, not a time or a date: `高三年级` / `9:30-12:00` is a table)
        return bool(marker_at(texts[k])) or len(HAN.findall(texts[k])) >= _LABEL_TEXT_MIN

    labels = [k for k in range(len(texts) - 1) if bare(k) and not bare(k + 1) and has_text(k + 1)]
    if len({texts[k] for k in labels}) < len(labels):
        return {}  # (a digest repeating the labels of the text under it, 188 ql09)
    first_numbered = next((k for k, text in enumerate(texts) if marker_at(text)), len(texts))
    # (labels over paragraphs only, numbering nothing, are a notice that numbers nothing: its closings, held-out 190 qn07)
    if len(labels) < 2 or labels[0] > first_numbered or first_numbered == len(texts):
        return {}
    sections: dict[int, tuple[str, int, int]] = {}
    for n, (start, end) in enumerate(zip(labels, labels[1:] + [len(texts)]), 1):
        first = next((m for text in texts[start + 1:end] if (m := marker_at(text))), None)
        if first and first[1] != 1:
            return {}
        sections[start] = ("zone", n, 0)
        # (lead-ins restarting lists under one label are a level below it: `返校要求` / `符合以下条件的学生可以返校：` /
        # `1.…` / `有以下情况的学生，暂缓返校：` / `1.…`, 188 ql03)
        leads = _lead_sections(texts[start + 1:end])
        sections |= {start + 1 + k: ("lead", m, 0) for k, (_, m, _) in leads.items()}
    return sections


def _own_first_section(texts: list[str]) -> list[int]:
    """Where the paragraphs above the first lead of a notice's restarting lists open a section of the same level: the
    first after the preamble's lead-in, when it gives orders (`…请做好以下工作：` / `所有人员来院应全程规范佩戴口罩…。` /
    `门诊管理：` / `1、…`, held-out 178 qb04; a hospital's `就诊须知` whose label the page's head took, its rules in
    paragraphs, then `住院须知` / `1.…`, 164 pn09): the rules of a part of the notice as its lists are, not its preamble.

    >>> _own_first_section(["疫情防控形势严峻复杂。", "为做好防控工作，请做好以下工作：", "所有人员来院应全程佩戴口罩。"])
    [2]
    >>> _own_first_section(["为做好防控工作，现将有关事项通知如下："]), _own_first_section([])
    ([], [])
    >>> _own_first_section(["为守护师生健康，现将开学返校安排告知如下，请知悉。"])
    []
    """
    start = _preamble_length(list(enumerate(texts)))
    return [start] if start < len(texts) and gives_orders(texts[start]) else []


def _leads_in(line: str) -> bool:
    """Whether an unnumbered line can head the list under it: a lead-in ending in a colon or a label."""
    return line.rstrip().endswith(_COLON_ENDS) or _is_label(line)


def _restarted_runs(texts: list[str], markers: list) -> tuple[dict[int, tuple[str, int, int]], dict[int, int]]:
    """The outermost list of a notice counted again from 1 after its count went on past 1, with its inner lists (another
    style) only inside its items (`（一）…` `（二）…` `（三）…` / `（一）…` `1、…` / `（二）…`, a hospital's two sets of rules,
    held-out 162 pl06; `1、` `2、` `3、` / `同时再一次友情提示` / `1、` `2、` `①…`, 147 ow07): each run is a section of an
    unnumbered level, numbered in order, so that every item keeps a path of its own (ADJUDICATION Q16, as
    ``_lead_sections`` reads restarting lists in one style). A later run's lead-in line (a label, a colon) is its section's
    line, as {position: marker}; a run with none (the first, under the preamble) opens a section with no line,
    as {position of its first item: section number}. Every run counts on past 1.

    >>> _restarted_runs(["如下：", "（一）甲。", "（二）乙：", "1、丙。", "（一）丁", "1、戊。", "（二）己。"],
    ...                 [None, ("cn_paren", 1, 3), ("cn_paren", 2, 3), ("arabic", 1, 2), ("cn_paren", 1, 3), ("arabic", 1, 2),
    ...                  ("cn_paren", 2, 3)])
    ({}, {1: 1, 4: 2})
    >>> _restarted_runs(["1、甲。", "2、乙。", "同时提示", "1、丙。", "2、丁。"],
    ...                 [("arabic", 1, 2), ("arabic", 2, 2), None, ("arabic", 1, 2), ("arabic", 2, 2)])
    ({2: ('zone', 2, 0)}, {0: 1})
    >>> _restarted_runs(["（一）甲。", "（二）乙。", "（一）丙"], [("cn_paren", 1, 3), ("cn_paren", 2, 3), ("cn_paren", 1, 3)])
    ({}, {})
    >>> _restarted_runs(["一、甲", "1、乙。", "2、丙。", "二、丁", "1、戊。"], [("cn", 1, 2), ("arabic", 1, 2), ("arabic", 2, 2), ("cn", 2, 2), ("arabic", 1, 2)])
    ({}, {})
    """
    found = [(k, m) for k, m in enumerate(markers) if m]
    outer = [(k, m[1]) for k, m in found if m[0] == found[0][1][0]] if found else []
    if not outer or outer[0][1] != 1:
        return {}, {}
    starts = [k for (k, n), (_, before) in zip(outer[1:], outer) if n == 1 and before > 1]
    counted = {k for (k, n), (_, after) in zip(outer, outer[1:]) if n == 1 and after == 2}
    if not starts or any(n == 1 and k not in starts for k, n in outer[1:]) or not counted.issuperset(starts):
        return {}, {}  # (a lone `（一）` at the end of a cut page starts no second run: held-out 76 md08)
    led: dict[int, tuple[str, int, int]] = {}
    opened = {outer[0][0]: 1}
    for n, k in enumerate(starts, 2):
        if markers[k - 1] is None and _leads_in(texts[k - 1]):
            led[k - 1] = ("zone", n, 0)
        else:
            opened[k] = n
    return led, opened


def _stray_first_marker(texts: list[str]) -> dict[int, str]:
    """The first item numbered in a style of its own (``1、`` before ``二、``, ``三、``):
    read in the style of the items that continue its count, as {position: style}.
    It counts when it is item 1, the next two items are 2 and 3 of one other style,
    and its style numbers nothing else.

    >>> _stray_first_marker(["命令如下：", "1、停运公交。", "二、暂缓开工。", "三、关闭浴室。"])
    {1: 'cn'}
    >>> _stray_first_marker(["一、总体要求", "1.停运公交。", "2.暂缓开工。", "二、保障"])
    {}
    """
    markers = [(k, found) for k, found in ((k, marker_at(t)) for k, t in enumerate(texts)) if found]
    if len(markers) < 3:
        return {}
    (k, first), (_, second), (_, third) = markers[:3]
    # (or a list of its own style opens right under it, and the count it belongs to goes on at 2 in another style
    # that has no 1: `1。封闭控制区：…` / `1.某医院；` … / `二。控制区：…`, as machine-made copies number)
    other = next((found for _, found in markers if found[0] != first[0]), None)
    if (first[1] == 1 and second[:2] == (first[0], 1) and other and other[1] == 2
            and not any(found[:2] == (other[0], 1) for _, found in markers)):
        return {k: other[0]}
    if (first[1], second[1], third[1]) != (1, 2, 3) or second[0] != third[0] or first[0] == second[0]:
        return {}
    if any(found[0] == first[0] for _, found in markers[1:]):
        return {}
    return {k: second[0]}


def _one_count(texts: list[str], slipped: dict[int, tuple[str, int, int]]) -> dict[int, str]:
    """Items that count 1, 2, 3, … straight through the notice in mixed styles (`1.` `2.` `三。` `四。` `五、` `6.`, as a
    machine-made copy numbers): one list, read in the style of its first item, as {position: style}. A notice that
    nests restarts a count at 1, so a count that never restarts, three items or more, is one list.

    >>> _one_count(["1.停运公交。", "2.暂缓开工。", "三。关闭浴室。", "四、暂停堂食。"], {})
    {2: 'arabic', 3: 'arabic'}
    >>> _one_count(["一、总体要求", "1.停运公交。", "2.暂缓开工。"], {}), _one_count(["一、停运。", "二、暂缓。", "三、关闭。"], {})
    ({}, {})
    """
    markers = [(k, m) for k, t in enumerate(texts) if (m := slipped.get(k) or marker_at(t))]
    if (len(markers) < 3 or [m[1] for _, m in markers] != list(range(1, len(markers) + 1))
            or len({m[0] for _, m in markers}) < 2):
        return {}
    first = markers[0][1][0]
    return {k: first for k, m in markers if m[0] != first}


def _stray_next_marker(texts: list[str], slipped: dict[int, tuple[str, int, int]] | None = None) -> dict[int, str]:
    """An item numbered in a style of its own that continues the count of the item right
    before it (``一、`` ``二、`` then ``3.``): read in that item's style, as {position: style}.

    >>> _stray_next_marker(["命令如下：", "一、停运公交。", "二、暂停堂食。", "3.暂停广场舞。"])
    {3: 'cn'}
    >>> _stray_next_marker(["一、总体要求", "1.停运公交。", "二、保障", "2.暂缓开工。"])
    {}
    """
    # (an item read where the count demands it, `、调整为…` with its numeral lost, counts with its style)
    markers = [(k, found) for k, found in ((k, (slipped or {}).get(k) or marker_at(t)) for k, t in enumerate(texts)) if found]
    once = {style for style in {m[0] for _, m in markers} if sum(m[0] == style for _, m in markers) == 1}
    return {k: before[0] for (_, before), (k, found) in zip(markers, markers[1:])
            if found[0] in once and found[1] > 1 and before[0] != found[0] and before[1] == found[1] - 1}


def _lost_first_marker(texts: list[str]) -> dict[int, tuple[str, int, int]]:
    """First items whose numbers were lost: the count opens at n (``二、``, ``3、``) right under n - 1
    unnumbered paragraphs that each give orders, which are items 1 … n - 1; as {position: marker}.

    >>> _lost_first_marker(["1月11日，某村被确定为中风险地区。", "请有某村旅居史的人员主动报备，实施7天居家健康监测。", "二、非必要不前往上述地区。"])
    {1: ('cn', 1, 0)}
    >>> _lost_first_marker(["自11月7日起，对某市来人实施集中隔离。", "对某市来人开展排查。", "3、请有某地旅居史的人员主动报备。"])
    {0: ('arabic', 1, 0), 1: ('arabic', 2, 0)}
    >>> _lost_first_marker(["现通告如下：", "二、暂停营业。"]), _lost_first_marker(["现通告如下：", "暂停营业。", "3、暂停堂食。"])
    ({}, {})
    >>> _lost_first_marker(["各县区要及时发布通知，宣传群众合理安排出行。", "2.停开市际班线。", "1.停开省际班线。"])
    {}
    """
    first = next(((k, m) for k, m in ((k, marker_at(t)) for k, t in enumerate(texts)) if m), None)
    if first is None or first[1][1] < 2 or first[0] < first[1][1] - 1:
        return {}
    # (not when item 1 of that style is printed further down: a copy that reversed the items, 2 over 1)
    if any((m := marker_at(t)) and m[:2] == (first[1][0], 1) for t in texts[first[0] + 1:]):
        return {}
    lost = range(first[0] - first[1][1] + 1, first[0])
    for k in lost:
        before = texts[k]
        if marker_at(before) or before.rstrip().endswith(_COLON_ENDS) or _RULES.preamble_end.search(before) \
                or not gives_orders(before, bare_directives=True):
            return {}
    return {k: (first[1][0], n, 0) for n, k in enumerate(lost, 1)}


_COMMA_CN = re.compile(rf"([{CN_DIGITS}]+)[，,]?")
_LOST_NUMERAL = re.compile(r"、(?=[\u4e00-\u9fff])")  # a 一、 mark whose numeral the copy lost


def _slipped_mark(text: str, style: str, n: int) -> re.Match | None:
    """The numeral of ``n`` opening a line, with a comma for its mark or none (``二，``, ``2`` of ``220211014日``)."""
    if style == "arabic":
        return re.match(rf"{n}[，,]?(?=\S)", text)
    m = _COMMA_CN.match(text)
    return m if m and ordinal(m.group(1)) == n else None


def _comma_markers(texts: list[str]) -> dict[int, tuple[str, int, int]]:
    """Items whose mark was typed as a comma (``五，…`` between ``四、`` and ``六、``) or lost, the number run on
    to the text (``2`` of ``220211014日以来…`` between ``1、`` and ``3、``): a line that opens with the numeral
    of ``n`` counts as item ``n`` of the ``一、`` or ``1、`` style when the items of that style before and after
    it are ``n - 1`` and ``n + 1``; as {position: marker}.

    After the last numbered item, a numeral and a comma one past its number (``5.…`` then ``六，…``) is the next item.

    >>> _comma_markers(["一、停运公交。", "二，暂缓开工。", "三、关闭浴室。", "四，其他"])
    {1: ('cn', 2, 2), 3: ('cn', 4, 2)}
    >>> _comma_markers(["1、非必要不离市。", "220211014日以来某市来人要检测。", "3、戴口罩。"]), _comma_markers(["1、停运。", "2022年起暂缓。", "2、关闭。"])
    ({1: ('arabic', 2, 1)}, {})

    A mark whose numeral was lost (``、调整为低风险区点位`` over ``二、…``) is the item the count demands too.

    >>> _comma_markers(["现通告如下：", "、调整为低风险区点位", "（一）某街道某小区。", "二、后续防控措施"])
    {1: ('cn', 1, 1)}
    """
    found: dict[int, tuple[str, int, int]] = {}
    numbered = [(k, m) for k, m in ((k, marker_at(t)) for k, t in enumerate(texts)) if m]
    for style in ("cn", "arabic"):
        of_style = [(k, m) for k, m in numbered if m[0] == style]
        for k, text in enumerate(texts):
            before = [found for j, found in of_style if j < k]
            after = [found for j, found in of_style if j > k]
            if marker_at(text) or not after:
                continue
            # (or the mark kept and its numeral lost, `、调整为低风险区点位` right above `二、…`: item 1, or the item between)
            bare = _LOST_NUMERAL.match(text) if style == "cn" and not any(j < k and _LOST_NUMERAL.match(texts[j]) for j in range(k)) else None
            if bare and after[0][1] == (before[-1][1] + 2 if before else 2) and not [j for j, _ in of_style if j < k and not before]:
                found[k] = (style, after[0][1] - 1, bare.end())
                continue
            if not before or after[0][1] != before[-1][1] + 2:
                continue
            m = _slipped_mark(text, style, before[-1][1] + 1)
            if m:
                found[k] = (style, before[-1][1] + 1, m.end())
    if numbered:  # (the last item: nothing numbered after it)
        last, n = numbered[-1][0], numbered[-1][1][1] + 1
        for k in range(last + 1, len(texts)):
            m = _COMMA_CN.match(texts[k])
            if m and m.group().endswith(("，", ",")) and ordinal(m.group(1)) == n:
                found[k] = ("cn", n, m.end())
                break
    return found


def _loose_markers(texts: list[str]) -> dict[int, tuple[str, int, int]]:
    """Items whose number is printed loosely (``loose_markers``, ``glued_markers`` in the rules):
    each counts where the count of its style demands it, as {position: marker}: the item of
    that style before it is ``n - 1`` (``2.`` then ``3.28类…``), or, for a loose one, it is 1 and
    the next is 2; never when the next item of the style is ``n`` again (``1.`` then ``2.5米…``
    then ``2.``).

    >>> _loose_markers(["现通告如下：", "1 8月1日起，恢复紧急状态。", "所有人员佩戴口罩。", "2 实行红事缓办。"])
    {1: ('arabic', 1, 2), 3: ('arabic', 2, 2)}
    >>> _loose_markers(["1.各校错峰返校。", "2.教职工每日检测。", "3.28类重点人群按频次检测。", "四、其他"])
    {2: ('arabic', 3, 2)}
    >>> _loose_markers(["1.保持距离。", "2.5米以内不得聚集。", "2.佩戴口罩。"]), _loose_markers(["5 月 13 日起，恢复营业。", "6 月 1 日起，恢复堂食。"])
    ({}, {})
    """
    strict = {k: found for k, found in ((k, marker_at(t)) for k, t in enumerate(texts)) if found}
    rows = _table_rows(texts, strict)
    candidates: dict[int, tuple[str, int, int, bool]] = {}
    for k, text in enumerate(texts):
        for opens, patterns in ((True, _RULES.loose), (False, _RULES.glued)):
            for style, pattern in patterns:
                m = None if k in strict or k in candidates or k in rows else pattern.match(text)
                if m and not (opens and CONTINUES_NUMBER.match(text, m.end())):
                    candidates[k] = (style, ordinal(m.group("n")), m.end(), opens)
    found: dict[int, tuple[str, int, int]] = {}
    for k, (style, n, end, opens) in sorted(candidates.items()):
        before = next((m for j in range(k - 1, -1, -1) if (m := found.get(j) or strict.get(j)) and m[0] == style), None)
        after = next((m for j in range(k + 1, len(texts)) if (m := strict.get(j) or candidates.get(j)) and m[0] == style), None)
        if after and after[1] == n:
            continue
        if (before and before[1] == n - 1) or (opens and n == 1 and after and after[1] == 2):
            found[k] = (style, n, end)
    return found


def _table_rows(texts: list[str], strict: dict[int, tuple[str, int, int]]) -> set[int]:
    """Positions of the lines of a table printed as text, from its header row (`序号 镇（街道） 时间安排`, or `序号` alone
    over its column names a line each) to the next line a strict marker numbers: a row's number printed loosely (`1 某镇
    6:30-11:30`, `1 天章大道与孙武路十字`) counts the rows, not provisions (held-out 247 ss02, 250 sv03: each gold keeps the
    rows in the text of the item over the table).

    >>> sorted(_table_rows(["二、检测时间", "序号 镇（街道） 时间安排", "1 某镇", "2 某街道", "三、注意事项", "1 请戴口罩。"], {0: ("cn", 2, 2), 4: ("cn", 3, 2)}))
    [1, 2, 3]
    """
    rows: set[int] = set()
    inside = False
    for k, text in enumerate(texts):
        inside = bool(_RULES.table_header.match(text)) or (inside and k not in strict)
        if inside:
            rows.add(k)
    return rows


def _measure_nodes(nodes: list[Node]):
    """The provisions that are measures, in document order: the deepest ones, and a
    parent labelled with a short name whose own lines before its children give orders
    (``一、封控区`` / ``实行“足不出户”等管控措施。`` / ``（一）…``). A section titled
    with a phrase (``二、全力以赴，织密防控网``) over a lead-in paragraph is a heading."""
    for node in nodes:
        if node.children and (_is_name_label(node.line) and any(_gives_own_orders(p) for _, p in node.body)
                              or _is_own_text(node.line) or node.ruled):
            yield node
        if node.children:
            yield from _measure_nodes(node.children)
        else:
            yield node


def _is_own_text(line: str) -> bool:
    """A parent's line that is a provision of its own over its children, not a label,
    a heading or a lead-in to them: whole sentences giving orders
    (`一、对入境人员，全部实施集中隔离，并开展核酸检测。` over `（一）…`), also before a lead-in
    (`二、…经研判，某组从9月15日12时起，降为低风险区。调整后…具体如下：`, held-out 37 kq03). A line
    that is only a lead-in ending in a colon (`一、自9月11日起，解除以下片区管理：`) leads into its
    children (real b08).

    >>> _is_own_text("对入境人员，全部实施集中隔离，并开展核酸检测。"), _is_own_text("自9月11日起，解除以下片区管理：")
    (True, False)
    >>> _is_own_text("风险区划分经研判，某组从9月15日12时起，降为低风险区。调整后，中风险区为3个。具体如下：")
    True
    >>> _is_own_text("全力以赴，织密防控网"), _is_own_text("严格落实防控措施。")
    (False, False)
    """
    sentence = line.rstrip().endswith(("。", "；", ";")) and re.search("[，,]", line)
    if line.rstrip().endswith(_COLON_ENDS):  # an order in whole sentences before the lead-in is still one
        sentence = [s for s in _whole_sentences(line) if re.search("[，,]", s)]
        line = "".join(sentence)
    return bool(sentence) and gives_orders(line, bare_directives=True)


def _whole_sentences(line: str) -> list[str]:
    """The sentences of a line that end in a stop: what it says before a lead-in that ends it in a colon."""
    return [s for s in _SENTENCES.findall(line) if s.rstrip().endswith(("。", "；", ";"))]


def _is_name_label(line: str) -> bool:
    return len(line) <= _RULES.name_label_max and not re.search(f"[{_STOPS}，、,]", line)


def _is_label(line: str) -> bool:
    """A section's label, however long a heading may be: no clause or sentence in it (`中风险区降为低风险区（1个）`)."""
    return 0 < len(line.strip()) <= HEADING_MAX and not re.search(f"[{_STOPS}，,]", line)


def _gives_own_orders(paragraph: str) -> bool:
    """Whether a label's own paragraph gives orders: not a lead-in to its children, though the whole sentences
    before one may (`防范区实行“强化社会面管控”。…请大家积极配合做好如下工作：`, held-out 166 pp05;
    `…开学实行错时错峰返校报到。师生返校时间安排为：`, 171 pu02).

    The notice's own preamble, copied under a page's numbered headline, leads into the notice (`…自7月28日起，将部分区域
    新增为高风险区。现将相关事项公告如下：`, held-out 65 ls02): the decision before it is the preamble's, no order of the item.

    >>> _gives_own_orders("防范区实行“强化社会面管控”。请大家积极配合做好如下工作："), _gives_own_orders("请大家做好如下工作：")
    (True, False)
    >>> _gives_own_orders("经研判，将某小区划为高风险区，实行封控管理。现将相关事项公告如下：")
    False
    """
    if paragraph.rstrip().endswith(_COLON_ENDS) and not _RULES.notice_lead_in.search(paragraph.rstrip()):
        paragraph = "".join(_whole_sentences(paragraph))
    return bool(paragraph) and not _RULES.preamble_end.search(paragraph) and gives_orders(paragraph, bare_directives=True)


_BULLET = re.compile(r"^[-*+•·●▪]\s*\S")


def _bullet_run(body: list[tuple[int, str]]) -> int:
    """How many paragraphs right after the last provision are its bulleted list (a Markdown
    copy's `- 中高风险地区来返人员…`): they are the provision's, not the closing words.

    >>> _bullet_run([(1, "- 甲地区来返人员居家隔离。"), (2, "* 乙地区来返人员持证明。"), (3, "特此通告。")])
    2
    """
    n = 0
    while n < len(body) and _BULLET.match(body[n][1]):
        n += 1
    return n


def _says_something(line: str) -> bool:
    """Whether a short line says something no signature line does: it lays a duty or lists with `、`
    (`广大市民要增强风`, `某区机场、火车`; not `某县指挥部`, `2022年5月1日`, `（此件公开发布）`).

    >>> _says_something("广大市民要增强风"), _says_something("某区机场、火车"), _says_something("某区联防联控")
    (True, True, False)
    """
    return "、" in line or gives_orders(line)


def _carries_text(line: str) -> bool:
    """Whether a provision's line holds its own text, not a label over the paragraphs under it: a sentence ended by a
    stop, or by an exclamation after a clause (`五是有些…公共场所，所有进入人员都必须戴口罩，否则停业整顿！`), not a
    rallying heading (`一、坚决打赢疫情防控阻击战！`).

    >>> _carries_text("五是所有进入人员都必须戴口罩，否则停业整顿！"), _carries_text("一、坚决打赢疫情防控阻击战！")
    (True, False)
    """
    return "。" in line or bool(re.search("[！!]", line) and re.search("[，,]", line))


def _is_stopped_label(line: str) -> bool:
    """A short label printed with a stop (`五、强化疫情防控责任。`): one clause, the whole line its heading."""
    text = line.strip()
    return text.endswith("。") and len(text) <= HEADING_MAX and not re.search(f"[{_STOPS}，,]", text[:-1])


_DATE_LINE = re.compile(r"[0-9０-９〇零一二三四五六七八九十]+\s*[年月日]")


def _signs(line: str) -> bool:
    """Whether a line could sign the notice on its own: a body's name or a date (`某县指挥部`, `2022年5月1日`), not the
    first words of a text the copy cut off (`不断强化常态化疫情防`)."""
    return ends_with_body(line.strip()) or bool(_DATE_LINE.search(line))


def _is_tail_line(paragraph: str) -> bool:
    """Signature, date and publication notes: short lines without sentences."""
    return len(paragraph) <= 40 and not re.search(r"[。；;！!？?]", paragraph) and not paragraph.rstrip().endswith(_COLON_ENDS)


def _inline_enumeration(text: str) -> list[str] | None:
    """``一是…二是…`` items, when a provision holds at least two of them in order."""
    split = _inline_split(text)
    return split[1] if split else None


def _inline_split(text: str) -> tuple[str, list[str]] | None:
    """The words before ``一是…二是…`` items and the items, when a paragraph holds at least two of them in order.

    >>> _inline_split("对检测正常的，分类处置:一是非绿码的，居家隔离;二是绿码的，纳入社区管理。")
    ('对检测正常的，分类处置:', ['非绿码的，居家隔离。', '绿码的，纳入社区管理。'])
    """
    kept = []
    for m in _INLINE_ENUM.finditer(text):
        if ordinal(m.group(1)) == len(kept) + 1:
            kept.append(m)
    if len(kept) < 2:
        return None
    ends = [m.start() for m in kept[1:]] + [len(text)]
    return text[: kept[0].start()], [text[m.end() : end].strip("；，。;, ") + "。" for m, end in zip(kept, ends)]


def _closing_start(body: list[tuple[int, str]], siblings: list[Node]) -> int:
    """Where the closing words begin among the paragraphs after the last
    provision's label: at a closing formula (``特此通告。``), at a paragraph after the
    label's own text that speaks of all the items above (``除上述区域外，…``; one naming
    two or more of the labels of the items, ``高风险区执行…，中风险区执行…``) or calls on the
    public at large (``当前形势依然严峻，请广大市民…``), or where only signature and date
    lines are left.

    >>> _closing_start([(1, "将甲小区划为中风险区。"), (2, "除上述区域外，其他区域为低风险区。"), (3, "某指挥部")], [])
    1
    """
    k = _signature_start(body)
    labels = {n.line.strip().rstrip(COLONS) for n in siblings if _is_name_label(n.line)}
    parallel = _parallel_end(body, siblings)
    for j, (_, p) in enumerate(body[:k]):
        if _RULES.closing_formula.match(p) or (j and (_RULES.beyond_items.match(p) or _RULES.closing_appeal.match(p)
                                                     or sum(label in p for label in labels) >= 2 or _closes(p))):
            return min(j, parallel)
    return min(k, _list_end(body), parallel)


def _closes(paragraph: str) -> bool:
    """Whether a paragraph after a label's own text is the notice's closing words and gives no order: it opens with which
    rules still apply or who interprets them (`未尽事宜，以某指挥部解释为准。`) or when it takes effect, or it holds goodwill
    (`某馆将全力做好防控，衷心感谢广大读者的支持和理解！`, `各位家长，让我们携手共同努力…`).

    >>> _closes("未尽事宜，以某县指挥部解释为准。"), _closes("本通告自发布之日起施行。")
    (True, True)
    >>> _closes("某医院全体医务人员将全力以赴，衷心感谢您的理解、支持和配合。"), _closes("各位家长，让我们携手共同努力，守护孩子健康。")
    (True, True)
    >>> _closes("采样时请全程佩戴口罩。"), _closes("各乡镇要及时报告。"), _closes("来院人员须持核酸阴性证明，给您带来的不便，敬请谅解。")
    (False, False, False)
    """
    first = next(iter(_SENTENCES.findall(paragraph)), "").strip()
    return (bool(_RULES.closing_words.search(first) or _RULES.goodwill.search(paragraph))
            and not gives_orders(paragraph, bare_directives=True))


_LABEL_OPENING = re.compile(r"^[^，,。；;：:]{2,12}[：:]")
_CALL = re.compile(r"(?<![申提])请")


def _parallel_end(body: list[tuple[int, str]], siblings: list[Node]) -> int:
    """Where the last of parallel sections ends: when every section before it, each labelled with a short
    name, holds the same number of paragraphs, two or more (`一、高风险区` / a place / `管控措施：…`), the last holds as
    many, and a full paragraph after them that places a duty without naming its label again
    (`全县上下要进一步压紧压实…`) is the notice's closing words.

    >>> a = Node("cn", 1, 0, "高风险区", body=[(1, "甲小区"), (2, "管控措施：足不出户。")])
    >>> b = Node("cn", 2, 3, "中风险区", body=[(4, "乙小区"), (5, "管控措施：人不出区。"), (6, "各级各部门要压实责任。")])
    >>> _parallel_end(b.body, [a, b])
    2
    """
    last, earlier = siblings[-1] if siblings else None, siblings[:-1]
    if last is None or not earlier or not all(_is_label(n.line) and not n.children for n in siblings):
        return len(body)
    sizes = {len(n.body) for n in earlier}
    m = sizes.pop() if len(sizes) == 1 else 0
    after = body[m][1] if m < len(body) else ""
    # (a line opening with a short label and its colon, `某县：某村，某村。`, `管控措施：…`, is more of the
    # section's own lines, as the sections before print them)
    # (it places a duty of its own, as closing words must: another place line of a longer list does not. After one
    # paragraph each, a duty is as often the last label's own second paragraph, `二、采样地点` / `…` / `尚未检测的人员
    # 要立即…`, and the closing words are those that order without one or call on others: `中风险区执行…`, `请市民…`)
    closes = (gives_orders(after) if m >= 2
              else not gives_orders(after) and (gives_orders(after, bare_directives=True) or bool(_CALL.search(after))))
    if not m or not _is_full_paragraph(after) or _LABEL_OPENING.match(after) or last.line.strip() in after or not closes:
        return len(body)
    return m


def _signature_start(body: list[tuple[int, str]]) -> int:
    """Where the signature and date lines that end the paragraphs begin: short lines
    without sentences, labels or numbered areas.

    >>> _signature_start([(1, "解除以下2个高风险区："), (2, "1、某镇某路35号"), (3, "某县指挥部"), (4, "2022年11月18日")])
    2
    """
    k = len(body)
    # (a short lead-in that ends the page leads into nothing: a page's pointer, `更多详情可查看：`)
    if k and len(body[-1][1]) <= 40 and not re.search(r"[。；;！!？?]", body[-1][1]) and body[-1][1].rstrip().endswith(_COLON_ENDS):
        k -= 1
    while k and _is_tail_line(body[k - 1][1]) and not _LABELLED.search(body[k - 1][1]) and not _is_listed(body[k - 1][1]):
        k -= 1
    return k


def _is_listed(paragraph: str) -> bool:
    """A numbered address line: an area the provision over it lists, not a signature line.

    >>> _is_listed("2、城东街道某某家属院"), _is_listed("某某县疫情防控指挥部")
    (True, False)
    """
    return bool(marker_at(paragraph)) and is_address_line(paragraph)


def _list_end(body: list[tuple[int, str]]) -> int:
    """Where the short lines a label lists (`二、解除管控区名单` and the areas, one a line)
    end at a full paragraph: the notice's closing words, not one more area.

    >>> _list_end([(1, "甲社区"), (2, "乙社区"), (3, "请市民按要求扫码。"), (4, "某指挥部")])
    2
    >>> _list_end([(1, "实行封闭管理。"), (2, "甲社区")])
    2
    """
    j = 0
    while j < len(body) and _is_tail_line(body[j][1]):
        j += 1
    return j if j and j < len(body) else len(body)


def _is_place_line(paragraph: str) -> bool:
    return (_is_tail_line(paragraph) or is_address_line(paragraph)) and not _RULES.disposal.match(paragraph)


def _last_of_places(leaf: Node, roots: list[Node]) -> bool:
    """Whether the last provision is the last place of a list of places (`7.某镇某村`,
    `二、低风险区` after `一、高风险区` and its area lines): every item of its list is a bare
    name with nothing under it but short lines, so a full paragraph after it is no more of it.

    >>> places = [Node("arabic", 1, 1, "某镇某村"), Node("arabic", 2, 2, "某街道某小区")]
    >>> _last_of_places(places[1], places), _last_of_places(Node("cn", 1, 1, "工作要求"), [Node("cn", 1, 1, "工作要求")])
    (True, False)
    """
    def place(line: str) -> bool:  # a bare name: no sentence, no order (`某区体育运动学校`)
        return _is_tail_line(line) and not gives_orders(line, bare_directives=True)

    def listed(line: str) -> bool:  # or a line of the list, however long (`某镇主街商铺：甲肉行、乙药房、…`)
        return place(line) or is_address_line(line) or _is_bare_line(line)

    siblings = leaf.parent.children if leaf.parent else roots
    return (len(siblings) > 1 and (place(leaf.line) or is_address_line(leaf.line))
            and all(listed(n.line) and not n.children and all(_is_place_line(p) for _, p in n.body)
                    for n in siblings[:-1]))


def _is_bare_line(line: str) -> bool:
    """A line that names without saying anything: no sentence stop inside it, no label over what follows,
    no order (`某镇主街商铺：甲肉行、乙药房、丙超市`)."""
    text = line.strip().rstrip("。；;，,")
    return (0 < len(text) <= 2 * _RULES.run_on_max + 20 and not re.search(f"[{_STOPS}]", text)
            and not gives_orders(text, bare_directives=True))


def _label_over_paragraph(leaf: Node, siblings: list[Node]) -> bool:
    """Whether the last provision is a bare label whose text is the paragraph under it, as each label before
    it holds its own lines (`一、具体点位` / `某街道：某小区。` / `二、相关要求` / `解除后，按照低风险区管理。`):
    no place of a list, though it names nothing more than a place would.

    >>> a = Node("cn", 1, 0, "具体点位", body=[(1, "甲街道：某小区。")])
    >>> b = Node("cn", 2, 2, "相关要求", body=[(3, "解除后，按照低风险区管理。"), (4, "某指挥部")])
    >>> _label_over_paragraph(b, [a, b]), _label_over_paragraph(Node("cn", 2, 2, "乙村"), [a, b])
    (True, False)
    """
    earlier = siblings[:-1]
    return (bool(earlier) and all(n.body for n in earlier) and _is_name_label(leaf.line)
            and bool(leaf.body) and _is_full_paragraph(leaf.body[0][1]) and not _is_place_line(leaf.body[0][1]))


def _designates_lines(leaf: Node) -> bool:
    """Whether the last provision designates the areas listed one a line under it
    (`三、以下区域解除防范管理：` / `某县县域其他区域。`): a full paragraph after them is no
    more of it."""
    return (leaf.line.rstrip().endswith(_COLON_ENDS) and bool(_RULES.designation.search(leaf.line))
            and bool(leaf.body) and is_address_line(leaf.body[0][1]))


def _place_lines(body: list[tuple[int, str]]) -> int:
    """How many paragraphs after the last place of a list are more of its area lines.

    >>> _place_lines([(1, "某区除高风险区以外的其他区域"), (2, "高风险区实行封控措施。"), (3, "某指挥部")])
    1
    >>> _place_lines([(1, "望花区（除高风险区以外的其他区域）"), (2, "某市指挥部办公室"), (3, "2022年11月19日")])
    1
    """
    k, signature = 0, _signature_start(body)
    # an area line just above the signature is the list's last (`望花区（除高风险区以外的其他区域）`)
    while k < len(body) and _is_place_line(body[k][1]) and (k < signature or is_address_line(body[k][1])):
        k += 1
    return k


def _without_closing_formula(text: str) -> str:
    """The last provision's text without the closing words run on to it: a closing formula
    (`…组织实施。特此通告。`), a remark on all the items (`以上措施将根据…及时调整。`) or a
    contact line (`咨询监督电话：0550—7331398。`).

    >>> _without_closing_formula("依法追究刑事责任。以上措施将根据疫情防控形势变化及时调整。")
    '依法追究刑事责任。'
    """
    sentences = _SENTENCES.findall(text)
    while len(sentences) > 1 and _is_closing_sentence(sentences[-1].strip()):
        text = text[: len(text) - len(sentences.pop())].rstrip()
    return text


def _is_closing_sentence(sentence: str) -> bool:
    return bool(_RULES.closing_formula.match(sentence) or _RULES.beyond_items.match(sentence)
                or _RULES.contact_line.match(sentence))


def _preamble_length(paragraphs: list[tuple[int, str]]) -> int:
    """How many opening paragraphs of a notice that numbers nothing are its
    preamble: up to the last that announces what follows or transmits a
    document, before any paragraph giving orders. What stands before the issuer's own decision is
    its background (a headline, a report of the outbreak or of what was done), never an order."""
    length = _decision_start(paragraphs)
    for k, (_, p) in enumerate(paragraphs):
        if k < length:
            continue
        if _lists_areas(paragraphs, k) or _leads_with_duty(p):
            break
        if _RULES.preamble_end.search(p) or _introduces(paragraphs, k):
            length = k + 1
        elif gives_orders(p, bare_directives=True):
            break
    return length


def _decision_start(paragraphs: list[tuple[int, str]]) -> int:
    """Where the issuer's decision opens a notice that numbers nothing (`…经某指挥部研究决定，自…起，解除…`, `…决定：`):
    the paragraphs above it are the background the decision answers (`速看！某区两小区实行临时封控管理`,
    `4月20日我县突发疫情以来，…累计开展13轮核酸检测…`), read as the preamble; 0 when no paragraph decides.

    >>> _decision_start([(0, "我区部分区域自7月27日起实施临时管控措施以来，防控工作取得阶段性成果。"),
    ...                  (1, "经专家研判，指挥部决定，将临时管控措施延长3天。")])
    1
    >>> _decision_start([(0, "暂停全县集市。"), (1, "关闭娱乐场所。")])
    0
    """
    start = 0
    for k, (_, p) in enumerate(paragraphs):
        if _RULES.decision_stem.search(p):
            start = k
            break
        sentences = [s.strip() for s in _SENTENCES.findall(p)]
        # (a decision after the notice's closing words, `本通告自发布之日起施行。…经某市研究决定，…`, is another text's, run
        # on by the page)
        ends = next((j for j, s in enumerate(sentences) if _is_closing_sentence(s)), len(sentences))
        if any(_RULES.decision.search(s) for s in sentences[:ends]):
            start = k
            break
        if ends < len(sentences):
            break
    # (a duty laid by an obligation word above it, `各乡镇要…`, is an order all the same: the background only borrows a
    # directive's word, `实行`, `开展了`, as headlines and reports do)
    return 0 if any(gives_orders(p) for _, p in paragraphs[:start]) else start


def _leads_with_duty(paragraph: str) -> bool:
    """Whether a lead-in ending in a colon lays a duty on a subject itself (`…旅居史的人员要及时向所在
    社区报备，…配合做好疫情防控措施：`): an order over the lines that detail it, not the preamble's
    formula (`…现将有关事项通告如下：`, `…市指挥部要求：`).

    >>> _leads_with_duty("自5月1日以来有某区旅居史的人员须立即报备，并做到以下几点："), _leads_with_duty("根据…，现将有关事项通告如下：")
    (True, False)
    """
    text = paragraph.rstrip()
    if not text.endswith(_COLON_ENDS):
        return False
    kept = _RULES.false_obligation.sub("", _RULES.idle_clauses.sub("", text))
    return bool(_RULES.lead_duty.search(kept)) and not _RULES.not_order.search(text)


def _introduces(paragraphs: list[tuple[int, str]], k: int) -> bool:
    """Whether paragraph k ends with a colon before a full paragraph (`…决定，调整风险等级：`
    then `自…起，将…`), rather than before the short lines an order lists, its places under their kind of area or a
    place's share of them (`青塔街道：` / `岳各庄清洁队宿舍7排11号所在胡同；`)."""
    return (paragraphs[k][1].rstrip().endswith(_COLON_ENDS) and k + 1 < len(paragraphs)
            and not _is_tail_line(paragraphs[k + 1][1]) and not _lists_labelled_places(paragraphs[k + 1][1])
            and not _labels_areas(paragraphs, k) and not _counts_places(paragraphs, k))


def _closing_orders(paragraphs: list[tuple[int, str]], bare_directives: bool) -> list[tuple[int, str]]:
    """The order-giving paragraphs (position, text) among these, each to be a closing measure (`_closings`); an order
    that ends with a colon keeps the short lines it lists (`将以下中风险区解除管控：`
    and the areas, one a line)."""
    orders: list[tuple[int, str]] = []
    listing = tallying = disposing = False
    stem: tuple[int, str] | None = None  # the opening of a decision laid out over lines (经研究决定：)
    signature = _signature_start(paragraphs)
    for k, (i, p) in enumerate(paragraphs):
        if bare_directives and not listing and _RULES.decision_stem.search(p):
            stem = (i, p)
            continue
        if stem and k < signature and (_is_tail_line(p) or is_address_line(p)):
            stem = (stem[0], stem[1] + "\n" + p)  # the areas it names, one a line (…决定， / 某村六组 / 为中风险地区)
            continue
        if stem and "\n" in stem[1]:  # the end of the sentence after its area lines
            orders.append((stem[0], stem[1] + "\n" + p))
            stem = None
            continue
        # A tally of the areas after a change (`调整后，某县现有高风险区2个：…`) states a fact: it and the lines it goes on
        # to list (`中风险区16个：…`, the places one a line) are no orders, though they read like a designation over its list;
        # a sentence after it may give one (`…3个，分别是…。其余…均为低风险地区，要加快复工复产…`).
        if (_RULES.tally.match(p) and not gives_orders(p, bare_directives)) or (
                tallying and (_RULES.tally_line.match(p) or is_address_line(p))):
            tallying, listing = True, False
            continue
        tallying = False
        if listing and k >= signature and not is_address_line(p):  # a numbered list ends over the signature
            listing = False
        # A second label over places of its own (`解除以下封控区：` / places / `解除以下管控区：` / places) opens an order of
        # its own: no looked-at gold joins two labelled lists in one closing (held-out 93 mu07, 116 nr03, 133 oi03 part them).
        if listing and "\n" in orders[-1][1] and _labels_areas(paragraphs, k):
            listing = False
        if listing and _rules_listed_zone(orders[-1][1], p):
            orders[-1], listing = (orders[-1][0], orders[-1][1] + "\n" + p), False
            continue
        # A short designation over the areas it lists (`高风险区降为中风险区（5个）` / `中风险区1：…`)
        # is an order with its list, not a signature line.
        # (so does a line of the testing's timetable, `5月21日6时—15时：某街道、某镇。`: when and where, an order)
        zone = bare_directives and bool(_RULES.zone_label.match(p) or _RULES.zone_kind.match(p) or _RULES.schedule_line.match(p))
        heads_list = (not listing and _is_tail_line(p) and (zone or gives_orders(p, bare_directives=True))
                      and k + 1 < len(paragraphs) and (is_address_line(paragraphs[k + 1][1]) or _counts_places(paragraphs, k + 1))
                      and not match_marker(p))
        # (an order printed without its stop, `自通告发布之日起，解除某村中风险区管理，降为低风险区`, is no signature line)
        # (a fragment of a line wrapped at a comma, `，必须第一时间向所在村`, is none; nor are places under their kind of area
        # after an order, `高风险区：…` / `低风险区：栖霞区除高风险区以外的其他区域`: 8 of 8 such short lines of the looked-at golds of
        # notices that number nothing are in a measure, held-out 22 kb01, 145 ou08, 243 so02/so04/so07; over the notice's first
        # order they may be a digest the page prints above it, 86 mn05)
        short = _is_tail_line(p) and not (re.search("[，,]", p) and not re.match("[，,、；;：:]", p)
                                          and gives_orders(p, bare_directives)) and not (orders and _lists_labelled_places(p))
        # (the list of a decision disposing of the areas it lists runs to its first full stop, a line of one sentence each:
        # `某小区列为封控区；` / `某小区其他楼座列为管控区。`, held-out 119 nu07; not `降级不降防。请广大市民…`, 18 f02)
        listed = disposing and k < signature and not match_marker(p) and not _FULL_STOP.search(p.rstrip()[:-1])
        # (so does a line the list runs on into, after a colon or comma and before its own comma or semicolon, whatever the
        # place's name ends with: `方庄街道：` / `芳城园一区12号楼甲门，`, held-out 254 sz04)
        listed = listed or listing and _runs_on(orders[-1][1], p)
        if (short and not heads_list) or (listing and (listed or _lists_places_line(p) or _lists_labelled_places(p)
                                                       or _labels_areas(paragraphs, k) or _counts_places(paragraphs, k))):
            if listing:
                orders[-1] = (orders[-1][0], orders[-1][1] + "\n" + p)
                disposing = disposing and not _FULL_STOP.search(p.rstrip()[-1:])
            continue
        listing = disposing = False
        lists = _lists_areas(paragraphs, k)
        announces = _RULES.preamble_end.search(p) and not _leads_with_duty(p)
        if heads_list or lists or (not announces and (zone or gives_orders(p, bare_directives))):
            orders.append((stem[0], stem[1] + "\n" + p) if stem else (i, p))
            listing = heads_list or p.rstrip().endswith(_COLON_ENDS) or lists
            disposing = lists and _disposes_of_list(paragraphs, k)
        stem = None
    return orders


def _runs_on(listed: str, line: str) -> bool:
    """Whether a line is more of a list run on over lines: the list's last line leaves it open (a colon, comma or 、) and
    the line ends as one of its items (a comma, 、 or semicolon), with no sentence of its own and no order.

    >>> _runs_on("封控区\\n方庄街道：", "芳城园一区12号楼甲门，"), _runs_on("封控区\\n方庄街道：", "实行封闭管理，")
    (True, False)
    """
    return (bool(re.search("[：:，,、]$", listed.rstrip())) and bool(re.search("[，,、；;]$", line.rstrip()))
            and not _FULL_STOP.search(line) and not gives_orders(line, bare_directives=True))


def _rules_listed_zone(order: str, paragraph: str) -> bool:
    """Whether a paragraph right under a zone's label and the places it lists sets that zone's regime (`高风险区：` / places /
    `高风险区实行封控措施，…`): the rest of the zone's provision, one measure with its label and places, as each gold with
    the shape joins them (held-out 116 nr03, 238 sj01: 3 of 3; and when it names them as the areas above, 74 mb06, 254 sz04:
    3 of 3, where the lines under a decision, not a label, keep theirs apart, 23 kc07, 116 nr05), as a numbered section
    carries the paragraph under its places (ADJUDICATION Q27).

    >>> _rules_listed_zone("高风险区：\\n甲镇某村", "高风险区实行封控措施。"), _rules_listed_zone("高风险区：\\n甲镇某村", "低风险区实行…")
    (True, False)
    >>> _rules_listed_zone("高风险区：\\n甲镇某村", "高风险区：乙镇某村")
    False
    >>> _rules_listed_zone("封控区\\n甲镇某村", "以上区域被划为封控区，实行足不出户。"), _rules_listed_zone("封控区\\n甲镇某村", "封控区实行足不出户。")
    (True, False)
    """
    first = order.split("\n", 1)[0]
    label = _RULES.zone_label.match(first)
    text = paragraph.strip()
    zone = _OPENING_ZONE.match(text)
    # (a regime naming the places as the areas above, `以上区域实施“个人防护、避免聚集”的管控措施。`, completes the zone's list
    # under a label printed without its colon too, `中风险区下调为低风险区(1个)` / places, `封控区` / …: 74 mb06, 254 sz04; one
    # naming the zone under such a label is a closing of its own, `高风险区` / place / `高风险区实行封控措施，…`, 173 pw03)
    above = (_RULES.areas_above.match(text) and gives_orders(text, bare_directives=True)
             and not _RULES.beyond_items.match(text)
             and (label or _is_tail_line(first) and (_OPENING_ZONE.match(first) or _RULES.zone_kind.match(first))))
    return ("\n" in order and bool(label and zone and zone.group(1) in label.group() or above)
            and not _RULES.zone_label.match(text))


def _announced_statements(preamble: list[tuple[int, str]], start: int) -> list[tuple[int, str]]:
    """The plain statements right under a lead-in announcing provisions (`…复工通知如下：` / `开发区内各类企业不早于2月9日
    24时前复工。`) in a notice that numbers nothing: full sentences giving no order by their words, up to the first that
    gives one, a closing formula or the notice's closing words.

    >>> _announced_statements([(0, "现将放假安排通知如下："), (1, "元旦：1月1日至3日放假，共3天。"), (2, "各单位要做好值班。")], 1)
    [(1, '元旦：1月1日至3日放假，共3天。')]
    >>> _announced_statements([(0, "现将其活动轨迹通报如下："), (1, "11月18日在家。")], 1)
    []
    """
    if not start or not _RULES.announces_provisions.search(preamble[start - 1][1].rstrip()):
        return []
    statements = []
    for i, p in preamble[start:]:
        if (not re.search(r"[。；;！!]$", p.rstrip()) or gives_orders(p, bare_directives=True)
                or _RULES.closing_formula.match(p) or _RULES.closing_words.search(p)):
            break
        statements.append((i, p))
    return statements


def _closings(orders: list[tuple[int, str]]) -> list[Measure]:
    """The paragraphs (position, text) of a notice's unnumbered provisions as measures closing, closing.2, …"""
    return [Measure("closing" if n == 0 else f"closing.{n + 1}", None, p, i)
            for n, (i, p) in enumerate(orders)]


# A mark that opens each of a notice's unnumbered provisions, as a hospital's rules print them (`★ 住院期间严禁探视。`,
# `▲所有病房实行24小时出入管理。`; held-out 168 pr01, 173 pw08).
_ITEM_MARK = re.compile(r"^[▲★☆■◆]\s*(?=\S)")
_ITEM_MARKS_MIN = 3  # lines opening with one mark: a list, not one line's emphasis


def _marked_items(paragraphs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The provisions of a notice that numbers nothing but marks each of its items with one sign (`★ …`, three or
    more): each marked paragraph, without its mark. The lead, the labels over them (`住院病房管理注意事项`) and the
    words after them are not items: the marks set the list, as numbers do (adjudication Q16).

    >>> _marked_items([(0, "您好！现将有关事项告知如下："), (1, "★ 住院期间严禁探视。"), (2, "住院须知"), (3, "★ 陪护人员持证出入。"),
    ...                (4, "▲一个"), (5, "★ 门诊患者严禁进入病区。")])
    [(1, '住院期间严禁探视。'), (3, '陪护人员持证出入。'), (5, '门诊患者严禁进入病区。')]
    >>> _marked_items([(0, "★ 住院期间严禁探视。"), (1, "★ 陪护人员持证出入。")])
    []
    """
    marks = [m.group()[0] for _, p in paragraphs if (m := _ITEM_MARK.match(p))]
    mark = max(set(marks), key=marks.count) if marks else None
    if mark is None or marks.count(mark) < _ITEM_MARKS_MIN:
        return []
    return [(i, p[m.end():]) for i, p in paragraphs if (m := _ITEM_MARK.match(p)) and p[0] == mark]


def find_measures(paragraphs: list[str]) -> list[Measure]:
    """The measures of a notice's clean body paragraphs, in document order."""
    preamble, roots = parse_provisions(paragraphs)
    measures: list[Measure] = []
    leaves = list(_measure_nodes(roots))
    for k, leaf in enumerate(leaves):
        body = leaf.body
        closing: list[str] = []
        # After the last provision, paragraphs that follow one carrying its own text
        # are the notice's closing words, not more of that provision; after a bare
        # label, its text runs to a closing formula or the signature.
        if k == len(leaves) - 1:
            siblings = leaf.parent.children if leaf.parent else roots
            # (a label printed with a stop over its text, as each label before it, `五、强化防控责任。` / `各单位要…`)
            label = not _carries_text(leaf.line) or (_is_stopped_label(leaf.line) and len(siblings) > 1
                                              and all(n.body for n in siblings[:-1]))
            cut = (_bullet_run(body) if not label
                   else _place_lines(body) if (_last_of_places(leaf, roots) or _designates_lines(leaf))
                   and not _label_over_paragraph(leaf, siblings)
                   else _closing_start(body, siblings))
            if not cut and label and body and _is_tail_line(body[0][1]) and (
                    _says_something(body[0][1]) or (len(body) == 1 and not _signs(body[0][1]))):
                cut = 1  # a label's text cut short by the copy (`四、加强个人防护` / `广大市民要增强风`) is no signature
            cut = max(cut, sum(1 for i, _ in body if i <= leaf.kept_to))  # (its lists counted again are its text)
            body, closing = body[:cut], body[cut:]
        text = "\n".join([leaf.line, *(p for _, p in body)]).strip()
        if k == len(leaves) - 1:
            text = _without_closing_formula(text)
        path = ".".join(map(str, leaf.path))
        items = _inline_enumeration(text)
        if items:
            measures.extend(Measure(f"{path}.{n}", heading_of(item), item, leaf.paragraph)
                            for n, item in enumerate(items, 1))
        elif text:  # a bare number with no text of its own ("一、" alone) carries no measure
            measures.append(Measure(path, heading_of(leaf.line), text, leaf.paragraph))
        measures += _closings(_closing_orders(closing, bare_directives=False))
    if not roots:  # a notice that numbers nothing: its order-giving paragraphs, after the preamble
        # its one `一是…二是…` paragraph numbers the notice's items, level 1 (the guide); the words before them stay
        # a paragraph of their own (held-out 55 li09, 60 ln07)
        enumerating = [(i, split) for i, p in preamble if (split := _inline_split(p))]
        items: list[Measure] = []
        if len(enumerating) == 1:
            i, (head, texts) = enumerating[0]
            items = [Measure(str(n), heading_of(item), item, i) for n, item in enumerate(texts, 1)]
            preamble = [(j, head if j == i else p) for j, p in preamble if j != i or head.strip()]
        marked = _marked_items(preamble)
        if marked:  # the marked lines are its provisions; after the last, only the closing words' orders
            after = [(i, p) for i, p in preamble if i > marked[-1][0]]
            return _closings(marked + _closing_orders(after, bare_directives=False))
        start = _preamble_length(preamble)
        if start and _RULES.decision_stem.search(preamble[start - 1][1]):
            start -= 1  # the opening of the decision under it (根据…，经研究决定：)
        announced = _announced_statements(preamble, start)
        closings = _closings(announced + _closing_orders(preamble[start + len(announced):], bare_directives=True))
        # (in document order: the words before the items first)
        measures += sorted(closings + items, key=lambda m: m.paragraph)
    return measures
