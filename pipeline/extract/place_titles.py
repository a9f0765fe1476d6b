"""A place after the event's name in a title line: "Seminarium „Ekonomia społeczna w praktyce”, Zawada Pilicka",
"Konferencja „Senior w gminie”, gmina Byczyna". A heading that names an event by its noun and then, after a comma
closing the line, a name in the nominative says where the event was held (docs/annotation.md, settled 898), unlike
a place inside the event's quoted name. The name is read as written: the title puts it in its base form.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.extract.place_checks import other_readings
from pipeline.extract.place_mention import EXTRACTOR, PlaceMention, place_kind
from pipeline.lexicon.places import COUNTRIES, is_known_locality, register_loaded
from pipeline.lexicon.regions import LAND_NOUNS, REGION_WORDS, is_region
from pipeline.text.context import Context
from pipeline.text.light import LightToken

#: verb forms that make a line a sentence rather than a heading ("Zapraszamy na seminarium „X”, Y")
_VERB_POS = frozenset({"fin", "praet", "impt", "inf", "bedzie", "imps", "winien", "pred"})
#: small words a place's name may hold between its capitalised words ("Kazimierz nad Wisłą", "Warmia i Mazury")
_INNER_WORDS = frozenset({"nad", "pod", "i", "k.", "koło"})
_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})
_QUOTES = frozenset({'"', "„", "”", "“", "«", "»"})
#: how many words the place may have: "Park Krajobrazowy Doliny Dolnej Wisły"
_MOST_WORDS = 6
#: lemmas of a weekday or a month: "Piknik „X”, Niedziela" dates the heading, it does not place it
_CALENDAR = frozenset({"poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela", "styczeń",
                       "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
                       "październik", "listopad", "grudzień"})


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """The lemmas that name an event on their own (`event_type.TRIGGER_LEMMAS`, study visits)."""
    from pipeline.extract.event_type import STUDY_NOUNS, TRIGGER_LEMMAS

    return frozenset().union(*TRIGGER_LEMMAS.values(), STUDY_NOUNS)


def _lines(toks: list[LightToken]) -> list[list[LightToken]]:
    """The text's lines as lists of their non-space tokens."""
    out: list[list[LightToken]] = [[]]
    for t in toks:
        if t.is_space:
            if "\n" in t.text and out[-1]:
                out.append([])
            continue
        out[-1].append(t)
        if "\n" in t.whitespace_:
            out.append([])
    return [line for line in out if line]


def _heading(words: list[LightToken]) -> bool:
    """The words before the comma name an event and hold no verb outside their quotes: a title, not a sentence
    ("Seminarium „Gmina w praktyce”", "II Konferencja Sołtysów"; not "Zapraszamy na seminarium …")."""
    quoted = False
    named = False
    for k, t in enumerate(words):
        if t.text in _QUOTES:
            quoted = not quoted  # the tokens are the folded text's: every quote mark is '"'
            continue
        if quoted:
            continue
        if t.text in (".", "!", "?", ":", ";"):
            return False
        readings = t.morf
        if any(a.pos in _VERB_POS for a in readings) and not any(a.pos == "subst" for a in readings):
            return False
        if k < 4 and any(a.pos == "subst" and a.lemma.lower() in _event_nouns() for a in readings):
            named = True
    return named


def _place_words(words: list[LightToken]) -> bool:
    """Capitalised words, a hyphen inside a word ("Garbatka-Letnisko"), the small words of a name between them and a
    Roman ordinal after them ("Zabobrze I"): the shape of a place's name, no digits, no acronym."""
    if not 0 < len(words) <= _MOST_WORDS or not words[0].capitalised or not words[-1].text[:1].isupper():
        return False
    for k, t in enumerate(words):
        if t.text == "-" and 0 < k < len(words) - 1 and not t.whitespace_:
            continue
        if t.text in _INNER_WORDS and 0 < k < len(words) - 1:
            continue
        if t.text in _ROMAN and k > 0:
            continue
        if not (t.is_alpha and t.capitalised) or t.text.isupper() and len(t.text) <= 4:
            return False
    return True


def _geographic_nominative(t: LightToken) -> bool:
    return any(("nazwa_geograficzna" in a.names or "człon_nazwy_geograficznej" in a.names) and "nom" in a.cases
               for a in t.morf)


def _land(t: LightToken) -> bool:
    """A word that opens a land's or a region's name: "Pojezierze", "Kraina"."""
    return t.text in REGION_WORDS or any(a.pos == "subst" and not a.names and a.lemma.lower() in LAND_NOUNS
                                         and "nom" in a.cases for a in t.morf)


def _placelike(words: list[LightToken], name: str) -> bool:
    """The register, the countries or the regions know the name; or its first word reads as a geographic name in
    the nominative ("Zawada Pilicka"), or opens a land's or a region's name ("Pojezierze X", "Kraina Y"); or no word
    is in the dictionary at all (a town abroad: "Caceres")."""
    if name in COUNTRIES or is_region(name) or register_loaded() and (
            is_known_locality(name) or is_known_locality(name.replace(" ", "-"))):
        return True
    first = words[0]
    if any(a.lemma in _CALENDAR for a in first.morf):
        return False
    if _geographic_nominative(first) or len(words) > 1 and _geographic_nominative(words[1]) and any(
            a.pos == "adj" and "nom" in a.cases for a in first.morf):
        return True  # "Zawada Pilicka"; "Nowy Prokocim": a capitalised adjective before the name
    if len(words) > 1 and _land(first):
        return True
    return all(all(a.pos == "ign" for a in t.morf) for t in words if t.is_alpha)


def _segment(line: list[LightToken]) -> tuple[int, int] | None:
    """(first, end) token positions in `line` of the name after the heading's last comma: to the line's end, or to
    a comma before a date ("…, Zawada Pilicka, 12 maja 2019")."""
    end = len(line)
    commas = [k for k, t in enumerate(line) if t.text == ","]
    if len(commas) >= 2 and commas[-1] + 1 < end and line[commas[-1] + 1].text[:1].isdigit():
        end = commas[-1]
        commas = commas[:-1]
    if not commas or commas[-1] + 1 >= end:
        return None
    return commas[-1] + 1, end


def _title_segments(ctx: Context) -> list[list[LightToken]]:
    """The words after the last comma of each title line (once per document)."""
    memo = ctx.memo("title_segments")
    if "all" not in memo:
        memo["all"] = [line[seg[0]:seg[1]] for line in (_lines(ctx.light_tokens) if "," in ctx.norm else [])
                       if (seg := _segment(line)) is not None and _heading(line[:seg[0] - 1])]
    return memo["all"]


def title_line_places(ctx: Context, others: list[tuple[int, int]]) -> list[PlaceMention]:
    """The place closing each title line of the text; `others` are the spans of people and organizations, whose
    names after a heading's comma are no place ("Szkolenie „X”, Fundacja Y")."""
    out = []
    for words in _title_segments(ctx):
        if not _place_words(words):
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        if any(s < end and start < e for s, e in others) or ctx.furniture_at(start):
            continue
        for part in _coordinated(ctx, words):
            mention = _title_place(ctx, part)
            if mention is not None:
                out.append(mention)
    return out


def _coordinated(ctx: Context, words: list[LightToken]) -> list[list[LightToken]]:
    """"Litwa i Łotwa": two places joined by "i", each a place of its own; one name when the whole is one
    ("Warmia i Mazury", a region; "Bośnia i Hercegowina", a country)."""
    joint = next((k for k, t in enumerate(words) if t.text == "i"), None)
    whole = ctx.text[words[0].idx:words[-1].idx + len(words[-1].text)]
    if joint is None or whole in COUNTRIES or is_region(whole) or register_loaded() and is_known_locality(whole):
        return [words]
    return [words[:joint], words[joint + 1:]]


def _title_place(ctx: Context, words: list[LightToken]) -> PlaceMention | None:
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    name = ctx.text[start:end]
    if not words or not _placelike(words, name):
        return None
    kind = place_kind(name)
    if kind == "other" and not _land(words[0]):
        kind = "locality"  # "Caceres", "Kazimierz nad Wisłą": a town the register lacks, not a lake or a land
    readings = other_readings(name, words, True) if kind == "locality" else ()
    return PlaceMention(name, kind, ctx.mention(start, end, EXTRACTOR, 0.8, "title_place"), readings)


def title_line_place(ctx: Context, start: int, end: int) -> bool:
    """The span is the whole name closing a title line after its heading's comma ("gmina Byczyna" after
    "Konferencja „X”,"): the event's place, which no learned filter should drop."""
    return any(words[0].idx == start and words[-1].idx + len(words[-1].text) == end
               for words in _title_segments(ctx))


def with_title_places(ctx: Context, found: list[PlaceMention], spans: list[tuple[int, int, str]],
                      taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """`found` with the title lines' places, which replace the places found inside them ("Czarny Dunajec" whole,
    not "Dunajec"); `spans` are the NER's place spans, `taken` all its spans."""
    places = {(s, e) for s, e, _r in spans}
    titled = title_line_places(ctx, [s for s in taken if s not in places])
    return [p for p in found if not any(t.mention.start <= p.mention.start and p.mention.end <= t.mention.end
                                        for t in titled)] + titled
