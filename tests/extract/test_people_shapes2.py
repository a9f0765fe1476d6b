"""Real name shapes around people, second round (scripts/name_shapes.py), on invented names and sentences: titles
the lexicon lacked, a title noun that needs its genitive, a department or an organ kept in the title, the event role
of a deputy's verb."""

from tests.extract.people_helpers import people, titles, titles_with_orgs


def test_an_office_or_a_trade_before_a_body_is_a_title(extractor):
    found = people(extractor, "Gości powitał nadleśniczy Nadleśnictwa Lipno Jerzy Fijołek, a głos zabrała "
                              "prodziekan ds. studenckich Uniwersytetu Opolskiego Anna Mękal.")
    assert titles_with_orgs(found["Jerzy Fijołek"]) == [("nadleśniczy", "Nadleśnictwo Lipno")]
    assert titles_with_orgs(found["Anna Mękal"]) == [("prodziekan ds. studenckich", "Uniwersytet Opolski")]


def test_a_feminine_trade_gives_the_masculine_title(extractor):
    found = people(extractor, "Warsztaty poprowadziła krawcowa Cechu Rzemiosł Różnych w Lipnie Anna Mękal.")
    assert ("krawiec", "Cech Rzemiosł Różnych w Lipnie") in titles_with_orgs(found["Anna Mękal"])


def test_a_husband_of_trust_is_a_title_and_a_husband_is_kin(extractor):
    found = people(extractor, "Gościem był Jerzy Fijołek, mąż zaufania Spółdzielni Mleczarskiej w Lipnie.")
    assert titles_with_orgs(found["Jerzy Fijołek"]) == [("mąż zaufania", "Spółdzielnia Mleczarska w Lipnie")]
    found = people(extractor, "Na festynie był Jerzy Fijołek, mąż Anny Mękal.")
    assert titles(found["Jerzy Fijołek"]) == []


def test_a_lower_case_department_before_a_body_or_a_name_stays_in_the_title(extractor):
    found = people(extractor, "Gościem był Jerzy Fijołek, kierownik katedry Politechniki Opolskiej, a wykład "
                              "wygłosiła pracownik zakładu Anna Mękal.")
    assert titles_with_orgs(found["Jerzy Fijołek"]) == [("kierownik katedry", "Politechnika Opolska")]
    assert titles(found["Anna Mękal"])[0] == "pracownik zakładu"


def test_a_department_named_as_a_kind_of_body_is_the_institution(extractor):
    found = people(extractor, "Gościem był Jerzy Fijołek, dyrektor zakładu karnego w Lipnie.")
    assert titles(found["Jerzy Fijołek"]) == ["dyrektor"]


def test_an_organ_with_its_adjective_right_before_the_name_stays_in_the_title(extractor):
    found = people(extractor, "Szkolenie poprowadziła członek rady naukowej Anna Mękal (Uniwersytet Opolski).")
    assert titles(found["Anna Mękal"])[0] == "członek rady naukowej"
    found = people(extractor, "Gościem był członek rady gminy Jerzy Fijołek.")
    assert titles(found["Jerzy Fijołek"]) == ["członek"]


def test_a_deputy_whose_title_governs_a_genitive_still_leads_the_event(extractor):
    found = people(extractor, "Szkolenie poprowadził zastępca wójta Jerzy Fijołek (Gmina Lipno), a warsztaty "
                              "prowadziła kandydatka na radną Anna Mękal.")
    assert titles(found["Jerzy Fijołek"]) == ["zastępca wójta", "prowadzący"]
    assert "prowadzący" in titles(found["Anna Mękal"])


def test_a_legal_form_with_dots_between_the_body_and_the_name_keeps_the_title(extractor):
    found = people(extractor, "Gości powitał doradca Agencji Rozwoju Lipno S.A. Jerzy Fijołek, a głos zabrał prezes "
                              "Spółdzielni Mleczarskiej Kos Sp. z o.o. Jan Mękal.")
    assert titles_with_orgs(found["Jerzy Fijołek"]) == [("doradca", "Agencja Rozwoju Lipno S.A.")]
    assert titles_with_orgs(found["Jan Mękal"]) == [("prezes", "Spółdzielnia Mleczarska Kos Sp. z o.o.")]


def test_a_sentences_dot_before_a_name_still_ends_the_titles_reach(extractor):
    found = people(extractor, "Gości powitał prezes Jerzy Fijołek. Anna Mękal zaśpiewała piosenkę.")
    assert titles(found["Anna Mękal"]) == []


def test_a_capitalised_matter_of_a_council_is_the_councils_and_a_lower_case_matter_stops_at_a_capital(extractor):
    found = people(extractor, "Gościem był Jerzy Fijołek, poseł Krajowej Rady ds. Rozwoju Wsi, a także Anna Mękal, "
                              "prorektor ds. nauki i rozwoju Uniwersytetu Opolskiego.")
    assert titles_with_orgs(found["Jerzy Fijołek"]) == [("poseł", "Krajowa Rada ds. Rozwoju Wsi")]
    assert titles_with_orgs(found["Anna Mękal"]) == [("prorektor ds. nauki i rozwoju", "Uniwersytet Opolski")]


def test_a_chiefs_matter_after_the_chief_stays_in_the_title(extractor):
    found = people(extractor, "Gościem był Jerzy Fijołek, Pełnomocnik Burmistrza ds. Seniorów.")
    assert titles(found["Jerzy Fijołek"]) == ["pełnomocnik burmistrza ds. seniorów"]


def test_a_nobiliary_particle_joins_a_second_surname(extractor):
    found = people(extractor, "Debata odbyła się z udziałem posła Parlamentu Europejskiego Anny Kos de Wirth.")
    assert titles_with_orgs(found["Anna Kos de Wirth"]) == [("poseł", "Parlament Europejski")]
    found = people(extractor, "Gościem była Anna Kos, de facto gospodyni spotkania.")
    assert "Anna Kos" in found


def test_coordinated_members_inside_a_bodys_name_are_not_the_holders_title(extractor):
    found = people(extractor, "Gości powitała krawcowa Cechu Rzemieślników i Przedsiębiorców w Lipnie Anna Mękal.")
    assert titles_with_orgs(found["Anna Mękal"]) == [("krawiec", "Cech Rzemieślników i Przedsiębiorców w Lipnie")]


def test_a_hyphenated_adjective_of_a_matter_stays_whole(extractor):
    found = people(extractor, "Gościem była Anna Mękal, prodziekan ds. naukowo-badawczych Uniwersytetu Opolskiego.")
    assert titles_with_orgs(found["Anna Mękal"]) == [("prodziekan ds. naukowo-badawczych", "Uniwersytet Opolski")]


def test_a_quoted_name_opening_with_a_preposition_is_no_person(extractor):
    found = people(extractor, 'W panelu udział wzięli: Anna Mękal (Centrum Integracji Społecznej "Od Nowa") '
                              'i Jerzy Fijołek (Fundacja „Ewa Kos”).')
    assert "Od Nowa" not in found
    assert {"Anna Mękal", "Jerzy Fijołek"} <= set(found)


def test_a_candidacy_after_the_name_is_the_office_sought(extractor):
    found = people(extractor, "Gościem była Anna Mękal, kandydatka na radną Gminy Lipno.")
    assert titles_with_orgs(found["Anna Mękal"]) == [("kandydat na radnego", "Gmina Lipno")]
    found = people(extractor, "Gościem była Anna Mękal, na radną głosowało wielu.")
    assert titles(found["Anna Mękal"]) == []
