"""Surnames the dictionary does not know as surnames, inflected back by their ending or as the common noun they are.

A surname in a phrase whose first name shows its case and gender ('Julii Pietrze', 'Janem Pstrążkiem'): the
adjectival endings ('-skiego', '-ckiej'), an '-a' stem's softened dative ('-rze' of '-ra'), a consonant stem's
endings ('-owi', '-em', '-a', '-u', with a fleeting 'e'), or a common noun's own paradigm when the word is one.
"""

from __future__ import annotations

from pipeline.text.analysis import analyse
from pipeline.text.fleeting_vowels import with_fleeting_e
from pipeline.text.inflect import match_case

#: "-a" stem dative/locative "-ie" after a softened consonant -> the stem's hard consonant + "-a" ("-le" is "-ła"'s:
#: an "-la" stem's is "-li")
SOFTENED = (("dzie", "da"), ("cie", "ta"), ("rze", "ra"), ("sie", "sa"), ("zie", "za"), ("nie", "na"),
             ("mie", "ma"), ("wie", "wa"), ("bie", "ba"), ("pie", "pa"), ("fie", "fa"), ("le", "ła"))


_FEM_RULES = [("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka"), ("ską", "ska"), ("cką", "cka"),
              ("dzką", "dzka"), ("owej", "owa"), ("ową", "owa"), ("iną", "ina"), ("yną", "yna")]
_MASC_RULES = [("skiego", "ski"), ("ckiego", "cki"), ("dzkiego", "dzki"), ("skiemu", "ski"),
               ("ckiemu", "cki"), ("dzkiemu", "dzki"), ("skim", "ski"), ("ckim", "cki"), ("dzkim", "dzki"),
               ("kiego", "ki"), ("giego", "gi"), ("kiemu", "ki")]


def guess_surname(text: str, gender: str | None, cases: set[str]) -> str:
    """Undo the case ending of a surname the dictionary lacks, by gender and the first name's case."""
    rules = _FEM_RULES if gender == "f" else _MASC_RULES
    for ending, base in rules:
        if text.endswith(ending):
            return text[: -len(ending)] + base
    if cases & {"nom"} or not cases:
        return text
    if gender == "f":
        if cases & {"dat", "loc"}:  # "(Julii) Pietrze", "(Annie) Jagodzie": an '-a' stem's softened dative
            soft = next((text[: -len(end)] + base for end, base in SOFTENED
                         if text.endswith(end) and len(text) > len(end) + 2), None)
            if soft is not None:
                return soft
        for ending, base in (("ę", "a"), ("ą", "a"), ("ie", "a"), ("y", "a")):
            if text.endswith(ending) and len(text) > 4:
                return text[: -len(ending)] + base
        if text.endswith(("ki", "gi")) and cases & {"gen"}:
            return text[:-1] + "a"
        return text  # consonant-final feminine surnames do not decline
    for ending in ("owi", "em", "a", "u"):
        if text.endswith(ending) and len(text) - len(ending) >= 3:
            stem = text[: -len(ending)]
            if ending == "a" and not cases & {"gen", "acc"}:
                continue
            if ending == "u" and not cases & {"loc", "voc"}:
                continue
            return with_fleeting_e(stem)
    return text


def common_noun_surname(text: str, want_f: bool, cases: set[str]) -> str | None:
    """'(Janem) Pstrążkiem' -> 'Pstrążek', '(Annie) Szczotce' -> 'Szczotka': a surname the dictionary lacks that is a
    common noun declines as that noun, so the noun's reading in the first name's case gives its nominative (a man's
    by any noun, an '-a' noun's too; a woman's only by a feminine one: 'Anny Kot' keeps a masculine noun as written)."""
    common = [a for a in analyse(text) if a.pos == "subst" and not a.names and a.number == "sg" and a.cases & cases
              and (not want_f or "f" in a.genders)]
    if not common or any("nom" in a.cases & cases for a in common):
        return None
    common.sort(key=lambda a: not set(a.genders) & {"m1", "m2", "m3"})
    return match_case(common[0].lemma, text)
