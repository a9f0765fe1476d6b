"""The keep/drop filter of organizations and places: features read from invented sentences, a toy model
dropping what it rejects but never the organizer, and everything kept without a model or with models off."""

from __future__ import annotations

from pipeline.learned.linear import KeepModel, LinearModel
from pipeline.learned.recording import recording
from pipeline.learned.span_features import head_kind, organization_features, place_features
from pipeline.learned.span_filter import filter_organizations, filter_places
from pipeline.models import Event, Organization, Place

TEXT = ("Warsztaty zorganizowało Stowarzyszenie Zielona Dolina.\n"
        "Spotkanie odbyło się w Lipnicy, w sali Gminnego Ośrodka Kultury.\n"
        "Projekt współfinansowany ze środków Fundacji Jasny Brzeg oraz Centrum Edukacyjno.\n")


def _org(ctx, name: str, surface: str) -> Organization:
    start = ctx.text.index(surface)
    return Organization(name=name, mentions=[ctx.mention(start, start + len(surface), "extract.organizations", 0.8,
                                                         "institution_phrase")])


def _place(ctx, name: str, surface: str, kind: str = "locality") -> Place:
    start = ctx.text.index(surface)
    return Place(name=name, kind=kind, mentions=[ctx.mention(start, start + len(surface), "extract.places", 0.8,
                                                             "geographic_name")])


def test_head_kinds_come_from_the_lexicon_and_the_dictionary() -> None:
    assert head_kind("Stowarzyszenie Zielona Dolina") == "org_head"
    assert head_kind("ZDL", "ZDL") == "acronym"
    assert head_kind("Zamek w Borowie") == "venue_head"


def test_organization_features_read_rules_layout_funding_and_form(ctx_for) -> None:
    ctx = ctx_for(TEXT)
    funder = _org(ctx, "Fundacja Jasny Brzeg", "Fundacji Jasny Brzeg")
    cut = _org(ctx, "Centrum Edukacyjno", "Centrum Edukacyjno")
    host = _org(ctx, "Stowarzyszenie Zielona Dolina", "Stowarzyszenie Zielona Dolina")
    event = Event(organizer="Stowarzyszenie Zielona Dolina")
    f = organization_features(ctx, funder, event, [], [], [funder, cut, host])
    assert f["src=organizations:institution_phrase"] == 1.0 and f["kind=org_head"] == 1.0
    assert f["head=fundacja"] == 1.0 and f["only_funding"] == 1.0 and f["tie=none"] == 1.0
    assert f["L:środek"] == 1.0  # the lemma of "środków", never the inflected form
    assert f["mentions=1"] == 1.0 and f["words=3"] == 1.0
    assert organization_features(ctx, cut, event, [], [], [funder, cut, host]).get("ends_cut") == 1.0
    assert organization_features(ctx, host, event, [])["tie=organizer"] == 1.0


def test_place_features_read_the_preposition_and_the_names_around(ctx_for) -> None:
    ctx = ctx_for(TEXT)
    town = _place(ctx, "Lipnica", "Lipnicy")
    f = place_features(ctx, town, [], Event(), [town])
    assert f["kind=locality"] == 1.0 and f["prep=w"] == 1.0 and f["gov=w"] == 1.0
    assert f["V:odbyć"] == 1.0
    assert not any(k.startswith("head=") for k in f)  # a town's own name is no feature


def _toy(feature: str) -> KeepModel:
    """Drops whatever has `feature`, keeps the rest."""
    return KeepModel(LinearModel(("drop", "keep"), {feature: (3.0, -3.0)}, (0.0, 1.0)), threshold=0.5)


def test_a_toy_model_drops_what_it_rejects_but_never_the_organizer(ctx_for) -> None:
    ctx = ctx_for(TEXT)
    funder = _org(ctx, "Fundacja Jasny Brzeg", "Fundacji Jasny Brzeg")
    host = _org(ctx, "Stowarzyszenie Zielona Dolina", "Stowarzyszenie Zielona Dolina")
    event = Event(organizer=host.name)
    with recording(models=False) as decisions:
        kept = filter_organizations(ctx, [funder, host], event, [], [], model=_toy("kind=org_head"))
    assert [o.name for o in kept] == ["Stowarzyszenie Zielona Dolina"]
    assert [(d.task, d.key) for d in decisions] == [("organization", "Fundacja Jasny Brzeg")]  # the organizer: no decision
    town = _place(ctx, "Lipnica", "Lipnicy")
    assert filter_places(ctx, [town], [funder, host], event, model=_toy("prep=w")) == []
    assert filter_places(ctx, [town], [funder, host], event, model=_toy("prep=na")) == [town]


def test_with_models_off_everything_is_kept(ctx_for, monkeypatch) -> None:
    from pipeline.learned import span_filter

    ctx = ctx_for(TEXT)
    funder = _org(ctx, "Fundacja Jasny Brzeg", "Fundacji Jasny Brzeg")
    monkeypatch.setattr(span_filter, "filter_model", lambda path: _toy("kind=org_head"))
    with recording(models=False) as decisions:
        assert filter_organizations(ctx, [funder], Event(), [], []) == [funder]
    assert decisions[0].chosen == "1.0000"
    assert filter_organizations(ctx, [funder], Event(), [], []) == []  # models on: the (toy) file decides


def test_without_a_model_file_everything_is_kept(ctx_for, tmp_path, monkeypatch) -> None:
    from pipeline.learned import span_filter

    monkeypatch.setitem(span_filter.MODEL_PATHS, "place", tmp_path / "none.json")
    assert span_filter.filter_model(tmp_path / "none.json") is None
    ctx = ctx_for(TEXT)
    town = _place(ctx, "Lipnica", "Lipnicy")
    assert filter_places(ctx, [town], [], Event()) == [town]


def test_the_pipeline_records_organization_and_place_decisions(extractor) -> None:
    with recording(models=False) as decisions:
        report = extractor.extract(TEXT)
    tasks = {d.task for d in decisions}
    assert {"organization", "place"} & tasks
    decided = {d.key for d in decisions if d.task == "organization"}
    assert decided <= {o.name for o in report.organizations}


def test_the_shipped_organization_filter_loads() -> None:
    from pipeline.learned.span_filter import MODEL_PATHS, filter_model

    model = filter_model(MODEL_PATHS["organization"])
    assert model is not None and 0 < model.threshold < 1 and model.scorer.classes == ("drop", "keep")
    places = filter_model(MODEL_PATHS["place"])  # decides regions only: the kind where it beat the rules
    assert places is not None and places.kinds == {"region"} and 0 < places.threshold < 1


def test_a_place_filter_of_some_kinds_keeps_the_other_kinds_undecided(ctx_for) -> None:
    ctx = ctx_for(TEXT)
    town = _place(ctx, "Lipnica", "Lipnicy")
    only_regions = KeepModel(_toy("prep=w").scorer, 0.5, frozenset({"region"}))
    with recording(models=False) as decisions:
        assert filter_places(ctx, [town], [], Event(), model=only_regions) == [town]
    assert decisions == []  # not decided, not recorded
    assert KeepModel.from_json({**_toy("x").scorer.to_json(), "threshold": 0.4, "kinds": ["region"]}).kinds == {"region"}


def test_a_region_a_motion_verb_governs_is_kept_whatever_the_model_says(ctx_for) -> None:
    ctx = ctx_for("Rajd przejechał w sobotę przez Pomorze i Mazury.\nO Mazurach rozmawiano na Pomorzu.\n")
    pomorze = _place(ctx, "Pomorze", "Pomorze", "region")
    mazury = _place(ctx, "Mazury", "Mazury", "region")
    drop_all = _toy("kind=region")
    assert filter_places(ctx, [pomorze, mazury], [], Event(), model=drop_all) == [pomorze, mazury]
    topic = _place(ctx, "Mazury", "Mazurach", "region")
    host = _place(ctx, "Pomorze", "Pomorzu", "region")  # "rozmawiano na Pomorzu": no motion
    assert filter_places(ctx, [topic, host], [], Event(), model=drop_all) == []


def test_a_body_named_by_a_label_line_is_kept_whatever_the_model(ctx_for) -> None:
    """"Patronat medialny: X" states the body's part in the event, as the record's references do; the same name in
    a sentence is still the model's to drop."""
    ctx = ctx_for("Festyn odbył się w niedzielę.\nPatronat medialny: Radio Dębina\nW sobotę Fundacja Sowa gościła dzieci.")
    patron = _org(ctx, "Radio Dębina", "Radio Dębina")
    host = _org(ctx, "Fundacja Sowa", "Fundacja Sowa")
    with recording(models=False):
        kept = filter_organizations(ctx, [patron, host], Event(), [], [], model=_toy("kind=org_head"))
    assert [o.name for o in kept] == ["Radio Dębina"]
