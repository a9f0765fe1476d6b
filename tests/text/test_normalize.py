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


def test_a_soft_line_wrap_inside_a_sentence_becomes_a_space():
    """Hard-wrapped prose: a long line ending in lower case, the next going on in lower case, is one line."""
    from pipeline.text.normalize import normalize

    text = ("Gości powitała Naczelnik Wydziału Oświaty Starostwa Powiatowego\nw Lipnie – Anna Kos.\n"
            "Menu\nstart\nkontakt\n- spotkanie z mieszkańcami wsi Borki i Lipno\nwarsztaty")
    folded = normalize(text)
    assert len(folded) == len(text)
    assert "Powiatowego w Lipnie" in folded  # the wrap inside the sentence
    assert "Menu\nstart\nkontakt\n" in folded  # short lines: a menu keeps its breaks
    assert folded.endswith("Lipno\nwarsztaty")  # a short list line keeps its break
    assert normalize("Koniec zdania.\nnastępny") == "Koniec zdania.\nnastępny"  # a full stop ends the line's sentence


def test_a_soft_wrap_keeps_a_title_whole(extractor):
    report = extractor.extract("Gości powitała Naczelnik Wydziału Oświaty Starostwa Powiatowego\nw Lipnie – Anna Kos.")
    kos = next(p for p in report.people if p.name == "Anna Kos")
    assert [r.title for r in kos.roles] == ["naczelnik wydziału"]
    assert kos.roles[0].organization == "Starostwo Powiatowe w Lipnie"
