"""Polish case endings on foreign name stems that the Polish paradigms of their shape do not cover.

`name_forms` reads a name word the dictionary lacks by the ending paradigms of Polish nouns; a few
foreign stems take Polish endings in ways those paradigms miss: a Hungarian name in '-y' ('György',
'Karácsony') takes '-a' after its consonant ('Györgya'), a name ending in a vowel and '-u' or '-y'
takes '-a' and '-em' ('Martynaua', 'Martynauem', 'Háyem'), Ukrainian '-enko' surnames decline like '-a' stems
('Omelczenkę', 'Juszczence'), a Spanish '-ía' keeps its accent ('Maríi'), a consonant cluster in '-s' softens
before the locative '-ie' ('Myersie'), an adjectival surname names a family in the plural ('Płoszowskich').
"""

from __future__ import annotations

VOWELS = frozenset("aąeęioóuyáéíóúýäëöü")


def consonant(ch: str) -> bool:
    return ch.isalpha() and ch.lower() not in VOWELS


def foreign_letters(low: str) -> bool:
    """Letters Polish does not write ('á', 'ő', 'ü'): a Hungarian or other foreign name, whose final '-y'
    ('Mesterházy', 'Tarcsány') is its own, not the genitive ending of a Polish '-a' stem."""
    return any(ch.isalpha() and not ch.isascii() and ch not in "ąćęłńóśźż" for ch in low)

#: (ending, the nominative's ending, cases): Ukrainian "-enko" surnames, a man's name declined as an "-a" stem
_ENKO = (("enkę", "enko", {"acc"}), ("enką", "enko", {"inst"}), ("czence", "czenko", {"dat", "loc"}),
         ("szence", "szenko", {"dat", "loc"}))


def foreign_case_base(word: str) -> tuple[frozenset[str], str, str] | None:
    """(cases, gender, nominative) of a capitalised foreign name word by a Polish ending on its stem, or None."""
    low = word.lower()
    if len(low) < 5 or not word.isalpha():
        return None
    for ending, base, cases in _ENKO:
        if low.endswith(ending):
            return frozenset(cases), "m", word[: -len(ending)] + base
    if low.endswith(("ii", "íi")):
        return frozenset({"gen", "dat", "loc"}), "f", word[:-1] + "a"  # "Viktórii", "Maríi": an "-ia" name
    if low.endswith("sie") and len(low) > 6 and consonant(low[-4]) and low[-4] not in "szl":
        return frozenset({"loc"}), "m", word[:-2]  # "Myersie", "Jenkinsie": an "-s" cluster's locative
    if low.endswith(("skich", "ckich", "dzkich")):
        return frozenset({"gen", "acc", "loc"}), "m", word[:-2]  # "Płoszowskich": the family, by its surname
    if low.endswith("ya") and consonant(low[-3]) and (foreign_letters(low) or low[-3] in "gl"):
        return frozenset({"gen", "acc"}), "m", word[:-1]  # "Györgya", "Karácsonya": the "-y" is the stem's
    if low.endswith("ua") and low[-3] in "aeo":
        return frozenset({"gen", "acc"}), "m", word[:-1]  # "Martynaua": a Belarusian "-au" name's genitive
    if low.endswith("em") and low[-3] in "uy" and not consonant(low[-4]):
        return frozenset({"inst", "loc"}), "m", word[:-2]  # "Martynauem", "Háyem"
    return None
