"""A parish named by its dedication, however its head is written: "parafii pw. św. Wojciecha", "Parafii pod
wezwaniem Najświętszej Marii Panny w X", "parafii Św. Józefa", "parafia rzymskokatolicka pw. św. Anny" (the church's
adjective before the marker stays in the name). The dedication is the parish's proper name, so the
phrase names one body, written with a capital head ("Parafia pw. św. Wojciecha"); the seat after the dedication
is dropped, as for any name with a proper part (docs/annotation.md, 452).
"""

from __future__ import annotations

import re

from pipeline.text.context import Context
from pipeline.text.inflect import adjective_nominative
from pipeline.text.morphology import analyse

EXTRACTOR = "extract.parishes"
_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
#: the head in any case; "pw." / "p.w." / "pod wezwaniem" announces the dedication
_PARISH = re.compile(rf"\b[Pp]arafi(?:a|i|ę|ą|o)[^\S\n]+(?P<adj>[{_UP}a-ząćęłńóśźż][\w-]+[^\S\n]+"
                     rf"(?=pw\.|p\.[^\S\n]?w\.|pod[^\S\n]+wezwaniem))?(?P<marker>(?:pw\.|p\.[^\S\n]?w\.|pod[^\S\n]+wezwaniem)[^\S\n]+)?"
                     rf"(?P<ded>(?:[Śś]w\.|[Bb]ł\.|[{_UP}][\w-]*\.?)(?:[^\S\n]+(?:[Śś]w\.|[Bb]ł\.|i\b|z(?=[^\S\n]+[{_UP}])|"
                     rf"[{_UP}][\w-]*\.?))*)")
#: how a dedication begins without "pw.": a saint or the Virgin ("św. X", "Najświętszej Rodziny", "NMP")
_SAINT_LEMMAS = frozenset({"święty", "błogosławiony", "najświętszy"})
_SAINT_ABBREVIATIONS = frozenset({"św.", "bł.", "nmp"})


def _denomination(adj: str, head: str) -> str | None:
    """"parafia rzymskokatolicka pw. …", "parafię prawosławną pw. …", "Parafii Ewangelicko-Augsburskiej pod wezwaniem
    …": an adjective agreeing with the parish head (feminine singular, the head's case) names its church; its
    nominative as written (a hyphenated one inflects its last part). None when the word is no such adjective."""
    cases = {c for a in analyse(head.strip().lower()) if a.pos == "subst" and a.lemma == "parafia" and a.number == "sg"
             for c in a.cases}
    first, _, last = adj.rpartition("-")
    reading = next((a for a in analyse(last.lower()) if a.pos == "adj" and a.number == "sg" and "f" in a.genders
                    and cases & set(a.cases)), None)
    if reading is None:
        return None
    return f"{first}-" * bool(first) + adjective_nominative(last, reading, "sg", "f")


def saintly(word: str) -> bool:
    if word.lower() in _SAINT_ABBREVIATIONS:
        return True
    return any(a.pos == "adj" and a.lemma.lower() in _SAINT_LEMMAS for a in analyse(word.lower()))


def dedication_end(ctx: Context, m: re.Match[str]) -> int:
    """Where the dedication ends: without a trailing joiner ("i", "z") or the full stop of a sentence ending on a
    whole word ("św. Wojciecha."; "Ap.", "św." stay abbreviations)."""
    words = list(re.finditer(r"\S+", m["ded"]))
    full = next((k for k, w in enumerate(words) if _sentence_stop(w[0])), None)
    if full is not None:
        words = words[:full + 1]  # "pw. św. Floriana. Następnie Anna …": the sentence ends the dedication
    joint = next((k for k, w in enumerate(words[:-1]) if w[0] == "i" and _body_word(words[k + 1][0])), None)
    if joint is not None:
        words = words[:joint]  # "Parafii Św. Anny i GOPS", "… i Fundacji Lipa": "i" joins a second body
    while words and words[-1][0] in ("i", "z"):
        words.pop()
    if not words:
        return m.start("ded")
    last = words[-1]
    end = m.start("ded") + last.end()
    if _sentence_stop(last[0]):
        end -= 1
    return end


#: The Virgin's abbreviations in a dedication ("pw. NMP i św. Józefa"), no body's acronym.
_SAINT_ABBREVIATIONS_UPPER = frozenset({"NMP", "MB"})


def _body_word(word: str) -> bool:
    """An acronym in capitals or an institution's head: a body's name begins, no saint's ("Piotra i Pawła")."""
    from pipeline.lexicon.bodies import BODY_HEADS
    from pipeline.lexicon.words import ORG_HEADS

    word = word.rstrip(".,;:")
    return len(word) >= 2 and word.isalpha() and word.isupper() and word not in _SAINT_ABBREVIATIONS_UPPER or any(
        a.pos == "subst" and a.lemma.lower() in ORG_HEADS | BODY_HEADS for a in analyse(word))


def _sentence_stop(word: str) -> bool:
    """A whole word with a full stop ends the sentence ("Wojciecha."); "NMP." too, as an acronym takes no
    abbreviation's dot; "Ap.", "św.", "bł." are abbreviations."""
    stem = word[:-1]
    return word.endswith(".") and stem.isalpha() and (len(stem) > 3 or len(stem) > 1 and stem.isupper())


def parish_mentions(ctx: Context) -> list[tuple[int, int, str]]:
    """(start, end, name) of each parish the text names by its dedication."""
    if "arafi" not in ctx.norm:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _PARISH.finditer(ctx.norm):
        if not m["marker"] and not saintly(m["ded"].split()[0]):
            continue  # "parafii Kowalskich", "Parafia Rzymskokatolicka": no dedication
        adj = _denomination(ctx.text[m.start("adj"):m.end("adj")].strip(), ctx.text[m.start():m.start("adj")]) \
            if m["adj"] else ""
        if adj is None:
            continue  # "parafii Lipnik pw. …": a noun before the marker is no denomination's adjective
        end = dedication_end(ctx, m)
        ded = ctx.text[m.start("ded"):end]
        if not ded or ded.lower() in _SAINT_ABBREVIATIONS:
            continue
        marker = " ".join(ctx.text[m.start("marker"):m.end("marker")].split()) + " " if m["marker"] else ""
        out.append((m.start(), end, f"Parafia {adj + ' ' if adj else ''}{marker}{ded}"))
    return out
