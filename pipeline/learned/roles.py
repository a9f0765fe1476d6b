"""A person's titles, decided by a linear model over the rules' titles, their extent variants and the title
nouns in apposition to the name (`pipeline.learned.role_candidates`).

The model file (`pipeline/data/role_model.json`, trained by `pl-events train roles` on the dev half of the
real-page cards) gives P(keep) of each candidate; per extent group the most probable candidate is kept when
it reaches the file's threshold. Without the file, or with the models off (`evaluate --rules-only`, the
trainers), the rules' titles stand unchanged. A dropped title's organization stays the person's affiliation
when they have none, so the person's organization is not lost with the title.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.extract.role_predicative import PREDICATE_RULE
from pipeline.learned.linear import KeepModel
from pipeline.learned.recording import Decision, models_on, record, recording_active
from pipeline.learned.role_candidates import RoleCandidate, role_candidates
from pipeline.learned.role_features import role_features
from pipeline.models import Person, Role
from pipeline.text.context import Context

#: Rules whose titles the text states outright ("Kierownikiem Rajdu była X"): the model picks their extent but does
#: not drop them. The training pages have too few such sentences to teach it, and its weights for a title's head
#: ("kierownik" as a bare job word on real pages) would otherwise outvote the sentence's own statement.
STATED_RULES = frozenset({PREDICATE_RULE})
MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "role_model.json"
TASK = "role"


@lru_cache(maxsize=4)
def role_model(path: Path = MODEL_PATH) -> KeepModel | None:
    return KeepModel.load(path)


def decision_key(person: str, group: int, title: str) -> str:
    """What a recorded decision is about: the person, the extent group and the title (the trainer reads them back)."""
    return f"{person}\t{group}\t{title}"


def parse_key(key: str) -> tuple[str, int, str]:
    person, group, title = key.split("\t")
    return person, int(group), title


def choose(candidates: list[RoleCandidate], probabilities: list[float], threshold: float) -> list[RoleCandidate]:
    """Per extent group, the most probable candidate when it reaches the threshold (groups in order)."""
    best: dict[int, tuple[float, RoleCandidate]] = {}
    for cand, p in zip(candidates, probabilities, strict=True):
        if p >= threshold and (cand.group not in best or p > best[cand.group][0]):
            best[cand.group] = (p, cand)
    return [best[g][1] for g in sorted(best)]


def decide_roles(ctx: Context, people: list[Person], model: KeepModel | None = None) -> None:
    """Set each person's titles to the model's choice (recorded per candidate, `chosen` its P(keep))."""
    model = model or (role_model() if models_on() else None)
    if model is None and not recording_active():
        return
    for person in people:
        candidates = role_candidates(ctx, person)
        if not candidates:
            continue
        probabilities = []
        for cand in candidates:
            features = role_features(ctx, person, cand, candidates)
            p = 1.0 if model is None else model.keep_probability(features)
            probabilities.append(p)
            record(Decision(TASK, decision_key(person.name, cand.group, cand.title), features,
                            "yes" if cand.source == "rule" else "no", f"{p:.4f}"))
        if model is None:
            continue
        chosen = choose(candidates, probabilities, model.threshold)
        chosen += [c for c in candidates if c.source == "rule" and c.rule in STATED_RULES
                   and not any(k.group == c.group for k in chosen)]
        kept: list[Role] = [r for c in sorted(chosen, key=lambda c: c.group) for r in c.roles]
        if person.affiliation is None:
            dropped = [r.organization for r in person.roles if r.organization and
                       not any(k.organization == r.organization for k in kept)]
            person.affiliation = dropped[0] if dropped else None
        person.roles = kept
