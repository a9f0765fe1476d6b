"""One interface for named-entity backends, resolved by name (stanza style).

`--ner builtin` (rules over morfeusz2), `--ner spacy:NAME_OR_PATH`, `--ner stanza`, and
unions such as `--ner builtin+spacy:pl_events_ner`. A backend returns raw spans with our
three labels; the extractors turn them into base-form entities.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from pipeline.extract.context import Context

Label = Literal["PER", "ORG", "LOC"]

#: Foreign label schemes mapped to ours (NKJP/PolEval, CoNLL, OntoNotes-like).
LABEL_MAP: dict[str, Label] = {
    "persName": "PER", "PER": "PER", "PERSON": "PER", "persname": "PER", "nam_liv_person": "PER",
    "orgName": "ORG", "ORG": "ORG", "orgname": "ORG",
    "placeName": "LOC", "LOC": "LOC", "GPE": "LOC", "geogName": "LOC", "placename": "LOC",
    "geogname": "LOC", "FAC": "LOC",
}


def map_label(label: str) -> Label | None:
    if label in LABEL_MAP:
        return LABEL_MAP[label]
    head = label.replace("_", "-").split("-", 1)[0]
    return LABEL_MAP.get(head)


@dataclass(frozen=True)
class NerSpan:
    label: Label
    start: int
    end: int
    source: str  # backend name, e.g. "ner.builtin:person_name"
    confidence: float


class NerBackend(Protocol):
    name: str

    def find(self, ctx: Context) -> list[NerSpan]: ...


class BackendUnavailable(RuntimeError):
    """A backend whose model is not installed: the message says how to get it."""


def resolve_backend(spec: str) -> NerBackend:
    """'builtin', 'spacy:NAME_OR_PATH', 'stanza', or several joined with '+'."""
    parts = [p.strip() for p in spec.split("+") if p.strip()]
    if not parts:
        raise BackendUnavailable("empty --ner specification")
    backends = [_one(p) for p in parts]
    if len(backends) == 1:
        return backends[0]
    from pipeline.ner.union import UnionBackend

    return UnionBackend(backends)


def _one(spec: str) -> NerBackend:
    if spec == "builtin":
        from pipeline.ner.builtin import BuiltinBackend

        return BuiltinBackend()
    if spec.startswith("spacy:") or spec == "spacy":
        from pipeline.ner.spacy_backend import SpacyBackend

        return SpacyBackend(spec.partition(":")[2] or "pl_events_ner")
    if spec == "stanza" or spec.startswith("stanza:"):
        from pipeline.ner.stanza_backend import StanzaBackend

        return StanzaBackend(spec.partition(":")[2] or None)
    raise BackendUnavailable(f"unknown NER backend '{spec}': use builtin, spacy:NAME_OR_PATH or stanza")
