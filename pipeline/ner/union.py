"""Several backends at once: their spans are pooled; resolution keeps one span per overlap."""

from __future__ import annotations

from pipeline.extract.context import Context
from pipeline.ner.base import NerBackend, NerSpan


class UnionBackend:
    def __init__(self, backends: list[NerBackend]) -> None:
        self.backends = backends
        self.name = "+".join(b.name for b in backends)

    def find(self, ctx: Context) -> list[NerSpan]:
        return [span for backend in self.backends for span in backend.find(ctx)]
