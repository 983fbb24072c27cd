"""The scorer itself: pairing gold and predicted events, and what is scored on a pair."""

from __future__ import annotations

from dataclasses import replace

from chronist.evaluate import GoldSentence, Scores, _by_sentence, _pair, _score_one
from chronist.model import Actor, Event, Evidence, Place, Span


def _event(etype: str, src: str, tgt: str, date: str) -> Event:
    actor = lambda c: Actor(text=c, name=None, country=c, sector="GOV", cameo_actor=c + "GOV",  # noqa: E731
                            char_start=0, char_end=1)
    return Event(event_id=f"{etype}{src}{tgt}", article_id="a", url=None, event_type=etype, mode=None, cameo="190",
                 quad_class=4, goldstein=-10.0, source=(actor(src),), target=(actor(tgt),),
                 evidence=Evidence(sentence="x", char_start=0, char_end=1, trigger=Span("x", 0, 1), rule="r"),
                 confidence=0.9, coder="t", date=date, date_precision="day")


def _gold(etype: str, src: str, tgt: str, date: str) -> dict:
    return {"event_type": etype, "source": [{"country": src}], "target": [{"country": tgt}], "date": date,
            "date_precision": "day"}


def test_each_gold_event_is_scored_against_its_own_prediction():
    gold = [_gold("ASSAULT", "RUS", "UKR", "2024-03-04"), _gold("ASSAULT", "UKR", "RUS", "2024-03-05")]
    predicted = [_event("ASSAULT", "UKR", "RUS", "2024-03-05"), _event("ASSAULT", "RUS", "UKR", "2024-03-04")]
    pairs = _pair(gold, predicted)
    assert [(g["source"][0]["country"], e.source[0].country) for g, e in pairs] == [("RUS", "RUS"), ("UKR", "UKR")]
    scores = Scores()
    sentence = GoldSentence(id="s", lang="en", text="x", published=None, split="dev", events=gold)
    _score_one(scores, sentence, predicted, None)
    assert scores.date.value == 1.0


def test_a_prediction_is_paired_once():
    gold = [_gold("ASSAULT", "RUS", "UKR", "2024-03-04"), _gold("ASSAULT", "RUS", "UKR", "2024-03-04")]
    pairs = _pair(gold, [_event("ASSAULT", "RUS", "UKR", "2024-03-04")])
    assert pairs[0][1] is not None and pairs[1][1] is None


def test_the_best_pairs_are_made_first_and_equals_pair_by_date():
    # gold events choosing in turn, the first would take the event that only the second can share a date with
    both = _event("ASSAULT", "RUS", "UKR", "2024-03-05")
    both = replace(both, target=both.target + _event("ASSAULT", "RUS", "POL", "2024-03-05").target)
    gold = [_gold("ASSAULT", "RUS", "UKR", "2024-03-04"), _gold("ASSAULT", "RUS", "POL", "2024-03-05")]
    predicted = [both, _event("ASSAULT", "RUS", "UKR", "2024-03-04")]
    assert [(g["date"], e.date) for g, e in _pair(gold, predicted)] == [("2024-03-04", "2024-03-04"),
                                                                          ("2024-03-05", "2024-03-05")]
    # equal triples: the same date decides
    gold = [_gold("ASSAULT", "RUS", "UKR", "2024-03-05")]
    predicted = [_event("ASSAULT", "RUS", "UKR", "2024-03-04"), _event("ASSAULT", "RUS", "UKR", "2024-03-05")]
    assert _pair(gold, predicted)[0][1].date == "2024-03-05"


def test_gsr_triples_use_the_gsr_igo_code():
    un = Actor(text="UN", name=None, country="UNO", sector="IGO", cameo_actor="IGOUNO", char_start=0, char_end=2)
    event = _event("CONSULT", "IRQ", "IRQ", "2024-03-04")
    gold = [{"event_type": "CONSULT", "source": [{"code": "IGO"}], "target": [{"code": "IRQ"}]}]
    sentence = GoldSentence(id="g", lang="en", text="x", published=None, split="gsr", events=gold)
    scores = Scores()
    _score_one(scores, sentence, [replace(event, source=(un,))], None)
    assert scores.triples.tp == 1
    dev = GoldSentence(id="d", lang="en", text="x", published=None, split="dev", events=gold)
    scores = Scores()
    _score_one(scores, dev, [replace(event, source=(un,))], None)
    assert scores.triples.tp == 0
    # the GSR writes international NGOs as IGO too ("Amnesty International")
    amnesty = Actor(text="Amnesty International", name=None, country="NGO", sector="NGO", cameo_actor="NGOHRIAMN",
                    char_start=0, char_end=21)
    scores = Scores()
    _score_one(scores, sentence, [replace(event, source=(amnesty,))], None)
    assert scores.triples.tp == 1


def test_an_article_is_scored_sentence_by_sentence_when_gold_names_the_sentence():
    text = "Russia shelled Kharkiv. Ukraine struck back. The weather was fine."
    second = text.index("Ukraine")
    gold = [dict(_gold("ASSAULT", "RUS", "UKR", "2024-03-04"), sentence="Russia shelled Kharkiv."),
            dict(_gold("ASSAULT", "UKR", "RUS", "2024-03-04"), sentence="Ukraine struck back.")]
    at = lambda e, a, b: replace(e, evidence=replace(e.evidence, char_start=a, char_end=b))  # noqa: E731
    # right triple, wrong sentence: both sentences lose it, and the third sentence's event is a false positive
    predicted = [at(_event("ASSAULT", "UKR", "RUS", "2024-03-04"), 0, 23),
                 at(_event("PROTEST", "UKR", "RUS", "2024-03-04"), len(text) - 5, len(text))]
    article = GoldSentence(id="p", lang="en", text=text, published=None, split="pages", events=gold)
    units = _by_sentence(article, predicted)
    assert [(u.text, len(u.events), len(evs)) for u, evs in units] == [
        ("Russia shelled Kharkiv.", 1, 1), ("Ukraine struck back.", 1, 0), (text[-5:], 0, 1)]
    scores = Scores()
    for unit, evs in units:
        _score_one(scores, unit, evs, None)
    assert (scores.triples.tp, scores.triples.fp, scores.triples.fn) == (0, 2, 2)
    assert units[1][0].text == text[second:second + len("Ukraine struck back.")]
    # without sentences the whole record is one unit and the same triple counts
    whole = replace(article, events=[_gold("ASSAULT", "UKR", "RUS", "2024-03-04")])
    assert _by_sentence(whole, predicted) == [(whole, predicted)]


def test_kosovo_s_codes_are_one():
    gold = [{"event_type": "ASSAULT", "source": [{"country": "SRB"}], "target": [{"country": "XKX"}]}]
    sentence = GoldSentence(id="k", lang="en", text="x", published=None, split="dev", events=gold)
    scores = Scores()
    _score_one(scores, sentence, [_event("ASSAULT", "SRB", "KOS", "2024-03-04")], None)
    assert scores.triples.tp == 1
    # and so for a place
    gold[0]["location"] = [{"name": "Pristina", "country": "XKX", "geonames_id": None}]
    pristina = Place("Pristina", "KOS", None, 42.67, 21.17, 786714, "city")
    scores = Scores()
    _score_one(scores, sentence, [replace(_event("ASSAULT", "SRB", "KOS", "2024-03-04"), location=(pristina,))], None)
    assert scores.place_country.value == 1.0


def test_an_article_is_coded_with_its_wire_dateline_as_chronist_extract_codes_it():
    from chronist.config import load_options
    from chronist.evaluate import _code_sentence
    from chronist.pipeline import Pipeline

    text = "KIEW (Reuters) - Die Regierung hat am Montag den Botschafter Ungarns einbestellt."
    gold = GoldSentence(id="d", lang="de", text=text, published=None, split="pages", events=[])
    article = _code_sentence(Pipeline(load_options(geocode=False)), gold)
    assert article is not None and article.dateline == "Kiew"


def test_an_article_is_scored_without_its_scraper_residue_as_extract_drops_it():
    from chronist.config import load_options
    from chronist.evaluate import _code_sentence
    from chronist.extraction import blank_residue
    from chronist.pipeline import Pipeline

    text = ("Kenya's president met Uganda's president in Nairobi on Monday.\n\n"
            "Photo: Kenya's president meets Uganda's president in Nairobi. (AFP)\n\n"
            "The two leaders agreed to reopen the border.")
    assert len(blank_residue(text)) == len(text) and "Photo" not in blank_residue(text)
    gold = GoldSentence(id="r", lang="en", text=text, published=None, split="pages", events=[])
    coded = _code_sentence(Pipeline(load_options(geocode=False)), gold)
    assert coded is not None and not [e for e in coded.events if "Photo" in e.evidence.sentence]
    assert [e for e in coded.events if e.evidence.sentence.startswith("Kenya")]  # the text around is coded
