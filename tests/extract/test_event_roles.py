"""Event roles' shared readings of a name (pipeline/extract/event_roles.py), on our own sentences."""

from pipeline.extract.event_roles import _list_lead, _name_predicate, list_lead, name_predicate


def _at(ctx, text: str) -> int:
    return next(t.i for t in ctx.light_tokens if t.text == text)


def test_a_list_lead_is_found_once_and_handed_out_as_a_new_list(ctx_for):
    ctx = ctx_for("Warsztaty prowadzili: Anna Kos, Jan Mak oraz Ewa Lis.")
    i = _at(ctx, "Jan")
    first = list_lead(ctx, i)
    assert [t.text for t in first] == ["Warsztaty", "prowadzili"] == [t.text for t in _list_lead(ctx, i)]
    first.clear()
    assert [t.text for t in list_lead(ctx, i)] == ["Warsztaty", "prowadzili"]
    plain = ctx_for("Anna Kos prowadziła warsztaty.")
    assert list_lead(plain, 0) == [] == _list_lead(plain, 0)


def test_a_names_predicate_is_found_once(ctx_for):
    ctx = ctx_for("Wykład wygłosiła Anna Kos, a potem Jan Mak otworzył wystawę.")
    for first in ("Anna", "Jan"):
        i = _at(ctx, first)
        verb = name_predicate(ctx, i, i + 2)
        assert verb is _name_predicate(ctx, i, i + 2) and verb is name_predicate(ctx, i, i + 2)
    assert name_predicate(ctx, _at(ctx, "Anna"), _at(ctx, "Anna") + 2).text == "wygłosiła"
    assert name_predicate(ctx, _at(ctx, "Jan"), _at(ctx, "Jan") + 2).text == "otworzył"
