"""An acronym body with its own name after it in a title's span: "prezes LGD Ziemi Mińskiej", "prezes LGD Brama
Lasu". The organization rules may find the acronym alone; the title's organization is the acronym with the name
that tells which body of that kind it is. Kept apart from `pipeline.resolve_people`, which resolves a title's
organization.
"""

from __future__ import annotations

from pipeline.extract.places import PlaceMention
from pipeline.lexicon.words import first_name
from pipeline.models import Mention
from pipeline.text.context import Context


def acronym_with_name(ctx: Context, span: tuple[int, int], acronym: Mention,
                      place_mentions: list[PlaceMention]) -> str | None:
    """The acronym and the capitalised words after it up to the span's end, as written, when the organization mention
    is the acronym alone at the span's start and the words are a proper name: no first name (a holder's), no seat
    ("w X", lower case) and no locality (a village's body, "OSP Borki", is read by the village rules)."""
    start, end = span
    text = ctx.text[acronym.start:acronym.end]
    if acronym.start != start or acronym.end >= end or not (text.isupper() and text.isalpha() and len(text) >= 2):
        return None
    doc = ctx.light_tokens
    rest = [t for t in doc if acronym.end <= t.idx < end and not t.is_space]
    if not rest or not all(t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper() for t in rest):
        return None  # "LGD w Pucku": a seat; "PTTK ZG": another acronym; quotes are read with the acronym already
    readings = [a for a in rest[0]._.morf if a.pos == "subst"]
    if first_name(rest[0]) is not None or any("nazwa_geograficzna" in a.names for a in readings) and all(
            a.names for a in readings):
        return None  # "PUP Kępno": a town's name only, the seat written after the acronym; a holder's name
    if any(m.mention.start < end and acronym.end < m.mention.end and m.kind != "region" for m in place_mentions):
        return None  # a region names the body ("LGD Ziemi Mińskiej"); a locality is a village body's seat
    return f"{text} {' '.join(t.text for t in rest)}"


def acronym_name_after(ctx: Context, acronym: Mention, place_mentions: list[PlaceMention]) -> str | None:
    """'Piotr Rawski (LGD Ziemi Mińskiej)', 'Ewa Lis z LGD Kraina Bobra': the capitalised words right after an
    acronym-only organization mention, up to the first word that is not one, as `acronym_with_name` reads them."""
    doc = ctx.light_tokens
    k = next((t.i for t in doc if t.idx >= acronym.end), len(doc))
    end = acronym.end
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].text.isalpha() and not doc[k].text.isupper() \
            and first_name(doc[k]) is None:
        end = doc[k].idx + len(doc[k].text)
        k += 1
    if end == acronym.end or k < len(doc) and doc[k].text[:1].isalpha() and doc[k].text[:1].islower() \
            and any(a.pos in ("subst", "adj") for a in doc[k]._.morf):
        return None  # no words after it, or the name goes on in lower case (a sentence, not a name)
    return acronym_with_name(ctx, (acronym.start, end), acronym, place_mentions)
