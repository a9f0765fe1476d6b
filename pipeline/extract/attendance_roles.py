"""Whose count a head count is: the event's attendance, or employees, a project's target group, a room's
capacity, an earlier occasion, one part of a larger count ("w tym 36 zespołów, 31 śpiewaków i 17
instrumentalistów"), or people who are not attendees (speakers, exhibitors, winners). Kept apart from
`attendance` (reading the figures) so both stay small.
"""

from __future__ import annotations

import re

from pipeline.text.context import Context
from pipeline.text.morphology import analyse

#: People counted in reports who are not the event's attendance.
NON_ATTENDEE_NOUNS = frozenset({"wystawca", "pracodawca", "sponsor", "organizator", "partner", "pracownik",
                                "wykonawca", "producent", "laureat", "zwycięzca", "prelegent", "darczyńca",
                                "prelegentka", "panelista", "panelistka", "mówca", "wykładowca", "ekspert",
                                "ekspertka", "trener", "trenerka", "moderator", "moderatorka", "juror", "jurorka",
                                "wolontariusz", "wolontariuszka", "organizatorka", "laureatka"})
_EMPLOYEES = re.compile(r"(zatrudni\w*|pracuj\w*|etat\w*|kadr\w*)\s+(\S+\s+){0,3}$", re.I)
_TARGET = re.compile(r"(wsparci\w*|obj[eę]\w*|docelow\w*|planowan\w*|zrekrutowa\w*|rekrutacj\w*|"
                     r"przewidzian\w*|zakłada\w*|dla|skierowan\w*|adresowan\w*|wsparcie\s+otrzyma\w*)"
                     r"\s+(\S+\s+){0,3}$", re.I)
_CAPACITY = re.compile(r"(pomieści\w*|mieści\w*|(?:sal\w*|pomieszczen\w*|miejsc\w*)\s+(?:\S+\s+)?(?:na|dla))\s+$",
                       re.I)
#: An upper bound, not a count: "grupy do 15 osób", "rodziny do 14 dzieci", "maksymalnie 20 uczestników".
_LIMIT = re.compile(r"(?:\bdo|\bmaksymaln\w*|\bmaks\.?|\bmax\.?|\blimit\w*|\bnie\s+więcej\s+niż|\bnajwyżej)\s+$", re.I)
#: People qualified for or signed up to something, not present: "370 strażaków zgłoszonych do przeszkolenia",
#: "40 osób zakwalifikowanych do projektu".
_ENROLLED = re.compile(r"\s*,?\s*(?:zgłoszon|zakwalifikowan|zrekrutowan|objęt|zapisan)\w*\b", re.I)
#: Members of a body, not an event's attendance: "koło zrzesza 40 kobiet", "jest nas zrzeszonych 400 osób",
#: "stowarzyszenie skupia 60 członków", "do klubu należy 30 seniorów".
#: "UTW liczy 771 słuchaczy": a body's size in the present tense.
_MEMBERSHIP = re.compile(r"\b(zrzesz\w*|skupia\w*|należ[yą]\s+do\s+\S+|licz[yą](?:\s+sobie)?)\s+(\S+\s+){0,3}$", re.I)
#: A verb saying that people took part, between a target group's cue and the figure: the figure is who came.
_TOOK_PART_VERB = re.compile(r"\b(?:uczestnicz\w*ł\w*|udział\s+wzię\w*|wzię\w*\s+udział|przybył\w*|przyjechał\w*|"
                             r"przyszł\w*|przyszedł)\b", re.I)
#: Whom the organizer invited, not who came: "zaprosiliśmy 50 sołtysów", "zaproszono 40 osób".
_INVITED = re.compile(r"\b(?:zaprosi\w*|zaproszon\w*)\s+(?:\S+\s+){0,3}$", re.I)
#: One part of a group whose whole is not counted: "10 dzieci wraz z rodzicami", "15 osób z niepełnosprawnościami
#: razem z opiekunami" (up to three words between).
_WITH_COMPANIONS = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s*,?\s*(?:wraz|razem)\s+ze?\s+(?:\S+\s+)?(?:rodzic|opiekun|nauczyciel|wychowaw|"
                              r"rodzin|bliski|najbliższ)\w*", re.I)
#: A vote, not who came: "za uchwałą głosowało 11 radnych", "przeciw 2 członków", "wstrzymało się 3 radnych".
_VOTE = re.compile(r"\b(?:głosował\w*|przeciw|wstrzymał\w*\s+się)\s+(?:\S+\s+){0,2}$", re.I)
#: "…, w tym 36 zespołów, 26 kapel i 17 instrumentalistów", "w tym: 12 seniorów": an item of the list that breaks
#: a larger count down (a gender's share is read with its total in `attendance`).
_LIST_PART = re.compile(r"\b(?:w\s+tym|(?:spośród|wśród)\s+(?:nich|których)|z\s+czego)\s*:?\s*"
                        r"(?:\d+\s+[^\d,;.()]+?(?:\s*,\s*|\s+i\s+|\s+oraz\s+))*$", re.IGNORECASE)


def figure_role(ctx: Context, start: int, noun: str | None = None, end: int | None = None) -> str:
    """Whose count the figure at `start` is: "event" (the attendance), "employees", "target" (a project's people)
    or "other" (capacities, earlier occasions, one item of a list after "w tym", speakers, exhibitors)."""
    if noun is not None and {a.lemma for a in analyse(noun.lower())} & NON_ATTENDEE_NOUNS:
        return "employees" if "pracownik" in {a.lemma for a in analyse(noun.lower())} else "other"
    if noun is not None and _council_at_sitting(ctx, start, noun, end):
        return "other"
    left = ctx.left(start, 50)
    if _EMPLOYEES.search(left):
        return "employees"
    if _CAPACITY.search(left) or _MEMBERSHIP.search(left) or _LIMIT.search(left) or _VOTE.search(left):
        return "other"
    target = _TARGET.search(left)
    if target and not _TOOK_PART_VERB.search(target.group(0)) or (end is not None and _ENROLLED.match(ctx.right(end, 40))):
        return "target"  # not "warsztaty dla rodziców, w których uczestniczyło 11 mam": they came
    if _INVITED.search(left) or (end is not None and _WITH_COMPANIONS.match(ctx.right(end, 40))):
        return "other"
    clause = re.split(r"[.!?;\n]|,\s+(?:a|ale|natomiast)\s", ctx.left(start, 90))[-1]
    if _LIST_PART.search(clause):
        return "other"  # one part of a larger count
    if _PROJECT_TOTAL.search(clause) or _GOAL.search(clause):
        return "target"
    if _earlier_occasion(clause):
        return "other"
    if _STATE.search(clause):
        return "other"  # "zarejestrowanych jest ponad 1800 bezrobotnych", "w gminie mieszka 5 tys. osób": a statistic
    if _DISTRIBUTIVE.search(clause) and not _EACH_OF.search(clause):
        return "other"  # "w każdym warsztacie 20 osób", "po 15 osób w grupie": a count per session or group
    if _OUR_DELEGATION.match(ctx.norm, start):
        return "other"  # our members at someone's event: a share of its attendance
    return "event"


#: Members of a council or board: "radnych", "członków Rady Powiatu", "członkiń zarządu".
_COUNCIL_MEMBER = frozenset({"radny", "radna"})
_OF_A_BOARD = re.compile(r"\s*(?:rady|zarządu|sejmiku|komisji|kapituły)\b", re.IGNORECASE)
#: The sitting of a council, and the record of its quorum: "w sesji uczestniczy", "w obradach", "kworum",
#: "lista obecności", "ustawowego składu", "prawomocność obrad".
_SITTING = re.compile(r"\b(?:sesj\w*|obrad\w*|posiedzeni\w*|kworum|quorum|prawomocn\w*|obecności|składu)\b",
                      re.IGNORECASE)


def _council_at_sitting(ctx: Context, start: int, noun: str, end: int | None) -> bool:
    """Councillors counted at their council's sitting ("na stan 15 radnych w sesji uczestniczyło 13 radnych",
    "listę obecności podpisało 15 radnych"): the record of a quorum, the count of one body among the people present
    (officials, guests, staff), not the sitting's attendance. Outside a sitting ("powołania 24 młodym radnym")
    the councillors may be the whole audience."""
    lemmas = {a.lemma for a in analyse(noun.lower())}
    member = bool(lemmas & _COUNCIL_MEMBER) or ("członek" in lemmas or "członkini" in lemmas) and end is not None \
        and bool(_OF_A_BOARD.match(ctx.right(end, 20)))
    if not member:
        return False
    sent = ctx.sentence_of(start)
    text = ctx.norm[sent.start_char:sent.end_char] if sent is not None else ctx.left(start, 90) + ctx.right(start, 90)
    return bool(_SITTING.search(text))


#: A count stated in the present tense of being or living: a standing statistic, not who came (reports tell
#: their event in the past tense).
_STATE = re.compile(r"\b(?:jest|są|mieszka\w*|żyj[eą]|zamieszkuj[eą])\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


#: A count of a project's or programme's people so far, not of the event: "w projekcie uczestniczy 120 osób",
#: "od początku programu skorzystało 300 seniorów", "do tej pory przeszkolono 500 osób".
_PROJECT_TOTAL = re.compile(r"\b(?:(?:w|z|do)\s+(?:projek|program)\w*|od\s+początku|do\s+tej\s+pory|"
                            r"dotychczas|dotąd|w\s+sumie\s+w\s+(?:projek|program)\w*)\b", re.IGNORECASE)
#: A count inside a stated aim is whom an undertaking means to reach, not who came: "celem projektu jest
#: uaktywnienie 120 osób", "projekt ma na celu wsparcie 40 rodzin".
_GOAL = re.compile(r"\b(?:celem\b(?:\s+\S+){0,3}\s+(?:jest|będzie)|ma(?:ją)?\s+na\s+celu)\b", re.IGNORECASE)
#: "Trzech druhów z naszej jednostki wzięło udział", "5 uczniów z naszej szkoły": the count of the writer's own
#: people who went to an event (a delegation), not of everybody there: the count, up to three words, "z nasz-".
_OUR_DELEGATION = re.compile(r"\S+(?:\s+[\w-]+){1,3}?\s+ze?\s+nasz\w*\b", re.IGNORECASE)
#: A count of an earlier occasion: "w ubiegłym roku w konferencji wzięło udział 200 osób".
_OTHER_OCCASION = re.compile(r"\b(?:(?:ubiegł|zeszł|poprzedni|zeszłoroczn|ubiegłoroczn)\w*\s+(?:rok|edycj|spotkani|lat)\w*|"
                             r"rok\s+temu|przed\s+rokiem)\b", re.IGNORECASE)


#: A distributive count: "w każdym warsztacie wzięło udział 20 osób", "uczestniczyło po 15 osób": the size of
#: each of several sessions or groups, not the event's total ("każdy z 30 uczestników" is the total).
_DISTRIBUTIVE = re.compile(r"\bkażd\w*\b|\bpo\s*$", re.IGNORECASE)
_EACH_OF = re.compile(r"\bkażd\w*\s+ze?\s*$", re.IGNORECASE)
#: The current occasion named after an earlier one: "w ubiegłym roku 300 osób, w tym roku 500".
_THIS_TIME = re.compile(r"\b(?:w\s+tym\s+roku|tegoroczn\w*|tym\s+razem|teraz|obecnie|w\s+tej\s+edycji)\b",
                        re.IGNORECASE)
#: A comparison with the earlier occasion: "podobnie jak przed rokiem", "więcej niż w ubiegłym roku".
_COMPARED = re.compile(r"\b(?:jak|niż|niźli)\s+(?:\S+\s+){0,1}$", re.IGNORECASE)


def _earlier_occasion(clause: str) -> bool:
    """The clause's count belongs to an earlier occasion it names, unless it only compares with it
    ("jak przed rokiem") or names the current one after it ("…, w tym roku 500 osób")."""
    found = [m for m in _OTHER_OCCASION.finditer(clause) if not _COMPARED.search(clause[:m.start()])]
    return bool(found) and not _THIS_TIME.search(clause, found[-1].end())
