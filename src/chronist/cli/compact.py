"""`chronist compact DATASET_DIR --db FILE`: merge a Parquet dataset into a DuckDB store."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console

from ..dataset import compact
from ..errors import ChronistError


@click.command("compact")
@click.argument("dataset", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--db", default="chronist.duckdb", show_default=True, help="DuckDB file to merge into (created if missing).")
def command(dataset: Path, db: str) -> None:
    """Merge the Parquet dataset of `chronist ingest --engine ray --out DATASET` into a DuckDB store.

    Each article is added once, with its events, actors and places; articles the store
    already holds are left as they are. Running it again adds nothing.
    """
    try:
        added = compact(dataset, db)
    except ChronistError as exc:
        raise click.ClickException(str(exc)) from exc
    Console(soft_wrap=True).print(
        f"[bold]{db}[/]: added {added['articles']} articles, {added['events']} events, "
        f"{added['event_actors']} event actors, {added['places']} places, {added['errors']} errors, "
        f"{added['runs']} runs from {dataset}", highlight=False)
