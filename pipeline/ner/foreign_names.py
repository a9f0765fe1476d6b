"""Names the dictionary lacks, read from where they stand: a foreign guest's first name and surname are both
unknown to SGJP ("Aino Lehtonen", "Darius Jankauskas") or known only as surnames ("Tomas", "Niklas"), so the
first-name rules never start them. Two such words make a person where a person must stand:

* after a title noun and its complement: "ambasador Litwy Darius Jankauskas", "burmistrz partnerskiego miasta
  Tomas Vasiliauskas";
* as the subject right after a past-tense verb, the pair closing its clause: "Nagrodę wręczyła Aino Lehtonen.";
* after "z" with the first word in a feminine instrumental ("rozmawiali z Oksaną Melnyk").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.lexicon.words import role_title

#: categories of SGJP readings a foreign name's word may have besides none at all
NAME_CATEGORIES = frozenset({"imię", "nazwisko"})
#: words between a title noun and the name: "ambasador Litwy", "burmistrz partnerskiego miasta"
TITLE_REACH = 3
#: readings of a verb whose subject may follow it: "wręczyła", "otworzył", "poprowadzili"
_PAST = frozenset({"praet"})
#: what may follow the name: the clause or the sentence ends, or where the person comes from
_AFTER = frozenset({".", ",", ";", ":", "!", "?", ")", "z", "ze", "i", "oraz", "–", "-"})


def _name_word(tok: Token) -> bool:
    text = tok.text
    return len(text) >= 3 and text.isalpha() and text[0].isupper() and not text.isupper() and bool(tok._.morf) \
        and all(a.pos == "ign" or set(a.names) & NAME_CATEGORIES for a in tok._.morf)


def _unknown(tok: Token) -> bool:
    return all(a.pos == "ign" for a in tok._.morf)


def _adverb(tok: Token) -> bool:
    return tok.text.islower() and bool(tok._.morf) and all(a.pos in ("adv", "qub", "part") for a in tok._.morf)


def _sentence_initial(doc: Doc, k: int) -> bool:
    return k == 0 or doc[k - 1].text in (".", "!", "?", ":") or "\n" in doc[k - 1].text + doc[k - 1].whitespace_


def _after_title(doc: Doc, i: int) -> bool:
    """A title noun up to `TITLE_REACH` words before the name, lower-case, or capitalised as a sentence's first word
    ("Ambasador Litwy Darius Jankauskas otworzył …")."""
    for k in range(i - 1, max(-1, i - 2 - TITLE_REACH), -1):
        tok = doc[k]
        if (tok.text.islower() or _sentence_initial(doc, k)) and role_title(tok.text.lower(), tuple(tok._.morf)):
            return True
        if not tok.text.isalpha():
            return False  # a comma or a bracket: the title, if any, is another's
    return False


def foreign_name(doc: Doc, i: int) -> bool:
    """Tokens i and i + 1 are a person's first name and surname the dictionary lacks."""
    if i == 0 or i + 1 >= len(doc) or not doc[i].whitespace_:
        return False
    first, last = doc[i], doc[i + 1]
    if not (_name_word(first) and _name_word(last)) or not (_unknown(first) or _unknown(last)):
        return False
    verb_after = i + 2 < len(doc) and doc[i + 2].text.islower() and any(a.pos in _PAST for a in doc[i + 2]._.morf)
    if i + 2 < len(doc) and doc[i + 2].text not in _AFTER and not verb_after:
        return False  # "Bad Kissingen Kurhaus": a longer capitalised run is no two-word name
    before = doc[i - 1]
    if before.text.lower() in ("z", "ze") and _unknown(first) and first.text.endswith("ą"):
        return True  # "z Oksaną Melnyk": the feminine instrumental of a name ending in -a
    k = i - 1
    while k > 0 and i - k <= 2 and (_adverb(doc[k]) or doc[k].text == "się"):
        k -= 1  # "jechał zresztą Niklas Klingberg, który …", "zameldował się również X": words between verb and subject
    before = doc[k]
    if before.text.islower() and any(a.pos in _PAST for a in before._.morf) and doc[i + 2:i + 3] \
            and doc[i + 2].text in (".", ",", ";", "!", "?", "z", "ze"):
        return True  # "Nagrodę wręczyła Aino Lehtonen."
    return _after_title(doc, i)  # "ambasador Litwy Darius Jankauskas, …", "… Darius Jankauskas otworzył wystawę"
