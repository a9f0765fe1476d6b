"""A body closing a list line that opens with a person's name is the person's organization
(pipeline/extract/list_affiliations.py)."""


def _orgs(extractor, text: str) -> dict[str, list[str]]:
    people = extractor.extract(text).people
    return {p.name: [o for o in [p.affiliation, *(r.organization for r in p.roles)] if o] for p in people}


def test_a_comma_list_line_gives_the_body(extractor):
    text = ("W panelu dyskusyjnym udział wzięli:\n"
            "– prof. Jan Kos, Uniwersytet Przyrodniczy w Lublinie\n"
            "– dr Anna Lis, Fundacja Zielony Las\n")
    orgs = _orgs(extractor, text)
    assert "Uniwersytet Przyrodniczy w Lublinie" in orgs["Jan Kos"]


def test_a_dash_and_a_title_before_the_closing_body(extractor):
    text = ("Wyróżnienia otrzymali:\n"
            " • Pan Piotr Wilk – mistrz stolarski, Cech Rzemiosł Różnych w Kole;\n"
            " • Pani Ewa Sowa – krawcowa.\n")
    orgs = _orgs(extractor, text)
    assert any("Cech Rzemiosł Różnych" in o for o in orgs["Piotr Wilk"])


def test_a_sentence_with_a_verb_before_the_body_gives_nothing(extractor):
    text = "Podczas spotkania głos zabrało wielu gości.\nAnna Lis serdecznie podziękowała Fundacji Zielony Las.\n"
    orgs = _orgs(extractor, text)
    assert "Fundacja Zielony Las" not in orgs.get("Anna Lis", [])


def test_a_body_going_on_into_the_line_gives_nothing(extractor):
    text = "Spotkanie otworzył Jan Kos, a Fundacja Zielony Las przygotowała poczęstunek dla gości.\n"
    orgs = _orgs(extractor, text)
    assert "Fundacja Zielony Las" not in orgs.get("Jan Kos", [])


def test_a_bracketed_territorial_unit_is_the_body_the_person_represents(extractor):
    text = ("W debacie udział wzięli:\n"
            "- Zenon Przybyła (Gmina Wólka Dolna),\n"
            "- Irena Kulesza (Powiat Zielonogajski),\n"
            "- Artur Bęben (Miasto i Gmina Stawiska).\n")
    orgs = _orgs(extractor, text)
    assert orgs["Zenon Przybyła"] == ["Gmina Wólka Dolna"]
    assert orgs["Irena Kulesza"] == ["Powiat Zielonogajski"]
    assert orgs["Artur Bęben"] == ["Miasto i Gmina Stawiska"]


def test_a_bracketed_lower_case_unit_or_a_nickname_is_no_body(extractor):
    orgs = _orgs(extractor, "Wykład wygłosił Zenon Przybyła (gmina Wólka Dolna), a po nim Artur Bęben (Benek).")
    assert orgs["Zenon Przybyła"] == []
    assert orgs["Artur Bęben"] == []


def test_a_bracketed_acronym_after_a_name_is_the_persons_body(extractor):
    orgs = _orgs(extractor, "Wykład wygłosił Zenon Przybyła (WUP), a po nim Artur Bęben (II) i Irena Kulesza (RP).")
    assert orgs["Zenon Przybyła"] == ["WUP"]
    assert orgs["Artur Bęben"] == []
    assert orgs["Irena Kulesza"] == []


def test_a_bracket_opened_by_the_speaker_closes_with_her_body(extractor):
    text = ("Plan warsztatów:\n9:30 – prezentacja „Jak założyć spółdzielnię” (Irena Żabińska, Fundacja Zielony Most)\n"
            "10:30 – przerwa")
    person = next(p for p in extractor.extract(text).people if p.name == "Irena Żabińska")
    assert person.affiliation == "Fundacja Zielony Most"


def test_a_bracket_of_two_speakers_gives_no_body_to_the_first(extractor):
    text = "Rozmowę prowadzili (Irena Żabińska, Fundacja Zielony Most oraz Olaf Buk, Stowarzyszenie Brzozy)."
    person = next(p for p in extractor.extract(text).people if p.name == "Irena Żabińska")
    assert person.affiliation != "Stowarzyszenie Brzozy"


def test_a_bracketed_name_no_rule_reads_is_the_body(extractor):
    text = ("Wykład o pszczelarstwie wygłosiła Halina Kruk (Lubuska Specjalna Strefa Ekonomiczna), a warsztaty "
            "poprowadził Piotr Zięba (Terra Verde). Gości powitał Marek Pałka (203 Szpital Miejski w Borowie).")
    orgs = _orgs(extractor, text)
    assert orgs["Halina Kruk"] == ["Lubuska Specjalna Strefa Ekonomiczna"]
    assert orgs["Piotr Zięba"] == ["Terra Verde"]
    assert orgs["Marek Pałka"] == ["203 Szpital Miejski w Borowie"]


def test_a_bracket_with_a_title_a_date_a_person_or_a_place_is_no_body(extractor):
    text = ("Wykład wygłosiła Halina Kruk (Prezes Zarządu). Warsztaty poprowadził Piotr Zięba (12 maja). "
            "Gości powitał Marek Pałka (Ewa Pałka mu towarzyszyła). Głos zabrał Jan Gil (Kraków).")
    orgs = _orgs(extractor, text)
    assert not orgs["Halina Kruk"] or orgs["Halina Kruk"] == []
    assert orgs["Piotr Zięba"] == [] and orgs["Marek Pałka"] == [] and orgs["Jan Gil"] == []


def test_a_semicolon_list_on_one_line_gives_each_speaker_her_own_body(extractor):
    text = ("Prelegenci: dr Witold Kamyk – Urząd Gminy Sośnica; mgr Ewa Brzost – Fundacja Jasny Dom; "
            "inż. Olga Mech – Muzeum Regionalne w Sośnicy.")
    orgs = _orgs(extractor, text)
    assert "Fundacja Jasny Dom" not in orgs.get("Witold Kamyk", [])
    assert "Fundacja Jasny Dom" in orgs["Ewa Brzost"]


def test_a_spaced_dash_before_a_bodys_name_joins_no_second_surname(extractor):
    text = "Prelegenci: dr Witold Kamyk – Wojewódzki Ośrodek Doradztwa Rolniczego; mgr Ewa Brzost – Fundacja Jasny Dom."
    names = [p.name for p in extractor.extract(text).people]
    assert "Witold Kamyk" in names
    assert extractor.extract("Gości powitała Ewa Brzost – Kamyk, sołtys wsi.").people[0].name == "Ewa Brzost-Kamyk"


def test_a_territorial_unit_closing_a_list_entry_after_a_dash_is_the_body(extractor):
    orgs = _orgs(extractor, "Prelegenci: dr Witold Kamyk – Gmina Sośnica; mgr Ewa Brzost – Muzeum Lnu.")
    assert orgs["Witold Kamyk"] == ["Gmina Sośnica"]
    orgs = _orgs(extractor, "Prelegenci:\n– Olga Mech – Powiat Brzeziński,\n– Jan Sowa – Fundacja Len.\n")
    assert orgs["Olga Mech"] == ["Powiat Brzeziński"]


def test_a_lower_case_unit_or_a_town_after_a_dash_is_no_body(extractor):
    orgs = _orgs(extractor, "Prelegenci: dr Witold Kamyk – gmina Sośnica; mgr Ewa Brzost – Sośnica Dolna.")
    assert orgs.get("Witold Kamyk", []) == [] and orgs.get("Ewa Brzost", []) == []
