"""What a named-entity backend returns and how it fails: `NerSpan` with one of our three labels,
the `NerBackend` protocol, `BackendUnavailable`, and the mapping of foreign label schemes.

The backends import this module; `pipeline.ner.base` imports the backends (by name, on demand).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from pipeline.text.context import Context

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
