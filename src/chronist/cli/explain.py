"""`chronist explain PATH`: every sentence with its actors, triggers and the coder's decisions."""

from __future__ import annotations

import click
from rich.console import Console

from ..coder import Discourse, RuleCoder
from ..config import Options
from ..errors import ChronistError
from ..extraction import extract_article
from ..model import Sentence
from ..pipeline import Pipeline
from ..segment import split_sentences
from ..sources import parse_date
from .extract import load_one


@click.command("explain")
@click.argument("path")
@click.option("--published", help="Publication date YYYY-MM-DD.")
@click.option("--lang", help="Language code.")
@click.option("--all", "show_all", is_flag=True, help="Also show sentences without actors or triggers.")
@click.pass_obj
def command(options: Options, path: str, published: str | None, lang: str | None, show_all: bool) -> None:
    """Show why each event was (or was not) emitted."""
    doc = load_one(path, options)
    try:
        article = extract_article(doc, options, published=parse_date(published), lang=lang)
    except ChronistError as exc:
        raise click.ClickException(str(exc)) from exc
    coder = Pipeline(options).coder(article.lang or "en")
    if not isinstance(coder, RuleCoder):
        raise click.ClickException("explain works with the rule coder only")
    out = Console()
    out.print(f"[bold]{article.title or '(no title)'}[/] {article.lang} published {article.published or 'unknown'}")
    memory = Discourse()
    for i, (s, e) in enumerate(split_sentences(article.text, article.lang or "en")):
        analysis = coder.analyse(article, Sentence(i, article.text[s:e], s, e), memory)
        if not (analysis.phrases or analysis.decisions) and not show_all:
            continue
        out.print(f"\n[bold]#{i}[/] [{s}:{e}] {analysis.sentence.text}", highlight=False)
        for phrase, actor in zip(analysis.phrases, analysis.actors, strict=True):
            kinds = "+".join(m.kind for m in phrase.mentions)
            code = f"{actor.cameo_actor} ({actor.country}/{actor.sector})" if actor else "unresolved"
            prep = f" prep={phrase.prep}" if phrase.prep else ""
            out.print(f"  actor  '{phrase.text}' [{kinds}] -> {code}{prep}", highlight=False)
        if not analysis.decisions:
            out.print("  no trigger word from the lexicon", style="dim")
        for d in analysis.decisions:
            style = "green" if d.outcome == "event" else "yellow"
            out.print(f"  trigger '{d.trigger}' rule {d.rule}: [{style}]{d.outcome}[/]", highlight=False)
        for ev in analysis.events:
            src = ", ".join(a.cameo_actor or a.text for a in ev.source) or "-"
            tgt = ", ".join(a.cameo_actor or a.text for a in ev.target) or "-"
            flags = [f for f in ("negated", "hypothetical", "future") if getattr(ev, f)]
            out.print(f"  => {ev.event_type}{'/' + ev.mode if ev.mode else ''} {ev.cameo} {src} -> {tgt} "
                      f"conf {ev.confidence:.2f} {' '.join(flags)}", style="bold green", highlight=False)
