"""Base forms of person names (pipeline/extract/person_names.py)."""

import pytest


@pytest.mark.parametrize("phrase,base", [
    ("Jerzy Kozła", "Jerzy Kozła"),  # a nominative first name: the surname is a man's '-a' surname, not 'Kozioł'
    ("Jerzego Kozła", "Jerzy Kozioł"),
])
def test_surname_known_only_in_an_oblique_case(phrase, base):
    from pipeline.lemma import base_form

    assert base_form(phrase, "person") == base
