"""The server's read queries: parameterised SQL over ``events e`` and friends, one function each.

Filters are ``EventFilter`` (the store's ``event_filters_sql`` plus lists of types and quad
classes, a CAMEO root, language, confidence and article). Every value reaches DuckDB as a
parameter; the only text put into SQL is chosen from the fixed tables below (sort orders,
time intervals, group-by expressions), never taken from a request.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..store import event_filters_sql
from .source import Reader

__all__ = [
    "actor_key", "EXPORT_COLUMNS", "INTERVALS", "SERIES", "SORTS", "EventFilter",
    "article", "articles", "actors", "count_events", "countries", "dyads", "event_detail",
    "export_csv_rows", "export_jsonl_lines", "facets", "list_events", "places", "timeline",
]

# sort name -> ORDER BY; event_id last so that pages are stable
SORTS = {
    "-date": "e.event_date DESC NULLS LAST, e.event_id",
    "date": "e.event_date ASC NULLS LAST, e.event_id",
    "-confidence": "e.confidence DESC NULLS LAST, e.event_id",
    "confidence": "e.confidence ASC NULLS LAST, e.event_id",
    "-goldstein": "e.goldstein DESC NULLS LAST, e.event_id",
    "goldstein": "e.goldstein ASC NULLS LAST, e.event_id",
    "type": "e.event_type, e.event_date DESC NULLS LAST, e.event_id",
}
INTERVALS = ("day", "week", "month")
# timeline series name -> the expression it groups by
SERIES = {"quad_class": "e.quad_class::VARCHAR", "event_type": "e.event_type", "cameo_root": "left(e.cameo, 2)"}


def actor_key(alias: str) -> str:
    """An actor is its CAMEO code when it has one, else its name, else the words that named it."""
    return f"coalesce({alias}.cameo_actor, {alias}.name, {alias}.text)"


_QUADS = ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4))


@dataclass(frozen=True, slots=True)
class EventFilter:
    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None
    actor: str | None = None
    event_type: tuple[str, ...] = ()
    quad_class: tuple[int, ...] = ()
    cameo_root: str | None = None
    q: str | None = None
    lang: str | None = None
    min_confidence: float | None = None
    article_id: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """A parameterised condition over ``events e``."""
        clause, params = event_filters_sql(
            since=self.since.isoformat() if self.since else None,
            until=self.until.isoformat() if self.until else None,
            country=self.country, actor=self.actor, text=self.q)
        parts = [clause]
        if self.event_type:
            parts.append(f"e.event_type IN ({', '.join('?' * len(self.event_type))})")
            params += [t.upper() for t in self.event_type]
        if self.quad_class:
            parts.append(f"e.quad_class IN ({', '.join('?' * len(self.quad_class))})")
            params += [int(q) for q in self.quad_class]
        if self.cameo_root:
            parts.append("left(e.cameo, 2) = ?")
            params.append(self.cameo_root)
        if self.lang:
            parts.append("e.lang = ?")
            params.append(self.lang.lower())
        if self.min_confidence is not None:
            parts.append("e.confidence >= ?")
            params.append(float(self.min_confidence))
        if self.article_id:
            parts.append("e.article_id = ?")
            params.append(self.article_id)
        return " AND ".join(parts), params

    def key(self) -> tuple[Any, ...]:
        """Hashable, for the aggregate cache."""
        return (self.since, self.until, self.country, self.actor, self.event_type, self.quad_class,
                self.cameo_root, self.q, self.lang, self.min_confidence, self.article_id)


# -- events -------------------------------------------------------------------------------

_SUMMARY = """e.event_id, e.article_id, e.date, e.date_precision, e.event_type, e.mode, e.cameo, e.quad_class,
    e.goldstein, e.confidence, e.lang, e.url, e.domain, e.sentence, e.trigger_text, e.rule,
    e.negated, e.hypothetical, e.future, e.historical, e.source_country, e.target_country,
    e.action_geo_name, e.action_geo_country, e.action_geo_lat, e.action_geo_lon"""
_SUMMARY_NAMES = ["event_id", "article_id", "date", "date_precision", "event_type", "mode", "cameo", "quad_class",
                  "goldstein", "confidence", "lang", "url", "domain", "sentence", "trigger", "rule",
                  "negated", "hypothetical", "future", "historical", "source_country", "target_country",
                  "place", "place_country", "lat", "lon"]


def count_events(r: Reader, f: EventFilter) -> int:
    where, params = f.where()
    row = r.one(f"SELECT count(*) FROM events e WHERE {where}", params)
    return int(row[0]) if row else 0


def list_events(r: Reader, f: EventFilter, *, sort: str, limit: int, offset: int) -> list[dict[str, Any]]:
    """One page of event summaries, each with its source and target actors."""
    where, params = f.where()
    rows = r.all(f"SELECT {_SUMMARY} FROM events e WHERE {where} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
                 [*params, limit, offset])
    items = [dict(zip(_SUMMARY_NAMES, row, strict=True)) for row in rows]
    actors = _actors_of(r, [i["event_id"] for i in items])
    for item in items:
        item["source"] = actors.get((item["event_id"], "source"), [])
        item["target"] = actors.get((item["event_id"], "target"), [])
    return items


def _actors_of(r: Reader, event_ids: list[str]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    if not event_ids:
        return {}
    rows = r.all("SELECT event_id, role, text, name, country, sector, cameo_actor FROM event_actors "
                 "WHERE event_id IN (SELECT unnest(?)) AND role IN ('source', 'target') "
                 "ORDER BY event_id, role, idx", [event_ids])
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for event_id, role, text, name, country, sector, code in rows:
        out.setdefault((event_id, role), []).append(
            {"text": text, "name": name, "country": country, "sector": sector, "cameo_actor": code})
    return out


def event_detail(r: Reader, event_id: str, *, context_chars: int = 600) -> dict[str, Any] | None:
    """The full record, its article, an excerpt around the sentence and the spans to highlight."""
    row = r.one("SELECT e.record, e.article_id, a.title, a.url, a.domain, a.published, a.lang, a.text "
                "FROM events e LEFT JOIN articles a ON a.article_id = e.article_id WHERE e.event_id = ?",
                [event_id])
    if row is None:
        return None
    record_json, article_id, title, url, domain, published, lang, text = row
    record = json.loads(record_json) if isinstance(record_json, str) else record_json
    evidence = record["evidence"]
    if not text:  # an article that is not in the store (a partial dataset): the sentence is all we have
        text, offset = evidence["sentence"], evidence["char_start"]
    else:
        offset = 0
    excerpt = _excerpt(text, evidence["char_start"] - offset, evidence["char_end"] - offset, context_chars)
    start = excerpt[1] + offset
    return {
        "event": record,
        "article": {"article_id": article_id, "title": title, "url": url or record.get("url"), "domain": domain,
                    "published": published, "lang": lang, "in_store": offset == 0},
        "excerpt": {"text": excerpt[0], "char_start": start, "char_end": start + len(excerpt[0])},
        "highlights": highlights(record, text, offset),
    }


def _excerpt(text: str, start: int, end: int, context: int) -> tuple[str, int]:
    """The text around [start, end), cut at whitespace so that no word is split."""
    lo, hi = max(0, start - context), min(len(text), end + context)
    if lo > 0:
        cut = text.find(" ", lo, start)
        lo = cut + 1 if cut != -1 else lo
    if hi < len(text):
        cut = text.rfind(" ", end, hi)
        hi = cut if cut != -1 else hi
    return text[lo:hi], lo


def highlights(record: dict[str, Any], text: str, offset: int = 0) -> list[dict[str, Any]]:
    """Spans of the article text to mark, in article offsets: sentence, trigger, actors, date, place.

    Date and place expressions carry no offsets in the record; they are found in the sentence.
    Spans that do not match the text (a record from another version of the article) are left out.
    """
    ev = record["evidence"]
    spans: list[dict[str, Any]] = []

    def add(kind: str, start: int | None, end: int | None, label: str | None = None) -> None:
        if start is None or end is None or not 0 <= start - offset < end - offset <= len(text):
            return
        spans.append({"kind": kind, "char_start": start, "char_end": end, "text": text[start - offset:end - offset],
                      "label": label})

    add("sentence", ev["char_start"], ev["char_end"])
    add("trigger", ev["trigger"]["char_start"], ev["trigger"]["char_end"], ev.get("rule"))
    for role in ("source", "target"):
        for actor in record.get(role) or []:
            add(role, actor.get("char_start"), actor.get("char_end"), actor.get("cameo_actor") or actor.get("name"))
    sentence = ev["sentence"]
    for kind, key in (("date", "date_text"), ("place", "place_text")):
        words = ev.get(key)
        at = sentence.find(words) if words else -1
        if words and at != -1:
            add(kind, ev["char_start"] + at, ev["char_start"] + at + len(words), words)
    return spans


# -- aggregates for the timeline, the map and the actor view ------------------------------

def timeline(r: Reader, f: EventFilter, *, interval: str, by: str) -> dict[str, Any]:
    where, params = f.where()
    bucket = f"date_trunc('{interval}', e.event_date)::DATE"  # interval is one of INTERVALS
    rows = r.all(f"SELECT {bucket} AS bucket, {SERIES[by]} AS series, count(*) FROM events e "
                 f"WHERE {where} AND e.event_date IS NOT NULL GROUP BY ALL ORDER BY 1, 2", params)
    undated = r.one(f"SELECT count(*) FROM events e WHERE {where} AND e.event_date IS NULL", params)
    return {"interval": interval, "by": by, "undated": int(undated[0]) if undated else 0,
            "points": [{"date": d, "series": s if s is not None else "none", "count": n} for d, s, n in rows]}


def _quads(row: tuple[Any, ...]) -> dict[str, int]:
    return {str(q): int(row[i]) for i, q in enumerate((1, 2, 3, 4))}


def countries(r: Reader, f: EventFilter, *, role: str) -> list[dict[str, Any]]:
    """Events per country: of the event's place, or of its source or target actors."""
    where, params = f.where()
    if role == "place":
        sql = (f"SELECT e.action_geo_country AS country, count(*), {_QUADS} FROM events e "
               f"WHERE {where} AND e.action_geo_country IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1")
    else:
        roles = "('source', 'target')" if role == "actor" else f"('{role}')"  # role is place|source|target|actor
        sql = (f"SELECT a.country, count(DISTINCT e.event_id), "
               + ", ".join(f"count(DISTINCT e.event_id) FILTER (WHERE e.quad_class = {q})" for q in (1, 2, 3, 4))
               + f" FROM events e JOIN event_actors a ON a.event_id = e.event_id AND a.role IN {roles} "
               f"WHERE {where} AND a.country IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1")
    return [{"country": row[0], "count": int(row[1]), "quad_class": _quads(row[2:])} for row in r.all(sql, params)]


def places(r: Reader, f: EventFilter, *, limit: int) -> list[dict[str, Any]]:
    """Events per geocoded place (the event's first location), largest first."""
    where, params = f.where()
    rows = r.all(f"SELECT e.action_geo_name, e.action_geo_country, e.action_geo_lat, e.action_geo_lon, "
                 f"count(*), {_QUADS} FROM events e WHERE {where} AND e.action_geo_lat IS NOT NULL "
                 f"AND e.action_geo_lon IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1 LIMIT ?",
                 [*params, limit])
    return [{"name": row[0], "country": row[1], "lat": row[2], "lon": row[3], "count": int(row[4]),
             "quad_class": _quads(row[5:])} for row in rows]


def actors(r: Reader, f: EventFilter, *, role: str, limit: int) -> list[dict[str, Any]]:
    where, params = f.where()
    roles = "('source', 'target')" if role == "any" else f"('{role}')"  # role is any|source|target
    rows = r.all(
        f"SELECT {actor_key('a')} AS actor, mode(coalesce(a.name, a.text)), mode(a.country), "
        f"count(DISTINCT e.event_id) AS n, count(*) FILTER (WHERE a.role = 'source'), "
        f"count(*) FILTER (WHERE a.role = 'target'), {_QUADS} "
        f"FROM events e JOIN event_actors a ON a.event_id = e.event_id AND a.role IN {roles} "
        f"WHERE {where} GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?", [*params, limit])
    return [{"actor": row[0], "label": row[1], "country": row[2], "count": int(row[3]), "as_source": int(row[4]),
             "as_target": int(row[5]), "quad_class": _quads(row[6:])} for row in rows]


def dyads(r: Reader, f: EventFilter, *, limit: int) -> list[dict[str, Any]]:
    """Source -> target pairs with how often, how (quad classes) and how hostile (Goldstein)."""
    where, params = f.where()
    key_s, key_t = actor_key("s"), actor_key("t")
    rows = r.all(
        f"SELECT {key_s} AS source, {key_t} AS target, count(DISTINCT e.event_id) AS n, "
        + ", ".join(f"count(DISTINCT e.event_id) FILTER (WHERE e.quad_class = {q})" for q in (1, 2, 3, 4))
        + ", avg(e.goldstein), mode(coalesce(s.name, s.text)), mode(coalesce(t.name, t.text)), "
        f"mode(s.country), mode(t.country) "
        f"FROM events e JOIN event_actors s ON s.event_id = e.event_id AND s.role = 'source' "
        f"JOIN event_actors t ON t.event_id = e.event_id AND t.role = 'target' "
        f"WHERE {where} AND {key_s} <> {key_t} GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", [*params, limit])
    return [{"source": row[0], "target": row[1], "count": int(row[2]), "quad_class": _quads(row[3:7]),
             "goldstein": row[7], "source_label": row[8], "target_label": row[9], "source_country": row[10],
             "target_country": row[11]} for row in rows]


def facets(r: Reader) -> dict[str, Any]:
    """What the store holds, for the dashboard's filter choices."""
    n_events, first, last = r.one("SELECT count(*), min(event_date), max(event_date) FROM events") or (0, None, None)
    n_articles = r.one("SELECT count(*) FROM articles")
    return {
        "events": int(n_events), "articles": int(n_articles[0]) if n_articles else 0,
        "first_date": first, "last_date": last,
        "event_types": [{"value": v, "count": int(n)} for v, n in r.all(
            "SELECT event_type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1")],
        "countries": [{"value": v, "count": int(n)} for v, n in r.all(
            "SELECT country, count(*) FROM (SELECT action_geo_country AS country FROM events UNION ALL "
            "SELECT source_country FROM events UNION ALL SELECT target_country FROM events) "
            "WHERE country IS NOT NULL AND length(country) = 3 GROUP BY 1 ORDER BY 2 DESC, 1")],
        "languages": [{"value": v, "count": int(n)} for v, n in r.all(
            "SELECT lang, count(*) FROM events WHERE lang IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1")],
        "quad_classes": [{"value": str(v), "count": int(n)} for v, n in r.all(
            "SELECT quad_class, count(*) FROM events WHERE quad_class IS NOT NULL GROUP BY 1 ORDER BY 1")],
    }


# -- articles -------------------------------------------------------------------------------

_ARTICLE = "article_id, title, url, domain, published, lang, n_sentences, n_events, origin"
_ARTICLE_NAMES = ["article_id", "title", "url", "domain", "published", "lang", "n_sentences", "n_events", "origin"]


def articles(r: Reader, *, q: str | None, lang: str | None, since: dt.date | None, until: dt.date | None,
             limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    where, params = ["1=1"], []
    if q:
        where.append("(contains(lower(title), ?) OR contains(lower(url), ?))")
        params += [q.lower(), q.lower()]
    if lang:
        where.append("lang = ?")
        params.append(lang.lower())
    if since:
        where.append("published >= ?")
        params.append(since)
    if until:
        where.append("published <= ?")
        params.append(until)
    clause = " AND ".join(where)
    total = r.one(f"SELECT count(*) FROM articles WHERE {clause}", params)
    rows = r.all(f"SELECT {_ARTICLE} FROM articles WHERE {clause} "
                 "ORDER BY published DESC NULLS LAST, article_id LIMIT ? OFFSET ?", [*params, limit, offset])
    return (int(total[0]) if total else 0), [dict(zip(_ARTICLE_NAMES, row, strict=True)) for row in rows]


def article(r: Reader, article_id: str, *, max_events: int) -> dict[str, Any] | None:
    row = r.one(f"SELECT {_ARTICLE}, text FROM articles WHERE article_id = ?", [article_id])
    if row is None:
        return None
    out = dict(zip([*_ARTICLE_NAMES, "text"], row, strict=True))
    out["events"] = list_events(r, EventFilter(article_id=article_id), sort="date", limit=max_events, offset=0)
    return out


# -- downloads ------------------------------------------------------------------------------

EXPORT_COLUMNS = ["event_id", "date", "date_precision", "event_type", "mode", "cameo", "quad_class", "goldstein",
                  "source", "source_actor", "source_country", "target", "target_actor", "target_country",
                  "place", "place_country", "lat", "lon", "confidence", "negated", "hypothetical", "future",
                  "historical", "lang", "trigger", "rule", "date_text", "place_text", "sentence", "url",
                  "article_id"]


def export_csv_rows(r: Reader, f: EventFilter, *, sort: str, limit: int) -> Iterator[list[tuple[Any, ...]]]:
    where, params = f.where()
    sql = f"""
        WITH picked AS (SELECT * EXCLUDE (record) FROM events e WHERE {where} ORDER BY {SORTS[sort]} LIMIT ?),
        named AS (
            SELECT event_id,
                   string_agg(coalesce(name, text), '; ' ORDER BY idx) FILTER (WHERE role = 'source') AS source,
                   string_agg(coalesce(name, text), '; ' ORDER BY idx) FILTER (WHERE role = 'target') AS target
            FROM event_actors WHERE event_id IN (SELECT event_id FROM picked) GROUP BY event_id)
        SELECT e.event_id, e.date, e.date_precision, e.event_type, e.mode, e.cameo, e.quad_class, e.goldstein,
               n.source, e.source_actor, e.source_country, n.target, e.target_actor, e.target_country,
               e.action_geo_name, e.action_geo_country, e.action_geo_lat, e.action_geo_lon, e.confidence,
               e.negated, e.hypothetical, e.future, e.historical, e.lang, e.trigger_text, e.rule, e.date_text,
               e.place_text, e.sentence, e.url, e.article_id
        FROM picked e LEFT JOIN named n USING (event_id) ORDER BY {SORTS[sort]}"""
    return r.stream(sql, [*params, limit])


def export_jsonl_lines(r: Reader, f: EventFilter, *, sort: str, limit: int) -> Iterator[list[tuple[Any, ...]]]:
    where, params = f.where()
    return r.stream(f"SELECT e.record FROM events e WHERE {where} ORDER BY {SORTS[sort]} LIMIT ?", [*params, limit])
