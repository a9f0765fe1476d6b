"""Event roles a report gives by reference rather than next to the name: a sentence that introduces the speakers
as a group ("Głos zabrali zaproszeni paneliści.", "… wystąpienia prelegentów.") and then says what each of them
said ("A omówił …, B przedstawiła …"); a plural role noun opening the sentence with the names as its apposition
("Eksperci z Instytutu X dr A oraz dr B wygłosili …"); a participle title with its object before the name
("Prowadzący debatę A", "Moderująca dyskusję B").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.event_roles import (
    EVENT_ROLE_VERBS,
    EXTRACTOR,
    honorific_start,
    name_predicate,
    name_sentence,
    stated_event_role,
)
from pipeline.extract.name_government import governed_cases
from pipeline.extract.panel_roles import invited_to
from pipeline.extract.role_apposition import name_cases
from pipeline.extract.role_lists import name_at
from pipeline.lexicon.words import role_title
from pipeline.models import Role
from pipeline.ner.readings import per_readings
from pipeline.text.context import Context

#: Nouns of a group of speakers a report introduces before naming them one by one.
GROUP_ROLES = frozenset({"prelegent", "panelista", "ekspert", "wykładowca", "trener"})
#: Verbs of what a speaker said: "A omówił …", "B przedstawiła …", "C przekonywał, że …".
TALK_VERBS = frozenset({"omówić", "omawiać", "przedstawić", "przedstawiać", "mówić", "powiedzieć", "opowiedzieć",
                        "opowiadać", "zaprezentować", "prezentować", "wygłosić", "przybliżyć", "przekonywać",
                        "wyjaśnić", "wyjaśniać", "podzielić", "zwrócić", "podkreślić", "podkreślać", "referować",
                        "dowodzić", "wskazać", "wskazywać", "odnieść", "wystąpić", "zauważyć", "stwierdzić",
                        "argumentować", "przypomnieć", "zachęcać", "apelować"})
#: How many sentences after the group's introduction its members may still be named.
_REACH = 6
_ENDS = frozenset({".", "!", "?"})


def event_role(ctx: Context, i: int, j: int) -> Role | None:
    """The event role the sentence states (`stated_event_role`), else one given by a participle title, a plural
    role noun the name stands in apposition to, or a group of speakers introduced before."""
    found = stated_event_role(ctx, i, j)
    if found is not None and found.mention.rule == _VERB_RULE and _oblique(ctx, i, j):
        return None  # "Rozmowę z Lucyną Kos prowadziła B": the verb's subject is B; the name is what "z" governs
    if found is not None and found.title == "prowadzący" and _leads_an_ensemble(ctx, i):
        return None  # "Orkiestrę poprowadzi A": leading an orchestra is conducting it, not running the event
    if found is not None:
        return found
    lead = _participle_title(ctx, i) or _invited(ctx, i, j) or _plural_apposition(ctx, i) or _group_reference(ctx, i, j)
    if lead is None:
        return None
    title, tok, how = lead
    return Role(title=title, mention=ctx.mention(tok.idx, tok.idx + len(tok.text), EXTRACTOR, 0.6, how))


_VERB_RULE = "event_role_verb"
#: Ensembles one leads by conducting them: "orkiestrę poprowadzi A" names a conductor, not the event's host.
ENSEMBLE_LEMMAS = frozenset({"orkiestra", "chór", "kapela", "chórek", "big-band", "filharmonia"})


def _leads_an_ensemble(ctx: Context, i: int) -> bool:
    """The name's sentence leads an ensemble: its first accusative noun (the verb's object) is "orkiestrę", "chór";
    "Koncert orkiestry poprowadziła A" leads a concert."""
    start, end = name_sentence(ctx, i)
    for t in ctx.light_tokens[start:end]:
        nouns = [a for a in t._.morf if a.pos == "subst" and not a.names and "acc" in a.cases]
        if nouns:
            return any(a.lemma.lower() in ENSEMBLE_LEMMAS for a in nouns)
    return False


def _oblique(ctx: Context, i: int, j: int) -> bool:
    """The name cannot be a verb's subject: a preposition governs it, or its words read in no nominative."""
    doc = ctx.light_tokens
    governed = governed_cases(doc, i)
    if governed is not None and "nom" not in governed:
        return True
    cases = name_cases(doc[i:j])
    return bool(cases) and "nom" not in cases


def _invited(ctx: Context, i: int, j: int) -> tuple[str, Token, str] | None:
    """'Do prowadzenia warsztatów zostali zaproszeni wykładowcy: A, B': the purpose of an invitation (`invited_to`)."""
    found = invited_to(ctx.light_tokens, name_sentence(ctx, i)[0], honorific_start(ctx.light_tokens, i), j,
                       EVENT_ROLE_VERBS)
    return (found[0], found[1], "event_role_invited") if found is not None else None


def _group_role(tok: Token, cases: frozenset[str]) -> str | None:
    """The group role a plural noun names in one of `cases`: "paneliści" -> panelista, "prelegentek" -> prelegent."""
    return next((base for of, base in _group_readings(tok._.morf) if of & cases), None)


@per_readings
def _group_readings(readings: tuple) -> tuple[tuple[frozenset[str], str], ...]:
    """(cases, group role) of each plural noun reading that names a group role, in the readings' order."""
    out = []
    for a in readings:
        if a.pos != "subst" or a.number != "pl":
            continue
        base = role_title(a.lemma, (a,)) or a.lemma.lower()
        if base in GROUP_ROLES:
            out.append((a.cases, base))
    return tuple(out)


def _participle_title(ctx: Context, i: int) -> tuple[str, Token, str] | None:
    """'Prowadzący debatę Michał Kos', 'Moderująca dyskusję Anna Wilk': a participle of leading with its
    lower-case object right before the name (no comma) gives the verb's event role."""
    doc = ctx.light_tokens
    h = honorific_start(doc, i)
    sent_start = name_sentence(ctx, i)[0]
    for k in range(h - 2, max(sent_start, h - 4) - 1, -1):
        verb = next((a.lemma for a in doc[k]._.morf if a.pos == "pact" and a.lemma in EVENT_ROLE_VERBS), None)
        if verb is None:
            continue
        objects = doc[k + 1:h]
        if all(t.is_alpha and t.text[:1].islower() and any(a.pos in ("subst", "adj") and "acc" in a.cases
                                                            for a in t._.morf) for t in objects):
            return EVENT_ROLE_VERBS[verb], doc[k], "event_role_participle_title"
        return None
    return None


def _plural_apposition(ctx: Context, i: int) -> tuple[str, Token, str] | None:
    """'Eksperci z Instytutu X dr hab. A, prof. instytutu, oraz dr B wygłosili …': a plural role noun in the
    nominative opening the sentence, its institution ("z" and capitalised words) and then a name: every name of
    the list up to the verb stands in apposition to it."""
    doc = ctx.light_tokens
    h = honorific_start(doc, i)
    sent_start = name_sentence(ctx, i)[0]
    for k in range(sent_start, min(h, sent_start + 3)):
        role = _group_role(doc[k], frozenset({"nom"}))
        if role is None:
            continue
        first = k + 1
        if first < h and doc[first].text.lower() in ("z", "ze"):
            first += 1
            while first < h and (doc[first].text[:1].isupper() or doc[first].text in ("„", "”", '"', "-")) \
                    and name_at(doc, first) is None:
                first += 1
        if first > h or name_at(doc, first) is None:
            return None  # the noun's own words run on ("Eksperci z różnych dziedzin …"): no apposition
        if any(t._.analysis is not None and t._.analysis.pos in ("fin", "praet", "bedzie") for t in doc[first:h]):
            return None
        return role, doc[k], "event_role_plural_apposition"
    return None


def _group_reference(ctx: Context, i: int, j: int) -> tuple[str, Token, str] | None:
    """'Głos zabrali zaproszeni paneliści. A przekonywał, że …': a sentence naming a plural group of speakers
    introduces them; a person named as the subject of a verb of speaking in the sentences right after it is one."""
    verb = name_predicate(ctx, i, j)
    if verb is None or verb._.analysis is None or verb._.analysis.lemma not in TALK_VERBS:
        return None
    doc = ctx.light_tokens
    if not _nominative_name(doc[i:j]):
        return None  # "zaprezentują dzieła Henryka Kosa": the name is no speaker
    start = name_sentence(ctx, i)[0]
    for _ in range(_REACH):
        end = start - 1
        while end >= 0 and (doc[end].is_space or doc[end].text in ('"', "”", "»")):
            end -= 1
        if end < 1 or doc[end].text not in _ENDS:
            return None
        start = ctx.sentence_bounds(end)[0]
        if any(t.text == ":" for t in doc[start:end]):
            return None  # "Udział wzięli: …, wykładowcy i studenci": a list of those present, not the speakers
        found = _closing_group(doc, start, end)
        if found is not None:
            return found[0], found[1], "event_role_group_reference"
    return None


def _closing_group(doc: list[Token], start: int, end: int) -> tuple[str, Token] | None:
    """The group of speakers the sentence from `start` to `end` names: "zaproszeni paneliści." (a nominative
    closing the sentence), "wystąpienia prelegentów" (a talk of them), "omawiane przez prelegentów" (the agent)."""
    for k in range(end - 1, start - 1, -1):
        tok = doc[k]
        role = _group_role(tok, frozenset({"nom"})) if k == end - 1 else None
        if role is not None:  # the subject last, as new information: the group the next sentences go through
            return role, tok
        before = doc[k - 1] if k > start else None
        if before is None:
            continue
        agent = before.text.lower() == "przez" or _talk_noun(before._.morf)
        role = _group_role(tok, frozenset({"gen", "acc"})) if agent else None
        if role is not None:
            return role, tok
    return None


#: Nouns of a talk whose genitive names its speakers: "wystąpienia prelegentów", "prezentacje ekspertów".
_TALK_NOUNS = frozenset({"wystąpienie", "prezentacja", "wykład", "prelekcja", "referat", "wypowiedź", "głos"})


@per_readings
def _talk_noun(readings: tuple) -> bool:
    return any(a.pos == "subst" and a.lemma in _TALK_NOUNS for a in readings)


def _nominative_name(tokens: list[Token]) -> bool:
    """The name's last known word reads as a nominative: the subject of the verb before it."""
    known = [[a for a in t._.morf if a.pos == "subst" and a.names] for t in tokens]
    known = [readings for readings in known if readings]
    return not known or any("nom" in a.cases for a in known[-1])
