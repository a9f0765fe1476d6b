"""The words governing a place's mentions, read from invented sentences: a preposition, a person noun (SGJP m1),
an abstract or a document noun, a unit acting as a body."""

from __future__ import annotations

from pipeline.learned.place_evidence import governor, noun_kind, place_mention_features
from pipeline.models import Place
from pipeline.text.morphology import analyse

TEXT = ("Mieszkańcy gminy Borówko spotkali się w Lipnicy.\n"
        "Trwa promocja gminy Borówko, a program powiatu Zalesie ruszył.\n"
        "W sobotę Gmina Borówko zorganizowała festyn.\n")


def _at(ctx, surface: str, nth: int = 0) -> int:
    start = -1
    for _ in range(nth + 1):
        start = ctx.text.index(surface, start + 1)
    return start


def test_governor_is_a_preposition_or_a_noun_of_a_kind(ctx_for) -> None:
    ctx = ctx_for(TEXT)
    assert governor(ctx, _at(ctx, "Lipnicy")) == ("prep", "w")
    assert governor(ctx, _at(ctx, "gminy Borówko")) == ("person", "mieszkaniec")
    assert governor(ctx, _at(ctx, "gminy Borówko", 1)) == ("abstract", "promocja")
    assert governor(ctx, _at(ctx, "powiatu Zalesie")) == ("document", "program")
    assert governor(ctx, _at(ctx, "Mieszkańcy")) == ("line", "")


def test_noun_kinds_come_from_lemmas_and_the_personal_gender() -> None:
    assert noun_kind("urząd", analyse("urzędu")) == "institution"
    assert noun_kind("wójt", analyse("wójta")) == "person"
    assert noun_kind("nauczyciel", analyse("nauczycieli")) == "person"  # m1, in no list
    assert noun_kind("szkolenie", analyse("szkolenia")) == "event"
    assert noun_kind("teren", analyse("terenie")) == "territory"
    assert noun_kind("stół", analyse("stołu")) == "noun"


def test_a_unit_named_as_a_body_mid_sentence_acts(ctx_for) -> None:
    ctx = ctx_for(TEXT)
    start = _at(ctx, "Gmina Borówko")
    unit = Place(name="gmina Borówko", kind="region",
                 mentions=[ctx.mention(start, start + len("Gmina Borówko"), "extract.places", 0.8, "unit_phrase")])
    f = place_mention_features(ctx, unit)
    assert f["region|case=nom"] == 1.0 and f["region|after=verb"] == 1.0 and f["region|acting"] == 1.0
    assert f["unit_capital_mid"] == 1.0 and f["govl=noun:sobota"] == 1.0
