"""Run the pipeline over many inputs into the store: batches, progress, a summary.

A failed item is recorded (run summary and ``errors`` table) and the batch goes on.
Articles are committed per batch, so a killed run is resumed by running it again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .model import Article
from .pipeline import Pipeline
from .sources import iter_documents
from .store import Store

__all__ = ["IngestSummary", "ingest"]

log = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    run_id: str = ""
    seen: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # origin, reason, message
    languages: Counter[str] = field(default_factory=Counter)

    @property
    def reasons(self) -> Counter[str]:
        return Counter(reason for _, reason, _ in self.failures)


def ingest(paths: Iterable[str | Path], store: Store, pipeline: Pipeline, *,
           published: dt.date | None = None, lang: str | None = None,
           on_item: Callable[[IngestSummary], None] | None = None, command: str = "ingest") -> IngestSummary:
    summary = IngestSummary(run_id=store.start_run(command))
    batch: list[Article] = []
    batch_ids: set[str] = set()

    def flush() -> None:
        if batch:
            added = store.add_batch(batch, summary.run_id)
            summary.stored += added
            summary.duplicates += len(batch) - added
            log.info("committed a batch of %d articles (%d stored in this run)", added, summary.stored)
            batch.clear()
            batch_ids.clear()

    for item in iter_documents(paths, max_bytes=pipeline.options.max_document_bytes):
        summary.seen += 1
        if isinstance(item, InputError):
            _fail(summary, store, item)
        else:
            try:
                article = pipeline.process(item, published=published, lang=lang)
            except InputError as exc:
                exc.origin = exc.origin or item.origin
                _fail(summary, store, exc)
            else:
                if article.article_id in batch_ids or store.has_article(article.article_id):
                    summary.duplicates += 1
                else:
                    batch.append(article)
                    batch_ids.add(article.article_id)
                    summary.events += len(article.events)
                    summary.languages[article.lang or "?"] += 1
                    if len(batch) >= pipeline.options.batch_size:
                        flush()
        if on_item:
            on_item(summary)
    flush()
    store.finish_run(summary.run_id, seen=summary.seen, stored=summary.stored, duplicates=summary.duplicates,
                     failed=summary.failed, events=summary.events)
    return summary


def _fail(summary: IngestSummary, store: Store, exc: InputError) -> None:
    summary.failed += 1
    message = exc.args[0] if exc.args else exc.reason
    summary.failures.append((exc.origin, exc.reason, message))
    store.add_error(summary.run_id, exc.origin, exc.code, exc.reason, message)
