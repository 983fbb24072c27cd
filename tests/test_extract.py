from __future__ import annotations

import datetime as dt

import pytest

from chronist.config import load_options
from chronist.errors import BinaryInput, EmptyInput, NoText, UnsupportedLanguage
from chronist.extraction import (
    article_id,
    clean_text,
    decode,
    extract_article,
    find_dateline,
    outlet_domain,
)
from chronist.model import RawDocument

OPTIONS = load_options()

BODY_DE = ("Die Außenminister Frankreichs und Polens trafen sich am Montag in Warschau zu Gesprächen über "
           "die Lage in der Ukraine. Beide Seiten vereinbarten eine engere Abstimmung in der Energiepolitik.")


def test_residue_and_trailing_headline_are_removed():
    raw = f"keykey\n\n{BODY_DE}\n\nZweiter Absatz mit weiteren Einzelheiten zum Treffen.\n\nPolen und Frankreich rücken enger zusammen\n\nKommentare\n"
    cleaned = clean_text(raw)
    assert cleaned.title == "Polen und Frankreich rücken enger zusammen"
    assert "keykey" not in cleaned.text
    assert "Kommentare" not in cleaned.text
    assert cleaned.title not in cleaned.text
    assert cleaned.text.startswith("Die Außenminister")


def test_captions_teasers_and_credits_are_residue():
    raw = (f"{BODY_DE}\n\nFoto: Die Minister vor dem Schloss in Warschau. (picture alliance/dpa)\n\n"
           "Lesen Sie auch: Polen rüstet auf\n\nZweiter Absatz mit weiteren Einzelheiten zum Treffen.\n\n"
           "Reporting by Anna Koper; Editing by Ed Osmond\n\nBild berichtete am Abend über das Treffen.")
    cleaned = clean_text(raw)
    assert "Foto:" not in cleaned.text and "Lesen Sie auch" not in cleaned.text and "Reporting by" not in cleaned.text
    assert "Zweiter Absatz" in cleaned.text
    assert "Bild berichtete" in cleaned.text  # the newspaper Bild, no caption


@pytest.mark.parametrize("teaser", ["Auch interessant: Streit um Getreide: Warschau droht mit Importstopp",
                                    "ALSO READ: Poland and France sign defence pact", "Also read: Warsaw summit ends",
                                    "Mehr lesen", "Recommended Stories"])
def test_link_teasers_are_residue(teaser):
    cleaned = clean_text(f"{BODY_DE}\n\n{teaser}\n\nZweiter Absatz mit weiteren Einzelheiten zum Treffen.")
    assert teaser not in cleaned.text and "Zweiter Absatz" in cleaned.text


def test_repeated_h1_is_dropped_from_body():
    cleaned = clean_text(f"Ein Titel für den Test hier\n{BODY_DE}", title="Ein Titel für den Test hier")
    assert cleaned.text.startswith("Die Außenminister")


def test_subheading_stays_in_body():
    raw = f"{BODY_DE}\n\nDiplomatischer Druck\n\n{BODY_DE}"
    assert "Diplomatischer Druck" in clean_text(raw).text


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_legacy_encodings_decode(encoding):
    text = "Der Außenminister äußerte sich über die Gespräche – „gut“." if encoding == "cp1252" else "Der Außenminister äußerte sich."
    assert decode(text.encode(encoding)) == text


def test_declared_charset_is_used():
    html = '<html><head><meta charset="iso-8859-1"></head><body>Größe</body></html>'.encode("latin-1")
    assert "Größe" in decode(html)


def test_binary_and_empty_are_refused():
    with pytest.raises(BinaryInput):
        decode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(EmptyInput):
        decode(b"   \n ")


def test_article_id_depends_on_text_only():
    assert article_id("Ein  Text\nhier") == article_id("Ein Text hier")
    assert article_id("Ein Text") != article_id("Ein anderer Text")


def test_outlet_domain():
    assert outlet_domain("https://www.example-news.de/politik/a.html") == "example-news.de"
    assert outlet_domain(None) is None


def test_dateline_with_year_dates_article():
    place, date = find_dateline("BAMAKO, 7. Februar 2023 (Reuters) - Der Minister kam an.")
    assert place == "Bamako" and date == dt.date(2023, 2, 7)
    place, date = find_dateline("NAIROBI, March 3 (AP) - The minister arrived.")
    assert place == "Nairobi" and date is None


def test_a_dateline_with_an_agency_and_no_date_names_its_place():
    assert find_dateline("N'DSCHAMENA (AFP) - Frankreich hat mit dem Abzug begonnen.") == ("N'Dschamena", None)
    assert find_dateline("NEU-DELHI/ISLAMABAD (dpa) - Nach vier Tagen ...") == ("Neu-Delhi", None)
    assert find_dateline("KIEW - Russland hat in der Nacht ...") == ("Kiew", None)
    assert find_dateline("Die Polizei (dpa) hat am Montag ...") == (None, None)
    assert find_dateline("Tirana – In der albanischen Hauptstadt ...") == ("Tirana", None)
    assert find_dateline("MANILA, Philippines — Former President ...") == ("Manila", None)
    assert find_dateline("Die Regierung – so heißt es – will ...") == (None, None)


def test_html_extraction_excludes_comments_and_reads_metadata():
    html = f"""<html><head><title>Treffen in Warschau | Testzeitung</title>
    <meta property="article:published_time" content="2024-03-05T10:00:00+01:00"></head>
    <body><nav><a href="/">Startseite</a><a href="/politik">Politik</a></nav>
    <article><h1>Treffen in Warschau</h1><p>{BODY_DE}</p><p>{BODY_DE}</p></article>
    <section class="comments"><h3>Kommentare</h3><div class="comment"><p>Leser123: Das glaube ich nicht, alles Propaganda hier.</p></div></section>
    </body></html>"""
    art = extract_article(RawDocument("t.html", html, "html", url="https://www.testzeitung.de/a"), OPTIONS)
    assert art.published == dt.date(2024, 3, 5)
    assert art.published_source == "html"
    assert "Leser123" not in art.text and "Startseite" not in art.text
    assert art.lang == "de" and art.lang_confidence > 0.5
    assert art.domain == "testzeitung.de"


def test_cli_date_beats_page_date():
    art = extract_article(RawDocument("t.txt", BODY_DE), OPTIONS, published=dt.date(2020, 1, 2))
    assert art.published == dt.date(2020, 1, 2) and art.published_source == "cli"


def test_unknown_language_is_refused():
    text = "Le ministre des affaires étrangères s'est rendu lundi à Varsovie pour des entretiens avec son homologue polonais."
    with pytest.raises(UnsupportedLanguage, match="'fr'"):
        extract_article(RawDocument("fr.txt", text), OPTIONS)


def test_too_little_text():
    with pytest.raises(NoText):
        extract_article(RawDocument("s.txt", "Kurz."), OPTIONS)
