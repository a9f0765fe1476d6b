"""Churches, chapels and shrines as named sites (pipeline/extract/sacred_venues.py), on our own sentences."""

import pytest

from tests._venues import venues as _venues


@pytest.mark.parametrize(("text", "venue"), [
    ("Obchody rozpoczęła msza w kościele pw. św. Wojciecha w Lipnie.", "kościół pw. św. Wojciecha"),
    ("Mszę odprawiono w kościele parafialnym w Brzozowie.", "kościół parafialny w Brzozowie"),
    ("Koncert zagrano w kościele świętej Barbary.", "kościół świętej Barbary"),
    ("Modlono się w kaplicy p.w. Matki Bożej Pocieszenia.", "kaplica p.w. Matki Bożej Pocieszenia"),
    ("Pielgrzymi weszli do Jasnogórskiego Sanktuarium w Częstochowie.", "Jasnogórskie Sanktuarium w Częstochowie"),
    ("Dzień zakończyła msza w kościele pw. Wniebowzięcia NMP w Kołkach.", "kościół pw. Wniebowzięcia NMP"),
])
def test_a_named_church_is_a_venue_in_its_base_form(text, venue):
    assert venue in _venues(text)


def test_the_dedication_stops_where_the_genitive_does():
    """A missing "w" glues the next name on: the dedication keeps only its genitive words."""
    assert "kościół św. Jana" in _venues("Koncert odbył się w kościele św. Jana Nadbałtyckim Centrum Kultury.")


@pytest.mark.parametrize("text", [
    "Po mszy w kościele uczestnicy przeszli pod pomnik.",
    "Kustosz sanktuariów maryjnych w Lipnie powitał gości.",
    "Msza w kościele Kowalskich nie odbyła się.",
])
def test_an_unnamed_or_plural_church_is_no_venue(text):
    assert not any(v.lower().startswith(("kości", "sanktuar")) for v in _venues(text))
