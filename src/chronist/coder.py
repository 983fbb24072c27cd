"""Sentences -> events: PLOVER type and mode, CAMEO code, source and target, flags.

The default coder is linguistic. Per sentence it finds actor phrases (``mentions``),
trigger words from the language's ``triggers.tsv``, and fills each rule's source and
target slots: from spaCy's dependency parse in English; in German, without a parser,
from clause segments, case cues of articles, prepositions, passive auxiliaries and
separable-verb particles. Every decision is recorded so ``chronist explain`` can show it.

Other coders (a transformer, an LLM behind an HTTP endpoint) implement ``EventCoder``.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Protocol

from . import __version__
from .dates import time_words
from .extraction import DATELINE_PLAIN, DATELINE_PREFIX, TIMESTAMP_PREFIX, find_dateline
from .lexicon import SEPARABLE_PARTICLES, Lexicon, TriggerRule, load_lexicon
from .mentions import (
    INTERNATIONAL,
    PREPOSITIONS,
    ActorPhrase,
    find_phrases,
    finite_verb_de,
    gazetteer_for,
    resolve_phrase,
)
from .model import Actor, Article, Event, Evidence, Mention, Sentence, Span
from .segment import Token, english_lemmas, english_parser, lemmatize, tokenize
from .timeplace import (
    AREA_CODES,
    CONDITION_SUFFIX,
    DOMESTIC_SECTORS,
    PLACE_TARGET_TYPES,
    locative_phrase,
    with_country,
)

__all__ = ["EventCoder", "RuleCoder", "SentenceAnalysis", "event_id"]

_BREAKS = {",", ";", ":", "–", "—", "(", ")"}
_COORD_DE = {"und", "oder", "aber", "sowie"}
_DEFINITE_DE = {"der", "die", "das"}
_CIRCUMPOSITIONS_DE = {"heraus": ("aus",), "hinaus": ("aus", "über"), "aus": ("von", "vom"), "herum": ("um",),
                       "her": ("von", "vom"), "hin": ("auf", "zu", "zum", "zur")}
_STATED_GROUP_SECTORS = {"COP", "MIL", "CVL", "JRN", "AGR", "LAB", "EDU", "MED", "REF", "BUS"}
_PROTESTER_SECTORS = {"CVL", "OPP", "EDU", "LAB", "PTY"}  # who riot when they throw stones (not REF, UAF)
_CLAUSE_END = {",", ".", ";", ":", "!", "?", ")", "–", "—"}
_SUBORDINATORS_DE = {"dass", "weil", "nachdem", "als", "während", "ob", "wenn", "obwohl", "seit", "bevor",
                     "damit", "sodass", "falls", "indem", "wobei"}
_RELATIVE_DE = {"der", "die", "das", "welcher", "welche", "welches", "denen", "dem", "den", "deren", "dessen"}
_DETERMINERS_DE = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
                   "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "dieser",
                   "diese", "diesen", "diesem", "jener", "mehrere", "zahlreiche", "zwei", "drei", "vier", "viele"}
_OBJECT_PRONOUNS_DE = {"ihm", "ihn", "ihnen", "mir", "dir", "uns", "euch"}
_RELATIVE_OBLIQUE_DE = {"denen", "dem", "den", "deren", "dessen"}
_RELATIVE_NOMINATIVE_DE = {"der", "die", "das", "welcher", "welche", "welches"}
_GENITIVE_DET_DE = {"des", "der", "mehrerer", "zahlreicher", "beider", "vieler", "einiger", "verschiedener", "aller"}
_DETERMINER_FORMS_DE = {"einigen", "einige"}  # verb forms that are also determiners
# German prepositions, and a few more that may stand before a place or a time ("nahe", "seit")
_PREPS_DE = PREPOSITIONS["de"] | {"nahe", "neben", "seit", "ab", "bis"}
_INDEFINITE_DE = {"ein", "eine", "einen", "einem", "einer", "eines"}
_NON_NOMINATIVE_DE = {"den", "dem", "des", "einem", "einen", "eines", "seinem", "seinen", "seines", "ihrem",
                      "ihren", "ihres", "unserem", "deren", "dessen"}
_PASSIVE_AUX_DE = {"wurde", "wurden", "worden", "wird", "werden", "wirst", "würde", "würden"}
_PASSIVE_AUX_EN = {"was", "were", "been", "is", "are", "be", "being", "get", "got"}
_MAGNITUDE_TYPES = {"ASSAULT": ("killed", "injured"), "COERCE": ("arrested", "killed", "injured"),
                    "PROTEST": ("size", "arrested", "injured", "killed"), "MOBILIZE": ("size",)}
# "werde/soll/will ... bereitstellen": an auxiliary with a bare infinitive trigger announces the act
_FUTURE_AUX_DE = {"wird", "werden", "werde", "soll", "sollen", "will", "wollen", "plant", "planen"}
_PAST_AUX_DE = {"wurde", "wurden", "worden", "hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren"}
_COORDINATORS_DE = {"und", "aber", "oder", "sowie", "doch", "sondern"}
_MATERIAL_TYPES = {"AID", "COOPERATE", "RETREAT", "MOBILIZE", "SANCTION", "COERCE", "PROTEST"}  # acts, not words (but ASSAULT)
_SPEECH_ABOUT_ACTS = {"THREATEN", "REQUEST", "REJECT", "AGREE", "ACCUSE"}
_TARGET_PREPS_DE = {
    "MOBILIZE": ("gegen", "zur", "zum", "zu", "an"),
    "ASSAULT": ("gegen", "auf", "nach"),
    "CONSULT": ("mit", "zwischen"),
    "AGREE": ("mit",),
    "COOPERATE": ("mit",),
    "SUPPORT": ("mit",),
    "SANCTION": ("gegen", "zu"),
    "THREATEN": ("gegen", "an"),
    "ACCUSE": ("gegen", "an"),
    "REQUEST": ("an", "von"),
    "AID": ("an", "für", "nach"),
}
_TARGET_PREPS_EN = {"with", "against", "on", "to", "toward", "towards", "from"}
_PLACE_QUALIFIERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
                     "lower", "new", "greater", "nord", "süd", "ost", "mittel", "ober", "nieder", "neu", "san", "santa",
                     "saint", "st", "port", "fort", "mount", "lake", "cape", "al", "el", "la", "le", "los", "las"}
_QUOTE_MARKS = {"„", "«", "»", "\"", "‚", "“"}  # German, Swiss and English quotation marks
_PLACE_PREPS = {"in", "im", "nach", "at", "to", "bei", "near"}
_VERBAL_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"}
_EVALUATIVE = {"ACCUSE", "SUPPORT"}
# a wire dateline opening a sentence: a place (with a date) and the agency in parentheses, or a place in
# capitals before a dash (not a colon: "EU: Neue Sanktionen" is a headline's subject)
_STATE_SECTORS = {"COP", "JUD", "MIL", "GOV"}
_LOCAL_SECTORS = {"CVL", "REF", "COP", "LAB", "EDU", "MED", "REL", "AGR", "CRM", "UAF", "JUD"}
_FOREIGN = re.compile(r"\b(?:foreign|ausländische[nrms]?)\s+(?:[a-zäöüß-]+\s+)?$", re.IGNORECASE)
_TOGETHER_BEFORE = re.compile(r"\b(?:gemeinsam|zusammen|together)\s+(?:mit|with)\s+(?:\w+\s+)?$", re.IGNORECASE)
_INCLUDING_DE = {"darunter", "einschließlich", "einschliesslich", "inklusive", "insbesondere"}
_JOINT_WITH = re.compile(r"\b(?:joint|gemeinsame[nmrs]?)\s+(?:\w+\s+){0,2}(?:with|mit)\s+(?:\w+\s+)?$",
                         re.IGNORECASE)  # "a joint exercise with", "gemeinsame Manöver mit"
_LOCATIVE_PREPS = {"in", "im", "near", "nahe", "bei", "outside", "across", "at"}
_WERDEN = {"wird", "werden", "wirst", "werde", "werdet"}
_NEXT_DE = {"nächste", "nächsten", "nächster", "nächstes"}
# Announced cooperation is AGREE (PLOVER: "cooperative actions of types CONSULT, SUPPORT, COOPERATE, and AID
# reported in future tense"): meeting 036, support 030, cooperation 031, aid 033. A promised concession
# stays CONCEDE, and a declared (not yet carried out) withdrawal is CONCEDE too (PLOVER's CONCEDE definition).
_FUTURE_TYPES = {"CONSULT": "036", "SUPPORT": "030", "COOPERATE": "031", "AID": "033"}
_SUBJECT_CONTROL_EN = {"promise", "vow", "pledge", "threaten", "offer", "agree", "refuse", "decline"}
_PROTESTER_SECTORS = {"CVL", "OPP", "LAB", "EDU", "PTY", "REL", "NGO"}  # who may stage a protest the forces act on
_JOINT_TYPES = {"AGREE", "CONSULT", "COOPERATE", "MOBILIZE"}  # with one actor named, usually no target
_ORIGIN_PREPS = {"from", "aus"}
_CLAUSE_WORDS = {"und", "and", "dass", "that", "which", "who"}
# "Von Verena Hollmann, Mexiko-Stadt", "By Kim Min-ji": a byline names the writer and where the correspondent sits,
# no actor and not the story's country
_BYLINE = re.compile(r"^(?:Von|By)\s+[A-ZÄÖÜ][\w.'’-]+(?:\s+(?:und|and|von|van|de|der|[A-ZÄÖÜ][\w.'’-]+)){1,5}"
                     r"(?:\s*(?:,|in|aus)\s*[A-ZÄÖÜ][\w .'’/-]+)?\.?$")
# acts about another act: aimed at the one who did it ("rejected the union's demand")
_ABOUT_ACTS = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
_INVOLVEMENT_NOUNS = frozenset({"involvement", "role", "part", "hand", "participation", "complicity"})
_TIME_SPAN_PREPS = frozenset({"after", "following", "amid", "during", "despite"})
_AFTER_THE = frozenset({"dem", "den", "the"})
_LIST_GLUE = {"and", "und", "or", "oder", ",", "sowie", "as well as"}
_CONDITIONALS_EN = {"if", "unless", "whether"}
# countries whose names are written family name first (Chinese, Korean, Vietnamese)
_FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM"}
# An announced act made on a condition is a threat of it (CAMEO 13x)
_THREAT_OF = {"PROTEST": "133", "ASSAULT": "138", "SANCTION": "131", "COERCE": "137"}


class EventCoder(Protocol):
    """Anything that turns an article's sentences into events."""

    name: str

    def code(self, article: Article, sentences: Sequence[Sentence]) -> list[Event]: ...


def _others(source: Sequence[Actor], target: Sequence[Actor], event_type: str) -> tuple[Actor, ...]:
    """The targets that are not a source again, nor the country of one of several partners in a joint act."""
    partners = {a.country for a in source} if event_type in _JOINT_TYPES and len(source) > 1 else set()
    return tuple(a for a in target if a not in source and a.country not in partners)


def event_id(article_id: str, start: int, end: int, event_type: str,
             source: Sequence[Actor], target: Sequence[Actor], trigger_start: int = 0) -> str:
    """Stable across runs: article, sentence offsets, type, actors and trigger position."""
    parts = [article_id, str(start), str(end), event_type, str(trigger_start),
             ",".join(sorted(a.cameo_actor or a.text for a in source)),
             ",".join(sorted(a.cameo_actor or a.text for a in target))]
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:20]


@dataclass
class Decision:
    trigger: str
    rule: str
    outcome: str  # "event" or why not


@dataclass
class SentenceAnalysis:
    sentence: Sentence
    phrases: list[ActorPhrase]
    actors: list[Actor | None]
    decisions: list[Decision] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # "beide Seiten", "the two leaders": the phrase's index and the two parties it stands for
    pairs: dict[int, tuple[Actor, ...]] = field(default_factory=dict)
    # where a demonym before a place word names where, not who ("the Latvian port of Ventspils"): its offsets
    placed: frozenset[int] = frozenset()




def _fronted_place(phrases: list[ActorPhrase], text: str, offset: int) -> str | None:
    """The country of a capital or country that opens the sentence after "in" and before a comma ("In Algiers,
    the foreign ministry ..."; "In Ecuador hat ..." has no comma and places only where it happened)."""
    first = phrases[0] if phrases else None
    if first is None or first.prep not in ("in", "im") or first.start != 1 \
            or not {m.kind for m in first.mentions} <= {"capital", "country"}:
        return None
    if not text[first.char_end - offset:].startswith(","):
        return None
    return next((m.country for m in first.mentions if m.country and len(m.country) == 3), None)


def _joins_verb_de(tokens: list[Token], i: int) -> bool:
    """German: the word at `i` is "und" (or another coordinator) before a lowercase finite verb, which begins a
    predication of its own ("verbot ... und ließ", "wies ... aus und rief ... zurück")."""
    return tokens[i].lower in _COORDINATORS_DE and i + 1 < len(tokens) and finite_verb_de(tokens[i + 1]) \
        and tokens[i + 1].text.islower()


def _party(phrase: ActorPhrase, actor: Actor | None) -> bool:
    """An actor "beide Seiten" may stand for: a state, group or person with a country, not where it happened."""
    kinds = {m.kind for m in phrase.mentions}
    return actor is not None and bool(actor.country) and len(actor.country or "") == 3 and "pronoun" not in kinds \
        and phrase.prep not in _LOCATIVE_PREPS \
        and bool(kinds & {"person", "role", "country", "capital", "metonym", "org", "group", "igo"})


_LOCAL_TYPES = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
_ENFORCING_SECTORS = {"GOV", "COP", "JUD", "MIL"}
_FRONT_PREPS = {"vor", "outside"}
_SEIZED_PEOPLE_SECTORS = {"CVL", "OPP", "JRN", "NGO", "EDU", "REL", "LAB", "PTY", "REF", "MED", "ELI", "LEG"}
_REACTION_TYPES = {"REJECT", "ACCUSE", "SUPPORT"}
_PROTEST_PLACE_NOUNS = {"street", "highway", "road", "square", "avenue", "bridge", "motorway", "route", "junction"}
_PROTEST_PLACE_PREPS = {"in", "im", "through", "to", "on", "across", "of", "outside", "nach", "durch", "vor"}


@dataclass
class Discourse:
    """What earlier sentences of the article said: for pronouns, counterparts and bare roles."""

    people: list[Actor] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    groups: list[Actor] = field(default_factory=list)  # governments, forces, organisations, role groups
    named: list[str] = field(default_factory=list)  # every country an actor or a place of the article had
    parties: list[Actor] = field(default_factory=list)  # every actor named so far, in order
    persons: dict[str, Actor] = field(default_factory=dict)  # a named person's actor, by dictionary key or name
    offices: list[tuple[str, str]] = field(default_factory=list)  # (role, country) of each office named, in order
    stated: list[tuple[str, str]] = field(default_factory=list)  # the same, for roles named with their country
    bodies: list[Actor] = field(default_factory=list)  # organisations, armed groups and IGOs named, in order
    places: list[str] = field(default_factory=list)  # the country of each sentence's place ("in Mandera"), in order
    _ranked: tuple[tuple[int, int], list[str]] | None = field(default=None, repr=False, compare=False)

    def office(self, key: str) -> str | None:
        """German: the country of the last office named whose role ends in `key` ("Verteidigungsministerium"
        for "das Ministerium")."""
        return next((c for k, c in reversed(self.offices) if k.endswith(key)), None)

    def last_pair(self, states: bool = False) -> tuple[Actor, ...]:
        """"Beide Seiten", "the two sides": the last two differently coded actors named; "beide Regierungen",
        "both countries" (`states`): the last two actors of different countries."""
        pair: list[Actor] = []
        for a in reversed(self.parties):
            if states and not (a.country and len(a.country) == 3 and a.country not in INTERNATIONAL
                               and a.sector in (None, "GOV", "MIL", "COP", "JUD", "LEG", "SPY")):
                continue  # (a state's, not rebels' or protesters')
            if all(a.cameo_actor != b.cameo_actor and (a.country != b.country or (a.sector != b.sector and not states))
                   for b in pair):
                pair.append(a)
            if len(pair) == 2:
                return tuple(reversed(pair))
        return ()

    def main_pair(self, states: bool = False) -> tuple[Actor, ...]:
        """"Beide Seiten" in a story about two countries: the two countries the article named most, when both are
        far ahead of any third (a mediator named last is no side: "Delegationen Afghanistans und Pakistans ... in
        Doha ... Katar und die Türkei vermittelten ... Beide Seiten sagten zu")."""
        ranked = self.ranked()
        if len(ranked) < 2:
            return ()
        counts = {c: self.named.count(c) for c in ranked[:3]}
        first, second = ranked[0], ranked[1]
        third = counts.get(ranked[2], 0) if len(ranked) > 2 else 0
        if counts[second] < 2 * max(third, 1):
            return ()
        pair = [next((a for a in reversed(self.parties) if a.country == c and (not states or a.sector in (
            None, "GOV", "MIL", "COP", "JUD", "LEG", "SPY"))), None) for c in (first, second)]
        return tuple(a for a in pair if a is not None) if all(pair) else ()

    def remember(self, phrase: ActorPhrase, actor: Actor | None, *, counted: bool = True) -> None:
        """Note an actor phrase of the article; `counted` False when its country is only a neighbour named
        as where a border runs ("an der Grenze zu Costa Rica"), no evidence of whose story it is."""
        kinds = {m.kind for m in phrase.mentions}
        # (the UN, the EU or an NGO are no country whose police or civilians a bare role could mean)
        if counted and actor is not None and actor.country and len(actor.country) == 3 and actor.country != "WST" \
                and actor.country not in INTERNATIONAL and "pronoun" not in kinds:
            self.named.append(actor.country)
        for m in phrase.mentions:
            # a country where something happened ("im Irak") is not the country the story is about
            if m.kind in ("country", "capital", "metonym") and m.country and phrase.prep not in _PLACE_PREPS:
                self.countries.append(m.country)
        if actor is not None and _party(phrase, actor):
            self.parties.append(actor)
        if actor is not None and kinds & {"org", "igo", "group"}:
            self.bodies.append(actor)
        if actor is not None and actor.country and len(actor.country) == 3 and "pronoun" not in kinds:
            self.offices += [(m.key, actor.country) for m in phrase.mentions if m.kind == "role"]
            if kinds & {"demonym", "country", "capital"} and actor.country not in INTERNATIONAL:
                # a group named with its country ("eight Ivorian gendarmes"), for "the gendarmes" later
                self.stated += [(m.key, actor.country) for m in phrase.mentions if m.kind == "role"]
        if actor is not None and actor.name and "person" in kinds:
            self.people.append(actor)
            for m in phrase.mentions:
                if m.kind == "person" and (m.key or m.name):
                    self.persons.setdefault(m.key or m.name or "", actor)
        elif actor is not None and kinds and not kinds & {"person", "pronoun"} and phrase.prep not in _PLACE_PREPS:
            self.groups.append(actor)

    def named_set(self) -> frozenset[str]:
        return frozenset(self.named)

    def last_person(self) -> Actor | None:
        return self.people[-1] if self.people else None

    def last_group(self) -> Actor | None:
        return self.groups[-1] if self.groups else None

    def last_country(self, exclude: str | None = None) -> str | None:
        return next((c for c in reversed(self.countries) if c != exclude and len(c) == 3 and c != "WST"), None)

    def ranked(self) -> list[str]:
        """The countries the article's actors and places had, most often first (of equals, the one named first:
        the headline and the lead say whose story it is)."""
        key = (len(self.named), len(self.places))
        if self._ranked is not None and self._ranked[0] == key:
            return self._ranked[1]  # asked for each actor phrase; the lists only grow
        counts: dict[str, int] = {}
        for c in self.named:
            counts[c] = counts.get(c, 0) + 1
        for c in self.places:  # the place of an attack, arrest, protest or deployment counts as an actor does
            counts[c] = counts.get(c, 0) + 1
        first: dict[str, int] = {}
        for k, c in enumerate(self.named):
            first.setdefault(c, -k)
        ranked = sorted(counts, key=lambda c: (counts[c], first.get(c, -len(self.named))), reverse=True)
        self._ranked = (key, ranked)
        return ranked

    def focus_country(self) -> str | None:
        """The country the article's actors and places had most often so far (the first named of equals): whose
        army, police and civilians a bare "die Armee", "the police", "civilians" are."""
        ranked = self.ranked()
        return ranked[0] if ranked else None


@dataclass
class _Clause:
    start: int  # token indices
    end: int
    kind: str  # main, rel, sub, inf
    first: str = ""  # the clause's first word, lowercase (relative pronouns tell case)
    joined: bool = False  # split off at "und" before a verb: its subject is the conjunct's before it


_POS_FITS = {"V": {"VERB", "AUX"}, "N": {"NOUN", "PROPN"}, "A": {"ADJ", "VERB"}}


def _verb_bases_de(form: str) -> tuple[str, ...]:
    """Infinitives a German form in -t may belong to: "verstärkt" -> "verstärken", "entsendet" -> "entsenden",
    "gestärkt" -> "stärken"."""
    stem = form[:-2] if form.endswith("et") else form[:-1]
    bases = [stem + "en", stem + "n"] if stem.endswith(("el", "er")) else [stem + "en"]
    if stem.startswith("ge") and len(stem) > 4:
        bases.append(stem[2:] + "en")
    return tuple(bases)




def _governs(doc: Any, verb: Event, noun: Event) -> bool:
    """English: a noun trigger that is the subject or object of another verb than the verb trigger, and not
    under it, tells an act of its own ("Hamas, whose attack triggered the war, said it was committed": the
    attack is no part of the commitment); any other noun may describe the verb's event."""
    offset = verb.evidence.char_start
    v, n = _at(doc, verb.evidence.trigger.char_start - offset), _at(doc, noun.evidence.trigger.char_start - offset)
    if v is None or n is None or any(a.i == v.i for a in n.ancestors):
        return True
    return not (n.dep_ in ("nsubj", "nsubjpass", "dobj") and n.head.pos_ in ("VERB", "AUX") and n.head.i != v.i)


def _direct_complement(doc: Any, verb: Event, content: Event, circumstances: frozenset[str]) -> bool:
    """English: the content's verb is a clause right under the speech act's verb ("offered on Tuesday to release
    ..."), not deeper in it nor a circumstance its `circumstances` marks open ("a deal reached after talks mediated
    by the UN")."""
    v = _at(doc, verb.evidence.trigger.char_start - verb.evidence.char_start)
    c = _at(doc, content.evidence.trigger.char_start - content.evidence.char_start)
    return v is not None and c is not None and c.head.i == v.i and c.dep_ in ("xcomp", "ccomp", "advcl") \
        and c.pos_ in ("VERB", "AUX") and not any(m.dep_ == "mark" and m.lower_ in circumstances for m in c.children)


def _at(doc: Any, char: int) -> Any:
    """The parse token starting at a character offset of the sentence (a map built once per parse)."""
    table = doc.user_data.get("chronist_by_idx")
    if table is None:
        table = doc.user_data["chronist_by_idx"] = {t.idx: t for t in doc}
    return table.get(char)


def _in_own_clause(doc: Any, char: int, head: Any) -> bool:
    """English: the word at `char` stands in a clause of its own under `head` ("agreed that no new construction
    would be carried out": the "no" is the agreement's content, it does not negate the agreeing)."""
    node = _at(doc, char)
    if node is None or head is None:
        return False
    while node.head.i != node.i and node.i != head.i:
        if (node.dep_ in ("ccomp", "advcl", "relcl", "acl") and node.head.i == head.i) \
                or (node.dep_ in ("relcl", "acl") and head.i in {a.i for a in node.ancestors}):
            return True
        node = node.head
    return False


def _subject_of_object(doc: Any, char: int) -> int | None:
    """English: where the subject of the verb whose object (or prepositional object) starts at `char` starts;
    None when the word there is no object or its verb has no subject."""
    node = _at(doc, char)
    if node is None or node.dep_ not in ("dobj", "pobj", "dative"):
        return None
    verb = node.head.head if node.dep_ == "pobj" else node.head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and verb.pos_ == "NUM" and verb.dep_ in ("dobj", "dative"):
        verb = verb.head  # "police arrested two of them": the number is the verb's object
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0].idx if subjects else None


def _with_parse(tokens: list[Token], doc: Any, offset: int) -> list[Token]:
    """Our tokens with spaCy's lemma and coarse POS where the two tokenisations agree."""
    out = []
    for tok in tokens:
        sp = _at(doc, tok.start - offset)
        if sp is not None and len(sp.text) == len(tok.text) and sp.tag_ == "VBG" and sp.dep_ in ("nsubj", "nsubjpass") \
                and not any(c.dep_ in ("dobj", "aux") for c in sp.children):
            # "since fighting broke out between A and B": a gerund that is a verb's subject is a noun, "fighting"
            tok = Token(tok.text, tok.start, tok.end, tok.lower, tok.lower, tok.i, tok.is_punct, tok.ws, "NOUN")
        elif sp is not None and len(sp.text) == len(tok.text):
            tok = Token(tok.text, tok.start, tok.end, tok.lower, sp.lemma_.lower(), tok.i, tok.is_punct, tok.ws, sp.pos_)
        out.append(tok)
    return out


def _complement_of_speech(event: Event, events: list[Event], doc: Any, offset: int,
                          circumstances: frozenset[str] = frozenset()) -> Event | None:
    """English: "agreed to lift the embargo", "urged Iran to release", "refused to withdraw": the act in the
    complement of an agreement, request, refusal or threat is its content, not an event of its own. Returns
    the speech event whose content it is."""
    node = _at(doc, event.evidence.trigger.char_start - offset)
    speech = {_at(doc, e.evidence.trigger.char_start - offset): e for e in events
              if e is not event and e.event_type in _SPEECH_ABOUT_ACTS}
    through_complement = False  # a verb coordinated with the speech act ("accused X, and Y accused Z") is not its content
    # ("is ready to meet": the adjective's complement is the copula's)
    while node is not None and node.dep_ in ("xcomp", "ccomp", "conj", "dobj", "pobj", "prep", "acl", "advcl", "acomp",
                                              "pcomp"):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in circumstances for c in node.children):
            return None  # "since Russia invaded Ukraine, ... have sought refuge": a circumstance, not the content
        if node.dep_ == "conj" and node.tag_ in ("VBD", "VBZ") and node.head.tag_ in ("VBG", "VB") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.head.children):
            return None  # "accused X of failing to act and called on Y to": a finite verb joins the main verb, not the gerund
        if node.dep_ == "advcl" and node.tag_ == "VBG" and event.event_type in ("ACCUSE", "REJECT") \
                and not any(c.dep_ in ("aux", "mark") for c in node.children):
            return None  # "rejected the result, calling the vote a threat": a participle adds a statement of its own
        if node.dep_ == "conj" and through_complement and node.pos_ == "VERB" and node.head.pos_ == "VERB":
            return None  # "denounced the exercises and said its forces had been placed on alert": said's content
        through_complement = through_complement or node.dep_ != "conj"
        node = node.head
        if node in speech and through_complement:
            return speech[node]
    return None


def _without_dateline(sent: Sentence, first: bool = False) -> Sentence:
    """"TIFLIS (AFP) - Die Polizei ...", "BERLIN, 3. Mai (Reuters) - ...": the wire dateline says where and by
    whom the news is reported; the sentence (its evidence and its parse) starts after it, as it does after a
    live blog's time stamp ("17.05 Uhr: Der ukrainische Geheimdienst ..."). The article's `first` sentence may
    also open with a place and a spaced dash ("Tirana – In der ...")."""
    match = DATELINE_PREFIX.match(sent.text) or TIMESTAMP_PREFIX.match(sent.text) \
        or (DATELINE_PLAIN.match(sent.text) if first else None)
    if not match or match.end() >= len(sent.text):
        return sent
    return replace(sent, text=sent.text[match.end():], char_start=sent.char_start + match.end())


def _purpose_of_event(event: Event, events: list[Event], doc: Any, offset: int) -> Event | None:
    """English: "called up 300,000 reservists to fight in Ukraine", "began a hunger strike to demand his
    resignation": the purpose of an act that is itself an event is intended, not asserted (but "gathered to
    protest" is the protest, since gathering is no event). Returns the event whose purpose it is."""
    node = _at(doc, event.evidence.trigger.char_start - offset)
    acts = {_at(doc, e.evidence.trigger.char_start - offset): e for e in events if e is not event}
    if node is not None and node.dep_ == "pobj" and node.head.lower_ == "in" and node.head.head in acts:
        return acts[node.head.head]  # "recalled its ambassadors in protest at the move": the recall is the protest
    if event.event_type == "REQUEST" and node is not None and node.dep_ == "advcl" and node.tag_ == "VBG" \
            and (host := acts.get(node.head)) is not None and host.event_type == "PROTEST":
        return host  # "blocked the road, demanding that the government resolve ...": the protest's demand
    if node is not None and node.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) \
            and (host := acts.get(node.head)) is not None and host.event_type == "MOBILIZE":
        return host  # "calling up 300,000 reservists to fight in Ukraine": what troops are sent for
    if node is None or node.dep_ not in ("advcl", "acl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return None
    governor = node.head
    return acts.get(governor) or (acts.get(governor.head) if governor.dep_ in ("dobj", "pobj") else None)


def _participle(word: str) -> bool:
    """German past participles: gesagt, begrüßt, kritisiert, vorgeworfen, festgenommen."""
    if word.startswith("ge") or word.endswith(("t", "iert")):
        return True
    return any(word.startswith(p + "ge") for p in SEPARABLE_PARTICLES)


def _zu_infinitive(clause: list[Token]) -> bool:
    """The clause ends in "zu" + infinitive ("zu verurteilen") or an infix form ("freizulassen")."""
    words = [t for t in clause if not t.is_punct]
    if not words:
        return False
    last = words[-1]
    infinitive = last.lower.endswith(("en", "ln", "rn")) or last.lower in ("sein", "tun")  # verhandeln, ändern
    if len(words) > 1 and words[-2].lower == "zu" and infinitive:
        return True
    if "zu" in last.lower[2:-3] and infinitive and last.text[:1].islower():
        at = last.lower.index("zu", 2)
        return last.lower[:at] in SEPARABLE_PARTICLES or last.lower[:at] + last.lower[at + 2:] == last.lemma
    return False


def _clauses_de(tokens: list[Token], in_phrase: frozenset[int] = frozenset()) -> list[_Clause]:
    """Clauses between commas and other breaks; a comma inside a list of actors ("Angola, Südafrika
    und Eswatini") does not end a clause."""
    clauses: list[_Clause] = []
    start = 0
    # a short parenthesis names or abbreviates what stands before it ("die RSF (Rapid Support Forces)",
    # "(dpa)"): it does not break the clause
    aside: set[int] = set()
    for i, opening in enumerate(tokens):
        if opening.text == "(":
            close = next((j for j in range(i + 1, min(i + 6, len(tokens))) if tokens[j].text == ")"), None)
            if close is not None and not any(t.text in _BREAKS for t in tokens[i + 1:close]):
                aside |= {i, close}
    # nor does an insertion of examples between commas (", darunter in Armenvierteln von Caracas, mit Tränengas
    # ... auf"): the verb's clause goes on after it
    for i in [k - 1 for k, t in enumerate(tokens) if t.lower in _INCLUDING_DE]:
        if i > 0 and tokens[i].text == "," and tokens[i - 1].text[:1].isupper():
            close = next((j for j in range(i + 2, min(i + 12, len(tokens))) if tokens[j].text in _BREAKS
                          or tokens[j].text == "."), None)
            if close is not None and tokens[close].text == "," and not any(
                    t.lower in _SUBORDINATORS_DE or t.lower in _RELATIVE_DE for t in tokens[i + 2:close]):
                aside |= {i, close}
    for i, tok in enumerate(tokens + [None]):  # type: ignore[list-item]
        if tok is not None and tok.text == "," and i - 1 in in_phrase and i + 1 in in_phrase:
            continue
        if tok is not None and tok.text == "," and _noun_list_comma(tokens, i):
            continue
        if i in aside:
            continue
        if tok is None or tok.text in _BREAKS:
            if i > start:
                first = tokens[start].lower
                second = tokens[start + 1].lower if start + 1 < i else ""
                if start > 0 and _zu_infinitive(tokens[start:i]) and first not in _SUBORDINATORS_DE:
                    kind = "inf"  # "drohte, die Beziehungen zu Montenegro abzubrechen": an article, not a relative pronoun
                elif start > 0 and first in ("der", "die", "das", "den", "dem") and start + 1 < i and tokens[start + 1].text[:1].isupper() \
                        and not _oblique_relative(tokens[start:i]) and not _name_relative(tokens, start, i):
                    # "sagte, die Bundesregierung verurteile die Gewalt": an article before its noun, a reported
                    # main clause (a relative pronoun is followed by the relative clause's own article or words)
                    kind = "main"
                elif start > 0 and (first in _RELATIVE_DE or (first in {"von", "mit", "bei", "in", "an", "zu"} and second in _RELATIVE_DE)):
                    kind = "rel"
                elif first in _SUBORDINATORS_DE:
                    kind = "sub"
                elif first == "um" or (_zu_infinitive(tokens[start:i]) and not any(
                        t.text in _QUOTE_MARKS for t in tokens[start + 1:i])):
                    # (not a quotation's infinitive: "Schallenberg (ÖVP) nannte das Urteil „durch nichts zu
                    # rechtfertigen“")
                    kind = "inf"
                else:
                    kind = "main"
                clauses.append(_Clause(start, i, kind, first))
            start = i + 1
    return clauses


def _noun_list_comma(tokens: list[Token], i: int) -> bool:
    """A comma inside a list of nouns that ends in "und", "oder" or "sowie" ("mit Booten, Ausbildung und Geld")."""
    def noun(k: int) -> bool:
        return 0 < k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].text.isalpha()
    # (single nouns between commas: not "mit Hunderten Strafverfahren, Dutzende Aktivisten und ... wurden")
    k = i
    while k + 2 < len(tokens) and tokens[k].text == "," and noun(k - 1) and noun(k + 1):
        if tokens[k + 2].lower in ("und", "oder", "sowie"):
            return noun(k + 3)
        k += 2
    return False


_WHOSE = re.compile(r",\s+(?:whose|dessen|deren)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _bracketed_party(phrases: list[ActorPhrase], phrase: ActorPhrase, text: str, offset: int) -> str | None:
    """The country of a party named in brackets right after a phrase: "Innenminister Gerhard Karner (ÖVP)"."""
    if not text:
        return None
    rest = text[phrase.char_end - offset:phrase.char_end - offset + 3]
    if not rest.lstrip().startswith("("):
        return None
    nxt = next((p for p in phrases if p.char_start > phrase.char_end), None)
    if nxt is None or not text[nxt.char_end - offset:].lstrip().startswith(")") \
            or text[phrase.char_end - offset:nxt.char_start - offset].strip() != "(":
        return None
    return next((m.country for m in nxt.mentions if m.kind == "org" and m.sector == "PTY" and m.country
                 and len(m.country) == 3 and m.country != "EUR"), None)


def _whose_owner(phrases: list[ActorPhrase], actors: list[Actor | None], phrase: ActorPhrase, text: str,
                 offset: int) -> str | None:
    """The country of the antecedent of "whose", "dessen", "deren" before a bare role: "Orpo, whose government",
    "die Junta, deren Truppen"."""
    lead = text[:phrase.char_start - offset]
    if not text or not (m := _WHOSE.search(lead)):
        return None
    owners = [a.country for p, a in zip(phrases, actors, strict=False) if a is not None and a.country
              and len(a.country) == 3 and a.country != "WST" and p.char_end - offset <= m.start()]
    return owners[-1] if owners else None


_FINITE_DE = _PAST_AUX_DE | _FUTURE_AUX_DE | {"habe", "haben", "hätte", "hätten", "sei", "seien", "wäre", "wären", "kann",
                                             "könne", "könnte", "können", "muss", "müsse", "solle", "sollte", "wolle"}


def _name_relative(tokens: list[Token], start: int, end: int) -> bool:
    """"US-Präsident Donald Trump, der Mexiko wiederholt mit Strafzöllen gedroht hat": "der" after a noun or name
    and before a name, in a clause that ends in its verb, is a relative pronoun (the subject), not the article of
    a reported main clause ("sagte, der Sender habe ...": after a verb, with its own verb right after the noun)."""
    if tokens[start].lower != "der" or start < 2 or tokens[start - 1].text != "," or not tokens[start - 2].text[:1].isupper():
        return False
    k = start + 1
    while k < end and tokens[k].text[:1].isupper() and tokens[k].text.replace("-", "").isalpha():
        k += 1
    while end > k and tokens[end - 1].is_punct:
        end -= 1
    last = tokens[end - 1]
    return k < end - 1 and tokens[k].lower not in _FINITE_DE and last.text.isalpha() and last.text.islower()


def _oblique_relative(words: list[Token]) -> bool:
    """"Prabowo, dem Menschenrechtler die Verschleppung von Aktivisten vorwerfen, ...": "dem" or "den" before a noun
    and another article, in a clause that ends in its verb, is a relative pronoun before the clause's subject, not
    the article of a reported main clause's first noun ("sagte, dem Land drohe eine Krise")."""
    return len(words) > 3 and words[0].lower in ("dem", "den") \
        and words[2].lower in ("die", "das", "den", "dem", "ein", "eine", "einen", "einem", "seine", "ihre") \
        and words[-1].text.isalpha() and words[-1].text.islower()


def _verb_first(clause: _Clause, tokens: list[Token]) -> bool:
    """A German main clause after a comma that begins with a lowercase content word begins with its verb
    ("Die Polizei setzte Pfefferspray ein, drängte die Menge ab"); articles, pronouns and other function
    words ("die Regierung verurteile", "sie") do not count."""
    first = tokens[clause.start]
    return (clause.kind == "main" and clause.start > 0 and first.text.isalpha() and first.text.islower()
            and first.lower not in _german_function_words())


@lru_cache(maxsize=1)
def _german_function_words() -> frozenset[str]:
    from spacy.lang.de.stop_words import STOP_WORDS  # articles, pronouns, particles, auxiliaries

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    """Function words that open sentences with a capital (spaCy's German and English stop words)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return _german_function_words() | STOP_WORDS


_ARABIC_ARTICLES = {"al", "el", "as", "ash", "ad", "an", "ar", "at", "az", "ul"}
_APPOSITION_WORDS_DE = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "eines", "einer", "und", "von", "für"}


def _apposed_subject(clause: _Clause, tokens: list[Token], usable: list[ActorPhrase]) -> ActorPhrase | None:
    """"Der Chef der IAEA, Rafael Grossi, hat beide Seiten aufgefordert": a German sentence that opens with a
    noun phrase and its apposition between commas continues with its verb; the opening phrase is the subject
    (not the object after the verb). Only nouns, articles and adjectives may stand before the verb."""
    if clause.start < 3 or tokens[0].lower not in ("der", "die", "das", "ein", "eine") \
            or not tokens[clause.start].text.islower() or tokens[clause.start - 1].text != "," \
            or sum(t.text == "," for t in tokens[:clause.start]) != 2:
        return None
    for t in tokens[:clause.start]:
        if not (t.is_punct or t.text[:1].isupper() or t.lower in _APPOSITION_WORDS_DE
                or t.lower.endswith(("e", "en", "er", "es", "em"))):
            return None
    pool = [p for p in usable if p.end <= clause.start and p.prep is None and p.case_word not in _NON_NOMINATIVE_DE]
    return pool[0] if pool else None


_REPORTED_DE = {"sei", "seien", "habe", "hätten", "hätte", "werde", "würden", "könne", "müsse", "wolle", "solle", "gebe"}


def _after_report(clause: _Clause, clauses: list[_Clause], tokens: list[Token]) -> bool:
    """The clause before ends a quotation or is reported speech ("... seien getötet worden, teilte ... mit")."""
    idx = clauses.index(clause)
    if idx == 0:
        return True
    before = tokens[clauses[idx - 1].start:clauses[idx - 1].end]
    return any(t.lower in _REPORTED_DE or t.text in ("“", "\"", "»", "«") for t in before)


def _token_at(tokens: list[Token], event: Event) -> Token:
    """The token of an event's trigger."""
    start = event.evidence.trigger.char_start
    return next((t for t in tokens if t.start == start), tokens[0])


_DERIVATIONAL_SUFFIXES_DE = ("schaft", "schaften")


def _inside_suffix(lemma: str, k: int) -> bool:
    """The tail from `k` is part of a suffix, not a word: "Wirtschaftsgemeinschaft" does not end in "Haft"."""
    return any(lemma.endswith(suffix) and len(lemma) - k < len(suffix) for suffix in _DERIVATIONAL_SUFFIXES_DE)


def _protest_and_concession(events: list[Event]) -> list[Event]:
    """"Georgia's ruling party dropped the bill after two nights of protests by tens of thousands", "resigned
    after weeks of protests led by students": a concession or resignation and the protests told after it, in one
    sentence, are aimed at each other; each takes the other's source as its target when it names none."""
    protests = [e for e in events if e.event_type == "PROTEST" and e.source]
    # the concession told first, the protests after it ("... after protests", not "protests that began when
    # the government suspended talks")
    yields = [e for e in events if e.event_type in ("CONCEDE", "RETREAT") and e.source and not e.negated
              and not e.historical and protests
              and e.evidence.trigger.char_start < protests[0].evidence.trigger.char_start]
    if not protests or not yields:
        return events
    out = []
    for e in events:
        if e.event_type == "PROTEST" and not e.target:
            e = replace(e, target=tuple(a for a in yields[0].source if a not in e.source))
        elif e.event_type == "CONCEDE" and not e.target:
            e = replace(e, target=tuple(a for a in protests[0].source if a not in e.source))
        out.append(e)
    return out


# a person by age: "der 67-Jährige", "dem 43-Jährigen", "the 43-year-old"
_AGED = re.compile(r"\d{2,3}-(?:jährige[nr]?|year-old)")
_REFUSED_TYPES = {"REQUEST", "AGREE", "THREATEN", "SANCTION", "COERCE", "ACCUSE"}
_JUDGMENT_TYPES = {"ACCUSE", "SUPPORT"}  # judgments of an act ("condemned the move", "welcomed the decision")


def _same_countries(a: Sequence[Actor], b: Sequence[Actor]) -> bool | None:
    """Whether two actor lists name the same countries (None: one of them names none)."""
    return None if not a or not b else bool({x.country for x in a} & {x.country for x in b})


def _same_kind(a: str | None, b: str | None) -> bool:
    """The same CAMEO act (three digits), or a root's general code for one of its kinds ("Angriffe", 190, for
    "Drohnenangriffe", 195)."""
    a, b = a or "", b or ""
    return a[:3] == b[:3] or (a[:2] == b[:2] and "0" in (a[2:3], b[2:3]))


def _unbracketed(tokens: Sequence[Token]) -> Iterator[Token]:
    """The tokens outside round brackets (a closing bracket with none open is kept)."""
    depth = 0
    for tok in tokens:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")" and depth:
            depth -= 1
        elif not depth:
            yield tok


def _agreed_concession(agreement: Event, concession: Event) -> Event:
    """"The government agreed to lift the curfew", "hat zugestimmt, die Ausgangssperre aufzuheben": agreeing to a
    concession is the concession, by the agreeing side, made now (cue kind `agreeing`; the rule id is the
    concession's with "+agreed")."""
    ev = concession.evidence
    return replace(concession, event_id=event_id(concession.article_id, ev.char_start, ev.char_end, concession.event_type,
                                                 agreement.source, concession.target, ev.trigger.char_start),
                   source=agreement.source, target=concession.target or agreement.target, negated=agreement.negated,
                   hypothetical=agreement.hypothetical, future=False, evidence=replace(ev, rule=ev.rule + "+agreed"))


def _refusal_targets(events: list[Event]) -> list[Event]:
    """"Kosovo has demanded that Serbia hand him over, but Belgrade has refused", "Russia halted gas deliveries
    after both countries refused to pay in roubles": a refusal that names no target answers the demand, offer,
    threat, accusation or measure of another actor told in the same sentence; that actor is its target."""
    out = []
    for e in events:
        if e.event_type == "REJECT" and e.source and not e.target:
            mine = {a.country for a in e.source}
            others = [o for o in events if o.event_type in _REFUSED_TYPES and o.source
                      and not mine & {a.country for a in o.source}]
            if others:
                at = e.evidence.trigger.char_start
                nearest = min(others, key=lambda o: abs(o.evidence.trigger.char_start - at))
                e = replace(e, target=nearest.source)
        out.append(e)
    return out


def _split_conjuncts(clauses: list[_Clause], verbs: list[Token], tokens: list[Token]) -> list[_Clause]:
    """German verbs joined by "und" in one clause are two clauses: "drängte die Menge ab und nahm 13 Menschen
    fest" (the second verb's object is "13 Menschen", its subject the first verb's)."""
    cuts = {v.i - 1 for v in verbs if v.i > 0 and v.text.islower() and tokens[v.i - 1].lower in _COORD_DE}
    out: list[_Clause] = []
    for c in clauses:
        bounds = [c.start] + sorted(k for k in cuts if c.start < k < c.end - 1) + [c.end]
        for start, end in zip(bounds[:-1], bounds[1:], strict=True):
            first = c.first if start == c.start else tokens[start].lower
            out.append(_Clause(start, end, c.kind, first, c.joined or start != c.start))
    return out


def _modifier(tok: Token) -> bool:
    """A word that can stand between a conjunction and the noun it modifies: a name or an adjective when the
    English parser ran ("and Bougainville's President"), a capitalised word in German ("und ELN-Rebellen")."""
    if tok.pos:
        return tok.pos in ("PROPN", "ADJ", "DET", "PART")
    return tok.text[:1].isupper() and not tok.is_punct


class RuleCoder:
    """The lexicon-driven coder for one language."""

    name = "rules"

    def __init__(self, lang: str, lexicon: Lexicon | None = None, *, places: Any = None) -> None:
        self.lang = lang
        self.places = places  # a geo.Gazetteer (or None): places in a sentence give bare roles their country
        self.calibrate = True
        self.lexicon = lexicon or load_lexicon(lang)
        self.gazetteer = gazetteer_for(self.lexicon)
        self.version = f"chronist-rules/{__version__}+{self.lexicon.digest}"
        cues = self.lexicon
        self._negation = cues.cue("negation")
        self._judging = frozenset().union(*(cues.cue(k) for k in ("disapproval", "approval", "mild_disapproval",
                                                                   "mild_approval")))
        self._time_words = time_words(lang) if lang == "en" else frozenset()  # ("on Wednesday": when, not whom)
        self._all_sides = {" ".join(words) for words in self.lexicon.multiword_cues.get("all_sides", ())} \
            | set(cues.cue("all_sides"))
        self._hypothetical = cues.cue("hypothetical")
        self._future = cues.cue("future")
        self._report = cues.cue("report")
        # verbs of speech: what follows their comma is what was said (German flags)
        self._speech_verbs_de = self._report | frozenset(
            r.lemma for rules in self.lexicon.triggers.values() for r in rules
            if r.pos == "V" and r.event_type in _SPEECH_ABOUT_ACTS)
        self._historical = cues.cue("historical")
        self._counterpart = cues.cue("counterpart")
        self._cues: dict[str, frozenset[str]] = defaultdict(frozenset, cues.cues)  # looked up in hot loops
        self._heads: dict[str, str | None] = {}  # memo of _compound_head
        # German: the words rules name in `without`, which a compound also stands for ("Artilleriegranaten" has
        # "granate")
        self._rule_words = frozenset(w for rs in self.lexicon.triggers.values() for r in rs for w in r.without
                                     if len(w) >= 4)
        self._with_words = frozenset(w for rs in self.lexicon.triggers.values() for r in rs for g in r.with_groups
                                     for w in g if len(w) >= 4)
        self._word_heads: dict[tuple[str, int], str | None] = {}
        self._lexicon_words = frozenset(self.lexicon.triggers) | self._rule_words | self._with_words
        self._place_memo: dict[tuple[str, frozenset[str]], str | None] = {}
        self._toponym_memo: dict[tuple[str, frozenset[str]], list[Any]] = {}
        # between a town or region and the role it owns ("Borno State Governor", "Kharkiv's governor"), or between
        # the role and it ("the governor of Kherson region", "der Gouverneur der Region Charkiw"; cue kind `admin_word`)
        admin = "|".join(sorted(map(re.escape, self._cues["admin_word"]))) or "(?!)"
        self._owner_before = re.compile(rf"(?:['’]s)?\s+(?:(?:{admin})\s+)?", re.IGNORECASE)
        self._owner_after = re.compile(rf"\s+(?:of|von|des|der)\s+(?:the\s+)?(?:(?:{admin})\s+)?", re.IGNORECASE)
        self._rules_by_id = {r.id: r for rs in self.lexicon.triggers.values() for r in rs}
        self._noun_types: dict[str, set[str]] = defaultdict(set)  # "Angriff": ASSAULT
        for rs in self.lexicon.triggers.values():
            for r in rs:
                if r.pos == "N":
                    self._noun_types[r.lemma].add(r.event_type)

    # -- public -------------------------------------------------------------------------

    def code(self, article: Article, sentences: Sequence[Sentence]) -> list[Event]:
        events: list[Event] = []
        memory = Discourse()
        if sentences and (home := self._dateline_country(sentences[0].text)):
            # "N'DSCHAMENA (AFP) - ...": the country the story is filed from counts as named three times, so that its
            # police and its government are the bare "die Polizei", "the government" of a story abroad
            memory.named.extend([home] * 3)
        if article.title:
            # the headline says whose story it is: the countries it names count twice
            title = tokenize(article.title, 0, self.lang)
            memory.named.extend(2 * [c for p in find_phrases(title, self.gazetteer, article.published, article.title, 0)
                                     if (c := next((m.country for m in p.mentions if m.country), None))])
        briefs = self._brief_starts(article, sentences)
        sentences = [_without_dateline(s, first=k == 0) for k, s in enumerate(sentences)]
        prepared = self._with_surnames([self._prepare(article, sent) for sent in sentences])
        todo = [k for k, (_, _, needs) in enumerate(prepared) if needs]
        # English: parse the sentences that need it in one batch, twice as fast as one by one
        docs = dict(zip(todo, english_parser().pipe((sentences[k].text for k in todo), batch_size=64),
                        strict=True)) if todo else {}
        recent: list[list[Event]] = []
        told: set[str] = set()
        for k, (sent, (tokens, phrases, _)) in enumerate(zip(sentences, prepared, strict=True)):
            if _BYLINE.match(sent.text.strip()):
                continue
            # a headline the page repeats, a paragraph a scraper took twice: a sentence told again word for word
            # tells nothing new
            again = " ".join(sent.text.split()).lower()
            if len(again) >= 30 and again in told:
                continue
            told.add(again)
            if k in briefs:  # another brief, about another country: what the brief before said is no context
                memory = Discourse()
                memory.named.extend(briefs[k] * 3)
            before = len(memory.named)
            found = self.analyse(article, sent, memory, _prepared=(tokens, phrases, docs.get(k))).events
            found = self._answered_before(found, recent)
            recent = (recent + [found])[-2:]
            if k == 0 and not article.title:
                # the headline (here the text's first line) says whose story it is: the countries it names count twice
                memory.named.extend(memory.named[before:])
            events.extend(found)
            if any(e.event_type in _LOCAL_TYPES for e in found) \
                    and (where := self._place_country(_without_dateline(sent).text, memory.named_set())):
                # "attacked a camp in Mandera", "clashes in N'Djamena": where the fighting, the protests or the
                # arrests happen is what the story is about (not where talks are held or words said)
                memory.places.append(where)
        return events

    def _answered_before(self, events: list[Event], recent: list[list[Event]]) -> list[Event]:
        """"The justice minister dismissed the claim as a lie", "wies die Forderung zurück": a refusal of a claim,
        demand or accusation (a `claim_noun` next to its trigger) left without a target in its own sentence
        answers the latest demand, offer, threat, accusation or measure of another country told in the two
        sentences before; that act's author is its target."""
        out = []
        for e in events:
            ev = e.evidence
            at = ev.trigger.char_start - ev.char_start
            near = re.findall(r"\w+", ev.sentence[max(0, at - 40):at + 50].lower())
            if e.event_type == "REJECT" and e.source and not e.target and self._cues["claim_noun"].intersection(near):
                mine = {a.country for a in e.source}
                earlier = [o for found in recent for o in found if o.event_type in _REFUSED_TYPES and o.source
                           and not mine & {a.country for a in o.source} and not o.negated]
                if earlier:
                    e = replace(e, target=earlier[-1].source)
            elif self.lang == "en" and e.event_type == "THREATEN" and e.source and not e.target \
                    and (whoever := self._whoever_warned(e)) is not None:
                e = replace(e, target=(whoever,))
            elif self.lang == "en" and e.event_type in _JUDGMENT_TYPES and e.cameo != "050" and e.source and not e.target \
                    and (author := self._act_author(e, events, recent)) is not None:
                e = replace(e, target=author)
            out.append(e)
        return out

    def _whoever_warned(self, event: Event) -> Actor | None:
        """"The police commissioner warned that anyone found looting would be arrested": a warning to whoever would
        do something (cue kind `whoever`, right after the trigger and "that") is a warning to the warner's own people (as the
        English gold sets code it; the German ones leave "warnte, wer ..." without a target)."""
        ev = event.evidence
        at = ev.trigger.char_end - ev.char_start
        m = re.match(r"\s+that\s+(\w+)(\s+who\b)?", ev.sentence[at:])  # (not "was not threatening anyone")
        countries = {a.country for a in event.source} - {None}
        if m is None or len(countries) != 1 or m.group(1).lower() not in self._cues["whoever"] \
                or (m.group(1).lower() == "those" and not m.group(2)):
            return None
        country = countries.pop()
        start = ev.char_start + at + m.start(1)
        return Actor(text=m.group(1), name=None, country=country, sector=None, cameo_actor=country,
                     char_start=start, char_end=start + len(m.group(1)))

    def _act_author(self, event: Event, events: list[Event], recent: list[list[Event]]) -> tuple[Actor, ...] | None:
        """"Russia's foreign ministry called the move a provocation", "welcomed the release": a judgment of an act
        named by a definite noun of cue kind `act_noun` right after its trigger judges whoever did the latest act
        told before it, in its own sentence or the two before; that actor is its target. The act is one that
        happened (not a judgment, demand or refusal, which answer acts too, nor a promise, a possibility or a
        denial), of the noun's own types when the noun is a trigger ("the ban", "the release"). Not a formal
        approval (CAMEO 050: "the cabinet approved the deal" judges no one). English only: the German gold sets
        leave "begrüßte die Entscheidung" without a target, the English ones mostly give it the act's author."""
        ev = event.evidence
        at = ev.trigger.char_end - ev.char_start
        after = re.findall(r"\w+", ev.sentence[at:at + 40].lower())[:4]
        det = next((k for k, w in enumerate(after) if w in self._cues["definite"]), None)
        noun = next((w for w in after[det + 1:det + 3] if w in self._cues["act_noun"]), None) if det is not None else None
        if noun is None:
            return None
        # ("the ban", "the release": a noun that is itself a trigger names an act of its own types; "the move",
        # "the decision" any act)
        kinds = set().union(*(self._noun_types.get(lemma, set()) for lemma in english_lemmas(noun) | {noun}))
        speaker = {a.cameo_actor or a.text for a in event.source}
        before = [o for found in recent for o in found] + [
            o for o in events if o.evidence.trigger.char_start < ev.trigger.char_start]
        acts = [o for o in before if o.event_type not in _JUDGMENT_TYPES | {"REQUEST", "REJECT"} and o.source
                and (not kinds or o.event_type in kinds) and not (o.future or o.hypothetical or o.negated)
                and not speaker & {a.cameo_actor or a.text for a in o.source}]
        return acts[-1].source if acts else None

    def without_retold(self, events: Sequence[Event]) -> list[Event]:
        """"Die Angriffe trafen den Flughafen", "the Russian attack on Dnipro came hours after ...": an act an
        earlier sentence of the article told, named again by a definite noun, is the same act, coded once
        (where it was first told). Run on dated events (after TimePlace): an act of another time ("seit der
        Ermordung von Präsident Moïse im Juli 2021") is another act."""
        kept: list[Event] = []
        for e in events:
            if not self._retold(e, kept):
                kept.append(e)
        return kept

    def without_headline_told_again(self, article: Article, events: Sequence[Event]) -> list[Event]:
        """A headline's act that the body tells again is coded where the body tells it, with the sentence
        that gives its who, when and where ("Burundi schließt Grenze zu Ruanda" over "Burundi hat am Sonntag
        seine Grenze zu Ruanda geschlossen, teilte Innenminister ... mit"), as a headline after the body
        repeats the lead. The headline is the text's first line when it ends without a full stop (or a closing
        quotation mark: a quote ends a sentence of the body)."""
        first = article.text.split("\n", 1)[0]
        end = len(first)
        if not first.strip() or first.rstrip()[-1:] in ".!?\"“”»«" or end == len(article.text):
            return list(events)
        head = [e for e in events if e.evidence.char_end <= end]
        body = [e for e in events if e.evidence.char_start > end]
        return [e for e in events if e not in head or not any(self._same_act(e, b) for b in body)]

    @staticmethod
    def _same_act(a: Event, b: Event) -> bool:
        """Two tellings of one act: the same type and kind, one side's country shared, no side in conflict."""
        if a.event_type != b.event_type or not _same_kind(a.cameo, b.cameo):
            return False
        sides = (_same_countries(a.source, b.source), _same_countries(a.target, b.target))
        return True in sides and False not in sides and a.negated == b.negated

    def _retold(self, event: Event, before: list[Event]) -> bool:
        rule = self._rules_by_id.get(event.evidence.rule)
        if rule is None or rule.pos != "N":
            return False
        ev = event.evidence
        lead = ev.sentence[:ev.trigger.char_start - ev.char_start].split()[-3:]
        words = [w.lower() for w in lead]
        det = next((k for k in range(len(words) - 1, -1, -1) if words[k] in self._cues["definite"]), None)
        # (German nouns are capitalised: "der Armee Angriffe" is no article of "Angriffe"; English demonyms
        # are: "the Russian attack")
        # ("the prime minister's resignation": an English possessive names whose act it is)
        if det is None or any((w[:1].isupper() and self.lang == "de") or not w.removesuffix("'s").removesuffix("’s").isalpha()
                              or w.lower() in self._cues["another"] for w in lead[det + 1:]):
            return False  # ("die nächste Verhandlungsrunde", "the next attack": another act)

        def same_time(a: Event, b: Event) -> bool:
            """Both background or both news, and no two different stated dates (a date only one of them states
            does not tell them apart)."""
            dates = [x.date for x in (a, b) if x.date_precision not in ("publication", "unresolved")]
            return a.historical == b.historical and len(set(dates)) <= 1

        # the same kind of act by the same parties (one side shared, no side in conflict), at the same time
        # (German: also when the first telling names only whom it was done to and the retelling only who did it:
        # "In Minsk wurden drei Oppositionelle festgenommen. Die Festnahme durch die Sicherheitskräfte ..."; the
        # English sets code such retellings anew)
        return any(e.event_type == event.event_type and _same_kind(e.cameo, event.cameo)
                   and e.evidence.char_start < ev.char_start
                   and (sides := (_same_countries(e.source, event.source), _same_countries(e.target, event.target)))
                   and (True in sides or (sides == (None, None) and self.lang == "de" and not e.source
                                          and not event.target)) and False not in sides
                   and same_time(e, event) for e in before)

    def _prepare(self, article: Article, sent: Sentence) -> tuple[list[Token], list[ActorPhrase], bool]:
        """Tokens and actor phrases of a sentence, and whether it is worth a parse (English: an actor phrase
        and a word that may be a trigger)."""
        tokens = tokenize(sent.text, sent.char_start, self.lang)
        if self.lang == "de":
            tokens = [self._swiss(t) if "ss" in t.lemma else t for t in tokens]
        phrases = find_phrases(tokens, self.gazetteer, article.published, article.text, 0)
        phrases = self._with_pronouns(tokens, phrases, article.text)
        return tokens, phrases, bool(self.lang == "en" and phrases and (
            self._may_trigger(tokens, phrases) or any(t.lower in self._judging or (
                t.lower.endswith("s") and english_lemmas(t.text) & self._judging) for t in tokens)))

    def _swiss(self, tok: Token) -> Token:
        """Swiss German writes "ss" for "ß" ("begrüsste", "Grenzschliessung"): a lemma the lexicon does not
        know takes the "ß" spelling when that one is a lexicon word or a compound of a trigger noun."""
        lemma = tok.lemma
        if lemma in self._lexicon_words or self._compound_head(lemma):
            return tok
        # (the "ß" spelling's own lemma too: "liessen" is "ließen", of "lassen")
        for alt in (lemma.replace("ss", "ß"), lemmatize(tok.text.replace("ss", "ß"), self.lang)):
            if alt in self._lexicon_words or self._compound_head(alt):
                return replace(tok, lemma=alt)
        return tok

    def _with_surnames(self, prepared: list[tuple[list[Token], list[ActorPhrase], bool]]
                       ) -> list[tuple[list[Token], list[ActorPhrase], bool]]:
        """A person named in full earlier in the article is met again by the surname alone ("Außenminister
        Abdoulaye Diop ... Diop sagte", "President Macky Sall ... accused Sall"), an organisation by the
        abbreviation given in brackets after its name ("Bangladesh Nationalist Party (BNP) ... der BNP"): the
        short form becomes a phrase with the mentions of the full one, so it is coded the same way."""
        known: dict[str, ActorPhrase] = {}
        out = []
        for tokens, phrases, needs in prepared:
            taken = {i for p in phrases for i in range(p.start, p.end)}
            # a lone name the dictionary gives someone else ("Burhan", "Porras") is the person the article introduced
            # ("Machar's party": a longer phrase that opens with such a name keeps its other words)
            namesakes = {p.start: p for p in phrases if p.mentions and p.mentions[0].kind == "person"
                         and p.mentions[0].char_start == tokens[p.start].start
                         and p.mentions[0].char_end == tokens[p.start].end
                         and all(m.kind != "person" for m in p.mentions[1:])}
            extra = []
            for tok in tokens:
                word = tok.text.removesuffix("'s").removesuffix("’s")
                if (tok.i in taken and tok.i not in namesakes) or not word[:1].isupper() or len(word) < 3:
                    continue
                intro = known.get(word) or (known.get(word[:-1]) if self.lang == "de" and word.endswith("s") else None)
                if intro is None or (tok.i in namesakes and {m.key for m in namesakes[tok.i].mentions} & {m.key for m in intro.mentions}):
                    continue
                mentions = tuple(replace(m, text=tok.text, char_start=tok.start, char_end=tok.end)
                                 for m in intro.mentions)
                if tok.i in namesakes:
                    old = namesakes[tok.i]
                    phrases = [p for p in phrases if p is not old]
                    if old.end > tok.i + 1:
                        extra.append(replace(old, mentions=mentions + old.mentions[1:]))
                        continue
                before = tokens[tok.i - 1].lower if tok.i > 0 else None
                prep = before if before in PREPOSITIONS.get(self.lang, ()) else None
                extra.append(ActorPhrase(tok.i, tok.i + 1, mentions, tok.start, tok.end, tok.text, prep, None,
                                         self.lang == "de" and word.endswith("s") and word not in known))
            for p in phrases:
                # a full name: a person mention of two words or more, the last one capitalised
                countries = {m.country for m in p.mentions}
                for m in p.mentions:
                    words = m.text.split()
                    # "Abdel Fattah al-Burhan ... Burhan": the family name without its Arabic article too
                    prefix, dash, bare = words[-1].partition("-") if len(words) >= 2 else ("", "", "")
                    bare = bare if dash and prefix.lower() in _ARABIC_ARTICLES else ""
                    if m.kind == "person" and len(words) >= 2 and (words[-1][:1].isupper() or bare[:1].isupper()) \
                            and len(words[-1]) >= 3:
                        known[words[-1].removesuffix("'s").removesuffix("’s")] = p
                        if len(bare) >= 3:
                            known.setdefault(bare.removesuffix("'s").removesuffix("’s"), p)
                        if countries & _FAMILY_NAME_FIRST or (any("-" in w for w in words[1:]) and not bare):
                            # "President Lai Ching-te ... Lai said", "Xi Jinping ... Xi": the family name first
                            known.setdefault(words[0], p)
                # an abbreviation given in brackets after a name the phrase begins: "der oppositionellen
                # Bangladesh Nationalist Party (BNP)", "the Movement for Democratic Change (MDC)"
                j = p.end
                while j < len(tokens) and j - p.end < 5 and tokens[j].text[:1].isupper() and tokens[j].text.isalpha():
                    j += 1
                if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")" \
                        and tokens[j + 1].text.isupper() and 2 <= len(tokens[j + 1].text) <= 6 \
                        and tokens[j + 1].i not in taken:
                    known.setdefault(tokens[j + 1].text, p)
            if extra:
                phrases = sorted(phrases + extra, key=lambda p: p.start)
                needs = bool(self.lang == "en" and self._may_trigger(tokens, phrases))
            out.append((tokens, phrases, needs))
        return out

    def analyse(self, article: Article, sent: Sentence, memory: Discourse | None = None, *,
                _prepared: tuple[list[Token], list[ActorPhrase], Any] | None = None) -> SentenceAnalysis:
        memory = memory if memory is not None else Discourse()
        if _prepared is None:
            sent = _without_dateline(sent)
            tokens, phrases, needs = self._prepare(article, sent)
            parse = english_parser()(sent.text) if needs else None
        else:
            tokens, phrases, parse = _prepared
        if parse is not None:
            # English: take spaCy's lemmas and POS (actor phrases depend on the words, not on lemmas,
            # so they stay valid)
            tokens = _with_parse(tokens, parse, sent.char_start)
        pairs: dict[int, tuple[Actor, ...]] = {}
        actors = self._resolve_all(phrases, memory, sent.text, sent.char_start, pairs, parse)
        analysis = SentenceAnalysis(sent, phrases, actors, pairs=pairs, placed=self._placed(phrases, sent))
        in_phrase = frozenset(i for p in phrases for i in range(p.start, p.end))
        clauses = _clauses_de(tokens, in_phrase) if self.lang != "en" else [_Clause(0, len(tokens), "main")]
        candidates = self._candidates(tokens, analysis, clauses, parse)
        judged = any((t.lower in self._judging or t.lemma in self._judging) for t in tokens)
        if not candidates and not judged:
            return analysis
        if self.lang != "en":
            split = _split_conjuncts(clauses, [tok for tok, rule in candidates if rule.pos == "V"], tokens)
            if len(split) > len(clauses):
                # the words a rule needs must be in its own verb's clause ("bot Gespräche an und kündigte eine
                # Begnadigung an" is no announced talks)
                clauses = split
                candidates = self._candidates(tokens, analysis, clauses, parse)
        if not any(a is not None for a in actors):
            for tok, rule in candidates:
                analysis.decisions.append(Decision(tok.text, rule.id, "no actor in the sentence"))
            return analysis
        seen: dict[tuple[Any, ...], Event] = {}
        for tok, rule in candidates:
            event = self._build(article, sent, tokens, tok, rule, analysis, clauses, parse)
            if event is None:
                continue
            key = (event.event_type, tuple(a.cameo_actor for a in event.source),
                   tuple(a.cameo_actor for a in event.target), event.cameo if self.lang != "en" else "")
            if key in seen and seen[key].confidence >= event.confidence:
                analysis.decisions.append(Decision(tok.text, rule.id, "duplicate of an event already coded"))
                continue
            seen[key] = event
        relative = {e.event_id: self._in_relative_clause(e, tokens, clauses, parse) for e in seen.values()}
        if parse is not None:
            # "arrested four smugglers and seized two boats": verbs joined by "and" with acts of different
            # kinds (CAMEO codes) are two events; a participle adjunct ("shelled Kharkiv, killing three") stays one
            for e in seen.values():
                node = _at(parse, e.evidence.trigger.char_start - sent.char_start)
                if node is not None and node.dep_ == "conj" and node.pos_ == "VERB" and node.head.pos_ == "VERB":
                    other = next((o for o in seen.values() if o is not e and o.event_type == e.event_type
                                  and o.evidence.trigger.char_start - sent.char_start == node.head.idx), None)
                    if other is not None and other.cameo != e.cameo:
                        relative[e.event_id] = relative.get(e.event_id) or "verb"
                        relative[other.event_id] = relative.get(other.event_id) or "conj"
        separate: set[frozenset[str]] = set()
        if self.lang != "en":
            # "durchsuchten die Gebäude, beschlagnahmten Akten und nahmen zwei Mitarbeiter fest": German verbs
            # sharing a subject (split at "und" or a comma) with material acts of different kinds are events
            # each; not an attack told in several verbs ("überfiel ein Dorf und setzte Häuser in Brand"), nor one
            # statement ("warnte Manila vor Provokationen und drohte mit Gegenmaßnahmen")
            where = {e.event_id: next((k for k, c in enumerate(clauses) if c.start <= _token_at(tokens, e).i < c.end), -1)
                     for e in seen.values()}
            for e in seen.values():
                k = where[e.event_id]
                if k <= 0 or not (clauses[k].joined or _verb_first(clauses[k], tokens)):
                    continue
                if e.event_type in _MATERIAL_TYPES:
                    separate |= {frozenset((e.event_id, o.event_id)) for o in seen.values() if o is not e
                                 and o.event_type == e.event_type and o.cameo != e.cameo and 0 <= where[o.event_id] < k}
                elif e.event_type == "ACCUSE":
                    # "verurteilte das Vorgehen ... und bestellte den Geschäftsträger ein": a condemnation and a
                    # summons (CAMEO 11 and 114, acts of other kinds) are two events
                    separate |= {frozenset((e.event_id, o.event_id)) for o in seen.values() if o is not e
                                 and o.event_type == e.event_type and (o.cameo or "")[:3] != (e.cameo or "")[:3]
                                 and "114" in ((o.cameo or "")[:3], (e.cameo or "")[:3]) and 0 <= where[o.event_id] < k}
        kept = self._merge_same_type(self._subsume(list(seen.values()), tokens, clauses, parse), relative, separate)
        kept = [d for e in kept for d in self._reciprocal(article, sent, e, tokens)]
        kept += self._imprisonments(article, sent, kept, tokens)
        kept = self._official_protests(article, sent, kept)
        kept = _refusal_targets(_protest_and_concession(kept))
        if judged:
            kept += self._evaluations(article, sent, kept, tokens, clauses, analysis, parse)
        if parse is not None:
            kept += self._ultimatums(article, kept, analysis, parse)
            kept += self._followed_suit(article, kept, analysis, parse)
        ids = {e.event_id for e in kept}
        for e in seen.values():
            if e.event_id not in ids:
                analysis.decisions.append(Decision(e.evidence.trigger.text, e.evidence.rule,
                                                   "part of another event of the sentence (subsumed)"))
        analysis.events = kept
        return analysis

    def _reciprocal(self, article: Article, sent: Sentence, event: Event, tokens: list[Token]) -> list[Event]:
        """"Armenia and Azerbaijan accused each other", "beide Seiten warfen sich gegenseitig vor": two parties
        acting on each other are two events, each party the source of one and the target of the other (cue
        kind `reciprocal`)."""
        if len(event.source) != 2 or event.target or event.event_type in _JOINT_TYPES:
            return [event]
        words = [t.lower for t in tokens]
        phrases = self.lexicon.multiword_cues.get("reciprocal", ())
        if not set(words) & self._cues["reciprocal"] and not any(
                tuple(words[k:k + len(m)]) == m and (m != ("the", "other") or "each" in words)
                for m in phrases for k in range(len(words) - len(m) + 1)):
            return [event]
        a, b = event.source
        return [replace(event, source=(src,), target=(tgt,),
                        event_id=event_id(article.article_id, sent.char_start, sent.char_end, event.event_type,
                                          (src,), (tgt,), event.evidence.trigger.char_start))
                for src, tgt in ((a, b), (b, a))]

    def _imprisonments(self, article: Article, sent: Sentence, events: list[Event], tokens: list[Token]) -> list[Event]:
        """"sentenced Dodik to a year in prison", "zu zwölf Jahren Haft verurteilt": PLOVER codes a court sentence
        that includes imprisonment as the conviction (SANCTION convict) and as an arrest (COERCE arrest, CAMEO
        173), with the same actors (cue kinds `imprisonment`, and `not_imprisonment` for suspended sentences and
        fines)."""
        # (not an age: "ein 41 Jahre alter Mann", "a 41-year-old man")
        ages = {"old", "alt", "alte", "alter", "alten", "altes"}
        if not any(e.event_type == "SANCTION" and e.mode == "convict" for e in events):
            return []
        words = {w for k, t in enumerate(tokens) for w in (t.lower, t.lemma)
                 if not any(u.lower in ages for u in tokens[k + 1:k + 4])}
        if not words & self._cues["imprisonment"] or words & self._cues["not_imprisonment"]:
            return []
        have = {(e.event_type, e.evidence.trigger.char_start) for e in events}
        return [self._retyped(e, article, sent, "COERCE", "arrest", "173", "+imprisonment") for e in events
                if e.event_type == "SANCTION" and e.mode == "convict" and ("COERCE", e.evidence.trigger.char_start) not in have]

    def _retyped(self, e: Event, article: Article, sent: Sentence, event_type: str, mode: str | None, cameo: str,
                 suffix: str) -> Event:
        """The event as another act of the same sentence: id, quad class and Goldstein score follow the new CAMEO
        code, context is dropped, and the rule id gets `suffix` ("+imprisonment", "+official")."""
        code = self.lexicon.codebook.cameo.get(cameo)
        return replace(e, event_id=event_id(article.article_id, sent.char_start, sent.char_end, event_type, e.source,
                                            e.target, e.evidence.trigger.char_start),
                       event_type=event_type, mode=mode, cameo=cameo, context=(),
                       quad_class=code.quad_class if code else self.lexicon.codebook.types[event_type][0],
                       goldstein=code.goldstein if code else None,
                       evidence=replace(e.evidence, rule=e.evidence.rule + suffix))

    def _official_protests(self, article: Article, sent: Sentence, events: list[Event]) -> list[Event]:
        """"Manila protestierte mit einer diplomatischen Note", "China protested against the visit": a government's
        protest is an official complaint (ACCUSE 114), not a demonstration (the protest verbs are cue kind
        `protest_verb`; the rule id is the protest's with "+official")."""
        verbs = self._cues["protest_verb"]

        def official(e: Event) -> bool:
            rule = self._rules_by_id.get(e.evidence.rule)
            return e.event_type == "PROTEST" and rule is not None and rule.lemma in verbs and bool(e.source) \
                and all(a.sector == "GOV" for a in e.source)

        return [self._retyped(e, article, sent, "ACCUSE", "allege", "114", "+official") if official(e) else e
                for e in events]

    def _judgement(self, tokens: list[Token], tok: Token, parse: Any, offset: int) -> str | None:
        """The act a word of judgment is, ACCUSE for disapproval and SUPPORT for praise, or None. A noun of the cue
        kinds `disapproval` and `approval` counts where it stands ("eine Provokation", "a violation of our
        sovereignty"); an adjective of them when it is said of something ("sei inakzeptabel", "was totally
        unacceptable") or stands before a `judged_noun` ("ein unfreundlicher Akt"; in German also before a noun
        of a trigger rule, "mit ihren rücksichtslosen Angriffen"); an adjective of
        `mild_disapproval` and `mild_approval` only before a `judged_noun` ("ein wichtiger Schritt", "a dangerous
        move"); an English adverb of them when it qualifies an act, not how someone moved ("had illegally
        intruded", not "entered the country illegally": cue kind `movement_verb`). Not after a negation ("keine
        Provokation"), nor inside a hyphened word ("counter-terrorism")."""
        forms = {tok.lower, tok.lemma}
        cue = self._cues
        strong = "ACCUSE" if forms & cue["disapproval"] else "SUPPORT" if forms & cue["approval"] else None
        mild = "ACCUSE" if forms & cue["mild_disapproval"] else "SUPPORT" if forms & cue["mild_approval"] else None
        if (strong or mild) is None or any(t.lower in self._negation or t.lemma in self._negation
                                           for t in tokens[max(0, tok.i - 3):tok.i]):
            return None
        if tok.i > 0 and tokens[tok.i - 1].end == tok.start and tokens[tok.i - 1].text == "-":
            return None  # "counter-terrorism"
        judged = cue["judged_noun"]

        def act(lemma: str) -> bool:  # German: an act the lexicon knows ("rücksichtslose Angriffe")
            return lemma in judged or any(r.pos == "N" for r in self.lexicon.triggers.get(lemma, ()))

        if parse is not None:
            node = _at(parse, tok.start - offset)
            if node is None or any(c.dep_ == "neg" for c in node.head.children):
                return None
            if node.dep_ == "amod":
                return (strong or mild) if node.head.lemma_ in judged else None
            if node.pos_ in ("NOUN", "PROPN"):
                # what something is called ("was a serious violation"), not a thing acted on ("stop making
                # provocations", "from foreign interference")
                return strong if node.dep_ in ("attr", "ROOT", "appos", "conj", "oprd") else None
            if node.dep_ == "advmod" and node.head.lemma_ in cue["movement_verb"]:
                return None  # "who entered the country illegally": how people crossed, no one's wrongdoing
            return strong if node.dep_ != "compound" else None
        if tok.text[:1].isupper() and tok.i > 0:
            # a noun; not one that may come ("jede weitere Provokation")
            return None if any(t.lemma in ("jede", "jeder", "jedes", "weitere", "weiter")
                               for t in tokens[max(0, tok.i - 2):tok.i]) else strong
        if tok.lower == tok.lemma:
            return strong  # an adjective said of something ("sei inakzeptabel", "nannte das Urteil willkürlich")
        # an inflected adjective before its noun: "ein unfreundlicher Akt", "ein wichtiger humanitärer Schritt"
        for nxt in tokens[tok.i + 1:tok.i + 4]:
            if nxt.text[:1].isupper():
                if nxt.lemma in judged or self._word_head(nxt.lemma, judged):
                    return strong or mild
                return strong if act(nxt.lemma) or act(self._compound_head(nxt.lemma) or "") else None
            if nxt.lower not in ("und", "and", ",") and nxt.lower == nxt.lemma:
                return None
        return None

    def _evaluations(self, article: Article, sent: Sentence, events: list[Event], tokens: list[Token],
                     clauses: list[_Clause], analysis: SentenceAnalysis, parse: Any) -> list[Event]:
        """"„Das ist eine inakzeptable Provokation“, sagte Kallas", "said the intrusion was a serious violation of
        our sovereignty": a speaker's judgment, in the words a verb of saying reports, of an act or a party is a
        disapproval (ACCUSE 111) or praise (SUPPORT 051) by the speaker (`_judgement`), aimed at the first other
        actor of those words. Not when the sentence already codes a statement (ACCUSE, SUPPORT, REJECT) or an
        act of the speaker's; one per sentence."""
        if any(e.event_type in ("ACCUSE", "SUPPORT", "REJECT") for e in events):
            return []
        for tok in tokens:
            act = self._judgement(tokens, tok, parse, sent.char_start)
            if act is None or (speech := self._speech(tokens, tok, clauses, analysis, parse, sent)) is None:
                continue
            speaker, words = speech
            if any(speaker in e.source for e in events):
                return []
            inside = [(p, a) for p, a in zip(analysis.phrases, analysis.actors, strict=True)
                      if a is not None and any(lo <= p.char_start < hi for lo, hi in words)]
            if act == "SUPPORT" and any(p.char_start < tok.start and a.country == speaker.country for p, a in inside):
                continue  # "Paris wolle ein verlässlicher Partner bleiben": one's own side is not praised
            tgt = next(([a] for p, a in inside if p.prep not in _PLACE_PREPS and p.prep not in ("aus", "from")
                        and (a.country, a.sector) != (speaker.country, speaker.sector)), [])
            if not tgt:
                # "sagte ... über das Vorgehen Budapests", "said of the move": what the speaker spoke about
                tgt = next(([a] for p, a in zip(analysis.phrases, analysis.actors, strict=True)
                            if a is not None and a != speaker and not any(lo <= p.char_start < hi for lo, hi in words)
                            and (p.prep in ("über", "of", "about") or (p.genitive and any(
                                t.lower == "über" for t in tokens[max(0, p.start - 3):p.start])))), [])
            kind = "accuse" if act == "ACCUSE" else "support"
            analysis.decisions.append(Decision(tok.text, f"{self.lang}.{kind}.judgement", "event"))
            no_flags = {"negated": False, "hypothetical": False, "future": False}
            return [self._event(article, sent, tok, (act, "disapprove" if act == "ACCUSE" else None,
                                                     "111" if act == "ACCUSE" else "051"),
                                [speaker], tgt, f"{self.lang}.{kind}.judgement", 0.5 + (0.1 if tgt else 0.0),
                                no_flags, speaker)]
        return []

    def _in_relative_clause(self, e: Event, tokens: list[Token], clauses: list[_Clause], parse: Any) -> str:
        """"verb" for a verb event in a relative clause ("der sich am Montag im Irak aufhielt"), "noun"
        for a noun there ("Sanktionspaket, das ein Importverbot vorsieht"), "" outside one."""
        tok = next((t for t in tokens if t.start == e.evidence.trigger.char_start), None)
        if tok is None:
            return ""
        if parse is not None:
            node, inside = _at(parse, e.evidence.trigger.char_start - e.evidence.char_start), False
            while node is not None and node.dep_ != "ROOT" and not inside:
                inside = node.dep_ == "relcl"
                node = node.head
        else:
            inside = any(c.kind == "rel" and c.start <= tok.i < c.end for c in clauses)
        noun = tok.pos in ("NOUN", "PROPN") if tok.pos else self.lang == "de" and tok.text[:1].isupper()
        return ("noun" if noun else "verb") if inside else ""

    @staticmethod
    def _merge_same_type(events: list[Event], relative: dict[str, str] | None = None,
                         separate: set[frozenset[str]] | None = None) -> list[Event]:
        """One event per type and source in a sentence: "shelled Kharkiv, killing three civilians", "met in
        Jakarta to discuss the crisis" are one act told twice. Events of one type merge when their sources
        agree or one has none; the more confident one stays, with the targets of both. A verb event in a
        relative clause merges only with events of a relative clause ("Lawrow, der sich am Montag im Irak
        aufhielt, wurde ... begrüßt" are two visits; "militants who killed 11 soldiers in an ambush" one)."""
        relative = relative or {}
        separate = separate or set()

        def apart(a: Event, b: Event) -> bool:
            if frozenset((a.event_id, b.event_id)) in separate:
                return True
            kinds = (relative.get(a.event_id, ""), relative.get(b.event_id, ""))
            return ("verb" in kinds and "" in kinds) or ("verb" in kinds and "conj" in kinds)

        out: list[Event] = []
        for e in sorted(events, key=lambda e: -e.confidence):
            codes = {a.cameo_actor for a in e.source}
            host = next(
                (k for k, o in enumerate(out) if not apart(e, o)
                 and o.event_type == e.event_type and o.negated == e.negated
                 and (not codes or not o.source or codes == {a.cameo_actor for a in o.source})), None)
            if host is None:
                out.append(e)
                continue
            o = out[host]
            have = {a.cameo_actor for a in o.source} | {a.cameo_actor for a in o.target}
            # (nor a bare demonym of a country already targeted: "Sanktionspaket gegen Russland ..., ein
            # Importverbot für russische Diamanten" targets Russia once)
            countries = {a.country for a in o.target}
            out[host] = replace(o, source=o.source or e.source, target=o.target + tuple(
                a for a in e.target if a.cameo_actor not in have
                and not (a.sector is None and a.cameo_actor == a.country and a.country in countries)))
        return sorted(out, key=lambda e: e.evidence.trigger.char_start)

    def _subsume(self, events: list[Event], tokens: list[Token], clauses: list[_Clause], parse: Any = None) -> list[Event]:
        """Keep the events a sentence asserts: a noun trigger inside a verb event's clause ("stimmte der
        Forderung zu", "arrived for talks") and the zu-infinitive content of a request, refusal or threat
        ("forderte X auf, Y freizulassen") describe that event; they are not events of their own. A noun
        event of the same type lends the verb event the actors it lacks."""
        by_start = {t.start: t for t in tokens}

        def clause_of(e: Event) -> _Clause | None:
            tok = by_start.get(e.evidence.trigger.char_start)
            return next((c for c in clauses if tok is not None and c.start <= tok.i < c.end), None)

        def is_noun(e: Event) -> bool:
            tok = by_start.get(e.evidence.trigger.char_start)
            if tok is None:
                return False
            rule = self._rules_by_id.get(e.evidence.rule)
            if rule is not None and any(group & self._cues["light_verb"] for group in rule.with_groups):
                return False  # "nahm sieben von ihnen in Gewahrsam": a noun with its light verb is a verb phrase
            if tok.pos:
                return tok.pos in ("NOUN", "PROPN")
            return self.lang == "de" and tok.text[:1].isupper() and tok.i > 0

        verbs = [e for e in events if not is_noun(e)]
        merged: dict[str, Event] = {}
        keep_ids = []

        def circumstance(e: Event) -> bool:
            """"bei seinem Besuch in Kiew", "unter Vermittlung der Emirate", "during talks in Nairobi": an
            event named as the occasion of another happened too (but the charge an arrest is made under, "unter
            Spionagevorwurf festgenommen", is part of the arrest)."""
            tok = by_start.get(e.evidence.trigger.char_start)
            if tok is None or e.event_type == "ACCUSE":
                return False
            for prev in reversed(tokens[max(0, tok.i - 4):tok.i]):
                if prev.lower in self._cues["circumstance_prep"]:
                    return True
                if prev.is_punct or prev.lower in _CLAUSE_WORDS:
                    return False
            return False

        def interrupted(later: _Clause, inserted: _Clause) -> bool:
            """The verb's clause resumes a main clause the zu-infinitive interrupts: "hat das Angebot Algeriens,
            zwischen ... zu vermitteln, abgelehnt"."""
            return later.kind == "main" and later.start > inserted.start and any(
                k.kind == "main" and k.end <= inserted.start for k in clauses) and tokens[later.start].lower not in _COORDINATORS_DE

        # "würden „mit aller Härte“ gegen Randalierer vorgehen": an act announced with a noun of threat is the threat
        # (a threat of repression, CAMEO 137; not a warning of an attack: "Warnungen vor einer Offensive")
        threatened = {v.event_id for e in events if is_noun(e) and e.cameo == "137" and not circumstance(e)
                      for v in verbs if v is not e and clause_of(v) is clause_of(e) and clause_of(e) is not None
                      and v.event_type in ("COERCE", "ASSAULT") and (v.hypothetical or v.future)}
        for e in events:
            c = clause_of(e)
            if e.event_id in threatened:
                continue
            if is_noun(e) and circumstance(e) and e.negated:
                merged[e.event_id] = replace(e, negated=False)  # "bei den Verhandlungen ... nicht einigen": the talks took place
            if is_noun(e) and not circumstance(e):
                host = next((v for v in verbs if clause_of(v) is c and v is not e and v.event_id not in threatened), None)
                own_actor = bool(e.source) and host is not None and {a.cameo_actor for a in e.source} != {
                    a.cameo_actor for a in host.source}
                if host is not None and own_actor and e.quad_class in (2, 4) and (
                        host.event_type in _EVALUATIVE or (parse is not None and e.event_type != host.event_type)):
                    host = None  # "verurteilte die Ausweisung ... aus Mali": the condemned act happened too
                if host is not None and parse is not None and not _governs(parse, host, e):
                    host = None  # "Hamas, whose attack ... triggered the war, said it was committed": not its clause
                if host is not None:
                    if host.event_type == e.event_type:
                        base = merged.get(host.event_id, host)
                        merged[host.event_id] = replace(base, source=base.source or e.source,
                                                        target=base.target or _others(base.source or e.source,
                                                                                      e.target, e.event_type))
                    continue
            if c is not None and c.kind == "inf" and any(
                    (cv := clause_of(v)) is not None and cv is not c and (cv.start < c.start or interrupted(cv, c))
                    for v in verbs if v is not e):
                host = next((v for v in verbs if v is not e and (cv := clause_of(v)) is not None and cv is not c
                             and cv.start < c.start), None)
                rule = self._rules_by_id.get(host.evidence.rule) if host is not None else None
                if host is not None and rule is not None and host.event_type == "AGREE" and e.event_type == "CONCEDE" \
                        and host.source and rule.lemma in self._cues["agreeing"]:
                    # "Die Regierung hat zugestimmt, die Ausgangssperre aufzuheben"
                    merged[host.event_id] = _agreed_concession(host, e)
                elif host is not None and host.event_type == "AGREE" and host.cameo == "030" \
                        and e.event_type == "CONSULT" and (e.cameo or "").startswith("045"):
                    # "hat angeboten, zwischen den Clans zu vermitteln": an offer to mediate (CAMEO 039)
                    base, code = merged.get(host.event_id, host), self.lexicon.codebook.cameo.get("039")
                    merged[host.event_id] = replace(base, cameo="039", target=base.target or e.target,
                                                    quad_class=code.quad_class if code else base.quad_class,
                                                    goldstein=code.goldstein if code else base.goldstein,
                                                    evidence=replace(base.evidence, rule=base.evidence.rule + "+mediate"))
                continue
            if parse is None and c is not None and c.kind == "sub" and c.first in ("dass", "damit") and any(
                    v.event_type in _SPEECH_ABOUT_ACTS and (cv := clause_of(v)) is not None and cv.start < c.start
                    for v in verbs if v is not e):
                continue  # "forderte, dass Israel seine Angriffe einstelle": what is demanded is the demand's content
            if parse is None and c is not None and tokens[c.start].lower in self._cues["condition"] and any(
                    v.event_type == "THREATEN" and clause_of(v) is not c for v in events):
                continue  # "drohte mit Strafzöllen, sollten beide Länder nicht gegen ... vorgehen": the threat's condition
            if parse is not None and (said := _complement_of_speech(e, events, parse, tokens[0].start - parse[0].idx,
                                                                    self._cues["circumstance_mark"])):
                base = merged.get(said.event_id, said)
                if said.event_type == e.event_type:  # "filed a case ..., accusing Israel of genocide": one accusation
                    merged[said.event_id] = replace(base, target=base.target or _others(base.source, e.target, e.event_type))
                elif said.event_type == "AGREE" and e.event_type == "CONCEDE" and base.source \
                        and (rule := self._rules_by_id.get(said.evidence.rule)) is not None \
                        and rule.lemma in self._cues["agreeing"] and _direct_complement(
                            parse, said, e, self._cues["circumstance_mark"] | self._cues["until"]):
                    # "the government agreed to lift the curfew"
                    merged[said.event_id] = _agreed_concession(base, e)
                elif not base.target and said.event_type in _SPEECH_ABOUT_ACTS and _direct_complement(
                        parse, said, e, self._cues["circumstance_mark"] | self._cues["until"]):
                    # "offered on Tuesday to release hundreds of detained supporters": whom the content acts on (or,
                    # when someone else is to act, who that is) is the offer's, threat's or demand's target
                    own = {a.cameo_actor for a in base.source}
                    other = [a for a in e.source if a.cameo_actor not in own]
                    merged[said.event_id] = replace(base, target=_others(base.source, tuple(other) or e.target,
                                                                         said.event_type))
                continue
            if parse is not None and (act := _purpose_of_event(e, events, parse, tokens[0].start - parse[0].idx)):
                # "began a hunger strike to protest against X", "blocked roads, demanding that the government ...":
                # X is the target
                if act.event_type == e.event_type or (act.event_type, e.event_type) == ("PROTEST", "REQUEST"):
                    base = merged.get(act.event_id, act)
                    merged[act.event_id] = replace(base, target=base.target or _others(base.source, e.target, e.event_type))
                continue
            keep_ids.append(e.event_id)
        return [merged.get(e.event_id, e) for e in events if e.event_id in keep_ids]

    # -- actors in context --------------------------------------------------------------

    def _with_pronouns(self, tokens: list[Token], phrases: list[ActorPhrase], text: str) -> list[ActorPhrase]:
        """Personal pronouns become phrases of their own, resolved to an antecedent later ("it" only where
        it can refer: not in "it was unclear", "it is expected")."""
        pronouns = self._cues["pronoun_m"] | self._cues["pronoun_f"] | self._cues["pronoun_pl"] \
            | self._cues["pronoun_n"]
        both, pair_nouns = self._cues["both"], self._cues["both_noun"]
        def pair_word(k: int) -> bool:  # "beide", "both", "two" only after "the"
            return tokens[k].lower in both and (tokens[k].lower != "two" or k > 0 and tokens[k - 1].lower == "the")

        # "the two leaders": a role word after "both"/"the two" stands for the pair, not for a role of its own
        phrases = [p for p in phrases if not (p.end == p.start + 1 and p.start > 0 and tokens[p.start].lower in pair_nouns
                                              and pair_word(p.start - 1))]
        taken = {i for p in phrases for i in range(p.start, p.end)}
        extra = []
        possessives, lands = self._cues["possessive"], self._cues["country_noun"]
        for tok, nxt in zip(tokens, tokens[1:], strict=False):
            # "beide Seiten", "die beiden Länder", "the two leaders": the two parties named before
            after = tokens[nxt.i + 1].lower if nxt.i + 1 < len(tokens) else ""
            if pair_word(tok.i) and nxt.lower in pair_nouns and tok.i not in taken and nxt.i not in taken \
                    and after not in ("of", "der", "des"):  # "both sides of the border" is a place
                mention = Mention(kind="pronoun", text=f"{tok.text} {nxt.text}", char_start=tok.start,
                                  char_end=nxt.end, key="both")
                # "Truppen beider Staaten", "die Delegationen der beiden Länder", "troops of both countries": a
                # role the pair owns is the pair's, of the role's sector
                k = tok.i - 1 if tok.i > 0 and tokens[tok.i - 1].lower == "the" else tok.i
                owner_at = k - 1 if k > 0 and tokens[k - 1].lower in ("der", "of", "from") else tok.i
                role = next((p for p in phrases if p.end == owner_at and p.end - p.start == 1
                             and [m.kind for m in p.mentions] == ["role"] and not p.mentions[0].country
                             and (owner_at < tok.i or tok.lower == "beider")), None)
                if role is not None:
                    phrases = [p for p in phrases if p is not role]
                    extra.append(ActorPhrase(role.start, tok.i + 2, (role.mentions[0], mention), role.char_start, nxt.end,
                                             text[role.char_start:nxt.end], role.prep, role.case_word, False))
                    taken |= {tok.i, nxt.i}
                    continue
                prep = tokens[tok.i - 1].lower if tok.i > 0 and tokens[tok.i - 1].lower in PREPOSITIONS.get(self.lang, ()) else None
                extra.append(ActorPhrase(tok.i, tok.i + 2, (mention,), tok.start, nxt.end, mention.text, prep, None, False))
                taken |= {tok.i, nxt.i}
                continue
            # "accusing its neighbour of", "warf dem Nachbarland vor": the other country of the story's pair (not
            # where something is: "Gruppen im Nachbarland")
            if (tok.lower in possessives or tok.lower in self._cues["definite"]) and nxt.lower in self._cues["neighbour_noun"] \
                    and tok.i not in taken and nxt.i not in taken \
                    and not (tok.i > 0 and tokens[tok.i - 1].lower in _LOCATIVE_PREPS | {"into", "ins", "aus", "from"}) and tok.lower != "im" \
                    and not any(p.start == nxt.i + 1 for p in phrases):  # ("dem Nachbarland Benin" names it)
                mention = Mention(kind="pronoun", text=f"{tok.text} {nxt.text}", char_start=tok.start,
                                  char_end=nxt.end, key="neighbour")
                prep = tokens[tok.i - 1].lower if tok.i > 0 and tokens[tok.i - 1].lower in PREPOSITIONS.get(self.lang, ()) else None
                extra.append(ActorPhrase(tok.i, tok.i + 2, (mention,), tok.start, nxt.end, mention.text, prep, None, False))
                taken |= {tok.i, nxt.i}
                continue
            # "ein Angriff auf sein Land", "an attack on its territory": the country of whoever "sein" is
            if tok.lower in possessives and nxt.lower in lands and tok.i not in taken and nxt.i not in taken:
                mention = Mention(kind="pronoun", text=f"{tok.text} {nxt.text}", char_start=tok.start,
                                  char_end=nxt.end, key="own_country")
                prep = tokens[tok.i - 1].lower if tok.i > 0 and tokens[tok.i - 1].lower in PREPOSITIONS.get(self.lang, ()) else None
                extra.append(ActorPhrase(tok.i, tok.i + 2, (mention,), tok.start, nxt.end, mention.text, prep, None, False))
                taken |= {tok.i, nxt.i}
        anaphors, definite = self._cues["anaphor_noun"], self._cues["definite"]
        for tok, ahead in zip(tokens, [*tokens[1:], None], strict=True):
            # "die Organisation warnte", "the alliance said": the organisation or group the article named last
            # (not "the group's", "die Gruppe der Sieben", "the Group of Seven", "die Gruppe Wagner")
            # ("accused the bloc of serving foreign interests": "of" before a gerund is the accusation's)
            gerund = ahead is not None and ahead.lower == "of" and ahead.i + 1 < len(tokens) and tokens[ahead.i + 1].lower.endswith("ing")
            # (German: not a genitive after a noun, "Kämpfer der Organisation", whose phrase the noun heads)
            genitive = self.lang == "de" and tok.i > 1 and tokens[tok.i - 1].lower in ("der", "des") \
                and tokens[tok.i - 2].text[:1].isupper()
            # (past one adjective: "accusing the regional bloc of", "die regionale Organisation")
            article = tok.i - 1 if tok.i > 0 and tokens[tok.i - 1].lower in definite else tok.i - 2 if (
                tok.i > 1 and tokens[tok.i - 2].lower in definite and tokens[tok.i - 1].text.isalpha()
                and tokens[tok.i - 1].text.islower() and tokens[tok.i - 1].lower not in PREPOSITIONS.get(self.lang, ())) else -1
            if tok.lower in anaphors and article >= 0 and tok.i not in taken \
                    and not genitive and (self.lang == "de" or tok.text.islower()) and (gerund or not (ahead is not None and (
                        ahead.lower in ("of", "der", "des", "von", "'s", "’s") or ahead.text[:1].isupper()))):
                mention = Mention(kind="pronoun", text=tok.text, char_start=tok.start, char_end=tok.end, key="body")
                prep = tokens[article - 1].lower if article > 0 and tokens[article - 1].lower in PREPOSITIONS.get(self.lang, ()) else None
                extra.append(ActorPhrase(tok.i, tok.i + 1, (mention,), tok.start, tok.end, tok.text, prep,
                                         tokens[article].lower, False))
                taken.add(tok.i)
        for tok in tokens:
            # (English splits "43-year-old" into five tokens)
            aged = 1 if _AGED.fullmatch(tok.lower) and "-J" in tok.text else 5 if tok.text.isdigit() and [
                t.lower for t in tokens[tok.i + 1:tok.i + 5]] == ["-", "year", "-", "old"] else 0
            if aged and tok.i not in taken and tok.i > 0 and tokens[tok.i - 1].lower in definite \
                    and not any(p.start == tok.i + aged for p in phrases):
                # "der 67-Jährige", "the 43-year-old": the person the article speaks of, as "er", "he" would be
                # (not an adjective before a role: "the 43-year-old lawyer")
                end = tokens[tok.i + aged - 1].end
                mention = Mention(kind="pronoun", text=text[tok.start:end], char_start=tok.start, char_end=end,
                                  key="er" if self.lang == "de" else "he")
                prep = tokens[tok.i - 2].lower if tok.i > 1 and tokens[tok.i - 2].lower in PREPOSITIONS.get(self.lang, ()) else None
                extra.append(ActorPhrase(tok.i, tok.i + aged, (mention,), tok.start, end, mention.text, prep,
                                         tokens[tok.i - 1].lower, False))
                taken |= set(range(tok.i, tok.i + aged))
                continue
            if tok.lower in pronouns and tok.i not in taken and tok.lower not in self._cues["not_subject_pronoun"] \
                    and not self._expletive(tokens, tok):
                mention = Mention(kind="pronoun", text=tok.text, char_start=tok.start, char_end=tok.end, key=tok.lower)
                prep = tokens[tok.i - 1].lower if tok.i > 0 and tokens[tok.i - 1].lower in PREPOSITIONS.get(self.lang, ()) else None
                extra.append(ActorPhrase(tok.i, tok.i + 1, (mention,), tok.start, tok.end, tok.text, prep, None, False))
        return sorted(phrases + extra, key=lambda p: p.start)

    def _expletive(self, tokens: list[Token], tok: Token) -> bool:
        """"It" names an actor only as a subject before a verb ("said it would", "which it called"), not in
        "it was unclear", "it is expected" or as an object ("accusing it of")."""
        if tok.lower not in self._cues["pronoun_n"]:
            return False
        # ("It also urged the authorities", "it later said": an adverb between does not change that)
        after = [t.lower for t in tokens[tok.i + 1:tok.i + 5] if t.lower not in self._cues["subject_adverb"]][:2]
        copulas = self._cues["copula"]
        if not after or not (after[0] in copulas or after[0] in self._cues["subject_next"] or after[0].endswith("ed")):
            return True
        # ("it was concerned", "it is committed": a stance of the subject, not "it is expected")
        return after[0] in copulas and len(after) > 1 and (after[1] in self._cues["expletive_next"] or (
            after[1].endswith("ed") and after[1] not in self._cues["stative_participle"]))

    def _brief_starts(self, article: Article, sentences: Sequence[Sentence]) -> dict[int, list[str]]:
        """A page of news in brief ("NEWS IN BRIEF", "Nachrichten kompakt"): each brief opens a paragraph with
        its own dateline ("HONIARA — Australia flew ..."), comes under a heading that names its countries
        ("Kuba", "Kosovo/Serbien") or has a headline led by them ("Ecuador: Indigene beginnen ..."). Returns, by the
        index of a brief's first sentence, the countries it is filed from or about."""
        starts: dict[int, list[str]] = {}
        text = article.text or ""

        def new_paragraph(k: int) -> bool:
            return 0 < k < len(sentences) and "\n" in text[sentences[k - 1].char_end:sentences[k].char_start]

        for k in range(1, len(sentences)):
            if not new_paragraph(k):
                continue
            sent = sentences[k].text
            if DATELINE_PREFIX.match(sent) and (home := self._dateline_country(sent)):
                starts[k] = [home]
            elif new_paragraph(k + 1) and (countries := self._heading_countries(sent)):
                starts[k + 1] = countries
            elif new_paragraph(k + 1) and ":" in sent[:40] and sent.rstrip()[-1:] not in ".!?:" \
                    and (countries := self._heading_countries(sent.split(":", 1)[0])):
                # "Ecuador: Indigene beginnen landesweiten Streik": a brief's own headline, led by its country
                starts[k] = countries
        return starts

    def _heading_countries(self, text: str) -> list[str]:
        """The countries a heading of a few words names and nothing else ("Kuba", "Kosovo/Serbien",
        "Sri Lanka"); none for any other line."""
        words = text.split()
        if not words or len(words) > 4 or text.rstrip()[-1:] in ".!?:\"“”»«":
            return []
        tokens = tokenize(text, 0, self.lang)
        phrases = find_phrases(tokens, self.gazetteer, None, text, 0)
        countries = [m.country for p in phrases for m in p.mentions if m.kind == "country" and m.country]
        covered = sum(len(p.text) for p in phrases)
        letters = sum(ch.isalpha() for ch in text)
        return list(dict.fromkeys(countries)) if countries and covered >= letters else []

    def _dateline_country(self, text: str) -> str | None:
        """The country of the place a wire dateline names ("PORT SUDAN (Reuters) -", "KYIV, Feb 5 (AFP) -")."""
        city, _ = find_dateline(text)
        if city is None:
            return None
        # a capital the country lexicon knows ("N'Dschamena", "Kyiv"), else the place the gazetteer finds
        for phrase in find_phrases(tokenize(city, 0, self.lang), self.gazetteer, None, city, 0):
            country = next((m.country for m in phrase.mentions if m.kind in ("capital", "country") and m.country), None)
            if country:
                return country
        tops = self.places.find_toponyms(city, self.lang) if self.places is not None else []
        return str(tops[0].candidates[0].country) if tops and tops[0].candidates and tops[0].candidates[0].country \
            else None

    def _reporting_owner(self, phrases: list[ActorPhrase], actors: list[Actor | None], phrase: ActorPhrase,
                         kinds: set[str], text: str, offset: int) -> str | None:
        """German: the country of the sentence's speaker, for an army, government or police named with a
        definite article in what the speaker says ("X kündigte an, die Armee werde ..."); None otherwise."""
        if self.lang != "de" or kinds != {"role"} or phrase.prep is not None or phrase.case_word not in _DEFINITE_DE \
                or not text or not {m.sector for m in phrase.mentions} & {"MIL", "GOV", "COP"}:
            return None
        for p, a in zip(phrases, actors, strict=False):
            if p.start >= phrase.start:
                break
            if p.prep is not None or a is None or not a.country or len(a.country) != 3 or a.country in INTERNATIONAL:
                continue
            # the sentence's subject: the speaker when a verb of saying and a comma stand between, and no other
            # actor does
            between = text[p.char_end - offset:phrase.char_start - offset]
            words = set(re.findall(r"\w+", between.lower()))
            alone = not any(p.start < q.start < phrase.start for q in phrases)
            return a.country if "," in between and words & (self._report | self._cues["announcing"]) and alone else None
        return None

    def _place_country(self, text: str, named: frozenset[str] = frozenset()) -> str | None:
        """The country of the first place named with "in"/"near" ("killed 40 civilians in Bahir Dar"). `named`:
        the countries the article named so far; a place name that is also a town of another country takes the
        candidate in one of them, and a place known only in a country the article never named is passed over
        when the article has named some ("Bassa" in Nigeria is not the German town with that old name)."""
        if self.places is None or not text:
            return None
        memo = self._place_memo  # asked again for each actor phrase of the sentence
        key = (text, named)
        if key not in memo:
            if len(memo) > 4096:
                memo.clear()
            memo[key] = self._first_place_country(text, named)
        return memo[key]

    def _toponyms(self, text: str, named: frozenset[str]) -> list[Any]:
        """The sentence's toponyms, ranked with the article's countries (asked again for each actor phrase)."""
        key = (text, named)
        if key not in self._toponym_memo:
            if len(self._toponym_memo) > 4096:
                self._toponym_memo.clear()
            self._toponym_memo[key] = list(self.places.find_toponyms(text, self.lang, context_countries=tuple(sorted(named))))
        return self._toponym_memo[key]

    def _place_owner(self, phrase: ActorPhrase, text: str, offset: int, named: frozenset[str]) -> str | None:
        """The country of a town or region a role belongs to: named right before it ("Borno State Governor",
        "Kharkiv's governor", "Sokoto police") or after it with "of"/"von" ("the governor of Kherson region",
        "der Bürgermeister von Charkiw"). A country's own name is a mention, not looked up here."""
        if self.places is None or not text:
            return None
        start, end = phrase.char_start - offset, phrase.char_end - offset
        for top in self._toponyms(text, named):
            place = top.candidates[0] if top.candidates else None
            if place is None or not place.country or place.precision == "country":
                continue
            if top.char_end <= start and self._owner_before.fullmatch(text[top.char_end:start]) \
                    and not self._inside_name(text, top.char_start) \
                    or top.char_start >= end and self._owner_after.fullmatch(text[end:top.char_start]):
                if self.places.known_elsewhere(top, named):
                    continue
                return str(place.country)
        return None

    @staticmethod
    def _inside_name(text: str, at: int) -> bool:
        """A place name at `at` ends a longer name the lexicon does not know: a capitalised word, not the
        sentence's first, stands right before it ("Wakit Tama spokesman" is no town of Tama's); not a word of
        direction ("North Kivu governor")."""
        words = text[:at].split()
        if not words or not text[:at].endswith(" "):
            return False
        word = words[-1]
        return word[:1].isupper() and word.isalpha() and word.lower() not in _PLACE_QUALIFIERS \
            and (len(words) > 1 or word.lower() not in _sentence_openers())

    def _first_place_country(self, text: str, named: frozenset[str]) -> str | None:
        for top in self._toponyms(text, named):
            # "in Bahir Dar", "in the northern city of Bahir Dar", "im Norden Nigerias"
            if top.candidates and top.candidates[0].country and locative_phrase(text[:top.char_start], _LOCATIVE_PREPS):
                if self.places.known_elsewhere(top, named):
                    continue  # "Bassa" (Nigeria) is also an old name of Passau
                return str(top.candidates[0].country)
        return None

    def _resolve_all(self, phrases: list[ActorPhrase], memory: Discourse, sentence_text: str = "",
                     offset: int = 0, pairs: dict[int, tuple[Actor, ...]] | None = None,
                     parse: Any = None) -> list[Actor | None]:
        counterpart = self._counterpart
        presumed: set[int] = set()  # phrases given the story's country for want of any other
        named = memory.named_set()  # (the article's countries change only once the sentence is resolved)
        actors: list[Actor | None] = []
        for phrase in phrases:
            kinds = {m.kind for m in phrase.mentions}
            if kinds <= {"pronoun", "role"} and phrase.mentions[-1].key == "both":
                # two parties named earlier in the sentence ("gas to Poland and Bulgaria after both countries"),
                # else the last two of the article ("The EU urged both countries": not the EU itself)
                earlier = [a for p, a in zip(phrases, actors, strict=False) if a is not None and _party(p, a)]
                states = phrase.text.split()[-1].lower() in self._cues["both_state_noun"]
                # (the last two named, when they are of one country: the sides of a civil conflict)
                last = memory.last_pair(states)
                found = Discourse(parties=earlier).last_pair(states) or (
                    last if len({a.country for a in last}) == 1 else memory.main_pair(states) or last)
                owner_role = phrase.mentions[0] if phrase.mentions[0].kind == "role" else None
                pair = tuple(replace(a, text=phrase.text, char_start=phrase.char_start, char_end=phrase.char_end)
                             if owner_role is None or not owner_role.sector or not a.country else
                             replace(a, text=phrase.text, char_start=phrase.char_start, char_end=phrase.char_end,
                                     sector=owner_role.sector, cameo_actor=a.country + (owner_role.cameo_actor or owner_role.sector), name=None)
                             for a in found)
                if pairs is not None and pair:
                    pairs[len(actors)] = pair
                if not pair and owner_role is not None:
                    # (no two parties named yet: "Border troops of the two countries" are troops of no known country)
                    actors.append(resolve_phrase(replace(phrase, mentions=(owner_role,)), generic_roles=self._cues["generic_role"]))
                    continue
                actors.append(pair[0] if pair else None)
                continue
            if kinds == {"pronoun"} and (couple := self._named_couple(phrase, phrases, actors, sentence_text, offset)):
                # "Modi and Xi held talks ..., where they endorsed the deal": "they" are the two people named
                pair = tuple(replace(a, text=phrase.text, char_start=phrase.char_start, char_end=phrase.char_end)
                             for a in couple)
                if pairs is not None:
                    pairs[len(actors)] = pair
                actors.append(pair[0])
                continue
            if kinds == {"pronoun"}:
                before = phrases[:len(actors)]
                # an object pronoun is not the subject of its own verb: "Ruto invited him" (English, from the
                # parse); "Polizisten hatten ihn festgesetzt", "bevor Polizisten ihn festnahmen" (German: the
                # nearest actor before it without a preposition)
                subject: int | None = None
                # (or its last word: "the 68-year-old" is parsed with "old" as the object)
                last_word = phrase.char_end - len(re.split(r"[\s-]", phrase.text)[-1])
                if parse is not None and ((own := _subject_of_object(parse, phrase.char_start - offset)) is not None
                                          or (own := _subject_of_object(parse, last_word - offset)) is not None):
                    subject = next((k for k, p in enumerate(before)
                                    if p.char_start - offset <= own < p.char_end - offset), -1)
                elif self.lang == "de" and (phrase.text.lower() in ("ihn", "ihm", "ihnen") or (
                        phrase.case_word in ("dem", "den") and _AGED.fullmatch(phrase.text.lower()))):
                    subject = next((k for k in range(len(before) - 1, -1, -1) if before[k].prep is None), None)
                    between = sentence_text[before[subject].char_end - offset:phrase.char_start - offset] \
                        if subject is not None and sentence_text else ""
                    if re.search(r"\b(?:und|oder|aber|sowie)\b", between) and "," not in between:
                        # "Arce stellte Zúñiga zur Rede und forderte ihn auf": the verb after "und" shares the
                        # sentence's subject (Arce); the actor before "und" was the first verb's object
                        subject = next((k for k in range(len(before)) if before[k].prep is None), subject)
                keep = [k for k in range(len(before)) if k != subject]
                speaker = self._speaker_of(parse, phrase, before, actors, offset) if parse is not None else None
                if speaker is not None:
                    # "Serbia ... took in the injured, while the EU said it had sent ...": "it" is who says so
                    actors.append(replace(speaker, text=phrase.text, char_start=phrase.char_start, char_end=phrase.char_end))
                    continue
                actors.append(self._antecedent_of(phrase, [before[k] for k in keep], [actors[k] for k in keep], memory))
                continue
            known = next((memory.persons[m.key or m.name or ""] for m in phrase.mentions
                          if m.kind == "person" and (m.key or m.name) in memory.persons), None)
            if known is not None:
                # a person named again ("Lai said"): coded as where the article introduced them
                actors.append(replace(known, text=phrase.text, char_start=phrase.char_start, char_end=phrase.char_end))
                continue
            # (a role of several countries, "Bundesrat", names none: the context chooses among them)
            nearby = [m.country for m in phrase.mentions if m.country and "|" not in m.country]
            context = None
            if not nearby and any(m.key in self._all_sides for m in phrase.mentions) and memory.focus_country():
                # "Russia's Foreign Ministry called on all sides": the sides of the conflict the story is about
                context = memory.focus_country()
            elif not nearby and kinds <= {"role", "person"} \
                    and (home := self._place_owner(phrase, sentence_text, offset, named)):
                # "Borno State Governor Babagana Zulum", "Kharkiv's governor", "the governor of Kherson region":
                # the town or region the role belongs to
                context = home
            elif not nearby and kinds <= {"role", "person"} and len(phrases) > 1 and phrase is phrases[1] \
                    and (fronted := _fronted_place(phrases, sentence_text, offset)):
                # "In Algiers, the foreign ministry rejected ...", "In Kinshasa, government spokesperson X said": the
                # capital or country the sentence opens with is whose office the subject after it is
                context = fronted
            elif not nearby and kinds <= {"role", "person"} and (party := _bracketed_party(phrases, phrase, sentence_text, offset)):
                # "Innenminister Gerhard Karner (ÖVP)": a politician's party in brackets gives the country
                context = party
            elif not nearby and kinds == {"role"} and (owner := _whose_owner(phrases, actors, phrase, sentence_text, offset)):
                # "Finnish Prime Minister Petteri Orpo, whose government closed the border": the antecedent's
                context = owner
            elif not nearby and phrase.case_word in self._cues["possessive"] and kinds == {"role"} and phrase.prep is None:
                # "his government would not", "ihre Truppen zogen ab": the nearest actor before owns them (not
                # "mit seinen Junta-Führern", where "seinen" may point ahead to the host)
                # (actors holds the phrases resolved so far, so this zip stops at the current phrase)
                owners = [(p.prep is not None, -k, a.country) for k, (p, a) in enumerate(zip(phrases, actors, strict=False))
                          if a is not None and a.country and len(a.country) == 3 and a.country != "WST"]
                # (no actor before it in the sentence: "Seither greifen ihre Kämpfer ... an", "Seine Luftwaffe
                # werde ...": "ihre", "its" the non-state group the article named last, "sein", "his" the person)
                # (a state's forces are the story's: "ihre Truppen" after "marokkanische Truppen" are no group's)
                owner_actor = next((g for g in reversed(memory.groups) if g.sector not in _STATE_SECTORS), None) \
                    if phrase.case_word.lower() in self._cues["group_possessive"] else memory.last_person()
                first = not any(p.end <= phrase.start for p in phrases)
                context = min(owners)[2] if owners else (
                    owner_actor.country if first and owner_actor is not None and owner_actor.country
                    else memory.focus_country())
            elif not nearby and kinds == {"role"} and phrase.prep is None and (
                    phrase.case_word in _DEFINITE_DE if self.lang == "de"
                    # (English: an office of several words, "the Secretary-General", "the foreign minister"; not
                    # "the president", "the army", which the story's country has too)
                    else phrase.case_word == "the" and re.search(r"[ -]", phrase.mentions[-1].key or "")) \
                    and (office := memory.office(phrase.mentions[-1].key)):
                # "Das Ministerium verurteilte ...": the office the article named before ("Taiwans
                # Verteidigungsministerium"), not the country nearest in the sentence
                context = office
            elif not nearby and kinds == {"role"} and phrase.prep is None and self.lang == "en" and phrase.case_word == "the" \
                    and phrase.text.lower().endswith("s") and {m.sector for m in phrase.mentions} <= _STATED_GROUP_SECTORS \
                    and (group := next((c for k, c in reversed(memory.stated) if k == phrase.mentions[-1].key), None)):
                # "the gendarmes" after "eight Ivorian gendarmes": a group named again is that group (not the
                # government's or army's of several countries: "the juntas")
                context = group
            elif not nearby and (owner := self._reporting_owner(phrases, actors, phrase, kinds, sentence_text, offset)):
                # "Netanjahu kündigte an, die Armee werde in Rafah vorrücken": the army of the one who announces it
                context = owner
            elif not nearby and self._possessed_by(phrases, actors, phrase, sentence_text, offset):
                # "Traore's government", "Lai's office": the owner named right before it
                context = actors[-1].country if actors[-1] is not None else None
            elif not nearby and kinds == {"role"} and _FOREIGN.search(sentence_text[:phrase.char_start - offset]):
                # "expelled several foreign journalists", "ausländische Medien": not the story's own; no country
                context = None
            elif not nearby:
                if any(m.key == "counterpart" or m.text.lower().rstrip("n") in counterpart for m in phrase.mentions):
                    person = memory.last_person()
                    context = memory.last_country(exclude=person.country if person else None)
                elif {m.sector for m in phrase.mentions} <= {"PTY", "OPP"} and memory.focus_country():
                    # "Die Grünen kritisierten die Abschiebungen nach Syrien", "the opposition said": parties and the
                    # opposition are the story's own, not of a country the sentence names
                    context = memory.focus_country()
                elif {m.sector for m in phrase.mentions} & _LOCAL_SECTORS:
                    # civilians, protesters, police: the people of the place where it happened
                    # (the story's country before another named in the sentence: "Police fired tear gas ..., some of
                    # whom chanted slogans accusing Western powers of complicity with Kigali"; but refugees come
                    # from the country the sentence names: "Flüchtlinge aus dem Sudan")
                    refugees = "REF" in {m.sector for m in phrase.mentions}
                    context = self._place_country(sentence_text, named) or self._locative_demonym(phrases, sentence_text, offset) \
                        or (None if refugees else memory.focus_country()) or self._sentence_country(phrases, phrase) \
                        or memory.focus_country() or self._actor_country(phrases, phrase, after=True)
                elif phrase.end - phrase.start == 1 and phrase.text.lower() in self._cues["institution_noun"] \
                        and memory.focus_country():
                    # "Die Regierung ignoriert das Urteil", "Die Behörden bestellten den französischen Botschafter ein": a
                    # country's own civil institution, named bare, is the story's country's, not of a country the sentence
                    # names (German only: the English lexicon lists none, see docs/coding.md); it does not count towards
                    # whose story it is, else the story's country would feed on itself
                    context = memory.focus_country()
                    presumed.add(id(phrase))
                elif phrase.end - phrase.start == 1 and phrase.text.lower() in ("ministry", "ministerium") \
                        and (phrase.case_word or "").lower() in self._cues["definite"] \
                        and (office := next((c for k, c in reversed(memory.offices) if "minist" in k), None)):
                    # "The ministry warned that Nairobi would ...": the ministry the article named last
                    context = office
                else:
                    # (not a country named bare after it, an actor of its own: "Präsident Mohamed Muizzu hatte Indien
                    # aufgefordert", "President X urged Russia")
                    context = self._sentence_country(phrases, phrase, skip_after=(sentence_text, offset)) \
                        or self._place_country(sentence_text, named) \
                        or self._same_office(phrase, memory) \
                        or memory.focus_country() or self._actor_country(phrases, phrase)
            preferred = memory.ranked()
            if any("|" in (m.country or "") for m in phrase.mentions):
                # a role of several countries ("Der Bundesrat will die Schweizer Beteiligung ... verlängern"): the
                # countries the sentence names first, then the article's
                preferred = [m.country for p in phrases for m in p.mentions
                             if m.kind in ("country", "demonym", "capital", "people") and m.country] + preferred
            actor = resolve_phrase(phrase, context_country=context, generic_roles=self._cues["generic_role"],
                                   preferred=preferred)
            if actor is not None and kinds <= {"demonym", "people", "country"} and self._ethnic(phrase, sentence_text, offset):
                # "ethnic Albanians in Serbia", "ethnische Ungarn" (also Hungary): a people is coded by the country it lives in
                # (CAMEO), from the sentence's places; the demonym's state is not the actor
                home = self._sentence_country(phrases, phrase) or self._place_country(sentence_text, named)
                actor = replace(actor, country=home, cameo_actor=home)
            actors.append(actor)
        for k in range(1, len(phrases)):
            # "Israeli helicopters and tanks": a bare role listed right after an actor shares its country,
            # rather than the country of the place ("Turkish warplanes and drones struck ... in Syria")
            prev, actor = actors[k - 1], actors[k]
            if actor is None or prev is None or not prev.country or len(prev.country) != 3 \
                    or {m.kind for m in phrases[k].mentions} != {"role"} or actor.country == prev.country:
                continue
            gap = sentence_text[phrases[k - 1].char_end - offset:phrases[k].char_start - offset].strip().lower()
            if gap in _LIST_GLUE:
                actors[k] = resolve_phrase(phrases[k], context_country=prev.country,
                                           generic_roles=self._cues["generic_role"])
        for k in range(len(phrases) - 1):
            # "The Secretary-General, António Guterres, welcomed ...": a bare role apposed to a person the
            # dictionary knows is that person (not the story's country's office)
            role, apposed, apposed_actor = phrases[k], phrases[k + 1], actors[k + 1]
            gap = sentence_text[role.char_end - offset:apposed.char_start - offset] if sentence_text else ""
            entry = next((m for m in apposed.mentions if m.kind == "person" and m.country and "|" not in m.country), None)
            bare_role = actors[k]
            if gap.strip() == "," and entry is not None and apposed_actor is not None and bare_role is not None \
                    and {m.kind for m in role.mentions} == {"role"} and not any(m.country for m in role.mentions) \
                    and role.case_word not in self._cues["possessive"] \
                    and not (role.case_word in ("'s", "’s") and k > 0 and actors[k - 1] is not None
                             and 0 <= role.char_start - phrases[k - 1].char_end <= 4) \
                    and bare_role.country != entry.country:
                actors[k] = replace(apposed_actor, text=role.text, char_start=role.char_start, char_end=role.char_end)
        for k in range(len(phrases) - 1):
            # "Tánaiste and Minister for Defence Micheál Martin", "Vizekanzler und Finanzminister Lars Klingbeil": two
            # offices of one person are one actor, of the country the first states
            lead_phrase, named_phrase = phrases[k], phrases[k + 1]
            lead, named_office = actors[k], actors[k + 1]
            if lead is None or named_office is None or {m.kind for m in lead_phrase.mentions} != {"role"} \
                    or named_phrase.mentions[-1].kind != "person" or named_phrase.mentions[0].kind != "role" \
                    or sentence_text[lead_phrase.char_end - offset:named_phrase.char_start - offset] not in (" and ", " und "):
                continue
            if lead.country and not any(m.country for m in named_phrase.mentions):
                agent_code = (named_office.cameo_actor or "")[len(named_office.country or ""):]
                named_office = replace(named_office, country=lead.country, cameo_actor=lead.country + agent_code)
            actors[k + 1] = replace(named_office, char_start=lead_phrase.char_start,
                                    text=sentence_text[lead_phrase.char_start - offset:named_phrase.char_end - offset])
            actors[k] = None
        for phrase, actor in zip(phrases, actors, strict=True):
            memory.remember(phrase, actor, counted=id(phrase) not in presumed
                            and not self._across_border(phrase, sentence_text, offset))
        return actors

    def _together(self, tokens: list[Token], analysis: SentenceAnalysis, tok: Token, clauses: list[_Clause],
                  source: list[ActorPhrase], target: list[ActorPhrase],
                  joint_act: bool = False) -> tuple[list[ActorPhrase], list[ActorPhrase]]:
        """"kämpfen ugandische Soldaten gemeinsam mit der kongolesischen Armee gegen die ADF", "Gemeinsam mit
        Argentinien, Kolumbien und Bolivien forderte Mexiko", "fought alongside the army": who acts together with
        the subject acts too, as a source, not as a target (cue kind `together`)."""
        words = self._cues["together"]
        if not words:
            return source, target
        if clauses and self.lang == "de":
            clause = next((c for c in clauses if c.start <= tok.i < max(c.end, c.start + 1)), None)
            lo, hi = (clause.start, clause.end) if clause else (0, len(tokens))
        else:
            lo, hi = 0, len(tokens)

        def joined(p: ActorPhrase) -> bool:
            if p.prep in words:  # "alongside the army"
                return True
            for k in range(p.start - 1, max(p.start - 5, 0) - 1, -1):
                if tokens[k].lower in ("mit", "with"):
                    # (or, for joint operations, "joint" shortly before: "held a joint exercise with the US Navy")
                    return k > 0 and (tokens[k - 1].lower in words or (joint_act and any(
                        tokens[j].lower in self._cues["joint"] for j in range(max(0, k - 3), k))))
                if tokens[k].is_punct or tokens[k].text[:1].isupper():
                    return False  # (only articles and adjectives between: not "mit Katar einen Austausch zwischen Iran")
            return False

        # after the trigger and past a comma it belongs to the clause that follows ("forderte die Bundesregierung
        # auf, gemeinsam mit Japan und Südkorea eine Reserve aufzubauen": Japan asks nothing)
        first = [p for p in analysis.phrases if lo <= p.start < hi and joined(p)
                 and not (p.start > tok.i and any(t.text == "," for t in tokens[tok.i:p.start]))]
        if not first:
            return source, target
        together = [q for p in first for q in self._coordinated(p, analysis, tokens)]
        subject_lost = bool(source) and all(p in together for p in source)
        if subject_lost:
            # ("Gemeinsam mit Argentinien ... forderte Mexiko": the subject after the verb was taken for the object)
            moved = [p for p in target if p.prep is None]
            target = [p for p in target if p.prep is not None]
            source = moved + source
        source = source + [p for p in together if p not in source and analysis.actors[analysis.phrases.index(p)] is not None]
        return source, [p for p in target if p not in together]

    @staticmethod
    def _same_office(phrase: ActorPhrase, memory: Discourse) -> str | None:
        """"Foreign Minister Diana Mondino" after "Argentina's Foreign Ministry", "Außenministerin X" after "das
        algerische Außenministerium": the country whose ministry (or minister) of that office the article named,
        when the sentence names none."""
        def stem(key: str) -> str:
            return re.sub(r"(?:ministry|ministerium|minister|ministerin)$", "minist", key)

        for m in phrase.mentions:
            if m.kind != "role" or "minist" not in (m.key or ""):
                continue
            countries = {c for k, c in memory.offices if stem(k) == stem(m.key or "")}
            if len(countries) == 1:
                return next(iter(countries))
        return None

    def _across_border(self, phrase: ActorPhrase, sentence_text: str, offset: int) -> bool:
        """A country named after a border word and its preposition ("an der Grenze zu Costa Rica", "near the
        border with Chad"; cue kind `border_noun`)."""
        if not sentence_text or phrase.prep is None:
            return False
        words = sentence_text[:phrase.char_start - offset].split()
        return len(words) >= 2 and words[-1].lower() == phrase.prep \
            and words[-2].lower().strip(",") in self._cues["border_noun"]

    @staticmethod
    def _possessed_by(phrases: list[ActorPhrase], actors: list[Actor | None], phrase: ActorPhrase, sentence_text: str,
                      offset: int) -> bool:
        """English: the phrase right after an actor in the possessive ("Traore's government", "Sinn Féin's foreign
        affairs spokesman": lowercase words between) belongs to it."""
        if not actors or actors[-1] is None or not actors[-1].country or len(actors[-1].country) != 3:
            return False
        prev = phrases[len(actors) - 1]
        gap = sentence_text[prev.char_end - offset:phrase.char_start - offset].strip()
        return gap in ("'s", "’s", "'", "’") or (gap == "" and prev.text.endswith(("'s", "’s"))) \
            or bool(re.fullmatch(r"['’]s?(?: [a-z]+){1,3}", gap))

    def _ethnic(self, phrase: ActorPhrase, sentence_text: str, offset: int) -> bool:
        before = sentence_text[:phrase.char_start - offset].split()
        return bool(before) and before[-1].lower() in self._cues["ethnic"]

    def _named_couple(self, phrase: ActorPhrase, phrases: list[ActorPhrase], actors: list[Actor | None],
                      text: str, offset: int) -> tuple[Actor, Actor] | None:
        """English "they" after a sentence that opens with two named people joined by "and" ("Modi and Xi
        held talks ..., where they endorsed the deal"): the two of them."""
        if self.lang != "en" or (phrase.mentions[0].key or phrase.text.lower()) not in self._cues["pronoun_pl"] \
                or len(actors) < 2 or not text:
            return None
        first, second = phrases[0], phrases[1]
        people = all({m.kind for m in p.mentions} & {"person"} for p in (first, second))
        joined = text[first.char_end - offset:second.char_start - offset].strip().lower() == "and"
        if not (people and joined and first.prep is None and actors[0] is not None and actors[1] is not None
                and actors[0].country != actors[1].country):
            return None
        return actors[0], actors[1]

    def _speaker_of(self, doc: Any, phrase: ActorPhrase, before: list[ActorPhrase], actors: list[Actor | None],
                    offset: int) -> Actor | None:
        """English: the actor who says so, for "it" or "they" as the subject of what a reporting verb reports
        ("the European Union said it had sent"); None when the speaker is no actor named before it."""
        word = phrase.mentions[0].key or phrase.text.lower()
        if word not in self._cues["pronoun_pl"] and word not in self._cues["pronoun_n"]:
            return None
        node = _at(doc, phrase.char_start - offset)
        if node is None or node.dep_ not in ("nsubj", "nsubjpass") or node.head.dep_ != "ccomp" \
                or node.head.head.lemma_ not in self._report:
            return None
        said = [c for c in node.head.head.children if c.dep_ == "nsubj"]
        if not said:
            return None
        at = said[0].idx + offset
        k = next((k for k, p in enumerate(before) if p.char_start <= at < p.char_end), None)
        if k is None or actors[k] is None or {m.kind for m in before[k].mentions} == {"pronoun"} \
                or "person" in {m.kind for m in before[k].mentions}:
            return None
        return actors[k]

    def _antecedent_of(self, phrase: ActorPhrase, before: list[ActorPhrase], actors: list[Actor | None],
                       memory: Discourse) -> Actor | None:
        """He/she: the nearest earlier person or office holder in the sentence, else in the article.
        They, it: an earlier actor of the sentence that is not one person, else (they) the article's last group."""
        word = phrase.mentions[0].key or phrase.text.lower()
        if word == "body":
            # the organisation, armed group or IGO named last: in the sentence before it, else in the article
            named = [a for p, a in zip(before, actors, strict=True) if a is not None and {m.kind for m in p.mentions} & {"org", "igo", "group"}]
            noun = phrase.text.lower()
            if noun in ("kommission", "commission"):
                # a commission is no party: "die Kommission" after the ÖVP is still the EU's
                named = [a for a in named if a.sector != "PTY"]
                bodies = [a for a in memory.bodies if a.sector != "PTY"]
            else:
                bodies = memory.bodies
            antecedent = named[-1] if named else bodies[-1] if bodies else None
            # a body whose name ends in the noun, named last, before any other: "die Kommission" is the
            # "EU-Kommission" the article named, not the party named after it
            same = [a for a in [*memory.bodies, *named] if a.text.lower().replace("-", " ").split()[-1:] == [noun]
                    or a.text.lower().endswith("-" + noun)]
            antecedent = same[-1] if same else antecedent
            return replace(antecedent, text=phrase.text, char_start=phrase.char_start,
                           char_end=phrase.char_end) if antecedent else None
        if word == "neighbour":
            # the last country named before, in the sentence, else in the article, other than the sentence
            # subject's own
            owners = [(p.prep is not None, k, a.country) for k, (p, a) in enumerate(zip(before, actors, strict=True))
                      if a is not None and a.country and len(a.country) == 3 and {m.kind for m in p.mentions} != {"pronoun"}]
            own = min(owners)[2] if owners else None
            others = [a.country for a in actors if a is not None and a.country and len(a.country) == 3
                      and a.country not in (own, "WST") and a.country not in INTERNATIONAL]
            country = others[-1] if others else next((c for c in reversed(memory.countries) if c != own and len(c) == 3
                                                      and c not in INTERNATIONAL and c != "WST"), None)
            return Actor(phrase.text, None, country, "GOV", country + "GOV", phrase.char_start, phrase.char_end) \
                if country and country != own else None
        if word == "own_country":
            # the country of the sentence's first actor outside a prepositional phrase (its subject), else the
            # article's last country
            owners = [(p.prep is not None, k, a.country) for k, (p, a) in enumerate(zip(before, actors, strict=True))
                      if a is not None and a.country and len(a.country) == 3 and {m.kind for m in p.mentions} != {"pronoun"}]
            country = min(owners)[2] if owners else memory.last_country()
            return Actor(phrase.text, None, country, None, country, phrase.char_start, phrase.char_end) if country else None
        plural, neuter = word in self._cues["pronoun_pl"], word in self._cues["pronoun_n"]
        wanted = {"person", "role"} if not (plural or neuter) else None
        fits = [a for p, a in zip(before, actors, strict=True)
                if a is not None and {m.kind for m in p.mentions} != {"pronoun"}
                and not (p.prep in _PLACE_PREPS and not {m.kind for m in p.mentions} & {"person", "role"})
                and (wanted is None or {m.kind for m in p.mentions} & wanted)
                # (a person's administration or government is an "it": "the Biden administration said it would")
                and not ((plural or neuter) and p.mentions[-1].kind == "person")]
        # they/it: the sentence's first such actor outside a prepositional phrase, usually the subject that
        # speaks ("Kazakh authorities said on Monday they would ..."); he/she: the nearest
        bare = [a for p, a in zip(before, actors, strict=True) if a in fits and p.prep is None]
        subject = (plural or neuter) and word not in self._cues["pronoun_object"]
        if not (plural or neuter):
            # he/him, sie (she): a named person before an office or group ("Glas ... Polizisten ... ihn festnahmen"),
            # never an office where someone is ("a Chinese diplomat at the consulate in Toronto ..., accusing him")
            named = [a for p, a in zip(before, actors, strict=True) if a in fits and "person" in {m.kind for m in p.mentions}]
            fits = named or [a for p, a in zip(before, actors, strict=True) if a in fits and p.prep not in _PLACE_PREPS] \
                or fits
        antecedent = (bare[0] if bare else fits[-1]) if subject and fits else fits[-1] if fits else None
        if antecedent is None:
            # ("It also urged the authorities ...": a sentence that opens with "it" goes on about the body the
            # sentence before spoke of; "it" further on with none before names nothing)
            opening = neuter and phrase.start == 0 and phrase.text[:1].isupper()
            antecedent = memory.last_group() if plural else (memory.bodies[-1] if memory.bodies else memory.last_group()) \
                if opening else None if neuter else memory.last_person()
        return replace(antecedent, text=phrase.text, char_start=phrase.char_start,
                       char_end=phrase.char_end) if antecedent else None

    def _placed(self, phrases: list[ActorPhrase], sent: Sentence) -> frozenset[int]:
        """"the Latvian port of Ventspils", "in Richtung der chinesischen Grenze": the offsets of demonyms alone
        right before a place word (cue kind `settlement_noun`), which name where, not who."""
        words = self._cues["settlement_noun"]
        placed = set()
        for p in phrases:
            after = sent.text[p.char_end - sent.char_start:].split(maxsplit=1)
            if after and after[0].strip(".,;:").lower() in words and {m.kind for m in p.mentions} == {"demonym"}:
                placed.add(p.char_start)
        return frozenset(placed)

    def _locative_demonym(self, phrases: list[ActorPhrase], text: str, offset: int) -> str | None:
        """"in der georgischen Hauptstadt", "in the Sudanese city of": the country of a place the sentence
        describes by a demonym before a place word (cue kind `place_noun`; German compounds by their end)."""
        places = self._cues["place_noun"]
        for p in phrases:
            if p.prep not in _LOCATIVE_PREPS or {m.kind for m in p.mentions} != {"demonym"}:
                continue
            after = text[p.char_end - offset:].split(maxsplit=1)
            word = after[0].strip(".,;:").lower() if after else ""
            if word in places or (self.lang == "de" and any(word.endswith(w) for w in places)):
                return p.mentions[0].country
        return None

    @staticmethod
    def _sentence_country(phrases: list[ActorPhrase], phrase: ActorPhrase,
                          skip_after: tuple[str, int] | None = None) -> str | None:
        """The nearest country named in the same sentence (measured: nearest on either side beats
        'before the role only' on the German dev set and the GSR). `skip_after` (the sentence's text and
        offset): not a country's or capital's bare name (no preposition, no genitive, no "'s") after the phrase
        and apart from it, which is an actor of its own ("Präsident X hatte Indien aufgefordert", "urged Beijing"),
        nor a capital's bare name before it, away from the sentence's start ("urged Beijing ..., the ministry said")."""
        def bare_after(p: ActorPhrase) -> bool:
            if skip_after is not None and p.prep in ("mit", "with") and p.start > phrase.end \
                    and _JOINT_WITH.search(skip_after[0][:p.char_start - skip_after[1]]):
                return True  # a partner: "the navy held a joint exercise with the United States Navy"
            # (or one after a preposition that names whom an act is aimed at: "called on London", "gegen Kiew")
            aimed = p.prep in ("on", "against", "gegen") and p.start > phrase.end
            if skip_after is not None and p.prep in ("mit", "with") and p.start > phrase.end:
                # (or who acts together with someone: "gemeinsam mit Japan und Südkorea")
                aimed = bool(_TOGETHER_BEFORE.search(skip_after[0][:p.char_start - skip_after[1]]))
            if skip_after is None or (p.prep is not None and not aimed) or p.genitive or p.case_word in ("des", "der", "of") \
                    or not {m.kind for m in p.mentions} <= {"country", "capital"}:
                return False
            if p.start <= phrase.end and not (p.end < phrase.start and {m.kind for m in p.mentions} == {"capital"}
                                             and p.start > 0 and phrase.start - p.end > 1):
                return False  # (a bare capital before the role too: "urged Beijing to ..., the Foreign Ministry said")
            text, offset = skip_after
            before = next((q for q in reversed(phrases) if q.end <= p.start), None)
            if before is not None and before.prep is not None and p.end < phrase.start \
                    and text[before.char_end - offset:p.char_start - offset].strip() in ("and", "und", ","):
                return False  # (but not one listed after a preposition: "relations between Paris and Ouagadougou")
            return text[p.char_end - offset:p.char_end - offset + 2] not in ("'s", "’s")

        others = [(p.prep in _LOCATIVE_PREPS, abs(phrase.start - p.start), m.country) for p in phrases if p is not phrase
                  and not bare_after(p) for m in p.mentions if m.kind in ("country", "capital") and m.country]
        return min(others)[2] if others else None

    @staticmethod
    def _actor_country(phrases: list[ActorPhrase], phrase: ActorPhrase, after: bool = False) -> str | None:
        """The country of another actor's demonym or named person in the sentence ("A Nicaraguan court stripped
        government critics", "Student leaders accused Maduro"), when the sentence names no country and the
        article none before. `after`: only actors named after it (civilians, police and other local roles:
        "Russian troops shelled the city, killing three civilians" names the attacker first, not the victims)."""
        others = [(m.kind == "person", p.prep is not None, abs(phrase.start - p.start), m.country)
                  for p in phrases if p is not phrase and (p.start > phrase.start or not after)
                  for m in p.mentions if m.kind in ("person", "demonym") and m.country
                  and len(m.country) == 3 and m.country not in INTERNATIONAL and m.country != "WST"]
        return min(others)[-1] if others else None

    # -- triggers -----------------------------------------------------------------------

    def _scopes(self, tok: Token, tokens: list[Token], clauses: list[_Clause], parse: Any,
                offset: int,
                names: frozenset[int] = frozenset()) -> tuple[set[str], set[str]]:
        """Words a rule's `with` and `without` look at: the trigger's clause in German; in English the
        trigger's subtree and the verbs above it (`with`), its near dependents and the verbs above it
        (`without`), so that a word deep in an object clause vetoes nothing."""
        def words(ts: list[Any]) -> set[str]:
            # a preposition counts as written: "according to" is not "accord", "following" not "follow" (nor is
            # "according" the parser took for a verb: "killing three people, according to local officials")
            return {t.lemma_.lower() for t in ts if t.dep_ != "prep" and t.lower_ != "according"} | {t.lower_ for t in ts}

        if parse is None:
            clause = next((c for c in clauses if c.start <= tok.i < c.end), None)
            scope = tokens[clause.start:clause.end] if clause else tokens
            found = {t.lemma for t in scope} | {t.lower for t in scope}
            # a hyphenated compound counts as its last part: "die M23-Rebellen", "Nato-Truppen"
            found |= {lemmatize(part, self.lang) for t in scope if "-" in t.text.strip("-")
                      and (part := t.text.rsplit("-", 1)[1]) and part[:1].isupper()}
            # a compound counts as its head too: "die Friedensgespräche ausgesetzt" has "gespräch"
            found |= {h for t in scope if t.text[:1].isupper() and (h := self._compound_head(t.lemma))}
            # and a compound vetoes as its head does: "von Artilleriegranaten getroffen" is no meeting
            return found, found | {h for t in scope if t.text[:1].isupper() and (h := self._word_head(t.lemma))}
        head = _at(parse, tok.start - offset)
        if head is None:
            found = {t.lemma for t in tokens} | {t.lower for t in tokens}
            return found, found
        naming = self._cues["naming_verb"]
        # "to protest against what it called violations": a naming verb over "what" names a thing; the verbs
        # above it say nothing of what kind of act the naming is
        ancestors = [] if head.lemma_ in naming and any(c.lower_ in ("what", "which") for c in head.children) \
            else list(head.ancestors)
        # "arrested Sonko, sparking protests by his supporters": what an act caused is an act of its own; the
        # verbs above the causing verb do not veto it (cue kind `causative`)
        cause = next((k for k, a in enumerate(ancestors) if a.lemma_ in self._cues["causative"]), None)
        ancestors = ancestors if cause is None else ancestors[:cause + 1]
        # "warned that the country risked war, after security forces detained Machar": a circumstance clause
        # ("after", "since", "because") tells an act of its own; the warning above it vetoes nothing in it
        marks = self._cues["circumstance_mark"]
        cut = next((k for k, a in enumerate([head] + ancestors) if a.dep_ == "advcl"
                    and any(c.dep_ == "mark" and c.lower_ in marks for c in a.children)), None)
        ancestors = ancestors if cut is None else ancestors[:cut]
        # "called on Moscow to release X, who was detained in Yekaterinburg": a relative clause in the past
        # tells an act of its own; the call above it vetoes nothing in it
        # (what the sentence says around it still tells what kind of act it is: `with` looks above it)
        rel = next((k for k, a in enumerate([head] + ancestors) if a.dep_ == "relcl" and a.tag_ in ("VBD", "VBN")), None)
        vetoing = ancestors if rel is None else ancestors[:rel + 1]  # (its antecedent still does: "the accords that ended")
        # "urged all sides to stop fighting and said it had closed two border crossings": above a reporting verb
        # joined by "and" to another verb, that verb's governors are not the trigger's (other conjunctions keep
        # them: "urged Iran to free A and release B", "called on X to respect ... and to stop deporting")
        joined = next((k for k, a in enumerate(ancestors) if a.dep_ == "conj" and a.lemma_ in self._report), None)
        ancestors = ancestors if joined is None else ancestors[:joined + 1]
        # a verb coordinated with the trigger is a predication of its own ("suspended X's membership and urged
        # ..."): it does not veto the trigger's rule
        # (but "left one soldier and two guards injured": a complement parsed as a verb joined without "and"
        # or a comma of its own is the trigger's)
        links = [c.i for c in head.children if c.dep_ in ("cc", "punct")]
        # "called on all sides to exercise restraint, while Russia's envoy in Vienna ...": a clause that a
        # contrast word opens is a clause of its own, its words do not say what kind of act the verb is (cue kind
        # `contrast_mark`)
        contrast = [c for c in head.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in self._cues["contrast_mark"] for m in c.children)]
        own = [c for c in head.children if (c.dep_ not in ("conj", "cc")
               or (c.dep_ == "conj" and not any(head.i < k < c.i for k in links))) and c not in contrast]
        # (not the words under a label: "called the decision "political revenge" for Budapest's opposition" is
        # no call for anything)
        near = own + [g for c in own for g in c.children if not (c.dep_ == "oprd" and g.dep_ == "prep")]
        # "to carry out what it called patrols": a naming verb over "what" names the thing, it asks nothing
        near = [t for t in near if not (t.lemma_ in naming and any(c.lower_ in ("what", "which") for c in t.children))]
        # a quotation inside the act's complement ("called on all sides to resolve the crisis "within the
        # framework"") does not name the act the way "called the vote "a sham"" does, nor does one around whom it
        # asks ("called on "all sides" to exercise restraint"), nor one that opens it ('to "take real action"')
        complement = next((c.i for c in head.children if c.dep_ == "xcomp"), None)
        if complement is not None:
            near = [t for t in near if not (t.is_punct and (t.i > complement or t.head.i == complement))]
        near = [t for t in near if not (t.is_punct and t.head.dep_ == "prep" and t.head.head.i == head.i)]
        vetoing = [a for a in vetoing if a in ancestors]
        # (a word of a name before the trigger, its subject's "the African Union suspended", "Operation IRINI had
        # stopped", says nothing of the kind of act; one after it may: "took Israel to the International Court of
        # Justice")
        # "approved a sale of missiles to Taipei, prompting China to announce sanctions": what an act caused is an
        # act of its own, its words do not say what kind of act the cause is
        caused = {d.i for c in head.children if c.dep_ in ("advcl", "xcomp", "conj", "acl")
                  and c.lemma_ in self._cues["causative"] for d in c.subtree}
        caused |= {d.i for c in contrast for d in c.subtree}
        # "Some protesters stormed the council building and set part of it on fire": a verb joined to another
        # shares its subject, whose words count as the verb's own subject's would
        shared = [t for c in head.head.children if head.dep_ == "conj" and c.dep_ in ("nsubj", "nsubjpass")
                  and not any(k.dep_ in ("nsubj", "nsubjpass") for k in head.children) for t in c.subtree]
        return words([t for t in list(head.subtree) + ancestors + shared
                      if not (t.idx + offset in names and t.i < head.i) and t.i not in caused]), \
            words([head] + near + vetoing)

    def _candidates(self, tokens: list[Token], analysis: SentenceAnalysis, clauses: list[_Clause],
                    parse: Any) -> list[tuple[Token, TriggerRule]]:
        in_phrase = {i for p in analysis.phrases for i in range(p.start, p.end)}
        offset = analysis.sentence.char_start
        # the capitalised words of organisations' and groups' names, by character offset
        names = frozenset(t.start for p in analysis.phrases if {m.kind for m in p.mentions} & {"org", "igo", "group"}
                          for t in tokens[p.start:p.end] if t.text[:1].isupper()) if parse is not None else frozenset()
        found: list[tuple[Token, TriggerRule]] = []
        clause_heads: dict[tuple[int, int], set[str]] = {}  # the `with` words a clause's compounds end in
        for tok in tokens:
            if tok.is_punct or tok.i in in_phrase or self._attributive(tok, tokens):
                continue
            if parse is not None and tok.lower in self._cues["adjective_participle"] and not any(
                    c.dep_ == "dobj" for c in getattr(_at(parse, tok.start - offset), "children", ())):
                continue  # "gunmen armed with rifles": a participle with no object describes its noun
            if parse is not None and (node := _at(parse, tok.start - offset)) is not None and node.dep_ == "pcomp" \
                    and node.head.lower_ == "from" and node.head.head.lemma_ in self._cues["prevent"]:
                continue  # "to keep the government from deploying troops": an act prevented is no act
            rules = self.lexicon.triggers.get(tok.lemma, ()) + (
                self.lexicon.triggers.get(tok.lower, ()) if tok.lower != tok.lemma else ())
            if not rules and "-" in tok.text.strip("-"):
                head = lemmatize(tok.text.rsplit("-", 1)[1], self.lang)  # "Nato-Gipfel" -> "gipfel"
                rules = self.lexicon.triggers.get(head, ())
            elif not rules and self.lang == "de" and tok.text[:1].isupper() and (head := self._compound_head(tok.lemma)):
                # "Raketenangriff", "Wiederaufbaukonferenz": a compound noun is an event of its head's rules
                rules = tuple(r for r in self.lexicon.triggers[head] if r.pos == "N")
            if self.lang == "en" and tok.lemma == tok.lower and tok.text.islower() and tok.text.isalpha():
                # a verb form the tagger took for another word and left as it is ("when soldiers overthrew
                # President Keita"): the verb's rules, from spaCy's own lemma tables
                rules += tuple(r for base in sorted(english_lemmas(tok.text) - {tok.lower})
                               for r in self.lexicon.triggers.get(base, ()) if r.pos == "V" and r not in rules)
            if self.lang == "de" and tok.lemma == tok.lower and tok.text.islower() and tok.lower.endswith("t"):
                # a finite form or participle the lemmatizer kept as it is ("verstärkt", "entsendet"): the verb's
                # rules too
                rules += next((vs for base in _verb_bases_de(tok.lower) if (vs := tuple(
                    r for r in self.lexicon.triggers.get(base, ()) if r.pos == "V" and r not in rules))), ())
            with_scope, without_scope = self._scopes(tok, tokens, clauses, parse, offset, names) if rules else (set(), set())
            best = self._best_rule(tok, tokens, rules, with_scope, without_scope)
            if best is None and rules and parse is None:
                # German: when no rule fires, a compound also stands for the `with` word it ends in ("entsandte
                # Bodentruppen" has "truppe"); only then, since a closer rule wins where one fits
                clause = next((c for c in clauses if c.start <= tok.i < c.end), None)
                key = (clause.start, clause.end) if clause else (0, len(tokens))
                if key not in clause_heads:
                    clause_heads[key] = {h for t in tokens[key[0]:key[1]]
                                         if t.text[:1].isupper() and (h := self._word_head(t.lemma, self._with_words))}
                heads = clause_heads[key]
                if heads - with_scope:
                    best = self._best_rule(tok, tokens, rules, with_scope | heads, without_scope)
            if best and best.event_type == "CONSULT" and best.pos == "N" and self._after_the_meeting(tokens, tok):
                continue
            if best and parse is None and (clause := next((c for c in clauses if c.start <= tok.i < c.end), None)) \
                    and (first := next((t for t in tokens[clause.start:tok.i] if not t.is_punct), None)) is not None \
                    and first.lower in self._cues["whoever"]:
                # "Wer Polizisten mit Steinen angreift, hat jedes Recht verwirkt": whoever would do it is no actor,
                # and the act no event
                continue
            if best:
                found.append((tok, best))
        return found

    @staticmethod
    def _after_the_meeting(tokens: list[Token], tok: Token) -> bool:
        """"sagte Scholz nach dem Treffen", "told reporters after the meeting": a meeting named with a definite
        article as the time of what is said is the one the story is about, no new event (but "nach einem Treffen
        mit", "after a phone call with" tell one)."""
        k = tok.i - 1
        if k >= 0 and tokens[k].text.isalpha() and tokens[k].text.islower() and tokens[k].lower not in _AFTER_THE:
            k -= 1  # one adjective: "nach dem zweistündigen Treffen"
        return k >= 1 and tokens[k].lower in _AFTER_THE and tokens[k - 1].lower in ("nach", "after", "following")

    def _best_rule(self, tok: Token, tokens: list[Token], rules: tuple[TriggerRule, ...], with_scope: set[str],
                   without_scope: set[str]) -> TriggerRule | None:
        """The rule that fires on a trigger: its `with` groups all met, no `without` word present; more groups
        win, then (between rules of different types) the one whose words stand close to the trigger, then the
        higher confidence."""
        best: TriggerRule | None = None
        best_close = False
        detached = self.lang == "de" and tok.text.islower() and self._final_particle(tokens, tok)
        for rule in rules:
            if not self._pos_fits(tok, rule, tokens):
                continue
            # a rule reached through its base ("lassen ... frei", or the participle "gelassen" of
            # "freigelassen") needs its particle after the verb: "auffällig gelassen" is no release
            split_verb = rule.base and rule.base in (tok.lemma, tok.lower) and rule.base != rule.lemma \
                and tok.lower != rule.lemma
            if split_verb and not self._has_particle(tokens, tok, rule.particle or ""):
                continue
            if detached and not split_verb and rule.pos == "V" and rule.lemma.endswith("n"):
                # "drangen in die Ortschaft ein" is eindringen, not dringen: a particle closing the clause
                # belongs to the verb, so the bare verb's rules do not fire (a rule on a past form the
                # lemmatizer keeps, "brach", is written for its particle verbs too)
                continue
            if any(not (g & with_scope) for g in rule.with_groups) or rule.without & without_scope:
                continue
            # of rules of different types with as many groups, one whose words stand close to the trigger (its
            # own dependents, the verbs above it) beats one whose words lie deep in its tree ("withdrawn a proposed
            # law that would have required ... organisations": the law, not an organisation)
            close = all(g & without_scope for g in rule.with_groups)
            if best is None or len(rule.with_groups) > len(best.with_groups) or (
                    len(rule.with_groups) == len(best.with_groups) and (
                        (close, rule.confidence) > (best_close, best.confidence) if rule.event_type != best.event_type
                        else rule.confidence > best.confidence)):
                best, best_close = rule, close
        return best

    def _describes_thing(self, tok: Token, analysis: SentenceAnalysis, parse: Any, offset: int) -> bool:
        """English: "struck a school sheltering displaced families", "a panel monitoring sanctions": a present
        participle that describes a noun no actor names is no act (but "demonstrators protesting" is, and so
        is what a statement says: "issued a declaration demanding", "a law recognizing")."""
        node = _at(parse, tok.start - offset)
        if node is None or node.dep_ != "acl" or node.tag_ != "VBG" or node.head.lemma_ in self._cues["statement_noun"]:
            return False
        at = node.head.idx + offset
        # (a school or hospital named by its role word is a building here: "struck a school sheltering families")
        return not any(p.char_start <= at < p.char_end and not (
            {m.kind for m in p.mentions} == {"role"} and {m.sector for m in p.mentions} <= {"EDU", "MED"})
            for p in analysis.phrases)

    def _compound_head(self, lemma: str) -> str | None:
        """German: the longest noun-trigger lemma a compound ends in ("raketenangriff" -> "angriff"), leaving a
        first part of three letters at least, or None (also for the compounds of cue kind `not_compound`,
        "Wahlkampf", "Pressekonferenz", whose head means something else)."""
        if self.lang != "de":
            return None
        memo = self._heads
        if lemma not in memo:
            if len(memo) > 200_000:
                memo.clear()
            triggers = self.lexicon.triggers
            memo[lemma] = None if lemma in self._cues["not_compound"] else next(
                (lemma[k:] for k in range(3, len(lemma) - 3)
                 if lemma[k:] in triggers and any(r.pos == "N" for r in triggers[lemma[k:]])
                 and not _inside_suffix(lemma, k)), None)
        return memo[lemma]

    def _word_head(self, lemma: str, words: frozenset[str] | None = None) -> str | None:
        """German: the longest of `words` (by default the words of rules' `without`) that a compound ends in,
        leaving a first part of three letters at least ("artilleriegranate" -> "granate"), or None."""
        words = self._rule_words if words is None else words
        memo, key = self._word_heads, (lemma, id(words))
        if key not in memo:
            if len(memo) > 200_000:
                memo.clear()
            memo[key] = None if lemma in self._cues["not_compound"] else next(
                (lemma[k:] for k in range(3, len(lemma) - 3) if lemma[k:] in words and not _inside_suffix(lemma, k)), None)
        return memo[key]

    def _attributive(self, tok: Token, tokens: list[Token]) -> bool:
        """German participles used as adjectives ("den inhaftierten Bischof") describe, they do not assert."""
        if self.lang != "de" or tok.text[:1].isupper() or tok.i + 1 >= len(tokens):
            return False
        endings = ("te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes", "enem",
                   "ende", "enden", "ender", "endes", "endem")  # (and present participles: "der drohenden Krise")
        k = tok.i + 1
        while k + 1 < len(tokens) and tokens[k].text.islower() and tokens[k].lower.endswith(("e", "en", "er", "es", "em")) \
                and tokens[k].lower not in _DETERMINERS_DE:
            k += 1  # further adjectives before the noun: "der verbotenen kurdischen Arbeiterpartei"
        nxt, prev = tokens[k], tokens[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.text.isdigit() and tok.i > 1:
            prev = tokens[tok.i - 2]  # "ein 2019 geschlossenes Abkommen"
        # "die von Ruanda unterstützten Rebellen", "der im Iran inhaftierten Deutschen": a phrase between the
        # article and the participle
        agent = next((j for j in range(tok.i - 1, max(0, tok.i - 5), -1) if tokens[j].lower in self._cues["attributive_prep"]), None)
        return tok.lower.endswith(endings) and nxt.text[:1].isupper() and not nxt.is_punct and prev is not None \
            and (prev.lower in _DETERMINERS_DE or prev.lower.endswith(("ige", "igen", "isch", "ische", "ischen"))
                 or (agent is not None and agent > 0 and tokens[agent - 1].lower in _DETERMINERS_DE))

    def _may_trigger(self, tokens: list[Token], phrases: list[ActorPhrase]) -> bool:
        """Whether a rule could fire in the sentence (English, before parsing): a word outside the actor
        phrases may be a trigger's lemma and the sentence has a word of each of that rule's `with` groups."""
        triggers = self.lexicon.triggers
        in_phrase = {i for p in phrases for i in range(p.start, p.end)}
        words: set[str] | None = None
        for t in tokens:
            if t.is_punct or t.i in in_phrase:
                continue
            forms = english_lemmas(t.text) | (english_lemmas(t.text.rsplit("-", 1)[1]) if "-" in t.text.strip("-") else set())
            for lemma in forms:
                for rule in triggers.get(lemma, ()):
                    if not rule.with_groups:
                        return True
                    if words is None:
                        words = {w for x in tokens for w in english_lemmas(x.text)}
                    if all(g & words for g in rule.with_groups):
                        return True
        return False

    def _pos_fits(self, tok: Token, rule: TriggerRule, tokens: Sequence[Token] = ()) -> bool:
        if tok.pos:  # a parser tagged the sentence
            return _POS_FITS[rule.pos].__contains__(tok.pos)
        if self.lang != "de":
            return True
        capital = tok.text[:1].isupper()
        if rule.pos == "N":
            return capital
        if tok.lower in _DETERMINER_FORMS_DE and tok.i + 1 < len(tokens) and tokens[tok.i + 1].text[:1].isupper():
            return False  # "an einigen Tagen": a determiner before its noun, not the verb "einigen"
        return not capital or tok.i == 0

    @staticmethod
    def _final_particle(tokens: list[Token], verb: Token) -> bool:
        """German: a separable particle closes the verb's clause ("drangen ... in die Ortschaft ein und")."""
        # (a bracket inside the clause: "traf Verteidigungsminister Pistorius (SPD) in Manila ein")
        for tok in _unbracketed(tokens[verb.i + 1:]):
            if tok.lower in _COORD_DE and 0 < tok.i < len(tokens) - 1 and tokens[tok.i - 1].text[:1].isupper() \
                    and tokens[tok.i + 1].text[:1].isupper() and not tokens[tok.i - 1].is_punct:
                continue  # "mit Stromgeneratoren und Heizgeräten": nouns joined, the clause goes on
            if tok.lower in _COORD_DE and 0 < tok.i < len(tokens) - 1 and tokens[tok.i - 1].text[:1].isupper() \
                    and tokens[tok.i + 1].lower in _PREPS_DE and not tokens[tok.i - 1].is_punct:
                continue  # "in Ramallah und in Chan Junis ... ein": places joined, the clause goes on
            if tok.text in _BREAKS or tok.text == "." or tok.lower in _COORD_DE:
                return False
            if tok.lower in SEPARABLE_PARTICLES and tok.text.islower() and (
                    tok.i + 1 == len(tokens) or tokens[tok.i + 1].text in _CLAUSE_END or tokens[tok.i + 1].lower in _COORD_DE):
                # (the second half of a circumposition is none: "aus einem fahrenden Auto heraus", "von Kiew aus")
                return not any(t.lower in _CIRCUMPOSITIONS_DE.get(tok.lower, ()) for t in tokens[verb.i + 1:tok.i])
        return False

    @staticmethod
    def _has_particle(tokens: list[Token], verb: Token, particle: str) -> bool:
        # (a bracket inside the clause: "schob nach Angaben der ... (IOM) ... ab")
        relative = False
        for tok in _unbracketed(tokens[verb.i + 1:]):
            if relative:
                # a relative clause on a noun of the clause, closed by its comma: "wirft dem Politiker, der zweimal
                # kandidiert hatte, Waffenbesitz vor"
                relative = tok.text != ","
                if tok.text == ".":
                    return False
                continue
            if tok.text == "," and 0 < tok.i < len(tokens) - 1 and tokens[tok.i - 1].text[:1].isupper() \
                    and tokens[tok.i - 1].text.isalpha() and (
                        tokens[tok.i + 1].lower in _RELATIVE_NOMINATIVE_DE | _RELATIVE_OBLIQUE_DE | _INCLUDING_DE) \
                    and tokens[tok.i + 1].text.islower():
                relative = True
                continue
            if tok.text == "," and 0 < tok.i < len(tokens) - 1 and all(
                    t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in (tokens[tok.i - 1], tokens[tok.i + 1])):
                continue  # a list of names: "reichte Klage gegen Polen, Ungarn und die Slowakei ein"
            if tok.text in _BREAKS or tok.text == ".":
                return False
            if _joins_verb_de(tokens, tok.i):
                # "wies ... aus und rief seinen Botschafter zurück": the particle after a verb joined by "und" is
                # that verb's
                return False
            if tok.lower == particle:
                # the particle closes its clause: "griffen den Flughafen an." (not the article of "trafen auch
                # ein Treibstofflager")
                after = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
                if after is None or after.is_punct or after.lower in _COORDINATORS_DE or after.lower in _SUBORDINATORS_DE:
                    return True
        return False

    # -- arguments ----------------------------------------------------------------------

    def _ultimatums(self, article: Article, events: list[Event], analysis: SentenceAnalysis, doc: Any) -> list[Event]:
        """"threatened to attack Kenyan towns unless Nairobi withdrew its troops": a threat on an "unless"
        condition also demands the condition of its subject (CAMEO 139, give ultimatum, asks; coded REQUEST 100,
        the rule id is the threat's with "+ultimatum")."""
        sent, out = analysis.sentence, []
        offset = sent.char_start
        for e in events:
            if e.event_type != "THREATEN" or e.negated:
                continue
            head = _at(doc, e.evidence.trigger.char_start - offset)
            marks = [t for t in (head.subtree if head is not None else ())
                     if t.dep_ == "mark" and t.lower_ in self._cues["ultimatum"]]
            for mark in marks[:1]:
                subject = next((c for c in mark.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is None:
                    continue
                at = subject.idx + offset
                found = next(((p, a) for p, a in zip(analysis.phrases, analysis.actors, strict=True)
                              if a is not None and p.char_start <= at < p.char_end), None)
                targets: tuple[Actor, ...] = (found[1],) if found is not None else ()
                if found is not None and {m.kind for m in found[0].mentions} == {"pronoun"} and e.target:
                    # "threatened tariffs on Mexico and Canada unless they stopped ...": "they" are the threatened
                    targets = e.target
                if not targets or any(a in e.source or (e.source and a.cameo_actor == e.source[0].cameo_actor)
                                      for a in targets):
                    continue  # (unions may demand it of their own government)
                code = self.lexicon.codebook.cameo.get("100")
                span = Span(mark.text, mark.idx + offset, mark.idx + offset + len(mark.text))
                evidence = replace(e.evidence, trigger=span, rule=e.evidence.rule + "+ultimatum")
                out.append(replace(
                    e, event_id=event_id(article.article_id, sent.char_start, sent.char_end, "REQUEST", e.source,
                                         targets, span.char_start),
                    event_type="REQUEST", mode=None, cameo="100", context=(),
                    quad_class=code.quad_class if code else self.lexicon.codebook.types["REQUEST"][0],
                    goldstein=code.goldstein if code else None, target=targets, evidence=evidence,
                    hypothetical=False, future=False))
                analysis.decisions.append(Decision(mark.text, evidence.rule, "event"))
        return out

    def _followed_suit(self, article: Article, events: list[Event], analysis: SentenceAnalysis, doc: Any) -> list[Event]:
        """English: "Washington imposed sanctions on Dodik, and Britain followed suit": the one who follows suit does
        the act told before it in the sentence, to the same target (the rule id is that act's with "+followed_suit")."""
        sent, out = analysis.sentence, []
        offset = sent.char_start
        for tok in doc:
            if tok.lemma_ != "follow" or not any(c.dep_ == "dobj" and c.lower_ == "suit" for c in tok.children):
                continue
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            before = [e for e in events if e.evidence.trigger.char_start < tok.idx + offset]
            if subject is None or not before:
                continue
            at = subject.idx + offset
            actor = next((a for p, a in zip(analysis.phrases, analysis.actors, strict=True)
                          if a is not None and p.char_start <= at < p.char_end), None)
            model = before[-1]
            if actor is None or actor in model.source:
                continue
            span = Span(tok.text, tok.idx + offset, tok.idx + offset + len(tok.text))
            evidence = replace(model.evidence, trigger=span, rule=model.evidence.rule + "+followed_suit")
            out.append(replace(model, event_id=event_id(article.article_id, sent.char_start, sent.char_end,
                                                        model.event_type, (actor,), model.target, span.char_start),
                               source=(actor,), evidence=evidence, attributed_to=None))
            analysis.decisions.append(Decision(tok.text, evidence.rule, "event"))
        return out

    def _condition(self, tokens: list[Token], tok: Token, clauses: list[_Clause], parse: Any, sent: Sentence,
                   analysis: SentenceAnalysis) -> list[ActorPhrase] | None:
        """The condition an announced act is made on ("falls ...", "sollte ...", "if ...", "unless ..."), as the
        actor phrases it names; None when there is none. The trigger must not sit in the condition itself."""
        words = self._cues["condition"]
        usable = [p for p, a in zip(analysis.phrases, analysis.actors, strict=True) if a is not None]
        if parse is not None:
            head = _at(parse, tok.start - sent.char_start)
            offset = sent.char_start
            for node in ([head, *head.ancestors, *head.subtree] if head is not None else []):
                for adv in (c for c in node.children if c.dep_ == "advcl"):
                    if any(m.dep_ == "mark" and m.lower_ in words for m in adv.children) and tok.start - offset not in \
                            {t.idx for t in adv.subtree}:
                        lo, hi = min(t.idx for t in adv.subtree) + offset, max(t.idx for t in adv.subtree) + offset
                        return [p for p in usable if lo <= p.char_start <= hi]
            return None
        own = next((c for c in clauses if c.start <= tok.i < c.end), None)
        if own is None or own.kind != "main" or tokens[own.start].lower in words:
            return None
        for c in clauses:
            if c is not own and (c.kind == "sub" or c.kind == "main") and tokens[c.start].lower in words:
                return [p for p in usable if c.start <= p.start < c.end]
        return None

    def _said_would(self, tok: Token, parse: Any, sent: Sentence) -> bool:
        """English: the trigger is an announced act in reported speech, "said (that) they would march" (a
        reporting verb of cue kind `report`)."""
        node = _at(parse, tok.start - sent.char_start)
        if node is None or not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d") for c in node.children):
            return False
        return node.dep_ == "ccomp" and node.head.lemma_ in self._cues["report"]

    @staticmethod
    def _place_people(analysis: SentenceAnalysis, source: list[ActorPhrase], tok: Token,
                      tokens: list[Token]) -> list[ActorPhrase]:
        """An attack or raid "in der ukrainischen Hafenstadt Odessa", "in the Ukrainian city of Kherson" without
        a named target hits that country's people (as a named foreign place does in TimePlace): the place
        follows the trigger closely, in the same stretch of the sentence."""
        # (the source's country as resolved too: "fighting between rival armed groups in the Libyan coastal city"
        # is Libya's groups fighting at home, it hits no Libyans)
        own = {m.country for p in source for m in p.mentions} | {
            a.country for p, a in zip(analysis.phrases, analysis.actors, strict=True) if p in source and a is not None}
        for p, a in zip(analysis.phrases, analysis.actors, strict=True):
            if a is None or p.prep not in _LOCATIVE_PREPS or not {m.kind for m in p.mentions} <= {"demonym", "country"} \
                    or p in source or a.country in own or not 0 < p.start - tok.i <= 8:
                continue
            if not any(t.is_punct for t in tokens[tok.i + 1:p.start]):
                return [p]
        return []

    def _build(self, article: Article, sent: Sentence, tokens: list[Token], tok: Token, rule: TriggerRule,
               analysis: SentenceAnalysis, clauses: list[_Clause], parse: Any) -> Event | None:
        if parse is not None and self._describes_thing(tok, analysis, parse, sent.char_start):
            analysis.decisions.append(Decision(tok.text, rule.id, "a participle describing a thing, not an act"))
            return None
        if parse is not None and rule.event_type in ("SUPPORT", "AID") and (node := _at(parse, tok.start - sent.char_start)) \
                is not None and node.dep_ == "acl" and node.tag_ == "VBN":
            # "a committee backed by the United Nations", "rebels supported by Rwanda": who backs them describes
            # them (as "Iran-backed" and German "die von Ruanda unterstützten Rebellen" do)
            analysis.decisions.append(Decision(tok.text, rule.id, "a participle describing its noun, not an act"))
            return None
        if parse is None and rule.pos == "N" and self._topic_de(tok, tokens):
            # "berät über einen Austritt", "sprachen über eine Waffenruhe": what is talked about has not happened
            analysis.decisions.append(Decision(tok.text, rule.id, "the topic of talks (über + indefinite), not an act"))
            return None
        if parse is None and rule.pos == "N" and self._labelled_de(tok, tokens):
            # "Tallinn spricht von einem Angriff auf die EU-Außengrenze": the speaker's name for what happened
            analysis.decisions.append(Decision(tok.text, rule.id, "the speaker's label (sprach von einem ...), not an act"))
            return None
        if rule.pos == "N" and self._conditional_noun(tok, tokens):
            # "im Fall eines Angriffs durch Südkorea", "in the event of an invasion": a condition, not an act
            analysis.decisions.append(Decision(tok.text, rule.id, "a condition named by a noun, not an act"))
            return None
        if self._open_question(tok, tokens, clauses, parse, sent):
            # "declined to say whether the troops had been placed on alert", "Ob die Waffenruhe hält, ist offen":
            # an open question asserts nothing
            analysis.decisions.append(Decision(tok.text, rule.id, "inside a whether-clause, an open question"))
            return None
        if parse is not None:
            source, target = self._slots_en(tok, rule, analysis, parse, sent, tokens)
        else:
            source, target = self._slots_de(tokens, tok, rule, analysis, clauses)
        source, target = self._together(tokens, analysis, tok, clauses, source, target,
                                        joint_act=rule.event_type == "COOPERATE")
        if rule.cameo in AREA_CODES and source:
            # "France has declared a state of emergency in New Caledonia": a curfew or state of emergency is
            # imposed on the source's own territory; the place it covers is where, not whom (as the dev sets code
            # it; with no source the place remains the one actor: "a curfew was imposed in Leh")
            target = []
        if not target and len(source) > 1 and rule.event_type in _JOINT_TYPES:
            # "Lawrow und sein chinesischer Amtskollege Wang Yi führten Gespräche": the counterpart is the partner
            partners = [p for p in source[1:] if any(m.key == "counterpart" or m.text.lower().rstrip("n") in
                                                     self._counterpart for m in p.mentions)]
            source, target = [p for p in source if p not in partners], partners
        if rule.event_type == "PROTEST":
            # "marched on the capital Maputo", "staged protests in Islamabad", "took to the streets of Italian
            # cities": where people protest, not against whom
            target = [p for p in target if not (p.prep in _PROTEST_PLACE_PREPS
                                                and {m.kind for m in p.mentions} <= {"capital", "country", "demonym"})]
        if not target and rule.event_type in PLACE_TARGET_TYPES and "none" not in rule.target \
                and not (rule.cameo in AREA_CODES and source):
            target = self._place_people(analysis, source, tok, tokens)
        if not target and "needed" in rule.target:
            # ("zeigte sich besorgt über die Lage": concern about no one's act is no accusation)
            analysis.decisions.append(Decision(tok.text, rule.id, "no target, and the rule needs one"))
            return None
        if not source and not target and not (
                # a rule whose source is the speaker ("anyone who ... will face action, the governor said"): its
                # event stands on the attribution alone
                "none" in rule.source and rule.event_type in _VERBAL_TYPES
                and self._attribution(tokens, tok, clauses, analysis, parse, sent) is not None):
            analysis.decisions.append(Decision(tok.text, rule.id, "no source or target actor found"))
            return None
        src = self._actors(source, analysis, tokens)
        if rule.event_type == "PROTEST" and rule.pos == "N" and src and all(a.sector in ("COP", "MIL") for a in src):
            # "Die Polizei löste die Kundgebung auf", "Police baton-charged a rally": the forces act on the protest;
            # it is the protesters' the sentence names ("setzte bei einer Großkundgebung Tränengas gegen
            # Demonstranten ein"), else not one of its own
            crowd = next((p for p, a in zip(analysis.phrases, analysis.actors, strict=True)
                          if a is not None and a.sector in _PROTESTER_SECTORS and p not in source), None)
            if crowd is None:
                analysis.decisions.append(Decision(tok.text, rule.id, "a protest the security forces act on, not theirs"))
                return None
            source, target = [crowd], [p for p in target if p is not crowd]
            src = self._actors(source, analysis, tokens)
        # a target coded exactly like a source is the source again ("Angola ... in Luanda"); the troops a
        # country mobilises are its own, not a target ("Israel called up 300,000 reservists"); nor is the country of
        # one of several partners ("Japan and the Philippines could hold exercises on Philippine soil")
        own = {a.cameo_actor for a in src if a.cameo_actor and len(a.cameo_actor) > 3} | (
            {a.country for a in src} if rule.event_type == "MOBILIZE" or (
                rule.event_type in _JOINT_TYPES and len(src) > 1) else set())
        if rule.event_type in ("AID", "AGREE", "COOPERATE", "MOBILIZE") and src:
            # "werde 1.100 Soldaten bereitstellen", "pledged to provide 1,000 soldiers": the forces a country
            # provides are its own, not the target
            # (but forces they are handed to are the recipient: "handed over 30 armoured vehicles to Moldova's border
            # police")
            homes = {a.country for a in src}
            target = [p for p in target if not self._forces(p) or p.prep in ("to", "an") or (
                p.case_word in ("'s", "’s") and not {a.country for a in self._actors([p], analysis, tokens)} & homes)]
        if rule.event_type == "MOBILIZE" and src and not target:
            # "moved troops closer to the border with Guyana", "verlegte Truppen an die Grenze zu Belarus": the
            # country across the border the forces are sent to
            target = self._border_country(analysis, tokens, tok)
        elif rule.cameo.startswith("087") and src:
            # "hatte 4.000 Soldaten aus dem Land abgezogen": the forces withdrawn are its own (but "the withdrawal of
            # invasion forces from Panama" names where from)
            # (so are fighters the source calls its own: "kündigte an, ihre Kämpfer aus der Hauptstadt abzuziehen")
            target = [p for p in target if not (self._forces(p) or (
                p.case_word in self._cues["possessive"] and {m.kind for m in p.mentions} == {"role"}
                and {m.sector for m in p.mentions} <= {"MIL", "COP", "REB", "PRM", "UAF"}))
                or self._by_origin(p, analysis, tokens)]
        if target and target[0].prep in _ORIGIN_PREPS and any(p.end == target[0].start - 1 for p in source):
            target = []  # "Polizisten aus Polen und Litauen nahmen ... fest": where the source comes from
        # "warned that his country would use nuclear weapons": the subject's own country is no target of its act
        target = [p for p in target if not (any(m.key == "own_country" for m in p.mentions)
                                            and {a.country for a in self._actors([p], analysis, tokens)}
                                            & {a.country for a in src})]
        # (German: a named person's accusation or demand against his own government, "Söder warf der
        # Bundesregierung vor", keeps it as the target; in English the same measured worse)
        person_source = self.lang == "de" and any(m.kind in ("person", "pronoun") for p in source for m in p.mentions)
        # a person named as the target is someone else than an unnamed or differently named source of the same
        # code ("The governor called on President Bola Tinubu", "Der Gouverneur forderte Präsident Tinubu auf")
        # (and a named party or organisation: "PDP accused the All Progressives Congress (APC)-led government")
        named_people = {p.char_start for p in target if any(m.kind in ("person", "org") for m in p.mentions)}
        src_names = {a.name for a in src if a.name}
        # another office of the same country and sector is another actor: "Mandera Governor X accused the national
        # government", "the Senate (LEG) rejected the assembly's bill" (not the country again: "Angola ... in Luanda")
        src_roles = {m.key for p in source for m in p.mentions if m.kind == "role"}
        other_office = {p.char_start for p in target if rule.event_type in _SPEECH_ABOUT_ACTS
                        and {m.kind for m in p.mentions} == {"role"} and src_roles
                        and not {m.key for m in p.mentions} & src_roles}
        # (a non-state force marching on its own state's government moves against it: "Wagner rückte an Moskau heran")
        insurgent = rule.event_type == "MOBILIZE" and bool(src) and all(a.sector in ("REB", "PRM", "UAF") for a in src)
        tgt = [a for a in self._actors(target, analysis, tokens)
               if a not in src and (a.country not in own or (insurgent and a.sector == "GOV"))
               and (a.cameo_actor not in own or a.char_start in other_office or (
                   a.char_start in named_people and a.name and a.name not in src_names) or (
                   person_source and rule.event_type in _SPEECH_ABOUT_ACTS
                   and not any({m.kind for m in p.mentions} & {"country", "capital", "person", "pronoun"}
                               for p in target if p.char_start == a.char_start)))]
        if rule.event_type == "PROTEST" and tgt:
            # "versammelten sich vor dem Parlament", "rallied outside parliament": the building of their own country
            # people gather in front of is where they protest (a foreign embassy is whom they protest against)
            before = {p.char_start for p in target if p.prep in _FRONT_PREPS}
            protesters = {a.country for a in src if a.country}
            kept = [a for a in tgt if not (a.char_start in before and a.country in protesters)]
            if len(kept) < len(tgt) and not kept:
                # "versammelten sich vor dem Parlament, um gegen die Wahlkommission zu protestieren": whom the
                # sentence says they protest against, after the trigger
                against = [p for p in analysis.phrases if p.prep in ("gegen", "against") and p.char_start > tok.start]
                kept = self._actors(against[:1], analysis, tokens)
            tgt = kept
        if not tgt and not target and (rule.event_type == "ASSAULT" or rule.cameo.startswith(("171", "192"))) \
                and rule.cameo not in AREA_CODES and "none" not in rule.target:
            # "set fire to dozens of homes and cars", "seized two trawlers", "steckten Häuser in Brand": what an
            # attack or a seizure hit belongs to the people (or the forces) of the place; TimePlace gives them its
            # country (cue kinds `property_civil`, `property_military`)
            tgt = self._property(tokens, tok, clauses, parse, sent, analysis)
        targets = {a.country for a in tgt}
        if src and tgt and len(targets) == 1 and (country := next(iter(targets))) and len(country) == 3 \
                and all(a.country is None and a.sector in _STATE_SECTORS for a in src) \
                and all(a.sector in DOMESTIC_SECTORS - _STATE_SECTORS for a in tgt):
            # "Der tansanische Oppositionsführer ist von der Polizei festgenommen worden": the police, courts or
            # army of no stated country that act on a country's own people are that country's
            src = [with_country(a, country) for a in src]
        home = {a.country for a in src}
        if len(home) == 1 and (country := next(iter(home))) and len(country) == 3 and country != "WST" \
                and country not in INTERNATIONAL and rule.event_type not in ("SANCTION", "ASSAULT"):
            # expelled diplomats are another country's; the victims of an attack are the people of the place it hit
            # (TimePlace, which also falls back to the attacker's country)
            # "A Tunisian court rejected a request to release opposition figure X", "Turkish police detained
            # Mayor X": people of no stated country, acted on by a state's own institutions, are its people
            # (not by the UN's or an NGO's: "Reporter ohne Grenzen kritisierte die Junta")
            foreign = {p.char_start for p in target if _FOREIGN.search(sent.text[:p.char_start - sent.char_start])}
            tgt = [with_country(a, country) if a.country is None and a.sector in DOMESTIC_SECTORS
                   and a.char_start not in foreign else a for a in tgt]
            if rule.event_type == "COERCE" and not rule.cameo.startswith("174") and all(a.sector in _STATE_SECTORS for a in src) \
                    and self._place_country(sent.text, frozenset()) in (None, country):
                # "Iran has arrested seven men" in a story told from London: whom a state's police, courts or
                # government arrest or ban are its own people, unless their own words say otherwise ("two
                # British nationals") or the sentence names a place abroad ("In the occupied West Bank, Israeli
                # troops arrested"); the story's country the context gave them is not theirs (deportees are foreigners)
                stated = {p.char_start for p in target if any(m.country for m in p.mentions)}
                tgt = [with_country(a, country) if a.sector in DOMESTIC_SECTORS and a.country != country
                       and a.char_start not in stated and not a.name else a for a in tgt]
        if not src and rule.event_type == "ASSAULT" and rule.lemma in self._cues["casualty_verb"] and tgt \
                and all(a.sector == "CVL" and not a.name for a in tgt):
            # "At least three people were killed, according to ...": a count of casualties with no attacker is the
            # toll of an attack told elsewhere, not an event (cue kind `casualty_verb`)
            analysis.decisions.append(Decision(tok.text, rule.id, "a casualty count with no attacker, not an event"))
            return None
        if src and tgt and all(a.sector == "BUS" for a in src) and all(a.sector in ("BUS", None) for a in tgt):
            # "Chief executive Sarah Quinn threatened to leave the German market": business among companies and
            # markets, not a political event (a company acting on a state, union or people still is one)
            analysis.decisions.append(Decision(tok.text, rule.id, "business among companies, not a political event"))
            return None
        flags = self._flags(tokens, tok, clauses, parse, sent)
        event_type, cameo, mode = rule.event_type, rule.cameo, rule.mode
        rule_id = rule.id
        if event_type == "ASSAULT" and rule.lemma in self._cues["riot_verb"] and src \
                and all(a.sector in _PROTESTER_SECTORS for a in src):
            # protesters throwing stones at police riot (PLOVER PROTEST riot, CAMEO 145); migrants or gunmen
            # throwing them attack (cue kind `riot_verb`)
            event_type, cameo, mode = "PROTEST", "145", "riot"
        persons = {p.char_start for p in target if any(m.kind == "person" for m in p.mentions)}
        if event_type == "COERCE" and cameo.startswith("171") and tgt and target and all(
                a.sector in _SEIZED_PEOPLE_SECTORS or a.char_start in persons for a in tgt):
            # a seizure is of property (CAMEO 171); people seized are arrested by the state's forces (173) and abducted
            # by anyone else (ASSAULT 181: "a rights lawyer who was seized by men in plain clothes")
            if src and all(a.sector in _STATE_SECTORS for a in src):
                cameo, mode = "173", "arrest"
            else:
                event_type, cameo, mode = "ASSAULT", "181", "abduct"
        if flags["future"] and event_type in _FUTURE_TYPES:
            event_type, cameo, mode = "AGREE", _FUTURE_TYPES[event_type], None
        elif flags["future"] and flags["negated"] and (event_type == "RETREAT" or (
                event_type == "CONCEDE" and not flags["hypothetical"] and tok.text.islower()
                and (tok.lower == tok.lemma if self.lang == "en" else not _participle(tok.lower)))):
            # "said he would not resign", "werde nicht zurücktreten", "kündigte an, keinen Millimeter nachzugeben":
            # a refusal to yield, made now (a concession in the infinitive: not "haben ... entgegen früheren
            # Zusagen nicht wieder geöffnet", an act not done)
            event_type, cameo, mode = "REJECT", "124", "yield"
            flags["negated"] = flags["future"] = False
        elif flags["future"] and event_type == "RETREAT":
            # an announced release, withdrawal, opening or easing is an intent to yield (CAMEO 035, PLOVER AGREE):
            # "said it would release 15 fighters" (0353), "will pull its troops out" (0356)
            event_type, mode = "AGREE", None
            cameo = {"084": "0353", "087": "0356", "086": "0355", "085": "0354"}.get(cameo[:3], "035")
        elif event_type == "THREATEN" and not tgt:
            # "warned it would take measures if the Philippines allowed ...": the threat is aimed at the condition's actor
            condition = self._condition(tokens, tok, clauses, parse, sent, analysis)
            tgt = [a for a in self._actors(condition or [], analysis, tokens) if a not in src][:1]
        elif (flags["future"] or (parse is not None and flags["hypothetical"] and self._said_would(tok, parse, sent))) \
                and not flags["negated"] and event_type in _THREAT_OF:
            # (English reported speech: "said they would march on the city if the protesters were not released")
            condition = self._condition(tokens, tok, clauses, parse, sent, analysis)
            if condition is not None:
                # "Falls die Verhandlungen scheitern, will die Gewerkschaft streiken", "will go on strike if the
                # government fails to pay": an announced act made conditional on the other side is a threat
                event_type, cameo, mode = "THREATEN", _THREAT_OF[event_type], None
                flags["future"] = flags["hypothetical"] = False
                rule_id = rule.id + CONDITION_SUFFIX  # dated when made, not by the act threatened (timeplace)
                if not tgt and condition:
                    # (the condition's actors, not its places: "Sollte Russland in die Ukraine einmarschieren")
                    tgt = [a for a in self._actors([p for p in condition if p.prep not in _PLACE_PREPS] or condition,
                                                   analysis, tokens) if a not in src]
        if event_type in ("CONCEDE", "THREATEN") and flags["future"]:
            # the promise is the (verbal) concession, the warning the threat: made now, dated when it was made
            flags["future"] = False
        if any(g & self._negation for g in rule.with_groups):
            # the rule reads the negation itself ("would not send weapons": a refusal, made now)
            flags["negated"] = flags["future"] = False
        if any(g & self._hypothetical for g in rule.with_groups):
            # the rule reads the modal itself ("würden nicht zögern", "werde entschlossen reagieren"): the
            # threat is made now
            flags["hypothetical"] = False
        raw = rule.confidence + (0.1 if src and tgt else -0.15 if not src else 0.0) - (0.1 if rule.pos == "N" else 0.0)
        attributed = self._attribution(tokens, tok, clauses, analysis, parse, sent)
        if not src and attributed is not None and (event_type in _VERBAL_TYPES or (
                self.lang == "en" and event_type in ("COERCE", "SANCTION") and attributed.sector in _ENFORCING_SECTORS
                and attributed.country
                and tgt and all(a.country != attributed.country or a.sector != attributed.sector for a in tgt))):
            # "Westliche Beamte sagen, ... denen ... vorgeworfen wurden": the speakers accuse; "police said 18 people had
            # been arrested", "the ministry said the diplomat had been declared persona non grata": the authority that
            # reports an arrest or an expulsion of no stated agent made it (English; in German the same measured worse)
            src = [attributed]
            tgt = [a for a in tgt if a != attributed]
        if analysis.placed:
            # a place named by its country's demonym is no party ("captured the eastern Congolese city of Goma"; but
            # where an attack hits, its people are: "ein Drohnenangriff auf ein Wohnhaus in der ukrainischen Hafenstadt")
            src = [a for a in src if a.char_start not in analysis.placed]
            if event_type != "ASSAULT":
                tgt = [a for a in tgt if a.char_start not in analysis.placed]
        magnitudes = {k: v for k, v in self._magnitudes(tokens).items() if k in _MAGNITUDE_TYPES.get(event_type, ())}
        analysis.decisions.append(Decision(tok.text, rule.id, "event"))
        return self._event(article, sent, tok, (event_type, mode, cameo), src, tgt, rule_id, raw, flags,
                           attributed, context=rule.context, magnitudes=magnitudes)

    def _event(self, article: Article, sent: Sentence, tok: Token, act: tuple[str, str | None, str],
               src: Sequence[Actor], tgt: Sequence[Actor], rule_id: str, raw: float, flags: dict[str, bool],
               attributed: Actor | None, *, context: tuple[str, ...] = (), magnitudes: dict[str, int] | None = None,
               ) -> Event:
        """An event of the sentence: `act` is (type, mode, CAMEO code), `raw` the confidence before calibration."""
        event_type, mode, cameo = act
        if event_type == "CONCEDE" and len({a.country for a in src}) > 1 and (
                rule := self._rules_by_id.get(rule_id)) is not None and rule.lemma in self._cues["agreeing"]:
            # "The leaders of Armenia and Azerbaijan ... agreed to let Washington develop a corridor": a concession
            # is one side's; what several sides agree to is an agreement
            event_type, mode, cameo = "AGREE", None, "030"
        book = self.lexicon.codebook
        code = book.cameo.get(cameo)
        return Event(
            event_id=event_id(article.article_id, sent.char_start, sent.char_end, event_type, src, tgt, tok.start),
            article_id=article.article_id, url=article.url, event_type=event_type, mode=mode, cameo=cameo,
            quad_class=code.quad_class if code else book.types[event_type][0],
            goldstein=code.goldstein if code else None, source=tuple(src), target=tuple(tgt),
            evidence=Evidence(sentence=sent.text, char_start=sent.char_start, char_end=sent.char_end,
                              trigger=Span(tok.text, tok.start, tok.end), rule=rule_id),
            confidence=round(self.calibrated(max(0.05, min(0.99, raw))), 3), coder=self.version, context=context,
            negated=flags["negated"], hypothetical=flags["hypothetical"], future=flags["future"],
            attributed_to=attributed, magnitudes=magnitudes or {}, domain=article.domain, lang=article.lang,
        )

    def _property(self, tokens: list[Token], tok: Token, clauses: list[_Clause], parse: Any, sent: Sentence,
                  analysis: SentenceAnalysis) -> list[Actor]:
        """The thing an attack or a seizure hit, when it is property of a kind the cues name: its object (English:
        the direct object, the passive subject, or "on"/"against"/"of" after a noun; German: a noun of the trigger's
        clause that no locative preposition governs), as an actor of no country yet."""
        civil, military = self._cues["property_civil"], self._cues["property_military"]
        if not civil and not military:
            return []
        offset = sent.char_start
        taken = {i for p in analysis.phrases for i in range(p.start, p.end)}

        def sector(lemma: str, text: str) -> str | None:
            words = {lemma, text.lower()}
            if self.lang == "de" and text[:1].isupper():
                words |= {h for h in (self._word_head(lemma, civil), self._word_head(lemma, military)) if h}
            return "MIL" if words & military else "CVL" if words & civil else None

        if parse is not None:
            node = _at(parse, tok.start - offset)
            if node is None:
                return []
            objs = [c for c in node.children if c.dep_ in ("dobj", "nsubjpass")]
            objs += [g for c in node.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "of", "to")
                     for g in c.children if g.dep_ == "pobj"]
            # (through a quantity: "dozens of homes", "a number of shops")
            objs += [g for o in list(objs) if sector(o.lemma_.lower(), o.text) is None for c in o.children
                     if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            for obj in objs:
                kind = sector(obj.lemma_.lower(), obj.text)
                if kind is None or obj.i in taken:
                    continue
                top = obj.head.head if obj.head.lower_ == "of" and obj.head.head in objs else obj
                cut = {t.i for c in top.subtree if c.dep_ in ("prep", "relcl", "acl", "punct") and c.lower_ != "of"
                       for t in c.subtree}  # (not "in the district", nor a clause about it)
                span = [t for t in top.subtree if t.i not in cut]
                if any(t.pos_ == "PROPN" for t in span):
                    continue  # "the town of Kidal": a named place, which TimePlace codes as the place it is
                start, end = span[0].idx + offset, span[-1].idx + len(span[-1].text) + offset
                return [Actor(text=parse.text[span[0].idx:span[-1].idx + len(span[-1].text)], name=None, country=None,
                              sector=kind, cameo_actor=None, char_start=start, char_end=end)]
            return []
        clause = next((c for c in clauses if c.start <= tok.i < max(c.end, c.start + 1)), None)
        lo, hi = (clause.start, clause.end) if clause else (0, len(tokens))
        aimed = {"auf", "gegen"}
        counts = self._cues["count_word"]
        noun_trigger = tok.text[:1].isupper()
        for t in tokens[lo:hi]:
            if t.i == tok.i or t.i in taken or not t.text[:1].isupper() or t.i == lo:
                continue
            kind = sector(t.lemma, t.text)
            if kind is None:
                continue
            k = t.i - 1  # back over articles, numbers and adjectives: "Dutzende Häuser", "einen russischen Fischtrawler"
            while k >= lo and t.i - k <= 4 and (
                    tokens[k].text.isdigit() or tokens[k].lower in _DETERMINERS_DE or tokens[k].lower in counts
                    or (tokens[k].text[:1].islower() and tokens[k].lower.endswith(("e", "en", "er", "es", "em"))
                        and tokens[k].lower not in _WERDEN)):
                k -= 1
            while k + 1 < t.i and tokens[k + 1].text[:1].islower() and tokens[k + 1].lower not in _DETERMINERS_DE \
                    and not tokens[k + 1].text.isdigit() and not (k >= lo and (tokens[k].lower in _DETERMINERS_DE
                                                                            or tokens[k].lower in counts)):
                k += 1  # an adjective only after an article or a count: "und setzte Dutzende Häuser" has a verb
            before = tokens[k] if k >= lo else None
            if noun_trigger and (before is None or before.lower not in aimed or not 0 < t.i - tok.i <= 5):
                continue  # a noun trigger hits only what it is aimed at ("Angriff auf das Dorf")
            genitive = k + 1 < t.i and tokens[k + 1].lower in ("der", "des")
            if before is not None and before.lower not in aimed and (
                    before.lower in _PREPS_DE or (genitive and before.text[:1].isupper() and not before.is_punct)):
                continue  # "in der Stadt", "aus dem Dorf", "Bewohnern der Hauptstadt": where or whose, not what
            if t.i + 1 < hi and tokens[t.i + 1].text[:1].isupper() and not tokens[t.i + 1].is_punct:
                continue  # "die Stadt Kidal": a named place, which TimePlace codes as the place it is
            first = k + 1
            return [Actor(text=sent.text[tokens[first].start - offset:t.end - offset], name=None, country=None,
                          sector=kind, cameo_actor=None, char_start=tokens[first].start, char_end=t.end)]
        return []

    def _topic_de(self, tok: Token, tokens: list[Token]) -> bool:
        """German: a noun after a topic preposition (cue kind `topic_prep`: über) with an indefinite article or
        none, past adjectives ("über neue Sanktionen", "über einen Austritt"); "Empörung über den Angriff" names an
        act that happened."""
        k = tok.i - 1
        while k >= 0 and tokens[k].text[:1].islower() and tokens[k].lower not in _INDEFINITE_DE \
                and tokens[k].lower not in _DETERMINERS_DE and tokens[k].lower not in self._cues["topic_prep"] \
                and tok.i - k <= 2:
            k -= 1  # adjectives: "über neue", "über einen möglichen"
        if k >= 0 and tokens[k].lower in _INDEFINITE_DE:
            k -= 1
        return k >= 0 and tokens[k].lower in self._cues["topic_prep"]

    def _labelled_de(self, tok: Token, tokens: list[Token]) -> bool:
        """German: a noun after "von"/"vom" (past an indefinite article and lowercase adjectives) that a verb of cue
        kind `label_verb` governs: "sprach von einem Angriff", "spricht vom bislang schwersten Anschlag" name what
        the speaker calls it."""
        k = tok.i - 1
        while k >= 0 and tok.i - k <= 4 and (tokens[k].lower in _INDEFINITE_DE or (
                tokens[k].text[:1].islower() and tokens[k].text.isalpha() and tokens[k].lower not in ("von", "vom"))):
            k -= 1
        if k < 0 or tokens[k].lower not in ("von", "vom"):
            return False
        verbs = self._cues["label_verb"]
        return any(tokens[j].lemma in verbs or tokens[j].lower in verbs for j in range(max(0, k - 4), k)
                   if not any(t.is_punct for t in tokens[j:k]))

    def _conditional_noun(self, tok: Token, tokens: list[Token]) -> bool:
        """A noun trigger right after a phrase of cue kind `condition_phrase` ("im Fall", "in the event of"),
        past an article or adjectives: "im Fall eines Angriffs", "in case of a Russian attack"."""
        words = [t.lower for t in tokens]
        for phrase in self.lexicon.multiword_cues.get("condition_phrase", ()):
            for gap in range(0, 3):
                start = tok.i - gap - len(phrase)
                if start >= 0 and tuple(words[start:start + len(phrase)]) == phrase \
                        and all(not tokens[k].is_punct for k in range(start + len(phrase), tok.i)):
                    return True
        return False

    def _open_question(self, tok: Token, tokens: list[Token], clauses: list[_Clause], parse: Any, sent: Sentence) -> bool:
        """The trigger sits in a clause opened by "whether" or "ob" (cue kind `open_question`)."""
        cues = self._cues["open_question"]
        if parse is None:
            clause = next((c for c in clauses if c.start <= tok.i < max(c.end, c.start + 1)), None)
            return clause is not None and clause.kind != "main" and clause.first in cues
        node = _at(parse, tok.start - sent.char_start)
        while node is not None:
            if any(c.dep_ == "mark" and c.lower_ in cues for c in node.children):
                return True
            if node.dep_ in ("ROOT", "ccomp", "advcl", "csubj", "relcl", "acl", "parataxis") or node.head.i == node.i:
                return False  # the trigger's own clause ends here
            node = node.head
        return False

    @staticmethod
    def _forces(phrase: ActorPhrase) -> bool:
        """Soldiers, police or suspects named by role alone ("1,000 soldiers", "its troops", "the suspects"): what
        a country provides or hands over, not whom it acts on."""
        return {m.kind for m in phrase.mentions} == {"role"} and {m.sector for m in phrase.mentions} <= {"MIL", "COP", "CRM"}

    def calibrated(self, raw: float) -> float:
        """Raw rule scores mapped to the precision measured on the dev sets (lexicons/<lang>/calibration.tsv,
        written by scripts/calibrate.py); the raw score when no table ships."""
        if not self.calibrate or not self.lexicon.calibration:
            return raw
        for upper, value in self.lexicon.calibration:
            if raw <= upper:
                return value
        return self.lexicon.calibration[-1][1]

    def _magnitudes(self, tokens: list[Token]) -> dict[str, int]:
        """'mindestens 12 Menschen wurden getötet' -> {'killed': 12}: a number, then a magnitude word."""
        found: dict[str, int] = {}
        words, numbers = self.lexicon.magnitude_words, self.lexicon.number_words
        for tok in tokens:
            digits = tok.text.replace(".", "").replace(",", "")
            value = int(digits) if digits.isdigit() and len(digits) < 8 else numbers.get(tok.lower)
            if value is None:
                continue
            kinds = []
            for nxt in tokens[tok.i + 1:tok.i + 6]:
                if nxt.text in _BREAKS:
                    break
                kind = words.get(nxt.lower) or words.get(nxt.lemma)
                if kind:
                    kinds.append(kind)
            # "17 Menschen getötet": the outcome word beats the word for people
            specific = [k for k in kinds if k != "size"]
            if specific or kinds:
                found.setdefault((specific or kinds)[0], value)
        return found

    def _actors(self, phrases: list[ActorPhrase], analysis: SentenceAnalysis, tokens: list[Token]) -> list[Actor]:
        """The actors of a slot; unnamed ones once per actor code ("Israeli helicopters and tanks" are one
        ISRMIL), named people each ("Putin and Lavrov")."""
        out: list[Actor] = []
        unnamed: set[str] = set()  # codes of the actors so far that are not named people
        # "Chinese, Russian and Iranian warships": bare demonyms listed before a role share it
        last = analysis.actors[analysis.phrases.index(phrases[-1])] if phrases else None
        shared = last.sector if last is not None and last.sector and len(phrases) > 1 else None
        for p in phrases:
            actor = analysis.actors[analysis.phrases.index(p)]
            if shared and actor is not None and actor.sector is None and {m.kind for m in p.mentions} == {"demonym"} \
                    and actor.country and len(actor.country) == 3:
                actor = replace(actor, sector=shared, cameo_actor=actor.country + shared)
            person = any(m.kind == "person" for m in p.mentions)
            found = analysis.pairs.get(analysis.phrases.index(p)) or self._by_origin(p, analysis, tokens)
            for a in found or ([actor] if actor is not None else []):
                if a in out or (not person and a.cameo_actor in unnamed):
                    continue
                out.append(a)
                if not person and a.cameo_actor:
                    unnamed.add(a.cameo_actor)
        return out

    def _by_origin(self, phrase: ActorPhrase, analysis: SentenceAnalysis, tokens: list[Token]) -> list[Actor]:
        """"Soldiers from Nigeria, Niger, Chad and Cameroon", "doctors from two American aid groups": a role
        followed by the countries or the group it comes from is the role of each of those countries."""
        kinds = {m.kind for m in phrase.mentions}
        k = analysis.phrases.index(phrase)
        if kinds != {"role"} or k + 1 >= len(analysis.phrases):
            return []
        nxt = analysis.phrases[k + 1]
        gap = tokens[phrase.end + 1:nxt.start]  # after the preposition: numbers and articles only
        if nxt.prep not in _ORIGIN_PREPS or tokens[phrase.end].lower not in _ORIGIN_PREPS \
                or any(not (t.text.isdigit() or t.lower in self._cues["count_word"]) for t in gap):
            return []
        chain = self._coordinated(nxt, analysis, tokens)
        countries = [next((m.country for m in p.mentions if m.kind in ("country", "capital", "demonym", "igo") and m.country),
                          None) for p in chain]
        if not chain or None in countries:
            return []
        return [a for a in (resolve_phrase(phrase, context_country=c, generic_roles=self._cues["generic_role"]) for c in countries) if a is not None]

    def _coordinated(self, phrase: ActorPhrase, analysis: SentenceAnalysis, tokens: list[Token]) -> list[ActorPhrase]:
        """The phrase and the phrases listed with it ("Angola, Südafrika und Eswatini"): a chain of
        commas counts only when it ends in 'und', 'and' or 'sowie' ("Serbia, officials said" is no list)."""
        joiners = {",", "und", "and", "sowie", "oder", "or", "&", "the", "die", "der", "das", "den", "dem"} \
            | self._cues["possessive"]  # "Lawrow und sein chinesischer Amtskollege Wang Yi"
        conjunctions = {"und", "and", "sowie", "&", "oder", "or"}
        phrases = analysis.phrases

        def link(a: ActorPhrase, b: ActorPhrase) -> str | None:
            between = tokens[a.end:b.start]
            if len(between) == 1 and between[0].text == "-" and not between[0].ws and not tokens[a.end - 1].ws:
                return "and"  # "joint U.S.-South Korean drills": both countries
            if between and between[0].lower in conjunctions and len(between) <= 4 \
                    and all(t.lower in joiners or _modifier(t) for t in between[1:]):
                return "and"  # "the Assam Rifles and the Manipur police": a name or adjective of the next phrase
            if not between or len(between) > 3 or not all(t.lower in joiners for t in between):
                return None
            if any(t.lower in conjunctions for t in between):
                return "and"
            return "comma" if any(t.lower == "," for t in between) else None

        idx = phrases.index(phrase)
        links = [link(phrases[i], phrases[i + 1]) for i in range(len(phrases) - 1)]
        lo = idx
        while lo > 0 and links[lo - 1]:
            lo -= 1
        hi = idx
        while hi < len(links) and links[hi]:
            hi += 1
        # drop trailing comma links: a list ends with its conjunction
        while hi > lo and links[hi - 1] == "comma":
            hi -= 1
        if not (lo <= idx <= hi):
            return [phrase]
        return phrases[lo:hi + 1]

    def _slots_de(self, tokens: list[Token], tok: Token, rule: TriggerRule, analysis: SentenceAnalysis,
                  clauses: list[_Clause]) -> tuple[list[ActorPhrase], list[ActorPhrase]]:
        clause = next(c for c in clauses if c.start <= tok.i < max(c.end, c.start + 1)) if clauses else _Clause(0, len(tokens), "main")
        ends = {p.end for p in analysis.phrases}
        # an abbreviation in brackets right after a name is that name again: "die Internationale Organisation
        # für Migration (IOM) riefen Pakistan auf" has Pakistan as its object
        usable = [p for p, a in zip(analysis.phrases, analysis.actors, strict=True) if a is not None
                  and not (p.start - 1 in ends and tokens[p.start - 1].text == "(" and p.end < len(tokens)
                           and tokens[p.end].text == ")")]
        # the members of a list after "darunter" or "einschließlich" name who a noun before counts in ("die
        # Diplomaten von sieben Ländern, darunter Argentinien, Chile und Peru"); they are no arguments of their own
        listed = {id(q) for p in usable if p.start > 0 and tokens[p.start - 1].lower in _INCLUDING_DE
                  for q in self._coordinated(p, analysis, tokens)}
        usable = [p for p in usable if id(p) not in listed]
        inside = [p for p in usable if clause.start <= p.start < clause.end]
        inside = self._interrupted_main(clause, clauses, usable, tokens) + inside
        if rule.pos == "V":
            # "verbot sämtliche Demonstrationen und ließ 44.000 Polizisten aufziehen": a verb joined by "und" without a
            # comma begins a predication of its own; what follows it is not the trigger's object
            joined = next((t.i for t in tokens[tok.i + 1:clause.end - 1] if _joins_verb_de(tokens, t.i)), None)
            if joined is not None:
                inside = [p for p in inside if p.start < joined]
        lemmas = {t.lower for t in tokens[clause.start:clause.end]}
        passive = rule.pos == "V" and (
            (bool(lemmas & _PASSIVE_AUX_DE) and _participle(tok.lower))
            # "wurde ... empfangen": after a past passive auxiliary an -en verb is a participle too
            or (bool(lemmas & {"wurde", "wurden", "worden"}) and tok.lower.endswith("en")))
        passive = passive and any(p.prep in ("von", "durch") for p in inside) or (
            passive and not any(p.prep is None for p in inside if p.start > tok.i))

        def subject() -> ActorPhrase | None:
            if rule.pos == "V" and tokens[clause.start].lower in self._cues["whoever"]:
                return None  # "wer Russland Waffen liefere, ...": whoever does it, no actor named
            if rule.pos == "N":
                # "Russlands Angriff", "der iranische Raketenangriff": the owner or demonym right before the noun
                before = [p for p in inside if p.end == tok.i and (p.genitive or {m.kind for m in p.mentions} == {"demonym"})]
                if before:
                    return before[-1]
                # "der Abschuss einer Drohne der malischen Streitkräfte durch die algerische Luftabwehr": the agent
                # (not "der Unterdrückung der Proteste durch die Sicherheitskräfte": the agent of the noun that
                # owns the trigger in the genitive)
                owned = tok.i >= 2 and tokens[tok.i - 1].lower in ("der", "des", "einer", "eines") \
                    and tokens[tok.i - 2].text[:1].isupper() and not tokens[tok.i - 2].is_punct
                agent = None if owned else next((p for p in inside if p.prep == "durch" and 0 < p.start - tok.i <= 10
                                                 and not any(t.is_punct for t in tokens[tok.i:p.start])), None)
                if agent is not None:
                    return agent
                if tokens[clause.start].lower in _COORDINATORS_DE and clause.start + 1 < tok.i \
                        and tokens[clause.start + 1].lemma in self._cues["light_verb"]:
                    # ", und nahm 45 Personen in Gewahrsam": the noun's light verb shares the subject before it
                    return self._inherited_subject(clause, clauses, usable, tokens)
            elif clause.kind == "rel" and tokens[clause.start].lower in _RELATIVE_NOMINATIVE_DE:
                return self._inherited_subject(clause, clauses, usable, tokens)
            elif self._owner_relative(clause, tokens, usable):
                # "ein Schnellboot der Küstenwache, dessen Besatzung Warnschüsse abgegeben habe": the crew of no
                # stated actor acts for the antecedent
                return self._antecedent(clause, usable, tokens)
            elif rule.pos == "V" and tokens[clause.start].lower in _COORDINATORS_DE and clause.start + 1 == tok.i:
                # ", und lobte die Vermittlerrolle der Vereinten Nationen": a coordinated verb shares the subject
                return self._inherited_subject(clause, clauses, usable, tokens)
            elif rule.pos == "V" and clause.start == tok.i and _verb_first(clause, tokens) and not _after_report(clause, clauses, tokens) \
                    and not (rule.event_type in _SPEECH_ABOUT_ACTS and clause is clauses[-1]):
                # "Spezialeinheiten durchsuchten die Gebäude, beschlagnahmten Akten": the verbs share a subject
                # (after reported words, or in the last clause, a verb of speech is the reporter's, with its
                # subject after it: "..., teilte die Armee mit", "... abgezogen, kritisierte die Regierung";
                # with no subject before, the words before were a fronted phrase: "In der Stadt Saint-Marc,
                # rund 30 Kilometer entfernt, gingen Hunderte Menschen auf die Straße")
                shared = self._inherited_subject(clause, clauses, usable, tokens)
                if shared is not None:
                    return shared
            elif clause.kind == "inf" and _zu_infinitive(tokens[clause.start:clause.end]):
                # a zu-infinitive has no subject of its own: "Die Armee bestritt, Zivilisten getötet zu haben"
                return self._inherited_subject(clause, clauses, usable, tokens)
            elif rule.pos == "V" and clause.kind == "main" and (fronted := _apposed_subject(clause, tokens, usable)):
                return fronted
            # (a relative pronoun is no article of the noun after it: "dem Menschenrechtler ... vorwerfen")
            # (nor an object pronoun: "Nun droht ihm die Amtsenthebung")
            # (after the verb, nor a genitive owned by a noun: "kritisierte aber die Internetsperre der Regierung";
            # before it, "Die Beobachtermission der Afrikanischen Union lobte" the owner stands for the unnamed body)
            # ("Einige von ihnen bewarfen Polizisten": the group after a partitive "von" is the subject, named or not)
            # (opening the clause: not "hat fünf von Belgrad finanzierte Verwaltungen geschlossen")
            opening = clause.start + (1 if tokens[clause.start].lower in _COORDINATORS_DE else 0)
            counted = next((p for p in analysis.phrases if p.start - 2 == opening and self._partitive(p, tokens)), None)
            if counted is not None and rule.pos == "V":
                return counted if counted in inside else None
            pool = [p for p in inside if p.prep is None and not self._possessor(p, tokens)
                    and not (p.start > tok.i and self._owned_by_noun(p, tokens))
                    and p.text.lower() not in _OBJECT_PRONOUNS_DE
                    and (p.case_word not in _NON_NOMINATIVE_DE or (clause.kind == "rel" and p.start == clause.start + 1))]
            # (nor the last of a list after a preposition: "Sanktionen gegen russische Reedereien und
            # Rüstungsunternehmen"; but an agent's list stays: "die von den USA und Frankreich vermittelte Waffenruhe")
            governed = {id(m) for q in inside if q.prep is not None and q.prep not in ("von", "durch")
                        for m in self._coordinated(q, analysis, tokens) if m.start >= q.end}
            pool = [p for p in pool if id(p) not in governed]
            if rule.pos == "N" and any(t.lower in self._cues["reason_prep"] for t in tokens[max(clause.start, tok.i - 4):tok.i]):
                return None  # "belegt ... wegen mutmaßlicher Raketenlieferungen mit Sanktionen": the reason is another's act
            if rule.pos == "N":
                # the clause's subject after the noun acts, unless the clause is passive ("Bei einem Angriff
                # ... wurden zehn Menschen getötet": the subject is the victim)
                # (nor before it: "63 Menschen seien in Gewahrsam genommen worden": the subject suffers the act)
                before_noun = [p for p in pool if p.end <= tok.i]
                pool = [] if lemmas & {"wurde", "wurden", "worden"} else (before_noun or pool)
            if pool:
                return pool[0]
            if rule.pos == "N" and not (clause.kind == "inf" and _zu_infinitive(tokens[clause.start:clause.end])
                                        and any(t.lower in self._cues["possessive"] for t in tokens[max(0, tok.i - 3):tok.i])):
                return None
            # "kündigte an, ihre Angriffe fortzusetzen": the main clause's subject acts (its own attacks)
            return self._inherited_subject(clause, clauses, usable, tokens)

        def fill(slots: tuple[str, ...], taken: list[ActorPhrase]) -> list[ActorPhrase]:
            for slot in slots:
                found: ActorPhrase | None = None
                if slot == "none":
                    return []
                if slot in ("subj", "poss"):
                    found = subject() if not passive else next((p for p in inside if p.prep in ("von", "durch")), None) \
                        or self._forces_before(clause, clauses, usable, tokens, analysis)
                elif slot == "agent":
                    found = next((p for p in inside if p.prep in ("von", "durch")), None)
                elif slot in ("obj", "dat") and clause.kind == "rel" and tokens[clause.start].lower in _RELATIVE_OBLIQUE_DE \
                        and not self._owner_relative(clause, tokens, usable):
                    found = self._antecedent(clause, usable, tokens)  # "..., denen ... vorgeworfen wurden"
                elif slot in ("obj", "dat"):
                    if passive:  # (not "Nach Angaben der Polizei wurden ... festgenommen": the police say so)
                        # (nor the owner of a noun in a prepositional phrase: "Bei Protesten gegen die Machtübernahme
                        # der Armee waren sechs Menschen erschossen worden")
                        # (but a town is no noun a genitive belongs to: "wurde in Douala der Oppositionspolitiker X
                        # festgenommen")
                        found = next((p for p in inside if p.prep is None and not self._news_source(p, tokens)
                                      and (self._owner_prep(p, tokens) is None or self._after_place_name(p, tokens))),
                                     None) \
                            or self._inherited_subject(clause, clauses, usable, tokens)
                    else:
                        # (a group counted after "von" too: "ließen die Entführer 27 von ihnen frei")
                        pool = [p for p in inside if (p.prep is None or (p.start > tok.i and self._partitive(p, tokens)))
                                and p not in taken and not (p.genitive and p.end <= tok.i and rule.pos == "N")]
                        subj = subject()
                        pool = [p for p in pool if p is not subj and not self._news_source(p, tokens)
                                and not (subj is not None and subj.end < p.start < tok.i and p.start - subj.end <= 3
                                         and tokens[subj.end].lower in ("der", "des")
                                         and not any(t.is_punct for t in tokens[subj.end:p.start]))]
                        # ("Spezialeinheiten der Polizei", "Anhänger der Demokratischen Partei": the subject's owner)
                        if subj is not None and pool:
                            # nor the subject's partners and their owners: "Politikerinnen und Politiker mehrerer
                            # Parteien forderten den Bundesrat auf"
                            group = self._coordinated(subj, analysis, tokens)
                            pool = [p for p in pool if p not in group and not (p.end <= tok.i and any(
                                q.end < p.start <= q.end + 2 and {t.lower for t in tokens[q.end:p.start]} <= _GENITIVE_DET_DE
                                for q in group))]
                        if slot == "dat":
                            pool = sorted(pool, key=lambda p: p.case_word not in ("dem", "einem", "seinem", "ihrem", "der"))
                        found = pool[0] if pool else None
                elif slot == "gen":
                    # (also "unter Vermittlung Katars" and "des Sultanats Oman": a genitive right after the noun, or
                    # a name after a genitive noun the lexicon does not know)
                    found = next((p for p in inside if p.start > tok.i and not self._news_source(p, tokens) and (
                        (p.case_word in ("des", "der") and p.prep is None
                         # (the noun's own genitive, not one inside a phrase after it: "Protesten gegen die
                         # Machtübernahme der Armee")
                         and (p.start - 2 == tok.i or self._owner_prep(p, tokens) is None))
                        or (p.prep == "von" and p.start - tok.i <= 4)
                        or (p.genitive and p.start == tok.i + 1 and p.prep is None)
                        or (p.start == tok.i + 3 and tokens[tok.i + 1].lower in ("des", "der")
                            and tokens[tok.i + 2].text[:1].isupper() and tokens[tok.i + 2].lower.endswith("s")))),
                                 None)  # not "in der ..."
                elif slot.startswith("pp:"):
                    preps = set(slot[3:].split("|"))
                    # the nearest to the trigger: "hat Beziehungen zur Volksrepublik China aufgenommen und die
                    # Beziehungen zu Taiwan abgebrochen"
                    found = min((p for p in inside if p.prep in preps and p not in taken),
                                key=lambda p: abs(p.start - tok.i), default=None)
                    if found is None and rule.pos == "V" and rule.with_groups:
                        # "kämpften an der Seite der äthiopischen Armee", "stellte sich an die Seite der Regierung":
                        # the owner of the rule's own word after the preposition
                        words = set().union(*rule.with_groups)
                        found = next((p for p in inside if p not in taken and self._owner_prep(p, tokens) in preps
                                      and tokens[p.start - 2].lemma in words), None)
                    if found is None and rule.pos == "N":
                        # "Proteste gegen die Machtübernahme der Armee": the owner of the noun after the preposition
                        found = next((p for p in inside if p.start > tok.i and p not in taken
                                      and self._owner_prep(p, tokens) in preps
                                      and not any(t.is_punct for t in tokens[tok.i:p.start])), None)
                if found is not None and found not in taken and not self._own_country(found, taken, analysis):
                    return self._coordinated(found, analysis, tokens)
            return []

        source = fill(rule.source, [])
        target = fill(rule.target, source)
        between = next((p for p in inside if p.prep == "zwischen" and 0 < p.start - tok.i <= 4), None) \
            if rule.pos == "N" else None
        if between is None and rule.event_type in _JOINT_TYPES and target and target[0].prep == "zwischen":
            between = target[0]  # "Treffen ... zwischen A und B" further on
        if between is not None:
            # "Gefechte zwischen der Rada-Miliz und der 444. Brigade": the two sides
            pair = self._coordinated(between, analysis, tokens)
            if rule.cameo.startswith("045"):
                # "hatte zwischen beiden Seiten vermittelt": a mediator acts on the two sides, whoever it is
                return [p for p in source if p not in pair], pair
            if rule.event_type in _JOINT_TYPES and len(pair) > 1:
                # "ein Gespräch zwischen den Außenministern Indiens und Kanadas": both hold it; a third party that
                # hosts or brokers talks between them acts on both ("Gespräche zwischen A und B unter Vermittlung Katars")
                outside = [p for p in source if p not in pair]
                return (outside, pair) if outside else (pair, [])
            else:
                source = [pair[0]]
                target = pair[1:2] if not target or target[0] in pair else target
        if not target and "none" not in rule.target:
            # prepositions that mark the one acted upon for this kind of event ("gegen X", "Grenze zu X")
            target = fill(tuple(f"pp:{p}" for p in _TARGET_PREPS_DE.get(rule.event_type, ("gegen",))), source)
        if not target and "none" not in rule.target and rule.event_type in _SPEECH_ABOUT_ACTS:
            # "drohte, die Beziehungen zu Montenegro abzubrechen": the target sits in the announced act
            # (or in the verb joined to it: "verurteilte die Abschiebungen und forderte Islamabad auf")
            # (not a condemnation of violence: "verurteilte den Angriff und rief die Regierung auf, die Verantwortlichen
            # zur Rechenschaft zu ziehen": whom it calls on is not whom it condemns)
            violence = rule.event_type == "ACCUSE" and any(
                "ASSAULT" in self._noun_types.get(t.lemma, ()) or t.lemma == "gewalt" for t in tokens[tok.i + 1:clause.end])
            following = [c for c in clauses if c.start >= clause.end and (
                c.kind in ("inf", "sub") or (c.joined and not violence))][:1]
            pool = [p for c in following for p in usable if c.start <= p.start < c.end and p not in source]
            target = self._coordinated(pool[0], analysis, tokens) if pool else []
        if not target and "none" not in rule.target and rule.event_type in ("ASSAULT", "COERCE"):
            # "setzte Tränengas ein, um die Demonstranten abzudrängen": whom the act is meant for, in the um-zu clause
            # right after it
            after = next((c for c in clauses if c.start >= clause.end), None)
            if after is not None and tokens[after.start].lower == "um" and after.start - clause.end <= 1:
                pool = [p for p in usable if after.start <= p.start < after.end and p.prep in (None, "um") and p not in source]
                target = self._coordinated(pool[0], analysis, tokens) if pool else []
        if not target and "none" not in rule.target and source and rule.event_type not in _JOINT_TYPES \
                and (len(source) == 1 or (all(0 <= b.start - a.end <= 2 for a, b in zip(source, source[1:], strict=False))
                                          and len({m.sector for p in source for m in p.mentions}) == 1
                                          and all({m.kind for m in p.mentions} == {"role"} for p in source))):
            # (a pair of one role, "Landwirtinnen und Landwirte", ends where its last member does)
            last = max(source, key=lambda p: p.end)
            # the remaining actor of the clause, in the object's phrase: "das Angebot Algeriens", "der Forderung
            # der Textilarbeiter", "einen von Saudi-Arabien vorgelegten Plan"; not a place ("in Genf"), a
            # mediator ("unter Vermittlung"), a source of the news ("nach Angaben des Pentagons") or a pronoun
            not_target = _PLACE_PREPS | self._cues["not_target_prep"]
            rest = [p for p in inside if p.start > last.end and (p.prep not in not_target or (
                        # "wies die Forderungen aus Zagreb zurück": whose claim it is
                        p.prep == "aus" and p.start > 1 and tokens[p.start - 2].lower in self._cues["claim_noun"]))
                    and not ({t.lower for t in tokens[last.end:p.start]} <= _DETERMINERS_DE | {"und", "sowie", ","})
                    and not (tokens[last.end].lower in ("der", "des") and p.start - last.end <= 3
                             and not any(t.is_punct for t in tokens[last.end:p.start]))  # the source's owner
                    and {m.kind for m in p.mentions} != {"pronoun"} and not self._news_source(p, tokens)
                    and not self._own_country(p, source, analysis)]
            target = self._coordinated(rest[0], analysis, tokens) if rest else []
        return source, [t for t in target if t not in source]

    def _partitive(self, p: ActorPhrase, tokens: list[Token]) -> bool:
        """German: a phrase after "von" that a word of quantity opens ("Einige von ihnen", "Hunderte von
        Demonstranten", "zwei von ihnen"; cue kind `partitive`): the group the words count, not a preposition's."""
        return p.prep == "von" and p.start >= 2 and tokens[p.start - 1].lower == "von" and (
            tokens[p.start - 2].lower in self._cues["partitive"] or tokens[p.start - 2].text.isdigit())

    @staticmethod
    def _own_country(p: ActorPhrase, taken: list[ActorPhrase], analysis: SentenceAnalysis) -> bool:
        """A bare country word of the source's own country is no target ("Deutschland hat ... aus deutschen
        Museen an Nigeria zurückgegeben")."""
        if not taken or not {m.kind for m in p.mentions} <= {"demonym", "country"}:
            return False
        mine = {a.country for q in taken if (a := analysis.actors[analysis.phrases.index(q)]) is not None}
        return any(m.country in mine for m in p.mentions)

    def _news_source(self, p: ActorPhrase, tokens: list[Token]) -> bool:
        """"nach Angaben des Pentagons", "nach Einschätzung amerikanischer Geheimdienste": who says so."""
        words = self._cues["news_source"]
        start = p.start
        if start > 0 and tokens[start - 1].text == "(":
            # "nach Angaben der Internationalen Organisation für Migration (IOM)": the source named before
            # the bracket, up to six words back
            start = max(0, start - 7)
            return any(tokens[k].lower in words for k in range(start, p.start - 1))
        if start > 0 and (tokens[start - 1].text[:1].isdigit() or tokens[start - 1].lower in self.lexicon.number_words):
            return False  # "nahm nach eigenen Angaben vier Menschen fest": a count names the people acted upon
        if start > 1 and tokens[start - 1].lower in ("ein", "eine", "einen") and tokens[start - 2].lower != "laut":
            return False  # "nahm nach eigenen Angaben einen Tatverdächtigen fest": an accusative object
        if any(tokens[k].lower in words for k in range(max(0, start - 2), start)):
            return True
        # past adjectives: "nach Angaben der örtlichen Zivilschutzbehörde"
        k = start - 1
        # (articles and inflected adjectives only: "wies die Darstellung zurück und warf der Armee vor" names
        # the army as the one accused)
        while k > 0 and start - k <= 4 and tokens[k].text.isalpha() and tokens[k].text.islower() \
                and tokens[k].lower not in words and tokens[k].lower.endswith(("e", "en", "er", "es", "em", "s")) \
                and tokens[k].lower not in _COORDINATORS_DE:
            k -= 1
        return k >= 0 and tokens[k].lower in words

    @staticmethod
    def _interrupted_main(clause: _Clause, clauses: list[_Clause], usable: list[ActorPhrase],
                          tokens: list[Token]) -> list[ActorPhrase]:
        """German main clauses broken by an inserted clause ("Die Junta hat das Angebot Algeriens, zwischen
        ... zu vermitteln, abgelehnt"): the phrases before the insertion belong to the verb after it."""
        if clause.kind != "main" or tokens[clause.start].lower in _COORDINATORS_DE:
            return []
        idx = clauses.index(clause)
        j = idx - 1
        while j >= 0 and clauses[j].kind in ("rel", "inf", "sub"):
            j -= 1
        if j < 0 or j == idx - 1 or clauses[j].kind != "main":
            return []
        head = clauses[j]
        return [p for p in usable if head.start <= p.start < head.end]

    @staticmethod
    def _possessor(p: ActorPhrase, tokens: list[Token]) -> bool:
        """A German genitive before a noun ("Russlands Invasion") owns it; it is not the subject."""
        if not p.genitive or p.end >= len(tokens):
            return False
        nxt = tokens[p.end]
        return nxt.text[:1].isupper() and not nxt.is_punct

    @staticmethod
    def _owned_by_noun(p: ActorPhrase, tokens: list[Token]) -> bool:
        """A German genitive after the noun it belongs to ("kritisierte aber die Internetsperre der Regierung"):
        it is no subject ("kritisierte der Präsident" has the verb before the article, "kritisierte am Montag der
        Präsident" a preposition before the noun)."""
        article = p.start - 1
        if article < 2 or tokens[article].lower not in ("der", "des") or tokens[article].lower != (p.case_word or ""):
            return False
        before = tokens[article - 1]
        return before.text[:1].isupper() and before.text.replace("-", "").isalpha() \
            and tokens[article - 2].lower not in PREPOSITIONS["de"]

    def _after_place_name(self, p: ActorPhrase, tokens: list[Token]) -> bool:
        """German: the word before the phrase's article is a place's name ("in Douala der Oppositionspolitiker"),
        which owns no genitive."""
        if self.places is None or p.start < 2:
            return False
        word = tokens[p.start - 2].text
        return any(t.text == word for t in self.places.find_toponyms(word, self.lang))

    @staticmethod
    def _owner_prep(p: ActorPhrase, tokens: list[Token]) -> str | None:
        """German: the preposition of the noun a genitive phrase belongs to ("gegen die Machtübernahme der
        Armee": "gegen"), or None."""
        article = p.start - 1
        if article < 2 or tokens[article].lower not in ("der", "des") or tokens[article].lower != (p.case_word or ""):
            return None
        noun = tokens[article - 1]
        if not (noun.text[:1].isupper() and noun.text.replace("-", "").isalpha()):
            return None
        for j in range(article - 2, max(-1, article - 6), -1):
            word = tokens[j]
            if word.lower in PREPOSITIONS["de"]:
                return word.lower
            if word.is_punct or not (word.lower in _DETERMINERS_DE or word.text[:1].islower()):
                return None
        return None

    @staticmethod
    def _forces_before(clause: _Clause, clauses: list[_Clause], usable: list[ActorPhrase], tokens: list[Token],
                       analysis: SentenceAnalysis) -> ActorPhrase | None:
        """German: a passive with no agent, joined by "und" to a clause whose subject is the police or the army,
        is theirs: "Die Polizei hat Tränengas eingesetzt, und mindestens 40 Personen sind festgenommen worden"."""
        k = clauses.index(clause) if clause in clauses else -1
        opener = tokens[clause.start].lower if clause.start < len(tokens) else ""
        if k <= 0 or not (clause.joined or opener in _COORDINATORS_DE):
            return None
        before = clauses[k - 1]
        subject = next((p for p in usable if before.start <= p.start < before.end and p.prep is None), None)
        actor = analysis.actors[analysis.phrases.index(subject)] if subject is not None else None
        return subject if actor is not None and actor.sector in ("COP", "MIL") else None

    @staticmethod
    def _owner_relative(clause: _Clause, tokens: list[Token], usable: list[ActorPhrase]) -> bool:
        """A relative clause opened by "dessen"/"deren" and a noun that names no actor ("dessen Besatzung"): the
        antecedent owns the clause's subject."""
        return clause.kind == "rel" and tokens[clause.start].lower in ("dessen", "deren") \
            and clause.start + 1 < clause.end and tokens[clause.start + 1].text[:1].isupper() \
            and not any(p.start == clause.start + 1 for p in usable)

    @staticmethod
    def _antecedent(clause: _Clause, usable: list[ActorPhrase], tokens: list[Token]) -> ActorPhrase | None:
        """The phrase right before a relative clause's comma ("Lawrow, der ..."), not any earlier actor, or before
        the verbs that end the clause before it ("hatte mehrere Aktivisten festgenommen, denen ...")."""
        before = [p for p in usable if clause.start - 2 <= p.end <= clause.start]
        if not before:
            gap = [p for p in usable if clause.start - 5 <= p.end < clause.start
                   and all(t.text.isalpha() and t.text.islower() for t in tokens[p.end:clause.start - 1])]
            before = gap[-1:]
        return before[-1] if before else None

    def _speaker_clause(self, before: _Clause, reported: _Clause, tokens: list[Token]) -> _Clause | None:
        """German: `before` is a main clause with a reporting verb ("Erdoğan erklärte daraufhin") and `reported`, right
        after its comma, what it says ("Mitsotakis existiere nicht mehr", "dass ..."); returns `before`, else None."""
        if before.kind != "main" or before.joined or reported.kind not in ("main", "sub") or reported.start == 0 \
                or (tokens[reported.start - 1].text != "," and tokens[reported.start].lower != "dass"):
            return None
        words = tokens[before.start:before.end]
        return before if any(t.lemma in self._report or t.lower in self._report for t in words) else None

    def _inherited_subject(self, clause: _Clause, clauses: list[_Clause], usable: list[ActorPhrase],
                           tokens: list[Token]) -> ActorPhrase | None:
        """A clause without its own subject takes the antecedent (relative), the subject of the verb it is
        joined to ("drängte die Menge ab und nahm 13 Menschen fest") or the main clause's subject."""
        idx = clauses.index(clause)
        if (clause.joined or tokens[clause.start].lower in _COORDINATORS_DE) and idx > 1 \
                and (speaker := self._speaker_clause(clauses[idx - 2], clauses[idx - 1], tokens)):
            # "Erdoğan erklärte, Mitsotakis existiere nicht mehr, und setzte die Gespräche aus": a verb joined after
            # what a speaker said is the speaker's, not the reported clause subject's
            pool = [p for p in usable if speaker.start <= p.start < speaker.end and p.prep is None
                    and p.case_word not in _NON_NOMINATIVE_DE and not self._possessor(p, tokens)]
            if pool:
                return pool[0]
        if clause.joined and idx > 0:
            left = clauses[idx - 1]
            if left.joined or (left.kind == "rel" and left.first in _RELATIVE_NOMINATIVE_DE) or _verb_first(left, tokens):
                return self._inherited_subject(left, clauses, usable, tokens)
            pool = [p for p in usable if left.start <= p.start < left.end and p.prep is None
                    and p.case_word not in _NON_NOMINATIVE_DE and not self._possessor(p, tokens)]
            return pool[0] if pool else self._inherited_subject(left, clauses, usable, tokens)
        if clause.kind == "rel":
            return self._antecedent(clause, usable, tokens) if clause.first in _RELATIVE_NOMINATIVE_DE else None
        for prev in reversed(clauses[:idx]):
            if prev.kind not in ("main",) or prev.joined or _verb_first(prev, tokens):
                continue  # (a clause that begins with its verb shares an earlier subject: "..., drängte die Menge ab")
            pool = [p for p in usable if prev.start <= p.start < prev.end and p.prep is None
                    and p.case_word not in _NON_NOMINATIVE_DE]
            if pool:
                return pool[0]
        return None

    def _slots_en(self, tok: Token, rule: TriggerRule, analysis: SentenceAnalysis, doc: Any,
                  sent: Sentence, tokens: list[Token]) -> tuple[list[ActorPhrase], list[ActorPhrase]]:
        offset = sent.char_start
        head = _at(doc, tok.start - offset)
        if head is None:
            return [], []
        usable = [p for p, a in zip(analysis.phrases, analysis.actors, strict=True) if a is not None]

        def phrases_for(node: Any) -> list[ActorPhrase]:
            """The actor phrase a node is in, else the phrases inside its subtree, in order."""
            lo = min(t.idx for t in node.subtree) + offset
            hi = max(t.idx + len(t) for t in node.subtree) + offset
            at = node.idx + offset
            exact = [p for p in usable if p.char_start <= at < p.char_end]
            if exact:
                return exact[:1]
            # an action noun's lower-case adjective says what kind of act it is: "military aid to Mozambique" is not
            # aid to soldiers (but "extremist organization" is an actor)
            describing = {c.idx + offset for c in node.children if c.dep_ == "amod" and c.text.islower()} \
                if node.lemma_ in self.lexicon.triggers else set()
            found = [p for p in usable if lo <= p.char_start and p.char_end <= hi and p.char_start not in describing]
            # "Yemen's Houthi movement": a name compounded with the noun names the actor more closely than the noun's
            # possessor does (a group's or an organisation's name)
            named = {c.idx + offset for c in node.children if c.dep_ == "compound"}
            return sorted(found, key=lambda p: not (any(p.char_start <= k < p.char_end for k in named)
                                                    and {m.kind for m in p.mentions} <= {"group", "org", "igo"}))

        def phrase_for(node: Any) -> ActorPhrase | None:
            return next(iter(phrases_for(node)), None)

        def children(node: Any, deps: set[str]) -> list[Any]:
            return [c for c in node.children if c.dep_ in deps]

        # "Israel is opposed to", "is committed to": a state the subject is in, not a passive with a hidden agent
        # (an adjective rule reads its participle as an adjective: "was concerned by the drills" is the
        # subject's stance, and "by" names what caused it)
        passive = bool(children(head, {"nsubjpass", "auxpass"})) and rule.pos != "A" and not (
            head.lower_ in self._cues["stative_participle"] and not children(head, {"agent"}))
        # ("were arrested on Monday and released on bail": a participle joined to a passive is passive too)
        passive = passive or (head.dep_ == "conj" and head.tag_ == "VBN" and rule.pos == "V"
                              and bool(children(head.head, {"auxpass"}))
                              and not children(head, {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"}))

        def decider(node: Any) -> Any:
            """"Washington's decision last month to freeze all US assistance": the owner of a decision, move or plan
            (cue kind `decision_noun`) right before the infinitive acts, wherever the parser hangs the infinitive."""
            to = next((c for c in node.children if c.dep_ == "aux" and c.lower_ == "to"), None)
            if to is None:
                return None
            for k in range(to.i - 1, max(to.i - 5, -1), -1):
                t = node.doc[k]
                if t.pos_ in ("VERB", "AUX") or t.is_punct:
                    return None
                if t.pos_ == "NOUN" and t.lemma_ in self._cues["decision_noun"]:
                    owners = children(t, {"poss"}) + [o for b in children(t, {"prep"}) if b.lower_ == "by"
                                                       for o in children(b, {"pobj"})]
                    return owners[0] if owners and phrase_for(owners[0]) is not None else None
            return None

        # "Supporters of the opposition hurled firebombs at the office": a finite verb the parser took for an
        # adjective of its object, right after the actor phrase that is its subject
        misparsed = head.dep_ == "amod" and head.tag_ in ("VBD", "VBN") and rule.pos == "V" and head.i + 1 < len(head.doc) \
            and head.head.i == head.i + 1 and head.i > 0 and head.doc[head.i - 1].tag_ not in ("DT", "PRP$", "JJ", "CD", "HYPH") \
            and bool(head.doc[head.i - 1].whitespace_)  # (not "EU-mediated talks")
        before_verb = next((p for p in usable if 0 <= head.idx + offset - p.char_end <= 1), None) if misparsed else None

        def subject_of(node: Any) -> Any:
            if before_verb is not None and node is head:
                return head.doc[head.i - 1]  # (the phrase's last word)
            if not passive and (owner := decider(node)) is not None:
                return owner
            voice = passive
            while node is not None:
                subj = children(node, {"nsubj", "nsubjpass"} if not voice else {"agent"})
                if subj:
                    if subj[0].dep_ == "agent":
                        pobj = children(subj[0], {"pobj"})
                        return pobj[0] if pobj else None
                    if subj[0].lower_ in ("who", "which", "that") and node.dep_ == "relcl":
                        return node.head  # "supporters who blocked roads": the antecedent acts
                    return subj[0]
                if node is head and node.dep_ == "conj" and rule.event_type in ("ACCUSE", "REQUEST", "THREATEN", "REJECT") \
                        and node.head.dep_ == "ccomp" and node.head.head.lemma_ in self._report \
                        and children(node.head.head, {"nsubj"}) and phrase_for(children(node.head.head, {"nsubj"})[0]):
                    # "Ukraine's military said Russian forces shelled Kharkiv ... and accused Moscow of ...": a
                    # speech act joined to the reported act is the reporter's (the parser hangs it on the act)
                    return children(node.head.head, {"nsubj"})[0]
                if node.dep_ == "conj" and node.tag_ in ("VBD", "VBZ") and node.head.tag_ in ("VBG", "VB") \
                        and not children(node.head, {"nsubj", "nsubjpass"}):
                    # "accused X of failing to act and called on Y": the finite verb shares the main verb's subject
                    node = node.head
                    while node.head.i != node.i and node.tag_ not in ("VBD", "VBZ", "VBP"):
                        node = node.head
                    continue
                # ("is opposed to": the trigger itself may be the copula's complement)
                if (node.dep_ in ("xcomp", "conj", "advcl", "acl", "relcl", "pcomp") or node.dep_ == "acomp" and node is head) \
                        and node.head.i != node.i:
                    if node.dep_ == "relcl" and voice:
                        return None  # "the opposition leader, who was detained": the antecedent suffers the act
                    if node.dep_ in ("relcl", "acl") and node.tag_ == "VB" and node.head.dep_ == "attr":
                        # "Russia became the first country to recognise the Taliban government": the copula's subject
                        node = node.head.head
                        continue
                    if node.dep_ == "acl" and node.tag_ == "VBG" and not passive \
                            and node.head.lemma_ in self._cues["statement_noun"] and node.head.dep_ == "dobj":
                        # "parliament passed a law barring parties from ...": who passed it acts
                        node = node.head.head
                        continue
                    if node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ == "VBG" and not passive):
                        return node.head  # "demonstrators protesting election results": the noun acts
                    if node.dep_ == "acl" and (node.head.dep_ == "ROOT" or children(node, {"dobj"})
                                               and node.tag_ in ("VBD", "VBN")) \
                            and not children(node, {"agent"}):
                        # a sentence parsed as a noun with a participle ("Nigeria's unions threatened on Monday
                        # to ..."), or a "participle" with an object ("Israeli air strikes killed 20 people in Gaza,
                        # officials said"): the participle is the verb and the noun its subject
                        return node.head
                    if node.dep_ == "acl" and node.tag_ == "VBD" and node.head.dep_ == "appos" and node.head.head.dep_ == "ROOT" \
                            and node.i > node.head.i and any(c.dep_ == "punct" and c.i < node.i for c in node.head.subtree) \
                            and not children(node, {"agent", "nsubj", "nsubjpass"}):
                        # "The FLA, an alliance of separatist groups formed in November, called on the UN": a sentence
                        # parsed as a noun, its apposition and a participle of it; the noun is the verb's subject
                        return node.head.head
                    if node.dep_ == "xcomp" and children(node.head, {"dobj"}) and node.head.lemma_ not in _SUBJECT_CONTROL_EN:
                        return children(node.head, {"dobj"})[0]  # object control: "urged Iran to", "prompting Mexico to"
                    if node.dep_ == "pcomp" and node.head.lower_ == "of" and children(node.head.head, {"dobj"}):
                        return children(node.head.head, {"dobj"})[0]  # "accused Moscow of targeting": Moscow targets
                    if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.pos_ in ("VERB", "AUX") \
                            and node.head.lower_ in ("after", "before", "by", "while", "since"):
                        node = node.head.head  # "established relations with China after severing its ties": the
                        continue  # subject of the verb the gerund's preposition hangs on
                    # a participle adjunct takes the governing verb's own voice: "was attacked by militiamen, killing
                    # 156": the militiamen kill (but "is expected to visit": the subject visits)
                    if node.dep_ == "advcl" and not voice:
                        voice = bool(children(node.head, {"nsubjpass", "auxpass"}))
                    if node.dep_ == "advcl" and node.tag_ == "VBG" and node.head.dep_ == "xcomp":
                        # "ordered the ambassador to leave ..., accusing Paris": the participle comments on the
                        # main clause, whose subject accuses (not the object that is to leave)
                        node = node.head.head
                        continue
                    node = node.head
                    continue
                return None
            return None

        def fill(slots: tuple[str, ...], taken: list[ActorPhrase]) -> list[ActorPhrase]:
            for slot in slots:
                node: Any = None
                if slot == "none":
                    return []
                if slot in ("subj", "poss"):
                    if head.pos_ == "NOUN" or rule.pos == "N":
                        # the noun's own owner ("Russia's invasion", "Russian attack"), else the subject of the
                        # verb that governs it ("workers staged a strike")
                        # (not a lower-case adjective: "joint naval drills" are no navy's own act)
                        owners = [c for c in children(head, {"poss", "compound", "amod"}) if phrase_for(c) is not None
                                  and not (c.dep_ == "amod" and c.text.islower())]
                        node = owners[0] if owners else None
                        # "protests by students", "protests led by indigenous groups"
                        # "demands from Chisinau", "aid from Japan": who it comes from (not "withdrawal from Kherson")
                        by_words = ("by",) if rule.event_type in ("RETREAT", "MOBILIZE", "SANCTION") else ("by", "from")
                        # ("two nights of protests by tens of thousands": the parser hangs "by" on the measure noun)
                        holders = [head] + ([head.head.head] if head.dep_ == "pobj" and head.head.lower_ == "of"
                                            and head.head.head.pos_ == "NOUN" else [])
                        by = [c for h in holders for c in children(h, {"prep", "agent"}) if c.lower_ in by_words] + \
                            [a for acl in children(head, {"acl"}) for a in children(acl, {"agent"})]
                        objs = [o for b in by for o in children(b, {"pobj"}) if phrase_for(o) is not None]
                        node = node if node is not None else objs[0] if objs else None
                        governor = head.head if head.dep_ != "pobj" else head.head.head
                        if node is None and head.dep_ == "pobj" and head.head.lower_ == "in" and governor.pos_ == "NOUN" \
                                and governor.lemma_ in _INVOLVEMENT_NOUNS and governor.dep_ in ("dobj", "pobj", "nsubj") \
                                and rule.event_type in ("ASSAULT", "COERCE"):
                            # "denied any involvement in his abduction", "admitted its role in the attack": whoever
                            # denies or admits a part in an attack is its actor (not in protests others made)
                            governor = governor.head if governor.dep_ == "dobj" else governor.head.head
                            node = subject_of(governor)
                        if node is None and head.dep_ == "pobj" and head.head.lower_ == "of" and governor.pos_ == "NOUN" \
                                and governor.dep_ == "pobj" and governor.head.lower_ in _TIME_SPAN_PREPS \
                                and any(c.lower_ == "with" for c in head.children):
                            # "captured Goma after days of fighting with the army": a stretch of time holds an act done
                            # with someone; who did the verb it qualifies took part (not "backed down after weeks of
                            # protests", which were others')
                            governor = governor.head.head
                        if node is None and head.dep_ == "pobj" and head.head.lower_ == "of" and governor.pos_ == "NOUN" \
                                and governor.lemma_ in self._cues["measure_noun"] \
                                and governor.dep_ == "dobj" and governor.head.pos_ in ("VERB", "AUX"):
                            # "began three days of exercises", "staged a series of strikes": the measure noun's verb
                            governor = governor.head
                        if node is None and head.dep_ in ("dobj", "pobj", "attr", "nsubj") \
                                and governor.lemma_ not in self._cues["not_agent_verb"]:
                            # (not "described the shootings as unjustifiable": who speaks of an act did not do it)
                            node = subject_of(governor)
                    else:
                        node = subject_of(head)
                elif slot == "agent":
                    agent = children(head, {"agent"})
                    node = children(agent[0], {"pobj"})[0] if agent and children(agent[0], {"pobj"}) else None
                elif slot in ("obj", "dat"):
                    deps = {"nsubjpass"} if passive else {"dobj", "dative", "attr", "oprd"}
                    objs = children(head, deps)
                    if not objs and passive and head.dep_ == "conj":
                        # "were being held ... and would be released": a passive joined to another shares its subject
                        objs = children(head.head, {"nsubjpass", "nsubj"})
                    if not objs and not passive:
                        # "detained impeached President Yoon": the parser makes the participle before the
                        # title a verb of its own whose object is ours
                        objs = [o for c in children(head, {"advcl", "xcomp"}) if c.i == head.i + 1
                                and c.tag_ == "VBN" and not children(c, {"nsubj", "nsubjpass", "mark", "aux"})
                                for o in children(c, {"dobj"})]
                    if not objs and not passive:
                        # "hosted Ethiopian Prime Minister Abiy Ahmed on Monday": a name the parser hung on the verb as
                        # an adverbial noun is its object
                        objs = [c for c in children(head, {"npadvmod"}) if c.pos_ == "PROPN" and c.i > head.i
                                and phrase_for(c) is not None]
                    node = objs[0] if objs else None
                    if node is not None and phrase_for(node) is None and (node.pos_ == "NUM" or node.lemma_ in self._cues["partitive"]):
                        # "arrested two of them": the group the number counts (the cue kind `partitive` lists
                        # words of quantity, German only for now)
                        counted = [o for p in children(node, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})]
                        node = counted[0] if counted and phrase_for(counted[0]) is not None else node
                    if node is not None and phrase_for(node) is None and rule.event_type in _ABOUT_ACTS and not passive:
                        # "rejected the union's demand", "called the seizure an act of piracy by Washington",
                        # "condemned the arrest warrant issued by Maduro's government": an act named as the object
                        # is aimed at whoever did it
                        holders = [node] + [o for o in children(head, {"oprd"})]
                        owners = [c for h in holders for c in h.subtree if c.dep_ == "poss" and c.head in holders] + [
                            o for h in holders for p in h.subtree if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                            for o in children(p, {"pobj"})]
                        owners = [o for o in owners if phrase_for(o) is not None]
                        node = owners[0] if owners else node
                    if node is not None and head.dep_ == "relcl" and (
                            node.lower_ in ("who", "whom", "which")
                            or (node.lower_ == "that" and (passive or phrase_for(head.head) is not None))):
                        # "Evan Gershkovich, who was detained in Yekaterinburg", "the TPLF, which Abiy accused of
                        # attacking a base", "two tankers that it accused of moving Iranian oil": the antecedent (an
                        # active "that" is mostly a thing's: "a proposal that Moscow declined")
                        node = head.head
                    elif node is None and head.dep_ == "relcl" and not passive and phrase_for(head.head) is not None \
                            and any(c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that") for c in head.children):
                        # "a Russian embassy official it accused of helping to organise protests": a relative clause
                        # with no relative pronoun has its antecedent as the object
                        node = head.head
                elif slot == "gen":
                    ofs = [c for c in children(head, {"prep"}) if c.lower_ == "of"]
                    node = children(ofs[0], {"pobj"})[0] if ofs and children(ofs[0], {"pobj"}) else None
                elif slot.startswith("pp:"):
                    preps = set(slot[3:].split("|"))
                    # the rule lists its prepositions by preference: "marched through Brussels against the
                    # government" is against the government
                    order = slot[3:].split("|")
                    holder = head.head if before_verb is not None else head
                    for prep in sorted(children(holder, {"prep", "agent", "dative"}),
                                       key=lambda c: order.index(c.lower_) if c.lower_ in order else len(order)):
                        if prep.lower_ in preps and children(prep, {"pobj"}) \
                                and children(prep, {"pobj"})[0].lower_ in self._time_words:
                            continue  # "on Wednesday, a day after the government ...": when, not whom
                        if prep.lower_ in preps and children(prep, {"pobj"}):
                            node = children(prep, {"pobj"})[0]
                            break
                        if prep.lower_ in preps and not list(prep.children):
                            # a preposition the parser left without its object ("granted asylum to five Panamanian
                            # army officers holed up in ..."): the actor phrase right after it
                            after = [p for p in usable if 0 < p.char_start - (prep.idx + offset) <= 20]
                            if after and after[0] not in taken:
                                return self._coordinated(after[0], analysis, tokens)
                if node is not None:
                    phrase = phrase_for(node)
                    if phrase is not None and phrase not in taken and not (slot.startswith("pp:") and where(node, phrase)) \
                            and not protest_place(node, phrase):
                        return self._coordinated(phrase, analysis, tokens)
            return []

        def protest_place(node: Any, phrase: ActorPhrase) -> bool:
            """"blocked the Dhaka-Tangail highway", "took to the streets of Kocani and Skopje": a city or country in
            the place protesters take names where they protest, not whom they protest against."""
            return rule.event_type == "PROTEST" and node.lemma_ in self._cues["place_noun"] | _PROTEST_PLACE_NOUNS \
                and not phrase.char_start <= node.idx + offset < phrase.char_end \
                and {m.kind for m in phrase.mentions} <= {"capital", "country"}

        def where(node: Any, phrase: ActorPhrase) -> bool:
            """"met on the Italian island of Capri", "talks in the Saudi city of Jeddah": a place word holding the
            actor says where a joint act happens, not with whom (but "shelled the Ukrainian city of Kharkiv" hits its
            people)."""
            return rule.event_type in _JOINT_TYPES and node.lemma_ in self._cues["place_noun"] \
                and not phrase.char_start <= node.idx + offset < phrase.char_end

        source = fill(rule.source, [])
        if not source and passive and rule.event_type == "ASSAULT":
            # "was killed in an Israeli strike", "were wounded in a Russian drone attack": the attack's own actor
            # (an actor named before the attack noun, not its target "on his residence")
            for prep in children(head, {"prep"}):
                objs = children(prep, {"pobj"}) if prep.lower_ in ("in", "by") else []
                if objs and any(r.event_type == "ASSAULT" for r in self.lexicon.triggers.get(objs[0].lemma_, ())):
                    at = objs[0].idx + offset
                    before = [p for p in usable if min(t.idx for t in objs[0].subtree) + offset <= p.char_start < at]
                    if before:
                        source = [before[0]]
                        break
        if not source and passive and rule.event_type == "MOBILIZE":
            # "Soldiers were deployed to guard fuel depots": with no agent named, the forces moved are the
            # country's mobilisation
            moved = [phrase_for(c) for c in children(head, {"nsubjpass"})]
            source = [p for p in moved if p is not None][:1]
        target = fill(rule.target, source)
        mutual = False
        if (not source or not target) and (head.pos_ in ("NOUN", "PROPN") or rule.pos == "N"):
            # "fighting between the army and the RSF", "clashes erupted between police and protesters"
            holders = [head] + ([head.head] if head.dep_ in ("nsubj", "dobj") else [])
            for prep in (c for h in holders for c in children(h, {"prep"}) if c.lower_ == "between"):
                objs = children(prep, {"pobj"})
                first = phrase_for(objs[0]) if objs else None
                # (the second party may hang on the first's "of": "between members of the National Guard and
                # soldiers of the presidential guard")
                owners = [o for p in children(objs[0], {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})] \
                    if objs else []
                others = [phrase_for(c) for n in objs[:1] + owners for c in n.children if c.dep_ == "conj"]
                second = next((p for p in others if p is not None and p is not first), None)
                if first is not None and not source:
                    source = [first]
                    target = [p for p in target if p is not first]  # (the rule's "pp:between" found the first party)
                if second is not None and not target and second not in source:
                    # (fighting between two parties is both parties' act, as "A and B fought" is: one event, two
                    # sources, no target, as the English gold sets code it)
                    if rule.event_type == "ASSAULT" and first is not None and source == [first]:
                        source, mutual = [first, second], True
                    else:
                        target = [second]
                break
        if not target and "none" not in rule.target and not mutual:
            # the acted-upon actor further down the trigger's own tree: "threatened to strike U.S. bases",
            # "broke off relations with the Netherlands", "filed a case accusing Israel"
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
            excluded = {t.i for c in subjects for t in c.subtree}
            # only one step down: the trigger's own complement verb, its object, or the trigger itself
            near = {head} | {c for c in head.children if c.dep_ in ("xcomp", "ccomp", "dobj")}
            # "is willing to withdraw its troops from Lebanon": the complement of the adjective
            near |= {x for c in head.children if c.dep_ == "acomp" for x in c.children if x.dep_ == "xcomp"}
            # "promised to continue military aid to Mozambique": the object of the complement verb too
            near |= {o for c in near if c.dep_ == "xcomp" for o in c.children if o.dep_ == "dobj"}
            # "launched 88 drones and five missiles against Ukraine": the objects joined to the object too
            near |= {o for c in near if c.dep_ == "dobj" for o in c.children if o.dep_ == "conj"}
            # "refused to allow Ukraine to join", "declined to let Kyiv use": who would have been let act
            permits = {o for c in near if c.dep_ == "xcomp" and c.lemma_ in self._cues["permit_verb"] for o in c.children
                       if o.dep_ == "ccomp"}
            near |= permits
            inner = [t for t in head.subtree if t.i not in excluded and t.i > head.i and (
                (t.dep_ == "dobj" and t.head in near)
                # "condemned what it called Israel's aggression": what the naming verb names
                or (t.dep_ == "oprd" and t.head in near and t.head.lemma_ in self._cues["naming_verb"]
                    and any(c.dep_ == "dobj" and c.lower_ in ("what", "which") for c in t.head.children))
                or (t.dep_ == "pobj" and t.head.lower_ in _TARGET_PREPS_EN and t.head.head in near)
                # "demanded that Beijing stop", "said Libya must hand over", "allowed opposition parties to resume": who is to act
                or (t.dep_ in ("nsubj", "nsubjpass") and t.head in near
                    and t.head.dep_ == "ccomp" and (rule.event_type in ("REQUEST", "THREATEN", "CONCEDE", "RETREAT")
                                                    or t.head in permits)))]
            if rule.target and all(t.startswith("pp:") for t in rule.target):
                # "launched 88 drones and five missiles against Ukraine": a rule that names its target by a preposition
                # finds it there before it falls back on the object (the weapons launched)
                inner.sort(key=lambda t: t.dep_ != "pobj")
            country = {id(p): a.country for p, a in zip(analysis.phrases, analysis.actors, strict=True) if a is not None}
            own = {country.get(id(p)) for p in source} - {None}
            for k, node in enumerate(inner):
                phrase = phrase_for(node)
                if phrase is not None and k + 1 < len(inner) and country.get(id(phrase)) in own \
                        and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in node.children):
                    continue  # "recalled its ambassador to France": the subject's own people are not its target
                if rule.event_type in ("AID", "AGREE", "COOPERATE"):
                    # "is willing to withdraw its troops from Lebanon", "handed over any of the suspects to Serbia":
                    # the forces or suspects are its own, provided or handed over (see _build), not its target
                    phrase = next((p for p in phrases_for(node) if not self._forces(p)), None)
                if phrase is not None and rule.event_type == "CONSULT" and node.dep_ == "dobj" \
                        and not phrase.char_start <= node.idx + offset < phrase.char_end \
                        and not any(a.lower_ == "between" for a in getattr(
                            _at(doc, phrase.char_start - offset), "ancestors", ())):  # "mediation between X and Y"
                    continue  # "to discuss the war in Ukraine": what a meeting is about is not its partner
                if phrase is not None and phrase not in source and not where(node, phrase) and not protest_place(node, phrase):
                    target = self._coordinated(phrase, analysis, tokens)
                    break
        if not target and "none" not in rule.target and rule.event_type in _REACTION_TYPES \
                and (owner := self._summary_owner(tok, tokens, usable, source)) is not None:
            # "His government agreed to spare workers ..., a concession the unions dismissed": the reaction is to the
            # one whose act the summary noun sums up, the subject before it
            target = [owner]
        return source, [t for t in target if t not in source]

    def _border_country(self, analysis: SentenceAnalysis, tokens: list[Token], tok: Token) -> list[ActorPhrase]:
        """The country named after a border noun and its preposition after the trigger ("the border with Guyana",
        "die Grenze zu Belarus"; cue kind `border_noun`)."""
        words = self._cues["border_noun"]
        for k in range(tok.i + 1, len(tokens) - 1):
            if (tokens[k].lower in words or tokens[k].lemma in words) and tokens[k + 1].lower in ("with", "zu", "zum", "mit"):
                return [p for p in analysis.phrases if k + 2 <= p.start <= k + 3
                        and {m.kind for m in p.mentions} <= {"country", "capital"}][:1]
        return []

    def _summary_owner(self, tok: Token, tokens: list[Token], usable: list[ActorPhrase],
                       source: list[ActorPhrase]) -> ActorPhrase | None:
        """English: the first actor of the sentence, with no preposition, before ", a <summary noun>" (cue kind
        `summary_noun`: claim, plan, concession, move) that opens the trigger's clause: "X said it will hold an
        election, a plan opposition groups have denounced"."""
        nouns = self._cues["summary_noun"]
        k = tok.i - 1
        while k > 1 and tokens[k].text not in (",", ";", "—", "–") and tok.i - k <= 12:
            k -= 1
        if k < 1 or tokens[k].text not in (",", ";", "—", "–") or k + 2 >= tok.i:
            return None
        lead = [t.lower for t in tokens[k + 1:k + 4]]
        if not lead or lead[0] not in ("a", "an") or not any(w in nouns or w.rstrip("s") in nouns for w in lead[1:]):
            return None
        before = [p for p in usable if p.end <= k and p.prep is None and p not in source]
        return before[0] if before else None

    # -- flags and attribution ------------------------------------------------------------

    def _announced_infinitive(self, tokens: list[Token], tok: Token, clauses: list[_Clause]) -> bool:
        """German: the trigger is in a zu-infinitive governed by a clause that announces, plans or promises it
        ("kündigte an, eine Delegation nach Juba zu entsenden", "versprach, ... zu liefern")."""
        idx = next((k for k, c in enumerate(clauses) if c.start <= tok.i < c.end), None)
        if not idx or clauses[idx].kind != "inf" or not _zu_infinitive(tokens[clauses[idx].start:clauses[idx].end]):
            return False
        gov = next((c for c in reversed(clauses[:idx]) if c.kind != "inf"), None)
        if gov is None:
            return False
        words = tokens[gov.start:gov.end]
        if {t.lower for t in words} & self._future or {t.lemma for t in words} & self._future:
            return True
        # a separable cue split in two, "kündigte ... an" (ankündigen): its stem's lemma, its particle closing the clause
        return any(cue.endswith(t.lemma) and cue[:-len(t.lemma)] in SEPARABLE_PARTICLES
                   and self._has_particle(tokens, t, cue[:-len(t.lemma)])
                   for t in words if t.text.islower() and len(t.lemma) > 2 for cue in self._future)

    def _clause_tokens(self, tokens: list[Token], tok: Token, clauses: list[_Clause]) -> list[Token]:
        for c in clauses:
            if c.start <= tok.i < c.end:
                return tokens[c.start:c.end]
        return tokens

    def _flags(self, tokens: list[Token], tok: Token, clauses: list[_Clause], parse: Any, sent: Sentence) -> dict[str, bool]:
        words = self._clause_tokens(tokens, tok, clauses)
        whoever = False
        if parse is None:
            # "hatte ... die Macht übernommen und versprochen, ...": what follows "und" right after the trigger
            # belongs to the coordinated verb
            joint = next((t.i for t in words if t.i in (tok.i + 1, tok.i + 2) and t.lower in _COORD_DE), None)
            if joint is not None and tok.text.islower():
                words = [t for t in words if t.i < joint]
            # "versicherte im Parlament, sein Land werde keinen Krieg beginnen": after a verb of speech, what
            # follows the comma is what was said; its negation is the content's, not the speech act's
            comma = next((t.i for t in words if t.i > tok.i and t.text == ","), None)
            if comma is not None and tok.text.islower() and tok.lemma in self._speech_verbs_de:
                words = [t for t in words if t.i < comma]
            whoever = bool(words) and words[0].lower in self._cues["whoever"]
            # a cue inside a reason is the reason's: "wegen angeblich gefälschter Unterschriften verurteilt"
            reasons = self._cues["reason_prep"]
            words = [t for t in words if t.i == tok.i or not any(tokens[k].lower in reasons for k in range(max(0, t.i - 2), t.i))]
            # an attributive cue belongs to its own noun: "die geplanten EU-Finanzhilfen" makes the aid future,
            # not the summit the sentence also names
            plans = self._future
            # an adjective cue belongs to its noun: "fünf mutmaßliche Mitglieder festgenommen" is an arrest (but
            # "mögliche Angriffe" are possible attacks)
            words = [t for t in words if not (
                (t.lower in self._hypothetical or t.lemma in self._hypothetical) and t.text.islower() and t.i != tok.i
                and t.lower.endswith(("e", "en", "er", "es", "em")) and t.i + 1 < len(tokens)
                and tokens[t.i + 1].text[:1].isupper() and t.i + 1 != tok.i)]
            # "zu einem nicht angekündigten Besuch": a negation before an attributive participle or adjective is the
            # adjective's, not the clause's
            words = [t for t in words if not (
                t.lower == "nicht" and t.i + 2 < len(tokens) and tokens[t.i + 1].text.islower()
                and tokens[t.i + 1].lower.endswith(("e", "en", "er", "es", "em")) and tokens[t.i + 2].text[:1].isupper()
                and t.i + 1 != tok.i)]
            # "wie geplant", "wie angekündigt": as planned, it happened
            words = [t for t in words if not (t.i > 0 and tokens[t.i - 1].lower == "wie"
                                               and (t.lower in plans or t.lemma in plans))]
            words = [t for t in words if not (
                (t.lower in plans or t.lemma in plans) and t.i != tok.i and t.text.islower()
                and t.lower.endswith(("e", "en", "er", "es", "em"))
                and _participle(t.lower)  # "geplanten", "angekündigte"; not "in den kommenden Monaten"
                and t.i + 1 < len(tokens) and tokens[t.i + 1].text[:1].isupper() and t.i + 1 != tok.i)]
        lowers = {t.lower for t in words} | {t.lemma for t in words}
        negated = bool(lowers & self._negation)
        if parse is not None:
            head = _at(parse, tok.start - sent.char_start)
            negated = bool(head is not None and (any(c.dep_ == "neg" for c in head.children) or
                                                 any(c.dep_ == "neg" for c in head.head.children if head.dep_ in ("xcomp",))))
            negated = negated or any(t.lower in ("no", "never") and abs(t.i - tok.i) <= 3
                                     and not _in_own_clause(parse, t.start - sent.char_start, head) for t in words)
            # "Budapest has yet to deploy any troops", "is yet to receive": it has not happened
            negated = negated or bool(head is not None and head.dep_ == "xcomp" and head.head.lemma_ in ("have", "be")
                                      and any(c.lower_ == "yet" for c in head.head.children))
            # "No Western government has recognised ...": the subject is "no one"
            negated = negated or bool(head is not None and any(
                d.dep_ == "det" and d.lower_ in ("no", "neither") for c in head.children
                if c.dep_ in ("nsubj", "nsubjpass") for d in c.children))
            # "denied that its forces had targeted a hospital", "denies mistreating prisoners": the act denied
            # ("denies carrying out a coup", "denied any involvement in the rocket fire": the act's noun too)
            node = head
            while not negated and node is not None and node.head.i != node.i and (
                    node.dep_ in ("ccomp", "xcomp", "conj", "dobj", "pcomp")
                    or node.dep_ == "pobj" and node.head.dep_ == "prep"
                    and node.head.head.lemma_ in ("involvement", "role", "part", "hand", "participation", "responsibility")
                    or node.dep_ == "prep" and node.head.lemma_ in ("involvement", "role", "part", "hand", "participation",
                                                                     "responsibility")):
                step, node = node.dep_, node.head
                # (not a verb joined to the denial itself: "denied the accusations and arrested three journalists")
                negated = node.pos_ == "VERB" and node.lemma_ in self._negation and step != "conj"
        # (infinitives in -n too: "werde ... liefern", "verhandeln")
        infinitive = tok.lower.endswith(("en", "ern", "eln")) and not tok.lower.startswith("ge") and tok.text[:1].islower()
        future_words = lowers & self._future
        if parse is None and future_words and future_words <= _WERDEN and not infinitive:
            # "wird ... begrüßt" is a passive, "wird ... führen" a future: only an infinitive trigger is future
            lowers = lowers - _WERDEN
        surface = {t.lower for t in words}
        if parse is None and future_words and future_words <= _NEXT_DE and _participle(tok.lower) \
                and surface & _PAST_AUX_DE:
            # "war ... erst am nächsten Tag freigelassen worden": the day after, told in the past
            lowers = lowers - _NEXT_DE
        # (a noun in such a clause too: "werde der Westen mit Sanktionen reagieren")
        verbal = infinitive or (tok.text[:1].isupper() and tok.i > 0 and bool(words) and any(
            t.i > tok.i and t.text[:1].islower() and t.lower.endswith(("en", "ern", "eln")) and not t.lower.startswith("ge")
            and (t.i + 1 >= len(tokens) or tokens[t.i + 1].is_punct) for t in words))
        announced = parse is None and verbal and bool(surface & _FUTURE_AUX_DE) and not surface & _PAST_AUX_DE
        if parse is not None:
            # English: only the trigger's own auxiliaries and the verbs it depends on ("plans to visit")
            head = _at(parse, tok.start - sent.char_start)
            lowers = set()
            node = head
            if head is not None and head.pos_ == "NOUN":
                lowers |= {c.lower_ for c in head.children if c.dep_ == "amod"}  # "a planned rally"
            while node is not None:
                lowers |= {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass", "mark", "advmod")}
                lowers |= {node.lemma_.lower(), node.lower_}  # "is expected to visit": the form is the cue
                if node.dep_ in ("xcomp", "conj", "pcomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass") and node.head.i != node.i:
                    node = node.head
                else:
                    break
        hypothetical = bool(lowers & self._hypothetical) or whoever
        future = announced or bool(lowers & self._future) or (parse is None and self._announced_infinitive(tokens, tok, clauses))
        if parse is not None and head is not None and head.dep_ == "advcl" \
                and any(c.dep_ == "mark" and c.lower_ in self._cues["until"] for c in head.children) \
                and any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo"))
                        for c in head.head.children):
            # "would not leave until Pashinyan stepped down": the awaited act has not happened
            hypothetical = True
        if parse is not None and "would" in lowers and not {t.lower for t in tokens} & _CONDITIONALS_EN:
            # "said it would allow inspectors back": reported future, not a condition
            future, hypothetical = True, bool((lowers - {"would"}) & self._hypothetical)
        return {"negated": negated, "hypothetical": hypothetical, "future": future}

    def _attribution(self, tokens: list[Token], tok: Token, clauses: list[_Clause], analysis: SentenceAnalysis,
                     parse: Any, sent: Sentence) -> Actor | None:
        if parse is not None:
            # "Armenia accused Azerbaijan of shelling border villages": the accuser claims the act
            node = _at(parse, tok.start - sent.char_start)
            if node is not None and node.dep_ == "pcomp" and node.head.lower_ == "of" and any(
                    r.event_type == "ACCUSE" for r in self.lexicon.triggers.get(node.head.head.lemma_, ())):
                subj = [c for c in node.head.head.children if c.dep_ == "nsubj"]
                at = subj[0].idx + sent.char_start if subj else -1
                accuser = next((a for p, a in zip(analysis.phrases, analysis.actors, strict=True)
                                if a is not None and p.char_start <= at < p.char_end), None)
                if accuser is not None:
                    return accuser
        speech = self._speech(tokens, tok, clauses, analysis, parse, sent)
        return speech[0] if speech else None

    def _speech(self, tokens: list[Token], tok: Token, clauses: list[_Clause], analysis: SentenceAnalysis,
                parse: Any, sent: Sentence) -> tuple[Actor, list[tuple[int, int]]] | None:
        """The speaker whose reported words hold `tok` (a verb of saying, cue kind `report`, with an actor as
        its subject), and the character ranges of those words; None when `tok` is no one's reported words."""
        reporters = [t for t in tokens if t.lemma in self._report or t.lower in self._report]
        if not reporters:
            return None
        if parse is not None:
            head = _at(parse, tok.start - sent.char_start)
            node = head
            while node is not None and node.dep_ != "ROOT":
                if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in self._report:
                    subj = [c for c in node.head.children if c.dep_ == "nsubj"]
                    if subj:
                        at = subj[0].idx + sent.char_start
                        words = [(node.left_edge.idx + sent.char_start,
                                  node.right_edge.idx + len(node.right_edge.text) + sent.char_start)]
                        for p, a in zip(analysis.phrases, analysis.actors, strict=True):
                            if a is not None and p.char_start <= at < p.char_end:
                                return a, words
                    return None
                node = node.head
            return None
        # German: a reporting verb in another clause than the trigger ("X sagen, die Kämpfer seien ...")
        clause = next((c for c in clauses if c.start <= tok.i < c.end), None)
        for rep in reporters:
            rep_clause = next((c for c in clauses if c.start <= rep.i < c.end), None)
            if rep_clause is None or rep_clause is clause:
                continue
            pool = [(p, a) for p, a in zip(analysis.phrases, analysis.actors, strict=True)
                    if a is not None and rep_clause.start <= p.start < rep_clause.end and p.prep is None]
            if pool:
                first, last = tokens[rep_clause.start], tokens[rep_clause.end - 1]
                return pool[0][1], [(sent.char_start, first.start), (last.end, sent.char_end)]
        return None
