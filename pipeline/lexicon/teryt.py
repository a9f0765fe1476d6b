"""Place identity in the TERYT register (GUS, state 2020-01-01).

Tables: pipeline/data/teryt_localities.tsv.gz and teryt_units.tsv.gz, built by
scripts/build_teryt.py. They are loaded once per process on first use
(measured on a shared 2-core box: ~0.45 s CPU, 0.5-1 s wall; ~21 MB of Python
objects kept, ~34 MB peak RSS growth while loading; call `load()` to pay this
up front). Afterwards `localities` is a dict lookup (~15 µs) and `resolve` scans
only the same-name candidates (~0.1 ms typically, <1 ms for the 118 villages
called Dąbrowa).

Names are nominative base forms. Inflected text forms ("w Polanowicach") must be
lemmatised by the caller first.

    localities("Byczyna")            -> [TerytLocality(...), ...]
    resolve("Polanowice", ["gmina Byczyna"]) -> (TerytLocality(... simc='0492463' ...), 5)
    teryt_model(loc)                 -> {"simc":..., "terc":..., "gmina":..., "powiat":..., "wojewodztwo":...}
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LOCALITIES_FILE = DATA_DIR / "teryt_localities.tsv.gz"
UNITS_FILE = DATA_DIR / "teryt_units.tsv.gz"
SOURCE = "Źródło: GUS, rejestr TERYT, stan na 2020-01-01, pliki TERC/SIMC Urzędowy 2020-09-26"

TOWN = "miasto"
CITY_PART = "część miasta"


@dataclass(frozen=True, slots=True)
class TerytLocality:
    name: str  # nominative, as in SIMC
    kind: str  # miasto / wieś / osada / kolonia / ... / dzielnica m. st. Warszawy / delegatura / część miasta
    simc: str  # SIMC SYM, 7 digits
    terc: str  # WOJ+POW+GMI+RODZ, 7 digits (RODZ 4 = town, 5 = rural part of an urban-rural gmina)
    gmina: str  # gmina name ("Byczyna"); the city for Warsaw dzielnice / delegatury / city parts
    powiat: str  # "kluczborski", or the city ("Kraków") for cities with powiat rights
    wojewodztwo: str  # lower-case adjective: "opolskie"


@dataclass(frozen=True, slots=True)
class TerytUnit:
    terc: str  # 2 (województwo), 4 (powiat) or 7 digits
    type: str  # województwo / powiat / gmina / dzielnica / delegatura
    subtype: str  # TERC NAZWA_DOD, e.g. "gmina miejsko-wiejska", "miasto na prawach powiatu"
    name: str
    powiat: str  # parent powiat ("" for powiaty and województwa)
    wojewodztwo: str  # parent województwo ("" for województwa)


# ---------------------------------------------------------------- normalisation

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d\u00ad"), "-")
_WS = re.compile(r"\s+")
_HYPHEN_WS = re.compile(r"\s*-\s*")


@lru_cache(maxsize=16384)
def _key(name: str) -> str:
    """Exact-match key: NFC, one dash, single spaces, no spaces around hyphens (cached per form: the
    place rules ask for the same few names many times per document)."""
    s = unicodedata.normalize("NFC", name).translate(_DASHES)
    s = _WS.sub(" ", s).strip()
    return _HYPHEN_WS.sub("-", s)


def _is_all_caps(s: str) -> bool:
    return s.upper() == s and s.lower() != s


_ADJ_END = (
    "iego",
    "iemu",
    "iej",
    "ich",
    "imi",
    "ego",
    "emu",
    "ych",
    "ymi",
    "im",
    "ym",
    "ie",
    "ej",
    "ą",
    "a",
    "i",
    "y",
    "e",
    "o",
)
_ADJ_WORD = re.compile(r"(?:sk|ck|dzk|n)(?:iego|iemu|iej|ich|imi|im|ie|i|a|ą|o)$")


@lru_cache(maxsize=8192)
def _adj_stem(s: str) -> str:
    """'opolskie'/'opolski'/'opolskiego' -> 'opolsk'; per hyphen/space-separated word."""
    out = []
    for w in re.split(r"([ -])", s.casefold()):
        if w not in (" ", "-"):
            for e in _ADJ_END:
                if w.endswith(e) and len(w) > len(e) + 2:
                    w = w[: -len(e)]
                    break
        out.append(w)
    return "".join(out)


@lru_cache(maxsize=8192)
def _looks_adjectival(s: str) -> bool:
    words = re.split(r"[ -]", s.casefold())
    return bool(words) and all(_ADJ_WORD.search(w) for w in words)


# informal region names -> województwa (a hint naming one of them matches any listed)
_REGIONS = {
    "małopolska": ("małopolskie",),
    "wielkopolska": ("wielkopolskie",),
    "mazowsze": ("mazowieckie",),
    "podkarpacie": ("podkarpackie",),
    "lubelszczyzna": ("lubelskie",),
    "opolszczyzna": ("opolskie",),
    "kielecczyzna": ("świętokrzyskie",),
    "podlasie": ("podlaskie",),
    "dolny śląsk": ("dolnośląskie",),
    "górny śląsk": ("śląskie", "opolskie"),
    "śląsk": ("śląskie", "opolskie", "dolnośląskie"),
    "pomorze": ("pomorskie", "zachodniopomorskie", "kujawsko-pomorskie"),
    "pomorze zachodnie": ("zachodniopomorskie",),
    "pomorze gdańskie": ("pomorskie",),
    "kaszuby": ("pomorskie",),
    "kujawy": ("kujawsko-pomorskie",),
    "warmia": ("warmińsko-mazurskie",),
    "mazury": ("warmińsko-mazurskie",),
    "warmia i mazury": ("warmińsko-mazurskie",),
    "ziemia lubuska": ("lubuskie",),
    "ziemia łódzka": ("łódzkie",),
}

# hint prefixes (matched case-insensitively) -> hint type
_PREFIXES = [
    ("miasto na prawach powiatu ", "any"),
    ("miasto stołeczne ", "any"),
    ("m. st. ", "any"),
    ("m.st. ", "any"),
    ("gmina miejsko-wiejska ", "gmina"),
    ("gmina miejska ", "gmina"),
    ("gmina wiejska ", "gmina"),
    ("gmina ", "gmina"),
    ("gm. ", "gmina"),
    ("powiat grodzki ", "powiat"),
    ("powiat ziemski ", "powiat"),
    ("powiat ", "powiat"),
    ("pow. ", "powiat"),
    ("województwo ", "woj"),
    ("woj. ", "woj"),
    ("miasto ", "any"),
    ("m. ", "any"),
    ("wieś ", "any"),
    ("osada ", "any"),
]


@lru_cache(maxsize=8192)
def _parse_hint(hint: str) -> tuple[str, str] | None:
    """'gmina Byczyna' -> ('gmina', 'Byczyna'); 'opolskie' -> ('any', 'opolskie')."""
    s = _key(hint)
    low = s.casefold()
    for prefix, kind in _PREFIXES:
        if low.startswith(prefix) and len(s) > len(prefix):
            return kind, s[len(prefix) :].strip()
    return ("any", s) if s else None


# ---------------------------------------------------------------- tables


class _Tables:
    def __init__(self) -> None:
        # casefolded name -> localities (independent ones / parts of cities with powiat rights)
        self.by_fold: dict[str, list[TerytLocality]] = {}
        self.parts_by_fold: dict[str, list[TerytLocality]] = {}
        self.units_by_terc: dict[str, TerytUnit] = {}
        self.gminas_by_fold: dict[str, list[TerytUnit]] = {}
        self.powiats_by_fold: dict[str, list[TerytUnit]] = {}
        self.powiats_by_stem: dict[str, list[TerytUnit]] = {}  # adjectival powiaty only
        self.woj_by_stem: dict[str, str] = {}

    def load(self) -> _Tables:
        for row in _rows(UNITS_FILE):
            u = TerytUnit(*row)
            self.units_by_terc[u.terc] = u
            f = u.name.casefold()
            if u.type == "gmina":
                self.gminas_by_fold.setdefault(f, []).append(u)
            elif u.type == "powiat":
                self.powiats_by_fold.setdefault(f, []).append(u)
                if u.name[:1].islower():
                    self.powiats_by_stem.setdefault(_adj_stem(u.name), []).append(u)
            elif u.type == "województwo":
                self.woj_by_stem[_adj_stem(u.name)] = u.name
        shared: dict[str, str] = {}  # one string object per distinct kind/terc/gmina/powiat/woj
        same = shared.setdefault
        by_fold, parts_by_fold = self.by_fold, self.parts_by_fold
        for name, kind, simc, terc, gmina, powiat, woj in _rows(LOCALITIES_FILE):
            loc = TerytLocality(
                name, same(kind, kind), simc, same(terc, terc), same(gmina, gmina), same(powiat, powiat), same(woj, woj)
            )
            table = parts_by_fold if kind == CITY_PART else by_fold
            fold = name.casefold()
            if fold in table:
                table[fold].append(loc)
            else:
                table[fold] = [loc]
        return self


def _rows(path: Path) -> Iterator[list[str]]:
    """Data rows of a '#'-commented TSV.gz with a header line."""
    header_seen = False
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        if not line or line[0] == "#":
            continue
        if header_seen:
            yield line.split("\t")
        header_seen = True


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables().load()


def load() -> None:
    """Load the tables now (otherwise done on first use)."""
    _tables()


# ---------------------------------------------------------------- lookups


def _lookup(name: str, folded: dict[str, list[TerytLocality]]) -> list[TerytLocality]:
    k = _key(name)
    same = folded.get(k.casefold(), [])
    return list(same) if _is_all_caps(k) else [loc for loc in same if loc.name == k]


def localities(name: str) -> list[TerytLocality]:
    """Localities whose nominative name is exactly `name`.

    Case-sensitive, except that ALL-CAPS input ("BYCZYNA") is matched case-insensitively;
    dash variants and spaces around hyphens are normalised. Independent localities
    (villages, towns, osady, ..., Warsaw dzielnice, delegatury) are returned; only if
    there is none, the parts of cities with powiat rights ("Nowa Huta") are returned.
    """
    t = _tables()
    return _lookup(name, t.by_fold) or _lookup(name, t.parts_by_fold)


@lru_cache(maxsize=16384)
def is_locality(name: str) -> bool:
    """Whether `localities(name)` finds anything (cached per form: the tables never change once loaded)."""
    return bool(localities(name))


def _strip_prefix(name: str, kinds: tuple[str, ...]) -> str:
    parsed = _parse_hint(name)
    if parsed and parsed[0] in kinds and _key(name) != parsed[1]:
        return parsed[1]
    return _key(name)


def gminas(name: str) -> list[TerytUnit]:
    """Gminy named `name` ("Byczyna", "gmina Byczyna"); same case rules as `localities`."""
    t = _tables()
    n = _strip_prefix(name, ("gmina", "any"))
    return [u for u in t.gminas_by_fold.get(n.casefold(), []) if u.name == n or _is_all_caps(n)]


@lru_cache(maxsize=8192)
def is_gmina(name: str) -> bool:
    """Whether `gminas(name)` finds anything (cached per form, as `is_locality`)."""
    return bool(gminas(name))


def powiats(adjective_or_name: str) -> list[TerytUnit]:
    """Powiaty: adjective in any case form ("kluczborski", "kluczborskiego", "powiat kluczborski")
    or the city name for cities with powiat rights ("Kraków")."""
    t = _tables()
    n = _strip_prefix(adjective_or_name, ("powiat", "any"))
    f = n.casefold()
    out = [u for u in t.powiats_by_fold.get(f, []) if u.name == n or u.name[:1].islower() or _is_all_caps(n)]
    if not out and _looks_adjectival(n):
        out = list(t.powiats_by_stem.get(_adj_stem(n), []))
    return out


def is_powiat(adjective_or_name: str) -> bool:
    return bool(powiats(adjective_or_name))


def wojewodztwo(name: str) -> str | None:
    """'opolskie' / 'województwo opolskie' / 'opolskiego' / 'OPOLSKIE' -> 'opolskie'."""
    n = _strip_prefix(name, ("woj",))
    return _tables().woj_by_stem.get(_adj_stem(n)) if _looks_adjectival(n) else None


def unit(terc: str) -> TerytUnit | None:
    """Unit by TERC code (2, 4 or 7 digits)."""
    return _tables().units_by_terc.get(terc)


# ---------------------------------------------------------------- resolution

# evidence weights of one hint for one candidate (a hint counts once, at its best level)
W_GMINA = 4  # the hint names the candidate's gmina
W_POWIAT = 2  # ... its powiat; or a bare hint names another locality of the candidate's gmina
W_WOJ = 1  # ... its województwo; or a bare hint names a locality of the candidate's powiat
_SETTLEMENT_KINDS = {"osada", "osada leśna", "kolonia", "przysiółek", "osiedle", "schronisko turystyczne"}


def _match_gmina(value: str, loc: TerytLocality) -> bool:
    return value.casefold() == loc.gmina.casefold()


def _match_powiat(value: str, loc: TerytLocality) -> bool:
    if value.casefold() == loc.powiat.casefold():
        return True
    return loc.powiat[:1].islower() and _looks_adjectival(value) and _adj_stem(value) == _adj_stem(loc.powiat)


def _match_woj(value: str, loc: TerytLocality) -> bool:
    f = value.casefold()
    if f in _REGIONS:
        return loc.wojewodztwo in _REGIONS[f]
    return _looks_adjectival(value) and _adj_stem(value) == _adj_stem(loc.wojewodztwo)


@dataclass(frozen=True)
class _Hint:
    kind: str  # gmina / powiat / woj / any
    value: str
    near_gminas: frozenset[tuple[str, str, str]] = frozenset()  # (woj, powiat, gmina) of localities so named
    near_powiats: frozenset[tuple[str, str]] = frozenset()

    def weight(self, loc: TerytLocality) -> int:
        """How strongly this hint points at `loc` (0 = not at all)."""
        k, v = self.kind, self.value
        if k in ("gmina", "any") and _match_gmina(v, loc):
            return W_GMINA
        if k in ("powiat", "any") and _match_powiat(v, loc):
            return W_POWIAT
        if k == "any" and (loc.wojewodztwo, loc.powiat, loc.gmina) in self.near_gminas:
            return W_POWIAT
        if k in ("woj", "any") and _match_woj(v, loc):
            return W_WOJ
        if k == "any" and (loc.wojewodztwo, loc.powiat) in self.near_powiats:
            return W_WOJ
        return 0

    def regional(self, loc: TerytLocality) -> bool:
        """Does the hint name a unit (gmina / powiat / województwo) that `loc` lies in?"""
        k, v = self.kind, self.value
        return (
            (k in ("gmina", "any") and _match_gmina(v, loc))
            or (k in ("powiat", "any") and _match_powiat(v, loc))
            or (k in ("woj", "any") and _match_woj(v, loc))
        )


def _hints(name: str, hints: Iterable[str], t: _Tables) -> list[_Hint]:
    self_fold = _key(name).casefold()
    seen: set[tuple[str, str]] = set()
    out: list[_Hint] = []
    for h in hints:
        p = _parse_hint(h) if isinstance(h, str) else None
        if not p or p in seen or (p[0] == "any" and p[1].casefold() == self_fold):
            continue
        seen.add(p)
        if p[0] == "any":  # a bare name may also be a locality: its gmina / powiat are "near"
            near = _lookup(p[1], t.by_fold)
            out.append(
                _Hint(
                    *p,
                    near_gminas=frozenset((x.wojewodztwo, x.powiat, x.gmina) for x in near),
                    near_powiats=frozenset((x.wojewodztwo, x.powiat) for x in near),
                )
            )
        else:
            out.append(_Hint(*p))
    return out


def resolve(name: str, hints: Iterable[str] = (), *, prefer_wies: bool = False) -> tuple[TerytLocality | None, int]:
    """Pick the locality called `name` that the region hints point to.

    `hints` are base forms found near the mention: "gmina Byczyna", "powiat kłobucki",
    "województwo opolskie", bare gmina/powiat/voivodeship names ("Byczyna",
    "kluczborski", "opolskie", "Małopolska") or bare locality names ("Kluczbork").
    A bare hint equal to `name` itself is ignored.

    Returns (locality or None, number of candidates considered):
      - candidates are `localities(name)`, plus any part of a city with powiat rights
        with that name whose city a hint names ("Nowa Huta" + hint "Kraków");
      - 0 candidates -> (None, 0); 1 candidate -> it (hints are not checked);
      - several: each hint adds evidence to the candidates it points at, at its most
        specific level: names the gmina 4; names the powiat, or is a locality of the
        same gmina 2; names the województwo, or is a locality of the same powiat 1.
        The single candidate with the most evidence wins;
      - a city part loses a tie against independent localities ("Wola" + hint
        "Warszawa" is the dzielnica, not the część miasta Wola inside it);
      - among tied candidates (or when no hint applies), a town (miasto) is taken
        only if it is the only town and no region hint that fits another tied
        candidate fails to fit the town;
      - with `prefer_wies=True` (off by default), tied candidates that all lie in one
        gmina and of which exactly one is a wieś and the rest osada / osada leśna /
        kolonia / przysiółek give that wieś ("Poraj" + "powiat myszkowski": the
        village, not the osada leśna of gmina Poraj);
      - otherwise (None, n): never a guess among several villages.
    """
    t = _tables()
    cands = localities(name)
    parts = _lookup(name, t.parts_by_fold) if cands and cands[0].kind != CITY_PART else []
    if len(cands) <= 1 and not parts:  # the hints matter only for several candidates or city parts they add
        return (cands[0] if cands else None), len(cands)
    parsed = _hints(name, hints, t)
    if parsed and parts:
        cands += [part for part in parts if any(h.regional(part) for h in parsed)]
    n = len(cands)
    if n <= 1:
        return (cands[0] if cands else None), n

    scores = [sum(h.weight(c) for h in parsed) for c in cands]
    top = max(scores)
    best = [c for c, s in zip(cands, scores, strict=True) if s == top] if top > 0 else cands
    if len(best) > 1 and any(c.kind != CITY_PART for c in best):  # city parts are the lower tier
        best = [c for c in best if c.kind != CITY_PART]
    if len(best) == 1:
        return best[0], n

    towns = [c for c in best if c.kind == TOWN]
    if len(towns) == 1:
        town = towns[0]
        others = [c for c in best if c is not town]
        if not any(not h.regional(town) and any(h.regional(o) for o in others) for h in parsed):
            return town, n

    if prefer_wies and len({(c.wojewodztwo, c.powiat, c.gmina) for c in best}) == 1:
        wies = [c for c in best if c.kind == "wieś"]
        if len(wies) == 1 and all(c.kind in _SETTLEMENT_KINDS for c in best if c is not wies[0]):
            return wies[0], n
    return None, n


def teryt_model(loc: TerytLocality) -> dict[str, str]:
    """Fields of the pydantic `Teryt` model: simc, terc, gmina, powiat, wojewodztwo."""
    return {
        "simc": loc.simc,
        "terc": loc.terc,
        "gmina": loc.gmina,
        "powiat": loc.powiat,
        "wojewodztwo": loc.wojewodztwo,
    }


__all__ = [
    "SOURCE",
    "TerytLocality",
    "TerytUnit",
    "gminas",
    "is_gmina",
    "is_locality",
    "is_powiat",
    "load",
    "localities",
    "powiats",
    "resolve",
    "teryt_model",
    "unit",
    "wojewodztwo",
]
