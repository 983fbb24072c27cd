"""Load and validate the per-language lexicons (docs/lexicons.md describes every file).

``load_lexicon(lang)`` reads ``lexicons/<lang>/`` and ``lexicons/xx/`` once per process,
checks every line (a bad line raises ``LexiconError`` naming file, line and problem) and
returns a frozen ``Lexicon``. ``check_lexicon_dir`` collects all problems instead of
stopping at the first, for ``chronist lexicon check``.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from .errors import LexiconError

__all__ = [
    "ActorEntry", "CameoCode", "CountryForm", "Lexicon", "RoleEntry", "TriggerRule",
    "check_lexicon_dir", "codebook", "default_lexicon_dir", "load_lexicon",
]

# German separable-verb particles, longest first, for matching "forderte ... auf" to "auffordern".
SEPARABLE_PARTICLES = (
    "zurück", "zusammen", "entgegen", "überein", "weiter", "wieder", "heraus", "herbei",
    "herein", "hinaus", "heran", "hinzu", "voran", "vorbei", "bereit", "fest", "frei", "nieder", "statt", "teil", "sicher",
    "fort", "hin", "her",
    "los", "weg", "auf", "aus", "ab", "an", "bei", "ein", "mit", "nach", "vor", "zu", "um", "dar",
)


@dataclass(frozen=True, slots=True)
class TriggerRule:
    id: str
    lemma: str
    pos: str
    with_groups: tuple[frozenset[str], ...]
    without: frozenset[str]
    event_type: str
    mode: str | None
    cameo: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    context: tuple[str, ...]
    confidence: float
    particle: str | None = None  # German separable particle ("auf" for "auffordern")
    base: str | None = None  # the verb without its particle ("fordern")


@dataclass(frozen=True, slots=True)
class RoleEntry:
    term: str
    match: str
    sector: str
    cameo: str
    country: str | None


@dataclass(frozen=True, slots=True)
class CountryForm:
    iso3: str
    kind: str
    form: str
    sector: str | None


@dataclass(frozen=True, slots=True)
class ActorEntry:
    key: str
    names: tuple[str, ...]
    kind: str
    code: str
    country: str | None
    sector: str | None
    start: dt.date | None
    end: dt.date | None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    plover_type: str | None
    quad_class: int


@dataclass(frozen=True, slots=True)
class Codebook:
    cameo: dict[str, CameoCode]
    types: dict[str, tuple[int, frozenset[str]]]  # type -> (quad class, modes)
    contexts: frozenset[str]
    sectors: frozenset[str]
    international: frozenset[str]


@dataclass(frozen=True, eq=False)  # identity hash: one instance per language and process
class Lexicon:
    lang: str
    triggers: dict[str, tuple[TriggerRule, ...]]  # lemma (and particle base) -> rules
    roles_word: dict[str, RoleEntry]
    roles_suffix: tuple[RoleEntry, ...]  # longest first
    country_forms: tuple[CountryForm, ...]
    cues: dict[str, frozenset[str]]
    actors: tuple[ActorEntry, ...]
    transliteration: tuple[tuple[re.Pattern[str], str], ...]
    codebook: Codebook
    digest: str
    multiword_cues: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    magnitude_words: dict[str, str] = field(default_factory=dict)  # word -> killed/injured/arrested/size
    number_words: dict[str, int] = field(default_factory=dict)
    calibration: tuple[tuple[float, float], ...] = ()  # (raw score upper bound, calibrated confidence)

    def cue(self, kind: str) -> frozenset[str]:
        return self.cues.get(kind, frozenset())

    @cached_property
    def event_words(self) -> frozenset[str]:
        """Every word the trigger rules name: trigger lemmas and their `with` and `without` words (German:
        "warf der Regierung Korruption vor" names an act, not a person called Korruption)."""
        return frozenset(self.triggers) | frozenset(
            w for rs in self.triggers.values() for r in rs for w in (*r.without, *(w for g in r.with_groups for w in g)))


def default_lexicon_dir() -> Path:
    return Path(str(resources.files("chronist").joinpath("lexicons")))


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a TSV lexicon file with their line numbers; '#' lines are comments."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [(n, line) for n, line in enumerate(fh, start=1)
                 if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        return
    header = lines[0][1].rstrip("\n").split("\t")
    reader = csv.reader((line for _, line in lines[1:]), delimiter="\t", quoting=csv.QUOTE_NONE)
    for (number, _), cells in zip(lines[1:], reader, strict=True):
        cells = [c.strip() for c in cells]
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        yield number, dict(zip(header, cells, strict=False))


def _split(cell: str, sep: str = "|") -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(sep) if part.strip())


def _date(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise LexiconError(f"{where}: bad date {value!r}") from exc


@lru_cache(maxsize=4)
def codebook(root: Path | None = None) -> Codebook:
    base = (root or default_lexicon_dir()) / "xx"
    cameo: dict[str, CameoCode] = {}
    for _, row in _rows(base / "cameo.tsv"):
        cameo[row["code"]] = CameoCode(row["code"], row["name"], float(row["goldstein"] or 0),
                                       row["plover_type"] or None, int(row["quad_class"]))
    types: dict[str, tuple[int, frozenset[str]]] = {}
    contexts, sectors, international = set(), set(), set()
    for _, row in _rows(base / "plover.tsv"):
        kind, name = row["kind"], row["name"]
        if kind == "type":
            types[name] = (int(row["quad_class"]), frozenset(_split(row["modes"])))
        elif kind == "context":
            contexts.add(name)
        elif kind == "sector":
            sectors.add(name)
        elif kind == "international":
            international.add(name)
    return Codebook(cameo, types, frozenset(contexts), frozenset(sectors), frozenset(international))


def _cameo_fits(code: str, event_type: str, book: Codebook) -> bool:
    entry = book.cameo.get(code)
    if entry is None:
        return False
    if entry.plover_type == event_type:
        return True
    root = code[:2]
    # PLOVER folds appeals (CAMEO 02) into REQUEST and fights (19, 20) into ASSAULT; CAMEO 08
    # splits between CONCEDE and RETREAT, 16 holds both SANCTION and some RETREAT-like cuts.
    loose = {"REQUEST": {"02", "10"}, "ASSAULT": {"18", "19", "20"}, "CONCEDE": {"08"},
             "RETREAT": {"08"}, "ACCUSE": {"09", "11"}, "SANCTION": {"16"}, "COERCE": {"17"},
             "THREATEN": {"13"}, "AGREE": {"03"}}
    return root in loose.get(event_type, set())


def _load_triggers(path: Path, lang: str, book: Codebook, problems: list[str],
                   cues: dict[str, set[str]] | None = None) -> list[TriggerRule]:
    """The rules of a triggers file; in `with`, `@kind` stands for every one-word form of that cue kind."""
    rules: list[TriggerRule] = []
    cues = cues or {}

    def words(group: str, where: str) -> frozenset[str]:
        out: set[str] = set()
        for w in _split(group):
            if w.startswith("@"):
                if w[1:] not in cues:
                    raise LexiconError(f"{where}: no cue kind {w[1:]!r} in cues.tsv for {w!r}")
                out |= cues[w[1:]]
            else:
                out.add(w.lower())
        return frozenset(out)

    seen: set[str] = set()
    slot = re.compile(r"^(subj|obj|dat|agent|gen|none|poss|needed|pp:[^,]+)$")
    for n, row in _rows(path):
        where = f"{path}:{n}"
        try:
            rid, lemma = row["id"], row["lemma"].lower()
            etype, mode, cameo = row["event_type"], row.get("mode") or None, row.get("cameo", "")
            if not rid or not lemma:
                raise LexiconError(f"{where}: id and lemma are required")
            if rid in seen:
                raise LexiconError(f"{where}: duplicate rule id {rid!r}")
            seen.add(rid)
            if " " in lemma:
                raise LexiconError(f"{where}: lemma {lemma!r} has a space; put extra words in 'with'")
            if etype not in book.types:
                raise LexiconError(f"{where}: unknown PLOVER type {etype!r}")
            if mode and mode not in book.types[etype][1]:
                raise LexiconError(f"{where}: {etype} has no mode {mode!r}")
            if not _cameo_fits(cameo, etype, book):
                raise LexiconError(f"{where}: CAMEO {cameo!r} does not map to {etype}")
            pos = row.get("pos") or "V"
            if pos not in ("V", "N", "A"):
                raise LexiconError(f"{where}: pos must be V, N or A, not {pos!r}")
            sources = tuple(s.strip() for s in (row.get("source") or "subj").split(",") if s.strip())
            targets = tuple(s.strip() for s in (row.get("target") or "obj").split(",") if s.strip())
            for s in sources + targets:
                if not slot.match(s):
                    raise LexiconError(f"{where}: unknown slot {s!r}")
            contexts = _split(row.get("context", ""))
            bad = [c for c in contexts if c not in book.contexts]
            if bad:
                raise LexiconError(f"{where}: unknown context(s) {bad}")
            conf = float(row.get("confidence") or 0.7)
            if not 0 <= conf <= 1:
                raise LexiconError(f"{where}: confidence must be in [0, 1]")
            groups = tuple(words(g, where) for g in (row.get("with") or "").split(";") if g.strip())
            particle = base = None
            if lang == "de" and pos == "V":
                for p in SEPARABLE_PARTICLES:
                    if lemma.startswith(p) and len(lemma) > len(p) + 3:
                        particle, base = p, lemma[len(p):]
                        break
            rules.append(TriggerRule(rid, lemma, pos, groups, frozenset(w.lower() for w in _split(row.get("without", ""))),
                                     etype, mode, cameo, sources, targets, contexts, conf, particle, base))
        except (LexiconError, ValueError) as exc:
            problems.append(str(exc) if isinstance(exc, LexiconError) else f"{where}: {exc}")
    return rules


def _load_roles(paths: list[Path], book: Codebook, problems: list[str]) -> list[RoleEntry]:
    roles = []
    for path in paths:
        for n, row in _rows(path):
            where = f"{path}:{n}"
            term, sector = row.get("term", "").lower(), row.get("sector", "")
            if not term:
                problems.append(f"{where}: empty term")
                continue
            if sector and sector not in book.sectors | book.international:
                problems.append(f"{where}: unknown sector {sector!r}")
                continue
            match = row.get("match") or "word"
            if match not in ("word", "suffix"):
                problems.append(f"{where}: match must be word or suffix")
                continue
            country = row.get("country") or None
            if country and not all(re.fullmatch(r"[A-Z]{3}", code) and (not own or own in book.sectors)
                                   for code, _, own in (a.partition("=") for a in country.split("|"))):
                problems.append(f"{where}: country must be a code or alternatives such as DEU|AUT|CHE=GOV, "
                                f"not {country!r}")
                continue
            roles.append(RoleEntry(term, match, sector, row.get("cameo") or sector, country))
    return roles


def _load_actors(paths: list[Path], problems: list[str]) -> list[ActorEntry]:
    actors = []
    for path in paths:
        if not path.exists():
            continue
        for n, row in _rows(path):
            where = f"{path}:{n}"
            try:
                names = _split(row.get("names", ""))
                if not names or not row.get("code"):
                    raise LexiconError(f"{where}: names and code are required")
                actors.append(ActorEntry(row.get("key") or names[0], names, row.get("kind") or "person",
                                         row["code"], row.get("country") or None, row.get("sector") or None,
                                         _date(row.get("start", ""), where), _date(row.get("end", ""), where)))
            except LexiconError as exc:
                problems.append(str(exc))
    return actors


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def _build(lang: str, root: Path, problems: list[str]) -> Lexicon:
    book = codebook(root)
    folder, shared = root / lang, root / "xx"
    if not folder.is_dir():
        raise LexiconError(f"no lexicon for language {lang!r} in {root}")
    files = [p for p in list(folder.glob("*.tsv")) + list(shared.glob("*.tsv"))]
    cues: dict[str, set[str]] = defaultdict(set)
    multi: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    if (folder / "cues.tsv").exists():
        for _, row in _rows(folder / "cues.tsv"):
            form = row.get("form", "").lower()
            if not form:
                continue
            if " " in form:
                multi[row["kind"]].append(tuple(form.split()))
            else:
                cues[row["kind"]].add(form)
    triggers: dict[str, list[TriggerRule]] = defaultdict(list)
    if (folder / "triggers.tsv").exists():
        for rule in _load_triggers(folder / "triggers.tsv", lang, book, problems, cues):
            triggers[rule.lemma].append(rule)
            if rule.base:
                triggers[rule.base].append(rule)
    if (folder / "triggers_cameo.tsv").exists():
        # rules generated from the CAMEO verb dictionary (scripts/build_cameo_verbs.py) only add lemmas:
        # a lemma with a hand-written rule keeps exactly its hand-written rules
        hand = set(triggers)
        for rule in _load_triggers(folder / "triggers_cameo.tsv", lang, book, problems, cues):
            if rule.lemma not in hand:
                triggers[rule.lemma].append(rule)
    roles = _load_roles(sorted(folder.glob("roles*.tsv")), book, problems)
    forms = []
    if (folder / "countries.tsv").exists():
        for n, row in _rows(folder / "countries.tsv"):
            iso3, kind, form = row.get("iso3", ""), row.get("kind", ""), row.get("form", "")
            if not re.fullmatch(r"[A-Z]{3}", iso3) or kind not in ("name", "demonym", "people", "capital", "metonym") or not form:
                problems.append(f"{folder / 'countries.tsv'}:{n}: bad row ({iso3!r}, {kind!r}, {form!r})")
                continue
            forms.append(CountryForm(iso3, kind, form, row.get("sector") or None))
    translit = []
    if (folder / "transliteration.tsv").exists():
        for n, row in _rows(folder / "transliteration.tsv"):
            try:
                translit.append((re.compile(row["pattern"]), row.get("replacement", "")))
            except (re.error, KeyError) as exc:
                problems.append(f"{folder / 'transliteration.tsv'}:{n}: {exc}")
    actors = _load_actors([shared / "actors.tsv", shared / "actors_extra.tsv"], problems)
    calibration: list[tuple[float, float]] = []
    if (folder / "calibration.tsv").exists():
        for n, row in _rows(folder / "calibration.tsv"):
            try:
                calibration.append((float(row["raw_upper"]), float(row["confidence"])))
            except (KeyError, ValueError):
                problems.append(f"{folder / 'calibration.tsv'}:{n}: needs numeric raw_upper and confidence")
    magnitude_words: dict[str, str] = {}
    number_words: dict[str, int] = {}
    if (folder / "magnitudes.tsv").exists():
        for n, row in _rows(folder / "magnitudes.tsv"):
            kind, form = row.get("kind", ""), row.get("form", "").lower()
            if kind == "number":
                try:
                    number_words[form] = int(row.get("value", ""))
                except ValueError:
                    problems.append(f"{folder / 'magnitudes.tsv'}:{n}: number {form!r} needs an integer value")
            elif kind in ("killed", "injured", "arrested", "size") and form:
                magnitude_words[form] = kind
            else:
                problems.append(f"{folder / 'magnitudes.tsv'}:{n}: unknown kind {kind!r}")
    return Lexicon(
        lang=lang,
        triggers={k: tuple(v) for k, v in triggers.items()},
        roles_word={r.term: r for r in roles if r.match == "word"},
        roles_suffix=tuple(sorted((r for r in roles if r.match == "suffix"), key=lambda r: -len(r.term))),
        country_forms=tuple(forms),
        cues={k: frozenset(v) for k, v in cues.items()},
        actors=tuple(actors),
        transliteration=tuple(translit),
        codebook=book,
        digest=_digest(files),
        multiword_cues={k: tuple(v) for k, v in multi.items()},
        magnitude_words=magnitude_words,
        number_words=number_words,
        calibration=tuple(sorted(calibration)),
    )


@lru_cache(maxsize=16)
def load_lexicon(lang: str, root: Path | None = None) -> Lexicon:
    """The lexicon of ``lang``; raises LexiconError on the first bad line."""
    problems: list[str] = []
    lexicon = _build(lang, root or default_lexicon_dir(), problems)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise LexiconError(problems[0] + more)
    return lexicon


def check_lexicon_dir(root: Path) -> dict[str, list[str]]:
    """Every problem in every language folder under ``root``: {lang: [problems]}. ``root`` may also be one
    language's folder (``lexicons/de``), which is then checked against its siblings."""
    report: dict[str, list[str]] = {}
    if (root / "triggers.tsv").is_file():
        folders = [root]
        root = root.parent
    else:
        folders = sorted(p for p in root.iterdir() if p.is_dir() and p.name != "xx")
    for folder in folders:
        problems: list[str] = []
        try:
            _build(folder.name, root, problems)
        except LexiconError as exc:
            problems.append(str(exc))
        report[folder.name] = problems
    return report
