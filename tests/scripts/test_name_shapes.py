"""The name-shape harness (scripts/name_shapes.py) on invented names: rendering, gold and scoring."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from types import SimpleNamespace

import pytest

from tests.conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("name_shapes", ROOT / "scripts" / "name_shapes.py")
name_shapes = importlib.util.module_from_spec(_SPEC)
sys.modules["name_shapes"] = name_shapes  # dataclasses look their module up
_SPEC.loader.exec_module(name_shapes)
Item = name_shapes.Item


def test_renders_each_slot_in_its_case_with_gold() -> None:
    item = Item("person", "Jolanta Wierzbicka", "prezes", "Stowarzyszenie Dolina Bobru")
    text, gold = name_shapes.render("Debata odbyła się z udziałem {title:gen} {org:gen} {name:gen}.", [item])
    # a man's noun title of a woman does not decline
    assert text == "Debata odbyła się z udziałem prezes Stowarzyszenia Dolina Bobru Jolanty Wierzbickiej."
    assert gold["people"] == [{"name": "Jolanta Wierzbicka", "roles": ["prezes"],
                               "organization": "Stowarzyszenie Dolina Bobru", "part": None}]


def test_several_items_and_the_preposition_we() -> None:
    places = [Item("place", "Wronki", place_kind="locality"), Item("place", "Nowa Wieś", place_kind="locality")]
    text, gold = name_shapes.render("Goście z {place:gen} byli {w} {place2:loc}.", places)
    assert text == "Goście z Wronek byli w Nowej Wsi."
    assert [p["name"] for p in gold["places"]] == ["Wronki", "Nowa Wieś"]
    assert name_shapes.render("Byli {w} {place:loc}.", [Item("place", "Wronki")])[0] == "Byli we Wronkach."


def test_a_name_without_a_known_inflection_is_skipped() -> None:
    assert name_shapes.render("Pracownicy {org:gen}.", [Item("org", "„Zorza” Zielonka")]) is None
    assert name_shapes.render("Pracownicy {org:gen}.", [Item("org", "GOPS")])[0] == "Pracownicy GOPS."


def test_a_list_line_scores_no_title() -> None:
    item = Item("person", "Marek Zawada", "dyrektor", "Muzeum Wsi")
    _text, gold = name_shapes.render("- {name:nom} ({org:nom})", [item])
    assert gold["people"][0]["roles"] == []


def test_table_gives_recall_per_shape() -> None:
    totals = {"org_x": Counter({"n": 4, "organizations.tp": 3, "organizations.fn": 1, "organizations.fp": 2})}
    row = name_shapes.table(totals).splitlines()[2]
    assert row.startswith("| org_x | 4 | 0.750 |") and row.endswith("| 0.50 | 0.00 |")


def test_overall_sums_the_shapes() -> None:
    totals = {"a": Counter({"n": 2, "places.tp": 1, "places.fn": 1}), "b": Counter({"n": 2, "places.tp": 2})}
    assert name_shapes.overall(totals) == {"places": 0.75}


def test_a_venues_seat_is_gold_too() -> None:
    card = {"id": "x", "places": [{"name": "Dom Kultury w Lesku", "kind": "venue"}, {"name": "Lesko", "kind": "locality"},
                                  {"name": "Ustrzyki Dolne", "kind": "locality"}]}
    venue = next(i for i in name_shapes.items([card]) if i.kind == "venue")
    assert venue.seats == ("Lesko",)
    _text, gold = name_shapes.render("Koncert odbył się w {place:loc}.", [venue])
    assert [p["name"] for p in gold["places"]] == ["Dom Kultury w Lesku", "Lesko"]


def test_a_list_heading_or_a_verb_gives_its_event_role() -> None:
    item = Item("person", "Marek Zawada", "dyrektor", "Muzeum Wsi")
    _text, gold = name_shapes.render("W panelu udział wzięli:\n- {name:nom} ({org:nom})", [item])
    assert gold["people"][0]["roles"] == ["panelista"]
    _text, gold = name_shapes.render("Zajęcia poprowadził {title:nom} {name:nom}.", [item])
    assert gold["people"][0]["roles"] == ["dyrektor", "prowadzący"]


def test_capitals_and_the_cards_acronym() -> None:
    place = Item("place", "Nowa Wieś", place_kind="locality")
    assert name_shapes.render("WIZYTA DO {place:gen^}", [place])[0] == "WIZYTA DO NOWEJ WSI"
    org = Item("org", "Gminny Ośrodek Kultury w Lesku", acronym="GOK")
    text, gold = name_shapes.render("Zespół {org:gen} ({acr:nom}).", [org])
    assert text == "Zespół Gminnego Ośrodka Kultury w Lesku (GOK)."
    assert gold["organizations"] == [{"name": "Gminny Ośrodek Kultury w Lesku", "acronym": "GOK"}]
    assert name_shapes.render("({acr:nom})", [Item("org", "Fundacja Lipa")]) is None


def test_a_place_inflects_as_the_town_not_as_a_surname() -> None:
    text, _gold = name_shapes.render("Jedziemy do {place:gen^}.", [Item("place", "Radom", place_kind="locality")])
    assert text == "Jedziemy do RADOMIA."


def test_a_womans_title_of_the_adjectival_declension_takes_the_feminine() -> None:
    woman = Item("person", "Jolanta Wierzbicka", "przewodniczący", "Rada Gminy Zalesie")
    man = Item("person", "Marek Zawada", "dyrektor", "Muzeum Wsi")
    template = "Debata z udziałem {title:gen} {org:gen} {name:gen}."
    text, gold = name_shapes.render(template, [woman])
    assert text == "Debata z udziałem przewodniczącej Rady Gminy Zalesie Jolanty Wierzbickiej."
    assert gold["people"][0]["roles"] == ["przewodniczący"]  # the gold keeps the base form
    assert name_shapes.render(template, [man])[0] == "Debata z udziałem dyrektora Muzeum Wsi Marka Zawady."


@pytest.mark.parametrize(("place", "kind", "expected"), [
    ("Podkarpacie", "region", "Byli na Podkarpaciu. Jadą NA PODKARPACIE."),
    ("Kujawy", "region", "Byli na Kujawach. Jadą NA KUJAWY."),  # a region named by a plural
    ("Opolszczyzna", "region", "Byli na Opolszczyźnie. Jadą NA OPOLSZCZYZNĘ."),
    ("Litwa", "country", "Byli na Litwie. Jadą NA LITWĘ."),
    ("Niemcy", "country", "Byli w Niemczech. Jadą DO NIEMIEC."),  # a country named by a plural takes "w"
    ("Bieszczady", "other", "Byli w Bieszczadach. Jadą DO BIESZCZADÓW."),
    ("Wronki", "locality", "Byli we Wronkach. Jadą DO WRONEK."),
])
def test_places_that_take_na(place: str, kind: str, expected: str) -> None:
    items = [Item("place", place, place_kind=kind)] * 2
    assert name_shapes.render("Byli {w} {place:loc}. Jadą {do} {place2:gen^}.", items)[0] == expected


def test_a_site_head_takes_na() -> None:
    venue = Item("venue", "Rynek Główny w Zalesiu", place_kind="venue")
    assert name_shapes.render("Festyn odbył się {w} {place:loc}.", [venue])[0] == \
        "Festyn odbył się na Rynku Głównym w Zalesiu."


def test_ze_before_a_sibilant_and_a_consonant() -> None:
    text, _gold = name_shapes.render("We współpracy {z} {org:inst} i {z} {org2:inst}.",
                                     [Item("org", "Stowarzyszenie Lipa"), Item("org", "Fundacja Zorza")])
    assert text == "We współpracy ze Stowarzyszeniem Lipa i z Fundacją Zorza."


def test_extras_the_conventions_make_right_are_counted_apart() -> None:
    gold = {"organizations": [{"name": "Archiwum Uniwersytetu Leśnego w Zalesiu", "acronym": None},
                              {"name": "Pracownia Regionalna ZHP w Lipnie", "acronym": None},
                              {"name": "Urząd Gminy Zalesie", "acronym": None}],
            "places": [{"name": "Muzeum Wsi w Zalesiu", "kind": "venue"}]}
    orgs = ["Archiwum Uniwersytetu Leśnego w Zalesiu", "Uniwersytet Leśny w Zalesiu", "ZHP", "Gmina Zalesie",
            "Fundacja Lipa"]
    report = SimpleNamespace(organizations=[SimpleNamespace(name=n, acronym=None) for n in orgs],
                             places=[SimpleNamespace(name=n) for n in ("Zalesie", "Lipno")])
    # the parents inside the names are right (a unit inside an office's name is not); the venue's seat is right
    assert name_shapes.conventional_extras(gold, report) == Counter({"organizations": 2, "places": 1})


def test_a_byline_gives_no_organization_and_a_funding_lines_voivodeship_no_place() -> None:
    person = Item("person", "Marek Zawada", "sekretarz", "Stowarzyszenie Lipa")
    text, gold = name_shapes.render("Zapraszam.\n{title:nom+} {org:gen}\n{name:nom}", [person],
                                    ("people", "no_organizations", "byline"))
    assert text == "Zapraszam.\nSekretarz Stowarzyszenia Lipa\nMarek Zawada"
    assert gold == {"organizations": [], "people": [{"name": "Marek Zawada", "roles": ["sekretarz"],
                                                     "organization": None, "part": None}]}
    place = Item("place", "Zalesie", place_kind="locality")
    region = Item("place", "województwo lubuskie", place_kind="region")
    assert name_shapes._groups([place, region], "place", "{place:nom} {region2:gen}", 5) == [[place, region],
                                                                                            [region, region]]
    text, gold = name_shapes.render("W {place:loc}. Program {region2:gen}.", [place, region])
    assert text == "W Zalesiu. Program Województwa Lubuskiego."
    assert gold == {"places": [{"name": "Zalesie", "kind": "locality"}]}



def test_a_region_named_by_a_common_plural_takes_w() -> None:
    region = Item("place", "Grabskie", place_kind="region")  # reads as the plural of a feminine noun
    assert not name_shapes._takes_na(region)
    assert name_shapes._takes_na(Item("place", "Kujawy", place_kind="region"))


def test_the_eighteenth_sessions_shapes_split_by_alternation() -> None:
    names = [name for name, *_ in name_shapes.HELD_OUT_S18]
    assert [name for name, *_ in name_shapes.HELD_OUT_S18_PROBE] == names[0::2]
    assert [name for name, *_ in name_shapes.HELD_OUT_S18_OPENED] == names[1::2]
    assert len(names) == 10 and not set(names) & {name for name, *_ in name_shapes.SHAPES + name_shapes.HELD_OUT_OLD
                                                   + name_shapes.HELD_OUT_NEW}


def _s18(shape: str) -> tuple[str, tuple[str, ...]]:
    return next((template, keys) for name, _kind, template, keys in name_shapes.HELD_OUT_S18 if name == shape)


def test_a_captions_people_have_no_organization_and_its_bodies_are_not_listed() -> None:
    template, keys = _s18("person_caption_left")
    people = [Item("person", "Marek Zawada", "dyrektor", "Muzeum Wsi"),
              Item("person", "Jolanta Wierzbicka", "prezes", "Fundacja Lipa")]
    text, gold = name_shapes.render(template, people, keys)
    assert text.endswith("Na zdjęciu (od lewej): Marek Zawada (Muzeum Wsi), Jolanta Wierzbicka (Fundacja Lipa).")
    assert gold["organizations"] == []
    assert [(p["organization"], p["roles"]) for p in gold["people"]] == [(None, []), (None, [])]


def test_speakers_after_a_lead_take_its_role_without_their_degrees() -> None:
    template, keys = _s18("person_semicolon_speakers")
    people = [Item("person", "Marek Zawada", "dyrektor", "Muzeum Wsi"),
              Item("person", "Jolanta Wierzbicka", "prezes", "Fundacja Lipa")]
    text, gold = name_shapes.render(template, people, keys)
    assert text == "Prelegenci: dr Marek Zawada – Muzeum Wsi; mgr Jolanta Wierzbicka – Fundacja Lipa."
    assert [(p["name"], p["roles"], p["organization"]) for p in gold["people"]] == [
        ("Marek Zawada", ["prelegent"], "Muzeum Wsi"), ("Jolanta Wierzbicka", ["prelegent"], "Fundacja Lipa")]


def test_hosts_listed_as_equals_and_a_patron_who_is_no_host() -> None:
    bodies = [Item("org", "Fundacja Lipa"), Item("org", "Muzeum Wsi"), Item("org", "Stowarzyszenie Zorza")]
    _template, keys = _s18("organizer_label_list")
    assert name_shapes.host_gold(bodies, keys) == {"organizer": "Fundacja Lipa",
                                                    "co_organizers": ["Muzeum Wsi", "Stowarzyszenie Zorza"]}
    template, keys = _s18("org_patronage_funding")
    assert name_shapes.host_gold(bodies, keys) == {"organizer": "Fundacja Lipa", "co_organizers": []}
    text, gold = name_shapes.render(template, bodies, keys)
    assert text == ("Festyn rodzinny przygotowano staraniem Fundacji Lipa, pod patronatem honorowym Muzeum Wsi i przy "
                    "dofinansowaniu Stowarzyszenia Zorza.")
    assert [o["name"] for o in gold["organizations"]] == ["Fundacja Lipa", "Muzeum Wsi", "Stowarzyszenie Zorza"]


def test_a_route_gives_every_place_on_it() -> None:
    template, keys = _s18("place_route")
    towns = [Item("place", name, place_kind="locality") for name in ("Nowa Wieś", "Wronki", "Zalesie")]
    text, gold = name_shapes.render(template, towns, keys)
    assert text.endswith("trasę Nowa Wieś – Wronki – Zalesie.")
    assert [p["name"] for p in gold["places"]] == ["Nowa Wieś", "Wronki", "Zalesie"]


def test_organizer_extras_count_wrong_hosts_per_sentence_of_shapes_that_score_them() -> None:
    totals = {"a": Counter({"n": 4, "organizer.tp": 3, "organizer.fn": 1, "organizer.fp": 1, "co_organizers.fp": 1}),
              "b": Counter({"n": 6, "places.tp": 6})}
    assert name_shapes.organizer_extras_per_sentence(totals, {"a", "b"}) == 0.5
    lines = name_shapes.group_lines(totals, "test", (("a",), ("b",)))
    assert lines[0].startswith("recall over the test held-out shapes (2): organizer 0.750")
    assert lines[1].endswith("wrong organizers and co-organizers 0.500")


def test_the_nineteenth_sessions_shapes_split_by_alternation_and_seal_the_even_ones() -> None:
    names = [name for name, *_ in name_shapes.HELD_OUT_S19]
    assert [name for name, *_ in name_shapes.HELD_OUT_S19_PROBE] == names[0::2]
    assert [name for name, *_ in name_shapes.HELD_OUT_S19_SEALED] == names[1::2]
    earlier = name_shapes.SHAPES + name_shapes.HELD_OUT_OLD + name_shapes.HELD_OUT_NEW + name_shapes.HELD_OUT_S18
    assert len(names) == 10 and not set(names) & {name for name, *_ in earlier}
    assert name_shapes.SEALED == set(names[1::2])
    assert [label for label, _group in name_shapes.GROUPS][3:] == [
        "eighteenth session's opened", "nineteenth session's probe", "nineteenth session's sealed"]


def _s19(shape: str) -> tuple[str, tuple[str, ...]]:
    return next((template, keys) for name, _kind, template, keys in name_shapes.HELD_OUT_S19 if name == shape)


_MAN = Item("person", "Marek Zawada", "dyrektor", "Muzeum Wsi")
_WOMAN = Item("person", "Jolanta Wierzbicka", "przewodniczący", "Rada Gminy Zalesie")
_WOMAN2 = Item("person", "Anna Lipska", "prezes", "Stowarzyszenie Zorza")


def test_a_label_and_a_predicate_noun_give_their_event_role_in_the_persons_gender() -> None:
    template, keys = _s19("person_label_lead")
    text, gold = name_shapes.render(template, [_WOMAN], keys)
    assert text.endswith("\nProwadząca: Jolanta Wierzbicka (Rada Gminy Zalesie)")
    assert gold["people"][0]["roles"] == ["prowadzący"]
    assert gold["people"][0]["organization"] == "Rada Gminy Zalesie"
    assert name_shapes.render(template, [_MAN], keys)[0].endswith("\nProwadzący: Marek Zawada (Muzeum Wsi)")
    template, keys = _s19("person_moderator_pred")
    text, gold = name_shapes.render(template, [_WOMAN], keys)
    assert text == "Moderatorką dyskusji była Jolanta Wierzbicka z Rady Gminy Zalesie."
    assert gold["people"][0]["roles"] == ["moderator"]
    assert name_shapes.render(template, [_MAN], keys)[0] == "Moderatorem dyskusji był Marek Zawada z Muzeum Wsi."


def test_a_verb_of_two_women_takes_the_feminine_plural() -> None:
    template, keys = _s19("person_greeters_inline")
    text, gold = name_shapes.render(template, [_WOMAN, _WOMAN2], keys)
    assert text == ("Uczestników spotkania powitały: Jolanta Wierzbicka – przewodnicząca Rady Gminy Zalesie oraz Anna "
                    "Lipska – prezes Stowarzyszenia Zorza.")
    assert [(p["roles"], p["organization"]) for p in gold["people"]] == [
        (["przewodniczący"], "Rada Gminy Zalesie"), (["prezes"], "Stowarzyszenie Zorza")]
    assert name_shapes.render(template, [_MAN, _WOMAN], keys)[0].startswith("Uczestników spotkania powitali: Marek")


def test_the_dative_of_a_title_a_body_and_a_name() -> None:
    template, keys = _s19("person_dative_award")
    assert name_shapes.render(template, [_MAN], keys)[0] == \
        "Pamiątkowy dyplom wręczono dyrektorowi Muzeum Wsi Markowi Zawadzie."
    assert name_shapes.render(template, [_WOMAN], keys)[0] == \
        "Pamiątkowy dyplom wręczono przewodniczącej Rady Gminy Zalesie Jolancie Wierzbickiej."


def test_a_media_patron_is_listed_but_no_host_and_an_invitation_together_makes_a_co_organizer() -> None:
    bodies = [Item("org", "Fundacja Lipa"), Item("org", "Stowarzyszenie Zorza")]
    template, keys = _s19("org_media_patron_labels")
    text, gold = name_shapes.render(template, bodies, keys)
    assert text.endswith("\nOrganizator: Fundacja Lipa\nPatronat medialny: Stowarzyszenie Zorza")
    assert [o["name"] for o in gold["organizations"]] == ["Fundacja Lipa", "Stowarzyszenie Zorza"]
    assert name_shapes.host_gold(bodies, keys) == {"organizer": "Fundacja Lipa", "co_organizers": []}
    template, keys = _s19("organizer_jointly_invites")
    assert name_shapes.render(template, bodies, keys)[0] == \
        "Fundacja Lipa wspólnie ze Stowarzyszeniem Zorza zaprasza na rodzinny rajd rowerowy."
    assert name_shapes.host_gold(bodies, keys) == {"organizer": "Fundacja Lipa", "co_organizers": ["Stowarzyszenie Zorza"]}


def test_a_bodys_seat_is_its_venue_and_a_list_of_delegates_lists_each_body() -> None:
    body = Item("org", "Gminny Ośrodek Kultury w Lesku")
    template, keys = _s19("venue_seat_of_org")
    text, gold = name_shapes.render(template, [body], keys)
    assert text == "Spotkanie odbyło się w siedzibie Gminnego Ośrodka Kultury w Lesku przy ulicy Polnej 3."
    assert gold == {"organizations": [{"name": "Gminny Ośrodek Kultury w Lesku", "acronym": None}],
                    "places": [{"name": "Gminny Ośrodek Kultury w Lesku", "kind": "venue"}]}
    template, keys = _s19("org_delegates_gen_list")
    text, gold = name_shapes.render(template, [Item("org", "Fundacja Lipa"), body, Item("org", "Muzeum Wsi")], keys)
    assert text.endswith("przedstawiciele Fundacji Lipa, Gminnego Ośrodka Kultury w Lesku i Muzeum Wsi.")
    assert len(gold["organizations"]) == 3


def test_a_title_lines_place_and_towns_after_one_preposition() -> None:
    template, keys = _s19("place_title_line")
    text, gold = name_shapes.render(template, [Item("place", "Nowa Wieś", place_kind="locality")], keys)
    assert text.startswith("Seminarium „Ekonomia społeczna w praktyce”, Nowa Wieś\n")
    assert gold == {"places": [{"name": "Nowa Wieś", "kind": "locality"}]}
    template, keys = _s19("place_locative_list")
    towns = [Item("place", name, place_kind="locality") for name in ("Wronki", "Nowa Wieś", "Zalesie")]
    region = Item("place", "Podkarpacie", place_kind="region")
    text, gold = name_shapes.render(template, towns, keys)
    assert text == "Zajęcia odbywały się kolejno we Wronkach, Nowej Wsi i Zalesiu."
    assert [p["name"] for p in gold["places"]] == ["Wronki", "Nowa Wieś", "Zalesie"]
    assert name_shapes._groups([towns[0], region, *towns[1:]], "place", template, 5, keys) == [towns]
