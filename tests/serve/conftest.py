"""Fixtures for the server: a store from the examples plus hand-made events, and live servers.

Every test talks to a real uvicorn server on 127.0.0.1 (a free port, in a thread of the test
process) through httpx, as any client would.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("fastapi", reason="the server needs the 'serve' extra: pip install 'chronist[serve]'")
import uvicorn  # noqa: E402

from chronist.ingest import ingest  # noqa: E402
from chronist.serve import ServeSettings, create_app  # noqa: E402
from chronist.store import Store  # noqa: E402

from ..conftest import EXAMPLES  # noqa: E402
from .sample import sample_articles  # noqa: E402

TOKEN = "test-token-0123456789abcdef"


class LiveServer:
    """A uvicorn server in a thread, on a free port of 127.0.0.1."""

    def __init__(self, app: Any) -> None:
        self.app = app
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", ws="none", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = ""

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)


@contextmanager
def serving(settings: ServeSettings, **kwargs: Any) -> Iterator[LiveServer]:
    live = LiveServer(create_app(settings, **kwargs)).start()
    try:
        yield live
    finally:
        live.stop()


@pytest.fixture(scope="session")
def example_store(tmp_path_factory, pipeline) -> Path:
    """The bundled examples, ingested as `chronist ingest` does, plus the hand-made events."""
    db = tmp_path_factory.mktemp("serve") / "examples.duckdb"
    with Store(db) as store:
        summary = ingest([EXAMPLES], store, pipeline, command="test ingest examples")
        assert summary.failed == 0 and summary.stored > 0
        assert store.add_batch(sample_articles()) == len(sample_articles())
    return db


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """Only the hand-made events: every count is known."""
    db = tmp_path_factory.mktemp("serve") / "sample.duckdb"
    with Store(db) as store:
        store.add_batch(sample_articles())
    return db


@pytest.fixture
def store_copy(example_store, tmp_path) -> Path:
    """A copy of the example store that a test may change."""
    db = tmp_path / "copy.duckdb"
    shutil.copyfile(example_store, db)
    return db


@pytest.fixture(scope="module")
def server(example_store) -> Iterator[LiveServer]:
    with serving(ServeSettings(db=example_store)) as live:
        yield live


@pytest.fixture(scope="module")
def client(server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


@pytest.fixture(scope="module")
def sample_client(sample_store) -> Iterator[httpx.Client]:
    with serving(ServeSettings(db=sample_store)) as live, httpx.Client(base_url=live.url, timeout=30) as c:
        yield c


def counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return store.counts()


def pytest_configure(config: pytest.Config) -> None:
    # registered in pyproject.toml too; here so that this folder runs on its own
    config.addinivalue_line("markers", "browser: drives a real browser (Debian's chromium, headless)")
