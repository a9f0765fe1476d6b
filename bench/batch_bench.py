"""Batch throughput and memory: `pl-events batch` on N generated reports with -j 1 and -j 2.

    python bench/batch_bench.py [--sizes 1000 10000] [--jobs 1 2] [--keep DIR]

For each N it writes N varied reports (different events, places, dates, people, lengths,
encodings) to a temporary folder, then, all in one run:

- runs ``python -m pipeline batch FOLDER -o out.jsonl -j J`` for each J as a subprocess and
  polls the memory of it and all its children (workers, forkserver): RSS every 0.2 s, PSS (and the list of
  children) every 2 s; the peaks
  of the sums of RSS and of PSS (shared pages split between processes); reports/s is given over the whole run (wall, with
  start-up) and in steady state (from the first line written to the last);
- sums the CPU time (user + system) of the batch and its children in steady state (from the
  first line written): reports per CPU-second tells whether -j 2 does the same work per CPU
  as -j 1, i.e. scales with the cores that are free (on a shared machine the wall-clock rate
  of -j 2 is bounded by the cores actually free);
- times spaCy's bare ``spacy.blank("pl")`` tokenizer on the same texts in this process (best
  of 3) and prints the ratio of the pipeline's CPU time per report (steady state, all
  processes) to the tokenizer's time per report, and the pipeline's speed as a percentage
  of the tokenizer's.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PLACES = [("Krakowie", "Kraków"), ("Gdańsku", "Gdańsk"), ("Poznaniu", "Poznań"), ("Lublinie", "Lublin"),
          ("Opolu", "Opole"), ("Rzeszowie", "Rzeszów"), ("Kielcach", "Kielce"), ("Toruniu", "Toruń"),
          ("Białymstoku", "Białystok"), ("Kłobucku", "Kłobuck"), ("Zamościu", "Zamość"), ("Sanoku", "Sanok"),
          ("Ustrzykach Dolnych", "Ustrzyki Dolne"), ("Nowym Targu", "Nowy Targ"), ("Suwałkach", "Suwałki")]
EVENTS = [("szkolenie", "Szkolenie"), ("spotkanie informacyjne", "Spotkanie"), ("konferencja", "Konferencja"),
          ("warsztaty rękodzieła", "Warsztaty"), ("seminarium", "Seminarium"), ("wizyta studyjna", "Wizyta"),
          ("forum organizacji pozarządowych", "Forum"), ("festyn rodzinny", "Festyn")]
MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"]
FIRST_F = ["Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Joanna", "Beata"]
FIRST_M = ["Jan", "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Marek", "Michał", "Grzegorz"]
LAST_F = ["Kowalska", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska", "Zielińska", "Szymańska"]
LAST_M = ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"]
ORGS = ["Stowarzyszenie Rozwoju Wsi", "Fundacja Wspierania Przedsiębiorczości", "Lokalna Grupa Działania „Razem”",
        "Urząd Marszałkowski Województwa Podkarpackiego", "Gminny Ośrodek Kultury", "Koło Gospodyń Wiejskich",
        "Ośrodek Doradztwa Rolniczego", "Powiatowy Urząd Pracy"]
TITLES = ["prezes", "dyrektor", "wójt gminy", "burmistrz", "kierownik biura", "koordynator projektu", "skarbnik"]
FILLER = [
    "Uczestnicy poznali zasady rozliczania dotacji oraz najczęstsze błędy we wnioskach.",
    "Po części wykładowej odbyły się zajęcia praktyczne w grupach.",
    "Na zakończenie wręczono certyfikaty i podziękowania dla wolontariuszy.",
    "Spotkanie było współfinansowane ze środków Unii Europejskiej w ramach programu PROW 2014-2020.",
    "W przerwie serwowano poczęstunek przygotowany przez członkinie koła gospodyń.",
    "Dyskutowano o potrzebach mieszkańców i planach na kolejny rok.",
    "Materiały szkoleniowe są dostępne w biurze stowarzyszenia przy ul. Kościuszki 5.",
    "Kolejne spotkanie zaplanowano na jesień, a zapisy prowadzi sekretariat.",
]
BOILERPLATE = ["Przejdź do treści", "Strona główna | O nas | Projekty | Aktualności | Kontakt",
               "© Wszelkie prawa zastrzeżone", "Ta strona używa plików cookies."]


def make_report(rng: random.Random) -> str:
    place, _ = rng.choice(PLACES)
    event, title = rng.choice(EVENTS)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2009, 2024)
    date = (f"{day:02d}.{month:02d}.{year} r." if rng.random() < 0.5 else f"{day} {MONTHS[month - 1]} {year} r.")
    women, men = rng.randint(0, 40), rng.randint(0, 40)
    org = rng.choice(ORGS)
    if rng.random() < 0.5:
        person = f"{rng.choice(FIRST_F)} {rng.choice(LAST_F)}"
    else:
        person = f"{rng.choice(FIRST_M)} {rng.choice(LAST_M)}"
    lines = []
    if rng.random() < 0.3:
        lines += rng.sample(BOILERPLATE, 2)
    lines.append(f"{title.upper()} W {place.split()[0].upper()}")
    lines.append(f"W dniu {date} w {place} odbyło się {event} zorganizowane przez {org}.")
    if rng.random() < 0.8:
        lines.append(f"W wydarzeniu wzięło udział {women + men} osób ({women} kobiet i {men} mężczyzn).")
    else:
        lines.append(f"Przybyło około {women + men} uczestników z terenu powiatu.")
    lines.append(f"Spotkanie poprowadził(a) {person}, {rng.choice(TITLES)} {rng.choice(ORGS)}.")
    lines += rng.sample(FILLER, rng.randint(0, len(FILLER)))
    if rng.random() < 0.3:
        lines.append(BOILERPLATE[2])
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    texts = []
    for i in range(n):
        text = make_report(rng)
        texts.append(text)
        codec = "utf-8" if i % 5 else rng.choice(["cp1250", "iso-8859-2"])
        try:
            data = text.encode(codec)
        except UnicodeEncodeError:  # „” and © are not in ISO-8859-2
            data = text.encode("cp1250")
        path = folder / f"{i // 1000:02d}" / f"r{i:05d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
    return texts


def tree_memory(proc, cpu: dict[int, float], pss_too: bool = True, procs: list | None = None) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) of a process and all its descendants (PSS 0 unless `pss_too`; the
    descendants are looked up again unless `procs` gives them: that reads every process of the machine).

    RSS counts pages shared between forked processes once per process; PSS splits them,
    so the PSS sum is the memory the batch really takes. PSS is read from /proc/PID/smaps_rollup,
    which walks every mapping of the process (~10 ms of CPU per process of 400 MB, under the
    process's own mmap lock): read on every poll, with the descendants looked up every time, the
    monitor took ~40 ms of CPU per poll, a sixth of a core taken from the workers it measures; now
    both are done every `PSS_EVERY` seconds only."""
    import psutil

    rss = pss = 0
    if procs is None:
        try:
            procs = [proc, *proc.children(recursive=True)]
        except psutil.NoSuchProcess:
            return 0, 0
    for p in procs:
        try:
            times = p.cpu_times()
            cpu[p.pid] = times.user + times.system
            if pss_too:
                info = p.memory_full_info()
                rss += info.rss
                pss += getattr(info, "pss", info.rss)
            else:
                rss += p.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return rss, pss


#: Seconds between two reads of the PSS and of the list of descendants (RSS and CPU times: every 0.2 s).
PSS_EVERY = 2.0


def run_batch_process(folder: Path, out: Path, jobs: int) -> dict[str, float]:
    import psutil

    cmd = [sys.executable, "-m", "pipeline", "batch", str(folder), "-o", str(out), "-j", str(jobs)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    ps = psutil.Process(proc.pid)
    peak = peak_pss = 0
    cpu: dict[int, float] = {}  # pid -> user+sys seconds last seen (the tree's CPU time)
    first_line = None
    cpu_first, lines_first = 0.0, 0
    # the forkserver is a child of the batch process and the workers are its children,
    # so `children(recursive=True)` sees all of them
    monitor = time.process_time()  # this process's own CPU, spent watching the batch
    pss_at = 0.0
    procs: list = [ps]
    while proc.poll() is None:
        pss_too = time.perf_counter() >= pss_at
        if pss_too:
            pss_at = time.perf_counter() + PSS_EVERY
            try:
                procs = [ps, *ps.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
        rss, pss = tree_memory(ps, cpu, pss_too, procs)
        peak, peak_pss = max(peak, rss), max(peak_pss, pss)
        if first_line is None and out.exists() and out.stat().st_size > 0:
            first_line = time.perf_counter()
            cpu_first = sum(cpu.values())
            lines_first = out.read_bytes().count(b"\n")
        time.sleep(0.2)
    ended = time.perf_counter()
    monitor = time.process_time() - monitor
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    lines = out.read_bytes().count(b"\n")
    return {"wall": ended - started, "steady": ended - (first_line or started), "peak_mb": peak / 2**20, "peak_pss_mb": peak_pss / 2**20, "cpu": sum(cpu.values()),
            "steady_cpu": sum(cpu.values()) - cpu_first, "steady_lines": lines - lines_first,
            "lines": lines, "rc": proc.returncode, "monitor_cpu": monitor, "stderr": stderr.strip()[-500:]}


def per_cpu(r: dict) -> float:
    """Reports per CPU-second of the whole process tree in steady state (start-up excluded)."""
    return r["steady_lines"] / max(r["steady_cpu"], 1e-9)


def ratio(r: dict) -> float:
    """CPU time of the pipeline per report over the bare tokenizer's time per report."""
    return (r["steady_cpu"] / max(r["steady_lines"], 1)) / (r["tok"] / r["n"])


def tokenizer_seconds(texts: list[str]) -> float:
    import spacy

    nlp = spacy.blank("pl")
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for text in texts:
            nlp.tokenizer(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="keep the generated folders and outputs here")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="pl-events-bench-")) if args.keep is None else args.keep
    base.mkdir(parents=True, exist_ok=True)
    print(f"cpu: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}; python {sys.version.split()[0]}")
    print("command: python -m pipeline batch FOLDER -o out.jsonl -j J")
    rows = []
    try:
        for n in args.sizes:
            folder = base / f"in-{n}"
            if folder.exists():
                shutil.rmtree(folder)
            texts = write_corpus(folder, n, args.seed)
            chars = sum(len(t) for t in texts)
            tok = tokenizer_seconds(texts)
            print(f"\nN = {n}: {chars / n:.0f} characters per report on average; "
                  f"bare spacy.blank('pl') tokenizer: {tok:.2f} s ({n / tok:,.0f} reports/s)", flush=True)
            for jobs in args.jobs:
                out = base / f"out-{n}-j{jobs}.jsonl"
                r = run_batch_process(folder, out, jobs)
                r.update(n=n, tok=tok)
                ok = r["lines"] == n and r["rc"] == 0
                row = {"n": n, "jobs": jobs, **r, "tok": tok, "ok": ok}
                rows.append(row)
                print(f"  -j {jobs}: {r['lines']} lines (exit {r['rc']}), wall {r['wall']:.1f} s = "
                      f"{n / r['wall']:.1f} reports/s; steady {n / r['steady']:.1f} reports/s; "
                      f"peak RSS {r['peak_mb']:.0f} MB (PSS {r['peak_pss_mb']:.0f} MB); "
                      f"CPU {r['cpu']:.0f} s in all, {r['steady_cpu']:.1f} s in steady state = "
                      f"{per_cpu(r):.0f} reports per CPU-second; pipeline/tokenizer time {ratio(r):.0f}x "
                      f"(the pipeline at {100 / ratio(r):.1f} % of the tokenizer's speed, CPU time for CPU time); "
                      f"load average {os.getloadavg()[0]:.1f} at the end; this monitor's own CPU {r['monitor_cpu']:.1f} s",
                      flush=True)
                if not ok:
                    print(f"    stderr: {r['stderr']}")
        print("\n| N | -j | reports/s (wall) | reports/s (steady) | peak RSS (MB) | peak PSS (MB) | reports per CPU-second "
              "| pipeline time / tokenizer time |")
        print("|---|---|---|---|---|---|---|---|")
        for r in rows:
            print(f"| {r['n']:,} | {r['jobs']} | {r['n'] / r['wall']:.1f} | {r['n'] / r['steady']:.1f} | "
                  f"{r['peak_mb']:.0f} | {r['peak_pss_mb']:.0f} | {per_cpu(r):.0f} | {ratio(r):.0f}x |")
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
