"""Calibrate the rule coder's confidence on the dev splits (dev, dev2) of the gold sets.

    python scripts/calibrate.py

For each language, codes the `dev` and `dev2` sentences with raw scores, marks each predicted event
right when its type is among the sentence's gold types (multiset), fits a monotone
(isotonic, pool-adjacent-violators) map from raw score to precision, and writes it to
src/chronist/lexicons/<lang>/calibration.tsv. The frozen `test` split is never used here;
docs/quality.md reports the reliability of the calibrated scores on both splits.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from chronist.config import load_options
from chronist.evaluate import _code_sentence, read_gold
from chronist.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent


def pav(points: list[tuple[float, int]], min_block: int = 10) -> list[tuple[float, float, int]]:
    """Pool adjacent violators over (score, correct): blocks of (max score, mean, n), equal scores
    pooled first, then blocks smaller than ``min_block`` merged into a neighbour so that no
    confidence rests on a handful of events."""
    by_score: dict[float, list[int]] = {}
    for score, ok in points:
        by_score.setdefault(round(score, 3), []).append(ok)
    blocks: list[list[float]] = []  # [upper, sum, n]
    for score in sorted(by_score):
        oks = by_score[score]
        blocks.append([score, float(sum(oks)), len(oks)])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            upper, total, n = blocks.pop()
            blocks[-1][0] = upper
            blocks[-1][1] += total
            blocks[-1][2] += n
    merged: list[list[float]] = []
    for block in blocks:
        if merged and (merged[-1][2] < min_block or block[2] < min_block):
            merged[-1][0] = block[0]
            merged[-1][1] += block[1]
            merged[-1][2] += block[2]
        else:
            merged.append(list(block))
    return [(b[0], b[1] / b[2], int(b[2])) for b in merged]


def main() -> None:
    pipeline = Pipeline(load_options(geocode=False))
    for lang in ("de", "en"):
        coder = pipeline.coder(lang)
        coder.calibrate = False
        points: list[tuple[float, int]] = []
        folder = ROOT / "tests" / "data" / "gold" / lang
        for gold in read_gold([folder / "dev.jsonl", folder / "dev2.jsonl"]):
            if gold.split not in ("dev", "dev2"):
                continue
            article = _code_sentence(pipeline, gold)
            left = Counter(e["event_type"] for e in gold.events)
            for event in sorted(article.events if article else (), key=lambda e: -e.confidence):
                ok = left[event.event_type] > 0
                left[event.event_type] -= ok
                points.append((event.confidence, int(ok)))
        blocks = pav(points)
        out = ROOT / "src" / "chronist" / "lexicons" / lang / "calibration.tsv"
        with out.open("w", encoding="utf-8") as fh:
            fh.write(f"# Written by scripts/calibrate.py from {len(points)} predicted events on the {lang} dev and dev2 splits.\n")
            fh.write("# raw_upper: highest raw rule score in the block; confidence: share of them that were right.\n")
            fh.write("raw_upper\tconfidence\tn\n")
            for upper, value, n in blocks:
                fh.write(f"{upper:.3f}\t{min(0.99, max(0.01, value)):.3f}\t{n}\n")
        print(lang, len(points), "events,", len(blocks), "blocks:", [(round(u, 2), round(v, 2), n) for u, v, n in blocks])


if __name__ == "__main__":
    main()
