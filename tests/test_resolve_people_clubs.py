"""A sports text's own team: its squad lists, scorers and coach belong to it (pipeline/resolve_people_clubs.py)."""


def _people(extractor, text):
    return {p.name: p for p in extractor.extract(text).people}


def test_a_season_squad_belongs_to_the_team_and_attends_nothing(extractor):
    people = _people(extractor, "Siatkarze Orła Kępno zagrają w trzeciej lidze. Kadra Orła Kępno na sezon 2031/2032: "
                                "Przyjmujący: Jan Kowal, Adam Wilk\nŚrodkowi: Piotr Mak\nLibero: Marek Zając\n"
                                "Najbliższe mecze: Orzeł Kępno - Grom Lisów.")
    for name in ("Jan Kowal", "Adam Wilk", "Piotr Mak", "Marek Zając"):
        assert people[name].affiliation == "Orzeł", name
        assert people[name].part == "other", name


def test_a_line_up_of_a_match_played_it(extractor):
    people = _people(extractor, "Piłkarze Orła Kępno wygrali mecz ligowy 2:0. W meczu wystąpili: Bramkarze: Jan Kowal\n"
                                "Obrońcy: Adam Wilk, Piotr Mak")
    assert {n: (p.affiliation, p.part) for n, p in people.items()} == {
        "Jan Kowal": ("Orzeł", "participant"), "Adam Wilk": ("Orzeł", "participant"),
        "Piotr Mak": ("Orzeł", "participant")}


def test_the_scorers_of_the_teams_match_played_for_it(extractor):
    people = _people(extractor, "W sobotę piłkarze Grotu Lisów wygrali 2:1. Bohaterem spotkania okazał się Tomasz "
                                "Wrona. Strzelił obie bramki. Na trybunach zasiadł Jan Kowal, mieszkaniec Lisowa.")
    assert (people["Tomasz Wrona"].affiliation, people["Tomasz Wrona"].part) == ("Grot", "participant")
    assert people["Jan Kowal"].affiliation is None  # a spectator named after the scorer's sentence


def test_the_coach_of_the_teams_players(extractor):
    people = _people(extractor, "Juniorzy Grotu Lisów wygrali turniej. Podopieczni Tomasza Wrony nie przegrali meczu.")
    assert people["Tomasz Wrona"].affiliation == "Grot"


def test_two_teams_named_by_their_players_give_no_team(extractor):
    people = _people(extractor, "Piłkarze Grotu Lisów pokonali piłkarzy Orła Kępno 2:1. Bramki strzelił Tomasz Wrona.")
    assert people["Tomasz Wrona"].affiliation is None


def test_a_heading_of_no_playing_position_lists_no_players(extractor):
    people = _people(extractor, "Siatkarze Orła Kępno wygrali mecz ligowy 3:0. Sędziowie: Jan Kowal, Adam Wilk")
    assert {n: p.affiliation for n, p in people.items()} == {"Jan Kowal": None, "Adam Wilk": None}


def test_a_matchs_referee_has_no_role(extractor):
    people = _people(extractor, "Piłkarze Orła Kępno wygrali mecz ligowy 2:0. W drugiej połowie sędzia Jan Kowalik "
                                "podyktował rzut karny.")
    assert people["Jan Kowalik"].roles == []


def test_a_judge_outside_sport_keeps_the_title(extractor):
    people = _people(extractor, "Na spotkaniu o prawach dziecka gościła sędzia Anna Kowalik.")
    assert [r.title for r in people["Anna Kowalik"].roles] == ["sędzia"]
