#!/usr/bin/env python3
"""Build the compact TERYT tables used by `pipeline.lexicon.teryt`.

Reads the official GUS exports (TERC + SIMC "Urzędowy", state 2020-01-01) from
../shared/data/gazetteers/teryt/ and writes

  pipeline/data/teryt_localities.tsv.gz
      name, kind, simc, terc, gmina, powiat, wojewodztwo
      - every independent locality (SIMC SYM == SYMPOD: villages, towns, osady,
        kolonie, ..., the 18 Warsaw dzielnice and the 19 delegatury of Kraków,
        Łódź, Poznań, Wrocław), and
      - the city parts (RM 99 "część miasta") of the 66 cities with powiat
        rights (Nowa Huta, Bródno, Podgórze, ...). The loader consults these
        only when no independent locality has the name.
      terc = WOJ+POW+GMI+RODZ_GMI of the SIMC row (7 digits, e.g. 1604014 for the
      town of Byczyna, 1604015 for the villages of gmina Byczyna). `gmina` is the
      gmina name (for Warsaw dzielnice / city delegatury: the city itself).
      `powiat` is the powiat name as in TERC (adjective "kluczborski", or the
      city name "Kraków" for cities with powiat rights); `wojewodztwo` is the
      lower-case adjective ("opolskie").

  pipeline/data/teryt_units.tsv.gz
      terc, type, subtype, name, powiat, wojewodztwo
      type is województwo / powiat / gmina / dzielnica / delegatura; subtype is
      TERC NAZWA_DOD (e.g. "gmina miejsko-wiejska", "miasto na prawach powiatu").
      The "miasto" / "obszar wiejski" halves of urban-rural gminas are not
      separate units (their codes end in 4/5 and appear only in localities).

Both files start with '#' comment lines naming the source. Output is
deterministic (sorted, gzip mtime 0), so rebuilding gives identical bytes.

Usage: python scripts/build_teryt.py [--src DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SRC = ROOT.parent / "shared" / "data" / "gazetteers" / "teryt"
DEFAULT_OUT = ROOT / "pipeline" / "data"

TERC_FILE = "TERC_Urzedowy_2020-09-26.csv"
SIMC_FILE = "SIMC_Urzedowy_2020-09-26.csv.gz"
FLAT_FILE = "localities_flat.tsv.gz"  # derived file, used only as a cross-check

SOURCE_LINE = "Źródło: GUS, rejestr TERYT, stan na 2020-01-01, pliki TERC/SIMC Urzędowy 2020-09-26"
STATE = "2020-01-01"

# SIMC RM -> kind (GUS dictionary WMRODZ)
RM_KIND = {
    "00": "część miejscowości",
    "01": "wieś",
    "02": "kolonia",
    "03": "przysiółek",
    "04": "osada",
    "05": "osada leśna",
    "06": "osiedle",
    "07": "schronisko turystyczne",
    "95": "dzielnica m. st. Warszawy",
    "96": "miasto",
    "98": "delegatura",
    "99": "część miasta",
}

LOC_COLUMNS = ["name", "kind", "simc", "terc", "gmina", "powiat", "wojewodztwo"]
UNIT_COLUMNS = ["terc", "type", "subtype", "name", "powiat", "wojewodztwo"]


def _read_csv(path: Path) -> list[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8-sig", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f, delimiter=";")]


def _write_tsv_gz(path: Path, comments: list[str], header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    for c in comments:
        buf.write(f"# {c}\n")
    buf.write("\t".join(header) + "\n")
    for r in rows:
        assert all("\t" not in x and "\n" not in x for x in r), r
        buf.write("\t".join(r) + "\n")
    raw = buf.getvalue().encode("utf-8")
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=9, mtime=0) as gz:
        gz.write(raw)
    path.write_bytes(out.getvalue())


def build(src: Path, out: Path) -> dict[str, int]:
    terc_rows = _read_csv(src / TERC_FILE)
    simc_rows = _read_csv(src / SIMC_FILE)
    for r in terc_rows + simc_rows:
        if r["STAN_NA"] != STATE:
            raise SystemExit(f"unexpected STAN_NA {r['STAN_NA']!r} in {r}")

    woj: dict[str, str] = {}  # "16" -> "opolskie"
    powiat: dict[str, tuple[str, str]] = {}  # "1604" -> ("kluczborski", "powiat")
    unit: dict[str, tuple[str, str]] = {}  # "1604014" -> ("Byczyna", "miasto")
    for r in terc_rows:
        w, p, g, k = r["WOJ"], r["POW"], r["GMI"], r["RODZ"]
        if not p:
            woj[w] = r["NAZWA"].lower()
        elif not g:
            powiat[w + p] = (r["NAZWA"], r["NAZWA_DOD"])
        else:
            unit[w + p + g + k] = (r["NAZWA"], r["NAZWA_DOD"])

    # the city a Warsaw dzielnica (8) / delegatura (9) belongs to: the only
    # gmina miejska (RODZ 1) of the same city-with-powiat-rights
    def gmina_name(code: str) -> str:
        name, _ = unit[code]
        if code[6] in "89":
            cities = [n for c, (n, _) in unit.items() if c[:4] == code[:4] and c[6] == "1"]
            if len(cities) != 1:
                raise SystemExit(f"no unique city for {code} {name}: {cities}")
            return cities[0]
        return name

    gmina_cache: dict[str, str] = {}
    locs: list[list[str]] = []
    n_indep = n_parts = 0
    for r in simc_rows:
        code = r["WOJ"] + r["POW"] + r["GMI"] + r["RODZ_GMI"]
        independent = r["SYM"] == r["SYMPOD"]
        city_part = r["RM"] == "99" and powiat[code[:4]][1] != "powiat"
        if not (independent or city_part):
            continue
        if code not in gmina_cache:
            gmina_cache[code] = gmina_name(code)
        n_indep += independent
        n_parts += city_part
        locs.append(
            [
                r["NAZWA"],
                RM_KIND[r["RM"]],
                r["SYM"],
                code,
                gmina_cache[code],
                powiat[code[:4]][0],
                woj[code[:2]],
            ]
        )
    locs.sort(key=lambda x: (x[3], x[1] == "część miasta", x[0], x[2]))

    units: list[list[str]] = []
    for r in terc_rows:
        w, p, g, k = r["WOJ"], r["POW"], r["GMI"], r["RODZ"]
        if not p:
            units.append([w, "województwo", r["NAZWA_DOD"], woj[w], "", ""])
        elif not g:
            units.append([w + p, "powiat", r["NAZWA_DOD"], r["NAZWA"], "", woj[w]])
        elif k in "123":
            units.append([w + p + g + k, "gmina", r["NAZWA_DOD"], r["NAZWA"], powiat[w + p][0], woj[w]])
        elif k == "8":
            units.append([w + p + g + k, "dzielnica", r["NAZWA_DOD"], r["NAZWA"], powiat[w + p][0], woj[w]])
        elif k == "9":
            units.append([w + p + g + k, "delegatura", r["NAZWA_DOD"], r["NAZWA"], powiat[w + p][0], woj[w]])
        # k in "45": town / rural half of an urban-rural gmina: not a unit of its own

    flat = src / FLAT_FILE
    if flat.exists():  # cross-check against the independently derived flat file
        with gzip.open(flat, "rt", encoding="utf-8") as f:
            ref = {r["sym"]: r for r in csv.DictReader(f, delimiter="\t")}
        for name, kind, sym, code, _gm, pw, wj in locs:
            x = ref[sym]
            if (x["name"], x["kind"], x["gmina_teryt"], x["powiat"], x["wojewodztwo"]) != (name, kind, code, pw, wj):
                raise SystemExit(f"mismatch with {FLAT_FILE}: {sym} {x} vs {name, kind, code, pw, wj}")

    out.mkdir(parents=True, exist_ok=True)
    common = [
        SOURCE_LINE,
        f"Built by scripts/build_teryt.py from {TERC_FILE} and {SIMC_FILE} (GUS TERYT).",
    ]
    _write_tsv_gz(
        out / "teryt_localities.tsv.gz",
        common
        + [
            f"{n_indep} independent localities (SYM == SYMPOD) + {n_parts} parts of cities with powiat rights (kind 'część miasta').",
            "terc = WOJ+POW+GMI+RODZ_GMI of the locality; gmina = gmina name (for dzielnice/delegatury: the city).",
        ],
        LOC_COLUMNS,
        locs,
    )
    _write_tsv_gz(
        out / "teryt_units.tsv.gz",
        common + ["Units: województwa, powiaty, gminy (RODZ 1/2/3), Warsaw dzielnice, city delegatury."],
        UNIT_COLUMNS,
        units,
    )
    return {"localities": len(locs), "independent": n_indep, "city_parts": n_parts, "units": len(units)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", type=Path, default=DEFAULT_SRC)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    a = ap.parse_args(argv)
    stats = build(a.src, a.out)
    for f in ("teryt_localities.tsv.gz", "teryt_units.tsv.gz"):
        print(f"{a.out / f}: {(a.out / f).stat().st_size:,} bytes", file=sys.stderr)
    print(stats, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
