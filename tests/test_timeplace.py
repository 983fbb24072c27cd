"""Event dates and places (chronist.timeplace): which place in the sentence is the event's."""

from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Actor, Article, Event, Evidence, Span
from chronist.timeplace import TimePlace

WED = dt.date(2024, 3, 13)
MALI, FRANCE, SUDAN, MOZAMBIQUE = 2453866, 3017382, 366755, 1036973
OTTAWA, CARACAS, GENEVA, KILIS, BUKAVU, ODESA, KINSHASA = 6094817, 3646738, 2660646, 307864, 217831, 698740, 2314302


@pytest.fixture(scope="module")
def timeplace() -> TimePlace:
    return TimePlace()  # the gazetteer from the shared cache, as the pipeline fixture uses it


def _actor(sentence: str, text: str, country: str | None) -> Actor:
    start = sentence.index(text)
    return Actor(text, None, country, None, None, start, start + len(text))


def _event(sentence: str, trigger: str, event_type: str, *, source: tuple[tuple[str, str | None], ...] = (),
           target: tuple[tuple[str, str | None], ...] = (), mode: str | None = None) -> Event:
    start = sentence.index(trigger)
    evidence = Evidence(sentence, 0, len(sentence), Span(trigger, start, start + len(trigger)), "test")
    return Event(event_id="e", article_id="a", url=None, event_type=event_type, mode=mode, cameo=None,
                 quad_class=None, goldstein=None,
                 source=tuple(_actor(sentence, t, c) for t, c in source),
                 target=tuple(_actor(sentence, t, c) for t, c in target),
                 evidence=evidence, confidence=1.0, coder="test")


def _place(timeplace: TimePlace, lang: str, event: Event, dateline: str | None = None) -> int | None:
    sentence = event.evidence.sentence
    article = Article(article_id="a", text=sentence, title=None, published=WED, published_source="input",
                      lang=lang, lang_confidence=1.0, url=None, domain=None, origin="test", dateline=dateline)
    [out] = timeplace.apply(article, [event])
    return out.location[0].geonames_id if out.location else None


def test_a_place_in_the_trigger_s_clause_beats_the_reporting_clause(timeplace: TimePlace) -> None:
    s = "Die Junta hat in Mali alle Parteien verboten, wie das Innenministerium in Bamako mitteilte."
    assert _place(timeplace, "de", _event(s, "verboten", "COERCE")) == MALI


def test_the_reporting_clause_when_the_event_names_no_place(timeplace: TimePlace) -> None:
    s = "Canada pledged $100 million to Ukraine on Monday, the prime minister told reporters in Ottawa."
    event = _event(s, "pledged", "AGREE", source=(("Canada", "CAN"),), target=(("Ukraine", "UKR"),))
    assert _place(timeplace, "en", event) == OTTAWA  # a pledge "to Ukraine" is not made there


def test_a_place_in_another_event_s_clause_comes_last(timeplace: TimePlace) -> None:
    s = ("Nachdem ein Polizist in Marseille einen Jugendlichen erschossen hatte, "
         "kam es in mehreren Städten Frankreichs zu Krawallen.")
    assert _place(timeplace, "de", _event(s, "Krawallen", "PROTEST")) == FRANCE
    s = "Police were deployed across France on Sunday after youths rioted over a shooting in Marseille."
    assert _place(timeplace, "en", _event(s, "rioted", "PROTEST")) == FRANCE


def test_kilometres_from_a_town_give_its_country(timeplace: TimePlace) -> None:
    s = "Aufständische überfielen ein Dorf rund 30 Kilometer südlich der Hafenstadt Pemba."
    assert _place(timeplace, "de", _event(s, "überfielen", "ASSAULT")) == MOZAMBIQUE


def test_a_possessive_after_to_is_a_person_not_a_place(timeplace: TimePlace) -> None:
    s = "Spain granted asylum on Friday to Venezuela's opposition leader, who had stayed at the embassy in Caracas."
    assert _place(timeplace, "en", _event(s, "granted", "AID", source=(("Spain", "ESP"),))) == CARACAS


def test_a_partner_after_with_is_not_a_place(timeplace: TimePlace) -> None:
    s = "Armenia broke off talks with Azerbaijan after the latest round in Geneva failed."
    event = _event(s, "talks", "CONSULT", source=(("Armenia", "ARM"),), target=(("Azerbaijan", "AZE"),))
    assert _place(timeplace, "en", event) == GENEVA


def test_through_names_the_place(timeplace: TimePlace) -> None:
    s = "The United Nations sent aid convoys through Kilis on Monday."
    assert _place(timeplace, "en", _event(s, "sent", "AID")) == KILIS


def test_a_town_named_without_a_preposition(timeplace: TimePlace) -> None:
    s = "Die Rebellen haben am Montag weite Teile der Stadt Bukavu eingenommen."
    assert _place(timeplace, "de", _event(s, "eingenommen", "COERCE", source=(("Die Rebellen", None),))) == BUKAVU
    # ... but not a town that is the event's actor, nor an origin
    s = "Bukavu warf den Rebellen am Montag Plünderungen vor."
    assert _place(timeplace, "de", _event(s, "warf", "ACCUSE", source=(("Bukavu", "COD"),))) is None
    s = "Der aus Bukavu stammende Anführer wurde am Montag festgenommen."
    assert _place(timeplace, "de", _event(s, "festgenommen", "COERCE")) is None


def test_the_dateline_before_an_unattached_town(timeplace: TimePlace) -> None:
    s = "Die Rebellen haben am Montag weite Teile der Stadt Bukavu eingenommen."
    assert _place(timeplace, "de", _event(s, "eingenommen", "COERCE"), dateline="KINSHASA") == KINSHASA


def test_the_country_all_actors_share(timeplace: TimePlace) -> None:
    s = "Die Armee und die Miliz setzten ihre Kämpfe am Sonntag fort."
    event = _event(s, "Kämpfe", "ASSAULT", source=(("Die Armee", "SDN"), ("die Miliz", "SDN")))
    assert _place(timeplace, "de", event) == SUDAN
    # one actor's country says nothing about where it acted
    event = _event(s, "Kämpfe", "ASSAULT", source=(("Die Armee", "SDN"),))
    assert _place(timeplace, "de", event) is None
    event = _event(s, "Kämpfe", "ASSAULT", source=(("Die Armee", "SDN"),), target=(("die Miliz", "TCD"),))
    assert _place(timeplace, "de", event) is None


def test_the_article_s_actors_rank_toponyms(timeplace: TimePlace) -> None:
    s = "The air force said drones struck a power plant in Odessa overnight."
    event = _event(s, "struck", "ASSAULT", source=(("drones", "RUS"),), target=(("a power plant", "UKR"),))
    assert _place(timeplace, "en", event) == ODESA  # no country named in the sentence: the actors' countries
    event = _event(s, "struck", "ASSAULT", source=(("drones", "USA"),), target=(("a power plant", "USA"),))
    assert _place(timeplace, "en", event) != ODESA


def test_dates_follow_the_trigger_s_clause(timeplace: TimePlace) -> None:
    s = "Hungary closed its border on Monday after migrants clashed with police."
    article = Article(article_id="a", text=s, title=None, published=WED, published_source="input", lang="en",
                      lang_confidence=1.0, url=None, domain=None, origin="test")
    closed, clashed = timeplace.apply(article, [_event(s, "closed", "COERCE"), _event(s, "clashed", "PROTEST")])
    assert (closed.date, closed.date_precision) == ("2024-03-11", "day")
    assert (clashed.date, clashed.date_precision) == ("2024-03-13", "publication")


def test_nationwide_is_the_actor_s_country(timeplace: TimePlace) -> None:
    s = "Die Militärregierung von Mali hat den Sender landesweit abgeschaltet."
    event = _event(s, "abgeschaltet", "COERCE", source=(("Die Militärregierung von Mali", "MLI"),),
                   target=(("den Sender", "FRA"),))
    assert _place(timeplace, "de", event) == MALI
    s = "Niger's junta suspended the broadcaster nationwide."
    event = _event(s, "suspended", "COERCE", source=(("Niger's junta", "NER"),))
    assert _place(timeplace, "en", event) == 2440476
    s = "Niger's junta suspended the broadcaster."
    assert _place(timeplace, "en", _event(s, "suspended", "COERCE", source=(("Niger's junta", "NER"),))) is None


def _apply(timeplace: TimePlace, lang: str, event: Event) -> Event:
    sentence = event.evidence.sentence
    article = Article(article_id="a", text=sentence, title=None, published=WED, published_source="input",
                      lang=lang, lang_confidence=1.0, url=None, domain=None, origin="test")
    [out] = timeplace.apply(article, [event])
    return out


def test_a_foreign_place_gives_the_target_of_an_attack_or_aid(timeplace: TimePlace) -> None:
    s = "Ethiopian drones struck a market in Bukavu on Tuesday."
    out = _apply(timeplace, "en", _event(s, "struck", "ASSAULT", source=(("Ethiopian", "ETH"),)))
    assert [(a.text, a.country) for a in out.target] == [("Bukavu", "COD")]
    assert out.target[0].char_start == s.index("Bukavu")  # the evidence points at the place
    s = "Ägypten schickte am Dienstag Lebensmittel und Zelte nach Charkiw."
    out = _apply(timeplace, "de", _event(s, "schickte", "AID", source=(("Ägypten", "EGY"),)))
    assert [a.country for a in out.target] == ["UKR"]


def test_no_target_from_a_place_for_meetings_or_domestic_events(timeplace: TimePlace) -> None:
    s = "Ethiopian officials met in Bukavu on Tuesday."
    assert _apply(timeplace, "en", _event(s, "met", "CONSULT", source=(("Ethiopian", "ETH"),))).target == ()
    s = "French police arrested 40 people in Marseille on Tuesday."
    assert _apply(timeplace, "en", _event(s, "arrested", "COERCE", source=(("French", "FRA"),))).target == ()
    s = "Ethiopian drones struck a market in Bukavu on Tuesday, Congo's army said."
    stated = _event(s, "struck", "ASSAULT", source=(("Ethiopian", "ETH"),), target=(("Congo", "COD"),))
    assert [a.text for a in _apply(timeplace, "en", stated).target] == ["Congo"]  # a stated target stays


def test_a_place_word_ending_a_persons_name_is_no_place(timeplace: TimePlace) -> None:
    # "Turk" is also a town in Uzbekistan; here it is the UN rights chief's surname
    sentence = "Am Montag verurteilte der UN-Menschenrechtskommissar Volker Turk die Ausweisung eines UN-Beamten aus Mali."
    event = _event(sentence, "Ausweisung", "SANCTION", source=(("Mali", "MLI"),),
                   target=())
    accuse = _event(sentence, "verurteilte", "ACCUSE", source=(("UN-Menschenrechtskommissar Volker Turk", "UNO"),))
    article = Article(article_id="a", text=sentence, title=None, published=WED, published_source="input",
                      lang="de", lang_confidence=1.0, url=None, domain=None, origin="test")
    out = timeplace.apply(article, [accuse, event])
    assert all(not e.location or e.location[0].country != "UZB" for e in out), out
    assert all(a.country != "UZB" for e in out for a in e.target), out


@pytest.mark.parametrize("text, lang, victims", [
    ("Russian forces shelled Kharkiv on Sunday, killing three civilians.", "en", "UKR"),
    ("Bei einem russischen Raketenangriff auf Odessa wurden drei Menschen getötet.", "de", "UKR"),
    # (a passive count with no attacker, "dabei wurden drei Zivilisten getötet", is no event: cue casualty_verb)
    ("Russische Truppen haben die Stadt Charkiw beschossen und drei Zivilisten getötet.", "de", "UKR"),
    # no place named: a domestic attack on the attacker's own people
    ("Myanmar's army killed 20 civilians on Monday.", "en", "MMR"),
])
def test_victims_are_the_people_of_the_place_an_attack_hit(pipeline, text, lang, victims):
    [attack] = pipeline.extract(text, published="2024-03-06", lang=lang).events
    assert attack.event_type == "ASSAULT"
    assert [(a.country, a.sector) for a in attack.target] == [(victims, "CVL")]



def test_victims_the_coder_gave_the_attackers_country_are_the_people_of_the_place_hit(pipeline):
    text = ("Ukraine's air force said Russian troops shelled Kharkiv overnight, killing two civilians, and accused "
            "Moscow of targeting homes.")
    [shelling] = [e for e in pipeline.extract(text, published="2024-03-04", lang="en").events if e.event_type == "ASSAULT"]
    assert [a.country for a in shelling.target] == ["UKR"], shelling
    # victims whose own words name their country keep it
    text = "Israeli troops shot dead two Israeli civilians in Jenin by mistake."
    [shooting] = [e for e in pipeline.extract(text, published="2024-03-04", lang="en").events if e.event_type == "ASSAULT"]
    assert [a.country for a in shooting.target] == ["ISR"], shooting


def test_a_village_of_a_country_no_actor_belongs_to_is_a_namesake(timeplace: TimePlace) -> None:
    s = "Gunmen opened fire on a passenger convoy near Bagan on Sunday."
    event = _event(s, "opened", "ASSAULT", source=(("Gunmen", "PAK"),))
    out = _apply(timeplace, "en", event)
    assert not out.location or out.location[0].country != "RUS", out.location  # not the Russian village
    event = _event(s, "opened", "ASSAULT", source=(("Gunmen", "RUS"),))
    out = _apply(timeplace, "en", event)
    assert out.location and out.location[0].country == "RUS", out.location  # a story in Russia: that village
