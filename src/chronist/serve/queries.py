"""The server's read queries, one function per route.

Filters and aggregates run on the filter index (``index.py``: tables ev, ea, ek, ec, actor,
akey); the rows a person sees (event summaries, records, articles) are then read from the
store by event id. Every value reaches DuckDB as a parameter; the only text put into SQL is
chosen from the fixed tables below (sort orders, intervals, series, roles), never taken
from a request.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .source import Session

__all__ = [
    "EXPORT_COLUMNS", "INTERVALS", "SERIES", "SORTS", "EventFilter",
    "article", "articles", "actors", "count_events", "countries", "dyads", "event_detail", "export_csv_rows",
    "export_jsonl_lines", "facets", "highlights", "list_events", "places", "timeline",
]

# sort name -> ORDER BY over the index; event_id last so that pages are stable
SORTS = {
    "-date": "f.event_date DESC NULLS LAST, f.event_id",
    "date": "f.event_date ASC NULLS LAST, f.event_id",
    "-confidence": "f.confidence DESC NULLS LAST, f.event_id",
    "confidence": "f.confidence ASC NULLS LAST, f.event_id",
    "-goldstein": "f.goldstein DESC NULLS LAST, f.event_id",
    "goldstein": "f.goldstein ASC NULLS LAST, f.event_id",
    "type": "f.event_type, f.event_date DESC NULLS LAST, f.event_id",
}
INTERVALS = ("day", "week", "month")
SERIES = {"quad_class": "f.quad_class::VARCHAR", "event_type": "f.event_type", "cameo_root": "f.cameo_root"}
# which actor rows (ek, ec: s = source, t = target) a role means
ROLE_CONDITION = {"any": "TRUE", "actor": "TRUE", "source": "x.s", "target": "x.t"}


def _quads_of(alias: str) -> str:
    return ", ".join(f"count(*) FILTER (WHERE {alias}.quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4))


_QUADS = _quads_of("f")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The filters every event route takes; ``where`` is a condition over the index's ``ev f``.

    Same meaning as ``chronist.store.event_filters_sql`` (country of a source, target, other
    actor or the place; actor words in its text or name, or its CAMEO code; words in the
    sentence), plus lists of types and quad classes, CAMEO root, language, confidence, article.
    """

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
        parts: list[str] = ["TRUE"]
        params: list[Any] = []
        if self.since:
            parts.append("f.event_date >= ?")
            params.append(self.since)
        if self.until:
            parts.append("f.event_date <= ?")
            params.append(self.until)
        if self.country:
            parts.append("f.eno IN (SELECT eno FROM eco WHERE country = ?)")
            params.append(self.country.upper())
        if self.actor:
            # words of one actor are joined by a newline in the index; a newline in the query matches nothing
            parts.append("f.eno IN (SELECT eno FROM ea WHERE aid IN "
                         "(SELECT aid FROM actor WHERE code = ? OR contains(words, ?)))")
            params += [self.actor.upper(), self.actor.lower().replace("\n", "\x00")]
        if self.event_type:
            parts.append(f"f.event_type IN ({', '.join('?' * len(self.event_type))})")
            params += [t.upper() for t in self.event_type]
        if self.quad_class:
            parts.append(f"f.quad_class IN ({', '.join('?' * len(self.quad_class))})")
            params += [int(q) for q in self.quad_class]
        if self.cameo_root:
            parts.append("f.cameo_root = ?")
            params.append(self.cameo_root)
        if self.q:
            parts.append("contains(f.sentence_lc, ?)")
            params.append(self.q.lower())
        if self.lang:
            parts.append("f.lang = ?")
            params.append(self.lang.lower())
        if self.min_confidence is not None:
            parts.append("f.confidence >= ?")
            params.append(float(self.min_confidence))
        if self.article_id:
            parts.append("f.article_id = ?")
            params.append(self.article_id)
        return " AND ".join(parts), params

    def of_events(self, column: str) -> tuple[str, list[Any]]:
        """A condition that ``column`` (an eno) is a matching event; no condition without filters."""
        where, params = self.where()
        if where == "TRUE":
            return "TRUE", []
        return f"{column} IN (SELECT f.eno FROM ev f WHERE {where})", params

    def key(self) -> tuple[Any, ...]:
        """Hashable, for the answer cache."""
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


def count_events(s: Session, f: EventFilter) -> int:
    where, params = f.where()
    row = s.index.one(f"SELECT count(*) FROM ev f WHERE {where}", params)
    return int(row[0]) if row else 0


def event_ids(s: Session, f: EventFilter, *, sort: str, limit: int, offset: int = 0) -> list[str]:
    where, params = f.where()
    rows = s.index.all(f"SELECT f.event_id FROM ev f WHERE {where} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
                       [*params, limit, offset])
    return [r[0] for r in rows]


def list_events(s: Session, f: EventFilter, *, sort: str, limit: int, offset: int) -> list[dict[str, Any]]:
    """One page of event summaries, each with its source and target actors."""
    return summaries(s, event_ids(s, f, sort=sort, limit=limit, offset=offset))


def summaries(s: Session, ids: list[str]) -> list[dict[str, Any]]:
    """Event summaries from the store, in the order of ``ids``."""
    if not ids:
        return []
    rows = s.store.all(f"SELECT {_SUMMARY} FROM events e WHERE e.event_id IN (SELECT unnest(?))", [ids])
    by_id = {row[0]: dict(zip(_SUMMARY_NAMES, row, strict=True)) for row in rows}
    items = [by_id[i] for i in ids if i in by_id]
    actors = _actors_of(s, ids)
    for item in items:
        item["source"] = actors.get((item["event_id"], "source"), [])
        item["target"] = actors.get((item["event_id"], "target"), [])
    return items


def _actors_of(s: Session, event_ids: list[str]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    # Only the id in the WHERE clause: DuckDB then looks the rows up in the store's index on
    # event_id; any other condition there turns the lookup into a scan of every actor.
    rows = s.store.all("SELECT event_id, role, idx, text, name, country, sector, cameo_actor FROM event_actors "
                       "WHERE event_id IN (SELECT unnest(?))", [event_ids])
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for event_id, role, _, text, name, country, sector, code in sorted(rows, key=lambda r: (r[0], r[1], r[2])):
        if role in ("source", "target"):
            out.setdefault((event_id, role), []).append(
                {"text": text, "name": name, "country": country, "sector": sector, "cameo_actor": code})
    return out


def event_detail(s: Session, event_id: str, *, context_chars: int = 600) -> dict[str, Any] | None:
    """The full record, its article, an excerpt around the sentence and the spans to highlight."""
    row = s.store.one("SELECT e.record, e.article_id, a.title, a.url, a.domain, a.published, a.lang, a.text "
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
    excerpt, start = _excerpt(text, evidence["char_start"] - offset, evidence["char_end"] - offset, context_chars)
    return {
        "event": record,
        "article": {"article_id": article_id, "title": title, "url": url or record.get("url"), "domain": domain,
                    "published": published, "lang": lang, "in_store": offset == 0},
        "excerpt": {"text": excerpt, "char_start": start + offset, "char_end": start + offset + len(excerpt)},
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
    Spans that do not fit the text (a record from another version of the article) are left out.
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

def timeline(s: Session, f: EventFilter, *, interval: str, by: str) -> dict[str, Any]:
    where, params = f.where()
    bucket = {"day": "f.event_date", "week": "f.week", "month": "f.month"}[interval]
    rows = s.index.all(f"SELECT {bucket} AS bucket, {SERIES[by]} AS series, count(*) FROM ev f "
                       f"WHERE {where} AND f.event_date IS NOT NULL GROUP BY ALL ORDER BY 1, 2", params)
    undated = s.index.one(f"SELECT count(*) FROM ev f WHERE {where} AND f.event_date IS NULL", params)
    return {"interval": interval, "by": by, "undated": int(undated[0]) if undated else 0,
            "points": [{"date": d, "series": k if k is not None else "none", "count": n} for d, k, n in rows]}


def _quads(row: tuple[Any, ...]) -> dict[str, int]:
    return {str(q): int(row[i]) for i, q in enumerate((1, 2, 3, 4))}


def countries(s: Session, f: EventFilter, *, role: str) -> list[dict[str, Any]]:
    """Events per country: of the event's place, or of its source, target or any actor."""
    where, params = f.where()
    if role == "place":  # per place id first (integers group fast), then per country
        sums = ", ".join(f"sum(t.q{q})::BIGINT" for q in (1, 2, 3, 4))
        sql = (f"SELECT p.country, sum(t.n)::BIGINT, {sums} FROM ("
               f"  SELECT f.pid, count(*) AS n, {_QUADS} FROM ev f WHERE {where} AND f.pid IS NOT NULL GROUP BY f.pid) t "
               f"JOIN place p USING (pid) WHERE p.country IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1")
    else:  # ec holds each (event, actor country) once
        matching, params = f.of_events("x.eno")
        sql = (f"SELECT x.country, count(*), {_quads_of('x')} FROM ec x "
               f"WHERE {matching} AND {ROLE_CONDITION[role]} GROUP BY 1 ORDER BY 2 DESC, 1")
    return [{"country": row[0], "count": int(row[1]), "quad_class": _quads(row[2:])}
            for row in s.index.all(sql, params)]


def places(s: Session, f: EventFilter, *, limit: int) -> list[dict[str, Any]]:
    """Events per geocoded place (the event's first location), largest first."""
    where, params = f.where()
    rows = s.index.all(f"SELECT p.name, p.country, p.lat, p.lon, t.* EXCLUDE (pid) FROM ("
                       f"  SELECT f.pid, count(*) AS n, {_QUADS} FROM ev f WHERE {where} AND f.pid IS NOT NULL "
                       f"  GROUP BY f.pid) t JOIN place p USING (pid) WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL "
                       f"ORDER BY t.n DESC, p.name, p.country LIMIT ?", [*params, limit])
    return [{"name": row[0], "country": row[1], "lat": row[2], "lon": row[3], "count": int(row[4]),
             "quad_class": _quads(row[5:])} for row in rows]


def actors(s: Session, f: EventFilter, *, role: str, limit: int) -> list[dict[str, Any]]:
    """The actors in most matching events (ek holds each event's actor keys once)."""
    matching, params = f.of_events("x.eno")
    rows = s.index.all(
        f"SELECT k.key, k.label, k.country, t.* EXCLUDE (kid) FROM ("
        f"  SELECT x.kid, count(*) AS n, count(*) FILTER (WHERE x.s), count(*) FILTER (WHERE x.t), {_quads_of('x')}"
        f"  FROM ek x WHERE {matching} AND {ROLE_CONDITION[role]} GROUP BY x.kid) t "
        f"JOIN akey k USING (kid) ORDER BY t.n DESC, k.key LIMIT ?", [*params, limit])
    return [{"actor": row[0], "label": row[1], "country": row[2], "count": int(row[3]), "as_source": int(row[4]),
             "as_target": int(row[5]), "quad_class": _quads(row[6:])} for row in rows]


def dyads(s: Session, f: EventFilter, *, limit: int) -> list[dict[str, Any]]:
    """Source -> target pairs with how often, how (quad classes) and how hostile (mean Goldstein)."""
    where, params = f.where()
    if where == "TRUE":  # counted when the index was built
        pairs = "SELECT skid, tkid, n, q1, q2, q3, q4, gsum / nullif(gn, 0) AS goldstein FROM dyad"
    else:
        pairs = (f"SELECT a.kid AS skid, b.kid AS tkid, count(*) AS n, {_quads_of('a')}, avg(a.goldstein) AS goldstein "
                 f"FROM ev f JOIN ek a ON a.eno = f.eno AND a.s JOIN ek b ON b.eno = f.eno AND b.t "
                 f"WHERE {where} AND a.kid <> b.kid GROUP BY 1, 2")
    rows = s.index.all(
        f"SELECT ks.key, kt.key, ks.label, kt.label, ks.country, kt.country, p.* EXCLUDE (skid, tkid) FROM ({pairs}) p "
        f"JOIN akey ks ON ks.kid = p.skid JOIN akey kt ON kt.kid = p.tkid "
        f"ORDER BY p.n DESC, ks.key, kt.key LIMIT ?", [*params, limit])
    return [{"source": row[0], "target": row[1], "source_label": row[2], "target_label": row[3],
             "source_country": row[4], "target_country": row[5], "count": int(row[6]),
             "quad_class": _quads(row[7:11]), "goldstein": row[11]} for row in rows]


def facets(s: Session) -> dict[str, Any]:
    """What the store holds, for the dashboard's filter choices."""
    n_events, first, last, low, high = s.index.one(
        "SELECT count(*), min(event_date), max(event_date), quantile_disc(event_date, 0.01), "
        "quantile_disc(event_date, 0.99) FROM ev") or (0, None, None, None, None)
    n_articles = s.store.one("SELECT count(*) FROM articles")

    def values(sql: str) -> list[dict[str, Any]]:
        return [{"value": str(v), "count": int(n)} for v, n in s.index.all(sql)]

    return {
        "events": int(n_events), "articles": int(n_articles[0]) if n_articles else 0,
        "first_date": first, "last_date": last, "typical_first_date": low, "typical_last_date": high,
        "event_types": values("SELECT event_type, count(*) FROM ev GROUP BY 1 ORDER BY 2 DESC, 1"),
        "countries": values("SELECT country, count(*) FROM eco GROUP BY 1 ORDER BY 2 DESC, 1"),
        "languages": values("SELECT lang, count(*) FROM ev WHERE lang IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1"),
        "quad_classes": values("SELECT quad_class, count(*) FROM ev WHERE quad_class IS NOT NULL GROUP BY 1 ORDER BY 1"),
    }


# -- articles -------------------------------------------------------------------------------

_ARTICLE = "article_id, title, url, domain, published, lang, n_sentences, n_events, origin"
_ARTICLE_NAMES = ["article_id", "title", "url", "domain", "published", "lang", "n_sentences", "n_events", "origin"]


def articles(s: Session, *, q: str | None, lang: str | None, since: dt.date | None, until: dt.date | None,
             limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    where: list[str] = ["TRUE"]
    params: list[Any] = []
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
    total = s.store.one(f"SELECT count(*) FROM articles WHERE {clause}", params)
    rows = s.store.all(f"SELECT {_ARTICLE} FROM articles WHERE {clause} "
                       "ORDER BY published DESC NULLS LAST, article_id LIMIT ? OFFSET ?", [*params, limit, offset])
    return (int(total[0]) if total else 0), [dict(zip(_ARTICLE_NAMES, row, strict=True)) for row in rows]


def article(s: Session, article_id: str, *, max_events: int) -> dict[str, Any] | None:
    row = s.store.one(f"SELECT {_ARTICLE}, text FROM articles WHERE article_id = ?", [article_id])
    if row is None:
        return None
    out = dict(zip([*_ARTICLE_NAMES, "text"], row, strict=True))
    out["events"] = list_events(s, EventFilter(article_id=article_id), sort="date", limit=max_events, offset=0)
    return out


# -- downloads: the ordered ids from the index, joined to the store's rows in one pass --------

EXPORT_COLUMNS = ["event_id", "date", "date_precision", "event_type", "mode", "cameo", "quad_class", "goldstein",
                  "source", "source_actor", "source_country", "target", "target_actor", "target_country",
                  "place", "place_country", "lat", "lon", "confidence", "negated", "hypothetical", "future",
                  "historical", "lang", "trigger", "rule", "date_text", "place_text", "sentence", "url",
                  "article_id"]
_CSV_SQL = """
    SELECT e.event_id, e.date, e.date_precision, e.event_type, e.mode, e.cameo, e.quad_class, e.goldstein,
           n.source, e.source_actor, e.source_country, n.target, e.target_actor, e.target_country,
           e.action_geo_name, e.action_geo_country, e.action_geo_lat, e.action_geo_lon, e.confidence,
           e.negated, e.hypothetical, e.future, e.historical, e.lang, e.trigger_text, e.rule, e.date_text,
           e.place_text, e.sentence, e.url, e.article_id
    FROM picked p JOIN events e USING (event_id) LEFT JOIN (
        SELECT a.event_id,
               string_agg(coalesce(a.name, a.text), '; ' ORDER BY a.idx) FILTER (WHERE a.role = 'source') AS source,
               string_agg(coalesce(a.name, a.text), '; ' ORDER BY a.idx) FILTER (WHERE a.role = 'target') AS target
        FROM event_actors a JOIN picked USING (event_id) GROUP BY a.event_id) n USING (event_id)
    ORDER BY p.rank"""
_JSONL_SQL = "SELECT e.event_id, e.record FROM picked p JOIN events e USING (event_id) ORDER BY p.rank"


def _download(s: Session, f: EventFilter, sort: str, limit: int, sql: str,
              chunk: int) -> Iterator[list[tuple[Any, ...]]]:
    """Rows of ``sql`` for the matching events in ``sort`` order.

    Looking 2,000 ids up at a time would make DuckDB scan the store for each batch; instead the
    whole ordered id list is handed to the store's connection (as Arrow) and joined once.
    """
    where, params = f.where()
    picked = s.index.con.sql(
        f"SELECT f.event_id, row_number() OVER (ORDER BY {SORTS[sort]}) AS rank FROM ev f WHERE {where} "
        f"ORDER BY rank LIMIT ?", params=[*params, limit]).to_arrow_table()
    s.store.con.register("picked", picked)
    try:
        yield from s.store.stream(sql, [], chunk=chunk)
    finally:
        s.store.con.unregister("picked")


def export_csv_rows(s: Session, f: EventFilter, *, sort: str, limit: int, chunk: int = 2000) -> Iterator[list[tuple[Any, ...]]]:
    return _download(s, f, sort, limit, _CSV_SQL, chunk)


def export_jsonl_lines(s: Session, f: EventFilter, *, sort: str, limit: int, chunk: int = 2000) -> Iterator[list[tuple[Any, ...]]]:
    """Rows of (event_id, record)."""
    return _download(s, f, sort, limit, _JSONL_SQL, chunk)
