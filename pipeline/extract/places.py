"""Places: localities in the nominative, administrative regions, countries and venues."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from pipeline.extract.context import Context
from pipeline.extract.organizations import venue_base
from pipeline.models import Mention
from pipeline.ner.builtin import first_name
from pipeline.text.inflect import generate_form, match_case, readable_case
from pipeline.text.morphology import CASES, PREP_CASES, analyse

EXTRACTOR = "extract.places"

COUNTRIES = frozenset({
    "Polska", "Niemcy", "Czechy", "Słowacja", "Ukraina", "Litwa", "Łotwa", "Estonia", "Białoruś",
    "Rosja", "Francja", "Hiszpania", "Włochy", "Portugalia", "Austria", "Szwajcaria", "Belgia",
    "Holandia", "Dania", "Szwecja", "Norwegia", "Finlandia", "Irlandia", "Węgry", "Rumunia",
    "Bułgaria", "Chorwacja", "Słowenia", "Serbia", "Grecja", "Wielka Brytania", "Anglia", "Szkocja",
    "Islandia", "Gruzja", "Mołdawia", "Turcja", "Izrael", "Stany Zjednoczone", "Kanada", "Japonia",
    "Chiny", "Indie", "Luksemburg", "Malta", "Cypr", "Albania", "Macedonia", "Bośnia",
})

VOIVODESHIPS = frozenset({
    "dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie", "małopolskie", "mazowieckie", "opolskie",
    "podkarpackie", "podlaskie", "pomorskie", "śląskie", "świętokrzyskie", "warmińsko-mazurskie", "wielkopolskie",
    "zachodniopomorskie"})
#: Funding boilerplate: regions and the Union named there are the money's source, not the event's place.
FUNDING_CUE = re.compile(
    r"(współ)?finansowan\w*|dofinansowan\w*|ze\s+środków|program\w*\s+operacyjn\w*|fundusz\w*\s+(?:społeczn|rozwoju|"
    r"spójności|europejsk)\w*|\bRPO\b|\bPO\s?WER\b|\bEFS\b|oś\w*\s+priorytetow\w*|działani\w*\s+\d|"
    r"budżetu\s+państwa|w\s+ramach\s+(?:projektu|programu|konkursu)", re.IGNORECASE)

_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_WORD = r"[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]+"
_VOIVODESHIP = re.compile(rf"\b(?:woj\.|województw(?:o|a|u|em|ie))\s*(?P<adj>{_WORD}(?:-{_WORD})?)", re.IGNORECASE)
_POWIAT = re.compile(r"\b(?:pow\.|powiat(?:u|em|owi|y|ów|ach|ami|om)?|powiecie)\s+(?P<adj>(?:[a-ząćęłńóśźż]+-)?[a-ząćęłńóśźż]+(?:ski|cki|dzki|skiego|ckiego|"
                     r"dzkiego|skim|ckim|dzkim|skiemu|ckiemu|dzkiemu))\b", re.IGNORECASE)
_GMINA = re.compile(rf"\b(?:gm\.|[Gg]min(?:a|y|ie|ę|ą|o))\s+(?P<name>[{_UP}][\w-]+(?:\s+[{_UP}][\w-]+)?)")


@dataclass
class PlaceMention:
    name: str
    kind: str
    mention: Mention


@lru_cache(maxsize=8192)
def _geo_lemmas(word: str) -> tuple[tuple[str, str], ...]:
    """(lemma, tag) of the geographic readings of a word, ALL CAPS folded to Title case."""
    forms = [word]
    if word.isupper():
        forms.append(word[:1] + word[1:].lower())
    out = []
    for form in forms:
        for a in analyse(form):
            if "nazwa_geograficzna" in a.names or "człon_nazwy_geograficznej" in a.names:
                out.append((a.lemma, a.tag))
    return tuple(out)


def _is_locality(name: str) -> bool:
    try:
        from pipeline.extract.teryt import is_locality
    except ImportError:
        return False
    return is_locality(name)


def _register_loaded() -> bool:
    try:
        import pipeline.extract.teryt  # noqa: F401
    except ImportError:
        return False
    return True


_LOWER_VENUES = frozenset({"pensjonat", "restauracja", "ośrodek", "hotel", "dom", "zajazd", "gospodarstwo",
                           "kawiarnia", "bistro", "świetlica", "sala", "karczma", "schronisko", "centrum",
                           "hala", "dworek", "park", "skansen", "kompleks", "stadion"})


def quoted_venues(ctx: Context) -> list[PlaceMention]:
    """'w pensjonacie „Pod Skarpą”', 'w ośrodku szkoleniowym „Leśna Polana”': a lower-case kind + a quoted name."""
    from pipeline.text.inflect import adjective_nominative, head_features, noun_nominative

    toks = ctx.tokens
    out = []
    for i, t in enumerate(toks):
        if not t.text[:1].islower() or i == 0 or toks[i - 1].text.lower() not in ("w", "we", "na", "do", "przy"):
            continue
        heads = [a for a in t._.morf if a.pos == "subst" and a.lemma in _LOWER_VENUES]
        if not heads:
            continue
        j = i + 1
        while j < len(toks) and j - i <= 2 and toks[j].text[:1].islower() and any(a.pos == "adj" for a in toks[j]._.morf):
            j += 1
        if j >= len(toks) or toks[j].text not in ("„", '"'):
            continue
        close = next((k for k in range(j + 1, min(len(toks), j + 8)) if toks[k].text in ("”", '"')), None)
        if close is None:
            continue
        head = heads[0]
        number, gender = head_features(head)
        words = [noun_nominative(t.text, head).lower()]
        for m in range(i + 1, j):
            adj = next((a for a in toks[m]._.morf if a.pos == "adj" and a.cases & head.cases), None)
            words.append(adjective_nominative(toks[m].text, adj, number, gender) if adj else toks[m].text)
        start, end = t.idx, toks[close].idx + 1
        name = " ".join(words) + " " + ctx.text[toks[j].idx:end]
        out.append(PlaceMention(name, "venue", ctx.mention(start, end, EXTRACTOR, 0.7, "quoted_venue")))
    return out


def _town_weight(name: str) -> int:
    """Prefer a town to a village of a homonymous reading ("Myszkowie": Myszków, not Myszkowo)."""
    from pipeline.extract.teryt import localities

    return sum(1 for loc in localities(name) if loc.kind == "miasto")


def _tag_cases(tag: str) -> frozenset[str]:
    return frozenset(c for part in tag.split(":") for c in part.split(".") if c in CASES)


def _governed_cases(first: Token) -> frozenset[str]:
    if first.i == 0:
        return frozenset()
    return PREP_CASES.get(first.doc[first.i - 1].text.lower(), frozenset())


def _fits_hints(name: str, hints: list[str]) -> bool:
    from pipeline.extract.teryt import resolve

    match, _count = resolve(name, hints)
    return match is not None and any(
        h.split()[-1].lower() in (match.gmina.lower(), match.powiat.lower(), match.wojewodztwo.lower())
        for h in hints)


def locality_base(tokens: list[Token], hints: list[str] | None = None) -> str:
    """'w Nowym Sączu' -> 'Nowy Sącz', 'BYCZYNY' -> 'Byczyna', 'Bielsku-Białej' -> 'Bielsko-Biała'."""
    words = [t.text for t in tokens]
    governed = _governed_cases(tokens[0]) if tokens else frozenset()
    options: list[list[str]] = []
    for w in words:
        if w == "-":
            options.append(["-"])
            continue
        readings = _geo_lemmas(w)
        if governed:  # "na Kaszubach": the locative plural reading (Kaszuby), not Kaszuba
            readings = tuple(sorted(readings, key=lambda r: not _tag_cases(r[1]) & governed))
        lemmas = [lem for lem, _tag in readings]
        if not lemmas:
            lemmas = [a.lemma for a in analyse(w) if a.pos in ("adj", "subst")] or [w]
        title = [match_case(lem, "A") if w.isupper() else lem for lem in lemmas]
        options.append(list(dict.fromkeys(title)))
    candidates = [""]
    for opts in options:
        candidates = [(c + ("" if c.endswith("-") or not c or o == "-" else " ") + o) for c in candidates for o in opts[:4]]
        candidates = candidates[:32]
    for c in candidates:
        if c in COUNTRIES:
            return c
    # "Opacz Kolonii", "Krynicy Zdroju": the register spells them with a hyphen, the text may not
    known = [c for c in candidates if _is_locality(c) or " " in c and _is_locality(c.replace(" ", "-"))]
    if known:
        if hints is not None and len(known) > 1:
            fitting = [c for c in known if _fits_hints(c, hints)]
            if len(fitting) == 1:
                return fitting[0]  # "w Nieborowie" near "powiat łowicki": Nieborów, not Nieborowo
        return max(known, key=_town_weight)
    if len(tokens) > 1:
        for agreed in _agreed_candidates(tokens):
            if _is_locality(agreed) or agreed in COUNTRIES:
                return agreed
        return _noun_headed(tokens)
    word = words[0] if len(words) == 1 else None
    if word is not None and word[:1].isupper() and not _geo_lemmas(word):
        nominative = [a for a in analyse(word) if a.pos in ("subst", "depr") and "nom" in a.cases]
        if any(a.lemma.lower() == word.lower() for a in nominative) or not analyse(word):
            return readable_case(word) if word.isupper() else word  # "Sale", "Belek": the name as written
    first = candidates[0]
    if word is not None and word[:1].isupper() and first[:1].islower():
        first = first[:1].upper() + first[1:]  # a name keeps its capital: "Szczypty" -> "Szczypta"
    return readable_case(first) if first.isupper() else first


def common_phrase_base(tokens: list[Token]) -> str:
    """The nominative of a name phrase headed by its first noun ('Polskiego Radia' -> 'Polskie Radio',
    'Gazety Wyborczej' -> 'Gazeta Wyborcza'); a word the dictionary does not know stays as written."""
    if len(tokens) == 1:
        t = tokens[0]
        nouns = [a for a in t._.morf if a.pos in ("subst", "depr")]
        if not nouns or any("nom" in a.cases for a in nouns) and t.text[:1].isupper():
            return readable_case(t.text) if t.text.isupper() and len(t.text) > 4 else t.text
        proper = [a for a in nouns if a.names] or nouns
        lemma = proper[0].lemma
        return match_case(lemma, "A") if t.text.isupper() else lemma[:1].upper() + lemma[1:] \
            if t.text[:1].isupper() else lemma
    return _noun_headed(tokens)


def _noun_headed(tokens: list[Token]) -> str:
    """'Doliny Baryczy' -> 'Dolina Baryczy', 'Powiśla Lubelskiego' -> 'Powiśle Lubelskie': the first noun heads."""
    from pipeline.text.inflect import adjective_nominative, noun_nominative

    nouns = [k for k, t in enumerate(tokens) if any(a.pos == "subst" for a in t._.morf)]
    pure = [k for k in nouns if not any(a.pos == "adj" for a in tokens[k]._.morf)]
    k = (pure or nouns or [0])[0]  # "Dolnym Śląsku": the head is the noun, not the adjective
    readings = [a for a in tokens[k]._.morf if a.pos == "subst"]
    if not readings:
        return " ".join(t.text for t in tokens)
    governed = _governed_cases(tokens[0])
    others = [t for m, t in enumerate(tokens) if m != k]

    def agreeing(a) -> int:  # the head's reading that its adjectives agree with: "Nowym Jorku" is locative
        return sum(any(b.pos == "adj" and b.cases & a.cases and (b.number is None or b.number == a.number)
                       for b in t._.morf) for t in others)
    head = max(readings, key=lambda a: (bool(a.cases & governed), agreeing(a), bool(a.names), a.number == "sg"))
    gender = next((g for g in ("f", "n", "m3", "m1", "m2") if g in head.genders), "m3")
    words = []
    agreeing_run = True  # after the head only the adjectives right after it agree with it
    for m, t in enumerate(tokens):
        if m == k:
            words.append(noun_nominative(t.text, head))
            continue
        adj = next((a for a in t._.morf if a.pos == "adj" and a.cases & head.cases), None) \
            if m < k or agreeing_run else None
        if m > k and adj is None and t.text != "-":
            agreeing_run = False  # "Front Wschodni Armii Czerwonej": "Czerwonej" goes with "Armii"
        words.append(adjective_nominative(t.text, adj, head.number or "sg", gender) if adj else t.text)
    name = " ".join(words).replace(" - ", "-")
    return readable_case(name) if name.isupper() else name


def _agreed_candidates(tokens: list[Token]) -> list[str]:
    """Nominatives of 'noun + adjective' names for each reading of the noun: 'Ustrzykach Dolnych' -> 'Ustrzyki Dolne'."""
    nouns = [(k, a) for k, t in enumerate(tokens) for a in t._.morf if a.pos == "subst" and a.names]
    out = []
    for k, head in nouns:
        gender = next((g for g in ("f", "n", "m3", "m1", "m2") if g in head.genders), "m3")
        number = head.number or "sg"
        words = []
        for m, t in enumerate(tokens):
            if m == k:
                words.append(head.lemma)
                continue
            if t.text == "-":
                words.append("-")
                continue
            adj = next((a for a in t._.morf if a.pos == "adj" and a.cases & head.cases), None)
            form = generate_form(adj.lemma, "adj", number, gender) if adj else None
            words.append(match_case(form, "A") if form else (_geo_lemmas(t.text) or [(t.text, "")])[0][0])
        out.append(" ".join(words).replace(" - ", "-"))
    return list(dict.fromkeys(out))


def _adjective_nominative(adj: str, gender: str) -> str | None:
    if "-" in adj:  # "kujawsko-pomorskiego" -> "kujawsko-pomorskie": only the last part declines
        first, _, last = adj.lower().rpartition("-")
        tail = _adjective_nominative(last, gender)
        return f"{first}-{tail}" if tail else None
    low = adj.lower()
    for a in analyse(low):
        if a.pos == "adj":
            return generate_form(a.lemma, "adj", "sg", gender)
    return None


_GMINA_LIST = re.compile(rf"\b(?:gmin|gminach|gminami|gminy)\s*:?\s+(?P<list>[{_UP}][\w-]+(?:\s+[{_UP}][\w-]+)?"
                         rf"(?:\s*(?:,|i|oraz)\s*[{_UP}][\w-]+(?:\s+[{_UP}][\w-]+)?)+)")
_POWIAT_LIST = re.compile(r"\b(?:powiatów|powiatach|powiatami|powiaty|powiatu|powiecie|powiat)\s*:?\s+(?P<list>[a-ząćęłńóśźż-]+(?:\s*(?:,|i|oraz)\s*"
                          r"[a-ząćęłńóśźż-]+)+)")
_LIST_SPLIT = re.compile(r"\s*(?:,|\bi\b|\boraz\b)\s*")


def _list_items(ctx: Context, m: re.Match[str]) -> list[tuple[int, int]]:
    items, pos = [], m.start("list")
    for part in _LIST_SPLIT.split(m["list"]):
        if not part:
            continue
        start = ctx.norm.index(part, pos)
        items.append((start, start + len(part)))
        pos = start + len(part)
    return items


def region_mentions(ctx: Context) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    for m in _GMINA_LIST.finditer(ctx.norm):
        for start, end in _list_items(ctx, m):
            span = ctx.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                base = locality_base([t for t in span if not t.is_space])
                out.append(PlaceMention(f"gmina {base}", "region", ctx.mention(start, end, EXTRACTOR, 0.75, "gmina_list")))
    for m in _POWIAT_LIST.finditer(ctx.norm):
        for start, end in _list_items(ctx, m):
            form = _adjective_nominative(ctx.norm[start:end], "m3")
            if form and form.endswith(("ski", "cki", "dzki")):
                out.append(PlaceMention(f"powiat {form}", "region", ctx.mention(start, end, EXTRACTOR, 0.75, "powiat_list")))
    for m in _VOIVODESHIP.finditer(ctx.norm):
        form = _adjective_nominative(m["adj"], "n")
        if form and form.lower() in VOIVODESHIPS:
            out.append(PlaceMention(f"województwo {form.lower()}", "region",
                                    ctx.mention(m.start(), m.end(), EXTRACTOR, 0.9, "voivodeship")))
    for m in _POWIAT.finditer(ctx.norm):
        form = _adjective_nominative(m["adj"], "m3")
        if form:
            out.append(PlaceMention(f"powiat {form.lower()}", "region",
                                    ctx.mention(m.start(), m.end(), EXTRACTOR, 0.85, "powiat")))
    for m in _GMINA.finditer(ctx.norm):
        name_tokens = ctx.doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        if name_tokens is None:
            continue
        tokens = [t for t in name_tokens if not t.is_space]
        end = m.end()
        if len(tokens) > 1 and first_name(tokens[-1]) is not None:
            tokens = tokens[:-1]  # "Wójt Gminy Kłomnice Andrzej Sosnowski"
            end = tokens[-1].idx + len(tokens[-1].text)
        tokens = _gmina_name(tokens)
        if not tokens:
            continue
        end = tokens[-1].idx + len(tokens[-1].text)
        base = locality_base(tokens)
        if base.lower() in ("miejska", "wiejska", "miasto") or (_register_loaded() and not _is_locality(base)):
            continue  # "gminy Ochotnicza Straż", "Gmina pani": not the name of a gmina
        out.append(PlaceMention(f"gmina {base}", "region",
                                ctx.mention(m.start(), end, EXTRACTOR, 0.85, "gmina")))
    return out


def _gmina_name(tokens: list[Token]) -> list[Token]:
    """The words of a gmina's name: on one line, capitalised, no person's first name, no institution."""
    from pipeline.ner.builtin import ORG_HEADS, noun_lemmas

    out: list[Token] = []
    for t in tokens:
        if (out and ("\n" in out[-1].whitespace_)) or not t.text[:1].isupper() or first_name(t) is not None \
                or noun_lemmas(t) & ORG_HEADS or t.text.lower() in ("gmina", "gminy", "członkowie", "pani", "pan"):
            break
        out.append(t)
    return out


def in_funding_boilerplate(ctx: Context, start: int) -> bool:
    """'…współfinansowany ze środków Unii Europejskiej w ramach RPO Województwa Podlaskiego': the place
    stands after a funding cue in its sentence."""
    sent = ctx.sentence_of(start)
    lo = sent.start_char if sent is not None else max(0, start - 200)
    return bool(FUNDING_CUE.search(ctx.norm, max(lo, start - 160), start))


def _not_a_place_word(tokens: list[Token]) -> bool:
    """A lone capitalised word that is a verb form or a first name ('Słuchaj', 'Anna') without a place
    preposition before it, or a word in capitals ('GALERIA')."""
    if len(tokens) != 1:
        return False
    t = tokens[0]
    if _governed_cases(t):
        return False
    if t.text.isupper() and len(t.text) > 3:
        return True
    return first_name(t) is not None or any(a.pos in ("impt", "fin", "praet", "inf") for a in t._.morf)


def extract_places(ctx: Context, spans: list[tuple[int, int, str]]) -> list[PlaceMention]:
    doc = ctx.doc
    regions = [r for r in region_mentions(ctx) if not in_funding_boilerplate(ctx, r.mention.start)]
    out = list(regions) + quoted_venues(ctx)
    for start, end, rule in spans:
        if any(r.mention.start <= start and end <= r.mention.end for r in regions):
            continue
        chars = doc.char_span(start, end, alignment_mode="expand")
        if chars is None:
            continue
        tokens = [t for t in chars if not t.is_space]
        if in_funding_boilerplate(ctx, start) or _not_a_place_word(tokens):
            continue
        if rule.endswith("venue_phrase"):
            out.append(PlaceMention(venue_base(tokens, ctx.text), "venue", ctx.mention(start, end, EXTRACTOR, 0.7, "venue")))
            continue
        name = locality_base(tokens, [r.name for r in regions])
        # a locality is what the register knows; mountains, lakes and informal regions are "other"
        kind = "country" if name in COUNTRIES else "locality" if _is_locality(name) or not _register_loaded() else "other"
        conf = 0.9 if _is_locality(name) or kind == "country" else 0.6
        out.append(PlaceMention(name, kind, ctx.mention(start, end, EXTRACTOR, conf, rule.split(":")[-1])))
    return out
