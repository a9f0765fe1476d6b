"""Organization name shapes of round 4, in sentences written for the tests."""


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_embassies_and_directorates_are_bodies(extractor):
    names = _orgs(extractor, "Na spotkanie przyjechali przedstawiciele Ambasady Królestwa Szwecji. "
                             "Współorganizatorem była Dyrekcja Generalna Poczty Polskiej.")
    assert "Ambasada Królestwa Szwecji" in names
    assert "Dyrekcja Generalna Poczty Polskiej" in names
