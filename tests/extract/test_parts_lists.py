"""Parts from a list's lead: long greeting lists, numbered items with talk titles, laureates a jury chose,
places visited. Sentences are invented."""


def parts(extractor, text):
    return {p.name: p.part for p in extractor.extract(text).people}


def test_numbered_items_with_titles_keep_the_lead(extractor):
    found = parts(extractor, "Program wykładów objął wystąpienia pracowników naszego Instytutu:\n"
                             "1. Dr hab. Jan Wierzba – „Wewnętrzne czynniki odrodzenia państwa w 1918 roku”,\n"
                             "2. Dr hab. Piotr Malina – „Ośrodki władzy na ziemiach polskich jesienią”,\n"
                             "3. Dr Anna Kos – „Koncepcje granic odrodzonej Rzeczypospolitej”.\n")
    assert found["Piotr Malina"] == "speaker" and found["Anna Kos"] == "speaker"


def test_long_greeting_list_keeps_its_lead(extractor):
    lines = "\n".join(f"- przedstawiciela {n} szkoły podstawowej w naszym mieście pana Adama {s}," for n, s in
                      [("pierwszej", "Wrzosa"), ("drugiej", "Buka"), ("trzeciej", "Grabca"), ("czwartej", "Dęba"),
                       ("piątej", "Jesiona"), ("szóstej", "Klona"), ("siódmej", "Modrzewia"), ("ósmej", "Jawora")])
    text = f"Dyrektor powitał gości honorowych w osobach:\n{lines}\n- burmistrza Miasta Lipno Jana Sosnę."
    assert parts(extractor, text)["Jan Sosna"] == "guest"


def test_laureates_chosen_by_a_jury_are_participants(extractor):
    found = parts(extractor, "Komisja konkursowa wyłoniła troje laureatów:\n1. miejsce – Adam Wrzos, Szkoła "
                             "Podstawowa w Lipnie\n2. miejsce – Ewa Buk, Szkoła Podstawowa w Ostrowie\n")
    assert found["Adam Wrzos"] == "participant" and found["Ewa Buk"] == "participant"


def test_visited_places_list_gives_no_guests(extractor):
    found = parts(extractor, "W trakcie wyjazdu odwiedzono:\n1. Zagrodę Edukacyjną pani Ewy Wrzos w Lipnie\n")
    assert found.get("Ewa Wrzos") != "guest"


def test_under_the_eye_of_is_a_speaker(extractor):
    found = parts(extractor, "Zaprosiliśmy młodzież do wspólnego gotowania pod okiem Marty Wrzos.")
    assert found["Marta Wrzos"] == "speaker"


def test_relative_clause_with_a_talk_verb_is_a_speaker(extractor):
    found = parts(extractor, "W spotkaniu wziął również udział Adam Buk, dyrektor Fundacji Lipa, który mówił o "
                             "znaczeniu wolontariatu.")
    assert found["Adam Buk"] == "speaker"


def test_officials_taking_part_are_participants(extractor):
    # settled: "W wydarzeniu uczestniczyli: wiceminister X, wicestarosta Y" -> participant; "udział wzięli" alike
    found = parts(extractor, "Festyn zorganizowało Stowarzyszenie Lipka. W festynie udział wzięli wicestarosta "
                             "Jan Grab oraz Adam Kos – Prezes Fundacji Wiatrak.")
    assert found["Jan Grab"] == "participant" and found["Adam Kos"] == "participant"


def test_taking_without_udział_is_no_attendance(extractor):
    found = parts(extractor, "Stowarzyszenie Lipka zorganizowało festyn. Mikrofon wziął wójt Jan Grab.")
    assert found["Jan Grab"] != "participant"


def test_relative_clause_with_a_greeting_verb_makes_a_guest(extractor):
    found = parts(extractor, "Stowarzyszenie Lipka zorganizowało galę. W uroczystości udział wziął wojewoda "
                             "Jan Grab, który gratulował nagrodzonym.")
    assert found["Jan Grab"] == "guest"


def test_taking_part_in_a_debate_after_the_verb_makes_a_panelist(extractor):
    found = {p.name: p for p in extractor.extract(
        "Fundacja Most zorganizowała forum. Prezes Zarządu Federacji Rolników Pan Jan Mak wziął udział "
        "w debacie o rynku pracy.").people}
    assert "panelista" in {r.title for r in found["Jan Mak"].roles} and found["Jan Mak"].part == "speaker"


def test_apposition_with_an_institution_keeps_the_list_together(extractor):
    found = parts(extractor, "Dyrektorka przywitała też gości, wśród których byli m.in. Jan Mak, prezes oddziału TPD, "
                             "Ewa Wrona i Adam Kos – trenerzy grup tanecznych Uniwersytetu Trzeciego Wieku.")
    assert found["Ewa Wrona"] == found["Adam Kos"] == "guest"


def test_a_name_in_the_genitive_after_a_talk_verb_is_no_speaker(extractor):
    found = parts(extractor, "Klub Seniora zorganizował spotkanie. Pani Ewa Lis omówiła twórczość Adama Wierzbickiego.")
    assert found["Adam Wierzbicki"] == "other" and found["Ewa Lis"] == "speaker"


def test_owner_of_a_work_among_participants_is_mentioned_only(extractor):
    found = parts(extractor, "Słuchacze klubu przeczytali dzieciom wiersze Henryka Wierzbickiego.")
    assert found["Henryk Wierzbicki"] == "other"


def test_session_made_by_the_name_in_a_relative_clause_makes_a_speaker(extractor):
    found = parts(extractor, "Jednym z działań były warsztaty z tradycji świątecznych naszego regionu, które "
                             "przygotowała Pani Zofia Wrona, autorka przewodnika.")
    assert found["Zofia Wrona"] == "speaker"


def test_a_made_thing_that_is_no_session_gives_no_speaker(extractor):
    found = parts(extractor, "Uczniowie obejrzeli przedstawienie, które przygotowała Pani Anna Kos.")
    assert found["Anna Kos"] != "speaker"


def test_a_chapter_member_of_the_organizers_own_is_staff_an_outside_one_other(extractor):
    found = parts(extractor, "Fundacja Stare Kadry zorganizowała konkurs fotograficzny „Kadr”. W skład Kapituły konkursu "
                             "weszli: Ewa Buk - przewodnicząca Rady Fundacji Stare Kadry, Adam Wrzos - fotograf "
                             "z Lipna, i Olga Sęp - dziennikarka Gazety Lipnowskiej.")
    assert found["Ewa Buk"] == "organizer_staff"
    assert found["Olga Sęp"] == "other"
    assert found["Adam Wrzos"] == "other"  # a juror from outside is never a participant or a guest
