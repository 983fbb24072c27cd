"""`chronist serve`: the HTTP API and the dashboard over a store (see docs/serve.md)."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import click

from ..config import Options
from ..errors import ChronistError


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="DuckDB store to serve  [default: chronist.duckdb]")
@click.option("--dataset", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Serve a folder of Parquet files (articles/, events/, event_actors/, places/) instead, read-only.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Only this machine can connect unless you change it.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--ingest-token", envvar="CHRONIST_INGEST_TOKEN", show_envvar=True,
              help="Turn on POST /api/ingest for requests carrying this token (16+ characters); the server "
                   "then is the store's one writer. Prefer the environment variable: arguments show in `ps`.")
@click.option("--reopen", is_flag=True,
              help="Open the store per request, so `chronist ingest` can write it between requests.")
@click.option("--query-timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds one query may run before it is stopped (503).")
@click.option("--max-page-size", type=click.IntRange(min=1), default=500, show_default=True,
              help="Most rows one page or top-N list returns.")
@click.option("--max-body-bytes", type=click.IntRange(min=1), default=10_000_000, show_default=True,
              help="Largest request body accepted (413 beyond).")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]), default="info",
              show_default=True)
@click.pass_obj
def command(options: Options, db: Path | None, dataset: Path | None, host: str, port: int, ingest_token: str | None,
            reopen: bool, query_timeout: float, max_page_size: int, max_body_bytes: int, log_level: str) -> None:
    """Serve the HTTP API (/api, spec at /api/openapi.json) and the dashboard (/).

    Both work with no internet. Open http://127.0.0.1:8000/ in a browser.
    """
    try:
        import uvicorn

        from ..serve import ServeSettings, create_app
    except ImportError as exc:
        raise click.ClickException(f"the server needs the 'serve' extra: pip install 'chronist[serve]' ({exc})") from exc
    if dataset is not None and db is not None:
        raise click.UsageError("give --db or --dataset, not both")
    try:
        settings = ServeSettings(db=None if dataset else (db or Path("chronist.duckdb")), dataset=dataset,
                                 ingest_token=ingest_token or None, reopen=reopen, query_timeout=query_timeout,
                                 max_page_size=max_page_size, max_body_bytes=max_body_bytes)
        app = create_app(settings, options=options)
    except ChronistError as exc:
        raise click.ClickException(str(exc)) from exc
    if not _is_loopback(host):
        click.echo(f"warning: listening on {host}: other machines can reach this server"
                   + (" and, with the token, write to the store" if settings.ingest_token else ""), err=True)
    source = settings.dataset or settings.db
    click.echo(f"chronist serve: {source} ({settings.mode}) on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
