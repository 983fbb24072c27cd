"""`chronist lexicon check DIR`: validate lexicon files, naming file, line and problem."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..lexicon import check_lexicon_dir, default_lexicon_dir


@click.group("lexicon")
def command() -> None:
    """Work with lexicon folders."""


@command.command("check")
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
def check(folder: Path | None) -> None:
    """Validate every language folder under FOLDER (default: the shipped lexicons), or FOLDER itself
    when it is one language's folder."""
    root = folder or default_lexicon_dir()
    report = check_lexicon_dir(root)
    if not report:
        click.echo(f"{root}: no language folder (a folder with triggers.tsv) found", err=True)
        sys.exit(2)
    bad = 0
    for lang, problems in report.items():
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        click.echo(f"{lang}: {status}")
        for p in problems:
            click.echo(f"  {p}")
        bad += len(problems)
    sys.exit(1 if bad else 0)
