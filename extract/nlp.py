"""The finders as spaCy components on a blank Chinese pipeline segmented by jieba.

``nlp(text)`` gives a Doc whose ``doc.spans["units"|"deadlines"|"thresholds"|
"references"]`` a user can inspect, each span's item (the dataclass with its
normalised value) in ``doc._.items[key]`` in the same order, and the topics in
``doc.cats``. No model is loaded: the components are rules.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, partial
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ingest.segment import configure_jieba

from .deadlines import attribute, deadline_rules, find_deadlines
from .references import find_references, issuer_boundaries
from .thresholds import find_thresholds, threshold_rules
from .topics import topic_of_span, topics_of, weigh
from .unit_lexicon import lexicon
from .units import find_units

for _name in ("items", "text"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

SPAN_KEYS = ("units", "deadlines", "thresholds", "references")

# Where doc._.text and doc._.items keep their values: spaCy stores a Doc's extension
# attributes in doc.user_data under these keys. Each access to doc._ makes a new
# accessor object that looks the key up through two Python calls (about 3 µs, five
# components a measure, as much as finding the references), so the components read
# and write doc.user_data themselves; users still see doc._.items.
_TEXT = ("._.", "text", None, None)
_ITEMS = ("._.", "items", None, None)


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once: spaCy joins it anew, from a new Token object per
    token, on every access, and each component reads it."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def text_doc(nlp: Language, text: str) -> Doc:
    """A Doc without tokens, its text in ``doc._.text``, for a caller that reads only
    the components' items (the measures do): the components find them in the text,
    and only the spans they record need tokens. Segmenting and making the tokens
    would be a third of the extraction's time; such a Doc has no spans."""
    return Doc(nlp.vocab, words=[], user_data={_TEXT: text})


def items_of(doc: Doc) -> dict:
    """``doc._.items``: what the components have found so far, by key."""
    items = doc.user_data.get(_ITEMS)
    if items is None:
        items = doc.user_data[_ITEMS] = {}
    return items


class Finder:
    """A component that runs one finder over the text and records its items as spans."""

    def __init__(self, key: str, find: Callable[..., list], reuse: tuple[str, ...] = ()):
        """`reuse`: keys of items that `find` takes as keyword arguments instead of
        finding them again, when an earlier component has found them."""
        self.key = key
        self.find = find
        self.reuse = reuse

    def __call__(self, doc: Doc, **options) -> Doc:
        found = items_of(doc)
        for key in self.reuse:
            if key in found:
                options.setdefault(key, found[key])
        items = self.find(text_of(doc), **options)
        spans = []
        for item in items if len(doc) else ():  # a text_doc has no tokens to span
            span = doc.char_span(item.start, item.end, label=self.key, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.key] = spans
        found[self.key] = items
        return doc


# A rule file given in the pipeline's config (``nlp.add_pipe(name, config={"rules": path})``
# or a config.cfg) replaces the packaged one, so rules can be tried without editing extract/data/.
@Language.factory("notice_units", default_config={"rules": None})
def make_units(nlp: Language, name: str, rules: str | None) -> Finder:
    return Finder("units", partial(find_units, lex=lexicon(Path(rules))) if rules else find_units)


@Language.factory("notice_deadlines", default_config={"rules": None})
def make_deadlines(nlp: Language, name: str, rules: str | None) -> Finder:
    return Finder("deadlines", partial(find_deadlines, rules=deadline_rules(Path(rules))) if rules else find_deadlines)


@Language.factory("notice_thresholds", default_config={"rules": None})
def make_thresholds(nlp: Language, name: str, rules: str | None) -> Finder:
    find = partial(find_thresholds, rules=threshold_rules(Path(rules))) if rules else find_thresholds
    return Finder("thresholds", find, reuse=("deadlines",))  # numbers inside deadlines are none


@Language.factory("notice_references", default_config={"rules": None})
def make_references(nlp: Language, name: str, rules: str | None) -> Finder:
    return Finder("references", partial(find_references, boundaries=issuer_boundaries(Path(rules))) if rules else find_references)


@Language.component("notice_topics")
def topics_component(doc: Doc) -> Doc:
    """The measure's topics, and each threshold's and deadline's: that of its own clause;
    and the unit each deadline binds."""
    text = text_of(doc)
    weighing = weigh(text)
    found = items_of(doc)
    numbered = [item for key in ("thresholds", "deadlines") for item in found.get(key) or ()]
    for item in numbered:
        item.topic = topic_of_span(text, weighing, item.start, item.end)
    attribute(found.get("deadlines") or [], found.get("units") or [], text)
    topics = topics_of(weighing, (item.topic for item in numbered))
    doc.cats.update({t.topic: 1.0 for t in topics})
    found["topics"] = topics
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
        self._ids: dict[str, int] = {}  # word -> its id in the vocab's string store

    def __call__(self, text: str) -> Doc:
        # jieba returns every character, whitespace too, so its words joined are the
        # text: a space is a token of its own rather than a trailing-space flag.
        words = list(self.jieba.cut(text, HMM=False))
        return Doc(self.vocab, words=self._ids_of(words), spaces=[False] * len(words), user_data={_TEXT: text})

    def _ids_of(self, words: list[str]) -> list[str] | list[int]:
        """The words as ids in the vocab's string store. Given a word, Doc hashes it
        and checks the store twice through Python calls; given its id, it only looks
        the id up: Doc is made in half the time. Inside a memory zone the store
        forgets the zone's new words at its end, so the words go as they are."""
        if self.vocab.in_memory_zone:
            return words
        ids = list(map(self._ids.get, words))
        if None in ids:
            add = self.vocab.strings.add
            for i, word in enumerate(words):
                if ids[i] is None:
                    ids[i] = self._ids[word] = add(word)
        return ids


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
