"""Build chronist's generated English trigger rules from the CAMEO verb dictionary.

Reads PETRARCH's CAMEO verb dictionary (CAMEO.2.0.txt, MIT licence, Open Event Data Alliance)
and writes src/chronist/lexicons/en/triggers_cameo.tsv in the column format of
en/triggers.tsv (docs/lexicons.md). The loader uses a generated rule only for a lemma that has
no hand-written rule in triggers.tsv, so this file adds verbs and never changes the hand lexicon.

    python scripts/build_cameo_verbs.py [../shared/data/phoenix/CAMEO.2.0.txt]
        [--out src/chronist/lexicons/en/triggers_cameo.tsv]

Dictionary format, as read here (PETRARCH 1.0 conventions, see the file's header comments):
``#`` and ``;`` start comments. Synonym sets ``&NAME`` list their members on ``+`` lines
(``_`` joins the words of a phrase). A verb block starts with ``--- NAME [code] ---``; the
verbs of the block follow, one a line, with optional irregular forms in ``{...}`` and an
optional own code ``[code]`` (else the block's code; ``---`` is no event); ``+`` verb lines are
multi-word verbs. Patterns are ``- <words> * <words> [code] # VERB ...``: ``*`` is the verb,
``{...}`` a noun phrase, ``(...)`` a prepositional phrase, ``&NAME`` a synonym set, and ``+``,
``$``, ``^``, ``%`` mark target, source, skipped and compound actors. A code ``[a:b]`` is the
event ``a`` (``b`` is a second, reciprocal event); ``[:b]`` has no primary event.

What is carried over, and how:

* a verb's own or block code becomes a rule with no ``with``;
* a pattern becomes a rule whose ``with`` has one group per word of the pattern (a synonym set
  is one group of its one-word members; articles are dropped), for the verb its comment names
  (where the pattern was first found) if that verb is in the block, else for the verb the block
  is named after;
* a pattern with the code ``---`` and one word vetoes (``without``) its verb's rule;
* the CAMEO code gives the PLOVER type, mode and contexts through chronist's codebook
  (xx/cameo.tsv); appeals (02x) are REQUESTs with the mode of the matching demand (10x), and
  sanctions (163) are SANCTIONs as in the hand lexicon (``HAND_DECISIONS``).

What is left out (measured on the English dev set and the GSR: the bare verb rules of CAMEO.2.0
cost precision and gained nothing): codes with no PLOVER type (01x statements) and the general
code of every root (``specific``); the patterns of speech verbs (blocks coded 01x); multi-word
verbs; hyphenated words (spaCy splits them); patterns of more than ``MAX_GROUPS`` words, with no
content word (only prepositions and particles) or with an undefined synonym set; a verb+words
combination listed under two PLOVER types; a pattern that says no more than its verb's own
rule; and the bare verb rules of ``STOP_VERBS``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from chronist.lexicon import Codebook, _cameo_fits, _rows, codebook  # noqa: E402

#: The reference data folder, as the tests find it (CHRONIST_REFERENCE_DATA, default <repo>/../shared/data).
REFERENCE = Path(os.environ.get("CHRONIST_REFERENCE_DATA", str(ROOT.parent / "shared" / "data")))
DEFAULT_SOURCE = REFERENCE / "phoenix" / "CAMEO.2.0.txt"
OUT = ROOT / "src" / "chronist" / "lexicons" / "en" / "triggers_cameo.tsv"
COLUMNS = ["id", "lemma", "pos", "with", "without", "event_type", "mode", "cameo", "source", "target",
           "context", "confidence", "note"]
#: Prior of a generated rule, below the hand rules' default 0.7: a dictionary rule is less sure.
CONFIDENCE = "0.5"
#: Patterns with more words than this are idioms the same-clause `with` groups cannot pin down.
MAX_GROUPS = 3


def _words(text: str) -> frozenset[str]:
    """A set of whitespace-separated words (keeps long word lists readable)."""
    return frozenset(text.split())


#: Words that carry no meaning of their own in a pattern: articles are dropped, and a pattern made
#: only of prepositions and particles ("* (TO)", "* (AGAINST)") says too little to be kept.
ARTICLES = frozenset({"a", "an", "the"})
FUNCTION_WORDS = ARTICLES | _words(
    "about across after against along among around as at away back before behind between by down for from "
    "in into near of off on onto out over through to toward towards under until up upon with within without")

#: Verbs whose CAMEO default is wrong for most of their uses in news: common verbs with a weaker
#: everyday sense ("prefer", "value", "catch", "stock", "tax", "reside") and figurative ones ("savage" a
#: plan, "toast" a win, "pirate" a film). Their patterns (verb + object) are kept; only the bare verb
#: rule is dropped.
STOP_VERBS = _words(
    "affirm appropriate attire bless catch celebrate cheer commemorate confine crucify dishonor dishonour "
    "embolden enliven esteem extract favor favour galvanize gear grab guard infest inhabit inspire invigorate "
    "lecture oust outfit pirate pluck prefer prize protect reassert render reside revitalize revolutionise "
    "revolutionize reward rouse safeguard sanctify savage shield spur stock subvert tax tend tender toast "
    "value ward")

#: Where the target is, by CAMEO root: the object first, then the preposition each kind of act takes
#: ("appealed to", "met with", "aid to", "withdrew from", "protested against", "fired on").
TARGETS = {
    "02": "obj,pp:to|on",
    "03": "obj,pp:to|with",
    "04": "obj,pp:with|to",
    "05": "obj,pp:with|to",
    "06": "pp:with,obj",
    "07": "pp:to|for,obj",
    "08": "obj,pp:from|on|to",
    "09": "obj,pp:into|against",
    "10": "obj,pp:from|of|to",
    "11": "obj,pp:against|of",
    "12": "obj,pp:from|by",
    "13": "obj,pp:against|with",
    "14": "pp:against|outside,obj",
    "15": "pp:against|to|near|along,obj",
    "16": "obj,pp:with|on|against|from",
    "17": "obj,pp:on|against",
    "18": "obj,pp:on|against",
    "19": "obj,pp:on|against|with",
    "20": "obj,pp:on|against",
}

#: CAMEO codes that chronist's hand lexicon types differently from the codebook (en/triggers.tsv header):
#: imposed sanctions are SANCTION discontinue (PLOVER: "International sanctions are coded as
#: discontinue"), not COERCE.
HAND_DECISIONS = {"163": ("SANCTION", "discontinue")}

_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True)
class Pattern:
    """One pattern line: its words and markers in order, its code as written and the verb its comment names."""
    words: tuple[str, ...]
    code: str
    verb: str | None


@dataclass
class Block:
    """A verb block: its verbs with their codes (None: no event) and its patterns."""
    name: str
    code: str | None
    verbs: dict[str, str | None]
    patterns: list[Pattern]


@dataclass(frozen=True)
class Meaning:
    """A CAMEO code as chronist codes it."""
    event_type: str
    mode: str
    contexts: str


def _primary(code: str) -> str | None:
    """The primary event code of ``[a:b]``, ``[a]`` or ``[a!]``; None for ``---`` or ``[:b]``."""
    code = code.split(":")[0].strip().rstrip("!")
    return code if re.fullmatch(r"\d{2,4}", code) else None


def _strip_comment(line: str) -> tuple[str, str]:
    """The line without its comment, and the comment."""
    cut = min((i for i in (line.find("#"), line.find(";")) if i >= 0), default=len(line))
    return line[:cut].strip(), line[cut + 1:].strip()


def parse(text: str) -> tuple[dict[str, tuple[str, ...]], list[Block]]:
    """Synonym sets (name -> members as written) and verb blocks of a CAMEO verb dictionary."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: str | None = None
    block: Block | None = None
    block_code: str | None = None
    for raw in text.splitlines():
        if raw.startswith("---"):
            name = raw.strip("- \t")
            found = _CODE.search(name)
            block_code = _primary(found.group(1)) if found else None
            block = Block(_CODE.sub("", name).strip(), block_code, {}, [])
            blocks.append(block)
            current_set = None
            continue
        line, comment = _strip_comment(raw)
        if not line:
            continue
        if line.startswith("&"):
            current_set = line.rstrip("_")
            synsets[current_set] = []
            continue
        if line.startswith("+") and block is None and current_set is not None:
            synsets[current_set].append(line[1:].strip())
            continue
        if block is None:
            continue
        if line.startswith("-"):
            found = _CODE.search(line)
            if not found:
                continue
            named = re.match(r"[A-Z]+", comment)
            words = re.sub(r"[{}()]", " ", _CODE.sub("", line)[1:]).split()
            block.patterns.append(Pattern(tuple(words), found.group(1).strip(), named.group(0) if named else None))
            continue
        if line.startswith("+"):
            continue  # a multi-word verb ("+CALL_OFF")
        verb = re.sub(r"\{[^}]*\}", "", line)
        found = _CODE.search(verb)
        word = _CODE.sub("", verb).strip()
        if not re.fullmatch(r"[A-Z]+", word):
            continue
        own = found.group(1).strip() if found else None
        block.verbs[word] = block_code if own is None else _primary(own)
    return {k: tuple(v) for k, v in synsets.items()}, blocks


def _forms(word: str) -> frozenset[str]:
    """The spellings of one dictionary word in a `with` group: its singular and, as PETRARCH generates it,
    its regular plural (the dictionary writes either; the coder matches spaCy's lemma and the lowercased
    token). A trailing ``_`` marks a whole word that is not inflected ("NEWS_"), as are function words."""
    if word.endswith("_") or word.lower() in FUNCTION_WORDS:
        return frozenset({word.rstrip("_").lower()})
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "ches", "shes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return frozenset({word, word[:-1] + "ies"})
    return frozenset({word, word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")})


def groups(pattern: Pattern, synsets: dict[str, tuple[str, ...]]) -> tuple[frozenset[str], ...] | None:
    """The `with` groups of a pattern, or None when chronist's format cannot express it."""
    out: list[frozenset[str]] = []
    content = False
    for token in pattern.words:
        if token in ("*", "+", "$", "^", "%"):
            continue
        if token.startswith("&"):
            members = synsets.get(token.rstrip("_"), ())
            single = [m for m in members if re.fullmatch(r"[A-Za-z]+_?", m)]
            if not single:
                return None
            out.append(frozenset().union(*(_forms(m) for m in single)))
            content = True
            continue
        whole = token.endswith("_")
        parts = token.strip("_").split("_")
        for i, part in enumerate(parts):
            if not re.fullmatch(r"[A-Za-z]+", part):
                return None
            if part.lower() not in ARTICLES:
                out.append(_forms(part + ("_" if whole and i == len(parts) - 1 else "")))
                content = content or part.lower() not in FUNCTION_WORDS
    return tuple(out) if content and len(out) <= MAX_GROUPS else None


def meanings(book: Codebook, cameo_table: Path) -> dict[str, Meaning]:
    """PLOVER type, mode and contexts of every CAMEO code that chronist can code."""
    rows = {row["code"]: row for _, row in _rows(cameo_table)}
    out: dict[str, Meaning] = {}
    for code, entry in book.cameo.items():
        row = rows[code]
        etype, mode, contexts = entry.plover_type, row.get("plover_mode", ""), row.get("plover_context", "")
        if etype is None and code.startswith("02") and len(code) > 2:
            # an appeal is a REQUEST; it takes the mode of the demand with the same digits (0253 -> 1053)
            demand = rows.get("10" + code[2:], {})
            etype, mode, contexts = "REQUEST", demand.get("plover_mode", ""), demand.get("plover_context", "")
        etype, mode = HAND_DECISIONS.get(code, (etype, mode))
        if etype is None or etype not in book.types or not _cameo_fits(code, etype, book):
            continue
        mode = mode if mode in book.types[etype][1] else ""
        kept = [c.strip() for c in contexts.split(";") if c.strip() in book.contexts]
        out[code] = Meaning(etype, mode, "|".join(kept))
    return out


def owners(pattern: Pattern, block: Block) -> list[str]:
    """The verbs a pattern is carried over for: the verb its comment names (where the pattern was first
    found), else the verb the block is named after. PETRARCH applies a pattern to every verb of the block,
    but most blocks are WordNet synonym sets, and "muster outside" or "bankroll trip" are not news."""
    named = pattern.verb if pattern.verb in block.verbs else block.name if block.name in block.verbs else None
    return [named] if named else []


def specific(code: str) -> bool:
    """Whether a code is more than its root's general code (``190``, ``060``). CAMEO.2.0 gives the general
    codes to whole WordNet synonym sets ("lead", "serve", "head" under 060; "match", "ring", "best" under
    190) and to patterns that pin nothing down ("resolve crisis" 050, "monitor sanctions" 090), so a rule
    is carried over only when the dictionary placed it under a specific code."""
    return not (len(code) == 3 and code.endswith("0"))


def rules(blocks: list[Block], synsets: dict[str, tuple[str, ...]],
          codes: dict[str, Meaning]) -> list[dict[str, str]]:
    """The rule rows, sorted by lemma, code and `with`."""
    found: dict[tuple[str, tuple[frozenset[str], ...]], list[str]] = defaultdict(list)  # codes in file order
    vetoes: dict[str, set[str]] = defaultdict(set)
    for block in blocks:
        for verb, code in block.verbs.items():
            if code in codes and specific(code) and verb.lower() not in STOP_VERBS:
                found[(verb.lower(), ())].append(code)
        if block.code is not None and block.code.startswith("01"):
            continue  # a speech verb: its pattern words say what was said, and its subject is only the speaker
        for pattern in block.patterns:
            words = groups(pattern, synsets)
            if words is None:
                continue
            code = _primary(pattern.code)
            for verb in owners(pattern, block):
                if pattern.code == "---" and len(words) == 1:
                    vetoes[verb.lower()] |= words[0]
                elif code in codes and specific(code):
                    found[(verb.lower(), words)].append(code)
    # one code per (verb, words): the first listed, unless the listed codes disagree on the PLOVER type
    kept = {key: listed[0] for key, listed in found.items()
            if len({codes[c].event_type for c in listed}) == 1}
    rows: list[dict[str, str]] = []
    for (lemma, words), code in kept.items():
        default = kept.get((lemma, ()))
        if words and default is not None and codes[default].event_type == codes[code].event_type:
            continue  # says no more than the verb's own rule
        meaning = codes[code]
        rows.append({
            "lemma": lemma, "pos": "V",
            "with": ";".join("|".join(sorted(g)) for g in words),
            "without": "" if words else "|".join(sorted(vetoes.get(lemma, ()))),
            "event_type": meaning.event_type, "mode": meaning.mode, "cameo": code,
            "source": "subj", "target": TARGETS[code[:2]], "context": meaning.contexts,
            "confidence": CONFIDENCE, "note": "CAMEO pattern" if words else "CAMEO verb",
        })
    rows.sort(key=lambda r: (r["lemma"], r["cameo"], r["with"]))
    seen: dict[str, int] = defaultdict(int)
    for row in rows:
        base = f"en.cameo.{row['lemma']}.{row['cameo']}"
        seen[base] += 1
        row["id"] = base if seen[base] == 1 else f"{base}.{seen[base]}"
    return rows


def build(source: Path, out: Path = OUT, lexicons: Path | None = None) -> list[dict[str, str]]:
    """Parse ``source`` and write the rules to ``out``; returns the rows."""
    synsets, blocks = parse(source.read_text(encoding="utf-8", errors="replace"))
    book = codebook(lexicons)
    table = (lexicons or ROOT / "src" / "chronist" / "lexicons") / "xx" / "cameo.tsv"
    rows = rules(blocks, synsets, meanings(book, table))
    header = [
        f"# Generated by scripts/build_cameo_verbs.py from {source.name} (PETRARCH CAMEO verb dictionary,",
        "# MIT licence, Open Event Data Alliance). Do not edit by hand: rebuild with",
        "#     python scripts/build_cameo_verbs.py [path/to/CAMEO.2.0.txt]",
        "# Used only for lemmas that have no hand-written rule in triggers.tsv (docs/lexicons.md).",
    ]
    lines = header + ["\t".join(COLUMNS)] + ["\t".join(row[c] for c in COLUMNS) for row in rows]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE, help="CAMEO.2.0.txt")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not args.source.is_file():
        parser.error(f"{args.source} not found")
    rows = build(args.source, args.out)
    by_root: dict[str, int] = defaultdict(int)
    for row in rows:
        by_root[row["cameo"][:2]] += 1
    print(f"{len(rows)} rules -> {args.out}")
    print("  ".join(f"{root}:{n}" for root, n in sorted(by_root.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
