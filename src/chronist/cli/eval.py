"""`chronist eval GOLD...`: precision, recall and F1 of the coder on gold sentences."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from ..config import Options
from ..evaluate import evaluate, read_gold
from ..pipeline import Pipeline


@click.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.option("--split", help="Only sentences of this split (dev, test, gsr).")
@click.pass_obj
def command(options: Options, gold: tuple[str, ...], as_json: bool, split: str | None) -> None:
    """Score the coder on gold files or folders (chronist's gold format or PLOVER's GSR)."""
    sentences = [g for g in read_gold(gold) if split is None or g.split == split]
    scores = evaluate(sentences, Pipeline(options))
    result = {f"{lang}/{sp}": s.as_dict() for (lang, sp), s in sorted(scores.items())}
    if as_json:
        click.echo(json.dumps(result, indent=1))
        return
    table = Table(title="chronist eval")
    for col in ("lang/split", "sent.", "gold ev.", "pred ev.", "type P/R/F1", "triple P/R/F1", "record acc.",
                "date acc.", "place country/exact", "toponyms"):
        table.add_column(col)
    for key, r in result.items():
        t, tr = r["event_type"], r["triple"]
        table.add_row(key, str(r["sentences"]), str(r["gold_events"]), str(r["predicted_events"]),
                      f"{t['precision']:.2f}/{t['recall']:.2f}/{t['f1']:.2f}",
                      f"{tr['precision']:.2f}/{tr['recall']:.2f}/{tr['f1']:.2f}",
                      str(r["record_type_accuracy"]), f"{r['date_accuracy']} (n={r['date_n']})",
                      f"{r['place_country_accuracy']}/{r['place_exact_accuracy']} (n={r['place_n']})",
                      f"{r['toponym_exact_accuracy']} (n={r['toponym_n']})")
    Console().print(table)
