"""scripts/build_actor_lexicon.py and the actor dictionaries it writes (xx/actors.tsv,
en/roles.tsv), plus the hand-written xx/actors_extra.tsv.

The tests on the real Phoenix dictionaries need the reference data (CHRONIST_REFERENCE_DATA,
default <repo>/../shared/data) and are skipped without it; the parser is also tested on a
small made-up dictionary, and actors_extra.tsv is checked without any reference data.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from pathlib import Path

import pytest

from tests.scripts_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
LEXICONS = ROOT / "src" / "chronist" / "lexicons"
REFERENCE = Path(os.environ.get("CHRONIST_REFERENCE_DATA", str(ROOT.parent / "shared" / "data")))
PHOENIX = REFERENCE / "phoenix"


bal = load_script("build_actor_lexicon")

needs_reference = pytest.mark.skipif(
    not (PHOENIX / "Phoenix.Countries.actors.txt").is_file(),
    reason=f"Phoenix dictionaries not found in {PHOENIX} (set CHRONIST_REFERENCE_DATA)",
)


def read_tsv(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a lexicon file (comment lines skipped)."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh.read().split("\n") if line and not line.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[0], rows[1:]


def by_key(rows: list[list[str]]) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        out.setdefault(row[0], []).append(dict(zip(bal.ACTOR_COLUMNS, row, strict=True)))
    return out


def is_date(text: str) -> bool:
    try:
        return dt.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


# --------------------------------------------------------------------------------------
# Units that need no reference data
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("040309", "2004-03-09"),
        ("300101", "2030-01-01"),  # 00-30 -> 20xx
        ("310101", "1931-01-01"),  # else 19xx
        ("991231", "1999-12-31"),
        ("20040309", "2004-03-09"),
        ("19270101", "1927-01-01"),
        ("2004017", ""),  # a 7-digit typo in Phoenix: no date rather than a wrong one
        ("010231", "2001-02-28"),  # past the month's end: its last day
        ("", ""),
    ],
)
def test_parse_date(text: str, iso: str) -> None:
    assert bal.parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("RUSGOV >20040309", ("RUSGOV", "2004-03-09", "")),
        ("EGYGOV > 140608", ("EGYGOV", "2014-06-08", "")),
        ("HTIOPPMED <061231", ("HTIOPPMED", "", "2006-12-31")),
        ("AFGELI 750101-000101", ("AFGELI", "1975-01-01", "2000-01-01")),
        ("IGOUNO", ("IGOUNO", "", "")),
        ("---", None),
        ("s", None),
    ],
)
def test_parse_code(text: str, parsed: tuple[str, str, str] | None) -> None:
    assert bal.parse_code(text) == parsed


@pytest.mark.parametrize(
    ("code", "country", "sector"),
    [
        ("RUSGOV", "RUS", "GOV"),
        ("AFGGOVAGR", "AFG", "GOV"),
        ("IGOUNO", "UNO", ""),
        ("IGOUNOJUDICJ", "UNO", "JUD"),
        ("IGOUNOHLHWHO", "UNO", "MED"),  # CAMEO HLH (health) is PLOVER MED
        ("IGOEUREEC", "EUR", ""),
        ("IGOEURCOE", "IGO", ""),  # the Council of Europe is not the EU
        ("IGOWSTNAT", "IGO", ""),
        ("IGOBUSIMF", "IGO", ""),  # an economic IGO, not business people
        ("IGOJUDICC", "IGO", "JUD"),
        ("NGOHRI", "NGO", ""),
        ("MNCUSAMED", "MNC", "JRN"),  # CAMEO MED (media) is PLOVER JRN
        ("GBRMED", "GBR", "JRN"),
        ("PSEREBHMS", "PSE", "REB"),
        ("SYRREBMUS", "SYR", "REB"),
        ("IMGMUSALQ", "IMG", ""),
        ("KSVGOV", "KOS", "GOV"),  # PLOVER writes Kosovo KOS
        ("WEUREB", "", "REB"),  # a CAMEO region: no country
        ("RUSPRM", "RUS", "PRM"),
    ],
)
def test_cameo_to_plover(code: str, country: str, sector: str) -> None:
    assert bal.plover_country(code) == country
    assert bal.plover_sector(code) == sector


def test_display_names() -> None:
    acr: frozenset[str] = frozenset({"IRA"})
    assert bal.display_name("SERGEY_VIKTOROVICH_LAVROV_", True, acr) == "Sergey Viktorovich Lavrov"
    assert bal.display_name("BASHAR_AL-ASSAD", True, acr) == "Bashar al-Assad"
    assert bal.display_name("BAN_KI-MOON", True, acr) == "Ban Ki-moon"
    assert bal.display_name("JOHN_MCCAIN_", True, acr) == "John McCain"
    assert bal.display_name("UN_SECRETARY-GENERAL_BAN_KI-MOON", True, acr) == (
        "UN Secretary-General Ban Ki-moon"
    )
    assert bal.display_name("IRISH_REPUBLICAN_ARMY", False, acr) == "Irish Republican Army"
    assert bal.display_name("CONTINUITY_IRA_", False, acr) == "Continuity IRA"
    assert bal.display_name("UNHCR_", False, acr) == "UNHCR"
    assert bal.display_name("UNITED_NATIONS_COMMISSION_FOR_HUMAN_RIGHTS_", False, acr) == (
        "United Nations Commission for Human Rights"
    )


def test_role_singular() -> None:
    assert bal.singular("foreign ministers") == "foreign minister"
    assert bal.singular("chiefs of staff") == "chief of staff"
    assert bal.singular("political parties") == "political party"
    assert bal.singular("policemen") == "policeman"
    assert bal.singular("center for human rights") == "center for human rights"
    assert bal.singular("police") == "police"


MINI_COUNTRIES = """\
# a made-up dictionary in the Phoenix format
RUSSIA_  [RUS]
+RUSSIAN_FEDERATION_
+MOSCOW_
SOUTH_KOREA_ [KOR]

SERGEY_LAVROV_  # CountryInfo.txt
+SERGEY_VIKTOROVICH_LAVROV_
+SERGEI_LAVROV
\t[RUSGOV 19940922-20040712] # Amb. to UN
\t[RUSGOV >20040309]  # Foreign Minister
LEONID_BREZHNEV_  # CountryInfo.txt
LEONID_ILYICH_BREZHNEV
\t[RUSELI 19240101-641014]
\t[RUSGOV 641014-821110]
IVAN_PETROV_  # CountryInfo.txt
\t[RUSGOV 990101-051231]
OLGA_PETROV_  # CountryInfo.txt
\t[RUSGOVEDU 010101-031231]
NIKOLAI_PRICE_  # CountryInfo.txt
\t[RUSGOV 010101-031231]
RUSSIAN_GROUND_FORCES_
+ARMY_
\t[RUSMIL]
NO_CODE_HERE_

KREMLIN_GUARD_  [---]
"""
MINI_INTERNATIONAL = """\
THE_UNITED_NATIONS_ [IGOUNO]
SECRETARY-GENERAL_BAN_KI-MOON
+BAN_KI-MOON
\t[IGOUNO >20070101]
\t[KORGOVBUS 2004017-20061201]
AMNESTY_INTERNATIONAL_\t[NGOHRIAMN]# NGO_Actors
"""
MINI_MILNONSTATE = """\
IRISH_REPUBLICAN_ARMY_(IRA)_ [WEUREB] #  kkl 21 Mar 13
+PROVOS_
"""
MINI_AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
FOREIGN_!MINIST! [~GOV]
POLICE!PERSON! [~COP]
CORRESPONDENT [~MED]
HEALTH_WORKERS {} [~HLH]
HUMAN_RIGHTS_GROUP [~HRI]
EXTREMIST [~RAD]
"""


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict]:
    phoenix = tmp_path_factory.mktemp("phoenix")
    (phoenix / "Phoenix.Countries.actors.txt").write_text(MINI_COUNTRIES, encoding="utf-8")
    (phoenix / "Phoenix.International.actors.txt").write_text(MINI_INTERNATIONAL, encoding="utf-8")
    (phoenix / "Phoenix.MilNonState.actors.txt").write_text(MINI_MILNONSTATE, encoding="utf-8")
    (phoenix / "Phoenix.agents.txt").write_text(MINI_AGENTS, encoding="utf-8")
    out = tmp_path_factory.mktemp("lexicons")
    bal.build(phoenix, out, extra=None)
    header, rows = read_tsv(out / "xx" / "actors.tsv")
    assert header == bal.ACTOR_COLUMNS
    role_header, roles = read_tsv(out / "en" / "roles.tsv")
    assert role_header == bal.ROLE_COLUMNS
    return by_key(rows), {r[0]: r for r in roles}


def test_mini_persons_and_dates(mini: tuple[dict, dict]) -> None:
    actors, _ = mini
    lavrov = actors["SERGEY_LAVROV"]
    assert {(r["code"], r["start"], r["end"]) for r in lavrov} == {
        ("RUSGOV", "1994-09-22", "2004-07-12"),
        ("RUSGOV", "2004-03-09", ""),
    }
    names = lavrov[0]["names"].split("|")
    assert names[0] == "Sergey Lavrov"
    assert {"Sergey Viktorovich Lavrov", "Sergei Lavrov", "Lavrov"} <= set(names)
    assert all(r["kind"] == "person" and r["country"] == "RUS" for r in lavrov)
    # name lines without "+" before the codes are synonyms of the entry above
    brezhnev = actors["LEONID_BREZHNEV"]
    assert "Leonid Ilyich Brezhnev" in brezhnev[0]["names"].split("|")
    assert {(r["code"], r["start"]) for r in brezhnev} == {
        ("RUSELI", "1924-01-01"),
        ("RUSGOV", "1964-10-14"),
    }


def test_mini_surnames(mini: tuple[dict, dict]) -> None:
    actors, _ = mini
    # "Petrov" belongs to two people: no surname-only form; "Price" is a common word
    assert actors["IVAN_PETROV"][0]["names"] == "Ivan Petrov"
    assert actors["OLGA_PETROV"][0]["names"] == "Olga Petrov"
    assert actors["NIKOLAI_PRICE"][0]["names"] == "Nikolai Price"
    assert actors["LEONID_BREZHNEV"][0]["names"].split("|").count("Brezhnev") == 1


def test_mini_skips_and_kinds(mini: tuple[dict, dict]) -> None:
    actors, _ = mini
    assert not {"RUSSIA", "RUSSIAN_FEDERATION", "MOSCOW"} & set(actors)  # country names
    assert "NO_CODE_HERE" not in actors and "KREMLIN_GUARD" not in actors
    forces = actors["RUSSIAN_GROUND_FORCES"][0]
    assert forces["kind"] == "org" and forces["sector"] == "MIL"
    assert "Army" not in forces["names"].split("|")  # a common word on its own
    ban = actors["BAN_KI-MOON"]
    assert {(r["code"], r["country"], r["start"], r["end"]) for r in ban} == {
        ("IGOUNO", "UNO", "2007-01-01", ""),
        ("KORGOVBUS", "KOR", "", "2006-12-01"),
    }
    assert ban[0]["kind"] == "person" and ban[0]["names"].startswith("Ban Ki-moon|")
    assert actors["THE_UNITED_NATIONS"][0]["kind"] == "igo"
    amnesty = actors["AMNESTY_INTERNATIONAL"][0]
    assert (amnesty["kind"], amnesty["country"], amnesty["sector"]) == ("org", "NGO", "")
    ira = actors["IRISH_REPUBLICAN_ARMY"][0]
    assert ira["kind"] == "group" and ira["country"] == "" and ira["sector"] == "REB"
    assert set(ira["names"].split("|")) == {"Irish Republican Army", "IRA", "Provos"}


def test_mini_reserved_names(tmp_path: Path) -> None:
    """A name of a hand-written actor is taken out of generated actors with other keys."""
    phoenix = tmp_path / "phoenix"
    phoenix.mkdir()
    (phoenix / "Phoenix.Countries.actors.txt").write_text(MINI_COUNTRIES, encoding="utf-8")
    for name in ("International", "MilNonState"):
        (phoenix / f"Phoenix.{name}.actors.txt").write_text("", encoding="utf-8")
    (phoenix / "Phoenix.agents.txt").write_text(MINI_AGENTS, encoding="utf-8")
    extra = tmp_path / "actors_extra.tsv"
    extra.write_text(
        "\t".join(bal.ACTOR_COLUMNS) + "\n"
        "LEONID_BREZHNEV_JR\tLeonid Brezhnev Jr.|Brezhnev\tperson\tRUSBUS\tRUS\tBUS\t\t\n"
        "SERGEY_LAVROV\tSergey Lavrov|Lavrov\tperson\tRUSGOV\tRUS\tGOV\t2004-03-09\t\n",
        encoding="utf-8",
    )
    bal.build(phoenix, tmp_path / "out", extra=extra)
    _, rows = read_tsv(tmp_path / "out" / "xx" / "actors.tsv")
    actors = by_key(rows)
    assert "Brezhnev" not in actors["LEONID_BREZHNEV"][0]["names"].split("|")
    assert "Lavrov" in actors["SERGEY_LAVROV"][0]["names"].split("|")  # the same key keeps it


def test_mini_roles(mini: tuple[dict, dict]) -> None:
    _, roles = mini
    assert roles["foreign minister"][1:5] == ["word", "GOV", "GOV", ""]
    assert roles["foreign ministry"][2] == "GOV"
    assert "foreign ministers" not in roles
    assert roles["policeman"][2:4] == ["COP", "COP"]
    assert roles["policewoman"][2] == "COP"
    assert roles["correspondent"][2:4] == ["JRN", "MED"]
    assert roles["health worker"][2:4] == ["MED", "HLH"]
    assert roles["human rights group"][2] == "SOC"
    assert "extremist" not in roles  # CAMEO RAD has no PLOVER sector


# --------------------------------------------------------------------------------------
# The real dictionaries
# --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (PHOENIX / "Phoenix.Countries.actors.txt").is_file():
        pytest.skip(f"Phoenix dictionaries not found in {PHOENIX} (set CHRONIST_REFERENCE_DATA)")
    out = tmp_path_factory.mktemp("lexicons")
    bal.build(PHOENIX, out)
    return out


@pytest.fixture(scope="module")
def fresh_actors(fresh: Path) -> dict[str, list[dict[str, str]]]:
    header, rows = read_tsv(fresh / "xx" / "actors.tsv")
    assert header == bal.ACTOR_COLUMNS
    return by_key(rows)


@pytest.mark.reference
@needs_reference
def test_lavrov(fresh_actors: dict[str, list[dict[str, str]]]) -> None:
    rows = fresh_actors["SERGEY_LAVROV"]
    assert any(
        r["code"] == "RUSGOV" and r["start"] == "2004-03-09" and r["end"] == "" for r in rows
    )
    names = rows[0]["names"].split("|")
    assert names[0] == "Sergey Lavrov"
    assert {"Sergey Viktorovich Lavrov", "Sergei Lavrov", "Lavrov"} <= set(names)
    assert all((r["kind"], r["country"], r["sector"]) == ("person", "RUS", "GOV") for r in rows)


@pytest.mark.reference
@needs_reference
def test_ban_ki_moon(fresh_actors: dict[str, list[dict[str, str]]]) -> None:
    rows = fresh_actors["BAN_KI-MOON"]
    un = [r for r in rows if r["code"] == "IGOUNO"]
    assert un and un[0]["start"].startswith("2007") and un[0]["country"] == "UNO"
    assert all(r["kind"] == "person" for r in rows)
    assert "Ban Ki-moon" in rows[0]["names"].split("|")


@pytest.mark.reference
@needs_reference
def test_known_actors(fresh_actors: dict[str, list[dict[str, str]]]) -> None:
    def one(key: str) -> dict[str, str]:
        return fresh_actors[key][0]

    assert (one("HAMAS")["kind"], one("HAMAS")["code"]) == ("group", "PSEREBHMS")
    assert (one("TALIBAN")["kind"], one("TALIBAN")["country"]) == ("group", "AFG")
    assert one("UNHCR")["kind"] == "igo" and one("UNHCR")["country"] == "UNO"
    assert one("AMNESTY_INTERNATIONAL")["country"] == "NGO"
    assert one("KOFI_ANNAN")["kind"] == "person"
    assert one("BASHAR_AL-ASSAD")["names"].startswith("Bashar al-Assad")
    # country-name entries are skipped, whatever codes they carry (UKRAINE_ [USRUKR <910824])
    names = {n for rows in fresh_actors.values() for n in rows[0]["names"].split("|")}
    assert not {"Afghanistan", "Russia", "Ukraine", "Kabul", "Moscow"} & names


@pytest.mark.reference
@needs_reference
def test_generated_files_well_formed(fresh: Path) -> None:
    path = fresh / "xx" / "actors.tsv"
    assert path.stat().st_size < 3_000_000
    _, rows = read_tsv(path)
    assert len(rows) > 20_000
    keys = [(r[0], r[6], r[7], r[3]) for r in rows]
    assert keys == sorted(keys)
    names_of: dict[str, str] = {}
    for row in rows:
        assert len(row) == len(bal.ACTOR_COLUMNS), row
        key, names, kind, code, country, sector, start, end = row
        assert re.fullmatch(r"[A-Z0-9][A-Z0-9_.'&-]*", key), key
        assert kind in bal.KINDS
        assert re.fullmatch(r"[A-Z][A-Z0-9]{2,}", code), code
        assert country == "" or re.fullmatch(r"[A-Z]{3}", country)
        assert sector == "" or sector in bal.PLOVER_SECTORS
        assert (start == "" or is_date(start)) and (end == "" or is_date(end))
        assert not (start and end) or start <= end
        parts = names.split("|")
        assert parts and all(len(n) >= 3 for n in parts), row
        assert len(set(parts)) == len(parts)
        assert names_of.setdefault(key, names) == names
    header, roles = read_tsv(fresh / "en" / "roles.tsv")
    assert header == bal.ROLE_COLUMNS
    terms = [r[0] for r in roles]
    assert terms == sorted(set(terms))
    for term, match, sector, cameo, country, _note in roles:
        assert term == term.lower() and match == "word" and country == ""
        assert sector in bal.PLOVER_SECTORS and re.fullmatch(r"[A-Z]{3,}", cameo)


@pytest.mark.reference
@needs_reference
def test_committed_files_match_a_fresh_build(fresh: Path) -> None:
    """The committed lexicons are exactly what the script makes: the data cannot drift."""
    for rel in ("xx/actors.tsv", "en/roles.tsv"):
        committed = (LEXICONS / rel).read_bytes()
        assert committed == (fresh / rel).read_bytes(), (
            f"{rel} differs from a fresh build: run scripts/build_actor_lexicon.py"
        )


# --------------------------------------------------------------------------------------
# The hand-written additions
# --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def extra() -> dict[str, list[dict[str, str]]]:
    header, rows = read_tsv(LEXICONS / "xx" / "actors_extra.tsv")
    assert header == bal.ACTOR_COLUMNS
    for row in rows:
        assert len(row) == len(bal.ACTOR_COLUMNS), row
    return by_key(rows)


def test_extra_rows_valid(extra: dict[str, list[dict[str, str]]]) -> None:
    for key, rows in extra.items():
        assert re.fullmatch(r"[A-Z0-9][A-Z0-9_.'&-]*", key), key
        assert len({(r["names"], r["kind"]) for r in rows}) == 1, key
        names = rows[0]["names"].split("|")
        assert all(n and n == n.strip() for n in names), key
        assert len(set(names)) == len(names), key
        for r in rows:
            assert r["kind"] in bal.KINDS, key
            assert re.fullmatch(r"[A-Z][A-Z0-9]{2,}", r["code"]), key
            assert r["country"] == bal.plover_country(r["code"]), key
            assert r["sector"] == bal.plover_sector(r["code"]), key
            assert r["sector"] == "" or r["sector"] in bal.PLOVER_SECTORS, key
            assert r["start"] == "" or is_date(r["start"]), key
            assert r["end"] == "" or is_date(r["end"]), key
            assert not (r["start"] and r["end"]) or r["start"] <= r["end"], key
        # at any date at most one row of an actor is valid
        spans = sorted((r["start"] or "0000", r["end"] or "9999") for r in rows)
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end < start, f"{key}: overlapping rows"


def test_extra_coverage(extra: dict[str, list[dict[str, str]]]) -> None:
    kinds = [rows[0]["kind"] for rows in extra.values()]
    assert kinds.count("person") >= 150
    assert len(kinds) - kinds.count("person") >= 100


def valid(rows: list[dict[str, str]], day: str) -> dict[str, str]:
    (row,) = [r for r in rows if (r["start"] or "0000") <= day <= (r["end"] or "9999")]
    return row


def test_extra_facts(extra: dict[str, list[dict[str, str]]]) -> None:
    goita = valid(extra["ASSIMI_GOITA"], "2023-02-07")
    assert (goita["code"], goita["sector"]) == ("MLIGOV", "GOV")
    assert "Assimi Goïta" in goita["names"].split("|")
    assert valid(extra["ABDOULAYE_DIOP"], "2023-02-07")["code"] == "MLIGOV"
    lavrov = valid(extra["SERGEY_LAVROV"], "2023-02-07")
    assert lavrov["code"] == "RUSGOV"
    assert {"Sergej Lawrow", "Sergei Lavrov", "Sergey Lavrov", "Lawrow"} <= set(
        lavrov["names"].split("|")
    )
    zelensky = extra["VOLODYMYR_ZELENSKY"][0]["names"].split("|")
    assert {"Wolodymyr Selenskyj", "Volodymyr Zelensky"} <= set(zelensky)
    assert valid(extra["OLAF_SCHOLZ"], "2023-01-01")["code"] == "DEUGOV"
    assert valid(extra["OLAF_SCHOLZ"], "2025-06-01")["code"] != "DEUGOV"
    assert valid(extra["FRIEDRICH_MERZ"], "2025-06-01")["code"] == "DEUGOV"
    trump = extra["DONALD_TRUMP"]
    assert valid(trump, "2018-06-01")["code"] == "USAGOV"
    assert valid(trump, "2022-06-01")["code"] == "USAELI"
    assert valid(trump, "2025-06-01")["code"] == "USAGOV"
    assert valid(extra["JOE_BIDEN"], "2022-06-01")["code"] == "USAGOV"
    assert valid(extra["JOE_BIDEN"], "2025-06-01")["code"] == "USAELI"
    assert valid(extra["VOLKER_TURK"], "2024-01-01")["country"] == "UNO"
    assert valid(extra["ANTONIO_GUTERRES"], "2024-01-01")["code"] == "IGOUNO"
    assert valid(extra["URSULA_VON_DER_LEYEN"], "2024-01-01")["country"] == "EUR"
    assert valid(extra["JENS_STOLTENBERG"], "2020-01-01")["country"] == "IGO"
    assert valid(extra["MARK_RUTTE"], "2025-01-01")["country"] == "IGO"
    assert "Netanjahu" in extra["BENJAMIN_NETANYAHU"][0]["names"].split("|")
    assert "Erdoğan" in extra["RECEP_TAYYIP_ERDOGAN"][0]["names"].split("|")
    wagner = extra["WAGNER_GROUP"][0]
    assert (wagner["kind"], wagner["country"], wagner["sector"]) == ("group", "RUS", "PRM")
    assert "Wagner-Gruppe" in wagner["names"].split("|")
    cma = extra["COORDINATION_OF_AZAWAD_MOVEMENTS"][0]
    assert (cma["country"], cma["sector"]) == ("MLI", "REB")
    assert "Koordination der Azawad-Bewegungen" in cma["names"].split("|")
    minusma = extra["MINUSMA"][0]
    assert (minusma["country"], minusma["sector"], minusma["end"]) == ("UNO", "MIL", "2023-12-31")
    assert extra["AFRICAN_UNION"][0]["country"] == "IGO"
    assert extra["EUROPEAN_UNION"][0]["country"] == "EUR"
    assert extra["UNITED_NATIONS"][0]["country"] == "UNO"
    assert valid(extra["RAPID_SUPPORT_FORCES"], "2024-01-01")["sector"] == "REB"
    assert extra["DPA"][0]["sector"] == "JRN"
