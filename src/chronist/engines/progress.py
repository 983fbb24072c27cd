"""What ``chronist ingest --engine ray`` shows while it runs and when it ends.

On a terminal: one live line (files, articles and events per second, failures by reason).
Elsewhere (CI logs, ``nohup``): the same line on stderr every ``LOG_EVERY`` seconds.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..config import Options
from ..dataset import open_dataset
from .blocks import DEFAULT_BLOCK_SIZE
from .ray_ingest import RayRunSummary, RunProgress, ingest_ray
from .worker import BlockResult

__all__ = ["LOG_EVERY", "print_summary", "run_with_progress"]

LOG_EVERY = 10.0  # seconds between progress lines when stderr is not a terminal


def run_with_progress(options: Options, paths: Sequence[str], *, out: str | Path, address: str | None = None,
                      workers: int | None = None, block_size: int = DEFAULT_BLOCK_SIZE,
                      published: dt.date | None = None, lang: str | None = None, quiet: bool = False,
                      command: str = "ingest --engine ray") -> RayRunSummary:
    err = Console(stderr=True)
    live = not quiet and err.is_terminal
    bar = Progress(TextColumn("[bold]ingest[/] ray"), BarColumn(bar_width=30), MofNCompleteColumn(),
                   TextColumn("{task.description}"), TimeElapsedColumn(), console=err, disable=not live,
                   transient=True)
    last_line = time.monotonic()

    def on_result(result: BlockResult, progress: RunProgress) -> None:
        nonlocal last_line
        if live:
            bar.update(task, completed=progress.blocks_done, total=progress.blocks_total,
                       description=progress.describe())
        elif not quiet and time.monotonic() - last_line >= LOG_EVERY:
            err.print(f"ingest: {progress.describe()}", highlight=False, soft_wrap=True)
            last_line = time.monotonic()

    with bar:
        task = bar.add_task("planning blocks", total=None)
        summary = ingest_ray(paths, out, options=options, address=address, workers=workers, block_size=block_size,
                             published=published, lang=lang, on_result=on_result, command=command)
    return summary


def print_summary(summary: RayRunSummary, console: Console | None = None) -> None:
    out = console or Console(soft_wrap=True)
    p = summary.progress
    resumed = f", {p.blocks_resumed} done by an earlier run" if p.blocks_resumed else ""
    out.print(f"[bold]{summary.out}[/]: {p.blocks_total} blocks{resumed}, workers: {summary.workers}, "
              f"{summary.seconds:.1f} s; {p.seen} seen, {p.articles} stored, {p.duplicates} skipped as duplicate, "
              f"{p.failed} failed, {p.events} events", highlight=False)
    with open_dataset(summary.out) as con:
        row = con.execute("SELECT count(*) FROM articles").fetchone()
    articles = int(row[0]) if row else 0
    if articles != p.articles:
        out.print(f"the dataset holds {articles} distinct articles ({p.articles - articles} repeated across blocks "
                  "are kept once when read)", highlight=False)
    if summary.languages:
        out.print("languages: " + ", ".join(f"{k} {v}" for k, v in summary.languages.most_common()))
    if p.reasons:
        out.print("failed by reason: " + ", ".join(f"{k} {v}" for k, v in p.reasons.most_common()))
    for origin, reason, message in summary.failures[:50]:
        out.print(f"  [red]failed[/] {origin}: {reason}: {message}", highlight=False)
    if p.failed > min(len(summary.failures), 50):
        out.print(f"  ... and {p.failed - min(len(summary.failures), 50)} more (see the errors table)")
