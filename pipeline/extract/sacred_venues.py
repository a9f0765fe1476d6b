"""Churches, chapels and shrines named as sites, however their head is written: "w kościele pw. św. Michała",
"mszą w kościele parafialnym w Lipnie", "w Bazylice Mniejszej", "do sanktuarium na Górce". Reports of anniversaries,
feasts and commemorations begin with a Mass, and the church is where that part of the event was; the head is
mostly written in lower case, which the capitalised venue phrases of the NER never take.

A church is a named site (docs/annotation.md, Places) only with something that names it:
- a dedication ("pw. / p.w. / pod wezwaniem X", or a saint straight after the head: "kościół św. Jana"): the
  dedication is the proper part, so a seat after it drops ("kościół pw. św. Jana" in "… pw. św. Jana w Lipnie");
- a capitalised adjective ("Bazylika Mniejsza", "Jasnogórskie Sanktuarium"), and a seat written after it stays;
- a seat alone after the head and its adjectives ("kościół parafialny w Lipnie", "sanktuarium na Górce").
The head and its adjectives take the nominative, the dedication and the seat stay as written.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.parishes import dedication_end, saintly
from pipeline.extract.place_mention import EXTRACTOR, PlaceMention, agreeing_words, lower_heads
from pipeline.text.context import Context
from pipeline.text.inflect import generate_form, match_case
from pipeline.text.morphology import analyse

#: sacred buildings by lemma, with the gender their adjectives agree in
SACRED_HEADS: dict[str, str] = {
    "kościół": "m3", "kaplica": "f", "bazylika": "f", "sanktuarium": "n", "katedra": "f", "archikatedra": "f",
    "konkatedra": "f", "kolegiata": "f", "cerkiew": "f", "klasztor": "m3", "opactwo": "n", "fara": "f",
}
_HINT = re.compile(r"ości|aplic|azylik|anktuar|atedr|olegiat|erk|laszto|pactw|\bfar", re.IGNORECASE)
_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
#: a dedication from its marker or its first saintly word, as the parishes read it
_DEDICATION = re.compile(rf"(?P<marker>(?:pw\.|p\.[^\S\n]?w\.|pod[^\S\n]+wezwaniem)[^\S\n]+)?"
                         rf"(?P<ded>(?:[Śś]w\.|[Bb]ł\.|[{_UP}][\w-]*\.?|[Śś]więt\w+|[Nn]ajświęt\w+)"
                         rf"(?:[^\S\n]+(?:[Śś]w\.|[Bb]ł\.|i\b|z(?=[^\S\n]+[{_UP}])|[{_UP}][\w-]*\.?))*)")
#: a seat after the head: "w Lipnie", "we Wrześni", "na Górce"
_SEAT = re.compile(rf"(?:w|we|na)[^\S\n]+[{_UP}][\w-]*(?:[^\S\n]+[{_UP}][\w-]*)?")
MAX_ADJECTIVES = 2


def _head_gender(t: Token) -> str | None:
    for a in t._.morf:
        if a.pos == "subst" and a.lemma.lower() in SACRED_HEADS and a.number == "sg":
            return SACRED_HEADS[a.lemma.lower()]
    return None  # "kustosz sanktuariów", "do dwóch Sanktuariów: w X i Y": plural, no one site


def _head_lemma(t: Token) -> str:
    return next(a.lemma.lower() for a in t._.morf if a.pos == "subst" and a.lemma.lower() in SACRED_HEADS)


def _head_cases(t: Token) -> frozenset[str]:
    return frozenset().union(*(a.cases for a in t._.morf if a.pos == "subst" and a.lemma.lower() in SACRED_HEADS
                               and a.number == "sg"))


def _adjective(t: Token, gender: str, cases: frozenset[str]) -> str | None:
    """The nominative of an adjective agreeing with the head in number and case ("w kościele parafialnym" ->
    "parafialny"; "kościele Kowalskich" agrees in neither), or None."""
    if not t.is_alpha:
        return None
    for a in t._.morf:
        if a.pos == "adj" and a.number == "sg" and a.cases & cases and not saintly(t.text):
            form = generate_form(a.lemma.lower(), "adj", "sg", gender)
            if form:
                return match_case(form, t.text)
    return None


def _genitive_end(dedication: re.Match[str], end: int) -> int:
    """The dedication's words stand in the genitive ("św. Jana Chrzciciela", "Matki Bożej Różańcowej"): it ends before
    a capitalised word that cannot be one ("kościele św. Jana Nadbałtyckim Centrum" lacks its "w")."""
    for word in re.finditer(r"\S+", dedication.string[dedication.start("ded"):end]):
        text = word[0]
        if text[:1].isupper() and text.isalpha() and len(text) > 1 and not text.isupper():
            readings = [a for a in analyse(text) if a.pos != "ign"]
            if readings and not any("gen" in a.cases for a in readings):
                kept = dedication.string[dedication.start("ded"):dedication.start("ded") + word.start()].rstrip()
                return dedication.start("ded") + len(kept)
    return end


def _holy(dedication: str) -> bool:
    """A dedication without its marker names a saint, the Virgin or a mystery ("św. Jana", "Matki Bożej Różańcowej",
    "Trójcy Świętej", "Wniebowzięcia NMP"); "Katedra Ekonomii" or "kościół Kowalskich" name none."""
    words = dedication.split()
    return any(saintly(w) for w in words) or words[:2] in (["Matki", "Bożej"], ["Matki", "Boskiej"])


def sacred_venues(ctx: Context, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """Each named church, chapel or shrine; none inside a span the NER already took (a parish, a venue phrase)."""
    toks = ctx.light_tokens
    out: list[PlaceMention] = []
    for k, t, gender in lower_heads(ctx, _HINT, taken, _head_gender):
        before = toks[k - 1] if k else None
        cases = _head_cases(t)
        lead = _adjective(before, gender, cases) if before is not None and before.text[:1].isupper() and t.text[:1].isupper() \
            and "\n" not in before.whitespace_ else None
        start = before.idx if lead else t.idx
        words = [lead] if lead else []
        words.append(match_case(_head_lemma(t), t.text))
        adjectives = agreeing_words(toks, k, _adjective, gender, cases, MAX_ADJECTIVES)
        words += adjectives
        j = k + 1 + len(adjectives)
        proper = bool(lead) or any(w.text[:1].isupper() for w in toks[k + 1:j])
        end = toks[j - 1].idx + len(toks[j - 1].text)
        rest = ctx.norm[end:end + 200]
        gap = len(rest) - len(rest.lstrip(" \t"))
        dedication = _DEDICATION.match(ctx.norm, end + gap) if gap else None
        ded_end = _genitive_end(dedication, dedication_end(ctx, dedication)) if dedication else 0
        if dedication and (dedication["marker"] or _holy(dedication["ded"])) and ded_end > dedication.start("ded"):
            marker = " ".join(ctx.text[dedication.start("marker"):dedication.end("marker")].split())
            words += [marker] if marker else []
            words.append(ctx.text[dedication.start("ded"):ded_end])
            end = ded_end
        else:
            seat = _SEAT.match(ctx.norm, end + gap) if gap else None
            if seat:
                words.append(ctx.text[seat.start():seat.end()])
                end = seat.end()
            elif not proper:
                continue  # a bare "kościół", "kaplica cmentarna": no name
        out.append(PlaceMention(" ".join(words), "venue", ctx.mention(start, end, EXTRACTOR, 0.7, "sacred_venue")))
    return out
