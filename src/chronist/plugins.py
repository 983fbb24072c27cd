"""Plug stronger models into chronist.

The pipeline asks ``Options.coder`` for its event coder: ``"rules"`` is the lexicon coder;
``"module:factory"`` names any callable ``factory(lang, options) -> EventCoder`` (a
transformer or GLiNER model on the user's disk, say); ``"llm"`` is ``LLMCoder``, which asks
an OpenAI-compatible chat endpoint (``options.extra["llm_url"]``, ``["llm_model"]``,
``["llm_api_key"]``) for events as JSON and checks every answer before it becomes an Event:
types against PLOVER, CAMEO codes against the codebook, and every quoted span against the
sentence, so evidence offsets are always true. Nothing is downloaded.
"""

from __future__ import annotations

import importlib
import json
import logging
import urllib.error
import urllib.request
from collections.abc import Sequence
from typing import Any

from . import __version__
from .coder import EventCoder, event_id
from .config import Options
from .errors import CoderError, ConfigError
from .lexicon import load_lexicon
from .model import Actor, Article, Event, Evidence, Sentence, Span

__all__ = ["LLMCoder", "load_coder", "EVENT_JSON_SCHEMA"]

_log = logging.getLogger(__name__)

EVENT_JSON_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["events"],
    "properties": {"events": {"type": "array", "items": {
        "type": "object",
        "required": ["event_type", "trigger", "source", "target"],
        "properties": {
            "event_type": {"type": "string"}, "mode": {"type": ["string", "null"]},
            "cameo": {"type": ["string", "null"]}, "trigger": {"type": "string"},
            "source": {"type": "array", "items": {"$ref": "#/$defs/actor"}},
            "target": {"type": "array", "items": {"$ref": "#/$defs/actor"}},
            "negated": {"type": "boolean"}, "hypothetical": {"type": "boolean"}, "future": {"type": "boolean"},
            "confidence": {"type": "number"},
        }}}},
    "$defs": {"actor": {"type": "object", "required": ["text"], "properties": {
        "text": {"type": "string"}, "country": {"type": ["string", "null"]}, "sector": {"type": ["string", "null"]},
        "cameo_actor": {"type": ["string", "null"]}}}},
}

_PROMPT = ("You code political events in news sentences with the PLOVER ontology (types: {types}). "
           "Return JSON matching the schema: for each event the sentence asserts, its type, mode, CAMEO code, "
           "the trigger word exactly as written, source and target actors with the exact text as written, "
           "ISO 3166 alpha-3 country and PLOVER sector. Return an empty list when there is no event.")


def load_coder(spec: str, lang: str, options: Options) -> EventCoder:
    if spec == "llm":
        return LLMCoder(lang, options)
    module_name, _, attr = spec.partition(":")
    if not attr:
        raise ConfigError(f"coder {spec!r} must be 'rules', 'llm' or 'module:factory'")
    try:
        factory = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"cannot load coder {spec!r}: {exc}") from exc
    coder = factory(lang, options)
    if not hasattr(coder, "code"):
        raise ConfigError(f"coder {spec!r} has no code(article, sentences) method")
    return coder  # type: ignore[no-any-return]


class LLMCoder:
    """Events from an OpenAI-compatible ``/v1/chat/completions`` endpoint, validated locally."""

    name = "llm"

    def __init__(self, lang: str, options: Options) -> None:
        extra = options.extra
        self.url = str(extra.get("llm_url") or "")
        if not self.url:
            raise ConfigError("coder 'llm' needs extra.llm_url (an OpenAI-compatible base URL)")
        self.model = str(extra.get("llm_model") or "default")
        self.api_key = str(extra.get("llm_api_key") or "")
        self.timeout = float(extra.get("llm_timeout") or 60)
        self.lang = lang
        self.codebook = load_lexicon(lang, options.lexicon_dir).codebook
        self.version = f"chronist-llm/{__version__}+{self.model}"

    def _ask(self, sentence: str) -> list[dict[str, Any]]:
        body = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": _PROMPT.format(types=", ".join(sorted(self.codebook.types)))},
                {"role": "user", "content": sentence},
            ],
            "response_format": {"type": "json_schema",
                                "json_schema": {"name": "events", "schema": EVENT_JSON_SCHEMA, "strict": False}},
            "temperature": 0,
        }
        request = urllib.request.Request(
            self.url.rstrip("/") + "/v1/chat/completions", data=json.dumps(body).encode("utf-8"),
            headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {self.api_key}"} if self.api_key else {})})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (user-configured URL)
                payload = json.loads(response.read().decode("utf-8"))
        except (OSError, ValueError) as exc:  # URLError, HTTPError and timeouts are OSErrors
            raise CoderError(f"coder 'llm': no answer from {self.url}: {exc}") from exc
        try:
            events = json.loads(payload["choices"][0]["message"]["content"]).get("events", [])
        except (KeyError, IndexError, TypeError, AttributeError, ValueError) as exc:
            _log.warning("coder 'llm': an answer that is not the events JSON was skipped (%s)", exc)
            return []
        return events if isinstance(events, list) else []

    def code(self, article: Article, sentences: Sequence[Sentence]) -> list[Event]:
        out: list[Event] = []
        for sent in sentences:
            for raw in self._ask(sent.text):
                event = self._validated(article, sent, raw)
                if event is not None:
                    out.append(event)
        return out

    def _span(self, sent: Sentence, text: str) -> tuple[int, int] | None:
        at = sent.text.find(text) if text else -1
        return None if at < 0 else (sent.char_start + at, sent.char_start + at + len(text))

    def _actor(self, sent: Sentence, raw: dict[str, Any]) -> Actor | None:
        span = self._span(sent, str(raw.get("text", "")))
        if span is None:
            return None  # the model quoted words that are not in the sentence
        country = raw.get("country")
        sector = raw.get("sector")
        return Actor(text=raw["text"], name=None, country=country if isinstance(country, str) else None,
                     sector=sector if isinstance(sector, str) else None,
                     cameo_actor=raw.get("cameo_actor") or ((country or "") + (sector or "")) or None,
                     char_start=span[0], char_end=span[1])

    def _validated(self, article: Article, sent: Sentence, raw: dict[str, Any]) -> Event | None:
        etype = raw.get("event_type")
        if etype not in self.codebook.types:
            return None
        trigger = self._span(sent, str(raw.get("trigger", "")))
        if trigger is None:
            return None
        cameo = raw.get("cameo")
        code = self.codebook.cameo.get(cameo) if isinstance(cameo, str) else None
        mode = raw.get("mode") if raw.get("mode") in self.codebook.types[etype][1] else None
        source = tuple(a for a in (self._actor(sent, r) for r in raw.get("source") or []) if a)
        target = tuple(a for a in (self._actor(sent, r) for r in raw.get("target") or []) if a)
        confidence = raw.get("confidence")
        evidence = Evidence(sentence=sent.text, char_start=sent.char_start, char_end=sent.char_end,
                            trigger=Span(raw["trigger"], trigger[0], trigger[1]), rule=f"llm:{self.model}")
        return Event(
            event_id=event_id(article.article_id, sent.char_start, sent.char_end, etype, source, target, trigger[0]),
            article_id=article.article_id, url=article.url, event_type=etype, mode=mode,
            cameo=code.code if code else None,
            quad_class=code.quad_class if code else self.codebook.types[etype][0],
            goldstein=code.goldstein if code else None, source=source, target=target, evidence=evidence,
            confidence=float(confidence) if isinstance(confidence, int | float) and 0 <= confidence <= 1 else 0.5,
            coder=self.version, negated=bool(raw.get("negated")), hypothetical=bool(raw.get("hypothetical")),
            future=bool(raw.get("future")), domain=article.domain, lang=article.lang)
