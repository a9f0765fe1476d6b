"""Organization names of round 18, second pass (pipeline/extract/organizations.py), in sentences written for the
tests."""


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_a_seat_list_goes_on_over_a_locality_sgjp_knows_only_as_a_name_part(extractor):
    # SGJP lists "Pogorzele" only as a part of longer names; in a list of seats it is a seat all the same
    names = _orgs(extractor, "Na festyn przyjechali druhowie z jednostek Ochotniczej Straży Pożarnej z Dębiny, "
                             "Pogorzeli oraz Kolna.")
    assert {"Ochotnicza Straż Pożarna z Pogorzeli", "Ochotnicza Straż Pożarna z Kolna"} <= names
