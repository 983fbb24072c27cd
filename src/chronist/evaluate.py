"""Score the coder against gold sentences (docs/gold-format.md), per language and split.

Reads chronist's gold format and PLOVER's GSR file as it is. Reports precision, recall and
F1 for event types and for (type, source country, target country) triples, per-record type
accuracy, flag accuracy, date accuracy at gold precision, place accuracy (country and exact
GeoNames id), and a reliability table of the coder's confidence.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import InputError
from .extraction import article_id, blank_residue, find_dateline
from .model import Article, Event
from .pipeline import Pipeline
from .sources import parse_date

__all__ = ["GoldSentence", "Scores", "evaluate", "read_gold"]

# old CAMEO codes in PLOVER's GSR; Kosovo has no ISO code: XKX (EU, IMF) is CAMEO's KOS
_OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "XKX": "KOS"}
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@dataclass
class GoldSentence:
    id: str
    lang: str
    text: str
    published: dt.date | None
    split: str
    events: list[dict[str, Any]]
    toponyms: list[dict[str, Any]] = field(default_factory=list)
    corpus: str = ""


def _country(actor: dict[str, Any]) -> str:
    code = actor.get("country") or actor.get("code") or "-"
    code = str(code)[:3].upper() if code != "-" else "-"
    return _OLD_CODES.get(code, code)


def read_gold(paths: Iterable[str | Path]) -> Iterator[GoldSentence]:
    for raw in paths:
        path = Path(raw)
        files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            records = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
            if records and "events" not in records[0] and "event_type" in records[0]:
                yield from _gsr(records, file)
                continue
            for r in records:
                yield GoldSentence(r["id"], r.get("lang", "en"), r["text"], parse_date(r.get("published")),
                                   r.get("split", "dev"), r.get("events", []), r.get("toponyms", []),
                                   corpus=f"{file.parent.name}/{file.stem}")


def _gsr(records: list[dict[str, Any]], file: Path) -> Iterator[GoldSentence]:
    """PLOVER's GSR: one record per event; records with the same text are one sentence."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        grouped[r["text"]].append(r)
    for text, recs in grouped.items():
        events = [{"event_type": r["event_type"], "mode": r.get("mode"),
                   "source": r.get("source") or [], "target": r.get("target") or []}
                  for r in recs if r.get("event_type") in PLOVER_TYPES]
        yield GoldSentence(recs[0]["id"], recs[0].get("language", "en"), text, None, "gsr", events,
                           corpus=file.stem)


# PLOVER's GSR writes every intergovernmental organisation as "IGO", and international NGOs too (Amnesty
# International, the Red Cross and Red Crescent); chronist names the UN and the EU, and codes NGOs as NGO
_GSR_CODES = {"UNO": "IGO", "EUR": "IGO", "NGO": "IGO"}


def _triples(event: dict[str, Any] | Event, codes: dict[str, str] | None = None) -> list[tuple[str, str, str]]:
    if isinstance(event, Event):
        etype = event.event_type
        codes = codes or {}
        src = [codes.get(a.country or "-", a.country or "-") for a in event.source] or ["-"]
        tgt = [codes.get(a.country or "-", a.country or "-") for a in event.target] or ["-"]
    else:
        etype = event["event_type"]
        src = [_country(a) for a in event.get("source") or []] or ["-"]
        tgt = [_country(a) for a in event.get("target") or []] or ["-"]
    return [(etype, s, t) for s in src for t in tgt]


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: Counter[Any], pred: Counter[Any]) -> None:
        overlap = sum((gold & pred).values())
        self.tp += overlap
        self.fp += sum(pred.values()) - overlap
        self.fn += sum(gold.values()) - overlap

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Ratio:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.hit += int(ok)

    @property
    def value(self) -> float | None:
        return round(self.hit / self.total, 3) if self.total else None


@dataclass
class Scores:
    sentences: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    types: PRF = field(default_factory=PRF)
    triples: PRF = field(default_factory=PRF)
    record_type: Ratio = field(default_factory=Ratio)
    flags: Ratio = field(default_factory=Ratio)
    date: Ratio = field(default_factory=Ratio)
    place_country: Ratio = field(default_factory=Ratio)
    place_exact: Ratio = field(default_factory=Ratio)
    toponym_exact: Ratio = field(default_factory=Ratio)
    reliability: dict[int, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    per_type: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))

    def as_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences, "gold_events": self.gold_events, "predicted_events": self.predicted_events,
            "event_type": self.types.as_dict(), "triple": self.triples.as_dict(),
            "record_type_accuracy": self.record_type.value, "flag_accuracy": self.flags.value,
            "date_accuracy": self.date.value, "date_n": self.date.total,
            "place_country_accuracy": self.place_country.value, "place_exact_accuracy": self.place_exact.value,
            "place_n": self.place_country.total,
            "toponym_exact_accuracy": self.toponym_exact.value, "toponym_n": self.toponym_exact.total,
            "reliability": {f"{b / 10:.1f}-{(b + 1) / 10:.1f}": {"n": r.total, "precision": r.value}
                            for b, r in sorted(self.reliability.items())},
            "per_type_f1": {t: round(p.f1, 3) for t, p in sorted(self.per_type.items())},
        }


def _code_sentence(pipeline: Pipeline, gold: GoldSentence) -> Article | None:
    # a whole article's wire dateline places its events, as `chronist extract` finds it; scraper residue
    # (captions, credits, "Lesen Sie auch:") is blanked, as `chronist extract` drops it
    article = Article(article_id=article_id(gold.text), text=blank_residue(gold.text), title=None, published=gold.published,
                      published_source="input", lang=gold.lang, lang_confidence=1.0, url=None, domain=None,
                      origin=gold.id, dateline=find_dateline(gold.text)[0])
    try:
        return pipeline.code(article)
    except InputError:
        return None


def _pair(gold: list[dict[str, Any]], events: list[Event]) -> list[tuple[dict[str, Any], Event | None]]:
    """Each gold event with its own predicted event of the same type (flags, date and place are scored on
    that pair), each prediction used once: the pairs sharing most (type, source, target) triples are made
    first, and of equals those with the same date (a sentence's coup and its dissolution of a party pair
    by when they happened), then in text order."""
    ranked = sorted(
        ((len(set(_triples(g)) & set(_triples(e))), bool(g.get("date")) and e.date == g.get("date"), -gi, -pi, gi, pi)
         for gi, g in enumerate(gold) for pi, e in enumerate(events) if e.event_type == g["event_type"]),
        reverse=True)
    matched: dict[int, Event] = {}
    used: set[int] = set()
    for *_, gi, pi in ranked:
        if gi not in matched and pi not in used:
            matched[gi] = events[pi]
            used.add(pi)
    return [(g, matched.get(gi)) for gi, g in enumerate(gold)]


def _score_one(s: Scores, gold: GoldSentence, events: list[Event], found: list[Any] | None) -> None:
    s.sentences += 1
    s.gold_events += len(gold.events)
    s.predicted_events += len(events)
    gold_types = Counter(e["event_type"] for e in gold.events)
    pred_types = Counter(e.event_type for e in events)
    s.types.add(gold_types, pred_types)
    for t in set(gold_types) | set(pred_types):
        s.per_type[t].add(Counter({t: gold_types[t]}), Counter({t: pred_types[t]}))
    codes = _GSR_CODES if gold.split == "gsr" else None
    s.triples.add(Counter(t for e in gold.events for t in _triples(e)),
                  Counter(t for e in events for t in _triples(e, codes)))
    gold_left = Counter(gold_types)
    for e in sorted(events, key=lambda e: -e.confidence):
        ok = gold_left[e.event_type] > 0
        if ok:
            gold_left[e.event_type] -= 1
        s.reliability[min(9, int(e.confidence * 10))].add(ok)
    for g, match in _pair(gold.events, events):
        s.record_type.add(g["event_type"] in pred_types)
        if match is None:
            continue
        s.flags.add(all(bool(g.get(f, False)) == getattr(match, f) for f in ("negated", "hypothetical", "future")))
        if g.get("date") and g.get("date_precision") and g["date_precision"] != "publication":
            s.date.add(match.date == g["date"])
        elif g.get("date_precision") == "publication" and gold.published:
            # right when it also fell back, or when the expression it read names the same day
            s.date.add(match.date_precision == "publication" or match.date == gold.published.isoformat())
        for loc in g.get("location") or []:
            pred = match.location[0] if match.location else None
            wanted = _OLD_CODES.get(loc["country"], loc["country"]) if loc.get("country") else loc.get("country")
            s.place_country.add(pred is not None and pred.country == wanted)  # (Kosovo: XKX is KOS)
            if loc.get("geonames_id") is not None:  # a gold place without an id is scored by country only
                s.place_exact.add(pred is not None and pred.geonames_id == loc["geonames_id"])
            break
    if gold.toponyms and found is not None:
        for top in gold.toponyms:
            hit = next((t for t in found if t.text == top.get("text")), None)
            s.toponym_exact.add(hit is not None and bool(hit.candidates) and
                                hit.candidates[0].geonames_id == top.get("geonames_id"))


def _by_sentence(gold: GoldSentence, events: list[Event]) -> list[tuple[GoldSentence, list[Event]]]:
    """A whole article whose gold events name their `sentence` is scored sentence by sentence: each
    predicted event counts in the gold sentence its evidence overlaps, or alone in its own sentence
    (a false positive there). Without `sentence` fields the record is one unit."""
    if not gold.events or not all(e.get("sentence") for e in gold.events):
        return [(gold, events)]
    spans: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for e in gold.events:
        start = gold.text.find(e["sentence"])
        if start < 0:
            raise ValueError(f"{gold.id}: gold sentence not in the text: {e['sentence'][:60]!r}")
        spans.setdefault((start, start + len(e["sentence"])), []).append(e)
    units: dict[tuple[int, int], list[Event]] = {span: [] for span in spans}
    for ev in events:
        a, b = ev.evidence.char_start, ev.evidence.char_end
        home = max(spans, key=lambda sp: min(b, sp[1]) - max(a, sp[0]))
        units.setdefault(home if min(b, home[1]) > max(a, home[0]) else (a, b), []).append(ev)
    return [(replace(gold, text=gold.text[sp[0]:sp[1]], events=spans.get(sp, [])), evs)
            for sp, evs in sorted(units.items())]


def evaluate(gold: Iterable[GoldSentence], pipeline: Pipeline | None = None) -> dict[tuple[str, str], Scores]:
    """Scores keyed by (language, split); ('all', split) aggregates languages."""
    pipeline = pipeline or Pipeline()
    scores: dict[tuple[str, str], Scores] = defaultdict(Scores)
    for g in gold:
        article = _code_sentence(pipeline, g)
        events = list(article.events) if article else []
        # toponyms are looked up once per sentence, then scored for the language and for "all"
        found = pipeline.timeplace.gazetteer.find_toponyms(g.text, g.lang) \
            if g.toponyms and pipeline.options.geocode else None
        for i, (unit, unit_events) in enumerate(_by_sentence(g, events)):
            for key in ((g.lang, g.split), ("all", g.split)):
                _score_one(scores[key], unit, unit_events, found if i == 0 else None)
    return dict(scores)
