"""The HTTP API: one route per question an analyst asks of the store.

    GET  /api/info                  what is served and the limits in force
    GET  /api/facets                event types, countries, languages and dates in the store
    GET  /api/events                filtered, sorted, paginated events
    GET  /api/events.csv|.jsonl     the same query, streamed as a download
    GET  /api/events/{event_id}     one event: record, article, excerpt, spans to highlight
    GET  /api/timeline              counts per day/week/month and quad class/type/CAMEO root
    GET  /api/map/countries         counts per country (of the place, source or target)
    GET  /api/map/places            counts per geocoded place
    GET  /api/actors, /api/dyads    top actors and source->target pairs
    GET  /api/articles[/{id}]       stored articles
    POST /api/ingest                documents in (only with the server's token)

The limits (page size, offset, request size, query time) come from ``ServeSettings`` and are
written into the OpenAPI spec, so a client sees them before it is refused.
"""

# No `from __future__ import annotations` here: FastAPI reads the annotations of the routes
# defined in build_router, whose limits are local names.
import csv
import datetime as dt
import hmac
import io
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import Field

from .. import __version__
from ..config import Options
from ..pipeline import Pipeline
from . import queries
from .ingest import BadBody, IngestBatch, IngestReport, ingest_documents, parse_documents
from .schemas import (
    ActorCount,
    ArticleDetail,
    ArticlePage,
    CountryCount,
    Dyad,
    Error,
    EventDetail,
    EventPage,
    Facets,
    Info,
    PlaceCount,
    Timeline,
)
from .settings import ServeSettings
from .source import EventSource, Session

__all__ = ["AggregateCache", "build_router"]

log = logging.getLogger(__name__)

ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,128}$"
COUNTRY_PATTERN = r"^[A-Za-z]{3}$"
TYPE_PATTERN = r"^[A-Za-z_]{1,40}$"
LANG_PATTERN = r"^[A-Za-z]{2}$"
MAX_TEXT = 200

Sort = Literal["-date", "date", "-confidence", "confidence", "-goldstein", "goldstein", "type"]
_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Error, "description": "A parameter is out of range or inconsistent."},
    503: {"model": Error, "description": "The query ran too long, or another process holds the store."},
}


class AggregateCache:
    """Recent aggregate answers, dropped whenever the store changes (``EventSource.version``)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        if self.size <= 0:
            return compute()
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value


def event_filter(
    since: Annotated[dt.date | None, Query(description="Events on or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[dt.date | None, Query(description="Events on or before this day (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, Query(pattern=COUNTRY_PATTERN,
                                         description="ISO 3166 alpha-3 (or PLOVER code such as IGO) of the "
                                                     "source, target, an actor or the place.")] = None,
    actor: Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT,
                                       description="Part of an actor's text or name, or a CAMEO actor code.")] = None,
    event_type: Annotated[list[Annotated[str, Field(pattern=TYPE_PATTERN)]], Query(
        max_length=20, description="PLOVER event types (repeat the parameter for several).")] = [],  # noqa: B006
    quad_class: Annotated[list[Annotated[int, Field(ge=1, le=4)]], Query(
        max_length=4, description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
                                  "4 material conflict (repeat for several).")] = [],  # noqa: B006
    cameo_root: Annotated[str | None, Query(pattern=r"^(0[1-9]|1[0-9]|20)$",
                                            description="Two-digit CAMEO root code, 01-20.")] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT,
                                   description="Words in the evidence sentence (case-insensitive).")] = None,
    lang: Annotated[str | None, Query(pattern=LANG_PATTERN, description="Language of the article.")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    article_id: Annotated[str | None, Query(pattern=ID_PATTERN, description="Events of one article.")] = None,
) -> queries.EventFilter:
    if since and until and since > until:
        raise HTTPException(400, f"since ({since}) is after until ({until})")
    return queries.EventFilter(since=since, until=until, country=country, actor=actor,
                               event_type=tuple(event_type), quad_class=tuple(quad_class), cameo_root=cameo_root,
                               q=q, lang=lang, min_confidence=min_confidence, article_id=article_id)


Filters = Annotated[queries.EventFilter, Depends(event_filter)]
bearer = HTTPBearer(auto_error=False, description="The token the server was started with (--ingest-token).")


def _csv_safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading quote (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _inlined(schema: dict[str, Any]) -> dict[str, Any]:
    """A JSON schema with its ``$defs`` written in place (the spec has no components for them)."""
    defs = schema.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/"):
                return walk(defs[ref.removeprefix("#/$defs/")])
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(schema)  # type: ignore[no-any-return]


def build_router(source: EventSource, settings: ServeSettings, *, options: Options | None = None,
                 cache_size: int = 256) -> APIRouter:
    """The API's routes over ``source``, with ``settings``' limits."""
    router = APIRouter(prefix="/api")
    cache = AggregateCache(cache_size)
    pipeline_lock = threading.Lock()
    pipelines: list[Pipeline] = []

    Limit = Annotated[int, Query(ge=1, le=settings.max_page_size, description="Rows per page.")]
    Offset = Annotated[int, Query(ge=0, le=settings.max_offset, description="Rows to skip.")]
    TopN = Annotated[int, Query(ge=1, le=settings.max_page_size, description="How many to return.")]

    def aggregate(name: str, f: queries.EventFilter, compute: Callable[[Session], Any], *extra: Any) -> Any:
        def run() -> Any:
            with source.session() as r:
                return compute(r)
        return cache.get((name, source.version(), f.key(), *extra), run)

    @router.get("/info", response_model=Info, tags=["store"])
    def info() -> dict[str, Any]:
        """What is served, whether ingest is on, and the limits in force."""
        return {"version": __version__, "mode": source.mode, "ingest": source.writable,
                "limits": {"max_page_size": settings.max_page_size, "max_offset": settings.max_offset,
                           "max_body_bytes": settings.max_body_bytes, "query_timeout": settings.query_timeout,
                           "max_export_rows": settings.max_export_rows,
                           "max_batch_documents": settings.max_batch_documents}}

    @router.get("/facets", response_model=Facets, responses=_ERRORS, tags=["store"])
    def facets() -> Any:
        """Event types, countries, languages, quad classes and the date range of the store."""
        return aggregate("facets", queries.EventFilter(), queries.facets)

    @router.get("/events", response_model=EventPage, responses=_ERRORS, tags=["events"])
    def events(f: Filters, limit: Limit = 50, offset: Offset = 0, sort: Sort = "-date") -> dict[str, Any]:
        """Events that match the filters, one page at a time, each with its actors and evidence sentence."""
        with source.session() as r:
            total = queries.count_events(r, f)
            items = queries.list_events(r, f, sort=sort, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "sort": sort, "items": items}

    ExportLimit = Annotated[int, Query(ge=1, le=settings.max_export_rows, description="Most rows to stream.")]

    def _stream(chunks: Callable[[Session], Iterator[list[tuple[Any, ...]]]],
                render: Callable[[list[tuple[Any, ...]]], str], header: str = "") -> Iterator[str]:
        deadline = time.monotonic() + settings.max_export_seconds
        if header:
            yield header
        with source.session() as r:
            for rows in chunks(r):
                yield render(rows)
                if time.monotonic() > deadline:
                    log.warning("download cut after %s s (max_export_seconds)", settings.max_export_seconds)
                    return

    def _download(body: Iterator[str], media: str, filename: str) -> StreamingResponse:
        return StreamingResponse(body, media_type=media,
                                 headers={"Content-Disposition": f'attachment; filename="{filename}"'})

    @router.get("/events.csv", tags=["events"], responses={200: {"content": {"text/csv": {}}}, **_ERRORS},
                response_class=StreamingResponse)
    def events_csv(f: Filters, sort: Sort = "-date", limit: ExportLimit = settings.max_export_rows) -> StreamingResponse:
        """The event query as CSV (streamed), one row per event with actors, place and evidence."""
        def render(rows: list[tuple[Any, ...]]) -> str:
            out = io.StringIO()
            csv.writer(out).writerows([_csv_safe(v) for v in row] for row in rows)
            return out.getvalue()

        head = io.StringIO()
        csv.writer(head).writerow(queries.EXPORT_COLUMNS)
        body = _stream(lambda r: queries.export_csv_rows(r, f, sort=sort, limit=limit), render, head.getvalue())
        return _download(body, "text/csv; charset=utf-8", "chronist-events.csv")

    @router.get("/events.jsonl", tags=["events"], responses={200: {"content": {"application/x-ndjson": {}}}, **_ERRORS},
                response_class=StreamingResponse)
    def events_jsonl(f: Filters, sort: Sort = "-date", limit: ExportLimit = settings.max_export_rows) -> StreamingResponse:
        """The event query as JSON lines (streamed), one full event record (docs/event.schema.json) a line."""
        def render(rows: list[tuple[Any, ...]]) -> str:
            return "".join(row[1] + "\n" for row in rows)

        body = _stream(lambda r: queries.export_jsonl_lines(r, f, sort=sort, limit=limit), render)
        return _download(body, "application/x-ndjson; charset=utf-8", "chronist-events.jsonl")

    @router.get("/events/{event_id}", response_model=EventDetail, tags=["events"],
                responses={404: {"model": Error, "description": "No such event."}, **_ERRORS})
    def event(event_id: Annotated[str, Field(pattern=ID_PATTERN)]) -> dict[str, Any]:
        """One event with its full record, article, an excerpt around the sentence and the spans to highlight."""
        with source.session() as r:
            detail = queries.event_detail(r, event_id)
        if detail is None:
            raise HTTPException(404, f"no event {event_id!r} in the store")
        return detail

    @router.get("/timeline", response_model=Timeline, responses=_ERRORS, tags=["aggregates"])
    def timeline(f: Filters, interval: Literal["day", "week", "month"] = "day",
                 by: Literal["quad_class", "event_type", "cameo_root"] = "quad_class") -> Any:
        """Events per day (week, month), split by quad class, event type or CAMEO root."""
        return aggregate("timeline", f, lambda r: queries.timeline(r, f, interval=interval, by=by), interval, by)

    @router.get("/map/countries", response_model=list[CountryCount], responses=_ERRORS, tags=["aggregates"])
    def map_countries(f: Filters, role: Literal["place", "source", "target", "actor"] = "place") -> Any:
        """Events per country: of the event's place (default), of its source, its target, or any actor."""
        return aggregate("countries", f, lambda r: queries.countries(r, f, role=role), role)

    @router.get("/map/places", response_model=list[PlaceCount], responses=_ERRORS, tags=["aggregates"])
    def map_places(f: Filters, limit: Annotated[int, Query(ge=1, le=5000)] = 2000) -> Any:
        """Events per geocoded place, most first."""
        return aggregate("places", f, lambda r: queries.places(r, f, limit=limit), limit)

    @router.get("/actors", response_model=list[ActorCount], responses=_ERRORS, tags=["aggregates"])
    def actors(f: Filters, role: Literal["any", "source", "target"] = "any", limit: TopN = 25) -> Any:
        """The actors in most matching events."""
        return aggregate("actors", f, lambda r: queries.actors(r, f, role=role, limit=limit), role, limit)

    @router.get("/dyads", response_model=list[Dyad], responses=_ERRORS, tags=["aggregates"])
    def dyads(f: Filters, limit: TopN = 50) -> Any:
        """Source -> target pairs in most matching events, with quad classes and mean Goldstein score."""
        return aggregate("dyads", f, lambda r: queries.dyads(r, f, limit=limit), limit)

    @router.get("/articles", response_model=ArticlePage, responses=_ERRORS, tags=["articles"])
    def articles(q: Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT,
                                                description="Words in the title or URL.")] = None,
                 lang: Annotated[str | None, Query(pattern=LANG_PATTERN)] = None,
                 since: Annotated[dt.date | None, Query(description="Published on or after.")] = None,
                 until: Annotated[dt.date | None, Query(description="Published on or before.")] = None,
                 limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Stored articles, newest first."""
        if since and until and since > until:
            raise HTTPException(400, f"since ({since}) is after until ({until})")
        with source.session() as r:
            total, items = queries.articles(r, q=q, lang=lang, since=since, until=until, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @router.get("/articles/{article_id}", response_model=ArticleDetail, tags=["articles"],
                responses={404: {"model": Error, "description": "No such article."}, **_ERRORS})
    def article(article_id: Annotated[str, Field(pattern=ID_PATTERN)]) -> dict[str, Any]:
        """One article: its clean text (the text every offset refers to) and its events."""
        with source.session() as r:
            found = queries.article(r, article_id, max_events=settings.max_page_size)
        if found is None:
            raise HTTPException(404, f"no article {article_id!r} in the store")
        return found

    single = {"text/html": {"schema": {"type": "string"}}, "text/plain": {"schema": {"type": "string"}}}
    batch = {"application/json": {"schema": _inlined(IngestBatch.model_json_schema())},
             "application/x-ndjson": {"schema": {"type": "string"}}}

    @router.post("/ingest", response_model=IngestReport, tags=["ingest"],
                 responses={400: {"model": Error, "description": "The body cannot be read as documents."},
                            401: {"model": Error, "description": "No token, or the wrong one."},
                            403: {"model": Error, "description": "Ingest over HTTP is off on this server."},
                            413: {"model": Error, "description": "The body or the batch is too large."},
                            415: {"model": Error, "description": "Unsupported content type."}},
                 openapi_extra={"requestBody": {"required": True, "content": {**single, **batch}}})
    async def ingest(request: Request,
                     credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None,
                     url: Annotated[str | None, Query(max_length=2048, description="URL of a single document.")] = None,
                     published: Annotated[dt.date | None, Query(description="Publication date of a single document.")] = None,
                     title: Annotated[str | None, Query(max_length=1000)] = None,
                     lang: Annotated[str | None, Query(pattern=r"^[a-z]{2}$")] = None) -> IngestReport:
        """Code and store documents: one HTML or text document, or a batch (JSON or JSON lines).

        Off unless the server was started with an ingest token; then the request must carry it
        as ``Authorization: Bearer TOKEN``. Each request is one run; documents that cannot
        become articles are reported (and recorded in ``errors``), the rest are stored.
        """
        token = settings.ingest_token
        if not token or not source.writable:
            raise HTTPException(403, "ingest over HTTP is off: start `chronist serve` with --ingest-token "
                                     "(or CHRONIST_INGEST_TOKEN) to turn it on")
        given = credentials.credentials if credentials else ""
        if not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
            raise HTTPException(401, "a valid token is required: send 'Authorization: Bearer TOKEN'",
                                headers={"WWW-Authenticate": "Bearer"})
        body = await request.body()
        params = {k: v for k, v in (("url", url), ("published", published), ("title", title), ("lang", lang)) if v}
        try:
            documents = parse_documents(body, request.headers.get("content-type", ""), params=params,
                                        max_documents=settings.max_batch_documents)
        except BadBody as exc:
            raise HTTPException(exc.status, str(exc)) from exc

        def run() -> IngestReport:
            with pipeline_lock:
                if not pipelines:
                    pipelines.append(Pipeline(options))
            return ingest_documents(source, pipelines[0], documents)

        return await run_in_threadpool(run)

    return router
