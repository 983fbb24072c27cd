"""`chronist events`: query stored events."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from ..dataset import dataset_store
from ..errors import ChronistError
from ..store import Store


@click.command("events")
@click.option("--db", default="chronist.duckdb", show_default=True)
@click.option("--dataset", type=click.Path(file_okay=False, path_type=Path),
              help="Read a Parquet dataset (ingest --engine ray --out) instead of --db.")
@click.option("--since", help="Events on or after YYYY-MM-DD.")
@click.option("--until", help="Events on or before YYYY-MM-DD.")
@click.option("--country", help="ISO3 or international code of a source, target or place.")
@click.option("--actor", help="Actor text, name or CAMEO actor code.")
@click.option("--type", "event_type", help="PLOVER event type.")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def command(db: str, dataset: Path | None, since: str | None, until: str | None, country: str | None, actor: str | None,
            event_type: str | None, limit: int, fmt: str) -> None:
    """Print stored events that match the filters."""
    try:
        with dataset_store(dataset) if dataset else Store(db, read_only=True) as store:
            records = store.event_records(since=since, until=until, country=country, actor=actor,
                                          event_type=event_type, limit=limit)
    except ChronistError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "jsonl":
        for r in records:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(["event_id", "date", "event_type", "mode", "cameo", "source", "target", "location",
                         "confidence", "sentence", "url"])
        for r in records:
            writer.writerow([r["event_id"], r["date"], r["event_type"], r["mode"], r["cameo"],
                             ";".join(a["cameo_actor"] or a["text"] for a in r["source"]),
                             ";".join(a["cameo_actor"] or a["text"] for a in r["target"]),
                             ";".join(p["name"] for p in r["location"]), r["confidence"],
                             r["evidence"]["sentence"], r["url"]])
    else:
        table = Table()
        for col in ("date", "type", "source", "target", "place", "evidence"):
            table.add_column(col)
        for r in records:
            table.add_row(r["date"] or "", r["event_type"] + (f"/{r['mode']}" if r["mode"] else ""),
                          "; ".join(a["cameo_actor"] or a["text"] for a in r["source"]),
                          "; ".join(a["cameo_actor"] or a["text"] for a in r["target"]),
                          ", ".join(p["name"] for p in r["location"]), r["evidence"]["sentence"][:160])
        Console().print(table)
