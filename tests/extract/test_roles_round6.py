"""Roles, their organizations and parts, sixth round: titles that keep a lower-case unit ("szef biura"),
a noun's genitive that only looks like an adjective, a unit's seat, chains of predicative titles, and
announced (future-tense) lecturers. Sentences are invented."""

from people_helpers import people, titles, titles_with_orgs


def test_lower_case_unit_stays_in_the_title(extractor):
    found = people(extractor, "Spotkanie otworzył Jan Wilk, szef biura poselskiego posła Adama Kota.")
    assert "szef biura poselskiego" in titles(found["Jan Wilk"])
    assert "poseł" in titles(found["Adam Kot"])


def test_unit_of_a_foundation_keeps_the_foundation(extractor):
    found = people(extractor, "Gości powitał Jan Wilk, dyrektor biura Fundacji Razem.")
    assert ("dyrektor biura", "Fundacja Razem") in titles_with_orgs(found["Jan Wilk"])


def test_genitive_noun_is_not_read_as_a_plural_adjective(extractor):
    found = people(extractor, "Gościem była Ewa Sowa, kierownik czytelni Biblioteki Pedagogicznej w Opolu.")
    assert "kierownik czytelni" in titles(found["Ewa Sowa"])


def test_seat_of_a_unit_is_no_organization(extractor):
    found = people(extractor, "O pracy opowiadał Jan Wilk – szef biura w Krakowie.")
    assert titles_with_orgs(found["Jan Wilk"]) == [("szef biura", None)]


def test_chain_of_predicative_titles(extractor):
    found = people(extractor, "Jan Kot jest sołtysem wsi Lipno, radnym gminy i prezesem OSP.")
    assert {"sołtys", "radny", "prezes"} <= set(titles(found["Jan Kot"]))


def test_future_copula_gives_the_title(extractor):
    found = people(extractor, "Zapraszamy na wykład. Prelegentem będzie Jan Wilk z Opola.")
    assert "prelegent" in titles(found["Jan Wilk"])
    assert found["Jan Wilk"].part == "speaker"


def test_future_infinitive_gives_the_event_role(extractor):
    found = people(extractor, "Zapraszamy na warsztaty. Zajęcia będzie prowadzić Anna Kot.")
    assert "prowadzący" in titles(found["Anna Kot"])
    assert found["Anna Kot"].part == "speaker"
    found = people(extractor, "Zapraszamy na warsztaty. Prowadzić je będzie Anna Kot.")
    assert "prowadzący" in titles(found["Anna Kot"])


def test_abbreviated_titles_in_an_apposition(extractor):
    found = people(extractor, 'Na forum Jan Wilk, zastępca red. naczelnego i red. prowadzący "Głosu Wsi", '
                              "poprowadził dyskusję o rolnictwie.")
    roles = titles(found["Jan Wilk"])
    assert {"zastępca redaktora naczelnego", "redaktor prowadzący", "prowadzący"} <= set(roles)
    assert found["Jan Wilk"].part == "speaker"


def test_abbreviation_before_a_name_stays_an_honorific(extractor):
    found = people(extractor, "Gości powitał dyr. Jan Kot.")
    assert titles(found["Jan Kot"]) == []


def test_verb_past_a_long_apposition_is_the_names(extractor):
    found = people(extractor, "Jan Wilk – podróżnik, fotograf, człowiek, który zwiedza świat powoli i poznaje "
                              "życie mieszkańców dalekich krajów, opowiedział o swoich wyprawach.")
    assert found["Jan Wilk"].part == "speaker"


def test_verb_of_an_earlier_clause_is_not_the_names(extractor):
    found = people(extractor, "Gazeta była partnerem forum, a Jan Wilk, redaktor naczelny tygodnika, "
                              "poprowadził dyskusję o gospodarce.")
    assert "prowadzący" in titles(found["Jan Wilk"])


def test_list_of_names_after_an_attending_verb_keeps_its_cue(extractor):
    found = people(extractor, "W spotkaniu uczestniczyli m.in. Jan Wilk, wójt gminy, Anna Kot, prezes fundacji, "
                              "a także Ewa Sowa, dyrektor szkoły, która wręczyła nagrody.")
    assert found["Anna Kot"].part == "participant"


def test_acronym_with_periods_ends_no_list_item(extractor):
    found = people(extractor, "Komisja przyznała wyróżnienia dla następujących dzieci:\n"
                              " 1. Maria Jarzębska – S.P. Lipno\n 2. Ola Kmita –S.P. Lipno\n"
                              " 3. Zofia Wrzos – S.P. Brzezie\n 4. Ada Gil – S.P. Lipno\n")
    assert found["Ada Gil"].part == "participant"


def test_guidance_with_a_long_title_before_the_name(extractor):
    found = people(extractor, "Uczniowie ukończyli szkolenie pod kierunkiem pielęgniarza dyplomowanego "
                              "p. Jana Wilka.")
    assert found["Jan Wilk"].part == "speaker"
