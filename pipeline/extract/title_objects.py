"""Titles whose genitive is not their complement: a maker's work ("twórca projektu X" -> twórca, settled 905) with
its kind kept ("twórca ludowy", "twórca tekstów"), a coach's squad ("trener kadry ratowniczej" -> trener), and words
read as titles only through a deprecating plural ("premiery")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.title_words import complement_form
from pipeline.lexicon.words import role_title


def depreciative_only(tok: Token, title: str) -> bool:
    """The title is read only from a deprecating plural ("premiery" of premier) while the word is also a plain noun
    of another lemma ("premiery" of premiera): the plain noun is what the text means."""
    readings = tok._.morf
    titled = [a for a in readings if a.pos in ("subst", "adj", "pact", "depr") and role_title(a.lemma, (a,)) == title]
    return bool(titled) and all(a.pos == "depr" for a in titled) and any(
        a.pos == "subst" and role_title(a.lemma, (a,)) is None for a in readings)


#: Titles naming a work's maker: a genitive after them is the work ("twórca projektu", "twórcy reformy": the object
#: drops, settled 905), an agreeing adjective the maker's kind ("twórca ludowy").
MAKER_TITLES = frozenset({"twórca", "współtwórca"})
#: Titles that are participles or name a work's maker or keeper: what follows is their object ("prowadzący
#: spotkania", "autorka książki", "kustosz sanktuarium": settled 507), not a complement.
VERBAL_TITLES = frozenset({"prowadzący", "współprowadzący", "autor", "współautor", "kustosz"}) | MAKER_TITLES
#: What a page credits its makers for: "autor zdjęć", "autorka relacji" are metadata (docs/annotation.md).
CREDIT_WORDS = frozenset({"zdjęcie", "fotografia", "fotka", "relacja", "artykuł", "wpis"})


#: Coaches and the squads they train: "trener kadry ratowniczej", "trenerka drużyny juniorek" (the team drops).
COACH_TITLES = frozenset({"trener"})
TEAM_NOUNS = frozenset({"kadra", "drużyna", "reprezentacja", "ekipa"})


def _trained_team(doc: Doc, j: int) -> int | None:
    """The index past a lower-case singular genitive of a squad noun and the lower-case words agreeing with it or
    depending on it ("kadry ratowniczej", "drużyny juniorek"), else None."""
    if j >= len(doc) or not doc[j].text.islower() or not any(
            a.pos == "subst" and a.lemma in TEAM_NOUNS and a.number == "sg" and "gen" in a.cases for a in doc[j]._.morf):
        return None
    end = j + 1
    while end < min(len(doc), j + 3) and doc[end].is_alpha and doc[end].text.islower() and any(
            a.pos in ("adj", "subst") and "gen" in a.cases for a in doc[end]._.morf) and not any(
            a.pos in ("prep", "conj", "fin", "praet") for a in doc[end]._.morf):
        end += 1
    return end


def _plural_genitive(tok: Token) -> bool:
    """A lower-case common noun that is only a plural genitive ("tekstów", "piosenek"): the kind of works one makes."""
    nouns = [a for a in tok._.morf if a.pos == "subst"]
    return tok.is_alpha and tok.text[:1].islower() and bool(nouns) and all(
        a.number == "pl" and "gen" in a.cases and not a.names for a in nouns) and not any(
        a.pos != "subst" for a in tok._.morf)


def _kind_adjective(doc: Doc, i: int) -> str | None:
    """The lower-case adjective right after the title at i agreeing with it ("twórczynie ludowe" -> "ludowy"), not
    the first word of the genitive object ("twórcy interaktywnego filmu"), in its masculine nominative."""
    if i + 1 >= len(doc) or not doc[i + 1].is_alpha or not doc[i + 1].text[:1].islower():
        return None
    tok, title = doc[i + 1], doc[i]
    title_cases = {c for a in title._.morf if a.pos in ("subst", "depr") for c in a.cases}
    adjectives = [a for a in tok._.morf if a.pos == "adj" and a.cases & title_cases]
    if not adjectives or any(a.pos == "subst" for a in tok._.morf):
        return None
    if i + 2 < len(doc) and doc[i + 2].text[:1].islower() and any(
            a.pos == "subst" and a.cases & adj.cases and a.number == adj.number
            for a in doc[i + 2]._.morf for adj in adjectives):
        return None  # "twórca nowego projektu": the adjective is the object's
    return complement_form(tok, title)


def object_title(doc: Doc, i: int, title: str) -> tuple[str, int] | None:
    """(title, index after it) for a coach or a maker at i, whose genitive is not the title's complement; else None."""
    if title in COACH_TITLES:
        past = _trained_team(doc, i + 1)
        return (title, past) if past is not None else None
    if title not in MAKER_TITLES:
        return None
    if (kind := _kind_adjective(doc, i)) is not None:
        return f"{title} {kind}", i + 2  # "twórca ludowy": the adjective says what kind; an object drops
    if i + 1 < len(doc) and _plural_genitive(doc[i + 1]):
        return f"{title} {doc[i + 1].text.lower()}", i + 2  # "twórca tekstów": a trade, as "trener grup"
    return title, i + 1
