"""Any installed Polish spaCy pipeline with an NER component, its labels mapped to ours.

`spacy:pl_events_ner` (our shipped model), `spacy:pl_core_news_lg` where a user has it,
or `spacy:/path/to/model`. Nothing is downloaded: a missing model is an actionable error.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.ner.spans import BackendUnavailable, NerSpan, map_label
from pipeline.text.context import Context


@lru_cache(maxsize=4)
def load_model(name_or_path: str) -> Language:
    if Path(name_or_path).exists():
        return spacy.load(name_or_path)
    try:
        module = importlib.import_module(name_or_path)
    except ImportError:
        module = None
    if module is not None and hasattr(module, "load"):
        return module.load()
    try:
        return spacy.load(name_or_path)
    except OSError as exc:
        raise BackendUnavailable(
            f"spaCy model '{name_or_path}' is not installed. Install its package (our model: "
            f"pip install ./models/pl_events_ner), or pass a path: --ner spacy:/path/to/model"
        ) from exc


def spans_from_doc(doc: Doc, source: str, confidence: float = 0.75) -> list[NerSpan]:
    """Our spans from a spaCy Doc's entities (labels mapped, unknown labels dropped)."""
    out = []
    for ent in doc.ents:
        label = map_label(ent.label_)
        if label is not None:
            out.append(NerSpan(label, ent.start_char, ent.end_char, source, confidence))
    return out


class SpacyBackend:
    def __init__(self, name_or_path: str) -> None:
        self.name = f"spacy:{name_or_path}"
        self.nlp = load_model(name_or_path)
        if "ner" not in self.nlp.pipe_names and not any("ner" in p for p in self.nlp.pipe_names):
            raise BackendUnavailable(f"spaCy pipeline '{name_or_path}' has no NER component")

    def find(self, ctx: Context) -> list[NerSpan]:
        # the model sees the normalized text: same length, so offsets index the original too
        return spans_from_doc(self.nlp(ctx.norm), f"ner.{self.name}")
