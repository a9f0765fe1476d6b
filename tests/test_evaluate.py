"""The evaluator's matching rules on hand-made gold/prediction pairs, and the corpus floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.evaluate import FIELDS, compare, norm
from pipeline.evaluate_dirs import evaluate_dir, find_pairs, format_table, load_floors
from pipeline.models import Attendance, DocumentInfo, Event, Organization, Person, Place, Report, Role
from tests.conftest import CORPUS, ROOT

FLOORS = ROOT / "tests" / "floors.json"


def make_report(doc_id: str = "d", **event) -> Report:
    report = Report(document=DocumentInfo(id=doc_id, sha256="0" * 64, encoding="utf-8", chars=0))
    report.event = Event(**event)
    return report


def counts(scores, name):
    s = scores[name]
    return s.tp, s.fp, s.fn


# --- normalization ----------------------------------------------------------------------------


def test_norm_folds_quotes_case_and_whitespace_but_keeps_diacritics():
    assert norm("Spółdzielnia  Socjalna „LAS VEGAS”") == norm('spółdzielnia socjalna "las vegas"')
    assert norm("Stowarzyszenie «Razem»\n") == norm('Stowarzyszenie "Razem"')
    assert norm("Bielsko–Biała") == norm("Bielsko-Biała")
    assert norm("Łódź") != norm("Lodz")
    assert norm(None) is None


# --- scalar fields ------------------------------------------------------------------------------


def test_scalar_correct_wrong_extra_and_missing():
    gold = {"event_type": "szkolenie", "organizer": None, "date_start": "2019-03-12", "date_end": None}
    scores, dis = compare(gold, make_report(type="szkolenie", organizer="Fundacja X", date_start=None))
    assert counts(scores, "event_type") == (1, 0, 0)
    assert counts(scores, "organizer") == (0, 1, 0)  # a value where the gold has none
    assert counts(scores, "date_start") == (0, 0, 1)  # no value where the gold has one
    scores, dis = compare(gold, make_report(type="warsztaty"))
    assert counts(scores, "event_type") == (0, 1, 1)  # wrong: both a false positive and a false negative
    assert any(d.field == "event_type" and d.gold == "szkolenie" and d.predicted == "warsztaty" for d in dis)


def test_both_null_scores_nothing():
    scores, dis = compare({"organizer": None, "attendance": None}, make_report())
    assert counts(scores, "organizer") == (0, 0, 0)
    assert counts(scores, "attendance_total") == (0, 0, 0)
    assert dis == []


def test_date_range_needs_both_ends_and_one_day_end_may_be_null():
    gold = {"date_start": "2016-10-12", "date_end": "2016-10-14"}
    scores, _ = compare(gold, make_report(date_start="2016-10-12", date_end="2016-10-12"))
    assert counts(scores, "date_start") == (1, 0, 0)
    assert counts(scores, "date_range") == (0, 1, 1)
    one_day = {"date_start": "2018-01-16", "date_end": None}
    scores, _ = compare(one_day, make_report(date_start="2018-01-16", date_end="2018-01-16"))
    assert counts(scores, "date_range") == (1, 0, 0)


def test_attendance_numbers():
    gold = {"attendance": {"total": 35, "women": 25, "men": 10, "men_derived": True}}
    report = make_report(attendance=Attendance(total=35, women=25))
    scores, _ = compare(gold, report)
    assert counts(scores, "attendance_total") == (1, 0, 0)
    assert counts(scores, "attendance_women") == (1, 0, 0)
    assert counts(scores, "attendance_men") == (0, 0, 1)
    scores, _ = compare({"attendance": None}, report)
    assert counts(scores, "attendance_total") == (0, 1, 0)


def test_absent_gold_keys_are_not_scored():
    scores, dis = compare({"event_type": "forum"}, make_report(type="forum", organizer="X"))
    assert set(scores) == {"event_type"}


# --- people, roles, parts -------------------------------------------------------------------------


def test_people_roles_organizations_and_parts():
    gold = {"people": [
        {"name": "Piotr Kindziak", "roles": ["prezes zarządu"], "organization": "Spółdzielnia Socjalna „LAS VEGAS”",
         "part": "speaker"},
        {"name": "Kamila Grochowina", "roles": ["animator"], "organization": "JOWES", "part": "staff"},
        {"name": "Adam Morzyk", "roles": [], "organization": None, "part": "staff"},
    ], "organizations": [{"name": "Jurajski Ośrodek Wsparcia Ekonomii Społecznej", "acronym": "JOWES"}]}
    report = make_report()
    report.people = [
        Person(name="piotr  kindziak", part="speaker",
               roles=[Role(title="Prezes Zarządu", organization='Spółdzielnia Socjalna "LAS VEGAS"')]),
        Person(name="Kamila Grochowina", part="organizer_staff",
               roles=[Role(title="koordynator", organization="Jurajski Ośrodek Wsparcia Ekonomii Społecznej")]),
        Person(name="Jan Nowak", part="guest"),
    ]
    scores, dis = compare(gold, report)
    assert counts(scores, "people") == (2, 1, 1)
    assert counts(scores, "roles") == (1, 1, 1)
    # the organization named by its acronym in the gold matches the full name predicted
    assert counts(scores, "role_organizations") == (2, 0, 0)
    assert counts(scores, "parts") == (2, 1, 1)  # gold "staff" == "organizer_staff"
    people = [d for d in dis if d.field == "people"]
    assert {(d.gold, d.predicted) for d in people} == {("Adam Morzyk", None), (None, "Jan Nowak")}


def test_roles_may_be_objects_with_their_organization():
    gold = {"people": [{"name": "Anna Nowak", "roles": [{"title": "wójt", "organization": "gmina Kłomnice"}]}]}
    report = make_report()
    report.people = [Person(name="Anna Nowak", roles=[Role(title="wójt", organization="Gmina Kłomnice")])]
    scores, _ = compare(gold, report)
    assert counts(scores, "roles") == (1, 0, 0)
    assert counts(scores, "role_organizations") == (1, 0, 0)


# --- organizations and places -------------------------------------------------------------------


def test_organizations_match_by_name_or_gold_acronym_one_to_one():
    gold = {"organizations": [
        {"name": "Jurajski Ośrodek Wsparcia Ekonomii Społecznej", "acronym": "JOWES"},
        {"name": "Centrum Integracji Społecznej CISPOL", "acronym": "CISPOL"},
        {"name": "Spółdzielnia Socjalna „Gród”", "acronym": None},
        {"name": "Powiatowy Urząd Pracy w Lesku", "acronym": "PUP"},
    ]}
    report = make_report()
    report.organizations = [
        Organization(name="JOWES"),  # acronym-only name
        Organization(name="Centrum CISPOL", acronym="CISPOL"),  # predicted acronym
        Organization(name='spółdzielnia socjalna "gród"'),
        Organization(name="Gród"),  # no second match for the same gold organization
        Organization(name="PUP w Lesku"),  # neither the name nor the acronym
    ]
    scores, dis = compare(gold, report)
    assert counts(scores, "organizations") == (3, 2, 1)
    pair = next(d for d in dis if d.gold == "Powiatowy Urząd Pracy w Lesku")
    assert pair.predicted is None or pair.predicted in {"Gród", "PUP w Lesku"}


def test_organizer_may_be_given_by_acronym():
    gold = {"organizer": "Jurajski Ośrodek Wsparcia Ekonomii Społecznej",
            "organizations": [{"name": "Jurajski Ośrodek Wsparcia Ekonomii Społecznej", "acronym": "JOWES"}]}
    scores, _ = compare(gold, make_report(organizer="JOWES"))
    assert counts(scores, "organizer") == (1, 0, 0)


def test_places_ignore_kind_and_places_with_kind_do_not():
    gold = {"places": [{"name": "Krosno", "kind": "locality"}, {"name": "powiat krośnieński", "kind": "region"}]}
    report = make_report()
    report.places = [Place(name="Krosno", kind="locality"), Place(name="Powiat Krośnieński", kind="locality"),
                     Place(name="Lesko", kind="locality")]
    scores, _ = compare(gold, report)
    assert counts(scores, "places") == (2, 1, 0)
    assert counts(scores, "places_with_kind") == (1, 2, 1)


def test_near_misses_are_paired_in_disagreements():
    gold = {"places": [{"name": "Krosno", "kind": "locality"}]}
    report = make_report()
    report.places = [Place(name="Krosna", kind="locality"), Place(name="Warszawa", kind="locality")]
    _, dis = compare(gold, report)
    places = sorted(((d.gold, d.predicted) for d in dis if d.field == "places"), key=str)
    assert ("Krosno", "Krosna") in places and (None, "Warszawa") in places


def test_missing_and_encoding():
    report = make_report()
    report.missing = ["attendance_split", "organizer"]
    scores, _ = compare({"missing": ["attendance_split"], "encoding": "cp1250"}, report)
    assert counts(scores, "missing") == (1, 1, 0)
    assert counts(scores, "encoding") == (0, 1, 1)


def test_scores_are_micro_averaged_and_undefined_ratios_are_none():
    from pipeline.evaluate import FieldScore

    s = FieldScore(tp=3, fp=1, fn=0)
    assert s.precision == 0.75 and s.recall == 1.0 and abs(s.f1 - 6 / 7) < 1e-9
    assert FieldScore().precision is None and FieldScore().f1 is None
    assert FieldScore(fn=2).precision is None and FieldScore(fn=2).f1 == 0.0


def test_bad_gold_is_reported_not_raised():
    from pipeline.evaluate import GoldError, parse_gold

    with pytest.raises(GoldError, match="people"):
        parse_gold({"people": [{"roles": []}]})


# --- directories and the command ---------------------------------------------------------------


class FakeExtractor:
    """Predicts the same report for every document: only the event type."""

    def extract(self, document):
        return make_report(document.id, type="szkolenie")


def test_directory_layouts(tmp_path):
    (tmp_path / "a.txt").write_text("Szkolenie.", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps({"event_type": "szkolenie"}), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Bez złotego wzorca.", encoding="utf-8")
    (tmp_path / "c.gold.json").write_text(json.dumps({"event_type": "forum"}), encoding="utf-8")
    result = evaluate_dir(tmp_path, FakeExtractor())
    assert result.documents == ["a"]
    assert result.fields["event_type"].tp == 1
    assert any("c.gold.json" in p for p in result.problems)  # gold without its text
    assert [Path(u).name for u in result.unannotated] == ["b.txt"]

    gold_dir, text_dir = tmp_path / "gold", tmp_path / "texts"
    gold_dir.mkdir()
    text_dir.mkdir()
    (text_dir / "x.txt").write_text("Forum.", encoding="utf-8")
    (gold_dir / "x.gold.json").write_text(json.dumps({"event_type": "forum"}), encoding="utf-8")
    (gold_dir / "broken.gold.json").write_text("{", encoding="utf-8")
    (text_dir / "broken.txt").write_text("Forum.", encoding="utf-8")
    pairs, problems, _ = find_pairs(gold_dir, text_dir)
    assert [t.name for t, _ in pairs] == ["broken.txt", "x.txt"]
    result = evaluate_dir(gold_dir, FakeExtractor(), text_dir)
    assert result.documents == ["x"] and counts(result.fields, "event_type") == (0, 1, 1)
    assert any("broken.gold.json" in p for p in result.problems)


def test_evaluate_command_json_and_floors(tmp_path, monkeypatch):
    from pipeline.cli import app
    from pipeline.commands import measure

    monkeypatch.setattr(measure, "_extractor", lambda ner: FakeExtractor())
    (tmp_path / "a.txt").write_text("Szkolenie.", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps({"event_type": "szkolenie", "organizer": "X"}), encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["evaluate", str(tmp_path), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["fields"]["event_type"]["f1"] == 1.0
    assert data["fields"]["organizer"] == {"precision": None, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 1,
                                           "support": 1}
    assert data["disagreements"] == [{"doc": "a", "field": "organizer", "gold": "X", "predicted": None}]
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"f1": {"event_type": 0.9, "organizer": 0.5}}), encoding="utf-8")
    res = runner.invoke(app, ["evaluate", str(tmp_path), "--floors", str(floors), "--no-disagreements"])
    assert res.exit_code == 1
    assert "organizer" in res.stderr and "event_type" not in res.stderr
    assert "event_type" in res.stdout  # the table


# --- the corpus against the floors ------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_result(extractor):
    return evaluate_dir(CORPUS, extractor)


def test_corpus_gold_is_complete_and_readable(corpus_result):
    assert corpus_result.problems == []
    assert len(corpus_result.documents) >= 60


def test_floors_file_covers_known_fields():
    floors = load_floors(FLOORS)
    assert set(floors) <= set(FIELDS)
    assert all(0 < v <= 1 for v in floors.values())


@pytest.mark.parametrize("name", sorted(load_floors(FLOORS)))
def test_corpus_field_is_above_its_floor(corpus_result, name):
    floor = load_floors(FLOORS)[name]
    f1 = corpus_result.fields[name].f1 or 0.0
    assert f1 >= floor, f"{name}: F1 {f1:.3f} fell below the floor {floor:.2f}\n" + format_table(corpus_result)
