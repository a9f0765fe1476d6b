"""Place identity in the TERYT register (GUS, state 2020-01-01).

Tables: pipeline/data/teryt_localities.tsv.gz and teryt_units.tsv.gz, built by
scripts/build_teryt.py. They are loaded once per process on first use
(`teryt_tables`; rows kept as raw lines, each name's rows built on its first lookup: ~0.2 s CPU on a shared
2-core box, was ~0.5-0.7 s with every row built up front; fewer MB of Python
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

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lexicon.teryt_tables import (
    _REGIONS,
    CITY_PART,
    SOURCE,
    TOWN,
    TerytLocality,
    TerytUnit,
    _adj_stem,
    _is_all_caps,
    _key,
    _looks_adjectival,
    _parse_hint,
    _Tables,
    _tables,
    load,
)

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


def region_voivodeships(name: str) -> tuple[str, ...]:
    """The voivodeships a historical region lies in: 'Kujawy' -> ('kujawsko-pomorskie',)."""
    return _REGIONS.get(name.casefold(), ())


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
