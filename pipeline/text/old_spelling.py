"""Names written in the Polish spelling before 1936 ('Francyi', 'Kartezyusz'): older texts and their reprints
spell "j" and "i" before a vowel as "y"; the modern spelling is the one the dictionary knows.
"""

from __future__ import annotations

import re

from pipeline.text.analysis import analyse

#: "y" before a vowel (not "o": "Tokyo" is English) in the spelling before 1936: "j" after "c", "s", "z" ("Francyi"),
#: "i" after other consonants ("Szwajcaryi")
_OLD_J = re.compile(r"(?<=[csz])y(?=[aeiuąę])")
_OLD_I = re.compile(r"(?<=[bdfghklmnprtw])y(?=[aeiuąę])")


def modern_spelling_lemma(word: str, categories: frozenset[str]) -> str | None:
    """The lemma of a word the dictionary lacks written in the spelling before 1936 ('Francyi' -> Francja,
    'Kartezyusz' -> Kartezjusz), when its modern spelling is a proper name of one of `categories`."""
    modern = _OLD_I.sub("i", _OLD_J.sub("j", word))
    if modern == word:
        return None
    return next((a.lemma for a in analyse(modern) if a.pos == "subst" and set(a.names) & categories), None)
