"""The ASGI application: the API, the dashboard's files, limits and error answers.

``create_app`` opens the store (so a missing or too-new store fails before the server
starts) and closes it when the server stops. Requests pass through ``Guard`` first: it
refuses bodies over the size limit and adds security headers to every answer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..config import Options
from ..errors import StoreError
from .api import build_router
from .settings import ServeSettings
from .source import EventSource, QueryTimeout, StoreBusy

__all__ = ["STATIC_DIR", "BodyTooLarge", "Guard", "create_app"]

STATIC_DIR = Path(str(resources.files("chronist.serve").joinpath("static")))

# The dashboard loads only its own files: no CDN, no inline script, no framing.
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
     b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
]


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"the request body is over the limit of {limit:,} bytes")


class Guard:
    """Pure ASGI middleware: a request body limit (declared or streamed) and security headers."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_body_bytes
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            message = BodyTooLarge(limit) if declared.isdigit() else ValueError("bad Content-Length header")
            status = 413 if declared.isdigit() else 400
            response = JSONResponse({"detail": str(message)}, status_code=status, headers={"connection": "close"})
            await response(scope, receive, self._with_headers(send))
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, limited_receive, self._with_headers(send))

    @staticmethod
    def _with_headers(send: Send) -> Send:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)
        return send_with_headers


def create_app(settings: ServeSettings, *, options: Options | None = None, cache_size: int = 256) -> FastAPI:
    """The server over the store or dataset that ``settings`` names."""
    source = EventSource(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        source.close()

    app = FastAPI(
        title="chronist",
        version=__version__,
        description="Political event data (PLOVER/CAMEO) coded from news, with the evidence for every event. "
                    "Every list is filtered with the same parameters; every limit is in this spec.",
        docs_url=None, redoc_url=None,  # their pages load scripts from a CDN; the dashboard is at /
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.source = source
    app.state.settings = settings
    app.include_router(build_router(source, settings, options=options, cache_size=cache_size))

    async def unavailable(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "2"})

    async def too_large(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=413, headers={"connection": "close"})

    for error in (QueryTimeout, StoreBusy, StoreError):
        app.add_exception_handler(error, unavailable)
    app.add_exception_handler(BodyTooLarge, too_large)

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=STATIC_DIR, follow_symlink=False), name="static")
    app.add_middleware(Guard, max_body_bytes=settings.max_body_bytes)
    return app
