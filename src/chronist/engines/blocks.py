"""Split inputs into blocks that workers read on their own, and read one block.

A block is a slice of the input that one worker turns into Parquet files:

- ``warc``: a run of records of one WARC file, from one record's byte offset to the next
  block's (a WARC.gz of per-record gzip members, as crawlers write them, or a plain WARC);
- ``jsonl``: a run of lines of one JSONL file (by byte offset; by line number when gzipped);
- ``files``: a group of small files (HTML, text) found in the folders given;
- ``whole``: one input read as ``iter_documents`` reads it: a WARC that cannot be split
  (one gzip stream, not a WARC at all, truncated), or a path that does not exist.

Reading a block yields exactly what ``iter_documents`` yields for the same records, origins
included (``file.warc.gz#17``, ``feed.jsonl:3``), so a scaled-out run and a local one hold
the same rows. A block's id is a hash of what it covers (the file's absolute path and size,
the slice), so the same inputs always make the same blocks and a rerun can skip those done.
Indexing a WARC (finding where its records start) reads it once; ``plan_blocks`` takes an
``index_many`` function so that a cluster can index many files at once.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import itertools
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError
from ..model import RawDocument
from ..sources import (
    JSONL_SUFFIXES,
    SUFFIXES,
    WARC_SUFFIXES,
    _read_jsonl,
    _read_warc,
    _suffix,
    iter_documents,
)

__all__ = ["Block", "FileIndex", "index_file", "plan_blocks", "read_block", "DEFAULT_BLOCK_SIZE"]

# Documents per block: large enough that a block's Parquet files are not tiny, small enough
# that a retried block costs little (about a minute of one worker's time).
DEFAULT_BLOCK_SIZE = 500
_INDEX_VERSION = 1


@dataclass(frozen=True, slots=True)
class Block:
    block_id: str
    kind: str  # "warc", "jsonl", "files" or "whole"
    paths: tuple[str, ...]  # as the user named them (they become the origins)
    start: int = 0  # warc and plain jsonl: byte offset; gzipped jsonl: line index
    stop: int = 0  # the same, exclusive
    first_number: int = 1  # record or line number of the first item, for the origin
    items: int = 0  # records, lines or files in the block (for progress)

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Block:
        data = json.loads(text)
        data["paths"] = tuple(data["paths"])
        return cls(**data)


@dataclass(frozen=True, slots=True)
class FileIndex:
    """Where the items of a WARC or JSONL file start; ``offsets is None``: read it whole."""

    path: str
    size: int
    kind: str  # "warc", "jsonl", "jsonl.gz"
    offsets: tuple[int, ...] | None  # byte offsets (warc, jsonl) or () with ``count`` (jsonl.gz)
    count: int = 0

    def to_json(self) -> str:
        return json.dumps({"v": _INDEX_VERSION, **asdict(self)})

    @classmethod
    def from_json(cls, text: str) -> FileIndex | None:
        data = json.loads(text)
        if data.pop("v", None) != _INDEX_VERSION:
            return None
        if data["offsets"] is not None:
            data["offsets"] = tuple(data["offsets"])
        return cls(**data)


def _block_id(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, default=str).encode("utf-8")).hexdigest()[:24]


def _file_key(path: Path) -> tuple[str, int]:
    return str(path.resolve()), path.stat().st_size


# -- planning -------------------------------------------------------------------------------------


def expand_inputs(paths: Iterable[str | Path]) -> list[tuple[str, Path | None]]:
    """(kind, path) per input file, in ``iter_documents`` order; kind "missing" for a bad path."""
    out: list[tuple[str, Path | None]] = []
    for raw in paths:
        if str(raw) == "-":
            raise ValueError("the ray engine reads files and folders, not standard input")
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if _suffix(child) in SUFFIXES and not child.name.startswith("."):
                    out.append((_kind(child), child))
        elif path.exists():
            out.append((_kind(path), path))
        else:
            out.append(("missing", path))
    return out


def _kind(path: Path) -> str:
    suffix = _suffix(path)
    if suffix in WARC_SUFFIXES:
        return "warc"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "file"


def index_file(path: str) -> FileIndex:
    """Where each record (WARC) or line (JSONL) of ``path`` starts. Reads the whole file."""
    p = Path(path)
    size = p.stat().st_size
    suffix = _suffix(p)
    try:
        if suffix in WARC_SUFFIXES:
            return FileIndex(path, size, "warc", _warc_offsets(p, size))
        if suffix.endswith(".gz"):
            with gzip.open(p, "rb") as fh:
                count = sum(1 for _ in fh)
            return FileIndex(path, size, "jsonl.gz", (), count)
        offsets, position = [], 0
        with p.open("rb") as fh:
            for line in fh:
                offsets.append(position)
                position += len(line)
        return FileIndex(path, size, "jsonl", tuple(offsets))
    except (OSError, EOFError, ValueError):  # gzip.BadGzipFile is an OSError
        # unreadable here: the worker reads it whole and reports the problem as iter_documents does
        return FileIndex(path, size, "whole", None)


def _warc_offsets(path: Path, size: int) -> tuple[int, ...] | None:
    """Record offsets, or None when the file cannot be read record by record from an offset."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    offsets: list[int] = []
    with path.open("rb") as fh:
        head = fh.read(5)
        fh.seek(0)
        gzipped = head.startswith(b"\x1f\x8b")
        if not (gzipped or head.upper().startswith(b"WARC/")):
            return None  # ARC or not a WARC: read whole
        try:
            iterator = ArchiveIterator(fh)
            for _record in iterator:
                offsets.append(iterator.get_record_offset())
        except ArchiveLoadFailed:
            return None
        # Each offset must start a record on its own: a gzip member, or "WARC/" in a plain file.
        for offset in offsets:
            fh.seek(offset)
            start = fh.read(5)
            if not (start.startswith(b"\x1f\x8b") if gzipped else start.upper().startswith(b"WARC/")):
                return None
    if offsets and offsets[-1] >= size:
        return None
    return tuple(offsets)


def plan_blocks(paths: Iterable[str | Path], *, block_size: int = DEFAULT_BLOCK_SIZE,
                index_many: Callable[[Sequence[str]], list[FileIndex]] | None = None,
                cache_dir: Path | None = None) -> list[Block]:
    """The blocks that cover ``paths``, in input order. Raises ValueError for '-' (stdin)."""
    if block_size < 1:
        raise ValueError("block_size must be at least 1")
    inputs = expand_inputs(paths)
    splittable = [str(p) for kind, p in inputs if kind in ("warc", "jsonl") and p is not None]
    indexes = _indexes(splittable, index_many or (lambda files: [index_file(f) for f in files]), cache_dir)
    blocks: list[Block] = []
    group: list[Path] = []

    def flush_group() -> None:
        if group:
            keys = [_file_key(p) for p in group]
            blocks.append(Block(_block_id("files", keys), "files", tuple(str(p) for p in group), items=len(group)))
            group.clear()

    for kind, path in inputs:
        assert path is not None
        if kind == "file":
            group.append(path)
            if len(group) >= block_size:
                flush_group()
            continue
        flush_group()
        if kind == "missing":
            blocks.append(Block(_block_id("whole", str(path.absolute()), -1), "whole", (str(path),), items=1))
            continue
        blocks.extend(_slices(str(path), indexes[str(path)], block_size))
    flush_group()
    return blocks


def _slices(path: str, index: FileIndex, block_size: int) -> list[Block]:
    key = _file_key(Path(path))
    if index.offsets is None:
        return [Block(_block_id("whole", key), "whole", (path,), items=1)]
    blocks = []
    if index.kind == "jsonl.gz":  # no seeking into a gzip stream: lines by number
        for a in range(0, index.count, block_size):
            b = min(a + block_size, index.count)
            blocks.append(Block(_block_id("jsonl.gz", key, a, b), "jsonl", (path,), a, b, a + 1, b - a))
    else:
        offsets = index.offsets
        for i in range(0, len(offsets), block_size):
            j = min(i + block_size, len(offsets))
            start, stop = offsets[i], offsets[j] if j < len(offsets) else index.size
            blocks.append(Block(_block_id(index.kind, key, start, stop), index.kind, (path,), start, stop, i + 1,
                                j - i))
    if not blocks:  # an empty file: iter_documents says what is wrong with it
        blocks.append(Block(_block_id("whole", key), "whole", (path,), items=1))
    return blocks


def _indexes(files: Sequence[str], index_many: Callable[[Sequence[str]], list[FileIndex]],
             cache_dir: Path | None) -> dict[str, FileIndex]:
    """Index files, reusing what an earlier run cached (keyed by path, size and mtime)."""
    found: dict[str, FileIndex] = {}
    todo = []
    for f in dict.fromkeys(files):
        cached = _cached_index(cache_dir, f)
        if cached is not None:
            found[f] = cached
        else:
            todo.append(f)
    for f, index in zip(todo, index_many(todo), strict=True):
        found[f] = index
        if cache_dir is not None:
            _write_index(cache_dir, f, index)
    return found


def _index_cache_path(cache_dir: Path, path: str) -> Path:
    st = Path(path).stat()
    return cache_dir / f"{_block_id(str(Path(path).resolve()), st.st_size, st.st_mtime_ns)}.json"


def _cached_index(cache_dir: Path | None, path: str) -> FileIndex | None:
    if cache_dir is None:
        return None
    try:
        index = FileIndex.from_json(_index_cache_path(cache_dir, path).read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError, KeyError):
        return None
    return replace(index, path=path) if index is not None else None


def _write_index(cache_dir: Path, path: str, index: FileIndex) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = _index_cache_path(cache_dir, path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_text(index.to_json(), encoding="utf-8")
    os.replace(tmp, target)


# -- reading --------------------------------------------------------------------------------------


def read_block(block: Block, *, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """The documents of one block, as ``iter_documents`` yields them for the same items."""
    if block.kind in ("files", "whole"):
        yield from iter_documents(block.paths, max_bytes=max_bytes)
        return
    path = block.paths[0]
    separator = "#" if block.kind == "warc" else ":"
    try:
        if block.kind == "jsonl" and _suffix(Path(path)).endswith(".gz"):
            with gzip.open(path, "rb") as gz:
                lines = itertools.islice(gz, block.start, block.stop)
                items = _read_jsonl(lines, path, max_bytes=max_bytes)  # type: ignore[arg-type]
                yield from _renumbered(items, path, separator, block.first_number)
            return
        with open(path, "rb") as fh:
            window = io.BufferedReader(_ByteWindow(fh, block.start, block.stop))
            reader = _read_warc if block.kind == "warc" else _read_jsonl
            yield from _renumbered(reader(window, path, max_bytes=max_bytes), path, separator, block.first_number)
    except (OSError, EOFError) as exc:  # as sources._read_path reports it
        yield InputError(f"cannot read: {exc}", origin=path)


def _renumbered(items: Iterable[RawDocument | InputError], path: str, separator: str,
                first: int) -> Iterator[RawDocument | InputError]:
    """Origins counted from the block's first record, as if the file had been read from its start."""
    prefix = path + separator
    for item in items:
        origin = item.origin
        if origin.startswith(prefix) and origin[len(prefix):].isdigit():
            origin = f"{prefix}{int(origin[len(prefix):]) + first - 1}"
            if isinstance(item, InputError):
                item.origin = origin
            else:
                item = replace(item, origin=origin)
        yield item


class _ByteWindow(io.RawIOBase):
    """Bytes ``start`` to ``stop`` of a file, seen as a file of its own."""

    def __init__(self, fh: BinaryIO, start: int, stop: int) -> None:
        super().__init__()
        self._fh, self._start, self._stop = fh, start, stop
        self._pos = 0
        fh.seek(start)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        left = self._stop - self._start - self._pos
        if left <= 0:
            return 0
        view = memoryview(buffer)[:left]
        self._fh.seek(self._start + self._pos)
        n = self._fh.readinto(view)  # type: ignore[attr-defined]
        self._pos += n or 0
        return n or 0

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._stop - self._start}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos
