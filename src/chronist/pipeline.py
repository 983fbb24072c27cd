"""The thin pipeline: runs the stages in order, one article at a time.

    RawDocument -> extract -> segment -> code (mentions, resolve, events) -> time/place -> Article

Heavy resources (lexicons, gazetteers, parsers) load once per ``Pipeline`` and are shared
by every article it processes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from .coder import EventCoder, RuleCoder
from .config import Options, load_options
from .extraction import extract_article
from .model import Actor, Article, Event, RawDocument, Sentence
from .segment import split_sentences
from .sources import parse_date
from .timeplace import TimePlace

__all__ = ["Pipeline"]


class Pipeline:
    def __init__(self, options: Options | None = None) -> None:
        self.options = options or load_options()
        self._coders: dict[str, EventCoder] = {}
        self._timeplace: TimePlace | None = None

    def coder(self, lang: str) -> EventCoder:
        if lang not in self._coders:
            self._coders[lang] = self._make_coder(lang)
        return self._coders[lang]

    def _make_coder(self, lang: str) -> EventCoder:
        if self.options.coder == "rules":
            from .lexicon import load_lexicon

            places = self.timeplace.gazetteer if self.options.geocode else None
            return RuleCoder(lang, load_lexicon(lang, self.options.lexicon_dir), places=places)
        from .plugins import load_coder

        return load_coder(self.options.coder, lang, self.options)

    @property
    def timeplace(self) -> TimePlace:
        if self._timeplace is None:
            self._timeplace = TimePlace(geocode=self.options.geocode)
        return self._timeplace

    def extract(self, content: str | bytes, *, published: str | dt.date | None = None, lang: str | None = None,
                url: str | None = None, origin: str = "<api>") -> Article:
        doc = RawDocument(origin=origin, content=content, url=url)
        return self.process(doc, published=parse_date(published), lang=lang)

    def process(self, doc: RawDocument, *, published: dt.date | None = None, lang: str | None = None) -> Article:
        """One document through every stage. Raises InputError for an unusable document."""
        article = extract_article(doc, self.options, published=published, lang=lang)
        return self.code(article)

    def code(self, article: Article) -> Article:
        """Segment and code an extracted article (also used by ``chronist recode``)."""
        lang = article.lang or "en"
        sentences = tuple(
            Sentence(index=i, text=article.text[s:e], char_start=s, char_end=e)
            for i, (s, e) in enumerate(split_sentences(article.text, lang))
        )
        coder = self.coder(lang)
        events = self.timeplace.apply(article, coder.code(article, sentences))
        if isinstance(coder, RuleCoder):
            events = coder.without_retold(events)  # acts told again, once dated
            events = coder.without_headline_told_again(article, events)
        return replace(article, sentences=sentences, events=tuple(_collectives_without_country(events)))


# Groups of states that are no country and no IGO ("the West", "Western governments"): the coder keeps them apart
# as WST while it resolves the article; in the output their `country` is empty, as for any actor of no one country,
# and their `cameo_actor` keeps the CAMEO group code (WSTGOV)
_COLLECTIVES = frozenset({"WST"})


def _collectives_without_country(events: Iterable[Event]) -> list[Event]:
    def plain(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
        return tuple(replace(a, country=None) if a.country in _COLLECTIVES else a for a in actors)

    return [replace(e, source=plain(e.source), target=plain(e.target),
                    attributed_to=plain((e.attributed_to,))[0] if e.attributed_to is not None else None)
            if any(a.country in _COLLECTIVES for a in (*e.source, *e.target, *((e.attributed_to,) if e.attributed_to else ())))
            else e for e in events]
