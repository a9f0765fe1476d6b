"""The cases a governing word before a name allows (pipeline/extract/name_government.py), and the base forms
they give a name whose surname does not decline."""

import pytest

from pipeline.extract.name_government import governed_cases


def _cases(ctx_for, text: str, word: str):
    toks = ctx_for(text).light_tokens
    return governed_cases(toks, next(k for k, t in enumerate(toks) if t.text == word))


@pytest.mark.parametrize("text,word,expected", [
    ("Kurs prowadził przez dwa dni ratownika medycznego Sebastiana Dyło.", "Sebastiana", {"gen", "acc"}),
    ("Spotkanie z udziałem szaradzisty Stanisława Bisko.", "Stanisława", {"gen"}),
    ("Fundację reprezentowano przez Pawła Świerzko.", "Pawła", {"acc"}),
    ("Nagrody wręczono dla dr. Pawła Świerzko.", "Pawła", {"gen"}),
    ("Debata z udziałem zastępcy wójta Pawła Świerzko.", "Pawła", {"gen", "dat", "loc"}),  # the head title's case
])
def test_governed_cases(ctx_for, text, word, expected):
    assert _cases(ctx_for, text, word) == expected


@pytest.mark.parametrize("text,word", [
    ("Rozmowę prowadziła redaktor Sebastiana Dyło.", "Sebastiana"),  # a woman's undeclined title: no case
    ("Spotkanie otworzyła Stanisława Bisko.", "Stanisława"),  # a verb: no case from here
    ("Zobaczyliśmy dzieła Stanisława Bisko.", "Stanisława"),  # no personal title: a possessor, either gender
    ("Przyszła też dyrektor szkoły Stanisława Bisko.", "Stanisława"),
    ("Szkolenie poprowadził zastępca wójta Jan Dyło.", "Jan"),  # the genitive title is what "zastępca" governs
    ("Zajęcia prowadziła kandydatka na posła Anna Dyło.", "Anna"),  # and what "na" governs
])
def test_nothing_governs(ctx_for, text, word):
    assert _cases(ctx_for, text, word) is None


@pytest.mark.parametrize("text,name", [
    ("Zajęcia były prowadzone przez ratownika medycznego Sebastiana Dyło.", "Sebastian Dyło"),
    ("Odbył się konkurs z udziałem znakomitego szaradzisty Stanisława Bisko.", "Stanisław Bisko"),
    ("Fundacja była reprezentowana przez Pawła Świerzko.", "Paweł Świerzko"),
    ("Gościem spotkania była Stanisława Bisko.", "Stanisława Bisko"),
    ("Rozmowę prowadziła redaktor Sebastiana Dyło.", "Sebastiana Dyło"),
])
def test_base_form_by_governing_word(extractor, text, name):
    assert name in {p.name for p in extractor.extract(text).people}

