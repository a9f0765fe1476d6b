"""Settlement adjectives read off the register (pipeline/lexicon/place_pairs.py)."""

from pipeline.lexicon.place_pairs import read_settlement_adjectives, settlement_adjectives, settlement_noun


def test_adjectives_that_tell_many_settlements_apart():
    adjectives = settlement_adjectives()
    assert {"dolny", "górny", "mały", "wielki", "nowy", "stary"} <= adjectives
    assert "woli" not in adjectives  # "Wola" ends names as a noun, in one gender only
    assert "biały" not in adjectives  # ends a handful of names: it tells nothing


def test_the_kept_list_is_the_one_read_off_the_register():
    assert settlement_adjectives() == read_settlement_adjectives()


def test_the_noun_of_a_pair_on_either_side(ctx_for):
    toks = ctx_for("Byli w Kępie Dolnej i w Starej Kępie, potem w Sali Wielkiej.").light_tokens
    at = {t.text: k for k, t in enumerate(toks)}  # the last of each word
    assert settlement_noun(toks[at["Dolnej"] - 1:at["Dolnej"] + 1]) == 0  # Kępie Dolnej
    assert settlement_noun(toks[at["Starej"]:at["Starej"] + 2]) == 1  # Starej Kępie
    assert settlement_noun(toks[at["Sali"]:at["Sali"] + 2]) is None  # a room, not a village
    assert settlement_noun(toks[at["Dolnej"]:at["Dolnej"] + 2]) is None  # "Dolnej i": no pair
