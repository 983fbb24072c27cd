"""The event contract: the JSON Schema in docs/ is the one the package ships, and events meet it."""

from __future__ import annotations

import json

import jsonschema

import chronist
from chronist.model import Event

from .conftest import ROOT

SCHEMA = json.loads((ROOT / "docs" / "event.schema.json").read_text(encoding="utf-8"))

TEXT_EN = ("Russia's foreign minister Sergei Lavrov arrived in Bamako on Tuesday for talks with Mali's military "
           "leaders, officials said. Protesters rallied outside the French embassy in the capital on Monday. "
           "The United Nations condemned the expulsion of its human rights chief from Mali.")


def test_packaged_schema_is_the_documented_one():
    packaged = (ROOT / "src" / "chronist" / "schema" / "event.schema.json").read_text(encoding="utf-8")
    assert json.loads(packaged) == SCHEMA


def test_api_events_validate_and_offsets_hold():
    article = chronist.extract(TEXT_EN, published="2023-02-08", lang="en")
    assert article.events
    assert all(isinstance(e, Event) for e in article.events)
    for e in article.events:
        record = e.to_dict()
        jsonschema.validate(record, SCHEMA)
        s, t = e.evidence, e.evidence.trigger
        assert article.text[s.char_start:s.char_end] == s.sentence
        assert article.text[t.char_start:t.char_end] == t.text
        assert e.coder.startswith("chronist-rules/")
        assert 0 <= e.confidence <= 1
