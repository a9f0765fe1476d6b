"""Event type from lemmas: every inflected form of a trigger word counts.

Each type has trigger lemmas (and, for study visits, a noun + adjective pair).
Title and first sentence weigh more than the body; the first strong trigger wins ties.
"""

from __future__ import annotations

from pipeline.models import Mention
from pipeline.text.analysis import Analysis
from pipeline.text.context import Context
from pipeline.text.features import TokenFeatures

EXTRACTOR = "extract.event_type"

#: type -> lemmas that name it on their own
TRIGGER_LEMMAS: dict[str, frozenset[str]] = {
    "szkolenie": frozenset({"szkolenie", "kurs", "szkoleniowy", "webinar", "webinarium"}),
    "warsztaty": frozenset({"warsztat", "warsztaty", "warsztatowy"}),
    "konferencja": frozenset({"konferencja", "kongres", "sympozjum", "konferencyjny"}),
    "spotkanie": frozenset({"spotkanie", "zebranie", "posiedzenie", "narada", "debata", "zjazd",
                            "spotkanie informacyjny"}),
    "seminarium": frozenset({"seminarium", "seminaryjny"}),
    "forum": frozenset({"forum"}),
    "targi": frozenset({"targi", "targ", "kiermasz", "giełda"}),
    "festyn": frozenset({"festyn", "piknik", "festiwal", "jarmark", "dożynki", "biesiada"}),
    "konkurs": frozenset({"konkurs", "turniej", "olimpiada", "plebiscyt"}),
    # named kinds outside the vocabulary: the type is "inne", and it is known rather than missing
    "inne": frozenset({"rajd", "wycieczka", "wigilia", "turnus", "obóz", "zimowisko", "kolonia", "gala",
                       "jubileusz", "uroczystość", "wieczerza", "spływ", "marsz", "bal", "koncert", "wystawa",
                       "zbiórka", "akcja", "kolędowanie", "dzień otwarty", "spacer", "półkolonie"}),
}
STUDY_NOUNS = frozenset({"wizyta", "wyjazd", "podróż", "wycieczka", "objazd"})
STUDY_ADJECTIVES = frozenset({"studyjny"})

WEIGHT_TITLE = 3.0
WEIGHT_FIRST_SENTENCE = 2.0
WEIGHT_BODY = 1.0
CONFIDENCE_CAP = 0.95


#: Every lemma that can matter to `classify`: a token whose lemmas miss it is skipped at once.
_ANY_TRIGGER = frozenset().union(*TRIGGER_LEMMAS.values(), STUDY_NOUNS, STUDY_ADJECTIVES)

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


def _triggers(f: TokenFeatures, i: int) -> frozenset[str]:
    """The token's lemmas (of all readings, its chosen lemma and its text, lower-cased) that are trigger
    words of some type: `lemmas & triggers` for any of the trigger sets equals `_triggers(...) & triggers`."""
    found = _reading_triggers(f.morfs[i])
    lemma = f.lemma[i].lower()
    lower = f.texts[i].lower()
    if lemma in _ANY_TRIGGER or lower in _ANY_TRIGGER:
        found = found | {w for w in (lemma, lower) if w in _ANY_TRIGGER}
    return found


def classify(ctx: Context) -> tuple[str, Mention | None]:
    f = ctx.features
    texts, starts, sentences = f.texts, f.starts, f.sentences
    n = len(texts)
    first_content = next((s for s, e in sentences if sum(texts[k].isalpha() for k in range(s, e)) >= 3), None)
    scores: dict[str, float] = {}
    first_hit: dict[str, tuple[int, int, int]] = {}
    for i in range(n):
        lemmas = _triggers(f, i)
        if not lemmas or not texts[i].isalpha():
            continue
        hit: tuple[str, int, int] | None = None
        if lemmas & STUDY_NOUNS:
            if i + 1 < n and _triggers(f, i + 1) & STUDY_ADJECTIVES:
                hit = ("wizyta_studyjna", starts[i], starts[i + 1] + len(texts[i + 1]))
        elif lemmas & STUDY_ADJECTIVES:
            continue  # counted with its noun
        if hit is None:
            for etype, triggers in TRIGGER_LEMMAS.items():
                if lemmas & triggers:
                    hit = (etype, starts[i], starts[i] + len(texts[i]))
                    break
        if hit is None:
            continue
        etype, start, end = hit
        sent_start, sent_end = sentences[f.sentence[i]]
        if sent_start == 0 and sent_end <= 25:
            weight = WEIGHT_TITLE
        elif first_content is not None and sent_start == first_content:
            weight = WEIGHT_FIRST_SENTENCE
        else:
            weight = WEIGHT_BODY
        if etype == "wizyta_studyjna":
            weight *= 1.5  # a specific two-word term beats a generic noun nearby
        scores[etype] = scores.get(etype, 0.0) + weight
        first_hit.setdefault(etype, (i, start, end))
    if not scores:
        return "inne", None
    best = max(scores, key=lambda t: (scores[t], -first_hit[t][0]))
    total = sum(scores.values())
    confidence = min(CONFIDENCE_CAP, 0.5 + 0.5 * scores[best] / total)
    _, start, end = first_hit[best]
    return best, ctx.mention(start, end, EXTRACTOR, confidence, f"lemma:{best}")
