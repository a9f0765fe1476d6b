"""A closing signature gives the signed name its title (pipeline/extract/role_signatures.py)."""

import pytest


def _roles(extractor, text: str) -> dict[str, list[str]]:
    return {p.name: [r.title for r in p.roles] for p in extractor.extract(text).people}


@pytest.mark.parametrize("text,name,title", [
    ("Zapraszamy wszystkich mieszkańców na festyn.\nPrezes Stowarzyszenia Przyjaciół Brzeziny\nOlga Trzmiel\n",
     "Olga Trzmiel", "prezes"),
    ("Zapraszamy na spotkanie z autorem.\nDyrektor Biblioteki Publicznej w Kaczorach\n/-/ Bogdan Wierzba",
     "Bogdan Wierzba", "dyrektor"),
    ("Zapraszamy na spotkanie z autorem.\nBogdan Wierzba\nDyrektor Biblioteki Publicznej w Kaczorach",
     "Bogdan Wierzba", "dyrektor"),
    ("Dziękujemy za udział w kiermaszu.\nOlga Trzmiel / Skarbnik Koła Gospodyń Wiejskich w Brzezinie",
     "Olga Trzmiel", "skarbnik"),
])
def test_a_title_line_beside_a_closing_name_is_its_title(extractor, text, name, title):
    assert title in _roles(extractor, text)[name]


def test_a_sentence_over_a_closing_name_gives_no_title(extractor):
    text = "Spotkanie prowadziła Olga Trzmiel.\nDyrektor szkoły podziękowała gościom.\nBogdan Wierzba"
    assert _roles(extractor, text)["Bogdan Wierzba"] == []


def test_a_name_and_a_title_line_far_from_the_end_are_no_signature(extractor):
    lines = ["Prezes Stowarzyszenia Przyjaciół Brzeziny", "Olga Trzmiel"] + [
        f"Punkt {n}: uczestnicy omówili plan prac na kolejny kwartał." for n in range(1, 7)]
    assert "prezes" not in _roles(extractor, "\n".join(lines)).get("Olga Trzmiel", [])


def test_a_plural_heading_over_closing_names_is_a_list_not_a_signature(extractor):
    text = "Dziękujemy za wspólną zabawę!\nOpiekunowie grupy\nOlga Trzmiel\nBogdan Wierzba"
    people = {p.name: p for p in extractor.extract(text).people}
    assert all(r.mention.rule != "signature" for p in people.values() for r in p.roles)
