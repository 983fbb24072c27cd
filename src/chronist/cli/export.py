"""`chronist export`: PLOVER JSONL, GDELT-2.0-style TSV, Parquet or CSV."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..dataset import dataset_store
from ..errors import ChronistError
from ..export import export
from ..store import Store


@click.command("export")
@click.option("--db", default="chronist.duckdb", show_default=True)
@click.option("--dataset", type=click.Path(file_okay=False, path_type=Path),
              help="Read a Parquet dataset (ingest --engine ray --out) instead of --db.")
@click.option("--format", "fmt", type=click.Choice(["plover-jsonl", "gdelt-tsv", "parquet", "csv"]), required=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Output file (default: stdout for text formats).")
@click.option("--since")
@click.option("--until")
@click.option("--country")
@click.option("--type", "event_type")
def command(db: str, dataset: Path | None, fmt: str, out: Path | None, since: str | None, until: str | None, country: str | None,
            event_type: str | None) -> None:
    """Export stored events (GDELT TSV uses GDELT 2.0 event-table column names)."""
    if fmt in ("parquet", "csv") and out is None:
        raise click.UsageError(f"--format {fmt} needs --out FILE")
    try:
        with dataset_store(dataset) if dataset else Store(db, read_only=True) as store:
            n = export(store, fmt, out if out else sys.stdout, since=since, until=until, country=country,
                       event_type=event_type)
    except ChronistError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"exported {n} events" + (f" to {out}" if out else ""), err=True)
