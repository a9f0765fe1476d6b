"""The organization filter's evidence about a name's kind: its proper parts (or none: a generic name), its head
noun's lemma, being named only inside another organization or only in a title, on invented sentences."""

from __future__ import annotations

from pipeline.learned.span_features import _head_noun, _proper_parts, organization_features
from pipeline.models import Event, Organization

TEXT = ("Biblioteka Gminna zaprasza na spotkanie.\n"
        "Gościem był dyrektor Wydziału Historii Akademii Nadwiślańskiej.\n"
        "Wykład „Jak pracuje Krajowa Sieć Rowerowa” poprowadziła Ewa Lis.\n"
        "W spotkaniu udział wzięła Biblioteka Gminna oraz Zespół Szkół nr 2.\n")


def _org(ctx, name: str, *surfaces: str) -> Organization:
    mentions = []
    for surface in surfaces:
        start = ctx.text.index(surface, mentions[-1].end if mentions else 0)
        mentions.append(ctx.mention(start, start + len(surface), "extract.organizations", 0.8, "institution_phrase"))
    return Organization(name=name, mentions=mentions)


def test_a_generic_name_has_no_proper_part() -> None:
    assert _proper_parts("Biblioteka Gminna") == set()
    assert _proper_parts("Zespół Szkół") == set()
    assert _proper_parts("Młodzieżowa Rada Gminy") <= {"name_reading"}  # "Gminy" is also a place's name: weak


def test_proper_parts_are_patrons_numbers_quotes_acronyms_seats_and_names() -> None:
    assert _proper_parts("Szkoła Podstawowa im. Jana Brzozy") >= {"patron"}
    assert _proper_parts("Zespół Szkół nr 2") == {"number"}
    assert _proper_parts("II Liceum Ogólnokształcące") == {"number"}
    assert "quoted" in _proper_parts("Stowarzyszenie „Most”")
    assert _proper_parts("Oddział PTTK") == {"acronym"}
    assert "seat" in _proper_parts("Gminny Ośrodek Kultury w Lipnicy")
    assert _proper_parts("Rada Gminy Dunajec") == {"name_word"}  # SGJP knows "Dunajec" only as a name


def test_the_head_noun_is_a_lemma_after_the_adjectives() -> None:
    assert _head_noun("Krajowa Sieć Rowerowa") == ("sieć", "krajowy")
    assert _head_noun("Fundacji Zielony Las") == ("fundacja", "")


def test_generic_names_carry_their_evidence(ctx_for) -> None:
    ctx = ctx_for(TEXT)
    library = _org(ctx, "Biblioteka Gminna", "Biblioteka Gminna", "Biblioteka Gminna")
    school = _org(ctx, "Zespół Szkół nr 2", "Zespół Szkół nr 2")
    f = organization_features(ctx, library, Event(), [], [], [library, school])
    assert f["generic"] == 1.0 and f["generic_mentions=2-3"] == 1.0 and f["generic_first_line"] == 1.0
    assert f["noun=biblioteka"] == 1.0
    g = organization_features(ctx, school, Event(), [], [], [library, school])
    assert "generic" not in g and g["proper=number"] == 1.0


def test_a_name_only_inside_another_or_only_in_a_title(ctx_for) -> None:
    ctx = ctx_for(TEXT)
    faculty = _org(ctx, "Wydział Historii Akademii Nadwiślańskiej", "Wydziału Historii Akademii Nadwiślańskiej")
    academy = _org(ctx, "Akademia Nadwiślańska", "Akademii Nadwiślańskiej")
    network = _org(ctx, "Krajowa Sieć Rowerowa", "Krajowa Sieć Rowerowa")
    orgs = [faculty, academy, network]
    assert organization_features(ctx, academy, Event(), [], [], orgs)["only_inside_org"] == 1.0
    assert "only_inside_org" not in organization_features(ctx, faculty, Event(), [], [], orgs)
    assert organization_features(ctx, network, Event(), [], [], orgs)["only_title_or_topic"] == 1.0


def test_the_organizers_kind(ctx_for) -> None:
    ctx = ctx_for(TEXT)
    library = _org(ctx, "Biblioteka Gminna", "Biblioteka Gminna")
    f = organization_features(ctx, library, Event(organizer="Biblioteka Publiczna w Lipnicy"), [], [], [library])
    assert f["noun_as_organizer"] == 1.0
