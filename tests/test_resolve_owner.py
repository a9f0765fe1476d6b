"""Whose event it is (pipeline/resolve_owner.py): a venue hosting its own event, on our own sentences."""

import pytest

#: these tests check the rules; the learned models stay off (tests/conftest.py `rules_only`)
pytestmark = pytest.mark.usefixtures("rules_only")

def test_a_venue_whose_guests_are_named_by_its_kind_hosts(event_of):
    ev = event_of("Podróże małe i duże\n\nJan Kowalczyk opowiedział o swojej wyprawie w środę w Bibliotece Zamkowej "
             "podczas spotkania z cyklu podróżniczego.\n\nGoście biblioteki z uwagą wysłuchali opowieści.")
    assert ev.organizer == "Biblioteka Zamkowa"


def test_an_office_training_its_own_employees_hosts(event_of):
    ev = event_of("W Starostwie Powiatowym w Lipnie odbyło się szkolenie pracowników z obsługi defibrylatora.")
    assert ev.organizer == "Starostwo Powiatowe w Lipnie"


def test_employees_of_another_body_leave_the_venue_out(event_of):
    ev = event_of("W Bibliotece Zamkowej odbyło się szkolenie pracowników Urzędu Gminy Lipno.")
    assert ev.organizer != "Biblioteka Zamkowa"


def test_a_mere_venue_is_no_host(event_of):
    ev = event_of("W Bibliotece Zamkowej odbył się koncert zespołu Wiosna. Publiczność dopisała.")
    assert ev.organizer is None


def test_the_body_of_the_person_who_welcomes_the_guests_hosts(event_of):
    ev = event_of("Zjazd absolwentów w Lipnie\n\nAnna Kowalczyk z Fundacji Pomocy Dzieciom powitała wszystkich uczestników zjazdu. "
             "Potem był wykład o historii regionu.")
    assert ev.organizer == "Fundacja Pomocy Dzieciom"


def test_the_head_named_right_after_the_opening_verb_speaks_for_the_host(event_of):
    ev = event_of("Zjazd absolwentów w Lipnie\n\nWszystkich uczestników zjazdu powitał dyrektor Gminnego Ośrodka Kultury "
             "w Lipnie.")
    assert ev.organizer == "Gminny Ośrodek Kultury w Lipnie"


def test_a_welcomed_body_is_a_guest_not_the_host(event_of):
    ev = event_of("Zjazd absolwentów w Lipnie\n\nProwadząca powitała przedstawicieli Fundacji Pomocy Dzieciom i gości. "
             "Potem był wykład o historii regionu.")
    assert ev.organizer != "Fundacja Pomocy Dzieciom"


def test_a_visiting_group_greeting_its_hosts_is_no_host(event_of):
    ev = event_of("Wycieczka do Lipna\n\nPrzedstawiciele Fundacji Pomocy Dzieciom przywitali gospodarzy pieśnią. "
             "Potem był spacer po rynku.")
    assert ev.organizer != "Fundacja Pomocy Dzieciom"


def test_an_event_in_a_bodys_office_is_its_own(event_of):
    ev = event_of("W biurze Stowarzyszenia Zielony Dąb odbyło się kolejne spotkanie pań z okolicznych wsi.")
    assert ev.organizer == "Stowarzyszenie Zielony Dąb"


def test_a_hall_of_a_body_is_only_a_venue(event_of):
    ev = event_of("W sali Stowarzyszenia Zielony Dąb odbyło się kolejne spotkanie pań z okolicznych wsi.")
    assert ev.organizer is None


def test_our_house_named_by_a_capitalised_common_noun(ctx_for):
    """"naszego Stowarzyszenia": the page's own house by its kind, in the base form; lower-case, followed by a
    proper name, or in quoted speech it is no name."""
    from pipeline.resolve_owner import our_generic_body

    text = "W sobotę w świetlicy odbyło się Walne Zebranie naszego Stowarzyszenia. Omówiono plany."
    found = our_generic_body(ctx_for(text))
    assert found is not None and found[2] == "Stowarzyszenie"
    assert text[found[0]:found[1]] == "Stowarzyszenia"
    assert our_generic_body(ctx_for("W sobotę odbyło się zebranie naszego stowarzyszenia.")) is None
    assert our_generic_body(ctx_for("Gościliśmy w naszym Muzeum Regionalnym grupę seniorów.")) is None
    assert our_generic_body(ctx_for("Gości powitał wójt.\n– Dziękuję za wizytę w naszej Gminie – mówił.")) is None
    found = our_generic_body(ctx_for("Jak co roku my jako Biblioteka przygotowaliśmy konkurs dla dzieci."))
    assert found is not None and found[2] == "Biblioteka"


def test_a_convention_of_heads_meeting_is_its_own_event(event_of):
    """A konwent is a body (the heads of a kind of office); its session or "obrady" are its own event."""
    ev = event_of("Dyrektorzy w Lipnie\n\nW dniach 3-4 maja odbyło się w Lipnie posiedzenie Konwentu Dyrektorów "
                  "Szkół Leśnych. Obrady otworzył gospodarz spotkania.")
    assert ev.organizer == "Konwent Dyrektorów Szkół Leśnych"
    ev = event_of("Starostowie w Brzozowie\n\nStarostowie zjechali do Brzozowa, by uczestniczyć w obradach Konwentu "
                  "Starostów Ziemi Brzozowskiej. Dyskutowano o drogach.")
    assert ev.organizer == "Konwent Starostów Ziemi Brzozowskiej"


def test_a_subject_body_whose_people_are_named_by_its_kind_hosts(event_of):
    """The body opening the report as the subject, its people later named by its kind ("pracownikami
    biblioteki"), holds its own event, as a body named "w X" does."""
    ev = event_of("Ferie z książką\n\nW ostatnim tygodniu ferii Gminna Biblioteka Publiczna w Lipnie zakończyła zajęcia dla dzieci. "
                  "Przez pięć dni dzieci spotykały się z pracownikami biblioteki.")
    assert ev.organizer == "Gminna Biblioteka Publiczna w Lipnie"
    ev = event_of("Ferie z książką\n\nW ostatnim tygodniu ferii dzieci odwiedziły Gminną Bibliotekę Publiczną w Lipnie, a potem "
                  "park. Opowiadali o tym goście biblioteki z Lipna.")
    assert ev.organizer != "Gminna Biblioteka Publiczna w Lipnie"


def test_an_anniversary_of_a_body_is_its_own_event(event_of):
    ev = event_of("80-lecie Stowarzyszenia Zielony Gaj\n\nW sobotę w Lipnie świętowano jubileusz. Przybyło wielu gości.")
    assert ev.organizer == "Stowarzyszenie Zielony Gaj"


@pytest.mark.parametrize("n", [1, 2, 3, 9])
def test_first_sentences_end_reads_the_sentence_column_as_doc_sents(ctx_for, n):
    """The per-document sentence ends (read once from the columns) are where `doc.sents` ends them."""
    from pipeline.resolve_owner import first_sentences_end

    ctx = ctx_for("Tytuł strony\n\nJan Nowak otworzył wystawę. Goście przyszli tłumnie!  Było miło.\n")
    ends = [s.end_char for s in ctx.doc.sents]
    assert first_sentences_end(ctx, n) == ends[min(n, len(ends)) - 1]
    assert first_sentences_end(ctx, n) == first_sentences_end(ctx, n)  # the memo answers the same


def test_a_room_named_by_meetings_does_not_make_its_owner_the_events(event_of):
    """"w sali narad Urzędu X": the event noun qualifies the room; the council whose session it is owns the event."""
    ev = event_of("W czwartek w sali narad Starostwa Powiatowego w Lipnie odbyła się XII sesja Rady Powiatu Lipnowskiego.")
    assert ev.organizer == "Rada Powiatu Lipnowskiego"


def test_a_meeting_of_a_body_still_names_its_owner(event_of):
    ev = event_of("Zebranie Koła Gospodyń Wiejskich w Dębinie odbyło się w świetlicy. Przyszło dwadzieścia pań.")
    assert ev.organizer == "Koło Gospodyń Wiejskich w Dębinie"


def test_a_bodys_own_gallery_makes_the_exhibition_its_event(event_of):
    """"w Galerii „X” Ośrodka Y": a gallery's exhibitions are its body's own, past the gallery's quoted name."""
    ev = event_of("Wernisaż wystawy obrazów odbył się w piątek w Galerii „Pod Lipą” Gminnego Ośrodka Kultury w Dębinie.")
    assert ev.organizer == "Gminny Ośrodek Kultury w Dębinie"


def test_a_hall_of_a_body_still_makes_no_host(event_of):
    ev = event_of("Koncert odbył się w sali widowiskowej Gminnego Ośrodka Kultury w Dębinie. Publiczność dopisała.")
    assert ev.organizer is None
