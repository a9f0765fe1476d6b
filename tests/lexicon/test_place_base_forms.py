"""Base forms of noun-headed place names (pipeline/lexicon/places.py, place_phrases.noun_headed); invented sentences."""

import pytest


def test_a_lakes_name_is_not_read_as_a_surname(extractor):
    names = {p.name for p in extractor.extract("Spacer odbył się nad Jeziorem Kolneńskim.").places}
    assert "Jezioro Kolneńskie" in names


def test_the_head_reading_agrees_in_gender_with_its_adjective(extractor):
    names = {p.name for p in extractor.extract("Kajaki pływały po Jeziorze Białym.").places}
    assert "Jezioro Białe" in names


def test_readings_are_cached_by_the_words_and_the_governing_preposition(ctx_for):
    """The candidates of a name depend only on its words and the cases the preposition before it governs:
    the same words after another preposition are read afresh, and callers get lists of their own."""
    from pipeline.lexicon.places import _candidates, _known, locality_base

    ctx = ctx_for("Jechali do Nowego Sącza, a potem byli w Nowym Sączu i w Nowym Sączu.")
    toks = ctx.light_tokens
    first = [t for t in toks if t.text in ("Nowym", "Sączu")][:2]
    second = [t for t in toks if t.text in ("Nowym", "Sączu")][2:]
    assert _candidates(first) is _candidates(second)
    genitive = [t for t in toks if t.text in ("Nowego", "Sącza")]
    assert _candidates(genitive) is not _candidates(first)
    known = _known(_candidates(first))
    known.append("zmiana")
    assert "zmiana" not in _known(_candidates(first))
    assert locality_base(first) == locality_base(second) == locality_base(genitive) == "Nowy Sącz"


def test_a_noun_that_is_also_an_adjective_heads_after_its_agreeing_adjective():
    """'Przychodni' reads as a noun and as a rare adjective: after an adjective agreeing with it as a noun it heads
    the phrase, and the genitive after it stays ('Zdrowia' is not the head)."""
    from pipeline import base_form

    assert base_form("Gminnej Przychodni Stomatologii", "place") == "Gminna Przychodnia Stomatologii"


def test_adjectives_after_a_genitive_complement_do_not_choose_the_heads_number():
    """'Sportowych' agrees with 'Klubów', not with the head: 'Federacji' is the singular genitive."""
    from pipeline import base_form

    assert base_form("Federacji Klubów Sportowych", "place") == "Federacja Klubów Sportowych"


def test_a_foreign_name_read_only_as_a_vocative_or_a_familys_plural_stays_as_written():
    """A place is not named in the vocative, nor by a family's plural: a word the dictionary reads only so
    ('Mewo' as the vocative of 'mewa', 'Zientarach' as the Zientaras' locative) is a foreign name as written."""
    from pipeline import base_form

    assert base_form("Mewo", "place") == "Mewo"
    assert base_form("Zientarach", "place") == "Zientarach"


def test_a_tokenizers_spaces_inside_a_place_name_are_closed():
    """A period after an abbreviation, a hyphen joining a name's parts and brackets are written without the
    spaces a tokenizer leaves around them."""
    from pipeline import base_form

    assert base_form("al . Grzybowskiego", "place") == "al. Grzybowskiego"
    assert base_form("Ft . Lamberton", "place") == "Ft. Lamberton"
    assert base_form("Sankt - Moritz", "place") == "Sankt-Moritz"
    assert base_form("Kv - 7", "place") == "Kv-7"
    assert base_form("Ostrowo ( Wlk )", "place") == "Ostrowo (Wlk)"


def test_adjectives_before_a_later_noun_do_not_choose_the_heads_case():
    """'Zrzeszenie Wolnych Gmin Nadmorskich': 'Wolnych' agrees with 'Gmin', so the head keeps the nominative it
    is written in rather than a genitive plural reading that would agree with the adjective."""
    from pipeline import base_form

    assert base_form("Związek Wolnych Gmin Nadmorskich", "place") == "Związek Wolnych Gmin Nadmorskich"


def test_a_name_written_in_its_nominative_is_that_place():
    """'Orłów' is a village's nominative and the genitive plural of 'Orły': with no preposition the written
    nominative is the place; a town's genitive that spells a village's name stays the town."""
    from pipeline import base_form

    assert base_form("Orłów", "place") == "Orłów"
    assert base_form("Sokołów", "place") == "Sokołów"
    assert base_form("Głogowa", "place") == "Głogów"


def test_a_name_opened_by_a_nominative_numeral_stays_as_written():
    """The noun after a numeral agrees with it ('Cztery Wieże') or stands in the genitive it governs
    ('7 Mostów', '11 Listopada'): the numeral's nominative makes the whole name nominative."""
    from pipeline import base_form

    assert base_form("Cztery Wieże", "place") == "Cztery Wieże"
    assert base_form("7 Mostów Małych", "place") == "7 Mostów Małych"
    assert base_form("11 Listopada", "place") == "11 Listopada"


def test_an_acronym_loses_the_ending_glued_to_it_and_keeps_its_capitals():
    from pipeline import base_form

    assert base_form("NRD-owi", "place") == "NRD"
    assert base_form("ZSRR-em", "place") == "ZSRR"
    assert base_form("NRD", "place") == "NRD"


def test_only_the_words_before_a_preposition_inflect():
    """'X nad Y': the phrase the preposition opens keeps its governed case, and the register's full name picks
    the head's reading ('Grabowa' is the genitive of Grabów, not the village Grabowa)."""
    from pipeline import base_form

    assert base_form("Grabowa nad Prosną", "place") == "Grabów nad Prosną"
    assert base_form("Czerwińska nad Wisłą", "place") == "Czerwińsk nad Wisłą"
    assert base_form("Lindenburgu nad Menem", "place") == "Lindenburg nad Menem"


def test_a_region_read_through_a_plural_is_not_preferred_to_the_registers_village():
    """'Nowym' reads as a singular adjective and as the dative plural of a place 'Nowa': the region reading
    'Nowa Polesie' built from that plural loses to the village the register knows."""
    from pipeline import base_form

    assert base_form("Nowym Polesiu", "place") == "Nowe Polesie"
    assert base_form("Śląsku", "place") == "Śląsk"


def test_a_compound_adjective_inflects_only_its_last_part():
    """'lubusko-śląskim': the part before the hyphen never inflects, the last part agrees with the head or,
    with the unit's noun left out, takes its lemma as a lone adjective does."""
    from pipeline import base_form

    assert base_form("województwie lubusko-śląskim", "place") == "województwo lubusko-śląskie"
    assert base_form("Drogi Zielono - Polnej", "place") == "Droga Zielono-Polna"
    assert base_form("lubusko-śląskiego", "place") == "lubusko-śląski"
    assert base_form("gdańskim północnym", "place") == "gdański północny"


def test_a_town_and_its_district_joined_by_a_hyphen_inflect_each_on_their_own():
    from pipeline import base_form

    assert base_form("Katowicach - Ligocie", "place") == "Katowice-Ligota"
    assert base_form("Poznaniu-Ratajach", "place") == "Poznań-Rataje"


def test_a_participle_after_the_head_chooses_its_reading_like_an_adjective():
    """'Zjednoczonych' (a participle) agrees with 'Stany' in the locative plural, not with an indeclinable
    surname 'Stanach'; and as a masculine-personal plural it cannot go with 'Meksyku' after it."""
    from pipeline import base_form

    assert base_form("Stanach Zjednoczonych Meksyku", "place") == "Stany Zjednoczone Meksyku"


def test_a_countrys_listed_name_decides_where_an_adjective_belongs():
    """'Południowej' agrees with 'Republice' and with 'Afryki': the country's name says it goes with 'Afryki'."""
    from pipeline import base_form

    assert base_form("Republice Południowej Afryki", "place") == "Republika Południowej Afryki"
    assert base_form("Republice Czeskiej", "place") == "Republika Czeska"


def test_a_capitalised_adjective_in_its_nominative_is_the_name_as_written():
    """A lone capitalised word read only as an adjective in the nominative ('Miodowe', 'Tęczowe') is a name
    as written, not the masculine lemma of the adjective."""
    from pipeline import base_form

    assert base_form("Miodowe", "place") == "Miodowe"
    assert base_form("Tęczowe", "place") == "Tęczowe"


def test_a_range_read_only_as_the_plural_of_a_singular_name_stays_plural():
    """The dictionary reads 'Beskidach' only as the plural of the singular 'Beskid' and the register knows no
    such place: the range's name is that plural, in the nominative."""
    from pipeline import base_form

    assert base_form("Beskidach", "place") == "Beskidy"
    assert base_form("Beskidami", "place") == "Beskidy"
    assert base_form("Beskidzie", "place") == "Beskid"


def test_a_reading_the_dictionary_labels_archaic_loses_to_a_plain_one():
    """'Rondzie' reads as the locative of 'rondo' and of an archaic 'rond': the plain word heads the name."""
    from pipeline import base_form

    assert base_form("Rondzie Żeglarzy", "place") == "Rondo Żeglarzy"
    assert base_form("Rondzie", "place") == "Rondo"


def test_an_adjective_the_dictionary_lacks_agrees_with_the_head_by_its_ending():
    from pipeline import base_form

    """'Drzęsławskiej', 'Trzebuszewskim': unknown words, but every adjective in '-ski' declines alike, so the
    ending shows the case and number the head agrees in ('Jezioro', not 'Jeziora') and the nominative."""
    assert base_form("Wyspie Drzęsławskiej", "place") == "Wyspa Drzęsławska"
    assert base_form("Jeziorze Trzebuszewskim", "place") == "Jezioro Trzebuszewskie"


def test_two_multiword_names_joined_by_a_hyphen_inflect_each_on_their_own():
    from pipeline import base_form

    assert base_form("Papui-Nowej Gwinei", "place") == "Papua-Nowa Gwinea"
    assert base_form("Gorzowie Wielkopolskim-Zawarciu", "place") == "Gorzów Wielkopolski-Zawarcie"


def test_an_adjective_agrees_with_an_indeclinable_head_of_either_number():
    """'Delhi' reads in every case and both numbers at once: the singular adjective before it agrees."""
    from pipeline import base_form

    assert base_form("Nowym Delhi", "place") == "Nowe Delhi"


def test_a_big_citys_district_comes_before_a_village_of_a_homonymous_reading():
    """'Wilanowem' is the instrumental of Warsaw's district Wilanów and of villages called Wilanowo."""
    from pipeline import base_form

    assert base_form("Wilanowem", "place") == "Wilanów"


def test_after_a_street_abbreviation_only_the_agreeing_adjectives_inflect():
    from pipeline import base_form

    assert base_form("ul. Sosnowej", "place") == "ul. Sosnowa"
    assert base_form("pl. Targowym", "place") == "pl. Targowy"
    assert base_form("Al. Ujazdowskich", "place") == "Al. Ujazdowskie"
    assert base_form("os. Słonecznym", "place") == "os. Słoneczne"
    assert base_form("al. Solidarności", "place") == "al. Solidarności"
    assert base_form("os. Millenium", "place") == "os. Millenium"


def test_an_unknown_plural_name_in_the_locative_takes_its_soft_stems_nominative():
    """'w Hrubnowiczach': a plural name the dictionary lacks, its stem soft, so the nominative ends in '-e';
    a German '-ach' after a hard stem ('Offenbach') is no Polish ending and stays."""
    from pipeline import base_form

    assert base_form("Hrubnowiczach", "place") == "Hrubnowicze"
    assert base_form("Kołtuszelach", "place") == "Kołtuszele"
    assert base_form("Offenbach", "place") == "Offenbach"
    assert base_form("Hrubnowiczami", "place") == "Hrubnowicze"  # the instrumental alike
    assert base_form("Worgalkami", "place") == "Worgalki"


def test_an_unknown_land_named_by_a_prefix_is_a_neuter_in_ie():
    """'Zawiślaniu' (unknown to the dictionary): a land named by a preposition and a noun is a neuter, its
    locative '-iu' after a soft consonant gives '-ie'; a foreign '-iu' without such a prefix stays."""
    from pipeline import base_form

    assert base_form("Zawiślaniu", "place") == "Zawiślanie"
    assert base_form("Kiusiu", "place") == "Kiusiu"


def test_a_prefixed_name_is_capitalised_at_its_start_only():
    """The dictionary spells some prefixed names 'nadBuż'; a name is written with one capital (the region's list
    names the land along the Bug 'Nadbuże', a neuter like 'Podlasie')."""
    from pipeline import base_form

    assert base_form("Nadbużu", "place") == "Nadbuże"


def test_a_word_read_only_as_a_common_nouns_plural_is_a_name_as_written():
    """A place is not named by the plural of a common word's singular: 'Kalosze' (only 'kalosz' in the plural)
    is a name as written; a plurale tantum may name one ('Schodów' -> 'Schody')."""
    from pipeline import base_form

    assert base_form("Kalosze", "place") == "Kalosze"
    assert base_form("Schodów", "place") == "Schody"


def test_a_word_read_only_as_a_familys_plural_heads_no_place_name():
    """'Kubiakach' reads only as the locative of the Kubiaks: no place is named so, the phrase is a foreign
    name as written rather than 'Kubiakowie (Main)'."""
    from pipeline import base_form

    assert base_form("Kubiakach (Main)", "place") == "Kubiakach (Main)"


def test_an_unknown_villages_locative_in_consonant_k_u_keeps_its_fleeting_vowel():
    """'w Parzelinku' -> 'Parzelinek' (as 'Borek' / 'w Borku'); a stem in 's' + 'k' has no such vowel
    ('w Trelańsku' -> 'Trelańsk'), nor a stem whose 'k' follows a vowel ('w Kravaku' -> 'Kravak')."""
    from pipeline import base_form

    assert base_form("Parzelinku", "place") == "Parzelinek"
    assert base_form("Olszymłynku", "place") == "Olszymłynek"
    assert base_form("Trelańsku", "place") == "Trelańsk"
    assert base_form("Kravaku", "place") == "Kravak"


def test_after_w_or_na_a_locative_reading_comes_before_a_plural_names_accusative(ctx_for):
    """'w Górce', 'na Lipce': where something happens, the locative of Górka / Lipka, not the accusative of the
    villages Górce / Lipce; a name with no locative reading keeps the accusative ('na Borek')."""
    from pipeline.lexicon.places import locality_base

    ctx = ctx_for("Piknik odbył się w Górce, a potańcówka na Lipce. Potem jechali na Borek.")
    toks = {t.text: t for t in ctx.light_tokens}
    assert locality_base([toks["Górce"]]) == "Górka"
    assert locality_base([toks["Lipce"]]) == "Lipka"
    assert locality_base([toks["Borek"]]) == "Borek"


def test_a_reading_in_a_case_the_preposition_does_not_govern_comes_after_one_it_governs(ctx_for):
    """'z Kamionka' is Kamionek's genitive, though the nominative Kamionka seats a gmina; without a preposition
    ('Sołectwo Kamionka') and in a case it governs ('w Kamionce') the name is Kamionka."""
    from pipeline.lexicon.places import locality_base

    ctx = ctx_for("Chór z Kamionka zaśpiewał w Kamionce. Sołectwo Kamionka dziękuje.")
    words = [t for t in ctx.light_tokens if t.text.startswith("Kamion")]
    assert [locality_base([t]) for t in words] == ["Kamionek", "Kamionka", "Kamionka"]


def test_a_name_shared_by_several_hyphenated_settlements_is_a_locality_group():
    """The register holds Badowo only as "Badowo-…" settlements; one hyphenated town's half is no group."""
    from pipeline.lexicon.places import is_locality_group

    assert is_locality_group("Badowo")
    assert not is_locality_group("Bielsko")  # Bielsko-Biała alone
    assert not is_locality_group("Kraków")  # a locality of its own


def test_a_first_word_of_several_two_word_settlements_is_a_locality_group_unless_an_adjective():
    """Biczyce Dolne and Biczyce Górne: "Biczyce" names both; "Stara" opens hundreds of names and names none."""
    from pipeline.lexicon.places import is_locality_group

    assert is_locality_group("Biczyce")
    assert not is_locality_group("Stara") and not is_locality_group("Nowa")


def test_a_common_nouns_singular_reading_comes_before_another_nouns_plural():
    """'Tuby' is the genitive of 'tuba' and the plural of 'tub': a place is named by a singular noun."""
    from pipeline import base_form

    assert base_form("Tuby", "place") == "Tuba"
    assert base_form("Tony", "place") == "Tona"


def test_a_common_nouns_oblique_plural_names_a_place_in_the_plural():
    """'-ach', '-ami', '-om' are Polish endings: a name read only so is the plural's nominative ('w Tubach' ->
    'Tuby'); a genitive plural may be a foreign name's own spelling and stays."""
    from pipeline import base_form

    assert base_form("Tubach", "place") == "Tuby"
    assert base_form("Tubami", "place") == "Tuby"


def test_only_the_last_word_of_an_unknown_foreign_name_declines_by_a_polish_ending():
    """A nasal ending after a consonant or '-owie' is Polish inflection on a name of unknown words; the words
    before it stay, and a name with no such ending stays as written."""
    from pipeline import base_form

    assert base_form("Tel Varunę", "place") == "Tel Varuna"
    assert base_form("Staro - Kuzmykowie", "place") == "Staro-Kuzmyków"
    assert base_form("Tel Varuno", "place") == "Tel Varuno"


def test_a_short_unknown_name_loses_its_nasal_ending():
    from pipeline import base_form

    assert base_form("Tubą", "place") != "Tubą"
    assert base_form("Zurą", "place") == "Zura"


def test_a_street_named_after_a_person_in_the_genitive_is_that_persons_name():
    """A singular first name in an oblique case and a surname sharing it: the person's nominative."""
    from pipeline import base_form

    assert base_form("Piotra Wróbla", "place") == "Piotr Wróbel"  # the surname is no genitive complement
    assert base_form("Jana Wróbla", "place") == "Jan Wróbel"  # "Jana" also reads as a nominative surname
    assert base_form("Jan Wierzbicki", "place") == "Jan Wierzbicki"
    assert base_form("El Despiste", "place") == "El Despiste"  # no plural of the first name "Ela"


def test_a_heads_name_reading_shared_with_a_common_noun_wins():
    """'Jeziorze' reads as the names 'Jeziora' and 'Jezioro'; only the second is also a common noun ('jezioro'),
    and a name agreeing with a common word is the likelier one."""
    from pipeline import base_form

    assert base_form("Jeziorze Krapiny", "place") == "Jezioro Krapiny"


def test_a_singular_name_beats_the_registers_village_read_through_a_plural():
    """'Brnie' is the locative of the city Brno and a plural form of a village Breń the register holds: a place is
    not named by the plural of a singular name, so the dictionary's singular name wins."""
    from pipeline import base_form

    assert base_form("Brnie", "place") == "Brno"


def test_an_unknown_names_niu_after_a_vowel_is_a_masculine_in_soft_n():
    from pipeline import base_form

    assert base_form("Worganiu", "place") == "Worgań"
    assert base_form("Zawarniu", "place") == "Zawarnie"  # a land named by a preposition: a neuter in "-ie"


def test_an_unknown_head_takes_the_gender_its_adjectives_agree_with():
    """A locative in '-ie' may be a masculine's or a feminine's: the adjective beside it decides; a stem ending in
    a consonant and 'c' gets back the 'e' of its nominative '-ec'."""
    from pipeline import base_form

    assert base_form("Worganie Wielkiej", "place") == "Worgana Wielka"
    assert base_form("Worganie Wielkim", "place") == "Worgan Wielki"
    assert base_form("Zawilcu Wielkim", "place") == "Zawilec Wielki"
    assert base_form("Worgalcu", "place") == "Worgalec"


def test_a_word_known_only_as_a_member_of_a_name_agrees_with_the_noun_after_it():
    """'Kasprowy' is only ever part of a longer name: the noun after it sharing its case completes the name and
    goes to the nominative with it; a noun in another case stays."""
    from pipeline import base_form

    assert base_form("Kasprowym Stawie", "place") == "Kasprowy Staw"
    assert base_form("Kasprowego Potoku", "place") == "Kasprowy Potok"
    assert base_form("Kasprowy Potoku", "place") == "Kasprowy Potoku"


def test_a_member_of_a_longer_name_written_in_its_nominative_does_not_keep_the_head_as_written():
    """'Moście' is the nominative of a name's member and the locative of 'most': a member reading is no sign the
    phrase is already in its nominative."""
    from pipeline import base_form

    assert base_form("Moście Zawilskiego", "place") == "Most Zawilskiego"


def test_an_unknown_adjective_in_owy_agrees_with_the_head_by_its_ending():
    from pipeline import base_form

    assert base_form("Wyspie Karlowej", "place") == "Wyspa Karlowa"
    assert base_form("Jeziorze Zawilcowym", "place") == "Jezioro Zawilcowe"
    assert base_form("Karlowych Warach", "place") == "Karlowe Wary"


def test_a_country_read_only_through_a_plural_of_its_name_loses_to_a_singular_reading():
    """'Jordanie' is the river Jordan's locative and the plural of the country 'Jordania': not the country."""
    from pipeline import base_form

    assert base_form("Jordanie", "place") == "Jordan"
    assert base_form("Jordanii", "place") == "Jordania"


def test_an_unknown_lone_word_in_ej_is_a_feminine_declined_as_an_adjective():
    from pipeline import base_form

    assert base_form("Worgalskiej", "place") == "Worgalska"
    assert base_form("Worgalnej", "place") == "Worgalna"


def test_a_register_village_written_as_another_words_nominative_stays_as_written():
    """"Jamnik", "KABAT": register villages, written as a common noun's nominative, not the genitive plural of the
    geographic names "Jamniki", "Kabaty" the dictionary knows."""
    from pipeline import base_form

    assert base_form("Jamnik", "place") == "Jamnik"
    assert base_form("KABAT", "place") == "Kabat"


def test_the_written_village_yields_to_a_preposition_governing_another_case(extractor):
    names = {p.name for p in extractor.extract("Festyn odbył się we wsi Jamnik, a goście przyjechali z Kabat.").places}
    assert {"Jamnik", "Kabaty"} <= names


@pytest.mark.parametrize("word,expected", [
    ("Pomorska", "Pomorska"),  # an adjective's nominative, not the village Pomorsko's genitive
    ("Chmielna", "Chmielna"),
    ("Płocka", "Płock"),  # a town's genitive wins
    ("Śląska", "Śląsk"),  # so does a region's
    ("Kijowa", "Kijów"),  # and a name in "-ów"
])
def test_a_feminine_adjectives_nominative_is_a_name_as_written(word, expected):
    from pipeline import base_form

    assert base_form(word, "place") == expected


def test_the_adjective_shaped_name_yields_to_a_genitive_preposition(extractor):
    names = {p.name for p in extractor.extract("Goście przyjechali z Chmielna.").places}
    assert "Chmielno" in names


@pytest.mark.parametrize("phrase,expected", [
    ("Generała Jana Wróbla", "Generał Jan Wróbel"),  # a street after a titled person: both in the nominative
    ("Prymasa T . Wróbla", "Prymas T. Wróbel"),
    ("Króla Jana III Wróbla", "Król Jan III Wróbel"),
    ("Alei Jana Wróbla", "Aleja Jana Wróbla"),  # no title: the head noun and its genitive complement
])
def test_a_titled_persons_street_names_the_person_in_the_nominative(phrase, expected):
    from pipeline import base_form

    assert base_form(phrase, "place") == expected


def test_a_negated_participle_keeps_its_negation():
    from pipeline import base_form

    assert base_form("Wyspy Nieznanej", "place") == "Wyspa Nieznana"
