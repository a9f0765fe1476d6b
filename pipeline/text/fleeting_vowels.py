"""The fleeting 'e' of Polish masculine consonant stems, given back to a nominative.

A masculine name whose nominative ends in '-ek', '-el' or '-er' after a consonant loses the 'e' before a case
ending ('Roźmiarek' -> 'Roźmiarka', 'Grajpel' -> 'Grajpla', 'Kośmider' -> 'Kośmidra'). A stem cut from an
oblique form of a name the dictionary lacks, ending in a consonant cluster Polish does not end a word with
(a consonant + 'k', an obstruent + 'l', 'dr'), takes the 'e' back. 'sk' and 'ck' end words ('Mińsk', the
German 'Beck'), so they stay, and so does the East Slavic '-ndr' ('Ołeksandr'); a soft consonant before the 'e' is spelled with 'i' ('Zdziśka' -> 'Zdzisiek').
"""

from __future__ import annotations

_VOWELS = frozenset("aąeęioóuyáéíóúýäëöü")
_SOFT = {"ś": "si", "ć": "ci", "ź": "zi", "ń": "ni"}
_BEFORE_L = frozenset("pbdtgkf")


def with_fleeting_e(stem: str) -> str:
    """'Roźmiark' -> 'Roźmiarek', 'Grajpl' -> 'Grajpel', 'Kośmidr' -> 'Kośmider'; other stems as they are."""
    low = stem.lower()
    if len(low) < 4 or not low.isalpha():
        return stem
    last, before = low[-1], low[-2]
    if before in _VOWELS:
        return stem
    if last == "k" and before not in "sc" or last == "l" and before in _BEFORE_L or low.endswith("dr") and not low.endswith("ndr"):
        head = stem[:-2] + _SOFT.get(before, stem[-2])
        return head + "e" + stem[-1]
    return stem
