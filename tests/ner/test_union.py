"""The union keeps a model's span only where the rules named nothing and morphology supports its label."""

from pipeline.ner.builtin import BuiltinBackend
from pipeline.ner.spans import NerSpan
from pipeline.ner.union import UnionBackend, supported

TEXT = ("Spotkanie prowadziła Marta Sowa z Fundacji Zielony Most. Gościem był Xavier Pomeroy. "
        "Wieczorem odwiedziliśmy Zakopane, a potem Pieśń Wieczorną.")


class FixedBackend:
    """A stand-in for a statistical model: returns the spans it is given."""

    name = "model"

    def __init__(self, spans):
        self.spans = spans

    def find(self, ctx):
        return self.spans


def span(label, text, source="model"):
    start = TEXT.index(text)
    return NerSpan(label, start, start + len(text), source, 0.9)


def test_morphology_supports_a_label(ctx_for):
    ctx = ctx_for(TEXT)
    assert supported(ctx, span("PER", "Xavier Pomeroy")) is False  # neither a first name nor a surname shape
    assert supported(ctx, span("PER", "Marta Sowa"))
    assert supported(ctx, span("ORG", "Fundacji Zielony Most"))
    assert not supported(ctx, span("ORG", "Pieśń Wieczorną"))
    assert supported(ctx, span("LOC", "Zakopane"))
    assert not supported(ctx, span("LOC", "Pieśń Wieczorną"))


def test_model_spans_add_only_where_the_rules_saw_nothing(ctx_for):
    ctx = ctx_for(TEXT)
    rules = BuiltinBackend().find(ctx)
    model = [span("ORG", "Sowa z Fundacji Zielony Most"), span("LOC", "Zakopane"), span("ORG", "Pieśń Wieczorną")]
    union = UnionBackend([BuiltinBackend(), FixedBackend(model)]).find(ctx)
    extra = [s for s in union if s.source == "model"]
    assert len(union) >= len(rules)
    assert all(not (s.label == "ORG" and "Sowa" in TEXT[s.start:s.end]) for s in extra)  # a rival boundary
    assert all(TEXT[s.start:s.end] != "Pieśń Wieczorną" for s in extra)  # unsupported
