"""Give every event the date it happened and the place it happened.

Dates come from ``dates.resolve_event_date`` (relative to the publication date, tense-aware);
places from the GeoNames gazetteer in ``geo``: a place attached to the event in its sentence
("in Bamako", "nach Mali") wins, then the article's dateline, then, for visits, the host's
country. A demonym or an actor ("Malis Führer") is never a location.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from typing import Any

from .dates import resolve_event_date
from .model import Article, Event, Place

__all__ = ["TimePlace", "period_end"]

_LOCATIVE = {
    "de": {"in", "im", "bei", "beim", "nahe", "vor", "auf", "innerhalb", "außerhalb"},
    "en": {"in", "at", "near", "outside", "inside", "across", "around", "on", "off", "within"},
}
# Directions name the place of the event only when the event is a movement: "reiste nach Peking",
# "withdrew from Niger", "sent troops to the border".
_DIRECTIONAL = {"de": {"nach", "aus", "in", "ins", "über"}, "en": {"to", "from", "into"}}
_MOVEMENTS = {"CONSULT", "MOBILIZE", "RETREAT", "AID", "AGREE"}
# Where the event hits its object, a place named as that object is where it happened ("shelled Kharkiv").
_PLACE_AS_OBJECT = {"ASSAULT", "COERCE", "PROTEST", "CONSULT", "AGREE", "RETREAT"}
HISTORICAL_DAYS = 90  # an event that ended this long before publication is background


# Words that may stand between the preposition and the place: "in der georgischen Hauptstadt Tiflis",
# "im Nordwesten Nigerias", "in the northern city of Kharkiv".
_PLACE_NOUNS = re.compile(
    r"^(der|die|das|dem|den|des|the|of|city|town|village|province|region|capital|port|district|state|"
    r"\w*(stadt|provinz|region|dorf|bezirk|gebiet|norden|süden|osten|westen|nordosten|nordwesten|südosten|südwesten)|"
    r"north|south|east|west|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)$")


_NOT_PLACE_WORDS = {"um", "zu", "mit", "für", "gegen", "und", "oder", "dass", "with", "for", "by",
                    "and", "or", "that", "against", "about"}


def _locative(before: str, preps: set[str]) -> bool:
    words = before.split()
    capitalised = 0
    for k, word in enumerate(reversed(words[-6:])):
        if k and word.endswith((",", ";", ":")):
            return False  # the preposition must be in the place's own phrase, not before a comma
        w = word.lower().strip(",")
        if w in preps:
            return True
        if w in _NOT_PLACE_WORDS:
            return False
        if word[:1].isupper() and not _PLACE_NOUNS.match(w):
            capitalised += 1  # one adjective of origin may stand there: "in the Saudi city of Jeddah"
            if capitalised > 1:
                return False
            continue
        if not (_PLACE_NOUNS.match(w) or word[:1].islower()):
            return False
    return False


def _segment(sentence: str, offset: int) -> int:
    """Which comma-separated stretch of the sentence an offset falls in."""
    return sentence.count(",", 0, offset)


def period_end(date: str) -> dt.date:
    """The last day of the period an ISO date at any precision names."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return dt.date(parts[0], 12, 31)


class TimePlace:
    def __init__(self, *, geocode: bool = True) -> None:
        self.geocode = geocode
        self._gazetteer: Any = None

    @property
    def gazetteer(self) -> Any:
        if self._gazetteer is None:
            from .geo import Gazetteer

            self._gazetteer = Gazetteer.load()
        return self._gazetteer

    def apply(self, article: Article, events: list[Event]) -> list[Event]:
        if not events:
            return events
        lang = article.lang or "en"
        context: tuple[str, ...] = ()
        toponym_cache: dict[int, list[Any]] = {}
        out = []
        for event in events:
            ev = event.evidence
            anchor = ev.trigger.char_start - ev.char_start
            date, precision, expr = resolve_event_date(ev.sentence, lang, article.published,
                                                       anchor=anchor, future=event.future)
            if event.future and expr is not None and _segment(ev.sentence, expr.char_start) != _segment(ev.sentence, anchor):
                # "X werde ... bereitstellen, sagte Y am Freitag": the date belongs to the (past) announcement
                date, precision, expr = resolve_event_date(ev.sentence, lang, article.published,
                                                           anchor=anchor, future=False)
            historical = event.historical
            if date and precision not in ("publication",) and article.published:
                historical = historical or period_end(date) < article.published - dt.timedelta(days=HISTORICAL_DAYS) \
                    or (precision == "year" and int(date[:4]) < article.published.year)  # "im vergangenen Jahr"
            location: tuple[Place, ...] = ()
            place_text = None
            if self.geocode:
                if ev.char_start not in toponym_cache:
                    toponym_cache[ev.char_start] = self.gazetteer.find_toponyms(ev.sentence, lang)
                place = self._event_place(event, toponym_cache[ev.char_start], article, context, lang)
                if place is not None:
                    location, place_text = (place,), place.text
            evidence = replace(ev, date_text=expr.text if expr else None, place_text=place_text)
            out.append(replace(event, date=date, date_precision=precision, historical=historical,
                               location=location, evidence=evidence))
        return out

    def _event_place(self, event: Event, toponyms: list[Any], article: Article, context: tuple[str, ...],
                     lang: str) -> Place | None:
        ev = event.evidence
        preps = _LOCATIVE.get(lang, set())
        if event.event_type in _MOVEMENTS:
            preps = preps | _DIRECTIONAL.get(lang, set())
        trigger_end = ev.trigger.char_end - ev.char_start
        targets = {(a.char_start - ev.char_start, a.char_end - ev.char_start) for a in event.target}
        best: tuple[int, Place] | None = None
        for top in toponyms:
            if not top.candidates:
                continue
            locative = _locative(ev.sentence[:top.char_start], preps)
            as_object = event.event_type in _PLACE_AS_OBJECT and (
                (top.char_start, top.char_end) in targets
                or (event.event_type in ("ASSAULT", "COERCE") and 0 < top.char_start - trigger_end <= 2))
            if not (locative or as_object):
                continue  # a place named without "in"/"bei" is an actor or an origin, not where it happened
            # nearest to the trigger wins; a city beats its country ("in Nigerias Hauptstadt Abuja"),
            # a place introduced by a preposition beats a place that is the event's object
            distance = abs(top.char_start - (ev.trigger.char_start - ev.char_start))
            distance += 60 * (top.candidates[0].precision == "country") + 40 * (not locative)
            # the candidates are already ranked with the sentence's context (other places named in it)
            place = replace(top.candidates[0], text=top.text, char_start=ev.char_start + top.char_start,
                            char_end=ev.char_start + top.char_end)
            if best is None or distance < best[0]:
                best = (distance, place)
        if best is not None:
            return best[1]
        if article.dateline:
            place = self.gazetteer.resolve(article.dateline, lang=lang, context_countries=context)
            if place is not None:
                return place
        if event.mode == "visit" and event.target and event.target[0].country and len(event.target[0].country) == 3:
            return self.gazetteer.country(event.target[0].country)
        return None
