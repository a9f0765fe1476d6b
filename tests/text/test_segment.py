"""Tokenizer and rule sentence segmenter (pipeline.text.segment)."""

from __future__ import annotations

import pytest

from pipeline.text.segment import doc_sentences, make_nlp, sentences

#: The abbreviations the issue names: they never split a number or date and never end a sentence
#: by themselves ("r.", "br.", "os." and "godz." may close one before a clearly new sentence).
LISTED = ("r.", "os.", "ok.", "ul.", "woj.", "pow.", "gm.", "tj.", "m.in.", "np.", "godz.", "tel.", "nr",
          "św.", "im.", "dr", "hab.", "prof.", "mgr", "inż.", "br.", "ww.", "tzw.")
MAY_CLOSE = {"r.", "br.", "os.", "godz."}


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def texts(nlp, text: str) -> list[str]:
    return [s for _start, _end, s in sentences(text, nlp)]


def test_date_range_with_r_and_dash_is_one_sentence(nlp):
    text = "W dniach 25-26.02.2014 r. – Jurajski Ośrodek Wsparcia Ekonomii Społecznej zorganizował wizytę."
    doc = nlp(text)
    assert [t.text for t in doc][:4] == ["W", "dniach", "25-26.02.2014", "r."]
    assert texts(nlp, text) == [text]


def test_people_count_abbreviation_before_parenthesis(nlp):
    text = "Uczestniczyło 35 os. (25 K). Następnie zwiedzono gród."
    assert texts(nlp, text) == ["Uczestniczyło 35 os. (25 K).", "Następnie zwiedzono gród."]


def test_glued_year_abbreviation(nlp):
    doc = nlp("Dnia 16.01.2018r. podpisano umowę.")
    assert [t.text for t in doc][1:3] == ["16.01.2018", "r."]
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("abbr", LISTED)
def test_abbreviation_keeps_a_following_date_whole(nlp, abbr):
    text = f"Spotkanie {abbr} 12.03.2019 odbyło się w sali gminnej."
    doc = nlp(text)
    assert "12.03.2019" in [t.text for t in doc]
    assert texts(nlp, text) == [text]


@pytest.mark.parametrize("abbr", [a for a in LISTED if a not in MAY_CLOSE])
def test_abbreviation_before_a_name_does_not_end_the_sentence(nlp, abbr):
    text = f"Rozmawiano {abbr} Kowalskim z Opola o projekcie."
    assert texts(nlp, text) == [text]


@pytest.mark.parametrize("abbr", ["r.", "br."])
def test_year_abbreviation_closes_before_a_new_sentence(nlp, abbr):
    text = f"Projekt ruszył w 2014 {abbr} Następnie rozszerzono go na powiat."
    assert texts(nlp, text) == [f"Projekt ruszył w 2014 {abbr}", "Następnie rozszerzono go na powiat."]


def test_time_after_godz_is_not_a_new_sentence(nlp):
    text = "Zbiórka o godz. 17.15 przy ratuszu. Potem wyjazd."
    assert texts(nlp, text) == ["Zbiórka o godz. 17.15 przy ratuszu.", "Potem wyjazd."]


def test_academic_titles_and_numbers(nlp):
    text = "Wykład wygłosił prof. dr hab. inż. Jan Nowak (tel. 600 100 200, ul. Długa 5, nr 7/2019)."
    assert texts(nlp, text) == [text]


def test_wrapped_line_in_lower_case_does_not_split(nlp):
    text = "Spotkanie odbyło się w sali\ngminnej i trwało trzy godziny."
    assert texts(nlp, text) == [text]


def test_blank_line_splits_even_without_punctuation(nlp):
    text = "Relacja z wizyty studyjnej\n\nUczestnicy zwiedzili spółdzielnię socjalną."
    assert texts(nlp, text) == ["Relacja z wizyty studyjnej", "Uczestnicy zwiedzili spółdzielnię socjalną."]


def test_single_line_break_before_a_capital_after_a_full_stop(nlp):
    text = "Wyjazd był udany.\nNastępnego dnia odbyły się warsztaty."
    assert len(texts(nlp, text)) == 2


def test_initials_do_not_end_a_sentence(nlp):
    text = "Książkę napisał A. A. Milne, a przełożyła I. Tuwim."
    assert texts(nlp, text) == [text]


def test_numbered_list_item_stays_with_its_text(nlp):
    text = "Program obejmował dwa punkty. 1. Powitanie gości przez wójta. 2. Wykład o ekonomii społecznej."
    assert texts(nlp, text) == [
        "Program obejmował dwa punkty.", "1. Powitanie gości przez wójta.", "2. Wykład o ekonomii społecznej."
    ]


def test_dialogue_attribution_after_question_mark(nlp):
    text = "– Kiedy zaczynamy? – zapytała prowadząca. – Za chwilę."
    assert texts(nlp, text) == ["– Kiedy zaczynamy? – zapytała prowadząca.", "– Za chwilę."]


def test_question_and_exclamation_marks(nlp):
    assert texts(nlp, "Czy warto? Tak! Zapraszamy…") == ["Czy warto?", "Tak!", "Zapraszamy…"]


def test_percent_abbreviation(nlp):
    text = "Zatrudnienie wzrosło o 30 proc. w ciągu roku."
    assert texts(nlp, text) == [text]


def test_offsets_index_the_text(nlp):
    text = "  Pierwsze zdanie.  Drugie zdanie w 2014 r.\n\nTrzecie  "
    out = sentences(text, nlp)
    assert [s for _a, _b, s in out] == ["Pierwsze zdanie.", "Drugie zdanie w 2014 r.", "Trzecie"]
    for start, end, sent in out:
        assert text[start:end] == sent


def test_doc_sentences_matches_sentences(nlp):
    text = "Ala ma kota. Kot ma Alę."
    assert doc_sentences(nlp(text)) == sentences(text, nlp)


def test_empty_and_blank_texts(nlp):
    assert sentences("", nlp) == []
    assert sentences(" \n\n ", nlp) == []


def test_long_text_is_segmented_completely(nlp):
    text = " ".join(f"Zdanie numer {i} kończy się kropką." for i in range(3000))
    assert len(sentences(text, nlp)) == 3000


#: Invented texts with the whitespace shapes the chunk tokenizer must reproduce: leading and doubled spaces,
#: line breaks, tabs, abbreviations and a special case spelled across a space ("z o.o.").
TOKENIZER_SHAPES = (
    "  Dnia 5 maja 2019r.  odbyło się\tspotkanie w ul. Lipowej 3.\n\nFirma Kowalik Sp. z o.o. zaprosiła gości.",
    " \n Wójt gm. Lesko, prof. dr hab. Jan Nowak  (tel. 123-456-789) i  mgr inż. Anna Lis ",
    "Koło Gospodyń „Jutrzenka” z Brzozowa – 25-26.02.2014 r. –  m.in. warsztaty,pokazy…",
)


@pytest.mark.parametrize("text", TOKENIZER_SHAPES)
def test_chunk_tokenizer_gives_spacys_tokens(nlp, text):
    from spacy.tokenizer import Tokenizer

    ours = nlp.tokenizer(text)
    plain = Tokenizer.__call__(nlp.tokenizer, text)  # spaCy's own pass over the whole text
    assert [(t.text, t.whitespace_, t.norm_) for t in ours] == [(t.text, t.whitespace_, t.norm_) for t in plain]
    assert ours.text == text
    from pipeline.text.tokenizer import token_columns

    columns = ([t.text for t in ours], [t.is_space for t in ours], [not t.whitespace_ for t in ours])
    assert token_columns(ours) == columns  # as the tokenizer left them


def test_token_columns_are_kept_for_the_same_doc_only(nlp):
    from pipeline.text.tokenizer import token_columns

    first = nlp("Ala  ma\nkota.")
    columns = token_columns(first)
    assert columns == ([t.text for t in first], [t.is_space for t in first], [not t.whitespace_ for t in first])
    assert token_columns(first) is columns
    second = nlp("Ala  ma\nkota.")
    assert token_columns(second) is not columns and token_columns(second) == columns
    with second.retokenize() as retokenizer:
        retokenizer.merge(second[0:2])
    assert token_columns(second)[0] == [t.text for t in second]


def test_the_tokenizer_leaves_the_columns_of_its_doc(nlp):
    from pipeline.text import tokenizer

    doc = nlp.tokenizer("Ala  ma\n kota,\t psa.")
    assert tokenizer._LAST_COLUMNS[0] is not None and tokenizer._LAST_COLUMNS[0][0]() is doc
    assert tokenizer.token_columns(doc) == ([t.text for t in doc], [t.is_space for t in doc],
                                            [not t.whitespace_ for t in doc])


def test_chunk_pair_flags_agree_with_a_scan_of_all_pairs(nlp):
    """The set lookup that decides whether a chunk may start or end a special case's token pair gives what a
    scan of every pair gives (`z o.o.` spelled across a space must still be caught)."""
    tokenizer = nlp.tokenizer
    pairs = tokenizer._pairs()[0]
    lefts, rights = tokenizer._sides()
    assert lefts == {a for a, _b in pairs} and rights == {b for _a, b in pairs}
    for chunk in ("z", "o.o.", "Sp.", "Lipowa", "zaprosiła", "m.in.", "(tel."):
        tokenizer._chunk_tokens.pop(chunk, None)
        words, _norms, first, last, _spaces, _is_space = tokenizer._chunk(chunk)
        assert bool(first) == any(y == b for _a, b in pairs for y in {words[0]} | set(first))
        assert bool(last) == any(x == a for a, _b in pairs for x in {words[-1]} | set(last))


#: Letters-only chunks: plain words, a special case of letters only ("xD"), roman numerals, letters of other
#: scripts and case, a one-letter pair side ("z"), a word spaCy's rules might cut.
LETTER_CHUNKS = ("Kowalik", "zaprosiła", "xD", "XDD", "XIV", "z", "o", "ąęłń", "ǅungla", "ªb", "Ⅻ", "Σίσυφος",
                 "km", "np", "itd", "prof", "Wrocławia")


@pytest.mark.parametrize("chunk", LETTER_CHUNKS)
def test_letters_only_chunk_needs_no_doc(nlp, chunk, monkeypatch):
    """A chunk of letters that spaCy keeps whole is read without building a Doc: the same entry as spaCy's pass."""
    tokenizer = nlp.tokenizer
    tokenizer._chunk_tokens.pop(chunk, None)
    fast = tokenizer._chunk(chunk)
    tokenizer._chunk_tokens.pop(chunk, None)
    monkeypatch.setattr(type(tokenizer), "_one_token", lambda self, word: False)
    slow = tokenizer._chunk(chunk)
    assert fast[0] == slow[0] and fast[1] == slow[1] and fast[4:] == slow[4:]
    assert set(fast[2]) == set(slow[2]) and set(fast[3]) == set(slow[3])


def test_a_legal_forms_initials_do_not_end_the_sentence_before_a_name(nlp):
    text = "Gości powitał doradca Agencji Rozwoju Lipno S.A. Jerzy Fijołek i sołtys wsi."
    assert texts(nlp, text) == [text]
    text = "Strona 5 s. Następnie omówiono budżet."  # a page abbreviation alone still closes a sentence
    assert texts(nlp, text) == ["Strona 5 s.", "Następnie omówiono budżet."]
