"""The TERYT locality tables build each name's rows on first lookup: same rows, same order, same objects."""

from pipeline.lexicon.teryt_tables import CITY_PART, LOCALITIES_FILE, TerytLocality, _lines, _Tables


def _rows_by_fold(parts: bool) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for line in _lines(LOCALITIES_FILE):
        row = tuple(line.split("\t"))
        if (row[1] == CITY_PART) == parts:
            out.setdefault(row[0].casefold(), []).append(row)
    return out


def _as_rows(locs: list[TerytLocality]) -> list[tuple[str, ...]]:
    return [(x.name, x.kind, x.simc, x.terc, x.gmina, x.powiat, x.wojewodztwo) for x in locs]


def test_lazy_tables_hold_every_row_in_file_order():
    tables = _Tables().load()
    for parts, table in ((False, tables.by_fold), (True, tables.parts_by_fold)):
        expected = _rows_by_fold(parts)
        assert len(table) == len(expected)
        for fold in ("dąbrowa", "byczyna", "nowa huta", "wola"):
            got = table.get(fold, [])
            assert _as_rows(got) == expected.get(fold, [])


def test_a_name_is_built_once_and_unknown_names_give_the_default():
    tables = _Tables().load()
    first = tables.by_fold.get("dąbrowa")
    assert first is not None and len(first) > 100
    assert tables.by_fold.get("dąbrowa") is first
    assert "dąbrowa" in tables.by_fold
    assert tables.by_fold.get("nie ma takiej miejscowości xyz", []) == []
    assert tables.parts_by_fold.get("nie ma takiej miejscowości xyz") is None
    assert {x.kind for x in tables.parts_by_fold.get("nowa huta", [])} == {CITY_PART}
