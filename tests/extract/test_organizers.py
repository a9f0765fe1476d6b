"""Organizer, co-organizers and organization names on shapes real pages have (our own sentences)."""

import pytest


def orgs(report):
    return [o.name for o in report.organizations]


@pytest.fixture(scope="module")
def run(extractor):
    return lambda text: extractor.extract(text)


def test_co_organizers_after_a_cue(run):
    r = run("Konferencję zorganizowała Fundacja Zielony Most we współpracy z Urzędem Gminy Brzozowo "
            "oraz Stowarzyszeniem „Razem Lepiej”.")
    assert r.event.organizer == "Fundacja Zielony Most"
    assert r.event.co_organizers == ["Urząd Gminy Brzozowo", "Stowarzyszenie „Razem Lepiej”"]


def test_organizers_listed_together(run):
    r = run("Organizatorami spotkania byli Gminny Ośrodek Kultury w Lipnie, Stowarzyszenie „Nasza Wieś” "
            "i Koło Gospodyń Wiejskich „Lipinianki”.")
    assert r.event.organizer == "Gminny Ośrodek Kultury w Lipnie"
    assert r.event.co_organizers == ["Stowarzyszenie „Nasza Wieś”", "Koło Gospodyń Wiejskich „Lipinianki”"]


def test_thanked_for_the_invitation_is_the_host(run):
    r = run("W czwartek odwiedziliśmy spółdzielnię. Dziękujemy Spółdzielni Socjalnej „Pod Lipą” "
            "za zaproszenie i gościnę.")
    assert r.event.organizer == "Spółdzielnia Socjalna „Pod Lipą”"


def test_an_acronym_only_organizer(run):
    r = run("Targi pracy zorganizowane przez PUP cieszyły się dużym zainteresowaniem.")
    assert "PUP" in orgs(r) and r.event.organizer == "PUP"


@pytest.mark.parametrize("text", ["SZKOLENIE DLA SOŁTYSÓW\nW sobotę odbyło się szkolenie.",
                                  "Projekt współfinansowany z EFS w ramach RPO."])
def test_capitals_and_funds_are_not_organizations(run, text):
    assert orgs(run(text)) == []


def test_generic_plurals_are_not_names(run):
    r = run("W spotkaniu wzięli udział przedstawiciele Centrów Integracji Społecznej i Regionalne Ośrodki "
            "Polityki Społecznej z całego kraju.")
    assert orgs(r) == []


def test_a_name_stops_where_a_person_is_addressed(run):
    r = run("Gości powitał dyrektor Regionalnego Ośrodka Polityki Społecznej w Zalesiu Panią Ewę Sosnowską.")
    assert "Regionalny Ośrodek Polityki Społecznej w Zalesiu" in orgs(r)


def test_coordinated_adjectives_before_the_head(run):
    r = run("Spotkanie przygotowała Powiatowa i Miejska Rada Seniorów w Lipnie.")
    assert {"Powiatowa Rada Seniorów w Lipnie", "Miejska Rada Seniorów w Lipnie"} <= set(orgs(r))  # two bodies


def test_an_office_unit_gives_its_office_only(run):
    r = run("Gości powitała Anna Mak, dyrektor Wydziału Polityki Społecznej Lubelskiego Urzędu Wojewódzkiego.")
    assert "Lubelski Urząd Wojewódzki" in orgs(r) and "Wydział Polityki Społecznej" not in orgs(r)
    role = r.people[0].roles[0]
    assert (role.title, role.organization) == ("dyrektor wydziału", "Lubelski Urząd Wojewódzki")


def test_a_unit_that_does_not_stand_alone_stays_whole_and_adds_its_parent(run):
    r = run("Zajęcia prowadzi Uniwersytet Trzeciego Wieku Politechniki Opolskiej.")
    assert {"Uniwersytet Trzeciego Wieku Politechniki Opolskiej", "Politechnika Opolska"} <= set(orgs(r))


def test_the_body_whose_event_it_is(run):
    r = run("Wykład Uniwersytetu Trzeciego Wieku w Zalesiu\n\nW środę słuchacze wysłuchali wykładu o historii "
            "regionu. Wykład wygłosiła Anna Mak.")
    assert r.event.organizer == "Uniwersytet Trzeciego Wieku w Zalesiu"


def test_a_role_names_its_organization_by_the_quoted_name(run):
    r = run("Spółdzielnia Socjalna „Wspólnota” działa od roku. Prezes „Wspólnoty” Anna Mak opowiedziała o pracy.")
    person = next(p for p in r.people if p.name == "Anna Mak")
    assert person.roles[0].organization == "Spółdzielnia Socjalna „Wspólnota”"


def test_a_body_named_with_wraz_z_before_the_organizing_verb(run):
    r = run("Dzień Sołtysa obchodzono w Lipnie. Władze gminy wraz ze Stowarzyszeniem Sołtysów Ziemi Lipieńskiej "
            "zorganizowały z tej okazji konferencję o funduszu sołeckim.")
    assert r.event.organizer is None  # the first host is unnamed (settled 103)
    assert r.event.co_organizers == ["Stowarzyszenie Sołtysów Ziemi Lipieńskiej"]


def test_the_body_whose_members_the_report_is_about(run):
    r = run("Nowa przewodnicząca koła\n\nWczoraj podczas zebrania sprawozdawczo-wyborczego członkinie Koła "
            "Gospodyń Wiejskich w Lipówce wybrały nową przewodniczącą. Gratulujemy!")
    assert r.event.organizer == "Koło Gospodyń Wiejskich w Lipówce"


def test_members_of_a_kind_of_body_name_no_organizer(run):
    r = run("Forum kół gospodyń\n\nRozmawialiśmy z członkiniami KGW z różnych stron powiatu o tym, jak działają.")
    assert r.event.organizer is None


# --- the subject must be able to be a nominative; agents of organizing participles only ---------------


def test_a_body_after_a_preposition_is_not_the_subject(run):
    r = run("Konferencję otworzyła Anna Mak, posłanka na Sejm RP. Spotkanie zorganizowano w Zalesiu.")
    assert r.event.organizer is None


def test_an_acronym_after_a_title_noun_is_not_the_subject(run):
    r = run("Na forum przybyli m.in. prezes ZBP Jan Kos i prezes NIK Piotr Wilk. Forum zorganizowano po raz piąty.")
    assert r.event.organizer is None


def test_a_genitive_name_is_not_the_subject(run):
    r = run("Debatę poprowadził przewodniczący Młodzieżowej Rady Miasta Lipno Jan Kos. Debatę zorganizowano w auli.")
    assert r.event.organizer is None


def test_a_subject_after_a_date_and_a_participle_phrase(run):
    r = run("W czwartek 3 października Centrum Integracji Społecznej mieszczące się przy ul. Polnej 5 w Zalesiu "
            "zorganizowało piknik integracyjny.")
    assert r.event.organizer.startswith("Centrum Integracji Społecznej")


def test_a_dish_prepared_by_a_body_does_not_make_it_the_organizer(run):
    r = run("Podczas uroczystej kolacji przygotowanej przez Spółdzielnię Socjalną „Smak” rozmawiano o przyszłości.")
    assert r.event.organizer is None


def test_an_agent_a_few_words_after_the_participle(run):
    r = run("Uczniowie przyszli na festyn zorganizowany po raz drugi przez Koło Gospodyń Wiejskich w Brzózce.")
    assert r.event.organizer == "Koło Gospodyń Wiejskich w Brzózce"


def test_a_funder_is_not_the_organizer(run):
    r = run("Spotkanie odbyło się w ramach klubu dyskusyjnego współfinansowanego przez Instytut Książki.")
    assert r.event.organizer is None


def test_a_title_is_not_a_body(run):
    r = run("Konferencja pt. „Uniwersytet Ludowy w Służbie Wsi”, która odbyła się w maju, zgromadziła 80 osób.")
    assert r.event.organizer is None


def test_the_name_in_apposition_to_organizator(run):
    r = run("Forum otworzył Jan Kos, przewodniczący Stowarzyszenia „Nowy Rynek”, głównego organizatora wydarzenia.")
    assert r.event.organizer == "Stowarzyszenie „Nowy Rynek”"


def test_a_body_that_organized_beats_the_projects_operator(run):
    r = run("Fundacja Zielony Most zorganizowała warsztaty dla seniorów.\nProjekt realizowany jest przez "
            "Stowarzyszenie „Razem Lepiej”.")
    assert r.event.organizer == "Fundacja Zielony Most"


def test_the_projects_operator_with_a_copula(run):
    r = run("Konferencja odbyła się w ramach projektu.\nNiniejszy projekt realizowany jest przez Stowarzyszenie "
            "„Razem Lepiej” w partnerstwie z Fundacją Zielony Most.")
    assert r.event.organizer == "Stowarzyszenie „Razem Lepiej”"
    assert r.event.co_organizers == ["Fundacja Zielony Most"]


def test_an_acronym_label_before_the_full_name(run):
    r = run("Biesiada zorganizowana przez LGD Stowarzyszenie „Kraina Lip” zgromadziła gości z całego powiatu.")
    assert r.event.organizer == "Stowarzyszenie „Kraina Lip”"


# --- the body whose own event it is -------------------------------------------------------------------


def test_the_own_event_past_qualifying_words(run):
    r = run("W auli odbyła się Konferencja regionalna Ministerstwa Cyfryzacji pt. „Dane”. Gości powitał Jan Kos.")
    assert r.event.organizer == "Ministerstwo Cyfryzacji"


def test_the_own_session_beats_the_seat_it_was_held_in(run):
    r = run("Relacja z posiedzenia Rady Seniorów Powiatu Lipnowskiego\n\nObrady Rady Seniorów Powiatu "
            "Lipnowskiego odbyły się 3 marca w siedzibie Starostwa Powiatowego w Lipnie.")
    assert r.event.organizer == "Rada Seniorów Powiatu Lipnowskiego"


def test_an_audience_noun_does_not_make_an_own_event(run):
    r = run("Kurs dowódców Ochotniczych Straży Pożarnych trwał trzy dni. Zajęcia odbyły się w remizie.")
    assert r.event.organizer is None


def test_the_participants_of_a_body(run):
    r = run("Rajd po Roztoczu\n\nW dniach 3-5 maja uczestnicy Klubu Integracji Społecznej w Lipnie wyruszyli na "
            "rajd pieszy.")
    assert r.event.organizer == "Klub Integracji Społecznej w Lipnie"


# --- co-organizers ------------------------------------------------------------------------------------


def test_a_split_coordination_gives_a_co_organizer(run):
    r = run("Szkolenie zorganizowały Powiatowa i Miejska Rada Seniorów w Lipnie.")
    assert r.event.organizer == "Powiatowa Rada Seniorów w Lipnie"
    assert r.event.co_organizers == ["Miejska Rada Seniorów w Lipnie"]


def test_przy_wspolpracy_without_z(run):
    r = run("Organizatorem festynu był Gminny Ośrodek Kultury w Lipnie przy współpracy Gminnego Ośrodka Sportu "
            "w Lipnie oraz Szkoły Podstawowej w Lipnie.")
    assert r.event.organizer == "Gminny Ośrodek Kultury w Lipnie"
    assert r.event.co_organizers == ["Gminny Ośrodek Sportu w Lipnie", "Szkoła Podstawowa w Lipnie"]


def test_wraz_z_in_the_organizers_sentence(run):
    r = run("Gospodarzami Gminnego Święta Plonów były placówki: Gminny Ośrodek Kultury w Lipnie, Szkoła "
            "Podstawowa w Lipnie oraz wójt wraz z Gminną Biblioteką Publiczną w Lipnie.")
    assert r.event.organizer == "Gminny Ośrodek Kultury w Lipnie"
    assert r.event.co_organizers == ["Szkoła Podstawowa w Lipnie", "Gminna Biblioteka Publiczna w Lipnie"]


def test_partners_of_another_bodys_programme_are_not_co_organizers(run):
    r = run("Konferencja jest częścią programu zainicjowanego przez Ministerstwo Cyfryzacji we współpracy z "
            "Zakładem Ubezpieczeń Społecznych. Organizatorem konferencji był Urząd Miasta Lipno.")
    assert r.event.organizer == "Urząd Miasta Lipno"
    assert r.event.co_organizers == []


def test_a_label_line_above_a_list_of_organizers(run):
    r = run("Warsztaty cieszyły się dużym zainteresowaniem.\nPomysłodawcy i organizatorzy:\n"
            "Gminna Biblioteka Publiczna w Lipnie, Stowarzyszenie „Nasza Wieś” oraz Urząd Gminy w Lipnie.")
    assert r.event.organizer == "Gminna Biblioteka Publiczna w Lipnie"
    assert r.event.co_organizers == ["Stowarzyszenie „Nasza Wieś”", "Urząd Gminy w Lipnie"]


def test_co_organizers_after_a_participation_cue_past_a_place_name(run):
    r = run("Konkurs zorganizowano z inicjatywy Towarzystwa Miłośników Brzozowa, przy współudziale Gminy Brzozowo, "
            "Gminnej Biblioteki Publicznej w Brzozowie oraz Domu Kultury w Brzozowie.")
    assert r.event.organizer == "Towarzystwo Miłośników Brzozowa"
    assert {"Gminna Biblioteka Publiczna w Brzozowie", "Dom Kultury w Brzozowie"} <= set(r.event.co_organizers)


def test_a_passive_participle_names_no_organizer(run):
    r = run("Zespół Pieśni „Lipka” prowadzony przez dyrygentkę rozpoczął koncert.")
    assert r.event.organizer is None


def test_an_acronym_after_a_capitalised_title_is_no_subject(run):
    r = run("Jubileusz obchodzono uroczyście.\nKierownik PTTK zaprosił uczestników na konferencję.")
    assert r.event.organizer != "PTTK"


def test_own_voice_does_not_pick_a_speakers_affiliation(run):
    r = run("Na konferencji mówiła Anna Lipska (Fundacja Zielony Most). Do panelu zaprosiliśmy ekspertów.")
    assert r.event.organizer is None


def test_the_jubilee_of_a_bodys_activity_is_its_own_event(run):
    r = run("Jubileusz czterdziestolecia działalności Towarzystwa Przyjaciół Lipna odbył się w sobotę.")
    assert r.event.organizer == "Towarzystwo Przyjaciół Lipna"


def test_the_left_cue_look_aheads_change_no_match():
    """The organizer and co-organizer left cues start with a look-ahead of their first letters: without it
    they match the same left contexts, in any letter case."""
    import re

    from pipeline.extract.organizer_scores import _CO_ORGANIZER_LEFT, _ORGANIZER_LEFT

    lefts = ["Organizatorem spotkania była ", "ORGANIZATOR: ", "zorganizowane zostało przez ", "z inicjatywy ",
             "Na zaproszenie ", "Staraniem ", "współorganizatorem był ", "We współpracy z ", "przy udziale partnerów projektu: ",
             "Partnerami wydarzenia byli ", "W partnerstwie ze ", "spotkanie w sali ", "wspólnie z "]
    for pattern, prefix in ((_ORGANIZER_LEFT, "(?=[ozinsOZINS])"), (_CO_ORGANIZER_LEFT, "(?=[wpWP])")):
        assert pattern.pattern.startswith(prefix)
        plain = re.compile(pattern.pattern.removeprefix(prefix), re.IGNORECASE)
        assert [bool(pattern.search(s)) for s in lefts] == [bool(plain.search(s)) for s in lefts]
    assert [bool(_ORGANIZER_LEFT.search(s)) for s in lefts[:6]] == [True] * 6
    assert [bool(_CO_ORGANIZER_LEFT.search(s)) for s in lefts[6:]] == [True] * 3 + [False, True, False, True]


def test_sentence_verbs_read_from_cached_reading_facts(ctx_for):
    """The lemmas and organizer verbs of a sentence, read through the per-readings cache, are what the readings
    themselves say."""
    from pipeline.extract.organizer_scores import (
        _VERB_POS,
        ORGANIZER_VERBS,
        WEAK_ORGANIZER_VERBS,
        _sentence_verbs,
    )

    ctx = ctx_for("Koło Gospodyń zorganizowało festyn. Goście przygotowali poczęstunek. Było miło.")
    f = ctx.features
    for start, end in f.sentences:
        lemmas, verbs, weak = _sentence_verbs(ctx, start, end)
        readings = [a for k in range(start, end) for a in f.morfs[k]]
        assert lemmas == frozenset({f.lemma[k].lower() for k in range(start, end)} | {a.lemma.lower() for a in readings})
        verb_lemmas = {a.lemma for a in readings if a.pos in _VERB_POS}
        assert (verbs, weak) == (bool(verb_lemmas & ORGANIZER_VERBS), bool(verb_lemmas & WEAK_ORGANIZER_VERBS))
    assert [_sentence_verbs(ctx, s, e)[1:] for s, e in f.sentences] == [(True, False), (False, True), (False, False)]


def test_bodies_coordinated_before_a_plural_organizer_predicate(run):
    r = run("Gminny Ośrodek Kultury w Lipie i Koło Gospodyń Wiejskich „Lipianki” były organizatorami dożynek "
            "15 sierpnia 2023 r.")
    assert r.event.organizer == "Gminny Ośrodek Kultury w Lipie"


def test_responsible_for_the_organization_is_the_organizer(run):
    r = run("Za organizację pikniku odpowiadało Stowarzyszenie Zielony Jar. Piknik odbył się 3 maja 2024 r.")
    assert r.event.organizer == "Stowarzyszenie Zielony Jar"


def test_bodies_after_an_active_co_organizing_verb_are_co_organizers(run):
    r = run("Festyn zorganizowała Fundacja Stary Młyn. Wydarzenie współorganizowały Stowarzyszenie Jawor "
            "oraz Klub Sportowy „Orlik”.")
    assert r.event.organizer == "Fundacja Stary Młyn"
    assert r.event.co_organizers == ["Stowarzyszenie Jawor", "Klub Sportowy „Orlik”"]
