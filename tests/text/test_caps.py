"""The readable-case view of shouted stretches: same length, case from morphology, acronyms kept."""

import pytest

from pipeline.text.caps import readable_view, with_case_of
from pipeline.text.normalize import normalize


@pytest.mark.parametrize("text, expected", [
    ("WYJAZD DO NYSY", "Wyjazd do Nysy"),
    ("WIZYTA STUDYJNA DO AUSTRII", "Wizyta studyjna do Austrii"),
    ("SZKOLENIE W GMINIE MIRCZE", "Szkolenie w Gminie Mircze"),  # a named unit has a capital head
    ("WIZYTA W GDAŃSKU I GDYNI", "Wizyta w Gdańsku i Gdyni"),
    ("GOŚCIE Z RADZYNIA PODLASKIEGO", "Goście z Radzynia Podlaskiego"),
    ("GMINA KOSTRZYCA ORGANIZUJE KURS", "Gmina Kostrzyca organizuje kurs"),
    ("STOWARZYSZENIE NA RZECZ ROZWOJU WSI KOSTRZYCA ZAPRASZA NA WARSZTATY",
     "Stowarzyszenie na Rzecz Rozwoju Wsi Kostrzyca zaprasza na warsztaty"),
    ("PODZIĘKOWANIA DLA GMINNEGO OŚRODKA POMOCY SPOŁECZNEJ W LIPNIE",
     "Podziękowania dla Gminnego Ośrodka Pomocy Społecznej w Lipnie"),
    ("KURS DLA CZŁONKIŃ KOŁA GOSPODYŃ WIEJSKICH W KOWALACH",
     "Kurs dla członkiń Koła Gospodyń Wiejskich w Kowalach"),
    ("GOŚCIE Z CENTRUM KULTURY I SZTUKI W OPOLU", "Goście z Centrum Kultury i Sztuki w Opolu"),
    ("UCZNIOWIE SZKOŁY PODSTAWOWEJ NR 2 IM. JANA PAWŁA II", "Uczniowie Szkoły Podstawowej nr 2 im. Jana Pawła II"),
    ("PROWADZĄCY: DR ADAM NOWAK", "Prowadzący: dr Adam Nowak"),
])
def test_a_shouted_line_reads_as_a_writer_would_case_it(text, expected):
    assert readable_view(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("PARTNERZY: MOPS W NYSIE, OWES I KGW", "Partnerzy: MOPS w Nysie, OWES i KGW"),  # acronyms stay acronyms
    ("SPOTKANIE Z ZHP I PCK", "Spotkanie z ZHP i PCK"),  # acronyms the dictionary knows
    ("XV FORUM SOŁTYSÓW", "XV forum sołtysów"),  # a Roman numeral
    ("ZAPROSZENIE NA WESOŁE WAKACJE", "Zaproszenie na wesołe wakacje"),  # common words go lower
    ("PRELEKCJA DYREKTORA SZKOŁY", "Prelekcja dyrektora szkoły"),  # a bare head is no name
    ("WARSZTATY KULINARNE W LIPNIE", "Warsztaty kulinarne w Lipnie"),  # an event, not a workshop body
    ("GRUPA SENIORÓW Z LIPNA", "Grupa seniorów z Lipna"),  # a group of people, not a body
    ("OMÓWIENIE ZADAŃ. SZKOLENIE TRWAŁO DWA DNI", "Omówienie zadań. Szkolenie trwało dwa dni"),
    ("POWIAT NYSKI, WOJ. OPOLSKIE", "Powiat nyski, woj. opolskie"),  # an abbreviation's full stop ends no sentence
])
def test_acronyms_numerals_and_common_words(text, expected):
    assert readable_view(text) == expected


@pytest.mark.parametrize("text", [
    "Spółdzielnia Socjalna „ZIELONY DOM” zaprasza.",  # capitals only in a name's proper part stay as written
    "Fundacja NOWY ŚWIT z Lipna.",
    "Hasłem dnia było „RAZEM RAŹNIEJ” i wszyscy je powtarzali.",  # a quoted phrase inside ordinary text
    "Spotkanie z pracownikami MOPS w Nysie.",  # a lone acronym inside a sentence
    "Rozmawiano o SZKOLENIU.",  # a lone common word is left to the rules that read capitals
    "Zwykłe zdanie bez wielkich liter w Lipnie.",
])
def test_what_is_left_as_written(text):
    assert readable_view(text) == text


def test_a_lone_word_that_can_only_be_a_name_is_capitalised():
    assert readable_view("Pojechaliśmy do BYCZYNY autokarem.") == "Pojechaliśmy do Byczyny autokarem."


def test_a_person_in_capitals():
    assert readable_view("Konferencję otworzył JAN KOWALIK, prezes.") == "Konferencję otworzył Jan Kowalik, prezes."
    assert readable_view("PANI EWA SOWA – DYREKTOR") == "Pani Ewa Sowa – dyrektor"


def test_the_view_keeps_every_offset_and_only_changes_case():
    text = "WIZYTA W „ZAGRODZIE” W NYSIE\u00a0– 12.05.2023\nKURS DLA ROLNIKÓW Z LIPNA."
    view = normalize(text)
    assert len(view) == len(text)
    assert all(a == b or a.lower() == b.lower() or b in ' "-' for a, b in zip(text, view, strict=True))


def test_the_original_takes_the_views_case_and_keeps_its_own_characters():
    text = "WIZYTA W „ZAGRODZIE” – NYSA"
    readable = with_case_of(text, normalize(text))
    assert readable == "Wizyta w „Zagrodzie” – Nysa"
    assert with_case_of("bez zmian", "bez zmian") == "bez zmian"
