"""People: base-form names, honorifics, role titles with their organization, and part.

Base forms come from morfeusz2 when it knows the surname (choosing the reading
that agrees with the first name in case and gender); unknown surnames are
inflected back by the first name's gender and case and the surname's ending.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from pipeline.extract.context import Context
from pipeline.models import Mention, Role
from pipeline.ner.builtin import HONORIFICS, first_name, noun_lemmas
from pipeline.text.morphology import Analysis, analyse

EXTRACTOR = "extract.people"

ROLE_TITLES = frozenset({
    "prezes", "wiceprezes", "dyrektor", "wicedyrektor", "kierownik", "koordynator", "wójt",
    "wicewójt", "burmistrz", "wiceburmistrz", "starosta", "wicestarosta", "marszałek",
    "wicemarszałek", "prezydent", "wiceprezydent", "sołtys", "radny", "przewodniczący",
    "wiceprzewodniczący", "członek", "specjalista", "doradca", "animator", "trener", "ekspert",
    "przedstawiciel", "właściciel", "założyciel", "zastępca", "sekretarz", "skarbnik",
    "księgowy", "asystent", "psycholog", "pedagog", "nauczyciel", "opiekun", "lider",
    "moderator", "prelegent", "prowadzący", "wojewoda", "wicewojewoda", "poseł", "senator",
    "rektor", "prorektor", "dziekan", "proboszcz", "inspektor", "referent", "naczelnik",
    "pełnomocnik", "konsultant", "mentor", "coach", "facylitator", "wykładowca", "kanclerz",
    "komendant", "druh", "gospodarz", "współzałożyciel", "menedżer", "manager", "szef",
    "instruktor", "terapeuta", "pracownik", "przewodnicząca", "mediator", "tutor",
    "reprezentant", "partner", "audytor", "radca", "oficer", "kurator", "doktorant", "profesor",
})
#: Feminine titles whose masculine family is not just "-ka" removed.
FEMININE_TITLES = {
    "kierowniczka": "kierownik", "specjalistka": "specjalista", "doradczyni": "doradca",
    "przewodnicząca": "przewodniczący", "wiceprzewodnicząca": "wiceprzewodniczący",
    "prowadząca": "prowadzący", "radna": "radny", "księgowa": "księgowy", "sołtyska": "sołtys",
    "wójtka": "wójt", "burmistrzyni": "burmistrz", "członkini": "członek", "opiekunka": "opiekun",
    "pani kierownik": "kierownik", "zastępczyni": "zastępca", "liderka": "lider",
    "właścicielka": "właściciel", "założycielka": "założyciel", "przedstawicielka": "przedstawiciel",
    "nauczycielka": "nauczyciel", "wykładowczyni": "wykładowca", "pełnomocniczka": "pełnomocnik",
    "terapeutka": "terapeuta", "pracowniczka": "pracownik", "starościna": "starosta",
}
#: Genitive complements that belong to the title itself: "prezes zarządu".
TITLE_COMPLEMENTS = frozenset({"zarząd", "rada", "dział", "biuro", "wydział", "referat", "sekcja",
                               "zespół", "projekt", "oddział", "komisja", "koło", "klub", "pion"})
SPEAKER_CUES = frozenset({"prowadzący", "prowadząca", "prowadzący:", "prelegent", "prelegentka",
                          "wygłosić", "przedstawić", "wykład", "prelekcja", "prezentacja",
                          "omówić", "poprowadzić", "prowadzić", "referat", "wystąpienie", "zaprezentować",
                          "mówić", "opowiedzieć", "przybliżyć", "trener", "trenerka", "ekspert"})
GUEST_CUES = frozenset({"powitać", "otworzyć", "gość", "przywitać", "uroczysty", "gościć",
                        "gospodarz", "honorowy", "patronat", "pozdrowić", "życzenia", "zaprosić"})
STAFF_TITLES = frozenset({"animator", "koordynator", "doradca", "asystent", "pracownik", "opiekun",
                          "specjalista", "mentor", "konsultant", "trener"})


@dataclass
class PersonMention:
    name: str
    gender: str | None
    honorific: str | None
    mention: Mention
    roles: list[Role] = field(default_factory=list)
    role_org_spans: list[tuple[int, int] | None] = field(default_factory=list)
    part: str = "other"


def role_title(word: str, analyses: tuple[Analysis, ...]) -> str | None:
    """Masculine base title of a role noun in any case: 'prezesem' -> 'prezes', 'koordynatorką' -> 'koordynator'."""
    low = word.lower().rstrip(":")
    lemmas = {a.lemma.lower() for a in analyses if a.pos in ("subst", "adj", "pact", "depr")} | {low}
    for lemma in lemmas:
        if lemma in ROLE_TITLES:
            return lemma
        if lemma in FEMININE_TITLES:
            return FEMININE_TITLES[lemma]
        if lemma.endswith("ka") and lemma[:-2] in ROLE_TITLES:
            return lemma[:-2]
    return None


def _title_at(doc: Doc, i: int) -> tuple[str, int] | None:
    """(title with complement, index after it) for a role noun at token i."""
    tok = doc[i]
    title = role_title(tok.text, tok._.morf)
    if title is None:
        return None
    j = i + 1
    if j < len(doc) and noun_lemmas(doc[j]) & TITLE_COMPLEMENTS and any("gen" in a.cases for a in doc[j]._.morf):
        comp = next(a.lemma for a in doc[j]._.morf if a.lemma.lower() in TITLE_COMPLEMENTS)
        gen = next((w for w in _genitive_forms(comp)), doc[j].text.lower())
        return f"{title} {gen}", j + 1
    return title, j


def _genitive_forms(lemma: str) -> list[str]:
    from pipeline.text.inflect import generate_form

    form = generate_form(lemma, "subst", "sg", "", "gen")
    return [form.lower()] if form else []


def _case_candidates(a: Analysis) -> set[str]:
    return set(a.cases) if a.number != "pl" else set()


def person_base(tokens: list[Token]) -> tuple[str, str | None]:
    """'Agnieszki Wilczyńskiej' -> ('Agnieszka Wilczyńska', 'f')."""
    first_tokens = [t for t in tokens if first_name(t) is not None][:2] or tokens[:1]
    rest = tokens[len(first_tokens):]
    first_readings = [a for a in first_tokens[0]._.morf if "imię" in a.names and a.pos == "subst"]
    sg = [a for a in first_readings if a.number == "sg"] or first_readings
    gender = None
    cases: set[str] = set()
    if sg:
        fem = [a for a in sg if "f" in a.genders]
        masc = [a for a in sg if "m1" in a.genders]
        chosen = fem if fem and (not masc or tokens[0].text.endswith(("a", "ą", "y", "i", "ę", "ie"))) else masc or fem
        gender = "f" if chosen and "f" in chosen[0].genders else "m"
        for a in chosen:
            cases |= _case_candidates(a)
    firsts = []
    for t in first_tokens:
        readings = [a for a in t._.morf if "imię" in a.names and a.pos == "subst"]
        pick = next((a for a in readings if (("f" in a.genders) == (gender == "f")) and a.cases & cases), None)
        pick = pick or (readings[0] if readings else None)
        firsts.append(pick.lemma if pick else t.text)
    surnames = [_surname_base(t, gender, cases) for t in rest if t.text != "-"]
    hyphen = any(t.text == "-" for t in rest)
    surname = "-".join(surnames) if hyphen else " ".join(surnames)
    return " ".join(firsts + ([surname] if surname else [])), gender


def _surname_base(tok: Token, gender: str | None, cases: set[str]) -> str:
    text = tok.text
    if text.isupper() and len(text) > 2:
        text = text[:1] + text[1:].lower()
    known = [a for a in analyse(text) if "nazwisko" in a.names and a.pos == "subst"]
    want_f = gender == "f"
    for a in known:
        if ("f" in a.genders) == want_f and (not cases or a.cases & cases) and a.number != "pl":
            return a.lemma
    for a in known:
        if ("f" in a.genders) == want_f and a.number != "pl":
            return a.lemma
    return _guess_surname(text, gender, cases)


_FEM_RULES = [("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka"), ("ską", "ska"), ("cką", "cka"),
              ("dzką", "dzka"), ("owej", "owa"), ("ową", "owa"), ("iną", "ina"), ("yną", "yna")]
_MASC_RULES = [("skiego", "ski"), ("ckiego", "cki"), ("dzkiego", "dzki"), ("skiemu", "ski"),
               ("ckiemu", "cki"), ("dzkiemu", "dzki"), ("skim", "ski"), ("ckim", "cki"), ("dzkim", "dzki")]


def _guess_surname(text: str, gender: str | None, cases: set[str]) -> str:
    """Undo the case ending of a surname the dictionary lacks, by gender and the first name's case."""
    rules = _FEM_RULES if gender == "f" else _MASC_RULES
    for ending, base in rules:
        if text.endswith(ending):
            return text[: -len(ending)] + base
    if cases & {"nom"} or not cases:
        return text
    if gender == "f":
        for ending, base in (("ę", "a"), ("ą", "a"), ("ie", "a"), ("y", "a")):
            if text.endswith(ending) and len(text) > 4:
                return text[: -len(ending)] + base
        if text.endswith(("ki", "gi")) and cases & {"gen"}:
            return text[:-1] + "a"
        return text  # consonant-final feminine surnames do not decline
    for ending in ("owi", "em", "a", "u"):
        if text.endswith(ending) and len(text) - len(ending) >= 3:
            stem = text[: -len(ending)]
            if ending == "a" and not cases & {"gen", "acc"}:
                continue
            if ending == "u" and not cases & {"loc", "voc"}:
                continue
            return stem
    return text


def _honorific(doc: Doc, i: int) -> tuple[str | None, int]:
    """Honorifics right before token i ('dr hab.', 'Pani', 'prof.'); returns (text, first index)."""
    parts: list[str] = []
    k = i - 1
    while k >= 0 and (doc[k].text.lower() in HONORIFICS or _is_pan(doc[k])):
        parts.insert(0, "Pani" if _is_pan(doc[k]) and doc[k].text.lower().startswith("pani") else
                     "Pan" if _is_pan(doc[k]) else doc[k].text)
        k -= 1
    if not parts:
        return None, i
    honor = " ".join(parts)
    return honor, k + 1


def _is_pan(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(a.lemma in ("pan", "pani") and a.pos == "subst" for a in tok._.morf)


def extract_people(ctx: Context, spans: list[tuple[int, int]]) -> list[PersonMention]:
    """Person mentions from character spans of names found by the NER backends."""
    doc = ctx.doc
    out = []
    for start, end in spans:
        chars = doc.char_span(start, end, alignment_mode="expand")
        if chars is None:
            continue
        tokens = [t for t in chars if not t.is_space]
        name, gender = person_base(tokens)
        if len(name.split()) < 2:
            continue
        honorific, _ = _honorific(doc, chars.start)
        mention = ctx.mention(start, end, EXTRACTOR, 0.85, "first_name+surname")
        pm = PersonMention(name=name, gender=gender, honorific=honorific, mention=mention)
        found = _roles(ctx, chars.start, chars.end)
        pm.roles = [r for r, _ in found]
        pm.role_org_spans = [span for _, span in found]
        pm.part = _part(ctx, chars.start, chars.end, pm.roles)
        out.append(pm)
    return out


def _roles(ctx: Context, i: int, j: int) -> list[tuple[Role, tuple[int, int] | None]]:
    doc = ctx.doc
    roles: list[tuple[Role, tuple[int, int] | None]] = []
    # "<Imię Nazwisko> – <Rola> <Instytucja>" / ", <rolą> <instytucji>" / "(<rola>)"
    k = j
    if k < len(doc) and doc[k].text in ("-", "–", "—", ",", "(", ":"):
        k += 1
        while k < len(doc) and doc[k].is_space:
            k += 1
        if k < len(doc):
            found = _title_at(doc, k)
            if found:
                title, after = found
                roles.append(_role(ctx, title, k, after))
    # "<Rola> <Instytucja> <Imię Nazwisko>", "Pani Kierownik <Imię Nazwisko>"
    _, h = _honorific(doc, i)
    sent_start = doc[i].sent.start
    for k in range(h - 1, max(sent_start, h - 12) - 1, -1):
        if doc[k].text in (".", ";", "!", "?") or "\n" in doc[k].text:
            break
        found = _title_at(doc, k)
        if found and not any(r.title.split()[0] == found[0].split()[0] for r, _ in roles):
            title, after = found
            between = doc[after:h]
            if all(t.text[:1].isupper() or t.text in ('"', "„", "”", "-", "w", "im.") for t in between) \
                    and doc[k - 1].text.lower() not in ("z", "ze", "dla", "przez", "do") if k > 0 else True:
                roles.append(_role(ctx, title, k, after, until=h))
            break
    # "<Rola>: <Imię>, <Imię>" lists ("Animatorzy JOWES:" on the line before)
    if not roles:
        label = _list_label(ctx, i)
        if label:
            roles.append(label)
    return roles


def _role(
    ctx: Context, title: str, k: int, after: int, until: int | None = None
) -> tuple[Role, tuple[int, int] | None]:
    """The role and the character span of its institution (resolved to an entity later)."""
    doc = ctx.doc
    end = until if until is not None else _org_end(doc, after)
    org_tokens = [t for t in doc[after:end] if not t.is_space]
    org_span = (org_tokens[0].idx, org_tokens[-1].idx + len(org_tokens[-1].text)) if org_tokens else None
    org = ctx.text[org_span[0]:org_span[1]] if org_span else None
    span_end = doc[end - 1].idx + len(doc[end - 1].text) if end > k else doc[k].idx + len(doc[k].text)
    mention = ctx.mention(doc[k].idx, span_end, EXTRACTOR, 0.75, "role_title")
    return Role(title=title, organization=org, mention=mention), org_span


def _org_end(doc: Doc, after: int) -> int:
    """The institution after a title: capitalised words, quotes and acronyms up to punctuation."""
    j = after
    quote_open = False
    while j < len(doc):
        t = doc[j]
        if t.text in ('"', "„", "”", "“"):
            quote_open = not quote_open if t.text == '"' else t.text == "„"
            j += 1
            continue
        if quote_open or t.text[:1].isupper() or (t.text in ("w", "we", "im.", "i") and j + 1 < len(doc)
                                                    and doc[j + 1].text[:1].isupper()):
            if first_name(t) is not None and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and j > after:
                break
            j += 1
            continue
        break
    return j


def _list_label(ctx: Context, i: int) -> tuple[Role, tuple[int, int] | None] | None:
    """A heading line ending with ':' above a list of names gives their role."""
    doc = ctx.doc
    k = i - 1
    seen_newlines = 0
    while k >= 0 and seen_newlines <= 8:
        t = doc[k]
        if "\n" in t.text or "\n" in t.whitespace_:
            seen_newlines += 1
        if t.text == ":":
            line_start = k - 1
            while line_start > 0 and "\n" not in doc[line_start - 1].text and "\n" not in doc[line_start - 1].whitespace_:
                line_start -= 1
            for m in range(line_start, k):
                found = _title_at(doc, m)
                if found:
                    title, after = found
                    return _role(ctx, title, m, after, until=k)
            return None
        if t.text in (".", ";") or (t.is_alpha and t.text[:1].islower() and t.text not in ("i", "oraz")):
            return None
        k -= 1
    return None


def _part(ctx: Context, i: int, j: int, roles: list[Role]) -> str:
    doc = ctx.doc
    sent = doc[i].sent
    lo = max(sent.start, i - 25)
    hi = min(sent.end, j + 12)
    window = {lem for t in doc[lo:hi] for lem in (t.lemma_.lower(), t.text.lower())}
    line_before = ctx.left(doc[i].idx, 40).lower()
    if "prowadzą" in line_before or window & SPEAKER_CUES:
        return "speaker"
    if any(r.title.split()[0] in STAFF_TITLES for r in roles) and not window & GUEST_CUES:
        return "organizer_staff"
    if window & GUEST_CUES:
        return "guest"
    if window & {"uczestnik", "uczestniczka", "uczestniczyć", "udział"}:
        return "participant"
    return "other"
