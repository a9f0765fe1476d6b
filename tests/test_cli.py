import json
import subprocess
import sys

from tests.conftest import CORPUS

CLI = [sys.executable, "-m", "pipeline"]


def run(*args, **kw):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=300, **kw)


def test_extract_one_and_many(tmp_path):
    files = sorted(CORPUS.glob("*.txt"))[:2]
    one = run("extract", str(files[0]))
    assert one.returncode == 0, one.stderr
    assert json.loads(one.stdout)["document"]["id"] == files[0].stem
    many = run("extract", *map(str, files), "-o", str(tmp_path / "out.jsonl"))
    assert many.returncode == 0
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_bad_inputs_one_clear_line_no_traceback(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    for target, kind in ((tmp_path / "missing.txt", "not_found"), (tmp_path, "not_a_file"),
                         (tmp_path / "empty.txt", "empty"), (tmp_path / "bin.txt", "binary")):
        res = run("extract", str(target))
        assert res.returncode == 1
        assert "Traceback" not in res.stderr
        lines = res.stderr.strip().splitlines()
        assert len(lines) == 1 and kind in lines[0]
        assert json.loads(res.stdout)["error"]["kind"] == kind


def test_segment_and_schema(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("W dniach 25-26.02.2014 r. – wyjazd do Byczyny. Było 35 os. (25 K). Koniec.", encoding="utf-8")
    res = run("segment", str(f))
    assert res.returncode == 0
    assert len(res.stdout.strip().splitlines()) == 3
    schema = json.loads(run("schema").stdout)
    assert "event" in schema["properties"]


def test_spacy_component_in_users_pipeline():
    import spacy

    import pipeline  # noqa: F401

    nlp = spacy.blank("pl")
    nlp.add_pipe("pl_morphology")
    nlp.add_pipe("pl_event_report")
    doc = nlp("Szkolenie w Opolu odbyło się 12.03.2019 r. Uczestniczyło 20 osób (12 K, 8 M).")
    report = doc._.report
    assert report.event.type == "szkolenie" and report.event.date_start == "2019-03-12"
    assert report.event.attendance.total == 20


def test_api_pipe_streams(extractor):
    texts = ["Spotkanie w Opolu 1.02.2019 r.", "Warsztaty w Kielcach 3.03.2019 r."]
    reports = list(extractor.pipe(texts))
    assert [r.event.type for r in reports] == ["spotkanie", "warsztaty"]


def test_a_bug_on_one_input_is_its_error_record_not_a_traceback(tmp_path, monkeypatch):
    """An unexpected exception while extracting one file gives that file an `internal` error record and one line
    on stderr; the other files are still extracted (as `batch` does)."""
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.extractor import Extractor

    good, bad = tmp_path / "a.txt", tmp_path / "b.txt"
    good.write_text("Szkolenie odbyło się 3 marca 2021 r. w Lipnie.", encoding="utf-8")
    bad.write_text("Tu coś pęknie.", encoding="utf-8")
    real = Extractor.extract

    def flaky(self, document, **kw):
        if "pęknie" in getattr(document, "text", str(document)):
            raise RuntimeError("boom")
        return real(self, document, **kw)

    monkeypatch.setattr(Extractor, "extract", flaky)
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["extract", str(good), str(bad), "-o", str(out)])
    assert res.exit_code == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert "error" not in records[0] and records[1]["error"] == {"kind": "internal", "message": "RuntimeError: boom"}
    assert "Traceback" not in res.output


def test_the_help_and_the_batch_parent_load_no_spacy():
    """`InputError` and `MAX_BYTES` come from the decoder, whose normalising step reads case with spaCy and morfeusz2:
    importing the CLI or the batch's parent must not load them (about a second of every `--help`)."""
    code = "import sys, pipeline.cli, pipeline.batch; print(sorted({'spacy', 'morfeusz2'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert run("--help").returncode == 0
