"""The event's organizer and co-organizers chosen among the organization mentions: an explicit phrase
("organizatorem był X", "X zorganizował"), the writer's own body ("nasz Ośrodek"), the body whose own
event it is ("jubileusz Koła Gospodyń Wiejskich", "słuchacze Uniwersytetu Trzeciego Wieku"), or the body
read after an explicit cue (`organizer_phrases`); a co-subject of an organizing verb ("Gmina wraz ze
Stowarzyszeniem X zorganizowały") is a co-organizer.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract.organizations import OrgMention, initials
from pipeline.extract.organizer_cues import organizing_subject, people_before
from pipeline.extract.organizer_lists import ORGANS as _ORGANS
from pipeline.extract.organizer_lists import coordinated_mentions, listed_below
from pipeline.extract.organizer_occasions import earlier_occasion
from pipeline.extract.organizer_phrases import EXTRACTOR, named_lookup, phrase_organizers, written_seat
from pipeline.extract.organizer_scores import co_organizer_score, organizer_score, our_heads, own_voice
from pipeline.extract.organizer_units import group_of as _group_of
from pipeline.extract.organizer_units import inviting as _inviting
from pipeline.extract.organizer_units import organizer_itself
from pipeline.extract.organizer_units import unit_before as _unit_before
from pipeline.extract.organizer_units import units_of_named as _units_of_named
from pipeline.extract.title_bodies import _acts as official_acts
from pipeline.lexicon.titles import HEAD_TITLES
from pipeline.lexicon.words import FEMININE_TITLES, NON_ORG_ACRONYMS
from pipeline.models import Event, Mention, Organization
from pipeline.resolve_owner import (
    event_owner,
    first_sentences_end,
    host_town,
    members_owner,
    opening_host,
    our_generic_body,
    premises_host,
    token_before,
    venue_host,
)
from pipeline.text.context import Context
from pipeline.text.morphology import analyse


def choose_organizer(ctx: Context, event: Event, mentions: list[OrgMention], by_mention: dict[int, Organization]) -> None:
    """`_choose`; no co-organizer the organizer's name opens (its branch's parent) or that adds only a seat to it."""
    _choose(ctx, event, mentions, by_mention)
    own = event.organizer or ""
    event.co_organizers = [c for c in event.co_organizers if not own.startswith(c + " ")
                           and not (c.startswith(own) and _SEAT_AFTER.match(c, len(own)))]


_SEAT_AFTER = re.compile(r" (?:w|we|z|ze) [A-ZĄĆĘŁŃÓŚŹŻ]")


def _choose(ctx: Context, event: Event, mentions: list[OrgMention], by_mention: dict[int, Organization]) -> None:
    """The strongest cue wins: an explicit phrase or an organizing verb (0.85 and up), the body whose own
    event it is (its session, its jubilee: 0.75), the writer's own body ("nasz Ośrodek": 0.7), a host
    ("gospodarzem był X", "w siedzibie X"), the members' body, the page's own voice."""
    named = [m for m in mentions if id(m) in by_mention]
    units = _units_of_named(ctx, named)
    best: tuple[float, int, OrgMention] | None = None
    for m in named:
        if id(m) in units:
            continue  # "przez Komisję Turystyki Oddziału X": the unit's cue is its parent's (`_unit_before`)
        score = organizer_score(ctx, m.mention)
        if score < 0.85 and (unit := _unit_before(ctx, m.mention)) is not None:
            score = max(score, organizer_score(ctx, unit))  # "z inicjatywy Wydziału X Urzędu Y": the office
        if score < 0.85 and (phrase := modifiers_before(ctx, m.mention)) is not None:
            score = max(score, organizer_score(ctx, phrase))  # "na zaproszenie białostockiego Stowarzyszenia X"
        if score < 0.85 and (head := head_before(ctx, m.mention)) is not None and (
                official_acts(ctx, head) or _organ_at(ctx, head)):  # "Zarząd Fundacji X zaprasza": the body's own act
            score = max(score, organizer_score(ctx, head))  # "na zaproszenie Dyrektora Szkoły X": the school
        if score < 0.5 and organizing_subject(ctx, m.mention) and not earlier_occasion(ctx, m.mention.start):
            score = 0.8  # "X realizuje projekt", "X przygotowuje kolejne edycje konkursu"
        if score >= 0.5 and (best is None or (score, -m.mention.start) > (best[0], -best[1])):
            best = (score, m.mention.start, m)
    if best is not None and best[2].mention.rule == "acronym":
        best = (best[0], best[1], _spelled_after(ctx, best[2], named))
    named_at = named_lookup(ctx, [(m.mention.start, m.mention.end, by_mention[id(m)].name, m.mention.rule == "acronym")
                                  for m in named])
    if best is None or best[0] < 0.85:
        phrase, co = phrase_organizers(ctx, named_at, None)
        if phrase is not None:  # "zorganizowane przez Gminę X": a body the organization extractor left out
            event.organizer = phrase.name
            event.organizer_evidence = ctx.mention(phrase.start, phrase.end, EXTRACTOR, 0.9, "organizer_phrase")
            event.co_organizers = with_fuller_names(_co_organizers(ctx, event, mentions, by_mention, None), co)
            return
    if best is None or best[0] < 0.85:
        owner = event_owner(ctx, named)
        ours = _our_named(ctx, named, by_mention)
        if owner is not None and (best is None or best[0] < 0.75):
            best = (0.75, owner.mention.start, owner)
        elif ours is not None and (best is None or best[0] < 0.7):
            best = (0.7, ours.mention.start, ours)
    if best is None:
        owner = members_owner(ctx, named, by_mention)
        if owner is not None:
            best = (0.6, owner.mention.start, owner)
    if best is None and (host := premises_host(ctx, named)) is not None:
        best = (0.57, host.mention.start, host)
    if best is None and (host := opening_host(ctx, named)) is not None:
        best = (0.56, host.mention.start, host)
    if best is None and (host := venue_host(ctx, named)) is not None:
        best = (0.55, host.mention.start, host)
    if best is None and (venue := _our_venue(ctx, named)) is not None:
        best = (0.5, venue.mention.start, venue)
    if best is None and own_voice(ctx):  # not a speaker's affiliation "(Fundacja X)"
        head = [m for m in named if m.mention.start < 600 and not ctx.left(m.mention.start, 3).rstrip().endswith("(")
                and not _PERFORMED_BY.search(ctx.left(m.mention.start, 50))]  # nor the performers "w wykonaniu X"
        if head:
            best = (0.5, head[0].mention.start, head[0])
    if best is None and (ours := our_generic_body(ctx) or host_town(ctx)) is not None:
        event.organizer = ours[2]  # "naszego Muzeum": the house by its kind; "Zgierz będzie gospodarzem": the town
        event.organizer_evidence = ctx.mention(ours[0], ours[1], EXTRACTOR, 0.75, "our_generic")
        event.co_organizers = with_fuller_names(_co_organizers(ctx, event, mentions, by_mention, None),
                                                phrase_organizers(ctx, named_at, event.organizer)[1])
        return
    if best is not None:
        org = by_mention[id(best[2])]
        event.organizer = best[2].mention.text if _other_seat(ctx, best[2], org.name) else org.name
        event.organizer += written_seat(ctx, event.organizer) or ""
        event.organizer = _organ_parent(event.organizer, by_mention.values()) or event.organizer
        event.organizer_evidence = best[2].mention.model_copy(update={"confidence": round(0.6 + 0.35 * best[0], 3)})
    event.co_organizers = _co_organizers(ctx, event, mentions, by_mention, best[2] if best else None)
    partner = _co_subject(ctx, named) if best is None else None
    if partner is not None and by_mention[id(partner)].name not in event.co_organizers:
        event.co_organizers.append(by_mention[id(partner)].name)
    extra = phrase_organizers(ctx, named_at, event.organizer)[1]
    event.co_organizers = with_fuller_names(event.co_organizers, extra)


#: "w wykonaniu uczniów Szkoły X", "w wykonaniu Zespołu Y": the body performs at the event, it does not speak for it.
_PERFORMED_BY = re.compile(r"\bw\s+wykonaniu\s+(?:[a-ząćęłńóśźż]+\s+){0,2}$", re.IGNORECASE)


def with_fuller_names(names: list[str], extra: list[str]) -> list[str]:
    """`names` and then `extra`, where a name in `extra` that a name in `names` opens ("MKS" and the phrase
    read after the cue, "MKS Orzeł") replaces it instead of standing beside it."""
    out = list(names)
    for name in extra:
        shorter = next((k for k, n in enumerate(out) if name.startswith(n + " ")), None)
        if shorter is not None:
            out[shorter] = name
        elif name not in out:
            out.append(name)
    return out


def modifiers_before(ctx: Context, mention: Mention) -> Mention | None:
    """"na zaproszenie białostockiego Stowarzyszenia X", "przez lokalne Koło Y": lower-case adjectives (at most
    two, on the same line) written right before the name belong to its noun phrase, so the cue before them is
    the name's cue. The mention moved to the first adjective, or None when no adjective stands before it."""
    f = ctx.features
    k = bisect_left(f.starts, mention.start) - 1
    first = None
    for _ in range(2):
        while k >= 0 and f.is_space[k] and "\n" not in f.texts[k]:
            k -= 1
        if k < 0 or f.capitalised[k] or not f.texts[k].isalpha() or not any(a.pos == "adj" for a in f.morfs[k]):
            break
        first = k
        k -= 1
    return None if first is None else mention.model_copy(update={"start": f.starts[first]})


#: A body's head by office: the holder acting as organizer, host or inviter acts for the body his title governs
#: (docs/annotation.md: officials named among the organizers stand for their units). "nadleśniczy" heads a
#: Nadleśnictwo; feminine titles read as their masculine base.
_BODY_HEADS = (HEAD_TITLES - {"zastępca", "sołtys"}) | {"nadleśniczy"}


def head_before(ctx: Context, mention: Mention) -> Mention | None:
    """"na zaproszenie Dyrektora Szkoły Podstawowej nr 2", "Prezes Stowarzyszenia X zorganizował", "zorganizował
    Zarząd Okręgu X": the body's name is the genitive its head's title or its organ governs, so the cue reaching
    the title or the organ reaches the body. The mention
    moved to the title, or None when no head's title stands right before it on the line."""
    f = ctx.features
    k = bisect_left(f.starts, mention.start) - 1
    while k >= 0 and f.is_space[k] and "\n" not in f.texts[k]:
        k -= 1
    if k < 0 or f.is_space[k] or not f.texts[k].isalpha():
        return None
    heads = {FEMININE_TITLES.get(a.lemma.lower(), a.lemma.lower()) for a in f.morfs[k] if a.pos == "subst"}
    if not heads & (_BODY_HEADS | _ORGANS) or not any("gen" in a.cases for a in ctx.features.morfs[k + 1 + f.is_space[k + 1]]
                                           if a.pos in ("subst", "adj")):
        return None
    return mention.model_copy(update={"start": f.starts[k]})


def _organ_at(ctx: Context, head: Mention) -> bool:
    """The word `head_before` moved to is a body's collective organ ("Zarząd", "Prezydium"): its act is the body's,
    as the body's own name as subject would be (a head of office needs an organizing verb: `official_acts`)."""
    k = bisect_left(ctx.features.starts, head.start)
    return any(a.pos == "subst" and a.lemma.lower() in _ORGANS - {"rada"} for a in ctx.features.morfs[k])


_WE_PAST = re.compile(r"(?:li|ły)śmy$")
#: Quoted speech: a line opened by a dash, or text inside quotation marks.
_QUOTED = re.compile(r"^\s*[-–—].*$|„[^”\n]*”|\"[^\"\n]*\"", re.MULTILINE)


def _we_narrate(ctx: Context) -> bool:
    """The narrative (not quoted speech) speaks in the first person plural ("towarzyszył nam stres", "nasze
    obawy", "zakończyliśmy"): the report is written by the body that held the event."""
    f = ctx.features
    quoted = bytearray(len(ctx.norm) + 1)
    for q in _QUOTED.finditer(ctx.norm):
        quoted[q.start():q.end()] = b"\x01" * (q.end() - q.start())
    for k, text in enumerate(f.texts):
        if f.is_space[k] or quoted[f.starts[k]]:
            continue
        if _WE_PAST.search(text) or "nasz" in f.lemmas_lower[k] or any(
                ":pl:" in a.tag and a.tag.endswith(":pri") or a.tag.startswith("fin:pl:pri") or
                a.tag.startswith("ppron12:pl") for a in f.morfs[k]):
            return True
    return False


_IN_LEFT = re.compile(r"\b(?:w|we)\s*$", re.IGNORECASE)


def _our_venue(ctx: Context, named: list[OrgMention]) -> OrgMention | None:
    """"W Gminnej Bibliotece X odbyło się spotkanie … towarzyszył nam stres": a report told in the first
    person plural about an event held in a named institution (its opening sentence) is that institution's
    own account."""
    limit = first_sentences_end(ctx, 2)
    for m in sorted(named, key=lambda m: m.mention.start):
        if m.mention.start > limit:
            break
        if not _IN_LEFT.search(ctx.left(m.mention.start, 5)):
            continue
        f = ctx.features
        lo, hi = f.sentences[f.sentence[token_before(f.starts, m.mention.start + 1)]]
        if any("odbyć" in f.lemmas_lower[k] for k in range(lo, hi)) and _we_narrate(ctx):
            return m
    return None


_SEAT_AFTER = re.compile(r"^(?:-\w+)?\s+(?:z|ze|w|we)\s+(?P<seat>[A-ZĄĆĘŁŃÓŚŹŻ]\w+)")


def _other_seat(ctx: Context, m: OrgMention, name: str) -> bool:
    """"pracowników ROPS-u z Lublina" while the page spells ROPS out with another seat ("… w Białymstoku"):
    the acronym names another body of that kind, so it is kept as written."""
    from pipeline.text.analysis import analyse

    seat = _SEAT_AFTER.match(ctx.norm[m.mention.end:m.mention.end + 40])
    own = re.search(r"\s(?:w|we|z|ze)\s+(?P<seat>[A-ZĄĆĘŁŃÓŚŹŻ][\w\s-]*)$", name)
    if m.mention.rule != "acronym" or seat is None or own is None:
        return False
    lemmas = {a.lemma.lower() for a in analyse(seat["seat"])} | {seat["seat"].lower()}
    last = own["seat"].split()
    return not any(a.lemma.lower() in lemmas for w in last for a in analyse(w)) and not any(
        w.lower() in lemmas for w in last)


def _our_named(ctx: Context, named: list[OrgMention], by_mention: dict[int, Organization]) -> OrgMention | None:
    """"nasz Ośrodek": the organization of that kind the report names most, the signature last."""
    ours = our_heads(ctx)
    if not ours:
        return None
    mine = [m for m in named if m.head in ours or _group_of(m, ours)]
    if not mine:
        return None
    counts: dict[int, int] = {}
    for m in mine:
        counts[id(by_mention[id(m)])] = counts.get(id(by_mention[id(m)]), 0) + 1
    names = {by_mention[id(m)].name for m in mine}
    for m in mine:  # "Zespół Szkół X" and later "Zespołu Szkół X im. Y": the fuller name takes the shorter's mentions
        name = by_mention[id(m)].name
        if any(other.startswith(name + " ") for other in names):
            counts[id(by_mention[id(m)])] = 0
            fuller = next(o for o in mine if by_mention[id(o)].name.startswith(name + " "))
            counts[id(by_mention[id(fuller)])] += 1
    return max(mine, key=lambda m: (counts[id(by_mention[id(m)])], m.mention.start))


#: A body's organs, whose act or session is the body's ("Zgromadzenie Ogólne X", "Rada Starszych X", "Zarząd X").
_ORGAN_HEADS = frozenset({"zarząd", "rada", "prezydium", "zgromadzenie", "kolegium"})
_ORGAN_OF_ACRONYM = re.compile(r"^(?P<organ>[A-ZĄĆĘŁŃÓŚŹŻ]\w+)(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]?[a-ząćęłńóśźż]+){0,2}\s+"
                               r"(?P<acronym>[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻa-z]*[A-ZĄĆĘŁŃÓŚŹŻ])$")


def _organ_parent(name: str, organizations: object) -> str | None:
    """"Zgromadzenie Ogólne ZGWWP", "Rada Starszych MIRiP": an organ of the body its acronym names acts for that
    body (docs/annotation.md: an organ of a body as organizer gives the body), written in full when the page
    spells the acronym out. None when the name is no organ of an acronym-named body."""
    m = _ORGAN_OF_ACRONYM.match(name)
    if m is None or not any(a.lemma.lower() in _ORGAN_HEADS and a.pos == "subst" for a in analyse(m["organ"])) \
            or m["acronym"] in NON_ORG_ACRONYMS:
        return None  # "Rada Ministrów RP": a state is no body an organ acts for
    acronym = m["acronym"]
    capitals = "".join(c for c in acronym if c.isupper())
    full = {o.name for o in organizations  # type: ignore[attr-defined]
            if o.name not in (name, acronym) and (o.acronym == acronym or len(capitals) > 2 and initials(o.name) == capitals)}
    return next(iter(full)) if len(full) == 1 else acronym


def _spelled_after(ctx: Context, m: OrgMention, named: list[OrgMention]) -> OrgMention:
    """"przez LGD Stowarzyszenie „Lider”": an acronym used as a kind label before the body's full name."""
    nxt = min((o for o in named if o.mention.start >= m.mention.end), key=lambda o: o.mention.start, default=None)
    if nxt is not None and nxt.mention.rule != "acronym" and not ctx.norm[m.mention.end:nxt.mention.start].strip():
        return nxt
    return m


def _co_organizers(
    ctx: Context, event: Event, mentions: list[OrgMention], by_mention: dict[int, Organization],
    organizer: OrgMention | None,
) -> list[str]:
    """Co-organizers: the names coordinated with the organizer ("Organizatorami byli X, Y i Z", "Powiatowa i
    Miejska Rada"), those named with "wraz z" in the organizer's sentence, and those after a co-organizer cue
    with the names coordinated with them, unless the cue's sentence names another body's partners
    ("programu zainicjowanego przez X we współpracy z Y")."""
    named = sorted((m for m in mentions if id(m) in by_mention), key=lambda m: m.mention.start)
    org_sentence = _sentence_span(ctx, organizer.mention.start) if organizer is not None else None
    inviting = [span for o in named if organizer is not None and by_mention[id(o)] is by_mention[id(organizer)]
                and o is not organizer and (span := _sentence_span(ctx, o.mention.start)) is not None
                and _inviting(ctx, span)]
    chosen: list[OrgMention] = []
    for k, m in enumerate(named):
        if m is organizer:
            chosen.extend(o for o in named if o is not m and o.mention.start == m.mention.start)
        elif not (any(_with_organizer(ctx, m, span) for span in [org_sentence, *inviting])
                  or _co_score(ctx, m) >= 0.5
                  and not _partners_of_another(ctx, m, named, event.organizer, by_mention)):
            continue
        chain = [m]
        for nxt in named[k + 1:]:
            if nxt.mention.start != chain[-1].mention.start and not coordinated_mentions(
                    ctx, chain[-1].mention, nxt.mention) and not listed_below(ctx, m.mention, chain[-1].mention, nxt.mention):
                break  # "X, Y i Z"; "Organizatorzy:" over one body per line
            chain.append(nxt)
        chosen.extend(chain if m is not organizer else chain[1:])
    out: list[str] = []
    for m in chosen:
        name = by_mention[id(m)].name
        if name != event.organizer and name not in out and not organizer_itself(ctx, m.mention, event.organizer):
            out.append(name)
    return out


def _co_score(ctx: Context, m: OrgMention) -> float:
    """The co-organizer cue of the mention, or of the department named right before it ("we współpracy z
    Wydziałem Promocji Urzędu X": the office)."""
    score = co_organizer_score(ctx, m.mention)
    if score < 0.5 and (unit := _unit_before(ctx, m.mention)) is not None:
        score = co_organizer_score(ctx, unit)
    if score < 0.5 and (phrase := modifiers_before(ctx, m.mention)) is not None:
        score = co_organizer_score(ctx, phrase)  # "we współpracy z miejscową Fundacją X"
    if score < 0.5 and (head := head_before(ctx, m.mention)) is not None:
        score = co_organizer_score(ctx, head)  # "we współpracy z Prezesem Stowarzyszenia X": the association
    return score


def _sentence_span(ctx: Context, char: int) -> tuple[int, int] | None:
    sent = ctx.sentence_of(char)
    return (sent.start_char, sent.end_char) if sent is not None else None


def _with_organizer(ctx: Context, m: OrgMention, org_sentence: tuple[int, int] | None) -> bool:
    """"Gospodarzami były sołectwa X, Y oraz wójt wraz z Radą Gminy Z": named with "wraz z" in the organizer's
    sentence; "wraz z Prezesem Instytutu Y", "wraz z nauczycielami Szkoły Y": a head, people stand for the body."""
    if org_sentence is None or not org_sentence[0] <= m.mention.start < org_sentence[1]:
        return False
    head, people = head_before(ctx, m.mention), people_before(ctx, m.mention.start, "inst")
    starts = [m.mention.start, *([head.start] if head else []), *([people] if people is not None else [])]
    return any(_WITH_LEFT.search(ctx.left(start, 30)) for start in starts)


def _partners_of_another(ctx: Context, m: OrgMention, named: list[OrgMention], organizer: str | None,
                         by_mention: dict[int, Organization]) -> bool:
    """The cue's sentence has another body as the agent ("zainicjowanego przez X, we współpracy z Y"): Y
    is X's partner, not the event's co-organizer."""
    sent = _sentence_span(ctx, m.mention.start)
    if sent is None:
        return False
    return any(sent[0] <= o.mention.start < m.mention.start and by_mention[id(o)].name != organizer
               and _BY_AGENT.search(ctx.left(o.mention.start, 12)) for o in named)


_BY_AGENT = re.compile(r"\bprzez\s*$", re.IGNORECASE)


#: "X wraz ze Stowarzyszeniem Y zorganizowali": a body named with "wraz z" before an organizing verb.
_WITH_LEFT = re.compile(r"(?:wraz|razem|wspólnie)\s+z(?:e)?\s*$", re.IGNORECASE)
_ORGANIZED_RIGHT = re.compile(r"^[^.;\n]{0,40}?\b(?:zorganizowa\w*|przygotowa\w*|przeprowadzi\w*|zrealizowa\w*)",
                              re.IGNORECASE)


def _co_subject(ctx: Context, mentions: list[OrgMention]) -> OrgMention | None:
    """"Władze gminy wraz ze Stowarzyszeniem X zorganizowały …": with no organizer named by its name, the
    body that organized together with an unnamed one is a co-organizer, the organizer (the unnamed first
    host) null (docs/annotation.md, co-organizers without an organizer)."""
    for m in sorted(mentions, key=lambda m: m.mention.start):
        if _WITH_LEFT.search(ctx.left(m.mention.start, 30)) and _ORGANIZED_RIGHT.match(ctx.right(m.mention.end, 60)):
            return m
    return None
