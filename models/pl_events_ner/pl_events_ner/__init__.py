"""pl_events_ner: Polish NER model (NKJP scheme, PolEval 2018 labels) for spaCy.

    import pl_events_ner
    nlp = pl_events_ner.load()
    doc = nlp("Prezes Fundacji Wspólna Droga Anna Malinowska spotkała się w Krakowie.")
    doc.ents                   # outer layer: persName, orgName, placeName_*, geogName, date, time
    doc.spans["ner_nested"]    # all entities incl. persName_forename/surname/addName

Importing the package registers the custom component ``pl_events_nested``, so
``spacy.load(pl_events_ner.MODEL_DIR)`` works after ``import pl_events_ner``, and
``spacy.load("pl_events_ner")`` works once the package is installed.
"""

from __future__ import annotations

from pathlib import Path

from . import (
    components,  # noqa: F401  (registers the spaCy factory)
    morf,  # noqa: F401  (registers pl_events_morf)
)
from .components import NestedEntities

__version__ = "0.1.0"
MODEL_DIR = Path(__file__).resolve().parent / "model"

__all__ = ["load", "MODEL_DIR", "NestedEntities", "__version__"]


def load(**overrides):
    """Load the shipped spaCy pipeline; keyword arguments go to ``spacy.load``
    (e.g. ``disable=[...]``, ``exclude=[...]``, ``config={...}``)."""
    import spacy

    if not (MODEL_DIR / "config.cfg").exists():
        raise OSError(f"model data missing in {MODEL_DIR}; was the package built with training/package.py?")
    return spacy.load(MODEL_DIR, **overrides)
