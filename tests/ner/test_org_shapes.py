"""Organization name shapes found with the name-shape harness (scripts/name_shapes.py): where coordinated names part,
heads of institutions, parents' acronyms and seats; in sentences and names written for the tests."""


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_an_adjective_closing_a_name_is_not_coordinated_with_the_next_name(extractor):
    names = _orgs(extractor, "Partnerami byli Szkoła Muzyczna oraz Gminna Biblioteka Publiczna w Borowie.")
    assert "Gminna Biblioteka Publiczna w Borowie" in names
    assert not any(n.startswith("Muzyczna") for n in names)
    names = _orgs(extractor, "Dziękujemy Lubuskiemu Urzędowi Wojewódzkiemu i Zielonogórskiemu Uniwersytetowi Ludowemu.")
    assert {"Lubuski Urząd Wojewódzki", "Zielonogórski Uniwersytet Ludowy"} <= names


def test_adjectives_coordinated_before_one_head_still_share_it(extractor):
    names = _orgs(extractor, "Spotkanie otworzyła Powiatowa i Miejska Rada Seniorów w Borowie.")
    assert {"Powiatowa Rada Seniorów w Borowie", "Miejska Rada Seniorów w Borowie"} <= names


def test_a_name_stops_where_a_coordinated_name_with_adjectives_begins(extractor):
    names = _orgs(extractor, "Dziękujemy Związkowi Hodowców Kóz Polskich i Gminnemu Ośrodkowi Kultury w Borowie.")
    assert "Związek Hodowców Kóz Polskich" in {n.split(" w ")[0] for n in names}
    assert not any("Gminn" in n and n.startswith("Związek") for n in names)
    # a genitive complement coordinated inside the name stays in it
    assert "Ministerstwo Nauki i Szkolnictwa Wyższego" in _orgs(
        extractor, "Dziękujemy Ministerstwu Nauki i Szkolnictwa Wyższego.")
