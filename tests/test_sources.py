from __future__ import annotations

import datetime as dt
import gzip
import io
import json

import pytest

from chronist.errors import BadRecord, EmptyInput, InputError, NotHtml, TooLarge
from chronist.model import RawDocument
from chronist.sources import iter_documents

# warcio's record builder leaves its SpooledTemporaryFile payloads for the garbage collector;
# that is the test helper writing WARCs, not chronist reading them.
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")

HTML = b"<html><head><title>T</title></head><body><article><p>Der Minister reiste am Montag nach Paris.</p></article></body></html>"


def make_warc(path, records):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record("info", {"software": "test"}))
        for url, ctype, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def collect(paths, max_bytes=1_000_000):
    return list(iter_documents(paths, max_bytes=max_bytes))


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.html").write_bytes(HTML)
    (tmp_path / "a.txt").write_text("Ein Text über den Besuch.", encoding="utf-8")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    items = collect([tmp_path])
    assert [type(i) for i in items] == [RawDocument, RawDocument]
    assert items[0].origin.endswith("a.txt") and items[1].content_type == "html"


def test_jsonl_fields_and_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"url": "https://x.org/1", "published": "2024-05-01T08:00:00Z", "title": "T1", "text": "Ein Text."}),
        "not json",
        json.dumps({"url": "https://x.org/2", "html": "<p>Hallo Welt</p>"}),
        json.dumps({"url": "https://x.org/3"}),
        json.dumps([1, 2]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = collect([path])
    assert isinstance(items[0], RawDocument) and items[0].published == dt.date(2024, 5, 1) and items[0].title == "T1"
    assert isinstance(items[1], BadRecord) and items[1].origin.endswith(":2")
    assert isinstance(items[2], RawDocument) and items[2].content_type == "html"
    assert isinstance(items[3], BadRecord) and "neither" in str(items[3])
    assert isinstance(items[4], BadRecord)


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "Ein Text über Gespräche."}) + "\n")
    assert isinstance(collect([path])[0], RawDocument)


def test_warc_html_and_non_html_records(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    make_warc(path, [("https://news.example/a", "text/html; charset=utf-8", HTML),
                     ("https://news.example/b.pdf", "application/pdf", b"%PDF-1.4 ...")])
    items = collect([path])
    assert isinstance(items[0], RawDocument) and items[0].url == "https://news.example/a"
    assert isinstance(items[1], NotHtml) and "application/pdf" in str(items[1])


def test_empty_missing_and_too_large(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "big.html").write_bytes(b"<p>" + b"x" * 2000 + b"</p>")
    items = collect([tmp_path / "empty.txt", tmp_path / "big.html", tmp_path / "missing.html"], max_bytes=1000)
    assert isinstance(items[0], EmptyInput)
    assert isinstance(items[1], TooLarge)
    assert isinstance(items[2], InputError) and "no such file" in str(items[2])


def test_broken_warc_is_one_error(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a warc file at all\n" * 10)
    items = collect([path])
    assert len(items) == 1 and isinstance(items[0], InputError)
