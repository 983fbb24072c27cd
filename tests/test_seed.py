"""The canonical example: the scraped German page on Lavrov's visit to Mali (reference data)."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from chronist.cli import main

from .conftest import ROOT

SCHEMA = json.loads((ROOT / "docs" / "event.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed(seed_path):
    runner = CliRunner()
    article = json.loads(runner.invoke(main, ["extract", str(seed_path), "--format", "article"],
                                       catch_exceptions=False).output)
    out = runner.invoke(main, ["extract", str(seed_path), "--published", "2023-02-07", "--format", "jsonl"],
                        catch_exceptions=False).output
    return article, [json.loads(line) for line in out.splitlines()]


def test_article_layer(seed):
    article, _ = seed
    assert article["title"] == "Russlands Lawrow besucht Mali im Zeichen der Vertiefung der Beziehungen"
    assert article["lang"] == "de" and article["lang_confidence"] > 0.9
    text = article["text"]
    assert text.startswith("Russlands Außenminister Sergej Lawrow kam")
    assert "keykey" not in text and "Kommentare" not in text and article["title"] not in text


def test_visit_to_mali(seed):
    article, events = seed
    visits = [e for e in events if e["event_type"] == "CONSULT" and e["mode"] == "visit" and e["cameo"] == "042"
              and any(a["country"] == "RUS" for a in e["source"]) and any(a["country"] == "MLI" for a in e["target"])]
    assert visits, [(e["event_type"], e["evidence"]["sentence"][:60]) for e in events]
    visit = visits[0]
    assert visit["evidence"]["sentence"].startswith("Russlands Außenminister Sergej Lawrow kam am frühen Dienstag")
    assert visit["evidence"]["trigger"]["text"] == "kam"
    assert visit["source"][0]["sector"] == "GOV" and visit["source"][0]["cameo_actor"] == "RUSGOV"
    ev = visit["evidence"]
    assert article["text"][ev["char_start"]:ev["char_end"]] == ev["sentence"]


def test_every_event_meets_the_contract(seed):
    article, events = seed
    for e in events:
        jsonschema.validate(e, SCHEMA)
        assert "keykey" not in e["evidence"]["sentence"] and e["evidence"]["sentence"] != "Kommentare"


def test_when_and_where(seed):
    _, events = seed

    def find(event_type, trigger):
        return next(e for e in events if e["event_type"] == event_type and e["evidence"]["trigger"]["text"] == trigger)

    visit = find("CONSULT", "kam")
    assert (visit["date"], visit["date_precision"]) == ("2023-02-07", "day")
    assert visit["location"][0]["country"] == "MLI" and visit["location"][0]["geonames_id"] == 2453866
    condemn = find("ACCUSE", "verurteilte")
    assert (condemn["date"], condemn["date_precision"]) == ("2023-02-06", "day")
    january = find("CONSULT", "besuchte")
    assert (january["date"], january["date_precision"]) == ("2023-01", "month")
    assert {a["country"] for a in january["target"]} == {"AGO", "ZAF", "SWZ"}
    invasion = find("ASSAULT", "Invasion")
    assert (invasion["date"], invasion["date_precision"], invasion["historical"]) == ("2022", "year", True)


def test_expulsion_and_accusations(seed):
    _, events = seed
    expel = [e for e in events if e["event_type"] == "SANCTION" and e["mode"] == "expel"]
    assert expel and expel[0]["source"][0]["country"] == "MLI"
    wagner = [e for e in events if e["event_type"] == "ACCUSE" and any(a["cameo_actor"] == "RUSPRM" for a in e["target"])]
    # "westliche Beamte": the West, a group of states, no one country (CAMEO's group code WST)
    assert wagner and wagner[0]["attributed_to"] is not None and wagner[0]["source"][0]["country"] is None
    assert wagner[0]["source"][0]["cameo_actor"].startswith("WST")
    blocked = [e for e in events if e["event_type"] == "REJECT" and any(a["country"] == "UNO" for a in e["target"])]
    assert blocked and blocked[0]["source"][0]["country"] == "MLI"


def test_aid_welcome_and_withdrawal(seed):
    _, events = seed
    aid = [e for e in events if e["event_type"] == "AID" and e["evidence"]["trigger"]["text"] == "erhalten"]
    assert aid and aid[0]["source"][0]["country"] == "RUS" and aid[0]["target"][0]["country"] == "MLI"
    iraq = next(e for e in events if e["evidence"]["trigger"]["text"] == "aufhielt")  # Lavrov's stay in Iraq
    assert (iraq["event_type"], iraq["date"], iraq["date_precision"]) == ("CONSULT", "2023-02-06", "day")
    assert iraq["target"][0]["country"] == "IRQ" and iraq["location"][0]["country"] == "IRQ"
    welcome = next(e for e in events if e["evidence"]["trigger"]["text"] == "begrüßt")
    assert welcome["event_type"] == "CONSULT" and welcome["date"] == "2023-02-07"
    assert all(p["country"] != "IRQ" for p in welcome["location"])  # Iraq is where Lavrov was the day before
    cma = [e for e in events if e["event_type"] == "RETREAT" and e["evidence"]["trigger"]["text"] == "zurückziehe"]
    assert cma and cma[0]["source"][0]["sector"] == "REB" and cma[0]["date"] == "2023-01"
