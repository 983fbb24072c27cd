"""scripts/build_cameo_verbs.py and the rules it writes (en/triggers_cameo.tsv).

The parser is tested on a small made-up dictionary; the comparison of the committed file with a
fresh build needs the reference data (CHRONIST_REFERENCE_DATA, default <repo>/../shared/data) and
is skipped without it. The coder tests use the committed file, so they need no reference data.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from chronist.config import load_options
from chronist.lexicon import load_lexicon
from chronist.pipeline import Pipeline
from tests.scripts_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "src" / "chronist" / "lexicons" / "en" / "triggers_cameo.tsv"
REFERENCE = Path(os.environ.get("CHRONIST_REFERENCE_DATA", str(ROOT.parent / "shared" / "data")))
CAMEO = REFERENCE / "phoenix" / "CAMEO.2.0.txt"


bcv = load_script("build_cameo_verbs")

MINI = """\
# a made-up dictionary in the CAMEO.2.0 format
&TRUCE
+TRUCE
+CEASEFIRE
+CEASE_FIRE

&CROWD_
+MOB

####### VERB PATTERNS #######

---  PILFER   [171]  ---
PILFER
FILCH {FILCHES FILCHED }  # ab 1 Jan 2005
+MAKE_OFF_WITH [171]
- * AID                                           [162]         # FILCH
- * &TRUCE                                        [196]         # PILFER
- * {PEACE TALKS}                                 [:046]        # PILFER
- * SHOPPING                                      [---]         # PILFER

---  DISCUSS   [040]  ---
DISCUSS
CHAT [---]
TREAT [0832]
- * (WITH)                                        [046]         # DISCUSS
- * (WITH &UNDEFINED)                             [046]         # DISCUSS
- * DEAL (OVER {THE FENCE})                        [046]         # DISCUSS
- * DEAL (OVER {THE NEW BORDER FENCE})            [046]         # DISCUSS
- * SIT-IN                                        [141]         # DISCUSS
- * (ON APPEAL)                                   [0253:1053]   # CHAT
- * TERMS                                         [0831]        # TREAT
- * TERMS                                         [1041]        # TREAT
- * PRISONERS                                     [0841]        # LIBERATE

---  REMARK   [010]  ---
REMARK
- * ATTACK                                        [190]         # REMARK
"""


@pytest.fixture(scope="module")
def mini() -> dict[str, dict[str, str]]:
    synsets, blocks = bcv.parse(MINI)
    assert synsets["&TRUCE"] == ("TRUCE", "CEASEFIRE", "CEASE_FIRE")
    assert [b.name for b in blocks] == ["PILFER", "DISCUSS", "REMARK"]
    assert blocks[0].verbs == {"PILFER": "171", "FILCH": "171"}  # the multi-word verb is left out
    assert blocks[1].verbs == {"DISCUSS": "040", "CHAT": None, "TREAT": "0832"}
    codes = bcv.meanings(bcv.codebook(), ROOT / "src" / "chronist" / "lexicons" / "xx" / "cameo.tsv")
    return {row["id"]: row for row in bcv.rules(blocks, synsets, codes)}


def test_mini_verb_rules(mini: dict[str, dict[str, str]]) -> None:
    pilfer = mini["en.cameo.pilfer.171"]
    assert (pilfer["with"], pilfer["event_type"], pilfer["mode"], pilfer["source"]) == ("", "COERCE", "seize", "subj")
    assert pilfer["without"] == "shopping|shoppings"  # a null pattern of one word vetoes the verb rule
    assert "en.cameo.filch.171" in mini
    assert not any(r["lemma"] == "discuss" and not r["with"] for r in mini.values())  # 040 is a general code
    assert not any(r["lemma"] == "chat" and not r["with"] for r in mini.values())  # [---]: no event


def test_mini_patterns(mini: dict[str, dict[str, str]]) -> None:
    # a pattern belongs to the verb its comment names, else to the verb the block is named after
    aid = mini["en.cameo.filch.162"]
    assert (aid["with"], aid["event_type"]) == ("aid|aids", "SANCTION")
    assert "en.cameo.pilfer.162" not in mini
    truce = mini["en.cameo.pilfer.196"]  # a synonym set is one group of its one-word members
    assert truce["with"] == "ceasefire|ceasefires|truce|truces" and truce["event_type"] == "ASSAULT"
    # an appeal (02x) is a REQUEST with the mode of the matching demand
    appeal = mini["en.cameo.chat.0253"]
    assert (appeal["with"], appeal["event_type"], appeal["mode"]) == ("on;appeal|appeals", "REQUEST", "yield")
    # "LIBERATE" is not in the block: the pattern goes to the block's own verb
    assert mini["en.cameo.discuss.0841"]["with"] == "prisoner|prisoners"
    deal = mini["en.cameo.discuss.046"]  # each word of a phrase is a group; articles are dropped
    assert (deal["with"], deal["event_type"]) == ("deal|deals;over;fence|fences", "CONSULT")


def test_mini_left_out(mini: dict[str, dict[str, str]]) -> None:
    withs = {(r["lemma"], r["with"]) for r in mini.values()}
    assert not any(w.startswith("peace") for _, w in withs)  # [:046] has no primary event
    assert ("discuss", "with") not in withs  # only a preposition
    assert not any("border" in w for _, w in withs)  # more than MAX_GROUPS words
    assert not any("undefined" in w or "sit" in w for _, w in withs)  # undefined set, hyphenated word
    assert not any(lemma == "treat" and "term" in w for lemma, w in withs)  # listed as CONCEDE and REQUEST
    assert not any(lemma == "remark" for lemma, _ in withs)  # a speech verb's patterns


@pytest.mark.reference
def test_committed_file_matches_a_fresh_build(tmp_path: Path) -> None:
    """The committed rules are exactly what the script makes from the dictionary: they cannot drift."""
    if not CAMEO.is_file():
        pytest.skip(f"CAMEO verb dictionary not found at {CAMEO} (set CHRONIST_REFERENCE_DATA)")
    fresh = tmp_path / "triggers_cameo.tsv"
    bcv.build(CAMEO, fresh)
    assert GENERATED.read_bytes() == fresh.read_bytes(), (
        "en/triggers_cameo.tsv differs from a fresh build: run scripts/build_cameo_verbs.py"
    )


def test_hand_rules_keep_their_lemmas() -> None:
    """A generated rule is loaded only for a lemma without a hand-written rule."""
    lexicon = load_lexicon("en")
    assert all(r.id.startswith("en.cameo.") for r in lexicon.triggers["commandeer"])
    impose = lexicon.triggers["impose"]
    assert impose and not any(r.id.startswith("en.cameo.") for r in impose)


PIPE = Pipeline(load_options(geocode=False))


def coded(text: str) -> set[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """(type, rule, source countries, target countries) of every event in one English sentence."""
    return {(e.event_type, e.evidence.rule, tuple(a.country or "-" for a in e.source),
             tuple(a.country or "-" for a in e.target))
            for e in PIPE.extract(text, published="2024-03-06", lang="en").events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Syrian rebels commandeered two Turkish aid trucks near Idlib on Friday.",
     ("COERCE", "en.cameo.commandeer.171", ("SYR",), ("TUR",))),
    ("Ethiopian soldiers dynamited a bridge used by Eritrean troops on Sunday.",
     ("ASSAULT", "en.cameo.dynamite.193", ("ETH",), ("ERI",))),
    ("Belarusian judges acquitted two Lithuanian journalists on Tuesday.",
     ("CONCEDE", "en.cameo.acquit.081", ("BLR",), ("LTU",))),
])
def test_generated_verbs_code(text: str, expected: tuple[str, str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in coded(text), coded(text)


def test_hand_rule_wins() -> None:
    # "impose" + "sanctions" is also a CAMEO pattern; the hand-written rule codes it
    found = coded("The European Union imposed new sanctions on Belarus on Monday.")
    assert ("SANCTION", "en.sanction.impose_sanctions", ("EUR",), ("BLR",)) in found, found
    assert not any(rule.startswith("en.cameo.") for _, rule, _, _ in found)
