"""Names after a lower-case kind word (round 18c): firms and press titles, in sentences written for the tests."""


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_a_firm_after_its_kind_word_is_named_as_written(extractor):
    orgs = _orgs(extractor, "Na targach było stoisko firmy Kalinex z Radomia, a obok przedsiębiorstwa Bormet.")
    assert {"Kalinex", "Bormet"} <= orgs


def test_a_legal_form_closes_the_firm_name_and_belongs_to_it(extractor):
    orgs = _orgs(extractor, "Nagrodę wygrały panie z firmy Lipowianki s.c. a sprzęt dostarczyło przedsiębiorstwo "
                            "Dromex sp. z o.o. z Lublina.")
    assert {"Lipowianki s.c.", "Dromex sp. z o.o."} <= orgs


def test_a_capitalised_legal_form_is_not_cut_after_its_first_word(extractor):
    """"Sp." is capitalised, so the run of name words takes it: the legal form must still end the name whole."""
    orgs = _orgs(extractor, "Festyn wsparła firma Dormax-Bud Sp. z o.o. oraz spółka Tomex Sp. j. z Lipna.")
    assert {"Dormax-Bud Sp. z o.o.", "Tomex Sp. j."} <= orgs


def test_a_plural_kind_word_lists_several_firms(extractor):
    orgs = _orgs(extractor, "Pracę oferowały też spółki Medicor 24, HR Partners Polska oraz Tarvex Care.")
    assert {"Medicor 24", "HR Partners Polska", "Tarvex Care"} <= orgs


def test_no_firm_from_a_genitive_phrase_a_person_or_a_place(extractor):
    orgs = _orgs(extractor, "Umowę podpisały spółki Skarbu Państwa. Stoisko miała firma Jan Kos, "
                            "a potem przedstawiciel firmy Kraków opowiadał o pracy.")
    assert not {"Skarbu Państwa", "Jan Kos", "Kraków"} & orgs


def test_a_press_title_governed_by_an_editorial_word_is_a_body_in_the_nominative(extractor):
    orgs = _orgs(extractor, "Mówił Jan Lis, redaktor naczelny \"Gazety\". Była też redakcja „Kuriera Lipowskiego”.")
    assert {'"Gazeta"', "„Kurier Lipowski”"} <= orgs


def test_a_title_only_named_as_where_an_article_appeared_is_not_listed(extractor):
    orgs = _orgs(extractor, "Artykuł o spotkaniu ukazał się w tygodniku „Głos Lipowa”.")
    assert "„Głos Lipowa”" not in orgs


def test_a_participle_after_the_editorial_word_introduces_no_title(extractor):
    """'red. prowadzący „X”': the participle's own object (running X), read by the organizer cues; not listed here."""
    orgs = _orgs(extractor, 'Debatę poprowadził Jan Lis, red. prowadzący "Głosu Wsi".')
    assert '"Głos Wsi"' not in orgs


def test_the_lemma_column_prefilter_finds_what_the_readings_find(ctx_for):
    """Skipping tokens by the document's lower-cased lemma column changes nothing: same firms, same titles."""
    from pipeline.ner.kind_names import firm_names, press_titles

    ctx = ctx_for("Stoisko miały spółki Medicor 24 oraz Tarvex Care, a firma Kalinex sp. z o.o. dała nagrody. "
                  "Mówił Jan Lis, red. naczelny „Kuriera Lipowskiego”, i redaktorka \"Gazety\".")
    toks, lemmas = ctx.light_tokens, ctx.features.lemmas_lower
    assert firm_names(toks, ctx.text, lemmas) == firm_names(toks, ctx.text) != []
    assert press_titles(toks, lemmas) == press_titles(toks) != []


def test_a_slash_inside_a_firm_name_joins_its_parts(extractor):
    """"firma K/T Modelex": the letters around a glued slash are one word of the name."""
    assert "K/T Modelex" in _orgs(extractor, "Pokaz zorganizowała firma K/T Modelex z Lublina.")
    assert "K" not in _orgs(extractor, "Pokaz zorganizowała firma K/T Modelex z Lublina.")


def test_a_quoted_title_led_by_a_press_noun_is_a_body(extractor):
    orgs = _orgs(extractor, "Patronat medialny nad festynem objął „Tygodnik Lipowski”. Wygrał „Kurier Brzozowy” przed "
                            "reporterami „Dziennika Dolnego”.")
    assert {"„Tygodnik Lipowski”", "„Kurier Brzozowy”", "„Dziennik Dolny”"} <= orgs


def test_a_journalist_noun_governs_its_paper_in_the_genitive(extractor):
    assert "„Echo”" in _orgs(extractor, "Drugie miejsce zajęli dziennikarze „Echa” z Lipna.")


def test_a_press_noun_title_in_the_locative_is_only_where_an_article_appeared(extractor):
    orgs = _orgs(extractor, "Relacja z turnieju ukazała się w „Gazecie Brzozowej” i na łamach „Kuriera Lipowego”.")
    assert not {"„Gazeta Brzozowa”", "„Kurier Lipowy”"} & orgs


def test_a_legal_form_closes_an_institution_name_with_its_own_spacing(extractor):
    orgs = _orgs(extractor, "Sponsorami były Przedsiębiorstwo Ciepłownicze Sp. z o. o. oraz Zakład Wodociągów "
                            "i Kanalizacji Sp. Z o. o. z Lipna.")
    assert {"Przedsiębiorstwo Ciepłownicze Sp. z o. o.", "Zakład Wodociągów i Kanalizacji Sp. Z o. o."} <= orgs


def test_an_initial_of_a_patron_is_no_legal_form(extractor):
    assert "Szkoła Podstawowa im. S. Andrzejewskiego" in _orgs(
        extractor, "Festyn przygotowała Szkoła Podstawowa im. S. Andrzejewskiego w Lipnie.")


def test_a_studio_is_a_firm_kind_word(extractor):
    assert "Lumo Film" in _orgs(extractor, "Oba filmy zrealizowano w studiu Lumo Film z Lipna.")


def test_a_genitive_owner_after_a_kind_word_is_no_apposition(extractor):
    orgs = _orgs(extractor, "Nagrania powstały w studiu nagraniowym Lipowskiego Radia.")
    assert "Lipowskiego Radia" not in orgs
