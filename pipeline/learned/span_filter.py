"""Keep or drop each organization and place the rules propose, by a linear model over its evidence.

The rules find names; whether a name is one the report states as a fact of the event (its organizations,
its places) is a judgement across the whole page, which hand rules moved little on unseen sites. The models
(`pipeline/data/org_filter_model.json`, `place_filter_model.json`, trained by `pl-events train orgs|places`
on the dev half of the real-page cards) give P(keep); a candidate is dropped when it falls under the
threshold stored in the file. Without a file, or with the models switched off (`evaluate --rules-only`,
the trainers), everything is kept: the rules alone stay a working system. Organizations the record
refers to elsewhere (the organizer, a co-organizer, a person's organization), and the bodies a
label line names ("Patronat medialny: X"), are always kept.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.learned.linear import Features, KeepModel
from pipeline.learned.place_protection import protected_place
from pipeline.learned.recording import Decision, models_on, record, recording_active
from pipeline.learned.span_features import organization_features, place_features, protected_organization
from pipeline.models import Event, Organization, Person, Place
from pipeline.ner.org_labels import label_value_at
from pipeline.text.context import Context

DATA = Path(__file__).resolve().parents[1] / "data"
MODEL_PATHS = {"organization": DATA / "org_filter_model.json", "place": DATA / "place_filter_model.json"}


@lru_cache(maxsize=8)
def filter_model(path: Path) -> KeepModel | None:
    return KeepModel.load(path)


def _model_for(task: str) -> KeepModel | None:
    return filter_model(MODEL_PATHS[task]) if models_on() else None


def _idle(task: str, model: KeepModel | None) -> bool:
    """Nothing to decide and nobody recording: the features of every candidate need not be computed."""
    return model is None and _model_for(task) is None and not recording_active()


def decide(task: str, name: str, features: Features, model: KeepModel | None = None) -> bool:
    """Keep (True) or drop one candidate of `task` ("organization" | "place"); records the decision, its
    `chosen` the model's P(keep) ("1" without a model)."""
    model = model or _model_for(task)
    p = 1.0 if model is None else model.keep_probability(features)
    keep = model is None or p >= model.threshold
    record(Decision(task, name, features, "yes", f"{p:.4f}"))
    return keep


def filter_organizations(ctx: Context, organizations: list[Organization], event: Event, people: list[Person],
                         places: list[Place], model: KeepModel | None = None) -> list[Organization]:
    """The organizations the model keeps; the record's referenced ones always (not recorded: nothing to learn)."""
    if _idle("organization", model):
        return organizations
    out = []
    for org in organizations:
        if protected_organization(org, event, people) is not None or _labelled(ctx, org):
            out.append(org)
        elif decide("organization", org.name, organization_features(ctx, org, event, people, places, organizations),
                    model):
            out.append(org)
    return out


def _labelled(ctx: Context, org: Organization) -> bool:
    """A body a label line of the report names ("Patronat medialny: X", "Sponsor: X"): the label states its part in
    the event, as the record's references do; a label in the page's furniture (a site-wide partners' footer) does not."""
    return any(label_value_at(ctx.norm, m.start) and not ctx.furniture_at(m.start) for m in org.mentions)


def filter_places(ctx: Context, places: list[Place], organizations: list[Organization], event: Event,
                  model: KeepModel | None = None) -> list[Place]:
    """The places the model keeps; places of kinds the model does not decide, and regions a motion verb governs
    (`protected_place`), are kept (and not recorded)."""
    if _idle("place", model):
        return places
    model = model or _model_for("place")
    kinds = model.kinds if model is not None else None
    return [p for p in places if kinds is not None and p.kind not in kinds or protected_place(ctx, p)
            or decide("place", p.name, place_features(ctx, p, organizations, event, places), model)]
