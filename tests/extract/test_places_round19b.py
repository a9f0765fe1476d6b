"""Places, round 19 (second pass): which register reading a declined name stands for, by the page's area."""

from pipeline.lexicon.place_anchors import nearest_reading


def test_a_voivodeship_does_not_take_a_village_for_a_town(extractor):
    """"z Będzina" is the town (Będzin) or the genitive of a village (Będzino): the voivodeship the page names
    is too wide to prefer the village."""
    text = ("Na przegląd przyjechały zespoły z województwa zachodniopomorskiego. "
            "Pierwsze miejsce zdobyła kapela z Będzina.")
    names = {p.name for p in extractor.extract(text).places}
    assert "Będzin" in names and "Będzino" not in names


def test_the_gmina_of_an_office_places_a_village(extractor):
    """"Wójt Gminy Gródek nad Dunajcem" is a title, not the event's place, but it says where the page is:
    "w Rożnowie" is Rożnów of that gmina, not one of the villages called Rożnowo."""
    text = ("Puchar Wójta Gminy Gródek nad Dunajcem wręczono wczoraj. "
            "Mecze rozegrano w Rożnowie na stadionie miejscowego klubu.")
    names = {p.name for p in extractor.extract(text).places}
    assert "Rożnów" in names and "Rożnowo" not in names


def test_voivodeships_alone_never_decide_between_readings():
    """However many places of one voivodeship the page names, only a gmina or a powiat decides."""
    anchors = {("zachodniopomorskie", "", ""), ("zachodniopomorskie", "goleniowski", "Stepnica"),
               ("zachodniopomorskie", "kamieński", "Kamień Pomorski")}
    assert nearest_reading(["Będzin", "Będzino"], anchors) is None
    assert nearest_reading(["Rożnów", "Rożnowo"], {("małopolskie", "nowosądecki", "Gródek nad Dunajcem")}) == "Rożnów"
