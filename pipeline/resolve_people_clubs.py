"""A team's own people in a report on sport: its squad lists and its scorers belong to the team.

A text on team sport names its own team with a noun of the team's people right before the club's genitive
("piłkarze Bzury", "Juniorzy Sokoła", "zespół Warty", "Kadra Orła na sezon …"). When it names exactly one club
that way, the people it gives no organization of their own belong to that club (docs/annotation.md: the person's
organization is the one they represent) when they are

- listed under a playing position ("Rozgrywający: A, B", "Libero: C", a roster's one-word headings), or
- its scorers (their sentence, or the next one that names nobody, speaks of goals: "strzelił dwie bramki",
  "najlepszy strzelec drużyny", "bohater spotkania"), or
- its coach ("podopieczni Jana X").

Their part follows what the text says they did, over the learned part model's guess: a scorer played the reported
match (`participant`); a squad list says who is in the team, not who attended anything (`other`), unless its lead
names a line-up ("skład") or a playing verb ("wystąpili", "zagrali").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.models import Organization, Person
from pipeline.ner.club_rules import MEMBER_LEMMAS, sports_text
from pipeline.text.context import Context

#: Nouns of a team's own people: the fans, a club's alumni playing elsewhere name no team of the text.
TEAM_LEMMAS = (MEMBER_LEMMAS - {"kibic", "wychowanek", "wychowanka", "trener"}) | {"zespół", "podopieczny"}
#: Playing positions a roster heading names (lemmas of the heading word, singular or plural).
POSITION_LEMMAS = frozenset({
    "bramkarz", "obrońca", "pomocnik", "napastnik", "skrzydłowy", "rozgrywający", "przyjmujący", "atakujący",
    "środkowy", "libero", "rezerwowy", "kołowy", "obrotowy", "rozgrywająca", "przyjmująca", "atakująca",
    "środkowa", "bramkarka", "obrończyni", "napastniczka", "zawodnik", "zawodniczka"})
#: Lemmas of scoring in a match.
SCORING_LEMMAS = frozenset({"strzelić", "strzelać", "strzelec", "bramka", "gol", "trafienie"})
#: "bohater spotkania/meczu": the match's hero played it.
_MATCH_LEMMAS = frozenset({"mecz", "spotkanie", "pojedynek"})
#: A roster's lead naming the players of a game: "Skład Orła:", "W meczu wystąpili:".
LINEUP_LEMMAS = frozenset({"skład", "wystąpić", "zagrać", "grać"})
_HEADING = re.compile(r"(?:^|[\s,.;:\d\"”“„)])([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)\s*:\s*$")
_FILLER = re.compile(r"(?:[\s,;]|\bi\b|\boraz\b|[\"„“][^\"„“”\n]{0,30}[\"”“])+$")


def _lemmas(tok: Token) -> set[str]:
    return {a.lemma.lower() for a in tok._.morf} | {tok.lower_}


def own_team(ctx: Context, organizations: list[Organization]) -> Organization | None:
    """The one club the text names after a noun of its people ("piłkarze Bzury"); None when none or several."""
    found: list[Organization] = []
    for org in organizations:
        for m in org.mentions:
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.start == 0:
                continue
            before = ctx.doc[span.start - 1]
            if before.text[:1].isalpha() and _lemmas(before) & TEAM_LEMMAS and org not in found:
                found.append(org)
    return found[0] if len(found) == 1 else None


def _heading_before(text: str, start: int, spans: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The one-word heading ("Rozgrywający:") a listed name runs under: only other names, their quoted nicknames,
    commas and "i" lie between; (heading word, its offset) or None."""
    pos = start
    for _ in range(40):
        head = text[max(0, pos - 40):pos]
        filler = _FILLER.search(head)
        if filler:
            pos -= len(filler.group(0))
        prev = next((s for s, e in spans if e == pos), None)
        if prev is not None:
            pos = prev
            continue
        window = max(0, pos - 40)
        heading = _HEADING.search(text[window:pos])
        return (heading.group(1), window + heading.start(1)) if heading else None
    return None


def _position(ctx: Context, word: str, at: int) -> bool:
    span = ctx.doc.char_span(at, at + len(word), alignment_mode="expand")
    return span is not None and any(_lemmas(t) & POSITION_LEMMAS for t in span)


def _sentence_lemmas(sent: Span | None) -> set[str]:
    return set().union(*(_lemmas(t) for t in sent)) if sent is not None else set()


def _scorer(ctx: Context, start: int, spans: list[tuple[int, int]]) -> bool:
    """Goals in the person's sentence, or in the next sentence when that one names nobody ("Strzelił dwie bramki.")."""
    sent = ctx.sentence_of(start)
    if sent is None:
        return False
    lemmas = _sentence_lemmas(sent)
    if lemmas & SCORING_LEMMAS:
        return True
    if any(_lemmas(t) & {"bohater"} and t.i + 1 < sent.end and _lemmas(ctx.doc[t.i + 1]) & _MATCH_LEMMAS
           for t in sent):
        return True
    end = sent.end_char
    following = ctx.sentence_of(end + 1) if end + 1 < len(ctx.text) else None
    if following is None or any(following.start_char <= s < following.end_char for s, _ in spans):
        return False
    return bool(_sentence_lemmas(following) & SCORING_LEMMAS)


def _coached(ctx: Context, start: int) -> bool:
    """'podopieczni Jana X': the person coaches the team."""
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and "podopieczny" in _lemmas(ctx.doc[span.start - 1])


def _lineup(ctx: Context, heading_at: int) -> bool:
    """The roster's lead, in its sentence before its first heading, names a line-up or a playing verb."""
    sent = ctx.sentence_of(heading_at)
    head = ctx.doc.char_span(heading_at, heading_at + 1, alignment_mode="expand")
    if sent is None or head is None or head.start <= sent.start:
        return False
    return bool(_sentence_lemmas(ctx.doc[sent.start:head.start]) & LINEUP_LEMMAS)


def team_people(ctx: Context, people: list[Person], organizations: list[Organization]) -> None:
    """Give the own team's squad, scorers and coach the team as their organization, and the part the text states."""
    if not people or not sports_text(ctx.doc):
        return
    for person in people:  # the match's referee: `other` with no role, like a juror (docs/annotation.md, settled 236)
        person.roles = [r for r in person.roles if r.title.split()[0] != "sędzia" or r.organization]
    team = own_team(ctx, organizations)
    if team is None:
        return
    spans = sorted((m.start, m.end) for p in people for m in p.mentions)
    found: list[tuple[Person, bool, bool, bool]] = []
    headings: list[int] = []
    for person in people:
        listed, scored, coached = False, False, False
        for m in person.mentions:
            heading = _heading_before(ctx.text, m.start, spans)
            if heading and _position(ctx, *heading):
                listed = True
                headings.append(heading[1])
            scored = scored or _scorer(ctx, m.start, spans)
            coached = coached or _coached(ctx, m.start)
        if listed or scored or coached:
            found.append((person, listed, scored, coached))
    lineup = bool(headings) and _lineup(ctx, min(headings))
    for person, listed, scored, _ in found:
        if not person.affiliation and not any(r.organization for r in person.roles):
            person.affiliation = team.name
        if scored or listed:
            person.part = "participant" if scored or lineup else "other"
            person.part_source, person.part_confidence = "rules", None
