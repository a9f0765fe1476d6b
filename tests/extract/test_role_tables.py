"""Roles from the rows of a pasted table (pipeline/extract/role_tables.py), in texts written for the tests."""


def _roles(extractor, text: str) -> dict[str, set[tuple[str, str | None]]]:
    return {p.name: {(r.title, r.organization) for r in p.roles} for p in extractor.extract(text).people}


def test_a_rows_title_cell_and_body_cell_give_the_role(extractor):
    text = ("Skład komisji:\nTomasz Grab | przewodniczący | Towarzystwo Miłośników Dębiny\n"
            "Alicja Sowa | sekretarz | Klub Sportowy Orlik\n")
    found = _roles(extractor, text)
    assert ("przewodniczący", "Towarzystwo Miłośników Dębiny") in found["Tomasz Grab"]
    assert ("sekretarz", "Klub Sportowy Orlik") in found["Alicja Sowa"]
    # the row above is no body of the name that opens the next row
    assert all(p.affiliation != "Towarzystwo Miłośników Dębiny" for p in extractor.extract(text).people
               if p.name == "Alicja Sowa")


def test_tab_separated_and_bordered_rows_and_a_title_with_its_body_in_one_cell(extractor):
    text = "Goście:\nMarek Lis\tskarbnik\tGmina Dębina\n| Iwona Kruk | wójt gminy Sosnówka | Sosnówka 12 |\n"
    found = _roles(extractor, text)
    assert ("skarbnik", "Gmina Dębina") in found["Marek Lis"]
    assert ("wójt", "Gmina Sosnówka") in found["Iwona Kruk"]


def test_a_bar_in_running_text_is_no_table(extractor):
    found = _roles(extractor, "Relacja | Aktualności\nW spotkaniu wziął udział Jan Lis, prezes Fundacji Brzoza.")
    assert ("prezes", "Fundacja Brzoza") in found["Jan Lis"]


def test_a_lower_case_cell_before_a_body_is_the_title_column(extractor):
    text = "Goście:\nAnna Lis | starszy cechu | Cech Rzemiosł Różnych\nEwa Mak | uczeń | Liceum Ogólnokształcące w Dębinie\n"
    found = _roles(extractor, text)
    assert ("starszy cechu", "Cech Rzemiosł Różnych") in found["Anna Lis"]
    assert ("uczeń", "Liceum Ogólnokształcące w Dębinie") in found["Ewa Mak"]
