"""Test inputs for the engines: a WARC of varied news pages, and a small keyword coder.

``write_warc`` builds pages from the paragraphs of the bundled examples (German and English),
each with a sentence of its own so that every page is a different article, and adds what a
crawl also holds: a warcinfo record, request records, an image, a page without text, a page
in an unsupported language and the same article at a second URL.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import time
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from chronist.coder import event_id
from chronist.config import Options, load_options
from chronist.extraction import extract_article
from chronist.model import Actor, Article, Event, Evidence, RawDocument, Sentence, Span
from chronist.sources import iter_documents

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
COUNTRIES = {"de": ["Frankreich", "Polen", "Kenia", "Ägypten", "Brasilien", "Japan", "Indien", "Ghana", "Mali"],
             "en": ["France", "Poland", "Kenya", "Egypt", "Brazil", "Japan", "India", "Ghana", "Mali"]}
ISO3 = dict(zip(COUNTRIES["de"], ["FRA", "POL", "KEN", "EGY", "BRA", "JPN", "IND", "GHA", "MLI"], strict=True)) | \
    dict(zip(COUNTRIES["en"], ["FRA", "POL", "KEN", "EGY", "BRA", "JPN", "IND", "GHA", "MLI"], strict=True))
FRENCH = ("Le gouvernement a annoncé lundi une nouvelle réforme des retraites. Les syndicats ont appelé à une "
          "grève générale dans toutes les grandes villes du pays, selon les autorités locales.")


@lru_cache(maxsize=1)
def example_paragraphs() -> dict[str, tuple[str, ...]]:
    options = load_options(geocode=False)
    paragraphs: dict[str, list[str]] = {"de": [], "en": []}
    for item in iter_documents([EXAMPLES], max_bytes=options.max_document_bytes):
        if isinstance(item, RawDocument):
            article = extract_article(item, options)
            paragraphs[article.lang or "en"].extend(p for p in article.text.split("\n\n") if len(p) > 80)
    return {k: tuple(v) for k, v in paragraphs.items()}


def own_sentence(i: int, lang: str) -> str:
    names = COUNTRIES[lang]
    a, b = names[i % len(names)], names[(i * 3 + 1) % len(names)]
    if lang == "de":
        return (f"Die Regierung von {a} kritisierte am Montag in Nairobi die Regierung von {b}, meldete die "
                f"Agentur unter der Nummer {i}.")
    return (f"The government of {a} criticised the government of {b} in Nairobi on Monday, the agency reported "
            f"under number {i}.")


def make_page(i: int, rng: random.Random) -> tuple[str, bytes]:
    paragraphs = example_paragraphs()
    lang = "de" if i % 2 else "en"
    body = [own_sentence(i, lang)] + rng.sample(paragraphs[lang], k=min(4, len(paragraphs[lang])))
    published = dt.date(2024, 3, 1) + dt.timedelta(days=i % 4)
    html = (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Meldung {i}</title>"
            f"<meta property='article:published_time' content='{published.isoformat()}T08:00:00Z'></head>"
            "<body><nav><ul><li><a href='/'>Start</a></li><li><a href='/welt'>Welt</a></li></ul></nav>"
            f"<main><article><h1>Meldung Nummer {i}</h1>"
            + "".join(f"<p>{p}</p>" for p in body)
            + "</article></main><footer>Impressum · Datenschutz</footer></body></html>")
    return f"https://news{i % 7}.example.org/{published.isoformat()}/story-{i}.html", html.encode("utf-8")


def write_warc(path: Path, n: int, *, seed: int = 11) -> dict[str, int]:
    """A WARC.gz with ``n`` news pages and the odd records; returns how many of each kind."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    kinds = {"pages": 0, "image": 0, "no-text": 0, "french": 0, "repeat": 0}
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "chronist tests"}))

        def response(url: str, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            # with its length given, warcio writes the payload without spooling it to a temporary file
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          length=len(body), http_headers=headers))

        repeated: tuple[str, bytes] | None = None
        for i in range(n):
            url, body = make_page(i, rng)
            if i % 50 == 0:  # crawlers store the request too: not a document
                headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
                writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                              length=0, http_headers=headers))
            response(url, body)
            kinds["pages"] += 1
            if i == 3:
                repeated = (url, body)
            if i % 97 == 5:
                response(f"https://img.example.org/{i}.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
                kinds["image"] += 1
            if i % 89 == 7:
                response(f"https://example.org/empty-{i}", b"<html><body><nav>Start</nav></body></html>")
                kinds["no-text"] += 1
            if i % 113 == 9:
                page = f"<html lang='fr'><body><article><p>{FRENCH} ({i})</p></article></body></html>"
                response(f"https://example.fr/{i}", page.encode("utf-8"))
                kinds["french"] += 1
        if repeated:  # the same story under a second address, far from the first: another block
            response(repeated[0].replace("story-", "copy-of-story-"), repeated[1])
            kinds["repeat"] += 1
    return kinds


class KeywordCoder:
    """A plug-in coder for tests: 'kritisierte'/'criticised' between two known countries is ACCUSE.

    The engines' tests use it so that events, actors and places are written whatever the
    rule lexicons currently code.
    """

    name = "keywords"
    TRIGGERS = {"kritisierte": "ACCUSE", "criticised": "ACCUSE"}

    def __init__(self, lang: str, delay: float = 0.0) -> None:
        self.lang = lang
        self.delay = delay  # seconds per article: makes a run last long enough to be killed in the middle

    def code(self, article: Article, sentences: Sequence[Sentence]) -> list[Event]:
        if self.delay:
            time.sleep(self.delay)
        events = []
        for sent in sentences:
            for word, etype in self.TRIGGERS.items():
                at = sent.text.find(word)
                if at < 0:
                    continue
                actors = [self._actor(sent, name) for name in ISO3 if name in sent.text]
                actors.sort(key=lambda a: a.char_start)
                source, target = tuple(actors[:1]), tuple(actors[1:2])
                start = sent.char_start + at
                events.append(Event(
                    event_id=event_id(article.article_id, sent.char_start, sent.char_end, etype, source, target, start),
                    article_id=article.article_id, url=article.url, event_type=etype, mode=None, cameo="111",
                    quad_class=3, goldstein=-2.0, source=source, target=target,
                    evidence=Evidence(sent.text, sent.char_start, sent.char_end, Span(word, start, start + len(word)),
                                      "test.keyword"),
                    confidence=0.9, coder=self.name, domain=article.domain, lang=article.lang))
        return events

    @staticmethod
    def _actor(sent: Sentence, name: str) -> Actor:
        at = sent.char_start + sent.text.find(name)
        return Actor(name, name, ISO3[name], "GOV", ISO3[name] + "GOV", at, at + len(name))


def keyword_coder(lang: str, options: Options) -> KeywordCoder:
    return KeywordCoder(lang, float(options.extra.get("keyword_coder_delay", 0.0)))


def keyword_options(**overrides: object) -> Options:
    return load_options(coder="tests.engines.corpus:keyword_coder", **overrides)
