"""Which name a title between two names of a list belongs to. Polish apposition puts a title after its name and a
comma ("Pan Jan Kos, Wójt Gminy X, Pani Anna Wilk, …"), but a list may as well give each title before its name
("Wójt Gminy X, Pan Jan Kos, Przewodnicząca Rady, Pani Anna Wilk"), and a dash before a name hands the title on
("Dyrektora Domu – Pani Anny Wilk, Kierownika Działu – Pani Ewy Kos"). The list's first item and agreement in
gender decide; without them the title stays the apposition of the name before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.person_names import is_pan
from pipeline.extract.role_orgs import org_end
from pipeline.extract.role_ranks import rank_end
from pipeline.extract.role_stacks import candidacy
from pipeline.extract.role_titles import qualified_title_at, title_at
from pipeline.extract.title_words import token_title
from pipeline.lexicon.words import HONORIFICS, first_name

_DASHES = ("-", "–", "—")
_LIST_OPENERS = (":", ";")


def name_at(doc: Doc, k: int) -> int | None:
    """The index of the first name right at k, past honorifics and ranks ("Pani", "prof. dr"), or None."""
    limit = min(len(doc), k + 6)
    while k < limit and (doc[k].text.lower() in HONORIFICS or is_pan(doc[k]) or rank_end(doc, k) > k or (
            doc[k].is_space and "\n" not in doc[k].text)):
        k = rank_end(doc, k) if rank_end(doc, k) > k else k + 1
    if k + 1 < len(doc) and first_name(doc[k]) is not None and doc[k + 1].text[:1].isupper():
        return k
    return None


def item_end(doc: Doc, after: int) -> int | None:
    """The comma or spaced dash that ends a list item whose title phrase ends at `after` ("Poseł na Sejm IX
    kadencji – …"); None past a name, a verb or adverb, another title, other punctuation or the line's end."""
    for s in range(after, min(len(doc), after + 10)):
        t = doc[s]
        if t.text == "," or (t.text in _DASHES and (t.whitespace_ or doc[s - 1].whitespace_)):
            return s
        chosen = t._.analysis
        if t.text in (".", ";", ":", "(", ")", "!", "?") or "\n" in t.text + t.whitespace_ or name_at(doc, s) is not None \
                or (chosen is not None and chosen.pos in ("fin", "praet", "impt", "inf", "pcon", "adv")) \
                or token_title(t.text, t._.morf) is not None:
            return None  # "– Pełnomocnik Wojewody wspólnie z prowadzącymi – A": another phrase, another title
    return None


def title_of_next_name(doc: Doc, k: int, after: int, sent_start: int) -> bool:
    """The title starting at k (its phrase up to `after`), written right after a name and a comma or dash, is the
    next name's when its list item ends in a comma or dash before that name: a dash hands it on, and after a comma
    the list gives titles before names (its first item is a title alone) or the title is feminine between a man's
    name and a woman's."""
    sep = item_end(doc, after)
    if sep is None or (nxt := name_at(doc, sep + 1)) is None:
        return False
    if doc[sep].text in _DASHES:
        return True  # "…, Kierownika Działu – Pani Ewy Kos"
    if doc[sep].text != ",":
        return False
    prev = _previous_first_name(doc, k)
    if prev is not None and _feminine_only(doc[k]) and _gender(prev) == "m" and _gender(doc[nxt]) == "f":
        return True  # "Pan Jan Kos, Przewodnicząca Rady, Pani Anna Wilk"
    return _titles_first(doc, k, sent_start)


def person_before(doc: Doc, k: int, sent_start: int) -> bool:
    """A person is named in the clause before the comma or dash at k ("Jan Kos, Wójt Gminy X, …"): only then can the
    title after it be that person's apposition. An adverbial opening ("Na początku spotkania, Dyrektor X, Pani
    Anna Kos, …") names nobody, and its comma hands the title on to the name after it."""
    for s in range(k - 1, max(sent_start, k - 12) - 1, -1):
        t = doc[s]
        if t.text in _LIST_OPENERS or "\n" in t.whitespace_:
            return False
        if t.text == ")" or is_pan(t) or (first_name(t) is not None and s + 1 < len(doc) and doc[s + 1].text[:1].isupper()):
            return True  # a name (or a name's aside in brackets, or "Pan") before the comma
        if t.text[:1].isupper() and s > sent_start and any("nazwisko" in a.names for a in t._.morf):
            return True  # "Kos, Dyrektor X": a surname alone
    return False


def _titles_first(doc: Doc, k: int, sent_start: int) -> bool:
    """The list the title at k stands in opens with a title alone and then a name: "Wójt Gminy X, Pan Jan Kos, …"."""
    start = sent_start
    for s in range(k - 1, max(sent_start, k - 60) - 1, -1):
        if doc[s].text in _LIST_OPENERS or "\n" in doc[s].whitespace_:
            start = s + 1
            break
    comma = next((s for s in range(start, k) if doc[s].text == ","), None)
    if comma is None or name_at(doc, comma + 1) is None:
        return False
    for s in range(start, comma):
        if name_at(doc, s) is not None:
            return False  # the first item holds a name: titles follow their names
    for s in range(start, comma):
        found = title_at(doc, s)
        if found is not None and comma in (found[1], org_end(doc, found[1])):
            return True
    return False


def _previous_first_name(doc: Doc, k: int) -> Token | None:
    """The first name of the name that ends right before the comma at k - 1."""
    for s in range(k - 2, max(-1, k - 6), -1):
        if not doc[s].text[:1].isupper():
            return None
        if first_name(doc[s]) is not None:
            return doc[s]
    return None


def _feminine_only(tok: Token) -> bool:
    """'Przewodnicząca', 'Dyrektorka': every nominal reading of the title word is feminine."""
    genders = [a.genders for a in tok._.morf if a.pos in ("subst", "adj", "pact")]
    return bool(genders) and all(set(g) <= {"f"} for g in genders)


def _gender(tok: Token) -> str | None:
    reading = first_name(tok)
    if reading is None:
        return None
    genders = set(reading.genders)
    return "f" if genders == {"f"} else "m" if genders and "f" not in genders else None


def capitalised_office_adjective(tok: Token, nxt: Token) -> bool:
    """'Mazowiecki Kurator Oświaty', 'Podkarpackiego Komendanta': a capitalised regional adjective agreeing in case
    with the title after it names the office's area, not the title (a lower-case one stays, `qualified_title_at`)."""
    if not tok.text[:1].isupper() or token_title(nxt.text, nxt._.morf) is None:
        return False
    noun_cases = {c for a in nxt._.morf if a.pos == "subst" for c in a.cases}
    return any(a.pos == "adj" and a.lemma.lower().endswith(("ski", "cki", "dzki")) and a.cases & noun_cases
               for a in tok._.morf)


def apposition_title_at(doc: Doc, k: int, punctuated: bool) -> tuple[int, tuple[str, int] | None]:
    """The title of an apposition starting at k, past a capitalised regional adjective when the apposition follows
    punctuation ("Pani Anna Wilk, Mazowiecki Kurator Oświaty"): (its start, its title and end, or None)."""
    found = qualified_title_at(doc, k)
    if found is None and punctuated and k + 1 < len(doc) and capitalised_office_adjective(doc[k], doc[k + 1]):
        return k + 1, qualified_title_at(doc, k + 1)
    if found is None and punctuated and k + 2 < len(doc) and doc[k + 1].text.lower() == "na":
        sought = qualified_title_at(doc, k + 2)  # "Anna Kos, kandydatka na radną Gminy X": the office sought
        start, title = candidacy(doc, k + 2, sought) if sought is not None else (k + 2, None)
        return (k, title) if start == k else (k, None)
    return k, found
