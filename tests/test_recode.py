"""`chronist recode` swaps stored events for the current coder's, and only where the coder changed."""

from __future__ import annotations

from click.testing import CliRunner

from chronist.cli import main
from chronist.store import Store

TEXT = ("Der Außenminister Perus traf am Montag in Lima seinen chilenischen Amtskollegen zu Gesprächen über "
        "die gemeinsame Grenze. Beide Regierungen vereinbarten eine engere Zusammenarbeit beim Grenzschutz.")


def test_recode_replaces_events_of_older_coders(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "r.duckdb"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(src), "--db", str(db), "--quiet", "--published", "2024-03-05"]).exit_code == 0
    with Store(db) as store:
        before = store.con.execute("SELECT event_id, event_type FROM events ORDER BY 1").fetchall()
        assert before
        current = store.con.execute("SELECT coder FROM articles").fetchall()[0][0]
        # pretend an older lexicon coded the article: one stale event and an old coder stamp
        store.con.execute("UPDATE articles SET coder = 'chronist-rules/0.0.1+old'")
        store.con.execute("DELETE FROM events WHERE event_id = ?", [before[0][0]])
    result = runner.invoke(main, ["recode", "--db", str(db)])
    assert "recoded 1 articles, 0 already current" in result.output
    with Store(db) as store:
        after = store.con.execute("SELECT event_id, event_type FROM events ORDER BY 1").fetchall()
        actors = store.con.execute("SELECT count(*) FROM event_actors").fetchall()[0][0]
        stamp = store.con.execute("SELECT coder FROM articles").fetchall()[0][0]
    assert after == before and stamp == current
    assert actors >= len(after)
    again = runner.invoke(main, ["recode", "--db", str(db)])
    assert "recoded 0 articles, 1 already current" in again.output
