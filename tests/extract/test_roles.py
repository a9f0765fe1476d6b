"""Roles and parts: titles after and before names, portfolios and units, shared titles, event roles.
Sentences are invented; they reproduce the shapes found in reports."""

import pytest
from people_helpers import people
from people_helpers import titles_with_orgs as titles


def test_title_after_name_without_punctuation_agrees_in_case(extractor):
    found = people(extractor, "W trakcie sesji wystąpił dr Adam Jurek przedstawiciel Polskiego Towarzystwa "
                              "Socjologicznego.")
    assert titles(found["Adam Jurek"]) == [("przedstawiciel", "Polskie Towarzystwo Socjologiczne")]


def test_title_after_a_name_is_not_the_next_names(extractor):
    found = people(extractor, "Obecni byli Jan Nowak – Minister Spraw Wewnętrznych i Administracji oraz Ewa Mazur.")
    assert titles(found["Jan Nowak"]) == [("minister", None)]
    assert found["Ewa Mazur"].roles == []


def test_title_followed_by_a_name_belongs_to_that_name(extractor):
    found = people(extractor, "Byli tam Karol Mak – Kierownik Miejskiego Ośrodka Pomocy Społecznej w Lipnie, "
                              "Wiceprzewodnicząca Fundacji Barka Barbara Sowa.")
    assert [t for t, _ in titles(found["Karol Mak"])] == ["kierownik"]
    assert titles(found["Barbara Sowa"]) == [("wiceprzewodniczący", "Fundacja Barka")]


@pytest.mark.parametrize("text, name, expected", [
    ("Przybyła Ewa Mazur, Zastępca Dyrektora Wydziału Polityki Społecznej.", "Ewa Mazur",
     "zastępca dyrektora wydziału"),
    ("Mówiła Ewa Lis, kierownik działu instrumentów rynku pracy Powiatowego Urzędu Pracy w Opolu.", "Ewa Lis",
     "kierownik działu"),
    ("Mówiła Teresa Kos, kierownik działu opiekuńczego w Urzędzie Miasta.", "Teresa Kos",
     "kierownik działu opiekuńczego"),
    ("Głos zabrał Piotr Wilk, pełnomocnik rektora ds. Strategii i Rozwoju Uczelni Nowej.", "Piotr Wilk",
     "pełnomocnik rektora ds. strategii i rozwoju"),
    ("Mówiła Anna Sowa, inspektor ds. ochrony środowiska i promocji w Urzędzie Gminy Lipno.", "Anna Sowa",
     "inspektor ds. ochrony środowiska i promocji"),
    ("Przybył Prezydent RP Adam Kos.", "Adam Kos", "prezydent RP"),
    ("Przybył Sekretarz Stanu w Ministerstwie Cyfryzacji Jan Rak.", "Jan Rak", "sekretarz stanu"),
    ("Tegoroczni starostowie dożynek Anna Lis i Piotr Wilk wręczyli chleb.", "Piotr Wilk", "starosta dożynek"),
    ("Konferencję otworzyła Ewa Mak, zastępczyni dyrektorki Ośrodka Kultury.", "Ewa Mak", "zastępca dyrektora"),
])
def test_title_extent(extractor, text, name, expected):
    assert people(extractor, text)[name].roles[0].title == expected


def test_commissioner_matter_and_union(extractor):
    role = people(extractor, "Był Piotr Kot, komisarz UE ds. budżetu i programowania finansowego.")["Piotr Kot"].roles[0]
    assert role.title == "komisarz ds. budżetu i programowania finansowego"
    assert role.organization == "UE"


def test_plural_title_is_shared_by_coordinated_names(extractor):
    found = people(extractor, "Przybyli też Anna Rak i Jan Sowa – trenerzy grup tanecznych Uniwersytetu Trzeciego "
                              "Wieku. Projekt realizowali pracownicy socjalni GOPS Ewa Zalewska oraz Marek Adamek.")
    for name in ("Anna Rak", "Jan Sowa"):
        assert titles(found[name]) == [("trener grup tanecznych", "Uniwersytet Trzeciego Wieku")]
    assert titles(found["Marek Adamek"]) == [("pracownik socjalny", "GOPS")]


def test_singular_title_is_not_shared(extractor):
    found = people(extractor, "Gości przywitał wójt Adam Nowak i Ewa Kos.")
    assert found["Ewa Kos"].roles == []


def test_role_institutions_in_base_form(extractor):
    found = people(extractor, "Przybył Wojewoda Podlaski Jan Kos oraz Marszałek Województwa Adam Wilk. "
                              "Gości powitał Jerzy Rak, wicemarszałek Sejmu.")
    assert titles(found["Jan Kos"]) == [("wojewoda", None)]
    assert titles(found["Adam Wilk"]) == [("marszałek", None)]
    assert titles(found["Jerzy Rak"]) == [("wicemarszałek", "Sejm")]


@pytest.mark.parametrize("text, name", [
    ("Festyn otworzył Burmistrz Miasta Adam Wilk.", "Adam Wilk"),
    ("Nagrody wręczyła Prezydent Miasta Ewa Kos.", "Ewa Kos"),
])
def test_a_bare_unit_after_a_title_names_no_body(extractor, text, name):
    """"Burmistrz Miasta": the town's unit without its name is no organization ("Miasto" also reads as a
    geographic name's word, which must not make it a place's base form)."""
    assert people(extractor, text)[name].roles[0].organization is None


def test_abbreviated_pani_between_title_and_name(extractor):
    found = people(extractor, "Odbyło się zebranie z przewodniczącą p. Janiną Kura i wiceprzewodniczącą "
                              "p. Stefanią Michna. Przewodnicząca koła P. Bożena Ryba przybliżyła historię koła.")
    assert found["Janina Kura"].roles[0].title == "przewodniczący"
    assert found["Stefania Michna"].roles[0].title == "wiceprzewodniczący"
    assert found["Bożena Ryba"].roles[0].title == "przewodniczący"


def test_chairing_verb_gives_przewodniczacy(extractor):
    found = people(extractor, "Spotkaniu przewodniczył Pan Adam Szpak, dyrektor Ośrodka Kultury w Lipnie.")
    assert {r.title for r in found["Adam Szpak"].roles} == {"dyrektor", "przewodniczący"}


def test_list_of_talks_reaches_past_semicolons(extractor):
    found = people(extractor, "W dalszej części odbyły się prelekcje zaproszonych gości: Mariusza Kota, prezesa "
                              "Fundacji Most; Piotra Bąka, kierownika Ośrodka Wsparcia Ekonomii Społecznej.")
    for name in ("Mariusz Kot", "Piotr Bąk"):
        assert "prelegent" in {r.title for r in found[name].roles}
        assert found[name].part == "speaker"


def test_official_who_only_attended_is_a_participant(extractor):
    # docs/annotation.md, Settled questions: officials who only attended are participants
    found = people(extractor, "Fundacja Most zorganizowała targi pracy. W targach uczestniczył również starosta "
                              "lipnowski Jan Zarzycki.")
    assert found["Jan Zarzycki"].part == "participant"


def test_title_roles_take_the_titles_after_the_name_read_before(ctx_for):
    """`extract_people` reads the titles after each name once (for the claimed ranges) and hands them to
    `title_roles`: the roles are the same as when `title_roles` reads them itself."""
    from pipeline.extract.roles import after_title_roles, title_roles

    ctx = ctx_for("Obecni byli Jan Nowak – Prezes Klubu Sokół oraz Ewa Mazur, radna Gminy Lipka.")
    toks = ctx.light_tokens
    for first, last in (("Jan", "Nowak"), ("Ewa", "Mazur")):
        i = next(t.i for t in toks if t.text == first)
        j = next(t.i for t in toks if t.text == last) + 1
        own = title_roles(ctx, i, j)
        given = title_roles(ctx, i, j, after=after_title_roles(ctx, i, j))
        assert [(r.title, r.organization, r.mention) for r, _ in given] == \
            [(r.title, r.organization, r.mention) for r, _ in own]
        assert own


def test_class_label_between_a_title_and_the_name(extractor):
    found = {p.name: p for p in extractor.extract(
        "Wychowawca klasy 2c Marek Tokarz otworzył wystawę. Uczniowie klasy 2c Oliwer Bednarz i Maja Lis "
        "zaśpiewali piosenkę. Wychowawca pogratulował klasie 2c. Anna Kos podziękowała.").people}
    assert [r.title for r in found["Marek Tokarz"].roles] == ["wychowawca klasy"]
    assert not found["Anna Kos"].roles  # a sentence's end stands between the label and the next name


def test_an_acronym_declined_with_a_hyphen_between_a_title_and_the_name(extractor):
    found = {p.name: p for p in extractor.extract(
        "Dyplomy wręczyła kierownik GOPS-u Jadwiga Sarna. Gości przywitał dyrektor ZSP-u w Grabowie Leon Wicher. "
        "Dyrektor zaprosił do PUP-u Marka Dudę.").people}
    assert [(r.title, r.organization) for r in found["Jadwiga Sarna"].roles] == [("kierownik", "GOPS")]
    assert [r.title for r in found["Leon Wicher"].roles] == ["dyrektor"]
    assert not found["Marek Duda"].roles  # a verb and a preposition stand between the title and the name


def test_a_representatives_capitalised_genitive_is_the_body_represented(extractor):
    found = {p.name: p for p in extractor.extract(
        "O zdrowym odżywianiu mówiła Halina Kubik, przedstawicielka Sanepidu. Gości powitał Kurator Oświaty "
        "Jerzy Madej. Głos zabrał też przedstawiciel Zarządu Kamil Kowal.").people}
    assert [(r.title, r.organization) for r in found["Halina Kubik"].roles] == [("przedstawiciel", "Sanepid")]
    assert [r.title for r in found["Jerzy Madej"].roles] == ["kurator oświaty"]  # an office's domain stays
    assert [r.title for r in found["Kamil Kowal"].roles] == ["przedstawiciel zarządu"]


@pytest.mark.parametrize("text, name, expected", [
    ("Gości powitał prezes Stowarzyszenia Razem dla Borowa Jan Mak.", "Jan Mak",
     [("prezes", "Stowarzyszenie Razem dla Borowa")]),
    ("Zebranych powitała przewodnicząca Towarzystwa Przyjaciół Dzieci i Młodzieży Ewa Lis.", "Ewa Lis",
     [("przewodniczący", "Towarzystwo Przyjaciół Dzieci i Młodzieży")]),
])
def test_a_title_reaches_its_holder_over_a_body_s_lower_case_words(extractor, text, name, expected):
    assert titles(people(extractor, text)[name]) == expected


def test_a_lower_case_preposition_outside_a_name_still_stops_the_walk(extractor):
    found = people(extractor, "Podziękowania dla Stowarzyszenia Razem złożył prezes z Borowa Jan Mak.")
    assert ("prezes", "Stowarzyszenie Razem") not in titles(found["Jan Mak"])


@pytest.mark.parametrize("text, name, expected", [
    ("Warsztaty prowadziła Olga Zych, obecnie prezes Fundacji Srebrny Most.", "Olga Zych",
     ("prezes", "Fundacja Srebrny Most")),
    ("Warsztaty prowadziła Olga Zych, na co dzień dyrektor Szkoły Podstawowej w Borowie.", "Olga Zych",
     ("dyrektor", "Szkoła Podstawowa w Borowie")),
    ("Warsztaty prowadziła Olga Zych, z zawodu prawniczka.", "Olga Zych", ("prawnik", None)),
])
def test_an_adverbial_between_the_comma_and_the_title(extractor, text, name, expected):
    assert expected in titles(people(extractor, text)[name])


def test_an_adverb_of_the_past_keeps_the_title_away(extractor):
    found = people(extractor, "Warsztaty prowadziła Olga Zych, niegdyś prezes Fundacji Srebrny Most.")
    assert ("prezes", "Fundacja Srebrny Most") not in titles(found["Olga Zych"])


def test_a_village_whose_genitive_reads_as_an_undeclined_surname_is_an_origin(extractor):
    """'z Borek': the genitive of Borki, though SGJP also lists a woman's undeclined surname "Borek"."""
    found = people(extractor, "Spotkanie otworzyła przewodnicząca KGW „Malwa” z Borek Halina Zając.")
    assert [t for t, _ in titles(found["Halina Zając"])] == ["przewodniczący"]
    company = people(extractor, "Spotkanie otworzyła prezes z uczniami Halina Zając.")
    assert "prezes" not in [t for t, _ in titles(company["Halina Zając"])]
