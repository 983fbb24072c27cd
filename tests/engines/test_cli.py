"""The command line over a Parquet dataset: events, export, compact, and ingest --engine ray's checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chronist.cli import main
from chronist.dataset import Layout
from chronist.engines.blocks import plan_blocks
from chronist.engines.worker import BlockWorker
from chronist.store import Store

from .corpus import keyword_options, write_warc


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    write_warc(root / "crawl.warc.gz", 40)
    out = root / "ds"
    Layout(out).init()
    worker = BlockWorker(keyword_options(), out, run_id="0123456789ab")
    for block in plan_blocks([root / "crawl.warc.gz"], block_size=15):
        worker.process(block)
    return out


def run(*args: str) -> object:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_events_and_export_read_a_dataset(dataset, tmp_path):
    events = run("events", "--dataset", str(dataset), "--country", "EGY", "--format", "jsonl", "--limit", "100")
    assert events.exit_code == 0, events.output
    records = [json.loads(line) for line in events.output.splitlines()]
    assert records and all("EGY" in {a["country"] for a in r["source"] + r["target"]} for r in records)
    out = tmp_path / "events.tsv"
    export = run("export", "--dataset", str(dataset), "--format", "gdelt-tsv", "--out", str(out))
    assert export.exit_code == 0, export.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 41  # a header and the 40 pages' events


def test_compact_is_a_subcommand(dataset, tmp_path):
    db = tmp_path / "c.duckdb"
    assert "added 40 articles" in run("compact", str(dataset), "--db", str(db)).output
    assert "added 0 articles" in run("compact", str(dataset), "--db", str(db)).output
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 40


def test_ingest_ray_checks_its_options_before_starting_ray(tmp_path):
    no_out = CliRunner().invoke(main, ["ingest", "examples", "--engine", "ray"])
    assert no_out.exit_code == 2 and "give --out DATASET_DIR" in no_out.output
    stdin = CliRunner().invoke(main, ["ingest", "-", "--engine", "ray", "--out", str(tmp_path / "ds")], input="x")
    assert stdin.exit_code == 1 and "not standard input" in stdin.output
    local = CliRunner().invoke(main, ["ingest", "examples", "--out", str(tmp_path / "ds")])
    assert local.exit_code == 2 and "go with --engine ray" in local.output
