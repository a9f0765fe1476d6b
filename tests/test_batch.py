"""`run_batch` / `pl-events batch`: one line per input, resumable after kill -9, same records on Dask."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from pipeline.batch import run_batch, truncate_partial_line

CITIES = [("Krakowie", "Kraków"), ("Gdańsku", "Gdańsk"), ("Poznaniu", "Poznań"), ("Lublinie", "Lublin"),
          ("Opolu", "Opole"), ("Rzeszowie", "Rzeszów"), ("Kielcach", "Kielce"), ("Toruniu", "Toruń")]
EVENTS = ["szkolenie", "spotkanie informacyjne", "konferencja", "warsztaty kulinarne", "seminarium"]
MAX_BYTES = 20_000


def report_text(i: int) -> str:
    city = CITIES[i % len(CITIES)][0]
    event = EVENTS[i % len(EVENTS)]
    day, month, year = 1 + i % 28, 1 + i % 12, 2015 + i % 8
    women = 3 + i % 11
    return (f"W dniu {day:02d}.{month:02d}.{year} r. w {city} odbyło się {event} dla {women + 7} osób "
            f"({women} kobiet i 7 mężczyzn). Organizatorem było Stowarzyszenie Rozwoju Wsi nr {i}. "
            "Spotkanie zakończyło się wspólną kolacją, a świadectwa wręczono wszystkim.")


def make_mixed(root: Path) -> tuple[list[str], dict[str, str | None]]:
    """A folder and a zip with good and bad inputs; returns (inputs, expected kind by source)."""
    root.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str | None] = {}
    folder = root / "raporty"
    (folder / "2019" / "stare").mkdir(parents=True)
    codecs = ["utf-8", "cp1250", "iso-8859-2", "utf-8-sig"]
    for i in range(8):
        path = folder / ("2019/stare" if i % 3 == 0 else "2019") / f"r{i:02d}.txt"
        path.write_bytes(report_text(i).encode(codecs[i % 4]))
        expected[str(path)] = None
    page = folder / "strona.html"
    page.write_text(f"<html><body><nav>Strona główna | Kontakt</nav><p>{report_text(40)}</p>"
                    "<footer>Wszelkie prawa zastrzeżone</footer></body></html>", encoding="utf-8")
    expected[str(page)] = None
    for name, data, kind in [("pusty.txt", b"  \n", "empty"), ("obraz.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
                             ("ogromny.txt", b"Szkolenie. " * 3000, "too_large")]:
        (folder / name).write_bytes(data)
        expected[str(folder / name)] = kind
    archive = root / "archiwum.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("2020/a.txt", report_text(50))
        z.writestr("2020/b.htm", f"<p>{report_text(51)}</p>")
        z.writestr("../../poza.txt", report_text(52))
        link = zipfile.ZipInfo("dowiazanie.txt")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(link, "/etc/passwd")
        z.writestr("duzy.txt", "x" * (MAX_BYTES + 1))
        z.writestr("zepsuty.txt", report_text(53) * 5)
    raw = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as z:
        info = z.getinfo("zepsuty.txt")
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(start + 2, start + 10):
        raw[k] ^= 0xFF
    archive.write_bytes(bytes(raw))
    a = str(archive)
    expected.update({f"{a}!2020/a.txt": None, f"{a}!2020/b.htm": None, f"{a}!../../poza.txt": "archive",
                     f"{a}!dowiazanie.txt": "archive", f"{a}!duzy.txt": "too_large", f"{a}!zepsuty.txt": "archive"})
    missing = str(root / "brak.txt")
    expected[missing] = "not_found"
    return [str(folder), str(archive), missing], expected


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def kinds(records: list[dict]) -> dict[str, str | None]:
    return {r["document"]["source"]: (r["error"]["kind"] if "error" in r else None) for r in records}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("mixed")
    inputs, expected = make_mixed(root / "in")
    out = root / "j1.jsonl"
    summary = run_batch(inputs, out, jobs=1, max_bytes=MAX_BYTES)
    return inputs, expected, out, summary


def test_mixed_folder_and_zip_one_line_per_input(mixed) -> None:
    _inputs, expected, out, summary = mixed
    records = read_lines(out)
    assert len(records) == len(expected)
    assert kinds(records) == expected
    assert summary.ok == sum(k is None for k in expected.values()) == 11
    assert summary.failed == len(expected) - 11
    assert summary.by_kind == dict(Counter(k for k in expected.values() if k))
    ok = [r for r in records if "error" not in r]
    assert all(r["event"]["date_start"] for r in ok)
    assert {r["document"]["encoding"] for r in ok} >= {"utf-8", "cp1250", "iso-8859-2"}
    # ids come from file / member names; sha256 of every input that was read
    assert {r["document"]["id"] for r in ok} >= {"r00", "a", "b", "strona"}
    assert all(r["document"]["sha256"] for r in records if r.get("error", {}).get("kind") in (None, "empty", "binary"))


def test_two_workers_write_the_same_file(mixed, tmp_path: Path) -> None:
    inputs, _expected, out, _summary = mixed
    out2 = tmp_path / "j2.jsonl"
    run_batch(inputs, out2, jobs=2, max_bytes=MAX_BYTES)
    assert out2.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_dask_local_cluster_gives_the_same_records(mixed, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    inputs, _expected, out, _summary = mixed
    out_dask = tmp_path / "dask.jsonl"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = run_batch(inputs, out_dask, engine="dask", scheduler=cluster.scheduler_address, shard_size=4,
                            max_bytes=MAX_BYTES)
    assert sorted(out_dask.read_text(encoding="utf-8").splitlines()) == sorted(
        out.read_text(encoding="utf-8").splitlines())
    assert summary.total == len(read_lines(out))


def test_crash_and_hang_cost_one_input_each(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"r{i}.txt").write_text(report_text(i), encoding="utf-8")
    (folder / "r1x.txt").write_bytes(b"#pl-events-test:segfault\n" + report_text(9).encode())
    (folder / "r2x.txt").write_bytes(b"#pl-events-test:hang\n" + report_text(9).encode())
    (folder / "r3x.txt").write_bytes(b"." * 10_000)  # a real one: morfeusz2 1.99 segfaults on it
    out = tmp_path / "out.jsonl"
    from _batch_faults import faulty_process

    summary = run_batch([folder], out, jobs=1, timeout=2, process=faulty_process)
    got = {Path(r["document"]["source"]).name: r for r in read_lines(out)}
    assert sorted(got) == ["r0.txt", "r1.txt", "r1x.txt", "r2.txt", "r2x.txt", "r3.txt", "r3x.txt"]
    assert got["r1x.txt"]["error"]["kind"] == "internal" and "SIGSEGV" in got["r1x.txt"]["error"]["message"]
    assert got["r2x.txt"]["error"]["kind"] == "timeout" and "timed out" in got["r2x.txt"]["error"]["message"]
    assert got["r1x.txt"]["document"]["sha256"]
    assert got["r2x.txt"]["document"]["sha256"]
    assert summary.ok + summary.failed == 7 and summary.ok >= 4
    assert summary.by_kind["internal"] >= 1 and summary.by_kind["timeout"] == 1


def test_exception_in_extraction_is_an_internal_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.batch as batch

    class Boom:
        def extract(self, document, reference_date=None):
            if "Krakowie" in document.text:
                raise ValueError("boom")
            return real.extract(document, reference_date=reference_date)

    real = batch.get_extractor()
    monkeypatch.setitem(batch._EXTRACTORS, "builtin", Boom())
    (tmp_path / "a.txt").write_text(report_text(0), encoding="utf-8")  # Krakowie
    (tmp_path / "b.txt").write_text(report_text(1), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch([tmp_path / "a.txt", tmp_path / "b.txt"], out, jobs=0)
    records = read_lines(out)
    assert records[0]["error"] == {"kind": "internal", "message": "ValueError: boom"}
    assert "error" not in records[1] and (summary.ok, summary.failed) == (1, 1)


def test_truncate_partial_line(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"a":1}\n{"b":2}\n{"c":')
    assert truncate_partial_line(path) == 5
    assert path.read_bytes() == b'{"a":1}\n{"b":2}\n'
    assert truncate_partial_line(path) == 0
    path.write_bytes(b'{"only": "part')
    truncate_partial_line(path)
    assert path.read_bytes() == b""


def test_resume_skips_what_is_there_and_counts_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"r{i}.txt").write_text(report_text(i), encoding="utf-8")
    (folder / "r9_copy.txt").write_text(report_text(0), encoding="utf-8")  # same bytes as r0
    (folder / "pusty.txt").write_text("")
    out = tmp_path / "out.jsonl"
    run_batch([folder], out, jobs=0)
    full = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(full) == 6
    out.write_text("".join(full[:2]) + full[2][:40], encoding="utf-8")  # a run cut mid-line
    summary = run_batch([folder, tmp_path / "brak.txt"], out, jobs=0, resume=True)
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert sorted(lines[:-1]) == sorted(full) and len(lines) == 7
    assert summary.skipped == 2 and summary.total == 7 and summary.by_kind == {"empty": 1, "not_found": 1}
    again = run_batch([folder, tmp_path / "brak.txt"], out, jobs=0, resume=True)
    assert again.skipped == 7 and out.read_text(encoding="utf-8").splitlines(keepends=True) == lines


def _session_pids(sid: int) -> list[int]:
    """Live processes of a session (Linux /proc; zombies are dead)."""
    pids = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":  # fields: state, ppid, pgrp, session, ...
            pids.append(int(stat_file.parent.name))
    return pids


def test_resume_after_kill_9(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    n = 100
    for i in range(n):  # a few paragraphs each, so the run lasts long enough to be killed mid-way
        text = "\n\n".join(report_text(i + k) for k in range(4)) + f" Numer {i}."
        (folder / f"r{i:03d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "batch", str(folder), "-o", str(out), "-j", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 5:
                break
            time.sleep(0.02)
        assert proc.poll() is None, proc.stderr.read().decode()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        # the workers notice that their parent is gone and exit on their own
        deadline = time.monotonic() + 30
        while _session_pids(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _session_pids(proc.pid)
    finally:
        if _session_pids(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.stderr.close()
    done = out.read_bytes().count(b"\n")
    assert 5 <= done < n
    with out.open("ab") as fh:  # as if the kill had cut a write in half
        fh.write(b'{"schema_version":"1.0","document":{"id":"r0')
    summary = run_batch([folder], out, jobs=0, resume=True)
    records = read_lines(out)
    assert len(records) == n
    assert Counter(Path(r["document"]["source"]).name for r in records) == {f"r{i:03d}.txt": 1 for i in range(n)}
    assert summary.skipped == done and summary.ok == n and summary.failed == 0


def test_cli_counts_and_exit_code(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    good = tmp_path / "dobry.txt"
    good.write_text(report_text(3), encoding="utf-8")
    (tmp_path / "pusty.txt").write_text("")
    out = tmp_path / "cli.jsonl"
    result = CliRunner().invoke(app, ["batch", str(good), str(tmp_path / "pusty.txt"), str(tmp_path / "brak.txt"),
                                      "-o", str(out), "-j", "0"])
    assert result.exit_code == 1, result.output
    assert "3 inputs: ok 1, failed 2 (empty 1, not_found 1)" in result.output
    assert len(read_lines(out)) == 3
    result = CliRunner().invoke(app, ["batch", str(good), "-o", str(out), "-j", "0"])
    assert result.exit_code == 0 and "ok 1, failed 0" in result.output


def test_reference_date_reaches_every_worker(tmp_path):
    from pipeline.batch import run_batch

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Wczoraj w świetlicy odbyło się zebranie sołeckie.", encoding="utf-8")
    (src / "b.txt").write_text("W sobotę odbył się festyn rodzinny.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([src], out, jobs=1, reference_date="2019-03-13")
    records = {json.loads(line)["document"]["id"]: json.loads(line) for line in out.read_text().splitlines()}
    assert records["a"]["event"]["date_start"] == "2019-03-12"
    assert records["b"]["event"]["date_start"] == "2019-03-09"
    assert {r["document"]["reference_anchor"] for r in records.values()} == {"user"}


def test_workers_fork_from_a_warmed_extractor() -> None:
    """The forkserver builds and warms the default extractor once (pipeline.batch.preload), so each
    worker starts with it instead of loading everything again."""
    from _batch_faults import preload_probe

    from pipeline.batch.pool import run_local

    got: list[tuple[int, str]] = []
    tasks = iter([(i, f"r{i}.txt", b"x") for i in range(3)])
    run_local(tasks, lambda seq, result: got.append((seq, result[0])), lambda: 0, 2, "builtin", 10**6, None,
              process=preload_probe)
    assert sorted(got) == [(i, f"r{i}.txt warmed=True") for i in range(3)]
