"""One block in, the store's rows out as Parquet files: what every scaled-out worker does.

``BlockWorker`` loads the pipeline (lexicons, gazetteer, parsers) once, when it is made,
then turns blocks into files of the dataset (``chronist.dataset`` describes the layout):

1. a block whose marker exists was finished by an earlier attempt: its counts are returned
   and nothing is written (a retried task, a rerun after a crash);
2. otherwise its documents go through the pipeline; an article seen earlier in the same
   block is skipped, as the store skips it; every failed input becomes an ``errors`` row;
3. each file is written under a temporary name, flushed to disk and renamed into place, and
   the marker is written the same way, last. A block cut short is redone from the start and
   its files are replaced under the same names, so nothing is lost or doubled.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import resource
import socket
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from ..config import Options
from ..dataset import DATA_TABLES, Layout, arrow_schemas
from ..errors import InputError
from ..model import Article
from ..pipeline import Pipeline
from ..store import article_rows
from .blocks import Block, read_block

__all__ = ["BlockResult", "BlockWorker", "write_atomic"]

log = logging.getLogger(__name__)

# Sentences that make each language's coder, parser and gazetteer load before the first block.
_WARM_UP = {
    "de": "Der Außenminister von Frankreich besuchte am Montag in Warschau die Regierung Polens zu Gesprächen.",
    "en": "The foreign minister of France visited the government of Poland in Warsaw on Monday for talks.",
}
MAX_FAILURES_KEPT = 20  # per block, for the run summary; the errors table has them all


@dataclass
class BlockResult:
    """What a worker did with one block; also the block's marker on disk."""

    block_id: str
    paths: tuple[str, ...]
    items: int
    seen: int = 0
    articles: int = 0
    duplicates: int = 0
    events: int = 0
    failed: int = 0
    reasons: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # origin, reason, message
    languages: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # of the worker process, inside this block
    worker: str = ""
    startup_seconds: float = 0.0
    resumed: bool = False  # finished by an earlier attempt or run
    peak_rss_mb: float = 0.0  # the worker process's, after this block

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> BlockResult:
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in json.loads(text).items() if k in known}  # a marker of another version
        data["paths"] = tuple(data["paths"])
        data["failures"] = [tuple(f) for f in data["failures"]]
        return cls(**data)


def write_atomic(path: Path, write: Any) -> None:
    """``write(tmp_path)`` then rename onto ``path``: readers see the whole file or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class BlockWorker:
    """A pipeline loaded once, and the dataset it writes blocks into."""

    def __init__(self, options: Options, out: str | Path, *, run_id: str, published: dt.date | None = None,
                 lang: str | None = None) -> None:
        start = time.perf_counter()
        self.options = options
        self.layout = Layout(Path(out))
        self.run_id = run_id
        self.published = published
        self.lang = lang
        self.worker = f"{socket.gethostname()}:{os.getpid()}"
        self.schemas = arrow_schemas()
        self.pipeline = Pipeline(options)
        self._warm_up()
        self.startup_seconds = time.perf_counter() - start

    def _warm_up(self) -> None:
        """Load every language's coder and parser and the gazetteer now, not inside the first block."""
        for lang in self.options.languages:
            self.pipeline.coder(lang)
            if lang in _WARM_UP:
                try:
                    self.pipeline.extract(_WARM_UP[lang], lang=lang, published="2024-01-01")
                except InputError as exc:
                    log.warning("warm-up text for %s was refused: %s", lang, exc)
        if self.options.geocode:
            self.pipeline.timeplace.gazetteer  # noqa: B018 (loads the index)

    def process(self, block: Block) -> BlockResult:
        marker = self.layout.marker(block.block_id)
        if marker.exists():
            done = BlockResult.from_json(marker.read_text(encoding="utf-8"))
            done.resumed, done.worker, done.startup_seconds = True, self.worker, self.startup_seconds
            return done
        start, cpu = time.perf_counter(), time.process_time()
        result = BlockResult(block.block_id, block.paths, block.items, worker=self.worker,
                             startup_seconds=self.startup_seconds)
        stamp = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        rows: dict[tuple[str, dt.date | None], list[list[Any]]] = {}
        errors: list[list[Any]] = []
        seen_ids: set[str] = set()
        for article in self._articles(block, result, errors, stamp):
            if article.article_id in seen_ids:
                result.duplicates += 1
                continue
            seen_ids.add(article.article_id)
            result.articles += 1
            result.languages[article.lang or "?"] = result.languages.get(article.lang or "?", 0) + 1
            for table, table_rows in _store_rows(article, self.run_id, stamp).items():
                rows.setdefault((table, article.published), []).extend(table_rows)
            result.events += len({e.event_id for e in article.events})
        for (table, published), table_rows in sorted(rows.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
            if table_rows:
                self._write(self.layout.data_file(table, published, block.block_id), table, table_rows)
        if errors:
            self._write(self.layout.errors_file(block.block_id), "errors", errors)
        result.seconds = round(time.perf_counter() - start, 3)
        result.cpu_seconds = round(time.process_time() - cpu, 3)
        result.peak_rss_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        write_atomic(marker, lambda tmp: tmp.write_text(result.to_json(), encoding="utf-8"))
        return result

    def _articles(self, block: Block, result: BlockResult, errors: list[list[Any]],
                  stamp: dt.datetime) -> Iterable[Article]:
        items = read_block(block, max_bytes=self.options.max_document_bytes)
        while True:
            try:
                item = next(items)
            except StopIteration:
                return
            except Exception as exc:  # noqa: BLE001 (a reader bug or a corrupt archive must not stop the run)
                log.exception("reading block %s of %s failed", block.block_id, block.paths[0])
                failure = InputError(f"reading stopped: {exc.__class__.__name__}: {exc}", origin=block.paths[0])
                self._fail(result, errors, failure, stamp)
                return
            result.seen += 1
            if isinstance(item, InputError):
                self._fail(result, errors, item, stamp)
                continue
            try:
                yield self.pipeline.process(item, published=self.published, lang=self.lang)
            except InputError as exc:
                exc.origin = exc.origin or item.origin
                self._fail(result, errors, exc, stamp)
            except Exception as exc:  # noqa: BLE001 (one bad page must not stop a day's run: it is recorded)
                log.exception("the pipeline failed on %s", item.origin)
                self._fail(result, errors, _InternalError(f"{exc.__class__.__name__}: {exc}", origin=item.origin),
                           stamp)

    def _fail(self, result: BlockResult, errors: list[list[Any]], exc: InputError, stamp: dt.datetime) -> None:
        message = exc.args[0] if exc.args else exc.reason
        result.failed += 1
        result.reasons[exc.reason] = result.reasons.get(exc.reason, 0) + 1
        if len(result.failures) < MAX_FAILURES_KEPT:
            result.failures.append((exc.origin, exc.reason, message))
        errors.append([self.run_id, exc.origin, exc.code, exc.reason, message, stamp])

    def _write(self, path: Path, table: str, rows: list[list[Any]]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = self.schemas[table]
        columns = [pa.array([r[i] for r in rows], type=f.type) for i, f in enumerate(schema)]
        arrow = pa.Table.from_arrays(columns, schema=schema)
        write_atomic(path, lambda tmp: pq.write_table(arrow, tmp, compression="zstd"))


class _InternalError(InputError):
    """A document the pipeline raised on unexpectedly: recorded, and the run goes on."""

    code, reason = "E001", "internal-error"


def _store_rows(article: Article, run_id: str, stamp: dt.datetime) -> dict[str, list[list[Any]]]:
    """The rows the store inserts for an article: ``article_rows``, less repeated event ids.

    The store inserts events with INSERT OR IGNORE (the first of two events with one id is
    kept) and every actor and place row as it comes; the dataset does the same.
    """
    rows = article_rows(article, run_id, ingested_at=stamp)
    first: set[str] = set()
    kept = []
    for row in rows["events"]:
        if row[0] not in first:
            first.add(row[0])
            kept.append(row)
    rows["events"] = kept
    return {table: rows[table] for table in DATA_TABLES}

