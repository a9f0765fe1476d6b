import pytest


@pytest.mark.parametrize("text,name", [
    ("Obiad przygotowali pracownicy Spółdzielni Socjalnej „Smakosz”.", "Spółdzielnia Socjalna „Smakosz”"),
    ("Gościliśmy w SPÓŁDZIELNI SOCJALNEJ PRZYSTAŃ z Opola.", "Spółdzielnia Socjalna Przystań"),
    ("Partnerem był Powiatowy Urząd Pracy w Myszkowie.", "Powiatowy Urząd Pracy w Myszkowie"),
    ("Uczestnicy odwiedzili Warsztaty Terapii Zajęciowej w Kłobucku.", "Warsztaty Terapii Zajęciowej w Kłobucku"),
    ("Dziękujemy Kołu Gospodyń Wiejskich w Pankach.", "Koło Gospodyń Wiejskich w Pankach"),
])
def test_org_base_forms(extractor, text, name):
    assert name in [o.name for o in extractor.extract(text).organizations]


def test_acronym_apposition_and_initials(extractor):
    r = extractor.extract("Regionalny Ośrodek Polityki Społecznej (ROPS) w Opolu zaprosił gości. ROPS dziękuje.")
    org = next(o for o in r.organizations if o.name.startswith("Regionalny Ośrodek"))
    assert org.acronym == "ROPS" and len(org.mentions) >= 2


def test_organizer(extractor):
    r = extractor.extract("Szkolenie zorganizowała Fundacja Wspólna Droga. Wzięło w nim udział 20 osób.")
    assert r.event.organizer == "Fundacja Wspólna Droga"


@pytest.mark.parametrize("text,name,kind", [
    ("Pojechaliśmy do BYCZYNY.", "Byczyna", "locality"),
    ("Spotkanie w Polanowicach.", "Polanowice", "locality"),
    ("Konferencja w Nowym Sączu.", "Nowy Sącz", "locality"),
    ("Forum w Bielsku-Białej.", "Bielsko-Biała", "locality"),
    ("Wyjazd do Zakopanego, nocleg w Zakopanem.", "Zakopane", "locality"),
    ("Gmina leży w woj. opolskim.", "województwo opolskie", "region"),
    ("Subregion województwa śląskiego.", "województwo śląskie", "region"),
    ("Gminy w powiecie kłobuckim.", "powiat kłobucki", "region"),
    ("Firmy działające w Gminie Byczyna.", "gmina Byczyna", "region"),
    ("Zwiedzaliśmy Średniowieczny Gród Rycerski.", "Średniowieczny Gród Rycerski", "venue"),
    ("Goście z Niemiec i Czech.", "Niemcy", "country"),
])
def test_places(extractor, text, name, kind):
    places = {(p.name, p.kind) for p in extractor.extract(text).places}
    assert (name, kind) in places, places


def test_street_is_not_a_place(extractor):
    places = [p.name for p in extractor.extract("Biuro: ul. Kościuszki 5, Opole.").places]
    assert "Kościuszko" not in places and "Kościuszki" not in places


def test_funding_boilerplate_names_no_places(extractor):
    r = extractor.extract("Spotkanie odbyło się w Zalesiu. Projekt współfinansowany ze środków Unii Europejskiej "
                          "w ramach Regionalnego Programu Operacyjnego Województwa Podlaskiego.")
    assert [p.name for p in r.places] == ["Zalesie"]


def test_gmina_names_stop_at_people_and_institutions(extractor):
    r = extractor.extract("Z Gminy Byczyna Jan Mak przywiózł gości. Mieszkańcy Gminy Byczyna Ochotnicza "
                          "Straż Pożarna przygotowali poczęstunek.")  # a unit after a title is no place
    assert {p.name for p in r.places if p.kind == "region"} == {"gmina Byczyna"}


def test_only_real_voivodeships(extractor):
    r = extractor.extract("Wśród województw polskich najwięcej spółdzielni ma województwo śląskie.")
    assert {p.name for p in r.places} == {"województwo śląskie"}


def test_register_names_written_without_their_hyphen(extractor):
    r = extractor.extract("Zjazd odbył się w Krynicy Zdroju.")
    assert [p.name for p in r.places] == ["Krynica Zdrój"]


def test_a_list_of_voivodeships(extractor):
    r = extractor.extract("Przyjechali goście z województw: lubelskiego, śląskiego i opolskiego.")
    assert {p.name for p in r.places} == {"województwo lubelskie", "województwo śląskie", "województwo opolskie"}


def test_an_institution_where_the_event_ended_is_its_venue(extractor):
    r = extractor.extract("W Szkole Podstawowej nr 4 w Zalesiu zakończył się kolejny semestr zajęć.")
    assert ("Szkoła Podstawowa nr 4 w Zalesiu", "venue") in {(p.name, p.kind) for p in r.places}


def test_localities_the_register_knows_after_a_place_word(extractor):
    r = extractor.extract("Pojechaliśmy do miejscowości Kiermusy. Panie z Borowej Góry upiekły ciasto.")
    assert {"Kiermusy", "Borowa Góra"} <= {p.name for p in r.places}
    assert [p.name for p in extractor.extract("Obiad zjedliśmy w Centrum z CIS.").places] == []


def test_place_and_body_bases_read_the_same_from_light_tokens(ctx_for):
    """`extract_places` and `split_nested` hand the span's plain tokens (`ctx.light_tokens`) to `locality_base`,
    `venue_base`, `known_readings` and `organization_base` instead of spaCy Tokens: the base forms stay what the
    Tokens give."""
    from pipeline.extract.organizations import organization_base, venue_base
    from pipeline.lexicon.places import known_readings, locality_base

    text = ("Piknik odbył się w Nowym Targu i w Bielsku-Białej, potem w Hali Widowiskowej Arena, a pismo wysłał "
            "Wydział Kultury Lubuskiego Urzędu Wojewódzkiego.")
    ctx = ctx_for(text)
    light, doc = ctx.light_tokens, ctx.doc

    def both(phrase: str) -> tuple[list, list]:
        start = text.index(phrase)
        span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
        return ([t for t in light[span.start:span.end] if not t.is_space],
                [t for t in doc[span.start:span.end] if not t.is_space])

    for phrase in ("Nowym Targu", "Bielsku-Białej"):
        plain, tokens = both(phrase)
        assert locality_base(plain) == locality_base(tokens) and locality_base(plain)[0].isupper()
        assert known_readings(plain) == known_readings(tokens)
    plain, tokens = both("Hali Widowiskowej Arena")
    assert venue_base(plain, ctx.text) == venue_base(tokens, ctx.text)
    for phrase in ("Wydział Kultury Lubuskiego Urzędu Wojewódzkiego", "Lubuskiego Urzędu Wojewódzkiego"):
        plain, tokens = both(phrase)
        assert organization_base(plain, ctx.text) == organization_base(tokens, ctx.text)


@pytest.mark.parametrize("text,organ", [
    ("Przewodniczący Rady LGK Anna Lis podziękował wszystkim. Stowarzyszenie LGK działa od lat.", "Rada LGK"),
    ("Posiedzenie Rady Naukowej IBZ odbyło się w czwartek.", "Rada Naukowa IBZ"),
])
def test_an_organ_named_by_its_parents_acronym_is_not_listed(extractor, text, organ):
    """A council or board ending in its parent's acronym is an organ of that body (docs/annotation.md, 063, 305)."""
    names = {o.name for o in extractor.extract(text).organizations}
    assert organ not in names


@pytest.mark.parametrize("text,name", [
    ("Zebranie Rady Dzielnicy XII odbyło się w szkole.", "Rada Dzielnicy XII"),
])
def test_a_council_numbered_in_roman_stays(extractor, text, name):
    assert name in {o.name for o in extractor.extract(text).organizations}


def test_an_inspection_is_an_institution(extractor):
    """"Inspekcja" heads a state body ("Okręgowa Inspekcja Pracy", "Inspekcja Weterynaryjna") like "inspektorat"."""
    report = extractor.extract("Szkolenie poprowadził inspektor Okręgowej Inspekcji Pracy w Lipnie Jan Kos.")
    assert "Okręgowa Inspekcja Pracy w Lipnie" in [o.name for o in report.organizations]


def test_a_radio_station_is_a_body_and_its_journalists_affiliation(extractor):
    report = extractor.extract("Rozmowę poprowadził red. Adam Grab z Radia Lipno, a o akcji mówiono też w radiu "
                               "i w lokalnej telewizji.")
    assert [o.name for o in report.organizations] == ["Radio Lipno"]
    assert report.people[0].affiliation == "Radio Lipno"
