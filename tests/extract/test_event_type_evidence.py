"""Trigger words naming a part of the event or a project's name do not vote for the type."""

import pytest

from pipeline.extract.event_type import classify
from pipeline.extract.event_type_evidence import side_mention


@pytest.mark.parametrize("text,etype", [
    # a part of the event, as the subject of "być" with a part noun as predicate
    ("Powiatowy Dzień Sadownika zgromadził tłumy mieszkańców Lipówki.\n\nNa placu stanęły stoiska. "
     "Jednym z głównych punktów programu były warsztaty z przycinania drzew.", "inne"),
    ("Rada Młodzieży Lipowskiej gościła grupę z Czech.\n\nPrzez tydzień młodzież zwiedzała okolicę. "
     "Punktem kulminacyjnym wymiany były Targi Smaków kuchni czeskiej.", "inne"),
    # a project's name in quotes after "projekt" is not the genre of the event it runs
    ("Po feriach w klubie seniora\n\nDwudziestu seniorów wzięło udział w projekcie „Zimowisko w Lipówce”, "
     "przygotowanym przez ośrodek pomocy. Podczas warsztatów uczestnicy malowali i gotowali.", "warsztaty"),
])
def test_parts_and_project_names_do_not_name_the_event(ctx_for, text, etype):
    got, evidence = classify(ctx_for(text))
    assert got == etype


@pytest.mark.parametrize("text,word,side", [
    ("Punktem programu były warsztaty ceramiczne.", "warsztaty", True),
    ("Jednym z ciekawszych punktów dnia był konkurs wiedzy.", "konkurs", True),
    ("W projekcie „Szkolenia dla sołtysów” wzięło udział dwudziestu sołtysów.", "Szkolenia", True),
    ('Programu pn. "Kursy dla rolników" nie przedłużono.', "Kursy", True),
    # the event's own name in quotes, or a part noun that is not a predicate, leave the trigger alone
    ("W Lipówce odbyło się szkolenie „Bezpieczny senior”.", "szkolenie", False),
    ("Uczestnicy konkursu „Warsztaty przyszłości” zaprezentowali projekty.", "Warsztaty", False),
    ("W projekcie wzięli udział sołtysi, a szkolenie „Fundusz sołecki” poprowadził ekspert.", "szkolenie", False),
    ("Warsztaty były ważnym punktem programu.", "Warsztaty", False),
])
def test_side_mention(ctx_for, text, word, side):
    f = ctx_for(text).features
    i = f.texts.index(word)
    assert side_mention(f, i, 0) is side


@pytest.mark.parametrize("text,word,side", [
    ("Na zebraniu omówiono przygotowania do tegorocznego festynu w Lipówce.", "festynu", True),
    ("Uczniowie długo przygotowywali się do konkursu recytatorskiego.", "konkursu", True),
    # a trip to the event, or preparations named after it, leave the trigger alone
    ("Delegacja pojechała do Lipówki na festyn.", "festyn", False),
    ("Zaproszenie do konkursu przyjęło dziesięć szkół.", "konkursu", False),
])
def test_an_event_being_prepared_is_a_later_one(ctx_for, text, word, side):
    f = ctx_for(text).features
    assert side_mention(f, f.texts.index(word), 0) is side


def test_a_meeting_that_prepares_a_feast_is_a_meeting(ctx_for):
    text = ("W czwartek w świetlicy odbyło się zebranie Koła Gospodyń Wiejskich w Lipówce. Panie omówiły "
            "przygotowania do dożynek, które odbędą się we wrześniu.")
    assert classify(ctx_for(text))[0] == "spotkanie"


@pytest.mark.parametrize("text,etype", [
    # the panel is the event, the harvest festival its occasion: a panel discussion is a meeting (a debate)
    ("Panel podczas dożynek\n\nPanel dyskusyjny o przyszłości sadownictwa odbył się podczas dożynek gminnych "
     "w Lipówce.", "spotkanie"),
    ("Warsztaty kulinarne podczas festynu\n\nW sobotę w Lipówce dzieci piekły podpłomyki.", "warsztaty"),
    # a panel further down is a session of the conference or of the feast named first
    ("Konferencja o sadownictwie\n\nW Lipówce odbyła się konferencja sadowników. Podczas konferencji odbył się "
     "panel z udziałem hodowców.", "konferencja"),
    ("Dożynki w Lipówce\n\nW niedzielę odbyły się dożynki gminne. Podczas dożynek odbył się także panel o "
     "sadownictwie.", "festyn"),
])
def test_a_panel_and_the_occasion_it_took_place_at(ctx_for, text, etype):
    """"Panel … odbył się podczas dożynek": the subject of taking place, or the noun "podczas" modifies, is the
    event; the festival only frames it. "panel" types the event only from the title or the first sentence."""
    assert classify(ctx_for(text))[0] == etype
