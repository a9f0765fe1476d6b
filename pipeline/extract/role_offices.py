"""The office a title's holder heads: "Kurator Oświaty" → "Kuratorium Oświaty w X", "Zastępca Okręgowego Inspektora
Pracy" → "Okręgowa Inspekcja Pracy w X", "Komendant Powiatowy Policji w X" → "Komenda Powiatowa Policji w X".

Polish names such offices by a noun derived from the holder's title (komendant/komenda, kurator/kuratorium,
inspektor/inspekcja) with the same domain genitive, level adjective and seat; the person's organization is that
body (docs/annotation.md, settled 409, 561, 583), not the domain word nor the seat's town.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.lexicon.words import ORG_HEADS
from pipeline.models import Role
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

#: Offices derived from a holder's title, with the office noun's gender: used to write the office out when the text
#: names it only through its holder ("Komendant Powiatowy Policji w X"), as settled 583.
TITLE_OFFICES = {"komendant": ("Komenda", "f")}

_STEM = 6  # komend-ant/komend-a, kurato-r/kurato-rium, inspek-tor/inspek-cja; "dyrektor"/"dyrekcja" part at 6
_SEAT = ("w", "we")


def _words(text: str) -> list[str]:
    return [w.strip(",.;:()„”\"") for w in text.split() if w.strip(",.;:()„”\"")]


@lru_cache(maxsize=4096)
def _lower_words(name: str) -> tuple[str, ...]:
    """The words of a body's name, lower-cased: every title of a report is matched against the same few bodies."""
    return tuple(w.lower() for w in _words(name))


def _holder(words: list[str]) -> int | None:
    """The title word naming the holder of an office (the last role noun: "zastępca komendanta" → komendanta)."""
    from pipeline.lexicon.words import ROLE_TITLES

    found = None
    for k, w in enumerate(words):
        if any(a.pos == "subst" and a.lemma.lower() in ROLE_TITLES for a in analyse(w)) and w != "zastępca":
            found = k
    return found


def _adjectives(words: list[str]) -> list[str]:
    return [w for w in words if any(a.pos == "adj" for a in analyse(w))
            and not any(a.pos == "subst" for a in analyse(w))]


def title_office(ctx: Context, role: Role, span: tuple[int, int] | None, bodies: list[str]) -> str | None:
    """The body a title's holder heads: one of the report's `bodies` whose head shares the holder's stem and whose
    name carries the title's domain, level and seat; written out from the title for the offices of
    `TITLE_OFFICES` when the title names the service in the genitive ("Policji", "PSP")."""
    words = role.title.split()
    h = _holder(words)
    if h is None:
        return None
    holder = words[h]
    after = words[h + 1:]
    raw = _words(ctx.text[span[0]:span[1]]) if span else []
    seat_at = next((k for k, w in enumerate(raw) if w in _SEAT), len(raw))
    service, seat = raw[:seat_at], raw[seat_at + 1:]
    seat = seat[:next((k for k, w in enumerate(seat) if not w[:1].isupper()), len(seat))]  # "w X kom.": the rank
    adjectives = _adjectives(after)
    domain = [w for w in after if w not in adjectives] + [w.lower() for w in service]
    levels = _adjectives(words[:h] + after)
    if not (domain or seat):
        return None
    for body in bodies if len(holder) >= _STEM else ():
        low = _lower_words(body)
        if not low or low[0][:_STEM] != holder[:_STEM] or low[0] == holder:
            continue
        if all(d in low for d in domain) and all(any(b[:5] == v[:5] for b in low) for v in levels) \
                and all(w.lower() in low for w in seat):
            return body
    office = next((v for k, v in TITLE_OFFICES.items() if holder[:_STEM] == k[:_STEM]), None)
    if office is None or not levels or not service or not service[0][:1].isupper() or any(
            a.pos == "subst" and a.lemma.lower() in ORG_HEADS for a in analyse(service[0])):
        return None  # "Komendant Straży Miejskiej", "Komendant Komisariatu": no level, the genitive is the body
    from pipeline.text.inflect import generate_form

    adjectives = []
    for level in levels:
        lemma = next((a.lemma for a in analyse(level) if a.pos == "adj"), level)
        adjectives.append((generate_form(lemma, "adj", "sg", office[1], "nom") or level).capitalize())
    text = ctx.text[span[0]:span[1]].strip() if span else ""
    return " ".join([office[0], *adjectives, text])


#: Heads of self-government units and the lemmas naming the unit (or its office) they head: the wójt heads the
#: gmina and its Urząd Gminy, the starosta the powiat and its Starostwo Powiatowe, the marszałek the województwo.
_UNIT_HEADS = {"wójt": {"gmina"}, "wicewójt": {"gmina"}, "burmistrz": {"gmina", "miasto"},
               "wiceburmistrz": {"gmina", "miasto"}, "prezydent": {"miasto"}, "wiceprezydent": {"miasto"},
               "starosta": {"powiat", "starostwo", "powiatowy"}, "wicestarosta": {"powiat", "starostwo", "powiatowy"},
               "marszałek": {"województwo", "marszałkowski"}, "wicemarszałek": {"województwo", "marszałkowski"},
               "sołtys": {"sołectwo"}}


def heads_unit(title: str, organization: str | None, unit: str) -> bool:
    """'wójt' (no institution, or one of the same place) at an event of 'Urząd Gminy Dygowo': the head of the
    self-government unit that organizes the event is its own person, not a guest (docs/annotation.md, Parts)."""
    kinds = _UNIT_HEADS.get(title)
    words = unit.split()
    if kinds is None or len(words) < 2:
        return False
    if organization is not None:
        return False
    lemmas = {a.lemma.lower() for w in words[:3] for a in analyse(w)}
    return bool(lemmas & kinds)
