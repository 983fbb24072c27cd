"""`chronist ingest PATH...`: read news into the store, with a summary at the end."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from ..config import Options
from ..engines.blocks import DEFAULT_BLOCK_SIZE
from ..errors import ChronistError
from ..ingest import IngestSummary, ingest
from ..pipeline import Pipeline
from ..sources import parse_date
from ..store import Store


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="chronist.duckdb", show_default=True, help="DuckDB file to write (local engine).")
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that do not carry one.")
@click.option("--lang", help="Language of every input (skips language identification).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: one process into --db. ray: Ray Data workers into a Parquet dataset at --out "
                   "(pip install 'chronist[ray]'; see docs/scale.md).")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path),
              help="Dataset folder to write or complete (--engine ray).")
@click.option("--address", help="Ray cluster to join: 'auto' or HOST:PORT (--engine ray; default: start Ray "
                                "on this machine's cores).")
@click.option("--workers", type=click.IntRange(min=1), help="Ray workers (default: the cluster's CPUs).")
@click.option("--block-size", type=click.IntRange(min=1), default=DEFAULT_BLOCK_SIZE, show_default=True,
              help="Documents per block, the unit a Ray worker writes and retries.")
@click.pass_obj
def command(options: Options, paths: tuple[str, ...], db: str, published: str | None, lang: str | None, quiet: bool,
            engine: str, out: Path | None, address: str | None, workers: int | None, block_size: int) -> None:
    """Read files, folders, JSONL, WARC or '-' (stdin) into the store.

    Re-running on the same inputs adds nothing; a killed run is resumed by running it again.
    With --engine ray the same holds for the Parquet dataset at --out (docs/scale.md).
    """
    if engine == "ray":
        _ingest_ray(options, paths, out=out, address=address, workers=workers, block_size=block_size,
                    published=published, lang=lang, quiet=quiet)
        return
    if out or address or workers:
        raise click.UsageError("--out, --address and --workers go with --engine ray")
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


def _ingest_ray(options: Options, paths: tuple[str, ...], *, out: Path | None, address: str | None,
                workers: int | None, block_size: int, published: str | None, lang: str | None, quiet: bool) -> None:
    if out is None:
        raise click.UsageError("--engine ray writes a Parquet dataset: give --out DATASET_DIR")
    from ..engines.progress import print_summary, run_with_progress

    try:
        summary = run_with_progress(options, paths, out=out, address=address, workers=workers, block_size=block_size,
                                    published=parse_date(published), lang=lang, quiet=quiet,
                                    command="ingest --engine ray " + " ".join(paths))
    except ChronistError as exc:
        raise click.ClickException(str(exc)) from exc
    print_summary(summary)
    if summary.progress.seen and summary.progress.failed == summary.progress.seen:
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
