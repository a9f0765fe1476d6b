"""The learned organization-extent decision: variants and features on invented sentences, a toy model taking a
longer variant, the rules' names unchanged without a model, the trainer's policy and `pl-events train org-extents`
on a tiny invented card set."""

from __future__ import annotations

import json

from pipeline.extract.org_names import OrgMention, phrase_base
from pipeline.gold import parse_gold
from pipeline.learned import org_extent_training as ot
from pipeline.learned.linear import KeepModel, LinearModel
from pipeline.learned.org_extent_candidates import extent_candidates, words_between
from pipeline.learned.org_extent_features import DocumentFacts, core_kinds, extent_features
from pipeline.learned.org_extents import decide_org_extents, parse_key
from pipeline.learned.recording import recording
from pipeline.lexicon.words import ORG_HEADS
from pipeline.models import DocumentInfo, Organization, Report

CONJ = "Warsztaty przygotowała Fundacja Wolność i Rozwój z Lipowa.\n"
SEAT = "Gości przyjął Uniwersytet Trzeciego Wieku w Akademii Borowskiej.\n"
QUOTE = "Nagrody ufundowało Stowarzyszenie „Zielony Gaj” z Borowa.\n"
CLUB = "Mecz wygrał Klub Sportowy Sokół Lipno, a potem Muzeum Ziemi Borowskiej w Lipnie otworzyło wystawę.\n"


def _org(ctx, surface: str, rule: str = "institution_phrase") -> OrgMention:
    start = ctx.text.index(surface)
    end = start + len(surface)
    name, head = phrase_base(words_between(ctx, start, end), ORG_HEADS, ctx.text)  # type: ignore[arg-type]
    return OrgMention(name, None, head, ctx.mention(start, end, "extract.organizations", 0.85, rule))


def _names(ctx, org: OrgMention) -> dict[str, str]:
    return {c.name: c.source for c in extent_candidates(ctx, org, 0)}


def test_a_name_is_extended_over_i_and_its_seat(ctx_for) -> None:
    ctx = ctx_for(CONJ)
    names = _names(ctx, _org(ctx, "Fundacja Wolność"))
    assert names["Fundacja Wolność"] == "rule"
    assert names["Fundacja Wolność i Rozwój"] == "conj"
    assert names["Fundacja Wolność i Rozwój z Lipowa"] == "conj"


def test_a_name_is_extended_over_a_seat_in_an_institution(ctx_for) -> None:
    ctx = ctx_for(SEAT)
    names = _names(ctx, _org(ctx, "Uniwersytet Trzeciego Wieku"))
    assert names["Uniwersytet Trzeciego Wieku w Akademii Borowskiej"] == "seat"
    assert "Uniwersytet" not in names  # a bare head is no name


def test_a_name_is_extended_over_a_quoted_name_and_then_its_seat(ctx_for) -> None:
    ctx = ctx_for(QUOTE)
    names = _names(ctx, _org(ctx, "Stowarzyszenie"))
    assert names["Stowarzyszenie „Zielony Gaj”"] == "quote"
    assert names["Stowarzyszenie „Zielony Gaj” z Borowa"] == "quote+seat"


def test_a_name_is_cut_before_a_trailing_place_or_seat(ctx_for) -> None:
    ctx = ctx_for(CLUB)
    assert _names(ctx, _org(ctx, "Klub Sportowy Sokół Lipno"))["Klub Sportowy Sokół"] == "cut_word"
    assert _names(ctx, _org(ctx, "Muzeum Ziemi Borowskiej w Lipnie"))["Muzeum Ziemi Borowskiej"] == "cut_seat"


def test_acronyms_keep_the_rules_name(ctx_for) -> None:
    ctx = ctx_for("Spotkanie prowadził GOPS.\n")
    start = ctx.text.index("GOPS")
    org = OrgMention("GOPS", "GOPS", None, ctx.mention(start, start + 4, "extract.organizations", 0.5, "acronym"))
    assert extent_candidates(ctx, org, 0) == []


def test_features_read_the_added_words_and_the_core_of_the_name(ctx_for) -> None:
    ctx = ctx_for(CONJ)
    org = _org(ctx, "Fundacja Wolność")
    cands = extent_candidates(ctx, org, 0)
    facts = DocumentFacts.of(ctx, [org])
    longer = next(c for c in cands if c.name == "Fundacja Wolność i Rozwój")
    features = extent_features(ctx, longer, cands, facts)
    assert features["src=conj"] == 1.0 and features["add:kind=link_i"] == 1.0
    assert features["conj:same_case=True"] == 1.0  # "Wolność i Rozwój": two nominatives of one name
    assert not any(k.startswith("page") or "Lipow" in k for k in features)  # no page ids, no inflected strings
    seat_ctx = ctx_for(CLUB)
    museum = _org(seat_ctx, "Muzeum Ziemi Borowskiej w Lipnie")
    assert "generic" not in core_kinds(words_between(seat_ctx, museum.mention.start, museum.mention.end), "muzeum")
    assert core_kinds(words_between(seat_ctx, museum.mention.start, museum.mention.end), "muzeum") != {"bare"}


def _toy(feature: str) -> KeepModel:
    return KeepModel(LinearModel(("drop", "keep"), {feature: (-4.0, 4.0)}, (2.0, -2.0)), 0.5)


def test_a_toy_model_takes_the_longer_variant(ctx_for) -> None:
    ctx = ctx_for(CONJ)
    org = _org(ctx, "Fundacja Wolność")
    decide_org_extents(ctx, [org], _toy("conj:same_case=True"))
    assert org.name in ("Fundacja Wolność i Rozwój", "Fundacja Wolność i Rozwój z Lipowa")
    assert org.mention.text == ctx.text[org.mention.start:org.mention.end]  # provenance holds
    assert org.mention.text.startswith("Fundacja Wolność i Rozwój")


def test_without_a_model_the_rules_names_stand(ctx_for, monkeypatch) -> None:
    from pipeline.learned import org_extents

    ctx = ctx_for(CONJ)
    org = _org(ctx, "Fundacja Wolność")
    monkeypatch.setattr(org_extents, "extent_model", lambda: None)
    decide_org_extents(ctx, [org])
    assert org.name == "Fundacja Wolność"
    monkeypatch.setattr(org_extents, "extent_model", lambda: _toy("src=conj"))
    with recording(models=False) as decisions:  # `--rules-only` and the trainers: the rules, recorded
        decide_org_extents(ctx, [org])
    assert org.name == "Fundacja Wolność" and decisions
    assert {parse_key(d.key)[1] for d in decisions} == {"Fundacja Wolność"}
    assert [d.rule for d in decisions].count("yes") == 1


def _page(variants: list[tuple[str, bool, str]]) -> ot.ExtentPage:
    gold = parse_gold({"organizations": [{"name": "Fundacja Wolność i Rozwój"}]}, "001")
    report = Report(document=DocumentInfo(id="001", sha256="0", encoding="utf-8", chars=0),
                    organizations=[Organization(name="Fundacja Wolność")])
    vs = tuple(ot.Variant(0, "Fundacja Wolność", name, {f: 1.0}, name == "Fundacja Wolność",
                          name == "Fundacja Wolność i Rozwój") for name, _, f in variants)
    return ot.ExtentPage("001", "a.pl", gold, report, vs, ot._counts(gold, report, "001"))


def test_the_policy_renames_the_rules_name_when_a_variant_is_likely() -> None:
    page = _page([("Fundacja Wolność", True, "src=rule"), ("Fundacja Wolność i Rozwój", False, "src=conj")])
    assert ot.field_counts([page], None, 0.5) == (0, 1, 1)
    assert ot.field_counts([page], {"001": [0.9, 0.7]}, 0.5) == (1, 0, 0)  # the rule's own score does not count
    assert ot.field_counts([page], {"001": [0.9, 0.3]}, 0.5) == (0, 1, 1)
    assert [label for _, label in ot.switch_rows([page])] == [True]


def test_the_train_command_fits_extents_on_a_tiny_card_set(tmp_path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    texts, cards = tmp_path / "texts", tmp_path / "cards"
    texts.mkdir()
    cards.mkdir()
    sentences = [CONJ, SEAT]
    golds = ["Fundacja Wolność i Rozwój", "Uniwersytet Trzeciego Wieku w Akademii Borowskiej"]
    ids = [f"{i:03d}" for i in range(1, 7)]
    for i, page in enumerate(ids):
        (texts / f"{page}.txt").write_text(sentences[i % 2], encoding="utf-8")
        card = {"site": f"site{i}.pl", "organizations": [{"name": golds[i % 2]}]}
        (cards / f"{page}.json").write_text(json.dumps(card), encoding="utf-8")
    (cards / "split.json").write_text(json.dumps({"dev": ids, "test": []}), encoding="utf-8")
    monkeypatch.setenv("PL_EVENTS_REAL_TEXTS", str(texts))
    runner = CliRunner()
    out = tmp_path / "extents.json"
    args = ["train", "org-extents", str(cards), "--l2", "1", "--threshold", "0.5", "--cv", "2", "-o", str(out)]
    result = runner.invoke(app, [*args, "--force"])
    assert result.exit_code == 0, result.output
    assert "rules F1" in result.output and "site-CV F1" in result.output
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["classes"] == ["drop", "keep"] and model["threshold"] == 0.5
    assert runner.invoke(app, ["train", "org-extents", str(cards), "--split", "test"]).exit_code == 2
