"""Measure chronist against its gold sets and PLOVER's GSR; write docs/quality.md and the gate's floors.

    python scripts/quality_report.py [--data ../shared/data] [--write-baseline]

The floors in tests/quality_baseline.json are the measured values rounded down to two
decimals, so the quality-gate test fails as soon as a change makes any of them worse.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
from pathlib import Path

from chronist import __version__
from chronist.evaluate import evaluate, read_gold
from chronist.lexicon import load_lexicon
from chronist.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
GATED = ("event_type_f1", "triple_f1", "record_type_accuracy", "flag_accuracy", "date_accuracy",
         "place_country_accuracy", "place_exact_accuracy", "toponym_exact_accuracy")


def flatten(d: dict) -> dict[str, float | None]:
    return {"event_type_f1": d["event_type"]["f1"], "triple_f1": d["triple"]["f1"],
            "record_type_accuracy": d["record_type_accuracy"], "flag_accuracy": d["flag_accuracy"],
            "date_accuracy": d["date_accuracy"], "place_country_accuracy": d["place_country_accuracy"],
            "place_exact_accuracy": d["place_exact_accuracy"], "toponym_exact_accuracy": d["toponym_exact_accuracy"]}


def fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("CHRONIST_REFERENCE_DATA", str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--data", type=Path, default=Path(default))
    parser.add_argument("--write-baseline", action="store_true")
    args = parser.parse_args()
    pipeline = Pipeline()
    results = {f"{k[0]}/{k[1]}": v.as_dict() for k, v in evaluate(read_gold([ROOT / "tests" / "data" / "gold"]), pipeline).items()}
    gsr = args.data / "plover" / "plover_gsr_cameo.jsonl"
    if gsr.exists():
        results.update({f"{k[0]}/{k[1]}": v.as_dict() for k, v in evaluate(read_gold([gsr]), pipeline).items()})
    results = {k: v for k, v in results.items() if not k.startswith("all/")}
    lines = [
        "# Quality",
        "",
        f"Measured with `python scripts/quality_report.py` on {dt.date.today().isoformat()}, chronist {__version__}, "
        f"lexicons de {load_lexicon('de').digest}, en {load_lexicon('en').digest}. "
        "`chronist eval tests/data/gold/ ../shared/data/plover/plover_gsr_cameo.jsonl` prints the same figures. "
        "The gold sets (docs/gold-format.md) were written for chronist: `dev` is tuned on, `test` is frozen and its "
        "errors are not looked at; `dev2` (100 sentences a language) was written later by writers who had not seen "
        "the rules and did not run the coder, to measure how the rules generalise, and is tuned on from then on; `pages` "
        "holds whole wire-style articles written the same way, scored sentence by sentence, as real pages are coded "
        "(`pages2` to `pages21`: ten more a language each, written later to measure the tuning on the sets before; `pages7` to `pages20` were kept unseen in the session they arrived and tuned on after, `pages21` is the set no one has looked at the errors of, its figures are those of articles the rules were not tuned on; scraper residue lines in an article's text (captions, credits, link teasers such as \"Lesen Sie auch:\", \"ALSO READ:\") are blanked, as `chronist extract` drops them; "
        "`misc`: sport, business, "
        "culture and other pages with few political events). The GSR is PLOVER's 322 English example records, scored as they are. "
        "tests/test_quality_gate.py fails when any figure below drops under its floor in tests/quality_baseline.json.",
        "",
        "## Events (per language and split)",
        "",
        "| set | sentences | gold events | predicted | type P | type R | type F1 | triple P | triple R | triple F1 | record type acc. | flag acc. |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key, r in results.items():
        t, tr = r["event_type"], r["triple"]
        lines.append(f"| {key} | {r['sentences']} | {r['gold_events']} | {r['predicted_events']} | {t['precision']:.3f} | "
                     f"{t['recall']:.3f} | {t['f1']:.3f} | {tr['precision']:.3f} | {tr['recall']:.3f} | {tr['f1']:.3f} | "
                     f"{fmt(r['record_type_accuracy'])} | {fmt(r['flag_accuracy'])} |")
    lines += ["", "Triples are (type, source country, target country), source x target expanded, an empty side counting "
              "as `-`. Flag accuracy: share of matched events whose negated/hypothetical/future flags all agree.", "",
              "## When and where", "",
              "| set | date acc. (n) | place country acc. | place exact acc. (n) | toponym exact acc. (n) |",
              "| --- | ---: | ---: | ---: | ---: |"]
    for key, r in results.items():
        if key.endswith("/gsr"):
            continue
        lines.append(f"| {key} | {fmt(r['date_accuracy'])} ({r['date_n']}) | {fmt(r['place_country_accuracy'])} | "
                     f"{fmt(r['place_exact_accuracy'])} ({r['place_n']}) | {fmt(r['toponym_exact_accuracy'])} ({r['toponym_n']}) |")
    lines += ["", "Each gold event is paired with its own predicted event of the same type (each prediction used "
              "once; the pairs sharing most triples are made first, of equals those with the same date); flags, dates and places are scored on these pairs. "
              "Date accuracy: date equal at the gold precision (publication-date "
              "fallbacks count when both fall back or name the same day). Place: the event's first location against the gold location "
              "(country, then GeoNames id). Toponyms: every gold place name in a sentence, top-ranked GeoNames id.", "",
              "## Per type (event-type F1)", "", "| type | " + " | ".join(results) + " |",
              "| --- | " + " | ".join("---:" for _ in results) + " |"]
    types = sorted({t for r in results.values() for t in r["per_type_f1"]})
    for t in types:
        lines.append(f"| {t} | " + " | ".join(fmt(r["per_type_f1"].get(t)) for r in results.values()) + " |")
    lines += ["", "## Confidence reliability", "",
              "Share of predicted events whose type is in the gold sentence, by confidence bin (dev and test pooled per language).",
              "", "| set | " + " | ".join(f"{b / 10:.1f}-{(b + 1) / 10:.1f}" for b in range(10)) + " |",
              "| --- | " + " | ".join("---:" for _ in range(10)) + " |"]
    for key, r in results.items():
        cells = []
        for b in range(10):
            cell = r["reliability"].get(f"{b / 10:.1f}-{(b + 1) / 10:.1f}")
            cells.append(f"{fmt(cell['precision'])} ({cell['n']})" if cell else "-")
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    lines += ["", "Where a floor was ever lowered, docs/quality-history.md says by how much and why."]
    (ROOT / "docs" / "quality.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    if args.write_baseline:
        floors = {k: {m: math.floor(v * 100) / 100 for m, v in flatten(r).items() if v is not None and m in GATED}
                  for k, r in results.items()}
        (ROOT / "tests" / "quality_baseline.json").write_text(json.dumps(floors, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
