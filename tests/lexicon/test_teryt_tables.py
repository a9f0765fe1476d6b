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


def test_the_kept_index_is_the_parsed_one_and_a_stale_one_is_not_used(tmp_path, monkeypatch):
    import marshal

    from pipeline.lexicon import teryt_tables as tt

    monkeypatch.setenv("PL_EVENTS_CACHE", str(tmp_path))
    parsed = tt._index_localities(_lines(LOCALITIES_FILE))
    assert tt._locality_index() == parsed  # parsed, then kept
    (kept,) = tmp_path.glob("teryt-*.marshal")
    assert tt._locality_index() == parsed  # read back
    form, digest, by_fold, parts = marshal.loads(kept.read_bytes())
    assert list(by_fold) == list(parsed[0]) and list(parts) == list(parsed[1])
    kept.write_bytes(marshal.dumps((form, "0" * 32, {"wólka": "Wólka\twieś"}, {})))
    assert tt._locality_index() == parsed  # made from other data: parsed again
    kept.write_bytes(b"\x00broken")
    assert tt._locality_index() == parsed
