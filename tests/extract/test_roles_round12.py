"""Roles, round 12: rank abbreviations before a name, office-level qualifiers, curial and uniformed offices.
Sentences are invented; they reproduce the shapes found in reports."""

import pytest
from people_helpers import people, titles

from pipeline.extract.role_ranks import rank_start


@pytest.mark.parametrize("text, name, expected", [
    ("Gości przywitał Komendant Powiatowy Policji w Lipnie mł. insp. Jan Nowak.", "Jan Nowak", "komendant powiatowy"),
    ("Był też Zastępca Komendanta Powiatowego Policji w Lipnie, podinsp. Jan Nowak.", "Jan Nowak",
     "zastępca komendanta powiatowego"),
    ("List odczytał Kanclerz Kurii Diecezjalnej Ks. inf. dr Jan Nowak.", "Jan Nowak", "kanclerz"),
    ("Na wstępie Komendant Komisariatu Policji w Lipnie asp. szt. Jan Nowak przypomniał zasady.", "Jan Nowak",
     "komendant"),
])
def test_rank_abbreviations_between_title_and_name_are_honorifics(extractor, text, name, expected):
    assert expected in titles(people(extractor, text)[name])


def test_rank_start_steps_over_abbreviations_but_not_a_street(ctx_for):
    ctx = ctx_for("Przyszedł mł. insp. Jan Nowak z ul. Anny Kos.")
    doc = ctx.light_tokens
    jan = next(t.i for t in doc if t.text == "Jan")
    assert doc[rank_start(doc, jan)].text == "mł."
    anna = next(t.i for t in doc if t.text == "Anny")
    assert rank_start(doc, anna) == anna


@pytest.mark.parametrize("text, expected", [
    ("Na uroczystość przybył honorowy członek stowarzyszenia Jan Nowak.", "honorowy członek"),
    ("Porad udzielała powiatowy rzecznik praw konsumenta Anna Kos.", "powiatowy rzecznik praw konsumenta"),
    ("Zebraniu przewodniczył Jan Nowak, honorowy członek koła.", "honorowy członek"),
])
def test_rank_and_office_level_before_the_title_stay(extractor, text, expected):
    found = people(extractor, text)
    assert expected in titles(next(iter(found.values())))


def test_local_officials_keep_the_bare_title_and_describing_adjectives_drop(extractor):
    found = people(extractor, "Byli powiatowi radni Jan Nowak i Ewa Mazur oraz wieloletni dyrektor szkoły Piotr Kos.")
    assert titles(found["Jan Nowak"]) == ["radny"]
    assert titles(found["Piotr Kos"]) == ["dyrektor"]


def test_a_level_adjective_of_the_institution_stays_out_of_the_title(extractor):
    found = people(extractor, "Jan Kos – Kierownik Miejskiego Ośrodka Pomocy Społecznej w Lipnie, mówił o pomocy.")
    assert titles(found["Jan Kos"]) == ["kierownik"]


@pytest.mark.parametrize("text, name, expected", [
    ("Wśród gości był kustosz sanktuarium ks. Jan Nowak i wikariusz biskupi ks. Piotr Kos.", "Jan Nowak", "kustosz"),
    ("Wśród gości był kustosz sanktuarium ks. Jan Nowak i wikariusz biskupi ks. Piotr Kos.", "Piotr Kos",
     "wikariusz biskupi"),
    ("Obecny był kapelan szpitalny ks. Piotr Kos.", "Piotr Kos", "kapelan szpitalny"),
    ("O bezpieczeństwie mówił dzielnicowy Jan Nowak z Komisariatu Policji w Lipnie.", "Jan Nowak", "dzielnicowy"),
    ("Głos zabrał Jan Nowak, dowódca jednostki wojskowej w Lipnie.", "Jan Nowak", "dowódca"),
])
def test_curial_and_uniformed_offices_are_roles(extractor, text, name, expected):
    assert expected in titles(people(extractor, text)[name])


def test_a_list_written_one_item_a_line_keeps_its_lead_without_bullets(extractor):
    text = ("W panelu wzięli udział:\n\n  • Anna Mazur – prezes Fundacji Las,\n  • Piotr Nowak – dyrektor szkoły,\n"
            "  • Ewa Kot – socjolog.\n")
    found = people(extractor, text)
    for name in ("Anna Mazur", "Piotr Nowak", "Ewa Kot"):
        assert "panelista" in titles(found[name])


def test_a_paragraph_ending_with_a_period_is_no_list_item(ctx_for):
    from pipeline.extract.role_ranks import item_line

    doc = ctx_for("Jan Nowak mówił długo, a potem wyszedł.\nAnna Kos – prezes,\nEwa Kot – sekretarz.").light_tokens
    assert not item_line(doc, 1)
    anna = next(t.i for t in doc if t.text == "Anna")
    assert item_line(doc, anna)


@pytest.mark.parametrize("text, name, expected", [
    ("Szkolenie poprowadziła Anna Kos - kierownik Zespołu Informacji Naukowej w Ośrodku Rozwoju Kadr.", "Anna Kos",
     "kierownik zespołu"),
    ("Mówiła Anna Kos, zastępca dyrektora Oddziału w Lipnie.", "Anna Kos", "zastępca dyrektora oddziału"),
    ("Przybyła dyrektor Zespołu Szkół w Lipnie Anna Kos.", "Anna Kos", "dyrektor"),
    ("Zagrał lider Zespołu Kwiaty Jan Nowak.", "Jan Nowak", "lider"),
])
def test_a_team_or_branch_is_the_titles_unit_unless_it_is_a_named_body(extractor, text, name, expected):
    assert expected in titles(people(extractor, text)[name])


def test_a_council_named_by_its_members_stays_in_the_title(extractor):
    found = people(extractor, "Zebranie otworzyła przewodnicząca rady słuchaczy Anna Kos. Głos zabrał przewodniczący "
                              "rady gminy Jan Nowak.")
    assert titles(found["Anna Kos"]) == ["przewodniczący rady słuchaczy"]
    assert titles(found["Jan Nowak"]) == ["przewodniczący"]


def test_a_title_before_ranks_and_a_name_is_that_names_not_the_previous_ones(extractor):
    found = people(extractor, "Poświęcenia dokonał Wikariusz Biskupi Ks. inf. dr Jan Nowak, Kanclerz Kurii "
                              "Diecezjalnej Ks. inf. dr Piotr Kos, Proboszcz parafii Ks. kan. Adam Mak.")
    assert titles(found["Jan Nowak"]) == ["wikariusz biskupi"]
    assert titles(found["Piotr Kos"]) == ["kanclerz"]
    assert titles(found["Adam Mak"]) == ["proboszcz"]


def test_a_former_office_heading_a_list_keeps_byly(extractor):
    found = people(extractor, "Swoje wystąpienia mieli także byli nauczyciele: p. Maria Kos, p. Jan Mak oraz goście. "
                              "Głos zabrali nauczyciele: p. Ewa Nowak i p. Piotr Lis.")
    assert titles(found["Maria Kos"]) == ["były nauczyciel"]
    assert titles(found["Jan Mak"]) == ["były nauczyciel"]
    assert titles(found["Ewa Nowak"]) == ["nauczyciel"]


def test_a_units_matter_stays_in_the_title(extractor):
    text = "Po przerwie wystąpił Jan Kowalski - kierownik zespołu ds. kontroli WUP w Lipowie."
    person = extractor.extract(text).people[0]
    assert [r.title for r in person.roles] == ["kierownik zespołu ds. kontroli"]


def test_an_adjective_of_the_noun_before_is_no_qualifier(extractor):
    text = "Nad turniejem objął patronat honorowy Minister Sportu Jan Kowalski z Lipowa."
    person = next(p for p in extractor.extract(text).people if p.name == "Jan Kowalski")
    assert [r.title for r in person.roles] == ["minister"]
    kept = extractor.extract("Wyróżnienie odebrał honorowy członek koła Jan Kowalski z Lipowa.").people[0]
    assert [r.title for r in kept.roles] == ["honorowy członek"]
