"""Evidence around a mention (`pipeline.learned.context_features`)."""

from pipeline.learned.context_features import _CONTENT, _VERBS, around, bucket, line_flags


def _around_plain(ctx, start: int, end: int, window: int = 6) -> dict[str, float]:
    """`around` written out token by token, every sentence read again for every mention."""
    from bisect import bisect_right

    f = ctx.features
    first = max(0, bisect_right(f.starts, start) - 1)
    last = max(first, bisect_right(f.starts, end - 1) - 1)
    s_start, s_end = f.sentences[f.sentence[first]]
    out: dict[str, float] = {}
    left = [i for i in range(first - 1, s_start - 1, -1) if f.pos[i] in _CONTENT][:window]
    out.update({f"L:{f.lemma[i].lower()}": 1.0 for i in left})
    right = [i for i in range(last + 1, s_end) if f.pos[i] in _CONTENT][:window]
    out.update({f"R:{f.lemma[i].lower()}": 1.0 for i in right})
    for i in range(s_start, s_end):
        if f.pos[i] in _VERBS and not first <= i <= last:
            out[f"V:{f.lemma[i].lower()}"] = 1.0
    names = sum(1 for i in range(s_start, s_end) if f.first_name[i] and f.capitalised[i])
    out[f"names_in_sentence={bucket(names)}"] = 1.0
    out.update(line_flags(ctx, start))
    return out


def test_sentence_facts_read_once_give_the_same_features_in_order(ctx_for):
    """The sentence's verbs and names are read once per sentence (`_sentence_facts`) for all its mentions: every
    mention's features, and their order (the model sums weights in it), stay what a token-by-token read gives."""
    text = ("Stowarzyszenie Zielony Brzeg zorganizowało piknik, który poprowadził Jan Kos z Fundacją Nowy Dom.\n"
            "- Gminny Ośrodek Kultury przygotował konkursy i zaprosił Annę Wilk.\n"
            "Organizator: Koło Gospodyń Wiejskich w Lipówce")
    ctx = ctx_for(text)
    names = ("Stowarzyszenie Zielony Brzeg", "Jan Kos", "Fundacją Nowy Dom", "Gminny Ośrodek Kultury", "Annę Wilk",
             "Koło Gospodyń Wiejskich w Lipówce", "piknik")
    for name in names + names:  # the second time from the per-sentence memo
        start = text.index(name)
        got = around(ctx, start, start + len(name))
        assert list(got.items()) == list(_around_plain(ctx, start, start + len(name)).items())
    start = text.index("Jan Kos")
    assert {"V:zorganizować", "V:poprowadzić", "names_in_sentence=1"} <= set(around(ctx, start, start + 7))


def test_line_flags(ctx_for):
    text = "Prelegenci:\n- Jan Kos\nProwadząca: Ewa Mak\n"
    ctx = ctx_for(text)
    assert line_flags(ctx, 0) == {"line_start": 1.0, "first_line": 1.0}
    assert line_flags(ctx, text.index("Jan")) == {"bullet": 1.0}
    assert line_flags(ctx, text.index("Ewa")) == {"colon_before": 1.0}


def test_a_persons_own_name_counts_in_its_sentence_though_the_dictionary_lacks_it(ctx_for):
    """"Wykład wygłosiła Aino Lehtonen": a foreign first name is no SGJP first name, yet for the person's own
    mention (`person=True`) the sentence names one person, as with "Anna Kos"; an initialled name ("A. Kos") and
    any other mention keep the dictionary's count."""
    text = "Wykład wygłosiła Aino Lehtonen."
    ctx = ctx_for(text)
    start = text.index("Aino")
    assert "names_in_sentence=1" in around(ctx, start, start + 13, person=True)
    assert "names_in_sentence=0" in around(ctx, start, start + 13)
    text = "Wykład wygłosiła Anna Kos."
    ctx = ctx_for(text)
    start = text.index("Anna")
    assert "names_in_sentence=1" in around(ctx, start, start + 8, person=True)
    text = "Wykład wygłosiła A. Kos."
    ctx = ctx_for(text)
    start = text.index("A.")
    assert "names_in_sentence=0" in around(ctx, start, start + 6, person=True)
