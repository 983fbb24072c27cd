"""The Parquet dataset without Ray: block workers in this process, DuckDB views, compaction.

The reference everywhere is the single-process path: ``chronist.ingest`` into a DuckDB store.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from chronist.cli.compact import command as compact_command
from chronist.dataset import Layout, compact, dataset_store, open_dataset
from chronist.engines.blocks import plan_blocks
from chronist.engines.worker import BlockWorker
from chronist.errors import StoreError
from chronist.ingest import ingest
from chronist.pipeline import Pipeline
from chronist.store import SCHEMA_VERSION, Store

from .corpus import keyword_options, write_warc

TABLES = ("articles", "events", "event_actors", "places", "errors")
# Columns that say when and in which run a row was written: they differ between any two runs.
RUN_COLUMNS = {"articles": ("ingested_at", "run_id"), "errors": ("run_id", "recorded_at")}


def rows(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple]:
    skip = RUN_COLUMNS.get(table)
    exclude = f" EXCLUDE ({', '.join(skip)})" if skip else ""
    return con.execute(f"SELECT *{exclude} FROM {table} ORDER BY ALL").fetchall()


def assert_same_rows(dataset: Path, db: Path) -> None:
    with open_dataset(dataset) as con, Store(db, read_only=True) as store:
        for table in TABLES:
            assert rows(con, table) == rows(store.con, table), table


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "crawl.warc.gz"
    write_warc(path, 120)
    return path


@pytest.fixture(scope="module")
def options():
    return keyword_options()


@pytest.fixture(scope="module")
def reference(corpus, options, tmp_path_factory) -> Path:
    """The single-process result."""
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    with Store(db) as store:
        summary = ingest([corpus], store, Pipeline(options))
    assert summary.stored == 120 and summary.duplicates == 1 and summary.failed == 5
    return db


@pytest.fixture(scope="module")
def worker(options, tmp_path_factory) -> BlockWorker:
    return BlockWorker(options, tmp_path_factory.mktemp("unused"), run_id="0123456789ab")


def write_dataset(worker: BlockWorker, corpus: Path, out: Path, block_size: int) -> list:
    Layout(out).init()
    worker.layout = Layout(out)
    return [worker.process(block) for block in plan_blocks([corpus], block_size=block_size)]


def test_dataset_holds_the_rows_of_the_local_store(corpus, reference, worker, tmp_path):
    out = tmp_path / "ds"
    results = write_dataset(worker, corpus, out, block_size=25)
    assert sum(r.articles for r in results) == 121  # the repeated story is in two blocks ...
    with open_dataset(out) as con:  # ... and read once
        assert con.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchone() == (120, 120)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    assert counts["events"] == 120 and counts["places"] > 0 and counts["event_actors"] > 120
    assert sorted(sum((list(r.reasons.items()) for r in results), [])) == sorted(
        [("not-html", 1), ("no-text", 1), ("unsupported-language", 1), ("no-text", 1), ("not-html", 1)])
    assert_same_rows(out, reference)


def test_views_have_the_store_schema(corpus, worker, tmp_path):
    out = tmp_path / "ds"
    write_dataset(worker, corpus, out, block_size=60)
    query = ("SELECT table_name, column_name, data_type FROM information_schema.columns "
             "WHERE table_name IN ('articles', 'events', 'event_actors', 'places', 'errors', 'runs') "
             "ORDER BY table_name, ordinal_position")
    with open_dataset(out) as con, Store(":memory:") as store:
        assert con.execute(query).fetchall() == store.con.execute(query).fetchall()
    partitions = sorted(p.name for p in (out / "articles").iterdir())
    assert partitions == ["published=2024-03-01", "published=2024-03-02", "published=2024-03-03",
                          "published=2024-03-04"]


def test_blocks_done_are_skipped_and_cut_blocks_redone(corpus, reference, worker, tmp_path):
    out = tmp_path / "ds"
    first = write_dataset(worker, corpus, out, block_size=25)
    again = write_dataset(worker, corpus, out, block_size=25)
    assert all(r.resumed for r in again) and [r.articles for r in again] == [r.articles for r in first]
    # A block cut short: some of its files were renamed into place, its marker never was.
    victim = first[1].block_id
    Layout(out).marker(victim).unlink()
    next(out.glob(f"events/*/block-{victim}.parquet")).unlink()
    (out / "articles" / "published=2024-03-01" / f".block-{victim}.parquet.999.tmp").write_bytes(b"half a file")
    redone = write_dataset(worker, corpus, out, block_size=25)
    assert [r.resumed for r in redone] == [True, False] + [True] * (len(first) - 2)
    assert_same_rows(out, reference)


def test_overlapping_blocks_of_two_runs_are_read_once(corpus, reference, worker, tmp_path):
    out = tmp_path / "ds"
    write_dataset(worker, corpus, out, block_size=25)
    write_dataset(worker, corpus, out, block_size=40)  # other slices, other block ids: every row twice
    assert len(list(out.glob("articles/*/*.parquet"))) > 8
    assert_same_rows(out, reference)


def test_compact_is_idempotent_and_equals_the_local_store(corpus, reference, worker, tmp_path):
    out = tmp_path / "ds"
    write_dataset(worker, corpus, out, block_size=30)
    db = tmp_path / "compact.duckdb"
    added = compact(out, db)
    assert added["articles"] == 120 and added["events"] == 120 and added["errors"] == 5
    assert compact(out, db) == dict.fromkeys(added, 0)
    with Store(db, read_only=True) as store, Store(reference, read_only=True) as ref:
        for table in TABLES:
            assert rows(store.con, table) == rows(ref.con, table), table


def test_compact_keeps_what_the_store_has(corpus, options, worker, tmp_path):
    out = tmp_path / "ds"
    write_dataset(worker, corpus, out, block_size=30)
    db = tmp_path / "partial.duckdb"
    with Store(db) as store:
        pipeline = Pipeline(options)
        ingest([corpus], store, pipeline)
        store.con.execute("DELETE FROM event_actors WHERE event_id IN (SELECT event_id FROM events "
                          "WHERE article_id IN (SELECT article_id FROM articles ORDER BY article_id LIMIT 50))")
        store.con.execute("DELETE FROM places WHERE event_id IN (SELECT event_id FROM events "
                          "WHERE article_id IN (SELECT article_id FROM articles ORDER BY article_id LIMIT 50))")
        store.con.execute("DELETE FROM events WHERE article_id IN "
                          "(SELECT article_id FROM articles ORDER BY article_id LIMIT 50)")
        store.con.execute("DELETE FROM articles WHERE article_id IN "
                          "(SELECT article_id FROM articles ORDER BY article_id LIMIT 50)")
        store.con.execute("UPDATE articles SET title = 'kept' ")
    added = compact(out, db)
    assert added["articles"] == 50 and added["events"] == 50
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM articles WHERE title = 'kept'").fetchone() == (70,)
        assert store.counts()["articles"] == 120


def test_cli_compact(corpus, worker, tmp_path):
    out = tmp_path / "ds"
    write_dataset(worker, corpus, out, block_size=60)
    db = tmp_path / "cli.duckdb"
    first = CliRunner().invoke(compact_command, [str(out), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "added 120 articles, 120 events" in first.output
    second = CliRunner().invoke(compact_command, [str(out), "--db", str(db)])
    assert "added 0 articles, 0 events" in second.output
    missing = CliRunner().invoke(compact_command, [str(tmp_path), "--db", str(db)])
    assert missing.exit_code == 1 and "no chronist dataset" in missing.output


def test_dataset_store_answers_the_store_queries(corpus, reference, worker, tmp_path):
    out = tmp_path / "ds"
    write_dataset(worker, corpus, out, block_size=30)
    with dataset_store(out) as store, Store(reference, read_only=True) as ref:
        assert store.event_records(country="EGY") == ref.event_records(country="EGY")
        assert len(store.event_records(country="EGY")) > 5
        assert store.counts() | {"runs": 0} == ref.counts() | {"runs": 0}
        with pytest.raises(duckdb.Error):
            store.con.execute("INSERT INTO articles (article_id) VALUES ('x')")


def test_a_failing_document_is_recorded_and_the_block_goes_on(corpus, options, tmp_path, monkeypatch):
    out = tmp_path / "ds"
    Layout(out).init()
    worker = BlockWorker(options, out, run_id="0123456789ab")
    real = worker.pipeline.process

    def flaky(doc, **kwargs):
        if doc.origin.endswith("#20"):
            raise RuntimeError("a bug in a stage")
        return real(doc, **kwargs)

    monkeypatch.setattr(worker.pipeline, "process", flaky)
    result = worker.process(plan_blocks([corpus], block_size=500)[0])
    assert result.reasons["internal-error"] == 1 and result.articles == 119
    with open_dataset(out) as con:
        assert con.execute("SELECT code, message FROM errors WHERE reason = 'internal-error'").fetchall() == [
            ("E001", "RuntimeError: a bug in a stage")]


def test_only_datasets_of_this_schema_are_opened(tmp_path):
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="not empty and is not a chronist dataset"):
        Layout(tmp_path / "other").init()
    with pytest.raises(StoreError, match="no chronist dataset"):
        open_dataset(tmp_path / "other")
    newer = tmp_path / "newer"
    Layout(newer).init()
    manifest = json.loads(Layout(newer).manifest.read_text(encoding="utf-8"))
    Layout(newer).manifest.write_text(json.dumps(manifest | {"schema_version": SCHEMA_VERSION + 1}), encoding="utf-8")
    with pytest.raises(StoreError, match="upgrade chronist"):
        open_dataset(newer)
    empty = tmp_path / "empty"
    Layout(empty).init()
    with open_dataset(empty) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone() == (0,)
