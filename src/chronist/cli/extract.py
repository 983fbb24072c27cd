"""`chronist extract PATH`: code one article without storing it.

`--format jsonl` prints one JSON object per event and nothing else on stdout (the contract
in docs/event.schema.json); `--format article` prints the article itself.
"""

from __future__ import annotations

import json
import sys

import click
from rich.console import Console
from rich.table import Table

from ..config import Options
from ..errors import ChronistError, InputError
from ..model import Article, RawDocument
from ..pipeline import Pipeline
from ..sources import iter_documents, parse_date


def load_one(path: str, options: Options) -> RawDocument:
    for item in iter_documents([path], max_bytes=options.max_document_bytes):
        if isinstance(item, InputError):
            raise click.ClickException(f"{item.origin}: {item}")
        return item
    raise click.ClickException(f"{path}: no document found")


def run_one(path: str, options: Options, published: str | None, lang: str | None) -> Article:
    doc = load_one(path, options)
    try:
        return Pipeline(options).process(doc, published=parse_date(published), lang=lang)
    except ChronistError as exc:
        raise click.ClickException(f"{path}: {exc}") from exc


@click.command("extract")
@click.argument("path")
@click.option("--published", help="Publication date YYYY-MM-DD (relative dates resolve against it).")
@click.option("--lang", help="Language code; skips language identification.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "article"]), default="table", show_default=True)
@click.pass_obj
def command(options: Options, path: str, published: str | None, lang: str | None, fmt: str) -> None:
    """Code one article (file or '-') and print its events or the article."""
    article = run_one(path, options, published, lang)
    if fmt == "article":
        sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "jsonl":
        for event in article.events:
            sys.stdout.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
    else:
        print_table(article)


def print_table(article: Article) -> None:
    console = Console()
    console.print(f"[bold]{article.title or '(no title)'}[/]  {article.lang} "
                  f"({article.lang_confidence:.2f})  published {article.published or 'unknown'}  {article.url or ''}")
    table = Table(show_lines=True)
    for col in ("type", "mode", "cameo", "source", "target", "date", "place", "flags", "conf", "evidence"):
        table.add_column(col)
    for e in article.events:
        flags = ",".join(f for f in ("negated", "hypothetical", "future", "historical") if getattr(e, f))
        table.add_row(e.event_type, e.mode or "", e.cameo or "",
                      "; ".join(f"{a.text} [{a.cameo_actor}]" for a in e.source),
                      "; ".join(f"{a.text} [{a.cameo_actor}]" for a in e.target),
                      f"{e.date or ''} ({e.date_precision})", ", ".join(p.name for p in e.location),
                      flags, f"{e.confidence:.2f}", f"{e.evidence.sentence}\n[dim]{e.evidence.rule}[/]")
    console.print(table)
    console.print(f"{len(article.events)} events from {len(article.sentences)} sentences")
