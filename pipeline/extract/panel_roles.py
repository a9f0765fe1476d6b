"""Which words of a list's lead give the listed people their event role, and what a participle of leading describes.
A lead may name a person of its own before the list ("Dyskusja panelowa, moderator prof. A, uczestnicy: – B …"): the
title right before that name is that person's, and the list's own noun is the one after it ("uczestnicy" of a
discussion are its panelists). "Zespół prowadzony przez X", "wokalistki prowadzone przez Y": a participle of leading
that agrees with a group of people, not with an event, makes X the group's leader, not an event's.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.event_type import STUDY_NOUNS, TRIGGER_LEMMAS
from pipeline.extract.role_lists import name_at
from pipeline.models import Role
from pipeline.text.analysis import Analysis
from pipeline.text.context import Context

EXTRACTOR = "extract.people"

#: Nouns of the people a discussion consists of: "Dyskusja panelowa …, uczestnicy:", "Goście debaty:".
MEMBER_NOUNS = frozenset({"uczestnik", "uczestniczka", "gość", "członek", "członkini", "dyskutant", "rozmówca"})
#: Nouns and adjectives of a discussion whose members a list names.
DISCUSSION_WORDS = frozenset({"panel", "panelowy", "debata", "dyskusja"})
#: Nouns of what is led besides the event types: sessions, talks and their parts ("zajęcia prowadzone przez X").
_SESSION_NOUNS = frozenset({"zajęcia", "zajęcie", "wykład", "prelekcja", "lekcja", "rozmowa", "sesja", "dyskusja",
                            "panel", "część", "blok", "prezentacja", "pokaz", "quiz", "gra", "zabawa", "program",
                            "ćwiczenie", "trening", "msza", "nabożeństwo", "ceremonia", "wydarzenie", "impreza",
                            "finał", "dzień", "spotkanie", "audycja", "wywiad", "konsultacja", "kurs", "cykl",
                            "moderacja", "przegląd", "występ", "animacja", "licytacja", "loteria", "aukcja"})
_EVENT_HEADS = frozenset().union(*TRIGGER_LEMMAS.values(), STUDY_NOUNS, _SESSION_NOUNS)


def list_lead_role(ctx: Context, lead: list[Token], leads: dict[str, str], verbs: dict[str, str]) -> Role | None:
    """The event role a list's lead gives every listed person: a noun of `leads` ("Prelegenci:"), a verb of `verbs`
    ("Warsztaty prowadzili: A, B oraz C"), or a discussion's members ("Dyskusja panelowa, …, uczestnicy:"). Only the
    colon's own sentence counts ("Dyskusję prowadził A. Odpowiadali: B, C"), and not a title standing right before a
    name in the lead ("moderator prof. A, uczestnicy:" gives the moderator to A alone)."""
    doc = ctx.light_tokens
    lead = [t for t in lead if t.i >= ctx.sentence_bounds(lead[-1].i + 1)[0]]
    for t in lead[-8:]:
        if name_at(doc, t.i + 1) is not None:
            continue
        lemma = next((a.lemma.lower() for a in t._.morf if a.lemma.lower() in leads), None)
        verb = next((a.lemma for a in t._.morf if a.pos in ("praet", "fin") and a.lemma in verbs), None)
        title = verbs[verb] if verb is not None else leads[lemma] if lemma is not None else None
        if title is not None and verb is None and subject_of_lead_verb(t, lead[lead.index(t) + 1:]):
            return None  # "Trenerzy przeszkolili: A, B": the listed are the verb's objects
        if title is not None:
            return Role(title=title, mention=ctx.mention(t.idx, t.idx + len(t.text), EXTRACTOR, 0.6, "event_role_list"))
    member = discussion_members(doc, lead)
    return None if member is None else Role(title="panelista", mention=ctx.mention(
        member.idx, member.idx + len(member.text), EXTRACTOR, 0.6, "event_role_list"))


def subject_of_lead_verb(title: Token, rest: list[Token]) -> bool:
    """A lead's title in the nominative, then a finite verb other than "być"/"zostać" (not in a relative clause:
    "Trenerzy, którzy poprowadzą zajęcia:"): the title names the verb's subject, the list its objects
    ("Organizatorzy dziękują:"); "Prelekcję wygłosili:" (an accusative object) is no subject."""
    if not any("nom" in a.cases for a in title._.morf if a.pos in ("subst", "adj", "pact")):
        return False
    for t in rest:
        if any(a.lemma == "który" for a in t._.morf):
            return False
        if t._.analysis is not None and t._.analysis.pos in ("fin", "praet") and t._.analysis.lemma not in ("być", "zostać"):
            return True
    return False


def discussion_members(doc: list[Token], lead: list[Token]) -> Token | None:
    """'Dyskusja panelowa, moderator A, uczestnicy:', 'Uczestnicy debaty:': the lead's own words (past any name in
    it) hold a noun of a discussion's members and the lead names a discussion; its member noun."""
    for t in reversed(lead[-8:]):
        if name_at(doc, t.i) is not None:
            return None  # "uczestnicy debaty A, B i C:": before a name in the lead the words are that name's
        if any(a.pos == "subst" and a.lemma.lower() in MEMBER_NOUNS for a in t._.morf):
            if any(a.lemma.lower() in DISCUSSION_WORDS for w in lead for a in w._.morf if a.pos in ("subst", "adj")):
                return t
            return None
    return None


def leads_an_event(doc: list[Token], k: int, start: int) -> bool:
    """Whether the participle at k ("prowadzone", "moderowanej") describes an event: False only when the nearest
    noun before it in the sentence that agrees with it in case, number and gender names something else ("zespół
    … i prowadzony przez X", "wokalistkami prowadzonymi przez Y"); no agreeing noun leaves the event."""
    part = [a for a in doc[k]._.morf if a.pos in ("ppas", "pact")]
    for s in range(k - 1, max(start, k - 12) - 1, -1):
        t = doc[s]
        if t.text in (".", ";", ":", "!", "?") or "\n" in t.whitespace_:
            return True
        nouns = [a for a in t._.morf if a.pos in ("subst", "ger") and any(_agree(a, p) for p in part)]
        if not nouns or not t.is_alpha:
            continue
        return any(a.pos == "ger" or a.lemma.lower() in _EVENT_HEADS for a in nouns)
    return True


def _agree(a: Analysis, b: Analysis) -> bool:
    """Agreement of a noun and a participle reading in case, number and gender (a missing value agrees)."""
    return bool(a.cases & b.cases) and (a.number is None or b.number is None or a.number == b.number) and (
        not a.genders or not b.genders or bool(set(a.genders) & set(b.genders)))


#: The verb of inviting whose purpose ("do prowadzenia", "do udziału w debacie") gives the invited an event role.
_INVITE = "zaprosić"
_NO_VERB = frozenset({"być", "zostać"})


def invited_to(doc: list[Token], start: int, h: int, j: int, verbs: dict[str, str]) -> tuple[str, Token] | None:
    """'Do prowadzenia warsztatów zostali zaproszeni wykładowcy: A, B', 'Zaprosiliśmy A do poprowadzenia zajęć',
    'Do udziału w debacie została zaproszona B': a person invited (the name from h to j, its sentence from `start`)
    to lead (a gerund of one of `verbs` after "do") or to take part in a discussion holds that event role; another
    verb between the invitation and the name ends its reach. Gives the role and the word that states it."""
    invite = next((t for t in reversed(doc[start:h]) if any(a.lemma == _INVITE for a in t._.morf)), None)
    if invite is None or any(t._.analysis is not None and t._.analysis.pos in ("fin", "praet", "impt", "inf")
                             and t._.analysis.lemma not in _NO_VERB for t in doc[invite.i + 1:h]):
        return None
    for k in [*range(start, h), *range(j, min(len(doc) - 3, j + 4))]:
        if doc[k].text.lower() != "do":
            continue
        purpose = doc[k + 1]
        verb = next((a.lemma for a in purpose._.morf if a.pos == "ger" and a.lemma in verbs), None)
        if verb is not None:
            return verbs[verb], purpose
        if any(a.lemma == "udział" for a in purpose._.morf) and doc[k + 2].text.lower() in ("w", "we") and any(
                a.pos == "subst" and a.lemma.lower() in DISCUSSION_WORDS for a in doc[k + 3]._.morf):
            return "panelista", doc[k + 3]
    return None


def leads_something_else(doc: list[Token], v: int, i: int) -> bool:
    """'Drużynę prowadzi Pan X', 'X prowadzi zespół': the verb of leading at v has an accusative noun right before it
    (the name at i after it) or right after it (the name before it) that names no event: X coaches a
    team or runs a club, no event role. No such object, or an event ("Warsztaty prowadziła X"), keeps the role."""
    for s in ([v - 1] if i > v else [v + 1]):
        if i > v and s >= 2 and any(a.pos == "prep" for a in doc[s - 1]._.morf) and doc[s - 1].text.islower():
            s -= 2  # "Zajęcia z tkactwa poprowadziła X": the object is the noun the prepositional phrase hangs on
        if not 0 <= s < len(doc) or not doc[s].is_alpha:
            continue
        nouns = [a for a in doc[s]._.morf if a.pos in ("subst", "ger") and not a.names]
        if not nouns or not any("acc" in a.cases and "gen" not in a.cases for a in nouns) or any(
                a.pos in ("prep", "conj", "adv", "qub") for a in doc[s]._.morf):
            continue
        return not any(a.pos == "ger" or a.lemma.lower() in _EVENT_HEADS for a in nouns)
    return False
