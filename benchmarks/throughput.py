"""Throughput and memory of chronist's pipeline on generated real-sized news pages.

    python benchmarks/throughput.py [--n 2000] [--workers 2] [--out benchmarks/out]

Builds N pages of about 150 KB of HTML (navigation, inline scripts and styles, related
links, comments) around 3,000-4,000 characters of body text varied from the bundled
examples, then reports, for one process and for all cores:

- extraction only (HTML -> clean text), pages/s
- coding from clean text into DuckDB, articles/s
- the full pipeline from HTML into DuckDB, pages/s
- peak RSS of the main process and of the largest worker
- where the full pipeline's time goes (extraction, date and place resolution, coding) and the
  time to load the GeoNames index from its disk cache in a fresh process

Workers are forked from the main process after it has warmed up, then each builds and warms its
own pipeline (``startup_seconds``); the rate is measured from warm workers to the last article
stored in DuckDB. The main process stores batches of 50 as the workers deliver them.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from chronist.config import load_options  # noqa: E402
from chronist.extraction import extract_article  # noqa: E402
from chronist.model import RawDocument  # noqa: E402
from chronist.pipeline import Pipeline  # noqa: E402
from chronist.sources import iter_documents  # noqa: E402
from chronist.store import Store  # noqa: E402

NAV = "".join(f'<li><a href="/ressort/{i}">Ressort {i}</a></li>' for i in range(60))
SCRIPT = "<script>window.dataLayer=window.dataLayer||[];" + "function t(e){return e*2};" * 1500 + "</script>"
STYLE = "<style>" + "".join(f".c{i}{{margin:{i}px;padding:{i % 7}px;color:#{i:06x}}}" for i in range(2500)) + "</style>"
RELATED = "".join(f'<li><a href="/artikel/{i}">Weitere Meldung Nummer {i} aus aller Welt</a></li>' for i in range(80))
COMMENTS = "".join(f'<div class="comment"><b>Leser{i}</b><p>Das sehe ich völlig anders, {i} mal gesagt.</p></div>'
                   for i in range(40))


def example_paragraphs() -> dict[str, list[str]]:
    options = load_options(geocode=False)
    paragraphs: dict[str, list[str]] = {"de": [], "en": []}
    for item in iter_documents([ROOT / "examples"], max_bytes=options.max_document_bytes):
        if isinstance(item, RawDocument):
            article = extract_article(item, options)
            paragraphs[article.lang or "en"].extend(p for p in article.text.split("\n\n") if len(p) > 80)
    return paragraphs


def make_page(i: int, paragraphs: dict[str, list[str]], rng: random.Random) -> str:
    lang = "de" if i % 2 else "en"
    body, size = [], 0
    while size < rng.randint(3000, 4000):
        p = rng.choice(paragraphs[lang]).replace("Montag", rng.choice(["Montag", "Dienstag", "Freitag"]))
        body.append(f"<p>{p} ({i}-{len(body)})</p>")
        size += len(p)
    filler = ""
    return (f"<!DOCTYPE html><html lang='{lang}'><head><title>Meldung {i}</title>"
            f"<meta property='article:published_time' content='2024-0{1 + i % 9}-1{i % 9}'>{STYLE}{SCRIPT}</head>"
            f"<body><div class='cookie'>Wir verwenden Cookies. <button>OK</button></div><nav><ul>{NAV}</ul></nav>"
            f"<main><article><h1>Meldung Nummer {i}</h1>{''.join(body)}</article>"
            f"<aside><h3>Mehr zum Thema</h3><ul>{RELATED}</ul></aside>"
            f"<section class='comments'><h3>Kommentare</h3>{COMMENTS}</section></main>{filler}"
            f"<footer>Impressum Datenschutz</footer></body></html>")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- worker functions (module level so that multiprocessing can pickle them) -----------------

_PIPELINE: Pipeline | None = None


def _init() -> None:
    global _PIPELINE
    _PIPELINE = Pipeline(load_options())


def _init_warm() -> None:
    """Load everything a worker needs (lexicons, gazetteers, parsers) before it takes work."""
    _init()
    assert _PIPELINE is not None
    for lang, text in (("de", "Die Regierung in Rom wies die Vorwürfe am Mittwoch zurück."),
                       ("en", "Kenya's president met his Tanzanian counterpart in Arusha on Tuesday.")):
        _PIPELINE.extract(text, published="2024-03-06", lang=lang)


def _ready(_: int) -> bool:
    time.sleep(0.5)  # long enough that every worker takes one: all have finished their initializer
    return _PIPELINE is not None


def _extract(page: str) -> int:
    assert _PIPELINE is not None
    return len(extract_article(RawDocument("b", page, "html"), _PIPELINE.options).text)


def _extract_article(page: str):
    assert _PIPELINE is not None
    return extract_article(RawDocument("b", page, "html"), _PIPELINE.options)


def _code(article):
    assert _PIPELINE is not None
    return _PIPELINE.code(article)


def _full(page: str):
    assert _PIPELINE is not None
    return _PIPELINE.process(RawDocument("b", page, "html"))


def _worker_rss(_: int) -> float:
    return rss_mb()


def run_stage(name: str, func, items, workers: int, db: Path | None) -> dict[str, float]:
    """Time one stage. Start-up (a fresh pipeline per worker, loaded and warmed) is timed apart from
    the work, which runs from warm workers to the last article stored."""
    begin = time.perf_counter()
    store = Store(db) if db is not None else None

    def consume(results) -> None:  # store batches of 50 as they arrive, as an ingest does
        batch = []
        for result in results:
            batch.append(result)
            if len(batch) == 50 and store is not None:
                store.add_batch(batch)
                batch = []
        if batch and store is not None:
            store.add_batch(batch)

    try:
        if workers == 1:
            _init_warm()
            start = time.perf_counter()
            consume(func(x) for x in items)
            worker_rss = rss_mb()
        else:
            with mp.get_context("fork").Pool(workers, initializer=_init_warm) as pool:
                assert all(pool.map(_ready, range(workers * 2), chunksize=1))
                start = time.perf_counter()
                consume(pool.imap(func, items, chunksize=8))
                worker_rss = max(pool.map(_worker_rss, range(workers * 4)))
    finally:
        if store is not None:
            store.close()
    elapsed = time.perf_counter() - start
    return {"stage": name, "workers": workers, "items": len(items), "startup_seconds": round(start - begin, 2),
            "seconds": round(elapsed, 2), "per_second": round(len(items) / elapsed, 1),
            "worker_peak_rss_mb": round(worker_rss, 1)}


def stage_shares(pages: list[str]) -> dict[str, float]:
    """Where the time of the full pipeline goes, in one process: extraction, date and place resolution
    (``TimePlace.apply``) and the rest (segmenting and coding), in seconds and as shares."""
    import chronist.pipeline as pipeline_module

    pipe = Pipeline(load_options())
    pipe.process(RawDocument("w", pages[0], "html"))
    spent = {"extract": 0.0, "date+place": 0.0}

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - t
        return wrapper

    extract = pipeline_module.extract_article
    pipeline_module.extract_article = timed("extract", extract)
    pipe.timeplace.apply = timed("date+place", pipe.timeplace.apply)  # type: ignore[method-assign]
    try:
        start = time.perf_counter()
        for page in pages:
            pipe.process(RawDocument("b", page, "html"))
        total = time.perf_counter() - start
    finally:
        pipeline_module.extract_article = extract
    out = {"pages": len(pages), "total_seconds": round(total, 2),
           "extract_seconds": round(spent["extract"], 2), "date_place_seconds": round(spent["date+place"], 2),
           "coding_seconds": round(total - spent["extract"] - spent["date+place"], 2)}
    out["date_place_share"] = round(spent["date+place"] / total, 3)
    return out


def gazetteer_load_seconds() -> float:
    """Loading the GeoNames index from its disk cache in a fresh process (built once before)."""
    import subprocess

    code = ("import time; t = time.perf_counter(); from chronist.geo import Gazetteer; Gazetteer.load(); "
            "print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    return round(float(out.stdout.strip().splitlines()[-1]), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    args = parser.parse_args()
    rng = random.Random(7)
    paragraphs = example_paragraphs()
    pages = [make_page(i, paragraphs, rng) for i in range(args.n)]
    print(f"{len(pages)} pages, mean {sum(map(len, pages)) / len(pages) / 1024:.0f} KB of HTML", file=sys.stderr)
    _init()  # warm caches (lexicons, gazetteers, geonames index) before timing
    _full(pages[0])
    clean = [_extract_article(p) for p in pages]
    mean_chars = sum(len(a.text) for a in clean) / len(clean)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for workers in sorted({1, args.workers}):
            results.append(run_stage("extract", _extract, pages, workers, None))
            results.append(run_stage("code->duckdb", _code, clean, workers, Path(tmp) / f"code{workers}.duckdb"))
            results.append(run_stage("full->duckdb", _full, pages, workers, Path(tmp) / f"full{workers}.duckdb"))
            for r in results[-3:]:
                print(json.dumps(r), file=sys.stderr)
    shares = stage_shares(pages[:min(len(pages), 200)])
    print(json.dumps(shares), file=sys.stderr)
    report = {"pages": len(pages), "mean_html_kb": round(sum(map(len, pages)) / len(pages) / 1024, 1),
              "mean_body_chars": round(mean_chars), "cpu_count": os.cpu_count(),
              "main_peak_rss_mb": round(rss_mb(), 1), "results": results, "stage_shares": shares,
              "gazetteer_load_seconds": gazetteer_load_seconds()}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "throughput.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
