"""Hand-made articles with events, for API and dashboard tests that must not depend on the coder.

Each event is written as the words of its sentence (trigger, actors, date and place
expressions); offsets are found in the text, so every span is exact by construction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from chronist.model import Actor, Article, Event, Evidence, Place, Span

# name, ISO3, admin1, lat, lon, GeoNames id, precision
PLACES = {
    "Bamako": ("Bamako", "MLI", "Bamako", 12.65, -8.0, 2460596, "city"),
    "Niamey": ("Niamey", "NER", "Niamey", 13.51, 2.11, 2440485, "city"),
    "Washington": ("Washington", "USA", "District of Columbia", 38.9, -77.04, 4140963, "city"),
    "Berlin": ("Berlin", "DEU", "Berlin", 52.52, 13.41, 2950159, "city"),
    "Peking": ("Peking", "CHN", "Beijing", 39.91, 116.4, 1816670, "city"),
    "Tiflis": ("Tiflis", "GEO", "Tbilisi", 41.69, 44.83, 611717, "city"),
    "Gaza": ("Gaza", "PSE", "Gaza Strip", 31.5, 34.47, 281133, "city"),
    "Khartum": ("Khartum", "SDN", "Khartoum", 15.55, 32.53, 379252, "city"),
    "Aleppo": ("Aleppo", "SYR", "Aleppo", 36.2, 37.16, 170063, "city"),
    "Brüssel": ("Brüssel", "BEL", "Brussels Capital", 50.85, 4.35, 2800866, "city"),
}


@dataclass(frozen=True)
class E:
    """One event as words of its sentence."""

    sentence: str
    trigger: str
    source: tuple[tuple[str, str | None, str | None], ...]  # (words, CAMEO actor, country)
    target: tuple[tuple[str, str | None, str | None], ...]
    event_type: str
    mode: str | None
    cameo: str
    quad: int
    goldstein: float
    date: str
    date_text: str | None = None
    place: str | None = None
    confidence: float = 0.8


ARTICLES: list[tuple[str, str, str, dt.date, list[str], list[E]]] = [
    ("en", "Mali and Niger leaders meet in Bamako", "https://news.example.org/mali-niger", dt.date(2023, 2, 7), [
        "BAMAKO - Regional leaders met on Tuesday to discuss security in the Sahel.",
        "The president of Mali met the Nigerien prime minister in Bamako on Tuesday.",
        "Mali accused France of supporting armed groups, a charge Paris rejected.",
        "Niger promised food aid to Mali in March, officials said.",
    ], [
        E("The president of Mali met the Nigerien prime minister in Bamako on Tuesday.", "met",
          (("The president of Mali", "MLIGOV", "MLI"),), (("the Nigerien prime minister", "NERGOV", "NER"),),
          "CONSULT", "visit", "042", 1, 1.9, "2023-02-07", "on Tuesday", "Bamako", 0.92),
        E("Mali accused France of supporting armed groups, a charge Paris rejected.", "accused",
          (("Mali", "MLI", "MLI"),), (("France", "FRA", "FRA"),),
          "ACCUSE", "allegation", "112", 3, -2.0, "2023-02-07", None, None, 0.81),
        E("Niger promised food aid to Mali in March, officials said.", "promised",
          (("Niger", "NER", "NER"),), (("Mali", "MLI", "MLI"),),
          "AID", None, "033", 2, 5.2, "2023-03", "in March", None, 0.66),
    ]),
    ("de", "Baerbock in Peking: Gespräche über Handel", "https://nachrichten.example.de/baerbock-peking",
     dt.date(2023, 4, 14), [
        "PEKING - Außenministerin Annalena Baerbock ist am Donnerstag in Peking eingetroffen.",
        "Baerbock traf am Freitag den chinesischen Außenminister in Peking.",
        "Deutschland kritisierte China wegen der Lage in Xinjiang.",
    ], [
        E("Baerbock traf am Freitag den chinesischen Außenminister in Peking.", "traf",
          (("Baerbock", "DEUGOV", "DEU"),), (("den chinesischen Außenminister", "CHNGOV", "CHN"),),
          "CONSULT", "visit", "043", 1, 2.8, "2023-04-14", "am Freitag", "Peking", 0.9),
        E("Deutschland kritisierte China wegen der Lage in Xinjiang.", "kritisierte",
          (("Deutschland", "DEU", "DEU"),), (("China", "CHN", "CHN"),),
          "ACCUSE", "disapprove", "111", 3, -2.0, "2023-04-14", None, None, 0.85),
    ]),
    ("en", "NATO allies pledge support for Ukraine in Washington", "https://news.example.org/nato-summit",
     dt.date(2023, 7, 11), [
        "WASHINGTON - NATO leaders gathered for a summit on Tuesday.",
        "The United States pledged new air defence systems to Ukraine at the summit in Washington on Tuesday.",
        "Russia threatened NATO with retaliation.",
    ], [
        E("The United States pledged new air defence systems to Ukraine at the summit in Washington on Tuesday.",
          "pledged", (("The United States", "USA", "USA"),), (("Ukraine", "UKR", "UKR"),),
          "AID", "military", "033", 2, 5.2, "2023-07-11", "on Tuesday", "Washington", 0.88),
        E("Russia threatened NATO with retaliation.", "threatened",
          (("Russia", "RUS", "RUS"),), (("NATO", "IGONAT", "IGO"),),
          "THREATEN", None, "138", 3, -7.0, "2023-07-11", None, None, 0.77),
    ]),
    ("de", "Proteste gegen Agentengesetz in Georgien", "https://nachrichten.example.de/georgien",
     dt.date(2023, 3, 8), [
        "TIFLIS - Tausende Menschen protestierten am Dienstag in Tiflis gegen das Agentengesetz.",
        "Die Polizei setzte Wasserwerfer gegen Demonstranten in Tiflis ein.",
        "Die EU forderte die Regierung in Georgien zur Rücknahme des Gesetzes auf.",
    ], [
        E("TIFLIS - Tausende Menschen protestierten am Dienstag in Tiflis gegen das Agentengesetz.", "protestierten",
          (("Tausende Menschen", "GEOCVL", "GEO"),), (),
          "PROTEST", "demonstrate", "141", 3, -6.5, "2023-03-07", "am Dienstag", "Tiflis", 0.83),
        E("Die Polizei setzte Wasserwerfer gegen Demonstranten in Tiflis ein.", "setzte",
          (("Die Polizei", "GEOCOP", "GEO"),), (("Demonstranten", "GEOCVL", "GEO"),),
          "ASSAULT", "beat", "175", 4, -9.0, "2023-03-08", None, "Tiflis", 0.74),
        E("Die EU forderte die Regierung in Georgien zur Rücknahme des Gesetzes auf.", "forderte",
          (("Die EU", "IGOEUR", "EUR"),), (("die Regierung in Georgien", "GEOGOV", "GEO"),),
          "DEMAND", None, "102", 3, -5.0, "2023-03-08", None, None, 0.79),
    ]),
    ("en", "Aid convoy reaches Gaza", "https://news.example.org/gaza-aid", dt.date(2023, 5, 20), [
        "GAZA - A UN aid convoy entered Gaza on Saturday.",
        "The United Nations delivered medical supplies to Gaza on Saturday.",
        "Israel and Egypt agreed to reopen the crossing.",
    ], [
        E("The United Nations delivered medical supplies to Gaza on Saturday.", "delivered",
          (("The United Nations", "IGOUNO", "UNO"),), (("Gaza", "PSE", "PSE"),),
          "AID", "humanitarian", "073", 2, 7.4, "2023-05-20", "on Saturday", "Gaza", 0.9),
        E("Israel and Egypt agreed to reopen the crossing.", "agreed",
          (("Israel", "ISR", "ISR"),), (("Egypt", "EGY", "EGY"),),
          "COOPERATE", None, "057", 2, 8.0, "2023-05-20", None, None, 0.7),
    ]),
    ("de", "Waffenruhe im Sudan vereinbart", "https://nachrichten.example.de/sudan", dt.date(2023, 5, 21), [
        "KHARTUM - Die Konfliktparteien im Sudan haben eine Waffenruhe vereinbart.",
        "Die Armee und die RSF tauschten am Sonntag Gefangene in Khartum aus.",
        "Die RSF griff am Montag Stellungen der Armee in Khartum an.",
    ], [
        E("Die Armee und die RSF tauschten am Sonntag Gefangene in Khartum aus.", "tauschten",
          (("Die Armee", "SDNMIL", "SDN"),), (("die RSF", "SDNREB", "SDN"),),
          "COOPERATE", "exchange", "0861", 2, 9.0, "2023-05-21", "am Sonntag", "Khartum", 0.72),
        E("Die RSF griff am Montag Stellungen der Armee in Khartum an.", "griff",
          (("Die RSF", "SDNREB", "SDN"),), (("der Armee", "SDNMIL", "SDN"),),
          "FIGHT", "small arms", "190", 4, -10.0, "2023-05-22", "am Montag", "Khartum", 0.86),
    ]),
    ("en", "Turkish strikes in northern Syria", "https://news.example.org/syria-strikes", dt.date(2023, 1, 20), [
        "ALEPPO - Turkish jets struck targets near Aleppo on Friday.",
        "Turkey bombed Kurdish positions near Aleppo on Friday, monitors said.",
        "Syria condemned the strikes.",
    ], [
        E("Turkey bombed Kurdish positions near Aleppo on Friday, monitors said.", "bombed",
          (("Turkey", "TUR", "TUR"),), (("Kurdish positions", "SYRREB", "SYR"),),
          "ASSAULT", "aerial", "195", 4, -10.0, "2023-01-20", "on Friday", "Aleppo", 0.89),
        E("Syria condemned the strikes.", "condemned",
          (("Syria", "SYR", "SYR"),), (),
          "ACCUSE", "disapprove", "111", 3, -2.0, "2023-01-20", None, None, 0.6),
    ]),
    ("de", "EU verhängt neue Sanktionen gegen Iran", "https://nachrichten.example.de/iran-sanktionen",
     dt.date(2023, 4, 24), [
        "BRÜSSEL - Die Außenminister der EU trafen sich am Montag in Brüssel.",
        "Die EU verhängte am Montag in Brüssel neue Sanktionen gegen Iran.",
        "Iran kritisierte die EU scharf.",
    ], [
        E("Die EU verhängte am Montag in Brüssel neue Sanktionen gegen Iran.", "verhängte",
          (("Die EU", "IGOEUR", "EUR"),), (("Iran", "IRN", "IRN"),),
          "SANCTION", "economic", "163", 4, -8.0, "2023-04-24", "am Montag", "Brüssel", 0.91),
        E("Iran kritisierte die EU scharf.", "kritisierte",
          (("Iran", "IRN", "IRN"),), (("die EU", "IGOEUR", "EUR"),),
          "ACCUSE", "disapprove", "111", 3, -2.0, "2023-04-24", None, None, 0.8),
    ]),
]


def _actor(text: str, words: str, code: str | None, country: str | None, start_in: int) -> Actor:
    at = text.index(words, start_in)
    return Actor(words, words, country, code[3:6] if code and len(code) > 3 else None, code, at, at + len(words))


def _place(name: str, words: str, at: int) -> Place:
    pname, country, admin1, lat, lon, gid, precision = PLACES[name]
    return Place(pname, country, admin1, lat, lon, gid, precision, text=words, char_start=at, char_end=at + len(words))


def build_article(lang: str, title: str, url: str, published: dt.date, paragraphs: list[str], events: list[E],
                  *, coder: str = "sample") -> Article:
    text = "\n\n".join(paragraphs)
    article_id = hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
    coded = []
    for i, e in enumerate(events):
        s = text.index(e.sentence)
        t = text.index(e.trigger, s)
        location = ()
        if e.place:
            at = text.index(e.place, s)
            location = (_place(e.place, e.place, at),)
        precision = {1: "year", 2: "month", 3: "day"}[len(e.date.split("-"))]
        coded.append(Event(
            event_id=f"{article_id[:12]}-{i}", article_id=article_id, url=url, event_type=e.event_type, mode=e.mode,
            cameo=e.cameo, quad_class=e.quad, goldstein=e.goldstein,
            source=tuple(_actor(text, w, c, k, s) for w, c, k in e.source),
            target=tuple(_actor(text, w, c, k, s) for w, c, k in e.target),
            evidence=Evidence(e.sentence, s, s + len(e.sentence), Span(e.trigger, t, t + len(e.trigger)),
                              f"{lang}.{e.event_type.lower()}.{e.trigger}", e.date_text, e.place),
            confidence=e.confidence, coder=coder, date=e.date, date_precision=precision, location=location,
            domain=url.split("/")[2], lang=lang))
    return Article(article_id, text, title, published, "input", lang, 0.99, url, url.split("/")[2], f"sample:{title}",
                   events=tuple(coded))


def sample_articles() -> list[Article]:
    return [build_article(*spec) for spec in ARTICLES]


def sample_event_count() -> int:
    return sum(len(spec[5]) for spec in ARTICLES)
