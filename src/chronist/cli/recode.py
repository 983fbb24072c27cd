"""`chronist recode`: re-run the coder on stored articles after a lexicon change."""

from __future__ import annotations

import datetime as dt

import click

from ..config import Options
from ..errors import ChronistError
from ..extraction import outlet_domain
from ..model import Article
from ..pipeline import Pipeline
from ..store import Store


@click.command("recode")
@click.option("--db", default="chronist.duckdb", show_default=True)
@click.option("--all", "everything", is_flag=True, help="Recode every article, not only those coded by another coder version.")
@click.pass_obj
def command(options: Options, db: str, everything: bool) -> None:
    """Replace stored events with the current coder's, article by article (one transaction each)."""
    pipeline = Pipeline(options)
    try:
        store = Store(db)
    except ChronistError as exc:
        raise click.ClickException(str(exc)) from exc
    recoded = unchanged = 0
    with store:
        for (aid, url, title, published, source, lang, conf, text, origin, dateline) in store.articles():
            coder = pipeline.coder(lang or "en")
            version = getattr(coder, "version", None)
            current = store.con.execute("SELECT coder FROM articles WHERE article_id = ?", [aid]).fetchall()
            if not everything and current and current[0][0] == version:
                unchanged += 1
                continue
            article = Article(article_id=aid, text=text, title=title,
                              published=published if isinstance(published, dt.date) else None,
                              published_source=source, lang=lang, lang_confidence=conf, url=url,
                              domain=outlet_domain(url),
                              origin=origin, dateline=dateline)
            store.replace_events(pipeline.code(article))
            recoded += 1
    click.echo(f"recoded {recoded} articles, {unchanged} already current")
