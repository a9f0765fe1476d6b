"""The body a person acts for, named after "w imieniu" / "z ramienia" (pipeline/resolve_behalf.py), in sentences
written for the tests."""


def _role_orgs(extractor, text: str) -> dict[str, set[str | None]]:
    return {p.name: {r.organization for r in p.roles} for p in extractor.extract(text).people}


def test_a_unit_a_town_or_a_generic_body_acted_for_is_the_titles_body(extractor):
    assert _role_orgs(extractor, "W imieniu Województwa Lubuskiego gości powitała wicemarszałek Iwona Żak.")[
        "Iwona Żak"] == {"Województwo Lubuskie"}
    assert _role_orgs(extractor, "W imieniu Brzozowa gości powitał burmistrz Marek Lis.")["Marek Lis"] == {"Brzozów"}
    assert _role_orgs(extractor, "Z ramienia Starostwa Powiatowego w obradach udział wziął sekretarz Adam Bąk.")[
        "Adam Bąk"] == {"Starostwo Powiatowe"}
    assert _role_orgs(extractor, "W imieniu Gminy Dębina gości powitała skarbnik Ewa Kruk.")["Ewa Kruk"] == {"Gmina Dębina"}


def test_acting_for_a_group_of_people_names_no_body(extractor):
    assert _role_orgs(extractor, "W imieniu organizatorów gości powitał prezes Marek Lis.")["Marek Lis"] == {None}
