"""Organization names across mentions: names joined by a dash, coordinated adjectives that name two bodies,
quoted spans inside a name, a bare name that refers back to the same name with its seat, and when an acronym
used alone names an organization.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.organizations import OrgMention, initials
from pipeline.lexicon.words import NON_ORG_ACRONYMS, ORG_HEADS, noun_lemmas, role_title
from pipeline.models import Organization
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

_QUOTE_MARKS = frozenset({'"', "„", "”", "“", "«", "»"})


def inside_quotes(toks: list[Token]) -> set[int]:
    """Indices of the tokens inside quotation marks, the marks included."""
    inside: set[int] = set()
    opened: int | None = None
    for k, t in enumerate(toks):
        if t.text in _QUOTE_MARKS:
            if opened is None:
                opened = k
            else:
                inside.update(range(opened, k + 1))
                opened = None
    return inside


_DASH = re.compile(r"\s+[-–—]\s+")


def join_dashed(ctx: Context, mentions: list[OrgMention]) -> list[OrgMention]:
    """"Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego", "NIW – CRSO": two names
    joined by a spaced dash, the second an institution or both acronyms, are one organization's name."""
    out: list[OrgMention] = []
    for m in sorted(mentions, key=lambda x: x.mention.start):
        prev = out[-1] if out else None
        if prev is not None and _DASH.fullmatch(ctx.norm[prev.mention.end:m.mention.start]) \
                and "\n" not in ctx.norm[prev.mention.end:m.mention.start] \
                and ((prev.mention.rule == "acronym") == (m.mention.rule == "acronym")) \
                and (m.head is not None if m.mention.rule != "acronym" else not shouted_line(ctx, m)):
            dash = _DASH.fullmatch(ctx.text[prev.mention.end:m.mention.start]).group(0).strip()  # type: ignore[union-attr]
            both = ctx.mention(prev.mention.start, m.mention.end, "extract.organizations",
                               max(prev.mention.confidence, m.mention.confidence), "dashed_name")
            out[-1] = OrgMention(f"{prev.name} {dash} {m.name}", None, m.head, both)
            continue
        if prev is not None and prev.mention.rule == m.mention.rule == "acronym" \
                and ctx.norm[prev.mention.end:m.mention.start] == "-" and acronym_like(ctx, prev) \
                and acronym_like(ctx, m):
            both = ctx.mention(prev.mention.start, m.mention.end, "extract.organizations", 0.6, "acronym_pair")
            out[-1] = OrgMention(f"{prev.name}-{m.name}", None, None, both)  # "NIW-CRSO": one body's two acronyms
            continue
        if prev is not None and prev.mention.rule == m.mention.rule == "acronym" \
                and ctx.norm[prev.mention.end:m.mention.start] == " " and acronym_like(ctx, prev) \
                and acronym_like(ctx, m):
            both = ctx.mention(prev.mention.start, m.mention.end, "extract.organizations", 0.6, "acronym_pair")
            out[-1] = OrgMention(f"{prev.name} {m.name}", None, None, both)  # "ODN SWP": a unit and its parent
            continue
        out.append(m)
    return out


_AND = frozenset({"i", "oraz"})


def split_coordinated(ctx: Context, m: OrgMention, toks: list[Token]) -> list[OrgMention]:
    """"Powiatowa i Miejska Rada Pożytku" names two bodies sharing their head: "Powiatowa Rada Pożytku" and
    "Miejska Rada Pożytku". Both keep the whole phrase as their evidence."""
    from pipeline.extract.organizations import organization_base

    head = next((k for k, t in enumerate(toks) if t.text[:1].isupper() and noun_lemmas(t) & ORG_HEADS), None)
    if head is None or head < 3:
        return [m]
    conj = next((k for k in range(1, head - 1) if toks[k].text.lower() in _AND), None)
    if conj is None or not all(_is_adj(t) for k, t in enumerate(toks[:head]) if k != conj) \
            or _town_and_commune(toks[:head]):
        return [m]
    rest = toks[head:]
    out = []
    for part in (toks[:conj], toks[conj + 1:head]):
        out.append(OrgMention(organization_base([*part, *rest], ctx.text), m.acronym, m.head, m.mention))
    return out


def _town_and_commune(words: list[Token]) -> bool:
    """'Miejski i Gminny Ośrodek Kultury': the town and its commune make one urban-rural gmina ("Miasto i Gmina X"),
    whose institution is one body, as "Miejsko-Gminny Ośrodek" is."""
    lemmas = [{a.lemma.lower() for a in t._.morf if a.pos == "adj"} for t in words if t.text.lower() not in _AND]
    return len(lemmas) == 2 and all(ls & {"miejski", "gminny"} for ls in lemmas) \
        and set().union(*lemmas) >= {"miejski", "gminny"}


_SEAT_WORDS = frozenset({"w", "we", "z", "ze"})


def shared_seat(ctx: Context, m: OrgMention, toks: list[Token]) -> OrgMention | None:
    """"Publiczne Gimnazjum i Publiczne Przedszkole w Lipowie": a generic name (capitalised adjectives and a head)
    coordinated right before a generic name with a seat shares that seat, unless its tier differs ("Regionalny
    Ośrodek X oraz Powiatowe Centrum Y w Z": a regional body is not seated in a powiat town). The mention is the
    first name's words."""
    from pipeline.extract.organizations import LEVEL_ADJECTIVES, phrase_base

    head = next((k for k, t in enumerate(toks) if t.text[:1].isupper() and noun_lemmas(t) & ORG_HEADS), None)
    seat = next((k for k in range(len(toks) - 2, 0, -1) if toks[k].text.lower() in _SEAT_WORDS), None)
    if head is None or seat is None or seat <= head or not _generic(toks[:seat], head):
        return None
    light = ctx.light_tokens
    conj = toks[0].i - 1  # type: ignore[attr-defined]
    if conj < 2 or light[conj].text not in _AND or "\n" in light[conj - 1].whitespace_:
        return None
    k = conj - 1
    while k >= 0 and light[k].text[:1].isupper() and (_is_adj(light[k]) or _common_noun(light[k])) \
            and not light[k].is_sent_start:
        k -= 1
    first = light[k + 1:conj]
    heads = [n for n, t in enumerate(first) if noun_lemmas(t) & ORG_HEADS]
    if len(heads) != 1 or k >= 0 and light[k].text[:1].isupper() or not _generic(first, heads[0]) \
            or names_its_place([t.text for t in first]):
        return None
    if not _local_kind(first, heads[0], LEVEL_ADJECTIVES):
        return None  # "Departament Rybołówstwa oraz Powiatowe Centrum X w Y": a central body has no local seat
    heads = [first[heads[0]]]
    tiers = {a.lemma for t in first for a in t._.morf if a.pos == "adj"} & LEVEL_ADJECTIVES
    own = {a.lemma for t in toks[:seat] for a in t._.morf if a.pos == "adj"} & LEVEL_ADJECTIVES
    if tiers - own:
        return None
    seat_text = ctx.text[toks[seat].idx:toks[-1].idx + len(toks[-1].text)]
    name = f"{phrase_base(first, ORG_HEADS, ctx.text)[0]} {seat_text}"
    s, e = first[0].idx, first[-1].idx + len(first[-1].text)
    return OrgMention(name, None, heads[0].text.lower(), ctx.mention(s, e, "extract.organizations", 0.6, "shared_seat"))


#: Units whose name follows them in a body's name: "Rada Miasta Piły", "Urząd Gminy Lipno".
_UNIT_WORDS = frozenset({"miasto", "gmina", "powiat", "województwo"})
#: Tiers of the whole country: a body of that tier is no town's.
_NATIONAL_TIERS = frozenset({"krajowy", "centralny", "główny", "naczelny", "generalny"})


def _local_kind(words: list[Token], head: int, levels: frozenset[str]) -> bool:
    """A name every town may have, which a seat written after the next name completes: a local tier ("Gminny",
    "Powiatowy") or unit ("Urząd Gminy"), or adjectives and a head only ("Szkoła Podstawowa", "Publiczne
    Gimnazjum"); not a name made by its own complement or three words of its own ("Departament Rybołówstwa",
    "Urząd Zamówień Publicznych", "Wojskowy Instytut Medyczny": one body in the country)."""
    lemmas = {a.lemma.lower() for t in words for a in t._.morf}
    if lemmas & (_UNIT_WORDS | (levels - _NATIONAL_TIERS)):
        return True
    return len(words) < 3 and all(k == head or _is_adj(t) for k, t in enumerate(words))


def names_its_place(words: list[str]) -> bool:
    """'Filharmonia Częstochowska', 'Krakowskie Stowarzyszenie Mówców', 'Rada Miasta Piły': a name that already
    says where the body is (an adjective of a place, not of a tier, or a town named after its unit word) takes no
    seat written after another name."""
    from pipeline.extract.organizations import LEVEL_ADJECTIVES
    from pipeline.ner.org_rules import VILLAGE_KIND_ADJECTIVES

    own = LEVEL_ADJECTIVES | VILLAGE_KIND_ADJECTIVES
    readings = [analyse(w) for w in words]
    for k, rs in enumerate(readings):
        if not words[k][:1].isupper() or any(a.lemma.lower() in ORG_HEADS for a in rs if a.pos == "subst"):
            continue
        if any(a.pos == "adj" and a.lemma.endswith(("ski", "cki", "dzki")) and a.lemma not in own for a in rs):
            return True
        if k and any("nazwa_geograficzna" in a.names for a in rs) \
                and any(a.lemma.lower() in _UNIT_WORDS for a in readings[k - 1] if a.pos == "subst"):
            return True
    return False


def _common_noun(t: Token) -> bool:
    return any(a.pos == "subst" and not a.names for a in t._.morf)


def _complement(t: Token) -> bool:
    """A word of a genitive or dative complement ("Gminy", "Pomocy Rodzinie", "Społecznej"); a nominative after the
    head is an apposition, a name of its own ("Fundacja Zielony Gaj", "Urząd Gminy Kamienica Polska")."""
    return t.text[:1].isupper() and any(a.pos in ("subst", "adj") and a.cases & {"gen", "dat"} and not a.names
                                        for a in t._.morf)


def _generic(words: list[Token], head: int) -> bool:
    """A generic name: adjectives, its singular head, then a complement of common words ("Urząd Gminy", "Powiatowe
    Centrum Pomocy Rodzinie"); no proper part that would make the name whole without a seat, and no plural name of a
    body of many units ("Ochotnicze Hufce Pracy")."""
    if not any(a.pos == "subst" and a.number == "sg" for a in words[head]._.morf if a.lemma.lower() in ORG_HEADS):
        return False
    nouns = [a for a in words[head]._.morf if a.pos == "subst" and a.lemma.lower() in ORG_HEADS]

    def agrees(t: Token) -> bool:  # "Szkołę Podstawową": an adjective after its head, in its case, number and gender
        return any(a.pos == "adj" and a.cases & n.cases and a.number == n.number and a.genders & n.genders
                   for a in t._.morf for n in nouns)

    return all(_is_adj(t) if k < head else k == head or _complement(t) or k == head + 1 and agrees(t)
               for k, t in enumerate(words))


def _is_adj(t: Token) -> bool:
    return t.text[:1].isupper() and any(a.pos in ("adj", "ppas", "pact") for a in t._.morf)


_SEAT = re.compile(r"\s+(?:w|we|z|ze)\s+\S")
#: "Katedra X PWSZ w Koninie" after "Katedra X": the parent's acronym and the seat follow the bare name.
_PARENT_SEAT = re.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ]{2,8}\s+(?:w|we|z|ze)\s+\S")


def fold_seatless(entities: dict[str, Organization]) -> dict[int, Organization]:
    """"Starostwo Powiatowe" after "Starostwo Powiatowe w Gnieźnie": the bare name refers back to the one
    with its seat when exactly one such name is in the report. Returns id(folded) -> the seated one."""
    folded: dict[int, Organization] = {}
    for key in list(entities):
        seated = [o for k, o in entities.items() if k.startswith(key) and (
            _SEAT.match(k[len(key):]) or _PARENT_SEAT.match(o.name[len(key):]))]
        if len(seated) == 1:
            org = entities.pop(key)
            seated[0].mentions.extend(org.mentions)
            seated[0].acronym = seated[0].acronym or org.acronym
            folded[id(org)] = seated[0]
    return folded


_ACRONYM_SEAT = re.compile(r"(?:-\w{1,3})?\s+(?:w|we|z|ze)\b")


def written_seat(ctx: Context, m: OrgMention) -> str | None:
    """'pracownicy GOPS w Kętach', 'RCKiK z Katowic': an acronym the text never spells out keeps the seat written
    after it (an acronym is no proper part, docs/annotation.md 266, 787); the name with its seat, or None. The
    seat is a capitalised locality in the case its preposition governs."""
    from pipeline.extract.org_seats import SEATS, listed_seats

    found = _ACRONYM_SEAT.match(ctx.norm, m.mention.end)
    if found is None:
        return None
    span = ctx.doc.char_span(found.end() - 1, found.end(), alignment_mode="expand")
    if span is None:
        return None
    prep = ctx.light_tokens[span.start].text.lower()
    seats = listed_seats(ctx, ctx.light_tokens, span.start, SEATS[prep], m.name, frozenset(), (prep,))
    return seats[0][0] if seats else None


def acronym_seats(ctx: Context, acronyms: list[OrgMention], mentions: list[OrgMention]) -> dict[str, str]:
    """'O pracy CIS … kierownik CIS w Grudziądzu': an acronym written once with its seat names the same body where
    it stands bare, so the body takes the seated form (the fullest form the text gives); several seats, none."""
    found: dict[str, set[str]] = {}
    for m in acronyms:
        seat = written_seat(ctx, m)
        if seat is not None and not any(o.mention.rule != "acronym" and o.mention.start <= m.mention.start
                                        < o.mention.end for o in mentions):
            found.setdefault(m.name, set()).add(seat)
    return {name: next(iter(seated)) for name, seated in found.items() if len(seated) == 1}


#: An acronym used alone names an organization when it is this short (longer capitals are shouted words).
MAX_ACRONYM_LETTERS = 6


def standalone_acronym(ctx: Context, m: OrgMention) -> bool:
    """'zorganizowane przez PUP': an acronym the text never spells out is an organization unless it names a
    fund or a kind (`NON_ORG_ACRONYMS`), is a word in capitals ('SZKOLENIE', a heading in a shouted run,
    a shouted name beside it), or lies in the page's furniture."""
    return acronym_like(ctx, m) and not _SHOUTED_NEIGHBOUR_LEFT.search(ctx.norm, 0, m.mention.start) \
        and not _SHOUTED_NEIGHBOUR_RIGHT.match(ctx.norm, m.mention.end)


def acronym_like(ctx: Context, m: OrgMention) -> bool:
    name = m.name.removesuffix(" RP")  # "ZOSP RP": the state's genitive after a national body's acronym
    if name in NON_ORG_ACRONYMS or len(name) > MAX_ACRONYM_LETTERS or ctx.furniture_at(m.mention.start):
        return False
    if ctx.norm[max(0, m.mention.start - 1):m.mention.start] == "#":
        return False  # "#OWES #ekonomiaspołeczna": a post's tag, like a category tag in the furniture
    if len(name) >= 4 and any(a.pos not in ("ign", "brev") and not a.names for a in analyse(name.lower())) \
            and not (len(name) <= 5 and _institutional_context(ctx, m)):
        return False  # a dictionary word in capitals ("SZKOLENIE"; three letters are too often both: "PUP")
    return not shouted_line(ctx, m)


#: Nouns after which a word in capitals names a body: "pracownicy MOPS", "przedstawiciele KRUS", "klienci MOPS"
_MEMBER_NOUNS = frozenset({"pracownik", "pracownica", "przedstawiciel", "przedstawicielka", "siedziba", "kadra",
                           "podopieczny", "klient", "członek", "delegacja", "zespół"})
_SEAT_AFTER = re.compile(r"\s+(?:w|we|z|ze)\s+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]")
_ACRONYM_LISTED_AFTER = re.compile(r"\s*(?:,|\bi\b|\boraz\b)\s*[A-ZĄĆĘŁŃÓŚŹŻ]{2,}(?:[a-z]{1,2}[A-ZĄĆĘŁŃÓŚŹŻ]+)*\b")
_ACRONYM_LISTED_BEFORE = re.compile(r"\b[A-ZĄĆĘŁŃÓŚŹŻ]{2,}(?:[a-z]{1,2}[A-ZĄĆĘŁŃÓŚŹŻ]+)*\s*(?:,|\bi\b|\boraz\b)\s*$")


def _institutional_context(ctx: Context, m: OrgMention) -> bool:
    """A short word in capitals that is also a dictionary word ("MOPS", a pug) names a body where the sentence
    treats it as one: a seat after it ("MOPS w Lipnie"), a member or a title before it ("pracownicy MOPS",
    "dyrektor MOPS"), another acronym listed beside it ("MOPS, GOPS i PCPR")."""
    start, end = m.mention.start, m.mention.end
    if _SEAT_AFTER.match(ctx.norm, end) or _ACRONYM_LISTED_AFTER.match(ctx.norm, end) \
            or _ACRONYM_LISTED_BEFORE.search(ctx.norm[max(0, start - 16):start]):
        return True
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = ctx.doc[span.start - 1]
    return bool(noun_lemmas(prev) & _MEMBER_NOUNS) or role_title(prev.text, prev._.morf) is not None


#: A word in capitals right beside the acronym: a shouted name ("ORGANIC RESTO", "KING KONG"), not an acronym.
_SHOUTED_NEIGHBOUR_LEFT = re.compile(r"\b[A-ZĄĆĘŁŃÓŚŹŻ]{4,}\s+$")
_SHOUTED_NEIGHBOUR_RIGHT = re.compile(r"\s+&?\s*[A-ZĄĆĘŁŃÓŚŹŻ]{4,}\b")


#: A label in ordinary case opening a line ("Partnerzy:", "Patronat medialny:"): what follows is the label's value.
_LABEL_OPENING = re.compile(r"\s*[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:\s+[a-ząćęłńóśźż]+){0,3}\s*:")


def shouted_line(ctx: Context, m: OrgMention) -> bool:
    """The mention's line is mostly words in capitals (a heading), or lies in the page's furniture. A label's value
    made of short words in capitals ("Partnerzy: GOPS, MOPS i PUP") lists acronyms: the label is no shouting."""
    line_start = ctx.norm.rfind("\n", 0, m.mention.start) + 1
    line_end = ctx.norm.find("\n", m.mention.end)
    line = ctx.norm[line_start:len(ctx.norm) if line_end < 0 else line_end]
    words = [w for w in re.findall(r"[^\W\d_]{2,}", line)]
    label = _LABEL_OPENING.match(line)
    if label and all(len(w) <= MAX_ACRONYM_LETTERS for w in re.findall(r"[^\W\d_]{2,}", line[label.end():])
                     if w.isupper()):
        return bool(ctx.furniture_at(m.mention.start))
    return ctx.furniture_at(m.mention.start) or len(words) >= 2 and sum(w.isupper() for w in words) > len(words) / 2


#: Ordinal adjectives by lemma: "Trzeciego Wieku" and "III Wieku" are one name.
_ORDINALS = {"pierwszy": 1, "drugi": 2, "trzeci": 3, "czwarty": 4, "piąty": 5, "szósty": 6, "siódmy": 7,
             "ósmy": 8, "dziewiąty": 9, "dziesiąty": 10}
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman_value(word: str) -> int | None:
    if not word or len(word) > 6 or any(c not in _ROMAN_VALUES for c in word):
        return None
    total = 0
    for a, b in zip(word, word[1:] + " ", strict=True):
        v = _ROMAN_VALUES[a]
        total += -v if b in _ROMAN_VALUES and _ROMAN_VALUES[b] > v else v
    return total


def name_key(name: str) -> str:
    """Lower-cased name with its ordinal spelled as a number, so that "Uniwersytet III Wieku" and "Uniwersytet
    Trzeciego Wieku" are one key."""
    words = name.split()
    out = []
    for k, w in enumerate(words):
        value = _roman_value(w) if k else None
        if value is None and k and w[:1].isupper():
            value = next((_ORDINALS[a.lemma] for a in analyse(w.lower()) if a.pos == "adj" and a.lemma in _ORDINALS),
                         None)
        out.append(str(value) if value is not None else w.lower())
    return " ".join(out)


def fold_shortened(entities: dict[str, Organization]) -> tuple[dict[int, Organization], dict[str, Organization]]:
    """"Uniwersytet Trzeciego Wieku" beside "Uniwersytet Trzeciego Wieku Politechniki Koszalińskiej": a name of two
    words or more that is exactly one longer name without its trailing genitive complement is that body named
    short. A unit of its own after it, in the nominative ("… Oddział w Bydgoszczy"), keeps them apart.
    Returns id(folded) -> the longer one, and the folded names' acronyms -> the longer one."""
    folded: dict[int, Organization] = {}
    aliases: dict[str, Organization] = {}
    for key in list(entities):
        org = entities.get(key)
        if org is None or len(key.split()) < 2:
            continue
        longer = [o for k, o in entities.items() if o is not org and _extends(key, k, o.name)]
        if len(longer) == 1:
            target = longer[0]
            entities.pop(key)
            target.mentions.extend(org.mentions)
            for acronym in (org.acronym, initials(org.name)):  # "UTW" still names the longer one
                if acronym and acronym != target.acronym:
                    aliases.setdefault(acronym, target)
            target.acronym = target.acronym or org.acronym
            folded[id(org)] = target
    return folded, aliases


def _extends(short: str, long: str, long_name: str) -> bool:
    """`long` is `short` with a capitalised genitive complement after it."""
    if not long.startswith(short + " "):
        return False
    nxt = long_name.split()[len(short.split())]
    return nxt[:1].isupper() and any("gen" in a.cases for a in analyse(nxt.lower()) if a.pos in ("subst", "adj"))
