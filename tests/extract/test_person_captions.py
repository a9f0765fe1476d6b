"""People named only in a photo caption (pipeline/extract/person_captions.py): `other`, no organization."""

REPORT = ("Zebranie sołtysów w Borowie\n"
          "W piątek w świetlicy w Borowie odbyło się zebranie sołtysów. Spotkanie prowadziła Irena Lach "
          "z Urzędu Gminy Borowo.\n")


def _people(extractor, text):
    return {p.name: p for p in extractor.extract(text).people}


def test_a_caption_only_person_is_other_without_organization(extractor):
    people = _people(extractor, REPORT + "Na zdjęciu od lewej: wójt gminy Borowo Kamil Szpak i sołtys Lipin Ewa Gołąb.\n")
    for name in ("Kamil Szpak", "Ewa Gołąb"):
        assert people[name].part == "other"
        assert people[name].affiliation is None and all(r.organization is None for r in people[name].roles)
    assert [r.title for r in people["Kamil Szpak"].roles] == ["wójt"]  # the caption's title stays
    assert people["Irena Lach"].part == "speaker"


def test_a_person_named_in_the_body_too_keeps_the_body_s_facts(extractor):
    text = REPORT.replace("Irena Lach", "wójt gminy Borowo Kamil Szpak") + "Na zdjęciu: Kamil Szpak.\n"
    people = _people(extractor, text)
    assert people["Kamil Szpak"].part == "speaker"
    assert any(r.organization for r in people["Kamil Szpak"].roles) or people["Kamil Szpak"].affiliation
