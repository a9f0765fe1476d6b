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


def _names(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_a_department_from_a_named_bank_is_not_listed(extractor):
    orgs = _names(extractor, "Panel poprowadził Adam Wrona, dyrektor Departamentu Funduszy Unijnych z Banku "
                             "Rozwoju Regionalnego, a potem odbyła się dyskusja.")
    assert "Departament Funduszy Unijnych" not in orgs


def test_a_department_in_a_lower_case_office_is_not_listed(extractor):
    orgs = _names(extractor, "W Starostwie Powiatowym w Lubartowie odbyło się szkolenie. Prowadził je Jan Kos, "
                             "naczelnik Wydziału Spraw Obywatelskich w starostwie.")
    assert "Wydział Spraw Obywatelskich" not in orgs


def test_a_department_of_a_represented_ministry_is_not_listed(extractor):
    orgs = _names(extractor, "W wizycie uczestniczyli przedstawiciele Ministerstwa Sportu i Turystyki – doradca "
                             "Ewa Lis i dyrektor Departamentu Turystyki Krajowej Anna Mak.")
    assert "Departament Turystyki Krajowej" not in orgs


def test_a_department_whose_parent_is_not_named_stays(extractor):
    orgs = _names(extractor, "Spotkanie przygotowali pracownicy Wydziału Promocji i Turystyki.")
    assert "Wydział Promocji i Turystyki" in orgs


def test_a_body_word_with_only_whose_body_it_is_names_none():
    # every voivodeship has its marshal's office, every estate and school its council
    assert townless_office("Urząd Marszałkowski") and townless_office("Rada Osiedla")
    assert townless_office("Rada Rodziców")
    assert not townless_office("Urząd Marszałkowski Województwa Lubuskiego")
    assert not townless_office("Rada Osiedla Zatorze")


def test_a_regionless_marshals_office_is_not_listed(extractor):
    assert "Urząd Marszałkowski" not in _names(extractor, "Festyn wsparł Urząd Marszałkowski, a ciasta upiekła "
                                                          "Rada Rodziców.")


def test_the_cue_lemma_prefilter_keeps_every_cue_token(ctx_for):
    """`represented_body` skips tokens by `_CUE_LEMMAS`: every token any of its cues holds on has one of them."""
    from pipeline.resolve_units import _CUE_LEMMAS, GROUP_WORDS, REPRESENTATIVE_WORDS, _in_person_of, _represented_by

    ctx = ctx_for("Urząd Gminy Lipno reprezentowali Jan Kos i Anna Wilk. Przedstawicielami Rady byli: Ewa Lis. "
                  "Festyn przygotowała Fundacja Dobry Dom w osobach: Ola Kos. Panie z Koła: Ala Wilk.")
    cued = [t for t in ctx.light_tokens if _in_person_of(ctx, t) or _represented_by(t) or {
        a.lemma.lower() for a in t.morf if a.pos == "subst" and a.number == "pl"} & (REPRESENTATIVE_WORDS | GROUP_WORDS)]
    assert len(cued) >= 4
    assert all(not ctx.features.lemmas_lower[t.i].isdisjoint(_CUE_LEMMAS) for t in cued)
