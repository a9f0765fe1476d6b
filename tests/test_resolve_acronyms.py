"""Acronyms naming a kind of body are no organizations (pipeline/resolve_acronyms.py); invented sentences."""

import pytest


@pytest.fixture(autouse=True)
def _rules_only(rules_only):
    """Rule tests: the learned organization filter may drop a lone acronym on a two-sentence page."""
    yield


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


@pytest.mark.parametrize("text", [
    "Na sali byli kierownicy wielu OPS-ów z regionu.",
    "Środki trafiają do stowarzyszeń mających status OPP.",
    "W spółce działają podmioty reintegracji – CIS i KIS.",
    "Rozmawiano o współpracy KGW/OSP na wsi.",
    "Świetlica działa przy szkole lub OSP.",
    "Omówiono cele Lokalnej Strategii Rozwoju. Zadania zapisane w LSR wykonano.",
])
def test_an_acronym_used_for_its_kind_is_not_listed(extractor, text):
    assert not _orgs(extractor, text) & {"OPS", "OPP", "CIS", "KIS", "KGW", "OSP", "LSR"}


def test_an_acronym_naming_one_body_is_still_listed(extractor):
    assert "GOPS" in _orgs(extractor, "Spotkanie zorganizował GOPS, a pomagała mu OSP.")


def test_an_acronym_before_a_bodys_name_stands_for_that_body(extractor):
    report = extractor.extract('Biesiadę zorganizowała LGD Stowarzyszenie "Dolina Wrzosu" z Kolna.')
    assert {o.name for o in report.organizations} == {'Stowarzyszenie "Dolina Wrzosu"'}


def test_a_misspelt_spelling_out_does_not_hide_the_acronym(extractor):
    names = _orgs(extractor, "OPS Dzieciom. Miejski Ośordek Pomocy Społecznej zorganizował wyjazd.")
    assert "OPS" in names


def test_an_acronym_and_its_words_before_the_same_quoted_name_are_one_body(extractor):
    names = _orgs(extractor, 'Projekt prowadzi Lokalna Grupa Działania "Zielony Bór". '
                             "Na spotkaniu byli przedstawiciele LGD „Zielony Bór” z gminy.")
    assert 'Lokalna Grupa Działania "Zielony Bór"' in names
    assert "LGD „Zielony Bór”" not in names


def _acronym_mention(ctx, acronym: str):
    from pipeline.extract.organizations import OrgMention

    start = ctx.norm.rindex(acronym)
    return OrgMention(acronym, acronym, None, ctx.mention(start, start + len(acronym), "test", 0.5, "acronym"))


@pytest.mark.parametrize("text, acronym, generic", [
    ("Omówiono wdrażanie planu odnowy wsi i gmin (PoWiG). Cele PoWiG osiągnięto.", "PoWiG", True),
    ("Mówiono o znaczeniu Ustawy o ochronie zabytków i pamiątek (UOZiP). Zmiany UOZiP omówiono.", "UOZiP", True),
    ("Gości przyjęło Stowarzyszenie na rzecz rozwoju wsi (SRW). Prezes SRW podziękował.", "SRW", False),
])
def test_an_acronym_defined_in_brackets_as_no_body_is_generic(ctx_for, text, acronym, generic):
    from pipeline.resolve_acronyms import generic_acronym

    ctx = ctx_for(text)
    assert generic_acronym(ctx, _acronym_mention(ctx, acronym)) is generic


@pytest.mark.parametrize("text", [
    "Na warsztaty przyszli pracownicy MOPS w Lipnie.",
    "W naradzie uczestniczyli przedstawiciele MOPS, GOPS i PCPR z powiatu.",
    "Gości przywitała dyrektor MOPS Anna Wilk.",
])
def test_a_short_dictionary_word_in_capitals_is_an_acronym_where_the_sentence_names_a_body_by_it(extractor, text):
    """"MOPS" is also a noun (a pug): a seat after it, a member or a title before it or acronyms listed beside it
    make it a body's acronym."""
    assert {"MOPS", "MOPS w Lipnie"} & _orgs(extractor, text)


@pytest.mark.parametrize("text", [
    "Zapraszamy na BEZPŁATNE szkolenie z księgowości.",
    "Na festynie można było pogłaskać psa rasy MOPS.",
])
def test_a_dictionary_word_in_capitals_without_such_context_is_no_organization(extractor, text):
    assert not _orgs(extractor, text) & {"BEZPŁATNE", "MOPS"}


@pytest.mark.parametrize("text, org", [
    ("Laureatką została Zofia Bąk (SP w Brzeziu).", "SP w Brzeziu"),
    ("Spotkanie z rodzicami odbyło się w ZS w Sztumie.", "ZS w Sztumie"),
])
def test_a_two_letter_acronym_with_its_town_is_a_unit(extractor, text, org):
    """Two capitals name a school or an office when a town of the register follows with "w" (docs/annotation.md:
    an unexpanded acronym with a seat keeps the seat)."""
    assert org in _orgs(extractor, text)


def test_two_capitals_without_a_town_are_no_unit(extractor):
    assert not _orgs(extractor, "Wyniki ogłoszono w TV w Polsce. Dzieci z SP miały wolne.") & {"TV w Polsce", "SP"}


@pytest.mark.parametrize("text, name", [
    ("Na szkolenie przyjechali pracownicy GOPS w Radłowie Małym.", "GOPS w Radłowie Małym"),
    ("W spotkaniu uczestniczyła kierowniczka PCPR-u w Wąchocku Maria Lis.", "PCPR w Wąchocku"),
    ("Krew oddali honorowi dawcy z RCKiK z Kalisza.", "RCKiK z Kalisza"),
])
def test_an_acronym_never_spelled_out_keeps_the_seat_written_after_it(extractor, text, name):
    """An acronym is no proper part: the body is the acronym with its seat, the town still a place."""
    assert name in _orgs(extractor, text)


def test_an_acronym_spelled_out_with_its_seat_is_the_full_name(extractor):
    text = ("Gminny Ośrodek Pomocy Społecznej w Radłowie (GOPS) zaprosił seniorów. "
            "Pracownicy GOPS w Radłowie przygotowali poczęstunek.")
    assert _orgs(extractor, text) == {"Gminny Ośrodek Pomocy Społecznej w Radłowie"}



@pytest.mark.parametrize("text, org", [
    ("Na naradę przybyły instytucje pomocowe:\n- PCPR W OSTRÓDZIE\n- GOPS W MIŁAKOWIE", "PCPR w Ostródzie"),
    ("W naradzie wzięły udział instytucje pomocowe – PCPR w Ostródzie i GOPS.", "PCPR w Ostródzie"),
])
def test_an_acronym_with_its_seat_listed_under_a_category_is_one_body(extractor, text, org):
    """A list of acronyms after a plural category noun gives kinds ("placówki – WTZ i ZAZ"); a seat written after
    one ("PCPR w X", a capitals line included) makes it one body."""
    assert org in _orgs(extractor, text)


def test_bare_acronyms_listed_under_a_category_stay_kinds(extractor):
    assert not _orgs(extractor, "W naradzie wzięły udział instytucje pomocowe – PCPR i GOPS.") & {"PCPR", "GOPS"}
