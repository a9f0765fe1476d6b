"""Who signed up and who came: "Na warsztaty zgłosiło się 30 osób, przyszło 26." A report that gives both counts
gives the attendance by the second one (those who came); the count of sign-ups is then no attendance. The second
count often leaves its noun out ("przyszło 26", "a dotarło 35", "w finale pojawiło się 12"), so `attendance`
(which reads a number before its noun) does not see it: it is read here, after a count with its noun. Kept apart
from `attendance` (reading the figures) so both stay small.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.attendance_coordination import gapped_groups
from pipeline.models import AttendanceMention
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

EXTRACTOR = "extract.attendance"
#: The rule of a count whose person noun the clause leaves out after a verb of coming.
ELIDED_RULE = "elided_turnout"

#: Verbs of signing up or declaring that one will come (with "się" or "udział"): their count is who meant to come.
SIGN_UP_LEMMAS = frozenset({"zgłosić", "zgłaszać", "zapisać", "zapisywać", "zarejestrować", "rejestrować",
                            "zadeklarować", "deklarować", "zakwalifikować", "zrekrutować"})
#: Verbs of coming or taking part: their count is who came.
CAME_LEMMAS = frozenset({"przyjść", "przychodzić", "dotrzeć", "docierać", "pojawić", "przybyć", "przybywać",
                         "przyjechać", "dojechać", "stawić", "zjawić", "uczestniczyć", "wziąć", "brać",
                         "zgromadzić", "zebrać", "stanąć", "wystartować"})  # "na starcie stanęło 104 zawodników"
_VERB_POS = frozenset({"praet", "fin", "imps"})
_WORD = re.compile(r"[^\W\d_]+")
#: A clause's bounds: a sentence's end, a semicolon or colon, a line break, a comma.
_CLAUSE_END = re.compile(r"[.;:!?\n,]")
#: A verb (with "się" or "udział" after it), approximation words, then a number that no noun follows: the count
#: of those who came, its noun left out ("przyszło 26.", "pojawiło się ponad 40,").
_ELIDED = re.compile(
    r"(?P<verb>[^\W\d_]+)(?:\s+(?:się|udział))?(?P<adverbs>(?:\s+[^\W\d_]+){0,2}?)\s+"
    r"(?:(?P<approx>ponad|około|ok\.|blisko|prawie|niemal|przeszło|niespełna)\s+)?(?P<n>\d{1,4})(?=\s*(?:[.,;!?)]|$|z\s+nich\b|spośród\s+nich\b))",
    re.IGNORECASE)


def _verb_lemmas(word: str) -> set[str]:
    """The lemmas of the finite or past readings of a word that has no noun or adjective reading ("udział" is
    also a past form of "udziać")."""
    readings = analyse(word.lower())
    if any(a.pos in ("subst", "adj", "ger") for a in readings):
        return set()
    return {a.lemma.split(":")[0] for a in readings if a.pos in _VERB_POS}


def _adverb(word: str) -> bool:
    """An adverb or a particle ("ostatecznie", "tylko", "już")."""
    return any(a.pos in ("adv", "qub", "part") for a in analyse(word.lower()))


def clause_verb(ctx: Context, figure: AttendanceMention) -> set[str]:
    """The lemmas of the verb that governs a count: the nearest finite or past verb before it in its clause, else
    the first one after it ("30 osób zgłosiło się")."""
    left = _CLAUSE_END.split(ctx.left(figure.start, 80))[-1]
    for word in reversed(_WORD.findall(left)):
        if lemmas := _verb_lemmas(word):
            return lemmas
    right = _CLAUSE_END.split(ctx.right(figure.end, 60))[0]
    for word in _WORD.findall(right):
        if lemmas := _verb_lemmas(word):
            return lemmas
    return set()


def _elided_after(ctx: Context, figure: AttendanceMention) -> AttendanceMention | None:
    """The count with its noun left out after `figure`, in its sentence or the next, when a verb of coming governs
    it ("…, przyszło 26", "…, a dotarło 35", "Zakwalifikowano 24 osoby. W zajęciach uczestniczyło 20 z nich.")."""
    sent = ctx.sentence_of(figure.start)
    stop = sent.end_char if sent is not None else figure.end + 80
    following = ctx.sentence_of(stop + 1) if stop + 1 < len(ctx.norm) else None
    stop = following.end_char if following is not None and following.start_char >= stop else stop
    limit = min(stop, figure.end + 200)
    for word in _WORD.finditer(ctx.norm, figure.end, limit):
        m = _ELIDED.match(ctx.norm, word.start(), limit)
        if m is None or not _verb_lemmas(m.group("verb")) & CAME_LEMMAS or not all(
                _adverb(w) for w in m.group("adverbs").split()):
            continue  # "dotarło ostatecznie 41": adverbs only between the verb and the count
        start = m.start("approx") if m.group("approx") else m.start("n")
        mention = ctx.mention(start, m.end("n"), EXTRACTOR, figure.confidence, ELIDED_RULE)
        return AttendanceMention(**mention.model_dump(), total=int(m.group("n")), women=None, men=None,
                                 approximate=m.group("approx") is not None, vague=False, group=None, role="event")
    return None


def with_turnout(ctx: Context, figures: list[AttendanceMention],
                 value_of: Callable[[str], int | None]) -> list[AttendanceMention]:
    """The figures, the counts of `gapped_groups`, and the counts of who came after a count of sign-ups; a count of
    sign-ups is a target count (not the attendance) when the report also counts who came, in its sentence or
    the next two."""
    out = figures + gapped_groups(ctx, figures, value_of)
    signed = [f for f in out if f.role in ("event", "target") and f.total is not None
              and clause_verb(ctx, f) & SIGN_UP_LEMMAS]
    if not signed:
        return out
    for f in signed:
        elided = _elided_after(ctx, f)
        if elided is not None and not any(g.start <= elided.start < g.end for g in out):
            out.append(elided)
    came = [f for f in out if f.role == "event" and f.total is not None and f not in signed
            and (f.rule == ELIDED_RULE or clause_verb(ctx, f) & CAME_LEMMAS)]
    for k, f in enumerate(out):
        if f in signed and any(_near(ctx, f, g) for g in came):
            out[k] = f.model_copy(update={"role": "target"})
    return out


def _near(ctx: Context, first: AttendanceMention, second: AttendanceMention) -> bool:
    """Two counts in one sentence or in sentences at most two apart (either order)."""
    lo, hi = sorted((first, second), key=lambda f: f.start)
    between = ctx.norm[lo.end:hi.start]
    return len(re.findall(r"[.!?](?:\s|$)", between)) <= 2 and len(between) < 400
