"""Places, round 18: the kind of a town abroad that the register does not hold."""


def test_a_town_abroad_after_a_town_preposition_is_a_locality(extractor):
    text = "Na festiwal przyjechali goście z Belgradu i Prisztiny, a my pojechaliśmy potem do Wilna."
    kinds = {p.name: p.kind for p in extractor.extract(text).places}
    assert kinds.get("Belgrad") == "locality" and kinds.get("Prisztina") == "locality"
    assert kinds.get("Wilno") == "locality"


def test_a_mountain_range_in_the_plural_keeps_kind_other(extractor):
    kinds = {p.name: p.kind for p in extractor.extract("Latem harcerze wędrowali w Alpach.").places}
    assert kinds.get("Alpy") == "other"
