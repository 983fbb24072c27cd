"""HTML or scraped text -> clean body text, headline, publication date, language.

The clean text is what every character offset in chronist refers to. Scraper residue
(a stray ``keykey`` line, a trailing ``Kommentare``, photo captions and credits, "Lesen Sie
auch:" teasers, "Reporting by ...; Editing by ..." lines) is dropped, and a headline that a
scraper placed after the body is recognised as the headline and taken out of the body.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from .config import Options
from .errors import BinaryInput, EmptyInput, NoText, UnsupportedLanguage
from .langid import detect_language
from .model import Article, RawDocument

__all__ = ["decode", "extract_article", "clean_text", "article_id", "outlet_domain", "blank_residue"]

# Lines that page furniture leaves behind in scraped text, in any position.
RESIDUE_LINES = {
    "kommentare", "kommentar", "comments", "comment", "teilen", "share", "drucken", "print",
    "anzeige", "advertisement", "werbung", "mehr zum thema", "related", "related articles",
    "weiterlesen", "read more", "mehr lesen", "recommended stories", "newsletter", "zum artikel", "top", "menü", "menu",
    "startseite", "home", "facebook", "twitter", "whatsapp", "e-mail", "email",
}
_SENTENCE_END = re.compile(r"""[.!?…:;"'“”»«)\]]\s*$""")
_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|head|body|p|div|article|meta)\b", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)

_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12, "dez": 12,
}
# "BAMAKO, 7. Februar 2023 (Reuters) -" / "BAMAKO, Feb 7 (Reuters) -" at the start of the body.
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-ZÄÖÜ][A-Za-zÄÖÜäöüß.\- ]{1,40}),?\s+"
    r"(?:(?P<d1>\d{1,2})\.?\s+(?P<m1>[A-Za-zäöü]{3,9})\.?|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2}))"
    r"(?:,?\s+(?P<y>\d{4}))?\s*(?:\((?P<agency>[A-Za-z ]{2,20})\))?\s*[-–—:]"
)

# any wire dateline: a place, maybe a date, an agency in brackets, a dash ("PORT SUDAN (Reuters) -",
# "KYIV, Feb 5 (AFP) -"), or a place in capitals and a dash ("KIEW -", "MANILA, Philippines —", "CHISINAU --")
# a place in capitals, with an apostrophe inside ("COX'S BAZAR", "N'DJAMENA"); places joined by "/" ("GENEVA/KABUL")
_CAPS = r"[A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ'’]*[A-ZÀ-ÖØ-Þ])"
DATELINE_PREFIX = re.compile(
    r"\s*(?:[A-ZÀ-ÖØ-Þ][\w.'’/ -]{1,40}?(?:,[^()\n]{1,30})?\s*\((?:[A-Za-z][\w/ .-]{1,25})\)\s*(?:--?|[–—:])"
    rf"|{_CAPS}(?:[ /-]{_CAPS})*(?:,\s*[A-ZÀ-ÖØ-Þ][a-zäöüß.]+(?:\s[A-ZÀ-ÖØ-Þ][a-zäöüß.]+)?)?\s*(?:--?|[–—])"
    rf"|{_CAPS}(?:[ /-]{_CAPS})*,\s*(?:\d{{1,2}}\.?\s+[A-Za-zäöü]{{3,9}}\.?|[A-Za-z]{{3,9}}\.?\s+\d{{1,2}})"
    r"(?:,?\s+\d{4})?\s*(?:--?|[–—])"  # ("ADDIS ABABA, 16 October 2025 –")
    r"|[A-ZÀ-ÖØ-Þ]{3,}(?:[ /-][A-ZÀ-ÖØ-Þ]{2,})*:)\s")  # (South Asian papers: "CHENNAI: Chief Minister ...")

# a live blog's or news ticker's time stamp before an entry ("17.05 Uhr: Der ukrainische Geheimdienst ...",
# "10:45 GMT - Ukraine's air force ...", "+++ 08.40 Uhr: ...")
TIMESTAMP_PREFIX = re.compile(r"\s*(?:\+\+\+\s*)?(?:\d{1,2}[.:]\d{2}|\d{4}(?=\s*(?:GMT|UTC)))\s*"
                              r"(?:Uhr|h|GMT|UTC|MEZ|MESZ|OEZ|OESZ|MSK|WIB|[A-Z]{1,4}T|[ap]\.m\.)?\s*[:–—|-]\s")

# at the start of an article only: a place and a spaced dash, as Austrian and German sites write it
# ("Tirana – In der albanischen Hauptstadt ...", "Wien/Berlin – ...")
DATELINE_PLAIN = re.compile(r"\s*(?!(?:Die|Der|Das|Den|Dem|Des|Ein|Eine|Einer|The|An|Er|Sie|Es|Wir|Ich|Doch|Aber|Und|"
                            r"Auch|Nun|So|Dann|But|And|It|We|He|She|They)\b)"
                            r"[A-ZÄÖÜ][a-zäöüß]+(?:[/-][A-ZÄÖÜ][a-zäöüß]+)?\s+[–—]\s")


def decode(content: bytes | str, *, origin: str = "") -> str:
    """Bytes to text: UTF-8, else the charset the page declares, else cp1252 (never fails silently)."""
    if isinstance(content, str):
        text = content
    else:
        if not content.strip():
            raise EmptyInput("the document is empty", origin=origin)
        if _looks_binary(content):
            raise BinaryInput("binary data, not text or HTML", origin=origin)
        text = _decode_bytes(content)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise EmptyInput("the document is empty", origin=origin)
    return text


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\x1f\x8b", b"PK\x03\x04", b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff")):
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def _decode_bytes(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return data.decode("cp1252", errors="replace")


def _is_html(text: str, content_type: str) -> bool:
    if content_type in ("html", "text"):
        return content_type == "html"
    return bool(_HTML_SNIFF.search(text[:4096].encode("utf-8", errors="ignore")))


def article_id(text: str) -> str:
    """The article's identity: a hash of its clean text only (same text -> same article)."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:32]


def outlet_domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    title: str | None


# Page furniture that opens a line: photo captions and credits, "read more" teasers, agency credits.
_RESIDUE_START = re.compile(
    r"(?:(?:photo|foto|bild|image|picture|credit|caption|legende|bildunterschrift)\s*:"
    r"|(?:read more|also read|read also|see also|lesen sie auch|auch interessant|mehr zum thema|weitere artikel"
    r"|related)\s*:"
    r"|(?:additional )?reporting by\b|editing by\b|writing by\b)", re.I)


def _is_residue(line: str) -> bool:
    stripped = line.strip()
    if stripped.lower().strip(" :|>»·•") in RESIDUE_LINES:
        return True
    if len(stripped) < 400 and _RESIDUE_START.match(stripped):
        return True  # "Photo: Released prisoners arrive at ...", "Reporting by ...; Editing by ..."
    # A lone lowercase token (keykey, nav ids) is page furniture, not prose.
    return bool(re.fullmatch(r"[a-z0-9_\-]{2,40}", stripped))


def blank_residue(text: str) -> str:
    """The text with each line of scraper residue replaced by spaces, so that every other offset stays: how
    `chronist eval` reads a gold article's text as `chronist extract` would clean it."""
    return "".join(" " * len(line.rstrip("\n")) + line[len(line.rstrip("\n")):] if line.strip() and _is_residue(line)
                   else line for line in text.splitlines(keepends=True))


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= 25 and not _SENTENCE_END.search(line) and line[:1].isupper()


def clean_text(raw: str, *, title: str | None = None) -> CleanText:
    """Drop scraper residue; recognise a headline placed first or last; drop a repeated title."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", raw)]
    paragraphs = [p for p in paragraphs if p and not _is_residue(p)]
    found_title = title.strip() if title else None
    if found_title:
        # extractors repeat the H1 as the first body line; scrapers append it at the end
        paragraphs = [p for i, p in enumerate(paragraphs)
                      if not (i in (0, len(paragraphs) - 1) and _same_line(p, found_title))]
    elif len(paragraphs) > 2 and _looks_like_headline(paragraphs[-1]):
        found_title = paragraphs.pop()
    elif len(paragraphs) > 2 and _looks_like_headline(paragraphs[0]):
        found_title = paragraphs.pop(0)
    return CleanText("\n\n".join(paragraphs), found_title)


def _same_line(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()
    return norm(a) == norm(b)


def find_dateline(text: str) -> tuple[str | None, dt.date | None]:
    """A wire dateline at the start of the body: (place, date or None). "ADEN, April 15 (Reuters) -" has
    both; "KIEW (Reuters) -", "N'DSCHAMENA (AFP) -", "NEU-DELHI/ISLAMABAD (dpa) -", "Tirana –" a place only
    (the first)."""
    match = _DATELINE.match(text[:200])
    if not match:
        prefix = DATELINE_PREFIX.match(text[:200]) or DATELINE_PLAIN.match(text[:200])
        if prefix is None:
            return None, None
        place = re.split(r"[(,/]", prefix.group(0))[0].strip(" -–—:")
        return place.title() or None, None
    place = match.group("place").strip().title()
    month_word = (match.group("m1") or match.group("m2") or "").lower()
    day = match.group("d1") or match.group("d2")
    month = _MONTHS.get(month_word)
    if not month or not day:
        return None, None
    year = match.group("y")
    if not year:
        return place, None  # a year-less dateline cannot date an article by itself
    try:
        return place, dt.date(int(year), month, int(day))
    except ValueError:
        return place, None


def _from_html(html: str, url: str | None) -> tuple[str, str | None, dt.date | None, str | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        raise NoText("no article text found in the HTML")
    published = None
    if doc.date:
        try:
            published = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    return doc.text, doc.title, published, doc.url


def extract_article(
    doc: RawDocument,
    options: Options,
    *,
    published: dt.date | None = None,
    lang: str | None = None,
) -> Article:
    """One raw document -> an Article (no sentences or events yet). Raises InputError."""
    text = decode(doc.content, origin=doc.origin)
    html_date: dt.date | None = None
    url = doc.url
    if _is_html(text, doc.content_type):
        body, title, html_date, found_url = _from_html(text, doc.url)
        url = url or found_url
        cleaned = clean_text(body, title=doc.title or title)
    else:
        cleaned = clean_text(text, title=doc.title)
    if len(cleaned.text) < options.min_text_chars:
        raise NoText(f"only {len(cleaned.text)} characters of text", origin=doc.origin)
    place, dateline_date = find_dateline(cleaned.text)
    chosen, source = _choose_date(published, doc.published, html_date, dateline_date)
    language, confidence = (lang, 1.0) if lang else (doc.lang, 1.0) if doc.lang else detect_language(cleaned.text)
    if language not in options.languages:
        raise UnsupportedLanguage(
            f"language {language or 'unknown'!r} is not supported (supported: {', '.join(options.languages)})",
            origin=doc.origin,
        )
    return Article(
        article_id=article_id(cleaned.text),
        text=cleaned.text,
        title=cleaned.title,
        published=chosen,
        published_source=source,
        lang=language,
        lang_confidence=round(confidence, 3),
        url=url,
        domain=outlet_domain(url),
        origin=doc.origin,
        dateline=place,
    )


def _choose_date(cli: dt.date | None, record: dt.date | None, html: dt.date | None,
                 dateline: dt.date | None) -> tuple[dt.date | None, str]:
    for value, source in ((cli, "cli"), (record, "input"), (html, "html"), (dateline, "dateline")):
        if value is not None:
            return value, source
    return None, "none"
