"""A Parquet dataset of scaled-out runs, read with DuckDB as if it were the store.

``chronist ingest --engine ray --out DIR`` writes the store's tables as Parquet files, one
per input block and publication date (``article_rows`` gives the rows, so the columns are the
store's)::

    DIR/_chronist.json                                   format and schema version
    DIR/articles/published=2024-07-11/block-<id>.parquet
    DIR/events/published=2024-07-11/block-<id>.parquet   (events, actors and places go with
    DIR/event_actors/published=.../block-<id>.parquet     their article's publication date;
    DIR/places/published=.../block-<id>.parquet           "published=unknown" when it has none)
    DIR/errors/block-<id>.parquet                        inputs that failed, with their reason
    DIR/runs/run-<run_id>.parquet                        one row per run
    DIR/_blocks/<id>.json                                written last: the block is complete

A block's files are written under a temporary name and renamed into place, and its marker
comes last, so a rerun skips complete blocks and rewrites the others under the same names:
no row is lost or doubled. An article that two blocks hold (the same text at two places in
the input) is kept once at read time: ``open_dataset`` puts views named like the store's
tables over the files, keeping for each ``article_id`` the copy with the smallest
(url, origin, block) together with that copy's events, actors and places.
``compact`` merges a dataset into a DuckDB store, idempotently.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from .errors import StoreError
from .store import SCHEMA_VERSION, Store

__all__ = [
    "DATA_TABLES",
    "FORMAT",
    "Layout",
    "arrow_schemas",
    "column_types",
    "compact",
    "create_views",
    "dataset_store",
    "open_dataset",
    "partition_name",
]

FORMAT = "chronist-parquet-dataset"
# The tables a block writes; events, actors and places are partitioned like their article.
DATA_TABLES = ("articles", "events", "event_actors", "places")
VIEW_TABLES = DATA_TABLES + ("errors", "runs")
UNKNOWN_DATE = "unknown"
_BLOCK_RE = r"block-([0-9a-f]+)\.parquet$"
# Which copy of an article two blocks hold is kept: the first in its file ("x.warc.gz#17" before
# "x.warc.gz#130", "feed.jsonl:2" before ":10"), as a local run keeps the first it reads; across
# files, the file whose name sorts first.
_ORIGIN_ORDER = ("regexp_extract(origin, '^(.*?)(?:[#:][0-9]+)?$', 1), "
                 "TRY_CAST(regexp_extract(origin, '[#:]([0-9]+)$', 1) AS BIGINT) NULLS FIRST, origin")
_ID_RE = re.compile(r"^[0-9a-f]{8,64}$")


def partition_name(published: Any) -> str:
    """The folder of a publication date: ``published=2024-07-11`` or ``published=unknown``."""
    return f"published={published.isoformat() if published else UNKNOWN_DATE}"


@dataclass(frozen=True, slots=True)
class Layout:
    """Where each file of a dataset lives; the writer and the reader share it."""

    root: Path

    @property
    def manifest(self) -> Path:
        return self.root / "_chronist.json"

    @property
    def blocks_dir(self) -> Path:
        return self.root / "_blocks"

    @property
    def index_dir(self) -> Path:
        return self.root / "_index"

    def marker(self, block_id: str) -> Path:
        return self.blocks_dir / f"{_checked(block_id)}.json"

    def data_file(self, table: str, published: Any, block_id: str) -> Path:
        return self.root / table / partition_name(published) / f"block-{_checked(block_id)}.parquet"

    def errors_file(self, block_id: str) -> Path:
        return self.root / "errors" / f"block-{_checked(block_id)}.parquet"

    def run_file(self, run_id: str) -> Path:
        return self.root / "runs" / f"run-{_checked(run_id)}.parquet"

    def glob(self, table: str) -> str:
        if table == "errors":
            return str(self.root / "errors" / "block-*.parquet")
        if table == "runs":
            return str(self.root / "runs" / "run-*.parquet")
        return str(self.root / table / "published=*" / "block-*.parquet")

    def has_files(self, table: str) -> bool:
        pattern = Path(self.glob(table)).relative_to(self.root)
        return next(self.root.glob(str(pattern)), None) is not None

    def completed_blocks(self) -> set[str]:
        if not self.blocks_dir.is_dir():
            return set()
        return {p.stem for p in self.blocks_dir.glob("*.json")}

    def init(self) -> None:
        """Create the folder and its manifest, or check that an existing one is ours and not newer."""
        if self.manifest.exists():
            check_manifest(self.root)
            return
        self.root.mkdir(parents=True, exist_ok=True)
        if any(p for p in self.root.iterdir() if not p.name.startswith(".")):
            raise StoreError(f"{self.root} is not empty and is not a chronist dataset: choose another --out")
        manifest = {"format": FORMAT, "schema_version": SCHEMA_VERSION}
        self.manifest.write_text(json.dumps(manifest) + "\n", encoding="utf-8")


def _checked(identifier: str) -> str:
    if not _ID_RE.match(identifier):
        raise ValueError(f"not a block or run id: {identifier!r}")
    return identifier


def check_manifest(root: Path) -> dict[str, Any]:
    path = Layout(root).manifest
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StoreError(f"no chronist dataset at {root} (no {path.name}): run "
                         "'chronist ingest --engine ray --out DIR' first") from None
    except (OSError, json.JSONDecodeError) as exc:
        raise StoreError(f"cannot read {path}: {exc}") from exc
    if manifest.get("format") != FORMAT:
        raise StoreError(f"{root} is not a chronist dataset ({path.name} says {manifest.get('format')!r})")
    version = int(manifest.get("schema_version", 0))
    if version > SCHEMA_VERSION:
        raise StoreError(f"{root} has schema version {version}; this chronist knows up to {SCHEMA_VERSION}: "
                         "upgrade chronist")
    return dict(manifest)


# -- the store's schema, read from the store itself --------------------------------------------

_SCHEMA_CACHE: dict[str, list[tuple[str, str]]] = {}


def column_types() -> dict[str, list[tuple[str, str]]]:
    """Every store table's (column, DuckDB type), in column order, from an in-memory store."""
    if not _SCHEMA_CACHE:
        with Store(":memory:") as store:
            for table in VIEW_TABLES:
                rows = store.con.execute(
                    "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                    "ORDER BY ordinal_position", [table]).fetchall()
                _SCHEMA_CACHE[table] = [(str(name), str(kind)) for name, kind in rows]
    return _SCHEMA_CACHE


_ARROW_CACHE: dict[str, Any] = {}


def arrow_schemas() -> dict[str, Any]:
    """The pyarrow schema of each table as DuckDB exports it (JSON columns are strings)."""
    if not _ARROW_CACHE:
        with Store(":memory:") as store:
            cursor = store.con.cursor()  # a connection of its own: the store's may hold a result
            _ARROW_CACHE.update({table: cursor.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
                                 for table in VIEW_TABLES})
    return dict(_ARROW_CACHE)


# -- reading -------------------------------------------------------------------------------------


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _cast_list(table: str, alias: str = "") -> str:
    prefix = f"{alias}." if alias else ""
    return ", ".join(f'CAST({prefix}"{name}" AS {kind}) AS "{name}"' for name, kind in column_types()[table])


def _no_rows(table: str) -> str:
    """The table's columns (and ``_block``) with no rows: a table that no block has written yet."""
    columns = [f'CAST(NULL AS {kind}) AS "{name}"' for name, kind in column_types()[table]]
    return f"SELECT {', '.join(columns)}, CAST(NULL AS VARCHAR) AS _block WHERE false"


def _raw(layout: Layout, table: str) -> str:
    """Every row of a table's files, with the block each came from (``_block``)."""
    if not layout.has_files(table):
        return _no_rows(table)
    return (f"SELECT *, regexp_extract(filename, {_quote(_BLOCK_RE)}, 1) AS _block "
            f"FROM read_parquet({_quote(layout.glob(table))}, filename = true, hive_partitioning = false, "
            "union_by_name = true)")


def create_views(con: duckdb.DuckDBPyConnection, root: str | Path, *, prefix: str = "",
                 temporary: bool = False) -> None:
    """Views ``{prefix}articles``, ``events``, ``event_actors``, ``places``, ``errors``, ``runs``.

    The columns and types are the store's. Each article is kept once (see the module's doc);
    errors are kept once per (origin, code, reason, message), runs once per run_id.
    """
    layout = Layout(Path(root).resolve())
    check_manifest(layout.root)
    kind = "TEMP VIEW" if temporary else "VIEW"
    p = prefix
    statements = [f"CREATE OR REPLACE {kind} {p}_raw_{t} AS {_raw(layout, t)}" for t in VIEW_TABLES]
    statements += [
        f"""CREATE OR REPLACE {kind} {p}_winners AS
            SELECT article_id, _block FROM {p}_raw_articles
            QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY {_ORIGIN_ORDER}, _block) = 1""",
        f"""CREATE OR REPLACE {kind} {p}articles AS
            SELECT {_cast_list('articles', 'a')} FROM {p}_raw_articles a
            JOIN {p}_winners w ON a.article_id = w.article_id AND a._block = w._block""",
        f"""CREATE OR REPLACE {kind} {p}_kept_events AS
            SELECT e.* FROM {p}_raw_events e
            JOIN {p}_winners w ON e.article_id = w.article_id AND e._block = w._block""",
        f"CREATE OR REPLACE {kind} {p}events AS SELECT {_cast_list('events')} FROM {p}_kept_events",
        f"""CREATE OR REPLACE {kind} {p}event_actors AS
            SELECT {_cast_list('event_actors', 'x')} FROM {p}_raw_event_actors x
            JOIN (SELECT DISTINCT event_id, _block FROM {p}_kept_events) k
              ON x.event_id = k.event_id AND x._block = k._block""",
        f"""CREATE OR REPLACE {kind} {p}places AS
            SELECT {_cast_list('places', 'x')} FROM {p}_raw_places x
            JOIN (SELECT DISTINCT event_id, _block FROM {p}_kept_events) k
              ON x.event_id = k.event_id AND x._block = k._block""",
        f"""CREATE OR REPLACE {kind} {p}errors AS
            SELECT {_cast_list('errors')} FROM {p}_raw_errors
            QUALIFY row_number() OVER (PARTITION BY origin, code, reason, message
                                       ORDER BY recorded_at, run_id, _block) = 1""",
        f"""CREATE OR REPLACE {kind} {p}runs AS
            SELECT {_cast_list('runs')} FROM {p}_raw_runs
            QUALIFY row_number() OVER (PARTITION BY run_id ORDER BY finished DESC NULLS LAST) = 1""",
    ]
    for statement in statements:
        con.execute(statement)


def open_dataset(root: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection whose views ``articles`` ... ``errors`` read the dataset.

    Files that runs add later are seen by later queries; a table that had no file at all when
    the connection was opened stays empty until it is opened again.
    """
    con = duckdb.connect(":memory:")
    try:
        create_views(con, root)
    except BaseException:
        con.close()
        raise
    return con


def dataset_store(root: str | Path) -> Store:
    """A read-only ``Store`` over the dataset, for the store's query code (events, export, serve).

    An in-memory store is created (with its ``meta`` table and schema version) and its data
    tables are swapped for the dataset's views, so writing to it fails rather than being lost.
    """
    store = Store(":memory:")
    try:
        for table in VIEW_TABLES:
            store.con.execute(f"DROP TABLE {table}")
        create_views(store.con, root)
    except BaseException:
        store.close()
        raise
    store.path = str(root)
    store.read_only = True
    return store


# -- compaction ----------------------------------------------------------------------------------


def compact(root: str | Path, db: str | Path) -> dict[str, int]:
    """Merge the dataset into the DuckDB store ``db``; returns the rows added per table.

    Idempotent: an article already in the store (by article_id) is left as it is, with its
    events; errors and runs already there are not added again. One transaction.
    """
    with Store(db) as store:
        con = store.con
        create_views(con, root, prefix="ds_", temporary=True)
        before = store.counts()
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("CREATE TEMP TABLE ds_new AS SELECT article_id FROM ds_articles "
                        "WHERE article_id NOT IN (SELECT article_id FROM articles)")
            con.execute("INSERT INTO articles SELECT * FROM ds_articles WHERE article_id IN (SELECT article_id FROM ds_new)")
            con.execute("INSERT OR IGNORE INTO events SELECT * FROM ds_events "
                        "WHERE article_id IN (SELECT article_id FROM ds_new)")
            for table in ("event_actors", "places"):
                con.execute(f"INSERT INTO {table} SELECT x.* FROM ds_{table} x WHERE x.event_id IN "
                            "(SELECT event_id FROM ds_events WHERE article_id IN (SELECT article_id FROM ds_new))")
            con.execute("INSERT INTO errors SELECT * FROM ds_errors EXCEPT SELECT * FROM errors")
            con.execute("INSERT INTO runs SELECT * FROM ds_runs WHERE run_id NOT IN (SELECT run_id FROM runs)")
            con.execute("DROP TABLE ds_new")
            con.execute("COMMIT")
        except duckdb.Error:
            con.execute("ROLLBACK")
            raise
        after = store.counts()
    return {table: after[table] - before[table] for table in VIEW_TABLES}
