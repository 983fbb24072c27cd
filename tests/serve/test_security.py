"""Hostile requests: SQL in every filter, paths out of the static folder, oversized bodies, ingest
without or with a wrong token. Each is refused or harmless, and the store is unchanged."""

from __future__ import annotations

import socket
from urllib.parse import quote

import httpx
import pytest

from chronist.serve import ServeSettings

from .conftest import TOKEN, counts, serving

INJECTIONS = [
    "' OR '1'='1",
    "1; DROP TABLE events; --",
    "%' OR 1=1 --",
    "') OR 1=1 --",
    "MLI' --",
    "'; ATTACH '/tmp/evil.duckdb' AS evil; --",
    "1 UNION SELECT article_id, text FROM articles --",
    "\\'; DELETE FROM events WHERE '1'='1",
    "x\x00' OR 1=1",
    "%",
    "_",
]
TEXT_FILTERS = ["actor", "q"]
EVENT_ROUTES = ["/api/events", "/api/timeline", "/api/map/countries", "/api/map/places", "/api/actors",
                "/api/dyads", "/api/events.csv", "/api/events.jsonl"]


@pytest.fixture(scope="module")
def store_before(example_store):
    return counts(example_store)


@pytest.mark.parametrize("route", EVENT_ROUTES)
@pytest.mark.parametrize("param", TEXT_FILTERS)
def test_sql_in_free_text_filters_is_only_text(client, route, param):
    for attack in INJECTIONS:
        response = client.get(route, params={param: attack})
        assert response.status_code == 200, (route, param, attack, response.text[:200])
        if route == "/api/events":
            items = response.json()["items"]
            # the words are searched for literally: no event's actors or sentence contain these strings
            assert items == [] or attack in ("%", "_"), attack
        if route == "/api/events" and attack in ("%", "_"):
            # not wildcards: only events whose words really contain the character
            for item in response.json()["items"]:
                words = " ".join([item["sentence"] or ""] + [f"{a['text']} {a['name']}" for a in item["source"] + item["target"]])
                assert attack in words


@pytest.mark.parametrize("route", EVENT_ROUTES + ["/api/articles"])
def test_sql_in_constrained_parameters_is_refused(client, route):
    """Every parameter with a type, pattern or choice refuses SQL with a 422 that names it."""
    spec = client.get("/api/openapi.json").json()
    declared = {p["name"] for p in spec["paths"][route]["get"]["parameters"]}
    checked = declared - set(TEXT_FILTERS)
    assert checked, route
    for param in sorted(checked):
        for attack in INJECTIONS:
            response = client.get(route, params={param: attack})
            if param == "q" or attack in ("%", "_"):  # free text, or a legal id like "_": harmless
                assert response.status_code in (200, 422)
                continue
            assert response.status_code == 422, (route, param, attack, response.status_code)
            assert response.json()["detail"][0]["loc"][1] == param


def test_undeclared_parameters_are_ignored(client):
    total = client.get("/api/events").json()["total"]
    for attack in INJECTIONS:
        response = client.get("/api/events", params={"where": attack, "order": attack, attack: "1"})
        assert response.status_code == 200 and response.json()["total"] == total


@pytest.mark.parametrize("path", ["/api/events/{}", "/api/articles/{}"])
def test_sql_in_path_ids_is_refused(client, path):
    for attack in INJECTIONS:
        response = client.get(path.format(quote(attack, safe="")))
        assert response.status_code in (404, 422), (path, attack, response.status_code)


def test_injections_changed_nothing(client, example_store, store_before):
    for attack in INJECTIONS:
        client.get("/api/events", params={"actor": attack, "q": attack})
        client.get("/api/articles", params={"q": attack})
    assert counts(example_store) == store_before
    assert client.get("/api/facets").json()["events"] == store_before["events"]


def raw_request(url: str, target: str, *, method: str = "GET", headers: str = "", body: bytes = b"") -> tuple[int, bytes]:
    """A request sent exactly as written (clients would normalise '..' and refuse bad headers)."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        head = f"{method} {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n{headers}\r\n"
        sock.sendall(head.encode("latin-1") + body)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data.split(b"\r\n\r\n", 1)[1]


def raw_get(url: str, target: str) -> tuple[int, bytes]:
    return raw_request(url, target)


@pytest.mark.parametrize("target", [
    "/static/../app.py",
    "/static/../../serve/app.py",
    "/static/%2e%2e/app.py",
    "/static/%2e%2e/%2e%2e/store.py",
    "/static/..%2fapp.py",
    "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/vendor/../../settings.py",
    "/static/....//app.py",
    "/static//etc/passwd",
    "/static/%2fetc%2fpasswd",
    "/static/..\\app.py",
    "/static/%5c..%5capp.py",
])
def test_no_path_leaves_the_static_folder(server, target):
    status, body = raw_get(server.url, target)
    assert status in (400, 404), (target, status)
    assert b"import" not in body and b"root:" not in body


def test_static_files_and_dashboard_are_served(server):
    status, body = raw_get(server.url, "/static/app.js")
    assert status == 200 and b"chronist dashboard" in body
    status, body = raw_get(server.url, "/")
    assert status == 200 and b"<title>chronist" in body


def test_answers_carry_security_headers(client):
    for path in ("/", "/api/events", "/static/app.css", "/api/nothing"):
        headers = client.get(path).headers
        assert "default-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_ingest_is_off_without_a_configured_token(client, example_store, store_before):
    for headers in ({}, {"Authorization": f"Bearer {TOKEN}"}, {"Authorization": "Bearer"}):
        response = client.post("/api/ingest", content="Die EU verhängte Sanktionen gegen Iran.".encode(),
                               headers={"content-type": "text/plain", **headers})
        assert response.status_code == 403
        assert "--ingest-token" in response.json()["detail"]
    assert counts(example_store) == store_before


@pytest.fixture
def writer(store_copy):
    with serving(ServeSettings(db=store_copy, ingest_token=TOKEN, max_body_bytes=200_000)) as live, \
            httpx.Client(base_url=live.url, timeout=120) as c:
        yield c


DOC = ("Die Außenministerin traf am Montag in Berlin ihren französischen Amtskollegen. "
       "Beide Regierungen vereinbarten eine engere Zusammenarbeit bei der Energieversorgung.")


@pytest.mark.parametrize("auth", [None, "Bearer wrong-token-0123456789", f"Basic {TOKEN}", f"Bearer {TOKEN}x",
                                  f"Bearer {TOKEN[:-1]}", "Bearer"])
def test_ingest_needs_the_right_token(writer, auth):
    before = writer.get("/api/facets").json()
    headers = {"content-type": "text/plain"} | ({"Authorization": auth} if auth else {})
    response = writer.post("/api/ingest", content=DOC.encode(), headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert writer.get("/api/facets").json() == before


def test_oversized_bodies_are_refused_before_reading(writer):
    before = writer.get("/api/facets").json()
    big = b"x" * 200_001
    for headers in ({"content-type": "text/plain"}, {"content-type": "text/plain", "Authorization": f"Bearer {TOKEN}"}):
        response = writer.post("/api/ingest", content=big, headers=headers)
        assert response.status_code == 413
        assert "200,000 bytes" in response.json()["detail"]

    def chunks():  # no Content-Length: the limit is counted as the body streams in
        for _ in range(30):
            yield b"y" * 10_000

    response = writer.post("/api/ingest", content=chunks(),
                           headers={"content-type": "text/plain", "Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413
    assert writer.get("/api/facets").json() == before


def test_a_declared_huge_body_is_refused_without_waiting_for_it(writer):
    url = str(writer.base_url).rstrip("/")
    # the body is never sent: the answer must come from the declared length alone
    status, body = raw_request(url, "/api/ingest", method="POST",
                               headers=f"Content-Type: text/plain\r\nAuthorization: Bearer {TOKEN}\r\n"
                                       "Content-Length: 999999999\r\n")
    assert status == 413 and b"over the limit" in body
    status, _ = raw_request(url, "/api/events", headers="Content-Length: not-a-number\r\n")
    assert status == 400


def test_oversized_batches_and_bad_bodies_are_refused(writer):
    before = writer.get("/api/facets").json()
    auth = {"Authorization": f"Bearer {TOKEN}"}
    cases = [
        ({"content-type": "application/json"}, b'{"documents": [' + b",".join([b'{"text": "x"}'] * 101) + b"]}", 413),
        ({"content-type": "application/json"}, b'{"documents": [{"text": "ok", "script": 1}]}', 400),
        ({"content-type": "application/json"}, b'{"documents": [{"url": "https://x.org"}]}', 400),
        ({"content-type": "application/json"}, b"{not json", 400),
        ({"content-type": "application/json"}, b'{"documents": "many"}', 400),
        ({"content-type": "application/json"}, b'{"documents": []}', 400),
        ({"content-type": "application/x-ndjson"}, b'{"text": "a"}\n[1, 2]\n', 400),
        ({"content-type": "text/plain"}, b"\xff\xfe not utf-8", 400),
        ({"content-type": "text/plain"}, b"   ", 400),
        ({"content-type": "application/pdf"}, b"%PDF-1.4", 415),
        ({}, b"no type", 415),
    ]
    for headers, body, status in cases:
        response = writer.post("/api/ingest", content=body, headers={**headers, **auth})
        assert response.status_code == status, (body[:60], response.text)
        assert response.json()["detail"]
    assert writer.get("/api/facets").json() == before


def test_default_bind_is_loopback():
    from chronist.cli.serve import command

    host = next(p for p in command.params if p.name == "host")
    assert host.default == "127.0.0.1"
