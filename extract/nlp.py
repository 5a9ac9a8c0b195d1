"""The finders as spaCy components on a blank Chinese pipeline segmented by jieba.

``nlp(text)`` gives a Doc whose ``doc.spans["units"|"deadlines"|"thresholds"|
"references"]`` a user can inspect, each span's item (the dataclass with its
normalised value) in ``doc._.items[key]`` in the same order, and the topics in
``doc.cats``. No model is loaded: the components are rules.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ingest.segment import configure_jieba

from .deadlines import find_deadlines
from .references import find_references
from .thresholds import find_thresholds
from .topics import tag_topics
from .units import find_units

for _name in ("items", "text"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

SPAN_KEYS = ("units", "deadlines", "thresholds", "references")


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once: spaCy joins it anew, from a new Token object per
    token, on every access, and each component reads it."""
    ext = doc._  # each access to doc._ makes a new accessor object
    if ext.text is None:
        ext.text = doc.text
    return ext.text


def _record(doc: Doc, key: str, items: list) -> None:
    ext = doc._
    if ext.items is None:
        ext.items = {}
    ext.items[key] = items


class Finder:
    """A component that runs one finder over the text and records its items as spans."""

    def __init__(self, key: str, find: Callable[..., list]):
        self.key = key
        self.find = find

    def __call__(self, doc: Doc, **options) -> Doc:
        items = self.find(text_of(doc), **options)
        spans = []
        for item in items:
            span = doc.char_span(item.start, item.end, label=self.key, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.key] = spans
        _record(doc, self.key, items)
        return doc


@Language.factory("notice_units")
def make_units(nlp: Language, name: str) -> Finder:
    return Finder("units", find_units)


@Language.factory("notice_deadlines")
def make_deadlines(nlp: Language, name: str) -> Finder:
    return Finder("deadlines", find_deadlines)  # accepts reference_date= through component_cfg


@Language.factory("notice_thresholds")
def make_thresholds(nlp: Language, name: str) -> Finder:
    return Finder("thresholds", find_thresholds)


@Language.factory("notice_references")
def make_references(nlp: Language, name: str) -> Finder:
    return Finder("references", find_references)


@Language.component("notice_topics")
def topics_component(doc: Doc) -> Doc:
    topics = tag_topics(text_of(doc))
    doc.cats.update({t.topic: 1.0 for t in topics})
    _record(doc, "topics", topics)
    return doc


class JiebaTokenizer:
    """jieba's dictionary words as tokens, without its HMM guesses at new words.

    The components find their items in the text; a token only has to end where an
    item ends, or the item's span must be widened. With the HMM, which joins
    characters it has not seen into guessed words, 454 of 10,415 items in the
    bench notices began or ended inside a token; without it 3 did, and segmenting
    takes a fifth less time. spaCy's own jieba segmenter always runs the HMM.
    """

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.jieba = configure_jieba()

    def __call__(self, text: str) -> Doc:
        # jieba returns every character, whitespace too, so its words joined are the
        # text: a space is a token of its own rather than a trailing-space flag.
        words = list(self.jieba.cut(text, HMM=False))
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        doc._.text = text
        return doc


def build_nlp() -> Language:
    """A fresh pipeline: blank Chinese with jieba's words as tokens and the rule components."""
    configure_jieba()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.tokenizer = JiebaTokenizer(nlp.vocab)
    for name in ("notice_units", "notice_deadlines", "notice_thresholds", "notice_references", "notice_topics"):
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The pipeline shared within a process."""
    return build_nlp()
