"""Roles, organizations and parts probed on invented page-like reports (speaker lists with photo credits, titles
followed by "z <Organizacja>", programme lines, anaphoric bodies). Sentences are invented."""

from people_helpers import people, titles


def test_a_photo_credit_under_a_list_of_speakers_is_no_speaker(extractor):
    text = ("Prelegentki:\n– Iga Mrówka (Stowarzyszenie Zielone Pole)\n– dr Olga Sęp, Politechnika Opolska\n"
            "fot. Witold Grad")
    found = people(extractor, text)
    assert titles(found["Witold Grad"]) == []
    assert found["Witold Grad"].part == "other"
    assert titles(found["Olga Sęp"]) == ["prelegent"]


def test_a_name_line_without_credit_still_takes_the_lead(extractor):
    found = people(extractor, "Trenerzy:\nIga Mrówka\nWitold Grad")
    assert titles(found["Witold Grad"]) == ["trener"]
