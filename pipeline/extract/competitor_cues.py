"""Cues to a competitor at a contest: the subject of a verb of competing or of a measured result ("zakwalifikował
się X", "X skoczył 176 m", "sukces odniosła X") took part in it. Split from `person_cues` (size)."""

from __future__ import annotations

from pipeline.text.context import Context

#: Verbs of competing and of a competitor's results: their subject took part in the contest ("skoczył", "zakwalifikował
#: się", "pobił rekord", "wygrywała"); "uzyskać" counts with a measured result after it, "odnieść" with a success.
COMPETING = frozenset({"skoczyć", "zakwalifikować", "pobić", "ustanowić", "rywalizować", "startować", "wystartować",
                        "walczyć", "ścigać", "pokonać", "przegrać", "triumfować", "zdobywać", "zwyciężać", "wygrywać",
                        "jeździć"})
_RESULT_VERBS = {"uzyskać": None, "uzyskiwać": None, "odnieść": frozenset({"sukces", "zwycięstwo", "triumf"})}


#: Nouns of a contest and its competitors: the verbs of competing count only in a text that has one ("wójt walczy o
#: fundusze" at a festyn is no competitor).
_CONTEST_LEMMAS = frozenset({"konkurs", "turniej", "zawody", "mistrzostwa", "mecz", "olimpiada", "sparing", "zawodnik",
                             "zawodniczka", "konkurencja", "wyścig", "bieg", "regaty", "puchar", "kwalifikacja"})


def contest_text(ctx: Context) -> bool:
    """The text names a contest or its competitors (any reading's lemma); once per document."""
    memo = ctx.memo(contest_text)
    if "found" not in memo:
        memo["found"] = any(lemmas & _CONTEST_LEMMAS for lemmas in ctx.features.lemmas_lower)
    return memo["found"]


def competed(doc: object, verb: object) -> bool:
    """The verb (or the infinitive right after it: "zdołał zakwalifikować się", "starali się walczyć") is one of
    competing, or of a result: "uzyskał 168 m", "sukces odniosła X"."""
    tokens = [verb, *(t for t in doc[verb.i + 1:verb.i + 4] if t._.analysis is not None  # type: ignore[attr-defined,index]
                      and t._.analysis.pos == "inf")]
    for tok in tokens:
        lemmas = {a.lemma for a in tok._.morf if a.pos in ("praet", "fin", "inf", "pcon", "bedzie")}
        if lemmas & COMPETING or lemmas & _RANKING_COPULAS and _superlative_near(doc, tok.i):
            return True  # "Najszybszy okazał się X", "najlepszą zawodniczką była Y": the contest's ranking
        for lemma in lemmas & _RESULT_VERBS.keys():
            objects = _RESULT_VERBS[lemma]
            near = doc[tok.i + 1:tok.i + 4] if objects is None else doc[max(0, tok.i - 3):tok.i + 4]  # type: ignore[index]
            if any(t.text[:1].isdigit() if objects is None else {a.lemma for a in t._.morf} & objects for t in near):
                return True
    return False


#: Copulas that, with a superlative beside them, rank the subject among the competitors.
_RANKING_COPULAS = frozenset({"okazać", "być", "zostać"})


def _superlative_near(doc: object, v: int) -> bool:
    """A superlative adjective within two words before the copula at v or three after it ("Najszybszy okazał się",
    "okazała się najlepsza")."""
    return any(any(a.pos == "adj" and a.tag.endswith(":sup") for a in t._.morf)  # type: ignore[attr-defined]
               for t in doc[max(0, v - 2):v + 4])  # type: ignore[index]
