"""Where an institution's name ends (pipeline/ner/org_complements.py, round 14), in sentences written for the
tests: complements the name governs, compound adjectives with a spaced dash, branches with their own seat,
coordinations that glue a second body, and territorial units inside a name."""

import pytest


@pytest.fixture(autouse=True)
def _rules_only(rules_only):
    yield


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_dla_with_a_capitalised_genitive_noun_belongs_to_the_name(extractor):
    names = _orgs(extractor, "Wolontariusze Fundacji Złote Serce dla Seniorów z Lipna przygotowali paczki.")
    assert "Fundacja Złote Serce dla Seniorów" in names


def test_ds_with_a_genitive_complement_belongs_to_the_name(extractor):
    names = _orgs(extractor, "Spotkanie prowadził Powiatowy Komitet ds. Rozwoju Lokalnego, a gości było wielu.")
    assert "Powiatowy Komitet ds. Rozwoju Lokalnego" in names


def test_do_with_a_genitive_noun_and_its_own_complement_belongs_to_the_name(extractor):
    names = _orgs(extractor, "Zbiórkę prowadziło Stowarzyszenie Rodziców do Walki z Cukrzycą Dzieci z naszej gminy.")
    assert any(n.startswith("Stowarzyszenie Rodziców do Walki z Cukrzycą") for n in names)


def test_na_after_an_adjective_in_the_name_takes_the_accusative(extractor):
    names = _orgs(extractor, "Paczki przekazało Koło Przyjaciół Dzieci Chorych na Astmę podczas festynu.")
    assert "Koło Przyjaciół Dzieci Chorych na Astmę" in names


def test_a_preposition_before_a_place_is_no_complement(extractor):
    names = _orgs(extractor, "Członkowie Fundacji Złote Serce pojechali dla odmiany do Lipna na warsztaty.")
    assert "Fundacja Złote Serce" in names
    assert not any("Lipn" in n for n in names)


def test_a_spaced_dash_between_compound_adjective_stems_joins_them(extractor):
    names = _orgs(extractor, "Uczniowie Zespołu Szkolno - Przedszkolnego w Lipnie zaśpiewali kolędy.")
    assert "Zespół Szkolno - Przedszkolny w Lipnie" in names


def test_an_en_dash_between_compound_adjective_stems_joins_them(extractor):
    names = _orgs(extractor, "Wykład odbył się w Wyższej Szkole Handlowo – Technicznej w Rypinie.")
    assert "Wyższa Szkoła Handlowo – Techniczna w Rypinie" in names


def test_a_regional_compound_written_without_its_dash_stays_whole(extractor):
    names = _orgs(extractor, "Nagrody ufundował Lubusko Wielkopolski Związek Pszczelarzy.")
    assert "Lubusko Wielkopolski Związek Pszczelarzy" in names


def test_an_adverb_before_a_name_is_no_compound_stem(extractor):
    names = _orgs(extractor, "Bardzo Stary Związek Pszczelarzy w Lipnie istnieje od lat.")
    assert not any(n.startswith("Bardzo") for n in names)


def test_a_conjunction_right_after_the_head_and_its_adjectives_joins_a_second_body(extractor):
    names = _orgs(extractor, "Handlarze dostali kary od Straży Miejskiej i Sanepidu.")
    assert "Straż Miejska" in names and not any(" i " in n for n in names)


def test_a_conjunction_between_genitive_complements_stays_in_the_name(extractor):
    names = _orgs(extractor, "Uczniowie Zespołu Szkół Ogólnokształcących i Zawodowych w Lipnie wygrali turniej.")
    assert "Zespół Szkół Ogólnokształcących i Zawodowych w Lipnie" in names


def test_a_patron_named_without_im_is_a_proper_part_and_the_seat_drops(extractor):
    names = _orgs(extractor, "Swoje zbiory pokazało Muzeum Jana Kasprowicza z Lipna.")
    assert "Muzeum Jana Kasprowicza" in names


def test_a_generic_name_keeps_its_seat(extractor):
    assert "Muzeum Regionalne w Lipnie" in _orgs(extractor, "Swoje zbiory pokazało Muzeum Regionalne w Lipnie.")


def test_a_brotherhood_and_a_bookshop_are_bodies(extractor):
    names = _orgs(extractor, "Historia Bractwa Strzeleckiego w Lipnie jest długa. Na targach była Księgarnia Pod "
                             "Lipami i prezes lipnowskiego Bractwa Strzeleckiego.")
    assert "Bractwo Strzeleckie w Lipnie" in names and "Bractwo Strzeleckie" not in names


def test_a_branch_takes_its_own_seat_and_its_parent_is_listed(extractor):
    names = _orgs(extractor, "Pracownicy Towarzystwa Miłośników Książki Polskiej Oddział w Rypinie "
                             "przygotowali wystawę dla mieszkańców.")
    assert "Towarzystwo Miłośników Książki Polskiej Oddział w Rypinie" in names
    assert "Towarzystwo Miłośników Książki Polskiej" in names


def test_a_generic_parent_of_a_branch_is_not_listed(extractor):
    names = _orgs(extractor, "Wystawę przygotowała Biblioteka Miejska Filia w Rypinie dla swoich czytelników.")
    assert "Biblioteka Miejska Filia w Rypinie" in names
    assert "Biblioteka Miejska" not in names


def test_oraz_after_an_i_inside_the_name_begins_a_second_body(extractor):
    names = _orgs(extractor, "Konkurs odbył się pod patronatem Ministerstwa Sportu i Turystyki oraz "
                             "Lasów Państwowych, a nagrody wręczono w maju.")
    assert "Ministerstwo Sportu i Turystyki" in names
    assert not any("oraz" in n for n in names)


def test_a_coordinator_after_a_quoted_name_ends_it(extractor):
    names = _orgs(extractor, "Turniej przygotowały Stowarzyszenie „Biała Wieża” oraz Sekcji Tenisowej uczniowie.")
    assert not any("oraz" in n for n in names)


def test_pan_in_capitals_is_an_acronym_in_the_name(extractor):
    names = _orgs(extractor, "Konferencja odbyła się w Instytucie Badań Literackich PAN przy ulicy Długiej.")
    assert "Instytut Badań Literackich PAN" in names


def test_a_territorial_unit_named_in_the_name_drops_the_seat(extractor):
    names = _orgs(extractor, "Dotację przyznał Urząd Marszałkowski Województwa Lubuskiego w Zielonej Górze.")
    assert "Urząd Marszałkowski Województwa Lubuskiego" in names


def test_a_patron_after_sw_makes_a_short_name_proper(extractor):
    names = _orgs(extractor, "Prezes Stowarzyszenia św. Rocha Pani Maria Lis otworzyła spotkanie.")
    assert "Stowarzyszenie św. Rocha" in names


def test_the_compound_checks_read_spacy_tokens_as_well_as_light_ones(ctx_for):
    """`phrase_base` also gets spaCy tokens (a role's institution no extractor claimed): the checks must not ask
    them for the light tokens' `capitalised` column."""
    from pipeline.ner.org_complements import DASHES, compound_dash

    ctx = ctx_for("Rektor Wyższej Szkoły Handlowo – Technicznej przemawiał.")
    dash = next(t.i for t in ctx.doc if t.text in DASHES)
    assert compound_dash(ctx.doc, dash)
    assert compound_dash(ctx.light_tokens, dash)


def test_a_patrons_initial_split_from_its_dot_stays_in_the_name(extractor):
    names = _orgs(extractor, "Nagrody otrzymali uczniowie Zespołu Szkół im. M. Kopernika w Dębinie i ich opiekunowie.")
    assert "Zespół Szkół im. M. Kopernika" in names
    assert "Zespół Szkół im. M" not in names


def test_a_patron_with_two_first_names_stays_in_the_name_and_is_no_person(extractor):
    """"im. Jana Fryderyka X": every word of the patron's name after "im." is the body's, none a person of the report."""
    report = extractor.extract("Rajd przygotowała Fundacja Ochrony Rzeki Wdy im. Jana Bogumiła Lasockiego, a gości "
                               "powitał Adam Lis.")
    assert "Fundacja Ochrony Rzeki Wdy im. Jana Bogumiła Lasockiego" in {o.name for o in report.organizations}
    assert {p.name for p in report.people} == {"Adam Lis"}


def test_a_patron_after_the_names_adjective_or_a_patrons_title_stays_in_it(extractor):
    report = extractor.extract("Wykłady poprowadzili dr Ewa Kret z Akademii Pomorskiej Jana Pawła II oraz dr Jan Sowa "
                               "z Akademii Kardynała Adama Lipskiego.")
    names = {o.name for o in report.organizations}
    assert "Akademia Pomorska Jana Pawła II" in names
    assert "Akademia Kardynała Adama Lipskiego" in names
    assert {p.name for p in report.people} == {"Ewa Kret", "Jan Sowa"}


def test_a_holders_genitive_name_after_a_names_adjective_is_a_person(extractor):
    report = extractor.extract("Spotkanie odbyło się w obecności dyrektora Szkoły Rolniczej Piotra Sowy.")
    assert "Piotr Sowa" in {p.name for p in report.people}


def test_a_parents_acronym_spelled_out_elsewhere_keeps_the_units_seat(extractor):
    names = _orgs(extractor, "Stoisko miało Centrum Doradztwa Rolniczego w Lipnie, a wykład wygłosiła Ewa Kret z "
                             "Ośrodka Szkoleniowego CDR w Brzozowie.")
    assert "Ośrodek Szkoleniowy CDR w Brzozowie" in names


def test_an_acronym_spelled_nowhere_else_stays_the_names_own(extractor):
    names = _orgs(extractor, "Szkolenie przygotowała Fundacja Rozwoju Wsi ARKA w Lipnie.")
    assert "Fundacja Rozwoju Wsi ARKA" in names


def test_a_word_marked_with_a_plus_is_a_proper_part_and_drops_the_seat(extractor):
    names = _orgs(extractor, "W piątek otwarto Dzienny Dom Senior+ w Lipnie, a seniorów powitał Klub Seniora w Lipnie.")
    assert "Dzienny Dom Senior+" in names
    assert "Klub Seniora w Lipnie" in names


def test_a_second_i_joins_bodies_unless_it_joins_two_adjectives(extractor):
    names = _orgs(extractor, "Dziękujemy Ministerstwu Nauki i Szkolnictwa i Lipowskiej Specjalnej Strefie Ekonomicznej.")
    assert {"Ministerstwo Nauki i Szkolnictwa", "Lipowska Specjalna Strefa Ekonomiczna"} <= names
    names = _orgs(extractor, "Partnerem był Instytut Historii i Kultury Ludowej i Regionalnej w Lipowie.")
    assert any(n.startswith("Instytut Historii i Kultury Ludowej i Regionalnej") for n in names)


def test_ds_with_a_lower_case_genitive_scope_belongs_to_the_name(extractor):
    names = _orgs(extractor, "Spotkanie przygotował Zespół Interdyscyplinarny ds. przeciwdziałania przemocy w rodzinie.")
    assert "Zespół Interdyscyplinarny ds. przeciwdziałania przemocy w rodzinie" in names
    names = _orgs(extractor, "Dziękujemy Gminnej Komisji ds. profilaktyki i rozwiązywania problemów alkoholowych w Lipowie.")
    assert "Gminna Komisja ds. profilaktyki i rozwiązywania problemów alkoholowych w Lipowie" in names
    # a head with a short scope and nothing of its own is still a kind
    assert not _orgs(extractor, "Zespół ds. promocji zorganizował spotkanie.")


def test_a_lower_case_matter_after_a_name_with_its_own_part_is_the_titles(extractor):
    """"pełnomocnik Zarządu Fundacji Jarzębina ds. seniorów": a name with a proper part of its own is complete, so
    the lower-case "ds." matter after it is the title's portfolio (docs/annotation.md: "ds. …" stays in a title and
    names no body); a generic name is still named by its matter."""
    report = extractor.extract("Warsztaty prowadziła pełnomocnik Zarządu Fundacji Jarzębina ds. seniorów Ewa Sroka.")
    assert {o.name for o in report.organizations} == {"Fundacja Jarzębina"}
    assert [(r.title, r.organization) for p in report.people for r in p.roles if r.organization] == [
        ("pełnomocnik zarządu ds. seniorów", "Fundacja Jarzębina")]
    names = _orgs(extractor, "Gości przyjął koordynator Stowarzyszenia „Most” ds. wolontariatu Jan Puchała.")
    assert names == {"Stowarzyszenie „Most”"}
    names = _orgs(extractor, "Apel przygotował Gminny Zespół ds. przeciwdziałania przemocy w rodzinie w Borkach.")
    assert "Gminny Zespół ds. przeciwdziałania przemocy w rodzinie w Borkach" in names
    # a council named by its unit is no body named by a matter: the commission's matter stays in the title
    people = extractor.extract("Głos zabrał przewodniczący Komisji Rady Gminy Borki ds. oświaty Jan Pluta.").people
    assert [(r.title, r.organization) for p in people for r in p.roles] == [
        ("przewodniczący komisji ds. oświaty", "Rada Gminy Borki")]


def test_a_capitalised_finite_verb_before_a_preposition_ends_the_name(extractor):
    assert "Stowarzyszenie Dolina Lipki" in _orgs(extractor, "Stowarzyszenie Dolina Lipki Zaprasza Na Festyn Rodzinny.")
    assert "Fundacja Przyjaciół Borowa" in _orgs(extractor, "Fundacja Przyjaciół Borowa Zaprasza na warsztaty.")
    # a verb followed by a capitalised noun is the name's own motto
    assert "Fundacja Mam Marzenie" in _orgs(extractor, "Dziękujemy Fundacji Mam Marzenie za pomoc.")


def test_three_compound_stems_with_spaced_dashes_stay_one_name(extractor):
    names = _orgs(extractor, "Dziękujemy Ośrodkowi Rehabilitacyjno – Edukacyjno - Wychowawczemu w Borowie.")
    assert "Ośrodek Rehabilitacyjno – Edukacyjno - Wychowawczy w Borowie" in names
    assert not any(n.endswith("Rehabilitacyjno") for n in names)
