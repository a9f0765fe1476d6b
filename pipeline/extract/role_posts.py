"""A post named by a post noun ("funkcja", "stanowisko", "urząd") whose genitive complement is the title, held by a
verb of holding or appointing. `predicative_roles` (roles.py) reads the plain clause "X pełni funkcję sołtysa"; this
module reads the two shapes it cannot: a participle or relative clause after the name's apposition ("X, dyrektor
szkoły, pełniąca jednocześnie funkcję kierownika projektu", "X, która pełniła funkcję moderatora"), and the post
fronted before the verb and the name ("Funkcję wiceprzewodniczącego objął X", "stanowisko sekretarza powierzono X").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.role_orgs import make_role
from pipeline.extract.role_titles import qualified_title_at
from pipeline.lexicon.words import first_name, role_title
from pipeline.models import Role
from pipeline.text.context import Context

#: Verbs that give their subject a post: "jest prezesem", "została wybrana na stanowisko", "pełni funkcję".
POST_VERBS = frozenset({"być", "zostać", "pełnić", "objąć", "obejmować", "sprawować", "piastować", "wybrać",
                        "powołać", "mianować", "zostawać"})
#: Nouns of a post whose genitive complement is the title: "na stanowisko prezesa", "funkcję sołtysa".
POST_NOUNS = frozenset({"stanowisko", "funkcja", "urząd"})
#: Verbs of holding or handing over a post, in any verb form ("pełniąca", "objął", "powierzono"); not "być", which
#: "była funkcja" would read as a post.
_HOLDING = frozenset({"pełnić", "objąć", "obejmować", "sprawować", "piastować", "powierzyć", "powierzać", "przejąć",
                      "przejmować", "wybrać", "powołać", "mianować", "zająć", "zajmować"})
_VERB_FORMS = frozenset({"fin", "praet", "imps", "ppas", "pact", "inf", "bedzie", "pcon"})
_STOPS = frozenset({".", ";", ":", "!", "?", "(", ")"})


def post_noun(tok: Token) -> bool:
    return any(a.pos == "subst" and a.lemma in POST_NOUNS and "acc" in a.cases for a in tok._.morf)


def genitive_title(tok: Token) -> bool:
    return any(a.pos in ("subst", "adj") and "gen" in a.cases and role_title(a.lemma, (a,)) for a in tok._.morf)


def held_post_roles(ctx: Context, i: int, j: int, h: int) -> list[tuple[Role, tuple[int, int] | None]]:
    """The post of the name at tokens i..j (h: the first token of its honorifics) given by a clause hanging on the
    name after its apposition, or fronted before the verb and the name."""
    found = _post_after(ctx, i, j) or _post_before(ctx, h)
    return [make_role(ctx, *found)] if found else []


def _post_after(ctx: Context, i: int, j: int) -> tuple[str, int, int] | None:
    """'X (apposition), pełniąca (jednocześnie) funkcję Y', 'X (apposition), który pełnił funkcję Y': a comma after
    the name (and its apposition) opens a participle or a subject relative clause agreeing with the name in gender."""
    doc = ctx.light_tokens
    end = ctx.sentence_bounds(j - 1)[1]
    for comma in range(j, min(end, j + 16)):  # the comma after the name's apposition that opens the clause
        t = doc[comma]
        if t.text in _STOPS or "\n" in t.whitespace_ or _another_name(doc, comma):
            return None
        if t.text == "," and comma + 1 < end and _opens_clause(doc[comma + 1], _name_genders(doc[i:j])):
            break
    else:
        return None
    relative = any(a.lemma == "który" for a in doc[comma + 1]._.morf)
    verb = not relative
    for k in range(comma + 2, min(end, comma + 7)):
        t = doc[k]
        if t.text in _STOPS or t.text == ",":
            return None
        if any(a.lemma in _HOLDING and a.pos in _VERB_FORMS for a in t._.morf):
            verb = True
        elif verb and post_noun(t):
            return _title(doc, k + 1)
    return None


def _opens_clause(tok: Token, genders: frozenset[str]) -> bool:
    """A subject relative pronoun or a participle of holding, agreeing with the name: "która", "pełniący"."""
    return any(a.number == "sg" and "nom" in a.cases and _agrees(a, genders) and (
        a.lemma == "który" or a.pos == "pact" and a.lemma in _HOLDING) for a in tok._.morf)


def _another_name(doc: list[Token], k: int) -> bool:
    """'A, dyrektor szkoły, i Jan Kos, pełniący …': the clause after another name is that name's."""
    return first_name(doc[k]) is not None and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()


def _post_before(ctx: Context, h: int) -> tuple[str, int, int] | None:
    """'Funkcję wiceprzewodniczącego objął X', 'stanowisko sekretarza powierzono X': the post noun and its title open
    the clause; only the verb of holding (and particles) stand between the title and the name."""
    doc = ctx.light_tokens
    start = ctx.sentence_bounds(h)[0]
    for k in range(h - 1, max(start, h - 10) - 1, -1):
        t = doc[k]
        if t.text in _STOPS or t.text == "," or "\n" in t.whitespace_:
            return None
        if post_noun(t) and (k == start or doc[k - 1].text.lower() not in ("na", "o", "za")):
            found = _title(doc, k + 1)
            if found is None:
                return None
            between = [x for x in doc[found[2]:h] if not x.is_space]
            holding = [x for x in between if any(a.lemma in _HOLDING and a.pos in _VERB_FORMS for a in x._.morf)]
            return found if holding and len(between) <= 3 else None
    return None


def _title(doc: list[Token], k: int) -> tuple[str, int, int] | None:
    if k >= len(doc) or not genitive_title(doc[k]):
        return None
    found = qualified_title_at(doc, k)
    return (found[0], k, found[1]) if found else None


def _name_genders(name: Span | list[Token]) -> frozenset[str]:
    """'f' or 'm1' as the name's first name tells it (empty when it does not)."""
    for t in name:
        genders = {g for a in t._.morf if a.pos == "subst" and a.number == "sg" and a.names and "imię" in a.names
                   for g in a.genders}
        if genders:
            return frozenset(genders & {"f", "m1"})
    return frozenset()


def _agrees(reading: object, genders: frozenset[str]) -> bool:
    return not genders or bool(set(getattr(reading, "genders", ())) & genders)
