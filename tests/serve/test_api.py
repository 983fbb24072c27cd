"""The API over a store built from the examples plus hand-made events with known answers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import jsonschema
import pytest

from chronist.serve import ServeSettings
from chronist.serve.queries import EXPORT_COLUMNS
from chronist.store import Store

from ..conftest import ROOT
from .conftest import counts, serving
from .sample import sample_articles, sample_event_count

SCHEMA = json.loads((ROOT / "docs" / "event.schema.json").read_text(encoding="utf-8"))


def all_events(client, **params):
    page = client.get("/api/events", params={"limit": 500, **params})
    assert page.status_code == 200, page.text
    return page.json()


def involves(client, item, country):
    """Whether the event's source, target, place or the actor it is attributed to is of ``country``."""
    actors = item["source"] + item["target"]
    if country in {item["place_country"]} | {a["country"] for a in actors}:
        return True
    attributed = client.get(f"/api/events/{item['event_id']}").json()["event"]["attributed_to"]
    return bool(attributed) and attributed["country"] == country


def test_info_and_facets_describe_the_store(client, example_store):
    info = client.get("/api/info").json()
    assert info["mode"] == "read-only" and info["ingest"] is False
    assert info["limits"]["max_page_size"] == 500
    facets = client.get("/api/facets").json()
    stored = counts(example_store)
    assert facets["events"] == stored["events"] >= sample_event_count()
    assert facets["articles"] == stored["articles"]
    assert {"CONSULT", "ACCUSE", "AID", "SANCTION"} <= {t["value"] for t in facets["event_types"]}
    assert {"MLI", "GEO", "SDN"} <= {c["value"] for c in facets["countries"]}
    assert facets["first_date"] <= "2023-01-20" and facets["last_date"] >= "2023-07-11"


def test_events_page_carries_actors_and_evidence(sample_client):
    page = all_events(sample_client, country="MLI", event_type="CONSULT")
    assert page["total"] >= 1
    met = next(e for e in page["items"] if e["trigger"] == "met")
    assert met["sentence"] == "The president of Mali met the Nigerien prime minister in Bamako on Tuesday."
    assert [a["cameo_actor"] for a in met["source"]] == ["MLIGOV"]
    assert [a["cameo_actor"] for a in met["target"]] == ["NERGOV"]
    assert (met["place"], met["place_country"], met["date"]) == ("Bamako", "MLI", "2023-02-07")


@pytest.mark.parametrize("country", ["MLI", "GEO", "SDN", "EUR"])
def test_country_filter_keeps_only_events_that_involve_the_country(client, country):
    page = all_events(client, country=country)
    assert page["total"] >= 1
    assert all(involves(client, item, country) for item in page["items"])
    everything = all_events(client)
    assert page["total"] == sum(involves(client, item, country) for item in everything["items"])


@pytest.mark.parametrize("filters", [
    {"country": "MLI"}, {"country": "EUR"}, {"country": "rus"}, {"actor": "IGOEUR"}, {"actor": "polizei"},
    {"actor": "borrell"}, {"event_type": "ACCUSE"}, {"quad_class": 4}, {"since": "2023-04-01"},
    {"until": "2023-03-31", "country": "GEO"}, {"text": "sanktionen"}, {"text": "Wasserwerfer", "actor": "GEOCOP"},
])
def test_filters_mean_what_the_store_means(client, example_store, filters):
    """The server's filter index gives the same events as chronist.store.event_filters_sql."""
    with Store(example_store, read_only=True) as store:
        expected = {r["event_id"] for r in store.event_records(**filters)}
    params = {("q" if k == "text" else k): v for k, v in filters.items()}
    assert {e["event_id"] for e in all_events(client, **params)["items"]} == expected


def test_country_filter_is_case_insensitive(client):
    assert all_events(client, country="mli")["total"] == all_events(client, country="MLI")["total"]


def test_filters_by_type_quad_class_cameo_root_language_and_confidence(client):
    every = all_events(client)["items"]
    assert all_events(client, event_type=["ACCUSE", "SANCTION"])["total"] == sum(
        e["event_type"] in ("ACCUSE", "SANCTION") for e in every)
    assert all_events(client, quad_class=[3, 4])["total"] == sum(e["quad_class"] in (3, 4) for e in every)
    assert all_events(client, cameo_root="11")["total"] == sum((e["cameo"] or "").startswith("11") for e in every)
    assert all_events(client, lang="de")["total"] == sum(e["lang"] == "de" for e in every)
    assert all_events(client, min_confidence=0.85)["total"] == sum((e["confidence"] or 0) >= 0.85 for e in every)
    conflict = all_events(client, quad_class=4)["items"]
    assert conflict and {e["quad_class"] for e in conflict} == {4}


def test_actor_filter_matches_text_name_or_code(sample_client):
    by_code = all_events(sample_client, actor="IGOEUR")["items"]
    assert len(by_code) >= 3
    assert all(any(a["cameo_actor"] == "IGOEUR" for a in e["source"] + e["target"]) for e in by_code)
    by_text = all_events(sample_client, actor="polizei")["items"]
    assert [e["trigger"] for e in by_text if e["event_type"] == "ASSAULT"] == ["setzte"]


def test_time_range_is_inclusive(sample_client):
    page = all_events(sample_client, since="2023-05-20", until="2023-05-21")
    dates = sorted(e["date"] for e in page["items"])
    assert dates and dates[0] >= "2023-05-20" and dates[-1] <= "2023-05-21"
    assert "2023-05-20" in dates and "2023-05-21" in dates


def test_text_search_in_evidence(sample_client):
    items = all_events(sample_client, q="WASSERWERFER")["items"]
    assert [e["trigger"] for e in items] == ["setzte"]


def test_since_after_until_is_a_clear_400(client):
    response = client.get("/api/events", params={"since": "2023-05-01", "until": "2023-01-01"})
    assert response.status_code == 400
    assert "after until" in response.json()["detail"]


def test_sort_orders(client):
    newest = [e["date"] for e in all_events(client, sort="-date")["items"] if e["date"]]
    assert newest == sorted(newest, reverse=True)
    oldest = [e["date"] for e in all_events(client, sort="date")["items"] if e["date"]]
    assert oldest == sorted(oldest)
    confident = [e["confidence"] for e in all_events(client, sort="-confidence")["items"]]
    assert confident == sorted(confident, reverse=True)


def test_pages_are_disjoint_and_cover_the_result(client):
    total = all_events(client)["total"]
    seen = []
    for offset in range(0, total, 5):
        page = client.get("/api/events", params={"limit": 5, "offset": offset, "sort": "date"}).json()
        assert page["total"] == total and len(page["items"]) <= 5
        seen += [e["event_id"] for e in page["items"]]
    assert len(seen) == len(set(seen)) == total


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 501}, {"offset": -1}, {"offset": 100_001},
                                    {"quad_class": 5}, {"country": "MALI"}, {"cameo_root": "21"},
                                    {"since": "2023-13-01"}, {"sort": "price"}, {"min_confidence": 2}])
def test_out_of_range_parameters_are_refused_with_a_message(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail and detail[0]["loc"][-1] in (*params, 0)
    assert detail[0]["msg"]


def test_event_detail_highlights_every_span(sample_client):
    event_id = all_events(sample_client, actor="MLIGOV", event_type="CONSULT")["items"][0]["event_id"]
    detail = sample_client.get(f"/api/events/{event_id}").json()
    record, excerpt = detail["event"], detail["excerpt"]
    jsonschema.validate(record, SCHEMA)
    spans = {h["kind"]: h for h in detail["highlights"]}
    assert spans["trigger"]["text"] == record["evidence"]["trigger"]["text"] == "met"
    assert spans["trigger"]["label"] == record["evidence"]["rule"]
    assert spans["source"]["text"] == "The president of Mali" and spans["source"]["label"] == "MLIGOV"
    assert spans["target"]["text"] == "the Nigerien prime minister"
    assert spans["date"]["text"] == "on Tuesday" and spans["place"]["text"] == "Bamako"
    assert spans["sentence"]["text"] == record["evidence"]["sentence"]
    # every span lies in the excerpt, at the same place as in the article
    for span in detail["highlights"]:
        local = span["char_start"] - excerpt["char_start"]
        assert excerpt["text"][local:local + len(span["text"])] == span["text"]
    assert detail["article"]["title"] == "Mali and Niger leaders meet in Bamako"
    assert detail["article"]["in_store"] is True


def test_unknown_event_and_article_are_404(client):
    assert client.get("/api/events/nothing-here").status_code == 404
    assert client.get("/api/articles/nothing-here").status_code == 404
    assert client.get("/api/events/bad%20id").status_code == 422


def test_timeline_counts_add_up(sample_client):
    total = all_events(sample_client)["total"]
    timeline = sample_client.get("/api/timeline").json()
    assert sum(p["count"] for p in timeline["points"]) + timeline["undated"] == total
    assert {p["series"] for p in timeline["points"]} <= {"1", "2", "3", "4", "none"}
    monthly = sample_client.get("/api/timeline", params={"interval": "month", "by": "event_type", "country": "GEO"}).json()
    assert {p["date"][-2:] for p in monthly["points"]} == {"01"}
    march = {p["series"]: p["count"] for p in monthly["points"] if p["date"] == "2023-03-01"}
    assert march == {"PROTEST": 1, "ASSAULT": 1, "DEMAND": 1}


def test_map_counts_by_country_and_place(sample_client):
    places = {(p["name"], p["country"]): p for p in sample_client.get("/api/map/places").json()}
    assert places[("Tiflis", "GEO")]["count"] == 2
    assert places[("Tiflis", "GEO")]["quad_class"] == {"1": 0, "2": 0, "3": 1, "4": 1}
    assert places[("Khartum", "SDN")]["lat"] == pytest.approx(15.55)
    by_place = {c["country"]: c["count"] for c in sample_client.get("/api/map/countries").json()}
    assert by_place["GEO"] == 2 and by_place["SDN"] == 2
    by_source = {c["country"]: c for c in sample_client.get("/api/map/countries", params={"role": "source"}).json()}
    assert by_source["EUR"]["count"] == 2 and by_source["EUR"]["quad_class"]["4"] == 1


def test_top_actors_and_dyads(sample_client):
    actors = {a["actor"]: a for a in sample_client.get("/api/actors", params={"limit": 100}).json()}
    assert actors["IGOEUR"]["count"] == 3
    assert (actors["IGOEUR"]["as_source"], actors["IGOEUR"]["as_target"]) == (2, 1)
    dyads = {(d["source"], d["target"]): d for d in sample_client.get("/api/dyads", params={"limit": 100}).json()}
    mali_niger = dyads[("MLIGOV", "NERGOV")]
    assert mali_niger["count"] == 1 and mali_niger["quad_class"]["1"] == 1 and mali_niger["goldstein"] == 1.9
    assert dyads[("SDNREB", "SDNMIL")]["quad_class"]["4"] == 1
    only_sudan = sample_client.get("/api/dyads", params={"country": "SDN"}).json()
    assert {(d["source"], d["target"]) for d in only_sudan} == {("SDNREB", "SDNMIL"), ("SDNMIL", "SDNREB")}


def test_csv_download_is_the_filtered_query(sample_client):
    response = sample_client.get("/api/events.csv", params={"country": "GEO", "sort": "date"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert list(rows[0]) == EXPORT_COLUMNS
    assert len(rows) == all_events(sample_client, country="GEO")["total"]
    police = next(r for r in rows if r["trigger"] == "setzte")
    assert (police["source"], police["target"], police["place"]) == ("Die Polizei", "Demonstranten", "Tiflis")
    limited = sample_client.get("/api/events.csv", params={"limit": 2}).text.strip().splitlines()
    assert len(limited) == 3


def test_jsonl_download_is_the_event_contract(client):
    response = client.get("/api/events.jsonl", params={"event_type": "AID"})
    lines = response.text.splitlines()
    assert len(lines) == all_events(client, event_type="AID")["total"] >= 3
    for line in lines:
        record = json.loads(line)
        jsonschema.validate(record, SCHEMA)
        assert record["event_type"] == "AID"


def test_articles_list_and_detail(sample_client, sample_store):
    page = sample_client.get("/api/articles", params={"limit": 500}).json()
    assert page["total"] == counts(sample_store)["articles"]
    assert {"de", "en"} <= {a["lang"] for a in page["items"]}
    found = sample_client.get("/api/articles", params={"q": "sudan"}).json()["items"]
    sudan = next(a for a in found if a["title"] == "Waffenruhe im Sudan vereinbart")
    detail = sample_client.get(f"/api/articles/{sudan['article_id']}").json()
    assert detail["n_events"] == 2 and len(detail["events"]) == 2
    for event in detail["events"]:
        start = detail["text"].index(event["sentence"])
        assert detail["text"][start:start + len(event["sentence"])] == event["sentence"]


def test_openapi_spec_states_the_limits(client):
    spec = client.get("/api/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert params["limit"]["schema"]["maximum"] == 500
    assert params["offset"]["schema"]["maximum"] == 100_000
    assert params["country"]["schema"]["anyOf"][0]["pattern"] == "^[A-Za-z]{3}$"
    assert {"/api/events.csv", "/api/events.jsonl", "/api/timeline", "/api/map/countries", "/api/map/places",
            "/api/actors", "/api/dyads", "/api/ingest", "/api/articles/{article_id}"} <= set(spec["paths"])


def test_parquet_dataset_serves_the_same_answers(example_store, client, tmp_path):
    dataset = tmp_path / "dataset"
    con = duckdb.connect(str(example_store), read_only=True)
    for table in ("articles", "events", "event_actors", "places"):
        (dataset / table).mkdir(parents=True)
        con.execute(f"COPY {table} TO '{dataset / table / 'part-0.parquet'}' (FORMAT parquet)")
    con.close()
    with serving(ServeSettings(db=None, dataset=dataset)) as live:
        import httpx

        with httpx.Client(base_url=live.url) as parquet:
            assert parquet.get("/api/info").json()["mode"] == "dataset"
            for path, params in (("/api/events", {"country": "GEO"}), ("/api/timeline", {"interval": "month"}),
                                 ("/api/dyads", {}), ("/api/map/places", {})):
                assert parquet.get(path, params=params).json() == client.get(path, params=params).json()
            event_id = client.get("/api/events", params={"q": "Wasserwerfer"}).json()["items"][0]["event_id"]
            assert parquet.get(f"/api/events/{event_id}").json() == client.get(f"/api/events/{event_id}").json()
            assert parquet.post("/api/ingest", content=b"x", headers={"content-type": "text/plain"}).status_code == 403


def test_dataset_folder_must_have_every_table(tmp_path):
    from chronist.errors import StoreError

    (tmp_path / "events").mkdir()
    with pytest.raises(StoreError, match="no Parquet files under articles/"), \
            serving(ServeSettings(db=None, dataset=tmp_path)):
        pass


def test_reopen_mode_lets_another_writer_in_between_requests(store_copy):
    import httpx

    with serving(ServeSettings(db=store_copy, reopen=True)) as live, httpx.Client(base_url=live.url) as c:
        before = c.get("/api/facets").json()["events"]
        extra = sample_articles()[0]
        text = extra.text + "\n\nA late paragraph."
        from dataclasses import replace

        late = replace(extra, article_id="late-article", text=text,
                       events=tuple(replace(e, event_id=e.event_id + "-late", article_id="late-article")
                                    for e in extra.events))
        with Store(store_copy) as writer:  # the server holds no lock between requests
            writer.add_batch([late])
        assert c.get("/api/facets").json()["events"] == before + len(extra.events)
        assert c.get("/api/events", params={"article_id": "late-article"}).json()["total"] == len(extra.events)


def test_a_query_that_runs_too_long_is_stopped(tmp_path):
    from chronist.serve.source import QueryTimeout, Reader

    reader = Reader(duckdb.connect(":memory:"), timeout=0.2)
    with pytest.raises(QueryTimeout, match="longer than 0.2 s"):
        reader.all("SELECT count(*) FROM range(1000000000000) a")


def test_timeouts_and_busy_stores_answer_503(store_copy, monkeypatch):
    import httpx

    from chronist.serve import queries
    from chronist.serve.source import QueryTimeout

    def slow(*args, **kwargs):
        raise QueryTimeout("the query ran longer than 10 s: narrow the filters")

    monkeypatch.setattr(queries, "count_events", slow)
    with serving(ServeSettings(db=store_copy)) as live, httpx.Client(base_url=live.url) as c:
        response = c.get("/api/events")
    assert response.status_code == 503 and "narrow the filters" in response.json()["detail"]


def test_store_busy_in_reopen_mode_is_503(store_copy):
    import subprocess
    import sys

    import httpx

    with serving(ServeSettings(db=store_copy, reopen=True)) as live, httpx.Client(base_url=live.url) as c:
        assert c.get("/api/info").status_code == 200
        # another process takes the write lock, as `chronist ingest` does
        holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time\n"
                                   f"con = duckdb.connect({str(store_copy)!r})\nprint('locked', flush=True)\n"
                                   "sys.stdin.read()"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout.readline().strip() == "locked"
            busy = c.get("/api/events")
        finally:
            holder.communicate("", timeout=30)
        assert busy.status_code == 503 and "another process" in busy.json()["detail"]
        assert busy.headers["retry-after"] == "2"
        assert c.get("/api/events").status_code == 200


def test_missing_store_is_refused_before_serving(tmp_path):
    from chronist.errors import StoreError

    with pytest.raises(StoreError, match="no store at"), serving(ServeSettings(db=Path(tmp_path / "absent.duckdb"))):
        pass
