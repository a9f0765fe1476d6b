"""People: one mention per name the NER backends found, with its base form and honorific
(`pipeline.extract.person_names`), its roles (`pipeline.extract.roles`) and the cues to the part
the person had (`pipeline.extract.person_cues`: speaker, guest, participant).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.event_roles import EVENT_ROLE_TITLES, honorific_start, list_lead
from pipeline.extract.name_government import governed_cases
from pipeline.extract.org_acronyms import is_roman_numeral
from pipeline.extract.person_cues import attended, cues
from pipeline.extract.person_names import honorific_before, is_pan, person_name
from pipeline.extract.role_speakers import event_role as stated_event_role
from pipeline.extract.roles import EXTRACTOR, after_title_roles, title_roles
from pipeline.lexicon.words import first_name
from pipeline.models import Mention, Role
from pipeline.ner.couple_names import coordinated_cases, shared_family_name
from pipeline.ner.person_rules import inside_business_name
from pipeline.resolve_units import official_tier
from pipeline.text.context import Context
from pipeline.text.person_forms import initials_as_written


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
        if _papal_name(light, tokens):
            continue  # "Jana Pawła II", "Benedykta XVI": first names and a numeral, no surname (settled 452, 1129)
        family = shared_family_name(light, chars.start) if len(tokens) == 1 else None
        if family is not None:
            tokens.append(light[family.i])  # "Annę i Artura Bukowskich": Anna Bukowska
        before = light[chars.start - 1] if chars.start > 0 else None
        pan = before if before is not None and is_pan(before) else None
        governed = governed_cases(light, chars.start) or _subject_after_verb(ctx, chars.start) \
            or _listed_subjects(ctx, chars.start)  # type: ignore[arg-type]
        if family is not None:  # "Barbarze i Leszkowi Muszce": the case the two first names share
            governed = coordinated_cases(light[chars.start], light[family.i - 1]) or governed
        name, gender = person_name(tokens, pan, governed)  # type: ignore[arg-type]
        name = initials_as_written(ctx.norm, tokens, name)
        if len(name.split()) < 2:
            continue
        honorific, _ = honorific_before(light, chars.start)  # type: ignore[arg-type]
        mention = ctx.mention(start, end, EXTRACTOR, 0.85, "first_name+surname")
        pm = PersonMention(name=name, gender=gender, honorific=honorific, mention=mention)
        found = title_roles(ctx, chars.start, chars.end, claimed, after_name)
        event_role = stated_event_role(ctx, chars.start, chars.end)
        if event_role is not None and not any(r.title.split()[0] == event_role.title for r, _ in found) and not (
                event_role.title == "panelista" and any(r.title.split()[0] in _PANEL_CHAIRS and span is None
                                                        for r, span in found)):
            found.append((event_role, None))  # a panel's moderator is not one of its panelists; a body's chair is
        pm.roles = [r for r, _ in found]
        pm.role_org_spans = [span for _, span in found]
        pm.cues = cues(ctx, chars.start, chars.end) or _prelate(ctx, chars.start)
        if not pm.cues & {"speaker", "guest", "jury"} and attended(ctx, chars.start, chars.end):
            pm.cues.add("participant")  # "W wydarzeniu uczestniczyli: wiceminister X": officials who attended too
        out.append(pm)
    _share_with_coordinated(ctx, out)
    for prev, cur in zip(out[-2::-1], out[:0:-1], strict=True):  # "A, B i C – trenerzy": C's title reaches A via B
        if COORDINATED.match(ctx.norm[prev.mention.end:cur.mention.start]):
            _share_plural_title(ctx, prev, cur)
    _share_cues_backwards(ctx, out)
    return out


def _subject_after_verb(ctx: Context, i: int) -> frozenset[str] | None:
    """'Spotkanie poprowadziła Renata Pałka': a name right after a woman's past verb, in a sentence with nothing
    before the verb that could be its subject (a feminine nominative), is that subject: the nominative ("Renata" is
    then no man's genitive). None when nothing tells."""
    doc = ctx.light_tokens
    k = honorific_start(doc, i) - 1
    if k < 1 or not any(a.pos == "praet" and a.number == "sg" and a.genders == {"f"} for a in doc[k]._.morf) \
            or any(a.pos != "praet" and not (a.cases & {"nom", "voc"} and a.genders == {"f"}) for a in doc[k]._.morf):
        return None  # "była" is also "former" or a noun: a woman's nominative all the same
    sent_start = ctx.sentence_bounds(k)[0]
    if any(a.pos in ("subst", "ppron3", "ppron12", "depr") and "f" in a.genders and "nom" in a.cases
           for t in doc[sent_start:k] for a in t._.morf):
        return None  # "Dyrektor pochwaliła …": the verb's subject stands before it, the name is its object
    return frozenset({"nom"})


def _listed_subjects(ctx: Context, i: int) -> frozenset[str] | None:
    """'W panelu udział wzięli: A, B', 'Prelegenci: A, B': the list's lead ends in a plural verb of the third person
    or a plural noun in the nominative, so each listed name is its subject, in the nominative ("Renata Kulesza" is
    no man's genitive). "Zaprosiliśmy:", "Dziękujemy:" make the names objects; None when nothing tells."""
    lead = list_lead(ctx, i)
    last = lead[-1] if lead else None
    if last is None or not last.is_alpha or last.text.lower().endswith(("śmy", "ście")):
        return None
    readings = last._.morf
    verb = any(a.pos == "praet" and a.number == "pl" for a in readings) and all(a.pos == "praet" for a in readings)
    noun = bool(readings) and all(a.pos == "subst" and a.number == "pl" and a.cases <= {"nom", "voc"} for a in readings)
    return frozenset({"nom"}) if verb or noun else None


#: The titles of who runs a panel: a name holding one is not among the panelists the panel gives its names.
_PANEL_CHAIRS = frozenset({"moderator", "prowadzący", "przewodniczący"})


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


def _papal_name(light, tokens) -> bool:
    """First names only (the last no surname's reading), then a Roman numeral with no surname after it ("Jan Paweł
    II"): a pope's or a ruler's name, not a first name and a surname; "Jan III Sobieski" has one."""
    words = [t for t in tokens if not _numeral(t)]
    k = tokens[-1].i + 1
    while k < len(light) and light[k].is_space and "\n" not in light[k].text:
        k += 1
    numeral = _numeral(tokens[-1]) or (k < len(light) and _numeral(light[k]))
    if not words or not numeral or not all(first_name(t) is not None for t in words) or any(
            "nazwisko" in a.names for a in words[-1]._.morf):
        return False  # "Anna Marek II miejsce": the last word may be a surname
    k = k + 1 if not _numeral(tokens[-1]) else k
    while k < len(light) and light[k].is_space and "\n" not in light[k].text:
        k += 1
    return not (k < len(light) and light[k].is_alpha and light[k].text[:1].isupper())


def _numeral(t) -> bool:
    return t.text.isupper() and is_roman_numeral(t.text) and any(a.tag == "romandig" for a in t._.morf)


_COMPANION = re.compile(r"\bwraz\s+ze?\s+\w+\s*$", re.IGNORECASE)
#: An office adjective right after a title ("starostą leskim", "burmistrzem gnieźnieńskim"): it names the title's unit.
_PLACE_ADJECTIVE = re.compile(r"\s+[a-ząćęłńóśźż]+(?:sk|ck|dzk)(?:i|a|im|iego|iej|ą)\b")


def _share_with_companion(ctx: Context, prev: PersonMention, cur: PersonMention) -> None:
    """"dyrektor X wraz z pracownicą p. B": a title with no institution right after "wraz z" is held at the
    preceding person's institution, and B came in the same capacity (their cues). A local official's title of
    another tier ("dyrektor PUP wraz ze starostą"), or one whose office adjective names its unit, is not."""
    lo, hi = prev.mention.end, cur.mention.start
    if hi <= lo or hi - lo > 250 or "\n" in ctx.norm[lo:hi]:
        return
    org = next((span for span in prev.role_org_spans if span is not None), None)
    tiers = {official_tier(r.title) for r in prev.roles}
    for k, role in enumerate(cur.roles):
        if lo <= role.mention.start < hi and cur.role_org_spans[k] is None and \
                _COMPANION.search(ctx.norm[lo:role.mention.end]):
            tier = official_tier(role.title)
            own = tier is not None and tier not in tiers or _PLACE_ADJECTIVE.match(ctx.norm, role.mention.end)
            if org is not None and not own:  # "dyrektor PUP wraz ze starostą leskim": the starosta heads his powiat
                cur.role_org_spans[k] = org
            if not cur.cues:
                cur.cues = set(prev.cues)


def _share_event_role(prev: PersonMention, cur: PersonMention) -> None:
    """The first name's event role reaches the second ("prowadzili A i B"), unless it is the first name's own
    apposition, written between the two ("A – ekspert Instytutu X oraz B – prezes Y")."""
    event = [r for r in prev.roles if r.title in EVENT_ROLE_TITLES
             and not prev.mention.end <= r.mention.start < cur.mention.start]
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
