"""Word tests of the person rules (`pipeline.ner.person_rules`), kept apart to keep that module short: whether a
capitalised word may be a surname, and where a patron's name inside an institution's name ("im. Jana Kosa") ends,
so that a name after it is a person of the report ("dyrektor Szkoły im. Jana Kosa Anna Nowak")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.lexicon.words import HONORIFICS, ORG_HEADS, VENUE_HEADS, first_name, noun_lemmas


def surname_candidate(tok: Token) -> bool:
    """A capitalised word that may be a surname: no acronym, no institution's or venue's head, no function word."""
    if not tok.capitalised or not tok.text[:1].isalpha():
        return False
    if tok.text.isupper() and len(tok.text) <= 4:
        return False  # acronyms: "JST", "CIS"
    lemmas = noun_lemmas(tok)
    if not lemmas.isdisjoint(ORG_HEADS) or not lemmas.isdisjoint(VENUE_HEADS):
        return False
    return not any(a.pos in ("prep", "conj", "qub", "interp", "brev") for a in tok._.morf)


def title_word(text: str) -> bool:
    """An honorific or a short lower-case abbreviation with its dot ("ks.", "rtm."): a title before a name."""
    low = text.lower()
    return low in HONORIFICS or low.endswith(".") and 2 <= len(low) <= 6 and low[:-1].isalpha() and low.islower()


def after_patron_mark(doc: Doc, i: int) -> bool:
    """"im. A. Mickiewicza", "im. rtm. W. Pileckiego", "im. ks. J. Twardowskiego": titles back to "im."."""
    k = i - 1
    while k >= 0 and (doc[k].text == "." or title_word(doc[k].text) or doc[k].text.isalpha() and doc[k].text.islower()
                      and k + 1 < len(doc) and doc[k + 1].text == "." and len(doc[k].text) <= 5):
        if doc[k].text.lower() in ("im.", "im"):
            return True
        k -= 1
    return k >= 0 and doc[k].text.lower() in ("im.", "imienia")


def patron_end(doc: Doc, i: int) -> int | None:
    """The end of a patron's name starting at token i right after "im." (and its titles), else None: its
    capitalised words up to its surname (or its numeral: "Jana Pawła II"); a first name with a surname after that
    begins the person the title before the institution belongs to ("dyrektor Liceum im. Braci Śniadeckich Anna Kos")."""
    if not after_patron_mark(doc, i):
        return None
    n = len(doc)
    k, named = i, False
    while k < n and doc[k].capitalised:
        if named and first_name(doc[k]) is not None and k + 1 < n and doc[k].whitespace_ \
                and surname_candidate(doc[k + 1]) and first_name(doc[k + 1]) is None:
            return k
        named = named or first_name(doc[k]) is None and not any(
            a.pos == "subst" and not a.names for a in doc[k]._.morf)  # a surname or a numeral; "Braci" is a noun
        k += 1
    return max(k, i + 1)


def in_patron(doc: Doc, k: int) -> bool:
    """Token k is a word of a patron's name ("Stanisława" in "imienia Prezydenta Stanisława Wojciechowskiego")."""
    m = k
    while m > 0 and doc[m - 1].capitalised and doc[m - 1].text.lower() not in ("im.", "imienia"):
        m -= 1
    end = patron_end(doc, m) if m > 0 else None
    return end is not None and k < end


def first_names_agree(first: Token, second: Token) -> bool:
    """Two first names of one person stand in one case of the singular ("Anna Maria", "Jana Pawła"); "Krakowie"
    (a plural of "Krak") or "Filipów" before "Anna" is the end of a place's or a body's name, and so is a place's
    name right after a capitalised unit word ("Gminy Rudka Jana Kosa": Rudka, not a man called Rudek)."""
    def cases(tok: Token) -> set[str]:
        return {c for a in tok._.morf if "imię" in a.names and a.number in ("sg", None) for c in a.cases}
    before = first.doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.text[:1].isupper() and noun_lemmas(before) & _UNIT_WORDS and any(
            "nazwa_geograficzna" in a.names and "nom" in a.cases for a in first._.morf) \
            and "nom" not in cases(first):
        return False  # an oblique first name ("Rudka": Rudek's genitive) that is a place's nominative
    return bool(cases(first) & cases(second))


#: Units named by a place's name after them: "Gmina Rudka", "Sołectwo Wola".
_UNIT_WORDS = frozenset({"gmina", "miasto", "sołectwo", "wieś", "powiat", "parafia", "osiedle"})
