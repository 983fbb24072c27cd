"""Throughput of the ray engine for 1 and 2 workers, and a projection to a day of CC-NEWS.

    python benchmarks/scale.py [--n 10000] [--workers 1,2] [--block-size 250] [--local]
                               [--out benchmarks/out]

Writes a WARC.gz of N real-sized news pages (the generator of benchmarks/throughput.py:
about 150 KB of HTML around 3,000-4,000 characters of body text varied from the bundled
examples; a tenth of the records are crawl requests, as in a crawler's WARC), then runs
``chronist ingest --engine ray`` on a local Ray cluster with each worker count into a fresh
Parquet dataset and reports:

- wall time and articles/s of the whole run (from the call to the last block),
- each worker's start-up cost: loading lexicons and gazetteer in the actor (measured in the
  actor) and the time from the start of the run to the worker's first finished block less
  that block's processing time (process start, imports, scheduling and loading together),
- the per-worker rate: articles / wall seconds spent inside blocks, and articles / CPU
  seconds of the worker process inside blocks (what a worker does with a core to itself;
  on a shared machine the wall rate is lower), with the load average before and after,
- the projected time for 400,000 articles (a day of CC-NEWS) on 1, 8 and 64 workers from
  the one-worker run: start-up + 400,000 / (workers x per-worker rate), at either rate.

With --local it also times the single-process engine (chronist.ingest into DuckDB) on the
same WARC. Results go to OUT/scale.json.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from throughput import example_paragraphs, make_page  # noqa: E402

from chronist.config import load_options  # noqa: E402
from chronist.engines.ray_ingest import ingest_ray  # noqa: E402
from chronist.ingest import ingest  # noqa: E402
from chronist.pipeline import Pipeline  # noqa: E402
from chronist.store import Store  # noqa: E402

CC_NEWS_DAY = 400_000  # articles a day, roughly, in Common Crawl's news crawl
PROJECT_WORKERS = (1, 8, 64)


def write_warc(path: Path, n: int) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(7)
    paragraphs = example_paragraphs()
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "chronist benchmarks/scale.py"}))
        for i in range(n):
            url = f"https://news{i % 50}.example.org/2024/{i}.html"
            if i % 10 == 0:
                request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
                writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""), length=0,
                                                              http_headers=request))
            body = make_page(i, paragraphs, rng).encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                                          http_headers=headers))


def load_average() -> float:
    return round(os.getloadavg()[0], 2)


def run_ray(warc: Path, out: Path, workers: int, block_size: int) -> dict[str, object]:
    first_done: dict[str, float] = {}
    load_before = load_average()
    start = time.perf_counter()

    def on_result(result, progress) -> None:
        if result.worker not in first_done:
            first_done[result.worker] = time.perf_counter() - start - result.seconds

    summary = ingest_ray([warc], out, options=load_options(), workers=workers, block_size=block_size,
                         on_result=on_result)
    wall = time.perf_counter() - start
    articles = summary.progress.articles
    busy, cpu = sum(summary.block_seconds), sum(summary.block_cpu_seconds)
    return {
        "workers": workers, "blocks": summary.progress.blocks_total, "articles": articles,
        "events": summary.progress.events, "failed": summary.progress.failed,
        "wall_seconds": round(wall, 1), "articles_per_second": round(articles / wall, 2),
        "per_worker_rate": round(articles / busy, 2) if busy else None,
        "per_worker_cpu_rate": round(articles / cpu, 2) if cpu else None,
        "worker_load_seconds": [round(s, 1) for s in summary.startup_seconds],
        "worker_first_block_wait_seconds": [round(s, 1) for s in sorted(first_done.values())],
        "load_average_before_after": [load_before, load_average()],
    }


def run_local(warc: Path, db: Path) -> dict[str, object]:
    start = time.perf_counter()
    pipeline = Pipeline(load_options())
    with Store(db) as store:
        summary = ingest([warc], store, pipeline)
    wall = time.perf_counter() - start
    return {"engine": "local", "articles": summary.stored, "events": summary.events, "wall_seconds": round(wall, 1),
            "articles_per_second": round(summary.stored / wall, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="pages in the generated WARC")
    parser.add_argument("--workers", default="1,2", help="worker counts to run, comma-separated")
    parser.add_argument("--block-size", type=int, default=250)
    parser.add_argument("--local", action="store_true", help="also time the single-process engine")
    parser.add_argument("--niceness", type=int, default=0, help="of Ray's worker processes (Ray's default: 15)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    args = parser.parse_args()
    counts = [int(w) for w in args.workers.split(",")]
    import ray

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / f"scale-{args.n}.warc.gz"
        t = time.perf_counter()
        write_warc(warc, args.n)
        print(f"{args.n} pages, {warc.stat().st_size / 1e6:.1f} MB WARC.gz in {time.perf_counter() - t:.0f} s",
              file=sys.stderr)
        # Ray starts workers at nice 15, below everything else on the machine; on a shared machine
        # that measures the neighbours. At nice 0 workers get the share the local engine would get.
        ray.init(num_cpus=max(counts), object_store_memory=256 * 1024**2, include_dashboard=False,
                 log_to_driver=False, logging_level=logging.ERROR, _node_ip_address="127.0.0.1",
                 _system_config={"worker_niceness": args.niceness})
        results = []
        try:
            for w in counts:
                results.append(run_ray(warc, Path(tmp) / f"ds{w}", w, args.block_size))
                print(json.dumps(results[-1]), file=sys.stderr)
        finally:
            ray.shutdown()
        local = run_local(warc, Path(tmp) / "local.duckdb") if args.local else None
        if local:
            print(json.dumps(local), file=sys.stderr)
    one = next((r for r in results if r["workers"] == 1), results[0])
    two = next((r for r in results if r["workers"] == 2), None)
    speedup = two["articles_per_second"] / one["articles_per_second"] if two else None
    # A worker that has a core to itself runs at its CPU rate; on a busy machine the wall rate is lower.
    cpu_rate, wall_rate = float(one["per_worker_cpu_rate"]), float(one["per_worker_rate"])
    startup = max(float(s) for s in one["worker_first_block_wait_seconds"])
    report = {
        "pages": args.n, "block_size": args.block_size, "cpu_count": os.cpu_count(), "worker_niceness": args.niceness,
        "runs": results,
        "local": local, "speedup_2_over_1": round(speedup, 2) if speedup else None,
        "per_worker_cpu_rate": cpu_rate, "per_worker_wall_rate": wall_rate,
        "worker_startup_seconds": round(startup, 1),
        "cc_news_day_hours": {str(w): {"at_cpu_rate": round((startup + CC_NEWS_DAY / (w * cpu_rate)) / 3600, 2),
                                       "at_wall_rate": round((startup + CC_NEWS_DAY / (w * wall_rate)) / 3600, 2)}
                              for w in PROJECT_WORKERS},
    }
    (args.out / "scale.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
