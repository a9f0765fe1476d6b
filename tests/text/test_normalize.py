"""`normalize`: one character for one character, typographic variants folded (pipeline.text.normalize)."""

from __future__ import annotations

from pipeline.text.normalize import _FOLD, _TABLE, MAX_PUNCT_RUN, normalize


def test_every_folded_character_is_replaced_as_the_table_says():
    text = "Zebranie\u00a0„Pod Lipą”\u2013 12\u202f000 zł \u2022 «tak» \u2018x\u2019\tŁódź\u00ad" + "".join(_FOLD)
    assert normalize(text) == text.translate(_TABLE)
    assert len(normalize(text)) == len(text)


def test_text_without_variants_is_unchanged():
    text = "Spotkanie w Żółkiewce, godz. 10:00 (sala nr 2) - wstęp wolny!"
    assert normalize(text) == text


def test_long_punctuation_runs_become_spaces():
    run = "„" * (MAX_PUNCT_RUN + 5)
    assert normalize("a" + run + "b") == "a" + " " * len(run) + "b"


def test_apostrophe_stand_ins_fold_to_the_apostrophe():
    """'Verlinden´a' and 'Moore`a' tokenize as one word with its case ending, like "Gaulle'a"."""
    assert normalize("Verlinden´a i Moore`a") == "Verlinden'a i Moore'a"
