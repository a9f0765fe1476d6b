"""The learned roles decision: candidates and features on invented sentences, a toy model choosing one reading
per extent group, the rules' titles unchanged without a model, the trainer's field counts and
`pl-events train roles` on a tiny invented card set."""

from __future__ import annotations

import json

from pipeline.learned import role_training as rt
from pipeline.learned.linear import KeepModel, LinearModel
from pipeline.learned.recording import recording
from pipeline.learned.role_candidates import role_candidates, word_kind
from pipeline.learned.role_features import role_features
from pipeline.learned.roles import decide_roles, parse_key
from pipeline.models import Person, Role
from pipeline.text.morphology import analyse

DEPUTY = "Spotkanie otworzył Zastępca Prezesa Zarządu Jan Kowalik, a potem głos zabrali goście.\n"
RETIRED = "Gościem była główna koordynatorka projektu Anna Lipa, psycholog z Borowa.\n"
TRAINER = "Zajęcia poprowadził trener Piotr Wilk.\n"


def _person(ctx, name: str, surface: str, titles: list[tuple[str, str]], organization: str | None = None) -> Person:
    start = ctx.text.index(surface)
    roles = []
    for title, written in titles:
        at = ctx.text.index(written)
        roles.append(Role(title=title, organization=organization,
                          mention=ctx.mention(at, at + len(written), "extract.people", 0.75, "role_title")))
    return Person(name=name, mentions=[ctx.mention(start, start + len(surface), "extract.people", 0.85, "x")],
                  roles=roles, part="guest")


def test_word_kinds_read_the_lemma_and_the_lexicons() -> None:
    assert word_kind("Zarządu", analyse("Zarządu"))[1] in ("unit", "org_head", "noun")
    assert word_kind("wydziału", analyse("wydziału")) == ("wydział", "unit")
    assert word_kind("ds.", ()) == ("ds.", "ds")
    assert word_kind("lokalnego", analyse("lokalnego")) == ("lokalny", "adj")


def test_candidates_cut_and_extend_a_title_written_out(ctx_for) -> None:
    ctx = ctx_for(DEPUTY)
    person = _person(ctx, "Jan Kowalik", "Jan Kowalik", [("zastępca prezesa", "Zastępca Prezesa")])
    cands = {c.title: c for c in role_candidates(ctx, person)}
    assert cands["zastępca prezesa"].source == "rule"
    assert cands["zastępca"].source == "shorter" and cands["zastępca"].roles[0].mention.text == "Zastępca"
    longer = cands["zastępca prezesa zarządu"]
    assert longer.source == "longer" and longer.roles[0].mention.text == "Zastępca Prezesa Zarządu"
    assert {c.group for c in cands.values()} == {0}  # one extent group: at most one of them is kept
    assert "zastępca prezesa zarządu jan" not in cands  # a name ends the reading


def test_candidates_take_an_agreeing_adjective_and_an_apposition_noun(ctx_for) -> None:
    ctx = ctx_for(RETIRED)
    person = _person(ctx, "Anna Lipa", "Anna Lipa", [("koordynator", "koordynatorka")])
    cands = {c.title: c for c in role_candidates(ctx, person)}
    assert cands["główny koordynator"].source == "longer_left"
    assert cands["koordynator projektu"].source == "longer"
    assert cands["psycholog"].source == "apposition" and cands["psycholog"].position == "after"
    assert cands["psycholog"].group != cands["koordynator"].group
    f = role_features(ctx, person, cands["koordynator projektu"], list(cands.values()))
    assert f["src=longer"] == 1.0 and f["longer:lemma=projekt"] == 1.0 and f["head=koordynator"] == 1.0
    assert f["head_kind=staff"] == 1.0 and f["part=guest"] == 1.0
    assert not any("projektu" in k for k in f)  # lemmas, never the inflected form


def test_a_title_noun_before_the_name_is_a_candidate(ctx_for) -> None:
    ctx = ctx_for(TRAINER)
    person = _person(ctx, "Piotr Wilk", "Piotr Wilk", [])
    cands = role_candidates(ctx, person)
    assert [(c.title, c.source, c.position) for c in cands] == [("trener", "apposition", "before")]
    assert cands[0].roles[0].mention.text == "trener"


def _toy(feature: str, threshold: float = 0.6) -> KeepModel:
    """Keeps what has `feature` (P about 0.95), everything else at P 0.5."""
    return KeepModel(LinearModel(("drop", "keep"), {feature: (-1.5, 1.5)}, (0.0, 0.0)), threshold)


def test_a_toy_model_keeps_one_reading_per_group(ctx_for) -> None:
    ctx = ctx_for(DEPUTY)
    person = _person(ctx, "Jan Kowalik", "Jan Kowalik", [("zastępca prezesa", "Zastępca Prezesa")])
    with recording(models=False) as decisions:
        decide_roles(ctx, [person], model=_toy("src=longer"))
    assert [r.title for r in person.roles] == ["zastępca prezesa zarządu"]
    assert {parse_key(d.key)[2] for d in decisions} >= {"zastępca prezesa", "zastępca", "zastępca prezesa zarządu"}
    rule = next(d for d in decisions if parse_key(d.key)[2] == "zastępca prezesa")
    assert rule.rule == "yes" and rule.chosen == "0.5000"


def test_a_dropped_title_leaves_its_organization_as_the_affiliation(ctx_for) -> None:
    ctx = ctx_for(TRAINER)
    person = _person(ctx, "Piotr Wilk", "Piotr Wilk", [("trener", "trener")], organization="Klub Borowo")
    decide_roles(ctx, [person], model=_toy("src=nothing"))
    assert person.roles == [] and person.affiliation == "Klub Borowo"


def test_without_a_model_the_rules_titles_stand(ctx_for, monkeypatch) -> None:
    from pipeline.learned import roles

    ctx = ctx_for(DEPUTY)
    person = _person(ctx, "Jan Kowalik", "Jan Kowalik", [("zastępca prezesa", "Zastępca Prezesa")])
    monkeypatch.setattr(roles, "role_model", lambda: None)
    decide_roles(ctx, [person])
    assert [r.title for r in person.roles] == ["zastępca prezesa"]
    monkeypatch.setattr(roles, "role_model", lambda: _toy("src=longer"))
    with recording(models=False) as decisions:  # `--rules-only` and the trainers: the rules, recorded
        decide_roles(ctx, [person])
    assert [r.title for r in person.roles] == ["zastępca prezesa"] and decisions


def _cand(person: str, group: int, title: str, rule: bool, label: bool, feature: str) -> rt.Candidate:
    return rt.Candidate(person, group, title, {feature: 1.0}, rule, label, True)


def test_field_counts_score_pairs_and_the_policy_one_per_group() -> None:
    page = rt.RolePage("001", "a.pl", frozenset({("anna lipa", "dyrektor"), ("jan mak", "trener")}),
                       (_cand("anna lipa", 0, "dyrektor szkoły", True, False, "a"),
                        _cand("anna lipa", 0, "dyrektor", False, True, "b")))
    assert rt.field_counts([page], None, 0.5) == (0, 1, 2)  # the rules: one wrong, two never found
    assert rt.field_counts([page], {"001": [0.6, 0.9]}, 0.5) == (1, 0, 1)  # one per group: the better
    assert rt.field_counts([page], {"001": [0.2, 0.3]}, 0.5) == (0, 0, 2)


def test_cross_validation_learns_the_right_reading() -> None:
    pages = [rt.RolePage(f"{i:03d}", f"s{i}.pl", frozenset({("anna lipa", "dyrektor")}),
                         (_cand("anna lipa", 0, "dyrektor szkoły", True, False, "src=rule"),
                          _cand("anna lipa", 0, "dyrektor", False, True, "src=shorter"))) for i in range(30)]
    result = rt.cross_validate_roles(pages, l2s=(0.3,), thresholds=(0.5,))
    assert result["rules_f1"] == 0.0 and result["best"]["cv_f1"] == 1.0 and result["reachable"] == 30


def test_the_train_command_fits_roles_on_a_tiny_card_set(tmp_path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    texts, cards = tmp_path / "texts", tmp_path / "cards"
    texts.mkdir()
    cards.mkdir()
    sentences = ["Spotkanie otworzyła prezes Fundacji Zielona Dolina Anna Lipa.",
                 "Zajęcia poprowadził trener Piotr Wilk z Borowa."]
    ids = [f"{i:03d}" for i in range(1, 7)]
    for i, page in enumerate(ids):
        (texts / f"{page}.txt").write_text(sentences[i % 2] + "\n", encoding="utf-8")
        person = {"name": "Anna Lipa", "roles": ["prezes"]} if i % 2 == 0 else {"name": "Piotr Wilk", "roles": ["trener"]}
        (cards / f"{page}.json").write_text(json.dumps({"site": f"site{i}.pl", "people": [person]}), encoding="utf-8")
    (cards / "split.json").write_text(json.dumps({"dev": ids, "test": []}), encoding="utf-8")
    monkeypatch.setenv("PL_EVENTS_REAL_TEXTS", str(texts))
    runner = CliRunner()
    out = tmp_path / "roles.json"
    result = runner.invoke(app, ["train", "roles", str(cards), "--l2", "1", "--cv", "2", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "rules F1" in result.output and "site-CV F1" in result.output
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["classes"] == ["drop", "keep"] and 0 < model["threshold"] < 1
    assert runner.invoke(app, ["train", "roles", str(cards), "--split", "test"]).exit_code == 2


def test_a_title_agreeing_in_case_with_the_name_is_told_apart(extractor) -> None:
    """`agree=` says whether the title's first word shares a case with the nearest mention of the name: an apposition
    ("dyrektora Jana Kosa", both genitive) agrees, a nominative title before a genitive name does not."""
    from pipeline.learned.role_features import _case_agreement

    text = "Podziękowania dla dyrektora Jana Kosa."
    person = extractor.extract(text).people[0]
    start = text.index("dyrektora")
    assert _case_agreement(person, "dyrektora", start) == "yes"
    assert _case_agreement(person, "dyrektor", start) == "no"
    assert _case_agreement(person, "", start) == "unknown"
