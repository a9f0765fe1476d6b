"""Event type from lemmas: every inflected form of a trigger word counts.

Each type has trigger lemmas (and, for study visits, a noun + adjective pair).
Title and first sentence weigh more than the body; the first strong trigger wins ties.
"""

from __future__ import annotations

from pipeline.models import Mention
from pipeline.text.context import Context

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


def _hits(lemmas: frozenset[str], lemma: str, lower: str, words: frozenset[str]) -> bool:
    """`_lemmas(tok) & words` from the token's feature columns, without building the set."""
    return bool(lemmas & words) or lemma.lower() in words or lower in words


#: Every lemma that can matter to `classify`: a token whose lemmas miss it is skipped at once.
_ANY_TRIGGER = frozenset().union(*TRIGGER_LEMMAS.values(), STUDY_NOUNS, STUDY_ADJECTIVES)


def classify(ctx: Context) -> tuple[str, Mention | None]:
    f = ctx.features
    texts, lowers, lemma, lemmas_lower, starts = f.texts, f.lowers, f.lemma, f.lemmas_lower, f.starts
    n = len(texts)
    first_content = next((s for s, e in f.sentences if sum(texts[k].isalpha() for k in range(s, e)) >= 3), None)
    sentences = f.sentences
    scores: dict[str, float] = {}
    first_hit: dict[str, tuple[int, int, int]] = {}
    for i in range(n):
        lemmas = lemmas_lower[i]
        if not _hits(lemmas, lemma[i], lowers[i], _ANY_TRIGGER) or not texts[i].isalpha():
            continue
        args = (lemmas, lemma[i], lowers[i])
        hit: tuple[str, int, int] | None = None
        if _hits(*args, STUDY_NOUNS):
            if i + 1 < n and _hits(lemmas_lower[i + 1], lemma[i + 1], lowers[i + 1], STUDY_ADJECTIVES):
                hit = ("wizyta_studyjna", starts[i], starts[i + 1] + len(texts[i + 1]))
        elif _hits(*args, STUDY_ADJECTIVES):
            continue  # counted with its noun
        if hit is None:
            for etype, triggers in TRIGGER_LEMMAS.items():
                if _hits(*args, triggers):
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
