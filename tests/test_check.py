"""`pl-events check`: profiles as data, a clear error for a bad profile, exit codes, table/csv/json."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from pipeline.check import PROFILE_DIR, ProfileError, available_profiles, lacks, load_profile
from pipeline.cli import app
from pipeline.commands import measure
from pipeline.models import REQUIRED_FIELD_NAMES, DocumentInfo, Report

runner = CliRunner()

COMPLETE = ("Szkolenie z księgowości dla organizacji pozarządowych odbyło się 16 stycznia 2018 r. w Krakowie. "
            "Organizatorem było Stowarzyszenie „Razem”. Udział wzięło 20 osób (12 kobiet i 8 mężczyzn).\n")


class FakeExtractor:
    """`missing` of each report from its file name: 'full' lacks nothing, 'nosplit' lacks the split, ..."""

    MISSING = {"full": [], "nosplit": ["attendance_split"], "nodate": ["date", "attendance_split"]}

    def extract(self, document):
        report = Report(document=DocumentInfo(id=document.id, sha256=document.sha256, encoding=document.encoding,
                                              chars=len(document.text)))
        report.missing = list(self.MISSING[document.id])
        return report


@pytest.fixture()
def fake(monkeypatch, tmp_path):
    monkeypatch.setattr(measure, "_extractor", lambda ner: FakeExtractor())
    for name in FakeExtractor.MISSING:
        (tmp_path / f"{name}.txt").write_text("Spotkanie.", encoding="utf-8")
    return tmp_path


# --- profiles ---------------------------------------------------------------------------------


def test_shipped_profiles():
    assert {"minimal", "eu-project"} <= set(available_profiles())
    minimal = load_profile("minimal")
    assert set(minimal.required) == {"date", "place", "event_type"}
    eu = load_profile("eu-project")
    assert set(eu.required) == set(REQUIRED_FIELD_NAMES)
    assert load_profile(PROFILE_DIR / "minimal.json") == minimal


def test_user_profile_by_path(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"name": "mine", "description": "only the split", "required": ["attendance_split"]}))
    assert load_profile(str(path)).required == ["attendance_split"]


@pytest.mark.parametrize(("content", "message"), [
    ('{"name": "x", "description": "", "required": ["date", "venue"]}', "unknown field 'venue'"),
    ('{"name": "x", "description": "", "required": ["date",', "not valid JSON"),
    ('{"name": "x", "required": ["date"]}', "missing key 'description'"),
    ('{"name": "x", "description": "", "required": ["date"], "optional": []}', "unknown key 'optional'"),
    ('{"name": "x", "description": "", "required": []}', "required"),
    ('["date"]', "expected a JSON object"),
])
def test_bad_profile_is_one_clear_line(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_unknown_profile_name_lists_the_shipped_ones():
    with pytest.raises(ProfileError, match="eu-project"):
        load_profile("no-such-profile")


def test_lacks_keeps_profile_order():
    report = Report(document=DocumentInfo(id="x", sha256="0", encoding="utf-8", chars=0),
                    missing=["attendance_split", "date", "organizer"])
    assert lacks(report, load_profile("minimal")) == ["date"]
    assert lacks(report, load_profile("eu-project")) == ["date", "organizer", "attendance_split"]


# --- the command ----------------------------------------------------------------------------------


def test_bad_profile_exits_2_with_one_line(fake):
    bad = fake / "bad.json"
    bad.write_text('{"name": "x", "description": "", "required": ["when"]}', encoding="utf-8")
    res = runner.invoke(app, ["check", str(fake / "full.txt"), "--profile", str(bad)])
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "unknown field 'when'" in lines[0]
    res = runner.invoke(app, ["check", str(fake / "full.txt"), "--profile", "nope"])
    assert res.exit_code == 2 and "no profile 'nope'" in res.stderr


def test_exit_codes(fake):
    assert runner.invoke(app, ["check", str(fake / "full.txt")]).exit_code == 0
    assert runner.invoke(app, ["check", str(fake / "nosplit.txt")]).exit_code == 1
    # the split is not required by the minimal profile
    assert runner.invoke(app, ["check", str(fake / "nosplit.txt"), "--profile", "minimal"]).exit_code == 0
    assert runner.invoke(app, ["check", str(fake / "nodate.txt"), "--profile", "minimal"]).exit_code == 1
    assert runner.invoke(app, ["check", str(fake / "full.txt"), "--format", "xml"]).exit_code == 2


def test_unreadable_inputs_are_listed_as_errors(fake):
    (fake / "empty.txt").write_bytes(b"")
    res = runner.invoke(app, ["check", str(fake / "full.txt"), str(fake / "empty.txt"), str(fake / "gone.txt"),
                              "--format", "json"])
    assert res.exit_code == 1
    data = json.loads(res.stdout)
    status = {r["id"]: r["status"] for r in data["reports"]}
    assert status == {"full": "ok", "empty": "error", "gone": "error"}
    errors = {r["id"]: r["error"] for r in data["reports"] if r["status"] == "error"}
    assert errors["empty"].startswith("empty:") and errors["gone"].startswith("not_found:")
    assert data["summary"] == {"reports": 3, "complete": 1, "incomplete": 0, "errors": 2}
    assert "gone.txt" in res.stderr


def test_csv_and_json_formats(fake):
    res = runner.invoke(app, ["check", str(fake), "--format", "csv"])  # a directory: its *.txt files
    assert res.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    by_id = {r["id"]: r for r in rows}
    assert set(by_id) == {"full", "nosplit", "nodate"}
    assert by_id["nodate"]["status"] == "missing" and by_id["nodate"]["missing"] == "date;attendance_split"
    assert by_id["nodate"]["date"] == "missing" and by_id["nodate"]["place"] == "ok"
    assert by_id["full"]["status"] == "ok" and by_id["full"]["missing"] == ""
    res = runner.invoke(app, ["check", str(fake / "nosplit.txt"), "--format", "json", "--profile", "eu-project"])
    data = json.loads(res.stdout)
    assert data["profile"]["name"] == "eu-project"
    assert data["reports"][0]["missing"] == ["attendance_split"]
    assert "attendance_split" not in data["reports"][0]["present"]


def test_table_names_every_report_and_field(fake):
    res = runner.invoke(app, ["check", str(fake / "full.txt"), str(fake / "nodate.txt")])
    assert res.exit_code == 1
    out = res.stdout
    assert "full.txt" in out and "nodate.txt" in out
    assert "MISSING" in out and "attendance split" in out
    assert "2 reports: 1 complete, 1 missing required fields, 0 unreadable" in out


def test_real_extractor_on_a_complete_report(tmp_path, monkeypatch, extractor):
    monkeypatch.setattr(measure, "_extractor", lambda ner: extractor)
    path = tmp_path / "szkolenie.txt"
    path.write_text(COMPLETE, encoding="utf-8")
    res = runner.invoke(app, ["check", str(path), "--profile", "minimal", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["reports"][0]["missing"] == []


def test_an_extractor_crash_is_an_error_row_not_a_crash(fake, monkeypatch):
    class Crashing(FakeExtractor):
        def extract(self, document):
            raise RuntimeError("boom")

    monkeypatch.setattr(measure, "_extractor", lambda ner: Crashing())
    res = runner.invoke(app, ["check", str(fake / "full.txt"), "--format", "json"])
    assert res.exit_code == 1
    assert json.loads(res.stdout)["reports"][0]["error"] == "internal: RuntimeError: boom"
