"""Places: localities in the nominative, administrative regions, countries and venues."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.admin_regions import region_mentions
from pipeline.extract.foreign_places import foreign_places
from pipeline.extract.org_signatures import in_signature
from pipeline.extract.organizations import venue_base
from pipeline.extract.place_checks import (
    abbreviated_adjective,
    adjective_of_next_noun,
    club_genitive,
    cohere,
    common_words,
    ethnonym,
    genitive_end,
    inside,
    join_region_pairs,
    named_town,
    natural_feature_before,
    nominative_reading,
    other_readings,
    region_in_governed_case,
    title_town,
    town_abroad,
    town_after_a_name,
    world_scale,
    written_in_lists,
)
from pipeline.extract.place_context import (
    adnominal_genitive,
    after_office,
    alone_on_line,
    governing_word,
    in_battle_name,
    in_body_name,
    in_funding_boilerplate,
    in_quoted_title,
    in_town_name,
    scope_of_topic,
    topic_only,
)
from pipeline.extract.place_introducers import LOCALITY_NOUNS as _LOCALITY_NOUNS
from pipeline.extract.place_introducers import (
    after_acronym,
    after_team_name,
    introduced_locality,
    town_complement_after,
    unknown_adjective_after,
    unknown_to_dictionary,
    village_seat,
    vouching_word,
)
from pipeline.extract.place_labels import with_label_venues
from pipeline.extract.place_mention import EXTRACTOR, PlaceMention, place_kind
from pipeline.extract.place_quoted import quoted_venues
from pipeline.extract.place_subjects import (
    capitalised_common_noun,
    covered_chars,
    in_place_list,
    kind_named_venues,
    subject_localities,
)
from pipeline.extract.place_titles import with_title_places
from pipeline.extract.sacred_venues import sacred_venues
from pipeline.extract.site_venues import bare_venue_heads, building_names, site_venues
from pipeline.extract.unit_bodies import acting_words
from pipeline.lexicon.place_pairs import settlement_noun, settlement_pair
from pipeline.lexicon.place_phrases import preposition_cases
from pipeline.lexicon.places import (
    COUNTRIES,
    is_known_locality,
    is_locality_group,
    is_town_or_seat,
    locality_base,
    register_loaded,
)
from pipeline.lexicon.regions import is_region
from pipeline.lexicon.words import ORG_HEADS, VENUE_HEADS, after_place_label, first_name, noun_lemmas
from pipeline.text.context import Context
from pipeline.text.morphology import PREP_CASES

__all__ = ["EXTRACTOR", "PlaceMention", "extract_places", "place_kind", "region_mentions"]


def _not_a_place_word(ctx: Context, tokens: list[Token], seat: bool = False, listed: bool = False) -> bool:
    """A lone capitalised word that is an institution's or a venue's head noun ("Kaplica", "Oddział"; not after a
    locality noun: "we wsi Kaplica"), or a verb form or a first name ('Słuchaj', 'Anna') without a place preposition
    or a locality noun ("miasta Przemyśl", "we wsi Bór") before it, or a word in capitals ('GALERIA')."""
    if len(tokens) != 1:
        return False
    t = tokens[0]
    before = ctx.light_tokens[t.i - 1] if t.i > 0 else None
    if before is not None and before.text[:1].islower() and any(
            a.pos == "subst" and a.lemma in _LOCALITY_NOUNS for a in before.morf):
        return False
    if not seat and (_common_head(t) or capitalised_common_noun(ctx, t) or ethnonym(t)) \
            and not region_in_governed_case(t):  # "w Kaplicy przy kościele": a venue's head word, "z Polaków" a
        return True  # people, not "na Kaszuby"; a body's seat ("Koło … w Kopalni") is a village
    if preposition_cases(t) or listed or after_place_label(ctx.light_tokens, t.i):
        return False  # "z Ożarowa, Łap i Bończy": coordinated with a place in its case, not a verb or a first name;
        # "Miejsce: Kraków": a venue field's value
    if t.text.isupper() and len(t.text) > 3:
        return True
    return first_name(t) is not None or any(a.pos in ("impt", "fin", "praet", "inf") for a in t._.morf)


def _common_head(t: Token) -> bool:
    """An institution's or a venue's head among the word's common-noun readings ("Kaplicy"), not only a surname's
    ("Kortowie": the Kort family's plural, and the village Kortowo)."""
    return any(a.pos in ("subst", "depr") and not a.names and a.lemma.lower() in (ORG_HEADS | VENUE_HEADS)
               for a in t._.morf)


def register_localities(ctx: Context, taken: list[tuple[int, int]], place_ends: set[int] | None = None) -> list[PlaceMention]:
    """Localities the dictionary does not mark as geographic but the TERYT register knows, after a place
    preposition: 'panie z Poręb Dymarskich', 'w Kiermusach', or coordinated with a place before them (whose
    end is in `place_ends`): 'z Puńcowa, Kozakowic i Dzięgielowa'. Words with an ordinary reading must also have
    a geographic one, so that 'w Sierpniu' or 'z Rodzinami' stay what they are."""
    ends = set(place_ends or ())
    if not register_loaded():
        return []
    toks = ctx.light_tokens
    covered = covered_chars(ctx, taken)
    out: list[PlaceMention] = []
    k = 1
    while k < len(toks):
        t, before = toks[k], toks[k - 1]
        if not t.text[:1].isupper() or (t.text.isupper() and len(t.text) <= 4) \
                or covered.find(1, t.idx, t.idx + len(t.text)) >= 0 and not village_seat(toks, k, covered):
            k += 1
            continue  # the cheap tests of the word itself before what introduces it
        team = after_team_name(ctx, toks, k)  # "MKS Bzura Ozorków": the acronym two words back
        named = after_acronym(ctx, toks, k) and covered.find(1, before.idx, before.idx + 1) >= 0 \
            or team is not None and covered.find(1, toks[team].idx, toks[team].idx + 1) >= 0
        introduced = introduced_locality(toks, k) or in_place_list(toks, k, ends) or named  # the acronym: a found body
        homonym = not named and _town_homonym(toks, k)
        vouched = (named or vouching_word(toks, k)) and _geographic(t)
        if not introduced or not (_may_be_a_locality(t) or _name_adjective(t) or unknown_to_dictionary(t) or homonym
                                  or vouched):  # "we wsi Dąbrówka", "OSP Dąbrówka": a first name's form too
            k += 1
            continue
        found = None
        for width in (2, 1):
            words = toks[k:k + width]
            common = homonym and not (_may_be_a_locality(t) or unknown_to_dictionary(t))
            if len(words) < width or any(w.is_space for w in words) \
                    or any(not w.text[:1].isupper() or "\n" in w.whitespace_ for w in words[:-1]) \
                    or not all(_may_be_a_locality(w) or unknown_to_dictionary(w) or (common or vouched) and w is t
                               or width == 2 and (_name_adjective(w) or named and w is words[1]) for w in words):
                continue  # "Nowy Sącz", "Kamionka Wielka": a common adjective in a two-word name
            name = nominative_reading(locality_base(words), words) if named else locality_base(words)  # "OSP Brzozowa"
            if common and not (is_known_locality(name) and is_town_or_seat(name)):
                continue  # "z Łap", "z Oborników Śląskich": a common noun's form names a town, not a mere village
            if is_known_locality(name) and name not in COUNTRIES and not is_region(name):  # "z całej Polski", "ZPiT Pomorze"
                found = (name, words)
                break
            noun = settlement_noun(words) if width == 2 else None
            if noun is not None and is_known_locality(locality_base(words[noun:noun + 1])):
                found = (name, words)  # "we wsi Kępa Dolna": a village the register lacks, not the village Kępa
                break
            if width == 1 and _geographic(words[0]) and is_locality_group(name):
                found = (name, words)  # "z Lućmierza": the dictionary's place name of Lućmierz-Las and Lućmierz-Ośrodek
                break
        if found is None:
            k += 1
            continue
        name, words = found
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        name, end = abbreviated_adjective(ctx, name, end)  # "z mieszkańcami Nowego Miasta Lub.": the full name
        out.append(PlaceMention(name, "locality", ctx.mention(start, end, EXTRACTOR, 0.7, "register_locality"),
                                other_readings(name, words, named)))
        ends.add(end)
        k += len(words)
    return out


def _town_homonym(toks: list[Token], k: int) -> bool:
    """A capitalised word inside a sentence that the dictionary reads only as a common noun, in a case the
    preposition before it governs ("z Łap", "w Izabelinie"; not "z Rodzinami"): it may be a town of that name.
    Not an institution's or a venue's head word ("w Szkole") and not a first name."""
    t = toks[k]
    if t.is_sent_start or not t.text[:1].isupper() or t.text.isupper() or not t.is_alpha or first_name(t) is not None \
            or noun_lemmas(t) & (ORG_HEADS | VENUE_HEADS):
        return False
    governed = PREP_CASES.get(toks[k - 1].text.lower())
    return governed is None or any(a.pos == "subst" and a.cases & governed for a in t._.morf)


def _geographic(t: Token) -> bool:
    return any("nazwa_geograficzna" in a.names or "człon_nazwy_geograficznej" in a.names for a in t._.morf)


def _name_adjective(t: Token) -> bool:
    """A capitalised adjective that may open a two-word name ("Nowy", "Stara"): the register decides the pair."""
    return t.text[:1].isupper() and t.is_alpha and any(a.pos == "adj" for a in t._.morf)


def _may_be_a_locality(t: Token) -> bool:
    if not t.text[:1].isupper() or not t.is_alpha or first_name(t) is not None or noun_lemmas(t) & ORG_HEADS:
        return False
    readings = t._.morf
    geographic = any("nazwa_geograficzna" in a.names or "człon_nazwy_geograficznej" in a.names for a in readings)
    common = any(not a.names and a.pos not in ("ign",) for a in readings)
    return geographic or not common


def _venue_seat(ctx: Context, tokens: list[Token], hints: list[str]) -> list[PlaceMention]:
    """"Zamek Krzyżacki w Ostródzie": the venue's seat is a locality of its own (Ostróda)."""
    k = next((k for k, t in enumerate(tokens) if k > 0 and t.text.lower() in ("w", "we")), None)
    if k is None or k + 1 >= len(tokens):
        return []
    seat = tokens[k + 1:]
    name = locality_base(seat, hints)
    start, end = seat[0].idx, seat[-1].idx + len(seat[-1].text)
    return [PlaceMention(name, place_kind(name), ctx.mention(start, end, EXTRACTOR, 0.8, "venue_seat"))]


def _geographic_seat(ctx: Context, tokens: list[Token]) -> bool:
    """The seat "w X" of an institution whose first word the dictionary reads as a geographic name and whose
    other words are adjectives in the locative ("w Zalesiu Dolnym"): a locality, whatever the register holds. A second noun
    ("w Dolinie Baryczy") may be a genitive complement, a valley's river: left as it was."""
    toks = ctx.light_tokens
    words = [t for t in tokens if t.is_alpha]
    before = toks[tokens[0].i - 1].text.lower() if tokens[0].i > 0 else ""
    return bool(words) and before in ("w", "we") and _geographic(words[0]) and all(
        t.text[:1].isupper() and any(a.pos == "adj" and "loc" in a.cases for a in t._.morf) for t in words[1:])


def _run_together(ctx: Context, tokens: list[Token], name: str, hints: list[str]) -> list[tuple[list[Token], str]]:
    """A town and a locality of its gmina side by side ("Dąbrowie Górniczej Ząbkowicach"), or two towns of a list
    missing a comma ("z Radomia, Kielc Opola i Lublina"): two places. Empty when the whole is a place of its own."""
    words = [t for t in tokens if t.text != "-"]
    if len(words) < 2 or not register_loaded() or place_kind(name) != "other":
        return []
    listed = _in_a_list(ctx, tokens)
    for k in range(len(tokens) - 1, 0, -1):
        head, tail = tokens[:k], tokens[k:]
        if head[-1].text == "-" or tail[0].text == "-" or not is_known_locality(first := locality_base(head, hints)):
            continue
        second = locality_base(tail, hints)
        if _part_of(second, first) or listed and is_known_locality(second) and _same_case(head[-1], tail[-1]):
            return [(head, first), (tail, second)]
    return []


_LIST_LINKS = frozenset({",", "i", "oraz", "lub", "albo"})


def _in_a_list(ctx: Context, tokens: list[Token]) -> bool:
    """The span stands among coordinated names: a comma before it, or a comma or a conjunction after it."""
    toks = ctx.light_tokens
    before = toks[tokens[0].i - 1].text if tokens[0].i > 0 else ""
    after = toks[tokens[-1].i + 1].text if tokens[-1].i + 1 < len(toks) else ""
    return before == "," or after in _LIST_LINKS


def _same_case(a: Token, b: Token) -> bool:
    """Two geographic nouns that share a case: two names of one list, not a name and its genitive complement."""
    def cases(t: Token) -> frozenset[str]:
        return frozenset(c for r in t._.morf if r.pos == "subst" and "nazwa_geograficzna" in r.names for c in r.cases)

    return bool(cases(a) & cases(b))


def _trim_to_locality(tokens: list[Token], name: str, hints: list[str]) -> tuple[list[Token], str]:
    """"we Wrocławiu Dolnośląskie Forum": a locality and the capitalised words of the next name that do not share
    its case; the locality alone. Unchanged when no known locality starts the span."""
    governed = preposition_cases(tokens[0])
    for k in range(len(tokens) - 1, 0, -1):
        head, rest = tokens[:k], tokens[k]
        if head[-1].text == "-" or rest.text == "-" or not governed:
            continue
        case = governed & frozenset(c for a in head[-1]._.morf if a.pos == "subst" for c in a.cases)
        if not case or any(a.cases & (case | {"gen"}) for a in rest._.morf if a.pos in ("subst", "adj")):
            continue  # "w Nowym Sączu" agrees, "w Dolinie Słońca" takes a genitive: one name
        base = locality_base(head, hints)
        if is_known_locality(base):
            return head, base
    return tokens, name


def _part_of(part: str, town: str) -> bool:
    """The register puts `part` in the gmina or powiat of `town` (Ząbkowice in Dąbrowa Górnicza)."""
    from pipeline.lexicon.teryt import localities

    return any(town in (loc.gmina, loc.powiat) for loc in localities(part))


def extract_places(
    ctx: Context, spans: list[tuple[int, int, str]], taken: list[tuple[int, int]] | None = None
) -> list[PlaceMention]:
    """`spans` are the NER backends' place spans; `taken` every span they found (people, organizations
    and places), which the register scan leaves alone. A place inside a larger span is an institution's seat
    ("dofinansowany przez Starostwo Powiatowe w Sandomierzu"): a place even in funding boilerplate."""
    doc = ctx.doc
    regions = [r for r in region_mentions(ctx) if not in_funding_boilerplate(ctx, r.mention.start)
               and not in_quoted_title(ctx, r.mention.start)]
    acting = {id(r) for r in acting_words(ctx, regions)}  # "przez Gminę X": the body, not the event's place
    for r in regions:
        r.listed = not in_body_name(ctx, r.mention, taken or []) and not after_office(ctx, r.mention.start) \
            and id(r) not in acting and not (scope_of_topic(ctx, r.mention.start) and not inside(r.mention, taken or [])) \
            and not adnominal_genitive(ctx, r.mention.start, r.mention.end)
    found = [(r.mention.start, r.mention.end) for r in regions] + [(s, e) for s, e, _ in spans] + list(taken or [])
    out = list(regions) + quoted_venues(ctx) + [
        p for p in register_localities(ctx, found, {e for _s, e, _r in spans}) if not in_funding_boilerplate(ctx, p.mention.start)
        and not in_quoted_title(ctx, p.mention.start)]
    out += kind_named_venues(ctx, found)
    out += sacred_venues(ctx, found)
    out += site_venues(ctx, found) + building_names(ctx, found)
    out += bare_venue_heads(ctx, found + [(p.mention.start, p.mention.end) for p in out])
    out += [p for p in subject_localities(ctx, found + [(p.mention.start, p.mention.end) for p in out])
            if not in_funding_boilerplate(ctx, p.mention.start) and not in_quoted_title(ctx, p.mention.start)]
    out += foreign_places(ctx, [(r.mention.start, r.mention.end) for r in regions] + [(s, e) for s, e, _ in spans],
                          taken or [])
    span_ends = {e for _s, e, _r in spans}
    grown: list[tuple[int, int]] = []  # names extended over a "nad"/"pod" phrase: its river is no place of its own
    for start, end, rule in spans:
        if any(r.mention.start <= start and end <= r.mention.end for r in regions) or any(
                s < start and end <= e for s, e in grown):
            continue
        chars = doc.char_span(start, end, alignment_mode="expand")
        if chars is None:
            continue
        tokens = [t for t in ctx.light_tokens[chars.start:chars.end] if not t.is_space]  # plain tokens, not spaCy's
        seat = any(s <= start and end <= e and (s, e) != (start, end) for s, e in taken or [])
        route = rule.endswith("route_stop")  # "trasę Dąbrówka – Kamionka": a stop the trip passed (`ner.route_places`)
        club_town = route or rule.endswith(("club_town", "dateline"))  # read as nominatives already
        coordinated = in_place_list(ctx.light_tokens, tokens[0].i, span_ends)
        if in_funding_boilerplate(ctx, start) and not seat or not club_town and _not_a_place_word(ctx, tokens, seat,
                                                                                                  coordinated) \
                or in_battle_name(ctx, start) or adjective_of_next_noun(ctx, tokens) or club_genitive(ctx, tokens) \
                or not rule.endswith("venue_phrase") and in_quoted_title(ctx, start):
            continue  # "książka „Zwyczaje we wsi X”": a place only inside a quoted title is not the event's
        listed = club_town or not in_body_name(ctx, ctx.mention(start, end, EXTRACTOR, 0.0, rule), taken or [])
        if rule.endswith("venue_phrase") and len(tokens) == 1 and not _common_head(tokens[0]) and _geographic(tokens[0]):
            rule = "geographic_name"  # "w Kortowie": a venue head only through a surname's reading, a village
        if rule.endswith("venue_phrase"):
            out.append(PlaceMention(venue_base(tokens, ctx.text), "venue", ctx.mention(start, end, EXTRACTOR, 0.7, "venue")))
            out.extend(_venue_seat(ctx, tokens, [r.name for r in regions]))
            continue
        if register_loaded():
            tokens = town_complement_after(ctx, unknown_adjective_after(ctx, tokens))
            end, found_end = tokens[-1].idx + len(tokens[-1].text), end
            if end > found_end:
                grown.append((start, end))
        tokens = town_after_a_name(tokens)
        start = tokens[0].idx
        name = title_town(ctx, tokens, locality_base(tokens, [r.name for r in regions]))  # "sołtys Wólki"
        nxt = ctx.light_tokens[tokens[-1].i + 1:tokens[-1].i + 2]  # "w Kępie Dolnej", not "w Dolinie Górnej Wisły"
        village = settlement_pair(tokens) and place_kind(name) == "other" and not any(t.capitalised and t.is_alpha for t in nxt)
        if len(tokens) > 1 and place_kind(name) == "other" and not village:
            tokens, name = _trim_to_locality(tokens, name, [r.name for r in regions])
            end = tokens[-1].idx + len(tokens[-1].text)
        parts = [] if village else _run_together(ctx, tokens, name, [r.name for r in regions])
        if parts:  # "w Dąbrowie Górniczej Ząbkowicach": a town and its district written side by side
            for words, part in parts:
                lo, hi = words[0].idx, words[-1].idx + len(words[-1].text)
                out.append(PlaceMention(part, "locality", ctx.mention(lo, hi, EXTRACTOR, 0.8, "split_localities")))
            continue
        name, end = abbreviated_adjective(ctx, nominative_reading(name, tokens) if route else name, end)
        kind = "other" if natural_feature_before(ctx, start) else "locality" if village else place_kind(name)
        if kind != "other" and in_town_name(ctx, start, ("nad",)):
            continue  # "w Kazimierzu Dolnym nad Wisłą": the river that locates a town, though a town has its name too
        if kind == "locality" and not seat and ctx.text[max(0, start - 4):start].lower() == "nad ":
            kind = "other"  # "piknik nad Wisłą": a river or a lake, though a town has its name too
        if kind == "other" and seat and _geographic_seat(ctx, tokens):
            kind = "locality"  # "OSP w Zalesiu Dolnym": an institution's seat is a locality the register may lack
        governed = PREP_CASES.get(governing_word(ctx, start), frozenset())
        if kind == "other" and (common_words(tokens, governed) and not named_town(ctx, tokens, start, governed)
                                or in_town_name(ctx, start)):
            continue  # "z Targami Pracy", a lone "Wzgórze"; "Gródek nad Dunajcem": the river names the town
        if kind == "other" and town_abroad(ctx, tokens, start):
            kind = "locality"  # "z Belgradu", "w Wilnie": a town the Polish register does not hold
        if world_scale(name, kind) and not route and topic_only(ctx, start, name, home=name == "Polska" or kind == "region"):
            continue
        if kind == "locality" and genitive_end(tokens) and after_office(ctx, start) or not seat and scope_of_topic(ctx, start) \
                or kind in ("region", "other") and not seat and adnominal_genitive(ctx, start, end):
            listed = False  # "prezydent Elbląga", "rozwój Gdańska": the town of a title or a topic
        conf = 0.9 if kind in ("locality", "country", "region") else 0.6
        out.append(PlaceMention(name, kind, ctx.mention(start, end, EXTRACTOR, conf, rule.split(":")[-1]),
                                other_readings(name, tokens, route) if kind == "locality" else (), listed))
    out = with_label_venues(ctx, with_title_places(ctx, out, spans, taken or []))  # "…, Nowy Targ", "Miejsce: X"
    for p in out:
        if alone_on_line(ctx, p.mention.start, p.mention.end) or in_signature(ctx, p.mention.start):
            p.listed = False  # a menu item, a tag, a site's header, a signature's seat: only a sentence lists it
    return cohere(written_in_lists(ctx, join_region_pairs(ctx, out)))
