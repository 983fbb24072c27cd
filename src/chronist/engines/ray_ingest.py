"""``chronist ingest --engine ray``: the pipeline on Ray Data, into a Parquet dataset.

    driver   plan the blocks (WARC and JSONL files are indexed, in Ray tasks when large)
             and leave out the blocks an earlier run finished
    Ray Data from_items(blocks) -> map_batches(_RayBlockWorker, one block per call) on a
             fixed pool of actors: each loads lexicons and gazetteer once (``BlockWorker``)
             and writes its blocks' Parquet files itself
    driver   streams one small result per block: progress, failures by reason, summary

Exactly once: block ids are deterministic and a block's files are renamed into place with
its marker last (``engines.worker``). Ray restarts a killed actor and retries its block
(Ray Data's actor pools run with ``max_restarts=-1, max_task_retries=-1``); a killed driver
is resumed by running the same command again. Without ``address`` Ray starts on this
machine's cores, bound to 127.0.0.1; with ``address`` ("auto" or HOST:PORT) the inputs and
the output folder must be at the same paths on every node (a shared file system) and
chronist installed there.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
import uuid
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Options, load_options
from ..dataset import Layout, arrow_schemas
from ..errors import ChronistError
from .blocks import DEFAULT_BLOCK_SIZE, Block, FileIndex, index_file, plan_blocks
from .worker import BlockResult, BlockWorker, write_atomic

__all__ = ["RayRunSummary", "RunProgress", "ingest_ray"]

log = logging.getLogger(__name__)

LOCAL_OBJECT_STORE_BYTES = 256 * 1024**2  # only block specs and results travel through it
REMOTE_INDEX_BYTES = 256 * 1024**2  # index files in Ray tasks when there is this much to read


class RayUnavailable(ChronistError):
    code = "C101"


@dataclass
class RunProgress:
    """Running totals of a run, and the rates since it started (blocks done earlier excluded)."""

    files_total: int = 0
    blocks_total: int = 0
    blocks_done: int = 0
    blocks_resumed: int = 0
    files_done: int = 0
    seen: int = 0
    articles: int = 0
    duplicates: int = 0
    events: int = 0
    failed: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)
    _new: Counter[str] = field(default_factory=Counter)  # counted since start, for the rates
    _blocks_of: dict[str, int] = field(default_factory=dict)

    def plan(self, blocks: Sequence[Block]) -> None:
        self.blocks_total = len(blocks)
        for block in blocks:
            for path in block.paths:
                self._blocks_of[path] = self._blocks_of.get(path, 0) + 1
        self.files_total = len(self._blocks_of)

    def add(self, result: BlockResult, *, before_run: bool = False) -> None:
        self.blocks_done += 1
        self.blocks_resumed += before_run or result.resumed
        for path in result.paths:
            self._blocks_of[path] -= 1
            if self._blocks_of[path] == 0:
                self.files_done += 1
                self._new["files"] += not before_run
        self.seen += result.seen
        self.articles += result.articles
        self.duplicates += result.duplicates
        self.events += result.events
        self.failed += result.failed
        self.reasons.update(result.reasons)
        if not before_run:
            self._new.update(articles=result.articles, events=result.events, seen=result.seen)

    def rate(self, what: str) -> float:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        return self._new[what] / elapsed

    def describe(self) -> str:
        failed = ", ".join(f"{reason} {n}" for reason, n in self.reasons.most_common())
        return (f"files {self.files_done}/{self.files_total} ({self.rate('files'):.2f}/s) · "
                f"blocks {self.blocks_done}/{self.blocks_total} · "
                f"articles {self.articles:,} ({self.rate('articles'):.1f}/s) · "
                f"events {self.events:,} ({self.rate('events'):.1f}/s) · "
                f"failed {self.failed:,}" + (f" ({failed})" if failed else ""))


@dataclass
class RayRunSummary:
    run_id: str
    out: Path
    workers: int
    progress: RunProgress
    seconds: float = 0.0
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    languages: Counter[str] = field(default_factory=Counter)
    startup_seconds: list[float] = field(default_factory=list)  # each worker's pipeline loading
    block_seconds: list[float] = field(default_factory=list)  # blocks processed in this run
    block_cpu_seconds: list[float] = field(default_factory=list)
    worker_ids: set[str] = field(default_factory=set)
    this_run: Counter[str] = field(default_factory=Counter)  # seen, articles, ... of blocks done in this run


def ingest_ray(paths: Sequence[str | Path], out: str | Path, *, options: Options | None = None,
               address: str | None = None, workers: int | None = None, block_size: int = DEFAULT_BLOCK_SIZE,
               published: dt.date | None = None, lang: str | None = None,
               on_result: Callable[[BlockResult, RunProgress], None] | None = None,
               command: str = "ingest --engine ray", num_cpus: int | None = None) -> RayRunSummary:
    """Run the pipeline over ``paths`` on Ray and write (or complete) the dataset at ``out``.

    Connects to ``address`` ("auto", "HOST:PORT"), or uses the Ray already initialised in
    this process, or starts Ray on this machine (``num_cpus``: default all cores). ``workers``
    is the size of the actor pool (default: the cluster's CPUs).
    """
    if any(str(p) == "-" for p in paths):
        raise ChronistError("the ray engine reads files and folders, not standard input")
    ray = _import_ray()
    options = options or load_options()
    layout = Layout(Path(out).resolve())
    layout.init()
    started_here = _connect(ray, address, num_cpus)
    try:
        return _run(ray, paths, layout, options, workers=workers, block_size=block_size, published=published,
                    lang=lang, on_result=on_result, command=command)
    finally:
        if started_here:
            ray.shutdown()


def _run(ray: Any, paths: Sequence[str | Path], layout: Layout, options: Options, *, workers: int | None,
         block_size: int, published: dt.date | None, lang: str | None,
         on_result: Callable[[BlockResult, RunProgress], None] | None, command: str) -> RayRunSummary:
    clock = time.perf_counter()
    run_id = uuid.uuid4().hex[:12]
    n_workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    try:
        blocks = plan_blocks(paths, block_size=block_size, index_many=_index_many(ray), cache_dir=layout.index_dir)
    except ValueError as exc:
        raise ChronistError(str(exc)) from exc
    progress = RunProgress()
    progress.plan(blocks)
    summary = RayRunSummary(run_id, layout.root, n_workers, progress)
    done = layout.completed_blocks()
    todo = []
    for block in blocks:
        if block.block_id in done:
            _account(summary, BlockResult.from_json(layout.marker(block.block_id).read_text(encoding="utf-8")),
                     before_run=True)
        else:
            todo.append(block)
    started = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    _write_run(layout, run_id, command, started, None, summary.this_run)
    if todo:
        progress.started = time.perf_counter()
        for result in _stream(ray, todo, layout, options, run_id=run_id, workers=min(n_workers, len(todo)),
                              published=published, lang=lang):
            _account(summary, result, before_run=False)
            if on_result:
                on_result(result, progress)
    _write_run(layout, run_id, command, started, dt.datetime.now(dt.UTC).replace(tzinfo=None), summary.this_run)
    summary.seconds = time.perf_counter() - clock
    return summary


def _account(summary: RayRunSummary, result: BlockResult, *, before_run: bool) -> None:
    summary.progress.add(result, before_run=before_run)
    summary.languages.update(result.languages)
    if len(summary.failures) < 200:
        summary.failures.extend(result.failures[:200 - len(summary.failures)])
    if not before_run and not result.resumed:
        summary.this_run.update(seen=result.seen, articles=result.articles, duplicates=result.duplicates,
                                failed=result.failed, events=result.events)
        summary.block_seconds.append(result.seconds)
        summary.block_cpu_seconds.append(result.cpu_seconds)
        if result.worker not in summary.worker_ids:
            summary.worker_ids.add(result.worker)
            summary.startup_seconds.append(result.startup_seconds)


class _RayBlockWorker:
    """The actor-pool UDF: one ``BlockWorker`` per actor, one block per call."""

    def __init__(self, **kwargs: Any) -> None:
        self.worker = BlockWorker(**kwargs)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        return {"result": [self.worker.process(Block.from_json(str(spec))).to_json() for spec in batch["block"]]}


def _stream(ray: Any, blocks: Sequence[Block], layout: Layout, options: Options, *, run_id: str, workers: int,
            published: dt.date | None, lang: str | None) -> Any:
    _quiet_data_context(ray)
    dataset = ray.data.from_items([{"block": b.to_json()} for b in blocks], override_num_blocks=len(blocks))
    results = dataset.map_batches(
        _RayBlockWorker,
        batch_size=1,
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
        fn_constructor_kwargs={"options": options, "out": str(layout.root), "run_id": run_id,
                               "published": published, "lang": lang},
    )
    try:
        for row in results.iter_rows():
            yield BlockResult.from_json(str(row["result"]))
    except ray.exceptions.RayError as exc:
        raise ChronistError(f"the Ray run failed: {exc}") from exc


def _index_many(ray: Any) -> Callable[[Sequence[str]], list[FileIndex]]:
    def index_many(files: Sequence[str]) -> list[FileIndex]:
        if sum(os.path.getsize(f) for f in files) < REMOTE_INDEX_BYTES:
            return [index_file(f) for f in files]
        remote = ray.remote(num_cpus=1)(index_file)
        return list(ray.get([remote.remote(str(Path(f).resolve())) for f in files]))

    def with_original_paths(files: Sequence[str]) -> list[FileIndex]:
        return [FileIndex(f, i.size, i.kind, i.offsets, i.count) for f, i in zip(files, index_many(files), strict=True)]

    return with_original_paths


def _write_run(layout: Layout, run_id: str, command: str, started: dt.datetime, finished: dt.datetime | None,
               counts: Counter[str]) -> None:
    """The run's row of ``runs``, with what the blocks done in this run held (as the store counts a run)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schemas()["runs"]
    row = [run_id, started, finished, command, counts["seen"], counts["articles"], counts["duplicates"],
           counts["failed"], counts["events"]]
    table = pa.Table.from_arrays([pa.array([v], type=f.type) for v, f in zip(row, schema, strict=True)], schema=schema)
    write_atomic(layout.run_file(run_id), lambda tmp: pq.write_table(table, tmp))


def _import_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401 (ray.data is used as an attribute of ray)
    except ImportError as exc:
        raise RayUnavailable("the ray engine needs Ray: pip install 'chronist[ray]'") from exc
    return ray


def _connect(ray: Any, address: str | None, num_cpus: int | None) -> bool:
    """Connect or start Ray; True when this call started it (and so shuts it down)."""
    if ray.is_initialized():
        return False
    # chronist reports progress and failures itself; Ray's own notices (a generated cluster token,
    # worker output) would only interleave with them. Errors still show.
    quiet = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
    if address:
        ray.init(address=address, **quiet)
        return True
    ray.init(num_cpus=num_cpus, object_store_memory=LOCAL_OBJECT_STORE_BYTES, _node_ip_address="127.0.0.1", **quiet)
    return True


def _quiet_data_context(ray: Any) -> None:
    """Ray Data's own progress bars and start-up notices off: the driver reports progress."""
    with warnings.catch_warnings():
        # DataContext's constructor sets its own deprecated fields (use_push_based_shuffle, use_polars)
        # and warns about them; nothing here uses them.
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"ray\.data\.context")
        context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    # ... and would say so at every run ("Progress bars disabled. To enable, ..."), as it says
    # "Dataset ... execution finished" at INFO.
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    logging.getLogger("ray.data._internal.progress").setLevel(logging.ERROR)
