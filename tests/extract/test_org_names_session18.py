"""Organization names on page-like reports (issue 12, session 18), in sentences written for the tests."""

import pytest


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Na zebranie przyszli członkowie Stowarzyszenia Nowe Horyzonty.", "Stowarzyszenie Nowe Horyzonty"),
    ("Obrady prowadził Zarząd Fundacji Zielone Łąki.", "Fundacja Zielone Łąki"),
])
def test_a_name_after_a_noun_is_its_genitive_even_when_its_own_words_look_plural(extractor, text, name):
    """"Stowarzyszenia" is a genitive singular or a nominative plural; after a noun it is the genitive complement, and
    a capitalised word after it ("Nowe") is the name's own, not an adjective making the head plural."""
    assert name in _orgs(extractor, text)


def test_a_plural_genitive_after_a_noun_still_names_a_kind(extractor):
    names = _orgs(extractor, "Na zebranie przyszli członkowie Kół Gospodyń Wiejskich.")
    assert not {n for n in names if n.startswith("Koł")}
