"""`schemathesis run` against the server's OpenAPI spec: no request may get a 5xx.

Schemathesis generates valid and invalid requests for every operation (its coverage, fuzzing
and stateful phases) and checks each answer against the spec: status code, content type and
body schema. Examples per operation are bounded so that both runs take about a minute.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chronist.serve import ServeSettings

from .conftest import TOKEN, serving

pytest.importorskip("schemathesis", reason="schemathesis is a dev dependency: pip install -e '.[dev]'")

CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


def schemathesis_run(url: str, *extra: str, examples: int, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The CLI, in ``cwd`` (it keeps a cache of crashes in ./.schemathesis/)."""
    cli = Path(sys.executable).with_name("schemathesis")
    command = [str(cli), "run", f"{url}/api/openapi.json", "--checks", CHECKS, "--max-examples", str(examples),
               "--workers", "1", "--seed", "20230207", "--generation-database", "none",
               "--suppress-health-check", "all", "--request-timeout", "60", "--no-color", *extra]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, check=False, cwd=cwd)


def cases(output: str) -> tuple[int, int]:
    """How many test cases schemathesis generated, and how many passed."""
    found = re.search(r"(\d+) generated, (\d+) passed", output)
    assert found, output[-3000:]
    return int(found[1]), int(found[2])


def test_no_generated_request_gets_a_server_error(server, tmp_path):
    result = schemathesis_run(server.url, examples=30, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    generated, passed = cases(result.stdout)
    assert generated == passed > 1000


def test_no_generated_ingest_gets_a_server_error(sample_store, tmp_path, pipeline):
    """With the token, generated documents and batches are really read, coded and stored."""
    db = tmp_path / "fuzz.duckdb"
    shutil.copyfile(sample_store, db)
    with serving(ServeSettings(db=db, ingest_token=TOKEN, max_body_bytes=50_000)) as live:
        result = schemathesis_run(live.url, "--include-path", "/api/ingest", "--header",
                                  f"Authorization: Bearer {TOKEN}", "--phases", "coverage,fuzzing", examples=20, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "Unresolvable references" not in result.stdout
    generated, passed = cases(result.stdout)
    assert generated == passed > 20
