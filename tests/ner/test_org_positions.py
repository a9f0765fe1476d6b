"""Names taken only in a body's position (pipeline/ner/org_positions.py): heads that also name events or money
("Forum", "Fundusz") and names shaped as institutions with no institutional head; invented names and sentences."""

import pytest


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


@pytest.mark.parametrize("text,name", [
    ("Organizatorem spotkania było Forum Rozwoju Doliny Bobru.", "Forum Rozwoju Doliny Bobru"),
    ("Na zebranie przyjechali przedstawiciele Forum Inicjatyw Sąsiedzkich.", "Forum Inicjatyw Sąsiedzkich"),
    ("Dziękujemy Regionalnemu Funduszowi Poręczeniowemu za pomoc.", "Regionalny Fundusz Poręczeniowy"),
    ("Szkolenie przygotowano we współpracy z Lipowskim Funduszem Pożyczkowym.", "Lipowski Fundusz Pożyczkowy"),
    ("Organizatorem spotkania była Lipowska Specjalna Strefa Ekonomiczna.", "Lipowska Specjalna Strefa Ekonomiczna"),
    ("Warsztaty zorganizowane przez Bobrzańską Specjalną Strefę Rozwojową cieszyły się powodzeniem.",
     "Bobrzańska Specjalna Strefa Rozwojowa"),
    ("Polska Macierz Teatralna zaprasza mieszkańców na warsztaty.", "Polska Macierz Teatralna"),
    ("Partnerami byli Klub Seniora Wrzos, Forum Kobiet Lipowa oraz Lipowska Specjalna Strefa Ekonomiczna.",
     "Lipowska Specjalna Strefa Ekonomiczna"),
    ("Podziękowania składamy Fundacji Lipa i Kongresowi Sołtysów.", "Kongres Sołtysów"),
    ("Pokaz przygotowali przedstawiciele Wojska Polskiego.", "Wojsko Polskie"),
])
def test_a_name_in_a_bodys_position_is_an_organization(extractor, text, name):
    assert name in _orgs(extractor, text)


@pytest.mark.parametrize("text", [
    "W sobotę odbyło się XV Forum Organizacji Pozarządowych.",  # an ordinal event
    "Forum Seniorów odbyło się w sobotę w remizie.",  # the event as the subject of "odbyć się"
    "Uczestnicy Forum Seniorów wysłuchali wykładu.",  # the event's participants
    "Projekt współfinansowano ze środków Regionalnego Funduszu Rozwoju Wsi.",  # a source of money
    "Mieszkańcy wybrali zadania finansowane z Funduszu Sołeckiego.",  # a kind
    "Dziękujemy Nowemu Dworowi Mazowieckiemu za gościnę.",  # a town shaped like a name
    "Na Kongresie Sołtysów rozmawiano o funduszach.",  # the event
    "Mecz odbył się w ramach rozgrywek Ligi Okręgowej.",  # a league
    "Forum Przedsiębiorców organizuje konferencję dla firm.",  # a title at a sentence's start
])
def test_the_same_heads_elsewhere_name_no_body(extractor, text):
    names = _orgs(extractor, text)
    assert not any(n.startswith(("Forum", "Regionalny Fundusz", "Fundusz", "Nowy Dwór", "Kongres", "Liga"))
                   for n in names)


def test_a_positional_head_after_and_opens_a_second_name(extractor):
    names = _orgs(extractor, "Podziękowania składamy Klubowi Wrzos i Forum Kobiet Ziemi Lipowskiej.")
    assert {"Klub Wrzos", "Forum Kobiet Ziemi Lipowskiej"} <= names
    # a genitive complement coordinated inside the name stays in it
    assert "Ministerstwo Funduszy i Polityki Regionalnej" in _orgs(
        extractor, "Dziękujemy Ministerstwu Funduszy i Polityki Regionalnej za wsparcie.")


def test_a_positional_name_takes_the_plural_kind_it_governs_and_follows_quoted_names(extractor):
    # "Ośrodków Pomocy Społecznej" alone is a plural kind; after "Forum" it is the name's complement
    names = _orgs(extractor, "Organizatorami byli Chór Wrzos oraz Lipowskie Forum Ośrodków Pomocy Społecznej.")
    assert "Lipowskie Forum Ośrodków Pomocy Społecznej" in names
    # a quoted name earlier in the list does not hide the cue that opens it
    names = _orgs(extractor, "Partnerami byli „Lipka” oraz Forum Inicjatyw Sąsiedzkich.")
    assert "Forum Inicjatyw Sąsiedzkich" in names


@pytest.mark.parametrize("text,name", [
    ("Organizatorem spotkania był „Modry Staw”.", "„Modry Staw”"),
    ("Partnerami festynu byli Powiat Lipowski, Klub Wrzos oraz „Zielona Kotwica”.", "„Zielona Kotwica”"),
    ("Piknik się udał.\nPartnerzy: Fundacja Lipa | „Zielona Kotwica” | Gmina Brzozowo", "„Zielona Kotwica”"),
    ("Warsztaty zorganizowane przez „Modry Staw” odbyły się w sobotę.", "„Modry Staw”"),
])
def test_a_quoted_name_where_a_body_cue_puts_it_is_an_organization(extractor, text, name):
    """A quoted name with no head noun is a body where the sentence names the organizer, partner or agent."""
    assert name in _orgs(extractor, text)


@pytest.mark.parametrize("text", [
    "W spektaklu „Modry Staw” zagrały dzieci.",
    "Organizatorem konkursu „Modry Staw” była Fundacja Lipa.",
])
def test_a_quoted_title_elsewhere_is_no_organization(extractor, text):
    assert "„Modry Staw”" not in _orgs(extractor, text)
