"""The filter index: an in-memory DuckDB that answers every filter and aggregate of the API.

Filtering the store's own tables is too slow at a million events on two cores: the country
and actor filters join ``event_actors`` by text ids, and evidence search decompresses every
sentence. So when the server opens a store it copies what filters need into memory, keyed by
small integers (about 4 s and 250 MB per million events):

    ev     one row per event, in date order: eno (integer id), event_id, date (and its week and
           month), type, quad class, CAMEO root, language, confidence, Goldstein, place (and its
           pid), every country the event involves, the sentence in lower case
    place  one row per distinct place (name, country, lat, lon): pid
    actor  one row per distinct actor (code, name, text, country): aid, key, lower-case words
    akey   one row per actor key (CAMEO code, else name, else text): kid, label, country
    ea     every actor of every event: eno, role, aid
    ek     each (event, actor key) once, with whether it is a source and/or a target, and the
           event's quad class and Goldstein score (so that the actor and dyad counts of all
           events need no join)
    ec     each (event, actor country) once, likewise
    eco    each (event, country it involves) once, sorted by country: the country filter
    dyad   source -> target key pairs counted over all events (the network with no filter)

The semantics of the filters are those of ``chronist.store.event_filters_sql`` (a test holds
the two together), except that actor text is matched literally (``%`` and ``_`` are not wildcards).
After a write by the server (``add``) only the new events are indexed; actor labels of keys
already known are not recomputed until the index is rebuilt.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import duckdb

__all__ = ["FilterIndex"]

# Run in the store's database: the columns the index keeps, computed where the data is.
_EVENTS = """
    SELECT e.event_id, e.article_id, e.event_date, e.event_type, e.quad_class, left(e.cameo, 2) AS cameo_root,
           e.lang, e.confidence, e.goldstein, e.action_geo_name AS place_name, e.action_geo_country AS place_country,
           e.action_geo_lat AS lat, e.action_geo_lon AS lon,
           list_distinct(list_filter(
               string_split(coalesce(e.source_country, ''), ';') || string_split(coalesce(e.target_country, ''), ';')
               || [e.action_geo_country, json_extract_string(e.attributed_to, '$.country')],
               lambda c: c IS NOT NULL AND c <> '')) AS countries,
           lower(e.sentence) AS sentence_lc
    FROM events e {where}"""
_ACTORS = """
    SELECT a.event_id, a.role, a.cameo_actor AS code, a.name, a.text, a.country
    FROM event_actors a {where}"""

# Run in the index, after ev_new and ea_new are registered: append the new events.
_APPEND = [
    """INSERT INTO place (pid, name, country, lat, lon)
       SELECT (row_number() OVER () + (SELECT coalesce(max(pid), 0) FROM place))::INTEGER, *
       FROM (SELECT DISTINCT place_name, place_country, lat, lon FROM ev_new
             WHERE place_name IS NOT NULL OR place_country IS NOT NULL
             EXCEPT SELECT name, country, lat, lon FROM place)""",
    """INSERT INTO ev
       SELECT (row_number() OVER (ORDER BY n.event_date, n.event_id) + (SELECT coalesce(max(eno), 0) FROM ev))::INTEGER,
              n.*, p.pid, date_trunc('week', n.event_date)::DATE, date_trunc('month', n.event_date)::DATE
       FROM (SELECT * FROM ev_new WHERE event_id NOT IN (SELECT event_id FROM ev)) n
       LEFT JOIN place p ON p.name IS NOT DISTINCT FROM n.place_name AND p.country IS NOT DISTINCT FROM n.place_country
                        AND p.lat IS NOT DISTINCT FROM n.lat AND p.lon IS NOT DISTINCT FROM n.lon
       ORDER BY n.event_date, n.event_id""",
    """INSERT INTO actor (aid, code, name, text, country, key, words)
       SELECT (row_number() OVER () + (SELECT coalesce(max(aid), 0) FROM actor))::INTEGER, code, name, text, country,
              coalesce(code, name, text), lower(coalesce(text, '') || chr(10) || coalesce(name, ''))
       FROM (SELECT DISTINCT code, name, text, country FROM ea_new
             EXCEPT SELECT code, name, text, country FROM actor)""",
    """CREATE TEMP TABLE ea_add AS
       SELECT f.eno, n.role, a.aid FROM ea_new n JOIN ev f ON f.event_id = n.event_id AND f.eno > $old
       JOIN actor a ON a.code IS NOT DISTINCT FROM n.code AND a.name IS NOT DISTINCT FROM n.name
                   AND a.text IS NOT DISTINCT FROM n.text AND a.country IS NOT DISTINCT FROM n.country""",
    """INSERT INTO akey (kid, key, label, country)
       SELECT (row_number() OVER (ORDER BY key) + (SELECT coalesce(max(kid), 0) FROM akey))::INTEGER, key, label, country
       FROM (SELECT a.key, arg_max(coalesce(a.name, a.text), c.n) AS label, arg_max(a.country, c.n) AS country
             FROM (SELECT aid, count(*) AS n FROM ea_add GROUP BY aid) c JOIN actor a USING (aid)
             WHERE a.key IS NOT NULL AND a.key NOT IN (SELECT key FROM akey) GROUP BY a.key)""",
    "UPDATE actor SET kid = akey.kid FROM akey WHERE actor.kid IS NULL AND actor.key = akey.key",
    # sorted by actor, so that the rows of the few actors a filter names sit together
    "INSERT INTO ea SELECT * FROM ea_add ORDER BY aid, eno",
    """INSERT INTO ek SELECT x.eno, a.kid, bool_or(x.role = 'source'), bool_or(x.role = 'target'),
              any_value(f.quad_class), any_value(f.goldstein)
       FROM ea_add x JOIN actor a USING (aid) JOIN ev f ON f.eno = x.eno
       WHERE x.role IN ('source', 'target') AND a.kid IS NOT NULL GROUP BY x.eno, a.kid""",
    """INSERT INTO ec SELECT x.eno, a.country, bool_or(x.role = 'source'), bool_or(x.role = 'target'),
              any_value(f.quad_class)
       FROM ea_add x JOIN actor a USING (aid) JOIN ev f ON f.eno = x.eno
       WHERE x.role IN ('source', 'target') AND a.country IS NOT NULL GROUP BY x.eno, a.country""",
    "DROP TABLE ea_add",
    # every dyad's counts over all events, so that the unfiltered network needs no join
    """INSERT OR REPLACE INTO dyad
       SELECT d.skid, d.tkid, d.n + coalesce(o.n, 0), d.q1 + coalesce(o.q1, 0), d.q2 + coalesce(o.q2, 0),
              d.q3 + coalesce(o.q3, 0), d.q4 + coalesce(o.q4, 0), d.gsum + coalesce(o.gsum, 0), d.gn + coalesce(o.gn, 0)
       FROM (SELECT a.kid AS skid, b.kid AS tkid, count(*) AS n,
                    count(*) FILTER (WHERE a.quad_class = 1) AS q1, count(*) FILTER (WHERE a.quad_class = 2) AS q2,
                    count(*) FILTER (WHERE a.quad_class = 3) AS q3, count(*) FILTER (WHERE a.quad_class = 4) AS q4,
                    coalesce(sum(a.goldstein), 0) AS gsum, count(a.goldstein) AS gn
             FROM ek a JOIN ek b ON b.eno = a.eno AND b.t
             WHERE a.s AND a.kid <> b.kid AND a.eno > $old GROUP BY 1, 2) d
       LEFT JOIN dyad o ON o.skid = d.skid AND o.tkid = d.tkid""",
    # sorted by country, so that a country's rows sit together and DuckDB skips the rest
    """INSERT INTO eco SELECT * FROM (SELECT eno, unnest(countries) AS country FROM ev WHERE eno > $old)
       ORDER BY country, eno""",
]

_SCHEMA = [
    """CREATE TABLE ev (eno INTEGER, event_id VARCHAR, article_id VARCHAR, event_date DATE, event_type VARCHAR,
        quad_class INTEGER, cameo_root VARCHAR, lang VARCHAR, confidence DOUBLE, goldstein DOUBLE,
        place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE, countries VARCHAR[], sentence_lc VARCHAR,
        pid INTEGER, week DATE, month DATE)""",
    "CREATE TABLE place (pid INTEGER, name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE)",
    """CREATE TABLE actor (aid INTEGER, code VARCHAR, name VARCHAR, text VARCHAR, country VARCHAR, key VARCHAR,
        words VARCHAR, kid INTEGER)""",
    "CREATE TABLE akey (kid INTEGER, key VARCHAR, label VARCHAR, country VARCHAR)",
    "CREATE TABLE ea (eno INTEGER, role VARCHAR, aid INTEGER)",
    "CREATE TABLE ek (eno INTEGER, kid INTEGER, s BOOLEAN, t BOOLEAN, quad_class INTEGER, goldstein DOUBLE)",
    "CREATE TABLE ec (eno INTEGER, country VARCHAR, s BOOLEAN, t BOOLEAN, quad_class INTEGER)",
    "CREATE TABLE eco (eno INTEGER, country VARCHAR)",
    """CREATE TABLE dyad (skid INTEGER, tkid INTEGER, n BIGINT, q1 BIGINT, q2 BIGINT, q3 BIGINT, q4 BIGINT,
        gsum DOUBLE, gn BIGINT, PRIMARY KEY (skid, tkid))""",
]


class FilterIndex:
    """The in-memory index of one store; ``con`` is read through cursors, written under ``lock``."""

    def __init__(self) -> None:
        self.con = duckdb.connect(":memory:")
        self.con.execute("SET enable_progress_bar = false")
        self.lock = threading.Lock()
        for statement in _SCHEMA:
            self.con.execute(statement)

    def close(self) -> None:
        self.con.close()

    def add(self, store: duckdb.DuckDBPyConnection, article_ids: Sequence[str] | None = None) -> int:
        """Index the events of ``article_ids`` (all events when None); returns how many were new."""
        if article_ids is None:
            params: list[Any] = []
            events_where = actors_where = ""
        else:
            if not article_ids:
                return 0
            params = [list(article_ids)]
            events_where = "WHERE e.article_id IN (SELECT unnest(?))"
            actors_where = ("WHERE a.event_id IN (SELECT event_id FROM events WHERE article_id IN "
                            "(SELECT unnest(?)))")
        ev_new = store.sql(_EVENTS.format(where=events_where), params=params).to_arrow_table()
        ea_new = store.sql(_ACTORS.format(where=actors_where), params=params).to_arrow_table()
        with self.lock:
            con = self.con
            con.register("ev_new", ev_new)
            con.register("ea_new", ea_new)
            try:
                con.execute("BEGIN TRANSACTION")
                old = con.execute("SELECT coalesce(max(eno), 0) FROM ev").fetchall()[0][0]
                for statement in _APPEND:
                    con.execute(statement.replace("$old", str(int(old))))
                con.execute("COMMIT")
            except duckdb.Error:
                con.execute("ROLLBACK")
                raise
            finally:
                con.unregister("ev_new")
                con.unregister("ea_new")
            return int(con.execute("SELECT count(*) FROM ev WHERE eno > ?", [old]).fetchall()[0][0])
