"""The part a person played, decided by a linear model over the rules' proposal and its evidence.

The model file (`pipeline/data/part_model.json`) is trained by `pl-events train parts` on the dev half
of the real-page cards. Without the file the rules' part stands, so the rules alone stay a working
system (and the trainer's baseline).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.learned.linear import Features, LinearModel
from pipeline.learned.recording import Decision, models_on, record

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "part_model.json"
PARTS = ("organizer_staff", "speaker", "guest", "participant", "other")


@lru_cache(maxsize=4)
def part_model(path: Path = MODEL_PATH) -> LinearModel | None:
    return LinearModel.load(path) if path.is_file() else None


def decide_part(name: str, features: Features, rule: str,
                model: LinearModel | None = None) -> tuple[str, float | None]:
    """(part, probability): the model's most probable part, or the rule's (probability None) without a model."""
    model = model or (part_model() if models_on() else None)
    chosen, confidence = (rule, None) if model is None else model.predict(features)
    record(Decision("part", name, features, rule, chosen))
    return chosen, None if confidence is None else round(confidence, 3)
