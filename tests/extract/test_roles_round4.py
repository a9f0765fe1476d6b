"""Roles, their organizations and parts, fourth round: professions as titles and their qualifiers, apposition
chains, event roles a sentence states (a copula, a debate, "przeprowadził"), lecturers, "p." cut by the
segmenter, groups presented by their body. Sentences are invented."""

from people_helpers import people, titles


def test_profession_in_apposition_is_a_role(extractor):
    found = people(extractor, "Wczoraj w bibliotece gościliśmy Tomasza Wrzosa, podróżnika i fotografa z Opola.")
    assert {"podróżnik", "fotograf"} <= set(titles(found["Tomasz Wrzos"]))


def test_author_takes_no_object(extractor):
    found = people(extractor, "Zajęcia przygotowała Pani Ewa Sikora, autorka książki o dawnych obrzędach.")
    assert "autor" in titles(found["Ewa Sikora"])


def test_photo_credit_is_no_role(extractor):
    found = people(extractor, "Spotkanie było bardzo udane.\nAutorem zdjęć jest Marek Zięba.")
    assert titles(found["Marek Zięba"]) == []


def test_participle_qualifier_stays_in_the_title(extractor):
    found = people(extractor, "Warsztaty kulinarne poprowadził Adam Bąk – licencjonowany kucharz.")
    assert "licencjonowany kucharz" in titles(found["Adam Bąk"])


def test_describing_adjective_is_dropped(extractor):
    found = people(extractor, "Wykład wygłosiła Anna Sowa – socjolog, wieloletnia nauczycielka akademicka.")
    assert "nauczyciel akademicki" in titles(found["Anna Sowa"]) or "nauczyciel" in titles(found["Anna Sowa"])
    assert not any(t.startswith("wieloletni") for t in titles(found["Anna Sowa"]))


def test_apposition_chain_past_a_titles_phrase(extractor):
    found = people(extractor, "Ekspertką była Pani Ewa Lis – Socjolog o długim stażu w administracji, "
                              "ekspert w obszarze zatrudnienia, autor i koordynator projektów unijnych.")
    assert {"socjolog", "autor"} <= set(titles(found["Ewa Lis"]))
    assert any(t.startswith("koordynator projektów") for t in titles(found["Ewa Lis"]))


def test_apposition_of_the_body_is_not_the_persons(extractor):
    found = people(extractor, "Minister Jan Wrona, przewodniczący Stowarzyszenia „Razem”, głównego organizatora "
                              "forum, powitał gości.")
    assert not any(t.startswith("organizator") for t in titles(found["Jan Wrona"]))


def test_coordinated_titles_stay_apart(extractor):
    found = people(extractor, "Adam Ryś – lider zespołu, twórca tekstów i kompozytor – zagrał dla gości.")
    assert {"twórca tekstów", "kompozytor"} <= set(titles(found["Adam Ryś"]))


def test_matter_with_z_zakresu_and_do_spraw(extractor):
    found = people(extractor, "Szkolenie przeprowadził Pan Jan Kos – specjalista z zakresu rozliczania dotacji.\n"
                              "Głos zabrała Ewa Mak – Pełnomocnik Rządu do spraw polityki senioralnej.")
    assert "specjalista z zakresu rozliczania dotacji" in titles(found["Jan Kos"])
    assert "pełnomocnik rządu do spraw polityki senioralnej" in titles(found["Ewa Mak"])


def test_przeprowadzil_gives_prowadzacy(extractor):
    found = people(extractor, "Szkolenie dla sołtysów przeprowadziła Pani Anna Wilk.")
    assert "prowadzący" in titles(found["Anna Wilk"])


def test_instrumental_event_role_with_copula_covers_the_list(extractor):
    found = people(extractor, "Moderatorami spotkania byli Jan Kos, ekspert ds. wody i Adam Lis, ekspert ds. lasów.")
    assert "moderator" in titles(found["Jan Kos"])
    assert "moderator" in titles(found["Adam Lis"])
    assert "ekspert ds. wody" in titles(found["Jan Kos"])


def test_people_taking_part_in_a_discussion_are_panelists(extractor):
    found = people(extractor, "Potem odbyła się dyskusja o wsi, w której uczestniczyli: Anna Kos – wójt gminy Lipno; "
                              "Jan Mak – prezes Fundacji Wiatrak.")
    for name in ("Anna Kos", "Jan Mak"):
        assert "panelista" in titles(found[name])
        assert found[name].part == "speaker"


def test_hired_lecturer_who_runs_workshops_is_a_speaker(extractor):
    found = people(extractor, "Warsztaty filmowe poprowadził Jan Sowa – animator i filmowiec.")
    assert found["Jan Sowa"].part == "speaker"


def test_coordinator_of_the_event_stays_staff(extractor):
    found = people(extractor, "Spotkanie poprowadziła koordynatorka projektu Anna Lis.")
    assert found["Anna Lis"].part == "organizer_staff"


def test_verb_after_names_with_p_abbreviation(extractor):
    found = people(extractor, "Panie z Koła Gospodyń Wiejskich: p. Anna Kos, p. Ewa Mak oraz p. Zofia Lis "
                              "opowiadały o dawnych zwyczajach.")
    for name in ("Anna Kos", "Ewa Mak", "Zofia Lis"):
        assert found[name].part == "speaker"
        assert found[name].affiliation == "Koło Gospodyń Wiejskich"


def test_numbered_school_between_title_and_name(extractor):
    found = people(extractor, "Przybyli:\n- dyrektorka Szkoły Podstawowej nr 12 mgr Ewa Kret\n- sołtys Jan Mak\n")
    assert [(r.title, r.organization) for r in found["Ewa Kret"].roles] == [("dyrektor", "Szkoła Podstawowa nr 12")]


def test_poseł_na_sejm_before_the_names(extractor):
    found = people(extractor, "Prezes powitał gości:\n- posłów na Sejm RP Annę Kos i Jana Maka,\n")
    assert "poseł" in titles(found["Anna Kos"])


def test_title_of_a_name_in_the_lead_is_no_list_label(extractor):
    found = people(extractor, "Prezes Fundacji Wiatrak dr Adam Lis powitał gości w osobach:\n- Jana Maka,\n"
                              "- Ewy Kos.\n")
    assert "prezes" not in titles(found["Jan Mak"])
    assert found["Jan Mak"].part == "guest"


def test_list_cue_nearest_the_colon_wins(extractor):
    found = people(extractor, "Dyrektor powitał uczestników konferencji, zaczynając od gości honorowych w osobach:\n"
                              "- radnej Ewy Kos,\n- prof. dr. hab. Jana Maka.\n")
    assert found["Jan Mak"].part == "guest"
