"""A title's matter and portfolio: "ds. ochrony środowiska i promocji", "specjalista od marketingu", "Minister Spraw
Wewnętrznych i Administracji": lower-cased genitive words that belong to the title, not an institution."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.title_words import INSTITUTION_WORDS
from pipeline.lexicon.words import NAME_ONLY_HEADS, ORG_HEADS, first_name, role_title
from pipeline.ner.org_complements import MATTER_BODIES

#: Titles that take their field with "od": "specjalista od marketingu", "ekspert od funduszy".
MATTER_TITLES = frozenset({"specjalista", "ekspert", "doradca", "konsultant"})


#: Titles whose capitalised genitive names a portfolio: "Minister Rozwoju i Technologii".
PORTFOLIO_TITLES = frozenset({"minister", "wiceminister", "komisarz"})


#: Titles whose portfolio, capitalised or not, names the ministry and stays out of the title: "minister zdrowia".
BARE_PORTFOLIO_TITLES = frozenset({"minister", "wiceminister"})


#: Heads of bodies, not portfolios ("komisarz Unii Europejskiej"); a fund is a portfolio ("Minister Funduszy").
_NOT_PORTFOLIOS = ORG_HEADS | INSTITUTION_WORDS | (NAME_ONLY_HEADS - {"fundusz"})


def portfolio_word(tok: Token) -> bool:
    """A capitalised common genitive that is not an institution's head: 'Kultury', 'Spraw', 'Funduszy'."""
    readings = [a for a in tok._.morf if a.pos in ("subst", "adj", "ger") and not a.names]
    return bool(readings) and any("gen" in a.cases for a in readings) and not any(
        a.lemma.lower() in _NOT_PORTFOLIOS for a in readings if a.pos == "subst")


def matter_word(tok: Token) -> bool:
    """A lower-case word but a preposition, conjunction, verb or adverb ("wspólnie"), or a capitalised portfolio word."""
    if not tok.is_alpha or tok.text.isupper() or any(a.pos in ("prep", "conj", "fin", "praet") for a in tok._.morf) \
            or {a.pos for a in tok._.morf} == {"adv"}:
        return False
    return tok.text[:1].islower() or (portfolio_word(tok) and first_name(tok) is None)  # "… Narodowego Bogdana"


def enumerated_matter(doc: Doc, j: int) -> bool:
    """After a comma in a title's matter: lower-case genitive nouns (no titles) up to an "i"/"oraz" that goes on
    with the matter, before any other punctuation: the comma enumerates the matter's items."""
    for k in range(j, min(len(doc) - 1, j + 6)):
        t = doc[k]
        if t.text.lower() in ("i", "oraz"):
            return k > j and matter_word(doc[k + 1])
        if not (t.text[:1].islower() and matter_word(t) and role_title(t.text, t._.morf) is None
                and any(a.pos in ("subst", "adj") and "gen" in a.cases for a in t._.morf)):
            return False
    return False


def matter_chain(doc: Doc, j: int, words: list[str], limit: int) -> int:
    """Lower-cased genitive words of a title's matter or portfolio, with 'i'/'oraz' between two of them
    ("ds. ochrony środowiska i promocji", "Minister Spraw Wewnętrznych i Administracji"); stops at an
    institution's head ("ds. Strategii Uczelni X"), a preposition or a verb. Returns the index after it."""
    n = len(doc)
    start = len(words)
    lower = j < n and doc[j].text[:1].islower()
    while j < n and len(words) - start < limit:
        t = doc[j]
        if lower and t.text[:1].isupper() and len(words) > start:
            break  # "ds. personalnych i organizacyjnych Warszawskiego Uniwersytetu": the capital opens the body
        if t.text.lower() in ("i", "oraz") and len(words) > start and j + 1 < n and matter_word(doc[j + 1]):
            words.append(t.text.lower())
            j += 1
            continue
        if t.text == "," and len(words) > start and enumerated_matter(doc, j + 1):
            words[-1] += ","  # "ds. nauki, rozwoju i współpracy": an enumeration closed by "i" is one matter
            j += 1
            continue
        if not matter_word(t):
            break
        if j + 2 < n and doc[j + 1].text == "-" and not t.whitespace_ and not doc[j + 1].whitespace_ \
                and matter_word(doc[j + 2]):
            words.append(f"{t.text.lower()}-{doc[j + 2].text.lower()}")  # "ds. dydaktyczno-wychowawczych"
            j += 3
            continue
        words.append(t.text.lower())
        j += 1
    if words and words[-1] in ("i", "oraz"):
        words.pop()
        j -= 1
    return j


def matter_after(doc: Doc, j: int) -> tuple[str, int]:
    """'pełnomocnik prezydenta Elbląga ds. seniorów': a "ds." matter written after the title's institution still
    belongs to the title; (the matter with its "ds.", index after it), or ("", j) when none follows at j."""
    k = j + 1 if j < len(doc) and doc[j].is_space and "\n" not in doc[j].text else j
    if k + 1 >= len(doc) or doc[k].text != "ds.":
        return "", j
    words: list[str] = []
    end = matter_chain(doc, k + 1, words, 10)
    return ("ds. " + " ".join(words), end) if words else ("", j)


def body_matter(doc: Doc, d: int) -> bool:
    """The capitalised matter after "ds." at d belongs to the capitalised body right before it ("poseł Krajowej Rady
    ds. Rozwoju Wsi"), not to the title ("Pełnomocnik Burmistrza ds. Seniorów" keeps its own)."""
    if d < 1 or d + 1 >= len(doc) or not doc[d - 1].text[:1].isupper() or not doc[d + 1].text[:1].isupper():
        return False
    return any(a.pos == "subst" and a.lemma.lower() in MATTER_BODIES for a in doc[d - 1]._.morf)
