"""The TERYT register's tables and name keys (split from `teryt`, which holds the lookups and the resolution):
the data files, the row types, the exact-match key of a name, region-hint parsing and the tables loaded once
per process."""

from __future__ import annotations

import gzip
import hashlib
import marshal
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pipeline.user_cache as user_cache

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


class _Localities:
    """Casefolded name -> localities, built per name on first lookup: the tables keep each row as its raw
    TSV line (a name's lines joined by newlines: no container per name), since a document asks for a few
    dozen of the ~56,000 names and building every row up front was most of the first report's time (~0.5 s
    CPU). A name's list is built once and kept: repeated lookups return the same objects, as before."""

    __slots__ = ("_built", "_lines", "_shared")

    def __init__(self, lines: dict[str, str], shared: dict[str, str]) -> None:
        self._lines = lines
        self._built: dict[str, list[TerytLocality]] = {}
        self._shared = shared  # one string object per distinct kind/terc/gmina/powiat/woj, across tables

    def get(self, fold: str, default: list[TerytLocality] | None = None) -> list[TerytLocality] | None:
        built = self._built.get(fold)
        if built is not None:
            return built
        lines = self._lines.get(fold)
        if lines is None:
            return default
        same = self._shared.setdefault
        built = []
        for line in lines.split("\n"):
            name, kind, simc, terc, gmina, powiat, woj = line.split("\t")
            built.append(TerytLocality(
                name, same(kind, kind), simc, same(terc, terc), same(gmina, gmina), same(powiat, powiat),
                same(woj, woj)))
        self._built[fold] = built
        return built

    def __contains__(self, fold: object) -> bool:
        return fold in self._lines

    def __len__(self) -> int:
        return len(self._lines)


class _Tables:
    def __init__(self) -> None:
        # casefolded name -> localities (independent ones / parts of cities with powiat rights)
        self.by_fold: _Localities = _Localities({}, {})
        self.parts_by_fold: _Localities = _Localities({}, {})
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
        by_fold, parts_by_fold = _locality_index()
        shared: dict[str, str] = {}
        self.by_fold, self.parts_by_fold = _Localities(by_fold, shared), _Localities(parts_by_fold, shared)
        return self


def _index_localities(lines: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Casefolded name -> its raw lines joined by newlines, in file order: independent localities, and
    city parts (kept apart: consulted only when no independent locality has the name)."""
    by_fold: dict[str, str] = {}
    parts_by_fold: dict[str, str] = {}
    part_kind = f"\t{CITY_PART}\t"
    for line in lines:
        cut = line.index("\t")
        table = parts_by_fold if line.startswith(part_kind, cut) else by_fold
        fold = line[:cut].casefold()
        if fold in table:
            table[fold] += "\n" + line
        else:
            table[fold] = line
    return by_fold, parts_by_fold


#: Bump when `_index_localities` changes what it makes.
_INDEX_FORMAT = 1


def _locality_index() -> tuple[dict[str, str], dict[str, str]]:
    """`_index_localities` of the localities file, kept in a cache file between runs with the digest of
    the data it was made from (parsing the ~56,000 lines is ~0.2 s CPU of the first report, reading
    the kept index ~0.05 s); other data, another interpreter or a damaged file give a fresh parse."""
    raw = LOCALITIES_FILE.read_bytes()
    digest = hashlib.blake2b(raw, digest_size=16).hexdigest()
    name = f"teryt-{user_cache.INTERPRETER}.marshal"
    blob = user_cache.read(name)
    if blob is not None:
        try:
            form, made_from, by_fold, parts_by_fold = marshal.loads(blob)
            if form == _INDEX_FORMAT and made_from == digest and type(by_fold) is type(parts_by_fold) is dict:
                return by_fold, parts_by_fold
        except Exception:  # noqa: BLE001 - a partial or foreign file: parse the data instead
            pass
    by_fold, parts_by_fold = _index_localities(_data_lines(raw))
    user_cache.write(name, marshal.dumps((_INDEX_FORMAT, digest, by_fold, parts_by_fold)))
    return by_fold, parts_by_fold


def _lines(path: Path) -> list[str]:
    """Data lines of a '#'-commented TSV.gz, without the comments and the header line."""
    return _data_lines(path.read_bytes())


def _data_lines(raw: bytes) -> list[str]:
    """Data lines of the bytes of a '#'-commented TSV.gz, without the comments and the header line."""
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    start = 0
    while start < len(lines) and (not lines[start] or lines[start][0] == "#"):
        start += 1
    return [line for line in lines[start + 1:] if line and line[0] != "#"]


def _rows(path: Path) -> Iterator[list[str]]:
    """Data rows of a '#'-commented TSV.gz with a header line."""
    for line in _lines(path):
        yield line.split("\t")


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables().load()


def load() -> None:
    """Load the tables now (otherwise done on first use)."""
    _tables()
