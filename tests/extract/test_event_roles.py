"""Event roles' shared readings of a name (pipeline/extract/event_roles.py), on our own sentences."""

import pytest
from people_helpers import people, titles

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


def test_name_sentence_is_kept_per_name(ctx_for):
    """`name_sentence` is found once per document and token (several rules ask): the answers, first and again,
    are the sentence bounds read from the tokens, reaching back over the "p." sentences of a list."""
    from pipeline.extract.event_roles import honorific_start, name_sentence

    ctx = ctx_for("Na scenie wystąpili: p. Anna Kos, p. Jan Wilk oraz dr Ewa Lis. Potem Piotr Nowak opowiadał o pszczołach.")
    light = ctx.light_tokens
    names = [k for k, t in enumerate(light) if t.text in ("Anna", "Jan", "Ewa", "Piotr")]

    def plain(i: int) -> tuple[int, int]:
        start, end = ctx.sentence_bounds(honorific_start(light, i))
        while start >= 2 and light[start - 1].text == "." and light[start - 2].text in ("p", "P") \
                and not light[start - 2].whitespace_:
            start = ctx.sentence_bounds(start - 2)[0]
        return start, max(end, ctx.sentence_bounds(i)[1])

    first = [name_sentence(ctx, i) for i in names]
    assert first == [name_sentence(ctx, i) for i in names] == [plain(i) for i in names]
    assert first[0][0] < names[0] and first[-1][0] > names[-2]


def test_a_verb_of_an_earlier_sentence_on_the_lead_line_gives_no_role(extractor):
    text = "Dyskusję prowadził Jan Kos. Na pytania odpowiadali burmistrzowie: Adam Mak, Piotr Wilk i Jerzy Sowa."
    found = people(extractor, text)
    assert titles(found["Jan Kos"]) == ["prowadzący"]
    for name in ("Adam Mak", "Piotr Wilk", "Jerzy Sowa"):
        assert titles(found[name]) == ["burmistrz"]


def test_a_verb_in_a_relative_clause_after_the_name_is_not_its_predicate(extractor):
    """"Warsztaty prowadziła Kierownik GOK w Lipie Ida Sęk, która pokazała …": the verb before the name (past the
    title) is the name's; the relative clause's verb does not hide it."""
    found = {p.name: [r.title for r in p.roles] for p in extractor.extract(
        "Warsztaty prowadziła Zastępca Kierownika GOK w Lipie Ida Sęk, która pokazała nowe techniki.").people}
    assert "prowadzący" in found["Ida Sęk"]
    found = {p.name: [r.title for r in p.roles] for p in extractor.extract(
        "Gości powitała Ida Sęk, która w ubiegłym roku prowadziła warsztaty.").people}
    assert "prowadzący" not in found["Ida Sęk"]


@pytest.mark.parametrize("text, name, expected", [
    ("Drużynę prowadzi Pan Tomasz Wierzba. Zespół wygrał mecz.", "Tomasz Wierzba", []),
    ("Jan Kos prowadzi chór parafialny od lat. Koncert odbył się w niedzielę.", "Jan Kos", []),
    ("Warsztaty prowadziła Anna Sowa z Fundacji Lipa.", "Anna Sowa", ["prowadzący"]),
    ("Anna Lis prowadziła spotkanie z młodzieżą.", "Anna Lis", ["prowadzący"]),
    # the noun a prepositional phrase hangs on is the object, not the phrase's own noun ("z tkactwa")
    ("Zajęcia z tkactwa poprowadziła Ilona Skiba.", "Ilona Skiba", ["prowadzący"]),
    ("Drużynę z Borowa prowadzi Pan Tomasz Wierzba. Zespół wygrał mecz.", "Tomasz Wierzba", []),
])
def test_leading_a_team_or_a_choir_is_no_event_role(extractor, text, name, expected):
    person = {p.name: p for p in extractor.extract(text).people}[name]
    assert [r.title for r in person.roles] == expected
    assert (person.part == "speaker") == bool(expected)


def test_a_debate_taken_part_in_after_the_name_is_found(ctx_for):
    """'X wziął udział w debacie': the verb of taking part past the name leads to the discussion; a name past every
    such verb has none (its predicate is then not sought)."""
    from pipeline.extract.event_roles import _debate_attended, _last_taking_part

    ctx = ctx_for("Wczoraj Tomasz Wierzba wziął udział w debacie o szkołach.")
    i = _at(ctx, "Tomasz")
    assert _last_taking_part(ctx) > i
    assert _debate_attended(ctx, i).text == "debacie"
    later = ctx_for("W debacie udział wziął wójt. Wystawę otworzył Tomasz Wierzba.")
    k = _at(later, "Tomasz")
    assert _last_taking_part(later) < k
    assert _debate_attended(later, k) is None
