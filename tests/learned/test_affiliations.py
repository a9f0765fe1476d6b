"""The learned affiliation decision: candidates and features on invented sentences, a toy model keeping one
organization per person, the rules' organizations unchanged without a model, the trainer's field counts and
standard error, and `pl-events train affiliations` on a tiny invented card set."""

from __future__ import annotations

import json

from pipeline.learned import affiliation_training as at
from pipeline.learned.affiliation_candidates import affiliation_candidates, is_department
from pipeline.learned.affiliation_features import affiliation_features
from pipeline.learned.affiliations import apply_choice, decide_affiliations, parse_key
from pipeline.learned.linear import KeepModel, LinearModel
from pipeline.learned.recording import recording
from pipeline.models import Event, Organization, Person, Role

PAREN = "Na spotkaniu mówił Jan Kowalik (Fundacja Zielona Dolina) o pracy z młodzieżą.\n"
DEPARTMENT = "Gości przywitał dyrektor Biura ZPR Piotr Wilk. Związek Powiatów Rolnych (ZPR) zaprasza.\n"


def _mention(ctx, surface: str, occurrence: int = 0, extractor: str = "extract.people"):
    at = -1
    for _ in range(occurrence + 1):
        at = ctx.text.index(surface, at + 1)
    return ctx.mention(at, at + len(surface), extractor, 0.8, "x")


def _org(ctx, name: str, surfaces: list[str], acronym: str | None = None) -> Organization:
    return Organization(name=name, acronym=acronym, mentions=[_mention(ctx, s, extractor="extract.organizations")
                                                              for s in surfaces])


def _person(ctx, name: str, roles: list[Role] | None = None, affiliation: str | None = None) -> Person:
    return Person(name=name, mentions=[_mention(ctx, name)], roles=roles or [], affiliation=affiliation, part="speaker")


def test_an_organization_in_parentheses_after_the_name_is_a_new_candidate(ctx_for) -> None:
    ctx = ctx_for(PAREN)
    org = _org(ctx, "Fundacja Zielona Dolina", ["Fundacja Zielona Dolina"])
    person = _person(ctx, "Jan Kowalik")
    [cands] = affiliation_candidates(ctx, [person], [org])
    assert [(c.name, c.sources, c.by_rules) for c in cands] == [("Fundacja Zielona Dolina", ["near"], False)]
    rel = cands[0].relation
    assert (rel.side, rel.gap, rel.scope, rel.nearest, rel.distance) == ("after", "paren", "line", True, 1)
    f = affiliation_features(person, cands[0], cands, Event(organizer="Fundacja Zielona Dolina"), 1)
    assert f["src=near"] == f["gap=paren"] == f["origin=new"] == f["organizer"] == f["part=speaker"] == 1.0
    assert f["org_head=fundacja"] == 1.0 and f["no_title"] == 1.0
    assert not any("Zielona" in k for k in f)  # kinds and lemmas, never the name


def test_a_department_brings_its_parent_and_a_title_its_link_word(ctx_for) -> None:
    ctx = ctx_for(DEPARTMENT)
    biuro = _org(ctx, "Biuro ZPR", ["Biura ZPR"])
    parent = _org(ctx, "Związek Powiatów Rolnych", ["Związek Powiatów Rolnych"], acronym="ZPR")
    role = Role(title="dyrektor", organization="Biuro ZPR", mention=_mention(ctx, "dyrektor"))
    person = _person(ctx, "Piotr Wilk", [role])
    [cands] = affiliation_candidates(ctx, [person], [biuro, parent])
    by_name = {c.name: c for c in cands}
    assert by_name["Biuro ZPR"].sources[0].startswith("role") and by_name["Biuro ZPR"].by_rules
    assert "parent" in by_name["Związek Powiatów Rolnych"].sources
    assert by_name["Biuro ZPR"].relation.side == "before"
    assert is_department("Biuro ZPR") and not is_department("Związek Powiatów Rolnych")
    f = affiliation_features(person, by_name["Biuro ZPR"], cands, Event(), 1)
    assert f["department"] == 1.0 and f["src=role"] == 1.0 and f["link=title"] == 1.0


def _toy(feature: str, threshold: float = 0.6) -> KeepModel:
    """Keeps what has `feature` (P about 0.95), everything else at P 0.5."""
    return KeepModel(LinearModel(("drop", "keep"), {feature: (-1.5, 1.5)}, (0.0, 0.0)), threshold)


def test_a_toy_model_keeps_one_organization_per_person(ctx_for) -> None:
    ctx = ctx_for(DEPARTMENT)
    biuro = _org(ctx, "Biuro ZPR", ["Biura ZPR"])
    parent = _org(ctx, "Związek Powiatów Rolnych", ["Związek Powiatów Rolnych"], acronym="ZPR")
    role = Role(title="dyrektor", organization="Biuro ZPR", mention=_mention(ctx, "dyrektor"))
    person = _person(ctx, "Piotr Wilk", [role], affiliation="Biuro ZPR")
    with recording(models=False) as decisions:
        decide_affiliations(ctx, [person], [biuro, parent], Event(), model=_toy("src=parent"))
    assert person.roles[0].title == "dyrektor" and person.roles[0].organization is None
    assert person.affiliation == "Związek Powiatów Rolnych"
    assert {parse_key(d.key)[1] for d in decisions} == {"Biuro ZPR", "Związek Powiatów Rolnych"}
    assert next(d for d in decisions if parse_key(d.key)[1] == "Biuro ZPR").rule == "yes"
    person = _person(ctx, "Piotr Wilk", [role.model_copy()], affiliation="Biuro ZPR")
    decide_affiliations(ctx, [person], [biuro, parent], Event(), model=_toy("src=nothing"))
    assert person.roles[0].organization is None and person.affiliation is None  # nothing reaches 0.6


def test_apply_choice_keeps_a_rules_organization_where_it_was() -> None:
    person = Person(name="Anna Lipa", roles=[Role(title="prezes", organization="Klub Borowo")], affiliation="Gmina Borowo")
    from pipeline.learned.affiliation_candidates import AffiliationCandidate

    apply_choice(person, AffiliationCandidate("Klub Borowo", ["role:role_title"]))
    assert person.roles[0].organization == "Klub Borowo" and person.affiliation is None


def test_without_a_model_the_rules_organizations_stand(ctx_for, monkeypatch) -> None:
    from pipeline.learned import affiliations

    ctx = ctx_for(PAREN)
    org = _org(ctx, "Fundacja Zielona Dolina", ["Fundacja Zielona Dolina"])
    person = _person(ctx, "Jan Kowalik", affiliation="Gmina Borowo")
    monkeypatch.setattr(affiliations, "affiliation_model", lambda: None)
    decide_affiliations(ctx, [person], [org], Event())
    assert person.affiliation == "Gmina Borowo"
    monkeypatch.setattr(affiliations, "affiliation_model", lambda: _toy("src=near"))
    with recording(models=False) as decisions:  # `--rules-only` and the trainers: the rules, recorded
        decide_affiliations(ctx, [person], [org], Event())
    assert person.affiliation == "Gmina Borowo" and len(decisions) == 2


def _cand(person: str, org: str, rule: bool, label: bool, feature: str) -> at.Candidate:
    return at.Candidate(person, org, {feature: 1.0}, rule, label, True)


def test_field_counts_score_pairs_one_organization_per_person() -> None:
    page = at.AffiliationPage("001", "a.pl", frozenset({("anna lipa", "klub"), ("jan mak", "gmina")}),
                              (_cand("anna lipa", "biuro", True, False, "a"), _cand("anna lipa", "klub", False, True, "b")))
    assert at.field_counts([page], None, 0.5) == (0, 1, 2)  # the rules: one wrong, two never found
    assert at.field_counts([page], {"001": [0.6, 0.9]}, 0.5) == (1, 0, 1)  # one per person: the better
    assert at.field_counts([page], {"001": [0.2, 0.3]}, 0.5) == (0, 0, 2)


def test_cross_validation_learns_the_right_organization_with_a_standard_error() -> None:
    pages = [at.AffiliationPage(f"{i:03d}", f"s{i}.pl", frozenset({("anna lipa", "klub")}),
                                (_cand("anna lipa", "biuro", True, False, "src=role"),
                                 _cand("anna lipa", "klub", False, True, "src=near"))) for i in range(30)]
    result = at.cross_validate_affiliations(pages, l2s=(0.3,), thresholds=(0.5,))
    best = result["best"]
    assert result["rules_f1"] == 0.0 and best["cv_f1"] == 1.0 and result["reachable"] == 30
    assert best["fold_diff"] == 1.0 and best["fold_se"] == 0.0


def test_the_train_command_fits_affiliations_on_a_tiny_card_set(tmp_path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    texts, cards = tmp_path / "texts", tmp_path / "cards"
    texts.mkdir()
    cards.mkdir()
    sentences = ["Spotkanie otworzyła prezes Fundacji Zielona Dolina Anna Lipa.",
                 "Zajęcia poprowadził Piotr Wilk ze Stowarzyszenia Borowe Pole."]
    orgs = ["Fundacja Zielona Dolina", "Stowarzyszenie Borowe Pole"]
    ids = [f"{i:03d}" for i in range(1, 7)]
    for i, page in enumerate(ids):
        (texts / f"{page}.txt").write_text(sentences[i % 2] + "\n", encoding="utf-8")
        name = "Anna Lipa" if i % 2 == 0 else "Piotr Wilk"
        card = {"site": f"site{i}.pl", "people": [{"name": name, "organization": orgs[i % 2]}],
                "organizations": [{"name": orgs[i % 2]}]}
        (cards / f"{page}.json").write_text(json.dumps(card), encoding="utf-8")
    (cards / "split.json").write_text(json.dumps({"dev": ids, "test": []}), encoding="utf-8")
    monkeypatch.setenv("PL_EVENTS_REAL_TEXTS", str(texts))
    runner = CliRunner()
    out = tmp_path / "affiliations.json"
    result = runner.invoke(app, ["train", "affiliations", str(cards), "--l2", "1", "--cv", "2", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "rules F1" in result.output and "site-CV F1" in result.output and "standard error" in result.output
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["classes"] == ["drop", "keep"] and 0 < model["threshold"] < 1
    assert runner.invoke(app, ["train", "affiliations", str(cards), "--split", "test"]).exit_code == 2


def test_a_new_organization_needs_the_higher_threshold() -> None:
    from pipeline.learned.affiliation_candidates import AffiliationCandidate
    from pipeline.learned.affiliations import choose

    rule, near = AffiliationCandidate("Klub Borowo", ["affiliation"]), AffiliationCandidate("Gmina Borowo", ["near"])
    assert choose([rule, near], [0.35, 0.55], 0.3, 0.6) is rule  # the new one is likelier but below its own bar
    assert choose([rule, near], [0.35, 0.65], 0.3, 0.6) is near
    assert choose([rule, near], [0.25, 0.55], 0.3, 0.6) is None
    page = at.AffiliationPage("001", "a.pl", frozenset({("anna lipa", "klub")}),
                              (_cand("anna lipa", "biuro", True, False, "a"), _cand("anna lipa", "klub", False, True, "b")))
    assert at.field_counts([page], {"001": [0.35, 0.55]}, 0.3, 0.6) == (0, 1, 1)
    assert at.field_counts([page], {"001": [0.35, 0.65]}, 0.3, 0.6) == (1, 0, 0)
