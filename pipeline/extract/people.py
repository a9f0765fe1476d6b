"""People: one mention per name the NER backends found, with its base form and honorific
(`pipeline.extract.person_names`), its roles (`pipeline.extract.roles`) and the cues to the part
the person had (speaker, guest, participant).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.event_roles import (
    EVENT_ROLE_TITLES,
    honorific_start,
    list_lead,
    name_predicate,
    name_sentence,
)
from pipeline.extract.name_government import governed_cases
from pipeline.extract.person_names import honorific_before, initials_as_written, is_pan, person_name
from pipeline.extract.role_speakers import event_role as stated_event_role
from pipeline.extract.roles import EXTRACTOR, after_title_roles, title_roles
from pipeline.lexicon.words import role_title
from pipeline.models import Mention, Role
from pipeline.ner.person_rules import inside_business_name, shared_family_name
from pipeline.text.context import Context


@dataclass
class PersonMention:
    name: str
    gender: str | None
    honorific: str | None
    mention: Mention
    roles: list[Role] = field(default_factory=list)
    role_org_spans: list[tuple[int, int] | None] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)


def extract_people(ctx: Context, spans: list[tuple[int, int]]) -> list[PersonMention]:
    """Person mentions from character spans of names found by the NER backends."""
    doc = ctx.doc
    out = []
    names = [(s, e, c) for s, e in spans if (c := doc.char_span(s, e, alignment_mode="expand")) is not None]
    # titles written after a name belong to it, not to the next name ("A – Minister X oraz B")
    after = [after_title_roles(ctx, c.start, c.end) for _, _, c in names]  # read once, used twice
    claimed = frozenset((r.mention.start, r.mention.end) for found in after for r, _ in found)
    light = ctx.light_tokens  # the name's words as plain tokens (`pipeline.text.light`), not spaCy Tokens
    for (start, end, chars), after_name in zip(names, after, strict=True):
        tokens = [t for t in light[chars.start:chars.end] if not t.is_space]
        if inside_business_name(light, chars.start):
            continue  # "Pasieka u Piotra Woźniaka": a business's name (settled), whichever backend found it
        family = shared_family_name(light, chars.start) if len(tokens) == 1 else None
        if family is not None:
            tokens.append(light[family.i])  # "Annę i Artura Bukowskich": Anna Bukowska
        before = light[chars.start - 1] if chars.start > 0 else None
        pan = before if before is not None and is_pan(before) else None
        name, gender = person_name(tokens, pan, governed_cases(light, chars.start))  # type: ignore[arg-type]
        name = initials_as_written(ctx.norm, tokens, name)
        if len(name.split()) < 2:
            continue
        honorific, _ = honorific_before(light, chars.start)  # type: ignore[arg-type]
        mention = ctx.mention(start, end, EXTRACTOR, 0.85, "first_name+surname")
        pm = PersonMention(name=name, gender=gender, honorific=honorific, mention=mention)
        found = title_roles(ctx, chars.start, chars.end, claimed, after_name)
        event_role = stated_event_role(ctx, chars.start, chars.end)
        if event_role is not None and not any(r.title.split()[0] == event_role.title for r, _ in found):
            found.append((event_role, None))
        pm.roles = [r for r, _ in found]
        pm.role_org_spans = [span for _, span in found]
        pm.cues = cues(ctx, chars.start, chars.end) or _prelate(ctx, chars.start)
        if not pm.cues & {"speaker", "guest", "jury"} and _attended(ctx, chars.start, chars.end):
            pm.cues.add("participant")  # "W wydarzeniu uczestniczyli: wiceminister X": officials who attended too
        out.append(pm)
    _share_with_coordinated(ctx, out)
    for prev, cur in zip(out[-2::-1], out[:0:-1], strict=True):  # "A, B i C – trenerzy": C's title reaches A via B
        if COORDINATED.match(ctx.norm[prev.mention.end:cur.mention.start]):
            _share_plural_title(ctx, prev, cur)
    _share_cues_backwards(ctx, out)
    return out


def _prelate(ctx: Context, i: int) -> set[str]:
    """'arcybiskup Jan Kos': a clerical rank is an honorific, no role (docs/annotation.md), but the prelate right
    before the name (past its honorifics) comes to someone else's event as a guest."""
    h = honorific_start(ctx.light_tokens, i)
    before = ctx.light_tokens[h - 1] if h > 0 else None
    if before is not None and any(a.pos == "subst" and a.lemma.lower() in ("biskup", "arcybiskup")
                                  for a in before._.morf):
        return {"guest"}
    return set()


COORDINATED = re.compile(r"^\s*(?:,|i|oraz|a\s+także|,\s*a)\s*$")
#: a list item's own place between two names: "A z Ławek, B z Gołaszyna"
_COORDINATED_WITH_PLACE = re.compile(r"^\s*(?:z|ze)\s+[^\s,.;]+(?:\s+[^\s,.;]+)?\s*(?:,|i|oraz)\s*$")


def _share_with_coordinated(ctx: Context, mentions: list[PersonMention]) -> None:
    """"prowadzili Anna Kos i Piotr Wilk", "moderowanej przez Annę Kos i Piotra Wilka": the second of two
    coordinated names shares the first one's event role and cues when it has none of its own."""
    for prev, cur in zip(mentions, mentions[1:], strict=False):
        _share_with_companion(ctx, prev, cur)
        gap = _HONORIFIC_GAP.sub(" ", ctx.norm[prev.mention.end:cur.mention.start])  # "A i p. B"
        if not COORDINATED.match(gap):
            if _COORDINATED_WITH_PLACE.match(gap) and not cur.cues:
                cur.cues = set(prev.cues)  # a list of winners with their villages: the same cue
            if not _coordinated_with_titles(ctx, prev, cur):
                continue
            _share_event_role(prev, cur)  # "prowadził A (Poseł na Sejm RP) oraz były przewodniczący X B"
            if not cur.cues:
                cur.cues = set(prev.cues)
            continue
        _share_event_role(prev, cur)
        _share_plural_title(ctx, prev, cur)
        if not cur.cues:
            cur.cues = set(prev.cues)


_COMPANION = re.compile(r"\bwraz\s+ze?\s+\w+\s*$", re.IGNORECASE)


def _share_with_companion(ctx: Context, prev: PersonMention, cur: PersonMention) -> None:
    """"dyrektor X wraz z pracownicą p. B": a title with no institution right after "wraz z" is held at the
    preceding person's institution, and B came in the same capacity (their cues)."""
    lo, hi = prev.mention.end, cur.mention.start
    if hi <= lo or hi - lo > 250 or "\n" in ctx.norm[lo:hi]:
        return
    org = next((span for span in prev.role_org_spans if span is not None), None)
    for k, role in enumerate(cur.roles):
        if lo <= role.mention.start < hi and cur.role_org_spans[k] is None and \
                _COMPANION.search(ctx.norm[lo:role.mention.end]):
            if org is not None:
                cur.role_org_spans[k] = org
            if not cur.cues:
                cur.cues = set(prev.cues)


def _share_event_role(prev: PersonMention, cur: PersonMention) -> None:
    event = [r for r in prev.roles if r.title in EVENT_ROLE_TITLES]
    if event and not any(r.title in EVENT_ROLE_TITLES for r in cur.roles):
        cur.roles.append(event[0])
        cur.role_org_spans.append(None)


def _share_cues_backwards(ctx: Context, mentions: list[PersonMention]) -> None:
    """"A – prezes X, B – dyrektor Y oraz C reprezentowali gminę": the verb after a list of names is every
    name's; a name without a cue of its own takes the next coordinated name's."""
    for prev, cur in zip(reversed(mentions[:-1]), reversed(mentions[1:]), strict=True):
        if prev.cues or not cur.cues:
            continue
        if COORDINATED.match(ctx.norm[prev.mention.end:cur.mention.start]) or _coordinated_with_titles(ctx, prev, cur):
            prev.cues = set(cur.cues)


_HONORIFIC_GAP = re.compile(r"\b(?:p\.|pan\w*|pani\w*|dr|dr\.|hab\.|prof\.|mgr|inż\.|ks\.)(?=\s|$)", re.IGNORECASE)


def _coordinated_with_titles(ctx: Context, prev: PersonMention, cur: PersonMention) -> bool:
    """Two names of one list whose gap holds only their titles: "A – Dyrektor X, Prezes Y p. B", "A, B"."""
    lo, hi = prev.mention.end, cur.mention.start
    if hi <= lo or hi - lo > 250 or "\n" in ctx.norm[lo:hi]:
        return False
    chars = list(ctx.norm[lo:hi])
    spans = [(r.mention.start, r.mention.end) for r in [*prev.roles, *cur.roles]]
    spans += [span for span in [*prev.role_org_spans, *cur.role_org_spans] if span is not None]
    for start, end in spans:  # "A – prezes Fundacji X, B": the title's institution is part of the item too
        s, e = max(start, lo), min(end, hi)
        if s < e:
            chars[s - lo:e - lo] = " " * (e - s)
    rest = _HONORIFIC_GAP.sub(" ", "".join(chars))
    rest = re.sub(r"[-–—()]", " ", rest)
    return rest != ctx.norm[lo:hi] and bool(COORDINATED.match(rest) or _APPOSITION_GAP.match(rest))


#: "A, prezes X, B": an apposition between commas leaves two of them.
_APPOSITION_GAP = re.compile(r"^\s*,\s*(?:,|i|oraz|a\s+także|,\s*a)\s*$")


def _share_plural_title(ctx: Context, prev: PersonMention, cur: PersonMention) -> None:
    """A plural title covers every name it stands with: "koordynatorów Anny Kos i Piotra Wilka" (before
    the names), "Anna Kos i Piotr Wilk – trenerzy grup tanecznych" (after them)."""
    def plural(role: Role) -> bool:
        span = ctx.doc.char_span(role.mention.start, role.mention.start + 1, alignment_mode="expand")
        return span is not None and any(a.number == "pl" for a in span[0]._.morf if a.pos in ("subst", "adj"))

    if not cur.roles or all(r.title in EVENT_ROLE_TITLES for r in cur.roles):
        for role, org in zip(prev.roles, prev.role_org_spans, strict=True):
            if role.mention.start < prev.mention.start and plural(role) and role.title not in {r.title for r in cur.roles}:
                cur.roles.insert(0, role)
                cur.role_org_spans.insert(0, org)
    if not prev.roles or all(r.title in EVENT_ROLE_TITLES for r in prev.roles):
        for role, org in zip(cur.roles, cur.role_org_spans, strict=True):
            if role.mention.start >= cur.mention.end and plural(role) and role.title not in {r.title for r in prev.roles}:
                prev.roles.insert(0, role)
                prev.role_org_spans.insert(0, org)


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
                         "zaszczycić", "wręczyć", "gratulować", "uhonorować", "podziękować", "życzyć", "gościć", "przyjąć"})
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


def _attended(ctx: Context, i: int, j: int) -> bool:
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


def cues(ctx: Context, i: int, j: int) -> set[str]:
    """What the text says the person did: 'speaker', 'guest', 'participant' (may be several)."""
    doc = ctx.light_tokens
    found: set[str] = set()
    line_before = ctx.left(doc[i].idx, 40).lower()
    if "prowadzą" in line_before or "prelegen" in line_before or "wykład" in line_before:
        found.add("speaker")
    verb = name_predicate(ctx, i, j)
    if verb is not None:
        lemmas = {a.lemma for a in verb._.morf}
        if any(t.text.lower() == "za" for t in doc[max(0, verb.i - 6):verb.i + 2]):
            lemmas -= _ANSWER_VERBS  # "odpowiadał za produkcję", "za oprawę odpowiadała": in charge, no answer
        objects = {a.lemma for t in doc[verb.i + 1:min(verb.i + 4, len(doc))] for a in t._.morf}
        if (lemmas & SPEAKER_VERBS or (objects & SPEAKER_NOUNS and lemmas & {"mieć", "przygotować", "poprowadzić"})) \
                and not (verb.i < i and _oblique_name(doc, i, j)):
            found.add("speaker")  # "omówił twórczość Jana Kosa": a genitive after the verb is no subject
        if lemmas & GUEST_VERBS:
            found.add("guest")
        if verb.i < i and lemmas & _MADE_VERBS and _antecedent_is_a_session(ctx, verb.i):
            found.add("speaker")  # "warsztaty, które przygotowała X": the relative's antecedent is what X ran
    sent_start, sent_end = name_sentence(ctx, i)  # "p." may end a sentence
    near = {a.lemma for t in doc[max(sent_start, i - 6):min(sent_end, j + 4)] for a in t._.morf}
    if near & SPEAKER_NOUNS - {"zajęcia", "warsztat", "szkolenie"}:
        found.add("speaker")
    left = ctx.left(doc[i].idx, 30).lower()
    sentence_left = ctx.norm[max(doc[sent_start].idx, doc[i].idx - 120):doc[i].idx].lower()
    relative = _relative_verb(ctx, j, sent_end)
    if _UNDER_GUIDANCE.search(ctx.left(doc[i].idx, 90)) or relative & SPEAKER_VERBS:
        found.add("speaker")  # "gotowali pod okiem X", "X, dyrektor Y, który mówił o …"
    if relative & GUEST_VERBS:
        found.add("guest")  # "udział wziął X, który gratulował laureatom"
    if "z udziałem" in left or _meeting_with(ctx, i, sent_start) or "głos zabra" in sentence_left:
        found.add("speaker")  # debates and meetings "z udziałem X", "spotkanie z X", "głos zabrali: X, Y"
    if near & PARTICIPANT_WORDS and not _possessor(doc, i, j) or _RANK.search(ctx.left(doc[i].idx, 50)):
        found.add("participant")  # "I miejsce – Anna Kos", "2. miejsce: Jan Mak"; not "dzieła Henryka Sienkiewicza"
    if near & (GUEST_WORDS | _CELEBRATING):
        found.add("guest")  # "Mszę odprawił ks. X", "odprawiona przez ks. X": the celebrant came to say it
    if _organizers_people(ctx, i, sent_start):
        found.add("organizer")
    if not found and _awarded(ctx, verb, i, j, sent_start, sent_end):
        found.add("participant")
    if not found:
        found |= _list_lead_cues(ctx, i, sent_start)
    lead = {a.lemma.lower() for t in list_lead(ctx, i)[-8:] for a in t._.morf}
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


def _oblique_name(doc: object, i: int, j: int) -> bool:
    """'Henryka Sienkiewicza', 'Anny Kos': the last word of the name the dictionary knows as a name (the surname
    decides: "Henryka" is also a woman's name) lacks a nominative reading, so the name is no verb's subject."""
    known = [[a for a in t._.morf if a.pos == "subst" and a.names] for t in doc[i:j]]  # type: ignore[index]
    known = [readings for readings in known if readings]
    return bool(known) and not any("nom" in a.cases for a in known[-1])


def _relative_verb(ctx: Context, j: int, sent_end: int) -> set[str]:
    """'X, dyrektor Y, który mówił o …': the lemmas of the verb of a relative clause right after the name (and
    its apposition): what the person did."""
    doc = ctx.light_tokens
    rel = next((t for t in doc[j:min(sent_end, j + 10)] if any(a.lemma == "który" for a in t._.morf)
                and "nom" in {c for a in t._.morf for c in a.cases}), None)
    if rel is None:
        return set()
    verb = next((t for t in doc[rel.i + 1:min(sent_end, rel.i + 4)] if t._.analysis is not None
                 and t._.analysis.pos in ("praet", "fin")), None)
    return {a.lemma for a in verb._.morf} if verb is not None else set()


#: "pod okiem X", "pod czujnym okiem X", "pod kierunkiem pielęgniarza dyplomowanego p. X": the title and honorifics may stand between.
_UNDER_GUIDANCE = re.compile(r"\bpod\s+(?:\w+\s+)?(?:okiem|kierunkiem)\s+(?:\w+\.?\s+){0,5}$", re.IGNORECASE)
#: Words of a jury: its members judge a competition (part `other` unless they are the organizer's).
JURY_WORDS = frozenset({"jury", "juror", "jurorka"})
#: A place in a ranking right before the name: "I miejsce – ", "2. miejsce: ", "III nagroda – p. ".
_RANK = re.compile(r"(?:\b[IVX]{1,4}|\b\d{1,2}\.?|\bpierwsz\w*|\bdrug\w*|\btrzec\w*)\s+(?:miejsc\w*|nagrod\w*)"
                   r"\s*(?:\([^)]*\)\s*)?[-–—:]?\s*(?:(?:p\.|pan\w*|pani)\s*)?$", re.IGNORECASE)


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
        if lemmas & (PARTICIPANT_WORDS | {"otrzymać", "przyznać", "trafić"}):
            return {"participant"}
        if lemmas & (GUEST_WORDS | GUEST_VERBS - {"odwiedzić"}):
            return {"guest"}  # "Odwiedzono:" lists the places visited, not guests
    return found
