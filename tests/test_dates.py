"""Tests for chronist.dates: event-date expressions in German and English."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronist.dates import (
    RELATIVE_CLAUSE,
    DateExpression,
    clause_layout,
    find_date_expressions,
    resolve_event_date,
)

WED = dt.date(2024, 3, 13)  # a Wednesday: Mon 11, Tue 12, Thu 14, Fri 15, Sat 16, Sun 17
SUN = dt.date(2024, 3, 17)
JAN = dt.date(2024, 1, 10)  # a Wednesday in January, for months of the previous year


class Case(NamedTuple):
    lang: str
    sentence: str
    published: dt.date | None
    date: str | None
    precision: str
    span: str | None = None  # the expression text, when worth checking
    future: bool = False


def _id(case: Case) -> str:
    return f"{case.lang}:{case.sentence[:40]}{':future' if case.future else ''}"


# fmt: off
GERMAN = [
    # weekdays, with and without "am", with modifiers and parts of the day
    Case("de", "Am frühen Dienstag griffen Truppen das Dorf an.", WED, "2024-03-12", "day", "Am frühen Dienstag"),
    Case("de", "Die Polizei nahm am Montagabend drei Verdächtige fest.", WED, "2024-03-11", "day", "am Montagabend"),
    Case("de", "Der Minister reiste am Mittwoch nach Paris.", WED, "2024-03-13", "day", "am Mittwoch"),
    Case("de", "Donnerstag trafen sich die Außenminister.", WED, "2024-03-07", "day", "Donnerstag"),
    Case("de", "Am Donnerstag treffen sich die Außenminister.", WED, "2024-03-14", "day", future=True),
    Case("de", "Scholz wird am Freitag nach Paris reisen.", WED, "2024-03-15", "day", "am Freitag", True),
    Case("de", "Der Gipfel findet am Mittwoch statt.", WED, "2024-03-13", "day", future=True),
    Case("de", "Am vergangenen Mittwoch protestierten Tausende.", WED, "2024-03-06", "day", "Am vergangenen Mittwoch"),
    Case("de", "Am kommenden Montag beginnt der Prozess.", WED, "2024-03-18", "day", "Am kommenden Montag"),
    Case("de", "Sonntagnacht explodierte eine Bombe.", WED, "2024-03-10", "day", "Sonntagnacht"),
    Case("de", "In der Nacht zum Sonntag wurde geschossen.", WED, "2024-03-10", "day", "In der Nacht zum Sonntag"),
    Case("de", "Am Dienstag vergangener Woche stürmten sie das Amt.", WED, "2024-03-05", "day", "Am Dienstag vergangener Woche"),
    Case("de", "Am Dienstag, dem 7. Februar 2023, fiel die Stadt.", WED, "2023-02-07", "day", "Am Dienstag, dem 7. Februar 2023"),
    # relative days
    Case("de", "Heute Morgen griffen Rebellen die Stadt an.", WED, "2024-03-13", "day", "Heute Morgen"),
    Case("de", "Gestern demonstrierten Hunderte in Berlin.", WED, "2024-03-12", "day", "Gestern"),
    Case("de", "Gestern Abend wurde der Botschafter einbestellt.", WED, "2024-03-12", "day", "Gestern Abend"),
    Case("de", "Vorgestern wurde der Botschafter einbestellt.", WED, "2024-03-11", "day"),
    Case("de", "Morgen wird der Sicherheitsrat beraten.", WED, "2024-03-14", "day", "Morgen", True),
    Case("de", "Der Sicherheitsrat will morgen beraten.", WED, "2024-03-14", "day", "morgen", True),
    Case("de", "Übermorgen endet die Frist.", WED, "2024-03-15", "day", future=True),
    Case("de", "Seit gestern gilt der Ausnahmezustand.", WED, "2024-03-12", "day", "Seit gestern"),
    Case("de", "Vor drei Tagen wurde er freigelassen.", WED, "2024-03-10", "day", "Vor drei Tagen"),
    Case("de", "In drei Tagen läuft das Ultimatum ab.", WED, "2024-03-16", "day", "In drei Tagen", True),
    # weeks
    Case("de", "Letzte Woche wurde der Vertrag unterzeichnet.", WED, "2024-03-04", "week", "Letzte Woche"),
    Case("de", "Vergangene Woche wurde der Vertrag unterzeichnet.", WED, "2024-03-04", "week"),
    Case("de", "In der vergangenen Woche kam es zu Zusammenstößen.", WED, "2024-03-04", "week"),
    Case("de", "Diese Woche verhandeln die Parteien weiter.", WED, "2024-03-11", "week", "Diese Woche"),
    Case("de", "Nächste Woche soll abgestimmt werden.", WED, "2024-03-18", "week", future=True),
    Case("de", "Anfang nächster Woche reist sie nach Rom.", WED, "2024-03-18", "week", "Anfang nächster Woche", True),
    Case("de", "Vor einer Woche stürmten Demonstranten das Parlament.", WED, "2024-03-04", "week"),
    Case("de", "Ende der Woche wollen die Minister beraten.", WED, "2024-03-11", "week", "Ende der Woche", True),
    Case("de", "Am Wochenende kam es zu Ausschreitungen.", WED, "2024-03-04", "week", "Am Wochenende"),
    Case("de", "Am Wochenende kam es zu Ausschreitungen.", SUN, "2024-03-11", "week"),
    Case("de", "Am Wochenende wollen Tausende demonstrieren.", WED, "2024-03-11", "week", future=True),
    # months and years relative to the publication date
    Case("de", "Im vergangenen Monat wurden 40 Menschen getötet.", WED, "2024-02", "month", "Im vergangenen Monat"),
    Case("de", "Letzten Monat verhängte die EU Sanktionen.", WED, "2024-02", "month"),
    Case("de", "Im vergangenen Jahr starben dort viele Menschen.", WED, "2023", "year", "Im vergangenen Jahr"),
    Case("de", "Letztes Jahr gewann die Partei die Wahl.", WED, "2023", "year"),
    Case("de", "Vor zwei Jahren begann der Krieg.", WED, "2022", "year", "Vor zwei Jahren"),
    Case("de", "Im Vorjahr hatte die Armee das Gebiet geräumt.", WED, "2023", "year", "Im Vorjahr"),
    Case("de", "Seit Jahresbeginn wurden 300 Menschen getötet.", WED, "2024", "year", "Seit Jahresbeginn"),
    Case("de", "Ende vergangenen Jahres schloss Ankara die Grenze.", WED, "2023", "year", "Ende vergangenen Jahres"),
    # months
    Case("de", "Im Januar besuchte Scholz Washington.", WED, "2024-01", "month", "Im Januar"),
    Case("de", "Anfang Februar kündigte die Regierung Reformen an.", WED, "2024-02", "month", "Anfang Februar"),
    Case("de", "Ende März soll die Konferenz stattfinden.", WED, "2024-03", "month", "Ende März", True),
    Case("de", "Mitte Mai kam es zu Unruhen.", WED, "2023-05", "month", "Mitte Mai"),
    Case("de", "Mitte Mai soll gewählt werden.", WED, "2024-05", "month", "Mitte Mai", True),
    Case("de", "Im Dezember griffen Rebellen die Hauptstadt an.", JAN, "2023-12", "month", "Im Dezember"),
    Case("de", "Im Juni vergangenen Jahres schloss Ankara die Grenze.", WED, "2023-06", "month", "Im Juni vergangenen Jahres"),
    Case("de", "Seit August 2020 sitzt er in Haft.", WED, "2020-08", "month", "Seit August 2020"),
    # explicit dates
    Case("de", "Am 3. März 2023 unterzeichneten beide Seiten ein Abkommen.", WED, "2023-03-03", "day", "Am 3. März 2023"),
    Case("de", "Am 3. März unterzeichneten beide Seiten ein Abkommen.", WED, "2024-03-03", "day", "Am 3. März"),
    Case("de", "Am 20. März wurde gewählt.", WED, "2023-03-20", "day"),
    Case("de", "Am 20. März wird gewählt.", WED, "2024-03-20", "day", future=True),
    Case("de", "Die Wahl fand am 07.02.2023 statt.", WED, "2023-02-07", "day", "am 07.02.2023"),
    Case("de", "Laut dem Bericht vom 2023-02-07 wurde niemand verletzt.", WED, "2023-02-07", "day"),
    # years
    Case("de", "Im Jahr 2015 kamen viele Flüchtlinge.", WED, "2015", "year", "Im Jahr 2015"),
    Case("de", "2015 wurde das Abkommen geschlossen.", WED, "2015", "year", "2015"),
    Case("de", "Die Regierung trat 2019 zurück.", WED, "2019", "year", "2019"),
    Case("de", "Seit 2014 kämpfen die Separatisten.", WED, "2014", "year", "Seit 2014"),
]

ENGLISH = [
    # weekdays
    Case("en", "Troops shelled the town late on Monday, officials said.", WED, "2024-03-11", "day", "late on Monday"),
    Case("en", "Protesters gathered outside parliament on Tuesday night.", WED, "2024-03-12", "day", "on Tuesday night"),
    Case("en", "Rebels attacked a convoy early Tuesday.", WED, "2024-03-12", "day", "early Tuesday"),
    Case("en", "The minister will travel to Beijing on Friday.", WED, "2024-03-15", "day", "on Friday", True),
    Case("en", "The talks took place on Wednesday.", WED, "2024-03-13", "day", "on Wednesday"),
    Case("en", "Last Thursday the army withdrew.", WED, "2024-03-07", "day", "Last Thursday"),
    Case("en", "The vote is scheduled for next Monday.", WED, "2024-03-18", "day", "next Monday", True),
    Case("en", "The attack happened on Tuesday, Feb. 7, 2023.", WED, "2023-02-07", "day", "on Tuesday, Feb. 7, 2023"),
    Case("en", "On Tuesday last week the embassy closed.", WED, "2024-03-05", "day", "On Tuesday last week"),
    # relative days
    Case("en", "Police arrested five men yesterday.", WED, "2024-03-12", "day", "yesterday"),
    Case("en", "The president spoke today in Kyiv.", WED, "2024-03-13", "day", "today"),
    Case("en", "The summit opens tomorrow.", WED, "2024-03-14", "day", "tomorrow", True),
    Case("en", "Last night, a rocket hit the city.", WED, "2024-03-12", "day", "Last night"),
    Case("en", "He was released three days ago.", WED, "2024-03-10", "day", "three days ago"),
    Case("en", "The ceasefire expires in three days.", WED, "2024-03-16", "day", "in three days", True),
    # weeks, months, years
    Case("en", "Fighting resumed last week.", WED, "2024-03-04", "week", "last week"),
    Case("en", "Elections will be held next week.", WED, "2024-03-18", "week", "next week", True),
    Case("en", "The ministry said this week that it would act.", WED, "2024-03-11", "week", "this week"),
    Case("en", "Two weeks ago, militants stormed the base.", WED, "2024-02-26", "week", "Two weeks ago"),
    Case("en", "Protests broke out at the weekend.", WED, "2024-03-04", "week", "at the weekend"),
    Case("en", "Talks will resume at the end of the week.", WED, "2024-03-11", "week", "at the end of the week", True),
    Case("en", "Inflation rose last month.", WED, "2024-02", "month", "last month"),
    Case("en", "Last year the country signed the treaty.", WED, "2023", "year", "Last year"),
    Case("en", "The war began two years ago.", WED, "2022", "year", "two years ago"),
    Case("en", "The company reported losses at the end of last year.", WED, "2023", "year", "at the end of last year"),
    # months
    Case("en", "In January the government collapsed.", WED, "2024-01", "month", "In January"),
    Case("en", "Talks broke down in early February.", WED, "2024-02", "month", "in early February"),
    Case("en", "The offensive began in late March last year.", WED, "2023-03", "month", "in late March last year"),
    Case("en", "Clashes erupted in December.", JAN, "2023-12", "month", "in December"),
    Case("en", "Elections are due in December.", JAN, "2024-12", "month", "in December", True),
    Case("en", "Theresa May met the king in May.", WED, "2023-05", "month", "in May"),
    Case("en", "He has been detained since August 2020.", WED, "2020-08", "month", "since August 2020"),
    # explicit dates
    Case("en", "The deal was signed on March 3, 2023.", WED, "2023-03-03", "day", "on March 3, 2023"),
    Case("en", "The deal was signed on 3 March 2023.", WED, "2023-03-03", "day", "on 3 March 2023"),
    Case("en", "The deal was signed on March 3.", WED, "2024-03-03", "day", "on March 3"),
    Case("en", "The deal was signed on the 3rd of March.", WED, "2024-03-03", "day"),
    Case("en", "The verdict came on 2023-02-07.", WED, "2023-02-07", "day", "on 2023-02-07"),
    Case("en", "The verdict came on 02/07/2023.", WED, "2023-02-07", "day"),
    # years
    Case("en", "In 2015 the group seized the city.", WED, "2015", "year", "In 2015"),
    Case("en", "The 2019 elections were marred by fraud.", WED, "2019", "year"),
    Case("en", "In mid-2015 the rebels retreated.", WED, "2015", "year", "In mid-2015"),
    Case("en", "2016 was the deadliest year.", WED, "2016", "year", "2016"),
]

# Sentences with no date expression: the event takes the publication date.
PUBLICATION_FALLBACK = [
    Case("de", "Bei dem Anschlag starben 2015 Menschen.", WED, "2024-03-13", "publication"),
    Case("de", "Die Verhandlungen dauerten 24 Stunden.", WED, "2024-03-13", "publication"),
    Case("de", "Nach Angaben der UN flohen mehr als 2000 Menschen.", WED, "2024-03-13", "publication"),
    Case("de", "Am Morgen griffen Truppen die Stellung an.", WED, "2024-03-13", "publication"),
    Case("de", "Jeden Dienstag demonstrieren Hunderte vor dem Amt.", WED, "2024-03-13", "publication"),
    Case("de", "Die Woche war für die Regierung turbulent.", WED, "2024-03-13", "publication"),
    Case("de", "Die Regierung verurteilte den Angriff scharf.", WED, "2024-03-13", "publication"),
    Case("en", "More than 2000 people fled the fighting.", WED, "2024-03-13", "publication"),
    Case("en", "The army deployed 1500 soldiers to the border.", WED, "2024-03-13", "publication"),
    Case("en", "At least 2015 people were arrested.", WED, "2024-03-13", "publication"),
    Case("en", "Theresa May condemned the attack.", WED, "2024-03-13", "publication"),
    Case("en", "Every Monday protesters block the road.", WED, "2024-03-13", "publication"),
    Case("en", "The siege lasted 24 hours.", WED, "2024-03-13", "publication"),
]

# No publication date: relative expressions stay unresolved, absolute ones resolve.
NO_PUBLICATION = [
    Case("de", "Am Dienstag griffen Truppen das Dorf an.", None, None, "unresolved", "Am Dienstag"),
    Case("de", "Letzte Woche wurde der Vertrag unterzeichnet.", None, None, "unresolved", "Letzte Woche"),
    Case("de", "Im Januar besuchte Scholz Washington.", None, None, "unresolved", "Im Januar"),
    Case("de", "Am 3. März unterzeichneten beide Seiten ein Abkommen.", None, None, "unresolved", "Am 3. März"),
    Case("de", "Am 3. März 2023 unterzeichneten beide Seiten ein Abkommen.", None, "2023-03-03", "day", "Am 3. März 2023"),
    Case("de", "Im Jahr 2015 kamen viele Flüchtlinge.", None, "2015", "year", "Im Jahr 2015"),
    Case("de", "Die Regierung verurteilte den Angriff.", None, None, "unresolved"),
    Case("en", "Police arrested five men yesterday.", None, None, "unresolved", "yesterday"),
    Case("en", "The war began two years ago.", None, None, "unresolved", "two years ago"),
    Case("en", "He has been detained since August 2020.", None, "2020-08", "month", "since August 2020"),
    Case("en", "The deal was signed on March 3, 2023.", None, "2023-03-03", "day", "on March 3, 2023"),
    Case("en", "The government condemned the attack.", None, None, "unresolved"),
]

# fmt: on

ALL_CASES = GERMAN + ENGLISH + PUBLICATION_FALLBACK + NO_PUBLICATION


@pytest.mark.parametrize("case", ALL_CASES, ids=_id)
def test_resolve_event_date(case: Case) -> None:
    date, precision, expression = resolve_event_date(
        case.sentence, case.lang, case.published, future=case.future
    )
    assert (date, precision) == (case.date, case.precision)
    if precision == "publication" or (case.published is None and case.span is None):
        assert expression is None
    else:
        assert expression is not None
        assert case.sentence[expression.char_start : expression.char_end] == expression.text
        if case.span is not None:
            assert expression.text == case.span


def test_case_table_is_large_enough() -> None:
    assert len(ALL_CASES) >= 80
    assert {case.lang for case in ALL_CASES} == {"de", "en"}


def test_relative_flag() -> None:
    relative = find_date_expressions("Am Dienstag, im Jahr 2015 und am 3. März 2023.", "de", WED)
    assert [(e.text, e.relative) for e in relative] == [
        ("Am Dienstag", True),
        ("im Jahr 2015", False),
        ("am 3. März 2023", False),
    ]


def test_find_all_expressions_in_order() -> None:
    text = "Gestern, vor drei Tagen und Ende März, nicht aber 2015 Menschen."
    found = find_date_expressions(text, "de", WED)
    assert [(e.text, e.date, e.precision) for e in found] == [
        ("Gestern", "2024-03-12", "day"),
        ("vor drei Tagen", "2024-03-10", "day"),
        ("Ende März", "2024-03", "month"),
    ]
    assert all(text[e.char_start : e.char_end] == e.text for e in found)


def test_expression_is_frozen() -> None:
    expression = find_date_expressions("gestern", "de", WED)[0]
    assert expression == DateExpression("gestern", 0, 7, "2024-03-12", "day", True)
    with pytest.raises(AttributeError):
        expression.date = "2000-01-01"  # type: ignore[misc]


class AnchorCase(NamedTuple):
    lang: str
    sentence: str
    trigger: str  # the anchor is where this word starts
    date: str


# fmt: off
ANCHOR_CASES = [
    AnchorCase("de", "Am Montag traf er Merkel, nachdem er am Sonntag angekommen war.", "traf", "2024-03-11"),
    AnchorCase("de", "Am Montag traf er Merkel, nachdem er am Sonntag angekommen war.", "angekommen", "2024-03-10"),
    AnchorCase("de", "Die Regierung teilte am Mittwoch mit, die Armee habe am Sonntag angegriffen.", "angegriffen", "2024-03-10"),
    AnchorCase("de", "Die Regierung teilte am Mittwoch mit, die Armee habe am Sonntag angegriffen.", "teilte", "2024-03-13"),
    AnchorCase("en", "Police said on Wednesday that troops attacked the village on Monday.", "attacked", "2024-03-11"),
    AnchorCase("en", "Police said on Wednesday that troops attacked the village on Monday.", "said", "2024-03-13"),
    AnchorCase("en", "He was arrested on Tuesday after he attacked a guard on Sunday.", "arrested", "2024-03-12"),
    AnchorCase("en", "He was arrested on Tuesday after he attacked a guard on Sunday.", "attacked", "2024-03-10"),
]
# fmt: on


@pytest.mark.parametrize("case", ANCHOR_CASES, ids=lambda c: f"{c.lang}:{c.trigger}")
def test_anchor_picks_the_trigger_clause(case: AnchorCase) -> None:
    anchor = case.sentence.index(case.trigger)
    date, precision, expression = resolve_event_date(case.sentence, case.lang, WED, anchor=anchor)
    assert (date, precision) == (case.date, "day")
    assert expression is not None


def test_without_anchor_the_first_expression_wins() -> None:
    date, _, expression = resolve_event_date("Am Montag und am Dienstag.", "de", WED)
    assert date == "2024-03-11"
    assert expression is not None and expression.text == "Am Montag"


def test_publication_datetime_is_accepted() -> None:
    published = dt.datetime(2024, 3, 13, 23, 59)
    assert resolve_event_date("Nichts geschah.", "de", published)[:2] == (
        "2024-03-13",
        "publication",
    )
    assert resolve_event_date("gestern", "de", published)[:2] == ("2024-03-12", "day")


def test_same_weekday_next_week_with_next_modifier() -> None:
    date, _, _ = resolve_event_date("The talks resume next Wednesday.", "en", WED, future=True)
    assert date == "2024-03-20"


def test_unknown_language_raises() -> None:
    with pytest.raises(ValueError, match="no date lexicon"):
        find_date_expressions("gestern", "zz", WED)
    with pytest.raises(ValueError, match="language"):
        find_date_expressions("gestern", "../de", WED)


def test_anchor_outside_sentence_raises() -> None:
    with pytest.raises(ValueError, match="anchor"):
        resolve_event_date("gestern", "de", WED, anchor=99)


def test_bad_published_type_raises() -> None:
    with pytest.raises(TypeError):
        find_date_expressions("gestern", "de", "2024-03-13")  # type: ignore[arg-type]


def test_lexicon_errors_name_the_line() -> None:
    from chronist.dates import _parse_tsv

    header = "kind\tform\tvalue\tflags\tnote\n"
    with pytest.raises(ValueError, match=r"x\.tsv:3: unknown kind"):
        _parse_tsv(header + "month\tJanuar\t1\nmonat\tFebruar\t2\n", "x.tsv")
    with pytest.raises(ValueError, match=r"x\.tsv:2: bad value"):
        _parse_tsv(header + "month\tJanuar\t13\n", "x.tsv")
    with pytest.raises(ValueError, match="duplicate"):
        _parse_tsv(header + "weekday\tMontag\t0\nweekday\tMontag\t0\n", "x.tsv")


# ----------------------------------------------------------------- properties

# fmt: off
_WORDS = [
    "am", "Am", "im", "on", "in", "seit", "since", "vor", "ago", "the", "der", "Ende", "Anfang",
    "late", "early", "mid-", "letzte", "vergangenen", "last", "next", "this", "jeden", "every",
    "Dienstag", "Montagabend", "Tuesday", "night", "heute", "Morgen", "morgen", "gestern",
    "yesterday", "Woche", "week", "Wochenende", "weekend", "Monat", "month", "Jahr", "year",
    "Jahren", "years", "drei", "three", "a", "Januar", "März", "May", "March", "Dezember",
    "2015", "1999", "3.", "3rd", "07.02.2023", "31.02.2023", "2023-02-07", "2023-02-30",
    "7/2/23", "Menschen", "people", "mehr", "als", "than", ",", ".", "und", "and", "that",
    "Vorjahr", "29. Februar", "Feb. 29", "999", "-", "–",
]
# fmt: on
_DATE_RE = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "week": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "year": re.compile(r"\d{4}"),
}
_texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(_WORDS), max_size=14).map(" ".join),
    st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=3)), max_size=10).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(
    text=_texts,
    lang=st.sampled_from(["de", "en"]),
    published=st.one_of(st.none(), st.dates()),
    future=st.booleans(),
)
def test_random_text_never_raises_and_offsets_slice(
    text: str, lang: str, published: dt.date | None, future: bool
) -> None:
    found = find_date_expressions(text, lang, published, future=future)
    end = 0
    for expression in found:
        assert end <= expression.char_start < expression.char_end <= len(text)
        assert text[expression.char_start : expression.char_end] == expression.text
        end = expression.char_end
        if expression.date is None:
            assert expression.precision == "unresolved"
        else:
            assert _DATE_RE[expression.precision].fullmatch(expression.date)
            if expression.precision == "week":
                assert dt.date.fromisoformat(expression.date).weekday() == 0
        if published is None and expression.relative:
            assert expression.date is None


@settings(max_examples=200, deadline=None)
@given(
    text=_texts,
    lang=st.sampled_from(["de", "en"]),
    published=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))),
    data=st.data(),
)
def test_resolve_never_raises(
    text: str, lang: str, published: dt.date | None, data: st.DataObject
) -> None:
    anchor = data.draw(st.one_of(st.none(), st.integers(0, len(text))))
    date, precision, expression = resolve_event_date(text, lang, published, anchor=anchor)
    if expression is None:
        expected = published.isoformat() if published else None
        assert (date, precision) == (expected, "publication" if published else "unresolved")
    else:
        assert (date, precision) == (expression.date, expression.precision)


# --------------------------------------------------------------------------- which expression dates which event


class ClauseCase(NamedTuple):
    lang: str
    sentence: str
    trigger: str  # the anchor is where this word starts
    date: str
    precision: str
    future: bool = False


# fmt: off
CLAUSE_CASES = [
    # an event in a clause that happens at another time takes no date from outside it
    ClauseCase("de", "Die Regierung lockerte am Montag die Sanktionen, nachdem sich beide Lager geeinigt hatten.",
               "geeinigt", "2024-03-13", "publication"),
    ClauseCase("de", "Die Regierung lockerte am Montag die Sanktionen, nachdem sich beide Lager geeinigt hatten.",
               "lockerte", "2024-03-11", "day"),
    ClauseCase("en", "Hungary closed its border on Monday after migrants clashed with police.",
               "clashed", "2024-03-13", "publication"),
    ClauseCase("en", "The regulator banned the newspaper on Friday over its reporting on a massacre.",
               "massacre", "2024-03-13", "publication"),
    ClauseCase("en", "Prosecutors charged two men on Tuesday over the bombing of a mosque in May.",
               "bombing", "2023-05", "month"),
    # an expression inside a subordinate clause dates only that clause
    ClauseCase("de", "Chile hatte ihm Asyl gewährt, bevor Soldaten die Botschaft am Freitag stürmten.",
               "gewährt", "2024-03-13", "publication"),
    ClauseCase("de", "Chile hatte ihm Asyl gewährt, bevor Soldaten die Botschaft am Freitag stürmten.",
               "stürmten", "2024-03-08", "day"),
    ClauseCase("en", "Norway has admitted 300 deserters since the war began in March 2022.",
               "admitted", "2024-03-13", "publication"),
    # German infinitive clauses: what is claimed, denied or demanded is not dated by the verb
    ClauseCase("de", "Die Regierung warf dem Nachbarland am Sonntag vor, die Milizen zu bewaffnen.",
               "bewaffnen", "2024-03-13", "publication"),
    ClauseCase("de", "Die Armee bestritt am Montag, bei dem Einsatz Zivilisten getötet zu haben.",
               "getötet", "2024-03-13", "publication"),
    ClauseCase("de", "Die Armee drohte am Montag, die Stadt anzugreifen.",
               "anzugreifen", "2024-03-13", "publication"),
    # ... but after a noun, or after "begann", the infinitive keeps the date
    ClauseCase("de", "Der Präsident war im Mai nach dem Versuch, den Senat aufzulösen, festgenommen worden.",
               "aufzulösen", "2023-05", "month"),
    ClauseCase("de", "Die Armee begann am Montag, ihre Truppen abzuziehen.",
               "abzuziehen", "2024-03-11", "day"),
    # "a day after", "zwei Tage nachdem": counted from the other expression
    ClauseCase("en", "The Treasury eased sanctions on Wednesday, a day after both sides signed a roadmap.",
               "signed", "2024-03-12", "day"),
    ClauseCase("de", "Die Gespräche begannen am Dienstag, zwei Tage nachdem Rebellen die Stadt erobert hatten.",
               "erobert", "2024-03-10", "day"),
    # an end point ("bis Ende 2028") is not when it happened
    ClauseCase("de", "Die Regierung hat die Verhandlungen am Donnerstag bis Ende 2028 ausgesetzt.",
               "ausgesetzt", "2024-03-07", "day"),
    ClauseCase("en", "The government suspended the talks on Thursday until the end of 2028.",
               "suspended", "2024-03-07", "day"),
    # a weekday after a verb of saying dates the saying, even when the event is to come
    ClauseCase("en", "The president said on Monday he would withdraw the bill.",
               "withdraw", "2024-03-11", "day", True),
    ClauseCase("en", "The president will withdraw the bill on Monday.",
               "withdraw", "2024-03-18", "day", True),
    # "U.N." is no clause end; "over 100" is a count, not a clause
    ClauseCase("en", "Russia blocked a U.N. resolution on Thursday.", "blocked", "2024-03-07", "day"),
    ClauseCase("en", "On Monday, over 100 people were killed in the raid.", "killed", "2024-03-11", "day"),
]
# fmt: on


@pytest.mark.parametrize("case", CLAUSE_CASES, ids=lambda c: f"{c.lang}:{c.trigger}:{c.sentence[:30]}")
def test_clauses_decide_which_expression_dates_the_event(case: ClauseCase) -> None:
    anchor = case.sentence.index(case.trigger)
    date, precision, _ = resolve_event_date(
        case.sentence, case.lang, WED, anchor=anchor, future=case.future
    )
    assert (date, precision) == (case.date, case.precision)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "In den kommenden Wochen könnte die Armee eine Offensive beginnen."),
        ("de", "In den vergangenen Monaten flohen Tausende."),
        ("en", "Israel could strike in the coming months."),
        ("en", "Fighting has intensified in recent weeks."),
    ],
)
def test_a_plural_span_is_no_date(lang: str, sentence: str) -> None:
    assert find_date_expressions(sentence, lang, WED, future=True) == []
    assert resolve_event_date(sentence, lang, WED, future=True)[:2] == ("2024-03-13", "publication")


def test_a_season_of_a_year() -> None:
    sentence = "The negotiators have not met since the spring of 2022."
    date, precision, expression = resolve_event_date(sentence, "en", WED, anchor=sentence.index("met"))
    assert (date, precision) == ("2022", "year")
    assert expression is not None and expression.text == "since the spring of 2022"


def test_clause_layout() -> None:
    assert clause_layout("The U.N. Security Council met on Monday.", "en") == ()
    layout = clause_layout("Talks resumed on Monday after fighting broke out, officials said.", "en")
    assert [enclosed for _, enclosed in layout] == [1, 0]
    assert clause_layout("Sie einigten sich, nachdem Paris zustimmte.", "de")[-1][1] == 1
    relative = clause_layout("Lawrow, der sich am Montag im Irak aufhielt, wurde in Bamako begrüßt.", "de")
    assert [enclosed for _, enclosed in relative] == [RELATIVE_CLAUSE, 0]


def test_a_relative_clause_keeps_its_date() -> None:
    sentence = "Der Minister, der am Montag in Bagdad war, wurde bei seiner Ankunft begrüßt."
    _, precision, _ = resolve_event_date(sentence, "de", dt.date(2023, 2, 7), anchor=sentence.index("begrüßt"))
    assert precision == "publication"


def test_a_day_called_for_is_the_one_to_come():
    # "für Samstag": a rally called for Saturday is next Saturday, not the last one
    [expr] = find_date_expressions("Die Opposition hat für Samstag zu einer Großkundgebung aufgerufen.", "de",
                                   dt.date(2024, 5, 14))
    assert (expr.text, expr.date) == ("für Samstag", "2024-05-18")
    [expr] = find_date_expressions("Die Gewerkschaften haben für den 31. März einen Generalstreik angekündigt.", "de",
                                   dt.date(2025, 3, 10))
    assert expr.date == "2025-03-31"
    [expr] = find_date_expressions("Die Polizei nahm am Samstag 13 Menschen fest.", "de", dt.date(2024, 5, 14))
    assert expr.date == "2024-05-11"


@pytest.mark.parametrize("sentence, trigger, date, precision", [
    # a date after a semicolon dates what follows it
    ("Die Kommissarin zeigte sich enttäuscht; die Kommission hatte erst im November festgestellt, dass alles "
     "erfüllt sei.", "enttäuscht", "2024-03-13", "publication"),
    # one before it may set the time of both
    ("Im Jahr 2018 hatten Hunderttausende demonstriert; Sicherheitskräfte schlugen die Proteste nieder.",
     "schlugen", "2018", "year"),
])
def test_a_semicolon_ends_what_a_later_date_says_of_the_trigger(sentence, trigger, date, precision):
    got, got_precision, _ = resolve_event_date(sentence, "de", WED, anchor=sentence.index(trigger))
    assert (got, got_precision) == (date, precision)
