"""One interface for named-entity backends, resolved by name (stanza style).

`--ner builtin` (rules over morfeusz2), `--ner spacy:NAME_OR_PATH`, `--ner stanza`, and
unions such as `--ner builtin+spacy:pl_events_ner`. A backend returns raw spans with our
three labels; the extractors turn them into base-form entities.
"""

from __future__ import annotations

from pipeline.ner.spans import BackendUnavailable, NerBackend


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
