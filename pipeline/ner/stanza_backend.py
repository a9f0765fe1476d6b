"""stanza's Polish NER, only when the user has its model: never downloads by itself."""

from __future__ import annotations

from typing import Any

from pipeline.ner.spans import BackendUnavailable, NerSpan, map_label
from pipeline.text.context import Context

FETCH_HINT = (
    "stanza's Polish NER model is not installed. Fetch it once on a machine with network access: "
    "python -c \"import stanza as s; s.download('pl', processors='tokenize,ner')\" "
    "(then copy ~/stanza_resources, or pass --ner stanza:/path/to/stanza_resources)"
)


def spans_from_stanza(document: Any, source: str = "ner.stanza", confidence: float = 0.75) -> list[NerSpan]:
    """Our spans from a stanza `Document` (its entities carry character offsets)."""
    out = []
    for ent in document.ents:
        label = map_label(ent.type)
        if label is not None:
            out.append(NerSpan(label, ent.start_char, ent.end_char, source, confidence))
    return out


class StanzaBackend:
    name = "stanza"

    def __init__(self, resources_dir: str | None = None) -> None:
        try:
            import stanza
        except ImportError as exc:
            raise BackendUnavailable("stanza is not installed: pip install 'pl-events[stanza]' "
                                     "(install the CPU build of torch first: pip install torch==2.13.0)") from exc
        kwargs: dict[str, Any] = {"download_method": None, "processors": "tokenize,ner", "verbose": False}
        if resources_dir:
            kwargs["dir"] = resources_dir
        try:
            self.nlp = stanza.Pipeline("pl", **kwargs)
        except Exception as exc:  # stanza raises several types for missing resources
            raise BackendUnavailable(f"{FETCH_HINT} ({type(exc).__name__}: {exc})") from exc

    def find(self, ctx: Context) -> list[NerSpan]:
        return spans_from_stanza(self.nlp(ctx.norm))
