"""The place-candidate decision: candidates and features on invented sentences, a toy model adding a candidate,
nothing added without a model or with the models off, and `pl-events train place-candidates` on tiny cards."""

from __future__ import annotations

import json

from pipeline.learned import place_candidate_training as pt
from pipeline.learned.linear import KeepModel, LinearModel
from pipeline.learned.place_candidate_features import candidate_features
from pipeline.learned.place_candidates import TASK, add_place_candidates, extra_candidates
from pipeline.learned.recording import recording
from pipeline.models import Event, Organization, Place

TEXT = ("Uczestnicy z Lipnicy przyjechali na warsztaty.\n"
        "Spotkanie odbyło się w Restauracji Złoty Kłos.\n"
        "Goście z Hiszpanii zwiedzili Pragę.\n"
        "Wieczorem Anna Borowska poszła do Zespołu Szkół w Borowie.\n")


def _org(ctx, name: str, surface: str) -> Organization:
    start = ctx.text.index(surface)
    return Organization(name=name, mentions=[ctx.mention(start, start + len(surface), "extract.organizations", 0.8,
                                                         "institution_phrase")])


def _place(ctx, name: str, surface: str, kind: str = "locality") -> Place:
    start = ctx.text.index(surface)
    return Place(name=name, kind=kind, mentions=[ctx.mention(start, start + len(surface), "extract.places", 0.9,
                                                             "geographic_name")])


def test_candidates_are_geographic_words_venue_phrases_and_institutions_in_base_form(ctx_for) -> None:
    ctx = ctx_for(TEXT)
    school = _org(ctx, "Zespół Szkół w Borowie", "Zespołu Szkół w Borowie")
    found = {p.name: p for p in extra_candidates(ctx, [], [school])}
    assert found["Lipnica"].kind == "locality" and found["Hiszpania"].kind == "country"
    assert found["Praga"].mentions[0].text == "Pragę"
    assert found["Restauracja Złoty Kłos"].kind == "venue"
    assert "Kłos" not in found  # a word of the venue's own name, not after its own preposition
    assert found["Zespół Szkół w Borowie"].mentions[0].rule == "candidate_institution"
    assert "Anna" not in found  # a first name with no place preposition
    for place in found.values():  # provenance: every mention slices the text
        assert all(ctx.text[m.start:m.end] == m.text for m in place.mentions)


def test_the_rules_places_are_not_offered_again(ctx_for) -> None:
    ctx = ctx_for(TEXT)
    names = {p.name for p in extra_candidates(ctx, [_place(ctx, "Lipnica", "Lipnicy")], [])}
    assert "Lipnica" not in names and "Hiszpania" in names


def test_features_read_the_source_the_preposition_the_verbs_and_the_rules_places(ctx_for) -> None:
    ctx = ctx_for(TEXT)
    cands = extra_candidates(ctx, [], [])
    venue = next(p for p in cands if p.kind == "venue")
    f = candidate_features(ctx, venue, [], cands, [], [], Event())
    assert f["cand=candidate_venue"] == 1.0 and f["venue|cand=candidate_venue"] == 1.0
    assert f["prep=w"] == 1.0 and f["V:odbyć"] == 1.0 and f["rules_places=0"] == 1.0
    country = next(p for p in cands if p.name == "Hiszpania")
    g = candidate_features(ctx, country, [], cands, [], [], Event())
    assert g["kind=country"] == 1.0 and g["sgjp_geo"] == 1.0 and g["prep=z"] == 1.0
    assert not any("Hiszpani" in k for k in g)  # no inflected strings, no names


def _toy(feature: str) -> KeepModel:
    """Keeps whatever has `feature`, drops the rest."""
    scorer = LinearModel(("drop", "keep"), {feature: (-4.0, 4.0)}, (2.0, -2.0))
    return KeepModel(scorer, 0.5)


def test_a_toy_model_adds_the_candidates_it_keeps_after_the_rules_places(ctx_for) -> None:
    ctx = ctx_for(TEXT)
    rules = [_place(ctx, "Lipnica", "Lipnicy")]
    out = add_place_candidates(ctx, rules, [], Event(), [], model=_toy("kind=country"))
    assert [p.name for p in out] == ["Lipnica", "Hiszpania"]


def test_without_a_model_or_with_models_off_the_rules_places_stand(ctx_for, monkeypatch) -> None:
    from pipeline.learned import place_candidates as pc

    ctx = ctx_for(TEXT)
    rules = [_place(ctx, "Lipnica", "Lipnicy")]
    monkeypatch.setattr(pc, "_model", lambda: None)
    assert add_place_candidates(ctx, rules, [], Event(), []) is rules
    with recording(models=False) as rows:  # a trainer: every candidate recorded, none added
        assert add_place_candidates(ctx, rules, [], Event(), []) == rules
    assert {r.key for r in rows if r.task == TASK} >= {"Hiszpania", "Praga"}


def test_counts_add_the_candidates_to_the_rules_places_by_name() -> None:
    page = pt.CandidatePage("001", "a.pl", frozenset({"lipnica", "praga"}), frozenset({"lipnica", "borów"}),
                            (pt.Candidate("praga", {"x": 1.0}, True), pt.Candidate("kłos", {"y": 1.0}, False)))
    assert pt.counts(page, []) == (1, 1, 1)
    assert pt.counts(page, ["praga", "kłos"]) == (2, 2, 0)
    assert pt.field_f1([page], None, 0.5) == 0.5
    assert pt.field_f1([page], {("001", 0): 0.9, ("001", 1): 0.1}, 0.5) == 0.8


def test_the_train_command_fits_the_decision_on_a_tiny_card_set(tmp_path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    texts, cards = tmp_path / "texts", tmp_path / "cards"
    texts.mkdir()
    cards.mkdir()
    sentences = ["Warsztaty odbyły się w Lipnicy.", "Kolację zjedli w Restauracji Złoty Kłos.",
                 "Goście przyjechali z Hiszpanii."]
    ids = [f"{i:03d}" for i in range(1, 7)]
    for i, page in enumerate(ids):
        (texts / f"{page}.txt").write_text("\n".join(sentences[: 1 + i % 3]) + "\n", encoding="utf-8")
        card = {"site": f"site{i}.pl", "places": [{"name": "Lipnica", "kind": "locality"},
                                                  {"name": "Restauracja Złoty Kłos", "kind": "venue"}]}
        (cards / f"{page}.json").write_text(json.dumps(card), encoding="utf-8")
    (cards / "split.json").write_text(json.dumps({"dev": ids, "test": []}), encoding="utf-8")
    monkeypatch.setenv("PL_EVENTS_REAL_TEXTS", str(texts))
    out = tmp_path / "cand.json"
    result = CliRunner().invoke(app, ["train", "place-candidates", str(cards), "--l2", "1", "--cv", "2",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "rules places F1" in result.output and "site-CV F1" in result.output and "SE over" in result.output
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["classes"] == ["drop", "keep"] and 0 < model["threshold"] < 1
    assert CliRunner().invoke(app, ["train", "place-candidates", str(cards), "--split", "test"]).exit_code == 2
