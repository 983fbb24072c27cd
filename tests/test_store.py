from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronist.errors import StoreError
from chronist.model import Actor, Article, Event, Evidence, Place, Span
from chronist.store import SCHEMA_VERSION, Store


def make_article(text: str, n_events: int = 1, aid: str | None = None) -> Article:
    aid = aid or f"a{abs(hash(text)) % 10**12:012d}"
    actor = Actor("Russland", "Russland", "RUS", "GOV", "RUSGOV", 0, 8)
    events = tuple(
        Event(event_id=f"{aid}-e{i}", article_id=aid, url="https://x.org", event_type="CONSULT", mode="visit",
              cameo="042", quad_class=1, goldstein=1.9, source=(actor,), target=(), confidence=0.8, coder="test",
              evidence=Evidence(text, 0, len(text), Span("kam", 0, 3), "de.test"), date="2023-02",
              date_precision="month", location=(Place("Mali", "MLI", None, 17.0, -4.0, 2453866, "country"),))
        for i in range(n_events))
    return Article(aid, text, "T", dt.date(2023, 2, 7), "cli", "de", 0.99, "https://x.org", "x.org", "o",
                   events=events)


def test_idempotent_batches(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        a, b = make_article("eins", 2), make_article("zwei", 1)
        assert store.add_batch([a, b, a]) == 2
        assert store.add_batch([a, b]) == 0
        counts = store.counts()
    assert counts["articles"] == 2 and counts["events"] == 3 and counts["event_actors"] == 3 and counts["places"] == 3


def test_schema_version_recorded_and_newer_refused(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="schema version 999"):
        Store(db)


def test_migration_from_empty_file(tmp_path):
    db = tmp_path / "old.duckdb"
    duckdb.connect(str(db)).close()
    with Store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.counts()["articles"] == 0


def test_replace_events_swaps_in_one_go(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        a = make_article("drei", 3)
        store.add_batch([a])
        store.replace_events(make_article("drei", 1, aid=a.article_id))
        assert store.counts()["events"] == 1 and store.counts()["event_actors"] == 1


def test_filters_are_parameters_not_sql(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_batch([make_article("vier")])
        assert store.event_records(country="RUS")
        assert store.event_records(country="X' OR '1'='1") == []
        assert store.event_records(actor="%' OR 1=1 --") == []
        assert store.counts()["events"] == 1


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(min_size=1, max_size=200), min_size=1, max_size=5, unique=True))
def test_round_trip_any_text(tmp_path_factory, texts):
    db = tmp_path_factory.mktemp("h") / "s.duckdb"
    articles = [make_article(t, 1, aid=f"id{i}") for i, t in enumerate(texts)]
    with Store(db) as store:
        store.add_batch(articles)
        stored = {r[0]: r[7] for r in store.articles()}
        records = store.event_records()
    assert stored == {a.article_id: a.text for a in articles}
    assert sorted(r["evidence"]["sentence"] for r in records) == sorted(texts)
