"""Matches between teams: a sports match is a competition (docs/annotation.md: sports tournaments are `konkurs`),
and "spotkanie" is one where its sentence gives a score or a result verb in a text about sport."""

from __future__ import annotations

import re

from pipeline.text.features import TokenFeatures

#: Finite and other verb forms whose lemma may be a result verb.
VERB_POS = frozenset({"fin", "praet", "inf", "impt", "pcon", "imps"})
#: Nouns of a match: several in one sentence list a programme's games and count once.
MATCH_TRIGGERS = frozenset({"mecz", "sparing"})
#: Verbs of a match's result: "spotkanie" in their sentence is a match ("w spotkaniu gospodarze pokonali gości").
MATCH_VERBS = frozenset({"wygrać", "wygrywać", "przegrać", "przegrywać", "zremisować", "pokonać", "pokonywać"})
_SCORE = re.compile(r"\d{1,2}:\d{1,2}")
#: A clock time has two-digit minutes ("17:30", "9:05"); a score seldom does ("3:1", "25:23").
_CLOCK = re.compile(r"([01]?\d|2[0-3]):[0-5]\d")
#: Words before a clock time, which is written like a score: "o godz. 17:30".
_CLOCK_WORDS = frozenset({"godz", "godzina", "godzinie", "g", "o", "od", "do", "ok", "około", "", "-", "–"})


def match_sense(f: TokenFeatures, lo: int, hi: int) -> bool:
    """The sentence reports a match: a score that is no clock time, or a result verb in a text on sport
    ("sołtys przegrał głosowanie" is no match)."""
    from pipeline.ner.club_rules import SPORT_LEMMAS

    verb = False
    for k in range(lo, min(hi, len(f.texts))):
        verb = verb or f.lemma[k] in MATCH_VERBS and f.pos[k] in VERB_POS
        if _SCORE.fullmatch(f.texts[k]) and not _CLOCK.fullmatch(f.texts[k]) \
                and not (k > lo and f.texts[k - 1].lower().rstrip(".") in _CLOCK_WORDS):
            return True
    return verb and any(lemma.lower() in SPORT_LEMMAS for lemma in f.lemma)
