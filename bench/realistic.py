"""A benchmark corpus made from real notices, their noise kept or re-applied.

The generated corpus of bench/generate.py starts from clean seed text and repeats
itself (about one sentence in six is distinct; in real notices 96–99% are). This
one starts from every real notice the repository holds, verbatim with its noise:
the seeds (``corpus/``), the dev set (``tests/data/dev/raw/``) and the real corpus
(``tests/data/real/raw/``). Notice ``i`` is drawn with a random generator seeded by
``(seed, i)``, so it is the same whatever the corpus size or worker count:

* one real notice is its base, its lines in their order (a block may be dropped, or
  one of another notice of the same script added);
* every sentence gets a clause of another real notice (inserted, or in place of one
  of its own), never before a line's first clause, which holds its numbering; unit
  names (``…局``, ``…委``, ``…中心``) may trade places with others of the corpus;
* numbers change, but for years, months, days, hours and document serials; the
  place names the notice opens and signs with change too;
* noise, besides the base's own: simplified text turned traditional with a
  converter's debris (characters left simplified, wrong picks, pinyin after a
  character), page chrome, hard wraps, a block or the whole page scraped twice,
  one-line pastes, CRLF line ends, half-width punctuation;
* lengths follow the real notices', and one notice in ``LONG_EVERY`` is a long
  document (a plan with annexes, a compilation) of 20,000 to 300,000 characters.

``distinct_share`` measures the share of distinct sentences of any set of texts.
"""
from __future__ import annotations

import hashlib
import math
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = (ROOT / "corpus", ROOT / "tests" / "data" / "dev" / "raw", ROOT / "tests" / "data" / "real" / "raw")
DATA = Path(__file__).resolve().parent / "data" / "realistic.yml"

LONG_EVERY = 800
LONG_CHARS = (20_000, 300_000)
_SENTENCE = re.compile(r"[^。！？；!?;\n]*[。！？；!?;]?")
_CLAUSE = re.compile(r"[^，、,：:]+[，、,：:]?")
_SENTENCE_END = re.compile(r"[。！？；!?;]")
_MARKER = re.compile(r"^\s*(?:第?[一二三四五六七八九十]+[、，.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,3}[.．、])")
# Years, hours, serials (〔2022〕27号) and numbering (8.) stay; months and days stay in the calendar.
_NUMBER = re.compile(r"(?<![\d〔\[（(:：\-/.．])\d+(?![\d年时号点〕\]）):：.．\-/])")
_CALENDAR = {"月": 12, "日": 28}
_PLACE = re.compile(r"(?:^|(?<=[\s>：:]))([\u4e00-\u9fff]{2,3}?)(?=市|县|区|州|盟|旗|省)")
_NOT_PLACE = set("全各本我该城市辖社小园景老新地")
_HALF_WIDTH = str.maketrans({"（": "(", "）": ")", "：": ":", "；": ";", "，": ","})
# Shorter pieces (特此通告, a date) repeat in any corpus of notices; pieces of a web
# page's style sheet (font-size:18px;) are no sentences.
_MIN_HAN = 6
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Source:
    name: str
    lines: list[str]
    traditional: bool


@dataclass
class Sources:
    notices: list[Source]
    clauses: dict[bool, list[str]]  # by script (traditional or not): clauses of every real notice
    units: list[str]
    noise: dict  # bench/data/realistic.yml


@lru_cache(maxsize=1)
def _data() -> dict:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    data["unit"] = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:%s)" % "|".join(map(re.escape, data["unit_suffixes"])))
    return data


def is_traditional(text: str) -> bool:
    """Whether more of the text's telltale characters are traditional than simplified."""
    data = _data()
    return sum(map(text.count, data["traditional_chars"])) > sum(map(text.count, data["simplified_chars"]))


def sentences(text: str) -> list[str]:
    """The sentences of a text as the distinct-sentence share counts them: whitespace
    removed, cut after 。！？；, pieces with fewer than six Chinese characters left out."""
    joined = re.sub(r"\s+", "", text)
    return [s for s in _SENTENCE_END.split(joined) if len(_HAN.findall(s)) >= _MIN_HAN]


def sentence_keys(text: str) -> list[bytes]:
    """Short digests of the sentences, to count distinct ones across processes."""
    return [hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest() for s in sentences(text)]


def distinct_share(texts) -> float:
    keys = [k for t in texts for k in sentence_keys(t)]
    return len(set(keys)) / len(keys) if keys else 1.0


def real_texts(dirs=SOURCE_DIRS) -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for d in dirs for p in sorted(Path(d).glob("*.txt"))]


def load_sources(dirs=SOURCE_DIRS) -> Sources:
    notices, clauses, units = [], {True: [], False: []}, set()
    for name, text in real_texts(dirs):
        lines = text.replace("\r\n", "\n").split("\n")
        trad = is_traditional(text)
        notices.append(Source(name, lines, trad))
        units.update(_data()["unit"].findall(text))
        for line in lines:
            for sentence in _SENTENCE.findall(line.strip()):
                for clause in _CLAUSE.findall(sentence.rstrip("。！？；!?;")):
                    # Chinese clauses only: a scraped page's style sheet (font-size:18px) has commas too.
                    if 4 <= len(clause) <= 40 and len(_HAN.findall(clause)) >= 0.7 * len(clause) and not _MARKER.match(clause):
                        clauses[trad].append(clause if clause[-1] in "，、,：:" else clause + "，")
    if not notices:
        raise ValueError(f"no real notices (*.txt) in {', '.join(map(str, dirs))}")
    return Sources(notices, {k: sorted(set(v)) for k, v in clauses.items()}, sorted(units), _data())


# --------------------------------------------------------------- the text


def _vary_sentence(sentence: str, first: bool, pool: list[str], rng: random.Random) -> str:
    """The sentence with another notice's clause inserted or in place of one of its
    own; never before the first clause of a line (its numbering)."""
    parts = _CLAUSE.findall(sentence)
    if not parts or not pool:
        return sentence
    lo = 1 if first else 0
    clause = rng.choice(pool)
    at = rng.randint(lo, len(parts))
    if at < len(parts) and rng.random() < 0.5:
        end = parts[at][-1] if parts[at][-1] in "，、,：:。！？；!?;" else ""
        parts[at] = clause.rstrip("，、,：:") + end  # keeps the clause's own punctuation
    else:
        if at == len(parts) and parts[-1][-1:] in "。！？；!?;":
            parts[-1], end = parts[-1][:-1] + "，", parts[-1][-1]
            parts.append(clause.rstrip("，、,：:") + end)
        else:
            parts.insert(at, clause)
    return "".join(parts)


def _vary_line(line: str, pool: list[str], rng: random.Random) -> str:
    pieces = [s for s in _SENTENCE.findall(line) if s]
    # Titles, dates and sign-offs (no sentence punctuation, short) stay as they are.
    if len(line) < 20 and not _SENTENCE_END.search(line):
        return line
    return "".join(_vary_sentence(s, i == 0, pool, rng) if len(s) >= 4 else s for i, s in enumerate(pieces))


def _change_numbers(text: str, rng: random.Random) -> str:
    def change(m: re.Match) -> str:
        digits = m.group()
        if rng.random() < 0.3:
            return digits
        top = _CALENDAR.get(m.string[m.end():m.end() + 1])
        if top:
            return str(rng.randint(1, top))
        n = int(digits)
        return str(rng.randint(max(1, n // 2), n * 2 + 3))

    return _NUMBER.sub(change, text)


def _places(lines: list[str], rng: random.Random) -> dict[str, str]:
    found = {m.group(1) for line in lines[:8] + lines[-8:] for m in _PLACE.finditer(line.strip())}
    chars = _data()["place_chars"]
    return {p: "".join(rng.choice(chars) for _ in p) for p in sorted(found)
            if p[0] not in _NOT_PLACE}


def _swap(text: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return text
    pattern = re.compile("|".join(map(re.escape, sorted(mapping, key=len, reverse=True))))
    return pattern.sub(lambda m: mapping[m.group()], text)


def _body(sources: Sources, rng: random.Random) -> tuple[list[str], bool]:
    """One varied real notice: its lines, and whether it is in traditional characters."""
    base = rng.choice(sources.notices)
    lines = list(base.lines)
    if len(lines) > 6 and rng.random() < 0.3:  # a block dropped
        i = rng.randrange(2, len(lines) - 2)
        del lines[i:i + rng.randint(1, max(1, len(lines) // 5))]
    if rng.random() < 0.2:  # a block of another notice of the same script added
        other = rng.choice([s for s in sources.notices if s.traditional == base.traditional])
        i = rng.randrange(len(other.lines))
        at = rng.randrange(1, len(lines) + 1)
        lines[at:at] = other.lines[i:i + rng.randint(2, 12)]
    pool = sources.clauses[base.traditional] or sources.clauses[not base.traditional]
    lines = [_vary_line(line, pool, rng) for line in lines]
    mapping = _places(lines, rng)
    mapping.update({u: rng.choice(sources.units) for u in sources.units
                    if rng.random() < 0.05 and any(u in line for line in lines)})
    text = _change_numbers(_swap("\n".join(lines), mapping), rng)
    return text.split("\n"), base.traditional


# --------------------------------------------------------------- the noise


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def _traditional(lines: list[str], noise: dict, rng: random.Random) -> list[str]:
    """Simplified text through a simplified→traditional converter, with its debris."""
    if rng.random() < 0.25:  # pinyin left after characters the converter was unsure of
        pinyin = noise["pinyin"]
        lines = [re.sub(f"[{''.join(pinyin)}]", lambda m: f"{m.group()}({pinyin[m.group()]})", line) for line in lines]
    keep = rng.random() * 0.1  # lines the converter missed: mixed script
    lines = [line if rng.random() < keep else _s2t().convert(line) for line in lines]
    wrong = {k: v for k, v in noise["wrong_picks"].items() if rng.random() < 0.5}
    if wrong:
        table = str.maketrans(wrong)
        lines = [line.translate(table) if rng.random() < 0.5 else line for line in lines]
    return lines


def _fill(template: str, city: str, rng: random.Random) -> str:
    day = date(2020, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    return template.format(city=city, n=rng.randint(100, 99999), n2=rng.randint(1, 999), year=day.year,
                           date=day.isoformat())


def _chrome(lines: list[str], noise: dict, rng: random.Random) -> list[str]:
    city = "".join(rng.choice(noise["place_chars"]) for _ in range(2))
    head = [_fill(t, city, rng) for t in rng.sample(noise["chrome_head"], rng.randint(1, 4))]
    tail = [_fill(t, city, rng) for t in rng.sample(noise["chrome_tail"], rng.randint(1, 5))]
    return head + lines + tail


def _wrap(lines: list[str], rng: random.Random) -> list[str]:
    width = rng.randint(20, 44)
    out = []
    for line in lines:
        out += [line[i:i + width] for i in range(0, len(line), width)] or [""]
    return out


def _noisy(lines: list[str], traditional: bool, noise: dict, rng: random.Random) -> str:
    if not traditional and rng.random() < 0.12:
        lines = _traditional(lines, noise, rng)
    if rng.random() < 0.3:
        lines = _chrome(lines, noise, rng)
    if len(lines) > 4 and rng.random() < 0.04:  # a block scraped twice
        i = rng.randrange(len(lines) - 2)
        j = min(len(lines), i + rng.randint(2, 8))
        lines = lines[:j] + lines[i:j] + lines[j:]
    if rng.random() < 0.25:
        lines = _wrap(lines, rng)
    sep = "\n\n" if rng.random() < 0.3 else "\n"
    if rng.random() < 0.08:  # pasted as one line
        sep = rng.choice(["", " "])
    text = sep.join(lines)
    if rng.random() < 0.01:  # the whole page scraped twice (2 of the 85 real notices are, and stay bases)
        text = text + "\n" + text
    if rng.random() < 0.15:
        text = text.translate(_HALF_WIDTH)
    if rng.random() < 0.1:
        text = text.replace("\n", "\r\n")
    return text


def is_long(index: int, seed: int = 0) -> bool:
    """Whether notice `index` is one of the long documents."""
    return random.Random(f"real/{seed}/{index}").random() < 1 / LONG_EVERY


def render_notice(sources: Sources, index: int, seed: int = 0) -> tuple[str, str]:
    """Notice number `index` of the corpus drawn with `seed`: (file name, text)."""
    rng = random.Random(f"real/{seed}/{index}")
    long = rng.random() < 1 / LONG_EVERY  # drawn first, as is_long draws it
    lines, traditional = _body(sources, rng)
    if long:
        # A long document: one notice's head, then the bodies of others, as a plan with
        # annexes or a compilation is, up to a length drawn evenly on a log scale.
        lo, hi = LONG_CHARS
        target = int(math.exp(rng.uniform(math.log(lo), math.log(hi))))
        size = sum(map(len, lines))
        while size < target:
            more, _ = _body(sources, rng)
            lines += more
            size += sum(map(len, more))
        lines = "\n".join(lines)[:target].split("\n")
    return f"n{index:06d}.txt", _noisy(lines, traditional, sources.noise, rng)
