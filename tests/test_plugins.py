"""The plug-in path: an LLM behind a local OpenAI-compatible stub server, and a module:factory coder."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from chronist.config import load_options
from chronist.errors import CoderError, ConfigError
from chronist.pipeline import Pipeline

SENTENCE = "Der ägyptische Präsident empfing am Montag in Kairo den Außenminister Jordaniens zu Gesprächen."


class _Stub(BaseHTTPRequestHandler):
    requests: list[dict] = []
    garbage = False  # answer with content that is not the events JSON

    def do_POST(self) -> None:  # noqa: N802 (http.server API)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Stub.requests.append(body)
        if _Stub.garbage:
            self._send({"choices": [{"message": {"role": "assistant", "content": "Sure! Here are the events: ..."}}]})
            return
        events = [
            {"event_type": "CONSULT", "mode": "visit", "cameo": "043", "trigger": "empfing",
             "source": [{"text": "Außenminister Jordaniens", "country": "JOR", "sector": "GOV"}],
             "target": [{"text": "Der ägyptische Präsident", "country": "EGY", "sector": "GOV"}], "confidence": 0.9},
            {"event_type": "MEET", "trigger": "empfing", "source": [], "target": []},  # not PLOVER: dropped
            {"event_type": "ASSAULT", "trigger": "bombardierte", "source": [], "target": []},  # not in sentence: dropped
        ]
        self._send({"choices": [{"message": {"role": "assistant", "content": json.dumps({"events": events})}}]})

    def _send(self, answer: dict) -> None:
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def stub_url():
    server = HTTPServer(("127.0.0.1", 0), _Stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_llm_coder_validates_answers(stub_url):
    options = load_options(coder="llm", geocode=False, extra={"llm_url": stub_url, "llm_model": "tiny"})
    article = Pipeline(options).extract(SENTENCE, published="2024-02-13", lang="de")
    assert [e.event_type for e in article.events] == ["CONSULT"]
    event = article.events[0]
    assert event.evidence.rule == "llm:tiny" and event.cameo == "043" and event.quad_class == 1
    assert article.text[event.evidence.trigger.char_start:event.evidence.trigger.char_end] == "empfing"
    src = event.source[0]
    assert article.text[src.char_start:src.char_end] == "Außenminister Jordaniens" and src.country == "JOR"
    assert event.date == "2024-02-12" and event.date_precision == "day"  # time/place stages still run
    sent = _Stub.requests[-1]
    assert sent["model"] == "tiny" and sent["response_format"]["type"] == "json_schema"


def test_llm_coder_skips_an_answer_that_is_not_json(stub_url, monkeypatch):
    monkeypatch.setattr(_Stub, "garbage", True)
    options = load_options(coder="llm", geocode=False, extra={"llm_url": stub_url})
    article = Pipeline(options).extract(SENTENCE, published="2024-02-13", lang="de")
    assert article.events == () and article.text.startswith("Der ägyptische")


def test_llm_coder_down_is_one_clear_error():
    server = HTTPServer(("127.0.0.1", 0), _Stub)
    port = server.server_address[1]
    server.server_close()  # nothing listens on this port now
    options = load_options(coder="llm", geocode=False, extra={"llm_url": f"http://127.0.0.1:{port}", "llm_timeout": 5})
    with pytest.raises(CoderError, match=f"no answer from http://127.0.0.1:{port}"):
        Pipeline(options).extract(SENTENCE, lang="de")


def test_factory_coder(tmp_path, monkeypatch):
    (tmp_path / "mycoder.py").write_text(
        "class C:\n    name = 'mine'\n    def code(self, article, sentences):\n        return []\n"
        "def make(lang, options):\n    return C()\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    article = Pipeline(load_options(coder="mycoder:make", geocode=False)).extract(SENTENCE, lang="de")
    assert article.events == ()
    with pytest.raises(ConfigError, match="cannot load coder"):
        Pipeline(load_options(coder="nowhere:make")).extract(SENTENCE, lang="de")
