"""Person-name rules (`pipeline.ner.person_rules`): a capitalised pair that agrees as noun and adjective is a
place when the register knows it, a person when its second word is a surname the register does not name."""

from __future__ import annotations

from pipeline.ner.person_rules import find_people


def _names(ctx_for, text: str) -> list[str]:
    ctx = ctx_for(text)
    light = ctx.light_tokens
    return [" ".join(t.text for t in light[i:j] if not t.is_space) for i, j in find_people(light)]


def test_known_locality_pair_is_no_person(ctx_for) -> None:
    """'Kazimierzu Dolnym': the adjective also reads as a surname, but the register knows the town."""
    names = _names(ctx_for, "Wczoraj w Kazimierzu Dolnym gościła Anna Nowak z Lublina.")
    assert names == ["Anna Nowak"]


def test_agreeing_pair_outside_the_register_is_a_person(ctx_for) -> None:
    """'Tomasz Zielony': an agreeing adjective read as a surname, no locality of that name: a person."""
    names = _names(ctx_for, "Na spotkanie przyszedł Tomasz Zielony, sołtys wsi.")
    assert names == ["Tomasz Zielony"]


def test_common_noun_and_adjective_is_no_person(ctx_for) -> None:
    """'Hala Sportowa': a common noun first and an adjective that is no surname name a building, not a woman."""
    assert _names(ctx_for, "Zawody odbyły się w Hali Sportowej przy ulicy Leśnej.") == []


def test_spaced_one_letter_initials_before_a_surname_are_one_persons(extractor):
    names = {p.name for p in extractor.extract(
        "Wystawę przygotowano według pomysłu prof. E. T. Zawilskiego, a bajkę A. B. C. Hoffmanna czytała Iga Lis. "
        "Fakturę wystawiła Firma Lipa S.A. J. Kowalik.").people}
    assert {"E. T. Zawilski", "A. B. C. Hoffmann"} <= names
    assert not any(n.startswith("A. J.") for n in names)  # "S.A." ends the firm's name, no initial


def test_an_unknown_surname_after_initials_leaves_an_oblique_ending(extractor):
    names = {p.name for p in extractor.extract("Koncert poprowadzi Adam Kos, absolwent klasy prof. J. Katlewicza.").people}
    assert "J. Katlewicz" in names
