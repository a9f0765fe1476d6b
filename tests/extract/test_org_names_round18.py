"""Base forms of organization names of round 18 (pipeline/extract/organizations.py), in sentences written for
the tests."""


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_a_tier_adjective_after_the_head_declines_with_it_before_a_bare_genitive(extractor):
    names = _orgs(extractor, "Spotkanie poprowadził Jan Kowalik, komendant Komendy Powiatowej Policji w Brzezinach.")
    assert "Komenda Powiatowa Policji w Brzezinach" in names


def test_a_tier_adjective_before_a_coordinated_genitive_is_the_heads(extractor):
    names = _orgs(extractor, "Gościem był Adam Bury z Rady Głównej Nauki i Sztuki, znany profesor.")
    assert "Rada Główna Nauki i Sztuki" in names


def test_an_ordinal_before_a_bare_genitive_stays_with_the_genitive(extractor):
    names = _orgs(extractor, "Głos zabrała Anna Nowak z Uniwersytetu Trzeciego Wieku w Dębinie.")
    assert "Uniwersytet Trzeciego Wieku w Dębinie" in names


def test_a_tier_adjective_before_an_institution_of_its_own_stays_with_it(extractor):
    names = _orgs(extractor, "Nagrody ufundowała dyrekcja Filii Gminnej Biblioteki w Dębinie.")
    assert "Filia Gminna Biblioteki w Dębinie" not in names


def test_a_compound_adjective_spaced_without_a_hyphen_declines_its_last_part(extractor):
    names = _orgs(extractor, "Wykład wygłosił Jan Bury z Izby Przemysłowo Handlowej w Dębinie.")
    assert "Izba Przemysłowo Handlowa w Dębinie" in names


def test_an_adjective_before_a_complement_with_its_own_closing_adjective_is_the_heads():
    from pipeline import base_form

    assert base_form("Wydziału Ekonomicznego Uniwersytetu Warmińsko-Mazurskiego w Olsztynie", "organization") \
        == "Wydział Ekonomiczny Uniwersytetu Warmińsko-Mazurskiego w Olsztynie"
    assert base_form("Instytutu Historycznego Uniwersytetu Brzozowskiego", "organization") \
        == "Instytut Historyczny Uniwersytetu Brzozowskiego"
    # a country's adjective opens the complement's own name; a noun after the complement's adjective is its own
    assert base_form("Koła Polskiego Związku Wędkarskiego", "organization") == "Koło Polskiego Związku Wędkarskiego"
    assert base_form("Stowarzyszenia Miłośników Uniwersytetu Trzeciego Wieku", "organization") \
        == "Stowarzyszenie Miłośników Uniwersytetu Trzeciego Wieku"


def test_a_field_adjective_before_a_bare_genitive_closing_the_name_is_the_heads():
    from pipeline import base_form

    assert base_form("Instytutu Badawczego Leśnictwa", "organization") == "Instytut Badawczy Leśnictwa"
    assert base_form("Centrum Medycznego Kształcenia Podyplomowego", "organization") \
        == "Centrum Medyczne Kształcenia Podyplomowego"
    # an ordinal opens the genitive's own phrase
    assert base_form("Koła Trzeciego Wieku", "organization") == "Koło Trzeciego Wieku"
