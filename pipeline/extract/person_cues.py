"""Cues to the part a person had at the event (speaker, guest, participant, juror, laureate), read around
each name mention from lemmas: the verb the name is the subject or object of, nouns near it, a list's lead-in.

Kept apart from `pipeline.extract.people`, which builds the mentions and shares titles between them.
"""

from __future__ import annotations

import re

from pipeline.extract.competitor_cues import COMPETING as _COMPETING
from pipeline.extract.competitor_cues import competed as _competed
from pipeline.extract.competitor_cues import contest_text as _contest_text
from pipeline.extract.event_copula import copula_noun, guest_label
from pipeline.extract.event_followups import speaks_next
from pipeline.extract.event_roles import honorific_start, list_lead, name_predicate, name_sentence
from pipeline.extract.panel_roles import leads_something_else
from pipeline.extract.person_names import surname_first
from pipeline.extract.role_signatures import interviewer
from pipeline.lexicon.words import role_title
from pipeline.ner.readings import per_readings
from pipeline.text.context import Context

SPEAKER_VERBS = frozenset({"wygłosić", "przedstawić", "omówić", "zaprezentować", "opowiedzieć", "przybliżyć",
                           "poprowadzić", "prowadzić", "mówić", "wyjaśnić", "podzielić", "wystąpić", "pokazać",
                           "przedstawiać", "omawiać", "prezentować", "opowiadać", "referować", "zapoznać",
                           "tłumaczyć", "uczyć", "instruować", "przekazać", "wskazać", "zwrócić", "podkreślić",
                           "objaśnić", "demonstrować", "zademonstrować", "przeprowadzić", "zaprezentowywać",
                           "zabrać", "rozmawiać", "porozmawiać", "dyskutować", "oprowadzić",
                           "oprowadzać", "pokazywać", "udzielić", "moderować", "odpowiadać", "odpowiedzieć"})
#: Answering (questions, at a debate) is speaking; "odpowiadać za" is being in charge.
_ANSWER_VERBS = frozenset({"odpowiadać", "odpowiedzieć"})
SPEAKER_NOUNS = frozenset({"wykład", "prelekcja", "prezentacja", "referat", "wystąpienie", "prowadzący",
                           "prowadząca", "prelegent", "prelegentka", "zajęcia", "warsztat", "szkolenie"})
GUEST_VERBS = frozenset({"powitać", "otworzyć", "przywitać", "pogratulować", "złożyć", "objąć", "odwiedzić",
                         "zaszczycić", "wręczyć", "gratulować", "uhonorować", "podziękować", "życzyć", "gościć", "przyjąć",
                         "wręczać", "witać", "otwierać"})  # the imperfectives report the same acts
PARTICIPANT_WORDS = frozenset({"uczestnik", "uczestniczka", "uczestniczyć", "otrzymywać", "laureat", "laureatka", "zwycięzca",
                               "zwyciężczyni", "wyróżnienie", "nagroda", "zająć", "nagrodzić", "wyróżnić", "zdobyć",
                               "finalista", "finalistka", "zwyciężyć", "wygrać", "stypendysta", "absolwent",
                               "otrzymać", "odebrać", "słuchacz", "słuchaczka", "uczeń", "uczennica",
                               "reprezentować", "zawodnik", "zawodniczka", "medalista", "medalistka",
                               "zdobywca", "zdobywczyni", "odznaczyć"})
#: Words of a list's lead ("Gośćmi byli:", "Obecni byli:") that make its names guests.
GUEST_WORDS = frozenset({"gość", "obecny", "zaszczycić", "przybyć", "honorowy"})


#: Verbs of celebrating a liturgy (active and the passive participle share the lemma).
_CELEBRATING = frozenset({"odprawić", "odprawiać", "celebrować", "koncelebrować"})


#: Verbs of attending: "uczestniczył", "udział wzięli" ("brać"/"wziąć" with "udział").
ATTEND_VERBS = frozenset({"uczestniczyć", "wziąć", "brać"})


def attended(ctx: Context, i: int, j: int) -> bool:
    """The name's verb says the person attended (rather than won, received or represented)."""
    verb = name_predicate(ctx, i, j)
    if verb is None and list_lead(ctx, i):
        verb = next((t for t in reversed(list_lead(ctx, i)) if t._.analysis is not None
                     and t._.analysis.pos in ("praet", "fin")), None)
    if verb is None:
        return False
    lemmas = {a.lemma for a in verb._.morf}
    if "uczestniczyć" in lemmas:
        return True
    doc = ctx.light_tokens  # "udział wzięli", "wzięła udział": taking only with "udział"
    return bool(lemmas & ATTEND_VERBS) and any(t.text.lower() == "udział" for t in doc[max(0, verb.i - 2):verb.i + 3])


#: Words of funding: the prizes near the name are what the person gave ("za ufundowanie nagród"), not won.
_FUNDING = frozenset({"ufundować", "ufundowanie", "fundować", "fundator", "fundatorka", "sponsor", "sponsorka",
                      "sponsorować"})
#: Verbs of winning or receiving an award, whose subject is a laureate.
_WON_VERBS = frozenset({"otrzymać", "odebrać", "zdobyć", "wygrać", "zająć", "zwyciężyć", "wywalczyć"})
_LEAD_VERBS = frozenset({"prowadzić", "poprowadzić", "współprowadzić"})


def cues(ctx: Context, i: int, j: int) -> set[str]:
    """What the text says the person did: 'speaker', 'guest', 'participant' (may be several)."""
    doc = ctx.light_tokens
    found: set[str] = set()
    line_before = ctx.left(doc[i].idx, 40).lower()
    if "prowadzą" in line_before or "prelegen" in line_before or "wykład" in line_before:
        found.add("speaker")
    if _programme_speaker(ctx, doc[i].idx) or speaks_next(ctx, i, j, SPEAKER_VERBS):  # "X. Opowiedział, jak …"
        found.add("speaker")
    verb = name_predicate(ctx, i, j)
    if verb is not None:
        lemmas = {a.lemma for a in verb._.morf}
        if any(t.text.lower() == "za" for t in doc[max(0, verb.i - 6):verb.i + 2]):
            lemmas -= _ANSWER_VERBS  # "odpowiadał za produkcję", "za oprawę odpowiadała": in charge, no answer
        objects = set().union(*ctx.features.lemmas[verb.i + 1:min(verb.i + 4, len(doc))])  # every reading's lemma
        if (lemmas & SPEAKER_VERBS or (objects & SPEAKER_NOUNS and lemmas & {"mieć", "przygotować", "poprowadzić"})) \
                and not (verb.i < i and _oblique_name(doc, i, j)) \
                and not (lemmas & _LEAD_VERBS and leads_something_else(doc, verb.i, i)):  # "Drużynę prowadzi X"
            found.add("speaker")  # "omówił twórczość Jana Kosa": a genitive after the verb is no subject
        if lemmas & GUEST_VERBS:
            found.add("guest")
        if lemmas & _WON_VERBS and verb.i > j and not _oblique_name(doc, i, j):
            found.add("participant")  # "X, nauczycielka matematyki w Y, otrzymała nagrodę": the verb past the apposition
        if _competed(doc, verb) and not _oblique_name(doc, i, j) and _contest_text(ctx):
            found.add("participant")  # "zakwalifikował się X", "X skoczył 176 m", "sukces odniosła X": a competitor
        if verb.i < i and lemmas & _MADE_VERBS and _antecedent_is_a_session(ctx, verb.i):
            found.add("speaker")  # "warsztaty, które przygotowała X": the relative's antecedent is what X ran
    sent_start, sent_end = name_sentence(ctx, i)  # "p." may end a sentence
    near = set().union(*ctx.features.lemmas[max(sent_start, i - 6):min(sent_end, j + 4)]) | copula_noun(ctx, verb)
    if near & SPEAKER_NOUNS - {"zajęcia", "warsztat", "szkolenie"}:
        found.add("speaker")
    left = ctx.left(doc[i].idx, 30).lower()
    sentence_left = ctx.norm[max(doc[sent_start].idx, doc[i].idx - 120):doc[i].idx].lower()
    relative = _relative_verb(ctx, j, sent_end)
    if _UNDER_GUIDANCE.search(ctx.left(doc[i].idx, 90)) or relative & SPEAKER_VERBS:
        found.add("speaker")  # "gotowali pod okiem X", "X, dyrektor Y, który mówił o …"
    if relative & GUEST_VERBS:
        found.add("guest")  # "udział wziął X, który gratulował laureatom"
    if relative & (_WON_VERBS | _COMPETING) and _contest_text(ctx):
        found.add("participant")  # "X, która zdobywała trzecie miejsca": what she did in the contest
    if "z udziałem" in left or _meeting_with(ctx, i, sent_start) or "głos zabra" in sentence_left:
        found.add("speaker")  # debates and meetings "z udziałem X", "spotkanie z X", "głos zabrali: X, Y"
    if near & PARTICIPANT_WORDS and not near & _FUNDING and not _possessor(doc, i, j) \
            or _RANK.search(ctx.left(doc[i].idx, 50)):
        found.add("participant")  # "I miejsce – Anna Kos", "2. miejsce: Jan Mak"; not "dzieła Henryka Sienkiewicza"
    if near & (GUEST_WORDS | _CELEBRATING):  # "Mszę odprawił ks. X", "odprawiona przez ks. X": the celebrant
        found |= {"guest", "guest_label"} if guest_label(ctx, verb, doc[i].idx) else {"guest"}  # came to say it
    if _organizers_people(ctx, i, sent_start) or _organized_it(ctx, verb, i, j, sent_start, sent_end) or _inviter(
            ctx, verb, i, j):
        found.add("organizer")
    if not found and _awarded(ctx, verb, i, j, sent_start, sent_end):
        found.add("participant")
    if not found:
        found |= _list_lead_cues(ctx, i, sent_start)
    if not found and _results_item(ctx, i):
        found.add("participant")
    if not found and surname_first([t for t in doc[i:j] if not t.is_space]):
        found.add("participant")  # "Koziak Michał, Wrona Jan": rosters and results lists write the surname first
    if verb is not None and _named_funder(doc, verb, i, sent_start):
        found = {"sponsor"}  # "Sponsorami konkursu byli burmistrz X, wójt Y": they funded it, no part in the event
    if _work_author(doc, i, j) or interviewer(ctx, i, j):  # "Rozmawiała Anna Kos": the interview's author
        found = (found - {"speaker", "guest"}) or {"author"}  # "filmy prezentowane w X: „Z odzysku” Jana Kosa": the
        # verb is the work's, not his; an author named only by his work did nothing the text tells at the event
    lead = set().union(*(ctx.features.lemmas_lower[t.i] for t in list_lead(ctx, i)[-8:]))
    if lead & {"laureat", "laureatka", "zwycięzca", "zwyciężczyni", "finalista", "finalistka"} and not lead & JURY_WORDS:
        lead = set()  # "Komisja konkursowa wyłoniła laureatów:": the list is the laureates, not the jury
    if (near | lead) & JURY_WORDS or {"komisja", "konkursowy"} <= near | lead:
        found = {"jury"}  # "Jury w składzie: A, B i C": they judged, they did not compete
    return found


#: A meeting's lemmas: "spotkanie autorskie z X", "spotkali się z dzielnicowym, sierżantem X".
_MEETING = frozenset({"spotkanie", "spotkać", "spotykać"})


def _meeting_with(ctx: Context, i: int, sent_start: int) -> bool:
    """The name is what "z" after a meeting governs (its apposition and title may stand between): the one met
    spoke to those who met them. The preposition within six words before the name, the meeting within three
    before the preposition, both in the name's sentence."""
    doc = ctx.light_tokens
    lo = max(sent_start, i - 6)
    z = next((k for k in range(i - 1, lo - 1, -1) if doc[k].text.lower() in ("z", "ze")), None)
    return z is not None and any(a.lemma in _MEETING for t in doc[max(sent_start, z - 3):z] for a in t._.morf)


#: Words of organizing: "zorganizowane przez X w osobach: …", "Organizatorem była Fundacja X w osobie …".
_ORGANIZING = frozenset({"organizator", "współorganizator", "organizować", "zorganizować", "współorganizować",
                         "organizacja"})
_IN_PERSONS = re.compile(r"\bw\s+osob(?:ie|ach)\b[^.;]*$", re.IGNORECASE)


#: Verbs of organizing; "przygotować" organizes only a whole event (not a session its speaker prepares).
_ORGANIZE_VERBS = frozenset({"zorganizować", "organizować", "współorganizować"})
_PREPARE_VERBS = frozenset({"przygotować", "przygotowywać"})
#: Events a person who prepares them organizes: "Konkurs przygotowała p. Ewa Lis", "Wystawę przygotował X".
_WHOLE_EVENTS = frozenset({"konkurs", "wystawa", "impreza", "turniej", "zawody", "uroczystość", "festyn", "wycieczka",
                           "apel", "akcja", "kiermasz", "spotkanie", "przedstawienie", "quiz", "olimpiada", "rajd",
                           "dzień", "piknik", "bal", "zbiórka", "wieczór"})


def _organized_it(ctx: Context, verb: object, i: int, j: int, sent_start: int, sent_end: int) -> bool:
    """'Spotkanie zorganizowała Jolanta Mróz', 'Konkurs przygotowała p. Ewa Lis': a person who is the subject of
    organizing (or of preparing a whole event, whose noun is the verb's object) is the organizer's own: staff."""
    if verb is None or _oblique_name(ctx.light_tokens, i, j):
        return False
    doc = ctx.light_tokens
    analysis = verb._.analysis  # type: ignore[attr-defined]
    if analysis is None or analysis.pos not in ("praet", "fin"):
        return False
    if analysis.lemma in _ORGANIZE_VERBS:
        return True
    if analysis.lemma not in _PREPARE_VERBS:
        return False
    v = verb.i  # type: ignore[attr-defined]
    objects = doc[max(sent_start, v - 4):v] if v < i else doc[v + 1:min(sent_end, v + 4)]
    return any(a.pos == "subst" and "acc" in a.cases and a.lemma in _WHOLE_EVENTS for t in objects for a in t._.morf)


_INVITING = frozenset({"zapraszać", "zaprosić"})
#: Past forms of the first and second person ("zaprosiliśmy", "zaprosiłam", "zaprosiłeś"): the writer invites.
_FIRST_SECOND = re.compile(r"(?:śmy|ście|[mś])$", re.IGNORECASE)
_WITH = re.compile(r"\b(?:wraz|razem|wspólnie)\s+z(?:e)?\s+(?:[A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż.]+\s+){0,8}$")


def _inviter(ctx: Context, verb: object, i: int, j: int) -> bool:
    """'Na konferencję zapraszają: X wraz z Prezesem Y posłem Janem Kosem', 'Wójt Jan Kos zaprasza na festyn': the
    subject of a third-person verb of inviting (the name in the nominative, or with "wraz z" among the inviters) is
    a host, one of the organizers' people (docs/annotation.md: officials named among the hosts are staff)."""
    if verb is None or _FIRST_SECOND.search(verb.text) or not any(  # type: ignore[attr-defined]
            a.lemma in _INVITING and (a.pos == "praet" or a.tag.startswith("fin:") and ":ter" in a.tag)
            for a in verb._.morf):  # type: ignore[attr-defined]
        return False  # "Zaprosiliśmy X": the writer invites, X is the guest
    doc = ctx.light_tokens
    if not _oblique_name(doc, i, j):
        return True
    return verb.i < i and bool(_WITH.search(ctx.norm[doc[verb.i].idx:doc[i].idx]))  # type: ignore[attr-defined]


def _organizers_people(ctx: Context, i: int, sent_start: int) -> bool:
    """'zorganizowane przez Fundację X w osobach: A i B': the names "w osobie/osobach" after the organizer are its
    own people (part staff), whatever else the sentence says."""
    doc = ctx.light_tokens
    left = ctx.norm[doc[sent_start].idx:doc[i].idx]
    found = _IN_PERSONS.search(left)
    if found is None:
        return False
    k = next((t.i for t in doc[sent_start:i] if t.idx >= doc[sent_start].idx + found.start()), i)
    return any(a.lemma in _ORGANIZING for t in doc[sent_start:k] for a in t._.morf)


#: Nouns of what a contest awards, and verbs of an award going to someone ("nagroda trafiła do X").
PRIZE_NOUNS = frozenset({"nagroda", "wyróżnienie", "miejsce", "puchar", "statuetka", "dyplom", "medal", "tytuł",
                         "stypendium", "bon", "laur"})
_GOING_TO = frozenset({"trafić", "przypaść", "przyznać"})


def _awarded(ctx: Context, verb: object, i: int, j: int, sent_start: int, sent_end: int) -> bool:
    """An award went to the name, which is not in the nominative: "nagroda trafiła do X", "drugie miejsce
    przypadło w udziale X", "przyznano X wyróżnienie": the recipient (a contest's winner), not the giver."""
    if verb is None or verb.i > i or not {a.lemma for a in verb._.morf} & _GOING_TO:  # type: ignore[attr-defined]
        return False
    doc = ctx.light_tokens
    k = honorific_start(doc, i) - 1  # "do Oliwii Kruczek": the preposition tells when the surname does not
    return (_oblique_name(doc, i, j) or k >= 0 and doc[k].text.lower() == "do") and any(a.lemma in PRIZE_NOUNS and a.pos == "subst"
                                            for t in doc[sent_start:sent_end] for a in t._.morf)


#: Nouns whose genitive complement is the person who did what they name: "wykład Anny Kos", "z udziałem X".
_AGENT_NOUNS = SPEAKER_NOUNS | PARTICIPANT_WORDS | GUEST_WORDS | {"udział", "okiem", "oko", "kierunek", "obecność"}


def _possessor(doc: object, i: int, j: int) -> bool:
    """'dzieła Henryka Sienkiewicza', 'twórczość Anny Kos': a name in the genitive right after a common noun that
    is neither a title nor a noun of what the person did there is the owner of a thing the text talks about."""
    if not _oblique_name(doc, i, j):
        return False
    k = honorific_start(doc, i) - 1  # type: ignore[arg-type]
    if k < 0:
        return False
    before = doc[k]  # type: ignore[index]
    nouns = [a for a in before._.morf if a.pos == "subst" and not a.names]
    return before.is_alpha and before.text[:1].islower() and bool(nouns) and not any(
        a.lemma.lower() in _AGENT_NOUNS or role_title(before.text, before._.morf) for a in nouns)


#: Verbs of making a session whose object may stand before them as a relative's antecedent.
_MADE_VERBS = frozenset({"przygotować", "przygotowywać", "poprowadzić", "prowadzić", "przeprowadzić", "wygłosić"})


def _antecedent_is_a_session(ctx: Context, v: int) -> bool:
    """'warsztaty …, które przygotowała X': "który" (not in the nominative: the object) right before the verb, and a
    session noun (SPEAKER_NOUNS) within twenty words before it."""
    doc = ctx.light_tokens
    rel = next((k for k in range(v - 1, max(-1, v - 3), -1) if any(a.lemma == "który" for a in doc[k]._.morf)), None)
    if rel is None or any("nom" in a.cases and a.number == "sg" and "m1" in a.genders
                          for a in doc[rel]._.morf if a.lemma == "który"):
        return False
    start = max(ctx.sentence_bounds(rel)[0], rel - 20)
    return any(a.pos == "subst" and a.lemma in SPEAKER_NOUNS for t in doc[start:rel] for a in t._.morf)


_CLOSING = frozenset({"”", "\"", "“", "»"})
#: "w reżyserii X", "autorstwa X": the words before a work's author.
_AUTHOR_NOUNS = frozenset({"reżyseria", "autorstwo"})


def _work_author(doc: object, i: int, j: int) -> bool:
    """'„Z odzysku” Jana Kosa', 'film w reżyserii Jana Kosa': a name in the genitive right after a quoted title (or
    after "w reżyserii", "autorstwa") is the author of the work the sentence talks about; every word of the name that
    the dictionary knows as a noun has a genitive reading (a misspelt word it does not know is let pass)."""
    k = honorific_start(doc, i) - 1  # type: ignore[arg-type]
    while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:  # type: ignore[index]
        k -= 1
    if k < 0 or not (doc[k].text in _CLOSING or any(a.lemma in _AUTHOR_NOUNS for a in doc[k]._.morf)):  # type: ignore[index]
        return False
    words = [[a for a in t._.morf if a.pos == "subst"] for t in doc[i:j] if t.is_alpha]  # type: ignore[index]
    return bool(words) and all("gen" in {c for a in readings for c in a.cases} for readings in words if readings)


def _named_funder(doc: object, verb: object, i: int, sent_start: int) -> bool:
    """"Sponsorami konkursu byli: A, B", "Fundatorem nagród był X": the name is the complement of a copula whose
    predicate, before it, is a noun of funding."""
    if verb.i > i or not any(a.lemma == "być" for a in verb._.morf):  # type: ignore[attr-defined]
        return False
    return any(a.lemma in _FUNDING and a.pos == "subst" and "inst" in a.cases
               for t in doc[max(sent_start, verb.i - 4):verb.i] for a in t._.morf)  # type: ignore[attr-defined,index]


def _oblique_name(doc: object, i: int, j: int) -> bool:
    """'Henryka Sienkiewicza', 'Anny Kos': the last word of the name the dictionary knows as a name (the surname
    decides: "Henryka" is also a woman's name) lacks a nominative reading, so the name is no verb's subject."""
    known = [[a for a in t._.morf if a.pos == "subst" and a.names] for t in doc[i:j]]  # type: ignore[index]
    known = [readings for readings in known if readings]
    return bool(known) and not any("nom" in a.cases for a in known[-1])


@per_readings
def _nominative_which(readings: tuple) -> bool:
    """'który', 'która': a reading of the relative pronoun, and a nominative among the word's readings."""
    return any(a.lemma == "który" for a in readings) and "nom" in {c for a in readings for c in a.cases}


def _relative_verb(ctx: Context, j: int, sent_end: int) -> set[str]:
    """'X, dyrektor Y, który mówił o …': the lemmas of the verb of a relative clause right after the name (and
    its apposition): what the person did."""
    doc = ctx.light_tokens
    rel = next((t for t in doc[j:min(sent_end, j + 10)] if _nominative_which(t._.morf)), None)
    if rel is None:
        return set()
    verb = next((t for t in doc[rel.i + 1:min(sent_end, rel.i + 4)] if t._.analysis is not None
                 and t._.analysis.pos in ("praet", "fin")), None)
    return {a.lemma for a in verb._.morf} if verb is not None else set()


#: "pod okiem X", "pod czujnym okiem X", "pod kierunkiem pielęgniarza dyplomowanego p. X": the title and honorifics may stand between.
_UNDER_GUIDANCE = re.compile(r"\bpod\s+(?:\w+\s+)?(?:okiem|kierunkiem)\s+(?:\w+\.?\s+){0,5}$", re.IGNORECASE)
#: Words of a jury: its members judge a competition (part `other` unless they are the organizer's).
JURY_WORDS = frozenset({"jury", "juror", "jurorka"})
#: a programme line opens with its time ("10:15 –", "10.15-11.00")
_TIMED = re.compile(r"[ \t•·*-]*\d{1,2}[:.]\d{2}")
#: items that open or close the event: their people greet (guests or hosts), they give no talk
_CEREMONY_ITEMS = frozenset({"otwarcie", "powitanie", "przywitanie", "zakończenie", "zamknięcie", "podsumowanie"})


def _programme_speaker(ctx: Context, char: int) -> bool:
    """'10:15 – Ekonomia społeczna w praktyce – Anna Kubiak': the name after a timed programme item's title gave it,
    unless the item is the opening or the closing."""
    from pipeline.extract.list_affiliations import programme_entry
    from pipeline.text.morphology import analyse

    line_start = ctx.text.rfind("\n", 0, char) + 1
    if not _TIMED.match(ctx.text, line_start) or not programme_entry(ctx, line_start, char):
        return False
    words = re.findall(r"[^\W\d_]+", ctx.text[line_start:char])
    return not any(a.lemma.lower() in _CEREMONY_ITEMS for w in words for a in analyse(w))


#: A place in a ranking right before the name: "I miejsce – ", "2. miejsce: ", "III nagroda – p. ".
_RANK = re.compile(r"(?:\b[IVX]{1,4}|\b\d{1,2}\.?|\bpierwsz\w*|\bdrug\w*|\btrzec\w*)\s+(?:miejsc\w*|nagrod\w*)"
                   r"\s*(?:\([^)]*\)\s*)?[-–—:]?\s*(?:(?:p\.|pan\w*|pani)\s*)?$", re.IGNORECASE)


#: A list of results or standings names those who competed: "Wyniki biegu: 1. A, 2. B", "Klasyfikacja końcowa:".
_RESULTS = frozenset({"wynik", "klasyfikacja"})


def _results_item(ctx: Context, i: int) -> bool:
    """'Wyniki biegu: 1. A (SP X), 2. B', 'Klasyfikacja końcowa:' and items one a line: a numbered item under a
    results lead is one who competed, however the items are punctuated (points, schools, times)."""
    doc = ctx.light_tokens
    h = honorific_start(doc, i)
    if h < 3 or doc[h - 1].text != "." or not (doc[h - 2].text.isdigit() and len(doc[h - 2].text) <= 2):
        return False
    for k in range(h - 3, max(-1, h - 200), -1):
        t = doc[k]
        if "\n\n" in t.text or "\n\n" in t.whitespace_ or t.text in ("!", "?"):
            return False  # a paragraph or an exclamation ends the list
        if t.text == "." and not (k > 0 and doc[k - 1].text.isdigit()):
            return False  # a sentence's end (an item number's period ends none)
        if t.text == ":":
            return any(a.lemma in _RESULTS for u in doc[max(0, k - 10):k] for a in u._.morf)
    return False


def _list_lead_cues(ctx: Context, i: int, sent_start: int) -> set[str]:
    """A name in a list takes its cue from the list's lead: "Nagrody otrzymali: A z X, B z Y, …",
    "W panelu udział wzięli: …", "Obecni byli: …" (see `list_lead`)."""
    tokens = list_lead(ctx, i)[-16:]
    lead = {a.lemma for t in tokens for a in t._.morf}
    found: set[str] = set()
    if lead & (SPEAKER_VERBS | SPEAKER_NOUNS | {"panel", "panelista", "prelegent", "ekspert"}):
        found.add("speaker")
        return found
    # "powitał uczestników, zaczynając od gości honorowych w osobach:": the cue nearest the colon
    for t in reversed(tokens):
        lemmas = {a.lemma for a in t._.morf}
        if lemmas & (PARTICIPANT_WORDS | _RESULTS | {"otrzymać", "przyznać", "trafić"}):
            return {"participant"}
        if lemmas & (GUEST_WORDS | GUEST_VERBS - {"odwiedzić"}):
            return {"guest"}  # "Odwiedzono:" lists the places visited, not guests
    return found
