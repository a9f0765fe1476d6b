"""More place candidates than the rules propose, and a learned decision which of them the page states.

The rules' places miss names no cue introduced: towns and countries abroad, villages the register knows,
venues named by an institution ("w Zespole Szkół w X"), lakes and hills. Hand rules stopped carrying on unseen
sites; here every capitalised word or pair with a geographic reading (an SGJP `nazwa_geograficzna`, a
register locality, a country) and every institution or venue phrase after "w/we/na/do/przy" becomes a
candidate, its base form computed by the rules' own functions, and a linear model
(`pipeline/data/place_candidate_model.json`, `pl-events train place-candidates`) adds those with
P(keep) >= the file's threshold. The rules' places stay as they are. Without a file, or with the models
switched off (`evaluate --rules-only`, the trainers), nothing is added; a trainer still sees every candidate
through `pipeline.learned.recording`.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

from pipeline.extract.org_names import phrase_base
from pipeline.extract.place_mention import EXTRACTOR, PlaceMention
from pipeline.extract.places import place_kind
from pipeline.learned.linear import KeepModel
from pipeline.learned.recording import Decision, models_on, record, recording_active
from pipeline.lexicon.places import locality_base
from pipeline.lexicon.words import ORG_HEADS, VENUE_HEADS, first_name, noun_lemmas
from pipeline.match_key import norm
from pipeline.models import Event, Organization, Person, Place
from pipeline.resolve_entities import merge_places
from pipeline.text.context import Context
from pipeline.text.layout_rules import TRAILING_KINDS
from pipeline.text.light import LightToken

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "place_candidate_model.json"
TASK = "place_candidate"
#: prepositions a venue's name follows in the locative or the genitive: "w Restauracji X", "do Muzeum Y"
VENUE_PREPOSITIONS = frozenset({"w", "we", "na", "do", "przy"})
#: lower-case heads of venues a capitalised name may start with, beside the lexicon's venue and institution heads
_MORE_VENUES = frozenset({"restauracja", "pensjonat", "kawiarnia", "bistro", "karczma", "hotel", "aula",
                          "muzeum", "biblioteka", "centrum", "ośrodek", "dom", "hala", "stadion", "wzgórze",
                          "jezioro", "zalew", "góra", "dolina", "targi", "szpital", "przedszkole", "szkoła"})
_HEADS = VENUE_HEADS | ORG_HEADS | _MORE_VENUES
_NAME_LINKS = frozenset({"im.", "im", "nr", "imienia", "i", "-", "„", "”", '"'})
MAX_VENUE_WORDS = 7


@lru_cache(maxsize=2)
def candidate_model(path: Path = MODEL_PATH) -> KeepModel | None:
    return KeepModel.load(path)


def _model() -> KeepModel | None:
    return candidate_model(MODEL_PATH) if models_on() else None


def _geographic(t: LightToken) -> bool:
    return any("nazwa_geograficzna" in a.names for a in t.morf)


def _usable(ctx: Context, t: LightToken, covered: bytearray) -> bool:
    return (t.capitalised and t.is_alpha and len(t.text) > 2 and covered.find(1, t.idx, t.idx + len(t.text)) < 0
            and ctx.furniture_at(t.idx) not in TRAILING_KINDS)


def geographic_candidates(ctx: Context, covered: bytearray, venues: bytearray | None = None) -> list[PlaceMention]:
    """Capitalised words (or pairs) whose base form is a register locality, a country or a region, or that
    SGJP reads as a geographic name: each with `locality_base` and `place_kind` as the rules compute them. A word
    inside a venue candidate (`venues`) counts only after its own preposition ("w Restauracji Złoty Kłos" gives
    no "Kłos"; "w Domu Kultury w Borowie" gives Borów)."""
    toks = ctx.light_tokens
    out: list[PlaceMention] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if not _usable(ctx, t, covered):
            k += 1
            continue
        before = toks[k - 1].text.lower() if k > 0 else ""
        introduced = before in VENUE_PREPOSITIONS | {"z", "ze", "koło", "pod", "nad"}
        if not introduced and venues is not None and venues[t.idx]:
            k += 1
            continue
        if not introduced and not _geographic(t) or not introduced and (t.is_sent_start or first_name(t)):
            k += 1
            continue  # a sentence's first word or a first name needs a place preposition before it
        found = None
        for width in (2, 1):
            words = toks[k:k + width]
            if len(words) < width or width == 2 and (not _usable(ctx, words[1], covered)
                                                     or "\n" in words[0].whitespace_ or not words[0].whitespace_):
                continue
            name = locality_base(list(words))
            kind = place_kind(name)
            if kind != "other" or width == 1 and _geographic(t):
                found = (name, kind, words)
                break
        if found is None:
            k += 1
            continue
        name, kind, words = found
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        out.append(PlaceMention(name, kind, ctx.mention(start, end, EXTRACTOR, 0.5, f"candidate_geo{len(words)}")))
        k += len(words)
    return out


def venue_candidates(ctx: Context, covered: bytearray, institutions: bytearray) -> list[PlaceMention]:
    """'w Restauracji Joker', 'na Wzgórzu Zamkowym', 'w Zespole Szkół nr 2 im. X': a capitalised venue or institution
    head after a place preposition and the capitalised words (or "im.", "nr", numbers, quotes) of its name; not
    inside an organization's name (`institution_candidates` offers that name)."""
    toks = ctx.light_tokens
    out: list[PlaceMention] = []
    for k in range(1, len(toks)):
        t = toks[k]
        if toks[k - 1].text.lower() not in VENUE_PREPOSITIONS or not _usable(ctx, t, covered) \
                or institutions.find(1, t.idx, t.idx + 1) >= 0 or not noun_lemmas(t) & _HEADS:
            continue
        j = k + 1
        while j < len(toks) and j - k < MAX_VENUE_WORDS and "\n" not in toks[j - 1].whitespace_ and (
                toks[j].capitalised or toks[j].text.lower() in _NAME_LINKS or toks[j].text.isdigit()):
            j += 1
        while j > k + 1 and toks[j - 1].text.lower() in _NAME_LINKS - {"„", "”", '"'}:
            j -= 1  # a name does not end in "im." or "i"
        if j == k + 1:
            continue  # the head alone ("w Muzeum") names no particular venue
        words = list(toks[k:j])
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        out.append(PlaceMention(phrase_base(words, _HEADS, ctx.text)[0], "venue",
                                ctx.mention(start, end, EXTRACTOR, 0.5, "candidate_venue")))
    return out


def institution_candidates(ctx: Context, organizations: list[Organization]) -> list[PlaceMention]:
    """An organization named after "w/we/na/do/przy" ("w Zespole Szkolno-Przedszkolnym w X"): its name as a venue."""
    out = []
    feats = ctx.features
    for org in organizations:
        for m in org.mentions:
            left = ctx.left(m.start, 8).rstrip().rsplit(" ", 1)[-1].lower()
            i = bisect_right(feats.starts, m.start) - 3  # the name's first word, the preposition, the word before it
            if i >= 0 and any(a.pos in ("ppas", "pact") for a in feats.morfs[i]):
                continue  # "zrzeszonych w X", "pracujący w X": membership or employment, not where it happened
            if left in VENUE_PREPOSITIONS and ctx.furniture_at(m.start) not in TRAILING_KINDS:
                out.append(PlaceMention(org.name, "venue", m.model_copy(
                    update={"extractor": EXTRACTOR, "rule": "candidate_institution", "confidence": 0.5})))
    return out


def extra_candidates(ctx: Context, places: list[Place], organizations: list[Organization]) -> list[Place]:
    """Merged candidates whose name is not among `places` (by the evaluator's key, the key a card is matched by)."""
    covered = bytearray(len(ctx.text) + 1)
    for p in places:
        for m in p.mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    institutions = bytearray(len(ctx.text) + 1)
    for o in organizations:
        for m in o.mentions:
            institutions[m.start:m.end] = b"\x01" * (m.end - m.start)
    venues = venue_candidates(ctx, covered, institutions) + institution_candidates(ctx, organizations)
    inside = bytearray(len(ctx.text) + 1)
    for v in venues:
        inside[v.mention.start:v.mention.end] = b"\x01" * (v.mention.end - v.mention.start)
    found = geographic_candidates(ctx, covered, inside) + venues
    known = {norm(p.name) for p in places}
    fresh = [m for m in found if norm(m.name) not in known and m.name[:1].isalnum()]
    merged: dict[str, Place] = {}
    for place in merge_places(fresh):
        key = norm(place.name)
        if key in merged:
            merged[key].mentions.extend(place.mentions)
            merged[key].mentions.sort(key=lambda m: m.start)
        else:
            merged[key] = place
    return list(merged.values())


def add_place_candidates(ctx: Context, places: list[Place], organizations: list[Organization], event: Event,
                         people: list[Person], model: KeepModel | None = None) -> list[Place]:
    """`places` and the candidates the model keeps (after them); `places` unchanged without a model."""
    from pipeline.learned.place_candidate_features import candidate_features

    model = model or _model()
    if model is None and not recording_active():
        return places
    candidates = extra_candidates(ctx, places, organizations)
    added = []
    for cand in candidates:
        features = candidate_features(ctx, cand, places, candidates, organizations, people, event)
        p = model.keep_probability(features) if model is not None else 0.0
        keep = model is not None and p >= model.threshold
        record(Decision(TASK, cand.name, features, "no", f"{p:.4f}"))
        if keep:
            added.append(cand)
    return places + added if added else places

