"""The ray engine on a real local Ray cluster of 2 CPUs.

- the Parquet dataset holds, row for row, what the single-process path stores in DuckDB;
- a worker process killed in the middle of a block is replaced and its block retried;
- a driver killed in the middle of a run is resumed by running it again;
and in every case no row is lost or doubled.
"""

from __future__ import annotations

import io
import logging
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest
from rich.console import Console

from chronist.config import load_options
from chronist.dataset import Layout, open_dataset
from chronist.ingest import ingest
from chronist.pipeline import Pipeline
from chronist.store import Store

from .corpus import ROOT, keyword_options, write_warc
from .test_dataset import assert_same_rows

try:
    import ray
except ImportError:
    ray = None

pytestmark = [
    pytest.mark.ray,
    pytest.mark.skipif(ray is None, reason="Ray is not installed: pip install 'chronist[ray]' (make test installs it)"),
    # Ray Data's DataContext sets its own deprecated fields when it is created and warns about
    # them (use_push_based_shuffle, use_polars); chronist sets neither. The engine already
    # silences them where it creates the context; this keeps any other first creation quiet
    # too. Only those warnings, only from that module.
    pytest.mark.filterwarnings(r"ignore:`use_\w+` is deprecated:DeprecationWarning:ray\.data\.context"),
]

PAGES = 300
BLOCK_SIZE = 20  # 16 blocks: enough to kill a run in the middle
SLOW = {"keyword_coder_delay": 0.03}  # seconds per article, so that a kill lands inside a block


@pytest.fixture(scope="module")
def cluster() -> str:
    """A local Ray cluster for this module; its address, for a second driver."""
    ray.init(num_cpus=2, object_store_memory=100 * 1024**2, include_dashboard=False, log_to_driver=False,
             logging_level=logging.ERROR, _node_ip_address="127.0.0.1")
    yield ray.get_runtime_context().gcs_address
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "crawl.warc.gz"
    write_warc(path, PAGES)
    return path


def local_store(corpus: Path, options, db: Path) -> Path:
    with Store(db) as store:
        summary = ingest([corpus], store, Pipeline(options))
    assert summary.stored == PAGES and summary.failed == 11
    return db


@pytest.fixture(scope="module")
def keyword_reference(corpus, tmp_path_factory) -> Path:
    return local_store(corpus, keyword_options(), tmp_path_factory.mktemp("ref") / "keywords.duckdb")


def test_dataset_equals_the_local_store_and_a_rerun_adds_nothing(cluster, corpus, tmp_path):
    from chronist.engines.progress import print_summary, run_with_progress
    from chronist.engines.ray_ingest import ingest_ray

    options = load_options()  # the real pipeline: rule coder, gazetteer
    reference = local_store(corpus, options, tmp_path / "ref.duckdb")
    lines = []
    summary = ingest_ray([corpus], tmp_path / "ds", options=options, block_size=BLOCK_SIZE,
                         on_result=lambda result, progress: lines.append(progress.describe()))
    assert summary.workers == 2 and len(summary.worker_ids) == 2 and summary.progress.blocks_total == 16
    assert_same_rows(tmp_path / "ds", reference)
    with open_dataset(tmp_path / "ds") as con:
        reasons = Counter(dict(con.execute("SELECT reason, count(*) FROM errors GROUP BY ALL").fetchall()))
    assert reasons == Counter({"not-html": 4, "no-text": 4, "unsupported-language": 3}) == summary.progress.reasons
    assert len(lines) == 16 and lines[-1].startswith("files 1/1") and "articles 301 (" in lines[-1]
    assert "failed 11 (" in lines[-1] and "unsupported-language 3" in lines[-1]

    again = run_with_progress(options, [str(corpus)], out=tmp_path / "ds", block_size=BLOCK_SIZE, quiet=True)
    assert again.progress.blocks_resumed == 16 and not again.worker_ids
    assert again.progress.articles == summary.progress.articles
    console = Console(file=io.StringIO(), width=300)
    print_summary(again, console)
    report = console.file.getvalue()
    assert "16 blocks, 16 done by an earlier run" in report and "301 stored" in report
    assert "holds 300 distinct articles (1 repeated across blocks" in report
    assert "failed by reason: " in report and "not-html 4" in report
    assert_same_rows(tmp_path / "ds", reference)
    with open_dataset(tmp_path / "ds") as con:
        runs = con.execute("SELECT seen, stored, failed, finished IS NOT NULL FROM runs ORDER BY started").fetchall()
    assert runs == [(312, 301, 11, True), (0, 0, 0, True)]  # the rerun did nothing


def test_a_killed_worker_is_replaced_and_its_block_retried(cluster, corpus, keyword_reference, tmp_path):
    from chronist.engines.ray_ingest import ingest_ray

    killed: list[int] = []

    def kill_first_worker(result, progress) -> None:
        if not killed:  # the worker that finished the first block is busy with its next one
            pid = int(result.worker.rsplit(":", 1)[1])
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    summary = ingest_ray([corpus], tmp_path / "ds", options=keyword_options(extra=SLOW), block_size=BLOCK_SIZE,
                         on_result=kill_first_worker)
    assert killed and not _alive(killed[0])
    assert len(summary.worker_ids) == 3  # two actors, one of them restarted
    assert summary.progress.blocks_done == 16 and summary.progress.articles == PAGES + 1
    assert_same_rows(tmp_path / "ds", keyword_reference)


DRIVER = textwrap.dedent("""
    import sys
    from chronist.engines.ray_ingest import ingest_ray
    from tests.engines.corpus import keyword_options
    corpus, out, address, block_size = sys.argv[1:]
    ingest_ray([corpus], out, options=keyword_options(extra={"keyword_coder_delay": 0.03}), address=address,
               block_size=int(block_size), on_result=lambda result, progress: print("done", result.block_id, flush=True))
""")


def test_a_killed_driver_is_resumed_by_running_it_again(cluster, corpus, keyword_reference, tmp_path):
    from chronist.engines.ray_ingest import ingest_ray

    out = tmp_path / "ds"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, "-c", DRIVER, str(corpus), str(out), cluster, str(BLOCK_SIZE)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT,
                          env=env) as driver:
        assert driver.stdout is not None
        deadline = time.monotonic() + 120
        done = 0
        for line in driver.stdout:
            done += line.startswith("done ")
            if done == 3:
                break
            assert time.monotonic() < deadline, "the driver finished no block"
        driver.send_signal(signal.SIGKILL)
        driver.wait(timeout=30)
    assert driver.returncode == -signal.SIGKILL
    finished = len(Layout(out).completed_blocks())
    assert 3 <= finished < 16  # the run was really cut short, and what was finished stays

    summary = ingest_ray([corpus], out, options=keyword_options(), block_size=BLOCK_SIZE)
    assert summary.progress.blocks_resumed >= 3 and summary.progress.blocks_done == 16
    assert_same_rows(out, keyword_reference)
    with open_dataset(out) as con:  # in the files themselves: one copy of each, and the story stored twice
        raw = con.execute(f"SELECT count(*) FROM read_parquet('{out}/articles/*/*.parquet')").fetchone()
    assert raw == (PAGES + 1,)

def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/status").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text()
