"""The event-type decision: the rules' evidence as features, the model choosing only among the types the
text names, and the rules' type standing without a model."""

from __future__ import annotations

from pipeline.extract.event_type import choose_type, classify, type_scores
from pipeline.learned.event_types import allowed_types, decide_type, predict_allowed, type_features
from pipeline.learned.linear import LinearModel
from pipeline.learned.recording import recording

REPORT = ("Debata o przyszłości wsi\n\n"
          "W sobotę w świetlicy w Borkach odbyło się spotkanie mieszkańców z radnymi. Debata trwała dwie godziny, "
          "a po niej rozstrzygnięto konkurs plastyczny dla dzieci.")


def test_the_scores_give_the_rules_type_as_before(ctx_for) -> None:
    ctx = ctx_for(REPORT)
    found = type_scores(ctx)
    assert choose_type(ctx, found) == classify(ctx)
    assert {"spotkanie", "konkurs"} <= set(found.scores)
    assert "title" in found.zones["spotkanie"] and "cued" in found.zones["spotkanie"]
    assert {"debata", "spotkanie"} <= found.lemmas["spotkanie"]  # lemmas of the triggers, not their forms
    assert "judged" in found.cues


def test_features_name_the_types_their_zones_and_lemmas(ctx_for) -> None:
    ctx = ctx_for(REPORT)
    found = type_scores(ctx)
    rule, _ = choose_type(ctx, found)
    features = type_features(found, rule)
    assert features[f"rule={rule}"] == 1.0 and features["lemma=debata"] == 1.0
    assert features["title_lemma=debata"] == 1.0 and features["cue=judged"] == 1.0
    assert allowed_types(features) == {"spotkanie", "konkurs", "inne"}


def test_the_model_chooses_only_a_type_the_text_names(ctx_for) -> None:
    ctx = ctx_for(REPORT)
    found = type_scores(ctx)
    rule, rule_mention = choose_type(ctx, found)
    prefers_a_fair = LinearModel(("festyn", "konkurs", "spotkanie"), {"cue=judged": (9.0, 3.0, 0.0)}, (0.0, 0.0, 0.0))
    assert predict_allowed(prefers_a_fair, type_features(found, rule))[0] == "konkurs"  # festyn is not named
    with recording() as decisions:
        etype, mention = decide_type(ctx, found, rule, rule_mention, model=prefers_a_fair)
    assert etype == "konkurs" and mention.rule == "model:konkurs"
    assert mention.text == ctx.text[mention.start:mention.end] == "konkurs"
    assert [(d.task, d.rule, d.chosen) for d in decisions] == [("event_type", rule, "konkurs")]


def test_without_a_model_the_rules_type_stands(ctx_for) -> None:
    ctx = ctx_for(REPORT)
    found = type_scores(ctx)
    rule, rule_mention = choose_type(ctx, found)
    with recording(models=False) as decisions:
        assert decide_type(ctx, found, rule, rule_mention) == (rule, rule_mention)
    assert decisions[0].chosen == rule


def test_a_page_naming_no_kind_stays_inne_without_evidence(ctx_for) -> None:
    ctx = ctx_for("Mieszkańcy Borek posadzili w sobotę sto drzew wzdłuż drogi.")
    found = type_scores(ctx)
    assert choose_type(ctx, found) == ("inne", None)
    model = LinearModel(("inne", "spotkanie"), {"no_trigger": (0.0, 5.0)}, (0.0, 0.0))
    assert decide_type(ctx, found, "inne", None, model=model) == ("inne", None)


def test_train_event_type_cross_validates_on_the_chosen_dev_cards(tmp_path, monkeypatch) -> None:
    """`pl-events train event-type DIR --pages ...`: invented cards, texts in their own cache folder."""
    import json

    from typer.testing import CliRunner

    from pipeline.cli import app

    texts = tmp_path / "texts"
    cards = tmp_path / "cards"
    texts.mkdir()
    cards.mkdir()
    reports = {"001": ("Szkolenie dla sołtysów odbyło się 3 marca 2021 r. w Borkach.", "szkolenie"),
               "002": ("Spotkanie z radnymi odbyło się w świetlicy w Lipnie.", "spotkanie"),
               "003": ("Festyn rodzinny odbył się w parku w Kamionce.", "festyn")}
    for card_id, (text, etype) in reports.items():
        (texts / f"{card_id}.txt").write_text(text, encoding="utf-8")
        card = {"id": card_id, "site": f"site{card_id}.pl", "chars": len(text), "head": text[:60],
                "event_type": etype, "people": [], "organizations": [], "places": []}
        (cards / f"{card_id}.json").write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    (cards / "split.json").write_text(json.dumps({"dev": ["001", "002", "003"], "test": []}), encoding="utf-8")
    monkeypatch.setenv("PL_EVENTS_REAL_TEXTS", str(texts))
    out = tmp_path / "model.json"
    result = CliRunner().invoke(app, ["train", "event-type", str(cards), "--pages", "001-002", "--cv", "2",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output.splitlines()[0])
    assert scores["examples"] == 2 and scores["rules"] == 1.0
    assert set(json.loads(out.read_text(encoding="utf-8"))["classes"]) == {"szkolenie", "spotkanie"}
    refused = CliRunner().invoke(app, ["train", "event-type", str(cards), "--split", "test"])
    assert refused.exit_code == 2
