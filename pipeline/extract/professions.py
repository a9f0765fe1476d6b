"""Professions the title lexicon does not list ("grafik", "wokalistka", "scenarzysta"): a personal noun
(SGJP gender m1, or a feminine noun derived from one) with an agent suffix, read as a title only where a
title is expected (a bare apposition after a name, or right before a name agreeing with it in case).
Kinship and relation nouns ("syn", "kolega") lack the suffixes; taking part is no profession.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.lexicon.words import first_name
from pipeline.text.morphology import analyse

#: Agent suffixes of Polish profession nouns: "rysownik", "malarz", "wokalista", "etnolog", "ilustrator".
_AGENT_SUFFIXES = ("ik", "yk", "arz", "erz", "ista", "ysta", "log", "graf", "or", "ent", "ant", "er", "ca", "ier",
                   "acz", "ak", "owiec", "eta", "euta", "iatra", "peda")
#: Personal nouns with an agent suffix that say how someone takes part or lives, not what they do.
_NOT_PROFESSIONS = frozenset({"uczestnik", "zwycięzca", "finalista", "stypendysta", "absolwent", "pacjent",
                              "klient", "partner", "mieszkaniec", "kibic", "widz", "odbiorca", "sponsor",
                              "darczyńca", "beneficjent", "kandydat", "obrońca", "chłopak", "rodak", "dziwak",
                              "biedak", "prostak", "żak", "wdowiec", "słuchacz", "gracz", "junior", "senior",
                              "profesor"})  # a post only with its chair (role_titles); before a name a degree
#: Military and fire-service ranks with an agent suffix: ranks are not roles (docs/annotation.md, Titles).
_RANKS = frozenset({"major", "pułkownik", "podpułkownik", "porucznik", "podporucznik", "sierżant", "starszy",
                    "aspirant", "komandor", "brygadier", "kapitan", "generał", "kapral", "chorąży", "szeregowy"})
#: Feminine derivations: (feminine ending, masculine ending) — "wokalistka" -> "wokalista",
#: "graficzka" -> "grafik", "malarka" -> "malarz", "twórczyni" -> "twórca".
_FEMININE = (("czka", "k"), ("stka", "sta"), ("arka", "arz"), ("erka", "er"), ("orka", "or"), ("ka", ""), ("ka", "a"),
             ("yni", "a"), ("ini", "a"))


_ITEM_ENDS = frozenset({",", ".", ";", ":", ")", "(", "–", "—", "-", "!", "?", "i", "oraz"})


def masculine_profession(lemma: str) -> bool:
    """A masculine agent noun naming what someone does ("rysownik", "wokalista"), not how they take part."""
    return lemma.endswith(_AGENT_SUFFIXES) and lemma not in _NOT_PROFESSIONS | _RANKS and len(lemma) > 4


def feminine_base(lemma: str) -> str | None:
    for fem, masc in _FEMININE:
        if lemma.endswith(fem):
            base = lemma[: -len(fem)] + masc
            if masculine_profession(base) and any(
                    a.pos == "subst" and a.lemma == base and "m1" in a.genders for a in analyse(base)):
                return base
    return None


def profession(tok: Token, cases: frozenset[str] | None = None) -> str | None:
    """The masculine base of a lower-case profession noun at tok (in one of `cases` when given), else None."""
    if not tok.is_alpha or not tok.text[:1].islower() or first_name(tok) is not None:
        return None
    for a in tok._.morf:
        if a.pos != "subst" or a.names or a.number != "sg" or (cases is not None and not a.cases & cases):
            continue
        lemma = a.lemma.lower()
        if "m1" in a.genders and masculine_profession(lemma):
            return lemma
        if "f" in a.genders:
            base = feminine_base(lemma)
            if base is not None:
                return base
    return None


def bare_profession(doc, k: int, cases: frozenset[str] | None = None) -> tuple[str, int] | None:
    """(title, k + 1) for a profession noun standing alone as an apposition item: what follows it is
    punctuation, a conjunction or the line's end ("– grafik, malarz,"), so no complement is cut off."""
    if k >= len(doc):
        return None
    title = profession(doc[k], cases)
    if title is None:
        return None
    end = k + 1
    if end < len(doc) and "\n" not in doc[k].whitespace_ and _complement(doc[k], doc[end]):
        title, end = f"{title} {_complement(doc[k], doc[end])}", end + 1  # "projektantka mody", "grafik komputerowy"
    if end < len(doc) and "\n" not in doc[end - 1].whitespace_ and not (
            doc[end].text in _ITEM_ENDS or doc[end].is_space or _finite(doc[end]) or _origin_follows(doc, end)
            or institution_after(doc, end)):  # "– naukowiec Politechniki X": where the profession is practised
        return None  # "– zootechnik zaprezentował": the verb after the apposition ends it too
    return title, end


def institution_after(doc, k: int) -> bool:
    """A capitalised institution in the genitive (or an acronym) at k: "rzemieślnik Cechu X", "socjolog UAM" name
    the body the profession is practised in, as a title's institution does."""
    if k >= len(doc) or not doc[k].text[:1].isupper() or not doc[k].is_alpha:
        return False
    if doc[k].text.isupper() and len(doc[k].text) >= 2:
        return True
    from pipeline.lexicon.words import ORG_HEADS

    end = min(len(doc), k + 4)
    while k + 1 < end and doc[k].text[:1].isupper() and any(a.pos == "adj" and "gen" in a.cases for a in doc[k]._.morf) \
            and not any(a.pos == "subst" and a.lemma.lower() in ORG_HEADS for a in doc[k]._.morf):
        k += 1  # "Państwowej Inspekcji Pracy": the head past its capitalised adjectives
    return doc[k].text[:1].isupper() and any(
        a.pos == "subst" and "gen" in a.cases and a.lemma.lower() in ORG_HEADS for a in doc[k]._.morf)


def _origin_follows(doc, k: int) -> bool:
    """"polonistka z I Liceum X": "z" and a capitalised word after the profession say where its holder works."""
    return doc[k].text.lower() in ("z", "ze") and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()


def _finite(tok: Token) -> bool:
    return tok._.analysis is not None and tok._.analysis.pos in ("fin", "praet")


def _complement(noun: Token, tok: Token) -> str | None:
    """A lower-case word a bare profession carries: a genitive noun ("mody") or an adjective agreeing with it
    ("komputerowy", in its masculine nominative), when nothing but the item's end follows it."""
    if not tok.is_alpha or not tok.text[:1].islower() or tok.text in _ITEM_ENDS or tok._.analysis is None:
        return None
    if tok._.analysis.pos == "subst" and any(a.pos == "subst" and "gen" in a.cases and not a.names for a in tok._.morf):
        return tok.text.lower()
    cases = {c for a in noun._.morf if a.pos == "subst" for c in a.cases}
    adj = next((a for a in tok._.morf if a.pos == "adj" and a.cases & cases and a.tag.endswith(":pos")), None)
    return adj.lemma.lower() if adj is not None and tok._.analysis.pos == "adj" else None
