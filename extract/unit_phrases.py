"""Phrases that name units: what one item is, and how a list of items splits
and shares its head.

An item is recognised by its shape, from the word lists in data/units.yml:
prefixes (各, 有关, 全市…), a body, and a suffix naming a kind of organisation,
venue or enterprise (委, 局, 部门, 单位, 企业, 场所…), a person (市民, 人员,
同志…) or a place that is no unit (地区, 隔离场所…). The longest matching
suffix decides. A leader named after an organisation
(`医疗机构主要负责同志`) stands for the organisation.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, wraps

from extract.phrases import Piece, depths, find_outside, split, strip_leading
from extract.unit_lexicon import Lexicon

QUALIFIER = re.compile(r"[（(][^（）()]*[)）]")
# `各区县(自治县，以下简称区县)`: an aside that defines a short name, not part of the unit.
ALIAS_ASIDE = re.compile(r"[（(][^（）()]*(?:以下简称|以下统称|以下称|简称|统称)[^（）()]*[)）]")
# Marks around a phrase that are not part of it: spaces, list punctuation,
# quotes left over from the previous sentence, Markdown heading marks.
PHRASE_EDGES = " \t\u3000、，,；;。“”\"'‘’#"
# A count before the kind it counts, perhaps after the whole territory (`全市24个乡(镇)实行封闭管理`,
# `全县十二个乡镇要…`; after a list, `5路、6路…等7条公交线路`, `碧霞祠、王母池等两处宗教活动场所`): how many, no
# part of the kind's name, nor of each item's the kind is shared with.
COUNT_BEFORE_KIND = re.compile(r"(?:全[省市区县州盟旗镇乡])?(?:共|共计)?[0-9０-９一二三四五六七八九十百两]+[个条处家所座]")
# A listed item without a unit suffix takes the head after 等 only when it is this short.
MAX_HEADLESS_ITEM = 12
# A named place (`吉阳区`) has at most this many characters.
MAX_PLACE_NAME = 5

# What the words around a phrase vouch for its items: nothing (SHAPE: an item
# is a unit only by its suffix); that they run a business they are told to stop
# (OPERATORS: `农村大集、再生资源回收站点暂停营业`, any short noun phrase names
# one); that they stand in an explicit list (LISTED: every item is a unit).
SHAPE, OPERATORS, LISTED = "shape", "operators", "listed"


@dataclass(frozen=True, slots=True)
class Found:
    """A unit named in a phrase: where it is written and its full name
    (`卫生健康` in `卫生健康、公安等部门` is named 卫生健康部门)."""

    piece: Piece
    name: str


# The preposition of a destination: no organisation's name holds it (`到指定采样点开展核酸检测`), though
# an office may be named for reporting in (`报到处`), and 到 ends a result, no destination, in 送货到家, 服务到户,
# 落实到人, 到位, 到岗, 到底, 到期.
DESTINATION = re.compile("(?<!报)到(?![家户人位岗底期])")


# `其所在小区`: what names the place where someone or something is.
WHERE_ONE_IS = "所在"

# A quoted word that ends a phrase (`村“两委”`, `创建“无疫社区”`).
QUOTED_END = re.compile("“[^“”]*”?$")  # (its closing mark may be cut off as a phrase edge)

# A rule of conduct put as what people do not do (`人不出区`, `足不出户`, `不聚集`): no organisation's name.
CONDUCT = re.compile("不[出进离聚串]")


@lru_cache(maxsize=1 << 16)  # the same short phrases come back for every split tried
def kind_of(text: str, lex: Lexicon) -> str:
    """What a phrase names: "org"; "person" or "place" (recognised, and no
    unit); "level", a bare level word such as 市 that names a unit only with
    a shared body (`市和区县流调溯源组`); "none" when it is no noun phrase
    the lexicon knows."""
    quoted = QUOTED_END.search(text)
    if quoted and quoted.start() and kind_of(text[:quoted.start()], lex) == "none":
        return "none"  # `积极创建“无疫社区”`: a quoted word after words that name nothing is what they speak of
    bare = QUALIFIER.sub("", text).replace("“", "").replace("”", "")  # `村“两委”`: quotes name nothing
    if len(bare) >= 2 and bare[-2] in lex.movement_verbs and (len(bare) == 2 or bare[-1] in lex.movement_places):
        # `离区`, `入馆`, `游客入园`, `读者每一次入馆`: leaving or entering a place (see movement_verbs)
        return "none"
    if not bare or verb_led(bare, lex) or is_clause(bare, lex) or DESTINATION.search(bare) or CONDUCT.search(bare):
        # `到公共场所`, `戴好口罩到…指定的医疗机构`: where one goes; `中风险区人不出区`: a rule of conduct
        return "none"
    if _people_acting(bare, lex):
        return "person"
    anyone = next((w for w in lex.anyone if bare.startswith(w)), None)
    if anyone:  # `任何单位`: anyone, as the public is; `任何餐饮单位`: every one of a kind, the kind is the unit
        rest = bare[len(anyone):]
        return "org" if rest not in lex.suffix_kinds and kind_of(rest, lex) == "org" else "person"
    if any(w in bare for w in lex.bounding_directions):
        return "place"  # `火车站以东片区`: an area bounded by a landmark (see bounding_directions)
    core, prefixed = strip_leading(bare[place_before_prefix(bare, lex):], lex.prefixes)
    if WHERE_ONE_IS in core and core.endswith(lex.residential_kinds):
        return "place"  # `其所在小区`, `某店所在楼栋`: the compound where someone is, one place, no kind of them
    if core in lex.level_words:
        return "level" if core in lex.single_levels and not prefixed else "org"
    if prefixed and core in lex.prefixed_areas:
        return "org"  # `各地区要…`: the areas' governments, as 各地
    if _venue_owner(core, lex):
        return "org"
    longest = len(lex.suffixes[0][0])
    for n in range(min(longest, len(core)), 0, -1):
        kind = lex.suffix_kinds.get(core[-n:])
        if kind is not None:
            if kind == "org" and n == len(core) == 1 and not prefixed:
                return "none"  # 局, 区 alone
            if core[-n:] in lex.office_suffixes and (len(core) - n < 2 or kind_of(core[:-n], lex) in ("org", "place")):
                return "none"  # `此处`, `出入口处`: where, no office (see office_suffixes)
            if core[-n:] in lex.vehicle_words and lex.vehicle_service_at.match(core, 0, len(core) - n):
                return "org"  # `客运班线车辆`: a transport service's vehicles (see service_vehicles)
            return kind
    return "none"


def _venue_owner(core: str, lex: Lexicon) -> bool:
    """`各类公共场所业主`, `市场业主`: who owns a venue, an organisation before the owner word, not a home (see
    venue_owners in data/units.yml)."""
    owner = next((w for w in lex.venue_owners if core.endswith(w)), "")
    venue = core[:-len(owner)] if owner else ""
    return bool(venue) and not venue.endswith(lex.residential_kinds) and kind_of(venue, lex) == "org"


def _people_acting(text: str, lex: Lexicon) -> bool:
    """`居民除按属地街道…`, `居民密切关注…指挥部`: people, then a verb or an exception (verb-led, see verb_openers): the
    people are the subject and the body after them what they act on, no name of one (unlike `居民委员会`,
    `人员密集场所`, whose rest is a noun)."""
    n = next((k for k in range(len(text) - 1, 0, -1) if lex.suffix_kinds.get(text[:k]) == "person"), 0)
    return bool(n) and verb_led(text[n:], lex)


def place_before_prefix(text: str, lex: Lexicon) -> int:
    """The length of the named place that opens the text before a prefix
    (`巴南区` of `巴南区各镇街`, `宜良县` of `宜良县所有宾馆`): the notice's own
    territory, as 全县 is; 0 if none."""
    n = _place_name(text, lex)
    return n if n and len(text) > n and text.startswith(lex.prefixes, n) else 0


def _named_place(text: str, lex: Lexicon) -> bool:
    """`讷河市`: a named place of a level that has no organisation suffix."""
    return (len(text) >= lex.named_place_min and text.endswith(lex.named_place_levels)
            and _place_name(text, lex) == len(text))


def one_named_place(text: str, lex: Lexicon) -> bool:
    """`博平镇`, `某镇十四村`: the name of one place, perhaps within another
    place (see lone_place_levels), and nothing else."""
    i = 0
    while i < len(text):
        n = next((n for n in range(min(MAX_PLACE_NAME, len(text) - i), lex.named_place_min - 1, -1)
                  if _named_level(text[i:i + n], lex)), 0)
        if not n:
            return False
        i += n
    return bool(text)


def ends_with_named_place(text: str, lex: Lexicon) -> bool:
    """`盘龙镇` ending `广元经开区盘龙镇`, `南河街道`: whether the text ends with the proper name
    of a township or village (as one_named_place reads one) or of a street (lex.place_streets)."""
    street = next((s for s in lex.place_streets if text.endswith(s)), None)
    if street is not None:  # a street's name is one a township could bear: 南河街道 as 南河镇
        stem = text[:-len(street)]
        return len(stem) >= 2 and one_named_place(stem + "镇", lex)
    return any(one_named_place(text[k:], lex) for k in range(max(0, len(text) - MAX_PLACE_NAME), len(text)))


def _named_level(place: str, lex: Lexicon) -> bool:
    """`十四村`, not `自然村` (a longer suffix: a kind of village), `乡镇` (a level) or `各村`."""
    return (place[-1] in lex.lone_place_levels and not any(c in lex.lone_place_levels for c in place[:-1])
            and not any(place[k:] in lex.suffix_kinds for k in range(len(place) - 1))
            and place not in lex.level_words and not strip_leading(place, lex.prefixes)[1])


# `某城区指定的集中医学观察点为某酒店`: a relative clause's head then a copula says what a designated place is, a
# clause; no organisation's name holds one.
DESIGNATION = re.compile("的[^的、，,；;。]{1,16}?为")

# A count or a span of time inside a phrase (`环县城设置5个出入口`, `14日内有新增…所在县`): no name holds one.
COUNT_OR_SPAN = re.compile(r"[0-9０-９]+\s*(?:个|名|天|日内|小时|周|次)|[一二三四五六七八九十两]+\s*(?:天内|日内|小时内)")


def is_clause(text: str, lex: Lexicon) -> bool:
    """Whether a function word inside the phrase shows it is a clause, not a
    name (`单体楼等由属地区县`), or a count or span of time does (COUNT_OR_SPAN), or a designation (DESIGNATION)."""
    return (any(m.group(1) for m in lex.breaker_at.finditer(text)) or COUNT_OR_SPAN.search(text) is not None
            or DESIGNATION.search(text) is not None)


def verb_led(text: str, lex: Lexicon) -> bool:
    """Whether a phrase opens with a verb or preposition, which puts what
    follows in object position (`动员区县和社会企业…`). A working group named
    after its task (`排查专班`, `转运工作组`) is not verb-led."""
    if text.startswith(lex.marker_exceptions):
        return False
    verb = lex.verb_opener_at.match(text)
    if verb is None:
        # an adverb or verb that opens a predicate after a subject opens one here too, before what it acts on
        # (`合理增加小区出入口`, `暂缓恢复城际公交`)
        marker = lex.marker_at.match(text)
        if marker is None or marker.group(1) in lex.modal or len(text) <= len(marker.group(1)) + 1:
            return False
        verb = marker.group(1)
    else:
        verb = verb.group()
    rest = text[len(verb):]
    return not (verb in lex.task_words and len(rest) <= 4 and rest.endswith(lex.group_suffixes))


def _owner_before(piece: Piece, words: tuple[str, ...], lex: Lexicon) -> Piece | None:
    """The organisation before the word of `words` the phrase ends with
    (`医疗机构主要负责同志` → 医疗机构); the phrase itself when it ends with
    none of them; None when something else stands before that word."""
    if not piece.text.endswith(words):  # most items: spare the search for which word
        return piece
    word = next(w for w in words if piece.text.endswith(w))
    rest = piece.cut(0, len(piece.text) - len(word))
    return rest if rest.text and kind_of(rest.text, lex) == "org" else None


def _leader_stripped(piece: Piece, lex: Lexicon) -> Piece | None:
    """`医疗机构主要负责同志` → 医疗机构; None when no organisation leads the phrase."""
    return _owner_before(piece, lex.leadership, lex)


def _service_stripped(piece: Piece, lex: Lexicon) -> Piece:
    """`培训机构线下服务` → 培训机构: an organisation named with its service;
    any other phrase as it is (`餐饮服务` names a trade)."""
    return _owner_before(piece, lex.services, lex) or piece


def _level_and_body(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """`区县两级疾控机构` → (区县, 疾控机构); `县（市、区）政府` → (县, 政府)."""
    if QUALIFIER.sub("", text) in lex.level_words:  # `乡镇（街道）`: a level, no body
        return None
    for level in lex.level_words:
        body = strip_leading(QUALIFIER.sub("", text[len(level):]), lex.level_counters)[0]
        if text.startswith(level) and body:
            return level, body
    return None


def _prefixed_level(text: str, lex: Lexicon) -> bool:
    """`各设区市`, `各区县`: a level word after prefixes, which shares the body of
    a later item as a bare level does (`各设区市、县（市、区）政府`)."""
    core, prefixed = strip_leading(QUALIFIER.sub("", text), lex.prefixes)
    return bool(prefixed) and core in lex.level_words


# ---------------------------------------------------------------- splitting a list


def _split_each(piece: Piece, lex: Lexicon) -> list[Piece]:
    """`全市各级各部门各单位` → 全市各级各部门, 各单位: a 各 starts a new unit
    when what precedes it is a collective unit already (各区县各部门). Not
    after a level, which qualifies what follows (`市级各部门`), nor after one
    body, whose parts follow (`市指挥部各工作组`), nor after the issuing place alone,
    which only says where (`我县各类学校`)."""
    parts, start, text = [], 0, piece.text
    i = text.find("各", 1)
    while i >= 0:
        left = text[start:i]
        if (not left.endswith("级") and left.startswith(lex.prefixes) and left not in lex.prefixes
                and kind_of(left, lex) == "org" and kind_of(text[i:], lex) == "org"):
            parts.append(piece.cut(start, i))
            start = i
        i = text.find("各", i + 1)
    parts.append(piece.cut(start) if start else piece)
    return parts


def _split_conjunctions(piece: Piece, lex: Lexicon) -> list[Piece]:
    """Split at 和/及/与/或 only where the left part is a unit, a person or a
    level word, so that `住房和城乡建设委员会` stays whole."""
    for m in lex.conjunction_at.finditer(piece.text, 1):  # most items hold none: spare their depths
        i = m.start()
        if depths(piece.text)[i] == 0 and kind_of(piece.text[:i], lex) != "none":
            return [piece.cut(0, i), *_split_conjunctions(piece.cut(i + len(m.group(1))), lex)]
    return [piece]


def _split_levels(piece: Piece, lex: Lexicon) -> list[Piece]:
    """`属地乡镇（街道）村（社区）` → 属地乡镇（街道）, 村（社区）: level words written
    one after the other, each with its bracketed qualifier, are one level each (the
    brackets show where one ends); a level word alone stays whole (`镇街`, `村社`)."""
    text = piece.text
    if "）" not in text and ")" not in text:  # most items: spare the search
        return [piece]
    start = len(text) - len(strip_leading(text, lex.prefixes)[0])
    cuts, i = [], start
    while i < len(text):
        m = lex.level_with_qualifier_at.match(text, i)
        if m is None:
            return [piece]
        cuts.append(i)
        i = m.end()
    if len(cuts) < 2:
        return [piece]
    return [piece.cut(0 if n == 0 else a, b) for n, (a, b) in enumerate(zip(cuts, cuts[1:] + [len(text)]))]


def _items(piece: Piece, lex: Lexicon) -> list[Piece]:
    out = []
    for part in split(piece, lex.separators):
        for item in _split_conjunctions(part, lex):
            for each in _split_each(item.strip(), lex):
                out.extend(_split_levels(each, lex))
    return [p for p in out if p.text]


def _shared_suffix(items: list[Piece], lex: Lexicon, vouched: str) -> list[Found] | None:
    """`校外培训、托管机构`: the last item's suffix, when shared (lex.shared_suffixes),
    is given to the items before it that name no unit of their own."""
    suffix = next((w for w in lex.listed_shared_suffixes if items[-1].text.endswith(w)), None)
    if suffix and kind_of(items[-1].text, lex) == "org":
        return _expand(items, lex, suffix, vouched)
    return None


def _conjoined_lists(piece: Piece, lex: Lexicon, vouched: str) -> list[Found] | None:
    """`教育、卫健部门和各学校`: a list whose items share a suffix, then a conjunction
    and more units; each side is parsed on its own."""
    for m in lex.conjunction_at.finditer(piece.text, 1):
        i = m.start()
        if depths(piece.text)[i] or not any(piece.text.endswith(w, 0, i) for w in lex.shared_suffixes):
            continue
        left_items = _items(piece.cut(0, i), lex)
        left = _shared_suffix(left_items, lex, vouched) if len(left_items) > 1 else None
        right = _parse_units(piece.cut(i + len(m.group(1))), lex, vouched) if left else None
        if right is not None:
            return left + right
    return None


def _items_after_head(piece: Piece, lex: Lexicon, vouched: str) -> list[Found] | None:
    """`棋牌室、网吧等有关室内公共场所、宗教活动场所`: the list goes on after the head its examples share; the
    units of both parts, or None when the phrase is no such list."""
    positions = find_outside(piece.text, "等")
    if not positions:
        return None
    cut = next((j for j in find_outside(piece.text, "、") if j > positions[-1]), None)
    if cut is None or strip_leading(piece.text[cut + 1:], lex.head_modifiers)[0] in lex.shared_suffixes:
        return None  # (`等部门、单位`: two heads, the examples' both)
    before, after = _parse_units(piece.cut(0, cut), lex, vouched), _parse_units(piece.cut(cut + 1), lex, vouched)
    return before + after if before and after else None


def _head(piece: Piece, lex: Lexicon, vouched: str) -> tuple[Piece, str | None]:
    """`卫生健康、公安等部门` → (卫生健康、公安, 部门); `村两委等` → (村两委, None); not the 等 of a verb of
    waiting (`等候学校通知`: see waiting_verbs in data/units.yml)."""
    positions = [i for i in find_outside(piece.text, "等") if not piece.text.startswith(lex.waiting_verbs, i)]
    if not positions:
        return piece, None
    i = positions[-1]
    after = piece.text[i + 1:]
    if not after:
        return piece.cut(0, i), None
    if kind_of(after, lex) != "org" and not (vouched == OPERATORS and _noun_like(after, lex)):
        return piece, None
    for conj in lex.head_conjunctions:  # 部门和单位 → 部门
        left = after.split(conj)[0]
        if left != after and kind_of(left, lex) == "org":
            after = left
            break
    count = COUNT_BEFORE_KIND.match(after)
    after = after[count.end():] if count and count.end() < len(after) else after
    return piece.cut(0, i), strip_leading(after, lex.head_modifiers)[0]


# ---------------------------------------------------------------- naming the items


def _paired(found: Found, lex: Lexicon) -> list[Found]:
    """`乡镇党委政府` → 乡镇党委, 乡镇政府; `县委县政府` → 县委, 县政府."""
    if not found.name.endswith(lex.government):  # most units: spare trying every pair
        return [found]
    both = lex.committee_and_government.match(found.name)
    if both and found.name == found.piece.text:
        cut = both.end(1)
        return [Found(found.piece.cut(0, cut), both.group(1)), Found(found.piece.cut(cut), both.group(3))]
    for party in lex.party:
        for gov in lex.government:
            if found.name.endswith(party + gov) and len(found.name) > len(party + gov):
                place = found.name[: -len(party + gov)]
                cut = len(found.piece.text) - len(gov)
                return [Found(found.piece.cut(0, cut), place + party),
                        Found(found.piece.cut(cut), place + lex.government[0])]
    return [found]


def _relational(modifier: str, lex: Lexicon) -> bool:
    """Whether a modifier says what its head is related to (`与居民生活密切相关的`): an
    adjective, though it opens with a word that may open a verb phrase."""
    return modifier.startswith(lex.relational_opens) and modifier.endswith(lex.relational_ends)


def _end_of_relation(text: str, lex: Lexicon) -> int:
    """Where the first relational ending (`相关的`) in the text ends, or 0."""
    ends = [text.find(end) + len(end) for end in lex.relational_ends if end in text]
    return min(ends, default=0)


def _between_known(items: list[Piece], n: int, lex: Lexicon) -> bool:
    """Whether items[n] stands between two organisations of its list (`机场、铁路、车站要…`):
    a short noun there is one of them, a service or trade the lexicon does not know."""
    return 0 < n < len(items) - 1 and all(kind_of(items[k].text, lex) == "org" for k in (n - 1, n + 1))


def _noun_like(text: str, lex: Lexicon) -> bool:
    """Whether an item the lexicon does not know may still name an operator:
    short, and neither a clause, nor led by a verb, nor holding a predicate
    word, nor a time or a way of serving (lex.not_operators)."""
    return (len(text) <= MAX_HEADLESS_ITEM and "的" not in text and not text.endswith(lex.not_operators)
            and not _opens_with_people(text, lex)
            and not any(c.isdigit() for c in text) and not verb_led(text, lex)
            and not is_clause(text, lex) and lex.marker_at.search(text) is None)


def _opens_with_people(text: str, lex: Lexicon) -> bool:
    """`家庭装修`, `居民自建房`: a phrase that opens with a word naming people (two characters at least: not 人民,
    长途) names what they do or own, no business."""
    return any(text.startswith(w) and len(w) > 1 and len(text) > len(w) and lex.suffix_kinds.get(w) == "person"
               for w in (text[:2], text[:3]))


def _conjoined(item: Piece, lex: Lexicon, head: str | None) -> list[Found] | None:
    """`美容美发和文体娱乐` before `等经营场所`, `商业和公共场所`: two trades
    joined by a conjunction, each named with the head, or with the shared
    suffix of the second; None for one item (`住房和城乡建设`, lex.joined_names)."""
    text = item.text
    m = lex.conjunction_at.search(text, 2)
    if m is None or any(name in text for name in lex.joined_names) or depths(text)[m.start()]:
        return None
    left, right = item.cut(0, m.start()), item.cut(m.end(1))
    if kind_of(left.text, lex) != "none" or not _noun_like(left.text, lex) or len(right.text) < 2:
        return None
    if head is None:
        head = next((w for w in lex.shared_suffixes if right.text.endswith(w)), None)
        if head is None or len(right.text) == len(head) or kind_of(right.text, lex) != "org":
            return None
        return [Found(left, left.text + head), Found(right, right.text)]
    if kind_of(right.text, lex) != "none" or not _noun_like(right.text, lex):
        return None
    return [Found(left, left.text + head), Found(right, right.text + head)]


def _people_of_each(items: list[Piece], lex: Lexicon) -> bool:
    """Whether the items all name people, the last one's person word shared by
    the bare organisations before it: `公交车、出租车、网约车司乘人员` are the
    drivers and riders of each, `商场、超市从业人员` the staff of each, and so are
    `党政机关、企事业单位干部职工` (`…原则上在本地过年`), and the people of places listed
    (`某街道合围区域、某街道、某社区人员可在区域内有序流动`). Not leaders, which stand for
    their bodies (`各乡镇、各部门主要负责人`), nor staff after 的 (see staff_words)."""
    if len(items) < 2:
        return False
    # The people may be followed by the vehicles or other people of the same places (`非本小区、村屯居民、车辆`).
    n = len(items) - 1
    while n > 0 and kind_of(items[n].text, lex) in ("person", "place") and not _people_of(items[n].text, lex):
        n -= 1
    if not _people_of(items[n].text, lex):
        return False
    # A prefix before the first item qualifies the whole list (`所有出租车、网约车司机`), and one before every item
    # is the list's own (`全镇各村、各社区所有居民`).
    prefixed = [strip_leading(item.text, lex.prefixes)[1] is not False for item in items[:n + 1]]
    return n > 0 and (not any(prefixed[1:]) or all(prefixed)) and all(
        kind_of(item.text, lex) in ("org", "place") for item in items[:n])


# What is driven in and out of places (`小区、村屯车辆必须凭通行证进出`): as their people, no business.
VEHICLES = "车辆"


def _people_of(text: str, lex: Lexicon) -> bool:
    """`村屯居民`, `村屯车辆`, `商场、超市从业人员`'s last item: the people (not the leaders) or the vehicles at
    large of an organisation or place, named after it."""
    kind = kind_of(text, lex)
    return ((kind == "person" and not text.endswith(lex.leadership) or kind == "place" and text.endswith(VEHICLES))
            and _owned(text, "", lex))


def _owned(text: str, word: str, lex: Lexicon) -> bool:
    """Whether an organisation's name opens the text before its last word (`村屯` of `村屯居民`, `村屯车辆`)."""
    return any(kind_of(text[:k], lex) == "org" for k in range(2, len(text) - max(1, len(word)) + 1))


def _place_name(text: str, lex: Lexicon) -> int:
    """The length of the named place that opens the text (`吉阳区` of
    `吉阳区疫情防控工作指挥部`, or all of `天涯区`): a few characters ending
    with a single level word, with no prefix and no level word of its own; 0 if none."""
    for n in range(min(MAX_PLACE_NAME, len(text)), 1, -1):
        place = text[:n]
        if (place[-1] in lex.single_levels and place not in lex.level_words
                and not strip_leading(place, lex.prefixes)[1] and not any(c in lex.single_levels for c in place[:-1])):
            return n
    return 0


def _bodies_of_places(items: list[Piece], lex: Lexicon) -> dict[int, str]:
    """`天涯区和吉阳区疫情防控工作指挥部`, `甲县、乙县人民政府`: named places
    listed before a place with its body share the body, by item index."""
    if not any(len(item.text) <= MAX_PLACE_NAME and item.text[-1] in lex.single_levels for item in items[:-1]):
        return {}  # most lists name no place before another: spare the search
    shared, body = {}, None
    for i in range(len(items) - 1, -1, -1):
        text = items[i].text
        n = _place_name(text, lex)
        if body is not None and n == len(text):
            shared[i] = body
            continue
        body = text[n:] if n and len(text) - n >= 2 and kind_of(text[n:], lex) == "org" else None
    return shared


def _expand(items: list[Piece], lex: Lexicon, head: str | None, vouched: str) -> list[Found] | None:
    """The units a list of items names: [] when the items are people or
    places, None when an item is no noun phrase we know (unless the words
    around the list vouch for its items: see SHAPE)."""
    if head is None and _people_of_each(items, lex):
        return []
    bodies = _bodies_of_places(items, lex) if len(items) > 1 else {}
    found: list[Found] = []
    pending_levels: list[Piece] = []  # 市 in 市和区县流调溯源组, waiting for the body
    for n, item in enumerate(items):
        if n in bodies:
            found.extend(_paired(Found(item, item.text + bodies[n]), lex))
            continue
        led = _leader_stripped(_service_stripped(item, lex), lex)
        kind = "person" if led is None else kind_of(led.text, lex)
        if kind == "place" and _body_of_listed_place(led.text, items, lex):
            kind = "org"
        if kind in ("person", "place"):
            if kind == "person" and pending_levels and _level_and_body(item.text, lex):
                pending_levels = []  # `县、乡、村三级干部`: the levels share the people, no government
            continue
        if kind == "none" and len(items) > 1 and _named_place(led.text, lex):
            # `讷河市、克东县开展…`: places listed are told to act, each by its government;
            # a lone city is most often the notice's own scope (`上海市以黄浦江为界分区…`)
            kind = "org"
        joined = _conjoined(led, lex, head) if kind in ("none", "org") else None
        if joined:
            found.extend(joined)
            continue
        name = QUALIFIER.sub("", led.text) if kind == "level" else led.text
        if head is not None and kind != "org":
            if (len(led.text) > MAX_HEADLESS_ITEM or "的" in led.text
                    or verb_led(led.text, lex) or is_clause(led.text, lex)):
                return None
            kind, name = "org", led.text + head
        if kind == "level" or (kind == "org" and _prefixed_level(led.text, lex)):
            pending_levels.append(led)
            continue
        if kind == "none" and not (vouched == LISTED or (vouched == OPERATORS or _between_known(items, n, lex))
                                   and _noun_like(name, lex)):
            return None
        shared = pending_levels and _level_and_body(name, lex)
        if shared:
            # A level with prefixes names a body of its own (各区县), but for a government it shares.
            found += [Found(p, QUALIFIER.sub("", p.text) + shared[1])
                      if shared[1] in lex.government or not _prefixed_level(p.text, lex) else Found(p, p.text)
                      for p in pending_levels]
            name = shared[0] + shared[1]  # 区县两级疾控机构 → 区县疾控机构
            pending_levels = []
        unit = Found(led, name)
        previous = found[-1].name if found else ""
        party = next((p for p in lex.party if previous.endswith(p)), None)
        if party and name in lex.government:  # 有关区党委、政府 → 有关区政府
            unit = Found(led, previous[: -len(party)] + lex.government[0])
        found.extend(_paired(unit, lex))
    # A level left without a body names that level's government (`各市（州）、县（市、区）要…`).
    return _place_of_list(found + [Found(p, p.text) for p in pending_levels], lex)


def _body_of_listed_place(text: str, items: list[Piece], lex: Lexicon) -> bool:
    """`各农村、社区、小区…`: a place of listed_places (data/units.yml) listed beside a body names the body of each such
    place; alone (`全县农村以村为单元…`) or beside places it is the place."""
    return (strip_leading(text[place_before_prefix(text, lex):], lex.prefixes)[0] in lex.listed_places
            and any(kind_of(other.text, lex) == "org" for other in items if other.text != text))


def _place_of_list(found: list[Found], lex: Lexicon) -> list[Found]:
    """`某镇十四村学校、幼儿园` → 学校, 幼儿园: a named place opening a list, where
    the other units name none, is where the whole list is; the first unit's name
    leaves it out, its mention keeps it. Not before a government (`甲县政府、县政协`)."""
    if len(found) < 2:
        return found
    first = min(found, key=lambda f: f.piece.start)  # levels waiting for a body come last
    if any(_place_opening(f.name, lex) for f in found if f is not first):
        return found
    k = _place_opening(first.name, lex)
    rest = first.name[k:]
    if not k or rest in lex.government or rest in lex.party or kind_of(rest, lex) != "org":
        return found
    return [Found(f.piece, rest) if f is first else f for f in found]


def _place_opening(name: str, lex: Lexicon) -> int:
    """The length of the named place that opens a longer name (`某镇十四村` of
    `某镇十四村学校`), 0 if none."""
    return next((k for k in range(len(name) - 1, lex.named_place_min - 1, -1) if one_named_place(name[:k], lex)), 0)


def _listed_before(modifier: Piece, head: Piece, lex: Lexicon, vouched: str) -> list[Found] | None:
    """The items a relative clause lists before its 等 (`A、B等人员聚集的` + 场所),
    when the head after 的 names organisations or venues. An item with no
    suffix of its own takes the head, as before `等场所` (`剧本杀、网吧等人员密集的场所`)."""
    positions = find_outside(modifier.text, "等")
    if not positions or kind_of(head.text, lex) != "org":
        return None
    items = modifier.cut(0, positions[-1])
    shared = strip_leading(head.text, lex.head_modifiers)[0]
    return _expand(_items(items, lex), lex, shared, vouched) if items.text else None


# Words that join the last item of a list to the items before it.
LAST_ITEM_JOINERS = ("、", "以及", "及", "和", "与")


def _last_item_qualified(whole: Piece, modifier: Piece, head: Piece, lex: Lexicon, vouched: str) -> list[Found] | None:
    """`早市夜市、农村集市及无法封闭管理的露天市场`, `机关企事业单位、涉人群聚集的公共场所`: a relative clause
    on the last item of a list, not on the list: the items before it, known organisations, and the last
    item with its clause, when the head names organisations or venues."""
    if kind_of(head.text, lex) != "org":
        return None
    text = modifier.text
    joins = [(i, w) for w in LAST_ITEM_JOINERS for i in find_outside(text, w)]
    if not joins:
        return None
    i, word = max(joins)
    clause = text[i + len(word):-1]
    if not clause or kind_of(clause, lex) != "none" or clause[-1] in lex.lone_place_levels:
        return None  # `…县、某镇的国、省道各交通卡口`: what the head belongs to, no clause on it
    items = _parse_units(modifier.cut(0, i), lex, vouched) if i else None
    # told to stop or hold off its business, an operator the lexicon does not know may stand beside known ones
    # (`早市夜市、农村集市及…的露天市场暂不复业`), as in a list with no clause
    known = [kind_of(u.piece.text, lex) == "org" for u in items or ()]
    if not items or not (any(known) if vouched == OPERATORS else all(known)):
        return None
    last = whole.cut(i + len(word))
    return items + [Found(last, last.text)]


def _excepting(text: str, lex: Lexicon) -> bool:
    """Whether the phrase excepts something (`除超市、药店等场所以外`)."""
    return text.startswith(lex.exception_open) and text.endswith(lex.exception_close)


def _without_examples(piece: Piece, lex: Lexicon) -> Piece:
    """`密闭经营场所如酒吧、KTV、电影院等` → 密闭经营场所: a category, then examples of it from an example
    opener to the 等 that ends the phrase (see example_openers in data/units.yml); the category is the unit."""
    if not piece.text.endswith("等"):  # most phrases: spare the search for the opener
        return piece
    starts = [i for word in lex.example_openers for i in find_outside(piece.text, word)
              if i and kind_of(piece.text[:i], lex) == "org"]
    return piece.cut(0, min(starts)) if starts else piece


def _without_staff_activity(piece: Piece, lex: Lexicon) -> Piece:
    """`党政机关所属人员出差` → 党政机关所属人员: what the staff of the bodies may no longer do."""
    if not piece.text.endswith(lex.staff_activities):  # most phrases: spare the search for which word
        return piece
    for word in lex.staff_activities:
        rest = piece.text[: -len(word)]
        if piece.text.endswith(word) and rest.endswith(lex.leadership):
            return piece.cut(0, len(rest))
    return piece


def _category_head(piece: Piece, lex: Lexicon) -> list[Found] | None:
    """`水、电、医院等群众基本生活保障单位` → the head: it names the units by
    what they keep going, which is what the items before 等 are; so does a bare running head
    (`水、电、物流等运转保障行业`), not a bare category head (`…等保供企业`: the items)."""
    if not piece.text.endswith(lex.category_heads + lex.running_heads):  # most phrases: spare the search for 等
        return None
    positions = find_outside(piece.text, "等")
    head = piece.cut(positions[-1] + 1) if positions else None
    return [Found(head, head.text)] if head and head.text not in lex.category_heads else None


def _two_heads(piece: Piece, lex: Lexicon, vouched: str) -> list[Found] | None:
    """`商场、超市等重点场所及机场、车站等公共场所`, `客运站等场所和运输车辆`: a
    list with its head after 等, then a conjunction and more units; each side
    is parsed on its own."""
    text = piece.text
    if "等" not in text:  # most phrases: spare the search
        return None
    for m in lex.conjunction_at.finditer(text, 1):
        i = m.start()
        j = text.rfind("等", 0, i)
        head = text[j + 1:i]
        if j <= 0 or not head or any(c in lex.separators for c in head) or kind_of(head, lex) != "org":
            continue
        left, right = piece.cut(0, i), piece.cut(i + len(m.group(1)))
        if right.text in lex.shared_suffixes:  # `等部门和单位`: one head of two generic words
            continue
        found_left = _parse_units(left, lex, vouched)
        found_right = _parse_units(right, lex, vouched) if found_left is not None else None
        if found_right is not None:
            return found_left + found_right
    return None


def _prefixes_only(text: str, lex: Lexicon) -> bool:
    """Whether the text is only words that qualify a unit (`我县所有`)."""
    return strip_leading(text + "|", lex.prefixes)[0] == "|"


def _between_levels(piece: Piece, lex: Lexicon, vouched: str) -> list[Found] | None:
    """`所有省、市、县际班线` → 省际班线, 市际班线, 县际班线: the levels before the
    last share the rest of its item."""
    m = lex.between_levels_at.search(piece.text) if lex.between_mark in piece.text else None
    if m is None:  # most phrases hold no such levels: spare the search
        return None
    start = m.start(1)
    if start and piece.text[start - 1] not in lex.separators and not _prefixes_only(piece.text[:start], lex):
        return None
    mark = m.group(2)[1:]
    rest = QUALIFIER.sub("", m.group(3))
    for sep in lex.separators:
        rest = rest.split(sep)[0]
    others = _parse_units(piece.cut(m.start(2)), lex, vouched)
    before = piece.cut(0, start).strip(PHRASE_EDGES)
    if not _prefixes_only(before.text, lex):  # items before the levels
        earlier = _parse_units(before, lex, vouched)
        others = None if earlier is None or others is None else earlier + others
    if others is None:
        return None
    found, pos = [], start
    for level in m.group(1).split("、")[:-1]:
        name = level if level.endswith((mark, lex.within_mark)) else level + mark
        found.append(Found(piece.cut(pos, pos + len(level)), name + rest))
        pos += len(level) + 1
    return found + others


def _strip_edges(piece: Piece) -> Piece:
    """The piece without PHRASE_EDGES around it, but for a quote whose partner
    stays inside (`“双网格”责任单位`, `村（社区）“两委”`): part of the name."""
    text = piece.text
    start = len(text) - len(text.lstrip(PHRASE_EDGES))
    end = len(text.rstrip(PHRASE_EDGES))
    if start >= end:
        return piece.cut(0, 0)
    inner = text[start:end]
    if start and text[start - 1] == "“" and inner.count("”") > inner.count("“"):
        start -= 1
    if end < len(text) and text[end] == "”" and inner.count("“") > inner.count("”"):
        end += 1
    return piece.cut(start, end)


def may_end_units(text: str, end: int, lex: Lexicon) -> bool:
    """Whether parse_units may find units, or people or places, in text[:end]
    (not as an explicit list), judged by how it ends: most prefixes a subject
    is sought in fail this cheap test, and need not be cut or parsed.

    parse_units leaves out asides and strips PHRASE_EDGES. What is left ends
    with 等 (`村两委等`), with the head after 等, which kind_of must call "org",
    or with its last item, unless a list separator follows that item; _expand,
    not given a head, takes that item only when it ends with a leadership word
    or kind_of gives it a kind. kind_of gives one only to a phrase that, with
    its bracketed qualifiers left out, ends with a suffix or is a level word.
    Asides and qualifiers end in a bracket: where none stands among the last
    characters, as many as the longest of those words has, the text itself
    ends with the word."""
    while end and text[end - 1] in PHRASE_EDGES:
        end -= 1
    if end == 0:
        return False
    last = text[end - 1]
    if last == "等" or last in lex.separators or _ASIDE_END.search(text, max(0, end - lex.unit_end_max), end):
        return True
    return text.endswith(lex.unit_ends.get(last, ()), 0, end)


# The last character of a qualifier or an aside.
_ASIDE_END = re.compile(r"[)）]")


def _state_modifier(text: str, lex: Lexicon) -> bool:
    """Whether the text up to its last 的 is a clause that says what the head does
    (`恢复营业的商场`), which a verb may open."""
    des = text.rfind("的")
    return des > 0 and text.endswith(lex.state_modifier_ends, 0, des)


def may_open_units(text: str, lex: Lexicon) -> bool:
    """Whether parse_units may find units, or people or places, in the text
    (not as an explicit list), judged by how it opens: not after a verb or
    preposition (`对入境人员`, `由属地政府`), unless a leadership word stands
    in it, or a bracket.

    parse_units fails when such a word opens a relative clause before 的.
    Else the first item of the list opens where the text does, with the
    whole verb (lex.whole_verb_openers holds no place where lists split),
    and as no bracket is there, the text holds no aside or qualifier to leave
    out: the item is verb-led as the text is, unless a marker exception or a
    task word opens the text. _expand fails on a verb-led item, unless it is
    a leader of no organisation (`对口支援单位负责人`) and so a person."""
    text = text.lstrip(PHRASE_EDGES)
    return (not text.startswith(lex.whole_verb_openers) or _ASIDE_END.search(text) is not None
            or _state_modifier(text, lex) or _relational(text[:_end_of_relation(text, lex)], lex)
            or text.startswith(lex.exception_open)
            or text.startswith(lex.marker_exceptions) or text.startswith(lex.task_words)
            or any(word in text for word in lex.leadership))


def cached_by_text(find: Callable[..., list[Found] | None]) -> Callable[..., list[Found] | None]:
    """Cache a finder of units in a Piece by the piece's text: the same
    phrases and clauses recur across a notice and across notices, at other
    offsets. The finder must depend on nothing but the text and its other,
    hashable arguments."""
    @lru_cache(maxsize=1 << 14)
    def on_text(text: str, *args, **kwargs) -> tuple[Found, ...] | None:
        found = find(Piece.of(text), *args, **kwargs)  # offsets are positions in text
        return None if found is None else tuple(found)

    @wraps(find)
    def placed(piece: Piece, *args, **kwargs) -> list[Found] | None:
        found = on_text(piece.text, *args, **kwargs)
        return None if found is None else [Found(f.piece.placed(piece), f.name) for f in found]

    placed.cache_clear, placed.cache_info = on_text.cache_clear, on_text.cache_info  # as lru_cache's
    return placed


def parse_units(piece: Piece, lex: Lexicon, vouched: str = SHAPE) -> list[Found] | None:
    """The units a phrase names when the whole phrase is a list of units:
    [] when it names only people or places, None when it is no such list.
    `vouched`: what the words around the phrase say of its items (see SHAPE)."""
    text = piece.text
    if vouched == SHAPE and not (may_end_units(text, len(text), lex) and may_open_units(text, lex)):
        return None  # most phrases tried are no list: spare the cache and the parse
    return _parse_units(piece, lex, vouched)


@cached_by_text
def _parse_units(piece: Piece, lex: Lexicon, vouched: str) -> list[Found] | None:
    asides = [m.span() for m in ALIAS_ASIDE.finditer(piece.text)]
    piece = _without_examples(_strip_edges(piece.without(asides)), lex)
    if not piece.text or DESIGNATION.search(piece.text):
        return None  # (a designation, before the relative clause is cut off its head)
    between = _between_levels(piece, lex, vouched)
    if between is not None:
        return between
    modifier = None
    des = find_outside(piece.text, "的")
    if des:  # `提供公共服务的窗口单位`: a relative clause before the unit
        whole = piece
        modifier, piece = piece.cut(0, des[-1] + 1), piece.cut(des[-1] + 1)
        if _excepting(modifier.text[:-1], lex):  # `除超市、药店以外的所有行业`: the rest is the unit
            return _parse_units(piece, lex, vouched)
        # An operator may be qualified by what it serves (`进出武汉的客运航班`); a
        # relative clause led by a verb before anything else puts it in object position.
        # Not a clause that only says what the head does (`恢复营业的商场`, `暂停营业的场所`).
        # Nor one led by a word that only opens like a verb (`从事…经营的企业`, `对外营业的商场`).
        openers = lex.modifier_openers
        if vouched != OPERATORS and not _state_modifier(modifier.text, lex):
            openers += lex.verb_openers
        if modifier.text.startswith(lex.word_not_verb) or _relational(modifier.text, lex):
            openers = ()
        if modifier.text.startswith(openers) or not piece.text or DESTINATION.search(modifier.text):
            return None  # … nor one that goes somewhere (`戴好口罩到市卫生健康局指定的医疗机构`)
        if piece.text in lex.staff:  # `党政机关、事业单位的工作人员`: the bodies
            return _parse_units(modifier.cut(0, len(modifier.text) - 1), lex, vouched)
        listed = _listed_before(modifier, piece, lex, vouched)
        if listed:  # `图书馆、文化馆等人员聚集的文化场所`: the items listed
            return listed
        qualified = _last_item_qualified(whole, modifier, piece, lex, vouched)
        if qualified:  # `机关企事业单位、涉人群聚集的公共场所`: the clause qualifies the last item only
            return qualified
    piece = _without_staff_activity(piece, lex)
    category = _category_head(piece, lex)
    if category is not None:
        return category
    two = _two_heads(piece, lex, vouched)
    if two is not None:
        return two
    more = _items_after_head(piece, lex, vouched)
    if more is not None:
        return more
    body, head = _head(piece, lex, vouched)
    items = _items(body, lex)
    units = _expand(items, lex, head, vouched) if body.text else None
    if units is None and head is not None:  # `中等职业学校`: 等 inside a name
        units = _expand(_items(piece, lex), lex, None, vouched)
    if units is None and head is None and len(items) > 1:  # `校外培训、托管机构`: the last item's suffix is shared
        units = _shared_suffix(items, lex, vouched) or _conjoined_lists(body, lex, vouched)
    if units and modifier is not None and len(units) == 1:
        if find_outside(modifier.text, "、") and not modifier.text[:-1].endswith(lex.exception_close):
            return None  # a list before the clause, whose items no rule above could tell: no one name (but the
            # rest after an exception begun in the clause before: `…，保障生活必需的商场、超市以外的经营场所`)
        # The clause belongs to the name, unless a prefix opens the head, which
        # names a category on its own (`未经…审核同意的各类业态`: 各类业态).
        name = units[0].name if strip_leading(units[0].name, lex.prefixes)[1] else modifier.text + units[0].name
        units = [Found(modifier.join(units[0].piece), name)]
    return units
