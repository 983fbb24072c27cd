"""Ingest over HTTP: the server as the store's one writer, documents POSTed with its token."""

from __future__ import annotations

import json
import shutil
import threading

import httpx
import pytest

from chronist.serve import ServeSettings
from chronist.store import Store

from ..conftest import EXAMPLES
from .conftest import TOKEN, serving

AUTH = {"Authorization": f"Bearer {TOKEN}"}
PAGE = (EXAMPLES / "en_nato_summit_washington.html").read_text(encoding="utf-8")
TEXT = ("Die Bundesregierung hat am Dienstag in Berlin neue Sanktionen gegen Russland beschlossen. "
        "Der Außenminister Frankreichs traf am Mittwoch seinen deutschen Amtskollegen in Paris.")


@pytest.fixture
def sample_copy(sample_store, tmp_path):
    """The hand-made events only: none of the examples is stored yet."""
    db = tmp_path / "writer.duckdb"
    shutil.copyfile(sample_store, db)
    return db


@pytest.fixture
def writer(sample_copy, pipeline):
    with serving(ServeSettings(db=sample_copy, ingest_token=TOKEN)) as live, \
            httpx.Client(base_url=live.url, timeout=300) as c:
        yield c, sample_copy


def test_a_page_is_coded_stored_and_indexed(writer):
    client, db = writer
    before = client.get("/api/facets").json()
    response = client.post("/api/ingest", content=PAGE.encode(), params={"published": "2024-07-10"},
                           headers={"content-type": "text/html; charset=utf-8", **AUTH})
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["seen"], report["stored"], report["duplicates"], report["failed"]) == (1, 1, 0, 0)
    outcome = report["documents"][0]
    assert outcome["status"] == "stored" and outcome["article_id"]
    after = client.get("/api/facets").json()
    assert after["articles"] == before["articles"] + 1
    assert after["events"] == before["events"] + report["events"]
    listed = client.get("/api/events", params={"article_id": outcome["article_id"], "limit": 500}).json()
    assert listed["total"] == outcome["events"] == report["events"]
    again = client.post("/api/ingest", content=PAGE.encode(), params={"published": "2024-07-10"},
                        headers={"content-type": "text/html", **AUTH}).json()
    assert (again["stored"], again["duplicates"], again["documents"][0]["status"]) == (0, 1, "duplicate")
    assert client.get("/api/facets").json() == after


def test_a_batch_stores_what_it_can_and_reports_the_rest(writer):
    client, db = writer
    batch = {"documents": [
        {"text": TEXT, "published": "2024-03-05", "lang": "de", "url": "https://example.de/sanktionen"},
        {"text": "Zu kurz.", "lang": "de"},
    ]}
    response = client.post("/api/ingest", json=batch, headers=AUTH)
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["seen"], report["stored"], report["failed"]) == (2, 1, 1)
    failed = next(d for d in report["documents"] if d["status"] == "failed")
    assert failed["reason"] == "no-text" and failed["origin"] == "<http>#1"
    stored = next(d for d in report["documents"] if d["status"] == "stored")
    article = client.get(f"/api/articles/{stored['article_id']}").json()
    assert article["url"] == "https://example.de/sanktionen" and article["published"] == "2024-03-05"
    assert article["text"].startswith("Die Bundesregierung")
    ndjson = "\n".join(json.dumps({"text": TEXT.replace("Dienstag", d), "lang": "de"}) for d in ("Montag", "Freitag"))
    lines = client.post("/api/ingest", content=ndjson.encode(), headers={"content-type": "application/x-ndjson", **AUTH})
    assert lines.status_code == 200 and lines.json()["stored"] == 2


def test_runs_and_errors_are_recorded(sample_copy, pipeline):
    with serving(ServeSettings(db=sample_copy, ingest_token=TOKEN)) as live, httpx.Client(base_url=live.url, timeout=300) as c:
        c.post("/api/ingest", json={"documents": [{"text": "Zu kurz.", "lang": "de"}]}, headers=AUTH)
    with Store(sample_copy, read_only=True) as store:
        run = store.con.execute("SELECT command, seen, failed FROM runs ORDER BY started DESC LIMIT 1").fetchone()
        error = store.con.execute("SELECT origin, reason FROM errors ORDER BY recorded_at DESC LIMIT 1").fetchone()
    assert run == ("serve ingest (1 documents)", 1, 1)
    assert error == ("<http>#0", "no-text")


def test_reads_go_on_while_documents_are_written(writer):
    client, _ = writer
    statuses: list[int] = []

    def read() -> None:
        with httpx.Client(base_url=client.base_url, timeout=300) as reader:
            for _ in range(15):
                statuses.append(reader.get("/api/events", params={"country": "RUS"}).status_code)
                statuses.append(reader.get("/api/timeline").status_code)

    threads = [threading.Thread(target=read) for _ in range(2)]
    for t in threads:
        t.start()
    docs = {"documents": [{"text": TEXT.replace("Berlin", city), "lang": "de"} for city in ("Bonn", "Köln", "Kiel")]}
    response = client.post("/api/ingest", json=docs, headers=AUTH)
    for t in threads:
        t.join()
    assert response.status_code == 200 and response.json()["stored"] == 3
    assert statuses and set(statuses) == {200}


def test_query_parameters_belong_to_single_documents(writer):
    client, _ = writer
    response = client.post("/api/ingest", json={"documents": [{"text": TEXT}]}, params={"lang": "de"}, headers=AUTH)
    assert response.status_code == 400 and "single document" in response.json()["detail"]


def same_dyads(client) -> None:
    """The network counted when the index was built (and kept up to date) equals a fresh count."""
    kept = client.get("/api/dyads", params={"limit": 500}).json()
    fresh = client.get("/api/dyads", params={"limit": 500, "min_confidence": 0}).json()  # any filter: counted now
    assert [(d["source"], d["target"], d["count"], d["quad_class"]) for d in kept] == \
        [(d["source"], d["target"], d["count"], d["quad_class"]) for d in fresh]
    assert [d["goldstein"] for d in kept] == pytest.approx([d["goldstein"] for d in fresh])


def test_dyad_counts_stay_right_after_writes(writer):
    client, _ = writer
    same_dyads(client)
    before = {(d["source"], d["target"]): d["count"] for d in client.get("/api/dyads", params={"limit": 500}).json()}
    texts = [(EXAMPLES / name).read_text(encoding="utf-8") for name in
             ("de_eu_iran_sanktionen.html", "en_syria_turkey_airstrikes.html", "de_sudan_waffenruhe_gefangenenaustausch.html")]
    report = client.post("/api/ingest", json={"documents": [{"html": t} for t in texts]}, headers=AUTH).json()
    assert report["stored"] == 3
    same_dyads(client)
    after = {(d["source"], d["target"]): d["count"] for d in client.get("/api/dyads", params={"limit": 500}).json()}
    assert sum(after.values()) >= sum(before.values())
