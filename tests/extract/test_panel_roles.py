"""Roles, round 18: a list's lead naming its own moderator, invitations to lead or to debate, and a participle of
leading that describes a group of people. Sentences are invented; they reproduce the shapes found in reports."""

from people_helpers import people, titles


def test_the_moderator_in_a_lead_is_not_the_members_title(extractor):
    text = ("Program: • Dyskusja panelowa, moderator prof. Adam Mak, uczestnicy:\n"
            " – prof. Jan Kos, Akademia Rolnicza w Lipnie\n – Anna Wilk, Fundacja Wiatrak\n")
    found = people(extractor, text)
    assert titles(found["Adam Mak"]) == ["moderator"]
    for name in ("Jan Kos", "Anna Wilk"):
        assert titles(found[name]) == ["panelista"]


def test_members_of_no_discussion_get_no_panel_role(extractor):
    found = people(extractor, "Szkolenie dla sołtysów, uczestnicy: Jan Kos, Anna Wilk.")
    for name in ("Jan Kos", "Anna Wilk"):
        assert "panelista" not in titles(found[name])


def test_a_lead_verb_still_gives_its_role(extractor):
    found = people(extractor, "Warsztaty prowadzili: Jan Kos i Anna Wilk.")
    assert titles(found["Jan Kos"]) == ["prowadzący"] and titles(found["Anna Wilk"]) == ["prowadzący"]


def test_invited_to_lead_workshops(extractor):
    text = ("Do prowadzenia warsztatów zostali zaproszeni wykładowcy z uczelni: dr Jan Kos (Instytut Historii) "
            "i dr Adam Mak (Wydział Prawa).")
    found = people(extractor, text)
    for name in ("Jan Kos", "Adam Mak"):
        assert {"wykładowca", "prowadzący"} <= set(titles(found[name]))


def test_invited_with_the_purpose_after_the_name(extractor):
    found = people(extractor, "Zaprosiliśmy Jana Kosa do poprowadzenia zajęć z ceramiki.")
    assert titles(found["Jan Kos"]) == ["prowadzący"]


def test_invited_to_a_debate(extractor):
    found = people(extractor, "Do udziału w debacie Szkoła i gmina: razem została zaproszona mgr Anna Wilk z fundacji.")
    assert titles(found["Anna Wilk"]) == ["panelista"]


def test_an_invitation_reaches_no_later_verb(extractor):
    found = people(extractor, "Do prowadzenia zajęć zaproszono Annę Wilk, a otworzyła je wójt Ewa Sowa.")
    assert "prowadzący" not in titles(found["Ewa Sowa"])


def test_a_group_led_by_a_person_gives_no_event_role(extractor):
    found = people(extractor, "Wystąpiła grupa taneczna wraz z wokalistkami prowadzonymi przez Annę Wilk.")
    assert "prowadzący" not in titles(found["Anna Wilk"])
    found = people(extractor, "Nagrodę zdobył zespół „Wiewiórki” działający przy GOK w Lipnie i prowadzony przez "
                              "nauczyciela Jana Kosa.")
    assert "prowadzący" not in titles(found["Jan Kos"])


def test_an_event_led_by_a_person_keeps_the_role(extractor):
    found = people(extractor, "Warsztaty z pierwszej pomocy, prowadzone przez ratownika Jana Kosa, były ciekawe.")
    assert "prowadzący" in titles(found["Jan Kos"])
    found = people(extractor, "Następnie odbył się panel przygotowany i poprowadzony przez Adama Maka.")
    assert "prowadzący" in titles(found["Adam Mak"])


def test_a_panels_moderator_is_not_one_of_its_panelists(extractor):
    """"panel dyskusyjny, moderator: X": the panel gives its names the panelist's role, except the one who runs it."""
    found = {p.name: [r.title for r in p.roles] for p in extractor.extract(
        "11:00 – panel dyskusyjny, moderator: Ewa Kos (Fundacja Lipa)\n12:00 – przerwa").people}
    assert found["Ewa Kos"] == ["moderator"]


def test_speakers_of_a_panel_are_its_panelists(extractor):
    """"W części panelowej głos zabrali: A, B": who spoke in the panel sat on it; "w dyskusji głos zabrali" after
    a talk is the audience speaking, no panel."""
    found = {p.name: [r.title for r in p.roles] for p in extractor.extract(
        "W części panelowej głos zabrali: Bożydar Kmieć, prezes Fundacji Sosna, oraz Lena Gil.").people}
    assert "panelista" in found["Bożydar Kmieć"] and found["Lena Gil"] == ["panelista"]
    found = {p.name: [r.title for r in p.roles] for p in extractor.extract(
        "Po wykładzie w dyskusji głos zabrali Bożydar Kmieć i Lena Gil.").people}
    assert found["Lena Gil"] == []


def test_a_timed_programme_line_is_no_member_of_the_panel_above(extractor):
    text = ("Program seminarium:\n9:30 – dyskusja panelowa, moderator: Olga Ruta (Fundacja Kamień)\n"
            "10:45 – prezentacja projektu – Marian Sowa, dyrektor Centrum Usług w Lipnie\n")
    found = people(extractor, text)
    assert titles(found["Olga Ruta"]) == ["moderator"]
    assert titles(found["Marian Sowa"]) == ["dyrektor"]


def test_an_untimed_list_under_a_timed_panel_line_keeps_its_role(extractor):
    text = "Program:\n11:00 – panel dyskusyjny, udział wzięli:\nJan Grab (Fundacja Kamień),\nEwa Kret (Gmina Lipno).\n"
    found = people(extractor, text)
    assert "panelista" in titles(found["Ewa Kret"])
