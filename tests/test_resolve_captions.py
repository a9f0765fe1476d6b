"""People and bodies named only in a photo caption (docs/annotation.md, Captions), on invented pages."""


def test_a_person_only_in_a_caption_is_other_without_a_body(extractor):
    page = ("W sobotę w świetlicy w Jarkowie odbyły się warsztaty wikliniarskie. Zajęcia prowadziła Ewa Mróz "
            "z Fundacji Wiklina.\nNa zdjęciu od lewej: Adam Kruk (Dom Kultury w Lipnie) i Ewa Mróz.")
    report = extractor.extract(page)
    people = {p.name: p for p in report.people}
    assert people["Adam Kruk"].part == "other"
    assert all(r.organization is None for r in people["Adam Kruk"].roles) and people["Adam Kruk"].affiliation is None
    assert people["Ewa Mróz"].part == "speaker"  # named in the body too: the body's facts stand
    assert "Dom Kultury w Lipnie" not in {o.name for o in report.organizations}
    assert "Lipno" not in {p.name for p in report.places}
