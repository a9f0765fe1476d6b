"""Localities named as the subject of a sentence: "Zielona Góra stała się centrum…", "Kraków gościł…".

The place-preposition rules never see a town written in the nominative before its verb. The subject is
recognised by agreement: a name the TERYT register knows, in the nominative singular, directly followed by a
finite verb in the singular whose gender (in the past tense) matches the name's geographic reading."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.place_mention import EXTRACTOR, PlaceMention
from pipeline.lexicon.places import COUNTRIES, is_known_locality, locality_base, register_loaded
from pipeline.lexicon.words import has_common_reading
from pipeline.text.context import Context

_PERSONAL = frozenset({"imię", "nazwisko"})


def _name_genders(words: list[Token]) -> frozenset[str]:
    """Genders of the last word's geographic nominative singular readings, the first word agreeing when two."""
    head = words[-1]
    genders = frozenset(g for a in head._.morf if a.pos == "subst" and "nom" in a.cases and a.number == "sg"
                        and ("nazwa_geograficzna" in a.names or "człon_nazwy_geograficznej" in a.names)
                        for g in a.genders)
    if len(words) == 2:  # "Zielona Góra", "Stalowa Wola": an agreeing adjective or a name part
        first = words[0]
        genders &= frozenset(g for a in first._.morf if a.pos in ("adj", "subst") and "nom" in a.cases
                             and a.number == "sg" for g in a.genders)
    return genders


def _verb_genders(tok: Token) -> frozenset[str] | None:
    """Genders a singular verb form agrees with: all for a present-tense form, the tag's for the past tense;
    None for no singular finite verb."""
    out: set[str] = set()
    for a in tok._.morf:
        if a.pos == "fin" and a.number == "sg" and ":ter" in a.tag:
            return frozenset({"m1", "m2", "m3", "f", "n"})
        if a.pos == "praet" and a.number == "sg":
            out |= a.genders
    return frozenset(out) if out else None


def _personal(words: list[Token], genders: frozenset[str]) -> bool:
    """A lone word that can also be a person's name in the nominative of the verb's gender ("Kowal powiedział")."""
    return len(words) == 1 and any(
        a.names and _PERSONAL & set(a.names) and "nom" in a.cases and a.genders & genders for a in words[0]._.morf)


def subject_localities(ctx: Context, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """Towns written as the subject of their verb, outside every span found so far."""
    if not register_loaded():
        return []
    toks = ctx.light_tokens
    covered = bytearray(len(ctx.norm) + 1)
    for s, e in taken:
        covered[s:e] = b"\x01" * (e - s)
    out: list[PlaceMention] = []
    for k, t in enumerate(toks):
        if not t.text[:1].isupper() or t.text.isupper() or covered.find(1, t.idx, t.idx + len(t.text)) >= 0:
            continue
        if k > 0 and (toks[k - 1].text[:1].isupper() and toks[k - 1].is_alpha or toks[k - 1].text == "-"):
            continue  # the end of a longer name: "Urząd Miasta Kraków"
        for width in (2, 1):
            words = toks[k:k + width]
            after = k + width
            if len(words) < width or after >= len(toks) or not all(w.text[:1].isupper() and w.is_alpha for w in words) \
                    or any("\n" in w.whitespace_ for w in words) or width == 1 and has_common_reading(t):
                continue
            verb = toks[after + 1] if toks[after].text == "się" and after + 1 < len(toks) else toks[after]
            name = locality_base(words)
            if name != " ".join(w.text for w in words) or name in COUNTRIES or not is_known_locality(name):
                continue  # the nominative only; a country is no town
            agree = _name_genders(words) & (_verb_genders(verb) or frozenset())
            if not agree or _personal(words, agree):
                continue
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            out.append(PlaceMention(name, "locality", ctx.mention(start, end, EXTRACTOR, 0.7, "subject_locality")))
            break
    return out
