"""chronist: news in, traceable political event data out.

    >>> import chronist
    >>> article = chronist.extract("<html>...</html>", published="2023-02-07")
    >>> [e.event_type for e in article.events]

The pipeline's stages live in their own modules (sources, extract, segment, mentions,
coder, timeplace, store); ``pipeline`` runs them in order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract", "load_events"]

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from .config import Options
    from .model import Article


def extract(text_or_html: str | bytes, *, published: str | dt.date | None = None, lang: str | None = None,
            url: str | None = None, options: Options | None = None) -> Article:
    """Code one document (HTML or text) and return the Article with its events."""
    from .pipeline import Pipeline

    return Pipeline(options).extract(text_or_html, published=published, lang=lang, url=url)


def load_events(db: str | Path = "chronist.duckdb", *, as_: str = "pandas", **filters: Any) -> Any:
    """Stored events as a pandas DataFrame (``as_="pandas"``) or a pyarrow Table (``as_="arrow"``)."""
    from .store import Store

    with Store(db, read_only=True) as store:
        table = store.events_table(**filters)
    return table.to_pandas() if as_ == "pandas" else table
