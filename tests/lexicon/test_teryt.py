"""TERYT place identity: lookups and region-hint resolution on the committed tables."""

import dataclasses
import gzip
from pathlib import Path

import pytest

from pipeline.lexicon import teryt
from pipeline.lexicon.teryt import (
    TerytLocality,
    is_gmina,
    is_locality,
    is_powiat,
    localities,
    resolve,
    teryt_model,
    wojewodztwo,
)

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "pipeline" / "data"
SHARED_TERYT = ROOT.parent / "shared" / "data" / "gazetteers" / "teryt"


def test_byczyna_town_resolves_without_hints():
    loc, n = resolve("Byczyna", [])
    assert n > 1  # villages called Byczyna exist in łódzkie, kujawsko-pomorskie, pomorskie
    assert loc is not None and loc.kind == "miasto"
    assert (loc.gmina, loc.powiat, loc.wojewodztwo) == ("Byczyna", "kluczborski", "opolskie")
    assert (loc.simc, loc.terc) == ("0965275", "1604014")


def test_byczyna_with_consistent_hints():
    loc, _ = resolve("Byczyna", ["gmina Byczyna", "powiat kluczborski", "województwo opolskie"])
    assert loc is not None and loc.kind == "miasto" and loc.powiat == "kluczborski"


def test_hint_can_override_town_preference():
    loc, _ = resolve("Byczyna", ["powiat poddębicki"])
    assert loc is not None and loc.kind == "wieś" and loc.gmina == "Poddębice"


def test_contradicting_hint_blocks_town_preference():
    # equal evidence for the town (opolskie) and a village (łódzkie): no guess
    loc, n = resolve("Byczyna", ["województwo opolskie", "województwo łódzkie"])
    assert loc is None and n > 1


def test_more_specific_hint_wins():
    # powiat (2) outweighs województwo (1); gmina (4) outweighs powiat + województwo
    assert resolve("Byczyna", ["powiat kluczborski", "województwo łódzkie"])[0].kind == "miasto"
    loc, _ = resolve("Polanowice", ["gmina Byczyna", "powiat krakowski", "małopolskie"])
    assert loc.gmina == "Byczyna"


def test_nearby_locality_hint():
    # Kluczbork is a town in powiat kluczborski, like Polanowice of gmina Byczyna
    loc, n = resolve("Polanowice", ["Kluczbork"])
    assert n > 1 and loc is not None and loc.gmina == "Byczyna"


def test_wies_and_osada_of_one_gmina():
    # gmina Poraj has a wieś and an osada leśna called Poraj: strict by default
    loc, n = resolve("Poraj", ["powiat myszkowski"])
    assert loc is None and n > 2
    loc, _ = resolve("Poraj", ["powiat myszkowski"], prefer_wies=True)
    assert loc.kind == "wieś" and loc.simc == "0143225" and loc.gmina == "Poraj"
    assert resolve("Poraj", [], prefer_wies=True)[0] is None  # villages in several gminas


def test_polanowice_unresolved_without_hints():
    cands = localities("Polanowice")
    assert len(cands) > 1
    assert all(c.kind != "miasto" for c in cands)
    loc, n = resolve("Polanowice", [])
    assert loc is None
    assert n == len(cands) > 1


@pytest.mark.parametrize(
    "hints",
    [
        ["gmina Byczyna"],
        ["Gmina Byczyna"],
        ["Byczyna"],
        ["powiat kluczborski"],
        ["kluczborski"],
        ["województwo opolskie"],
        ["opolskie"],
        ["Opolszczyzna"],
        ["GMINA BYCZYNA"],
        ["Warszawa", "gmina Byczyna"],  # an unrelated hint does not hurt
    ],
)
def test_polanowice_resolves_with_hint(hints):
    loc, n = resolve("Polanowice", hints)
    assert n > 1
    assert loc is not None
    assert (loc.gmina, loc.powiat, loc.wojewodztwo) == ("Byczyna", "kluczborski", "opolskie")
    assert loc.kind == "wieś" and loc.simc == "0492463" and loc.terc == "1604015"


def test_polanowice_two_candidates_in_one_gmina_stay_unresolved():
    # gmina Gubin has a wieś and an osada leśna called Polanowice
    loc, n = resolve("Polanowice", ["gmina Gubin"])
    assert loc is None and n > 1


def test_krakow_resolves():
    loc, n = resolve("Kraków", [])
    assert n == 1
    assert loc.kind == "miasto"
    assert teryt_model(loc) == {
        "simc": "0950463",
        "terc": "1261011",
        "gmina": "Kraków",
        "powiat": "Kraków",
        "wojewodztwo": "małopolskie",
    }


def test_lodz_town_preferred_over_villages():
    loc, n = resolve("Łódź", [])
    assert n > 1 and loc.kind == "miasto" and loc.wojewodztwo == "łódzkie"
    assert resolve("Łódź", ["wielkopolskie"]) == (None, n)  # three places in wielkopolskie


@pytest.mark.parametrize(
    "name, gmina, powiat, woj",
    [
        ("Bielsko-Biała", "Bielsko-Biała", "Bielsko-Biała", "śląskie"),
        ("Nowy Sącz", "Nowy Sącz", "Nowy Sącz", "małopolskie"),
        ("Zakopane", "Zakopane", "tatrzański", "małopolskie"),
        ("Kędzierzyn-Koźle", "Kędzierzyn-Koźle", "kędzierzyńsko-kozielski", "opolskie"),
        ("Warszawa", "Warszawa", "Warszawa", "mazowieckie"),
    ],
)
def test_towns_found(name, gmina, powiat, woj):
    assert is_locality(name)
    loc, _ = resolve(name, [])
    assert loc is not None and loc.name == name and loc.kind == "miasto"
    assert (loc.gmina, loc.powiat, loc.wojewodztwo) == (gmina, powiat, woj)
    assert len(loc.simc) == 7 and len(loc.terc) == 7 and loc.terc.isdigit()


def test_unknown_name():
    assert resolve("Xyzzyńsk Wielki", ["opolskie"]) == (None, 0)
    assert resolve("", []) == (None, 0)
    assert localities("Xyzzyńsk Wielki") == []
    assert not is_locality("Xyzzyńsk Wielki")


def test_case_and_dash_handling():
    assert resolve("KRAKÓW", [])[0].simc == "0950463"
    assert localities("kraków") == []  # lower case is not a proper name
    assert resolve("Kędzierzyn \u2013 Koźle", [])[0].name == "Kędzierzyn-Koźle"
    assert resolve("BIELSKO-BIAŁA", [])[0].name == "Bielsko-Biała"


def test_warsaw_district_and_city_parts():
    loc, _ = resolve("Wola", ["Warszawa"])
    assert loc.kind == "dzielnica m. st. Warszawy" and loc.gmina == "Warszawa"
    assert resolve("Wola", [])[0] is None  # many villages called Wola
    loc, n = resolve("Nowa Huta", ["Kraków"])  # city part, consulted because a hint names Kraków
    assert loc.kind == "część miasta" and loc.gmina == "Kraków" and n > 1
    assert resolve("Nowa Huta", [])[0] is None  # several villages called Nowa Huta


def test_units():
    assert is_gmina("Byczyna") and is_gmina("gmina Byczyna") and is_gmina("BYCZYNA")
    assert not is_gmina("Polanowice")
    assert is_powiat("kluczborski") and is_powiat("powiat kłobucki") and is_powiat("kluczborskiego")
    assert is_powiat("Kraków")  # city with powiat rights
    assert not is_powiat("Kluczbork") and not is_powiat("Polanowice")
    assert wojewodztwo("opolskie") == wojewodztwo("województwo opolskiego") == "opolskie"
    assert wojewodztwo("KUJAWSKO-POMORSKIE") == "kujawsko-pomorskie"
    assert wojewodztwo("Opole") is None


def test_teryt_model_fields_are_strings():
    loc, _ = resolve("Polanowice", ["gmina Byczyna"])
    m = teryt_model(loc)
    assert set(m) == {"simc", "terc", "gmina", "powiat", "wojewodztwo"}
    assert all(isinstance(v, str) and v for v in m.values())
    with pytest.raises(dataclasses.FrozenInstanceError):
        loc.name = "x"
    assert [f.name for f in dataclasses.fields(TerytLocality)] == [
        "name",
        "kind",
        "simc",
        "terc",
        "gmina",
        "powiat",
        "wojewodztwo",
    ]


def test_tables_loaded_once():
    assert teryt._tables() is teryt._tables()


def _lines(path: Path) -> list[str]:
    return gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()


def test_committed_tables():
    locs = DATA / "teryt_localities.tsv.gz"
    units = DATA / "teryt_units.tsv.gz"
    assert locs.stat().st_size < 1_500_000
    for path in (locs, units):
        assert any(teryt.SOURCE in ln for ln in _lines(path) if ln.startswith("#"))
    rows = [ln.split("\t") for ln in _lines(locs) if not ln.startswith("#")][1:]
    assert len(rows) == 53_452 + 2_252
    assert sum(r[1] == "miasto" for r in rows) == 944
    assert len({r[2] for r in rows}) == len(rows)  # SIMC ids unique
    unit_rows = [ln.split("\t") for ln in _lines(units) if not ln.startswith("#")][1:]
    types = [r[1] for r in unit_rows]
    assert (types.count("województwo"), types.count("powiat"), types.count("gmina")) == (16, 380, 2477)


@pytest.mark.skipif(not SHARED_TERYT.is_dir(), reason="shared TERYT source files not available")
def test_builder_reproduces_committed_tables(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_teryt", ROOT / "scripts" / "build_teryt.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.build(SHARED_TERYT, tmp_path)
    for f in ("teryt_localities.tsv.gz", "teryt_units.tsv.gz"):
        assert (tmp_path / f).read_bytes() == (DATA / f).read_bytes(), f


def test_hints_are_not_read_where_they_cannot_matter():
    """A name with no locality or a single one and no city part gives its answer before the hints are parsed:
    even hints that are not strings (which the parser would skip) change nothing."""
    assert resolve("Xqzwyborowo", ["gmina Byczyna", 7]) == (None, 0)
    single = [name for name in ("Kluczbork", "Opole", "Myszków") if len(teryt.localities(name)) == 1]
    assert single
    for name in single:
        assert resolve(name, ["powiat poddębicki", None]) == resolve(name, []) == (teryt.localities(name)[0], 1)
