"""The shapes of the API's answers, which become the OpenAPI spec at /api/openapi.json."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

__all__ = [
    "ActorBrief", "ActorCount", "ArticleDetail", "ArticlePage", "ArticleRef", "ArticleSummary", "CountryCount",
    "Dyad", "Error", "EventDetail", "EventPage", "EventSummary", "Excerpt", "FacetValue", "Facets", "Highlight",
    "Info", "PlaceCount", "QuadCounts", "Timeline", "TimelinePoint",
]


class Error(BaseModel):
    detail: str = Field(description="What was wrong, in one sentence.")


class QuadCounts(BaseModel):
    """Events per PLOVER/CAMEO quad class: 1 verbal cooperation, 2 material cooperation,
    3 verbal conflict, 4 material conflict."""

    q1: int = Field(alias="1")
    q2: int = Field(alias="2")
    q3: int = Field(alias="3")
    q4: int = Field(alias="4")


class ActorBrief(BaseModel):
    text: str | None
    name: str | None
    country: str | None
    sector: str | None
    cameo_actor: str | None


class EventSummary(BaseModel):
    event_id: str
    article_id: str
    date: str | None = Field(description="As precise as the text allows: YYYY, YYYY-MM or YYYY-MM-DD.")
    date_precision: str | None
    event_type: str
    mode: str | None
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    confidence: float | None
    lang: str | None
    url: str | None
    domain: str | None
    sentence: str | None
    trigger: str | None
    rule: str | None
    negated: bool | None
    hypothetical: bool | None
    future: bool | None
    historical: bool | None
    source_country: str | None
    target_country: str | None
    place: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    source: list[ActorBrief]
    target: list[ActorBrief]


class EventPage(BaseModel):
    total: int = Field(description="Events matching the filters, on every page.")
    limit: int
    offset: int
    sort: str
    items: list[EventSummary]


class ArticleRef(BaseModel):
    article_id: str
    title: str | None
    url: str | None
    domain: str | None
    published: dt.date | None
    lang: str | None
    in_store: bool = Field(description="False when the article text is not in the store (the excerpt is the sentence).")


class Excerpt(BaseModel):
    text: str
    char_start: int = Field(description="Offset of the excerpt in the article text.")
    char_end: int


class Highlight(BaseModel):
    kind: str = Field(description="sentence, trigger, source, target, date or place")
    char_start: int = Field(description="Offset in the article text.")
    char_end: int
    text: str
    label: str | None = Field(description="The rule for a trigger, the actor code for an actor.")


class EventDetail(BaseModel):
    event: dict[str, Any] = Field(description="The full event record (docs/event.schema.json).")
    article: ArticleRef
    excerpt: Excerpt
    highlights: list[Highlight]


class TimelinePoint(BaseModel):
    date: dt.date = Field(description="First day of the interval.")
    series: str
    count: int


class Timeline(BaseModel):
    interval: str
    by: str
    undated: int = Field(description="Matching events without a resolved date (not in the points).")
    points: list[TimelinePoint]


class CountryCount(BaseModel):
    country: str
    count: int
    quad_class: QuadCounts


class PlaceCount(BaseModel):
    name: str | None
    country: str | None
    lat: float
    lon: float
    count: int
    quad_class: QuadCounts


class ActorCount(BaseModel):
    actor: str | None = Field(description="CAMEO actor code, else name, else the text that named the actor.")
    label: str | None
    country: str | None
    count: int
    as_source: int
    as_target: int
    quad_class: QuadCounts


class Dyad(BaseModel):
    source: str | None
    target: str | None
    source_label: str | None
    target_label: str | None
    source_country: str | None
    target_country: str | None
    count: int
    quad_class: QuadCounts
    goldstein: float | None = Field(description="Mean Goldstein score (-10 conflict .. +10 cooperation).")


class FacetValue(BaseModel):
    value: str
    count: int


class Facets(BaseModel):
    events: int
    articles: int
    first_date: dt.date | None
    last_date: dt.date | None
    typical_first_date: dt.date | None = Field(description="1st percentile of event dates: where a timeline "
                                                           "should start (a few events tell of the distant past).")
    typical_last_date: dt.date | None = Field(description="99th percentile of event dates.")
    event_types: list[FacetValue]
    countries: list[FacetValue]
    languages: list[FacetValue]
    quad_classes: list[FacetValue]


class ArticleSummary(BaseModel):
    article_id: str
    title: str | None
    url: str | None
    domain: str | None
    published: dt.date | None
    lang: str | None
    n_sentences: int | None
    n_events: int | None
    origin: str | None


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleSummary]


class ArticleDetail(ArticleSummary):
    text: str | None
    events: list[EventSummary]


class Info(BaseModel):
    version: str
    mode: str = Field(description="read-only, writer, reopen or dataset")
    ingest: bool = Field(description="Whether POST /api/ingest is on (it needs the token).")
    limits: dict[str, int | float]
