"""The organizer chosen from implied shapes (pipeline/resolve_organizer.py), on our own sentences."""

import pytest

#: these tests check the rules; the learned models stay off (tests/conftest.py `rules_only`)
pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.fixture(scope="module")
def run(extractor):
    return lambda text: extractor.extract(text)


def test_a_department_named_by_its_cue_stands_for_its_office(run):
    r = run("W piątek z inicjatywy Wydziału Promocji i Sportu Urzędu Miejskiego w Lipnie odbyło się "
            "Forum Sołtysów Ziemi Lipnowskiej.")
    assert r.event.organizer == "Urząd Miejski w Lipnie"


def test_a_co_organizing_department_stands_for_its_office(run):
    r = run("Konferencję zorganizowała Fundacja Zielony Most we współpracy z Wydziałem Edukacji "
            "Starostwa Powiatowego w Lipnie.")
    assert r.event.organizer == "Fundacja Zielony Most"
    assert r.event.co_organizers == ["Starostwo Powiatowe w Lipnie"]


def test_a_series_held_at_a_body_is_that_bodys_event(run):
    r = run("V Sesja Letniej Szkoły Ogrodniczej\n\nW dniach 3–5 marca odbyła się V Sesja Letniej Szkoły "
            "Ogrodniczej przy Instytucie Sadownictwa w Brzozowie.")
    assert r.event.organizer == "Instytut Sadownictwa w Brzozowie"


def test_a_body_acting_at_another_keeps_its_own_event(run):
    r = run("Wykład Uniwersytetu Trzeciego Wieku\n\nW środę zakończył się kolejny semestr Uniwersytetu Trzeciego "
            "Wieku działającego przy Miejskim Domu Kultury w Lipnie.")
    assert r.event.organizer == "Uniwersytet Trzeciego Wieku"


def test_members_named_with_z_past_the_opening_sentences(run):
    r = run("Rok pełen zajęć\n\nTaniec, śpiew, malarstwo. Do wyboru. Spotkania co tydzień. Słuchacze z "
            "Uniwersytetu Trzeciego Wieku w Lipnie świętowali w piątek jubileusz pracowni.")
    assert r.event.organizer == "Uniwersytet Trzeciego Wieku w Lipnie"


def test_members_prefer_the_fuller_form_of_their_body(run):
    r = run("Wakacje seniorów\n\nSłuchacze Uniwersytetu Trzeciego Wieku mają wakacje. We wtorek słuchacze "
            "Uniwersytetu Trzeciego Wieku Akademii Nadwiślańskiej zakończyli rok akademicki koncertem.")
    assert r.event.organizer == "Uniwersytet Trzeciego Wieku Akademii Nadwiślańskiej"


def test_a_bare_acronym_of_several_bodies_names_no_members_body(run):
    r = run("Forum w Lipnie\n\nW trakcie forum odbył się konkurs dla członków KGW. Wygrało Koło Gospodyń "
            "Wiejskich „Malwy”, a drugie miejsce zajęło Koło Gospodyń Wiejskich w Brzozowie.")
    assert r.event.organizer is None


@pytest.mark.parametrize("text, organizer", [
    ("Gminna Biblioteka Publiczna w Lipnie realizuje projekt „Seniorzy w sieci”. Jednym z zadań były warsztaty "
     "kulinarne.", "Gminna Biblioteka Publiczna w Lipnie"),
    ("Poznaliśmy laureatów konkursu plastycznego. Miejski Dom Kultury w Lipnie już przygotowuje kolejną edycję "
     "konkursu.", "Miejski Dom Kultury w Lipnie"),
])
def test_the_subject_of_an_active_organizing_verb_with_an_event_object(run, text, organizer):
    assert run(text).event.organizer == organizer


def test_a_relative_pronoun_after_the_body_is_the_organizing_verbs_subject(run):
    r = run("Na łące pod Lipnem rywalizowały zaprzęgi. – Bawimy się świetnie – mówi Jan Kos z Lipnowskiego "
            "Towarzystwa Hodowców, które zorganizowało zawody.")
    assert r.event.organizer == "Lipnowskie Towarzystwo Hodowców"


def test_a_relative_pronoun_of_another_gender_does_not_stand_for_the_body(run):
    r = run("Na łące pod Lipnem rywalizowały zaprzęgi. – Bawimy się świetnie – mówi Jan Kos z Lipnowskiego "
            "Towarzystwa Hodowców, który zorganizował zawody w ubiegłym roku.")
    assert r.event.organizer is None


def test_a_contest_a_performer_won_is_not_the_reported_events_owner(run):
    r = run("W Klubie Festiwalowym zagra zespół Lipowe Struny, laureat Grand Prix Konkursu Radia Lipno. Festiwal "
            "potrwa trzy dni.")
    assert r.event.organizer is None


def test_a_contest_named_with_its_body_stays_the_bodys_own(run):
    r = run("Finał Konkursu Radia Lipno odbył się w sobotę w Klubie Festiwalowym. Wystąpiło dziesięć zespołów.")
    assert r.event.organizer == "Radio Lipno"


def test_an_organizing_verb_without_an_event_object_names_no_organizer(run):
    r = run("W sobotę odbył się festyn rodzinny. Fundacja Zielony Most prowadzi sklep z pamiątkami.")
    assert r.event.organizer is None


_HELD_IN = "W piątek w Miejskiej Bibliotece Publicznej w Lipnie odbyło się spotkanie z pisarką Anną Lipską. "


def test_a_report_in_the_first_person_about_an_event_in_a_named_institution(run):
    r = run(_HELD_IN + "Nasze obawy o frekwencję okazały się zbędne, bo sala była pełna.")
    assert r.event.organizer == "Miejska Biblioteka Publiczna w Lipnie"


@pytest.mark.parametrize("rest", ["Obawy o frekwencję okazały się zbędne, bo sala była pełna.",
                                  "\n– Nasze spotkania cieszą się powodzeniem – mówiła pisarka."])
def test_a_venue_without_the_narrators_voice_is_no_organizer(run, rest):
    assert run(_HELD_IN + rest).event.organizer is None


def test_an_acronym_with_another_seat_than_the_spelled_out_body_stays_an_acronym(run):
    r = run("Seminarium zorganizowali pracownicy ROPS-u z Lublina. Seminarium było zorganizowane przez "
            "pracowników ROPS-u z Lublina.\nRegionalny Ośrodek Polityki Społecznej w Białymstoku (ROPS)\n"
            "Seminarium trwało dwa dni.")  # the body's line does not close the report: no signature (furniture)
    assert r.event.organizer == "ROPS"


def test_a_fuller_name_read_after_a_cue_replaces_the_acronym_that_opens_it():
    from pipeline.resolve_organizer import with_fuller_names

    assert with_fuller_names(["MKS", "Gmina Zalesie"], ["MKS Orzeł", "Gmina Zalesie"]) == ["MKS Orzeł", "Gmina Zalesie"]
    assert with_fuller_names(["OSP"], ["KGW Malwy"]) == ["OSP", "KGW Malwy"]


def test_an_invitation_cue_reaches_past_an_adjective_before_the_name(run):
    r = run("W czwartek w Galerii Białej odbył się turniej kręgli. Goście z Lipna i Dębiny przyjechali na "
            "zaproszenie lipnowskiego Stowarzyszenia Zielony Most.")
    assert r.event.organizer == "Stowarzyszenie Zielony Most"
    r = run("Wczoraj w świetlicy odbyło się spotkanie z podróżnikiem. Mieszkańcy przyszli na zaproszenie "
            "miejscowego Klubu Seniora Złota Jesień.")
    assert r.event.organizer == "Klub Seniora Złota Jesień"


def test_a_partner_cue_reaches_past_an_adjective_before_the_name(run):
    r = run("Konferencję zorganizowało Starostwo Powiatowe w Lipnie we współpracy z lokalną Fundacją Zielony "
            "Most.")
    assert r.event.co_organizers == ["Fundacja Zielony Most"]


def test_our_house_by_its_kind_is_the_organizer_when_nothing_else_is(run):
    r = run("Noc w muzeum\n\nW sobotę odbyła się kolejna Noc Muzeów. Dla naszego Muzeum była to okazja do "
            "świętowania jubileuszu. Gości witali pracownicy w strojach z epoki.")
    assert r.event.organizer == "Muzeum"
    assert r.event.organizer_evidence.text == "Muzeum"


def test_our_house_by_its_kind_yields_to_an_explicit_organizer(run):
    r = run("Koncert kolęd\n\nW niedzielę w naszym Muzeum odbył się koncert zorganizowany przez Fundację Srebrny "
            "Dzwon.")
    assert r.event.organizer == "Fundacja Srebrny Dzwon"


def test_a_board_coordinated_with_the_organizer_gives_its_body_as_co_organizer(run):
    """"zorganizowane przez: X oraz Zarząd Oddziału Y": the board acts for its branch, which co-organizes."""
    r = run("W niedzielę odbył się Gminny Dzień Strażaka zorganizowany przez: Stowarzyszenie Zielony Brzeg "
            "oraz Zarząd Towarzystwa Przyjaciół Lipna.")
    assert r.event.organizer == "Stowarzyszenie Zielony Brzeg"
    assert r.event.co_organizers == ["Towarzystwo Przyjaciół Lipna"]


def test_an_organ_of_an_acronym_named_body_gives_the_body(run):
    """"Zebranie Rady Starszych PIRiH": the council's session is the body's; the body is written in full when the
    page spells the acronym out by its initials, else by the acronym."""
    r = run("Zebranie Rady Starszych PIRiH\n\nW poniedziałek w siedzibie Pomorskiej Izby Rzemiosła i Handlu odbyło się "
            "pierwsze zebranie starszych cechów. Prezes omówił plany na kolejny rok.")
    assert r.event.organizer == "Pomorska Izba Rzemiosła i Handlu"


def test_an_organ_of_an_acronym_only_body_gives_the_acronym():
    from pipeline.resolve_organizer import _organ_parent

    assert _organ_parent("Zgromadzenie Ogólne ZKW", []) == "ZKW"
    assert _organ_parent("Rada Gminy", []) is None  # a unit's council: no acronym-named body
    assert _organ_parent("Fundacja Rozwoju PKS", []) is None  # no organ


def test_one_member_in_apposition_to_a_speaker_gives_no_owner(event_of):
    """A single 'członkini X' describes the lecturer; the members' plural still makes their body the owner."""
    assert event_of("Wykład o dawnych zwyczajach wygłosiła Halina Sowa, członkini Towarzystwa Przyjaciół Radzynia."
                    ).organizer is None
    assert event_of("Członkowie Towarzystwa Przyjaciół Radzynia spotkali się na wieczorze poezji.").organizer == \
        "Towarzystwo Przyjaciół Radzynia"


@pytest.mark.parametrize("text, organizer", [
    ('W niedzielę odbył się rajd "Bukowa Jesień" zorganizowany przez Komisję Turystyki Kolarskiej Oddziału '
     "Miejskiego PTTK w Lipnie. Wzięło w nim udział 80 osób.", "Oddział Miejski PTTK w Lipnie"),
    ("W niedzielę odbył się festyn zorganizowany przez Komisję Kultury Rady Gminy Lipno.", "Rada Gminy Lipno"),
])
def test_a_committee_of_a_named_body_gives_the_body(run, text, organizer):
    assert run(text).event.organizer == organizer


def test_a_committee_without_a_parent_organizes_itself(run):
    r = run("W niedzielę odbył się konkurs zorganizowany przez Komisję Europejską.")
    assert r.event.organizer == "Komisja Europejska"


def test_bodies_helping_in_the_organization_co_organize(run):
    r = run('W sobotę odbył się rajd "Bukowa Jesień" zorganizowany przez Oddział Lipnowski PTTK. W organizacji '
            "rajdu pomagali: lipnowski PTTK, Urząd Gminy Kikół, Towarzystwo Przyjaciół Lipna, Gimnazjum w Kikole, a "
            "głównym sponsorem był Bank Spółdzielczy w Lipnie.")
    assert r.event.organizer == "Oddział Lipnowski PTTK"
    assert r.event.co_organizers == ["Urząd Gminy Kikół", "Towarzystwo Przyjaciół Lipna", "Gimnazjum w Kikole"]


def test_a_person_helping_in_the_organization_gives_no_co_organizer(run):
    r = run("W sobotę odbył się festyn zorganizowany przez Stowarzyszenie Lipa. W organizacji pomagał nam Jan Kos "
            "z Fundacji Dąb.")
    assert r.event.co_organizers == []


@pytest.mark.parametrize("text, organizer", [
    ("Kikół będzie gospodarzem tegorocznych dożynek gminnych. Impreza odbędzie się 20 sierpnia.", "Kikół"),
    ("Kikół będzie gospodarzem dożynek. Organizatorem jest Gminny Ośrodek Kultury w Lipnie.",
     "Gminny Ośrodek Kultury w Lipnie"),
    ("Gminny Ośrodek Kultury w Kikole będzie gospodarzem dożynek. Impreza odbędzie się 20 sierpnia.",
     "Gminny Ośrodek Kultury w Kikole"),
    ("Jan Kos był gospodarzem spotkania. Spotkanie odbyło się w świetlicy.", None),
    ("Gospodarzem tegorocznego turnieju będzie Kikół. Zawody odbędą się w sierpniu.", "Kikół"),
    ("Gospodarzem turnieju będzie Jan Kos, a zawody odbędą się w sierpniu.", None),
    ("Pływacy z dziesięciu klubów rywalizowali w sobotę na basenie. Zwyciężyła drużyna z Lipna. Kikół będzie "
     "gospodarzem mistrzostw, które odbędą się w czerwcu.", None),
    ("Tegoroczne powiatowe dożynki zorganizował Kikół. Korowód przeszedł ulicami miasta.", "Kikół"),
    ("Tegoroczne powiatowe dożynki zorganizował Jan Kos. Korowód przeszedł ulicami miasta.", None),
    ("Pływacy z dziesięciu klubów będą rywalizować w sobotę na basenie. Kikół będzie gospodarzem mistrzostw.",
     "Kikół"),
])
def test_a_host_organizes_when_no_organizer_is_named(run, text, organizer):
    assert run(text).event.organizer == organizer


def test_future_organizers_coordinated(run):
    r = run("Stowarzyszenie Lipa i Fundacja Dąb będą organizatorami festynu. Festyn odbędzie się w sobotę.")
    assert (r.event.organizer, r.event.co_organizers) == ("Stowarzyszenie Lipa", ["Fundacja Dąb"])


def test_our_home_in_lower_case_is_no_body_of_ours(run):
    r = run("Wczoraj wzięliśmy udział w koncercie jazzowym, który odbył się w starej kamienicy znanej jako Dom Pod "
            "Sową, zaledwie sto metrów od naszego domu. Grała Anna Lis.")
    assert r.event.organizer is None


def test_our_house_of_culture_in_lower_case_is_still_ours(run):
    r = run("W naszym domu kultury odbył się koncert. Wystąpili uczniowie. Dom Kultury Pod Sową dziękuje gościom.")
    assert r.event.organizer == "Dom Kultury Pod Sową"


def test_performers_in_our_own_programme_do_not_speak_for_us(run):
    programme = ("W programie:\n- wręczenie nagród w konkursie plastycznym\n- występ w wykonaniu uczniów Szkoły "
                 "Podstawowej nr 2 w Lipnie\n- poczęstunek\nZapraszamy!\n")
    assert run(programme).event.organizer is None
    assert run("Gminny Ośrodek Kultury w Lipnie przygotował festyn. " + programme).event.organizer == \
        "Gminny Ośrodek Kultury w Lipnie"


def test_an_officer_of_the_organizing_committee_belongs_to_its_body(run):
    r = run("W sobotę odbył się rajd zorganizowany przez Komisję Turystyki Kolarskiej Oddziału Lipnowskiego PTTK. "
            "Kierownikiem trasy był przewodniczący Komisji Jan Kos. Wzięło udział 80 osób.")
    kos = r.people[0]
    # the fronted predicate is his title too ("Kierownikiem trasy był przewodniczący …", as kpwr_events 006)
    assert [(x.title, x.organization) for x in kos.roles] == [("przewodniczący komisji", "Oddział Lipnowski PTTK"),
                                                              ("kierownik trasy", None)]


def test_a_committee_never_named_gives_its_officer_no_body(run):
    r = run("W sobotę odbył się rajd zorganizowany przez Oddział Lipnowski PTTK. Gości powitał przewodniczący komisji "
            "Jan Kos.")
    assert [(x.title, x.organization) for x in r.people[0].roles] == [("przewodniczący komisji", None)]


def test_bodies_coordinated_through_their_people_are_co_organizers(event_of):
    """"przygotowali strażacy z OSP X, panie z KGW Y": each body's people stand for it, so the bodies coordinate."""
    ev = event_of("Piknik przygotowali druhowie z OSP w Brzezince, członkinie z KGW w Brzezince oraz sołtys wsi.")
    assert ev.organizer == "Ochotnicza Straż Pożarna w Brzezince"
    assert "Koło Gospodyń Wiejskich w Brzezince" in ev.co_organizers


def test_guests_of_another_body_are_not_coordinated_with_the_organizer(event_of):
    ev = event_of("Piknik przygotowali druhowie z OSP w Brzezince, a goście z Fundacji Lipa przyglądali się zabawie.")
    assert "Fundacja Lipa" not in ev.co_organizers


def test_our_school_is_a_group_of_schools_named_by_its_kind(run):
    r = run("Obrazy można oglądać w Galerii Lipa, znajdującej się w Zespole Szkół Rolniczych im. Jana Lipy w Kikole. "
            "Uroczyście otwarto tu wystawę grafiki Anny Sowy. – Miło nam gościć absolwentkę w murach naszej szkoły "
            "– mówił wicedyrektor Jan Kos.")
    assert r.event.organizer == "Zespół Szkół Rolniczych im. Jana Lipy"


def test_our_school_is_no_group_of_other_bodies(run):
    r = run("Obrazy można oglądać w Galerii Lipa, znajdującej się w Zespole Pieśni i Tańca Lipy w Kikole. Uroczyście "
            "otwarto tu wystawę grafiki Anny Sowy. – Miło nam gościć absolwentkę naszej szkoły – mówił Jan Kos.")
    assert r.event.organizer is None


def test_the_bodies_that_initiated_the_programme_running_the_event_organize_it(run):
    r = run("W sobotę na kortach w Lipnie odbył się piknik tenisowy dla dzieci. „Małe rakiety” – tak nazywa się "
            "program, który w trzech miastach zainicjowała Fundacja Zielony Most i Lipnowski Związek Tenisowy.")
    assert r.event.organizer == "Fundacja Zielony Most"
    assert r.event.co_organizers == ["Lipnowski Związek Tenisowy"]


def test_initiating_something_other_than_an_event_or_programme_organizes_nothing(run):
    r = run("W sobotę na kortach w Lipnie odbył się piknik tenisowy dla dzieci. Fundacja Zielony Most zainicjowała "
            "zmianę regulaminu kortów.")
    assert r.event.organizer is None


def test_a_body_whose_head_invites_with_the_organizer_co_organizes(run):
    r = run("Konferencja organizowana przez Fundację Zielony Most odbędzie się we wtorek. Na konferencję zapraszają: "
            "Fundacja Zielony Most wraz z Prezesem Stowarzyszenia Przyjaciół Lipna posłem Janem Kosem.")
    assert r.event.organizer == "Fundacja Zielony Most"
    assert r.event.co_organizers == ["Stowarzyszenie Przyjaciół Lipna"]


def test_a_body_with_the_organizer_in_a_sentence_without_inviting_does_not_co_organize(run):
    r = run("Konferencja organizowana przez Fundację Zielony Most odbędzie się we wtorek. Na konferencji Fundacja "
            "Zielony Most wraz z Prezesem Stowarzyszenia Przyjaciół Lipna posłem Janem Kosem przedstawi raport.")
    assert r.event.co_organizers == []


def test_a_project_fronted_before_its_operator_gives_the_organizer(run):
    r = run("W Lipnie odbyły się warsztaty kulinarne dla seniorów. Projekt realizuje Fundacja Wiatrak z Brzozowa.")
    assert r.event.organizer == "Fundacja Wiatrak"
    r = run("W Lipnie odbyły się warsztaty kulinarne dla seniorów. Projekt od lat wspiera Fundacja Wiatrak.")
    assert r.event.organizer is None


def test_a_board_inviting_to_the_event_stands_for_its_body(run):
    r = run("Zarząd Fundacji „Wrzos” zaprasza na konferencję „Seniorzy w sieci”, która odbędzie się 5 maja w Lipnie.")
    assert r.event.organizer == "Fundacja „Wrzos”"


@pytest.mark.parametrize("text, organizer, co", [
    ("Organizatorami konferencji byli Zakład Aktywności Zawodowej w Borkowie oraz Rada Gminy Dębina.",
     "Zakład Aktywności Zawodowej w Borkowie", "Rada Gminy Dębina"),
    ("Organizatorami konferencji byli Wydział Oświaty i Sportu oraz Muzeum Ziemi Borkowskiej.",
     "Wydział Oświaty i Sportu", "Muzeum Ziemi Borkowskiej"),
])
def test_a_unit_listed_before_another_body_is_no_unit_of_it(run, text, organizer, co):
    """A parent follows its unit's last word in the genitive; after "oraz" or a nominative the next body is another."""
    r = run(text)
    assert r.event.organizer == organizer and co in r.event.co_organizers
