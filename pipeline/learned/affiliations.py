"""A person's organization, decided by a linear model over the rules' organizations and the organizations named
near the person (`pipeline.learned.affiliation_candidates`).

The cards give a person at most one organization, so the decision keeps at most one per person: the most
probable candidate among those reaching their threshold, one for the rules' organizations and a higher one for
an organization the rules did not attach (`threshold` and `new_threshold` of `pipeline/data/affiliation_model.json`,
trained by `pl-events train affiliations`). The kept organization stays where the rules put it (a title's organization,
the affiliation); a new one becomes the affiliation; the other organizations are taken off the person (titles
stay, with no organization). Without the file, or with the models off (`evaluate --rules-only`, the trainers),
the rules' organizations stand unchanged.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from pipeline.learned.affiliation_candidates import AffiliationCandidate, affiliation_candidates
from pipeline.learned.affiliation_features import affiliation_features
from pipeline.learned.linear import KeepModel
from pipeline.learned.recording import Decision, models_on, record, recording_active
from pipeline.match_key import norm
from pipeline.models import Event, Organization, Person
from pipeline.text.context import Context

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "affiliation_model.json"
TASK = "affiliation"


@lru_cache(maxsize=4)
def affiliation_model(path: Path = MODEL_PATH) -> KeepModel | None:
    return KeepModel.load(path)


@lru_cache(maxsize=4)
def new_threshold(path: Path = MODEL_PATH) -> float | None:
    """The least P(keep) of an organization the rules did not attach (the file's `new_threshold`)."""
    if not path.is_file():
        return None
    value = json.loads(path.read_text(encoding="utf-8")).get("new_threshold")
    return None if value is None else float(value)


def decision_key(person: str, organization: str) -> str:
    """What a recorded decision is about: the person and the organization (the trainer reads them back)."""
    return f"{person}\t{organization}"


def parse_key(key: str) -> tuple[str, str]:
    person, organization = key.split("\t")
    return person, organization


def choose(candidates: list[AffiliationCandidate], probabilities: list[float], threshold: float,
           new: float | None = None) -> AffiliationCandidate | None:
    """The most probable candidate reaching its threshold (`threshold` for the rules' organizations, `new` for the
    others, `threshold` when None); the first on ties."""
    best: tuple[float, AffiliationCandidate] | None = None
    for cand, p in zip(candidates, probabilities, strict=True):
        least = threshold if cand.by_rules or new is None else new
        if p >= least and (best is None or p > best[0]):
            best = (p, cand)
    return best[1] if best else None


def apply_choice(person: Person, chosen: AffiliationCandidate | None) -> None:
    """Leave the person only the chosen organization: where the rules put it, else as the affiliation."""
    key = norm(chosen.name) if chosen is not None else None
    kept = False
    for role in person.roles:
        if role.organization and norm(role.organization) == key:
            kept = True
        else:
            role.organization = None
    if person.affiliation and norm(person.affiliation) == key:
        kept = True
    else:
        person.affiliation = None
    if chosen is not None and not kept:
        person.affiliation = chosen.name


def decide_affiliations(ctx: Context, people: list[Person], organizations: list[Organization], event: Event,
                        model: KeepModel | None = None, new: float | None = None) -> None:
    """Set each person's organization to the model's choice (recorded per candidate, `chosen` its P(keep))."""
    if model is None and models_on():
        model, new = affiliation_model(), new_threshold()
    if model is None and not recording_active():
        return
    all_cands = affiliation_candidates(ctx, people, organizations)
    shared: dict[str, int] = {}
    for cands in all_cands:
        for c in cands:
            shared[norm(c.name)] = shared.get(norm(c.name), 0) + 1  # type: ignore[index]
    for person, candidates in zip(people, all_cands, strict=True):
        if not candidates:
            continue
        probabilities = []
        for cand in candidates:
            features = affiliation_features(person, cand, candidates, event, shared[norm(cand.name)])  # type: ignore[index]
            p = 1.0 if model is None else model.keep_probability(features)
            probabilities.append(p)
            record(Decision(TASK, decision_key(person.name, cand.name), features,
                            "yes" if cand.by_rules else "no", f"{p:.4f}"))
        if model is not None:
            apply_choice(person, choose(candidates, probabilities, model.threshold, new))
