"""Part cues of `pipeline.extract.people`: a meeting "with" someone, guidance "pod czujnym okiem", words of
competitors and decorations. Sentences are invented."""

import pytest


def parts(extractor, text):
    return {p.name: p.part for p in extractor.extract(text).people}


def test_author_meeting_with_an_adjective_makes_a_speaker(extractor):
    found = parts(extractor, "W bibliotece odbyło się spotkanie autorskie z Tomaszem Wrzosem, autorem powieści.")
    assert found["Tomasz Wrzos"] == "speaker"


def test_meeting_verb_with_a_title_between_makes_a_speaker(extractor):
    found = parts(extractor, "Uczniowie spotkali się z policjantem, sierżantem Adamem Jaworem, który opowiadał "
                             "o bezpieczeństwie.")
    assert found["Adam Jawor"] == "speaker"


def test_with_far_from_the_meeting_is_no_cue(extractor):
    found = parts(extractor, "Spotkanie odbyło się w świetlicy, a z wiosek przyjechała Anna Grab.")
    assert found.get("Anna Grab") != "speaker"


def test_guidance_with_an_adjective_makes_a_speaker(extractor):
    found = parts(extractor, "Dzieci tworzyły drzeworyty pod czujnym okiem pana Piotra Buka.")
    assert found["Piotr Buk"] == "speaker"


def test_best_competitor_is_a_participant(extractor):
    found = parts(extractor, "Turniej wygrała drużyna z Lipna. Najlepszym zawodnikiem uznano Karola Wrzosa z Ostrowa.")
    assert found["Karol Wrzos"] == "participant"


def test_decorated_people_are_participants(extractor):
    found = parts(extractor, "Podczas uroczystości Srebrną Odznaką odznaczeni zostali: Pan Jan Dąb, Pani Ewa Kos "
                             "oraz Pan Adam Grab.")
    assert found["Ewa Kos"] == "participant" and found["Adam Grab"] == "participant"


def test_celebrant_of_a_mass_is_a_guest(extractor):
    found = parts(extractor, "Festyn rozpoczęła Msza święta odprawiona przez ks. Jana Wrzosa, proboszcza parafii w Lipnie.")
    assert found["Jan Wrzos"] == "guest"


def test_a_name_after_a_timed_programme_item_gave_it(extractor):
    found = parts(extractor, "Program:\n9:30 – Otwarcie – Halina Sowa, wójt gminy Radzyń\n"
                             "10:00 – Pszczoły w sadzie – Piotr Wrona, Stowarzyszenie Pszczelarzy\n"
                             "10:45 – Przerwa kawowa\n")
    assert found["Piotr Wrona"] == "speaker"
    assert found["Halina Sowa"] != "speaker"  # the opening is a greeting, not a talk


@pytest.mark.parametrize("text, name, part", [
    ("Szkolny konkurs pięknego czytania przygotowała p. Halina Bogusz. Wzięło w nim udział 20 uczniów.",
     "Halina Bogusz", "organizer_staff"),
    ("Wycieczkę do skansenu zorganizował Jarosław Wieczorek, a przewodnikiem był Leon Kubiak.",
     "Jarosław Wieczorek", "organizer_staff"),
    # preparing a session is the speaker's own work, not organizing
    ("Warsztaty ceramiczne przygotowała i poprowadziła Aldona Bielak z pracowni Glina.", "Aldona Bielak", "speaker"),
])
def test_the_subject_of_organizing_is_the_organizers_own(extractor, text, name, part):
    assert {p.name: p.part for p in extractor.extract(text).people}[name] == part


@pytest.mark.parametrize("text, name, part", [
    ("Pan Bogumił Sroka, emerytowany kolejarz z Lipia, zdobył pierwsze miejsce w konkursie na nalewkę.",
     "Bogumił Sroka", "participant"),
    ("Pani Ilona Kruk, bibliotekarka z Rybna, otrzymała dyplom za długoletnią pracę.", "Ilona Kruk", "participant"),
    # the name is what the award is named after, not its winner
    ("Nagrodę imienia Józefa Tuska, patrona szkoły, otrzymała klasa 6a.", "Józef Tusk", "other"),
])
def test_the_subject_of_winning_past_an_apposition_is_a_laureate(extractor, text, name, part):
    assert parts(extractor, text).get(name, "other") == part


@pytest.mark.parametrize("text, name, part", [
    ("W niedzielę odbył się turniej szachowy o Puchar Burmistrza. Puchary wręczał mistrz olimpijski Olgierd Sęk.",
     "Olgierd Sęk", "guest"),
    ("Zawodników witała sołtys Krystyna Makowska.", "Krystyna Makowska", "guest"),
    # the one handed the cup is no giver
    ("Puchar za pierwsze miejsce odebrał z rąk burmistrza Szymon Kwiatek.", "Szymon Kwiatek", "participant"),
])
def test_imperfective_verbs_of_handing_and_greeting_make_a_guest(extractor, text, name, part):
    assert parts(extractor, text)[name] == part


@pytest.mark.parametrize("text, name, part", [
    ("Podziękowania dla Pana Zbigniewa Kity za ufundowanie nagród.", "Zbigniew Kita", "other"),
    ("Nagrody ufundowała Bożena Świątek.", "Bożena Świątek", "other"),
    ("Fundatorką nagród była Bożena Świątek.", "Bożena Świątek", "other"),
    ("Nagrodę główną otrzymała Marianna Kruk.", "Marianna Kruk", "participant"),
])
def test_who_funded_the_prizes_did_not_win_them(extractor, text, name, part):
    assert parts(extractor, text)[name] == part


def test_authors_named_after_their_works_titles_are_only_mentioned(extractor):
    found = parts(extractor, "We wrześniu w Lipnie odbędzie się festiwal filmowy. Do Lipna pojadą filmy prezentowane "
                             "wcześniej w Berlinie: „Zimowy sad” Tomasza Wrzosa i „Dom nad rzeką” Karola Buka.")
    assert found["Tomasz Wrzos"] == "other" and found["Karol Buk"] == "other"


def test_a_named_speaker_after_a_talks_title_keeps_speaking(extractor):
    found = parts(extractor, "W bibliotece odbył się wykład „Zimowy sad”. Wykład wygłosił Tomasz Wrzos.")
    assert found["Tomasz Wrzos"] == "speaker"


def test_competitors_named_by_their_results_are_participants(extractor):
    found = parts(extractor, "W sobotę na skoczni w Lipnie rozegrano zawody. Do finału zdołał zakwalifikować się "
                             "tylko Karol Wrzos. Tomasz Buk uzyskał 98 m. Wspaniały sukces odniosła Anna Grab.")
    assert found["Karol Wrzos"] == "participant" and found["Tomasz Buk"] == "participant"
    assert found["Anna Grab"] == "participant"


def test_a_result_verb_without_a_result_makes_no_competitor(extractor):
    found = parts(extractor, "W sobotę w Lipnie otwarto nową świetlicę. Tomasz Buk uzyskał na nią dofinansowanie.")
    assert found.get("Tomasz Buk") != "participant"


def test_officials_named_as_sponsors_are_other(extractor):
    found = parts(extractor, "W sobotę w Lipnie odbyły się zawody zaprzęgów. Sponsorami konkursu byli burmistrz "
                             "miasta Lipna Tomasz Buk i wójt gminy Lipno Anna Grab.")
    assert found["Tomasz Buk"] == "other" and found["Anna Grab"] == "other"


def test_an_official_who_hands_over_the_prizes_is_a_guest(extractor):
    found = parts(extractor, "W sobotę w Lipnie odbyły się zawody zaprzęgów. Nagrody zwycięzcom wręczył burmistrz "
                             "miasta Lipna Tomasz Buk.")
    assert found["Tomasz Buk"] == "guest"


def test_a_teams_coach_at_a_contest_is_other(extractor):
    found = parts(extractor, "W sobotę w Lipnie odbyły się zawody w skokach narciarskich. Karol Wrzos skoczył 98 m. "
                             "W Wrzosa wierzy trener Tomasz Buk.")
    assert found["Tomasz Buk"] == "other"


def test_a_trainer_running_a_training_speaks(extractor):
    found = parts(extractor, "W sobotę w Lipnie odbyło się szkolenie z pierwszej pomocy. Zajęcia poprowadził trener "
                             "Tomasz Buk.")
    assert found["Tomasz Buk"] == "speaker"


@pytest.mark.usefixtures("rules_only")
def test_competing_verbs_outside_a_contest_make_no_competitor(extractor):
    found = parts(extractor, "W sobotę w Lipnie odbył się festyn rodzinny. Wójt Jan Kos walczy o fundusze na nową "
                             "świetlicę.")
    assert found["Jan Kos"] != "participant"


@pytest.mark.usefixtures("rules_only")
def test_officials_among_those_who_invite_are_hosts(extractor):
    found = parts(extractor, "We wtorek w Lipnie odbędzie się konferencja dla przedsiębiorców. Na konferencję "
                             "zapraszają: Fundacja Zielony Most wraz z Prezesem Stowarzyszenia Przyjaciół Lipna posłem "
                             "Janem Kosem.")
    assert found["Jan Kos"] == "organizer_staff"


@pytest.mark.usefixtures("rules_only")
def test_a_guest_the_organizer_invited_is_no_host(extractor):
    found = parts(extractor, "We wtorek w Lipnie odbędzie się konferencja dla przedsiębiorców. Fundacja Zielony Most "
                             "zaprasza na spotkanie z posłem Janem Kosem.")
    assert found["Jan Kos"] != "organizer_staff"


@pytest.mark.usefixtures("rules_only")
def test_who_conceived_the_event_is_on_the_organizing_side(extractor):
    found = parts(extractor, "W liceum w Lipnie odbyła się konferencja o tolerancji. Pomysłodawcą konferencji był "
                             "Karol Wrzos, uczeń liceum. Gościem był Tomasz Buk.")
    assert found["Karol Wrzos"] == "organizer_staff"
    assert found["Tomasz Buk"] != "organizer_staff"


def test_a_subjectless_talk_verb_after_the_name_makes_a_speaker(extractor):
    found = parts(extractor, "Na drugim spotkaniu gościem koła była Wanda Sikora, sołtys wsi Olszynka. Opowiedziała, "
                             "jak mieszkańcy wyremontowali remizę.")
    assert found["Wanda Sikora"] == "speaker"


@pytest.mark.parametrize("text,name", [
    ("Gościem koła była Wanda Sikora. Opowiedział o remizie sołtys Adam Lis.", "Wanda Sikora"),
    ("Gośćmi byli Wanda Sikora i Adam Lis. Opowiedziała o remizie.", "Adam Lis"),
])
def test_a_talk_verb_of_another_subject_or_gender_gives_no_cue(extractor, text, name):
    assert parts(extractor, text)[name] != "speaker"


@pytest.mark.parametrize("byline", ["Rozmawiała Iga Sowińska", "Rozmowę przeprowadził: Olaf Brzoza"])
def test_an_interview_byline_is_no_speaker(extractor, byline):
    text = f"Rozmowa z Heleną Kruk, kierowniczką świetlicy w Modrzewiu\n{byline}\nŚwietlica zaprasza na zajęcia."
    report = extractor.extract(text)
    author = report.people[-1] if report.people[-1].name != "Helena Kruk" else report.people[0]
    assert author.part == "other" and not author.roles


@pytest.mark.parametrize("text,part", [
    ("Laureatami zostali Jolanta Brzask, prezes Fundacji „Źródło” z Lipówki, oraz Kazimierz Żuraw.", "participant"),
    ("Gośćmi festynu byli Jolanta Brzask, prezes Fundacji „Źródło”, oraz Kazimierz Żuraw.", "guest"),
])
def test_a_copulas_noun_reaches_the_last_name_of_a_long_list(extractor, text, part):
    assert parts(extractor, text)["Kazimierz Żuraw"] == part


def test_a_noun_a_preposition_governs_is_no_predicate(extractor):
    found = parts(extractor, "Na pikniku z laureatami byli Jolanta Brzask, prezes Fundacji „Źródło”, oraz Kazimierz "
                             "Żuraw, którzy czytali bajki.")
    assert found["Kazimierz Żuraw"] != "participant"


@pytest.mark.parametrize("text,name,part", [
    ("Bieg Przełajowy w Modrzewiu. Najszybsza okazała się Karolina Pstrąg z Lipówki.", "Karolina Pstrąg", "participant"),
    ("Turniej warcabowy w Modrzewiu. Najlepszym graczem był Oskar Jeż.", "Oskar Jeż", "participant"),
])
def test_a_superlative_beside_a_copula_ranks_a_competitor(extractor, text, name, part):
    assert parts(extractor, text)[name] == part


def test_a_superlative_outside_a_contest_is_no_competitor(extractor):
    found = parts(extractor, "Festyn w Modrzewiu. Najpiękniejszy był występ, który zapowiedział Oskar Jeż.")
    assert found["Oskar Jeż"] != "participant"

