"""Administrative units named in the text: "województwo podlaskie", "powiat kłobucki", "gmina Byczyna", and lists
of them ("z województw: lubelskiego, śląskiego i opolskiego")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from pipeline.extract.place_mention import EXTRACTOR, PlaceMention
from pipeline.lexicon.places import is_known_locality, locality_base, register_loaded
from pipeline.lexicon.words import HONORIFICS, ORG_HEADS, first_name, is_geographic, noun_lemmas
from pipeline.text.context import Context
from pipeline.text.inflect import generate_form
from pipeline.text.morphology import analyse

VOIVODESHIPS = frozenset({
    "dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie", "małopolskie", "mazowieckie", "opolskie",
    "podkarpackie", "podlaskie", "pomorskie", "śląskie", "świętokrzyskie", "warmińsko-mazurskie", "wielkopolskie",
    "zachodniopomorskie"})
_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_WORD = r"[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]+"
_VOIVODESHIP = re.compile(rf"\b(?:woj\.|województw(?:o|a|u|em|ie))\s*(?P<adj>{_WORD}(?:-{_WORD})?)", re.IGNORECASE)
_POWIAT = re.compile(r"\b(?:pow\.|powiat(?:u|em|owi|y|ów|ach|ami|om)?|powiecie)\s+(?P<adj>(?:[a-ząćęłńóśźż]+-)?[a-ząćęłńóśźż]+(?:ski|cki|dzki|skiego|ckiego|"
                     r"dzkiego|skim|ckim|dzkim|skiemu|ckiemu|dzkiemu))\b", re.IGNORECASE)
#: a region named by a lower-case "region" and its adjective: "praktycy regionu konińskiego" -> "region koniński"
_REGION = re.compile(r"\bregion(?:u|ie|em|owi)?\s+(?P<adj>[a-ząćęłńóśźż]+(?:ski|cki|dzki|skiego|ckiego|dzkiego|skim|ckim|"
                     r"dzkim|skiemu|ckiemu|dzkiemu))\b")
#: the unit word and its name on one line: "Gmina" over "Dzikowiec" on the next is a menu, not a phrase
_GMINA = re.compile(rf"\b(?:gm\.|[Gg]min(?:a|y|ie|ę|ą|o))[^\S\n]+(?P<name>[{_UP}][\w-]+(?:[^\S\n]+[{_UP}][\w-]+)?)")


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


#: the list stays on one line ("gminy Budzów,\n• Pan X" is a bulleted list of people) and its coordinators are whole
#: words (the "i" ending "Pani" joins nothing)
_GMINA_LIST = re.compile(rf"\b[Gg](?:min|minach|minami|miny)[^\S\n]*:?[^\S\n]+(?P<list>[{_UP}][\w-]+(?:[^\S\n]+[{_UP}][\w-]+)?"
                         rf"(?:[^\S\n]*(?:,|\bi\b|\boraz\b|\bczy\b)[^\S\n]*[{_UP}][\w-]+(?:[^\S\n]+[{_UP}][\w-]+)?)+)")
#: what may stand between the unit word and its list: a colon or a dash ("do powiatów ‒ karkonoskiego, …")
_LEAD = r"\s*[:‒–—-]?\s+"
#: a parenthesis after a list item (its delegates: "świętokrzyskiego (Jan Nowak), podkarpackiego (…)")
_ASIDE = r"(?:\s*\([^()\n]{0,80}\))?"
_POWIAT_LIST = re.compile(rf"\b(?:powiatów|powiatach|powiatami|powiaty|powiatu|powiecie|powiat){_LEAD}(?P<list>[a-ząćęłńóśźż-]+{_ASIDE}"
                          rf"(?:\s*(?:,|\bi\b|\boraz\b)\s*[a-ząćęłńóśźż-]+{_ASIDE})+)")
_VOIVODESHIP_LIST = re.compile(r"\b(?:województw|województwach|województwami|województwa|województwie|województwem|województwu|"
                               rf"województwo){_LEAD}(?P<list>[a-ząćęłńóśźż-]+{_ASIDE}"
                               rf"(?:\s*(?:,|\bi\b|\boraz\b)\s*[a-ząćęłńóśźż-]+{_ASIDE})+)")
_PARENTHESIS = re.compile(r"\s*\([^()\n]*\)")
_LIST_SPLIT = re.compile(r"\s*(?:,|\bi\b|\boraz\b|\bczy\b)\s*")


def _list_items(ctx: Context, m: re.Match[str]) -> list[tuple[int, int]]:
    items, pos = [], m.start("list")
    for part in _LIST_SPLIT.split(_PARENTHESIS.sub("", m["list"])):
        if not part:
            continue
        start = ctx.norm.index(part, pos)
        items.append((start, start + len(part)))
        pos = start + len(part)
    return items


def _unit_cases(ctx: Context, start: int) -> frozenset[str]:
    """The cases the unit word at `start` may stand in ("Gminy": genitive, or a nominative/accusative plural);
    empty for an abbreviation ("gm.") that shows none."""
    tok = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    cases = {c for t in tok or () for a in t._.morf if a.pos == "subst" and a.lemma.lower() in ("gmina", "gmin")
             for c in a.cases}
    return frozenset(cases)


def _agrees(unit_cases: frozenset[str], tok: Token) -> bool:
    """A gmina's name after its unit word stands in apposition (nominative) or agrees with the word's case ("gminy
    Kłodawy"); a word in another case only ("Sekretarzem Gminy Anną Lis", "… oraz Skarbnikiem Gminy") is no
    name of the gmina but the next phrase of a chain of titles. Words the dictionary lacks may be any name."""
    cased = [a for a in tok._.morf if a.cases]
    if not unit_cases or not cased or tok.text.endswith("ów") and tok.text[:1].isupper():
        return True  # "Gmina Olszów": a town's name in -ów is a nominative, though it also reads as a plural genitive
    return any(a.cases & (unit_cases | {"nom"}) for a in cased)


def _holder_after(tokens: list[Token], k: int) -> bool:
    """"Sekretarz Gminy Anna Lis": a first name that is also a village's name, followed by a surname that does not
    go on the village's name, is the holder of the title, not the gmina."""
    if k + 1 >= len(tokens) or first_name(tokens[k]) is None:
        return False
    nxt = tokens[k + 1]
    surname = nxt.text[:1].isupper() and any("nazwisko" in a.names for a in nxt._.morf)
    return surname and not is_known_locality(locality_base(tokens[k:k + 2]))


def _unit_or_person(span: Span) -> bool:
    """A list item that names a body or a person, not a gmina: "gminy: OSP Czulice, OSP Głęboka", "… Pani Anna",
    "Wójt Gminy Lipno, Jan Kos"."""
    words = [t for t in span if t.is_alpha]
    person = len(words) > 1 and first_name(words[0]) is not None and not is_known_locality(locality_base(words))
    return person or any(t.text.isupper() and len(t.text) >= 2 or t.lower_ in HONORIFICS for t in span)


def region_mentions(ctx: Context) -> list[PlaceMention]:
    """The document's regions, read once per document (the unit bodies and the places both ask) and handed out
    as fresh copies: the callers mark and rename their mentions."""
    memo = ctx.memo(region_mentions)
    found = memo.get("found")
    if found is None:
        found = memo["found"] = _region_mentions(ctx)
    return [replace(r, mention=r.mention.model_copy()) for r in found]


def _scan(pattern: re.Pattern[str], norm: str, hinted: bool) -> Iterator[re.Match[str]]:
    """`pattern.finditer(norm)`, skipped when the text lacks the word every match begins with (`hinted` False)."""
    return pattern.finditer(norm) if hinted else iter(())


def _region_mentions(ctx: Context) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    # the case-blind patterns' words ("woj", "pow") have no letter that case-folds otherwise than by lower()
    low = ctx.norm.lower()
    for m in _scan(_GMINA_LIST, ctx.norm, "gmin" in low):
        apposed: bool | None = None  # the first name's form: in the nominative after the unit word, or agreeing
        single = re.match(r"gminy\b", m[0], re.IGNORECASE) is not None  # a genitive singular or a nominative plural
        unit_cases = _unit_cases(ctx, m.start())
        for start, end in _list_items(ctx, m):
            span = ctx.doc.char_span(start, end, alignment_mode="expand")
            if span is None or _unit_or_person(span):
                continue
            if not _agrees(unit_cases, span[0]) or any(t.lower_ in ("gmina", "gminy") for t in span):
                break  # "Gminy Anną Lis oraz Skarbnikiem Gminy Ewą Kos": a chain of titles, not a list of gminas
            words = [t for t in span if not t.is_space]
            base = locality_base(words)
            written = base == span.text.strip()
            if apposed is None:
                apposed = written
            elif apposed and not written or single and not apposed:
                break  # "z gminy Kłodawa, Wieniawy i Lizbony": the nominative stops, the towns hang on "z"; "z gminy
                # Kłodawy, Wieniawy": one gmina in the genitive singular, a plural "gminy" would take nominatives
            out.append(PlaceMention(f"gmina {base}", "region", ctx.mention(start, end, EXTRACTOR, 0.75, "gmina_list")))
    for m in _scan(_POWIAT_LIST, ctx.norm, "powi" in ctx.norm):
        for start, end in _list_items(ctx, m):
            form = _adjective_nominative(ctx.norm[start:end], "m3")
            if form and form.endswith(("ski", "cki", "dzki")):
                out.append(PlaceMention(f"powiat {form}", "region", ctx.mention(start, end, EXTRACTOR, 0.75, "powiat_list")))
    for m in _scan(_VOIVODESHIP_LIST, ctx.norm, "województw" in ctx.norm):  # "z województw: lubelskiego, śląskiego i opolskiego"
        for start, end in _list_items(ctx, m):
            form = _adjective_nominative(ctx.norm[start:end], "n")
            if form and form.lower() in VOIVODESHIPS:
                out.append(PlaceMention(f"województwo {form.lower()}", "region",
                                        ctx.mention(start, end, EXTRACTOR, 0.8, "voivodeship_list")))
    for m in _scan(_VOIVODESHIP, ctx.norm, "woj" in low):
        form = _adjective_nominative(m["adj"], "n")
        if form and form.lower() in VOIVODESHIPS:
            out.append(PlaceMention(f"województwo {form.lower()}", "region",
                                    ctx.mention(m.start(), m.end(), EXTRACTOR, 0.9, "voivodeship")))
    for m in _scan(_POWIAT, ctx.norm, "pow" in low):
        form = _adjective_nominative(m["adj"], "m3")
        if form:
            out.append(PlaceMention(f"powiat {form.lower()}", "region",
                                    ctx.mention(m.start(), m.end(), EXTRACTOR, 0.85, "powiat")))
    for m in _scan(_REGION, ctx.norm, "region" in ctx.norm):
        form = _adjective_nominative(m["adj"], "m3")
        if form:
            out.append(PlaceMention(f"region {form.lower()}", "region",
                                    ctx.mention(m.start(), m.end(), EXTRACTOR, 0.8, "region")))
    for m in _scan(_GMINA, ctx.norm, "gmin" in ctx.norm or "Gmin" in ctx.norm or "gm." in ctx.norm):
        name_tokens = ctx.doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        if name_tokens is None:
            continue
        tokens = [t for t in name_tokens if not t.is_space]
        if not tokens or not _agrees(_unit_cases(ctx, m.start()), tokens[0]) or _holder_after(tokens, 0):
            continue  # "Sekretarzem Gminy Anną Lis", "Sekretarz Gminy Anna Lis": the title's holder, no gmina
        end = m.end()
        if len(tokens) > 1 and first_name(tokens[-1]) is not None:
            tokens = tokens[:-1]  # "Wójt Gminy Kłomnice Andrzej Sosnowski"
            end = tokens[-1].idx + len(tokens[-1].text)
        tokens = _gmina_name(tokens)
        if not tokens:
            continue
        tokens, base = _river_complement(ctx, tokens, locality_base(tokens))
        end = tokens[-1].idx + len(tokens[-1].text)
        base = _apposed_gmina(tokens, base)
        foreign = all(all(a.pos == "ign" for a in t._.morf) for t in tokens if t.is_alpha)  # "gminie Sveio"
        if base.lower() in ("miejska", "wiejska", "miasto") or (register_loaded() and not is_known_locality(base)
                                                                 and not foreign):
            continue  # "gminy Ochotnicza Straż", "Gmina pani": not the name of a gmina; a partner abroad is one
        out.append(PlaceMention(f"gmina {base}", "region",
                                ctx.mention(m.start(), end, EXTRACTOR, 0.85, "gmina")))
    return out


def _apposed_gmina(tokens: list[Token], base: str) -> str:
    """The gmina's name as written when the register has a gmina of that name: after the unit word the name stands
    in apposition, in its nominative ("w gminie Zielonki" is the gmina Zielonki, though "Zielonki" is also the
    genitive of the town Zielonka, whose gmina the text would call "gmina Zielonka")."""
    from pipeline.lexicon.teryt import is_gmina

    written = "".join(t.text + t.whitespace_ for t in tokens).strip()  # "Rabka-Zdrój" as one word
    return written if written != base and register_loaded() and is_gmina(written) else base


def _gmina_name(tokens: list[Token]) -> list[Token]:
    """The words of a gmina's name: on one line, capitalised, no person's first name, no institution."""
    out: list[Token] = []
    for k, t in enumerate(tokens):
        if t.text == "-" and out and not out[-1].whitespace_ and not t.whitespace_ and k + 1 < len(tokens) \
                and tokens[k + 1].text[:1].isupper():
            out.append(t)  # "gminy Olszewo-Borki": a double name
            continue
        person = first_name(t) is not None and not (k == 0 and is_geographic(t))  # "Gminę Filipów", "Gmina Janów"
        if (out and ("\n" in out[-1].whitespace_)) or not t.text[:1].isupper() or person \
                or noun_lemmas(t) & ORG_HEADS or t.text.lower() in ("gmina", "gminy", "członkowie", "pani", "pan"):
            break
        out.append(t)
    return out


def _river_complement(ctx: Context, tokens: list[Token], base: str) -> tuple[list[Token], str]:
    """"Gminy Gródek nad Dunajcem": a town's name may go on with "nad" or "pod" and a capitalised noun that stays in
    the instrumental whatever the case of the head; the whole name when the register knows it."""
    i = tokens[-1].i
    if i + 2 >= len(ctx.doc):
        return tokens, base
    prep, word = ctx.doc[i + 1], ctx.doc[i + 2]
    if prep.text not in ("nad", "pod") or not word.text[:1].isupper() or "\n" in tokens[-1].whitespace_ + prep.whitespace_:
        return tokens, base
    name = f"{base} {prep.text} {word.text}"
    return (tokens + [prep, word], name) if is_known_locality(name) else (tokens, base)
