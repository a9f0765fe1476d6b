"""Sports clubs written with their town: the own name (base form) is the organization, the town a place."""

import pytest


@pytest.fixture(autouse=True)
def _rules_only(rules_only):
    yield


def _report(extractor, text: str) -> tuple[set[str], set[str]]:
    doc = extractor.extract(text)
    return {o.name for o in doc.organizations}, {p.name for p in doc.places}


@pytest.mark.parametrize("text, club, town", [
    ("W sobotnim meczu piłkarze Orkana Wieluń pokonali gości 2:0.", "Orkan", "Wieluń"),
    ("Siatkarze zagrają w lidze z Czarnymi Rząśnia i z Pogonią Garwolin.", "Czarni", "Rząśnia"),
    ("Siatkarze zagrają w lidze z Czarnymi Rząśnia i z Pogonią Garwolin.", "Pogoń", "Garwolin"),
    ("Kibice czekają na mecz, w którym zagra Sokół Syguła Chodzież.", "Sokół Syguła", "Chodzież"),
    ("Tabela ligi juniorów: 1. MKS Wilga Koluszki, 2. UKS SMS Łódź.", "MKS Wilga", "Koluszki"),
    ("Tabela ligi juniorów: 1. MKS Wilga Koluszki, 2. UKS SMS Łódź.", "UKS SMS", "Łódź"),
    ('Najważniejszy był mecz z KS "Orlęta" Wieluń w ramach rozgrywek.', 'KS "Orlęta"', "Wieluń"),
])
def test_a_clubs_own_name_and_its_town_are_apart(extractor, text, club, town):
    orgs, places = _report(extractor, text)
    assert club in orgs and town in places


def test_a_squads_numeral_is_no_part_of_the_name_or_the_town(extractor):
    orgs, places = _report(extractor, "Najbliższe mecze ligi: Skra Bełchatów II - Orkan Wieluń, SMS II Spała - Orkan Wieluń.")
    assert {"Skra", "SMS", "Orkan"} <= orgs and {"Bełchatów", "Spała", "Wieluń"} <= places


def test_a_common_noun_capitalised_by_position_is_not_in_the_name(extractor):
    orgs, _ = _report(extractor, "Przed sezonem ligi trwały sparingi. Kadra Orkana Wieluń liczy dwunastu graczy.")
    assert "Orkan" in orgs and not any(o.startswith("Kadra") for o in orgs)


def test_a_short_mention_names_the_longer_club(extractor):
    orgs, _ = _report(extractor, "Sokół Syguła Chodzież wygrał mecz. W meczu z Sokołem Chodzież piłkarze walczyli.")
    assert "Sokół Syguła" in orgs and "Sokół" not in orgs


@pytest.mark.parametrize("text, wrong", [
    ("Juniorzy Bzury zajmują pierwsze miejsce w lidze.", "Juniorzy"),  # a noun and the club's genitive
    ("Po meczu Dziś Wieluń świętuje awans do ligi.", "Dziś"),  # an adverb capitalised is no name
])
def test_a_noun_or_an_adverb_before_a_town_is_no_club(extractor, text, wrong):
    orgs, _ = _report(extractor, text)
    assert wrong not in orgs


@pytest.mark.parametrize("text, club", [
    ("Na festynie pokaz dał Orkan Wieluń, a potem był koncert.", False),
    ("Na festynie pokaz dał Orkan Wieluń, a potem był mecz.", True),
])
def test_only_in_a_text_on_sport_a_word_before_a_town_is_a_club(extractor, text, club):
    orgs, _ = _report(extractor, text)
    assert ("Orkan" in orgs) is club


@pytest.mark.parametrize("text, club, not_place", [
    ("Gola w meczu strzelił wychowanek Widzewa, który wrócił po kontuzji.", "Widzew", "Widzew"),
    ("Po meczu kibice Pogoni długo świętowali na trybunach.", "Pogoń", None),
])
def test_a_capitalised_genitive_after_a_players_noun_is_their_club(extractor, text, club, not_place):
    orgs, places = _report(extractor, text)
    assert club in orgs and not_place not in places


@pytest.mark.parametrize("text, wrong", [
    ("Po meczu trener Nowaka pochwalił obrońców.", "Nowak"),  # a person's surname
    ("Po meczu kibice Polski długo świętowali.", "Polska"),  # a country
    ("W sobotę wychowanek Widzewa otworzył wystawę obrazów.", "Widzew"),  # no sports text
])
def test_a_person_a_country_or_a_text_off_sport_gives_no_club(extractor, text, wrong):
    orgs, _ = _report(extractor, text)
    assert wrong not in orgs


def test_a_players_genitive_names_the_club_its_acronym_heads(extractor):
    orgs, _ = _report(extractor, "Juniorzy Pogoni wygrali ligę. Tabela: 1. MKS Pogoń Wieluń, 2. UKS Lipno.")
    assert "MKS Pogoń" in orgs and "Pogoń" not in orgs


@pytest.mark.parametrize("text, wrong", [
    ("Po meczu ligowym puchar ufundowała Gmina Lipno.", "Gmina"),  # a unit of the country's division
    ("Mecz ligowy obejrzał w sobotę Burmistrz Sieradz.", "Burmistrz"),  # an office
])
def test_a_unit_or_an_office_before_a_town_is_no_club(extractor, text, wrong):
    orgs, _ = _report(extractor, text)
    assert wrong not in orgs


def test_a_sentences_first_word_before_the_name_is_no_part_of_it(extractor):
    orgs, places = _report(extractor, "Przed meczem ligowym trenowano. Wczoraj Stal Sieradz wygrała sparing.")
    assert "Stal" in orgs and "Sieradz" in places and not any(o.startswith("Wczoraj") for o in orgs)


def test_a_hyphenated_town_is_one_place(extractor):
    orgs, places = _report(extractor, "Przed ligą rozegrano sparing. Wygrało Podbeskidzie Bielsko-Biała z Pogonią Kędzierzyn-Koźle.")
    assert {"Podbeskidzie", "Pogoń"} <= orgs and {"Bielsko-Biała", "Kędzierzyn-Koźle"} <= places
    assert "Bielsko" not in places


def test_a_common_noun_opening_the_sentence_is_no_part_of_the_name(extractor):
    orgs, _ = _report(extractor, "Przed meczem trenowano. Mecz Stal Sieradz - Orlęta Wieluń zakończył się remisem.")
    assert {"Stal", "Orlęta"} <= orgs and not any(o.startswith("Mecz") for o in orgs)


def test_a_common_noun_capitalised_after_a_players_noun_is_no_club(extractor):
    orgs, _ = _report(extractor, "Po meczu ligowym zawodnicy Gospodarzy długo dziękowali kibicom.")
    assert "Gospodarz" not in orgs and "Gospodarze" not in orgs


@pytest.mark.parametrize("text", [
    "Turniej piłkarski o puchar wójta wygrała Iskra Lipno.",
    "W finale rozgrywek siatkówki zwyciężyła Iskra Lipno.",
])
def test_a_tournament_or_a_game_makes_the_text_one_on_sport(extractor, text):
    orgs, places = _report(extractor, text)
    assert "Iskra" in orgs and "Lipno" in places


def test_a_declined_mention_names_the_club_a_two_letter_acronym_heads(extractor):
    orgs, _ = _report(extractor, "W lidze gra KS Iskra Lipno. Mecz z Iskrą Lipno zakończył się remisem.")
    assert "KS Iskra" in orgs and "Iskra" not in orgs


def test_a_quoted_name_of_two_words_keeps_its_town_apart(extractor):
    orgs, places = _report(extractor, "Po meczu ligowym wygrał LKS „Orzeł Biały” Lipno, a potem padał deszcz.")
    assert "LKS „Orzeł Biały”" in orgs and "Lipno" in places


@pytest.mark.parametrize("text, club, town", [
    ("W meczu ligowym Ludowy Klub Sportowy Orzeł Wieluń pokonał gości.", "Ludowy Klub Sportowy Orzeł", "Wieluń"),
    ("W meczu ligowym zagrał Klub Sportowy „Zryw” Sieradz.", "Klub Sportowy „Zryw” Sieradz", "Sieradz"),
    ("Gości przywitał Klub Seniora Złota Jesień Lipno.", "Klub Seniora Złota Jesień", "Lipno"),
])
def test_a_town_after_a_written_clubs_own_name_drops_and_is_a_place(extractor, text, club, town):
    orgs, places = _report(extractor, text)
    assert club in orgs and town in places


@pytest.mark.parametrize("text, club", [
    ("W meczu ligowym zagrał Klub Sportowy Wieluń.", "Klub Sportowy Wieluń"),  # a generic name keeps its town
    ("Gości przywitał Klub Seniora Lipno.", "Klub Seniora Lipno"),  # a complement of the head is no own name
])
def test_a_generic_clubs_name_keeps_its_town(extractor, text, club):
    orgs, _ = _report(extractor, text)
    assert club in orgs


def test_a_sports_text_is_told_alike_on_the_doc_its_tokens_and_a_part(ctx_for):
    """The answer is remembered per document: the Doc, its light tokens and its spaCy tokens agree, and a part of
    the document (a sentence without the sport's word) is answered on its own."""
    from pipeline.ner.club_rules import sports_text

    ctx = ctx_for("Rano padał deszcz nad Wieluniem. Wieczorem piłkarze Orkana wygrali mecz.")
    first = next(s for s in ctx.doc.sents)
    assert sports_text(ctx.light_tokens) and sports_text(ctx.doc) and sports_text(ctx.tokens)
    assert not sports_text(ctx.light_tokens[:first.end]) and not sports_text(list(first))
    other = ctx_for("Rano padał deszcz nad Wieluniem. Wieczorem odbył się koncert.")
    assert not sports_text(other.doc) and not sports_text(other.light_tokens)


def test_a_two_word_town_after_a_preposition_is_no_club(extractor):
    """"drużyny z Zielonej Góry i Nowej Soli" in a sports text: each run is a town the register knows, not a club
    ("Zielona") and its town ("Góra"); a club written with its town after "z" stays one."""
    orgs, places = _report(extractor, "Na turniej piłkarski przyjechały drużyny z Zielonej Góry i Nowej Soli.")
    assert {"Zielona Góra", "Nowa Sól"} <= places and not orgs
    orgs, places = _report(extractor, "Siatkarze zagrają w lidze z Pogonią Garwolin w sobotę.")
    assert "Pogoń" in orgs and "Garwolin" in places
