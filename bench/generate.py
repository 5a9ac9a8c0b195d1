"""A synthetic corpus of notices made from the seed texts, for benchmarks.

Each seed notice is cleaned once (``ingest.pipeline.clean_text``) and cut into
its preamble, its numbered provisions and its sign-off. Notice ``i`` of a corpus
is then drawn from one seed with a random generator seeded by ``(seed, i)``, so
notice ``i`` is the same whatever the size of the corpus or the number of
workers, and the first 1,000 notices of the 100k corpus are the 1k corpus:

* provisions: some are dropped, two may trade places, and every numbering
  marker is renumbered in the seed's own style (a style that restarts under
  each heading restarts, one that runs through the notice runs through);
* units: some of the unit mentions the extractor finds in the seeds are
  swapped for others from the same pool;
* numbers before a measure word (``14天``, ``24小时``, ``50人``) change;
* city, date and document number change (the city's one-letter abbreviation
  too, as in ``渝肺炎组发`` and ``来渝返渝``);
* layout: a printed page (lines wrapped at 28–44 characters, single or double
  line breaks, page breaks with or without page numbers, half-width
  punctuation) or a web scrape run together on a few long lines, whose header
  block repeats inside the body as in seed 003.

``generate`` writes this corpus (``kind="seeds"``) or the realistic one made from
real notices with their noise (bench/realistic.py), and counts the share of
distinct sentences of either. Run ``python -m bench.generate OUT --count N
[--seed S] [--corpus realistic|seeds]``.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import cn2an

from bench import realistic
from ingest.markers import DOC_NUMBER, match_marker
from ingest.pipeline import clean_text
from ingest.readers import read_source

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "corpus"

# Shorter unit mentions (`市`, `公安`, `政府`) occur inside other words; swapping them would garble text.
MIN_UNIT_CHARS = 4
# A number directly before one of these is a quantity a notice sets, safe to change.
_QUANTITY = re.compile(r"(?<![\d.〔\[（(])(\d{1,4})(?=天|日内|个?小时|人|个|名|家|次|%|％|周|分钟|倍|米|例|户|轮|辆)")
_DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
_NOTE_LINE = re.compile(r"^[（(][^）)]{1,12}[）)]$")
_CITY = re.compile(r"([\u4e00-\u9fff]{2,3}?)市")
_SENTENCE = re.compile(r"^.*?[。；]")
# Two-character city names are drawn from these; none is a real city's short name on purpose.
_CITY_CHARS = "安宁平江阳山河临东西南北华长永清新兴嘉泰通德昌丰福远明云海湖桂广信"
_HALF_WIDTH = str.maketrans({"（": "(", "）": ")", "：": ":", "；": ";"})


@dataclass
class Seed:
    """One seed notice cut into the parts a variant is assembled from."""

    name: str
    title: str
    doc_number: str
    addressees: list[str]
    preamble: list[str]
    # A block is a level-one provision: its items, each a list of paragraphs; item 0 holds the heading.
    blocks: list[list[list[str]]]
    tail: list[str]  # sign-off: issuer, date line, notes such as （此件公开发布）
    city: str | None
    abbreviation: str | None  # the one-letter name the document number starts with
    resets: dict[str, bool] = field(default_factory=dict)  # numbering style -> restarts under a heading


@dataclass
class Templates:
    seeds: list[Seed]
    units: list[str]  # unit mentions found in the seeds, sorted


@dataclass
class GenerateStats:
    count: int
    chars: int
    bytes: int
    seconds: float
    kind: str = "seeds"
    distinct_share: float = 1.0  # distinct sentences over all sentences (bench.realistic.sentences)


def _split_tail(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The paragraphs before the sign-off, and the sign-off (short unpunctuated lines at the end)."""
    k = len(paragraphs)
    while k > 0:
        p = paragraphs[k - 1]
        if _DATE_LINE.match(p) or _NOTE_LINE.match(p) or (len(p) <= 40 and not re.search(r"[。；，]", p)):
            k -= 1
        else:
            break
    return paragraphs[:k], paragraphs[k:]


def _cut_seed(name: str, raw: str) -> Seed | None:
    cleaned = clean_text(raw)
    if cleaned.kind != "notice" or not cleaned.head.doc_number:
        return None
    body, tail = _split_tail(cleaned.paragraphs)
    markers = [match_marker(p) for p in body]
    first = next((i for i, m in enumerate(markers) if m), None)
    if first is None:
        return None
    top = markers[first][0]
    blocks: list[list[list[str]]] = []
    last: dict[str, int] = {}
    resets: dict[str, bool] = {}
    for p, m in zip(body[first:], markers[first:]):
        if m and m[0] == top:
            blocks.append([[p]])
        elif m:
            blocks[-1].append([p])
        else:
            blocks[-1][-1].append(p)
        if m:
            resets[m[0]] = resets.get(m[0], False) or m[1] <= last.get(m[0], 0)
            last[m[0]] = m[1]
    city = _CITY.match(cleaned.head.title or "") or next(filter(None, (_CITY.match(p) for p in tail)), None)
    number = DOC_NUMBER.search(cleaned.head.doc_number)
    return Seed(
        name=name,
        title=cleaned.head.title or "",
        doc_number=cleaned.head.doc_number,
        addressees=list(cleaned.head.addressees),
        preamble=body[:first],
        blocks=blocks,
        tail=tail,
        city=city.group(1) if city else None,
        abbreviation=number.group("issuer")[0] if number else None,
        resets=resets,
    )


def load_templates(seed_dir: Path = SEED_DIR) -> Templates:
    """The seed notices of `seed_dir` cut into parts, and the unit mentions the extractor finds in them."""
    from extract.measures import extract_measures

    seeds = []
    for path in sorted(Path(seed_dir).glob("*.txt")):
        seed = _cut_seed(path.name, read_source(path).text)
        if seed:
            seeds.append(seed)
    if not seeds:
        raise ValueError(f"{seed_dir}: no seed notice with a document number and numbered provisions")
    units = set()
    for seed in seeds:
        paragraphs = seed.preamble + [p for block in seed.blocks for item in block for p in item]
        units.update(u.mention for m in extract_measures(paragraphs) for u in m.units)
    # A mention inside a longer one (`卫生健康` in `市卫生健康委`) is left alone: swapping it would split a name.
    return Templates(seeds, sorted(u for u in units if len(u) >= MIN_UNIT_CHARS
                                   and not any(u != v and u in v for v in units)))


# --------------------------------------------------------------- one variant


def _pick_blocks(seed: Seed, rng: random.Random) -> list[list[list[str]]]:
    keep = [b for b in seed.blocks if rng.random() < 0.85] or [rng.choice(seed.blocks)]
    blocks = []
    for block in keep:
        items = [block[0]] + [item for item in block[1:] if rng.random() < 0.8]
        if len(block) > 1 and len(items) == 1:
            items.append(rng.choice(block[1:]))
        blocks.append(items)
    if len(blocks) > 1 and rng.random() < 0.2:
        i = rng.randrange(len(blocks) - 1)
        blocks[i], blocks[i + 1] = blocks[i + 1], blocks[i]
    return blocks


def _numeral(style: str, n: int) -> str:
    return cn2an.an2cn(n) if style.startswith("cn") else str(n)


def _renumber(paragraphs: list[str], resets: dict[str, bool]) -> list[str]:
    """Number the provisions 1, 2, 3… again, each style in its own sequence."""
    order = list(resets)  # styles in order of first use: the outermost first
    counter = dict.fromkeys(order, 0)
    out = []
    for p in paragraphs:
        m = match_marker(p)
        if not m or m[0] not in counter:
            out.append(p)
            continue
        style, _, match = m
        counter[style] += 1
        for inner in order[order.index(style) + 1:]:
            if resets[inner]:
                counter[inner] = 0
        group = "n" if match.group("n") else "n2"
        start, end = match.span(group)
        out.append(p[:start] + _numeral(style, counter[style]) + p[end:])
    return out


def _swap(texts: list[str], mapping: dict[str, str]) -> list[str]:
    if not mapping:
        return texts
    pattern = re.compile("|".join(map(re.escape, sorted(mapping, key=len, reverse=True))))
    return [pattern.sub(lambda m: mapping[m.group()], t) for t in texts]


def _change_numbers(text: str, rng: random.Random) -> str:
    def change(m: re.Match) -> str:
        n = int(m.group(1))
        return str(rng.randint(max(1, n // 2), n * 2 + 1)) if rng.random() < 0.5 else m.group(1)

    return _QUANTITY.sub(change, text)


def _city(rng: random.Random) -> str:
    return rng.choice(_CITY_CHARS) + rng.choice(_CITY_CHARS)


@dataclass
class _Variant:
    title: str
    doc_number: str
    addressees: list[str]
    paragraphs: list[str]  # preamble and provisions
    tail: list[str]
    issued: date


def _variant(templates: Templates, index: int, seed: int) -> tuple[_Variant, random.Random]:
    rng = random.Random(f"{seed}/{index}")
    s = rng.choice(templates.seeds)
    issued = date(2020, 1, 1) + timedelta(days=rng.randrange(4 * 365))
    paragraphs = s.preamble + [p for block in _pick_blocks(s, rng) for item in block for p in item]
    paragraphs = [_change_numbers(p, rng) for p in _renumber(paragraphs, s.resets)]
    present = [u for u in templates.units if any(u in p for p in paragraphs)]
    units = {u: rng.choice(templates.units) for u in present if rng.random() < 0.3}
    paragraphs = _swap(paragraphs, units)
    tail = [issued_line(issued) if _DATE_LINE.match(p) else p for p in s.tail]
    if not any(_DATE_LINE.match(p) for p in tail):
        tail.append(issued_line(issued))
    number = DOC_NUMBER.search(s.doc_number)
    doc_number = s.doc_number
    if number:
        doc_number = (s.doc_number[:number.start("year")] + str(issued.year) + s.doc_number[number.end("year"):number.start("number")]
                      + str(rng.randint(1, 199)) + s.doc_number[number.end("number"):])
    texts = [s.title, doc_number, *s.addressees, *paragraphs, *tail]
    if s.city:
        city = _city(rng)
        texts = _swap(texts, {s.city: city})
        if s.abbreviation:
            # Only where it stands for the place: at the head of a document number, in 来渝返渝, 离渝.
            short = re.compile(rf"(?<=[来返离出入抵]){re.escape(s.abbreviation)}")
            texts = [short.sub(city[0], t) for t in texts]
            texts[1] = city[0] + texts[1][1:] if texts[1].startswith(s.abbreviation) else texts[1]
    title, doc_number, *rest = texts
    n = len(s.addressees)
    return _Variant(title, doc_number, rest[:n], rest[n:n + len(paragraphs)], rest[n + len(paragraphs):], issued), rng


def issued_line(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _wrap(paragraph: str, width: int) -> list[str]:
    return [paragraph[i:i + width] for i in range(0, len(paragraph), width)] or [""]


def _printed(v: _Variant, rng: random.Random) -> str:
    """A PDF's text layer: hard-wrapped lines, blank lines between them, page breaks."""
    width = rng.randint(28, 44)
    cut = rng.randint(8, len(v.title) - 4) if len(v.title) > 20 and rng.random() < 0.6 else len(v.title)
    head = [v.title[:cut], v.title[cut:], v.doc_number, "，".join(v.addressees) + "："]
    lines = [line for line in head if line]
    for p in v.paragraphs:
        lines += _wrap(p, width)
    lines += v.tail
    page, numbered = rng.randint(18, 34), rng.random() < 0.5
    out = []
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % page == 0 and i < len(lines):
            out += ["", f"— {i // page} —" if numbered else "", ""]
    text = ("\n\n" if rng.random() < 0.6 else "\n").join(out)
    if rng.random() < 0.5:
        text = text.translate(_HALF_WIDTH)
    return "\n" + text + "\n"


def _scraped(v: _Variant, rng: random.Random) -> str:
    """A web page's text: the header block run into the body, repeated where the page repeated it."""
    header = (v.title + "发布日期:" + v.issued.isoformat() + v.title + v.doc_number
              + "，".join(v.addressees) + "：")
    first = _SENTENCE.match(v.paragraphs[0])
    repeat = header + (first.group() if first else "")
    again = set(rng.sample(range(1, len(v.paragraphs)), min(rng.randint(1, 3), len(v.paragraphs) - 1)))
    parts = [header]
    for i, p in enumerate(v.paragraphs):
        if i in again:
            parts.append(repeat)
        parts.append(p + ("\n" if rng.random() < 0.3 else ""))
    parts += v.tail + ["文件下载", v.title, ".doc<BR>"]
    return "".join(parts)


def render_notice(templates: Templates, index: int, seed: int = 0) -> tuple[str, str]:
    """Notice number `index` of the corpus drawn with `seed`: (file name, text)."""
    variant, rng = _variant(templates, index, seed)
    text = _scraped(variant, rng) if rng.random() < 0.25 else _printed(variant, rng)
    return f"n{index:06d}.txt", text


# --------------------------------------------------------------- a corpus


# The corpora `generate` writes: how each loads what it draws from, and draws notice i.
CORPORA = ("realistic", "seeds")


@lru_cache(maxsize=1)
def _templates(kind: str, seed_dir: str):
    return realistic.load_sources() if kind == "realistic" else load_templates(Path(seed_dir))


def _render(kind: str, templates, index: int, seed: int) -> tuple[str, str]:
    render = realistic.render_notice if kind == "realistic" else render_notice
    return render(templates, index, seed)


def _write_range(job: tuple[str, str, str, int, int, int]) -> tuple[int, int, list[bytes]]:
    kind, out_dir, seed_dir, seed, start, stop = job
    templates = _templates(kind, seed_dir)
    chars = size = 0
    keys: list[bytes] = []
    for i in range(start, stop):
        name, text = _render(kind, templates, i, seed)
        data = text.encode("utf-8")
        (Path(out_dir) / name).write_bytes(data)
        chars += len(text)
        size += len(data)
        keys += realistic.sentence_keys(text)
    return chars, size, keys


def generate(out_dir: Path, count: int, seed: int = 0, workers: int | None = None,
             seed_dir: Path = SEED_DIR, kind: str = "seeds") -> GenerateStats:
    """Write notices 0 … count-1 of the `kind` corpus as `out_dir`/n000000.txt …, on all cores."""
    if kind not in CORPORA:
        raise ValueError(f"unknown corpus {kind!r}: one of {', '.join(CORPORA)}")
    started = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    step = 500
    jobs = [(kind, str(out_dir), str(seed_dir), seed, a, min(a + step, count)) for a in range(0, count, step)]
    workers = min(workers or os.cpu_count() or 1, len(jobs)) if jobs else 1
    if workers <= 1:
        results = list(map(_write_range, jobs))
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_write_range, jobs))
    keys = [k for _, _, ks in results for k in ks]
    return GenerateStats(count, sum(c for c, _, _ in results), sum(b for _, b, _ in results),
                         time.perf_counter() - started, kind, len(set(keys)) / len(keys) if keys else 1.0)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the .txt notices into")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--corpus", choices=CORPORA, default="realistic",
                        help="realistic: from the real notices, noise and all (bench/realistic.py); "
                             "seeds: from the cleaned seed notices")
    args = parser.parse_args(argv)
    stats = generate(args.out, args.count, args.seed, args.workers, kind=args.corpus)
    print(f"{stats.count} {stats.kind} notices, {stats.chars:,} characters, {stats.bytes / 1e6:.1f} MB "
          f"in {stats.seconds:.1f} s, {stats.distinct_share:.1%} of sentences distinct → {args.out}")


if __name__ == "__main__":
    main()
