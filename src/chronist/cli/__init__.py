"""chronist's command line: one subcommand per module in this package.

    chronist ingest PATH...      read news into the store
    chronist extract PATH        code one article and print it (no store)
    chronist events              query stored events
    chronist export              PLOVER JSONL, GDELT TSV, Parquet, CSV
    chronist eval GOLD...        score the coder against gold sentences
    chronist explain PATH        show every decision the coder made
    chronist recode              re-run the coder on stored articles
    chronist lexicon check DIR   validate lexicon files
    chronist summary             what the store holds
    chronist serve               HTTP API and dashboard over the store
    chronist compact DATASET     merge a Parquet dataset (ingest --engine ray) into a store
"""

from __future__ import annotations

import logging
import sys

import click

from .. import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="chronist")
@click.option("--config", type=click.Path(exists=True, dir_okay=False), help="TOML file overriding the default settings.")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.pass_context
def main(ctx: click.Context, config: str | None, verbose: int) -> None:
    """chronist turns news (HTML, text, JSONL, WARC) into PLOVER/CAMEO event data.

    Every event points to the sentence that supports it. Start with
    `chronist ingest examples/` and `chronist summary`.
    """
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING - 10 * min(verbose, 2),
                        format="%(levelname)s %(name)s: %(message)s")
    from ..config import load_options

    ctx.obj = load_options(config)


def _register() -> None:
    from . import compact, events, explain, export, extract, ingest, lexicon, recode, serve, summary
    from . import eval as eval_cmd

    for module in (ingest, extract, events, export, eval_cmd, explain, recode, lexicon, summary, compact, serve):
        main.add_command(module.command)


_register()
