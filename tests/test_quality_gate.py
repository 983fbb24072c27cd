"""The quality gate: scores on the gold sets may only go up.

Floors live in tests/quality_baseline.json (per language, split and stage); after a real
improvement, raise them to the new measured values (docs/quality.md records the figures).
"""

from __future__ import annotations

import json

import pytest

from chronist.evaluate import evaluate, read_gold

from .conftest import GOLD, ROOT

BASELINE = json.loads((ROOT / "tests" / "quality_baseline.json").read_text(encoding="utf-8"))


def _metrics(scores) -> dict[str, float | None]:
    d = scores.as_dict()
    return {
        "event_type_f1": d["event_type"]["f1"],
        "triple_f1": d["triple"]["f1"],
        "record_type_accuracy": d["record_type_accuracy"],
        "flag_accuracy": d["flag_accuracy"],
        "date_accuracy": d["date_accuracy"],
        "place_country_accuracy": d["place_country_accuracy"],
        "place_exact_accuracy": d["place_exact_accuracy"],
        "toponym_exact_accuracy": d["toponym_exact_accuracy"],
    }


@pytest.fixture(scope="module")
def gold_scores(pipeline):
    return {f"{lang}/{split}": _metrics(s) for (lang, split), s in evaluate(read_gold([GOLD]), pipeline).items()}


@pytest.fixture(scope="module")
def gsr_scores(pipeline, ref_data):
    scores = evaluate(read_gold([ref_data / "plover" / "plover_gsr_cameo.jsonl"]), pipeline)
    return {f"{lang}/{split}": _metrics(s) for (lang, split), s in scores.items()}


def _check(measured: dict[str, dict[str, float | None]], key: str) -> None:
    floors = BASELINE[key]
    got = measured[key]
    below = {m: (got[m], floor) for m, floor in floors.items() if got[m] is None or got[m] < floor}
    assert not below, f"{key} fell below its floor (measured, floor): {below}"


@pytest.mark.parametrize("key", [k for k in BASELINE if not k.endswith("/gsr")])
def test_gold_floors(gold_scores, key):
    _check(gold_scores, key)


@pytest.mark.reference
@pytest.mark.parametrize("key", [k for k in BASELINE if k.endswith("/gsr")])
def test_plover_gsr_floors(gsr_scores, key):
    _check(gsr_scores, key)
