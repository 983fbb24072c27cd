"""Give every event the date it happened and the place it happened.

Dates come from ``dates.resolve_event_date`` (relative to the publication date, tense-aware);
places from the GeoNames gazetteer in ``geo``: a place attached to the event in its sentence
("in Bamako", "nach Mali") wins, a place in the trigger's own clause before one in another
clause, and a place in a clause that belongs to another event ("nachdem ... in Nanterre",
"over the shooting in Nanterre") last; "50 Kilometer nördlich der Stadt Pemba" gives the
country of Pemba. Then the article's dateline, then a town named in the trigger's clause
without a preposition ("eroberten Goma"), then, for visits, the host's country, then, for
what happens "landesweit"/"nationwide", the country of the actor, then the country all the
event's actors share (two actors or more). A demonym, an actor, a partner
or a recipient ("Malis Führer", "to Ecuador's former vice president", "talks with Ethiopia")
is never a location. Toponyms are ranked with the countries of the article's actors as context.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace
from typing import Any

from .dates import RELATIVE_CLAUSE, clause_layout, resolve_event_date
from .model import Actor, Article, Event, Place

__all__ = ["TimePlace", "locative_phrase", "period_end"]

_LOCATIVE = {
    "de": {"in", "im", "bei", "beim", "nahe", "vor", "auf", "innerhalb", "außerhalb"},
    "en": {"in", "at", "near", "outside", "inside", "across", "around", "on", "off", "within", "through", "via"},
}
# Directions name the place of the event only when the event is a movement: "reiste nach Peking",
# "withdrew from Niger", "sent troops to the border".
_DIRECTIONAL = {"de": {"nach", "aus", "in", "ins", "über"}, "en": {"to", "from", "into"}}
_MOVEMENTS = {"CONSULT", "MOBILIZE", "RETREAT", "AID"}
_FROM_PLACE = {"RETREAT", "MOBILIZE"}  # "withdrew from Niger", "zog Truppen aus Mali ab": the place it happened
# Where the event hits its object, a place named as that object is where it happened ("shelled Kharkiv").
_PLACE_AS_OBJECT = {"ASSAULT", "COERCE", "PROTEST", "CONSULT", "AGREE", "RETREAT"}
# Events done to the people of a place: with no target actor, a foreign place named in the sentence
# gives the target country ("Israeli tanks fired at targets in Jericho", "sent food to Benghazi").
# Not meetings, deployments, deals or protests, which merely happen somewhere.
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "AID", "SANCTION"})
# a curfew or state of emergency (CAMEO 1723, 1724) a source imposes covers a place; it targets no one there
AREA_CODES = frozenset({"1723", "1724"})
# People of a country rather than its state: victims of no stated country take the country of the place
# an attack hit ("shelled Kharkiv, killing three civilians"), else the attacker's own
DOMESTIC_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "MED", "REL", "AGR", "CRM", "JRN", "PTY", "LEG", "JUD",
                              "COP", "GOV"})

# the rule id of an announced act made conditional and coded as a threat of it ("en.protest.march+condition")
CONDITION_SUFFIX = "+condition"
HISTORICAL_DAYS = 90  # an event that ended this long before publication is background

# "rund 50 Kilometer nördlich der Hafenstadt Pemba", "30 km south of the city of Kherson": the
# event is near the place, not in it; its country is what the sentence says for sure.
_DIRECTION_WORDS = (
    "nördlich", "südlich", "östlich", "westlich", "nordöstlich", "nordwestlich", "südöstlich", "südwestlich",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west",
)
_DISTANCE = re.compile(
    r"(?:kilometern?|km|meilen|miles?|kilometres?|kilometers?)\s+(?:" + "|".join(_DIRECTION_WORDS) + r")"
    r"\s+(?:von|vom|der|des|of)\s+(?:[\w-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
_POSSESSIVE = ("'s", "’s")


# Words that may stand between the preposition and the place: "in der georgischen Hauptstadt Tiflis",
# "im Nordwesten Nigerias", "in the northern city of Kharkiv".
_PLACE_NOUNS = re.compile(
    r"^(der|die|das|dem|den|des|the|of|city|town|village|province|region|capital|port|district|state|"
    r"\w*(stadt|provinz|region|dorf|bezirk|gebiet|norden|süden|osten|westen|nordosten|nordwesten|südosten|südwesten)|"
    r"north|south|east|west|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)$")


_NOT_PLACE_WORDS = {"um", "zu", "mit", "für", "gegen", "und", "oder", "dass", "with", "for", "by",
                    "and", "or", "that", "against", "about"}
# another preposition between the place and an earlier one ends the place's phrase: in "on Tuesday
# after fighters from Russia", "on" does not reach Russia
_PREPOSITIONS = set().union(*_LOCATIVE.values(), *_DIRECTIONAL.values(),
                            {"after", "before", "nachdem", "bevor", "während", "while", "wie", "as", "of"})
# "talks with Ethiopia", "pledged aid to Ukraine": a partner or a recipient, not a place
_PARTNER_WORDS = {"with", "mit", "against", "gegen", "to", "an", "for", "für"}
_ORIGIN_WORDS = {"aus", "from"}  # "der aus Bukavu stammende Anführer", "a delegation from Kyiv"
# "landesweit ausgesetzt", "banned nationwide": the event covers the acting government's country
_NATIONWIDE = re.compile(r"\b(?:landesweit\w*|bundesweit\w*|im ganzen Land|nationwide|countrywide|across the country)\b",
                         re.IGNORECASE)


def locative_phrase(before: str, preps: set[str]) -> bool:
    """The text before a place ends in a preposition of place, past articles, adjectives and place nouns
    ("in the northern city of", "im Norden")."""
    words = before.split()
    capitalised = 0
    for k, word in enumerate(reversed(words[-6:])):
        if k and word.endswith((",", ";", ":")):
            return False  # the preposition must be in the place's own phrase, not before a comma
        w = word.lower().strip(",")
        if w in preps:
            return True
        if w in _NOT_PLACE_WORDS or (w in _PREPOSITIONS and not _PLACE_NOUNS.match(w)):
            return False
        if word[:1].isupper() and not _PLACE_NOUNS.match(w):
            capitalised += 1  # one adjective of origin may stand there: "in the Saudi city of Jeddah"
            if capitalised > 1:
                return False
            continue
        if not (_PLACE_NOUNS.match(w) or word[:1].islower()):
            return False
    return False


def _origin(before: str) -> bool:
    """The place is introduced by "aus"/"from", articles and town words aside ("aus der Stadt")."""
    words = [w.lower() for w in before.split()]
    while words and _PLACE_NOUNS.match(words[-1]):
        words.pop()
    return bool(words) and words[-1] in _ORIGIN_WORDS


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


def _in_name(sentence: str, start: int, end: int, offset: int, actors: list[tuple[int, int]]) -> bool:
    """A toponym that ends an actor's span right after a capitalised word, as a surname does ("Volker
    Turk", "Jose Manuel Heredia"), not one after a preposition ("the government in Kabul")."""
    words = sentence[:start].split()
    return bool(words) and words[-1][:1].isupper() and words[-1].isalpha() and any(
        a < offset + start and offset + end == b for a, b in actors)


def with_country(actor: Actor, country: str) -> Actor:
    """A role actor of no stated country, given the country the context says it has."""
    return replace(actor, country=country, cameo_actor=country + (actor.cameo_actor or actor.sector or ""))


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
        # the countries of the article's actors rank ambiguous toponyms ("Odessa" in a Ukraine story)
        context = tuple(sorted({a.country for e in events for a in (*e.source, *e.target)
                                if a.country and len(a.country) == 3}))
        toponym_cache: dict[int, list[Any]] = {}
        # the actors of each sentence: a place word ending a person's name ("Volker Turk") is no place
        names: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for e in events:
            names[e.evidence.char_start] += [(a.char_start, a.char_end) for a in (*e.source, *e.target)]
        out = []
        for event in events:
            ev = event.evidence
            anchor = ev.trigger.char_start - ev.char_start
            date, precision, expr = resolve_event_date(ev.sentence, lang, article.published,
                                                       anchor=anchor, future=event.future)
            if expr is not None and event.event_type == "THREATEN" and ev.rule.endswith(CONDITION_SUFFIX) \
                    and _segment(ev.sentence, expr.char_start) == _segment(ev.sentence, anchor):
                # an announced act made conditional became a threat ("said they would march on Wednesday if ..."):
                # the day names the act threatened, the threat is made when it is reported
                published = article.published
                date, precision, expr = (published.isoformat(), "publication", None) if published else (None, "unresolved", None)
            elif event.future and expr is not None and _segment(ev.sentence, expr.char_start) != _segment(ev.sentence, anchor):
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
                    toponym_cache[ev.char_start] = [
                        t for t in self.gazetteer.find_toponyms(ev.sentence, lang, context)
                        if not _in_name(ev.sentence, t.char_start, t.char_end, ev.char_start, names[ev.char_start])]
                place = self._event_place(event, toponym_cache[ev.char_start], article, context, lang)
                if place is not None:
                    location, place_text = (place,), place.text
            evidence = replace(ev, date_text=expr.text if expr else None, place_text=place_text)
            target = self._victims(event, location) if event.target else self._target_of_place(event, location)
            out.append(replace(event, date=date, date_precision=precision, historical=historical,
                               location=location, evidence=evidence, target=target))
        return out

    @staticmethod
    def _victims(event: Event, location: tuple[Place, ...]) -> tuple[Actor, ...]:
        """Victims of an attack whose country the text does not state are the people of the place named as
        where it happened, else (a domestic attack) of the attacker's country."""
        if event.event_type != "ASSAULT":
            return event.target
        home = {a.country for a in event.source}
        place = location[0] if location and location[0].char_start is not None else None
        country = place.country if place is not None else next(iter(home)) if len(home) == 1 else None
        if not country or len(country) != 3 or country == "WST":
            return event.target
        # (also victims the coder gave the attacker's country from the context, when the sentence names the place
        # hit and the victims' own words state none: "Russian forces shelled Kharkiv, killing three civilians")
        return tuple(with_country(a, country) if a.sector in DOMESTIC_SECTORS and (
            a.country is None or (place is not None and a.country in home and a.country != country
                                  and not any(w[:1].isupper() for w in a.text.split()))) else a
                     for a in event.target)

    def _target_of_place(self, event: Event, location: tuple[Place, ...]) -> tuple[Actor, ...]:
        """The people of a foreign place the sentence names, as the target of an event done to them."""
        if event.event_type not in PLACE_TARGET_TYPES or not location or (event.cameo in AREA_CODES and event.source):
            return ()
        place = location[0]
        if place.char_start is None or place.char_end is None or not place.country:
            return ()  # a dateline or fallback place
        # the object right after an attack or a seizure is what it hit or took, at home too ("the M23 occupied Goma",
        # "Aserbaidschan eroberte Bergkarabach"); elsewhere a place of the source's own country is a domestic event
        direct = event.event_type in ("ASSAULT", "COERCE") and 0 < place.char_start - event.evidence.trigger.char_end <= 1
        if place.country in {a.country for a in event.source} and not direct:
            return ()
        country = self.gazetteer.country(place.country)
        return (Actor(text=place.text or place.name, name=country.name if country else None, country=place.country,
                      sector=None, cameo_actor=place.country, char_start=place.char_start, char_end=place.char_end),)

    def _event_place(self, event: Event, toponyms: list[Any], article: Article, context: tuple[str, ...],
                     lang: str) -> Place | None:
        ev = event.evidence
        sentence = ev.sentence
        preps = _LOCATIVE.get(lang, set())
        directional = _DIRECTIONAL.get(lang, set()) if event.event_type in _MOVEMENTS else set()
        if event.event_type not in _FROM_PLACE:
            directional = directional - _ORIGIN_WORDS  # "Flugzeuge aus Moskau erhalten": where the aid came from
        anchor = ev.trigger.char_start - ev.char_start
        trigger_end = ev.trigger.char_end - ev.char_start
        actors = [(a.char_start - ev.char_start, a.char_end - ev.char_start) for a in (*event.source, *event.target)]
        targets = {(a.char_start - ev.char_start, a.char_end - ev.char_start) for a in event.target}
        layout = clause_layout(sentence, lang)
        starts = [start for start, _ in layout]
        trigger_clause = bisect_right(starts, anchor)
        best: tuple[tuple[int, int], Place] | None = None
        for top in toponyms:
            if not top.candidates or self.gazetteer.foreign_village(top, context):
                continue  # (a village of a country the article's actors never belong to: a namesake)
            before = sentence[:top.char_start]
            possessive = sentence.startswith(_POSSESSIVE, top.char_end)
            locative = locative_phrase(before, preps)
            if not locative and directional and not possessive:
                locative = locative_phrase(before, preps | directional)  # not "to Ecuador's former vice president"
            near = _DISTANCE.search(before) is not None
            words = before.split()
            partner = bool(words) and words[-1].lower() in _PARTNER_WORDS
            as_object = event.event_type in _PLACE_AS_OBJECT and not partner and (
                (top.char_start, top.char_end) in targets
                or (event.event_type in ("ASSAULT", "COERCE") and 0 < top.char_start - trigger_end <= 2))
            if not (locative or as_object or near):
                continue  # a place named without "in"/"bei" is an actor or an origin, not where it happened
            # its own clause first, then a clause of the same event, last a clause that is
            # another event's ("nachdem ein Polizist in Nanterre ...", "told reporters in Tokyo" is 1)
            clause = bisect_right(starts, top.char_start)
            if clause != trigger_clause and clause and layout[clause - 1][1] == RELATIVE_CLAUSE \
                    and layout[clause - 1][0] < anchor:
                # a relative clause inserted before the trigger describes its actor's past, not the event:
                # "Lawrow, der sich am Montag im Irak aufhielt, wurde ... begrüßt"; one after it may say
                # where the event's object is ("asylum to Glas, who had been sheltering in Quito")
                continue
            tier = 0 if clause == trigger_clause else (2 if clause and layout[clause - 1][1] else 1)
            # nearest to the trigger wins; a city beats its country ("in Nigerias Hauptstadt Abuja"),
            # a place introduced by a preposition beats a place that is the event's object
            distance = abs(top.char_start - anchor)
            distance += 60 * (top.candidates[0].precision == "country") + 40 * (not (locative or near))
            # the candidates are already ranked with the sentence's context (other places named in it)
            place = top.candidates[0]
            if near and place.precision != "country" and place.country:
                place = self.gazetteer.country(place.country) or place
            place = replace(place, text=top.text, char_start=ev.char_start + top.char_start,
                            char_end=ev.char_start + top.char_end)
            if best is None or (tier, distance) < best[0]:
                best = ((tier, distance), place)
        if best is not None:
            return best[1]
        if article.dateline:
            place = self.gazetteer.resolve(article.dateline, lang=lang, context_countries=context)
            if place is not None:
                return place
        unattached = self._unattached_town(event, toponyms, layout, trigger_clause, actors, context)
        if unattached is not None:
            return unattached
        if event.mode == "visit" and event.target and event.target[0].country and len(event.target[0].country) == 3:
            return self.gazetteer.country(event.target[0].country)
        if event.source and event.source[0].country and len(event.source[0].country) == 3 \
                and _NATIONWIDE.search(ev.sentence):
            return self.gazetteer.country(event.source[0].country)
        countries = [a.country for a in (*event.source, *event.target) if a.country and len(a.country) == 3]
        if len(countries) >= 2 and len(set(countries)) == 1:
            return self.gazetteer.country(countries[0])  # a domestic event: the country all its actors share
        return None

    def _unattached_town(self, event: Event, toponyms: list[Any], layout: tuple[tuple[int, int], ...],
                         trigger_clause: int, actors: list[tuple[int, int]], context: tuple[str, ...]) -> Place | None:
        """A town or region named in the trigger's own clause without a preposition ("haben weite
        Teile der Provinzhauptstadt Goma eingenommen", "Bewohnern der Hauptstadt Khartum"), when it
        is not an actor of the event, a possessive or an origin ("aus Moskau", "from Kyiv")."""
        ev = event.evidence
        sentence = ev.sentence
        starts = [start for start, _ in layout]
        anchor = ev.trigger.char_start - ev.char_start
        best: tuple[int, Place] | None = None
        for top in toponyms:
            if not top.candidates or top.candidates[0].precision == "country" or self.gazetteer.foreign_village(top, context):
                continue
            if bisect_right(starts, top.char_start) != trigger_clause:
                continue
            if any(s <= top.char_start < e for s, e in actors) or sentence.startswith(_POSSESSIVE, top.char_end):
                continue
            if _origin(sentence[:top.char_start]):
                continue
            distance = abs(top.char_start - anchor)
            if best is None or distance < best[0]:
                best = (distance, replace(top.candidates[0], text=top.text, char_start=ev.char_start + top.char_start,
                                          char_end=ev.char_start + top.char_end))
        return best[1] if best else None
