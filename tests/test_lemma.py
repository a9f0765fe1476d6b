"""`base_form`: the public base-form function, the same code the extractors use (invented names)."""

import pytest

from pipeline import base_form
from pipeline.lemma import evaluate_file


@pytest.mark.parametrize("phrase,kind,expected", [
    ("Agnieszki Wilczyńskiej", "person", "Agnieszka Wilczyńska"),
    ("Stanisława Dolacińskiego", "person", "Stanisław Dolaciński"),
    ("Tomaszowi Lisowi", "person", "Tomasz Lis"),
    ("Annę Nowak-Jeziorańską", "person", "Anna Nowak-Jeziorańska"),
    ("Jana", "person", "Jan"),
    ("Kowalskiego", "person", "Kowalski"),
    ("Gaulle'a", "person", "Gaulle"),
    ("Ewa T.", "person", "Ewa T."),
    ("Nowego Sącza", None, "Nowy Sącz"),
    ("Nowym Sączu", "place", "Nowy Sącz"),
    ("Bielsku-Białej", "place", "Bielsko-Biała"),
    ("Krynicy Zdroju", "place", "Krynica Zdrój"),
    ("Spółdzielni Socjalnej „Razem”", "organization", "Spółdzielnia Socjalna „Razem”"),
    ("Komisji Integracji Europejskiej", "organization", "Komisja Integracji Europejskiej"),
    ("Uniwersytetu Jana Kochanowskiego", "organization", "Uniwersytet Jana Kochanowskiego"),
    ("Powiatowym Urzędzie Pracy w Myszkowie", "organization", "Powiatowy Urząd Pracy w Myszkowie"),
])
def test_base_forms(phrase, kind, expected):
    assert base_form(phrase, kind) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Kujaw i Pomorza", "Kujawy i Pomorze"),  # two coordinated names, each in its base form
    ("Wielkiej Brytanii i Irlandii Północnej", "Wielka Brytania i Irlandia Północna"),
    ("Europy Środkowej i Wschodniej", "Europa Środkowa i Wschodnia"),  # agreement across "i"
    ("Muzeum Historii i Kultury", "Muzeum Historii i Kultury"),  # a genitive attribute is not split off
])
def test_coordinated_place_names(phrase, expected):
    assert base_form(phrase, "place") == expected


def test_a_name_already_in_its_nominative_keeps_its_head():
    # "Gutek" also reads as the genitive plural of a place "Gutki": the word as written is its own nominative
    assert base_form("Kotek Film", "organization") == "Kotek Film"


@pytest.mark.parametrize("phrase,kind,expected", [
    ("Hurtowni Zielarskiej S . A .", "organization", "Hurtownia Zielarska S.A."),  # one abbreviation, glued
    ("Kaplicy N . M . P", "place", "Kaplica N.M.P"),
    ("J . K . Malinowskiego", "person", "J. K. Malinowski"),  # a person's initials keep their spacing
])
def test_spaced_initialisms_are_glued(phrase, kind, expected):
    assert base_form(phrase, kind) == expected


def test_kind_is_guessed():
    assert base_form("Fundacji Zielony Most") == "Fundacja Zielony Most"
    assert base_form("Agnieszki Wilczyńskiej") == "Agnieszka Wilczyńska"


def test_lemma_eval_reads_the_kpwr_format(tmp_path):
    path = tmp_path / "ne.tsv"
    path.write_text(
        "Anna Kos\tAnny Kos\tAnna Kos \tsubst:sg:gen:f subst:sg:gen:f\tFalse False\tnam_liv_person\tnull\n"
        "Zalesie\tZalesiu\tZalesie \tsubst:sg:loc:n\tFalse\tnam_loc_gpe_city\tnull\n"
        "Fundacja Most\tFundacji Most\tfundacja most \tsubst:sg:gen:f subst:sg:nom:m3\tFalse False\tnam_org_organization\tnull\n",
        encoding="utf-8")
    score = evaluate_file(path)
    assert (score.total["person"], score.total["place"], score.total["organization"]) == (1, 1, 1)
    assert score.accuracy("person") == 1.0 and score.accuracy("organization") == 1.0


@pytest.mark.parametrize("phrase,kind,expected", [
    ("Brokkerem", "person", "Brokker"),
    ("Zolideta", "person", "Zolideta"),
    ("Tamiriego", "person", "Tamiri"),
    ("Mario", "person", "Mario"),                       # only a vocative of Maria: kept as written
    ("Józefa Stolmacha", "person", "Józef Stolmach"),   # a man's genitive before a fitting surname
    ("Stanisława Nowak", "person", "Stanisława Nowak"),
    ("Krzysztofa Tulmę", "person", "Krzysztof Tulma"),
    ("Kruk S.A.", "organization", "Kruk S.A."),          # spacing as written
    ("Zakłady Drobiu, Mięsa i Ryb", "organization", "Zakłady Drobiu, Mięsa i Ryb"),
    ("GOK-u", "organization", "GOK"),
    ("Brontexu", "organization", "Brontex"),
    ("Amerykanów", "organization", "Amerykanie"),
    ("Prezesowi Urzędu Ochrony Lasów", "organization", "Prezes Urzędu Ochrony Lasów"),
    ("Pierwszego Prezesa Sądu Okręgowego", "organization", "Pierwszy Prezes Sądu Okręgowego"),
    ("Society of Brave Farmers", "organization", "Society of Brave Farmers"),
])
def test_base_forms_of_unknown_and_foreign_names(phrase, kind, expected):
    assert base_form(phrase, kind) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Kelbranta Zuvomy", "Kelbrant Zuvoma"),        # the genitive "-y" shows the case of the first word too
    ("Trevisem Malbonem", "Trevis Malbon"),         # instrumental of both
    ("Gorvinowi Talbekowi", "Gorvin Talbek"),       # dative of both
    ("Dervona Quolteya", "Dervon Quoltey"),         # "-ya": a "-y" final consonant stem's genitive
    ("Ervila Mostrázy", "Ervila Mostrázy"),         # every word may be a nominative: as written
    ("Kaspra Trelenki", "Kasper Trelenko"),         # a known first name in the genitive, a man's "-ko" stem
    ("Cordane'a Vilbrecka", "Cordane Vilbreck"),    # an apostrophe ending agrees with the other word
    ("Benito Tarvoliniego", "Benito Tarvolini"),    # a word known only as a vocative reads as unknown;
    ("Benito Tarvoliniemu", "Benito Tarvolini"),    # "-ego" is a case ending, not an undeclined "-o"
])
def test_words_of_a_name_agree_in_case(phrase, expected):
    assert base_form(phrase, "person") == expected


def test_people_extractor_uses_the_agreement():
    from pipeline.extract.person_names import person_name
    from pipeline.lemma import _doc

    assert person_name(list(_doc("Trevisem Malbonem"))) == ("Trevis Malbon", "m")


@pytest.mark.parametrize("phrase,expected", [
    ("Teodora VII", "Teodor VII"),                                # a ruler's numeral: no initial's dot
    ("Wacława IX Krzywoustego", "Wacław IX Krzywousty"),          # the numeral as written, the byname declined
    ("Franciszka Antoniego Wolmera", "Franciszek Antoni Wolmer"),  # the second first name shows the gender
    ("Melindą Vosse", "Melinda Vosse"),                           # a foreign "-e" surname is undeclined
    ("Szymona Dukata", "Szymon Dukat"),                           # a common noun's genitive as a surname
    ("Wolnawscy", "Wolnawscy"),                                   # a family: the nominative plural stays
])
def test_person_names_decided_by_their_other_words(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("New Ambleton", "New Ambleton"),    # not "Newy": a foreign compound stays as written
    ("West Tarbrook", "West Tarbrook"),
    ("Brandelfurcie", "Brandelfurt"),    # the locative of a masculine stem
    ("Quorodzie", "Quorod"),
    ("Velmosulem", "Velmosul"),          # the instrumental
    ("Kravazu", "Kravaz"),               # the genitive or locative "-u"
    ("Veluny", "Veluna"),                # an "-a" stem's genitive
    ("Tarmalicy", "Tarmalica"),
    ("Quarnbury", "Quarnbury"),          # a foreign "-ry" / "-ty" nominative
    ("Velmity", "Velmity"),
])
def test_foreign_place_names_lose_their_polish_endings(phrase, expected):
    assert base_form(phrase, "place") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Trelvorth ’ a", "Trelvorth"),                 # a tokenizer's spaces around the apostrophe
    ("Quendrick ’ owi", "Quendrick"),
    ("Lorrie ’ ego Vanstona", "Lorrie Vanston"),    # the ending shows the case of the other word
    ("Velmers´a", "Velmers"),                       # an acute accent typed for the apostrophe
    ("Velmers`a", "Velmers"),                       # a backtick typed for it
    ("O ’ Brannagh", "O’Brannagh"),                  # an Irish prefix: one word, its apostrophe as written
])
def test_apostrophe_before_an_ending(phrase, expected):
    assert base_form(phrase, "person") == expected


def test_a_lone_first_name_takes_the_reading_with_more_name_categories():
    """'Jacka' is Jacek (a first name and a surname) before the English Jack (a first name only)."""
    assert base_form("Jacka", "person") == "Jacek"


def test_brackets_hug_their_words_whatever_the_tokenizer_spacing():
    assert base_form("Jana Werbuta ( Słomińskiego )", "person") == "Jan Werbut (Słomiński)"


@pytest.mark.parametrize("phrase,kind,expected", [
    ("Lejb - Strażnicki Pułk Dragonów", "organization", "Lejb-Strażnicki Pułk Dragonów"),  # a hyphen joins
    ("Kwiatek – Ogrodnik", "organization", "Kwiatek – Ogrodnik"),  # a dash stays spaced
    ("Zakładów Planowania , Budowy i Napraw", "organization", "Zakłady Planowania, Budowy i Napraw"),
    ("Hurtowni Lipka Sp . z o . o .", "organization", "Hurtownia Lipka Sp. z o.o."),
    ("Klubu Sportowego \" Modrzew \"", "organization", "Klub Sportowy \"Modrzew\""),
    ("Fundacji „ Zielony Brzeg ”", "organization", "Fundacja „Zielony Brzeg”"),
    ("K L P", "organization", "KLP"),  # capitals standing alone spell one acronym
    ("Radia 98 , 5", "organization", "Radio 98,5"),
    ("Lipno : Miasto nad Wisłą", None, "Lipno: Miasto nad Wisłą"),
])
def test_tokenizer_spacing_gives_way_to_typography(phrase, kind, expected):
    assert base_form(phrase, kind) == expected


def test_quotes_written_against_their_words_stay():
    assert base_form('Klubu "Modrzew" z Lipna', "organization") == 'Klub "Modrzew" z Lipna'


@pytest.mark.parametrize("phrase,expected", [
    ("Sekretariacie Posiedzeń Rady Gminy", "Sekretariat Posiedzeń Rady Gminy"),  # the opening noun governs the body
    ("Prezydium Zarządu Głównego", "Prezydium Zarządu Głównego"),
    ("Dyrektora Szkoły Podstawowej w Lipnie", "Dyrektor Szkoły Podstawowej w Lipnie"),
    ("Miejskiego Ośrodka Kultury", "Miejski Ośrodek Kultury"),  # an adjective first: the body heads
])
def test_a_common_noun_before_an_institution_heads_the_name(phrase, expected):
    assert base_form(phrase, "organization") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Inspektora Naczelnego", "Inspektor Naczelny"),  # an office's adjective agrees with its person noun
    ("Komendanta Głównego Straży Leśnej", "Komendant Główny Straży Leśnej"),
    ("Strażnika Lewego Brzegu Odry", "Strażnik Lewego Brzegu Odry"),  # the adjective is the bank's
])
def test_an_office_named_by_a_person_noun_and_its_adjective(phrase, expected):
    assert base_form(phrase, "organization") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Zjednoczonej Spółdzielni Rybackiej", "Zjednoczona Spółdzielnia Rybacka"),  # a participle stays a participle
    ("Naszej Wymarzonej Fundacji", "Nasza Wymarzona Fundacja"),
])
def test_participles_before_the_head_agree_as_adjectives(phrase, expected):
    assert base_form(phrase, "organization") == expected


@pytest.mark.parametrize("phrase,kind,expected", [
    ("NATO", "organization", "NATO"),  # the dictionary's acronym, not a vocative of Nat
    ("JANA", "person", "Jan"),  # also the first name's genitive: a name
])
def test_a_one_word_acronym_the_dictionary_knows_is_its_own_base_form(phrase, kind, expected):
    assert base_form(phrase, kind) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Ładu i Porządku", "Ład i Porządek"),  # two coordinated nouns share their case
    ("Pokoju i Wolności", "Pokój i Wolność"),
    ("Dom i Ogród", "Dom i Ogród"),  # both already nominatives
])
def test_coordinated_nouns_naming_an_organization(phrase, expected):
    assert base_form(phrase, "organization") == expected
