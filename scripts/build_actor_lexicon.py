"""Build chronist's actor dictionary and English role nouns from the Phoenix dictionaries.

Reads the TABARI/PETRARCH dictionaries (Phoenix.Countries.actors.txt,
Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt, Phoenix.agents.txt) and
writes

* src/chronist/lexicons/xx/actors.tsv: named people, organisations, IGOs and armed groups
  (country-name entries are skipped: countries are handled by <lang>/countries.tsv), one row
  per (actor, dated CAMEO code);
* src/chronist/lexicons/en/roles.tsv: English role nouns (``minister`` -> GOV) from the agents
  dictionary.

The formats are described in docs/lexicons.md. The output is deterministic (sorted), so the
committed files can be compared with a fresh build. The names of the hand-written actors in
xx/actors_extra.tsv are reserved for them (taken out of generated actors with another key),
so rebuild after editing that file.

    python scripts/build_actor_lexicon.py [--phoenix ../shared/data/phoenix]
        [--out src/chronist/lexicons] [--extra src/chronist/lexicons/xx/actors_extra.tsv]

Phoenix format, as read here (PETRARCH2 conventions): ``#`` starts a comment; ``_`` joins
words, a trailing ``_`` marks a whole word; a line starting with ``+`` is a synonym of the
entry above; codes are ``[CODE]``, ``[CODE YYMMDD-YYMMDD]``, ``[CODE >YYMMDD]`` (from) or
``[CODE <YYMMDD]`` (until), on the entry's line or on following (tab-indented) lines.
Several name lines in a row with no code between them share the codes that follow
(``LEONID_BREZHNEV_`` / ``LEONID_ILYICH_BREZHNEV`` / ``[RUSGOV 641014-821110]``). Agents use
``[~GOV]`` suffix codes, ``{...}`` plural forms and ``!PERSON!``-style substitution sets.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "chronist" / "lexicons"
#: The hand-written actors: their names are reserved for them (see read_reserved_names).
EXTRA = OUT / "xx" / "actors_extra.tsv"

ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
AGENTS_FILE = "Phoenix.agents.txt"

ACTOR_COLUMNS = ["key", "names", "kind", "code", "country", "sector", "start", "end"]
ROLE_COLUMNS = ["term", "match", "sector", "cameo", "country", "note"]
KINDS = ("person", "org", "igo", "group")


def _words(text: str) -> frozenset[str]:
    """A set of whitespace-separated words (keeps long word lists readable)."""
    return frozenset(text.split())


# --------------------------------------------------------------------------------------
# CAMEO codes -> PLOVER country and sector
# --------------------------------------------------------------------------------------

#: PLOVER sector codes (plover_ontology.json, sector_codes).
PLOVER_SECTORS = _words(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF "
    "OPP PRE REL SOC"
)
#: PLOVER international non-state codes (plover_ontology.json, international_non_state_codes).
PLOVER_INTERNATIONAL = _words("IGO UNO EUR NGO ISM IMG MNC")

#: CAMEO religion codes: all become PLOVER's REL sector.
CAMEO_RELIGIONS = _words(
    "BAH BUD CHR CON CTH DOX ORT PRO MRM HIN ITR JAI JEW MOS MUS ALE DRZ SHI SUF SUN PAG "
    "SHN SIK TAO ZRO"
)
#: CAMEO agent (role) codes whose PLOVER sector differs or that PLOVER lacks. CAMEO ``MED``
#: is the media (PLOVER ``JRN``), CAMEO ``HLH`` is health (PLOVER ``MED``); insurgents and
#: separatists are rebels. CAMEO's issue codes (HRI human rights, ENV, DEV, KID), the
#: attitude codes (MOD, RAD) and organisation ids (HCR, WHO, ...) carry no PLOVER sector.
CAMEO_AGENT_SECTOR = {
    **{s: s for s in PLOVER_SECTORS if s not in ("MED",)},
    **{r: "REL" for r in CAMEO_RELIGIONS},
    "MED": "JRN",
    "HLH": "MED",
    "INS": "REB",
    "SEP": "REB",
    "PPL": "CVL",
}
#: CAMEO agent codes that PLOVER has no sector for (issues, attitudes, organisation types).
CAMEO_OTHER_AGENTS = _words("HRI ENV DEV KID MOD RAD UIS SET IGO NGO IMG MNC")
#: Types right after ``IGO`` that make a sector: a court, a military, a parliament, a police.
IGO_BODY_TYPES = _words("JUD MIL LEG COP SPY")
#: CAMEO regional codes (no single country: the country column stays empty). Note that a
#: leading CAMEO ``EUR`` is the region Europe, whereas PLOVER's ``EUR`` is the European
#: Union, which CAMEO writes ``IGOEUR``.
CAMEO_REGIONS = _words(
    "AFR ASA BLK BLT CAS CAU CEU CFR CRB EAF EEU EIN EUR LAM MDT MEA NAF NMR PGS SAF SAM SAS "
    "SCA SCN SEA WAF WEU WST INT KKL"
)
#: CAMEO (or historical ISO) country codes that PLOVER writes differently. Dependencies are
#: folded into the controlling state, as PLOVER does; partially recognised entities are
#: coded as the claiming state (PLOVER would add sector PRE).
CAMEO_TO_PLOVER_COUNTRY = {
    "KSV": "KOS",  # Kosovo
    "TMP": "TLS",  # East Timor
    "ROM": "ROU",
    "ZAR": "COD",
    "ANG": "AGO",  # typo in Phoenix
    "FRN": "FRA",  # typo in Phoenix
    "USR": "RUS",  # USSR: COW continues it as Russia
    "SUN": "RUS",
    "YUG": "SRB",  # Yugoslavia / Serbia and Montenegro: COW continues it as Serbia
    "SCG": "SRB",
    "FRY": "SRB",
    "CSK": "CZE",  # Czechoslovakia: COW continues it as the Czech Republic
    "SRP": "BIH",  # Republika Srpska
    "KRJ": "HRV",  # Republic of Serbian Krajina
    "ABW": "NLD",  # Aruba
    "AIA": "GBR",  # Anguilla
    "BMU": "GBR",  # Bermuda
    "CYM": "GBR",  # Cayman Islands
    "VGB": "GBR",  # British Virgin Islands
    "FLK": "GBR",  # Falklands
    "GGY": "GBR",  # Guernsey
    "JEY": "GBR",
    "IMN": "GBR",
    "GIB": "GBR",
    "COK": "NZL",  # Cook Islands
    "GLP": "FRA",  # Guadeloupe
    "PYF": "FRA",
    "NCL": "FRA",
    "PRI": "USA",  # Puerto Rico
    "GUM": "USA",
    "ASM": "USA",
    "VIR": "USA",
    "GRL": "DNK",
    "FRO": "DNK",
}
#: Codes that are not real countries at all (Kinakuta is TABARI's fictional test country).
FICTIONAL_COUNTRIES = frozenset({"KNT"})


def _country_head(head: str, known_countries: frozenset[str] | None) -> bool:
    """Is `head` a country code? Without a list (hand-written rows), any 3-letter head that
    is not an international, regional or agent code counts as one."""
    if head in CAMEO_TO_PLOVER_COUNTRY:
        return True
    if head in CAMEO_REGIONS or head in PLOVER_INTERNATIONAL:
        return False
    if known_countries is None:
        agents = set(CAMEO_AGENT_SECTOR) | CAMEO_OTHER_AGENTS
        return len(head) == 3 and head.isalpha() and head not in agents
    return head in known_countries


def plover_country(code: str, known_countries: frozenset[str] | None = None) -> str:
    """The PLOVER country (ISO 3166 alpha-3 or international code) of a CAMEO composite:
    ``RUSGOV`` -> RUS, ``IGOUNO`` -> UNO, ``IGOEUREEC`` -> EUR, ``IGOWSTNAT`` -> IGO,
    ``NGOHRI`` -> NGO, ``KSVGOV`` -> KOS, ``WEUREB`` (a CAMEO region) -> ""."""
    head = code[:3]
    if head == "IGO":
        # IGOUNO...: the UN system; IGOEUREEC: the European Union (CAMEO's "EEC"); any other
        # IGO, including other European ones (IGOEURCOE Council of Europe, IGOEURBUSEFT
        # EFTA), is PLOVER's generic IGO
        if code[3:6] == "UNO":
            return "UNO"
        return "EUR" if code[3:9] == "EUREEC" else "IGO"
    if head in ("NGO", "MNC", "IMG", "ISM"):
        return head
    if _country_head(head, known_countries):
        return CAMEO_TO_PLOVER_COUNTRY.get(head, head)
    return ""


def plover_sector(code: str, known_countries: frozenset[str] | None = None) -> str:
    """The PLOVER sector of a CAMEO composite: its first agent code that has one.

    ``RUSGOV`` -> GOV, ``AFGGOVAGR`` -> GOV, ``IGOUNOJUDICJ`` -> JUD, ``IGOUNO`` -> "" (the
    country column, UNO, says it all), ``MED`` (CAMEO media) -> JRN, ``PSEREBHMS`` -> REB.
    Organisation and region parts (UNO, EUR, WST, HCR, ...) are skipped, and so is the type
    that CAMEO gives an IGO right after ``IGO`` (``IGOBUSIMF``, ``IGOMOS``: an economic or a
    Muslim organisation, not business people or clergy), unless it is a kind of body
    (``IGOJUDICC``: a court).
    """
    head = code[:3]
    start = 0
    if (
        head in ("IGO", "NGO", "MNC", "IMG", "ISM")
        or head in CAMEO_REGIONS
        or _country_head(head, known_countries)
    ):
        start = 3
    if head == "IGO" and code[3:6] not in IGO_BODY_TYPES:
        start = 6
    return agent_sector(code[start:], religion=head != "IMG")


def agent_sector(agents: str, religion: bool = True) -> str:
    """The first PLOVER sector among 3-letter CAMEO agent codes; a religion code (MUS, CHR)
    gives REL only when no role code does (``REBMUS`` and ``MUSUAF`` are rebels and armed
    men, not religious institutions) and, for transnational militant groups, never."""
    chunks = [agents[i : i + 3] for i in range(0, len(agents) - 2, 3)]
    for chunk in chunks:
        if chunk not in CAMEO_RELIGIONS and chunk in CAMEO_AGENT_SECTOR:
            return CAMEO_AGENT_SECTOR[chunk]
    if religion and any(c in CAMEO_RELIGIONS for c in chunks):
        return "REL"
    return ""


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------


def parse_date(text: str) -> str:
    """``YYMMDD`` (00-30 -> 20xx, else 19xx) or ``YYYYMMDD`` -> ``YYYY-MM-DD``; "" if invalid.

    Day or month ``00`` becomes ``01`` and a day past the month's end its last day, so that
    sloppy but readable dates survive.
    """
    text = text.strip()
    if not text.isdigit():
        return ""
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        return ""
    if not (1 <= month <= 12 or month == 0) or day > 31 or year < 1800:
        return ""
    month = max(month, 1)
    day = max(day, 1)
    while day > 28:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            day -= 1
    return dt.date(year, month, day).isoformat()


def parse_code(text: str) -> tuple[str, str, str] | None:
    """``RUSGOV >20040309`` -> ("RUSGOV", "2004-03-09", ""); None for ``---`` and junk."""
    parts = text.split()
    if not parts:
        return None
    code = parts[0].upper()
    if not re.fullmatch(r"[A-Z0-9]{3,}", code) or not re.match(r"[A-Z]{3}", code):
        return None
    spec = "".join(parts[1:])
    start = end = ""
    if spec.startswith(">"):
        start = parse_date(spec[1:])
    elif spec.startswith("<"):
        end = parse_date(spec[1:])
    elif "-" in spec:
        a, _, b = spec.partition("-")
        start, end = parse_date(a), parse_date(b)
    elif spec:
        start = parse_date(spec)
    return code, start, end


# --------------------------------------------------------------------------------------
# Reading the actor dictionaries
# --------------------------------------------------------------------------------------

CODE_RE = re.compile(r"\[([^\]\[{}]*)[\]}]")


@dataclass
class Entry:
    """One Phoenix actor entry: a base phrase, its synonyms and its codes."""

    base: str
    source: str
    line: int
    comment: str = ""
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[str, str, str]] = field(default_factory=list)
    raw_codes: int = 0


def _phrases(text: str) -> list[str]:
    """A name cell of the dictionary: ``A_B+_C_D`` holds two phrases."""
    return [p for p in (t.strip() for t in text.split("+")) if p]


def read_actor_file(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    current: Entry | None = None
    open_names = False  # the previous line was a name line of `current` (no code yet)
    for lineno, raw in enumerate(
        path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
    ):
        body, _, comment = raw.partition("#")
        line = body.strip()
        if not line:
            open_names = False  # a blank or comment line ends a run of code-less names
            continue
        if ": " in line:  # stray prose ("Source: MNC.MLH.actors")
            open_names = False
            continue
        codes = [c for c in (parse_code(t) for t in CODE_RE.findall(line)) if c]
        n_raw = len(CODE_RE.findall(line))
        name = (
            CODE_RE.sub(" ", line).strip()
            if line.startswith(("[", "+"))
            else line.split("[", 1)[0].strip()
        )
        if line.startswith("["):
            if current is not None:
                current.codes += codes
                current.raw_codes += n_raw
                current.comment += " " + comment.strip()
            open_names = False
            continue
        if line.startswith("+") or (current is not None and open_names and not current.raw_codes):
            if current is not None:
                current.synonyms += _phrases(name.lstrip("+"))
                current.codes += codes
                current.raw_codes += n_raw
                current.comment += " " + comment.strip()
                open_names = not n_raw
            continue
        phrases = _phrases(name)
        if not phrases:
            continue
        current = Entry(phrases[0], path.name, lineno, comment.strip(), phrases[1:], codes, n_raw)
        entries.append(current)
        open_names = not n_raw
    return entries


# --------------------------------------------------------------------------------------
# Names: casing, keys, kinds
# --------------------------------------------------------------------------------------

#: Words that are never names on their own (single-word names equal to one are dropped), plus
#: titles and role nouns that Phoenix sometimes lists as bare synonyms.
STOPWORDS = _words("""
    a about above across act action after again against age agency ago air all alliance
    also always am among an and another any anyone anything april are area arm army around
    as ask at attack august authority away back bad bank base be because been before being
    best better between big bill black blue board body book both boy brother brothers build
    business but by call camp can capital care case cause cell center centre chair chairman
    change chief child children church city civil close club coast come command commander
    commission committee community company congress could council country court cross day
    days dead death december defence defense department did do does dog doing done door down
    during each early east economy education eight either else embassy end enemy energy
    every eye face fact fall family far father february few field fight final fire first
    five following food for force forces foreign forward four free freedom friday friend
    from front fund future game general get girl give go god gold good government great
    green group groups guard had half hand hard has have he head health hear heart help her
    here high him his history holy home hope house how however human i if in india
    independence independent information inside interior into is island it its january job
    join joint journal july june just justice keep kind king labor labour land last late law
    leader league left legal less liberation life light like line little live local long
    look lord lot love low made major make man many march market may me media member men
    might military minister ministry mission monday money month more morning most mother
    movement mr mrs ms much must my nation national nations navy near need network never new
    news next night nine no none north not nothing november now number october of off office
    official officials old on one only open or order organization organisation other our out
    over own palace part party patriot patriots peace people person place plan police policy
    political power premier president press prime prince private program programme public
    queen question radio real red reform republic research right rights rule run said same
    saturday say school sea second secretary security senate september service seven she
    should side since six small so society some son soon south special staff star state
    states still street strong student sunday support system take team than that the their
    them then there these they thing think third this those three through thursday time
    times to today together top town trade true tuesday two under union unit united unity up
    upon us use very vice victory voice war was water way we wednesday week well were west
    what when where which while white who whole why will with within without woman women word
    work workers world would year years yes yet you young your youth zero
    afrika amt bund das der die ein eine für mit nicht rat regierung staat und von zur
    abbot alpha arena armada armour banana barker barter belay boatswain bollard bolero
    bonnet bowler brandy bridges cable camps cannon capes carcasses catholic cheek clapper
    combo cousins crook cutler decker demon derrick dodge easter english falcon fellowship
    ferry flake foster franks freeman galley gross guise gumbo hardy harper heath hills
    hilly hockey hooker husbands kindle knuckles laurel leather luncheon mallard marks
    masters mayor mayoral merchant merits minor noble outman panting parts passer pater
    persons phone pickles pitcher platter price ridge rumor saline savage sawyer scullion
    seeder shaker shave shire short shorten shown singer skinner slater solar speller spring
    stake stone store struck swain tanner tenet thorn tigers trench truss truth tucker urban
    valley victor viola vital voices wetland wisdom worldwide
    bande busch ernst frieden fuchs futur haupt hirse honig klein komma kraft kranich laden
    lange lepra messing monde reiter schmied schneider schreiber schuster stein stich winkel
    richter fischer bauer kaiser koch wagner weber meyer becker schmidt vogel wolf hahn
    krieg sommer winter engel braun schwarz
    sahel mauritius mauritian puerto soviet magyar nepali bengali catalan romani farsi
""")

#: Words that mark an organisation (any of them in a name means: not a person).
ORG_WORDS = _words("""
    academy administration agency alliance army assembly association authority bank
    battalion battalions board brigade brigades bureau cabinet cell cells center centre
    church coalition college command commando commandos commission committee company
    congress corporation corp council court courts department directorate division
    embassy faction federation force forces foundation front fund government group groups
    guard guards inc industries institute international league legion liberation ltd
    militia ministry mission movement navy network news newspaper nuclei office
    organization organisation organizations parliament party police press program
    programme radio regime regiment republic resistance school senate service services
    society squad staff station television tribunal troops union university chamber forum
    project institution agencies council's movement's
    lashkar laskar harakat harkat harakut jaish jaysh jamaat jemaah jamaah jama'at hizb
    hezb hizbul tehrik tanzim jabhat ansar kataib kata'ib liwa saraya sarayat jund
    mujahideen mujahidin mujahedin jihad shinrikyo
    """)
#: Words that make a name of the country dictionary an institution or place, not a person.
NOT_PERSON_WORDS = _words("""
    palace house yard reserve military representative declaration rifles riot intelligence
    community team tank headquarters attorney general vice prime american british french
    soviet russian chinese federal supreme national central state royal city county
    district province region islands island
    """)
#: English function words: a name containing one is an organisation, not a person.
FUNCTION_WORDS = _words("of the and for on in at to against with from & by")
#: Leading titles stripped from a person's key (only while two or more words remain).
TITLES = _words("""
    acting admiral ambassador amir archbishop ayatollah bishop brig. brigadier captain
    cardinal chancellor chief col. colonel commander congressman congresswoman deputy
    hojatolislam hojatoleslam sayyed sayed seyed doctor dr. emir ex-president field former gen. general governor grand judge justice
    king lieutenant lord lt. maj. major marshal minister mr. mrs. ms. mullah premier
    president pres. prime prince princess queen rep. representative rev. reverend
    secretary secretary-general sen. senator sheikh sheik shaikh sir speaker vice
    vice-president foreign defense defence interior finance state un u.n. us u.s.
    """)
#: Lowercase particles inside names (not at the start): "Bashar al-Assad", "Javier de Cuellar".
PARTICLES = _words(
    "al el ad ud ul ur as ash az bin ibn bint wa da de del della der des di do dos du la le "
    "van von den y e of"
)
#: Lowercase words inside organisation names (not at the start).
ORG_LOWER = FUNCTION_WORDS | _words("de des du la le del da di et y al el e i ul ud ur wa")
#: Prefixes written in lowercase before a hyphen inside a name: al-Assad, Lashkar-e-Taiba.
HYPHEN_PARTICLES = _words("al el ad ud ul ur ash as az at bin e i")
#: Always upper case, whatever the kind of name.
FIXED_ACRONYMS = _words("UN US UK EU AU USA UAE NATO OSCE ASEAN OPEC CIA FBI KGB FSB IMF PLO")
#: Abbreviations written with a capital only (Mr., Gen.), unlike initials (U.N., K.).
ABBREVIATIONS = _words(
    "mr mrs ms dr st jr sr gen col lt rev sen rep gov pres sgt capt maj brig adm prof mt ft"
)
#: Short single words that are names, not acronyms.
NOT_ACRONYMS = _words("HAMAS FATAH AMAL TOYOTA SONY NOKIA INTEL BAYER SHELL SIEMENS OXFAM DAWN")
ROMAN = re.compile(r"(?i)^(?=[ivxl]+$)(x{0,3})(ix|iv|v?i{0,3})$")
VOWELS = set("AEIOUY")
KOREAN_GIVEN = re.compile(r"[A-Z]{2,4}-[A-Z]{2,5}")


def _cap(word: str) -> str:
    """``lavrov`` -> ``Lavrov``, ``mccain`` -> ``McCain``, ``o'brien`` -> ``O'Brien``."""
    low = word.lower()
    m = re.search(r"[a-z\u00e0-\u024f]", low)
    if not m:
        return word.upper()
    i = m.start()
    low = low[:i] + low[i].upper() + low[i + 1 :]
    if low[i:].startswith("Mc") and len(low) > i + 3:
        low = low[: i + 2] + low[i + 2].upper() + low[i + 3 :]
    if len(low) > i + 2 and low[i + 1] == "'" and low[i] in "ODL":
        low = low[: i + 2] + low[i + 2].upper() + low[i + 3 :]
    return low


def case_token(token: str, first: bool, person: bool, acronyms: frozenset[str]) -> str:
    """Case one upper-case Phoenix word sensibly for its kind of name."""
    low = token.lower()
    bare = re.sub(r"[^A-Za-z]", "", token).upper()
    if "." in token and bare.lower() in ABBREVIATIONS:
        return _cap(token)  # Mr., Gen., St.
    if "." in token or bare in FIXED_ACRONYMS:
        return token.upper()  # U.N., K., US
    if len(low) > 1 and ROMAN.match(low) and not first:
        return token.upper()  # Pope John Paul II, Order II
    if not person and bare and (bare in acronyms or (len(bare) >= 2 and not set(bare) & VOWELS)):
        return token.upper()  # IRA, PKK, DHKP/C, NSC
    if not first and low in (PARTICLES if person else ORG_LOWER):
        return low
    parts = re.split(r"([-/])", token)
    out = []
    for i, part in enumerate(parts):
        if part in ("-", "/"):
            out.append(part)
        elif (i > 0 or not first) and part.lower() in HYPHEN_PARTICLES and i + 1 < len(parts):
            out.append(part.lower())
        else:
            out.append(_cap(part))
    return "".join(out)


def display_name(phrase: str, person: bool, acronyms: frozenset[str]) -> str:
    """``SERGEY_VIKTOROVICH_LAVROV_`` -> ``Sergey Viktorovich Lavrov``."""
    words = phrase_words(phrase)
    if (
        not person
        and len(words) == 1
        and len(words[0]) <= 5
        and words[0].isalpha()
        and words[0].upper() not in NOT_ACRONYMS
    ):
        return words[0].upper()  # IAEA, UNDP, OHCHR
    cased = [case_token(w, i == 0, person, acronyms) for i, w in enumerate(words)]
    if (
        person
        and len(words) >= 2
        and KOREAN_GIVEN.fullmatch(words[-1].upper())
        and 2 <= len(words[-2]) <= 4
        and words[-2].isalpha()
    ):
        cased[-1] = cased[-1][0] + cased[-1][1:].lower()  # Ban Ki-moon, Kim Jong-un
    return " ".join(cased)


def phrase_words(phrase: str) -> list[str]:
    """Words of a Phoenix phrase: ``_`` and spaces separate, stray punctuation goes."""
    text = phrase.replace("_", " ")
    text = re.sub(r"[^\w .,'&/()\-]", " ", text)
    text = re.sub(r"[()]", " ", text)
    words = [w.strip(",") for w in text.split()]
    return [w for w in words if w and re.search(r"\w", w)]


def split_parenthetical(phrase: str) -> tuple[str, list[str]]:
    """``ARMY_(IRA)_`` -> (``ARMY__``, [``IRA``]); ``DIRECT_ACTION_(GREECE)`` -> (.., [``GREECE``])."""
    inner = re.findall(r"\(([^()]*)\)", phrase)
    outer = re.sub(r"\([^()]*\)", " ", phrase)
    return outer, [i.strip("_ ") for i in inner if i.strip("_ ")]


def key_words(phrase: str) -> list[str]:
    return [w.upper() for w in phrase_words(split_parenthetical(phrase)[0])]


def strip_titles(words: list[str]) -> list[str]:
    """``SECRETARY-GENERAL BAN KI-MOON`` -> ``BAN KI-MOON``; keeps at least two words."""
    while len(words) > 2 and words[0].lower() in TITLES:
        words = words[1:]
    return words


def org_words(words: list[str]) -> bool:
    lows = [w.lower().strip("'") for w in words]
    return any(w in ORG_WORDS or w.rstrip("s") in ORG_WORDS or re.search(r"\d", w) for w in lows)


def function_words(words: list[str]) -> bool:
    return any(w.lower() in FUNCTION_WORDS for w in words)


def looks_like_org(words: list[str]) -> bool:
    return org_words(words) or function_words(words)


# --------------------------------------------------------------------------------------
# Building the actor table
# --------------------------------------------------------------------------------------


@dataclass
class Actor:
    key: str
    kind: str
    names: list[str]
    rows: list[tuple[str, str, str]]  # (code, start, end)
    countries: set[str] = field(default_factory=set)


def is_place_code(code: str) -> bool:
    """A country or territory code with no agent: UKR, USRUKR, KSVUNO, FRAGUF, IRQOCC."""
    agents = set(CAMEO_AGENT_SECTOR) | CAMEO_OTHER_AGENTS
    return (
        len(code) % 3 == 0
        and code[:3] not in agents
        and not any(code[i : i + 3] in agents for i in range(3, len(code), 3))
    )


def is_country_entry(entry: Entry) -> bool:
    """A country, territory or city name (``UKRAINE_ [USRUKR <910824] [UKR >911221]``,
    ``KABUL_``, ``FRENCH_GUIANA_ [FRAGUF]``): every code is a place code. Only asked of
    Phoenix.Countries.actors.txt entries."""
    return bool(entry.codes) and all(is_place_code(c) for c, _, _ in entry.codes)


def known_countries_of(entries: list[Entry]) -> frozenset[str]:
    """Country codes that head Phoenix's country-name entries, in PLOVER spelling."""
    known = {
        c
        for e in entries
        if e.source == ACTOR_FILES[0]
        for c, _, _ in e.codes
        if len(c) == 3 and c.isalpha()
    }
    known |= {"PSE", "HKG", "KOS", "SSD", "MNE", "SRB", "TLS", "DDR"}
    # MUS heads Mauritius's entries; as a later chunk (PSEREBMUS) it is CAMEO's Muslim
    return frozenset(
        known
        - CAMEO_REGIONS
        - FICTIONAL_COUNTRIES
        - set(CAMEO_TO_PLOVER_COUNTRY)
        - PLOVER_INTERNATIONAL
    )


def classify(
    entry: Entry, words: list[str], first_names: frozenset[str], known_countries: frozenset[str]
) -> str:
    """person, org, igo or group, from the name's words, the file, comments and codes."""
    codes = [c for c, _, _ in entry.codes]
    countries = {plover_country(c, known_countries) for c in codes}
    sectors = {plover_sector(c, known_countries) for c in codes}
    dated = any(s or e for _, s, e in entry.codes)
    core = strip_titles(words)
    person = False
    phrases = [key_words(p) for p in [entry.base, *entry.synonyms]]
    mostly_org = 2 * sum(1 for p in phrases if org_words(p)) > len(phrases)
    if not org_words(words) and "MNC" not in countries and not mostly_org:
        if re.search(r"CountryInfo|IGOrulers", entry.comment) and len(words) <= 6:
            person = True  # the person lists of CountryInfo.txt ("In Tam", "Lai in Jaw")
        elif not function_words(words):
            if (
                len(core) >= 2
                and (core[0] in first_names or re.fullmatch(r"[A-Z]\.", core[0]))
                and (
                    entry.source != ACTOR_FILES[0]
                    or dated
                    or sectors & {"ELI", "OPP", "GOV", "REB", "MIL"}
                )
            ):
                person = True  # MANFRED WERNER, A. G. KISHORE (but not SHIN BET [ISRSPY])
            elif len(core) >= 2 and dated and entry.source != ACTOR_FILES[2]:
                person = True  # SECRETARY-GENERAL BAN KI-MOON [IGOUNO >20070101]
            elif (
                entry.source == ACTOR_FILES[0]
                and 2 <= len(words) <= 4
                and not any(w.lower() in TITLES or w.lower() in NOT_PERSON_WORDS for w in words)
                and not sectors & {"REB", "UAF", "PRM"}
                and (dated or sectors & {"ELI", "OPP"})
            ):
                person = True  # FETHULLAH_GULEN [TURELIMUS], SELAHATTIN_DEMIRTAS [TURELI]
            elif len(core) == 1 and dated and entry.source == ACTOR_FILES[1]:
                person = True  # HAMMARSKJOLD_ [IGOUNO 530410-610918]
            elif entry.base.endswith("__") and len(core) >= 2:
                person = True  # the "__" block of MilNonState lists militants by name
    if person:
        return "person"
    if countries & {"UNO", "EUR", "IGO"}:
        return "igo"
    if countries & {"IMG"} or sectors & {"REB", "UAF", "PRM"} or entry.source == ACTOR_FILES[2]:
        return "group"
    return "org"


def collect_first_names(entries: list[Entry]) -> frozenset[str]:
    """First words of the CountryInfo person lists: MOHAMMAD, SERGEY, JOHN, ..."""
    names: set[str] = set()
    for e in entries:
        if "CountryInfo" not in e.comment:
            continue
        words = strip_titles(key_words(e.base))
        if len(words) >= 2 and not looks_like_org(words):
            names.add(words[0])
    return frozenset(
        w
        for w in names
        if len(w) >= 3
        and w.isalpha()
        and w.lower() not in STOPWORDS
        and w.lower() not in PARTICLES
        and w.lower() not in TITLES
    )


def is_subsequence(short: str, long: str) -> bool:
    """IRA in IRA (Irish Republican Army), PDFLP in PDFFTLOP."""
    it = iter(long)
    return all(ch in it for ch in short)


def merge_key(key: str) -> str:
    """Spelling-insensitive form of a key: BAN_KI-MOON and BAN_KI_MOON are one actor."""
    return re.sub(r"[-_.' ]+", "_", key)


def contained(row: tuple[str, str, str], other: tuple[str, str, str]) -> bool:
    """`row` adds nothing to `other`: same code, and a date range inside the other's."""
    if row == other or row[0] != other[0] or not (row[1] or row[2]):
        return False
    return (not other[1] or (row[1] and row[1] >= other[1])) and (
        not other[2] or (row[2] and row[2] <= other[2])
    )


def read_reserved_names(extra: Path | None) -> dict[str, set[str]]:
    """Names of the hand-written actors (lowercased) -> their keys.

    actors_extra.tsv is the curated, current part of the dictionary: a name it gives an actor
    is taken out of every generated actor with another key, so that "Vance" is JD Vance
    rather than Phoenix's only Vance (Cyrus), and "Islamic Jihad" the Palestinian group.
    """
    reserved: dict[str, set[str]] = defaultdict(set)
    if extra is None or not extra.is_file():
        return reserved
    with extra.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh.read().split("\n") if line and not line.startswith("#")]
    for row in list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]:
        for name in row[1].split("|"):
            reserved[name.lower()].add(row[0])
    return reserved


def build_actors(
    phoenix: Path, reserved: dict[str, set[str]] | None = None
) -> tuple[list[Actor], dict[str, int]]:
    stats: Counter[str] = Counter()
    entries: list[Entry] = []
    for name in ACTOR_FILES:
        entries += read_actor_file(phoenix / name)
    stats["entries read"] = len(entries)
    known = known_countries_of(entries)
    country_entries = [e for e in entries if e.source == ACTOR_FILES[0] and is_country_entry(e)]
    country_names = {
        " ".join(phrase_words(split_parenthetical(p)[0])).lower()
        for e in country_entries
        for p in [e.base, *e.synonyms]
    }
    first_names = collect_first_names(entries)

    # acronyms: the parenthesised short forms, ARMY_(IRA)_, unless also used as a plain word
    plain_words: Counter[str] = Counter(
        w.lower()
        for e in entries
        for p in [e.base, *e.synonyms]
        for w in phrase_words(split_parenthetical(p)[0])
        if len(phrase_words(split_parenthetical(p)[0])) > 1
    )
    acronyms: set[str] = set()
    for e in entries:
        for p in [e.base, *e.synonyms]:
            for inner in split_parenthetical(p)[1]:
                w = phrase_words(inner)
                initials = "".join(x[0] for x in key_words(p) if x[0].isalpha())
                if (
                    len(w) == 1
                    and 2 <= len(w[0]) <= 6
                    and w[0].isalpha()
                    and w[0].lower() not in country_names
                    and w[0].lower() not in STOPWORDS
                    and (
                        plain_words[w[0].lower()] == 0
                        or (
                            is_subsequence(w[0].upper(), initials)
                            and plain_words[w[0].lower()] <= 5
                        )
                    )
                ):
                    acronyms.add(w[0].upper())
    frozen_acronyms = frozenset(acronyms - NOT_ACRONYMS)

    # 1. entries -> actors, merging entries that share a key (the same actor listed twice)
    by_key: dict[str, Actor] = {}
    by_merge_key: dict[str, list[Actor]] = defaultdict(list)
    for e in entries:
        if e.source == ACTOR_FILES[0] and is_country_entry(e):
            stats["skipped: country-name entries"] += 1
            continue
        if not e.codes:
            stats["skipped: entries without a code"] += 1
            continue
        if {c[:3] for c, _, _ in e.codes} & FICTIONAL_COUNTRIES:
            stats["skipped: fictional (Kinakuta)"] += 1
            continue
        words = key_words(e.base)
        if not words:
            continue
        kind = classify(e, words, first_names, known)
        kwords = strip_titles(words) if kind == "person" else words
        key = unicodedata.normalize("NFKD", "_".join(kwords).replace("/", "-"))
        key = re.sub(r"[^A-Z0-9_.'&-]", "", key.upper())
        key = re.sub(r"_+", "_", key).strip("_.-'")
        if not key:
            continue
        person = kind == "person"
        names = [display_name(" ".join(kwords), person, frozen_acronyms)]
        for p in [e.base, *e.synonyms]:
            outer, inner = split_parenthetical(p)
            if phrase_words(outer):
                names.append(display_name(outer, person, frozen_acronyms))
            for i in inner:
                w = phrase_words(i)
                if len(w) == 1 and w[0].upper() in frozen_acronyms:
                    names.append(w[0].upper())
        iso = {plover_country(c, known) for c, _, _ in e.codes} - {""}
        same = [
            a
            for a in by_merge_key[merge_key(key)]
            # the same name and kind: one actor, unless two organisations of different
            # countries (the ELN of Colombia and of Bolivia); a person listed under two
            # countries is one person (Elizabeth II, Catherine Ashton GBR and EU)
            if a.kind == kind
            and (kind == "person" or a.countries & iso or not a.countries or not iso)
        ]
        if same:
            actor = same[0]
            actor.names += names
            actor.rows += [r for r in e.codes if r not in actor.rows]
            actor.countries |= iso
            if "-" in key and "-" not in actor.key and key not in by_key:
                del by_key[actor.key]  # prefer the hyphenated spelling: BAN_KI-MOON
                actor.key = key
                actor.names.insert(0, names[0])
                by_key[key] = actor
            stats["merged: duplicate entries"] += 1
            continue
        if key in by_key:  # a namesake: qualify the key with the country
            key = f"{key}_{sorted(iso)[0] if iso else kind.upper()}"
            n, base_key = 2, key
            while key in by_key:
                key, n = f"{base_key}_{n}", n + 1
            stats["namesakes with a qualified key"] += 1
        actor = Actor(key, kind, names, list(dict.fromkeys(e.codes)), set(iso))
        by_key[key] = actor
        by_merge_key[merge_key(key)].append(actor)

    actors = sorted(by_key.values(), key=lambda a: a.key)

    # 2. surname-only forms, only when unambiguous in the whole dictionary
    owners: dict[str, set[str]] = defaultdict(set)  # every name, lowercased -> keys
    surname_owners: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        for n in a.names:
            owners[n.lower()].add(a.key)
        if a.kind == "person" and len(a.names[0].split()) >= 2:
            surname_owners[a.names[0].split()[-1].lower()].add(a.key)
    for a in actors:
        words = a.names[0].split()
        if a.kind != "person" or len(words) < 2 or "of" in words:
            continue  # "Robertson of Port Ellen" is not "Ellen"
        surname = words[-1]
        low = surname.lower()
        if (
            len(re.sub(r"[^\w]|\d", "", surname)) >= 5
            and surname[0].isupper()
            and surname_owners[low] == {a.key}
            and owners.get(low, {a.key}) == {a.key}
            and low not in country_names
            and low not in STOPWORDS
            and not ROMAN.match(low)
            and not (reserved and reserved.get(low, {a.key}) != {a.key})
        ):
            if low not in owners:
                stats["surname-only names added"] += 1
            a.names.append(surname)

    # 3. filtering: short names, common words, country names, ambiguous single words
    for a in actors:
        kept: list[str] = []
        seen: set[str] = set()
        for n in a.names:
            low = n.lower()
            if low in seen:
                continue
            seen.add(low)
            if len(n) < 3 or not re.search(r"[A-Za-z]", n):
                stats["names dropped: shorter than 3"] += 1
            elif " " not in n and low in STOPWORDS:
                stats["names dropped: common word"] += 1
            elif low in country_names:
                stats["names dropped: country name"] += 1
            elif " " not in n and len(owners[low]) > 1:
                stats["names dropped: single word of several actors"] += 1
            elif reserved and low in reserved and a.key not in reserved[low]:
                stats["names dropped: name of another actor in actors_extra.tsv"] += 1
            else:
                kept.append(n)
        head = kept[:1]
        a.names = head + sorted(set(kept[1:]) - set(head), key=lambda s: (s.lower(), s))
        a.rows = [r for r in a.rows if not any(contained(r, o) for o in a.rows)]
    dropped = [a for a in actors if not a.names]
    stats["skipped: actors left without a name"] = len(dropped)
    return [a for a in actors if a.names], dict(stats)


def actor_rows(actors: list[Actor], known: frozenset[str]) -> list[list[str]]:
    out = []
    for a in actors:
        seen = set()
        for code, start, end in a.rows:
            if start and end and start > end:
                start, end = end, start
            if (code, start, end) in seen:
                continue
            seen.add((code, start, end))
            out.append(
                [
                    a.key,
                    "|".join(a.names),
                    a.kind,
                    code,
                    plover_country(code, known),
                    plover_sector(code, known),
                    start,
                    end,
                ]
            )
    out.sort(key=lambda r: (r[0], r[6], r[7], r[3]))
    return out


def reference_countries(phoenix: Path) -> frozenset[str]:
    return known_countries_of(read_actor_file(phoenix / ACTOR_FILES[0]))


# --------------------------------------------------------------------------------------
# Roles (agents)
# --------------------------------------------------------------------------------------

ORG_HEADS = _words(
    "group society organization organisation center centre party agency ngo alliance "
    "association movement committee"
)
#: Agent phrases that are no role noun on their own (too vague to give a sector).
NOT_ROLES = FUNCTION_WORDS | _words("retired actor prison jail")  # places people are held in, not actors
TRAILING_PREPOSITIONS = _words("of to in for at from on")


def _singulars(forms: list[str]) -> list[str]:
    """Drop the plurals from a substitution set: MAN, MEN, WOMAN, WOMEN -> MAN, WOMAN."""
    out = []
    for f in forms:
        plural = any(
            f in (g + "S", g + "ES")
            or (g.endswith("MAN") and f == g[:-3] + "MEN")
            or (g.endswith("Y") and f == g[:-1] + "IES")
            for g in forms
            if g != f
        )
        if not plural:
            out.append(f)
    return out


IRREGULAR_PLURALS = {
    "children": "child",
    "people": "people",
    "persons": "person",
    "men": "man",
    "women": "woman",
    "police": "police",
    "clergy": "clergy",
}
#: Last words that are not plurals although they end in -s.
NOT_PLURAL = _words(
    "news police people media arms forces clergy military press series species status "
    "chassis corps aids isis us gas bus lens politics economics physics analysis crisis "
    "basis thesis diagnosis christmas alias atlas bias campus census virus rights"
)


def singular(term: str) -> str:
    """A conservative English singular of a role phrase's head noun: the last word, or the
    word before the first preposition (``chiefs of staff`` -> ``chief of staff``)."""
    words = term.split()
    head = len(words) - 1
    for i, w in enumerate(words[1:], 1):
        if w in ("of", "for", "against", "in", "on", "to", "from", "with"):
            head = i - 1
            break
    last = words[head]
    if last in IRREGULAR_PLURALS:
        words[head] = IRREGULAR_PLURALS[last]
        return " ".join(words)
    if last in NOT_PLURAL or len(last) < 4 or not last.isalpha():
        return term
    for suffix, repl in (
        ("ies", "y"),
        ("men", "man"),
        ("sses", "ss"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("xes", "x"),
        ("ves", "ve"),
    ):
        if last.endswith(suffix):
            words[head] = last[: -len(suffix)] + repl
            return " ".join(words)
    if last.endswith("s") and not last.endswith(("ss", "us", "is", "ics", "ous")):
        words[head] = last[:-1]
    return " ".join(words)


def role_sector(term: str, cameo: str) -> tuple[str, bool]:
    """PLOVER sector for an agent code, and whether the code itself gave it. CAMEO's issue
    codes (NGO, HRI, ENV, DEV) give civil society (SOC) for organisations and civilians
    (CVL, "activists") for people; a ministry or agency is the government."""
    sector = agent_sector(cameo)
    if sector:
        return sector, True
    chunks = {cameo[i : i + 3] for i in range(0, len(cameo) - 2, 3)}
    if re.search(r"minist|department|deparment|agency|government", term):
        return "GOV", False  # "ministry of the environment [~ENV]"
    if chunks & {"NGO", "HRI", "ENV", "DEV"}:
        org = set(term.split()) & ORG_HEADS or term in ("ngo", "civil society")
        return ("SOC" if org else "CVL"), False
    return "", False


def build_roles(phoenix: Path) -> tuple[list[list[str]], dict[str, int]]:
    stats: Counter[str] = Counter()
    subst: dict[str, list[str]] = {}
    found: dict[str, tuple[str, str, bool]] = {}
    order: list[str] = []
    conflicts: list[str] = []
    text = (phoenix / AGENTS_FILE).read_text(encoding="utf-8", errors="replace")
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line)
        if m:
            subst[m.group(1)] = _singulars([w.strip() for w in m.group(2).split(",") if w.strip()])
            continue
        cm = re.search(r"\[([^\]}]*)[\]}]", line)
        if not cm:
            stats["agent lines without a code"] += 1
            continue
        code = cm.group(1).strip()
        phrase = re.sub(r"\{[^}]*\}", " ", line[: cm.start()]).strip()
        if not code.startswith("~"):
            stats["roles dropped: no sector (" + code + ")"] += 1
            continue
        cameo = code[1:]
        forms = [phrase]
        for marker, values in subst.items():
            forms = [
                f.replace(marker, v) for f in forms for v in (values if marker in f else [marker])
            ]
        for f in forms:
            term = re.sub(r"\s+", " ", f.replace("_", " ")).strip().lower()
            words = term.split()
            while words and words[-1] in TRAILING_PREPOSITIONS:
                words.pop()
            while len(words) > 1 and words[0] in ("a", "an", "the"):
                words.pop(0)
            term = singular(" ".join(words)) if words else ""
            if len(term) < 3 or term in NOT_ROLES:
                stats["roles dropped: short or common"] += 1
                continue
            sector, direct = role_sector(term, cameo)
            if not sector:
                stats[f"roles dropped: no sector (~{cameo})"] += 1
                continue
            if term in found:
                if found[term][:2] != (sector, cameo):
                    if direct and not found[term][2]:  # a code with a sector beats a guess
                        conflicts.append(f"{term}: {cameo} kept, {found[term][1]} dropped")
                        found[term] = (sector, cameo, direct)
                    else:
                        conflicts.append(f"{term}: {found[term][1]} kept, {cameo} dropped")
                    stats["roles: same term with two codes (one kept)"] += 1
                continue
            found[term] = (sector, cameo, direct)
            order.append(term)
    rows = []
    for term in sorted(found):
        sector, cameo, _ = found[term]
        chunks = [cameo[i : i + 3] for i in range(0, len(cameo), 3)]
        giver = next(
            (c for c in chunks if c in CAMEO_AGENT_SECTOR and c not in CAMEO_RELIGIONS),
            next((c for c in chunks if c in CAMEO_RELIGIONS), ""),
        )
        note = {
            "MED": "CAMEO MED (media) = PLOVER JRN",
            "HLH": "CAMEO HLH (health) = PLOVER MED",
            "PPL": "CAMEO PPL (people) = PLOVER CVL",
        }.get(giver, "")
        if not giver:
            note = f"CAMEO {cameo} has no PLOVER sector; {sector} from the term"
        rows.append([term, "word", sector, cameo, "", note])
    stats["roles"] = len(rows)
    if os.environ.get("CHRONIST_VERBOSE"):
        for c in conflicts:
            print("role conflict:", c, file=sys.stderr)
    return rows, dict(stats)


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------

ACTORS_HEADER = (
    "# Generated by scripts/build_actor_lexicon.py from the Phoenix (TABARI/PETRARCH2) actor "
    "dictionaries (MIT, Open Event Data Alliance). Do not edit by hand: add actors to "
    "actors_extra.tsv.\n"
)
ROLES_HEADER = (
    "# Generated by scripts/build_actor_lexicon.py from Phoenix.agents.txt (MIT, Open Event "
    "Data Alliance). Do not edit by hand.\n"
)


def write_tsv(path: Path, header_comment: str, columns: list[str], rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(header_comment)
        w = csv.writer(
            fh,
            delimiter="\t",
            lineterminator="\n",
            quoting=csv.QUOTE_NONE,
            quotechar=None,
            escapechar=None,
        )
        w.writerow(columns)
        for row in rows:
            if any("\t" in c or "\n" in c for c in row):
                raise ValueError(f"cell with a tab or newline: {row}")
            w.writerow(row)


def build(phoenix: Path, out: Path = OUT, extra: Path | None = EXTRA) -> dict[str, int]:
    """Build xx/actors.tsv and en/roles.tsv under `out`; return counts. The names of the
    hand-written actors in `extra` are kept out of the generated ones."""
    actors, stats = build_actors(phoenix, read_reserved_names(extra))
    rows = actor_rows(actors, reference_countries(phoenix))
    write_tsv(out / "xx" / "actors.tsv", ACTORS_HEADER, ACTOR_COLUMNS, rows)
    roles, role_stats = build_roles(phoenix)
    write_tsv(out / "en" / "roles.tsv", ROLES_HEADER, ROLE_COLUMNS, roles)
    counts: dict[str, int] = {"actors": len(actors), "actor rows": len(rows)}
    for kind in KINDS:
        counts[f"{kind} actors"] = sum(1 for a in actors if a.kind == kind)
        counts[f"{kind} rows"] = sum(1 for r in rows if r[2] == kind)
    counts.update(stats)
    counts.update(role_stats)
    return counts


def default_phoenix() -> Path:
    data = os.environ.get("CHRONIST_REFERENCE_DATA", str(ROOT.parent / "shared" / "data"))
    return Path(data) / "phoenix"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--phoenix",
        type=Path,
        default=default_phoenix(),
        help="folder with the Phoenix dictionaries (default: $CHRONIST_REFERENCE_DATA/phoenix)",
    )
    parser.add_argument(
        "--out", type=Path, default=OUT, help="lexicon root (default: src/chronist/lexicons)"
    )
    parser.add_argument(
        "--extra",
        type=Path,
        default=EXTRA,
        help="hand-written actors whose names are reserved (default: the committed "
        "src/chronist/lexicons/xx/actors_extra.tsv)",
    )
    args = parser.parse_args(argv)
    if not (args.phoenix / ACTOR_FILES[0]).is_file():
        print(f"no Phoenix dictionaries in {args.phoenix}", file=sys.stderr)
        return 2
    counts = build(args.phoenix, args.out, args.extra)
    for name, n in counts.items():
        print(f"{name}: {n}")
    for rel in ("xx/actors.tsv", "en/roles.tsv"):
        path = args.out / rel
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
