"""Bad input gets a clear one-line reason; the rest of the batch is stored."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronist.cli import main
from chronist.config import load_options
from chronist.errors import InputError
from chronist.extraction import extract_article
from chronist.model import RawDocument
from chronist.store import Store

from .test_sources import make_warc

GOOD_DE = ("Die Regierung Italiens hat am Dienstag den Botschafter Russlands einbestellt. Rom kritisierte die "
           "Festnahme zweier italienischer Journalisten in Moskau scharf und forderte ihre sofortige Freilassung.")
GOOD_EN = ("Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Monday for talks on the border "
           "dispute, officials said. Both sides agreed to reopen the crossing at Moyale next month.")
OPTIONS = load_options(geocode=False)
# the WARC writer of the test helper leaves temporary payload files to the garbage collector
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


def test_mixed_batch_reports_each_failure_and_stores_the_rest(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "01_good.txt").write_text(GOOD_DE, encoding="utf-8")
    (src / "02_empty.txt").write_bytes(b"")
    (src / "03_junk.html").write_bytes(bytes(range(256)) * 40)
    (src / "04_latin1.txt").write_bytes(GOOD_DE.replace("Italiens", "Österreichs").encode("latin-1"))
    (src / "05_cp1252.txt").write_bytes((GOOD_EN + " \u201cWe are satisfied,\u201d he said.").encode("cp1252"))
    (src / "06_truncated.html").write_text(f"<html><body><article><p>{GOOD_EN}</p><p>More text abou", encoding="utf-8")
    with (src / "07_huge.html").open("wb") as fh:
        fh.write(b"<html><body><p>")
        fh.write(b"news " * (50 * 1024 * 1024 // 5))
    (src / "08_french.txt").write_text("Le ministre a rencontré lundi son homologue allemand à Paris pour discuter "
                                       "de la guerre en Ukraine et de l'aide militaire.", encoding="utf-8")
    make_warc(src / "09_crawl.warc", [("https://n.example/a", "text/html", f"<html><body><p>{GOOD_EN} Second.</p></body></html>".encode()),
                                      ("https://n.example/img.png", "image/png", b"\x89PNG....")])
    (src / "10_feed.jsonl").write_text(json.dumps({"text": GOOD_EN + " Third."}) + "\n{broken\n", encoding="utf-8")
    db = tmp_path / "b.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(src), "--db", str(db), "--quiet"], catch_exceptions=False)
    assert result.exit_code == 0
    out = result.output
    assert "12 seen, 6 stored, 0 skipped as duplicate, 6 failed" in out, out
    for origin, reason in (("02_empty.txt", "empty"), ("03_junk.html", "binary"), ("07_huge.html", "too-large"),
                           ("08_french.txt", "unsupported-language"), ("09_crawl.warc#3", "not-html")):
        assert f"{origin}: {reason}:" in out, (origin, out)
    assert "10_feed.jsonl:2: bad-record" in out
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 6
        assert store.counts()["errors"] == 6
        texts = [r[7] for r in store.articles()]
    assert any("Österreichs" in t for t in texts) and any("\u201cWe are satisfied,\u201d" in t for t in texts)


def test_nothing_readable_exits_nonzero(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "e.txt"), "--db", str(tmp_path / "x.duckdb"), "--quiet"])
    assert result.exit_code == 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes_never_crash(data):
    try:
        article = extract_article(RawDocument("fuzz", data), OPTIONS)
    except InputError as exc:
        assert exc.reason and str(exc)
    else:
        assert article.text and article.article_id


_tag = st.sampled_from(["p", "div", "article", "span", "h1", "script", "style", "nav", "a", "b", "table", "td"])
_html = st.recursive(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
    lambda inner: st.builds(lambda t, body, close: f"<{t}>{body}" + (f"</{t}>" if close else ""),
                            _tag, inner, st.booleans()),
    max_leaves=20,
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_html, max_size=6))
def test_random_html_never_crashes(parts):
    html = "<html><body>" + "".join(parts)
    try:
        article = extract_article(RawDocument("fuzz.html", html, "html"), OPTIONS)
    except InputError as exc:
        assert exc.reason
    else:
        assert article.lang in OPTIONS.languages
