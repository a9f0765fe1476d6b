"""`analyse` reads morfeusz2's SWIG object directly; it must agree with the public wrapper."""

from __future__ import annotations

import threading

import pytest

from pipeline.text.analysis import Analysis, analyse, clean_lemma, morfeusz

WORDS = [
    "Rady", "stoi", "nie", "biało", "m.in.", "r.", "2018r.", "Wrocławia", "Kowalskiego", "były", "może",
    "przyjechali", "uczestnicy", "gminy", "Pan", "Unii", "abc123", "1.2", "...", "ul.", "powiedziała", "Jana",
    "najlepszego", "dane", "osobowe", "ZUS", "x", "ó", "Milicza", "MILICZA",
    "zrobiłeś", "dlań", "12-letni", "2:1", "Kowalskiej-Nowak",
]


def _via_wrapper(word: str) -> tuple[Analysis, ...]:
    raw = morfeusz().analyse(word)
    last_node = max((end for _s, end, _i in raw), default=0)
    if last_node > 1 and not word.endswith(".") and not word.isalpha():
        return ()
    out: list[Analysis] = []
    seen: set[tuple[str, str]] = set()
    for start, _end, (_orth, lemma, tag, names, _quals) in raw:
        if start != 0 or (lemma, tag) in seen:
            continue
        seen.add((lemma, tag))
        out.append(Analysis(clean_lemma(lemma), tag, tuple(n for n in names if n != "nazwa_pospolita")))
    return tuple(out)


@pytest.mark.parametrize("word", WORDS)
def test_analyse_matches_the_wrapper(word: str) -> None:
    assert analyse(word) == _via_wrapper(word)
    assert all(type(a) is Analysis and a.pos == Analysis(a.lemma, a.tag, a.names).pos for a in analyse(word))


def test_pos_is_the_tag_head() -> None:
    assert Analysis("x", "subst:sg:nom:m1", ()).pos == "subst"
    assert Analysis("x", "adja", ()).pos == "adja"
    assert Analysis("x", "", ()).pos == ""


@pytest.mark.parametrize("word", WORDS)
def test_label_penalties_match_the_wrapper_labels(word: str) -> None:
    """The penalty kept per labels id is the one the wrapper's labels give (rare labels 1.5, mild 0.4)."""
    from pipeline.text.analysis import _MILD_LABELS, _RARE_LABELS, penalties_of

    fresh = analyse.__wrapped__(word)  # past the cache: the id tables are used, not the cached tuple
    got = dict(zip(fresh, penalties_of(fresh), strict=True))
    for start, _end, (_orth, lemma, tag, names, quals) in morfeusz().analyse(word):
        labels = {q for qs in quals for q in qs.split(",")}
        expected = 1.5 if labels & _RARE_LABELS else 0.4 if labels & _MILD_LABELS else 0.0
        reading = Analysis(clean_lemma(lemma), tag, tuple(n for n in names if n != "nazwa_pospolita"))
        if start == 0 and expected and reading in got:
            assert got[reading] in (expected, 0.0) and any(got.values())


def test_a_rare_label_is_penalised() -> None:
    from pipeline.text.analysis import penalties_of

    readings = analyse("stoi")
    assert any(p == 1.5 for a, p in zip(readings, penalties_of(readings), strict=True) if a.lemma == "stoa")


def test_a_penalty_belongs_to_the_form_not_to_the_reading() -> None:
    """'gali' and 'Gal' share the reading gala:subst:pl:gen:f under different labels: each form keeps its own
    penalty whichever was read first, so a record does not depend on the documents read before it."""
    from pipeline.text.analysis import penalties_of
    from pipeline.text.disambiguation import _prepare

    def penalty(word: str) -> float:
        readings = analyse(word)
        return next(p for a, p in zip(readings, penalties_of(readings), strict=True)
                    if a.lemma == "gala" and a.tag == "subst:pl:gen:f")

    assert penalty("Gal") == 1.5 and penalty("gali") == 0.4 and penalty("Gal") == 1.5
    gali = analyse("gali")
    base = _prepare(gali, "gali", penalties_of(gali))
    again = _prepare(gali, "gali", tuple(0.0 for _ in gali))
    assert base != again  # the penalties are part of the cached key


def test_readings_outlive_the_library_list() -> None:
    """The readings are read from morfeusz2's result list while it lives (its items point into it): many
    fresh analyses in a row give the same strings again."""
    words = ["zrobiłeś", "Wrocławia", "przyjechali", "najlepszego"]
    first = [analyse(w) for w in words]
    analyse.cache_clear()
    for _ in range(50):
        analyse.cache_clear()
        assert [analyse(w) for w in words] == first


def test_rejected_characters_are_unknown() -> None:
    assert analyse("a\x00b") == () or all(type(a) is Analysis for a in analyse("a\x00b"))


def test_background_loading_gives_one_working_instance(monkeypatch):
    """`load_in_background` (started by `make_nlp`) hands its instance to `morfeusz`; a failed or lost
    thread leaves `morfeusz` to create one itself."""
    from pipeline.text import analysis

    monkeypatch.setattr(analysis, "_MORFEUSZ", None)
    monkeypatch.setattr(analysis, "_LOADING", [])
    monkeypatch.setattr(analysis, "_LOADED", [])
    analysis.load_in_background()
    analysis.load_in_background()  # a second call starts nothing more
    assert len(analysis._LOADING) == 1
    first = analysis.morfeusz()
    assert first is analysis.morfeusz() and not analysis._LOADED
    assert any(lemma.split(":")[0] == "kot" for _s, _e, (_o, lemma, *_rest) in first.analyse("kota"))

    monkeypatch.setattr(analysis, "_MORFEUSZ", None)
    monkeypatch.setattr(analysis, "_LOADING", [threading.Thread(target=lambda: None)])
    analysis._LOADING[0].start()
    monkeypatch.setattr(analysis, "_LOADED", [])  # the thread made nothing (it failed)
    assert analysis.morfeusz().analyse("kota")
