"""The typed objects that flow through chronist's pipeline.

Every stage takes and returns these frozen dataclasses; no stage passes nested dicts
to another. All character offsets are Python string offsets into ``Article.text``,
the clean body text that ``chronist extract --format article`` prints.

    RawDocument  (bytes or text as read from a file, WARC record, JSONL line, stdin)
      -> Article (clean text, title, date, language)
           .sentences: Sentence, each with its Mentions
           .events:    Event, each with Actors, Places and Evidence
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

__all__ = [
    "Actor",
    "Article",
    "Event",
    "Evidence",
    "Mention",
    "Place",
    "RawDocument",
    "Sentence",
    "Span",
    "replace",
]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text."""

    text: str
    char_start: int
    char_end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "char_start": self.char_start, "char_end": self.char_end}


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input item before extraction: HTML or plain text plus what the container said."""

    origin: str  # file path, "path#record", "path:line" or "<stdin>"
    content: bytes | str
    content_type: str = "auto"  # "html", "text" or "auto"
    url: str | None = None
    published: dt.date | None = None
    title: str | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A gazetteer or lexicon hit in a sentence, before it is resolved into an actor."""

    kind: str  # country, demonym, metonym, capital, role, person, org, igo, group, place, pronoun
    text: str
    char_start: int
    char_end: int
    key: str  # the lexicon entry that matched (e.g. "RUS", "minister", "SERGEY_LAVROV")
    country: str | None = None
    sector: str | None = None
    cameo_actor: str | None = None
    name: str | None = None
    plural: bool = False


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor: who did something, or to whom it was done."""

    text: str
    name: str | None
    country: str | None  # ISO 3166 alpha-3 or PLOVER international code (UNO, EUR, IGO, NGO, IMG)
    sector: str | None  # one PLOVER sector code (GOV, MIL, REB, ...)
    cameo_actor: str | None  # CAMEO composite, e.g. RUSGOV, IGOUNO
    char_start: int
    char_end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "cameo_actor": self.cameo_actor,
            "char_start": self.char_start,
            "char_end": self.char_end,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A geocoded place (a GeoNames record), with the text that named it when there is one."""

    name: str
    country: str | None  # ISO 3166 alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    precision: str  # country, admin1, city
    feature_class: str | None = None
    text: str | None = None
    char_start: int | None = None
    char_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "geonames_id": self.geonames_id,
            "precision": self.precision,
        }


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    text: str
    char_start: int
    char_end: int
    mentions: tuple[Mention, ...] = ()
    is_headline: bool = False


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why an event was emitted: the sentence, the trigger and the rule that fired."""

    sentence: str
    char_start: int
    char_end: int
    trigger: Span
    rule: str
    date_text: str | None = None
    place_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "trigger": self.trigger.to_dict(),
            "rule": self.rule,
            "date_text": self.date_text,
            "place_text": self.place_text,
        }


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    article_id: str
    url: str | None
    event_type: str
    mode: str | None
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    evidence: Evidence
    confidence: float
    coder: str
    context: tuple[str, ...] = ()
    date: str | None = None
    date_precision: str = "unresolved"
    location: tuple[Place, ...] = ()
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False
    attributed_to: Actor | None = None
    magnitudes: dict[str, int] = field(default_factory=dict)
    domain: str | None = None
    lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The `chronist extract --format jsonl` contract (docs/event.schema.json)."""
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "url": self.url,
            "domain": self.domain,
            "lang": self.lang,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "date": self.date,
            "date_precision": self.date_precision,
            "location": [p.to_dict() for p in self.location],
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "future": self.future,
            "historical": self.historical,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "magnitudes": dict(self.magnitudes),
            "confidence": self.confidence,
            "coder": self.coder,
            "evidence": self.evidence.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Article:
    article_id: str  # sha256 of the clean text (and nothing else), so re-ingesting adds nothing
    text: str
    title: str | None
    published: dt.date | None
    published_source: str  # input, html, text, cli, none
    lang: str | None
    lang_confidence: float
    url: str | None
    domain: str | None
    origin: str
    sentences: tuple[Sentence, ...] = ()
    events: tuple[Event, ...] = ()
    dateline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The `chronist extract --format article` contract."""
        return {
            "article_id": self.article_id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "lang": self.lang,
            "lang_confidence": self.lang_confidence,
            "url": self.url,
            "domain": self.domain,
            "origin": self.origin,
            "text": self.text,
        }
