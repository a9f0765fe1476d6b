"""Roles, round 13: panel members and experts named by a list's plural lead. Sentences are invented; they reproduce
the shapes found in reports."""

from people_helpers import people, titles


def test_a_plural_lead_keeps_no_domain_phrase(extractor):
    text = ("W dyskusji udział wzięli eksperci z zakresu kardiologii i chirurgii: prof. Jan Kos, prof. Anna Wilk "
            "oraz prof. Adam Mak.")
    found = people(extractor, text)
    for name in ("Jan Kos", "Anna Wilk", "Adam Mak"):
        assert "ekspert" in titles(found[name])
        assert not any("zakresu" in t for t in titles(found[name]))


def test_a_single_expert_keeps_the_domain(extractor):
    found = people(extractor, "Wykład wygłosiła Anna Wilk, ekspert z zakresu prawa pracy.")
    assert titles(found["Anna Wilk"]) == ["ekspert z zakresu prawa pracy"]
