"""An organization name's extent, decided by a linear model over the rules' extent and its variants
(`pipeline.learned.org_extent_candidates`).

A wrong extent costs three fields at once (organizations, organizer, role organizations), and hand rules for
where a name ends moved unseen pages little. The model file (`pipeline/data/org_extent_model.json`, trained by
`pl-events train org-extents` on the dev half of the real-page cards) gives each variant the probability that
it is right where the rules' extent is not; per mention the most probable variant replaces the rules' name
when it reaches the file's threshold. Without the file, or with the models off (`evaluate --rules-only`, the trainers), the
rules' names stand unchanged.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.extract.org_names import OrgMention
from pipeline.learned.linear import KeepModel
from pipeline.learned.org_extent_candidates import EXTRACTOR, ExtentCandidate, extent_candidates
from pipeline.learned.org_extent_features import DocumentFacts, extent_features
from pipeline.learned.recording import Decision, models_on, record, recording_active
from pipeline.text.context import Context

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "org_extent_model.json"
TASK = "org_extent"


@lru_cache(maxsize=4)
def extent_model(path: Path = MODEL_PATH) -> KeepModel | None:
    return KeepModel.load(path)


def decision_key(group: int, rule_name: str, name: str) -> str:
    """What a recorded decision is about: the mention, the rules' name and the variant's (the trainer reads them)."""
    return "\t".join((str(group), rule_name.replace("\t", " "), name.replace("\t", " ")))


def parse_key(key: str) -> tuple[int, str, str]:
    group, rule_name, name = key.split("\t")
    return int(group), rule_name, name


def choose(candidates: list[ExtentCandidate], probabilities: list[float], threshold: float) -> ExtentCandidate:
    """The variant most probably better than the rules' extent when that probability reaches the threshold,
    else the rules' extent (the model scores a switch, not a name: the rules' extent is right most often)."""
    variants = [(c, p) for c, p in zip(candidates, probabilities, strict=True) if c.source != "rule"]
    if not variants:
        return candidates[0]
    best, p = max(variants, key=lambda cp: cp[1])
    return best if p >= threshold else candidates[0]


def decide_org_extents(ctx: Context, mentions: list[OrgMention], model: KeepModel | None = None) -> None:
    """Give each mention the extent the model chooses (recorded per candidate, `chosen` its P(keep))."""
    model = model or (extent_model() if models_on() else None)
    if model is None and not recording_active():
        return
    facts = DocumentFacts.of(ctx, mentions)
    for group, org in enumerate(mentions):
        candidates = extent_candidates(ctx, org, group)
        if len(candidates) < 2:
            continue
        probabilities = []
        for cand in candidates:
            features = extent_features(ctx, cand, candidates, facts)
            p = 1.0 if model is None else model.keep_probability(features)
            probabilities.append(p)
            record(Decision(TASK, decision_key(group, org.name, cand.name), features,
                            "yes" if cand.source == "rule" else "no", f"{p:.4f}"))
        if model is None:
            continue
        chosen = choose(candidates, probabilities, model.threshold)
        if chosen.source != "rule":
            org.name = chosen.name
            org.head = chosen.head
            org.mention = ctx.mention(chosen.start, chosen.end, EXTRACTOR, org.mention.confidence, org.mention.rule)
