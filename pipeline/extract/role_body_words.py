"""Words of a body's name that stand between a title and its holder's name without being words of their own: a
legal form written with dots ("S.A.", "Sp. z o.o.") and a case ending glued to an acronym ("GOK-u"). Split from
`pipeline.extract.roles`, whose backward walk from a name to its title passes over them."""

from __future__ import annotations

import re

from spacy.tokens import Doc

#: A legal form of capital initials with dots ("S.A.", "P.P.H.U."), as the glued tokens spell it together.
_INITIALS = re.compile(r"(?:[A-ZĄĆĘŁŃÓŚŹŻ]\.){2,}")


def _glued_run(doc: Doc, k: int) -> str:
    """The text of the tokens around k written with no space between them ("S." "A" "." -> "S.A.")."""
    a = k
    while a > 0 and not doc[a - 1].whitespace_:
        a -= 1
    b = k
    while b + 1 < len(doc) and not doc[b].whitespace_:
        b += 1
    return "".join(t.text for t in doc[a:b + 1])


def legal_form_part(doc: Doc, k: int) -> bool:
    """Token k belongs to a company's legal form written with dots: "S.A." (its closing dot ends no sentence
    before the name: "doradca Agencji Rozwoju S.A. Jan Kos"), or "z o.o." after "Sp."."""
    text = doc[k].text
    if text in (".", "A") or (len(text) == 2 and text.endswith(".") and text[0].isupper()):
        return bool(_INITIALS.fullmatch(_glued_run(doc, k)))
    if text == "o.o.":
        return k >= 2 and doc[k - 1].text == "z" and doc[k - 2].text.lower() == "sp."
    return text == "z" and k >= 1 and doc[k - 1].text.lower() == "sp." and k + 1 < len(doc) and doc[k + 1].text == "o.o."


def acronym_ending(doc: Doc, k: int) -> bool:
    """'u' in "dyrektor GOK-u Anna Kos": a case ending glued by a hyphen to an acronym declines it; no word of its own."""
    text = doc[k].text
    return k >= 2 and text.isalpha() and text.islower() and len(text) <= 3 and doc[k - 1].text == "-" \
        and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ and doc[k - 2].text.isupper() \
        and len(doc[k - 2].text) >= 2


#: Parts of speech of the lower-case words a body's name holds between capitalised ones: "Stowarzyszenie Razem dla
#: Wsi", "Fundacja Pomocy Osobom z Niepełnosprawnością", "Towarzystwo Przyjaciół Dzieci i Młodzieży".
_NAME_INNER_POS = frozenset({"prep", "conj"})


def name_inner_word(doc: Doc, k: int) -> bool:
    """A lower-case preposition or conjunction between two capitalised words of a body's name ("dla" in "prezes
    Stowarzyszenia Razem dla Wsi Jan Kos"), so the walk from a name back to its title passes over it."""
    if not 0 < k < len(doc) - 1 or not doc[k].text.islower() or not doc[k].text.isalpha():
        return False
    before, after = doc[k - 1], doc[k + 1]
    return before.text[:1].isupper() and after.text[:1].isupper() and before.text.isalpha() \
        and any(a.pos in _NAME_INNER_POS for a in doc[k]._.morf)
