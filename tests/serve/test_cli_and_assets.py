"""`chronist serve` on the command line, and the dashboard's vendored files."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
from click.testing import CliRunner

from chronist.cli import main
from chronist.cli import serve as serve_cli
from chronist.serve.app import STATIC_DIR
from chronist.serve.vendor import topology_to_geojson

if "serve" not in main.commands:  # until chronist.cli registers it
    main.add_command(serve_cli.command)

RUN_CLI = ("import sys; from chronist.cli import main, serve\n"
           "'serve' in main.commands or main.add_command(serve.command)\n"
           "sys.exit(main())")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_help_explains_the_options():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--dataset", "--host", "--port", "--ingest-token", "CHRONIST_INGEST_TOKEN", "--reopen",
                   "--query-timeout", "127.0.0.1"):
        assert option in result.output


@pytest.mark.parametrize("args, message", [
    (["--db", "absent.duckdb"], "no store at absent.duckdb"),
    (["--db", "x.duckdb", "--dataset", "."], "not both"),
    (["--ingest-token", "short"], "at least 16 characters"),
    (["--reopen", "--ingest-token", "0123456789abcdefXYZ"], "cannot be combined"),
])
def test_bad_starts_are_refused_with_a_message(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    from chronist.store import Store

    Store(tmp_path / "chronist.duckdb").close()
    result = CliRunner().invoke(main, ["serve", *args])
    assert result.exit_code != 0
    assert message in result.output


def test_the_command_serves_until_stopped(sample_store):
    port = free_port()
    env = {**os.environ, "CHRONIST_INGEST_TOKEN": ""}
    proc = subprocess.Popen([sys.executable, "-c", RUN_CLI, "serve", "--db", str(sample_store), "--port", str(port),
                             "--log-level", "warning"], env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                info = httpx.get(f"http://127.0.0.1:{port}/api/info", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert info.json()["mode"] == "read-only" and info.json()["ingest"] is False
        assert "server" not in info.headers
        assert httpx.get(f"http://127.0.0.1:{port}/").status_code == 200
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert f"on http://127.0.0.1:{port}/" in err


def test_vendored_world_map_has_iso3_codes():
    world = json.loads((STATIC_DIR / "vendor" / "countries-110m.geojson").read_text(encoding="utf-8"))
    codes = {f["properties"]["iso3"] for f in world["features"]}
    assert len(world["features"]) == 177 and None not in codes
    assert {"MLI", "DEU", "GEO", "SDN", "USA", "RUS", "CHN", "XKX"} <= codes
    for feature in world["features"]:
        polygons = feature["geometry"]["coordinates"]
        polygons = [polygons] if feature["geometry"]["type"] == "Polygon" else polygons
        for ring in (r for polygon in polygons for r in polygon):
            assert len(ring) >= 4 and ring[0] == ring[-1]
    notice = (STATIC_DIR / "vendor" / "NOTICE").read_text(encoding="utf-8")
    assert "Natural Earth" in notice and "public domain" in notice and "ISC" in notice
    assert (STATIC_DIR / "vendor" / "d3.min.js").read_text(encoding="utf-8").startswith("// https://d3js.org v7")


def test_topojson_is_decoded_with_shared_and_reversed_arcs():
    # two unit squares side by side sharing the arc x=1; quantized with scale 1, translate (10, 20)
    topology = {
        "type": "Topology", "transform": {"scale": [1, 1], "translate": [10, 20]},
        "arcs": [[[1, 0], [0, 1]], [[1, 1], [-1, 0], [0, -1], [1, 0]], [[1, 0], [1, 0], [0, 1], [-1, 0]]],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "id": "466", "properties": {"name": "Mali"}, "arcs": [[0, 1]]},
            {"type": "Polygon", "properties": {"name": "Kosovo"}, "arcs": [[2, -1]]},
        ]}},
    }
    features = topology_to_geojson(topology, {466: "MLI"})["features"]
    assert [f["id"] for f in features] == ["MLI", "XKX"]
    assert features[0]["geometry"]["coordinates"] == [[[11, 20], [11, 21], [10, 21], [10, 20], [11, 20]]]
    assert features[1]["geometry"]["coordinates"] == [[[11, 20], [12, 20], [12, 21], [11, 21], [11, 20]]]
