"""The server's options: one frozen object, with every limit named and explained once.

``SERVE_SETTINGS`` lists each option with its default and help, so the CLI, docs/serve.md and
the tests read them from one place (as ``chronist.config.SETTINGS`` does for the pipeline).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from ..config import Setting
from ..errors import ConfigError

__all__ = ["SERVE_SETTINGS", "ServeSettings"]


@dataclass(frozen=True, slots=True)
class ServeSettings:
    db: Path | None = Path("chronist.duckdb")
    dataset: Path | None = None  # a folder of Parquet files instead of a DuckDB file
    ingest_token: str | None = None  # None: POST /api/ingest is refused
    reopen: bool = False  # open the file per request so `chronist ingest` can take it in between
    max_page_size: int = 500
    max_offset: int = 100_000
    max_body_bytes: int = 10_000_000
    max_batch_documents: int = 100
    query_timeout: float = 10.0
    max_export_rows: int = 1_000_000
    max_export_seconds: float = 600.0

    def __post_init__(self) -> None:
        if (self.db is None) == (self.dataset is None):
            raise ConfigError("serve needs exactly one of a DuckDB file (--db) or a Parquet dataset (--dataset)")
        if self.dataset is not None and self.ingest_token:
            raise ConfigError("a Parquet dataset is read-only: ingest over HTTP needs a DuckDB store (--db)")
        if self.ingest_token is not None and len(self.ingest_token) < 16:
            raise ConfigError("the ingest token must be at least 16 characters long")
        if self.reopen and self.ingest_token:
            raise ConfigError("--reopen leaves the store to another writer; it cannot be combined with an ingest token")
        for name in ("max_page_size", "max_offset", "max_body_bytes", "max_batch_documents", "max_export_rows"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name} must be a positive number")
        if self.query_timeout <= 0 or self.max_export_seconds <= 0:
            raise ConfigError("time limits must be positive")

    @property
    def mode(self) -> str:
        """'dataset', 'writer' (the server is the store's one writer), 'reopen' or 'read-only'."""
        if self.dataset is not None:
            return "dataset"
        if self.ingest_token:
            return "writer"
        return "reopen" if self.reopen else "read-only"

    def replace(self, **changes: object) -> ServeSettings:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


_HELP = {
    "db": "DuckDB store to serve (what `chronist ingest` fills)",
    "dataset": "folder with articles/, events/, event_actors/, places/ Parquet files, served read-only",
    "ingest_token": "enables POST /api/ingest for requests that carry it (Authorization: Bearer ...)",
    "reopen": "open the store read-only per request, so `chronist ingest` can write between requests",
    "max_page_size": "most rows one page of /api/events, /api/articles or a top-N list returns",
    "max_offset": "deepest offset a page may start at; narrow the filters instead of paging further",
    "max_body_bytes": "largest request body accepted (413 beyond)",
    "max_batch_documents": "most documents one ingest request may carry",
    "query_timeout": "seconds one query may run before it is interrupted (503)",
    "max_export_rows": "most rows one CSV/JSONL download streams",
    "max_export_seconds": "seconds one download may stream before it is cut",
}

SERVE_SETTINGS: tuple[Setting, ...] = tuple(
    Setting(f.name, f.default, _HELP[f.name]) for f in dataclasses.fields(ServeSettings))
