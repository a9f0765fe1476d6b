"""The event type, decided by a linear model over the type rules' evidence.

The rules score each type by where its trigger words stand (title, first sentence, body, next to an
event verb) and take the highest; the model reads the same evidence (`TypeScores`) plus which trigger
lemma named each type ("debata", "zebranie", "rajd"), and may prefer another type the text names. It
only chooses among the types some trigger names (and `inne`), so every type it outputs is grounded in a
span of the text. The model file (`pipeline/data/event_type_model.json`) is trained by
`pl-events train event-type`; without it the rules' type stands.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.extract.event_type import EXTRACTOR, TypeScores
from pipeline.learned.linear import Features, LinearModel
from pipeline.learned.recording import Decision, models_on, record
from pipeline.models import Mention
from pipeline.text.context import Context

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "event_type_model.json"
#: The type a page without any trigger has: known to be outside the vocabulary, or not named at all.
FALLBACK = "inne"


@lru_cache(maxsize=4)
def event_type_model(path: Path = MODEL_PATH) -> LinearModel | None:
    return LinearModel.load(path) if path.is_file() else None


def _share(part: float, total: float) -> str:
    share = part / total if total else 0.0
    return "<.25" if share < 0.25 else "<.5" if share < 0.5 else "<.75" if share < 0.75 else ">=.75"


def type_features(found: TypeScores, rule: str) -> dict[str, float]:
    """Binary features: the rules' choice, each named type with its share of the score, its zones and
    trigger lemmas, the ranking, and the page-wide cues."""
    out: dict[str, float] = {f"rule={rule}": 1.0}
    total = sum(found.scores.values())
    ranked = sorted(found.scores, key=lambda t: (-found.scores[t], found.first_hit[t][0]))
    for rank, etype in enumerate(ranked[:2]):
        out[f"rank{rank + 1}={etype}"] = 1.0
    for etype in ranked:
        out[f"has={etype}"] = 1.0
        out[f"share:{etype}={_share(found.scores[etype], total)}"] = 1.0
        for zone in found.zones.get(etype, ()):
            out[f"zone:{etype}={zone}"] = 1.0
        for lemma in found.lemmas.get(etype, ()):
            out[f"lemma={lemma}"] = 1.0
            if "title" in found.zones.get(etype, ()):
                out[f"title_lemma={lemma}"] = 1.0
    out.update({f"cue={cue}": 1.0 for cue in found.cues})
    if not ranked:
        out["no_trigger"] = 1.0
    return out


def allowed_types(features: Features) -> set[str]:
    """The types a decision may take: those a trigger names, and the fallback."""
    return {name[4:] for name in features if name.startswith("has=")} | {FALLBACK}


def predict_allowed(model: LinearModel, features: Features) -> tuple[str, float]:
    """The model's most probable type among the allowed ones, and its probability."""
    allowed = allowed_types(features)
    probs = model.scores(features)
    best = max((c for c in model.classes if c in allowed), key=lambda c: probs[c], default=FALLBACK)
    return best, probs.get(best, 0.0)


def decide_type(ctx: Context, found: TypeScores, rule: str, rule_mention: Mention | None, key: str = "",
                model: LinearModel | None = None) -> tuple[str, Mention | None]:
    """(type, evidence): the model's type where a model is on and shipped, else the rules'."""
    model = model or (event_type_model() if models_on() else None)
    features = type_features(found, rule)
    if model is None:
        record(Decision("event_type", key, features, rule, rule))
        return rule, rule_mention
    chosen, probability = predict_allowed(model, features)
    record(Decision("event_type", key, features, rule, chosen))
    if chosen == rule:
        return rule, rule_mention
    hit = found.first_hit.get(chosen)
    if hit is None:
        return chosen, None  # the fallback, named by no trigger
    _, start, end = hit
    return chosen, ctx.mention(start, end, EXTRACTOR, round(min(0.95, probability), 3), f"model:{chosen}")
