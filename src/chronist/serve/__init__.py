"""``chronist serve``: an HTTP API and a web dashboard over the store, both offline.

    settings.py   ServeSettings: the store or dataset to serve, the ingest token, every limit
    source.py     EventSource: opening DuckDB (read-only, writer, reopen) or a Parquet dataset;
                  Session: a cursor on the store and one on the index, with a query deadline
    index.py      FilterIndex: the in-memory copy that filters and aggregates run on
    queries.py    the parameterised SQL behind every route
    schemas.py    the answers' shapes (the OpenAPI spec)
    api.py        the routes under /api
    ingest.py     documents POSTed to the server (only with its token)
    app.py        create_app: routes, dashboard files, body limit, security headers
    vendor.py     builds static/vendor/ (D3, world map) from the npm packages in package.json
    static/       the dashboard: index.html, app.js, app.css, vendor/
"""

from __future__ import annotations

from .settings import SERVE_SETTINGS, ServeSettings

__all__ = ["SERVE_SETTINGS", "ServeSettings", "create_app"]


def create_app(settings: ServeSettings, **kwargs: object):  # type: ignore[no-untyped-def]
    """The ASGI app (imported lazily: FastAPI is an optional dependency, the ``serve`` extra)."""
    from .app import create_app as _create_app

    return _create_app(settings, **kwargs)  # type: ignore[arg-type]
