"""Organizers read after an explicit cue when no organization mention stands there
(pipeline/extract/organizer_phrases.py), on our own sentences."""

def test_a_gmina_and_a_club_after_organizowanych_przez(event_of):
    ev = event_of("W sobotę odbył się turniej. W trzeciej edycji zawodów organizowanych przez Gminę Brzozowo i MKS Orzeł "
             "w szranki stanęły cztery drużyny.")
    assert ev.organizer == "Gmina Brzozowo"
    assert ev.co_organizers == ["MKS Orzeł"]
    assert ev.organizer_evidence.text == "Gminę Brzozowo"


def test_lower_case_units_stand_for_their_authorities(event_of):
    ev = event_of("Zorganizowane wspólnie przez samorządy powiatu lipnowskiego i gminy Dębina dożynki odbyły się w sobotę. "
             "Współorganizatorami tegorocznych dożynek były sołectwa wsi Kamionka, Olszowa i Zalesie.")
    assert ev.organizer == "Powiat Lipnowski"
    assert ev.co_organizers == ["Gmina Dębina", "Sołectwo Kamionka", "Sołectwo Olszowa", "Sołectwo Zalesie"]


def test_a_person_after_the_cue_is_no_organizer(event_of):
    ev = event_of("Spotkanie zorganizowane przez Jana Nowaka odbyło się w świetlicy wiejskiej.")
    assert ev.organizer is None


def test_a_branch_keeps_its_seat_and_a_programme_operator_organizes(event_of):
    ev = event_of("Szkolenie zostało zorganizowane przez Morawski Biały Krzyż – oddział w Lipnie, w ramach projektu.")
    assert ev.organizer == "Morawski Biały Krzyż – oddział w Lipnie"
    ev = event_of("Dnia 3 maja uczniowie ukończyli kurs. Odbył się on w ramach akcji zdrowotnej prowadzonej przez "
             "Szpitalny Oddział Ratunkowy.")
    assert ev.organizer == "Szpitalny Oddział Ratunkowy"


def test_a_parenthesis_between_coordinated_organizers(event_of):
    ev = event_of("Targi trwają dwa dni. Organizatorami imprezy są Urząd Marszałkowski (samorząd jest udziałowcem "
             "spółki) i Lubuska Izba Rolnicza.")
    assert ev.organizer == "Urząd Marszałkowski"
    assert ev.co_organizers == ["Lubuska Izba Rolnicza"]


def test_a_name_with_small_words_inside(event_of):
    ev = event_of("Konferencja została zorganizowana przez Społeczny Zespół ds. Wspierania Rad Seniorów, a prowadziła ją "
             "Anna Lis.")
    assert ev.organizer == "Społeczny Zespół ds. Wspierania Rad Seniorów"


def test_a_partner_mention_joins_a_phrase_organizer(event_of):
    ev = event_of("Festyn zorganizowany przez gminę Brzozowo we współpracy z Fundacją Zielony Most odbył się w parku.")
    assert ev.organizer == "Gmina Brzozowo"
    assert ev.co_organizers == ["Fundacja Zielony Most"]


def test_a_generic_organizer_takes_the_seat_written_with_another_mention(event_of):
    ev = event_of("Spotkanie Seniorów Koła Gospodyń Wiejskich w Dębinie\n"
             "W sobotę w świetlicy odbyło się spotkanie zorganizowane przez Koło Gospodyń Wiejskich.")
    assert ev.organizer == "Koło Gospodyń Wiejskich w Dębinie"
    ev = event_of("W sobotę w świetlicy odbyło się spotkanie zorganizowane przez Fundację Lipa. Fundacja Lipa w Dębinie "
             "działa od lat.")
    assert ev.organizer == "Fundacja Lipa"  # a proper part: the seat is not part of the name


def test_a_body_named_after_z_inicjatywy_with_its_patron(event_of):
    ev = event_of("W piątek odbyła się gala wręczenia nagród. Nagroda powstała z inicjatywy Fundacji im. ks. Jana "
             "Kowalczyka i trafia do wolontariuszy.")
    assert ev.organizer == "Fundacja im. ks. Jana Kowalczyka"


def test_an_office_holder_after_z_inicjatywy_is_no_body(event_of):
    ev = event_of("W piątek odbyła się gala. Spotkanie odbyło się z inicjatywy Wojewody Mazowieckiego Jana Nowaka.")
    assert ev.organizer is None


def test_a_kind_word_alone_after_the_cue_names_no_body(event_of):
    ev = event_of("W niedzielę odbył się festyn przy kościele. Organizatorem festynu była Parafia, a loterię "
             "przygotowali strażacy.")
    assert ev.organizer is None
    assert ev.co_organizers == []


def test_the_cue_look_ahead_changes_no_match(ctx_for):
    """The organizer cue's leading look-ahead is only a speed-up: the pattern without it finds the same cues,
    in any letter case; the cues are found once per document."""
    import re

    from pipeline.extract.organizer_phrases import _ORGANIZER_CUE, _cue_spans

    plain = re.compile(_ORGANIZER_CUE.pattern.removeprefix("(?=[zopwsZOPWS][orOR\\st])"), re.IGNORECASE)
    assert plain.pattern != _ORGANIZER_CUE.pattern
    text = ("Turniej zorganizowany przez Klub Sokół. Z inicjatywy sołtysa wsi Lipka. Kurs w ramach akcji "
            "prowadzonej przez Fundację Zdrowie. ORGANIZATOREM BYŁA Gmina Brzozowo. Spotkanie współorganizowane "
            "przez Stowarzyszenie Razem. PRZEPROWADZONE PRZEZ Urząd Gminy. Organizatorami imprezy są Koła Gospodyń. "
            "Staraniem Parafii w Lipce. Dzięki staraniom Fundacji Razem.")
    assert [m.span() for m in _ORGANIZER_CUE.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(_ORGANIZER_CUE.finditer(text))) == 7
    ctx = ctx_for(text)
    assert _cue_spans(ctx, False) is _cue_spans(ctx, False)
    assert _cue_spans(ctx, False) == [m.span() for m in plain.finditer(ctx.norm)]


def test_bodies_after_read_the_same_from_light_tokens(ctx_for):
    """`bodies_after` walks the document's plain tokens (`ctx.light_tokens`), not a list of spaCy Tokens: the
    bodies it reads (units, capitalised names, their ends) stay what the Tokens give."""
    from pipeline.extract.organizer_phrases import bodies_after

    text = ("Zorganizowane przez samorządy powiatu lipnowskiego i gminy Dębina oraz Stowarzyszenie Przyjaciół Wsi "
            "Zalesie dożynki odbyły się w sobotę.")
    pos = text.index("przez") + len("przez")

    def read(ctx) -> list:
        return [(b.name, b.start, b.end) for b in bodies_after(ctx, pos, lambda _char: None)]

    light = read(ctx_for(text))
    as_tokens = ctx_for(text)
    as_tokens.__dict__["light_tokens"] = list(as_tokens.doc)  # what `ctx.tokens` gave before
    assert light == read(as_tokens)
    assert len(light) >= 2


def test_a_lower_case_head_after_the_cue_is_the_body_named_before(event_of):
    ev = event_of("W Miejskim Domu Kultury w Radzyniu odbył się koncert kolęd. Organizatorem koncertu był dom kultury "
                  "oraz Stowarzyszenie Śpiewaków Radzyńskich.")
    assert ev.organizer == "Miejski Dom Kultury w Radzyniu"
    assert ev.co_organizers == ["Stowarzyszenie Śpiewaków Radzyńskich"]


def test_a_lower_case_head_fitting_two_bodies_names_none(event_of):
    ev = event_of("Wystawa stała w Bibliotece Miejskiej w Radzyniu i w Bibliotece Pedagogicznej w Radzyniu. "
                  "Organizatorem była biblioteka oraz Fundacja Lipa.")
    assert ev.organizer != "Biblioteka Miejska w Radzyniu"


def test_a_shared_seat_skips_a_body_named_by_its_village(event_of):
    """"Sołectwo Brzeziny, Rada Parafialna oraz KGW w X": the village's name is the sołectwo's own part, so the seat
    written after the last body is not added to it; a generic name before it still takes the seat."""
    ev = event_of("Dożynki odbyły się w niedzielę. Organizatorami dożynek były Szkoła Podstawowa, Sołectwo Brzeziny "
                  "oraz Koło Gospodyń Wiejskich w Dębinie.")
    names = [ev.organizer, *ev.co_organizers]
    assert "Sołectwo Brzeziny" in names and "Szkoła Podstawowa w Dębinie" in names
    assert not any(n and n.startswith("Sołectwo Brzeziny w") for n in names)
