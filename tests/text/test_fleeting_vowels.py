"""The fleeting 'e' of masculine consonant stems (pipeline/text/fleeting_vowels.py)."""

import pytest

from pipeline.text.fleeting_vowels import with_fleeting_e
from pipeline.text.name_forms import ending_readings, guess_surname, unknown_name_base


@pytest.mark.parametrize("stem,nominative", [
    ("Dziubiark", "Dziubiarek"),  # a consonant + 'k'
    ("Zdziśk", "Zdzisiek"),  # a soft consonant is spelled with 'i' before the 'e'
    ("Wrajpl", "Wrajpel"),  # an obstruent + 'l'
    ("Kulmidr", "Kulmider"),
    ("Nowak", "Nowak"),  # a vowel before the last consonant: nothing fled
    ("Bresk", "Bresk"),  # 'sk' and 'ck' end words
    ("Derrick", "Derrick"),
    ("Ołeksandr", "Ołeksandr"),  # the East Slavic '-ndr'
    ("Piotr", "Piotr"),
])
def test_with_fleeting_e(stem, nominative):
    assert with_fleeting_e(stem) == nominative


def test_oblique_forms_of_unknown_surnames():
    assert unknown_name_base("Dziubiarka", "m", oblique=True) == "Dziubiarek"
    assert unknown_name_base("Wrajplem", "m") == "Wrajpel"
    assert unknown_name_base("Kulmidra", "m") == "Kulmider"
    assert guess_surname("Dziubiarkowi", "m", {"dat"}) == "Dziubiarek"
    assert (frozenset({"gen", "acc"}), "m", "Wrajpel") in ending_readings("Wrajpla")


@pytest.mark.parametrize("text,name", [
    ("Warsztaty poprowadził pod okiem pana Tadeusza Wrajpla jego uczeń.", "Tadeusz Wrajpel"),
    ("Nagrodę otrzymał uczeń Oskara Kulmidra ze szkoły w Lipnie.", "Oskar Kulmider"),
    ("Wystąpienie Benedykta Dziubiarka zamknęło obrady.", "Benedykt Dziubiarek"),
])
def test_people_with_fleeting_e(extractor, rules_only, text, name):
    assert name in {p.name for p in extractor.extract(text).people}
