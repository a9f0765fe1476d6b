"""A report's closing signature names its writer: the body there is not listed and organizes nothing, unless the page
speaks as the organizer or announces the event (docs/annotation.md 755, 800, 1044; Organizer, the page's own voice)."""

import pytest

REPORT = "W sobotę w świetlicy w Zawadce odbył się turniej warcabowy. Zwyciężyła Ewa Sowa. Gratulujemy!"


def _report(extractor, text: str):
    return extractor.extract(text)


@pytest.mark.parametrize("closing", [
    "Gminny Ośrodek Kultury w Brzezinkach",
    "Marta Lipiec\nGminny Ośrodek Kultury w Brzezinkach",
    "Marta Lipiec / Gminny Ośrodek Kultury w Brzezinkach",
])
def test_a_reports_signature_body_is_not_listed(extractor, closing):
    report = _report(extractor, f"{REPORT}\n{closing}")
    assert not [o for o in report.organizations if o.name.startswith("Gminny Ośrodek")]
    assert report.event.organizer is None
    assert "Brzezinki" not in {p.name for p in report.places if p.name != "Zawadka"}


@pytest.mark.parametrize("text", [
    "Zapraszamy dzieci na turniej warcabowy 7 maja o godz. 10.00 w świetlicy w Zawadce.\n"
    "Gminny Ośrodek Kultury w Brzezinkach",
    "W sobotę w świetlicy w Zawadce zorganizowaliśmy turniej warcabowy. Zwyciężyła Ewa Sowa.\n"
    "Gminny Ośrodek Kultury w Brzezinkach",
])
def test_an_invitations_signature_is_the_pages_own_voice(extractor, text):
    report = _report(extractor, text)
    assert report.event.organizer == "Gminny Ośrodek Kultury w Brzezinkach"
    assert "Gminny Ośrodek Kultury w Brzezinkach" in {o.name for o in report.organizations}


def test_an_announcements_signature_body_stays_listed(extractor):
    report = _report(extractor, "Turniej warcabowy odbędzie się 7 maja w świetlicy w Zawadce. Zapisy u instruktora.\n"
                                "Gminny Ośrodek Kultury w Brzezinkach")
    assert "Gminny Ośrodek Kultury w Brzezinkach" in {o.name for o in report.organizations}


def test_a_body_named_in_the_report_stays_listed_beside_its_signature(extractor):
    report = _report(extractor, "Turniej warcabowy przygotował Gminny Ośrodek Kultury w Brzezinkach. Zwyciężyła Ewa "
                                "Sowa.\nGminny Ośrodek Kultury w Brzezinkach")
    assert report.event.organizer == "Gminny Ośrodek Kultury w Brzezinkach"


def test_a_body_line_in_the_middle_of_a_report_is_no_signature(extractor):
    report = _report(extractor, "Partnerem turnieju był\nGminny Ośrodek Kultury w Brzezinkach\n"
                                "Zwyciężyła Ewa Sowa, a drugie miejsce zajął Adam Kot.")
    assert "Gminny Ośrodek Kultury w Brzezinkach" in {o.name for o in report.organizations}


@pytest.mark.parametrize("closing", [
    "W turnieju grały drużyny:\nGminny Ośrodek Kultury w Brzezinkach\nKlub Sportowy Lipa",
    "Drużyny:\n- Gminny Ośrodek Kultury w Brzezinkach\n- Klub Sportowy Lipa",
    "Partnerzy: Gminny Ośrodek Kultury w Brzezinkach | Klub Sportowy Lipa",
])
def test_a_list_of_bodies_closing_a_report_is_no_signature(extractor, closing):
    report = _report(extractor, f"{REPORT}\n{closing}")
    assert "Gminny Ośrodek Kultury w Brzezinkach" in {o.name for o in report.organizations}
