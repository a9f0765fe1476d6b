"""A title's extent and base form (extract/role_titles.py): prefixes written apart from the title ("z-ca", "vice",
"pełniący obowiązki", a Roman ordinal) and the honorific that ends it. Sentences are invented; they reproduce the shapes."""

import pytest
from people_helpers import people, titles


@pytest.mark.parametrize("text, name, expected", [
    ("Gości powitał Jan Kos, Z-ca Naczelnika Wydziału Oświaty Urzędu Miasta Lipno.", "Jan Kos",
     "zastępca naczelnika wydziału"),
    ("Obecni byli z-ca dyrektora Anna Lis oraz z-ca kierownika Marek Zając.", "Anna Lis", "zastępca dyrektora"),
    ("Obecni byli z-ca dyrektora Anna Lis oraz z-ca kierownika Marek Zając.", "Marek Zając", "zastępca kierownika"),
    ("Spotkanie otworzyła Z-ca Burmistrza Lipna Anna Nowik.", "Anna Nowik", "zastępca burmistrza"),
])
def test_z_ca_is_the_deputy_with_the_genitive_it_governs(extractor, text, name, expected):
    assert titles(people(extractor, text)[name]) == [expected]


def test_acting_holder_written_out_keeps_the_genitive_title(extractor):
    found = people(extractor, "Mieliśmy zaszczyt gościć pełniącą obowiązki zastępcy Dyrektora – Panią Monikę Kowal.")
    assert titles(found["Monika Kowal"]) == ["pełniący obowiązki zastępcy dyrektora"]


@pytest.mark.parametrize("text, name, expected", [
    ("Gości powitała Pani vice starosta Jolanta Nowik.", "Jolanta Nowik", "vice starosta"),
    ("Obecni byli przedstawiciele władz z Panią vice starostą Jolantą Nowik.", "Jolanta Nowik", "vice starosta"),
])
def test_vice_written_apart_stays_with_the_title(extractor, text, name, expected):
    assert titles(people(extractor, text)[name]) == [expected]


@pytest.mark.parametrize("text, name, expected", [
    ("W sesji uczestniczył Marek Lis, I Wiceprzewodniczący Rady Gminy.", "Marek Lis", "I wiceprzewodniczący"),
    ("W naradzie uczestniczyli również II Zastępca Komendanta Powiatowego Policji w Lipnie Jan Kos oraz Anna Lis.",
     "Jan Kos", "II zastępca komendanta powiatowego"),
])
def test_a_roman_ordinal_ranks_a_deputy(extractor, text, name, expected):
    assert titles(people(extractor, text)[name]) == [expected]


def test_sentence_initial_i_is_not_an_ordinal(extractor):
    found = people(extractor, "I Zastępca Wójta Jan Kos otworzył spotkanie.")
    assert titles(found["Jan Kos"]) == ["zastępca wójta"]


def test_an_honorific_before_the_name_ends_the_title(extractor):
    found = people(extractor, "W spotkaniu udział wzięli radni oraz zastępcy pani Anna Wilk i pan Marek Zając.")
    assert titles(found["Anna Wilk"]) == ["zastępca"]
    assert titles(found["Marek Zając"]) == ["zastępca"]


@pytest.mark.parametrize("text, name, expected", [
    ("Głos zabrał Marek Lis – Przewodniczący Rady Społecznej Szpitala, Poseł na Sejm RP.", "Marek Lis",
     "przewodniczący rady społecznej"),
    ("Z rąk Pana Jana Kosa – Sekretarza Zgromadzenia Ogólnego Krajowej Rady Spółdzielczej odznaczenia odebrali "
     "pracownicy.", "Jan Kos", "sekretarz zgromadzenia ogólnego"),
    ("Obecni byli Adam Lis – Szef Sztabu Generalnego WP oraz Jan Kos.", "Adam Lis", "szef sztabu generalnego"),
])
def test_an_organ_named_by_its_adjective_before_its_body_stays_in_the_title(extractor, text, name, expected):
    assert titles(people(extractor, text)[name])[0] == expected


def test_a_council_named_by_its_town_keeps_the_bare_chair_title(extractor):
    found = people(extractor, "Głos zabrał Marek Lis, Przewodniczący Rady Miejskiej w Lipnie.")
    assert titles(found["Marek Lis"]) == ["przewodniczący"]


@pytest.mark.parametrize("text, name, expected", [
    ("Obecni byli przedstawiciele Głównego Inspektora Pracy Adama Lisa oraz posłanki Anny Kos.", "Adam Lis",
     ["główny inspektor pracy"]),
    ("Głos zabrał główny organizator Jan Kos.", "Jan Kos", ["główny organizator"]),
    ("Głos zabrał Mazowiecki Kurator Oświaty Jan Kos.", "Jan Kos", ["kurator oświaty"]),
])
def test_a_capitalised_rank_before_the_title_stays_a_regions_adjective_drops(extractor, text, name, expected):
    assert titles(people(extractor, text)[name]) == expected


@pytest.mark.parametrize("text, name, expected", [
    ("Wykład wygłosiła dr Anna Lis – specjalista diabetolog, lekarz koordynator.", "Anna Lis",
     ["specjalista diabetolog", "lekarz koordynator"]),
    ("Z lekarzem diabetologiem Janem Kosem rozmawiali uczniowie.", "Jan Kos", ["lekarz diabetolog"]),
    ("Obecni byli zastępcy prezydenta Anna Lis i Jan Kos.", "Anna Lis", ["zastępca prezydenta"]),
    ("Gości powitał dyrektor Jan Kos, a wójt pan Adam Lis podziękował.", "Adam Lis", ["wójt"]),
])
def test_a_personal_noun_in_the_titles_case_is_part_of_it(extractor, text, name, expected):
    assert titles(people(extractor, text)[name]) == expected


def test_a_category_name_is_no_title(extractor):
    assert titles(people(extractor, "W kategorii śpiewak solista - Jan Kos z Lipna.")["Jan Kos"]) == []


def test_an_adjective_of_the_institution_after_the_title_is_no_complement(extractor):
    """"proboszcz miejscowej parafii": "miejscowej" (also a noun's genitive) agrees with "parafii", not the title;
    "pracownik socjalny" keeps its own adjective."""
    found = {p.name: [r.title for r in p.roles] for p in extractor.extract(
        "Mszę odprawił ks. Onufry Dziób, proboszcz miejscowej parafii, a gości powitał Lech Gil, pracownik socjalny "
        "Gminnego Ośrodka Pomocy Społecznej.").people}
    assert found["Onufry Dziób"] == ["proboszcz"]
    assert found["Lech Gil"] == ["pracownik socjalny"]


@pytest.mark.parametrize("text, name, expected", [
    ("Wśród gości byli wójt gminy Brzozów Adam Kalita i radna Maria Kot.", "Adam Kalita", "wójt"),
    ("Wśród zaproszonych gości były sołtys wsi Lipnik Ewa Murawska i radny Jan Kot.", "Ewa Murawska", "sołtys"),
    ("Na spotkanie przybył były wójt gminy Brzozów Adam Kalita.", "Adam Kalita", "były wójt"),
    ("Obecni byli byli nauczyciele szkoły: Jan Nowak i Ewa Lis.", "Jan Nowak", "były nauczyciel"),
])
def test_a_copula_before_a_title_is_not_former(extractor, text, name, expected):
    """A plural 'byli' cannot agree with a singular title, and 'wśród X byli/były' is the copula."""
    assert titles(people(extractor, text)[name]) == [expected]


@pytest.mark.parametrize("text, name, expected", [
    ("W jury zasiadła Ewa Sowa - redaktorka Głosu, autorka wielu książek.", "Ewa Sowa", ("redaktor", "Głos")),
    ("Gości powitała Anna Mrówka, Kurator Oświaty.", "Anna Mrówka", ("kurator oświaty", None)),
    ("Na uroczystość przybył kurator Oświaty Jan Sowa.", "Jan Sowa", ("kurator oświaty", None)),
])
def test_capitalised_genitive_after_a_press_title_names_the_paper(extractor, text, name, expected):
    found = people(extractor, text)[name]
    assert (found.roles[0].title, found.roles[0].organization) == expected


@pytest.mark.parametrize("text, name, expected", [
    ("W jury zasiadła Ewa Sowa - dziennikarka prasowa i radiowa, autorka książek.", "Ewa Sowa",
     "dziennikarz prasowy i radiowy"),
    ("Rozmawialiśmy z Ewą Sową, dziennikarką prasową i radiową.", "Ewa Sowa", "dziennikarz prasowy i radiowy"),
    ("Przybyła Anna Lis, pracownik socjalny i asystent rodziny.", "Anna Lis", "pracownik socjalny"),
])
def test_two_adjectives_joined_qualify_one_title(extractor, text, name, expected):
    assert titles(people(extractor, text)[name])[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Jury: Jan Kos - publicysta i historyk (dyrektor Liceum Ogólnokształcącego w Lipnie, publikował w pismach).",
     [("publicysta", None), ("historyk", None), ("dyrektor", "Liceum Ogólnokształcące w Lipnie")]),
    ("Jury: Jan Kos - reportażysta (obecnie redaktor naczelny Gazety Lipnowskiej).",
     [("reportażysta", None), ("redaktor naczelny", "Gazeta Lipnowska")]),
    ("Jury: Jan Kos - reportażysta (Fundacja Lipa) i Anna Lis.", [("reportażysta", None)]),
    ("Jury: Jan Kos - reportażysta, laureat Nagrody Pióra za książkę Mgła (obecnie z-ca szefa „Magazynu” w "
     "Gazecie Lipnowskiej) i Anna Lis.", [("reportażysta", None), ("zastępca szefa", "Gazeta Lipnowska")]),
    ("Jury: Jan Kos - reportażysta, laureat Nagrody Pióra za książkę Mgła i Anna Lis (obecnie redaktor Gazety "
     "Lipnowskiej).", [("reportażysta", None)]),
])
def test_a_bracket_after_the_apposition_goes_on_with_its_titles(extractor, text, expected):
    found = people(extractor, text)["Jan Kos"]
    assert [(r.title, r.organization) for r in found.roles] == expected


def test_a_council_of_a_kind_of_bodies_is_the_body_not_part_of_the_title(extractor):
    found = people(extractor, "Gośćmi były Anna Kos, przewodnicząca Rady Organizacji Pozarządowych Powiatu "
                              "Lipnowskiego, i Ewa Lis, przewodnicząca Rady Fundacji Dobra.")
    assert titles(found["Anna Kos"]) == ["przewodniczący"]
    assert titles(found["Ewa Lis"]) == ["przewodniczący rady"]


def test_only_the_words_a_prefixed_or_former_title_starts_from_are_looked_at_beyond_role_nouns(ctx_for):
    from pipeline.extract.role_titles import title_at
    from pipeline.extract.title_words import may_lead_a_title

    ctx = ctx_for("Przyszli były wójt Jan Kos, wice starosta Anna Lis i II zastępca burmistrza z Lipna.")
    toks = ctx.light_tokens
    leading = {t.text for t in toks if may_lead_a_title(t)}
    assert {"były", "wice", "II", "z"} <= leading and not leading & {"Przyszli", "Jan", "Kos", "Lipna", ","}
    assert title_at(toks, 1) == ("były wójt", 3) and title_at(toks, 6) == ("wice starosta", 8)
    assert title_at(toks, 0) is None and title_at(toks, 2) == ("wójt", 3)

def test_a_lower_case_organ_with_its_adjective_before_a_named_body_stays_in_the_title(extractor):
    found = people(extractor, "Gośćmi byli Jan Kos, członek rady naukowej Instytutu Pamięci Lokalnej, i Ewa Lis, "
                              "sekretarz zgromadzenia ogólnego Krajowej Rady Spółdzielczej.")
    assert [(r.title, r.organization) for r in found["Jan Kos"].roles] == [
        ("członek rady naukowej", "Instytut Pamięci Lokalnej")]
    assert titles(found["Ewa Lis"]) == ["sekretarz zgromadzenia ogólnego"]


def test_a_lower_case_council_of_a_unit_is_no_organ_of_a_body(extractor):
    found = people(extractor, "Gościem był Jan Kos, przewodniczący rady gminy Lipno.")
    assert titles(found["Jan Kos"]) == ["przewodniczący"]


def test_an_office_level_before_a_capitalised_body_that_also_reads_as_a_surname_stays_in_the_title(extractor):
    found = people(extractor, "Debata odbyła się z udziałem komendanta miejskiego Komendy Miejskiej Policji w Lipnie "
                              "Piotra Mąki i dyrektora Powiatowego Urzędu Pracy Ewy Lis.")
    assert titles(found["Piotr Mąka"]) == ["komendant miejski"]
    assert titles(found["Ewa Lis"]) == ["dyrektor"]


def test_a_candidate_for_an_office_does_not_hold_it(extractor):
    found = people(extractor, "Głos zabrali kandydatka na radną Anna Kos oraz poseł Jan Mak.")
    assert titles(found["Anna Kos"]) == ["kandydat na radnego"]
    assert titles(found["Jan Mak"]) == ["poseł"]


def test_a_lower_case_council_of_a_named_body_stays_in_the_title(extractor):
    found = people(extractor, "Gośćmi byli Jan Kos, członek rady Fundacji Zielony Las, Ewa Lis, przewodnicząca rady "
                              "Lubuskiej Federacji Sportu, i Piotr Mak, przewodniczący Rady Społecznej Szpitala Miejskiego.")
    assert [(r.title, r.organization) for r in found["Jan Kos"].roles] == [("członek rady", "Fundacja Zielony Las")]
    assert titles(found["Ewa Lis"]) == ["przewodniczący rady"]
    assert titles(found["Piotr Mak"]) == ["przewodniczący rady społecznej"]


def test_an_office_level_right_before_the_holders_name_stays_in_the_title(extractor):
    found = people(extractor, "Gości powitali Komendant Powiatowy Jan Kos i dyrektor Powiatowego Urzędu Pracy Ewa Lis.")
    assert titles(found["Jan Kos"]) == ["komendant powiatowy"]
    assert titles(found["Ewa Lis"]) == ["dyrektor"]


def test_a_seat_phrase_inside_the_body_keeps_the_title_before_the_name(extractor):
    found = people(extractor, "Gości powitała dyrektor Gminnej Biblioteki Publicznej z siedzibą w Lipnie Ewa Lis, "
                              "a potem Jan Kos, prezes Fundacji Morze z siedzibą w Brzozowie.")
    assert titles(found["Ewa Lis"]) == ["dyrektor"]
    assert [(r.title, r.organization) for r in found["Jan Kos"].roles] == [
        ("prezes", "Fundacja Morze z siedzibą w Brzozowie")]


def test_a_standing_deputy_keeps_the_rank_a_long_time_member_drops_it(extractor):
    found = people(extractor, "Gości powitali stały zastępca Rady Programowej Jan Kos i wieloletni członek Fundacji Las "
                              "Ewa Lis.")
    assert titles(found["Jan Kos"]) == ["stały zastępca"]
    assert titles(found["Ewa Lis"]) == ["członek"]


@pytest.mark.parametrize("text, name, expected", [
    ("Głos zabrała Irena Lach, zastępca dyrektora biura ds. edukacji i kultury Związku Powiatów Polskich.",
     "Irena Lach", "zastępca dyrektora biura ds. edukacji i kultury"),
    ("Gości powitał naczelnik wydziału ds. sportu Urzędu Miasta Lipno Adam Kos.", "Adam Kos",
     "naczelnik wydziału ds. sportu"),
    # no matter after the unit: the unit still ends the title
    ("Głos zabrała Irena Lach, zastępca dyrektora biura Związku Powiatów Polskich.", "Irena Lach",
     "zastępca dyrektora biura"),
])
def test_a_unit_s_matter_after_a_deputy_s_title_stays_in_it(extractor, text, name, expected):
    assert titles(people(extractor, text)[name]) == [expected]
