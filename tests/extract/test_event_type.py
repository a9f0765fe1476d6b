import pytest

from pipeline.extract.event_type import classify


@pytest.mark.parametrize("text,etype", [
    ("Relacja z wizyty studyjnej w Byczynie. Uczestnicy zwiedzili spółdzielnię.", "wizyta_studyjna"),
    ("Wyjazd studyjny do Małopolski. Odwiedziliśmy trzy gospodarstwa.", "wizyta_studyjna"),
    ("Zapraszamy na relację ze szkolenia z księgowości.", "szkolenie"),
    ("Zakończył się kurs pierwszej pomocy dla wolontariuszy.", "szkolenie"),
    ("W ramach warsztatów uczestnicy przygotowali biznesplany.", "warsztaty"),
    ("Konferencji towarzyszyła wystawa.", "konferencja"),
    ("Zebranie członków stowarzyszenia odbyło się w remizie.", "spotkanie"),
    ("Seminarium poświęcone ekonomii społecznej.", "seminarium"),
    ("III Forum Organizacji Pozarządowych.", "forum"),
    ("Targi Ekonomii Społecznej w Katowicach.", "targi"),
    ("Rodzinny piknik w parku miejskim.", "festyn"),
    ("Rozstrzygnięto konkurs na najlepszy produkt lokalny.", "konkurs"),
    ("Relacja z dnia otwartego.", "inne"),
])
def test_types(ctx_for, text, etype):
    got, evidence = classify(ctx_for(text))
    assert got == etype
    if evidence is not None:
        assert text[evidence.start:evidence.end] == evidence.text
