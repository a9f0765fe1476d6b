"""What the sentence right after a person's sentence says the person did, when it has no subject of its own:
"Gościem był Jan Kos, sołtys wsi X. Opowiedział, jak …" (Polish drops the subject the last sentence named).
Kept apart from `pipeline.extract.person_cues`, which reads the person's own sentence."""

from __future__ import annotations

from pipeline.extract.event_roles import name_sentence
from pipeline.lexicon.words import first_name
from pipeline.text.context import Context


def speaks_next(ctx: Context, i: int, j: int, verbs: frozenset[str]) -> bool:
    """The name at tokens i..j is its sentence's subject and the last name in it, and the next sentence opens with a
    past verb of `verbs` in the singular of the name's gender and no subject before it ("Opowiedział, jak …")."""
    doc = ctx.light_tokens
    _start, end = name_sentence(ctx, i)
    given = [a for a in doc[i].morf if a.pos == "subst" and "imię" in a.names and "nom" in a.cases]
    if not given or _names_someone(ctx, j, end):
        return False
    k = end
    while k < len(doc) and (doc[k].is_space or not doc[k].is_alpha and doc[k].text in ("„", '"', "–", "-")):
        k += 1
    if k >= len(doc) or not doc[k].text[:1].isupper():
        return False
    genders = {g for a in given for g in a.genders}
    return any(a.pos == "praet" and a.number == "sg" and a.lemma in verbs and a.genders & genders
               for a in doc[k].morf) and not _names_someone(ctx, k, ctx.sentence_bounds(k)[1])


def _names_someone(ctx: Context, start: int, end: int) -> bool:
    """A first name and a capitalised word between tokens start and end: another person the sentence names."""
    doc = ctx.light_tokens
    return any(first_name(doc[k]) is not None and doc[k + 1].text[:1].isupper() for k in range(start, min(end, len(doc) - 1)))
