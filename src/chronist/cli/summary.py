"""`chronist summary`: what the store holds, with a few events and their evidence."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from ..errors import ChronistError
from ..store import Store


@click.command("summary")
@click.option("--db", default="chronist.duckdb", show_default=True)
@click.option("--examples", default=6, show_default=True, help="How many events to show with evidence.")
def command(db: str, examples: int) -> None:
    """Articles, languages, events by type, and a few events with their evidence."""
    try:
        store = Store(db, read_only=True)
    except ChronistError as exc:
        raise click.ClickException(str(exc)) from exc
    con, out = store.con, Console(soft_wrap=True)
    counts = store.counts()
    out.print(f"[bold]{db}[/]: {counts['articles']} articles, {counts['events']} events, "
              f"{counts['errors']} recorded failures, {counts['runs']} runs")
    langs = con.execute("SELECT lang, count(*) FROM articles GROUP BY lang ORDER BY 2 DESC").fetchall()
    out.print("languages: " + ", ".join(f"{lang} {n}" for lang, n in langs))
    table = Table(title="events by type")
    for col in ("type", "events", "quad class", "negated/hypothetical/future"):
        table.add_column(col)
    for row in con.execute("SELECT event_type, count(*), min(quad_class), "
                           "sum(negated::INT) || '/' || sum(hypothetical::INT) || '/' || sum(future::INT) "
                           "FROM events GROUP BY 1 ORDER BY 2 DESC").fetchall():
        table.add_row(row[0], str(row[1]), str(row[2]), row[3])
    out.print(table)
    rows = con.execute(
        "SELECT e.event_type, e.mode, e.source_actor, e.target_actor, e.date, e.action_geo_name, e.sentence, "
        "e.trigger_text, e.rule, e.confidence, a.title FROM events e JOIN articles a USING (article_id) "
        "ORDER BY e.confidence DESC, e.event_id LIMIT ?", [examples]).fetchall()
    for etype, mode, src, tgt, date, place, sentence, trigger, rule, conf, title in rows:
        out.print(f"\n[bold]{etype}{'/' + mode if mode else ''}[/] {src or '-'} -> {tgt or '-'}  "
                  f"{date or ''} {place or ''}  conf {conf:.2f}  [dim]{title or ''}[/]")
        out.print(f"  [italic]{sentence}[/]", highlight=False)
        out.print(f"  trigger '{trigger}', rule {rule}", style="dim")
    store.close()
