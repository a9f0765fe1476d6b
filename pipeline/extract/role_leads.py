"""A title a list of names hangs on: "rycerze z Chorągwi X – A i B", "wykładowcy – m.in. A z X i B z Y",
"przez organizatorów: sołtysa A i radnego B" give every listed person the plural title before the dash or colon;
and the complement coordinated titles share ("koordynator i pomysłodawca projektu").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.extract.professions import bare_profession, feminine_base, profession
from pipeline.extract.role_lists import name_at
from pipeline.extract.role_titles import TITLE_COMPLEMENTS, VERBAL_TITLES
from pipeline.extract.role_titles import title_at as _title_at
from pipeline.lexicon.words import ORG_HEADS, noun_lemmas
from pipeline.models import Role
from pipeline.text.context import Context


def plural_lead(ctx: Context, h: int, titled: bool, may_stand_between: Callable[[Token], bool]
                ) -> tuple[str, int, int, int] | None:
    """A plural title (with its institution) right before the dash or colon that opens the list the name at h
    stands in: every listed person holds it. The list's items may carry their own titles and institutions; a
    verb, a sentence's end or an earlier item's dash ends the search. A singular lexicon title heads only an
    untitled name right after the dash ("Wójt Gminy X nad Y – Jan Kos"). Gives (title, start, after, until);
    `may_stand_between` tells the words allowed between a title's institution and the dash."""
    doc = ctx.light_tokens
    sent_start = ctx.sentence_bounds(h)[0]
    in_person = False
    for k in range(h - 1, max(sent_start, h - 30) - 1, -1):
        t = doc[k]
        if t.text in ("-", "–", "—", ":") and (t.text == ":" or t.whitespace_):
            break
        if t.text.lower() in ("osobie", "osobach") and k > sent_start and doc[k - 1].text.lower() == "w":
            k, in_person = k - 1, True  # "przedstawiciele Urzędu X w osobie p. A": "w osobie" opens the list as a dash does
            break
        chosen = t._.analysis
        if t.text in (".", ";", "!", "?", "(", ")") and not (k > 0 and doc[k - 1].text.lower() in _LIST_ABBREVIATIONS) \
                or "\n" in t.whitespace_ or (chosen is not None and chosen.pos in ("fin", "praet", "impt", "inf", "pcon")):
            return None
    else:
        return None
    for p in range(k - 1, max(sent_start, k - 9) - 1, -1):
        if doc[p].text in (",", ";", ".", ":", "-", "–", "—") or "\n" in doc[p].whitespace_:
            return None
        plural = any(a.number == "pl" for a in doc[p]._.morf if a.pos in ("subst", "adj"))
        # "Gminę reprezentował wójt w osobie Jana Kosa": a singular title right before "w osobie" is the name's
        single = not plural and (k == h - 1 or in_person and k == h - 2) and not titled
        if not (plural and doc[p].text[:1].islower() or single):
            continue
        found = _title_at(doc, p)
        if found is None and not single:  # "prezentacja dobrych praktyk –": a plural of another noun ("praktyka")
            found = bare_profession(doc, p) or ((profession(doc[p]), p + 1) if profession(doc[p]) else None)
            found = found if found is not None and _plural_of(doc[p], found[0].split()[0]) else None
        if found is None:
            continue
        title, after = found
        former = _title_at(doc, p - 1) if p - 1 >= sent_start else None
        if former is not None and former[1] == after and former[0].endswith(title):
            title, p = former[0], p - 1  # "byli nauczyciele: A, B": the former office, "były" kept
        if title.split()[0] in _GROUP_TITLES and not (plural and _names_a_body(doc[after:k])):
            return None  # "przedstawiciele władz miasta – A, B": a kind of body gives its delegates no title
        if all(may_stand_between(x) or (x.text in _NAME_PREPOSITIONS and doc[x.i + 1].text[:1].isupper())
               for x in doc[after:k]):  # "rycerze z Chorągwi X –", "Wójt Gminy Lipno nad Wisłą –"
            own = _respective_body(doc, after, k, h, ctx.sentence_bounds(h)[1]) if plural else None
            return (title, p, *own) if own else (title, p, after, k)
        return None
    return None


def _respective_body(doc: list[Token], after: int, k: int, h: int, sent_end: int) -> tuple[int, int] | None:
    """'prezesi Fundacji X i Stowarzyszenia Y: A i B': a plural title over as many coordinated bodies (each a
    capitalised institution noun) as the list has names gives each name its body in order: the (start, end) of
    the name's body, None when the counts differ or the title names one body."""
    cuts = [x for x in range(after + 1, k - 1) if doc[x].text in ("i", "oraz", ",") and doc[x + 1].text[:1].isupper()
            and noun_lemmas(doc[x + 1]) & ORG_HEADS]
    if not cuts:
        return None
    parts = list(zip([after, *(c + 1 for c in cuts)], [*cuts, k], strict=True))
    names = [n for x in range(k + 1, sent_end) if (x == k + 1 or doc[x - 1].text in (",", "i", "oraz"))
             and (n := name_at(doc, x)) is not None]
    own = name_at(doc, h)
    if len(names) != len(parts) or own not in names:
        return None
    return parts[names.index(own)]


def _plural_of(tok: Token, title: str) -> bool:
    """Whether a plural reading of tok is the title's own noun or its feminine ("wokalistki" of "wokalista"):
    a lead holds people only when its plural is theirs, not a homograph's ("praktyk", genitive of "praktyka")."""
    return any(a.number == "pl" and a.pos in ("subst", "adj") and (
        a.lemma.lower() == title or feminine_base(a.lemma.lower()) == title) for a in tok._.morf)


def kind_delegation(doc: list[Token], k: int, title: str, after: int, h: int) -> bool:
    """'przedstawiciele władz miasta – A, B': a plural delegation noun at k whose words up to the name at h name
    only a kind of body gives the listed people no title (docs/annotation.md, convention round 2)."""
    plural_only = all(a.number == "pl" for a in doc[k]._.morf if a.pos in ("subst", "adj"))
    return title.split()[0] in _GROUP_TITLES and plural_only and not _names_a_body(doc[after:h])


def _names_a_body(words: list[Token]) -> bool:
    """'Urzędu Gminy X', 'gminy Paradyż': the words after a delegation's noun name one body (a capitalised word);
    'władz miasta', 'spółdzielni socjalnych' name only a kind of body."""
    return any(t.is_alpha and t.text[:1].isupper() for t in words)


#: Plural nouns of a delegation: "przedstawiciele Gminy X – A, B" gives each the title (docs/annotation.md,
#: convention round 2); of a kind of body ("przedstawiciele władz miasta – A, B") none.
_GROUP_TITLES = frozenset({"przedstawiciel", "reprezentant", "delegat"})
_NAME_PREPOSITIONS = frozenset({"z", "ze", "nad", "pod", "w", "we", "na"})
#: Abbreviations whose period ends no list: "m.in.", "tj.", "np.".
_LIST_ABBREVIATIONS = frozenset({"in", "m.in", "tj", "np", "inż", "dr", "hab", "prof", "mgr", "p"})


def share_complement(doc: list[Token], roles: list[tuple[Role, tuple[int, int] | None]],
                      role: tuple[Role, tuple[int, int] | None], k: int) -> None:
    """'koordynator i pomysłodawca projektu', 'prezes i członek zarządu': two titles joined by "i"/"oraz" share
    the complement naming a part of the body (and the institution) written once after the second."""
    if not roles or k < 2 or doc[k - 1].text not in ("i", "oraz"):
        return
    prev, prev_org = roles[-1]
    words = role[0].title.split()
    if " " in prev.title or len(words) < 2 or prev_org is not None or prev.mention is None \
            or prev.mention.end > doc[k - 1].idx or not doc[k + 1].text[:1].islower() or prev.title in VERBAL_TITLES \
            or not any(a.pos == "subst" and a.lemma in TITLE_COMPLEMENTS for a in doc[k + 1]._.morf):
        return  # "koordynator i organizator imprezy": the event is no part of a body; "autor" takes no complement
    roles[-1] = (prev.model_copy(update={"title": " ".join([prev.title, *words[1:]]),
                                         "organization": role[0].organization}), role[1])
