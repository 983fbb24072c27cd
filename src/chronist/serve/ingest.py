"""Ingest over HTTP: documents POSTed to the server, which is then the store's one writer.

A request carries one document (``text/html`` or ``text/plain``, with url, published, title
and lang as query parameters) or a batch (``application/json`` ``{"documents": [...]}`` or
``application/x-ndjson``, one record per line, with the fields of a JSONL input). Each
request is one run in the ``runs`` table; documents that cannot become articles are
recorded in ``errors`` and the rest of the batch is stored, as with ``chronist ingest``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import InputError
from ..model import RawDocument
from ..pipeline import Pipeline
from .source import EventSource

__all__ = ["BadBody", "IngestDocument", "IngestBatch", "IngestReport", "parse_documents", "ingest_documents"]

HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain"}
JSON_TYPES = {"application/json"}
NDJSON_TYPES = {"application/x-ndjson", "application/jsonl", "application/jsonlines"}
CONTENT_TYPES = HTML_TYPES | TEXT_TYPES | JSON_TYPES | NDJSON_TYPES


class BadBody(ValueError):
    """The request body cannot be read as documents (400, or 415 for an unknown type)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class IngestDocument(BaseModel):
    """One document of a batch: HTML or text, and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    html: str | None = Field(None, description="The page as HTML (preferred over text when both are given).")
    text: str | None = Field(None, description="The article as plain text.")
    url: str | None = Field(None, max_length=2048)
    published: dt.date | None = Field(None, description="Publication date, YYYY-MM-DD.")
    title: str | None = Field(None, max_length=1000)
    lang: str | None = Field(None, pattern=r"^[a-z]{2}$", description="Language code; skips language identification.")

    @model_validator(mode="after")
    def _has_content(self) -> IngestDocument:
        if not (self.html and self.html.strip()) and not (self.text and self.text.strip()):
            raise ValueError("a document needs a non-empty 'html' or 'text'")
        return self


class IngestBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: list[IngestDocument] = Field(..., min_length=1)


class ArticleOutcome(BaseModel):
    origin: str
    article_id: str | None
    events: int
    status: str = Field(description="stored, duplicate or failed")
    reason: str | None = None
    message: str | None = None


class IngestReport(BaseModel):
    run_id: str
    seen: int
    stored: int
    duplicates: int
    failed: int
    events: int
    documents: list[ArticleOutcome]


def _raw(doc: IngestDocument, origin: str) -> RawDocument:
    html = doc.html if doc.html and doc.html.strip() else None
    return RawDocument(origin=origin, content=html or doc.text or "", content_type="html" if html else "text",
                       url=doc.url, published=doc.published, title=doc.title, lang=doc.lang)


def _validated(record: Any, origin: str) -> IngestDocument:
    try:
        return IngestDocument.model_validate(record)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'document'}: {e['msg']}" for e in exc.errors())
        raise BadBody(f"{origin}: {problems}") from exc


def parse_documents(body: bytes, content_type: str, *, params: dict[str, Any], max_documents: int) -> list[RawDocument]:
    """The documents a request carries, or ``BadBody`` saying what is wrong with it."""
    kind = content_type.split(";")[0].strip().lower()
    if kind not in CONTENT_TYPES:
        raise BadBody(f"unsupported content type {kind or '(none)'!r}: send one of {', '.join(sorted(CONTENT_TYPES))}",
                      status=415)
    if not body.strip():
        raise BadBody("the request body is empty")
    if kind in HTML_TYPES or kind in TEXT_TYPES:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadBody(f"the body is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
        key = "html" if kind in HTML_TYPES else "text"
        return [_raw(_validated({key: text, **params}, "document"), "<http>")]
    if params:
        raise BadBody(f"query parameters ({', '.join(sorted(params))}) apply to a single document; "
                      "put them in each record of a batch")
    try:
        if kind in JSON_TYPES:
            data = json.loads(body)
            records = data["documents"] if isinstance(data, dict) and "documents" in data else [data]
        else:
            records = [json.loads(line) for line in body.splitlines() if line.strip()]
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadBody(f"the body is not valid JSON: {exc}") from exc
    if not isinstance(records, list):
        raise BadBody("'documents' must be a list")
    if not records:
        raise BadBody("the batch has no documents")
    if len(records) > max_documents:
        raise BadBody(f"{len(records)} documents is over the limit of {max_documents} per request", status=413)
    return [_raw(_validated(rec, f"documents[{i}]"), f"<http>#{i}") for i, rec in enumerate(records)]


def ingest_documents(source: EventSource, pipeline: Pipeline, documents: list[RawDocument]) -> IngestReport:
    """Code the documents and store them in one transaction; one run, failures recorded."""
    store = source.store
    if store is None or not source.writable:
        raise RuntimeError("ingest needs the server to be the store's writer")
    with source.write_lock:
        run_id = store.start_run(f"serve ingest ({len(documents)} documents)")
        outcomes: list[ArticleOutcome] = []
        coded = []
        for doc in documents:
            try:
                article = pipeline.process(doc)
            except InputError as exc:
                message = exc.args[0] if exc.args else exc.reason
                store.add_error(run_id, doc.origin, exc.code, exc.reason, message)
                outcomes.append(ArticleOutcome(origin=doc.origin, article_id=None, events=0, status="failed",
                                               reason=exc.reason, message=message))
            else:
                coded.append(article)
                outcomes.append(ArticleOutcome(origin=doc.origin, article_id=article.article_id,
                                               events=len(article.events), status="pending"))
        known = store.known_ids(a.article_id for a in coded)
        stored = store.add_batch(coded, run_id)
        first_seen: set[str] = set()
        for outcome in outcomes:
            if outcome.status != "pending":
                continue
            fresh = outcome.article_id not in known and outcome.article_id not in first_seen
            outcome.status = "stored" if fresh else "duplicate"
            if fresh:
                first_seen.add(outcome.article_id or "")
            else:
                outcome.events = 0
        failed = sum(o.status == "failed" for o in outcomes)
        events = sum(o.events for o in outcomes if o.status == "stored")
        store.finish_run(run_id, seen=len(documents), stored=stored, duplicates=len(coded) - stored, failed=failed,
                         events=events)
        source.indexed([a.article_id for a in coded])
    return IngestReport(run_id=run_id, seen=len(documents), stored=stored, duplicates=len(coded) - stored,
                        failed=failed, events=events, documents=outcomes)
