"""Kill a real ingest process mid-run; the rerun loses nothing and duplicates nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chronist.store import Store

COUNTRIES = ["Frankreich", "Polen", "Italien", "Spanien", "Kenia", "Ägypten", "Brasilien", "Japan", "Indien", "Ghana"]


def write_corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        a, b = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i * 3 + 1) % len(COUNTRIES)]
        text = (f"Die Regierung von {a} hat am Montag die Regierung von {b} scharf kritisiert. "
                f"Der Außenminister von {a} besuchte nach Angaben der Behörden {b} zu Gesprächen über Handel. "
                f"Bei einer Kundgebung in der Hauptstadt protestierten {100 + i} Menschen gegen die Regierung. "
                f"Die Meldung trägt die Nummer {i} und ist damit eindeutig.")
        (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")


def cli(db: Path, corpus: Path, config: Path) -> list[str]:
    return [sys.executable, "-m", "chronist", "--config", str(config), "-v", "ingest", str(corpus),
            "--db", str(db), "--quiet", "--published", "2024-01-10"]


def snapshot(db: Path) -> tuple[list[str], list[str], int]:
    with Store(db, read_only=True) as store:
        articles = [r[0] for r in store.con.execute("SELECT article_id FROM articles ORDER BY 1").fetchall()]
        events = [r[0] for r in store.con.execute("SELECT event_id FROM events ORDER BY 1").fetchall()]
        actors = store.con.execute("SELECT count(*) FROM event_actors").fetchall()[0][0]
    return articles, events, actors


@pytest.mark.slow
def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 150)
    config = tmp_path / "c.toml"
    config.write_text("batch_size = 10\ngeocode = false\n", encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    clean_db = tmp_path / "clean.duckdb"
    subprocess.run(cli(clean_db, corpus, config), check=True, capture_output=True, env=env, timeout=600)
    clean = snapshot(clean_db)
    assert len(clean[0]) == 150

    db = tmp_path / "killed.duckdb"
    with subprocess.Popen(cli(db, corpus, config), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                          text=True, env=env) as proc:
        assert proc.stderr is not None
        committed = 0
        deadline = time.monotonic() + 300
        for line in proc.stderr:
            if "committed a batch" in line:
                committed += 1
                if committed == 3:
                    break
            assert time.monotonic() < deadline, "ingest never committed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    partial = snapshot(db)
    assert 30 <= len(partial[0]) < 150  # what was committed survived; the run was really cut short

    subprocess.run(cli(db, corpus, config), check=True, capture_output=True, env=env, timeout=600)
    assert snapshot(db) == clean
