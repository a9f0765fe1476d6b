"""The layout around a name in a list. Rank and degree abbreviations between a title and a name: "Komendant Policji w X mł. insp. Jan Kos",
"Kanclerz Kurii Ks. inf. dr Jan Kos", "asp. szt. Jan Kos". Police, military and clerical ranks are written as
lower-case abbreviations before the name, like "ks." or "dr"; they are honorifics, not titles or institutions
(docs/annotation.md: degrees and honorifics are not part of the name), so a title before them still reaches it.
A list's items written one a line, each closed by a comma or semicolon, stay one list when the page's bullets are
gone ("W panelu wzięli udział:" / "A – prezes X," / "B – dyrektor Y."); a programme's timed lines are items of
their own ("11:00 – panel, moderator: A" / "12:30 – prezentacja – B": B is no member of the panel).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from pipeline.extract.role_titles import title_at
from pipeline.lexicon.words import HONORIFICS, role_title
from pipeline.text.layout_rules import CLOCK
from pipeline.text.morphology import analyse

#: Expansions of abbreviations that name no person's rank: a street, a date, a saint, "m.in." (multiword
#: expansions such as "między_innymi" and "pod_wezwaniem" are excluded by their "_").
_NOT_RANKS = frozenset({"ulica", "aleja", "rok", "godzina", "święty", "imienia", "numer", "osiedle", "plac",
                        "rocznik", "strona", "tysiąc", "wiek", "wieś", "województwo", "powiat", "gmina", "miasto"})


def _abbreviation(words: list) -> bool:
    """Readings of a short lower-case word standing before a period: unknown to the dictionary or an abbreviation
    of a word that is no street, date or saint."""
    return bool(words) and all(a.pos in ("brev", "ign") for a in words) and not any(
        "_" in a.lemma or a.lemma.lower() in _NOT_RANKS for a in words if a.pos == "brev")


def _dotted_abbreviation(word: str) -> bool:
    """'bryg', 'st', 'płk' written with their period: the dictionary reads the dotted form as an abbreviation
    ("bryg." of "brygada", "st." of "starszy") though the bare word is a noun ("bryg"); an abbreviation of a title
    ("dyr.", "kom.") or of a street, date or unit word is no rank."""
    return any(a.pos == "brev" and "_" not in a.lemma and a.lemma.lower() not in _NOT_RANKS
               and role_title(a.lemma, tuple(analyse(a.lemma))) is None for a in analyse(word + "."))


def rank_start(doc: Doc, h: int) -> int:
    """The first token of the rank abbreviations ending right before token h ("mł. insp.", "p.o. podinsp.",
    "inf."), h itself when none stands there. A period split from its word ("insp" ".") counts with it."""
    k = h
    while k >= 1:
        t = doc[k - 1]
        if t.text == "." and k >= 2 and not doc[k - 2].whitespace_ and doc[k - 2].is_alpha \
                and doc[k - 2].text.islower() and len(doc[k - 2].text) <= 7 and (
                _abbreviation(doc[k - 2]._.morf) or doc[k - 2].text + "." in HONORIFICS
                or _dotted_abbreviation(doc[k - 2].text)):
            k -= 2  # "insp" "."
        elif t.text.endswith(".") and 2 <= len(t.text) <= 8 and t.text[:1].islower() \
                and t.text.replace(".", "").isalpha() and (t.text == "p.o." or _abbreviation(t._.morf)
                                                           or _dotted_abbreviation(t.text[:-1])):
            k -= 1  # "mł.", "asp.", "p.o."
        else:
            return k
    return k


def rank_end(doc: Doc, k: int) -> int:
    """The index after the rank abbreviation starting at token k ("inf.", "insp" "."), k itself when none starts
    there: the forward reading of `rank_start`."""
    t = doc[k]
    if t.is_alpha and t.text.islower() and len(t.text) <= 7 and not t.whitespace_ and k + 1 < len(doc) \
            and doc[k + 1].text == "." and (_abbreviation(t._.morf) or t.text + "." in HONORIFICS
                                            or _dotted_abbreviation(t.text)):  # "kan" "."
        return k + 2
    if t.text.endswith(".") and 2 <= len(t.text) <= 8 and t.text[:1].islower() and t.text.replace(".", "").isalpha() \
            and (t.text == "p.o." or _abbreviation(t._.morf) or _dotted_abbreviation(t.text[:-1])):
        return k + 1
    return k


def before_ranks(doc: Doc, h: int, honorifics: Callable[[Doc, int], int]) -> int:
    """`honorifics` (the start of the honorifics before a token) extended over rank abbreviations, with the
    honorifics before those ranks too: "Ks. inf. dr Jan Kos" starts at "Ks."."""
    k = rank_start(doc, h)
    return h if k == h else honorifics(doc, k)


def item_line(doc: Doc, k: int) -> bool:
    """Whether the line of token k ends with a comma or semicolon: an item of a list written one a line, which
    goes on with the next line (a paragraph of running text ends with a sentence's period)."""
    end = k
    while end + 1 < len(doc) and "\n" not in doc[end].whitespace_ and "\n" not in doc[end + 1].text:
        end += 1
    return doc[end].text in (",", ";") and end + 1 < len(doc)


#: A programme line's opening time: "10:00 –", "10.15-11.00", "godz. 9:30".
_TIMED = re.compile(rf"(?:godz\.?\s*)?{CLOCK}(?:\s*[-–—]\s*{CLOCK})?")


def line_start(doc: Doc, k: int) -> int:
    """The first non-space token of the line of token k."""
    start = k
    while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    while start < k and doc[start].is_space:
        start += 1
    return start


def timed_line(doc: Doc, k: int) -> bool:
    """Whether the line of token k opens with a clock time: an item of a programme of its own ("10:00 – wykład …")."""
    start = line_start(doc, k)
    head = "".join(t.text + t.whitespace_ for t in doc[start:start + 4])
    return _TIMED.match(head) is not None


def title_start_before(doc: Doc, h: int) -> int:
    """Where a title written right before the name at h begins ("zajęcia prowadzone przez ratownika medycznego
    Jana Kosa": the agent phrase of "przez" holds the title and then the name); h when no title ends there."""
    for k in range(h - 1, max(0, h - 5) - 1, -1):
        if doc[k].text in (",", ".", ":", ";", "(", ")") or "\n" in doc[k].whitespace_:
            break
        found = title_at(doc, k)
        if found is not None and found[1] == h:
            return k
    return h
