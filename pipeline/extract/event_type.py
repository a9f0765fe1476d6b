"""Event type from lemmas: every inflected form of a trigger word counts.

Each type has trigger lemmas (and, for study visits, a noun + adjective pair).
Title and first sentence weigh more than the body; the first strong trigger wins ties.
"""

from __future__ import annotations

from spacy.tokens import Token

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


def _lemmas(tok: Token) -> set[str]:
    lemmas = {a.lemma.lower() for a in tok._.morf}
    lemmas.add(tok.lemma_.lower())
    lemmas.add(tok.text.lower())
    return lemmas


def classify(ctx: Context) -> tuple[str, Mention | None]:
    doc = ctx.doc
    sents = list(doc.sents)
    first_content = next((s for s in sents if len([t for t in s if t.is_alpha]) >= 3), None)
    scores: dict[str, float] = {}
    first_hit: dict[str, tuple[int, int, int]] = {}
    tokens = ctx.tokens
    for i, tok in enumerate(tokens):
        if not tok.is_alpha:
            continue
        lemmas = _lemmas(tok)
        hit: tuple[str, int, int] | None = None
        if lemmas & STUDY_NOUNS:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and _lemmas(nxt) & STUDY_ADJECTIVES:
                hit = ("wizyta_studyjna", tok.idx, nxt.idx + len(nxt.text))
        elif lemmas & STUDY_ADJECTIVES:
            continue  # counted with its noun
        if hit is None:
            for etype, triggers in TRIGGER_LEMMAS.items():
                if lemmas & triggers:
                    hit = (etype, tok.idx, tok.idx + len(tok.text))
                    break
        if hit is None:
            continue
        etype, start, end = hit
        sent_start, sent_end = ctx.sentence_bounds(i)
        if sent_start == 0 and sent_end <= 25:
            weight = WEIGHT_TITLE
        elif first_content is not None and sent_start == first_content.start:
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
