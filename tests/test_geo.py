"""The offline geoparser: exonyms, inflection, ambiguity, non-places, offsets, the cache."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronist.geo import Gazetteer, Toponym
from chronist.model import Place

MOSCOW, BAGHDAD, BEIJING, KYIV, CAIRO, BERLIN = 524901, 98182, 1816670, 703448, 360630, 2950159
IVORY_COAST, RUSSIA, MALI, IRAQ, SYRIA, UKRAINE = 2287781, 2017370, 2453866, 99237, 163843, 690791
PARIS, PARIS_TEXAS, TRIPOLI_LIBYA, TRIPOLI_LEBANON = 2988507, 4717560, 2210247, 266826
GEORGIA_COUNTRY, GEORGIA_STATE, ESSEN, NEW_YORK = 614540, 4197000, 2928810, 5128581


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("geonames")


@pytest.fixture(scope="session")
def gaz(cache_dir: Path) -> Gazetteer:
    return Gazetteer.load(cache_dir)


def found(gaz: Gazetteer, text: str, lang: str) -> list[tuple[str, int | None]]:
    """(surface, best GeoNames id) per toponym."""
    return [(t.text, t.candidates[0].geonames_id) for t in gaz.find_toponyms(text, lang)]


def surfaces(gaz: Gazetteer, text: str, lang: str) -> list[str]:
    return [t.text for t in gaz.find_toponyms(text, lang)]


# --------------------------------------------------------------------------- exonyms


@pytest.mark.parametrize(("text", "name", "geonames_id"), [
    ("Putin empfing den Gast in Moskau.", "Moskau", MOSCOW),
    ("Bei einem Anschlag in Bagdad starben fünf Menschen.", "Bagdad", BAGHDAD),
    ("Die Regierung in Peking protestierte.", "Peking", BEIJING),
    ("Raketen schlugen in Kiew ein.", "Kiew", KYIV),
    ("Raketen schlugen in Kyjiw ein.", "Kyjiw", KYIV),
    ("Baerbock reiste am Dienstag nach Kairo.", "Kairo", CAIRO),
])
def test_german_exonyms(gaz: Gazetteer, text: str, name: str, geonames_id: int) -> None:
    assert found(gaz, text, "de") == [(name, geonames_id)]


def test_exonym_of_a_country(gaz: Gazetteer) -> None:
    [top] = gaz.find_toponyms("Wahlen in der Elfenbeinküste verliefen ruhig.", "de")
    assert top.text == "Elfenbeinküste"
    place = top.candidates[0]
    assert (place.country, place.precision, place.geonames_id) == ("CIV", "country", IVORY_COAST)
    assert place.feature_class == "A"


def test_english_names(gaz: Gazetteer) -> None:
    text = "Russian forces launched a missile attack on Kyiv while talks went on in Cairo."
    assert found(gaz, text, "en") == [("Kyiv", KYIV), ("Cairo", CAIRO)]


# --------------------------------------------------------------------------- inflection


def test_german_genitives(gaz: Gazetteer) -> None:
    tops = gaz.find_toponyms("Russlands Armee und der Präsident Malis trafen sich.", "de")
    assert [(t.text, t.candidates[0].country, t.candidates[0].precision) for t in tops] == [
        ("Russlands", "RUS", "country"), ("Malis", "MLI", "country")]


def test_a_german_genitive_of_a_country_beats_a_small_place_spelt_like_it(gaz: Gazetteer) -> None:
    # GeoNames has a district "Perus" in São Paulo; "im Süden Perus" is Peru's south
    tops = gaz.find_toponyms("Bauern blockieren Straßen im Süden Perus.", "de")
    assert [(t.text, t.candidates[0].country) for t in tops] == [("Perus", "PER")]
    assert gaz.resolve("Perus", lang="de").country == "PER"


def test_german_articles_and_cases(gaz: Gazetteer) -> None:
    text = "Im Irak und in der Türkei sowie nach Angaben des Irak; Chinas Außenminister."
    assert [(t.text, t.candidates[0].country) for t in gaz.find_toponyms(text, "de")] == [
        ("Irak", "IRQ"), ("Türkei", "TUR"), ("Irak", "IRQ"), ("Chinas", "CHN")]


def test_resolve_inflected_forms(gaz: Gazetteer) -> None:
    assert gaz.resolve("Russlands", lang="de").geonames_id == RUSSIA
    assert gaz.resolve("Malis", lang="de").geonames_id == MALI
    assert gaz.resolve("Kiews", lang="de").geonames_id == KYIV


def test_plural_country_forms(gaz: Gazetteer) -> None:
    text = "Gespräche mit den Vereinigten Staaten und den Vereinigten Arabischen Emiraten."
    assert [(t.text, t.candidates[0].country) for t in gaz.find_toponyms(text, "de")] == [
        ("Vereinigten Staaten", "USA"), ("Vereinigten Arabischen Emiraten", "ARE")]


def test_compass_forms_name_the_country(gaz: Gazetteer) -> None:
    text = "Kämpfe in Nordsyrien und in der Ost-Ukraine."
    assert [(t.text, t.candidates[0].country) for t in gaz.find_toponyms(text, "de")] == [
        ("Nordsyrien", "SYR"), ("Ost-Ukraine", "UKR")]


# --------------------------------------------------------------------------- disambiguation


def test_paris_with_and_without_context(gaz: Gazetteer) -> None:
    assert gaz.resolve("Paris", lang="en").geonames_id == PARIS
    texas = gaz.resolve("Paris", lang="en", context_countries=["USA"])
    assert texas is not None
    assert (texas.geonames_id, texas.country, texas.admin1) == (PARIS_TEXAS, "USA", "Texas")


def test_paris_texas_in_apposition(gaz: Gazetteer) -> None:
    tops = gaz.find_toponyms("The storm hit Paris, Texas, on Monday.", "en")
    assert [(t.text, t.candidates[0].geonames_id) for t in tops][0] == ("Paris", PARIS_TEXAS)
    assert tops[1].candidates[0].precision == "admin1"


def test_capitals_keep_their_name_when_a_country_is_mentioned(gaz: Gazetteer) -> None:
    assert found(gaz, "Die USA und Frankreich berieten in Paris.", "de")[-1] == ("Paris", PARIS)


def test_tripoli(gaz: Gazetteer) -> None:
    assert gaz.resolve("Tripoli", lang="en").geonames_id == TRIPOLI_LIBYA
    assert gaz.resolve("Tripoli", lang="en", context_countries=["LBN"]).geonames_id == TRIPOLI_LEBANON
    text = "Clashes erupted in Tripoli, the second city of Lebanon."
    assert found(gaz, text, "en")[0] == ("Tripoli", TRIPOLI_LEBANON)


def test_georgia(gaz: Gazetteer) -> None:
    country = gaz.resolve("Georgia", lang="en")
    state = gaz.resolve("Georgia", lang="en", context_countries=["USA"])
    assert (country.geonames_id, country.precision) == (GEORGIA_COUNTRY, "country")
    assert (state.geonames_id, state.precision, state.country) == (GEORGIA_STATE, "admin1", "USA")
    assert gaz.resolve("Georgien", lang="de").geonames_id == GEORGIA_COUNTRY


def test_a_country_name_wins_over_a_town(gaz: Gazetteer) -> None:
    mexico = gaz.resolve("Mexico", lang="en", context_countries=["USA"])
    assert (mexico.country, mexico.precision) == ("MEX", "country")


def test_dateline_is_context(gaz: Gazetteer) -> None:
    assert gaz.resolve("BERLIN (dpa)", lang="de").geonames_id == BERLIN
    assert gaz.resolve("Tripoli", lang="en", dateline="BEIRUT").geonames_id == TRIPOLI_LEBANON


def test_region_words_prefer_the_region(gaz: Gazetteer) -> None:
    tops = gaz.find_toponyms("Luftangriffe in der Provinz Idlib und in Idlib selbst.", "de")
    assert [(t.text, t.candidates[0].precision) for t in tops] == [("Idlib", "admin1"), ("Idlib", "city")]
    [kharkiv] = gaz.find_toponyms("Shelling continued in the Kharkiv region.", "en")
    assert (kharkiv.candidates[0].precision, kharkiv.candidates[0].country) == ("admin1", "UKR")


def test_regions(gaz: Gazetteer) -> None:
    text = "Im Gazastreifen, im Westjordanland und in Bayern wurde demonstriert."
    assert found(gaz, text, "de") == [("Gazastreifen", 281132), ("Westjordanland", 285153),
                                      ("Bayern", 2951839)]
    assert gaz.resolve("Texas", lang="en").precision == "admin1"


def test_multiword_names(gaz: Gazetteer) -> None:
    assert found(gaz, "He flew from New York to Rio de Janeiro.", "en") == [
        ("New York", NEW_YORK), ("Rio de Janeiro", 3451190)]
    assert surfaces(gaz, "Der Gipfel findet in Addis Abeba statt.", "de") == ["Addis Abeba"]


def test_abbreviations(gaz: Gazetteer) -> None:
    tops = gaz.find_toponyms("The U.S. and the UK met in the USA.", "en")
    assert [(t.text, t.candidates[0].country) for t in tops] == [
        ("U.S.", "USA"), ("UK", "GBR"), ("USA", "USA")]


# --------------------------------------------------------------------------- not places


@pytest.mark.parametrize(("text", "lang"), [
    ("Die russische Regierung wies das zurück.", "de"),
    ("Russische Truppen rückten vor.", "de"),
    ("Essen Sie mehr Gemüse, empfiehlt die Ministerin.", "de"),
    ("Der US-Präsident sprach über den Ukraine-Krieg.", "de"),
    ("Bundeskanzler Scholz traf am Montag Vertreter der Nato.", "de"),
    ("Die Preise für Strom und Gas steigen weiter.", "de"),
    ("Im Mai und im August wurde gewählt.", "de"),
    ("Mobile phones have been banned in schools.", "en"),
    ("Reading the report, analysts were worried.", "en"),
    ("Nice weather is expected this weekend.", "en"),
    ("Split decisions are rare in the Supreme Court.", "en"),
    ("Jackson Browne performed on Tuesday.", "en"),
    ("Orange shares rose after the results.", "en"),
    ("The Russian foreign ministry said so.", "en"),
])
def test_no_place(gaz: Gazetteer, text: str, lang: str) -> None:
    assert gaz.find_toponyms(text, lang) == []


def test_lowercase_is_never_a_place(gaz: Gazetteer) -> None:
    assert gaz.find_toponyms("mali, paris und moskau klein geschrieben", "de") == []


def test_ordinary_words_after_a_locative_word(gaz: Gazetteer) -> None:
    assert found(gaz, "Er wohnt seit Jahren in Essen.", "de") == [("Essen", ESSEN)]
    assert surfaces(gaz, "Essen Sie gern? Dann kommen Sie nach Essen.", "de") == ["Essen"]
    assert surfaces(gaz, "He lives near Reading and works in Nice.", "en") == ["Reading", "Nice"]
    assert [t.candidates[0].country for t in gaz.find_toponyms("Tourists crowded into Split.", "en")] == ["HRV"]


# --------------------------------------------------------------------------- offsets and places


OFFSET_TEXTS = [
    ("de", "Putin traf in Moskau den Präsidenten Malis; später flog er nach Peking und Bagdad."),
    ("de", "Kämpfe in der Provinz Idlib, im Gazastreifen und in der Ost-Ukraine (Charkiw)."),
    ("en", "The U.S. envoy went from New York to Paris, Texas, and then to Tripoli, Lebanon."),
    ("en", "  Georgia's  parliament met\nin Tbilisi; Kyiv and Cairo reacted.  "),
]


@pytest.mark.parametrize(("lang", "text"), OFFSET_TEXTS)
def test_offsets_slice_to_the_toponym(gaz: Gazetteer, lang: str, text: str) -> None:
    tops = gaz.find_toponyms(text, lang)
    assert tops
    previous_end = 0
    for top in tops:
        assert isinstance(top, Toponym)
        assert text[top.char_start:top.char_end] == top.text
        assert top.char_start >= previous_end
        previous_end = top.char_end
        assert top.candidates
        for place in top.candidates:
            assert isinstance(place, Place)
            assert (place.text, place.char_start, place.char_end) == (top.text, top.char_start, top.char_end)


def test_place_fields(gaz: Gazetteer) -> None:
    essen = gaz.resolve("Essen", lang="de")
    assert essen == Place(name="Essen", country="DEU", admin1="North Rhine-Westphalia",
                          lat=essen.lat, lon=essen.lon, geonames_id=ESSEN, precision="city",
                          feature_class="P")
    assert 51 < essen.lat < 52 and 6 < essen.lon < 8


def test_country_places(gaz: Gazetteer) -> None:
    mali = gaz.country("MLI")
    assert (mali.name, mali.geonames_id, mali.precision, mali.admin1) == ("Mali", MALI, "country", None)
    assert mali.lat is not None and mali.lon is not None
    assert gaz.country("KOS").geonames_id == 831053
    assert gaz.country("XKX").country == "KOS"
    assert gaz.country("iraq") is None
    assert gaz.country("IRQ").geonames_id == IRAQ
    assert gaz.resolve("Xqzzyborough", lang="en") is None


def test_candidates_are_ranked_and_bounded(gaz: Gazetteer) -> None:
    [top] = gaz.find_toponyms("Anschlag in Berlin", "de")
    assert 1 < len(top.candidates) <= 5
    assert top.candidates[0].geonames_id == BERLIN
    assert len({p.geonames_id for p in top.candidates}) == len(top.candidates)


def test_unknown_language_falls_back(gaz: Gazetteer) -> None:
    assert surfaces(gaz, "Manifestation à Paris.", "fr") == ["Paris"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200), lang=st.sampled_from(["de", "en", "fr", ""]))
def test_random_text_never_raises(gaz: Gazetteer, text: str, lang: str) -> None:
    for top in gaz.find_toponyms(text, lang):
        assert text[top.char_start:top.char_end] == top.text
    gaz.resolve(text, lang=lang, context_countries=["USA"], dateline=text[:20])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(
    ["in", "Moskau", "Russlands", "U.S.", "Paris", ",", "Texas", "Essen", "-", "Provinz", "Idlib",
     "New", "York", "(", ")", "Kyjiw", "\n", "Die", "Nord-Syrien", "'s", "."]), max_size=25))
def test_place_like_text_never_raises(gaz: Gazetteer, words: list[str]) -> None:
    text = " ".join(words)
    for lang in ("de", "en"):
        for top in gaz.find_toponyms(text, lang):
            assert text[top.char_start:top.char_end] == top.text


# --------------------------------------------------------------------------- cache


def test_cache_round_trip(gaz: Gazetteer, cache_dir: Path) -> None:
    files = list(cache_dir.glob("geonames-*.pickle"))
    assert len(files) == 1 and not list(cache_dir.glob("*.tmp"))
    start = time.perf_counter()
    again = Gazetteer.load(cache_dir)
    elapsed = time.perf_counter() - start
    assert again == gaz
    assert again.version == gaz.version == files[0].name.removeprefix("geonames-").removesuffix(".pickle")
    assert elapsed < 1.5, f"loading from the cache took {elapsed:.2f} s"


def test_default_cache_dir_from_environment(monkeypatch: pytest.MonkeyPatch, cache_dir: Path) -> None:
    monkeypatch.setenv("CHRONIST_CACHE", str(cache_dir))
    from chronist.geo import cache_path, index_version

    assert cache_path(None, index_version()).parent == cache_dir
    assert cache_path(None, index_version()).exists()


def test_a_corrupt_or_stale_cache_is_ignored(gaz: Gazetteer, tmp_path: Path) -> None:
    from chronist.geo import _read_cache, cache_path, index_version

    path = cache_path(tmp_path, index_version())
    path.write_bytes(b"not a pickle")
    assert _read_cache(path, index_version()) is None
    assert _read_cache(tmp_path / "missing.pickle", index_version()) is None
    assert _read_cache(next(iter(gaz_cache_files(gaz, tmp_path))), "another-version") is None


def gaz_cache_files(gaz: Gazetteer, tmp_path: Path) -> list[Path]:
    import pickle

    path = tmp_path / "copy.pickle"
    path.write_bytes(pickle.dumps(gaz.index))
    return [path]


# --------------------------------------------------------------------------- demonyms, town words, article context

ODESA_UKRAINE, ODESSA_TEXAS, KHERSON_CITY, KHERSON_OBLAST = 698740, 5527554, 706448, 706442


@pytest.mark.parametrize(("text", "lang"), [
    ("Drohnen trafen in der Nacht ein Wohnhaus in der ukrainischen Hafenstadt Odessa.", "de"),
    ("Drohnen trafen ein Wohnhaus in der südukrainischen Stadt Odessa.", "de"),
    ("Drones struck a port in the Ukrainian city of Odessa overnight.", "en"),
])
def test_a_demonym_before_a_place_names_its_country(gaz: Gazetteer, text: str, lang: str) -> None:
    assert found(gaz, text, lang) == [("Odessa", ODESA_UKRAINE)]


def test_a_demonym_elsewhere_in_the_sentence_is_context(gaz: Gazetteer) -> None:
    assert found(gaz, "Ukrainian officials said drones hit Odessa.", "en") == [("Odessa", ODESA_UKRAINE)]


def test_the_article_s_countries_are_context(gaz: Gazetteer) -> None:
    text = "Drones hit Odessa overnight."
    # Odesa, nine times the size of Odessa (Texas), under the spelling German and older English use
    assert found(gaz, text, "en") == [("Odessa", ODESA_UKRAINE)]
    [odessa] = gaz.find_toponyms(text, "en", context_countries=["IGO", "USA"])
    assert odessa.candidates[0].geonames_id == ODESSA_TEXAS


def test_a_town_word_prefers_the_town(gaz: Gazetteer) -> None:
    assert found(gaz, "Die Armee zog aus der Stadt Cherson ab.", "de") == [("Cherson", KHERSON_CITY)]
    assert found(gaz, "Kämpfe in der Provinz Cherson.", "de") == [("Cherson", KHERSON_OBLAST)]
    assert found(gaz, "Troops left the city of Kherson.", "en") == [("Kherson", KHERSON_CITY)]


def test_a_small_town_found_by_an_old_name_is_known_elsewhere(gaz: Gazetteer) -> None:
    [bassa] = gaz.find_toponyms("Gunmen attacked villages in Bassa.", "en")
    assert bassa.candidates[0].name == "Passau"  # GeoNames keeps "Bassa" among Passau's alternate names
    assert gaz.known_elsewhere(bassa, {"NGA"})
    assert not gaz.known_elsewhere(bassa, {"DEU"})
    assert not gaz.known_elsewhere(bassa, set())  # an article that names no country yet
    # a city known abroad keeps its foreign name, and a place named as written is no old name
    [geneva] = gaz.find_toponyms("Die Gespräche in Genf dauerten drei Tage.", "de")
    assert not gaz.known_elsewhere(geneva, {"USA", "RUS"})
    [paris] = gaz.find_toponyms("They met in Paris.", "en")
    assert not gaz.known_elsewhere(paris, {"USA"})


def test_a_place_word_after_a_town_is_no_other_name(gaz: Gazetteer) -> None:
    # "Mandera County": a small town followed by "County" is still found, as "Jackson Browne" is not
    [top] = gaz.find_toponyms("Gunmen attacked a police camp in Mandera County on Monday.", "en")
    assert (top.text, top.candidates[0].country) == ("Mandera", "KEN")
    assert gaz.find_toponyms("The band played with Jackson Browne on Monday.", "en") == []
