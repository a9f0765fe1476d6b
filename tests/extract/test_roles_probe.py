"""Roles, organizations and parts probed on invented page-like reports (speaker lists with photo credits, titles
followed by "z <Organizacja>", programme lines, anaphoric bodies). Sentences are invented."""

import pytest
from people_helpers import people, titles, titles_with_orgs


def test_a_photo_credit_under_a_list_of_speakers_is_no_speaker(extractor):
    text = ("Prelegentki:\n– Iga Mrówka (Stowarzyszenie Zielone Pole)\n– dr Olga Sęp, Politechnika Opolska\n"
            "fot. Witold Grad")
    found = people(extractor, text)
    assert titles(found["Witold Grad"]) == []
    assert found["Witold Grad"].part == "other"
    assert titles(found["Olga Sęp"]) == ["prelegent"]


def test_a_name_line_without_credit_still_takes_the_lead(extractor):
    found = people(extractor, "Trenerzy:\nIga Mrówka\nWitold Grad")
    assert titles(found["Witold Grad"]) == ["trener"]


def test_a_title_then_z_and_a_body_gives_the_titles_organization(extractor):
    text = ("Warsztaty poprowadziła Ilona Jeż, animatorka z Gminnego Centrum Kultury w Lubczy. Rozmowę otworzył "
            "Tadeusz Ryś, doradca zawodowy z Fundacji Nowy Horyzont.")
    found = people(extractor, text)
    assert ("animator", "Gminne Centrum Kultury w Lubczy") in titles_with_orgs(found["Ilona Jeż"])
    assert ("doradca zawodowy", "Fundacja Nowy Horyzont") in titles_with_orgs(found["Tadeusz Ryś"])


def test_z_with_an_instrumental_body_is_company_not_origin(extractor):
    found = people(extractor, "Ilona Jeż, animatorka ze Stowarzyszeniem Dolina współpracuje od lat.")
    assert ("animator", "Stowarzyszenie Dolina") not in titles_with_orgs(found["Ilona Jeż"])


def test_a_title_of_a_bare_head_refers_back_to_an_expanded_village_body(extractor):
    text = "KGW w Dębinie przygotowało poczęstunek. Przewodnicząca koła Zofia Wrzos podziękowała gościom."
    found = people(extractor, text)
    assert titles_with_orgs(found["Zofia Wrzos"]) == [("przewodniczący", "Koło Gospodyń Wiejskich w Dębinie")]


def test_a_bare_head_of_another_kind_refers_to_no_village_body(extractor):
    text = "KGW w Dębinie przygotowało poczęstunek. Prezes stowarzyszenia Zofia Wrzos podziękowała gościom."
    found = people(extractor, text)
    assert titles_with_orgs(found["Zofia Wrzos"]) == [("prezes", None)]


def test_a_programme_line_gives_its_speaker_the_body_closing_the_line(extractor):
    text = ("Program:\n09:30 – 10:00 „Spółdzielnie w gminie” – Leon Wicher, Fundacja Wspólny Dom\n"
            "10:00 – 10:45 Jak pisać wnioski? – dr Ada Cis, Uniwersytet Opolski\n10:45 – 11:00 Przerwa")
    found = people(extractor, text)
    assert found["Leon Wicher"].affiliation == "Fundacja Wspólny Dom"
    assert found["Ada Cis"].affiliation == "Uniwersytet Opolski"


def test_a_sentence_with_a_verb_before_the_dash_is_no_programme_line(extractor):
    text = "Na koniec głos zabrał gość z Warszawy – Leon Wicher, Fundacja Wspólny Dom."
    assert people(extractor, text)["Leon Wicher"].affiliation is None


def test_z_and_the_kind_of_a_body_before_its_name_gives_the_affiliation(extractor):
    found = people(extractor, "Szkolenie przeprowadził Borys Jaskółka ze spółki Agromax z Kutna.")
    assert found["Borys Jaskółka"].affiliation == "Agromax"


def test_z_and_a_word_that_is_no_kind_of_body_gives_none(extractor):
    found = people(extractor, "Zajęcia poprowadził Borys Jaskółka z pomocą Agromax.")
    assert found["Borys Jaskółka"].affiliation is None


def test_a_bodys_chair_in_a_panel_list_is_still_a_panelist(extractor):
    text = ("Panelistami byli: Jadwiga Kmita, Przewodnicząca Koła Gospodyń Wiejskich w Brzozie, oraz Olaf Grzęda "
            "z Fundacji Pola.")
    found = people(extractor, text)
    assert titles(found["Jadwiga Kmita"]) == ["przewodniczący", "panelista"]


def test_the_chair_of_the_panel_itself_is_no_panelist(extractor):
    found = people(extractor, "Panelistami byli: Olaf Grzęda – przewodniczący panelu, Jadwiga Kmita i Ewa Lis.")
    assert "panelista" not in titles(found["Olaf Grzęda"])
    assert titles(found["Jadwiga Kmita"]) == ["panelista"]


def test_on_behalf_of_a_body_the_names_of_the_sentence_act_for_it(extractor):
    text = ("Z ramienia Urzędu Wojewódzkiego w Opolu w naradzie uczestniczyła Kierownik Wydziału Zdrowia "
            "Halina Brzost. W imieniu Stowarzyszenia Wrzos głos zabrał Edward Mucha.")
    found = people(extractor, text)
    assert titles_with_orgs(found["Halina Brzost"]) == [("kierownik wydziału", "Urząd Wojewódzki w Opolu")]
    assert found["Edward Mucha"].affiliation == "Stowarzyszenie Wrzos"


def test_a_name_without_on_behalf_of_takes_no_earlier_body(extractor):
    text = "Spotkanie w Urzędzie Wojewódzkim w Opolu otworzył Edward Mucha."
    assert people(extractor, text)["Edward Mucha"].affiliation is None


def test_a_lead_whose_title_is_the_subject_of_a_verb_gives_the_list_no_title(extractor):
    text = "Organizatorzy serdecznie dziękują: Pani Halinie Sroce oraz Panu Bogdanowi Czajce."
    found = people(extractor, text)
    assert titles(found["Halina Sroka"]) == []
    assert titles(found["Bogdan Czajka"]) == []


def test_a_lead_with_a_copula_or_a_relative_clause_still_titles_the_list(extractor):
    found = people(extractor, "Organizatorami byli:\nHalina Sroka\nBogdan Czajka")
    assert titles(found["Bogdan Czajka"]) == ["organizator"]
    found = people(extractor, "Trenerzy, którzy poprowadzili zajęcia:\nHalina Sroka\nBogdan Czajka")
    assert titles(found["Halina Sroka"]) == ["trener"]


def test_a_titles_genitive_place_is_the_place_the_report_names_elsewhere(extractor):
    text = "Festyn w Łęce zorganizowała Rada Sołecka. Gości powitał sołtys Łęki Bronisław Kret."
    assert titles_with_orgs(people(extractor, text)["Bronisław Kret"]) == [("sołtys", "Łęka")]


def test_a_titles_genitive_place_named_nowhere_else_is_read_in_the_genitive(extractor):
    """"sołtys Łęki" with no other mention: the title governs the genitive, so the village is Łęka (the village
    Łęki would be "sołtys Łęk"; docs/annotation.md: "sołtys Osieczka" → Osieczek); "sołtys wsi Łęki" keeps the
    nominative the apposition after "wsi" stands in."""
    text = "Festyn zorganizowała Rada Sołecka. Gości powitał sołtys Łęki Bronisław Kret."
    assert titles_with_orgs(people(extractor, text)["Bronisław Kret"]) == [("sołtys", "Łęka")]
    text = "Festyn zorganizowała Rada Sołecka. Gości powitał sołtys wsi Łęki Bronisław Kret."
    assert titles_with_orgs(people(extractor, text)["Bronisław Kret"]) == [("sołtys", "Łęki")]


def test_our_title_on_the_organizers_page_is_the_organizers(extractor):
    text = ("Fundacja Modrzew zorganizowała 3 marca 2024 r. warsztaty dla wolontariuszy. Zajęcia poprowadziła "
            "nasza trenerka Lena Czubak, a gości powitała animatorka Iga Sarna.")
    found = people(extractor, text)
    assert ("trener", "Fundacja Modrzew") in titles_with_orgs(found["Lena Czubak"])
    assert ("animator", "Fundacja Modrzew") not in titles_with_orgs(found["Iga Sarna"])


def test_an_accusative_object_before_the_leads_verb_still_gives_the_role(extractor, rules_only):
    """"Prelekcję wygłosili: A, B": the lead's noun is the verb's object, not its subject; the names are the
    speakers the noun gives (the rules' view; the learned titles decide on top)."""
    found = people(extractor, "Prelekcję wygłosili: Irma Dąb (Fundacja Lipa) i Olaf Wrzos (Stowarzyszenie Jawor).")
    assert titles(found["Olaf Wrzos"]) == ["prelegent"]


def test_the_events_coordinator_with_no_body_of_their_own_is_the_organizers(extractor):
    text = ("Fundacja Brzozowy Gaj zorganizowała 12 maja 2024 r. szkolenie dla sołtysów. Szkolenie otworzyła "
            "koordynatorka projektu Iga Mrozik, a o wolontariacie mówił Ernest Wąż, koordynator wolontariatu.")
    found = people(extractor, text)
    assert titles_with_orgs(found["Iga Mrozik"]) == [("koordynator projektu", "Fundacja Brzozowy Gaj")]
    assert ("koordynator wolontariatu", "Fundacja Brzozowy Gaj") not in titles_with_orgs(found["Ernest Wąż"])


def test_a_titles_generic_institution_noun_refers_back_to_the_body_just_named(extractor):
    text = ("Uczestnicy odwiedzili Środowiskowy Dom Samopomocy w Lipie, gdzie kierowniczka placówki Aurelia Gil "
            "pokazała pracownie.")
    assert titles_with_orgs(people(extractor, text)["Aurelia Gil"]) == [
        ("kierownik", "Środowiskowy Dom Samopomocy w Lipie")]


def test_a_generic_noun_with_no_body_before_it_takes_none(extractor):
    text = "Uczestników powitała kierowniczka placówki Aurelia Gil."
    assert titles_with_orgs(people(extractor, text)["Aurelia Gil"]) == [("kierownik", None)]


def test_a_lower_case_kind_before_a_quoted_name_is_the_titles_body(extractor):
    text = ("Głos zabrali Oskar Pęk, prezes spółdzielni socjalnej „Zdrój”, oraz Ida Cis, prezeska "
            "stowarzyszenia „Wrzosowisko”.")
    found = people(extractor, text)
    assert titles_with_orgs(found["Oskar Pęk"]) == [("prezes", "spółdzielnia socjalna „Zdrój”")]
    assert titles_with_orgs(found["Ida Cis"]) == [("prezes", "stowarzyszenie „Wrzosowisko”")]


def test_a_lower_case_kind_without_a_quoted_name_names_no_body(extractor):
    assert titles_with_orgs(people(extractor, "Głos zabrał prezes spółdzielni Oskar Pęk.")["Oskar Pęk"]) == [
        ("prezes", None)]


@pytest.mark.parametrize("text, name, organization", [
    ("Stowarzyszenie Wędrowiec zorganizowało rajd rowerowy. Kierownikiem rajdu był Jan Kos, jego zastępcą Adam Mak.",
     "Adam Mak", "Stowarzyszenie Wędrowiec"),
    ("Stowarzyszenie Wędrowiec zorganizowało rajd rowerowy. Kierownikiem rajdu był Jan Kos, jego zastępcą Adam Mak.",
     "Jan Kos", "Stowarzyszenie Wędrowiec"),
    ("Stowarzyszenie Wędrowiec zorganizowało rajd rowerowy. Na mecie czekał kierownik szkoły Jan Kos.",
     "Jan Kos", None),
])
def test_the_events_own_head_with_no_body_is_the_organizers(extractor, text, name, organization):
    found = people(extractor, text)
    assert [r.organization for r in found[name].roles] == [organization]


@pytest.mark.parametrize("text, organization", [
    ("W ramach promocji sklepu firma R/T Dronex zorganizowała pokaz dronów. Wrażeń dostarczył Jan Kos z R/T Dronex "
     "swoją jazdą.", "R/T Dronex"),
    ("W ramach promocji sklepu firma R/T Dronex zorganizowała pokaz dronów. Wrażeń dostarczył Jan Kos z Krakowa "
     "swoją jazdą.", None),
    ("W ramach promocji sklepu firma R/T Dronex zorganizowała pokaz dronów. Wrażeń dostarczył Jan Kos z R/T Lotnik "
     "swoją jazdą.", None),
])
def test_a_body_named_before_and_written_again_after_z_is_the_persons(extractor, text, organization):
    assert people(extractor, text)["Jan Kos"].affiliation == organization
