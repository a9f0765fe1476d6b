"""Two-word settlement names the register may lack: a place's noun and an adjective that tells apart settlements
sharing that noun ('Kępa Dolna', 'Wola Nowa', 'Łąka Stara'). Villages are named so by the thousand, and a
register from one year lacks some (or the text invents them), so the pair is one name, never its noun alone.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from pipeline.lexicon.words import ORG_HEADS, VENUE_HEADS
from pipeline.text.morphology import analyse

#: an adjective ends this many two-word register names or more: it tells settlements apart ('mały', 'dolny', 'nowy',
#: 'drugi', 'kościelny'), where an adjective that names one or two places ('biały', 'rudy') tells nothing
_MIN_NAMES = 20


#: `read_settlement_adjectives()` of the register in pipeline/data and morfeusz2's SGJP, kept here: reading them
#: analyses the second words of all two-word register names, a fifth of the first report's extra time.
#: tests/lexicon/test_settlement_adjectives.py checks this list against the reading.
SETTLEMENT_ADJECTIVES = frozenset({
    "borowy", "dolny", "drugi", "duży", "dworski", "górny", "kościelny", "królewski", "leśny", "mały", "nowy",
    "pierwszy", "poduchowny", "polski", "rządowy", "stary", "szlachecki", "trzeci", "wielki", "włościański", "śląski",
    "średni"})


def settlement_adjectives() -> frozenset[str]:
    """Lemmas of the adjectives that end many two-word register names (`read_settlement_adjectives`)."""
    return SETTLEMENT_ADJECTIVES


def read_settlement_adjectives() -> frozenset[str]:
    """Lemmas of the adjectives that end many two-word register names ('Kocierzew Południowy', 'Wola Mała') in
    more than one gender, as an adjective agrees with nouns of any ('Mała', 'Mały', 'Małe'): a noun's form that an
    adjective also reads ('Kępa Wola') names nouns of one gender only."""
    from pipeline.lexicon.teryt_tables import _tables

    seconds: Counter[str] = Counter()
    for fold in _tables().by_fold._lines:
        parts = fold.split(" ")
        if len(parts) == 2 and "-" not in fold:
            seconds[parts[1]] += 1
    names: Counter[str] = Counter()
    forms: dict[str, set[str]] = {}
    for word, count in seconds.items():
        if count < 2:
            continue  # a form that ends one name alone adds nothing to a lemma counted by the score
        for lemma in {a.lemma for a in analyse(word.capitalize()) if a.pos == "adj" and "nom" in a.cases}:
            names[lemma] += count
            forms.setdefault(lemma, set()).add(word)
    return frozenset(lemma for lemma, count in names.items() if count >= _MIN_NAMES and len(forms[lemma]) > 1)


def settlement_noun(tokens: list[Token]) -> int | None:
    """'Kępie Dolnej', 'Starej Kępie', 'Woli Nowej Drugiej': the position of the noun in a phrase of a capitalised
    geographic noun, not an institution's or a venue's head ('Sali Wielkiej'), and one or two capitalised settlement
    adjectives agreeing with it in case, number and gender, before or after it; None for any other phrase."""
    if len(tokens) not in (2, 3) or not all(t.text[:1].isupper() and t.is_alpha and not t.text.isupper() for t in tokens):
        return None
    wanted = settlement_adjectives()
    for k in {0, len(tokens) - 1}:
        noun, adjectives = tokens[k], [t for m, t in enumerate(tokens) if m != k]
        if any(a.pos in ("subst", "depr") and not a.names and a.lemma.lower() in ORG_HEADS | VENUE_HEADS
               for a in noun._.morf):
            continue
        heads = [a for a in noun._.morf if a.pos == "subst" and "nazwa_geograficzna" in a.names]
        if any(all(any(b.pos == "adj" and b.lemma in wanted and b.cases & a.cases and b.number == a.number
                       and (not b.genders or not a.genders or b.genders & a.genders) for b in t._.morf)
                   for t in adjectives) for a in heads):
            return k
    return None


def settlement_pair(tokens: list[Token]) -> bool:
    """A settlement's two-word name by its shape alone (`settlement_noun`)."""
    return settlement_noun(tokens) is not None
