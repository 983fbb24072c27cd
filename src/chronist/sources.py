"""Read input as people have it: files, folders, JSONL dumps, WARC archives, stdin.

``iter_documents`` yields one ``RawDocument`` per news item, or an ``InputError`` for an
item that cannot be read (the caller records it and goes on). Nothing here parses HTML.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import BadRecord, EmptyInput, InputError, NotHtml, TooLarge
from .model import RawDocument

__all__ = ["iter_documents", "parse_date", "SUFFIXES"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"}
WARC_SUFFIXES = {".warc", ".warc.gz", ".arc", ".arc.gz"}
SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for multi in (".warc.gz", ".arc.gz", ".jsonl.gz", ".ndjson.gz"):
        if name.endswith(multi):
            return multi
    return path.suffix.lower()


def parse_date(value: object) -> dt.date | None:
    """A date from a record field: ISO date or datetime string, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()


def iter_documents(paths: Iterable[str | Path], *, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """Every document under ``paths`` ('-' is stdin), folders recursively in sorted order."""
    for raw in paths:
        if str(raw) == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", max_bytes=max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if _suffix(child) in SUFFIXES and not child.name.startswith("."):
                    yield from _read_path(child, max_bytes=max_bytes)
        elif path.exists():
            yield from _read_path(path, max_bytes=max_bytes)
        else:
            yield InputError(f"no such file or folder: {path}", origin=str(path))


def _read_path(path: Path, *, max_bytes: int) -> Iterator[RawDocument | InputError]:
    suffix = _suffix(path)
    origin = str(path)
    try:
        if suffix in WARC_SUFFIXES:
            with path.open("rb") as fh:
                yield from _read_warc(fh, origin, max_bytes=max_bytes)
            return
        if suffix in JSONL_SUFFIXES:
            opener = gzip.open if suffix.endswith(".gz") else open
            with opener(path, "rb") as fh:
                yield from _read_jsonl(fh, origin, max_bytes=max_bytes)
            return
        size = path.stat().st_size
        if size == 0:
            yield EmptyInput("the file is empty", origin=origin)
            return
        if size > max_bytes:
            yield TooLarge(f"{size:,} bytes is over the limit of {max_bytes:,}", origin=origin)
            return
        kind = "html" if suffix in HTML_SUFFIXES else "auto"
        yield RawDocument(origin=origin, content=path.read_bytes(), content_type=kind)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield InputError(f"cannot read: {exc}", origin=origin)


def _read_stream(stream: BinaryIO, origin: str, *, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """stdin: a JSONL stream when every line is a JSON object, else one document."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield TooLarge(f"standard input is over the limit of {max_bytes:,} bytes", origin=origin)
        return
    if not data.strip():
        yield EmptyInput("standard input is empty", origin=origin)
        return
    if data.lstrip().startswith(b"{"):
        yield from _read_jsonl(io.BytesIO(data), origin, max_bytes=max_bytes)
    else:
        yield RawDocument(origin=origin, content=data, content_type="auto")


def _read_jsonl(fh: BinaryIO, origin: str, *, max_bytes: int) -> Iterator[RawDocument | InputError]:
    for number, line in enumerate(fh, start=1):
        where = f"{origin}:{number}"
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield TooLarge(f"record of {len(line):,} bytes is over the limit", origin=where)
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield BadRecord(f"not a JSON object: {exc.__class__.__name__}", origin=where)
            continue
        try:
            yield _document_from_record(record, where)
        except (ValueError, TypeError) as exc:
            yield BadRecord(str(exc), origin=where)


def _document_from_record(record: object, origin: str) -> RawDocument:
    if not isinstance(record, dict):
        raise ValueError("a JSONL record must be an object")
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        content, kind = html, "html"
    elif isinstance(text, str) and text.strip():
        content, kind = text, "text"
    else:
        raise ValueError("record has neither 'html' nor 'text'")
    url = record.get("url")
    title = record.get("title")
    lang = record.get("lang") or record.get("language")
    return RawDocument(
        origin=origin,
        content=content,
        content_type=kind,
        url=url if isinstance(url, str) else None,
        published=parse_date(record.get("published") or record.get("date")),
        title=title if isinstance(title, str) else None,
        lang=lang if isinstance(lang, str) else None,
    )


def _read_warc(fh: BinaryIO, origin: str, *, max_bytes: int) -> Iterator[RawDocument | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    head = fh.read(5)
    fh.seek(0)
    if not (head.startswith(b"\x1f\x8b") or head.upper().startswith(b"WARC/") or head[:1].isdigit()):
        yield InputError("not a WARC file (no WARC/ header)", origin=origin)
        return
    try:
        for number, record in enumerate(ArchiveIterator(fh), start=1):
            if record.rec_type != "response":
                continue  # warcinfo, request, metadata: not documents
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}#{number}"
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if "html" not in ctype.lower():
                yield NotHtml(f"WARC response is {ctype or 'untyped'}, not HTML ({url})", origin=where)
                continue
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield TooLarge(f"WARC record over {max_bytes:,} bytes ({url})", origin=where)
                continue
            yield RawDocument(
                origin=where,
                content=body,
                content_type="html",
                url=url,
                # WARC-Date is the crawl date, not the publication date: leave it to extraction
            )
    except ArchiveLoadFailed as exc:
        yield InputError(f"not a readable WARC file: {exc}", origin=origin)
