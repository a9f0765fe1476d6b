"""Adjectives the dictionary lacks, read by their ending: 'Wambierzyckiej' is the feminine genitive, dative or
locative of 'Wambierzycki', an adjective made from a place name, as 'Częstochowskiej' is of 'częstochowski'.

Polish forms adjectives from place names with '-ski', '-cki', '-dzki', whose endings show gender, number and case;
a name phrase whose other words agree with such a word ('Wambierzyckiej Królowej') puts it in the nominative.
"""

from __future__ import annotations

from pipeline.text.analysis import Analysis

#: ending -> (what the nominative ends in, the tag's case and gender part), singular only
_ENDINGS = (("skiej", "ska", "gen.dat.loc:f"), ("ckiej", "cka", "gen.dat.loc:f"), ("dzkiej", "dzka", "gen.dat.loc:f"),
            ("ską", "ska", "acc.inst:f"), ("cką", "cka", "acc.inst:f"), ("dzką", "dzka", "acc.inst:f"),
            ("skiego", "ski", "gen.acc:m1"), ("ckiego", "cki", "gen.acc:m1"), ("dzkiego", "dzki", "gen.acc:m1"),
            ("skiemu", "ski", "dat:m1"), ("ckiemu", "cki", "dat:m1"), ("dzkiemu", "dzki", "dat:m1"))


def ending_adjective(word: str) -> list[Analysis]:
    """Adjective readings of a capitalised word the dictionary lacks, by an '-ski' / '-cki' / '-dzki' ending;
    the lemma is the nominative of the gender the ending shows."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 7:
        return []
    low = word.lower()
    for ending, base, cases_gender in _ENDINGS:
        if low.endswith(ending):
            return [Analysis(word[: -len(ending)] + base, f"adj:sg:{cases_gender}:pos", ())]
    return []
