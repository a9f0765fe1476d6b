"""Label lines that name the event's bodies (pipeline/ner/org_labels.py): the value of "Patronat medialny:",
"Sponsor:", "Partnerzy:", "Organizator:" is a body's name in the nominative, found whole, in sentences written
for the tests."""

import pytest

from pipeline.ner.org_labels import label_items, label_value_at


def _items(ctx_for, text: str) -> list[str]:
    ctx = ctx_for(text)
    doc = ctx.light_tokens
    return [ctx.text[doc[i].idx:doc[j - 1].idx + len(doc[j - 1].text)] for i, j in label_items(doc, ctx.norm)]


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_a_label_value_runs_over_lower_case_words_and_symbols_of_a_name(ctx_for):
    text = ("Organizator: Klub Seniora Wrzos +\nPatronat medialny: Uniwersytet Trzeciego wieku w Dębinie\n"
            "Partner: Fundacja Dziewczyna w Mieście\nSponsor: Chór męski Akademii Muzycznej")
    assert _items(ctx_for, text) == ["Klub Seniora Wrzos +", "Uniwersytet Trzeciego wieku w Dębinie",
                                     "Fundacja Dziewczyna w Mieście", "Chór męski Akademii Muzycznej"]


def test_a_verb_an_address_or_a_cooperation_ends_the_value(ctx_for):
    text = ("Organizator: Stowarzyszenie Dąb zaprasza na piknik.\n"
            "Organizator: Dom Kultury w Jaworku, ul. Leśna 4, 11-222 Jaworek\n"
            "Organizator: Fundacja Sowa we współpracy z Gminą Jaworek")
    assert _items(ctx_for, text) == ["Stowarzyszenie Dąb", "Dom Kultury w Jaworku", "Fundacja Sowa"]


def test_items_split_at_commas_and_at_a_second_head(ctx_for):
    text = ("Partnerzy: Fundacja Sowa i Gmina Jaworek, Radio Dębina; Kawiarnia Pod Lipą oraz Bank Rolny\nPartner: Kos i Wrona"
            "\nPatronat: Miasto i Gmina Dębina")
    assert _items(ctx_for, text) == ["Fundacja Sowa", "Gmina Jaworek", "Radio Dębina", "Kawiarnia Pod Lipą",
                                     "Bank Rolny", "Kos i Wrona", "Miasto i Gmina Dębina"]


def test_lines_without_a_body_label_or_with_a_lower_case_value_give_nothing(ctx_for):
    text = ("Prowadzący: Marek Zięba\nTermin: Sobota 5 maja\nOrganizatorzy: uczniowie klasy 2a\nSponsor: firma Kłos\n"
            "Patronat honorowy nad festynem objął Burmistrz Jaworka.")
    assert _items(ctx_for, text) == []


def test_an_item_position_is_known_after_the_label_and_the_earlier_items(ctx_for):
    norm = ctx_for("Partnerzy: Fundacja Sowa, Radio Dębina\nW sobotę Radio Dębina nadało relację.").norm
    first, second = norm.index("Radio"), norm.rindex("Radio")
    assert label_value_at(norm, norm.index("Fundacja")) and label_value_at(norm, first)
    assert not label_value_at(norm, second)


@pytest.mark.parametrize("line, name", [
    ("Patronat medialny: Gmina Jaworek", "Gmina Jaworek"),
    ("Patronat honorowy: Powiat Dębiński", "Powiat Dębiński"),
    ("Patronat medialny: Miasto Jaworek", "Miasto Jaworek"),
    ("Partner: Politechnika Dębińska", "Politechnika Dębińska"),
    ("Patronat medialny: „Echo Jaworka”", "„Echo Jaworka”"),
    ("Sponsor: Piekarnia Złoty Róg", "Piekarnia Złoty Róg"),
    ("Organizator: Leśne duszki", "Leśne duszki"),
])
def test_the_label_makes_its_value_a_listed_body(extractor, rules_only, line, name):
    assert name in _orgs(extractor, f"Piknik rodzinny odbędzie się w niedzielę.\nOrganizator: Stowarzyszenie Dąb\n{line}")


def test_a_person_an_office_or_a_town_after_a_label_is_no_body(extractor, rules_only):
    names = _orgs(extractor, "Festyn odbędzie się w niedzielę.\nOrganizator: Marek Zięba\n"
                             "Patronat honorowy: Starosta Dębiński\nPatronat medialny: Jaworek")
    assert not names & {"Marek Zięba", "Starosta Dębiński", "Jaworek"}


def test_acronyms_listed_after_a_label_are_no_shouted_line(extractor, rules_only):
    assert {"GOPS", "MOPS", "PCPR"} <= _orgs(extractor, "Warsztaty odbyły się w maju.\nPartnerzy: GOPS, MOPS i PCPR")


@pytest.mark.parametrize("text, shouted", [
    ("Partnerzy: GOPS, MOPS i PCPR", False),
    ("GOPS, MOPS i PCPR", True),  # no label: a line in capitals
])
def test_a_label_line_listing_acronyms_does_not_shout(ctx_for, text, shouted):
    from pipeline.extract.organizations import OrgMention
    from pipeline.resolve_org_names import shouted_line

    ctx = ctx_for(text)
    start = text.index("PCPR")
    m = OrgMention("PCPR", "PCPR", None, ctx.mention(start, start + 4, "extract.organizations", 0.5, "acronym"))
    assert shouted_line(ctx, m) is shouted


def test_a_name_with_a_proper_part_keeps_leaving_its_seat_out_after_a_label(extractor, rules_only):
    # the name rules drop the seat of a quoted name on purpose; the label's item does not bring it back
    names = _orgs(extractor, "Realizator: Stowarzyszenie Przyjaciół Lasu „Sowa” w Dębinie\nPartner: Fundacja Sowa w Lesie")
    assert "Stowarzyszenie Przyjaciół Lasu „Sowa”" in names and "Fundacja Sowa w Lesie" in names


@pytest.mark.parametrize("line, name", [
    ("Organizator: Wiecznie weseli", "Wiecznie weseli"),  # "weseli" is also a verb's form: the adjective wins
    ("Organizator: Srebrne Konwalie", "Srebrne Konwalie"),  # plural as written, not a village in the singular
    ("Partner: ,,Modra Łąka”", ",,Modra Łąka”"),  # a low quote typed as two commas is no separator
    ("Partner: „Dąb”", "„Dąb”"),  # quotes make a name of a village's word
    ("Organizatorzy: Fundacja Sowa, K.S..", "K.S."),  # the last stop is the sentence's, the one before the name's
])
def test_label_values_of_unusual_shape(extractor, rules_only, line, name):
    assert name in _orgs(extractor, f"Kiermasz odbył się w sobotę.\n{line}")


def test_a_town_in_the_nominative_after_a_label_is_no_body(extractor, rules_only):
    names = _orgs(extractor, "Kiermasz odbył się w sobotę.\nPatronat: Nowy Targ\nPartner: Bielsko-Biała")
    assert not names & {"Nowy Targ", "Bielsko-Biała"}


def test_a_generic_name_after_a_label_keeps_its_seat(extractor, rules_only):
    names = _orgs(extractor, "Partnerzy: Komisariat Policji III w Dębinie | Fundacja Sowa w Jaworku")
    assert "Komisariat Policji III w Dębinie" in names and "Fundacja Sowa" in names


def test_an_acronym_heading_a_proper_name_after_a_label_is_part_of_it(extractor, rules_only):
    names = _orgs(extractor, "Organizator: KKS Płyta Dębińska\nPatronat medialny: SHP „Rola”\nPartner: OSP Jaworek")
    assert {"KKS Płyta Dębińska", "SHP „Rola”"} <= names
    assert "OSP Jaworek" not in names  # an acronym and a village: the village body's rules write it
