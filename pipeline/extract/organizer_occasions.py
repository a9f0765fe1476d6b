"""An organizer cue said of an earlier occasion: "W ubiegłym roku festyn przygotowało Stowarzyszenie X", "Rok temu
rajd zorganizował Klub Y, w tym roku organizatorem był Z", "Organizatorem zeszłorocznej edycji była Fundacja W".

A report often recalls who ran the previous edition; that body did not organize the event reported. The time
adverbial is read from morphology: a noun of a year or an edition (rok, lata, edycja, sezon) with a past modifier
(ubiegły, zeszły, poprzedni, miniony), a past-year adjective (ubiegłoroczny, zeszłoroczny), "N lat temu", "przed
(dwoma) laty". A comparison ("podobnie jak w ubiegłym roku", "niż rok temu") says the same of this occasion, and
"w tym roku", "tegoroczny", "tym razem" start the current one's part of the sentence.
"""

from __future__ import annotations

from bisect import bisect_left

from pipeline.text.context import Context

#: Nouns of a period or an edition a past modifier can date ("lata" reads as a form of "rok").
_OCCASION_NOUNS = frozenset({"rok", "edycja", "sezon"})
_PAST_MODIFIERS = frozenset({"ubiegły", "zeszły", "poprzedni", "miniony", "przeszły"})
_PAST_YEAR_ADJECTIVES = frozenset({"ubiegłoroczny", "zeszłoroczny"})
_THIS_YEAR_ADJECTIVES = frozenset({"tegoroczny", "bieżący", "obecny", "ten", "niniejszy"})
#: Words that compare with the earlier occasion ("jak przed rokiem", "niż w ubiegłym roku"): the same holds now.
_COMPARING = frozenset({"jak", "niż", "niźli", "podobnie", "wzorem"})
#: Adverbs that name the current occasion: the sentence's part after them is about it.
_NOW = frozenset({"obecnie", "teraz", "tym razem"})


def earlier_occasion(ctx: Context, char: int) -> bool:
    """The part of the sentence holding `char` is dated to an earlier occasion: a past-occasion adverbial with no
    comparison before it, and no current-occasion adverbial ("w tym roku") between the two."""
    sent = ctx.sentence_of(char)
    if sent is None:
        return False
    f = ctx.features
    at = bisect_left(f.starts, char)
    words = [k for k in range(sent.start, sent.end) if not f.is_space[k]]
    segment_start, segment_end = sent.start, sent.end
    for k in words:
        if _now_at(ctx, k):
            if k <= at:
                segment_start = k
            else:
                segment_end = min(segment_end, k)
    return any(segment_start <= k < segment_end and _earlier_at(ctx, words, i) for i, k in enumerate(words))


def _nouns(ctx: Context, k: int) -> frozenset[str]:
    return frozenset(a.lemma.lower() for a in ctx.features.morfs[k] if a.pos == "subst")


def _adjectives(ctx: Context, k: int) -> frozenset[str]:
    return frozenset(a.lemma.lower() for a in ctx.features.morfs[k] if a.pos == "adj")


def _now_at(ctx: Context, k: int) -> bool:
    """"w tym roku", "tegoroczna edycja", "w tej edycji", "obecnie", "tym razem": the current occasion."""
    f = ctx.features
    if f.lowers[k] in _NOW or _adjectives(ctx, k) & {"tegoroczny"}:
        return True
    if f.lowers[k] == "tym" and k + 2 < len(f.texts) and f.lowers[k + 2] == "razem":
        return True
    nxt = k + 1 + (k + 1 < len(f.texts) and f.is_space[k + 1])
    return nxt < len(f.texts) and bool(_adjectives(ctx, k) & _THIS_YEAR_ADJECTIVES) and bool(
        _nouns(ctx, nxt) & _OCCASION_NOUNS) and not (_adjectives(ctx, k) & _PAST_MODIFIERS)


def _earlier_at(ctx: Context, words: list[int], i: int) -> bool:
    """Word `i` of `words` opens a past-occasion adverbial not preceded by a comparison."""
    f = ctx.features
    k = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else None
    after = words[i + 2] if i + 2 < len(words) else None
    found = bool(_adjectives(ctx, k) & _PAST_YEAR_ADJECTIVES)
    found = found or bool(_adjectives(ctx, k) & _PAST_MODIFIERS) and nxt is not None and bool(
        _nouns(ctx, nxt) & _OCCASION_NOUNS)
    if f.lowers[k] == "przed" and nxt is not None:  # "przed rokiem", "przed laty", "przed dwoma laty"
        year = after if after is not None and any(a.pos == "num" for a in f.morfs[nxt]) else nxt
        found = found or "rok" in _nouns(ctx, year) and any("inst" in a.cases for a in f.morfs[year] if a.pos == "subst")
    if "rok" in _nouns(ctx, k) and nxt is not None and f.lowers[nxt] == "temu":
        found = True  # "rok temu", "dwa lata temu"
    if not found:
        return False
    return not any(f.lowers[words[j]] in _COMPARING for j in range(max(0, i - 3), i))
