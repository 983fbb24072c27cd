"""`chronist ingest PATH...`: read news into the store, with a summary at the end."""

from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from ..config import Options
from ..errors import ChronistError
from ..ingest import IngestSummary, ingest
from ..pipeline import Pipeline
from ..sources import parse_date
from ..store import Store


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="chronist.duckdb", show_default=True, help="DuckDB file to write.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that do not carry one.")
@click.option("--lang", help="Language of every input (skips language identification).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.pass_obj
def command(options: Options, paths: tuple[str, ...], db: str, published: str | None, lang: str | None, quiet: bool) -> None:
    """Read files, folders, JSONL, WARC or '-' (stdin) into the store.

    Re-running on the same inputs adds nothing; a killed run is resumed by running it again.
    """
    err = Console(stderr=True)
    try:
        store = Store(db)
    except ChronistError as exc:
        raise click.ClickException(str(exc)) from exc
    pipeline = Pipeline(options)
    progress = Progress(TextColumn("[bold]ingest[/]"), BarColumn(bar_width=None), TextColumn("{task.description}"),
                        TimeElapsedColumn(), console=err, disable=quiet or not err.is_terminal, transient=True)

    with store, progress:
        task = progress.add_task("", total=None)

        def tick(s: IngestSummary) -> None:
            progress.update(task, description=f"{s.seen} seen, {s.stored + 0} stored, {s.events} events, {s.failed} failed")

        summary = ingest(paths, store, pipeline, published=parse_date(published), lang=lang,
                         on_item=tick, command="ingest " + " ".join(paths))
    _print_summary(summary, db)
    if summary.seen and summary.failed == summary.seen:
        sys.exit(1)  # nothing could be read


def _print_summary(s: IngestSummary, db: str) -> None:
    out = Console(soft_wrap=True)
    out.print(f"[bold]{db}[/]: {s.seen} seen, {s.stored} stored, {s.duplicates} skipped as duplicate, "
              f"{s.failed} failed, {s.events} events")
    if s.languages:
        out.print("languages: " + ", ".join(f"{k} {v}" for k, v in s.languages.most_common()))
    for origin, reason, message in s.failures[:50]:
        out.print(f"  [red]failed[/] {origin}: {reason}: {message}", highlight=False)
    if len(s.failures) > 50:
        out.print(f"  ... and {len(s.failures) - 50} more (see the errors table)")
