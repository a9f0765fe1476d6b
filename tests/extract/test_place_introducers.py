"""The words that introduce a locality's name (pipeline/extract/place_introducers.py), on light tokens."""

import pytest

from pipeline.extract.place_introducers import after_acronym, introduced_locality


def _at(ctx, text: str, word: str) -> tuple[list, int]:
    toks = ctx.light_tokens
    return toks, next(k for k, t in enumerate(toks) if t.text == word)


@pytest.mark.parametrize("text,word,expected", [
    ("Kapela przyjechała z niewielkiego Grabika.", "Grabika", True),
    ("Goście zwiedzili Pakość.", "Pakość", True),
    ("Była to najładniejsza wieś opolska – Lipno.", "Lipno", True),
    ("Powiedział Jan, że Lipno jest piękne.", "Lipno", False),
])
def test_introduced_locality(ctx_for, text, word, expected):
    toks, k = _at(ctx_for(text), text, word)
    assert introduced_locality(toks, k) is expected


@pytest.mark.parametrize("text,word,expected", [
    ("Wygrał zawodnik MKS Wieliczka.", "Wieliczka", True),
    ("Wygrał zawodnik MKS Wieliczka Junior.", "Wieliczka", False),
    ("Zagrali XII Kraków.", "Kraków", False),
])
def test_after_acronym(ctx_for, text, word, expected):
    ctx = ctx_for(text)
    toks, k = _at(ctx, text, word)
    assert after_acronym(ctx, toks, k) is expected
