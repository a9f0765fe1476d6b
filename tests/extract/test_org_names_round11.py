"""Organization names and places of round 11 (patrons with a title, a name in apposition, a country after an
adjective), in sentences written for the tests."""


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def _places(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places}


def test_a_patron_with_a_title_stays_in_the_name_and_is_no_person(extractor):
    report = extractor.extract("Uczniowie odwiedzili Wojewódzki Szpital Specjalistyczny im. prof. Jana Wolnego "
                               "w Lesznie. Wcześniej gościła ich Fundacja im. ks. Adama Sosny.")
    names = {o.name for o in report.organizations}
    assert "Wojewódzki Szpital Specjalistyczny im. prof. Jana Wolnego" in names
    assert "Fundacja im. ks. Adama Sosny" in names
    assert not report.people


def test_a_title_before_a_person_outside_a_name_still_makes_a_person(extractor):
    report = extractor.extract("Wykład wygłosił prof. Jan Wolny, a warsztaty prowadziła dr Anna Sosna.")
    assert {p.name for p in report.people} == {"Jan Wolny", "Anna Sosna"}


def test_a_common_noun_in_apposition_after_the_head_is_the_body_s_own_name(extractor):
    assert "Fundacja Życie" in _orgs(extractor, "W sobotę Fundacja Życie zorganizowała festyn w Lipnie.")


def test_a_head_with_a_genitive_complement_only_stays_a_kind(extractor):
    assert not _orgs(extractor, "Pomoc dla Fundacji zebrano w ciągu tygodnia.")


def test_a_country_after_an_adjective_is_where_people_came_from(extractor):
    assert "Polska" in _places(extractor, "Na zjazd przyjechali goście z całej Polski.")


def test_a_country_of_a_topic_stays_out_after_an_adjective(extractor):
    assert "Polska" not in _places(extractor, "Prelegent mówił o historii współczesnej Polski.")


def test_a_town_named_after_a_locality_noun_is_a_place_despite_a_verb_reading(extractor):
    assert "Przemyśl" in _places(extractor, "Głos zabrał przedstawiciel miasta Przemyśl.")


def test_a_lone_verb_form_without_a_locality_noun_stays_no_place(extractor):
    assert "Przemyśl" not in _places(extractor, "Przemyśl to jeszcze raz, zanim podpiszesz.")


def test_a_list_of_gminy_closed_by_czy_gives_each(extractor):
    places = _places(extractor, "Goście poznali gospodarstwa na terenie gmin Lipka, Złotów czy Kełpin.")
    assert {"gmina Lipka", "gmina Złotów", "gmina Kełpin"} <= places
