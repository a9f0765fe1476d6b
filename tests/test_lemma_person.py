"""`base_form` of people's names: undeclined words, English '-y' names (invented names)."""

import pytest

from pipeline import base_form


@pytest.mark.parametrize("phrase,expected", [
    ("Joe Nowakowi", "Joe Nowak"),                # an undeclined first name ('sg.pl', every case): the surname shows it
    ("Eleanorę Quillen", "Eleanora Quillen"),     # a woman's first name declines, her consonant-final surname not
    ("Henrietą von Gravburg", "Henrieta von Gravburg"),
    ("László Verbőszem", "László Verbősz"),       # a foreign first name in a vowel left as written
    ("Nicolasem Varkozy", "Nicolas Varkozy"),     # an unknown name in '-y' undeclined beside a man's instrumental
    ("Marią Talverez", "Maria Talverez"),
])
def test_a_name_word_written_as_a_nominative_may_stay_undeclined(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Kenny Dorvers", "Kenny Dorvers"),           # a doubled consonant before '-y': an English name as written
    ("Kelly Marbrook", "Kelly Marbrook"),         # '-ly' is no '-la' stem's genitive (that is '-li')
    ("Baracka Zuvomy", "Barack Zuvoma"),          # an '-a' stem's genitive still shows the case
])
def test_english_names_in_y_are_nominatives(phrase, expected):
    assert base_form(phrase, "person") == expected


def test_a_mans_name_is_not_read_as_a_womans_undeclined_surname():
    # 'Woody' may be an '-a' stem's genitive, but 'Allen' as written is a man's nominative, so the pair
    # is not a woman's genitive first name with an undeclined surname
    assert base_form("Woody Allen", "person") == "Woody Allen"


@pytest.mark.parametrize("phrase,expected", [
    ("Dalberyka", "Dalberyk"),                    # '-yk', '-ström', '-owic': stem ends of men's names,
    ("Norströma", "Norström"),                    # so a lone unknown word in '-a' is their genitive
    ("Tomisławowica", "Tomisławowic"),
    ("Dervaina", "Dervain"),                      # French '-ain' is a man's ending (a woman's is '-aine')
])
def test_lone_unknown_genitives_of_masculine_stems(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("al - Zahiri", "al-Zahiri"),                 # an Arabic particle before a hyphen: as written, with its hyphen
    ("Al - Zahiriego", "Al-Zahiri"),
])
def test_a_particle_joined_by_a_hyphen_stays_as_written(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Lady Makrelt", "Lady Makrelt"),             # 'Lady' is no genitive of 'lada' here: an undeclined title
    ("Sir Tobiasza Wrenbroke'a", "Sir Tobiasz Wrenbroke"),
])
def test_english_titles_before_a_name(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Bordálya", "Bordály"),                      # a Hungarian '-y' is the stem's: the genitive adds '-a'
    ("Lajosa Bordálya", "Lajos Bordály"),
    ("Dorczenkę", "Dorczenko"),                   # Ukrainian '-enko' surnames decline as '-a' stems
    ("Piotrowi Dorczence", "Piotr Dorczenko"),
    ("Woltynauem", "Woltynau"),                   # '-em' after a vowel and '-u'
    ("Tarenya", "Tarenya"),                       # '-nya' without foreign letters: may be a woman's nominative
])
def test_polish_endings_on_foreign_stems(phrase, expected):
    assert base_form(phrase, "person") == expected


def test_a_first_name_both_a_womans_and_a_mans_genitive_before_an_undeclined_surname_is_the_mans():
    assert base_form("Konrada Lusse", "person") == "Konrad Lusse"
    assert base_form("Konrada Nowak", "person") == "Konrada Nowak"  # a woman's consonant-final surname


@pytest.mark.parametrize("phrase,expected", [
    ("Wołtynaua", "Wołtynau"),                    # a Belarusian '-au' name's genitive
    ("Iwana Wołtynaua", "Iwan Wołtynau"),
    ("Premeru", "Premeru"),                       # only a thing's '-u' genitive ('premer'): a man would be 'Premera'
])
def test_more_foreign_name_endings(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Mykola Tarnovsky", "Mykola Tarnovsky"),     # '-ky' is no genitive ('-ka' stems take '-ki'): a nominative
    ("Konstantyna von Werbel - Doenitz", "Konstantyn von Werbel-Doenitz"),  # the hyphen joins its two words only
])
def test_surname_shapes(phrase, expected):
    assert base_form(phrase, "person") == expected


class _Word:
    """A token stand-in: the text and the dictionary readings the name rules look at."""

    def __init__(self, text, readings):
        self.text = text
        self._ = type("Ext", (), {"morf": tuple(readings)})()


def test_a_lone_surname_is_not_read_as_a_first_names_vocative():
    from pipeline.text.analysis import Analysis
    from pipeline.text.person_forms import surname_only_base

    word = _Word("Jarecko", [Analysis("Jarecka", "subst:sg:voc:f", ("imię",)),
                             Analysis("Jarecko", "subst:sg:nom:m1", ("nazwisko",))])
    assert surname_only_base([word]) == "Jarecko"
    call = _Word("Jarecku", [Analysis("Jarecka", "subst:sg:voc:f", ("imię",))])
    assert surname_only_base([call]) == "Jarecka"  # a vocative and nothing else: the name it calls


def test_a_lone_common_noun_naming_a_person_only_in_the_nominative_plural_is_one_person():
    assert base_form("Prababcie", "person") == "Prababcia"
    assert base_form("Ciotek", "person") == "Ciotek"  # a genitive plural is no one's name: as written


@pytest.mark.parametrize("phrase,expected", [
    ("Drzemiącej", "Drzemiąca"),                  # an active participle naming someone agrees like an adjective
    ("Wędrującego Rybaka", "Wędrujący Rybak"),
])
def test_participles_in_names(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Lucíi Ferrández", "Lucía Ferrández"),       # '-íi' / '-ii' is always oblique: the '-ía' name, her surname undeclined
    ("Valérii Szabai", "Valéria Szabai"),
    ("Walkersie", "Walkers"),                     # a locative '-ie' after an '-s' cluster
    ("Elsie", "Elsie"),                           # an English '-sie' name as written
    ("Dobrowskich", "Dobrowski"),                 # a family by its surname
])
def test_oblique_endings_of_foreign_and_family_names(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Sokoła", "Sokół"),      # a surname 'Sokoła' or the genitive of 'Sokół': only 'sokół' is a common noun
    ("Siarka", "Siarka"),     # the nominative is the common noun 'siarka': as written
    ("Dudka", "Dudka"),       # both 'dudka' and 'dudek' are common nouns: as written
])
def test_a_lone_surname_backed_by_a_common_noun(phrase, expected):
    assert base_form(phrase, "person") == expected


def test_an_initial_after_an_ambiguous_first_name_is_no_sign_of_a_woman():
    # 'Zdzisława' is a woman's nominative and a man's genitive; an initial shows neither, and texts name men
    # by the genitive far more often (as for the lone word)
    assert base_form("Zdzisława T.", "person") == "Zdzisław T."
    assert base_form("Zdzisława T . Nowak", "person") == "Zdzisława T. Nowak"


@pytest.mark.parametrize("phrase,expected", [
    ("Anna Garucka", "Anna Garucka"),             # a declined '-a' first name is never left undeclined: no genitive
    ("Beata Krzenciesa", "Beata Krzenciesa"),     # of an unknown man's name ('Garuck', 'Krzencies') beside it
    ("Anny Garuckiej", "Anna Garucka"),
    ("Baracka Zuvomy", "Barack Zuvoma"),
])
def test_a_known_a_name_fixes_the_nominative_of_an_unknown_surname(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Drahobor Zevela", "Drahobor Zevela"),       # an undeclined consonant-final first name: the '-a' word is nominative
    ("Quon Szacha", "Quon Szacha"),               # a common noun's genitive as written too ('szach')
    ("Drahobora Zevelę", "Drahobor Zevela"),      # a declined first name still shows the case
    ("Matthew Kornforda", "Matthew Kornford"),    # an English '-w' ends in a vowel: such a name stays undeclined
])
def test_an_undeclined_consonant_final_first_name_makes_the_name_nominative(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Zofii Lisickiej z domu Warmanówny", "Zofia Lisicka z domu Warmanówny"),  # the maiden name stays a genitive
    ("Haliny z domu Trelak", "Halina z domu Trelak"),
    ("Ewy Zofii", "Ewa Zofia"),                    # two first names without a surname: both decline as names
])
def test_maiden_names_and_second_first_names(phrase, expected):
    assert base_form(phrase, "person") == expected


def test_an_adjective_the_dictionary_lacks_agrees_with_a_common_noun_by_its_ending():
    # 'Wolbrzyckiej': an '-cki' adjective from a place name, feminine genitive like 'Królowej'; 'Pokoju' is its complement
    assert base_form("Wolbrzyckiej Królowej Pokoju", "person") == "Wolbrzycka Królowa Pokoju"
    assert base_form("Anny Wolbrzyckiej", "person") == "Anna Wolbrzycka"  # beside a first name: a surname, as before


@pytest.mark.parametrize("phrase,expected", [
    ("Tary Quindler", "Tary Quindler"),           # 'Tary': only oblique forms of 'tara' / 'Tara', no first name: as written
    ("Heroka Lewandowska-Lis", "Heroka Lewandowska-Lis"),  # a woman's nominative surname: her first name is no genitive
    ("Bartona Wilderducka", "Barton Wilderduck"),  # a consonant stem's '-a': a man's genitive, as before
    ("Moskwą Wolicka", "Moskwa Wolicka"),          # an instrumental '-ą' is no first name as written
])
def test_a_first_word_the_dictionary_knows_as_no_first_name_before_nominative_surnames(phrase, expected):
    assert base_form(phrase, "person") == expected


def test_a_first_names_plural_reading_is_not_one_persons_first_name():
    # 'Halin' is only the genitive plural of 'Halina': as written, a foreign first name
    assert base_form("Halin Premeru", "person") == "Halin Premeru"


@pytest.mark.parametrize("phrase,expected", [
    ("Belę Dziwisza", "Bela Dziwisz"),            # 'Belę': a woman's first name, and a man's name word too
    ("Belę Kowalskiego", "Bela Kowalski"),
    ("Belę Kowalską", "Bela Kowalska"),           # before a woman's surname, the woman
])
def test_a_mans_surname_makes_an_ambiguous_first_word_a_mans(phrase, expected):
    assert base_form(phrase, "person") == expected


def test_the_words_of_a_name_without_a_known_first_name_agree_in_case():
    # 'Kinga' is a woman's first name and the genitive of the surname 'King': beside men's genitives, the latter
    assert base_form("Bartona Wilsona Kinga", "person") == "Barton Wilson King"


@pytest.mark.parametrize("phrase,expected", [
    ("Dorwin-Lechersowi", "Dorwin-Lechers"),      # '-owi' is a Polish man's dative, no foreign vowel ending
    ("Andrew Kornfeltem", "Andrew Kornfelt"),     # an undeclined first name beside a man's instrumental
    ("J . Wandersowi", "J. Wanders"),             # an initial shows no case: the surname's ending does
])
def test_polish_oblique_endings_on_surnames_without_a_declined_first_name(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Annie Wiatrze", "Anna Wiatra"),             # a surname known only as a man's: for a woman, an '-a' stem's
    ("Julii Kostrze", "Julia Kostra"),            # dative or locative, its consonant softened before '-e'
])
def test_a_womans_surname_in_the_dative_takes_back_its_hard_consonant(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Bolkami", "Bolek"),                         # a plural only: the family or pair named by the name that is
    ("Jackami", "Jacek"),                         # a first name and a surname, not the rarer surname 'Bolka'
])
def test_a_plural_name_alone_takes_the_first_name_reading(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Janem Pstrążkiem", "Jan Pstrążek"),         # no surname in the dictionary, but a common noun ('pstrążek')
    ("Annie Kosiarce", "Anna Kosiarka"),          # declining as that noun, fleeting 'e' and softening included
    ("Piotrem Kosiarką", "Piotr Kosiarka"),       # a man's '-a' surname declines like the feminine noun
    ("Anny Kot", "Anna Kot"),                     # a woman's surname from a masculine noun stays as written
])
def test_a_surname_that_is_a_common_noun_declines_as_that_noun(phrase, expected):
    assert base_form(phrase, "person") == expected


def test_a_plural_adjective_reading_does_not_make_a_name_descriptive():
    # 'Szczotkowi' is also 'szczotkowy' in the plural: no adjective of a single person's name
    assert base_form("Janowi Szczotkowi", "person") == "Jan Szczotek"


@pytest.mark.parametrize("phrase,expected", [
    ("Janowi Hrynce", "Jan Hrynko"),              # 'k' of an '-a' / '-o' stem softens to 'c' before '-e'
    ("Agnieszce Kożucharce", "Agnieszka Kożucharka"),
    ("Marku Wirblu", "Marek Wirbel"),             # a man's locative in '-u' after a soft stem, fleeting 'e' back
    ("Janie Trzebuchu", "Jan Trzebuch"),          # ... and after a velar one
    ("Janie Kożucharze", "Jan Kożuchar"),         # a man's locative of a consonant stem, not an '-a' stem's
    ("Kofim Mbatanie", "Kofi Mbatan"),
    ("Annie Gawłocie", "Anna Gawłota"),           # a woman's: the '-a' stem's dative or locative
])
def test_locative_and_dative_endings_of_unknown_surnames(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Stanisława Dębołęcka", "Stanisława Dębołęcka"),  # Polish letters in the stem: '-cka' is a woman's adjectival
    ("Bolesława Wądrzycka", "Bolesława Wądrzycka"),    # surname, not an English '-ck' name's genitive
    ("Bartona Waterducka", "Barton Waterduck"),
])
def test_a_polish_cka_surname_is_a_womans_nominative(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Annie Zdrzybale", "Anna Zdrzybała"),        # '-le' is the dative of an '-ła' stem ('-la' has '-li')
    ("Zofii Kożucharce", "Zofia Kożucharka"),     # 'Zofii' may be a genitive, but the surname's '-ce' is a dative
    ("Zofii Brzydurze", "Zofia Brzydura"),
    ("Marii Vance", "Maria Vance"),               # a word outside the Polish alphabet: a foreign name as written
])
def test_a_polish_dative_ending_is_read_before_an_undeclined_name(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Krzysztofie Wiśniewskim", "Krzysztof Wiśniewski"),  # 'Wiśniewskim' is also the women's plural dative:
    ("Grzegorzowi Mazurowi", "Grzegorz Mazur"),           # no agreement with one woman's name; of two surnames,
    ("Mazurowi", "Mazur"),
    ("Iwonie Szulc", "Iwona Szulc"),                      # the one a common word backs; a village's nominative
])                                                        # is no reading of a first name beside a surname
def test_a_known_surname_agrees_with_one_person(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Roody", "Roody"),                           # a doubled vowel is no Polish stem's: the '-y' is the name's own,
    ("Beeky Marston", "Beeky Marston"),           # not an '-a' stem's genitive
    ("Baracka Zuvomy", "Barack Zuvoma"),
])
def test_a_name_spelled_with_a_doubled_vowel_keeps_its_y(phrase, expected):
    assert base_form(phrase, "person") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Barbarze Sowie", "Barbara Sowa"),           # '-rze' is the dative of an '-ra' name as '-ie' is of others:
    ("Tamarze Cebuli", "Tamara Cebula"),          # the woman's reading, as for 'Annie'
])
def test_a_first_name_in_rze_reads_like_other_softened_datives(phrase, expected):
    assert base_form(phrase, "person") == expected
