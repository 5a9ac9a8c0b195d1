"""Score extracted documents against hand annotations, by the rules of the annotation guide.

The rules (tests/data/gold/GUIDE.md): metadata compared after NFKC with white
space removed; sentences and paragraph starts as multisets; measures matched by
path, their segmentation right at a character-level ratio of at least 0.9;
units, deadlines and thresholds matched one-to-one within each measure, and
everything a spurious measure carries counted as a false positive. Topics are
scored against their own annotation (tests/data/topics.json) by the rules of
the shared judge score_topics.py (see ``evaluate_topics``).
"""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from extract.document import Measure, ShapeError, UnitMention
from extract.unit_key import unit_key

SENTENCE_END = re.compile(r"(?<=[。！？；;])")
TIME_UNITS = {"分钟": "minute", "分": "minute", "小时": "hour", "时": "hour", "天": "day", "日": "day",
              "周": "week", "星期": "week", "月": "month", "个月": "month"}
METRICS = ("measures", "headings", "units", "deadlines", "thresholds", "sentences", "paragraph_starts",
           "addressees", "articles", "rejoined")


def fold(s) -> str:
    s = unicodedata.normalize("NFKC", "" if s is None else str(s))
    return re.sub(r"\s+", "", s.replace("〔", "[").replace("〕", "]"))


def read_gold(path: Path) -> dict | list:
    """An annotation file, its measures read into the document shape once here: a
    unit given as a name or a list of acceptable forms becomes a unit dict whose
    ``forms`` hold the other forms. A file that is no annotation raises ShapeError
    naming the file and what is wrong."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
        if isinstance(gold, dict) and "measures" in gold:
            gold["measures"] = [Measure.from_dict(_with_item_texts(m)).to_dict() for m in gold["measures"]]
    except ValueError as e:  # bad JSON (a ValueError), or JSON of another shape (ShapeError)
        raise ShapeError(f"{path}: {e}") from None
    return gold


def read_golds(gold_dir: Path) -> list[dict]:
    """Every annotation of a notice in ``gold_dir`` (its other JSON files, such as a
    series' links, are not annotations of one notice)."""
    golds = [read_gold(p) for p in sorted(Path(gold_dir).glob("*.json"))]
    return [g for g in golds if isinstance(g, dict) and "source" in g]


def _with_item_texts(measure: dict) -> dict:
    """The guide writes a deadline or threshold without its text span (``{"kind": "from",
    "event": "即日"}``), and no score reads the span: an annotation may leave it out."""
    if not isinstance(measure, dict):
        return measure
    return measure | {key: [item if not isinstance(item, dict) or "text" in item else item | {"text": ""}
                            for item in measure.get(key) or []]
                      for key in ("deadlines", "thresholds") if key in measure}


def unit_names(unit: dict) -> set[str]:
    """The keys of every form a unit (of the document shape) goes by."""
    return {unit_key(name) for name in UnitMention.from_dict(unit).names}


def same_unit(pred: dict, gold: dict) -> bool:
    """Equal keys, or one key of three or more characters ending the other."""
    for g in unit_names(gold):
        for p in unit_names(pred):
            short, long_ = sorted((p, g), key=len)
            if p == g or (len(short) >= 3 and long_.endswith(short)):
                return True
    return False


def _number_key(v):
    values = v if isinstance(v, (list, tuple)) else [v]
    try:
        return tuple(float(x) for x in values)
    except (TypeError, ValueError):
        return (fold(v),)


def same_deadline(p: dict, g: dict) -> bool:
    if p.get("kind") != g.get("kind"):
        return False
    if g["kind"] == "within":
        return (_number_key(p.get("value")) == _number_key(g.get("value"))
                and TIME_UNITS.get(fold(p.get("unit")), fold(p.get("unit")))
                == TIME_UNITS.get(fold(g.get("unit")), fold(g.get("unit"))))
    if g.get("date"):
        return fold(p.get("date")) == fold(g["date"])
    pe, ge = fold(p.get("event")), fold(g.get("event"))
    return bool(pe and ge) and (pe in ge or ge in pe)


def same_threshold(p: dict, g: dict) -> bool:
    day = lambda u: "天" if fold(u) == "日" else fold(u)  # noqa: E731
    return (_number_key(p.get("value")) == _number_key(g.get("value")) and day(p.get("unit")) == day(g.get("unit"))
            and fold(p.get("comparator") or "=") == fold(g.get("comparator") or "="))


def matched(preds: list, golds: list, same) -> int:
    """One-to-one matches, each prediction used at most once."""
    free = list(preds)
    hits = 0
    for g in golds:
        for i, p in enumerate(free):
            if same(p, g):
                free.pop(i)
                hits += 1
                break
    return hits


@dataclass
class Score:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp, self.pred, self.gold = self.tp + tp, self.pred + pred, self.gold + gold

    def as_dict(self) -> dict:
        p = self.tp / self.pred if self.pred else float(not self.gold)
        r = self.tp / self.gold if self.gold else float(not self.pred)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "pred": self.pred, "gold": self.gold}


def sentences(paragraphs) -> list[str]:
    return [s for p in paragraphs or [] for s in SENTENCE_END.split(fold(p)) if s]


def _starts(paragraphs, skip: set[str]) -> list[str]:
    firsts = (sentences([p]) for p in paragraphs or [])
    return [s[0] for s in firsts if s and s[0] not in skip]


def _text_of(doc: dict) -> list[str]:
    out = list(doc.get("paragraphs") or [])
    for article in doc.get("articles") or []:
        out += [article.get("title") or ""] + list(article.get("paragraphs") or [])
    return [p for p in out if p]


def _overlap(a: list, b: list) -> int:
    return sum((Counter(a) & Counter(b)).values())


def score_document(gold: dict, pred: dict, scores: dict[str, Score], wrong: list[str]) -> tuple[int, int]:
    right = 0
    for field in ("title", "doc_number", "issuer", "date"):
        g, p = gold.get(field), pred.get(field)
        if (g is None and not p) or (g is not None and fold(g) == fold(p)):
            right += 1
        else:
            wrong.append(f"{gold['source']}: {field}: want {g!r}, got {p!r}")
    if gold.get("addressees") is not None:
        ga, pa = [fold(a) for a in gold["addressees"]], [fold(a) for a in pred.get("addressees") or []]
        scores["addressees"].add(_overlap(ga, pa), len(pa), len(ga))
    if gold.get("kind") == "news":
        titles = [fold(a.get("title")) for a in pred.get("articles") or []]
        want = [fold(a["title"]) for a in gold.get("articles", [])]
        hits = sum(any(t and (t.startswith(w) or w.startswith(t)) for t in titles) for w in want)
        scores["articles"].add(hits, len(titles), len(want))
        text = "".join(fold(p) for p in _text_of(pred))
        must = [fold(m) for m in gold.get("must_contain", [])]
        scores["rejoined"].add(sum(m in text for m in must), len(must), len(must))
        return right, 4
    if gold.get("paragraphs") is not None:
        gs, ps = sentences(gold["paragraphs"]), sentences(_text_of(pred))
        scores["sentences"].add(_overlap(gs, ps), len(ps), len(gs))
        skip = {fold(s) for s in gold.get("ambiguous", [])}
        gst, pst = _starts(gold["paragraphs"], skip), _starts(_text_of(pred), skip)
        scores["paragraph_starts"].add(_overlap(gst, pst), len(pst), len(gst))
    # A page annotated for its metadata and paragraphs only says so; its measures would count
    # every one extracted as a false positive.
    if gold.get("measures_annotated") is not False:
        score_measures(gold, pred, scores)
    return right, 4


def score_measures(gold: dict, pred: dict, scores: dict[str, Score]) -> None:
    by_path = {str(m.get("path")): m for m in pred.get("measures") or []}
    segmented = 0
    for gm in gold.get("measures", []):
        pm = by_path.get(gm["path"])
        if pm is not None:
            ratio = difflib.SequenceMatcher(None, fold(pm.get("text")), fold(gm["text"]), autojunk=False).ratio()
            segmented += ratio >= 0.9
            if gm.get("heading"):
                scores["headings"].add(int(fold(pm.get("heading")) == fold(gm["heading"])), 1, 1)
        pm = pm or {}
        for key, same in (("units", same_unit), ("deadlines", same_deadline), ("thresholds", same_threshold)):
            g, p = gm.get(key, []), pm.get(key) or []
            scores[key].add(matched(p, g, same), len(p), len(g))
    gold_paths = {gm["path"] for gm in gold.get("measures", [])}
    for path, pm in by_path.items():
        if path not in gold_paths:
            for key in ("units", "deadlines", "thresholds"):
                scores[key].add(0, len(pm.get(key) or []), 0)
    scores["measures"].add(segmented, len(pred.get("measures") or []), len(gold.get("measures", [])))


FINDER_MATCH = {"units": same_unit, "deadlines": same_deadline, "thresholds": same_threshold}


def score_finder(gold_dir: Path, key: str, find: Callable[[str, dict], list]) -> dict:
    """How one finder does on its own: run on the text of every annotated measure
    (``find(text, annotated_document)``), matched as ``evaluate`` matches."""
    score = Score()
    for path in sorted(Path(gold_dir).glob("*.json")):
        doc = read_gold(path)
        for m in doc.get("measures", []) if isinstance(doc, dict) else []:
            preds, golds = [asdict(item) for item in find(m["text"], doc)], m.get(key, [])
            score.add(matched(preds, golds, FINDER_MATCH[key]), len(preds), len(golds))
    return score.as_dict()


def evaluate(gold_dir: Path, documents: list[dict]) -> dict:
    """Scores of ``documents`` against every annotation in ``gold_dir`` (paired by source name)."""
    golds = read_golds(gold_dir)
    preds = {Path(d.get("source", "")).name: d for d in documents}
    scores = {name: Score() for name in METRICS}
    wrong: list[str] = []
    right = total = 0
    for gold in golds:
        r, t = score_document(gold, preds.get(gold["source"], {}), scores, wrong)
        right, total = right + r, total + t
    result = {name: s.as_dict() for name, s in scores.items()}
    result["metadata"] = {"accuracy": round(right / total, 4) if total else 1.0, "right": right, "total": total,
                          "wrong": wrong}
    result["missing_documents"] = [g["source"] for g in golds if g["source"] not in preds]
    return result


def topic_keys(measure: dict) -> set[str]:
    """A measure's topics: keys, or objects with a `topic` key."""
    return {t if isinstance(t, str) else t.get("topic") for t in measure.get("topics") or []}


def evaluate_topics(gold: dict, documents: Iterable[dict]) -> dict:
    """Topic scores of ``documents`` against a topic annotation
    (``{"measures": {"SOURCE#PATH": [topic, …]}}``): micro P/R/F1 over
    (measure, topic) pairs of the annotated measures of the documents given. A
    measure the documents lack counts all its topics as missed; topics outside
    the annotation's vocabulary (its ``vocabulary``, else the topics it uses) are
    not scored, so the vocabulary may grow. Given every annotated notice, the
    figures are those of score_topics.py."""
    want = gold["measures"]
    vocabulary = set(gold.get("vocabulary") or {t for topics in want.values() for t in topics})
    predicted, sources = {}, set()
    for doc in documents:
        source = Path(doc.get("source", "")).name
        sources.add(source)
        for m in doc.get("measures") or []:
            predicted[f"{source}#{m.get('path')}"] = topic_keys(m) & vocabulary
    score = Score()
    for key, topics in want.items():
        if key.split("#", 1)[0] in sources:
            got, topics = predicted.get(key, set()), set(topics)
            score.add(len(got & topics), len(got), len(topics))
    return score.as_dict()


def evaluate_links(gold_links: dict, documents: list[dict]) -> dict:
    """Links between the notices of each series `gold_links` joins, found from
    `documents` (extracted from the raw files) as the catalog finds them, scored by
    the rules of score_links.py."""
    from compare.evaluate import score_links, series_comparisons

    by_source = {Path(d.get("source", "")).name: d for d in documents}
    return score_links(gold_links, series_comparisons(by_source, gold_links))


def render(result: dict) -> str:
    lines = [f"{'metric':18} {'P':>7} {'R':>7} {'F1':>7} {'tp':>5} {'pred':>5} {'gold':>5}"]
    for name in METRICS:
        r = result[name]
        lines.append(f"{name:18} {r['precision']:7.3f} {r['recall']:7.3f} {r['f1']:7.3f} {r['tp']:5} {r['pred']:5} {r['gold']:5}")
    m = result["metadata"]
    if "topics" in result:
        r = result["topics"]
        lines.append(f"{'topics':18} {r['precision']:7.3f} {r['recall']:7.3f} {r['f1']:7.3f} {r['tp']:5} {r['pred']:5} {r['gold']:5}")
    if "links" in result:
        r = result["links"]
        lines.append(f"{'links':18} {r['precision']:7.3f} {r['recall']:7.3f} {r['f1']:7.3f} {r['tp']:5} "
                     f"{r['tp'] + r['fp']:5} {r['tp'] + r['fn']:5}   ({r['notice_pairs']} notice pairs)")
    lines.append(f"{'metadata':18} accuracy {m['accuracy']:.3f} ({m['right']}/{m['total']})")
    lines += ["  " + w for w in m["wrong"]]
    if result["missing_documents"]:
        lines.append("missing documents: " + ", ".join(result["missing_documents"]))
    return "\n".join(lines)
