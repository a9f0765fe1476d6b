"""Organization names of round 8 (ordinals in names, a name shortened by its complement), in sentences written
for the tests."""

from pipeline.extract.org_acronyms import is_roman_numeral
from pipeline.resolve_org_names import name_key


def _orgs(extractor, text: str) -> dict[str, str | None]:
    return {o.name: o.acronym for o in extractor.extract(text).organizations}


def test_a_roman_numeral_is_no_acronym():
    assert is_roman_numeral("III") and is_roman_numeral("XIV")
    assert not is_roman_numeral("PUP") and not is_roman_numeral("") and not is_roman_numeral("IIII")


def test_an_ordinal_in_numerals_or_words_is_one_key():
    assert name_key("Uniwersytet III Wieku") == name_key("Uniwersytet Trzeciego Wieku") == "uniwersytet 3 wieku"
    assert name_key("II Liceum Ogólnokształcące") == "ii liceum ogólnokształcące"  # the first word stays


def test_a_name_with_its_ordinal_in_numerals_refers_back(extractor):
    orgs = _orgs(extractor, "Słuchacze Uniwersytetu Trzeciego Wieku odwiedzili Malbork. "
                            "Zajęcia Uniwersytetu III Wieku trwają cały rok.")
    assert orgs == {"Uniwersytet Trzeciego Wieku": None}


def test_a_name_without_its_genitive_complement_is_the_same_body(extractor):
    orgs = _orgs(extractor, "Spotkanie przygotował Klub Seniora Politechniki Gorzowskiej. "
                            "Członkowie Klubu Seniora (KS) zaśpiewali, a KS podziękował gościom.")
    assert "Klub Seniora" not in orgs and "KS" not in orgs
    assert orgs.get("Klub Seniora Politechniki Gorzowskiej") == "KS"


def test_a_unit_after_the_name_is_a_body_of_its_own(extractor):
    orgs = _orgs(extractor, "Stowarzyszenie Miłośników Ziemi Kaszubskiej Oddział w Wejherowie zaprosiło "
                            "członków Stowarzyszenia Miłośników Ziemi Kaszubskiej.")
    assert "Stowarzyszenie Miłośników Ziemi Kaszubskiej" in orgs and len(orgs) == 2


def test_each_name_after_a_dash_takes_its_own_nominative(extractor):
    orgs = _orgs(extractor, "Gości przyjęła dyrektor Centrum Kultury-Biblioteki Publicznej w Zalesiu.")
    assert "Centrum Kultury-Biblioteka Publiczna w Zalesiu" in orgs


def test_villages_named_after_wsi_are_sołectwa(extractor):
    orgs = _orgs(extractor, "Współorganizatorami tegorocznych dożynek były sołectwa wsi Bukowiec, Nadole i Wierzchy. "
                            "Święto rozpoczął korowód.")
    assert {"Sołectwo Bukowiec", "Sołectwo Nadole", "Sołectwo Wierzchy"} <= set(orgs)


def test_sołectwa_as_teams_in_a_tournament_are_no_bodies(extractor):
    orgs = _orgs(extractor, "W zawodach organizowanych przez Gminę Lipno stanęło 4 drużyn reprezentujących sołectwa: "
                            "Bukowiec, Nadole, Wierzchy i Zalesie. Sołectwo Nadole wygrało zawody. Drugie miejsce "
                            "wywalczyło sołectwo Bukowiec, a trzecie sołectwo Zalesie.")
    assert not any(name.lower().startswith("sołectwo") for name in orgs)


def test_an_acronym_after_a_village_unit_is_a_body_not_a_village(extractor):
    """"Sołectwo X oraz KGW X": the list of villages ends at a body's acronym."""
    orgs = _orgs(extractor, "Piknik przygotowali Sołectwo Dębina oraz KGW Dębina. Bawiło się stu gości.")
    assert "Sołectwo Dębina" in orgs
    assert not any(n.startswith("Sołectwo KGW") for n in orgs)
    orgs = _orgs(extractor, "Zawody wygrały sołectwa Lipowiec i Brzezinka, a OSP Lipowiec była trzecia.")
    assert {"Sołectwo Lipowiec", "Sołectwo Brzezinka"} <= set(orgs)


def test_a_unit_named_by_its_proper_name_takes_no_adjective_before_it(extractor):
    """"Biblioteki Publicznej Gminy X": the adjective is the library's, not the gmina's."""
    orgs = _orgs(extractor, "Spotkanie przygotowali pracownicy Biblioteki Publicznej Gminy Dębina. Zagrali muzycy "
                            "Orkiestry Dętej Miasta Lipna.")
    assert {"Biblioteka Publiczna Gminy Dębina", "Orkiestra Dęta Miasta Lipna"} <= set(orgs)
    orgs = _orgs(extractor, "Wystąpili goście z Urzędu Marszałkowskiego Województwa Opolskiego i Fundacji Rozwoju "
                            "Gminy Dębina.")
    assert {"Urząd Marszałkowski Województwa Opolskiego", "Fundacja Rozwoju Gminy Dębina"} <= set(orgs)
