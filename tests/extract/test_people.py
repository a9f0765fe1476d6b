import pytest


@pytest.fixture(scope="module")
def report(extractor):
    return extractor.extract(
        "Spotkanie otworzył Wójt Gminy Kłomnice Andrzej Sosnowski. "
        "Rozmawialiśmy z Panią Agnieszką Wilczyńską, prezesem Stowarzyszenia „Razem”. "
        "Podziękowania dla Agnieszki Wilczyńskiej oraz dla Tomasza Nowakowskiego. "
        "Wykład wygłosił dr hab. Jan Kindziak – Dyrektor Powiatowego Urzędu Pracy w Myszkowie.\n"
        "Prowadzący: Marek Grüner – Prezes Zarządu Fundacji „Most”.\n\n"
        "Animatorzy OWES:\n\nKamila Grochowina\nAdam Morzyk\n"
    )


def person(report, name):
    return next(p for p in report.people if p.name == name)


def test_one_entity_per_person_with_all_mentions(report):
    names = [p.name for p in report.people]
    assert names.count("Agnieszka Wilczyńska") == 1
    assert len(person(report, "Agnieszka Wilczyńska").mentions) == 2


def test_base_forms_and_gender(report):
    assert person(report, "Tomasz Nowakowski").gender == "m"
    assert person(report, "Agnieszka Wilczyńska").gender == "f"
    assert {"Jan Kindziak", "Marek Grüner", "Kamila Grochowina", "Adam Morzyk"} <= {p.name for p in report.people}


def test_role_before_name(report):
    role = person(report, "Andrzej Sosnowski").roles[0]
    assert role.title == "wójt" and role.organization == "Gmina Kłomnice"  # the unit as a body (docs/annotation.md)


def test_role_after_name_in_instrumental(report):
    role = person(report, "Agnieszka Wilczyńska").roles[0]
    assert role.title == "prezes" and role.organization == "Stowarzyszenie „Razem”"
    assert person(report, "Agnieszka Wilczyńska").honorific == "Pani"


def test_dash_role_and_honorific(report):
    p = person(report, "Jan Kindziak")
    assert p.honorific == "dr hab." and p.part == "speaker"
    assert p.roles[0].title == "dyrektor"
    assert p.roles[0].organization == "Powiatowy Urząd Pracy w Myszkowie"


def test_prowadzacy_pattern(report):
    p = person(report, "Marek Grüner")
    assert p.part == "speaker" and p.roles[0].title == "prezes zarządu"
    assert p.roles[0].organization == "Fundacja „Most”"


def test_list_heading_role(report):
    for name in ("Kamila Grochowina", "Adam Morzyk"):
        p = person(report, name)
        assert p.roles[0].title == "animator" and p.part == "organizer_staff"


@pytest.mark.parametrize("text,name", [
    ("Gratulujemy Pani Agnieszce Wilczyńskiej.", "Agnieszka Wilczyńska"),
    ("Rozmowa z Tomaszem Nowakowskim.", "Tomasz Nowakowski"),
    ("Podziękowania dla Piotra Kindziaka.", "Piotr Kindziak"),
    ("Spotkanie z Anną Kowalską i Ewą Hałupką.", "Anna Kowalska"),
])
def test_oblique_cases(extractor, text, name):
    assert name in [p.name for p in extractor.extract(text).people]


def test_feminine_title_maps_to_masculine_family(extractor):
    r = extractor.extract("Spotkanie prowadziła Joanna Sroka – koordynatorka projektu.")
    assert r.people[0].roles[0].title == "koordynator projektu"


def test_street_named_after_person_is_not_a_person(extractor):
    assert extractor.extract("Biuro mieści się przy ul. Adama Mickiewicza 5.").people == []


def test_extracted_people_use_the_base_form_rules(extractor):
    """The extractor and `base_form` share one code path: an unknown surname after an oblique first name
    and a man's genitive first name that is also a woman's nominative come out in the nominative."""
    from pipeline import base_form

    text = "Jury wyróżniło Krzysztofa Tulmę oraz Józefa Stolmacha z gminy Lipówka."
    names = {p.name for p in extractor.extract(text).people}
    assert "Krzysztof Tulma" in names
    assert "Józef Stolmach" in names
    assert base_form("Krzysztofa Tulmę", "person") == "Krzysztof Tulma"


def test_person_names_read_the_same_from_light_tokens(ctx_for):
    """`extract_people` hands the name's plain tokens (`ctx.light_tokens`) to `person_name` and `honorific_before`
    instead of spaCy Tokens: the base forms, genders and honorifics stay what the Tokens give."""
    from pipeline.extract.person_names import honorific_before, is_pan, person_name

    ctx = ctx_for("Podziękowania dla Pani Joanny Brzezickiej i dr. Witolda Kalinowskiego-Marsa oraz Pana Józefa "
                  "Kmiołka, a także prof. Stanisławy Dolniak.")
    light, doc = ctx.light_tokens, ctx.doc
    starts = [k for k, t in enumerate(light) if t.text in ("Joanny", "Witolda", "Józefa", "Stanisławy")]
    assert len(starts) == 4
    for k in starts:
        end = k + 1
        while end < len(light) and (light[end].text[:1].isupper() or light[end].text == "-"):
            end += 1
        before_light = light[k - 1] if is_pan(light[k - 1]) else None
        before_doc = doc[k - 1] if is_pan(doc[k - 1]) else None
        from_light = person_name([t for t in light[k:end] if not t.is_space], before_light)
        from_doc = person_name([t for t in doc[k:end] if not t.is_space], before_doc)
        assert from_light == from_doc and from_light[1] in ("f", "m")
        assert honorific_before(light, k) == honorific_before(doc, k)


def test_a_papal_name_is_no_person(extractor):
    found = {p.name for p in extractor.extract(
        "Uczniowie złożyli kwiaty pod pomnikiem Jana Pawła II, a wykład wygłosiła dr Irena Sowa z Papieskiego "
        "Wydziału Teologicznego.").people}
    assert found == {"Irena Sowa"}


def test_a_surname_before_a_place_numeral_keeps_the_person(extractor):
    found = {p.name for p in extractor.extract("Wyniki: Zofia Marek II miejsce, Ewa Kret III miejsce.").people}
    assert "Zofia Marek" in found
