"""Word lists and token predicates shared by the recognisers (`pipeline.ner`) and the extractors
(`pipeline.extract`): institutional and venue heads, honorifics, role titles, and the questions
asked of one token (capitalised? a first name? a geographic name? an acronym?).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from pipeline.text.light import LightToken
from pipeline.text.morphology import _FAST_EXTENSIONS, Analysis

ORG_HEADS = frozenset({
    "spółdzielnia", "stowarzyszenie", "fundacja", "centrum", "klub", "ośrodek", "urząd",
    "starostwo", "zakład", "warsztat", "warsztaty", "grupa", "straż", "koło", "szkoła",
    "uniwersytet", "politechnika", "akademia", "uczelnia", "instytut", "inkubator", "spółka",
    "przedsiębiorstwo", "agencja", "izba", "towarzystwo", "związek", "federacja", "sejmik",
    "zespół", "przedszkole", "liceum", "technikum", "gimnazjum", "biblioteka", "muzeum",
    "caritas", "parafia", "dom", "ministerstwo", "departament", "kuratorium", "hospicjum",
    "szpital", "bank", "kancelaria", "biuro", "rada", "komitet", "sieć", "partnerstwo",
    "kongregacja", "zgromadzenie", "instytucja", "organizacja", "firma", "cech", "wydział",
    "katedra", "nadleśnictwo", "chór", "kapela", "hufiec", "orkiestra", "teatr", "filharmonia",
    "park", "restauracja", "piekarnia", "bistro", "kawiarnia", "cukiernia", "inspektorat", "inspekcja", "komenda",
    "prokuratura", "sąd", "poradnia", "żłobek", "schronisko",
    "ambasada", "konsulat", "przedstawicielstwo", "dyrekcja", "konwent",
    "koalicja", "diecezja", "wydawnictwo", "komisariat", "redakcja", "radio", "telewizja", "rozgłośnia",
    "oddział", "filia", "delegatura", "okręg",  # branches: a name of their own with their parent or seat
    "szkółka", "chorągiew",  # a nursery (trees) and a scouting region
    "bractwo", "księgarnia",
    "zrzeszenie", "laboratorium", "fabryka", "manufaktura", "archiwum", "książnica", "składnica", "klaster",
    "jednostka", "posterunek", "stacja", "kuria",  # stations: "Stacja Sanitarno-…"
    "dowództwo", "batalion", "brygada", "dywizja", "pułk",  # military units, named by number, patron or seat
    "drużyna", "szczep",  # scout units ("5 Drużyna Harcerska „Orlęta”", "Szczep „Wigry”")
    "hurtownia", "drukarnia",  # trades named like the firms already here
})
#: Heads that name a place one visits rather than a body one belongs to.
VENUE_HEADS = frozenset({
    "gród", "zamek", "skansen", "dwór", "dworek", "pałac", "hala", "sala", "hotel", "pensjonat",
    "karczma", "zajazd", "park", "amfiteatr", "kościół", "bazylika", "opactwo", "stadion",
    "świetlica", "galeria", "teatr", "kino", "filharmonia", "schronisko", "zagroda", "folwark",
    "młyn", "browar", "kopalnia", "uzdrowisko", "rynek", "ogród", "arena", "remiza", "dom kultury",
    "osada", "wioska", "zamczysko", "twierdza", "spichlerz", "sanktuarium", "willa", "rezydencja",
    "kaplica", "katedra", "klasztor", "cerkiew", "kolegiata", "pomnik", "cmentarz", "plac",
    "pływalnia", "kąpielisko", "basen", "lodowisko", "targowisko", "skocznia", "kort",
    "kampus", "czytelnia", "salonik", "opera", "przystań", "marina", "agroturystyka", "łaźnia",
})
#: Acronyms that name funds, programmes, states, documents or kinds rather than one organization.
NON_ORG_ACRONYMS = frozenset({
    "EFS", "EFRR", "EFRROW", "EFSI", "RPO", "POWER", "POKL", "PO", "PROW", "FIO", "LEADER", "RLKS", "ZIT", "WRPO",
    "RP", "UE", "EU", "USA", "PL", "PRL", "NIP", "REGON", "KRS", "PESEL", "PKD", "PDF", "DOC", "JPG", "JPEG", "PNG",
    "IMG", "DSC", "COVID", "SARS", "NGO", "PES", "PS", "ES", "IT", "TV", "SMS", "WWW", "HTML", "FAQ", "RODO", "VAT",
    "PIT", "CIT", "JST", "MŚP", "MSP", "AA", "AAA",
    "CV", "DJ", "PR", "HR", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XV", "XX", "XXI", "SA", "ZOO",
    "OK", "NR", "TEL", "FOT", "BR", "PLN", "EUR", "USD",
})
#: Words before a name that say it is a street, not a person or a place.
STREET_WORDS = frozenset({"ul.", "ul", "al.", "al", "pl.", "os.", "ulica", "ulicy", "ulicę",
                          "aleja", "alei", "placu", "plac", "rondo", "ronda", "im.", "św.", "imienia"})
#: Lemmas of the labels an event page writes before its venue: "Miejsce: Karpacz", "Miejsce szkolenia: Ustka",
#: "Gdzie: Nowy Targ", "Miejscowość: Lipno"; the label may stand on the line above the name.
PLACE_LABEL_LEMMAS = frozenset({"miejsce", "gdzie", "lokalizacja", "adres", "miejscowość"})


def is_place_label(label: str) -> bool:
    """A field label naming a place: its first word is a place label ("Miejsce", "Miejsce wydarzenia", "Gdzie")
    and it is short (a label, not a sentence that ends in a colon)."""
    label = label.strip()
    words = label.rstrip(":").split()
    return 0 < len(words) <= 3 and words[0].lower() in PLACE_LABEL_LEMMAS and (
        label.endswith(":") or words[0].lower() == "miejsce")  # not a menu's "Gdzie jesteśmy"


def after_place_label(tokens: Sequence, i: int) -> bool:
    """Token `i` opens the value of a venue field: "Miejsce: Karpacz", "Miejsce szkolenia: Ustka", or the label on
    the line above ("Miejsce:" / "Kraków"). `tokens`: a spaCy Doc or the light tokens (with `text`, `whitespace_`)."""
    while i > 0 and not tokens[i - 1].text.strip():
        i -= 1  # a line break of its own
    if i < 2 or tokens[i - 1].text != ":":
        return False
    k = i - 2
    while k > 0 and i - k < 4 and "\n" not in tokens[k - 1].text and "\n" not in tokens[k - 1].whitespace_:
        k -= 1
    line = "".join(tokens[j].text + tokens[j].whitespace_ for j in range(k, i))
    return is_place_label(line[line.rfind("\n") + 1:])


HONORIFICS = frozenset({"pan", "pani", "dr", "dr.", "prof.", "prof", "mgr", "mgr.", "inż.", "inż",
                        "ks.", "ks", "hab.", "hab", "doc.", "lek.", "mec.", "red.", "dh", "dh.", "wet.",
                        "ksiądz", "księdza", "księdzu", "księdzem", "kanonik", "kanonika", "prałat", "prałata",
                        "prał.", "kan.", "infułat", "o.", "p."})

#: Heads whose plural is the name's own form ("Warsztaty Terapii Zajęciowej").
PLURAL_NAME_HEADS = frozenset({"warsztaty", "warsztat", "targi", "zakłady", "koleje", "linie", "państwo"})

#: Heads of organizations' names that the base-form function knows but the recogniser does not look for
#: (a capitalised "Komisja", "Sejm" or "Fundusz" in a report is too often something else to start a name).
NAME_ONLY_HEADS = frozenset({"komisja", "liga", "sojusz", "stronnictwo", "partia", "seminarium", "konfederacja",
                             "kolegium", "trybunał", "zrzeszenie", "unia", "fundusz", "sejm", "senat", "parlament",
                             "kongres", "wojsko", "armia", "policja", "reprezentacja", "drużyna", "klub", "ruch",
                             "platforma", "akcja", "forum", "porozumienie", "wspólnota", "związek"})

#: Role nouns, masculine base forms: "prezes", "koordynator", "wójt".
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
    "komendant", "współzałożyciel", "menedżer", "manager", "szef",
    "instruktor", "terapeuta", "pracownik", "mediator", "tutor", "reprezentant", "audytor", "radca",
    "kurator", "doktorant", "wychowawca", "przewodnik", "dietetyk", "kucharz", "konferansjer", "aktor",
    "prawnik", "fotografik", "ratownik", "pielęgniarz", "fizjoterapeuta", "rewident", "technolog",
    "kierowca", "twórca", "student", "juror", "sędzia", "wolontariusz", "organizator", "lekarz",
    "socjolog", "ekonomista", "architekt", "historyk", "bibliotekarz", "duszpasterz", "ksiądz",
    "profesor", "minister", "wiceminister", "premier", "wicepremier", "komisarz", "europoseł", "redaktor",
    "współprzewodniczący", "pomysłodawca", "inicjator", "artysta", "muzyk", "dziennikarz",
    "fotoreporter", "podsekretarz", "rzecznik", "przeor", "opat", "konsul", "ambasador",
    "patron", "dyrygent", "choreograf",
    "słuchacz", "rycerz", "filmowiec", "rękodzielnik", "tenor", "śpiewak", "pisarz", "poeta", "plastyk",
    "lustrator", "współorganizator", "panelista",
    "autor", "współautor", "podróżnik", "kompozytor", "fotograf", "malarz", "rzeźbiarz", "ilustrator", "reżyser",
    "regionalista", "etnograf", "publicysta", "pszczelarz", "zielarz",
    "kapelan", "kustosz", "wikariusz", "dowódca", "dzielnicowy",  # curial and uniformed offices (settled 507, 538)
    "prodziekan", "nadleśniczy", "leśniczy", "łowczy", "ordynator", "podinspektor", "nadinspektor", "wizytator",
    "filozof", "krawiec", "stolarz", "rzemieślnik", "przedsiębiorca", "naukowiec", "edukator", "działacz",
    "społecznik", "delegat", "projektant", "producent", "policjant",  # offices and trades (dev cards)
})
#: Titles of public offices: their holders attending someone else's event come as guests.
OFFICE_TITLES = frozenset({
    "wójt", "wicewójt", "burmistrz", "wiceburmistrz", "starosta", "wicestarosta", "marszałek", "wicemarszałek",
    "wojewoda", "wicewojewoda", "prezydent", "wiceprezydent", "poseł", "senator", "minister", "wiceminister",
    "sekretarz", "podsekretarz", "europoseł", "premier", "konsul", "ambasador",
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
    "podróżniczka": "podróżnik", "malarka": "malarz", "rzeźbiarka": "rzeźbiarz",
    "terapeutka": "terapeuta", "pracowniczka": "pracownik", "starościna": "starosta",
    "pielęgniarka": "pielęgniarz", "wychowawczyni": "wychowawca", "przewodniczka": "przewodnik",
    "kucharka": "kucharz", "aktorka": "aktor", "prawniczka": "prawnik", "twórczyni": "twórca",
    "studentka": "student", "lekarka": "lekarz", "socjolożka": "socjolog", "bibliotekarka": "bibliotekarz",
    "fotografka": "fotografik", "sędzina": "sędzia", "jurorka": "juror", "organizatorka": "organizator",
    "szefowa": "szef", "dietetyczka": "dietetyk", "fizjoterapeutka": "fizjoterapeuta", "psycholożka": "psycholog",
    "pedagożka": "pedagog", "rewidentka": "rewident", "ratowniczka": "ratownik", "technolożka": "technolog",
    "sekretarka": "sekretarz", "skarbniczka": "skarbnik", "naczelniczka": "naczelnik", "doktorantka": "doktorant",
    "minister": "minister", "redaktorka": "redaktor", "współprzewodnicząca": "współprzewodniczący",
    "pomysłodawczyni": "pomysłodawca", "inicjatorka": "inicjator", "artystka": "artysta", "dziennikarka": "dziennikarz",
    "rzeczniczka": "rzecznik", "ambasadorka": "ambasador", "komisarz": "komisarz", "europosłanka": "europoseł",
    "posłanka": "poseł", "senatorka": "senator", "prezeska": "prezes", "dyrektorka": "dyrektor",
    "rękodzielniczka": "rękodzielnik", "śpiewaczka": "śpiewak", "pisarka": "pisarz", "poetka": "poeta",
    "plastyczka": "plastyk", "pracownica": "pracownik", "krawcowa": "krawiec", "przedsiębiorczyni": "przedsiębiorca",
    "działaczka": "działacz", "społeczniczka": "społecznik", "policjantka": "policjant",
}


def _morf(tok: Token) -> tuple[Analysis, ...]:
    """`tok._.morf`, read without an `Underscore` object: a `LightToken` carries it, a spaCy Token's value
    is where spaCy keeps it (`pipeline.text.morphology`)."""
    if type(tok) is LightToken:
        return tok.morf  # type: ignore[attr-defined]
    if _FAST_EXTENSIONS:
        return tok.doc.user_data.get(("._.", "morf", tok.idx, None), ())
    return tok._.morf


#: id(readings) -> (readings, (noun lemmas, first-name reading or None, "pan"/"pani" reading?, geographic?,
#: proper only?, common reading?)). The readings tuple is kept in the entry, so its id cannot be reused while
#: the entry lives; cleared when large.
_BY_READINGS: dict[int, tuple[tuple[Analysis, ...], tuple]] = {}


def _readings_facts(morf: tuple[Analysis, ...]) -> tuple:
    entry = _BY_READINGS.get(id(morf))
    if entry is not None and entry[0] is morf:
        return entry[1]
    nouns = frozenset(a.lemma.lower() for a in morf if a.pos in ("subst", "depr"))
    first = next((a for a in morf if "imię" in a.names and a.pos == "subst"), None)
    honorific = any(a.lemma in ("pan", "pani") for a in morf)
    geographic = any("nazwa_geograficzna" in a.names for a in morf)
    proper_only = not morf or all(a.pos == "ign" or a.names for a in morf)
    common = any(a.pos in ("subst", "adj", "fin", "praet", "adv") and not a.names for a in morf)
    facts = (nouns, first, honorific, geographic, proper_only, common)
    if len(_BY_READINGS) > 50_000:
        _BY_READINGS.clear()
    _BY_READINGS[id(morf)] = (morf, facts)
    return facts


def is_capitalised(tok: Token) -> bool:
    if type(tok) is LightToken:
        return tok.capitalised  # type: ignore[attr-defined]
    text = tok.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def is_all_caps_word(tok: Token) -> bool:
    letters = [c for c in tok.text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def first_name(tok: Token):
    if not is_capitalised(tok) or tok.text.isupper() and len(tok.text) <= 2:
        return None
    _nouns, first, honorific, *_ = _readings_facts(_morf(tok))
    if honorific:
        return None  # "Pana Leszka": an honorific, not a first name
    return first


def is_proper_only(tok: Token) -> bool:
    """Unknown to the dictionary, or known only as a proper name (no common-word reading)."""
    return _readings_facts(_morf(tok))[4]


def has_common_reading(tok: Token) -> bool:
    return _readings_facts(_morf(tok))[5]


def noun_lemmas(tok: Token) -> frozenset[str]:
    """The lower-cased lemmas of a token's noun readings: the cached set itself, not a copy (40k calls a pass)."""
    return _readings_facts(_morf(tok))[0]


def is_geographic(tok: Token) -> bool:
    return _readings_facts(_morf(tok))[3]


def is_acronym_word(text: str) -> bool:
    """'PFRON', 'ROPS', and the mixed forms 'MPiPS', 'ZPiT', 'KGW': capitals with small connectives."""
    if not (3 <= len(text) <= 10) or not text.isalpha() or not text[0].isupper():
        return False
    if text.isupper():
        return True
    capitals = sum(c.isupper() for c in text)
    return capitals >= 3 and all(c.isupper() or c in "iwo" for c in text) and not text[-1].islower()


def role_title(word: str, analyses: tuple[Analysis, ...]) -> str | None:
    """Masculine base title of a role noun in any case: 'prezesem' -> 'prezes', 'koordynatorką' -> 'koordynator'."""
    low = word.lower().rstrip(":")
    lemmas = [low, *sorted({a.lemma.lower() for a in analyses if a.pos in ("subst", "adj", "pact", "depr")})]
    for lemma in lemmas:  # the word itself first, then its lemmas in a fixed order: deterministic
        if lemma in ROLE_TITLES:
            return lemma
        if lemma in FEMININE_TITLES:
            return FEMININE_TITLES[lemma]
        if lemma.endswith("ka") and lemma[:-2] in ROLE_TITLES:
            return lemma[:-2]
        if lemma.endswith("stka") and lemma[:-4] + "sta" in ROLE_TITLES:
            return lemma[:-4] + "sta"  # "panelistka", "ekonomistka": the feminine of an -ista noun
    return None
