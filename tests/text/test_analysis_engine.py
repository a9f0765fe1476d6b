"""`analyse` reads morfeusz2's SWIG object directly; it must agree with the public wrapper."""

from __future__ import annotations

import pytest

from pipeline.text.analysis import Analysis, analyse, clean_lemma, morfeusz

WORDS = [
    "Rady", "stoi", "nie", "biało", "m.in.", "r.", "2018r.", "Wrocławia", "Kowalskiego", "były", "może",
    "przyjechali", "uczestnicy", "gminy", "Pan", "Unii", "abc123", "1.2", "...", "ul.", "powiedziała", "Jana",
    "najlepszego", "dane", "osobowe", "ZUS", "x", "ó", "Milicza", "MILICZA",
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


def test_pos_is_the_tag_head() -> None:
    assert Analysis("x", "subst:sg:nom:m1", ()).pos == "subst"
    assert Analysis("x", "adja", ()).pos == "adja"
    assert Analysis("x", "", ()).pos == ""
