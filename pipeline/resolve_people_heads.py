"""Which body a person belongs to when no title says it: a name in the genitive right after a body's name is its
own man ("Samoobrona Andrzeja Leppera"); a complex of schools is a school "dyrektor szkoły" refers back to."""

from __future__ import annotations

from pipeline.extract.organizations import OrgMention
from pipeline.extract.people import PersonMention
from pipeline.lexicon.words import ORG_HEADS
from pipeline.models import Organization
from pipeline.resolve_origins import name_heads
from pipeline.text.context import Context
from pipeline.text.morphology import analyse


def leaders_body(
    ctx: Context, pm: PersonMention, org_mentions: list[OrgMention], org_by_mention: dict[int, Organization]
) -> str | None:
    """'przedstawiciele Samoobrony Andrzeja Leppera': a name in the genitive right after a body's name is the body's
    own man (its leader); the body is his organization."""
    body = next((org_by_mention[id(m)].name for m in org_mentions if id(m) in org_by_mention
                 and m.mention.end < pm.mention.start and not ctx.text[m.mention.end:pm.mention.start].strip()
                 and "\n" not in ctx.text[m.mention.end:pm.mention.start]), None)  # a line's end parts them
    if body is None:
        return None  # looked at first: most names follow no body's name, and then their case does not matter
    span = ctx.doc.char_span(pm.mention.start, pm.mention.end, alignment_mode="expand")
    if span is None or not all(any(a.pos == "subst" and a.names and "gen" in a.cases for a in t._.morf)
                               for t in span if t.is_alpha):
        return None
    return body


def complex_of(name: str) -> tuple[str, ...]:
    """'Zespół Szkół Plastycznych X': a complex of schools is a school too ("dyrektor szkoły" refers back to it); the
    heads of the plural genitive after "Zespół"."""
    words = name.split()
    if len(words) < 2 or words[0].lower() != "zespół":
        return ()
    return tuple(sorted({a.lemma.lower() for a in analyse(words[1]) if a.pos == "subst" and a.number == "pl"
                         and "gen" in a.cases} & ORG_HEADS))


def kind_heads(head: str | None, name: str) -> tuple[str, ...]:
    """The institution heads a bare title noun ("dyrektor szkoły", "przewodnicząca koła") may refer back to: the
    mention's own head, else the merged name's, and a complex's kind ("Zespół Szkół")."""
    return ((head,) if head else name_heads(name)) + complex_of(name)
