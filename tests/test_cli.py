"""The command line, end to end, over the bundled examples."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from chronist.cli import main
from chronist.store import Store

from .conftest import EXAMPLES, ROOT

SCHEMA = json.loads((ROOT / "docs" / "event.schema.json").read_text(encoding="utf-8"))


def run(*args: str, input: str | None = None):
    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "ex.duckdb"
    result = run("ingest", str(EXAMPLES), "--db", str(db), "--quiet")
    assert result.exit_code == 0, result.output
    return db


def test_examples_are_stored_once(store_path):
    with Store(store_path, read_only=True) as store:
        before = store.counts()
    n_inputs = len([p for p in EXAMPLES.iterdir() if p.suffix in (".html", ".txt")]) + sum(
        1 for line in (EXAMPLES / "feed.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())
    assert before["articles"] == n_inputs
    again = run("ingest", str(EXAMPLES), "--db", str(store_path), "--quiet")
    assert f"{n_inputs} seen, 0 stored, {n_inputs} skipped as duplicate, 0 failed" in again.output
    with Store(store_path, read_only=True) as store:
        after = store.counts()
    assert after["articles"] == before["articles"] and after["events"] == before["events"]
    assert after["runs"] == before["runs"] + 1


def test_both_languages_and_events_stored(store_path):
    with Store(store_path, read_only=True) as store:
        langs = dict(store.con.execute("SELECT lang, count(*) FROM articles GROUP BY 1").fetchall())
        n_events = store.counts()["events"]
        urls = store.con.execute("SELECT count(*) FROM events WHERE domain IS NULL").fetchall()[0][0]
        with_url = store.con.execute("SELECT count(*) FROM events e JOIN articles a USING (article_id) "
                                     "WHERE a.url IS NOT NULL AND e.url = a.url").fetchall()[0][0]
    assert set(langs) == {"de", "en"}
    assert n_events >= 20
    assert with_url > 0
    assert urls < n_events


def test_events_query_formats(store_path):
    out = run("events", "--db", str(store_path), "--format", "jsonl", "--limit", "5").output
    records = [json.loads(line) for line in out.splitlines()]
    assert 0 < len(records) <= 5
    for r in records:
        jsonschema.validate(r, SCHEMA)
    rows = list(csv.reader(io.StringIO(run("events", "--db", str(store_path), "--format", "csv").output)))
    assert rows[0][:3] == ["event_id", "date", "event_type"] and len(rows) > 1
    only = run("events", "--db", str(store_path), "--type", "consult", "--format", "jsonl", "--limit", "100").output
    assert all(json.loads(line)["event_type"] == "CONSULT" for line in only.splitlines())


def test_exports(store_path, tmp_path):
    tsv = tmp_path / "e.tsv"
    run("export", "--db", str(store_path), "--format", "gdelt-tsv", "--out", str(tsv))
    with tsv.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    header = rows[0]
    for col in ("GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor2CountryCode", "EventCode", "QuadClass",
                "GoldsteinScale", "ActionGeo_Lat", "ActionGeo_FeatureID", "SOURCEURL"):
        assert col in header
    assert len(rows) > 1 and all(len(r) == len(header) for r in rows)
    jsonl = run("export", "--db", str(store_path), "--format", "plover-jsonl").output
    first = json.loads(jsonl.splitlines()[0])
    assert first["event_type"] and "evidence" in first and first["event_text"]
    parquet = tmp_path / "e.parquet"
    run("export", "--db", str(store_path), "--format", "parquet", "--out", str(parquet))
    import pyarrow.parquet as pq

    assert pq.read_table(parquet).num_rows == len(rows) - 1


def test_python_api_loads_events(store_path):
    import chronist

    table = chronist.load_events(store_path, as_="arrow")
    frame = chronist.load_events(store_path)
    assert table.num_rows == len(frame) > 0
    assert {"event_type", "sentence", "trigger_text", "rule"} <= set(table.column_names)


def test_extract_article_and_jsonl_contract():
    page = EXAMPLES / "de_plaintext_macron_xi_peking.txt"
    art = json.loads(run("extract", str(page), "--format", "article").output)
    assert {"title", "published", "lang", "lang_confidence", "url", "text"} <= set(art)
    assert art["lang"] == "de" and art["title"] and art["title"] not in art["text"]
    result = run("extract", str(page), "--format", "jsonl", "--published", "2023-04-06")
    events = [json.loads(line) for line in result.output.splitlines()]
    assert events
    for e in events:
        jsonschema.validate(e, SCHEMA)
        ev = e["evidence"]
        assert art["text"][ev["char_start"]:ev["char_end"]] == ev["sentence"]
        t = ev["trigger"]
        assert art["text"][t["char_start"]:t["char_end"]] == t["text"]
        for a in e["source"] + e["target"]:
            assert art["text"][a["char_start"]:a["char_end"]] == a["text"]


def test_event_ids_are_stable():
    page = str(EXAMPLES / "de_plaintext_macron_xi_peking.txt")
    first = [json.loads(x)["event_id"] for x in run("extract", page, "--format", "jsonl").output.splitlines()]
    second = [json.loads(x)["event_id"] for x in run("extract", page, "--format", "jsonl").output.splitlines()]
    assert first == second and len(set(first)) == len(first)


def test_stdin_ingest(tmp_path):
    db = tmp_path / "stdin.duckdb"
    text = ("Der französische Präsident Emmanuel Macron traf am Montag in Berlin mit Bundeskanzler Olaf Scholz "
            "zu Gesprächen über die Verteidigungspolitik zusammen.")
    result = run("ingest", "-", "--db", str(db), "--quiet", "--published", "2023-05-08", input=text)
    assert "1 seen, 1 stored" in result.output


def _lexicon_root(tmp_path):
    """A lexicon folder with the shared codebook and an empty French folder."""
    from chronist.lexicon import default_lexicon_dir

    root = tmp_path / "lex"
    (root / "xx").mkdir(parents=True)
    for f in ("cameo.tsv", "plover.tsv"):
        (root / "xx" / f).write_text((default_lexicon_dir() / "xx" / f).read_text(encoding="utf-8"), encoding="utf-8")
    (root / "fr").mkdir()
    return root


def test_lexicon_check_reports_file_and_line(tmp_path):
    bad = _lexicon_root(tmp_path)
    (bad / "fr" / "triggers.tsv").write_text(
        "id\tlemma\tpos\twith\twithout\tevent_type\tmode\tcameo\tsource\ttarget\tcontext\tconfidence\tnote\n"
        "fr.consult.visiter\tvisiter\tV\t\t\tCONSULT\tvisit\t042\tsubj\tobj\t\t0.8\t\n"
        "fr.bad\trencontrer\tV\t\t\tMEET\t\t042\tsubj\tobj\t\t0.8\t\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lexicon", "check", str(bad)])
    assert result.exit_code == 1
    assert "triggers.tsv:3" in result.output and "MEET" in result.output
    (bad / "fr" / "roles.tsv").write_text(
        "term\tmatch\tsector\tcameo\tcountry\tnote\n"
        "conseil fédéral\tword\tGOV\tGOV\tCHE|FRA=GOV\t\n"
        "sénat\tword\tLEG\tLEG\tFRA|Belgique\t\n", encoding="utf-8")
    roles = CliRunner().invoke(main, ["lexicon", "check", str(bad / "fr")])
    assert "roles.tsv:3" in roles.output and "roles.tsv:2" not in roles.output, roles.output
    good = CliRunner().invoke(main, ["lexicon", "check"])
    assert good.exit_code == 0, good.output
    one = CliRunner().invoke(main, ["lexicon", "check", str(bad / "fr")])  # one language's folder
    assert one.exit_code == 1 and "triggers.tsv:3" in one.output, one.output
    (tmp_path / "empty").mkdir()
    empty = CliRunner().invoke(main, ["lexicon", "check", str(tmp_path / "empty")])
    assert empty.exit_code == 2 and "no language folder" in empty.output


def test_help_lists_subcommands():
    out = run("--help").output
    for sub in ("ingest", "extract", "events", "export", "eval", "explain", "recode", "lexicon"):
        assert sub in out


def test_a_cue_kind_in_with_stands_for_its_words(tmp_path):
    from chronist.lexicon import load_lexicon

    root = _lexicon_root(tmp_path)
    (root / "fr" / "cues.tsv").write_text("kind\tform\tnote\ndisapproval\tinacceptable\t\ndisapproval\tprovocation\t\n",
                                          encoding="utf-8")
    header = "id\tlemma\tpos\twith\twithout\tevent_type\tmode\tcameo\tsource\ttarget\tcontext\tconfidence\tnote\n"
    (root / "fr" / "triggers.tsv").write_text(
        header + "fr.accuse.qualifier\tqualifier\tV\tde;@disapproval|farce\t\tACCUSE\tdisapprove\t111\tsubj\tobj\t\t0.6\t\n",
        encoding="utf-8")
    [rule] = load_lexicon("fr", root).triggers["qualifier"]
    assert rule.with_groups == (frozenset({"de"}), frozenset({"inacceptable", "provocation", "farce"}))
    (root / "fr" / "triggers.tsv").write_text(
        header + "fr.accuse.qualifier\tqualifier\tV\t@approval\t\tACCUSE\tdisapprove\t111\tsubj\tobj\t\t0.6\t\n",
        encoding="utf-8")
    result = CliRunner().invoke(main, ["lexicon", "check", str(root / "fr")])
    assert result.exit_code == 1 and "approval" in result.output and "triggers.tsv:2" in result.output, result.output
