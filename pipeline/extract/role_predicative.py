"""A title the sentence gives its subject after the verb: "X jest prezesem Fundacji Y", "X została wybrana na
stanowisko przewodniczącej Koła Z", "X pełni funkcję sołtysa" (docs/annotation.md, Professions)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.role_apposition import name_cases, next_apposition
from pipeline.extract.role_orgs import make_role, org_end
from pipeline.extract.role_posts import POST_VERBS, genitive_title, post_noun
from pipeline.extract.role_titles import qualified_title_at
from pipeline.lexicon.words import role_title
from pipeline.models import Role
from pipeline.text.context import Context


def predicative_roles(ctx: Context, i: int, j: int) -> list[tuple[Role, tuple[int, int] | None]]:
    """A title the sentence gives its subject after the verb (docs/annotation.md, Professions): "X jest
    prezesem Fundacji Y", "X została wybrana na stanowisko przewodniczącej Koła Z", "X pełni funkcję sołtysa".
    The name must be able to be the subject (a nominative); the title is in the instrumental after "być"/"zostać"
    or in the genitive after a post noun."""
    doc = ctx.light_tokens
    cases = name_cases(doc[i:j]) or frozenset({"nom"})
    sent_end = ctx.sentence_bounds(j - 1)[1]
    verb = None
    k = j
    if k + 2 < len(doc) and doc[k].text == ",":  # "z X, która jest prezesem Y", "z X, będącą prezesem Y": the
        nxt = doc[k + 1]._.morf                  # relative pronoun or the participle in the name's case is its subject
        if any(a.lemma == "być" and a.pos == "pact" and a.cases & cases for a in nxt):
            verb, k, cases = {"być"}, k + 2, frozenset({"nom"})
        elif any(a.lemma == "który" and "nom" in a.cases for a in nxt):
            k, cases = k + 2, frozenset({"nom"})
    if "nom" not in cases:
        return []
    while k < min(sent_end, j + 10):
        t = doc[k]
        if t.text in (",", ";", ":", "(", "-", "–", "—") or "\n" in t.whitespace_:
            return []
        chosen = t._.analysis
        lemmas = {a.lemma for a in t._.morf if a.pos in ("praet", "fin", "ppas", "bedzie", "inf")}
        if lemmas & POST_VERBS:
            verb = lemmas & POST_VERBS
        elif chosen is not None and chosen.pos in ("praet", "fin", "impt"):
            return []  # another verb: the name does something else
        elif verb and t.text.lower() in ("na", "w") and k + 1 < len(doc) and post_noun(doc[k + 1]):
            k += 1
            continue
        elif verb and post_noun(t):
            found = qualified_title_at(doc, k + 1)
            return [make_role(ctx, *found[:1], k + 1, found[1])] if found and genitive_title(doc[k + 1]) else []
        elif verb and verb & {"być", "zostać", "zostawać"} and _instrumental_title(t):
            found = qualified_title_at(doc, k)
            return _predicative_chain(ctx, k, found) if found else []
        k += 1
    return []


def _predicative_chain(ctx: Context, k: int, found: tuple[str, int]) -> list[tuple[Role, tuple[int, int] | None]]:
    """'X jest sołtysem wsi Y, radnym gminy i prezesem OSP': every instrumental title coordinated with the first
    one is the subject's too (a title in another case is some other phrase's)."""
    doc = ctx.light_tokens
    roles = []
    while found is not None and len(roles) < 6:
        role = make_role(ctx, found[0], k, found[1])
        roles.append(role)
        nxt = role[1][1] if role[1] else doc[found[1] - 1].idx + len(doc[found[1] - 1].text)
        after = next((t.i for t in doc[found[1]:] if t.idx >= nxt), len(doc))
        k, found = next_apposition(doc, after, frozenset({"inst"}))
        if found is not None and not _instrumental_title(doc[k]):
            found = None
    return roles


def _instrumental_title(tok: Token) -> bool:
    return any(a.pos in ("subst", "adj") and "inst" in a.cases and role_title(a.lemma, (a,)) for a in tok._.morf)


def deputy_of_predicate(ctx: Context, k: int, sent_start: int) -> str | None:
    """'Kierownikiem Rajdu była A, jej zastępcą B': a deputy named by "jej"/"jego" in a clause that repeats the
    sentence's opening predicate ("Kierownikiem X był(a)") without its verb is that office's deputy: `zastępca`
    with the office in the genitive ("zastępca kierownika rajdu"); None otherwise."""
    from pipeline.text.inflect import generate_form

    doc = ctx.light_tokens
    if k < 2 or doc[k - 1].text.lower() not in ("jej", "jego") or doc[k - 2].text not in (",", "a") \
            or not _instrumental_title(doc[sent_start]):
        return None  # ", jej zastępcą", ", a jego zastępcą"
    found = qualified_title_at(doc, sent_start)
    copula = org_end(doc, found[1]) if found is not None else k  # "Przewodniczącą Koła X jest A": past the body
    if found is None or copula >= k or not any(
            a.lemma in ("być", "zostać") and a.pos in ("praet", "fin") for a in doc[copula]._.morf):
        return None
    head, *rest = found[0].split()
    genitive = generate_form(head, "subst", "sg", "m1", "gen")
    return " ".join(["zastępca", genitive, *rest]) if genitive else None


#: The rule of a title a sentence's opening predicate states ("Kierownikiem Rajdu była …"): the text says outright
#: that the person holds it, so the learned extent decision keeps it (pipeline/learned/roles.py).
PREDICATE_RULE = "role_predicate"


def stated_before(ctx: Context, role: tuple[Role, tuple[int, int] | None], k: int, h: int) -> None:
    """'Opiekunem drużyny był X', 'Opiekunami grupy byli A i B': an instrumental title joined to the name by a copula
    is stated outright, as an opening predicate is (the learned decision picks its extent but keeps it)."""
    doc = ctx.light_tokens
    if _instrumental_title(doc[k]) and any(a.lemma in ("być", "zostać") and a.pos in ("praet", "fin", "bedzie")
                                           for t in doc[k + 1:h] for a in t._.morf):
        role[0].mention.rule = PREDICATE_RULE


def opening_predicate(ctx: Context, k: int, sent_start: int) -> tuple[Role, tuple[int, int] | None] | None:
    """'Kierownikiem Rajdu była wiceprzewodnicząca Komisji – A': the instrumental title opening the sentence is the
    predicate of a subject whose own title (at k) stands right after the copula, so it is that person's title too."""
    doc = ctx.light_tokens
    if k - 1 <= sent_start or not _instrumental_title(doc[sent_start]) or not any(
            a.lemma in ("być", "zostać") and a.pos in ("praet", "fin") for a in doc[k - 1]._.morf):
        return None
    found = qualified_title_at(doc, sent_start)
    if found is None or org_end(doc, found[1]) != k - 1:
        return None  # something else than the title's own complement stands before the copula
    role, span = make_role(ctx, found[0], sent_start, found[1])
    role.mention.rule = PREDICATE_RULE
    return role, span
