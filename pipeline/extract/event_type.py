"""Event type from lemmas: every inflected form of a trigger word counts.

Each type has trigger lemmas (and, for study visits, a noun + adjective pair).
Title and first sentence weigh more than the body; the first strong trigger wins ties.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.extract.event_ceremonies import year_ceremony
from pipeline.extract.event_matches import MATCH_TRIGGERS, match_sense
from pipeline.extract.event_type_evidence import (
    AWARD_CUES_FOR_COMPETITION,
    HOST_VERBS,
    PROGRAMME_TYPES,
    awards_count,
    classes_noun,
    frames_another,
    hosts_person,
    judged_page,
    plural_contest,
    programme_whole,
    side_mention,
    visits_sites,
)
from pipeline.models import Mention
from pipeline.text.analysis import Analysis
from pipeline.text.context import Context
from pipeline.text.features import TokenFeatures

EXTRACTOR = "extract.event_type"

#: type -> lemmas that name it on their own
TRIGGER_LEMMAS: dict[str, frozenset[str]] = {
    "szkolenie": frozenset({"szkolenie", "kurs", "szkoleniowy", "webinar", "webinarium"}),
    "warsztaty": frozenset({"warsztat", "warsztaty", "warsztatowy"}),
    # not "konferencyjny": "w sali konferencyjnej" names the room, not the event
    "konferencja": frozenset({"konferencja", "kongres", "sympozjum"}),
    # a "zjazd" is a gathering of a body's members (KGW, advisers, delegates): the cards type it as a meeting
    "spotkanie": frozenset({"spotkanie", "zebranie", "posiedzenie", "narada", "debata", "biesiada", "zjazd", "panel"}),
    "seminarium": frozenset({"seminarium", "seminaryjny"}),
    "forum": frozenset({"forum"}),
    "targi": frozenset({"targi", "targ", "kiermasz", "giełda"}),
    "festyn": frozenset({"festyn", "piknik", "festiwal", "jarmark", "dożynki", "potańcówka", "majówka", "pieczonka",
                         "ognisko"}),
    # a match between teams is a competition (docs/annotation.md: sports tournaments are `konkurs`)
    "konkurs": frozenset({"konkurs", "turniej", "olimpiada", "plebiscyt", "zawody", "mistrzostwa", "mecz", "sparing"}),
    # named kinds outside the vocabulary: the type is "inne", and it is known rather than missing
    "inne": frozenset({"rajd", "wycieczka", "wigilia", "turnus", "obóz", "zimowisko", "kolonia", "gala",
                       "jubileusz", "uroczystość", "wieczerza", "spływ", "marsz", "bal", "koncert", "wystawa",
                       "zbiórka", "akcja", "kolędowanie", "spacer", "półkolonie", "pielgrzymka", "wieczornica",
                       # a parish's patronal feast is a church celebration; a show of models or equipment
                       "odpust", "pokaz"}),
}
#: Triggers that type the event only from the title or the first sentence ("zorganizowała pokaz modeli"): further
#: down they are items of another event's programme ("pokaz ratownictwa, pokaz tańca" at a festyn).
LEAD_ONLY_TRIGGERS = frozenset({"pokaz", "panel"})  # a panel further down is a conference's or a forum's session
#: Names of a showcase that is a competition only where a jury judges it ("Przegląd Zespołów …, jury przyznało"):
#: alone, "przegląd" is as often an inspection or a review of documents.
JUDGED_ONLY_TRIGGERS = frozenset({"przegląd"})
STUDY_NOUNS = frozenset({"wizyta", "wyjazd", "podróż", "wycieczka", "objazd"})
STUDY_ADJECTIVES = frozenset({"studyjny", "dydaktyczny", "edukacyjny"})
#: Two-word names of a type, (first lemma, second lemma) -> type; they beat a single trigger nearby.
PAIR_TRIGGERS: dict[tuple[str, str], str] = {
    **{(noun, adj): "wizyta_studyjna" for noun in STUDY_NOUNS for adj in STUDY_ADJECTIVES},
    ("dzień", "dziecko"): "festyn",
    # "święto plonów" is the harvest festival, dożynki by another name (its korowód, its marsz are its parts)
    ("święto", "plon"): "festyn",
    ("dzień", "otwarty"): "inne",
    # a council's sitting is a (working) meeting; "sesja" alone may be a conference's session
    ("sesja", "rada"): "spotkanie",
    ("sesja", "sejmik"): "spotkanie",
    # a seniors' day of a gmina or club: the cards type it as a meeting (a celebration with a programme)
    ("dzień", "senior"): "spotkanie",
    # a body's general assembly is its members' working meeting ("Walne Zgromadzenie", "Zgromadzenie Ogólne");
    # "zgromadzenie" alone is as often a religious congregation's name
    ("walny", "zgromadzenie"): "spotkanie",
    ("zgromadzenie", "ogólny"): "spotkanie",
}
_PAIR_FIRST = frozenset(first for first, _ in PAIR_TRIGGERS)
_PAIR_SECOND = frozenset(second for _, second in PAIR_TRIGGERS)
_SINGLE_TRIGGERS = frozenset().union(*TRIGGER_LEMMAS.values())
_PROGRAMME_WHOLES = frozenset().union(*(TRIGGER_LEMMAS[t] for t in PROGRAMME_TYPES))

WEIGHT_TITLE = 3.0
WEIGHT_FIRST_SENTENCE = 2.0
WEIGHT_BODY = 1.0
CONFIDENCE_CAP = 0.95


#: Every lemma that can matter to `classify`: a token whose lemmas miss it is skipped at once.
_ANY_TRIGGER = frozenset().union(*TRIGGER_LEMMAS.values(), _PAIR_FIRST, _PAIR_SECOND, JUDGED_ONLY_TRIGGERS)

#: id(readings) -> (readings, their lower-cased lemmas that are in `_ANY_TRIGGER`); the readings tuple is kept
#: in the entry, so its id cannot be reused while the entry lives; cleared when large.
_TRIGGERS_OF: dict[int, tuple[tuple[Analysis, ...], frozenset[str]]] = {}


def _reading_triggers(morf: tuple[Analysis, ...]) -> frozenset[str]:
    entry = _TRIGGERS_OF.get(id(morf))
    if entry is not None and entry[0] is morf:
        return entry[1]
    found = frozenset(a.lemma.lower() for a in morf) & _ANY_TRIGGER
    if len(_TRIGGERS_OF) > 50_000:
        _TRIGGERS_OF.clear()
    _TRIGGERS_OF[id(morf)] = (morf, found)
    return found


_NONE: frozenset[str] = frozenset()


def _triggers(f: TokenFeatures, i: int) -> frozenset[str]:
    """The token's lemmas (of all readings, its chosen lemma and its text, lower-cased) that are trigger
    words of some type: `lemmas & triggers` for any of the trigger sets equals `_triggers(...) & triggers`."""
    found = _reading_triggers(f.morfs[i])
    lemma = f.lemma[i].lower()
    lower = f.texts[i].lower()
    if lemma in _ANY_TRIGGER or lower in _ANY_TRIGGER:
        found = found | {w for w in (lemma, lower) if w in _ANY_TRIGGER}
    return found


def _all_triggers(f: TokenFeatures) -> list[frozenset[str]]:
    """`_triggers` of every token (the empty set for a token that is not all letters), in one loop: the two
    calls per token cost more than the look-ups."""
    out: list[frozenset[str]] = []
    known = _TRIGGERS_OF
    for text, lemma, morf in zip(f.texts, f.lemma, f.morfs, strict=True):
        if not text.isalpha():
            out.append(_NONE)
            continue
        entry = known.get(id(morf))
        found = entry[1] if entry is not None and entry[0] is morf else _reading_triggers(morf)
        lemma = lemma.lower()
        lower = text.lower()
        if lemma in _ANY_TRIGGER or lower in _ANY_TRIGGER:
            found = found | {w for w in (lemma, lower) if w in _ANY_TRIGGER}
        out.append(found)
    return out


#: Lemmas that mark the event a trigger names as the one reported: "odbyło się spotkanie", "wzięli udział w
#: szkoleniu", "podczas warsztatów", "zorganizowała konferencję".
EVENT_CUE_BEFORE = frozenset({"odbyć", "zorganizować", "organizować", "przeprowadzić", "udział", "uczestniczyć",
                              "podczas", "trakcie", "zakończyć", "rozpocząć", "otworzyć", "zainaugurować",
                              "zorganizowanie", "uczestnik", "uczestniczka"})
EVENT_CUE_AFTER = frozenset({"odbyć", "zgromadzić", "rozpocząć", "zakończyć", "mieć", "trwać", "odbywać"})
#: Lemmas after which a trigger names an occasion, not the event: "spotkanie z okazji jubileuszu", "w ramach
#: obchodów Dnia Seniora odbył się piknik".
OCCASION_LEMMAS = frozenset({"okazja", "obchody", "obchód"})
#: "w ramach Dnia Dziecka odbyły się warsztaty": a named day after "w ramach" frames the event (an event noun after
#: it is the event itself: "w ramach warsztatów uczestnicy przygotowali biznesplany").
FRAME_LEMMAS = frozenset({"ramy", "rama"})
CUE_WINDOW = 3
WEIGHT_EVENT_CUE = 1.0
#: Extra weight of a cued trigger in the first sentence: "odbyło się kolejne szkolenie" says what the event was,
#: over a title that names it with the generic "Spotkanie …".
WEIGHT_FIRST_SENTENCE_CUE = 1.5
TITLE_MAX_TOKENS = 25


def _pair(trig: list[frozenset[str]], i: int) -> str | None:
    """The type a two-word name starting at token i gives ("wizyta studyjna", "Dzień Dziecka");
    `trig` holds each token's trigger lemmas."""
    lemmas = trig[i]
    if not lemmas & _PAIR_FIRST or i + 1 >= len(trig):
        return None
    following = trig[i + 1]
    for first in sorted(lemmas & _PAIR_FIRST):
        for second in sorted(following & _PAIR_SECOND):
            if (first, second) in PAIR_TRIGGERS:
                return PAIR_TRIGGERS[(first, second)]
    return None


def _body_sentences(ctx: Context, f: TokenFeatures) -> list[tuple[int, int]]:
    """Sentences outside page furniture (menus, crawl headers, bylines...): a menu item "Szkolenia" or
    "Konkursy" names a section of the site, not the event."""
    layout = ctx.layout
    if not layout.lines:
        return list(f.sentences)
    out = []
    for s, e in f.sentences:
        first = next((k for k in range(s, e) if not f.is_space[k]), None)
        if first is not None and layout.kind_at(f.starts[first]) is None:
            out.append((s, e))
    return out


def _has_cue(f: TokenFeatures, i: int, lo: int, hi: int) -> bool:
    """An event verb or preposition next to the trigger, in its sentence."""
    before = (f.lemma[k].lower() for k in range(max(lo, i - CUE_WINDOW), i))
    if any(lemma in EVENT_CUE_BEFORE for lemma in before):
        return True
    after = (f.lemma[k].lower() for k in range(i + 1, min(hi, i + 1 + CUE_WINDOW + 1)))
    return any(lemma in EVENT_CUE_AFTER for lemma in after)


def _occasion(f: TokenFeatures, i: int, lo: int, day: bool = False) -> bool:
    """The trigger is the genitive after an occasion or a frame: "z okazji jubileuszu", "w ramach obchodów Dnia
    Seniora" (not "z tej okazji konferencję")."""
    occasions = OCCASION_LEMMAS | FRAME_LEMMAS if day else OCCASION_LEMMAS
    return "gen" in f.cases[i] and any(f.lemma[k].lower() in occasions for k in range(max(lo, i - 2), i))


def _owner(f: TokenFeatures, trig: list[frozenset[str]], i: int, lo: int) -> bool:
    """The trigger is the genitive right after another event noun: in "Spotkanie Forum Pomocy Społecznej" the
    forum is the body whose meeting it is, not a second event."""
    k = i - 1
    while k >= lo and f.is_space[k]:
        k -= 1
    return k >= lo and bool(trig[k] & _SINGLE_TRIGGERS) and "gen" in f.cases[i]


#: Head nouns of a visit that, without "studyjny", still name a study visit when the visitors go round sites
#: ("wycieczka" and "podróż" are trips of their own kind).
BARE_VISIT_NOUNS = frozenset({"wizyta", "wyjazd", "objazd"})


#: A visit named up front that is no study visit and goes round no sites: a delegation's visit, "inne"
#: (docs/annotation.md, settled questions: delegation visits between partner units).
DELEGATION_VISIT_NOUN = "wizyta"


def _delegation_visit(found: TypeScores, trig: list[frozenset[str]], f: TokenFeatures,
                      lead: list[tuple[int, int]], title: tuple[int, int] | None) -> None:
    """"Wizyta delegacji z Litwy" in the title or first sentence: the event is the visit itself. Only there: a
    "wizyta w pizzerii" further down is one stop of another event."""
    for lo, hi in lead:
        weight = WEIGHT_TITLE if (lo, hi) == title else WEIGHT_FIRST_SENTENCE
        for i in range(lo, min(hi, len(trig))):
            if DELEGATION_VISIT_NOUN in trig[i] and _pair(trig, i) is None:
                found.scores["inne"] = found.scores.get("inne", 0.0) + weight
                found.first_hit.setdefault("inne", (i, f.starts[i], f.starts[i] + len(f.texts[i])))
                found.zones.setdefault("inne", set()).add("title" if (lo, hi) == title else "first")
                found.lemmas.setdefault("inne", set()).add(DELEGATION_VISIT_NOUN)


@dataclass
class TypeScores:
    """What the type rules found: each type's weighted score and first trigger, where its triggers stood
    (`title`, `first`, `body`, `cued`), which trigger lemmas named it, and page-wide cues (`awards`,
    `judged`, `visits_sites`, `hosts_person`, `classes`). The rules decide from it (`choose_type`); a
    learned decision reads the same evidence (`pipeline.learned.event_types`)."""

    scores: dict[str, float] = field(default_factory=dict)
    first_hit: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    zones: dict[str, set[str]] = field(default_factory=dict)
    lemmas: dict[str, set[str]] = field(default_factory=dict)
    cues: set[str] = field(default_factory=set)


def classify(ctx: Context) -> tuple[str, Mention | None]:
    """The rules' event type and the trigger that names it (None for a report that names no kind)."""
    return choose_type(ctx, type_scores(ctx))


def type_scores(ctx: Context) -> TypeScores:
    f = ctx.features
    texts, starts = f.texts, f.starts
    n = len(texts)
    body = _body_sentences(ctx, f)
    title = body[0] if body and body[0][1] - body[0][0] <= TITLE_MAX_TOKENS else None
    first_content = next(
        ((s, e) for s, e in body if (s, e) != title and sum(texts[k].isalpha() for k in range(s, e)) >= 3), None
    )
    trig = _all_triggers(f)
    classes: dict[int, float] = {}
    lemma = f.lemma
    hosts = {i for lo, hi in body for i in range(lo, min(hi, n)) if lemma[i] in HOST_VERBS and hosts_person(f, i, hi)}
    found = TypeScores()
    scores, first_hit = found.scores, found.first_hit
    judged = judged_page(f)
    matches_seen: set[int] = set()  # sentences whose match noun has counted
    contests: list[tuple[int, float, str]] = []  # plural contests (`plural_contest`)
    for lo, hi in body:
        if (lo, hi) == title:
            weight_here, zone = WEIGHT_TITLE, "title"
        elif (lo, hi) == first_content:
            weight_here, zone = WEIGHT_FIRST_SENTENCE, "first"
        else:
            weight_here, zone = WEIGHT_BODY, "body"
        for i in range(lo, min(hi, n)):
            lemmas = trig[i]
            kind = year_ceremony(f, i, hi) if not lemmas and f.texts[i][:1].isalpha() else None
            if kind is not None and not _occasion(f, i, lo, True):
                # "Inauguracja roku akademickiego": a ceremony, weighed as a two-word name
                _add(found, "inne", (i, starts[i], f.ends[kind]), zone, f.lemmas_lower[i],
                     (weight_here + (WEIGHT_EVENT_CUE if _has_cue(f, i, lo, hi) else 0.0)) * 1.5)
                continue
            if not lemmas:
                if i in hosts:
                    scores["spotkanie"] = scores.get("spotkanie", 0.0) + weight_here
                    first_hit.setdefault("spotkanie", (i, starts[i], starts[i] + len(texts[i])))
                    found.cues.add("hosts_person")
                elif classes_noun(f, i):
                    classes.setdefault(i, weight_here)
                continue
            hit: tuple[str, int, int] | None = None
            pair = _pair(trig, i)
            if pair is not None:
                hit = (pair, starts[i], starts[i + 1] + len(texts[i + 1]))
            elif lemmas & _PAIR_SECOND and i > lo and _pair(trig, i - 1) is not None:
                continue  # counted with the first word of its pair
            if hit is None:
                for etype, triggers in TRIGGER_LEMMAS.items():
                    if lemmas & triggers:
                        hit = (etype, starts[i], starts[i] + len(texts[i]))
                        break
            if hit is None and judged and lemmas & JUDGED_ONLY_TRIGGERS:
                hit = ("konkurs", starts[i], starts[i] + len(texts[i]))
            if hit is None or zone == "body" and lemmas <= LEAD_ONLY_TRIGGERS \
                    or _occasion(f, i, lo, pair is not None and "dzień" in lemmas) \
                    or (pair is None and _owner(f, trig, i, lo)):
                continue
            if side_mention(f, i, lo) or frames_another(f, trig, i, lo, hi):
                continue  # "odbyły się także warsztaty", "punktem programu były targi", "podczas dożynek"
            if lemmas <= MATCH_TRIGGERS:
                if lo in matches_seen:
                    continue  # "mecz piłki nożnej, mecz siatkówki i mecz koszykówki": one line of a programme
                matches_seen.add(lo)
            etype, start, end = hit
            whole = programme_whole(f, trig, i, hi, _PROGRAMME_WHOLES) if pair is None else None
            if whole is not None:  # "koncert finałowy Festiwalu": a part of the festival's programme
                etype = next(t for t in PROGRAMME_TYPES if whole & TRIGGER_LEMMAS[t])
            if etype == "spotkanie" and pair is None and match_sense(f, lo, hi):
                etype = "konkurs"  # "Spotkanie zakończyło się wynikiem 2:1": a match between teams
            if etype == "konkurs" and pair is None and plural_contest(f, i):  # a programme's items, or the event
                contests.append((i, weight_here + (WEIGHT_EVENT_CUE if _has_cue(f, i, lo, hi) else 0.0), zone))
                continue
            weight = weight_here
            zones = found.zones.setdefault(etype, set())
            zones.add(zone)
            found.lemmas.setdefault(etype, set()).update(lemmas)
            if _has_cue(f, i, lo, hi):
                weight += WEIGHT_EVENT_CUE + (WEIGHT_FIRST_SENTENCE_CUE if (lo, hi) == first_content else 0.0)
                zones.add("cued")
            if pair is not None:
                weight *= 1.5  # a specific two-word term beats a generic noun nearby
            scores[etype] = scores.get(etype, 0.0) + weight
            first_hit.setdefault(etype, (i, start, end))
    for i, weight, zone in contests if not scores.keys() & PROGRAMME_TYPES else ():
        _add(found, "konkurs", (i, starts[i], starts[i] + len(texts[i])), zone, trig[i], weight)
    if "wizyta_studyjna" in scores:
        # "Drugi dzień naszej wizyty": once the visit is named as study visit, its bare head noun refers back to it
        scores["wizyta_studyjna"] += sum(WEIGHT_BODY for lo, hi in body for i in range(lo, min(hi, n))
                                         if trig[i] & STUDY_NOUNS and _pair(trig, i) is None)
    if visits_sites(f, body):
        found.cues.add("visits_sites")
    if "wizyta_studyjna" not in scores and "visits_sites" in found.cues:
        # "Delegacja zakończyła wizytę …, odwiedzając zakłady i firmy": a visit to see how others work
        for lo, hi in body:
            for i in range(lo, min(hi, n)):
                if trig[i] & BARE_VISIT_NOUNS and _pair(trig, i) is None:
                    scores["wizyta_studyjna"] = scores.get("wizyta_studyjna", 0.0) + WEIGHT_BODY
                    first_hit.setdefault("wizyta_studyjna", (i, starts[i], starts[i] + len(texts[i])))
    elif "wizyta_studyjna" not in scores:
        _delegation_visit(found, trig, f, [s for s in (title, first_content) if s is not None], title)
    if classes:
        found.cues.add("classes")
    if not scores and classes:
        # no event noun at all, but "zajęcia" run by someone: hands-on classes, the weakest name of workshops
        scores["warsztaty"] = sum(classes.values())
        i = min(classes)
        first_hit["warsztaty"] = (i, starts[i], starts[i] + len(texts[i]))
    if "inne" in first_hit and "gala" in trig[first_hit["inne"][0]]:
        found.cues.add("gala")
    if awards_count(f) >= AWARD_CUES_FOR_COMPETITION:
        found.cues.add("awards")
    if judged:
        found.cues.add("judged")
    return found


def _add(found: TypeScores, etype: str, hit: tuple[int, int, int], zone: str, lemmas: frozenset[str],
         weight: float) -> None:
    found.scores[etype] = found.scores.get(etype, 0.0) + weight
    found.first_hit.setdefault(etype, hit)
    found.zones.setdefault(etype, set()).add(zone)
    found.lemmas.setdefault(etype, set()).update(lemmas)


def choose_type(ctx: Context, found: TypeScores) -> tuple[str, Mention | None]:
    """The highest score wins (the earlier trigger on a tie); a gala where a contest is judged is one."""
    scores, first_hit = dict(found.scores), dict(found.first_hit)
    if not scores:
        return "inne", None
    best = max(scores, key=lambda t: (scores[t], -first_hit[t][0]))
    if best == "inne" and {"gala", "awards", "judged"} <= found.cues:
        # "Gala …, podczas której jury rozstrzygnęło konkurs, statuetki w kategoriach": judged there, a competition
        scores["konkurs"] = scores.get("konkurs", 0.0) + scores["inne"]
        first_hit.setdefault("konkurs", first_hit["inne"])
        best = "konkurs"
    total = sum(scores.values())
    confidence = min(CONFIDENCE_CAP, 0.5 + 0.5 * scores[best] / total)
    _, start, end = first_hit[best]
    return best, ctx.mention(start, end, EXTRACTOR, confidence, f"lemma:{best}")
