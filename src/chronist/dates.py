"""Event dates: find date expressions in German and English text and resolve them.

``find_date_expressions`` finds every date expression in a text ("am frühen Dienstag",
"vor drei Tagen", "Ende März", "March 3, 2023", "since August 2020", "2015") and resolves
it against the publication date. ``resolve_event_date`` picks the expression that belongs
to an event trigger and falls back to the publication date when a sentence has none.

All language knowledge (month and weekday names, relative words, modifiers, prepositions,
number words, switches) lives in ``lexicons/<lang>/dates.tsv``; adding a language is adding
that file. The matcher is a handful of regular expressions built from those tables: a
*head* (a month, weekday, number, relative word or unit) is found first, then the words
before it (prepositions, articles, modifiers, position words) are attached by an anchored
match, and the head's handler resolves the whole expression. dateparser only parses
numeric dates (07.02.2023, 7/2/23); everything else is table arithmetic.

Resolution rules, relative to the publication date ``published``:

* a weekday is the most recent such day on or before ``published`` (the same day counts),
  or the next one on or after it when ``future=True`` or after a preposition flagged "coming"
  ("für Samstag"); "vergangenen"/"last" make it strictly
  earlier, "kommenden"/"next" strictly later;
* a month without a year is the most recent such month on or before the publication month
  (the next one on or after it with ``future=True``), at month precision;
* "letzte Woche", "next week", "am Wochenende": week precision, the ISO date of the Monday;
* a relative expression without a publication date is unresolved (``date=None``), never
  guessed from today's date; absolute expressions resolve without one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType

import dateparser

__all__ = ["DateExpression", "clause_layout", "find_date_expressions", "resolve_event_date", "time_words"]

_LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
_TSV_NAME = "dates.tsv"
_HEADER = ("kind", "form", "value", "flags", "note")
_HEADER_LINE = "\t".join(_HEADER)
_LANG_RE = re.compile(r"[a-z]{2,3}")

_EMPTY_VALUE_KINDS = frozenset(
    {
        "daypart",
        "preposition",
        "article",
        "position",
        "year_prefix",
        "ordinal",
        "joiner",
        "clause_break",
        "year_follow",
        "count_cue",
        "report",
        "infinitive",
        "aspectual",
        "relative_opener",
    }
)
_VALUE_PATTERNS: Mapping[str, re.Pattern[str]] = MappingProxyType(
    {
        "setting": re.compile(r".+"),
        "month": re.compile(r"[1-9]|1[0-2]"),
        "weekday": re.compile(r"[0-6]"),
        "relative": re.compile(r"(?:day|week|month|year):[+-]?\d{1,3}"),
        "modifier": re.compile(r"past|next|this|habitual"),
        "unit": re.compile(r"day|week|month|year|weekend"),
        "number": re.compile(r"\d{1,3}"),
        "ago": re.compile(r"before|after"),
        "ahead": re.compile(r"before|after"),
    }
)
_KINDS = _EMPTY_VALUE_KINDS | frozenset(_VALUE_PATTERNS)
_FLAGS = frozenset(
    {
        "exact",
        "initial",
        "context",
        "year",
        "plural",
        "until",
        "coming",
        "subordinate",
        "shift",
        "after",
        "before",
    }
)
_BOOL_SETTINGS = frozenset(
    {"month_day", "article_marks_year", "capitalized_next_is_count", "bare_year_needs_follow"}
)
_ORDER_SETTINGS = frozenset({"date_order", "dotted_date_order"})
_INT_SETTINGS = frozenset({"min_year", "max_year"})
_DATE_ORDERS = frozenset({"DMY", "MDY", "YMD"})

# The head alternatives, in the order the combined regex tries them at one position.
_HEADS = ("iso", "num", "dmy", "mdy", "mon", "wd", "agob", "agoa", "rel", "year", "unit")
_PREFIX_WORDS = 7  # how many words before a head may belong to the expression
_PREFIX_CHARS = 80
_WORD_START = re.compile(r"(?<!\w)\w")
_NEXT_WORD = re.compile(r"[^\S\n]*([^\W\d_][\w-]*)")
_SENTENCE_START = r"(?:(?<![\s\S])|(?<=[.!?:]\s))"
_DIRECTION_OFFSET: Mapping[str, int] = MappingProxyType({"past": -1, "next": 1, "this": 0})


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A date expression found in a text, resolved against the publication date."""

    text: str  # the expression as written, e.g. "am frühen Dienstag"
    char_start: int  # offsets into the text given to find_date_expressions
    char_end: int
    date: str | None  # ISO at its precision: YYYY-MM-DD, YYYY-MM, YYYY; a week gives its Monday
    precision: str  # "day", "week", "month", "year", or "unresolved" when date is None
    relative: bool  # True if it needed the publication date


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str
    form: str
    value: str
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Settings:
    date_order: str
    dotted_date_order: str
    month_day: bool
    article_marks_year: bool
    capitalized_next_is_count: bool
    bare_year_needs_follow: bool
    min_year: int
    max_year: int


@dataclass(frozen=True, slots=True)
class _Lexicon:
    lang: str
    settings: _Settings
    values: Mapping[str, Mapping[str, str]]  # kind -> normalised form -> value
    context_months: frozenset[str]  # normalised month forms that need context
    strong_prepositions: frozenset[str]  # normalised forms flagged "year"
    coming_prepositions: frozenset[str]  # flagged "coming": the day named is to come ("für Samstag")
    plural_units: frozenset[str]  # normalised unit forms flagged "plural" (Wochen, months)
    subordinate_breaks: frozenset[str]  # clause openers flagged "subordinate" (nachdem, that)
    shift_breaks: frozenset[str]  # clause openers flagged "shift" (nachdem, after, over)
    interval_breaks: Mapping[str, int]  # clause openers flagged after (-1) or before (+1)
    interval_re: re.Pattern[str]  # "a day" right before such an opener ("a day after ...")
    until_re: re.Pattern[str]  # an expression opened by a preposition flagged "until" (bis, until)
    report_re: re.Pattern[str]  # a verb of saying right before an expression (said, sagte)
    infinitive: frozenset[str]  # infinitive markers (zu)
    aspectual: frozenset[
        str
    ]  # verbs whose infinitive happens at their time (begann ... abzuziehen)
    relative_openers: frozenset[str]  # after a comma they open a relative clause ("Lawrow, der sich ...")
    head_re: re.Pattern[str]
    prefix_re: re.Pattern[str]
    token_re: re.Pattern[str]
    merge_re: re.Pattern[str]
    clause_re: re.Pattern[str]

    def value(self, kind: str, form: str) -> str:
        return self.values[kind][_key(form)]


def _key(form: str) -> str:
    """The lookup key of a form: whitespace collapsed, case folded."""
    return " ".join(form.split()).casefold()


def _parse_tsv(text: str, source: str) -> tuple[_Entry, ...]:
    entries: list[_Entry] = []
    seen: set[tuple[str, str]] = set()
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != _HEADER:
                raise ValueError(f"{source}:{number}: header must be {_HEADER_LINE!r}")
            header_seen = True
            continue
        entry = _parse_row(cells, f"{source}:{number}")
        ident = (entry.kind, _key(entry.form))
        if ident in seen:
            raise ValueError(f"{source}:{number}: duplicate {entry.kind} {entry.form!r}")
        seen.add(ident)
        entries.append(entry)
    if not header_seen:
        raise ValueError(f"{source}: no header line")
    return tuple(entries)


def _parse_row(cells: list[str], where: str) -> _Entry:
    if len(cells) > len(_HEADER):
        raise ValueError(f"{where}: {len(cells)} cells, at most {len(_HEADER)} allowed")
    kind, form, value, flags_cell, _note = [*cells, *[""] * (len(_HEADER) - len(cells))]
    if kind not in _KINDS:
        raise ValueError(f"{where}: unknown kind {kind!r}")
    if not form or form != form.strip() or "  " in form:
        raise ValueError(f"{where}: form {form!r} is empty or has stray spaces")
    flags = frozenset(flag for flag in flags_cell.split("|") if flag)
    if not flags <= _FLAGS:
        raise ValueError(f"{where}: unknown flags {sorted(flags - _FLAGS)}")
    pattern = _VALUE_PATTERNS.get(kind)
    if pattern is None and value:
        raise ValueError(f"{where}: kind {kind!r} takes no value, got {value!r}")
    if pattern is not None and not pattern.fullmatch(value):
        raise ValueError(f"{where}: bad value {value!r} for kind {kind!r}")
    return _Entry(kind, form, value, flags)


def _parse_settings(entries: Iterable[_Entry], source: str) -> _Settings:
    raw = {entry.form: entry.value for entry in entries if entry.kind == "setting"}
    known = _BOOL_SETTINGS | _ORDER_SETTINGS | _INT_SETTINGS
    if set(raw) != known:
        missing, unknown = sorted(known - set(raw)), sorted(set(raw) - known)
        raise ValueError(f"{source}: settings missing {missing}, unknown {unknown}")
    for name in _BOOL_SETTINGS:
        if raw[name] not in ("yes", "no"):
            raise ValueError(f"{source}: setting {name} must be yes or no, got {raw[name]!r}")
    for name in _ORDER_SETTINGS:
        if raw[name] not in _DATE_ORDERS:
            raise ValueError(f"{source}: setting {name} must be one of {sorted(_DATE_ORDERS)}")
    for name in _INT_SETTINGS:
        if not raw[name].isdigit():
            raise ValueError(f"{source}: setting {name} must be a number, got {raw[name]!r}")
    return _Settings(
        date_order=raw["date_order"],
        dotted_date_order=raw["dotted_date_order"],
        month_day=raw["month_day"] == "yes",
        article_marks_year=raw["article_marks_year"] == "yes",
        capitalized_next_is_count=raw["capitalized_next_is_count"] == "yes",
        bare_year_needs_follow=raw["bare_year_needs_follow"] == "yes",
        min_year=int(raw["min_year"]),
        max_year=int(raw["max_year"]),
    )


def _form_pattern(entry: _Entry, boundary: bool = True) -> str:
    """A regex for one form: words joined by any whitespace; a form written with a
    lowercase first letter also matches capitalised (flag "initial": only at the start of
    a sentence; flag "exact": never); a form ending in a letter must end a word."""
    pattern = r"\s+".join(re.escape(word) for word in entry.form.split())
    first = entry.form[0]
    if first.islower() and "exact" not in entry.flags and len(first.upper()) == 1:
        if "initial" in entry.flags:
            pattern = f"(?:{first}|{_SENTENCE_START}{first.upper()}){pattern[1:]}"
        else:
            pattern = f"[{first}{first.upper()}]{pattern[1:]}"
    if boundary and re.match(r"\w", entry.form[-1]):
        pattern += r"(?!\w)"
    return pattern


def _alternation(entries: Iterable[_Entry], boundary: bool = True) -> str:
    forms = sorted(entries, key=lambda entry: len(entry.form), reverse=True)
    if not forms:
        return "(?!)"
    return "(?:" + "|".join(_form_pattern(entry, boundary) for entry in forms) + ")"


_ByKind = Mapping[str, list[_Entry]]


def _kind_alt(by_kind: _ByKind, kind: str, boundary: bool = True, value: str | None = None) -> str:
    """The alternation of one kind's forms (those with `value`, if given)."""
    return _alternation(
        (e for e in by_kind[kind] if value is None or e.value == value), boundary=boundary
    )


def _head_regex(by_kind: _ByKind, settings: _Settings) -> str:
    """One regex whose named alternatives (see _HEADS) are the heads of date expressions."""

    def alt(kind: str, value: str | None = None) -> str:
        return _kind_alt(by_kind, kind, value=value)

    counters = by_kind["ago"] + by_kind["ahead"]
    year_rel = [e for e in by_kind["relative"] if e.value.startswith("year:")]
    count_before = _alternation(e for e in counters if e.value == "before")
    count_after = _alternation(e for e in counters if e.value == "after")
    month, ordinal, joiner = alt("month"), alt("ordinal"), alt("joiner")
    article, modifier, unit = alt("article"), alt("modifier"), alt("unit")
    daypart, number = alt("daypart"), rf"(?:\d{{1,3}}(?!\d)|{alt('number')})"
    year_end = r"(?!\w|[.,:/]\d)"
    heads = {
        "iso": r"(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})(?!\d)",
        "num": r"(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}/\d{1,2}/\d{1,2})(?!\d|[./]\d)",
        "dmy": rf"(?P<dmy_d>\d{{1,2}})(?:{ordinal})?\s*(?:{joiner}\s+)?(?P<dmy_m>{month})"
        rf"(?:,?\s+(?P<dmy_y>\d{{4}}){year_end})?",
        "mdy": (
            rf"(?P<mdy_m>{month})\s+(?P<mdy_d>\d{{1,2}})(?:{ordinal})?(?!\w|[.:/]\d)"
            rf"(?:,?\s+(?P<mdy_y>\d{{4}}){year_end})?"
            if settings.month_day
            else "(?!)"
        ),
        "mon": rf"(?P<mon_m>{month})(?:\s+(?P<mon_y>\d{{4}}){year_end}"
        rf"|\s+(?:{joiner}\s+)?(?:{article}\s+)?"
        rf"(?:(?P<mon_mod>{modifier})\s+(?P<mon_unit>{alt('unit', value='year')})"
        rf"|(?P<mon_rel>{_alternation(year_rel)})))?",
        "wd": rf"(?P<wd_w>{_kind_alt(by_kind, 'weekday', boundary=False)})"
        rf"(?:\s?(?P<wd_dp>{daypart}))?(?!\w)",
        "agob": rf"(?P<agob_w>{count_before})\s+(?P<agob_n>{number})\s+(?P<agob_u>{unit})",
        "agoa": rf"(?P<agoa_n>{number})\s+(?P<agoa_u>{unit})\s+(?P<agoa_w>{count_after})",
        "rel": rf"(?P<rel_w>{alt('relative')})(?:\s+(?P<rel_dp>{daypart}))?",
        "year": rf"(?:(?P<year_p>{alt('year_prefix')})\s+)?(?P<year_y>\d{{4}}){year_end}",
        "unit": rf"(?P<unit_u>{unit})",
    }
    alternatives = "|".join(f"(?P<{head}>{heads[head]})" for head in _HEADS)
    return rf"(?<!\w)(?<!\d[.,:/])(?:{alternatives})"


def _build_lexicon(lang: str, entries: tuple[_Entry, ...], source: str) -> _Lexicon:
    settings = _parse_settings(entries, source)
    by_kind: dict[str, list[_Entry]] = {kind: [] for kind in _KINDS}
    for entry in entries:
        by_kind[entry.kind].append(entry)
    article, modifier = _kind_alt(by_kind, "article"), _kind_alt(by_kind, "modifier")
    position, preposition = _kind_alt(by_kind, "position"), _kind_alt(by_kind, "preposition")
    sep = r"(?:\s+|(?<=-))"  # words of an expression: spaces, or nothing after "mid-"
    prefix_re = (
        rf"(?:{position}{sep})?(?:{preposition}{sep})?"
        rf"(?:(?:{article}|{modifier}|{position}){sep}){{0,4}}\Z"
    )
    token_re = (
        rf"(?<!\w)(?:(?P<position>{position})|(?P<preposition>{preposition})"
        rf"|(?P<article>{article})|(?P<modifier>{modifier}))"
    )
    clause_break = _kind_alt(by_kind, "clause_break")
    # a full stop ends a clause, but not after a single letter (U.N., U.S., Jan. is a month)
    clause_re = rf"[;!?]|[:,](?!\d)|\s[-–—]\s|(?<!\b\w)\.(?=\s)|(?<!\w)(?P<opener>{clause_break})"
    until = _alternation(e for e in by_kind["preposition"] if "until" in e.flags)
    interval_re = rf"(?<!\w)(?P<n>\d{{1,3}}|{_kind_alt(by_kind, 'number')})\s+(?P<u>{_kind_alt(by_kind, 'unit')}),?\s*\Z"
    report = _kind_alt(by_kind, "report")
    values = {
        kind: MappingProxyType({_key(e.form): e.value for e in by_kind[kind]}) for kind in _KINDS
    }
    return _Lexicon(
        lang=lang,
        settings=settings,
        values=MappingProxyType(values),
        context_months=frozenset(_key(e.form) for e in by_kind["month"] if "context" in e.flags),
        strong_prepositions=frozenset(
            _key(e.form) for e in by_kind["preposition"] if "year" in e.flags
        ),
        coming_prepositions=frozenset(
            _key(e.form) for e in by_kind["preposition"] if "coming" in e.flags
        ),
        plural_units=frozenset(_key(e.form) for e in by_kind["unit"] if "plural" in e.flags),
        subordinate_breaks=frozenset(
            _key(e.form) for e in by_kind["clause_break"] if "subordinate" in e.flags
        ),
        shift_breaks=frozenset(_key(e.form) for e in by_kind["clause_break"] if "shift" in e.flags),
        interval_breaks=MappingProxyType(
            {
                _key(e.form): -1 if "after" in e.flags else 1
                for e in by_kind["clause_break"]
                if e.flags & {"after", "before"}
            }
        ),
        interval_re=re.compile(interval_re),
        until_re=re.compile(rf"(?:{until})\s"),
        report_re=re.compile(rf"(?<!\w){report}\s+\Z"),
        infinitive=frozenset(_key(e.form) for e in by_kind["infinitive"]),
        aspectual=frozenset(_key(e.form) for e in by_kind["aspectual"]),
        relative_openers=frozenset(_key(e.form) for e in by_kind["relative_opener"]),
        head_re=re.compile(_head_regex(by_kind, settings)),
        prefix_re=re.compile(prefix_re),
        token_re=re.compile(token_re),
        merge_re=re.compile(rf"\s*,?\s*(?:{article}\s+)?"),
        clause_re=re.compile(clause_re),
    )


@cache
def _lexicon(lang: str) -> _Lexicon:
    """The date lexicon of a language, read once from lexicons/<lang>/dates.tsv."""
    if not isinstance(lang, str) or not _LANG_RE.fullmatch(lang):
        raise ValueError(f"language must be a lowercase ISO 639 code, got {lang!r}")
    path = _LEXICON_DIR / lang / _TSV_NAME
    if not path.is_file():
        raise ValueError(f"no date lexicon for language {lang!r}: {path} does not exist")
    entries = _parse_tsv(path.read_text(encoding="utf-8"), str(path))
    return _build_lexicon(lang, entries, str(path))


def time_words(lang: str) -> frozenset[str]:
    """The lowercase month, weekday, unit and daypart words of a language's date lexicon ("wednesday",
    "week", "morning"): words that say when, never who."""
    values = _lexicon(lang).values
    return frozenset(form for kind in ("month", "weekday", "unit", "daypart") for form in values.get(kind, {}))


# --------------------------------------------------------------------------- resolution


@dataclass(frozen=True, slots=True)
class _Resolved:
    date: str | None
    precision: str
    relative: bool


_UNRESOLVED = _Resolved(None, "unresolved", True)


def _shift_days(day: dt.date, days: int) -> dt.date | None:
    ordinal = day.toordinal() + days
    if not dt.date.min.toordinal() <= ordinal <= dt.date.max.toordinal():
        return None
    return dt.date.fromordinal(ordinal)


def _shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _valid_year(year: int) -> bool:
    return dt.MINYEAR <= year <= dt.MAXYEAR


def _valid_day(year: int, month: int, day: int) -> bool:
    return (
        _valid_year(year) and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
    )


def _as_day(day: dt.date | None, relative: bool = True) -> _Resolved:
    return _UNRESOLVED if day is None else _Resolved(day.isoformat(), "day", relative)


def _as_week(day: dt.date | None, relative: bool = True) -> _Resolved:
    monday = None if day is None else _shift_days(day, -day.weekday())
    return _UNRESOLVED if monday is None else _Resolved(monday.isoformat(), "week", relative)


def _as_month(year: int, month: int, relative: bool) -> _Resolved:
    if not _valid_year(year):
        return _UNRESOLVED
    return _Resolved(f"{year:04d}-{month:02d}", "month", relative)


def _as_year(year: int, relative: bool) -> _Resolved:
    return _Resolved(f"{year:04d}", "year", relative) if _valid_year(year) else _UNRESOLVED


def _weekday_date(
    pub: dt.date, weekday: int, direction: str | None, future: bool
) -> dt.date | None:
    back, ahead = (pub.weekday() - weekday) % 7, (weekday - pub.weekday()) % 7
    if direction == "past":
        return _shift_days(pub, -(back or 7))
    if direction == "next":
        return _shift_days(pub, ahead or 7)
    return _shift_days(pub, ahead) if future else _shift_days(pub, -back)


def _month_year(pub: dt.date, month: int, direction: str | None, future: bool) -> int:
    if direction == "past":
        return pub.year if month < pub.month else pub.year - 1
    if direction == "next":
        return pub.year if month > pub.month else pub.year + 1
    if direction == "this":
        return pub.year
    if future:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _day_month_date(pub: dt.date, month: int, day: int, future: bool) -> dt.date | None:
    """The nearest day/month on or before (after, with future) the publication date."""
    step = 1 if future else -1
    for years in range(9):  # 29 February recurs within 8 years
        year = pub.year + step * years
        if _valid_day(year, month, day):
            candidate = dt.date(year, month, day)
            if (candidate >= pub) if future else (candidate <= pub):
                return candidate
    return None


def _weekend_monday(pub: dt.date, direction: str | None, future: bool) -> dt.date | None:
    monday = _shift_days(pub, -pub.weekday())
    if monday is None:
        return None
    in_weekend = pub.weekday() >= 5
    if direction == "past":
        return _shift_days(monday, -7)
    if direction == "next":
        return _shift_days(monday, 7) if in_weekend else monday
    if direction == "this" or future or in_weekend:
        return monday
    return _shift_days(monday, -7)


def _offset_period(pub: dt.date, unit: str, offset: int) -> _Resolved:
    """The day, week, month or year `offset` units from the publication date."""
    if unit == "day":
        return _as_day(_shift_days(pub, offset))
    if unit == "week":
        return _as_week(_shift_days(pub, 7 * offset))
    if unit == "month":
        return _as_month(*_shift_month(pub.year, pub.month, offset), relative=True)
    return _as_year(pub.year + offset, relative=True)


@lru_cache(maxsize=4096)
def _parse_numeric(text: str, date_order: str) -> dt.date | None:
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "DATE_ORDER": date_order,
            "PREFER_LOCALE_DATE_ORDER": False,
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
        },
    )
    return None if parsed is None else parsed.date()


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True, slots=True)
class _Prefix:
    """What the words before a head say."""

    start: int
    empty: bool
    has_preposition: bool
    has_position: bool
    has_article: bool
    strong: bool  # a preposition after which a number is a year ("seit 2015")
    direction: str | None  # past, next or this, from the first directional modifier
    habitual: bool  # "jeden Dienstag", "every Monday": not a date
    coming: bool = False  # after a preposition flagged "coming" ("für Samstag"): resolved forward


@dataclass(frozen=True, slots=True)
class _Context:
    lex: _Lexicon
    text: str
    published: dt.date | None
    future: bool


@dataclass(frozen=True, slots=True)
class _Candidate:
    head: str
    start: int
    end: int
    resolved: _Resolved
    weekday: int | None = None  # for weekday heads: 0 (Monday) .. 6
    unit: str | None = None  # for unit heads: week, month, year, weekend


def _prefix_start(lex: _Lexicon, text: str, low: int, head_start: int) -> int:
    starts = [m.start() for m in _WORD_START.finditer(text, low, head_start)]
    for start in starts[-_PREFIX_WORDS:]:
        if lex.prefix_re.match(text, start, head_start):
            return start
    return head_start


def _read_prefix(lex: _Lexicon, text: str, start: int, end: int) -> _Prefix:
    kinds: set[str] = set()
    direction: str | None = None
    habitual = strong = coming = False
    for token in lex.token_re.finditer(text, start, end):
        kind = token.lastgroup or ""
        kinds.add(kind)
        if kind == "modifier":
            value = lex.value("modifier", token.group())
            habitual = habitual or value == "habitual"
            direction = direction or (value if value != "habitual" else None)
        elif kind == "preposition":
            strong = strong or _key(token.group()) in lex.strong_prepositions
            coming = coming or _key(token.group()) in lex.coming_prepositions
    return _Prefix(
        start=start,
        empty=start == end,
        has_preposition="preposition" in kinds,
        has_position="position" in kinds,
        has_article="article" in kinds,
        strong=strong,
        direction=direction,
        habitual=habitual,
        coming=coming,
    )


def _number(lex: _Lexicon, word: str) -> int:
    return int(word) if word.isdigit() else int(lex.value("number", word))


def _head_iso(ctx: _Context, m: re.Match[str], prefix: _Prefix) -> _Resolved | None:
    year, month, day = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
    return _as_day(dt.date(year, month, day), False) if _valid_day(year, month, day) else None


def _head_num(ctx: _Context, m: re.Match[str], prefix: _Prefix) -> _Resolved | None:
    written = m["num"]
    if re.match(r"\d{4}/", written):
        order = "YMD"
    elif "." in written:
        order = ctx.lex.settings.dotted_date_order
    else:
        order = ctx.lex.settings.date_order
    parsed = _parse_numeric(written, order)
    return None if parsed is None else _as_day(parsed, False)


def _day_month(ctx: _Context, month_word: str, day: int, year_word: str | None,
               coming: bool = False) -> _Resolved | None:
    month = int(ctx.lex.value("month", month_word))
    if not 1 <= day <= calendar.monthrange(2000, month)[1]:
        return None
    if year_word is not None:
        year = int(year_word)
        return _as_day(dt.date(year, month, day), False) if _valid_day(year, month, day) else None
    if ctx.published is None:
        return _UNRESOLVED
    return _as_day(_day_month_date(ctx.published, month, day, ctx.future or coming))


def _head_dmy(ctx: _Context, m: re.Match[str], prefix: _Prefix) -> _Resolved | None:
    return _day_month(ctx, m["dmy_m"], int(m["dmy_d"]), m["dmy_y"], prefix.coming)


def _head_mdy(ctx: _Context, m: re.Match[str], prefix: _Prefix) -> _Resolved | None:
    return _day_month(ctx, m["mdy_m"], int(m["mdy_d"]), m["mdy_y"], prefix.coming)


def _head_month(ctx: _Context, m: re.Match[str], prefix: _Prefix) -> _Resolved | None:
    lex, pub = ctx.lex, ctx.published
    month = int(lex.value("month", m["mon_m"]))
    has_year = m["mon_y"] is not None or m["mon_mod"] is not None or m["mon_rel"] is not None
    if _key(m["mon_m"]) in lex.context_months and prefix.empty and not has_year:
        return None
    if prefix.habitual:
        return None
    if m["mon_y"] is not None:
        return _as_month(int(m["mon_y"]), month, relative=False)
    if m["mon_mod"] is not None:
        offset = _DIRECTION_OFFSET.get(lex.value("modifier", m["mon_mod"]))
        if offset is None:
            return None
        return _UNRESOLVED if pub is None else _as_month(pub.year + offset, month, True)
    if m["mon_rel"] is not None:
        offset = int(lex.value("relative", m["mon_rel"]).split(":")[1])
        return _UNRESOLVED if pub is None else _as_month(pub.year + offset, month, True)
    if pub is None:
        return _UNRESOLVED
    return _as_month(_month_year(pub, month, prefix.direction, ctx.future), month, True)


def _head_weekday(ctx: _Context, m: re.Match[str], prefix: _Prefix) -> _Resolved | None:
    if prefix.habitual:
        return None
    if ctx.published is None:
        return _UNRESOLVED
    weekday = int(ctx.lex.value("weekday", m["wd_w"]))
    return _as_day(_weekday_date(ctx.published, weekday, prefix.direction, ctx.future or prefix.coming))


def _next_word(text: str, position: int) -> str | None:
    """The word right after `position` (spaces skipped), None before punctuation or the end."""
    following = _NEXT_WORD.match(text, position)
    return following.group(1) if following else None


def _head_ago(
    ctx: _Context, m: re.Match[str], word: str, count: str, unit_word: str
) -> _Resolved | None:
    lex = ctx.lex
    unit = lex.value("unit", unit_word)
    if unit == "weekend":
        return None
    sign = -1 if _key(word) in lex.values["ago"] else 1
    following = _next_word(ctx.text, m.end())
    if sign > 0 and following is not None and _key(following) in lex.values["joiner"]:
        return None  # "in two days of talks" is a duration
    if ctx.published is None:
        return _UNRESOLVED
    return _offset_period(ctx.published, unit, sign * _number(lex, count))


def _head_ago_before(ctx: _Context, m: re.Match[str], prefix: _Prefix) -> _Resolved | None:
    return _head_ago(ctx, m, m["agob_w"], m["agob_n"], m["agob_u"])


def _head_ago_after(ctx: _Context, m: re.Match[str], prefix: _Prefix) -> _Resolved | None:
    return _head_ago(ctx, m, m["agoa_w"], m["agoa_n"], m["agoa_u"])


def _head_relative(ctx: _Context, m: re.Match[str], prefix: _Prefix) -> _Resolved | None:
    if ctx.published is None:
        return _UNRESOLVED
    unit, offset = ctx.lex.value("relative", m["rel_w"]).split(":")
    return _offset_period(ctx.published, unit, int(offset))


def _head_unit(ctx: _Context, m: re.Match[str], prefix: _Prefix) -> _Resolved | None:
    unit = ctx.lex.value("unit", m["unit_u"])
    if unit == "day" or prefix.habitual:
        return None
    if _key(m["unit_u"]) in ctx.lex.plural_units:
        return None  # "in den kommenden Wochen", "in recent months": a span, not one period
    if unit == "weekend" and prefix.empty:
        return None
    if unit != "weekend" and prefix.direction is None and not prefix.has_position:
        return None
    pub = ctx.published
    if pub is None:
        return _UNRESOLVED
    if unit == "weekend":
        return _as_week(_weekend_monday(pub, prefix.direction, ctx.future))
    return _offset_period(pub, unit, _DIRECTION_OFFSET.get(prefix.direction or "this", 0))


def _after_count_cue(lex: _Lexicon, text: str, position: int) -> bool:
    """Whether the one or two words before `position` announce a count ("mehr als 2000")."""
    words = text[max(0, position - 40) : position].split()
    cues = lex.values["count_cue"]
    return any(_key(" ".join(words[-n:])) in cues for n in (1, 2) if len(words) >= n)


def _is_year(ctx: _Context, m: re.Match[str], prefix: _Prefix) -> bool:
    """Whether a four-digit number is a year rather than a count ("2015 Menschen")."""
    settings = ctx.lex.settings
    if m["year_p"] is not None:
        return True
    if _after_count_cue(ctx.lex, ctx.text, m.start()):
        return False
    if prefix.strong or prefix.has_position:
        return True
    if not settings.min_year <= int(m["year_y"]) <= settings.max_year:
        return False
    next_word = _next_word(ctx.text, m.end())
    if next_word is not None and settings.capitalized_next_is_count and next_word[0].isupper():
        return False
    weak = (
        prefix.has_preposition
        or prefix.direction is not None
        or (prefix.has_article and settings.article_marks_year)
    )
    if weak or next_word is None or not settings.bare_year_needs_follow:
        return True
    return _key(next_word) in ctx.lex.values["year_follow"]


def _head_year(ctx: _Context, m: re.Match[str], prefix: _Prefix) -> _Resolved | None:
    return _as_year(int(m["year_y"]), relative=False) if _is_year(ctx, m, prefix) else None


_Handler = Callable[[_Context, re.Match[str], _Prefix], _Resolved | None]
_HANDLERS: Mapping[str, _Handler] = MappingProxyType(
    {
        "iso": _head_iso,
        "num": _head_num,
        "dmy": _head_dmy,
        "mdy": _head_mdy,
        "mon": _head_month,
        "wd": _head_weekday,
        "agob": _head_ago_before,
        "agoa": _head_ago_after,
        "rel": _head_relative,
        "year": _head_year,
        "unit": _head_unit,
    }
)
_EXPLICIT_DAY_HEADS = frozenset({"iso", "num", "dmy", "mdy"})


def _head_name(m: re.Match[str]) -> str:
    for name in _HEADS:
        if m.start(name) != -1:
            return name
    raise AssertionError(f"no head group matched {m.group()!r}")


def _candidates(ctx: _Context) -> list[_Candidate]:
    found: list[_Candidate] = []
    previous_end = 0
    for m in ctx.lex.head_re.finditer(ctx.text):
        head = _head_name(m)
        low = max(previous_end, m.start() - _PREFIX_CHARS)
        start = _prefix_start(ctx.lex, ctx.text, low, m.start())
        prefix = _read_prefix(ctx.lex, ctx.text, start, m.start())
        resolved = _HANDLERS[head](ctx, m, prefix)
        if resolved is not None:
            weekday = int(ctx.lex.value("weekday", m["wd_w"])) if head == "wd" else None
            unit = ctx.lex.value("unit", m["unit_u"]) if head == "unit" else None
            found.append(_Candidate(head, start, m.end(), resolved, weekday, unit))
            previous_end = m.end()
    return found


def _day_in_week(week: _Resolved, weekday: int) -> _Resolved:
    if week.date is None:
        return _UNRESOLVED
    return _as_day(_shift_days(dt.date.fromisoformat(week.date), weekday))


def _merged(lex: _Lexicon, text: str, first: _Candidate, second: _Candidate) -> _Candidate | None:
    """One expression made of two adjacent ones, or None when they stay apart.

    'am Dienstag, 7. Februar 2023': the explicit date wins. 'am Dienstag vergangener
    Woche', 'last week on Tuesday': that weekday in that week.
    """
    if first.head == "wd" and second.head in _EXPLICIT_DAY_HEADS:
        if not lex.merge_re.fullmatch(text, first.end, second.start):
            return None
        return _Candidate(second.head, first.start, second.end, second.resolved)
    day, week = (first, second) if first.head == "wd" else (second, first)
    if day.weekday is None or week.unit != "week" or not text[first.end : second.start].isspace():
        return None
    return _Candidate("wd", first.start, second.end, _day_in_week(week.resolved, day.weekday))


def _merge_adjacent(lex: _Lexicon, text: str, found: list[_Candidate]) -> list[_Candidate]:
    merged: list[_Candidate] = []
    for candidate in found:
        joined = _merged(lex, text, merged[-1], candidate) if merged else None
        if joined is None:
            merged.append(candidate)
        else:
            merged[-1] = joined
    return merged


def _as_date(published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    raise TypeError(f"published must be a datetime.date or None, got {type(published).__name__}")


def find_date_expressions(
    text: str, lang: str, published: dt.date | None, *, future: bool = False
) -> list[DateExpression]:
    """Every date expression in `text`, in text order, resolved against `published`.

    `future=True` resolves weekdays and months without a year forward (the text speaks of
    something to come). Relative expressions resolve to ``date=None`` ("unresolved") when
    there is no publication date.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    ctx = _Context(_lexicon(lang), text, _as_date(published), future)
    found = _merge_adjacent(ctx.lex, text, _candidates(ctx))
    return [
        DateExpression(
            text=text[c.start : c.end],
            char_start=c.start,
            char_end=c.end,
            date=c.resolved.date,
            precision=c.resolved.precision,
            relative=c.resolved.relative,
        )
        for c in found
    ]


# --------------------------------------------------------------------------- choosing


@dataclass(frozen=True, slots=True)
class _Clause:
    start: int  # where the clause begins (its punctuation or opening word)
    subordinate: bool  # opened by a word flagged "subordinate": its dates stay inside it
    shift: bool  # opened by a word flagged "shift": its events happen at another time
    interval: int = 0  # -1 for "after", +1 for "before": "a day after" the clause is a day later
    relative: bool = False  # a relative clause after a comma ("Lawrow, der sich am Montag im Irak aufhielt")


def _clauses(lex: _Lexicon, sentence: str, spans: list[DateExpression]) -> list[_Clause]:
    """The clause starts of a sentence, ignoring punctuation inside date expressions."""
    out = []
    for m in lex.clause_re.finditer(sentence):
        if any(e.char_start <= m.start() < e.char_end for e in spans):
            continue
        opener = _key(m["opener"]) if m["opener"] else None
        if opener is not None and _NUMBER_NEXT.match(sentence, m.end()):
            continue  # "over 2000 people", "nach 20 Jahren": a count, not a clause
        following = _WORD.match(sentence, m.end() + 1) if m.group() == "," else None
        # "Lawrow, der sich am Montag im Irak aufhielt, wurde ... begrüßt": the relative clause's date is its own
        relative = following is not None and _key(following.group()) in lex.relative_openers
        out.append(
            _Clause(
                m.start(),
                opener in lex.subordinate_breaks or relative,
                opener in lex.shift_breaks,
                lex.interval_breaks.get(opener or "", 0),
                relative,
            )
        )
    return out


RELATIVE_CLAUSE = 2


@lru_cache(maxsize=1024)
def clause_layout(sentence: str, lang: str) -> tuple[tuple[int, int], ...]:
    """(start, enclosed) per clause start of a sentence, in order: ``enclosed`` is 1 when the
    clause is opened by a subordinating or time-shifting word ("nachdem", "after", "over"), whose
    content (dates, places) belongs to its own event, ``RELATIVE_CLAUSE`` for a relative clause
    ("Lawrow, der sich am Montag im Irak aufhielt, ..."), else 0. Text before the first start is the first
    clause. Used by timeplace to keep an event's place in its own clause."""
    lex = _lexicon(lang)
    spans = find_date_expressions(sentence, lang, None)
    return tuple((c.start, RELATIVE_CLAUSE if c.relative else int(c.subordinate or c.shift))
                 for c in _clauses(lex, sentence, spans))


def _clause_boundaries(lex: _Lexicon, sentence: str, spans: list[DateExpression]) -> list[int]:
    """Offsets where a clause starts, ignoring punctuation inside date expressions."""
    return [c.start for c in _clauses(lex, sentence, spans)]


_WORD = re.compile(r"\w+")
_NUMBER_NEXT = re.compile(r"\s*\d")
_INFIX = re.compile(r"[^\W\d_]{2,8}")


def _infinitive_complement(
    lex: _Lexicon, sentence: str, anchor: int, clause: _Clause, expressions: list[DateExpression]
) -> bool:
    """Whether the trigger is an infinitive ("zu unterstützen", "anzugreifen", "getötet zu haben")
    opening a comma clause that completes a verb ("warf ... vor, ... zu unterstützen"): what
    is claimed, denied or demanded, not dated by the verb it depends on. After a noun
    ("nach einem Versuch, das Parlament aufzulösen") the infinitive keeps the noun's date."""
    if not lex.infinitive or sentence[clause.start] != ",":
        return False
    end = clause.start
    for e in expressions:
        if e.char_end == end:
            end = e.char_start  # "bestritt am Montag, ...": the word before the date
    before = sentence[:end].split()
    if not before or not before[-1][:1].islower():
        return False  # a capitalised noun before the comma: the infinitive describes it
    if any(_key(w.strip(",;:")) in lex.aspectual for w in before[-8:]):
        return False  # "begann am Montag, Truppen abzuziehen": it happened then
    word_m = _WORD.match(sentence, anchor)
    if word_m is None:
        return False
    word = word_m.group().casefold()
    previous = sentence[:anchor].split()
    following = sentence[word_m.end() :].split()[:2]
    if previous and previous[-1].casefold() in lex.infinitive:
        return True  # zu unterstützen
    if (
        len(following) == 2
        and following[0].casefold() in lex.infinitive
        and following[1][:1].islower()
    ):
        return True  # getötet zu haben
    return any(
        word.find(marker, 2) > 0
        and _INFIX.fullmatch(word[: word.find(marker, 2)]) is not None
        and len(word) - word.find(marker, 2) - len(marker) >= 3
        for marker in lex.infinitive
    )  # anzugreifen, abzuziehen


def _applicable(
    lex: _Lexicon, sentence: str, expressions: list[DateExpression], anchor: int
) -> tuple[list[DateExpression], list[_Clause], int]:
    """The expressions that may date the event whose trigger starts at `anchor`.

    An expression inside a subordinate clause ("nachdem ... am Sonntag", "that led to ...
    on Tuesday") does not date an event outside it; an event inside a clause that shifts
    the time ("after youths rioted", "nachdem sich beide geeinigt hatten", "over an
    alleged massacre") or in an infinitive that completes another verb takes no date from
    outside its clause.
    """
    clauses = _clauses(lex, sentence, expressions)
    starts = [c.start for c in clauses]
    trigger_index = bisect_right(starts, anchor)
    trigger_clause = clauses[trigger_index - 1] if trigger_index else None
    closed = trigger_clause is not None and (
        trigger_clause.shift
        or _infinitive_complement(lex, sentence, anchor, trigger_clause, expressions)
    )
    out = []
    for e in expressions:
        index = bisect_right(starts, e.char_start)
        inside = index == trigger_index
        if inside or not (closed or (index and clauses[index - 1].subordinate)):
            out.append(e)
    return out, clauses, trigger_index


def _interval(
    lex: _Lexicon, sentence: str, expressions: list[DateExpression], clause: _Clause
) -> DateExpression | None:
    """ "eased sanctions on Wednesday, a day after both sides signed": the event in the
    after-clause is that many days before the expression it is counted from."""
    m = lex.interval_re.search(sentence, 0, clause.start)
    opener = _WORD.match(sentence, clause.start)
    if m is None or opener is None:
        return None
    before = [e for e in expressions if e.char_end <= m.start()]
    if not before or before[-1].precision != "day" or before[-1].date is None:
        return None
    days = {"day": 1, "week": 7}.get(lex.value("unit", m["u"]))
    if days is None:
        return None
    reference = dt.date.fromisoformat(before[-1].date)
    day = _shift_days(reference, clause.interval * _number(lex, m["n"]) * days)
    if day is None:
        return None
    return DateExpression(
        sentence[m.start() : opener.end()], m.start(), opener.end(), day.isoformat(), "day", True
    )


def _reported(lex: _Lexicon, sentence: str, e: DateExpression, anchor: int) -> bool:
    """The expression dates a verb of saying right before it ("said on Tuesday") that is not the trigger."""
    low = max(0, e.char_start - 30)
    m = lex.report_re.search(sentence[low : e.char_start])
    return m is not None and not low + m.start() <= anchor < e.char_start


def _pick(
    lex: _Lexicon,
    sentence: str,
    expressions: list[DateExpression],
    anchor: int,
    clauses: list[_Clause] | None = None,
    trigger_index: int | None = None,
) -> DateExpression:
    if clauses is None or trigger_index is None:
        clauses = _clauses(lex, sentence, expressions)
        trigger_index = bisect_right([c.start for c in clauses], anchor)
    starts = [c.start for c in clauses]

    def rank(e: DateExpression) -> tuple[bool, bool, int, bool]:
        other_clause = bisect_right(starts, e.char_start) != trigger_index
        if e.char_start <= anchor < e.char_end:
            distance = 0
        elif e.char_end <= anchor:
            distance = anchor - e.char_end
        else:
            distance = e.char_start - anchor
        # "bis Ende 2028 auf Eis gelegt": an end point is not when it happened
        until = lex.until_re.match(e.text) is not None
        return other_clause, until, distance, e.char_start > anchor

    return min(expressions, key=rank)


def resolve_event_date(
    sentence: str,
    lang: str,
    published: dt.date | None,
    *,
    anchor: int | None = None,
    future: bool = False,
) -> tuple[str | None, str, DateExpression | None]:
    """(date, precision, expression) for an event whose trigger starts at `anchor` (offset in sentence).

    Picks the expression that belongs to the trigger's clause (nearest, preferring one in
    the same clause; the first one when there is no anchor). Expressions that cannot date
    the trigger (see ``_applicable``) are left out. With no (usable) expression:
    ``(published.isoformat(), "publication", None)``, or ``(None, "unresolved", None)``
    without a publication date. A relative expression with no publication date gives
    ``(None, "unresolved", expr)``: never a guess from today's date.
    """
    if anchor is not None and not 0 <= anchor <= len(sentence):
        raise ValueError(f"anchor {anchor} is outside the sentence (length {len(sentence)})")
    expressions = find_date_expressions(sentence, lang, published, future=future)
    if not expressions:
        pub = _as_date(published)
        return (pub.isoformat(), "publication", None) if pub else (None, "unresolved", None)
    if anchor is None:
        chosen = expressions[0]
    else:
        lex = _lexicon(lang)
        usable, clauses, trigger_index = _applicable(lex, sentence, expressions, anchor)
        # a semicolon ends what one can say of the trigger: a date after it dates what follows ("zeigte sich
        # enttäuscht; die Kommission hatte erst im November festgestellt, ...") (one before it may set the time
        # for both: "Im Jahr 2018 hatten Hunderttausende demonstriert; Sicherheitskräfte schlugen ...")
        usable = [e for e in usable if e.char_start < anchor or ";" not in sentence[anchor:e.char_start]]
        trigger_clause = clauses[trigger_index - 1] if trigger_index else None
        if trigger_clause is not None and trigger_clause.interval:
            interval = _interval(lex, sentence, expressions, trigger_clause)
            if interval is not None:
                return interval.date, interval.precision, interval
        if not usable:
            pub = _as_date(published)
            return (pub.isoformat(), "publication", None) if pub else (None, "unresolved", None)
        if len(usable) == 1:
            chosen = usable[0]
        else:
            chosen = _pick(lex, sentence, usable, anchor, clauses, trigger_index)
        if future and _reported(lex, sentence, chosen, anchor):
            # "said on Wednesday he would withdraw the bill": the expression dates the saying
            chosen = next(
                (
                    e
                    for e in find_date_expressions(sentence, lang, published)
                    if e.char_start == chosen.char_start
                ),
                chosen,
            )
    return chosen.date, chosen.precision, chosen
