"""Local-government bodies named without their town (pipeline/resolve_units.py); invented sentences."""

from pipeline.resolve_units import townless_office


def test_tier_words_alone_make_no_body():
    assert townless_office("Rada Miejska") and townless_office("Urząd Gminy") and townless_office("Rada Sołecka")


def test_a_town_or_another_word_makes_a_body():
    assert not townless_office("Rada Miejska w Kolnie")
    assert not townless_office("Urząd Gminy Kolno")
    assert not townless_office("Rada Naukowa")


def test_a_townless_council_is_the_chairs_body_but_not_listed(extractor):
    report = extractor.extract("Na dożynkach byli: Przewodnicząca Rady Miejskiej, Pani Ewa Kos, "
                               "oraz pracownicy Urzędu Gminy.")
    assert not {o.name for o in report.organizations} & {"Rada Miejska", "Urząd Gminy"}
    kos = next(p for p in report.people if p.name == "Ewa Kos")
    assert [r.organization for r in kos.roles] == ["Rada Miejska"]
