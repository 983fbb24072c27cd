"""Blocks: every way of splitting the input reads exactly what iter_documents reads."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from chronist.engines.blocks import index_file, plan_blocks, read_block
from chronist.errors import InputError
from chronist.sources import iter_documents

from .corpus import EXAMPLES, write_warc

MAX = 10_000_000


def items(docs) -> list[tuple]:
    """What a document or error says, comparable across two reads."""
    out = []
    for d in docs:
        if isinstance(d, InputError):
            out.append(("error", d.origin, d.reason, str(d)))
        else:
            out.append(("doc", d.origin, d.content, d.content_type, d.url, d.published, d.title, d.lang))
    return out


def read_all(blocks) -> list[tuple]:
    return items(doc for block in blocks for doc in read_block(block, max_bytes=MAX))


@pytest.fixture(scope="module")
def warc(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("warc") / "crawl.warc.gz"
    write_warc(path, 60)
    return path


def test_warc_blocks_read_what_the_whole_file_holds(warc):
    blocks = plan_blocks([warc], block_size=7)
    assert len(blocks) == 10 and {b.kind for b in blocks} == {"warc"}  # 67 records (warcinfo, requests, odd pages)
    assert [b.first_number for b in blocks[:3]] == [1, 8, 15]
    expected = items(iter_documents([warc], max_bytes=MAX))
    assert read_all(blocks) == expected
    assert {e[2] for e in expected if e[0] == "error"} == {"not-html"}  # an image; the rest is the pipeline's to judge
    assert expected[-1][1] == f"{warc}#67"  # origins count records from the start of the file


def test_plain_warc_is_split_too(warc, tmp_path):
    plain = tmp_path / "crawl.warc"
    with gzip.open(warc, "rb") as src, plain.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    blocks = plan_blocks([plain], block_size=9)
    assert len(blocks) == 8 and blocks[0].kind == "warc"
    assert read_all(blocks) == items(iter_documents([plain], max_bytes=MAX))


def test_jsonl_plain_and_gzipped(tmp_path):
    lines = [json.dumps({"url": f"https://x.org/{i}", "text": f"Die Regierung tagte am Montag zum {i}. Mal in Berlin.",
                         "published": "2024-01-0" + str(1 + i % 9)}) for i in range(23)]
    lines[5] = "{not json"
    lines[9] = ""
    plain = tmp_path / "feed.jsonl"
    plain.write_text("\n".join(lines) + "\n", encoding="utf-8")
    packed = tmp_path / "feed.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    for path in (plain, packed):
        blocks = plan_blocks([path], block_size=4)
        assert len(blocks) == 6 and blocks[0].kind == "jsonl"
        got = read_all(blocks)
        assert got == items(iter_documents([path], max_bytes=MAX))
        assert ("error", f"{path}:6", "bad-record") == got[5][:3]


def test_folders_missing_paths_and_unsplittable_files(tmp_path):
    folder = tmp_path / "pages"
    shutil.copytree(EXAMPLES, folder)
    (folder / "broken.warc.gz").write_bytes(b"this is not a WARC file at all")
    (folder / "empty.jsonl").write_bytes(b"")
    # a WARC gzipped as one stream, not one member per record: it cannot be entered at a record
    (folder / "one-stream.warc.gz").write_bytes(gzip.compress(_plain_warc(tmp_path)))
    missing = tmp_path / "nowhere"
    blocks = plan_blocks([folder, missing], block_size=4)
    kinds = [b.kind for b in blocks]
    assert kinds.count("whole") == 4  # broken.warc.gz, empty.jsonl, one-stream.warc.gz, the missing path
    assert "files" in kinds and "jsonl" in kinds
    expected = items(iter_documents([folder, missing], max_bytes=MAX))
    assert read_all(blocks) == expected
    assert ("error", str(missing), "unreadable") == expected[-1][:3]


def _plain_warc(tmp_path: Path) -> bytes:
    small = tmp_path / "small.warc.gz"
    write_warc(small, 3)
    return gzip.decompress(small.read_bytes())


def test_block_ids_are_stable_and_depend_on_the_slice(warc, tmp_path):
    first = plan_blocks([warc], block_size=10)
    assert [b.block_id for b in plan_blocks([warc], block_size=10)] == [b.block_id for b in first]
    assert len({b.block_id for b in first}) == len(first)
    assert not {b.block_id for b in plan_blocks([warc], block_size=11)} & {b.block_id for b in first}
    copy = tmp_path / "elsewhere.warc.gz"
    shutil.copy(warc, copy)  # another file: other blocks, even with the same bytes
    assert not {b.block_id for b in plan_blocks([copy], block_size=10)} & {b.block_id for b in first}


def test_index_is_cached_per_file_version(warc, tmp_path):
    calls = []

    def index_many(files):
        calls.append(list(files))
        return [index_file(f) for f in files]

    cache = tmp_path / "index"
    first = plan_blocks([warc], block_size=10, index_many=index_many, cache_dir=cache)
    again = plan_blocks([warc], block_size=10, index_many=index_many, cache_dir=cache)
    assert calls == [[str(warc)], []] and again == first


def test_stdin_is_refused():
    with pytest.raises(ValueError, match="standard input"):
        plan_blocks(["-"])
