"""Where the server reads events from, and how it shares one DuckDB file with writers.

DuckDB lets one process write a file, or many processes read it. The server opens a store
in one of four modes (``ServeSettings.mode``):

    read-only  the file is opened read-only once; `chronist ingest` on it must wait until
               the server stops (the fastest mode: DuckDB's cache stays warm)
    writer     the server is the file's one writer; documents are POSTed to /api/ingest and
               readers see each committed batch at once (DuckDB's MVCC)
    reopen     the file is opened read-only per request and closed after it, so a
               `chronist ingest` can take the lock between requests; while it holds it,
               requests get 503 "store busy"
    dataset    an in-memory DuckDB with views over a folder of Parquet files

Filters and aggregates are answered by the ``FilterIndex`` (index.py), an in-memory copy
of what they need, built when the server starts (in reopen mode: when the file has changed).
A request reads through a ``Session``: a cursor on the store and one on the index, each
query interrupted after ``query_timeout`` seconds.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..errors import ChronistError, StoreError
from ..store import Store
from .index import FilterIndex
from .settings import ServeSettings

__all__ = ["DATASET_TABLES", "EventSource", "QueryTimeout", "Reader", "Session", "StoreBusy"]

DATASET_TABLES = ("articles", "events", "event_actors", "places")


class QueryTimeout(ChronistError):
    code = "S201"


class StoreBusy(ChronistError):
    code = "S202"


class Reader:
    """One cursor of the store; every query is interrupted after ``timeout`` seconds."""

    def __init__(self, con: duckdb.DuckDBPyConnection, timeout: float) -> None:
        self.con = con
        self.timeout = timeout

    @contextmanager
    def _deadline(self) -> Iterator[None]:
        timer = threading.Timer(self.timeout, self.con.interrupt)
        timer.daemon = True
        timer.start()
        try:
            yield
        except duckdb.InterruptException as exc:
            raise QueryTimeout(f"the query ran longer than {self.timeout:g} s: narrow the filters") from exc
        finally:
            timer.cancel()

    def all(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        with self._deadline():
            return self.con.execute(sql, params if isinstance(params, dict) else list(params)).fetchall()

    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> tuple[Any, ...] | None:
        rows = self.all(sql, params)
        return rows[0] if rows else None

    def stream(self, sql: str, params: Sequence[Any], *, chunk: int = 2000) -> Iterator[list[tuple[Any, ...]]]:
        """Rows in chunks, for downloads; the caller bounds rows and time."""
        cur = self.con.execute(sql, list(params))
        while True:
            rows = cur.fetchmany(chunk)
            if not rows:
                return
            yield rows


@dataclass(frozen=True, slots=True)
class Session:
    """What one request reads: the store's tables and the filter index, each through its own cursor."""

    store: Reader
    index: Reader


class EventSource:
    """The store the server reads (and, in writer mode, writes), with its filter index."""

    def __init__(self, settings: ServeSettings) -> None:
        self.settings = settings
        self.mode = settings.mode
        self.write_lock = threading.Lock()
        self._rebuild_lock = threading.Lock()
        self.generation = 0  # bumped after every write, so cached aggregates are dropped
        self.store: Store | None = None
        self._con: duckdb.DuckDBPyConnection | None = None
        self.index = FilterIndex()
        self._indexed_version: tuple[int, ...] | None = None
        if self.mode == "dataset":
            assert settings.dataset is not None
            self._con = _dataset_connection(settings.dataset)
        elif self.mode == "reopen":
            assert settings.db is not None
            Store(settings.db, read_only=True).close()  # fails early on a missing or too-new store
        else:
            assert settings.db is not None
            self.store = Store(settings.db, read_only=self.mode == "read-only")
            self._con = self.store.con
        if self._con is not None:
            self._con.execute("SET enable_progress_bar = false")  # no bar on the server's terminal
            reader = self._con.cursor()
            try:
                self.index.add(reader)
            finally:
                reader.close()

    @property
    def writable(self) -> bool:
        return self.mode == "writer"

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
        elif self._con is not None:
            self._con.close()
        self.store = self._con = None
        self.index.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        timeout = self.settings.query_timeout
        with self._store_connection() as con:
            if self.mode == "reopen":
                self._refresh_index(con)
            index = self.index  # a rebuild swaps in a new index; this request keeps the one it started with
            store_cur, index_cur = con.cursor(), index.con.cursor()
            for cur in (store_cur, index_cur):
                cur.execute("SET enable_progress_bar = false")  # a cursor has its own settings
            try:
                yield Session(Reader(store_cur, timeout), Reader(index_cur, timeout))
            finally:
                store_cur.close()
                index_cur.close()

    @contextmanager
    def _store_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self.mode != "reopen":
            if self._con is None:
                raise StoreError("the store is closed")
            yield self._con
            return
        assert self.settings.db is not None
        try:
            con = duckdb.connect(str(self.settings.db), read_only=True)
        except duckdb.IOException as exc:
            raise StoreBusy(f"the store is being written by another process; retry shortly ({exc})") from exc
        try:
            yield con
        finally:
            con.close()

    def _refresh_index(self, con: duckdb.DuckDBPyConnection) -> None:
        """In reopen mode: rebuild the index when another process has changed the file."""
        with self._rebuild_lock:
            version = self.version()
            if version == self._indexed_version:
                return
            fresh = FilterIndex()
            fresh.add(con)
            self.index, self._indexed_version = fresh, version

    def indexed(self, article_ids: Sequence[str]) -> int:
        """After the server stored these articles: index their events and drop cached answers."""
        assert self._con is not None
        reader = self._con.cursor()  # the store's own connection may hold an unread result
        try:
            added = self.index.add(reader, article_ids)
        finally:
            reader.close()
        self.bump()
        return added

    def bump(self) -> None:
        self.generation += 1

    def version(self) -> tuple[int, ...]:
        """Changes whenever the data may have: after our own writes, or another writer's in reopen mode."""
        if self.mode == "reopen":
            assert self.settings.db is not None
            stats = [Path(f"{self.settings.db}{suffix}") for suffix in ("", ".wal")]
            return tuple(s.stat().st_mtime_ns if s.exists() else 0 for s in stats)
        return (self.generation,)


def _sql_literal(text: str) -> str:
    """A quoted SQL string literal (view definitions cannot take parameters)."""
    return "'" + text.replace("'", "''") + "'"


def _dataset_connection(folder: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB whose tables are views over the dataset's Parquet files."""
    folder = folder.resolve()
    if not folder.is_dir():
        raise StoreError(f"no dataset folder at {folder}")
    if (folder / "_chronist.json").exists():
        # written by `chronist ingest --engine ray`: views that keep each article once, with the store's types
        from ..dataset import open_dataset

        try:
            return open_dataset(folder)
        except duckdb.Error as exc:
            raise StoreError(f"cannot read the dataset at {folder}: {exc}") from exc
    missing = [t for t in DATASET_TABLES if not any((folder / t).rglob("*.parquet"))]
    if missing:
        raise StoreError(f"{folder} has no Parquet files under {', '.join(t + '/' for t in missing)}")
    con = duckdb.connect(":memory:")
    try:
        for table in DATASET_TABLES:
            pattern = _sql_literal(str(folder / table / "**" / "*.parquet"))
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet({pattern}, union_by_name = true)")
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"cannot read the dataset at {folder}: {exc}") from exc
    return con
