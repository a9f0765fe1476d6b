"""The body a person acts for when a sentence says so ("W imieniu Województwa X uczestników powitała wicemarszałek A",
"Z ramienia Gminy Y w spotkaniu udział wziął sekretarz B") and the body is no organization mention: a unit named by a
region or a town, a town standing for its municipality ("W imieniu Siechnic … burmistrz"), or a generic body written
without a seat ("W imieniu Starostwa Powiatowego"). The role's title names no body of its own there, so the body the
person speaks for is the title's organization (docs/annotation.md, Roles). Organization mentions are left to
`pipeline.resolve_units.represented_body`."""

from __future__ import annotations

from pipeline.extract.organizations import OrgMention
from pipeline.extract.places import PlaceMention
from pipeline.lemma import base_form
from pipeline.lexicon.words import ORG_HEADS, noun_lemmas
from pipeline.resolve_people_places import unit_body
from pipeline.resolve_units import on_behalf_of
from pipeline.text.context import Context

_UNIT_GENITIVES = {"gminy": "Gmina", "miasta": "Miasto", "powiatu": "Powiat", "województwa": "Województwo"}
_MAX_WORDS = 8


def on_behalf_body(ctx: Context, start: int, org_mentions: list[OrgMention],
                   place_mentions: list[PlaceMention]) -> str | None:
    """The body named after "w imieniu", "z ramienia" or "ze strony" earlier in the sentence of the name starting
    at character `start`, when it is no organization mention; None when the sentence has no such phrase."""
    from pipeline.extract.event_roles import name_sentence

    tok = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None:
        return None
    doc = ctx.light_tokens
    sent_start = name_sentence(ctx, tok.start)[0]
    cue = next((t.i for t in doc[sent_start:tok.start] if on_behalf_of(ctx, t)), None)
    if cue is None or cue + 1 >= tok.start:
        return None
    after = doc[cue + 1].idx
    if any(after <= m.mention.start <= after + 2 for m in org_mentions):
        return None  # an organization: `represented_body` reads it
    place = next((p for p in place_mentions if after <= p.mention.start <= after + 2 and p.mention.end <= start), None)
    if place is not None:
        return unit_body("", place) if place.kind == "region" else place.name if place.kind == "locality" else None
    words = []
    for t in doc[cue + 1:min(tok.start, cue + 1 + _MAX_WORDS)]:
        if not (t.text[:1].isupper() or t.text in ("i", '"', "„", "”") and words):
            break
        words.append(t)
    while words and not words[-1].text[:1].isupper() and words[-1].text not in ('"', "”"):
        words.pop()
    if not words:
        return None
    first = words[0].text.lower()
    if first in _UNIT_GENITIVES and len(words) > 1:  # "Gminy Filipów": the unit's name stays as written
        return f"{_UNIT_GENITIVES[first]} {ctx.text[words[1].idx:words[-1].idx + len(words[-1].text)]}"
    if not noun_lemmas(words[0]) & ORG_HEADS:
        return None
    return base_form(ctx.text[words[0].idx:words[-1].idx + len(words[-1].text)], "organization")
