"""The organizer, re-ranked by a linear model over the organizations the report names.

The rules (`pipeline.resolve_organizer`) pick the organizer from cue phrases, owners and hosts; they
say nothing on many pages that still name their organizer plainly, and they were written from a few
hundred pages. The model scores every named organization as the organizer from the rules' pick, the
cue score of its mentions, where it stands and the words around it, and overrides the rules only
where the rules' own cue is of a kind the model file does not keep (`OrganizerModel`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.extract.organizations import organizer_score
from pipeline.learned.context_features import around, bucket
from pipeline.learned.linear import LinearModel
from pipeline.learned.recording import Decision, models_on, record
from pipeline.lexicon.titles import HEAD_TITLES
from pipeline.models import Event, Organization, Person
from pipeline.text.context import Context

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "organizer_model.json"


@dataclass(frozen=True)
class OrganizerModel:
    """The scorer, and when it may decide: the rules' organizer stands when their cue strength
    (`cue_strength`) is in `keep`; otherwise the best-scored organization becomes the organizer when its
    probability reaches `adopt`, and else there is none."""

    scorer: LinearModel
    keep: frozenset[str]
    adopt: float

    @classmethod
    def from_json(cls, data: dict) -> OrganizerModel:
        return cls(LinearModel.from_json(data), frozenset(data["keep"]), float(data["adopt"]))


@lru_cache(maxsize=4)
def organizer_model(path: Path = MODEL_PATH) -> OrganizerModel | None:
    return OrganizerModel.from_json(json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else None


def _picked(org: Organization, organizer: str | None) -> bool:
    return organizer is not None and (org.name == organizer or organizer.startswith(org.name + " w")
                                      or org.acronym == organizer)


def cue_strength(event: Event) -> str:
    """How the rules found their organizer, from its evidence's confidence (0.6 + 0.35 x cue score in
    `pipeline.resolve_organizer`; an organizer phrase 0.9): "strong" for an explicit phrase or organizing
    verb (score 0.85 and up), "owner" for the body whose own event it is or the writer's body (0.7-0.8),
    "weak" for hosts and the page's voice, "none" without an organizer."""
    if event.organizer is None or event.organizer_evidence is None:
        return "none"
    confidence = event.organizer_evidence.confidence
    return "strong" if confidence >= 0.897 else "owner" if confidence >= 0.845 else "weak"


def candidate_features(ctx: Context, org: Organization, rank: int, event: Event, people: list[Person],
                       candidates: int, cues: dict[str, set[str]] | None = None) -> dict[str, float]:
    """Binary features of one named organization as the event's organizer. `cues` holds what the text says
    each person did (by lower-case name): a body whose head welcomes the guests is often the host."""
    picked = _picked(org, event.organizer)
    rule = cue_strength(event)
    out: dict[str, float] = {"picked": 1.0} if picked else {f"not_picked+rule={rule}": 1.0}
    if picked:
        out[f"picked+rule={rule}"] = 1.0
    word = org.name.split()[0]
    out["head=ACRONYM" if org.name == org.acronym else f"head={word.lower()}"] = 1.0
    out[f"mentions={bucket(len(org.mentions))}"] = 1.0
    out[f"rank={min(rank, 3)}"] = 1.0
    out[f"candidates={bucket(candidates)}"] = 1.0
    if " w " in org.name or " we " in org.name:
        out["has_seat"] = 1.0
    if org.name in event.co_organizers:
        out["co_organizer"] = 1.0
    members = [p for p in people if p.affiliation == org.name or any(r.organization == org.name for r in p.roles)]
    if members:
        out["people_org"] = 1.0
    for person in members:
        head = any(r.title.split()[0] in HEAD_TITLES for r in person.roles if r.title)
        if head:
            out["member_head"] = 1.0
        for cue in (cues or {}).get(person.name.lower(), ()):
            out[f"member_cue={cue}"] = 1.0
            if head:
                out[f"head_cue={cue}"] = 1.0
    if not org.mentions:
        return out
    first = min(m.start for m in org.mentions)
    out[f"position={min(4, 5 * first // max(1, len(ctx.text)))}"] = 1.0
    if first < 200:
        out["early"] = 1.0
    score = max(organizer_score(ctx, m) for m in org.mentions)
    out[f"cue={'strong' if score >= 0.85 else 'some' if score >= 0.5 else 'weak' if score > 0 else 'none'}"] = 1.0
    for m in sorted(org.mentions, key=lambda m: m.start)[:3]:
        if ctx.text[max(0, m.start - 2):m.start].strip().endswith("("):
            out["in_parentheses"] = 1.0
        out.update(around(ctx, m.start, m.end, window=4))
    return out


def rerank_organizer(ctx: Context, event: Event, organizations: list[Organization], people: list[Person],
                     model: OrganizerModel | None = None,
                     cues: dict[str, set[str]] | None = None) -> tuple[Organization | None, float] | None:
    """(organization or None, probability) in place of the rules' choice; None keeps the rules' choice."""
    model = model or (organizer_model() if models_on() else None)
    scored = []
    for rank, org in enumerate(sorted(organizations, key=lambda o: min((m.start for m in o.mentions), default=0))):
        features = candidate_features(ctx, org, rank, event, people, len(organizations), cues)
        p = model.scorer.scores(features)["yes"] if model is not None else 0.0
        record(Decision("organizer", org.name, features, "yes" if _picked(org, event.organizer) else "no", f"{p:.4f}"))
        scored.append((p, org))
    if model is None or cue_strength(event) in model.keep:
        return None
    best_p, best = max(scored, key=lambda s: s[0], default=(0.0, None))
    if best is None or best_p < model.adopt:
        return (None, 1.0 - best_p) if event.organizer is not None else None
    return None if _picked(best, event.organizer) else (best, best_p)


def apply_rerank(ctx: Context, event: Event, organizations: list[Organization], people: list[Person],
                 cues: dict[str, set[str]] | None = None) -> None:
    """Put the model's organizer into `event` when `rerank_organizer` overrides the rules (evidence: its
    first mention, rule `learned_organizer`, the model's probability as confidence)."""
    choice = rerank_organizer(ctx, event, organizations, people, cues=cues)
    if choice is None:
        return
    org, p = choice
    if org is None:  # the rules' organizer rests on a cue the model does not trust, and it finds none
        event.organizer, event.organizer_evidence = None, None
        return
    first = min(org.mentions, key=lambda m: m.start)
    event.organizer = org.name
    event.organizer_evidence = ctx.mention(first.start, first.end, "learned.organizer", round(p, 3), "learned_organizer")
    event.co_organizers = [o for o in event.co_organizers if o != org.name]
