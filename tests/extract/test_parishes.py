"""A parish named by its dedication is one body, written with a capital head, its seat dropped."""

import pytest

from pipeline.extract.parishes import parish_mentions


@pytest.mark.parametrize("text,name", [
    ("Pielgrzymi przybyli do parafii pw. św. Marcina z Tours w Lipowie.", "Parafia pw. św. Marcina z Tours"),
    ("Festyn odbył się przy Parafii pod wezwaniem Najświętszej Marii Panny w Lipowie.",
     "Parafia pod wezwaniem Najświętszej Marii Panny"),
    ("Proboszcz parafii Św. Kazimierza, ks. Adam Lipa, powitał gości.", "Parafia Św. Kazimierza"),
    ("Spotkanie zorganizowała parafia pw. św. Piotra i św. Pawła.", "Parafia pw. św. Piotra i św. Pawła"),
    ("Uroczystość przygotowała parafia pw. św. Anny i wszyscy jej parafianie.", "Parafia pw. św. Anny"),
])
def test_a_parish_with_its_dedication_is_named(ctx_for, text, name):
    assert name in [n for _, _, n in parish_mentions(ctx_for(text))]


@pytest.mark.parametrize("text", [
    "Rodziny z parafii Kowalskich zebrały się w remizie.",
    "Parafia Rzymskokatolicka ogłosiła zbiórkę.",
    "Każda parafia obchodzi święto patrona.",
])
def test_a_parish_without_a_dedication_is_not_named_so(ctx_for, text):
    assert parish_mentions(ctx_for(text)) == []


def test_the_parish_is_an_organization_without_its_seat(extractor):
    report = extractor.extract("Festyn zorganizowała parafia pw. św. Wojciecha w Lipowie. Przyszło wielu gości.")
    names = {o.name for o in report.organizations}
    assert "Parafia pw. św. Wojciecha" in names
    assert not any("Lipowie" in n for n in names)


@pytest.mark.parametrize("text,name", [
    ("Parafia Rzymskokatolicka pw. Najświętszego Serca Pana Jezusa w Brzezinach zorganizowała kiermasz.",
     "Parafia Rzymskokatolicka pw. Najświętszego Serca Pana Jezusa"),
    ("Kiermasz przygotowała Parafia Rzymskokatolicka p.w. Przemienienia Pana Jezusa w Dąbrówce.",
     "Parafia Rzymskokatolicka p.w. Przemienienia Pana Jezusa"),
])
def test_the_lords_genitive_stays_in_a_dedication(extractor, text, name):
    """"Pana" governed by the dedication's noun is the Lord, not a person addressed after the name."""
    assert name in {o.name for o in extractor.extract(text).organizations}


def test_a_person_addressed_after_an_office_still_ends_its_name(extractor):
    report = extractor.extract("Podziękowania składamy Urzędowi Gminy Lipowo Pana Jana Sroki za pomoc przy festynie.")
    assert not any("Pana" in o.name for o in report.organizations)


@pytest.mark.parametrize("text,name", [
    ("Festyn przygotowała parafia pw. św. Marcina. Następnie Ewa Sowa zaśpiewała.", "Parafia pw. św. Marcina"),
    ("Odpust odbył się w parafii pw. Wniebowzięcia NMP. Potem Jan Kos zagrał.", "Parafia pw. Wniebowzięcia NMP"),
    ("Pielgrzymkę zorganizowała parafia pw. św. Piotra i Pawła Ap. w Lipnie.", "Parafia pw. św. Piotra i Pawła Ap."),
])
def test_a_full_stop_after_a_whole_word_ends_the_dedication(ctx_for, text, name):
    """The next sentence's capitalised words are no part of the saint's name; an abbreviation's dot is."""
    assert [n for _, _, n in parish_mentions(ctx_for(text))] == [name]


def test_a_church_named_at_a_sentence_end_keeps_no_full_stop(extractor):
    report = extractor.extract("Mszę odprawiono w kościele parafialnym pw. św. Marcina. Następnie odbył się festyn.")
    assert "kościół parafialny pw. św. Marcina" in [p.name for p in report.places]


def test_an_acronym_inside_the_dedication_gives_way_to_the_parish(extractor):
    """"pw. Wniebowzięcia NMP w X": the acronym is the Virgin's, so the parish is the body and no "NMP w X" is one."""
    report = extractor.extract("Festyn przygotowała parafia pw. Narodzenia NMP w Dębinie. Przyszło wielu gości.")
    names = {o.name for o in report.organizations}
    assert "Parafia pw. Narodzenia NMP" in names
    assert not any(n.startswith("NMP") for n in names)
    report = extractor.extract("Festyn przygotowała parafia pw. św. Anny wspólnie z KGW w Dębinie.")
    assert "Parafia pw. św. Anny" in {o.name for o in report.organizations}
    assert any("Gospodyń" in o.name or o.name.startswith("KGW") for o in report.organizations)


def test_i_before_a_bodys_acronym_or_head_ends_the_dedication(extractor):
    names = {o.name for o in extractor.extract("Podziękowania składamy Parafii Św. Anny i GOPS.").organizations}
    assert {"Parafia Św. Anny", "GOPS"} <= names
    names = {o.name for o in extractor.extract("Dziękujemy Parafii pw. św. Jana i Fundacji Lipa.").organizations}
    assert {"Parafia pw. św. Jana", "Fundacja Lipa"} <= names
    # two saints of one dedication stay together
    names = {o.name for o in extractor.extract("Dziękujemy Parafii pw. św. Piotra i Pawła.").organizations}
    assert "Parafia pw. św. Piotra i Pawła" in names


@pytest.mark.parametrize("text,name", [
    ("Kiermasz przygotowała parafia rzymskokatolicka pw. św. Rocha w Jodłowie.", "Parafia rzymskokatolicka pw. św. Rocha"),
    ("Chór wystąpił dla parafii prawosławnej pod wezwaniem Zaśnięcia NMP w Lipowie.",
     "Parafia prawosławna pod wezwaniem Zaśnięcia NMP"),
    ("Dzieci odwiedziły Parafię Ewangelicko-Augsburską pw. Zbawiciela w Lipowie.",
     "Parafia Ewangelicko-Augsburska pw. Zbawiciela"),
])
def test_a_parish_with_its_church_adjective_before_the_dedication_is_named(ctx_for, text, name):
    """The church's adjective agreeing with the head stays in the name, in the nominative; the seat drops (452)."""
    assert [n for _, _, n in parish_mentions(ctx_for(text))] == [name]


def test_a_noun_before_the_dedication_is_no_church_adjective(ctx_for):
    assert parish_mentions(ctx_for("Proboszcz parafii Lipnik pw. św. Rocha podziękował gościom.")) == []
