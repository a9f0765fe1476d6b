"""Hostile inputs for `decode_bytes` + `Extractor.extract` and for `run_batch`.

    python bench/fuzz.py [--n 10000] [--seed 1] [--jobs 2] [--scaling-max 1048576] [--skip-batch]

Three parts, all in one run:

1. extract: `--n` generated inputs (random bytes, random Unicode in the three encodings, long
   runs of digits/dots/dashes, repeated abbreviations "r. r. r.", huge numbers and dates,
   mutated Polish report sentences, random markup) go through ``decode_bytes`` and
   ``Extractor.extract`` in this process. Allowed outcomes: a report, or ``InputError``. Any
   other exception is a failure; so is a mention whose text is not ``text[start:end]``. Inputs
   are kept under 4,000 characters here (longer runs of punctuation crash morfeusz2; part 3
   measures long inputs safely in a subprocess). The slowest inputs are listed.
2. batch: the same number of inputs (new seed; some archives, HTML pages and a few large
   hostile ones) are written to a folder and run through ``run_batch(jobs=--jobs)``: one line
   per input, and no exception escapes.
3. scaling: single lines of "1.1.1.1-", ".", "-", "r. ", digits... of 1 KB, 4 KB, 16 KB ... up to
   ``--scaling-max`` bytes, each in a subprocess with a time limit, timing every pipeline
   component separately; it prints the growth exponent per component (1 = linear,
   2 = quadratic) and names the component that is slow. A size that exceeds the limit or
   crashes the subprocess stops that pattern.

Exit code 0 when no failure was found in parts 1-2 and every pattern of part 3 finished
within its limits; 1 otherwise. Failing inputs are saved under ``--keep DIR``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from pathlib import Path

from pydantic import BaseModel

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = ("szkolenie spotkanie konferencja warsztaty odbyło się w dniu r. roku ul. nr tel. godz. dr hab. inż. mgr "
         "prof. tj. ok. ponad osób uczestników kobiet mężczyzn Krakowie Gdańsku Łodzi gminy powiatu województwa "
         "Stowarzyszenie Fundacja Urząd Marszałkowski LGD Jan Kowalski Anna Nowak prezes wójt burmistrz "
         "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia").split()
SENTENCES = [
    "W dniu 12.03.2019 r. w Krakowie odbyło się szkolenie dla 20 osób.",
    "Spotkanie w Gdańsku 5 maja 2020 r. zgromadziło 15 uczestników (8 kobiet i 7 mężczyzn).",
    "Konferencję otworzył prof. dr hab. Jan Kowalski, rektor Uniwersytetu Łódzkiego.",
    "Warsztaty trwały od 3 do 5 czerwca 2021 r.; wzięło w nich udział ok. 40 osób.",
    "Organizatorem była Fundacja Rozwoju Wsi z siedzibą przy ul. Długiej 5 w Opolu.",
]
ABBREVIATIONS = ["r. ", "ul. ", "nr ", "tj. ", "dr ", "hab. ", "ok. ", "godz. ", "tel. ", "im. ", "św. ", "woj. "]


def gen_input(rng: random.Random, max_chars: int = 4000) -> bytes:
    """One hostile input (bytes)."""
    kind = rng.randrange(10)
    n = rng.randint(0, max_chars)
    if kind == 0:  # random bytes
        return rng.randbytes(rng.randint(0, min(n, 3000)))
    if kind == 1:  # random Unicode, any plane but surrogates
        chars = []
        for _ in range(rng.randint(0, min(n, 1500))):
            cp = rng.choice((rng.randint(0x20, 0x7E), rng.randint(0xA0, 0x17F), rng.randint(0, 0x10FFFF)))
            if 0xD800 <= cp <= 0xDFFF:
                cp = 0x20
            chars.append(chr(cp))
        return "".join(chars).encode(rng.choice(["utf-8", "utf-8-sig", "cp1250", "iso-8859-2"]), errors="ignore")
    if kind == 2:  # long lines of digits, dots and dashes
        alphabet = rng.choice(["0123456789", ".-", "1.", "1.1.1.1-", "0123456789.-/ ", "-–—.", "9"])
        return "".join(rng.choice(alphabet) for _ in range(n)).encode()
    if kind == 3:  # a repeated pattern
        pattern = rng.choice(["1.1.1.1-", "r. ", "12.03.2019 r. ", "r. r. r.", "- ", ". ", "(", "„", "20 osób "])
        return (pattern * (n // len(pattern) + 1))[:n].encode()
    if kind == 4:  # deeply repeated abbreviations
        return "".join(rng.choice(ABBREVIATIONS) for _ in range(n // 4)).encode()
    if kind == 5:  # huge numbers, impossible dates and counts
        parts = [
            f"W spotkaniu wzięło udział {'9' * rng.randint(1, 400)} osób ({'1' * rng.randint(1, 50)} kobiet).",
            f"W dniu {rng.randint(0, 10**6)}.{rng.randint(0, 10**6)}.{rng.randint(0, 10**12)} r.",
            f"Od {rng.randint(0, 99)} do {rng.randint(0, 99)} {rng.choice(WORDS)} {10 ** rng.randint(1, 300)} r.",
            "1" * rng.randint(1, 3000) + " osób",
        ]
        return " ".join(rng.choice(parts) for _ in range(rng.randint(1, 6))).encode()
    if kind == 6:  # mutated report sentences
        text = list(" ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 8))))
        for _ in range(rng.randint(0, 30)):
            op = rng.randrange(3)
            pos = rng.randrange(len(text) + 1)
            if op == 0:
                text.insert(pos, rng.choice(".,-()„”\n\t 0123456789rRąĄśŚ\u00ad\u200b\ufeff\u0301"))
            elif op == 1 and text:
                del text[min(pos, len(text) - 1)]
            else:
                text.insert(pos, rng.choice(WORDS) + " ")
        return "".join(text).encode(rng.choice(["utf-8", "cp1250", "iso-8859-2"]), errors="ignore")
    if kind == 7:  # random words
        return " ".join(rng.choice(WORDS) for _ in range(n // 6)).encode()
    if kind == 8:  # control characters, NULs, line breaks
        return "".join(rng.choice(["\n", "\r", "\x0b", "\x0c", "\x1b", "\x00", " ", "a", "\u2028"])
                       for _ in range(min(n, 2000))).encode()
    # whitespace and punctuation only
    return "".join(rng.choice(" \n\t.,;:!?-–()[]\"'„”«»") for _ in range(n)).encode()


def check_report(report, text: str) -> list[str]:
    """Grounding invariant: every mention's text is text[start:end]."""
    problems = []

    def visit(obj, path: str) -> None:
        if hasattr(obj, "start") and hasattr(obj, "end") and hasattr(obj, "text") and hasattr(obj, "extractor"):
            if text[obj.start:obj.end] != obj.text:
                problems.append(f"{path}: {obj.text!r} != text[{obj.start}:{obj.end}] {text[obj.start:obj.end]!r}")
        if isinstance(obj, BaseModel):
            for name in type(obj).model_fields:
                visit(getattr(obj, name), f"{path}.{name}")
        elif isinstance(obj, list):
            for i, item in enumerate(obj):
                visit(item, f"{path}[{i}]")

    visit(report, "report")
    return problems


def part_extract(n: int, seed: int, keep: Path) -> tuple[int, list[str]]:
    from pipeline.extractor import Extractor
    from pipeline.ingest.decode import InputError, decode_bytes

    extractor = Extractor()
    rng = random.Random(seed)
    failures: list[str] = []
    slowest: list[tuple[float, int, bytes]] = []
    kinds: dict[str, int] = {}
    t_all = time.perf_counter()
    for i in range(n):
        data = gen_input(rng)
        t0 = time.perf_counter()
        try:
            doc = decode_bytes(data, source=f"fuzz-{i}")
            report = extractor.extract(doc)
            problems = check_report(report, doc.text)
            kinds["ok"] = kinds.get("ok", 0) + 1
            if problems:
                failures.append(f"input {i}: ungrounded mention: {problems[0]}")
                (keep / f"ungrounded-{i}.bin").write_bytes(data)
        except InputError as exc:
            kinds[exc.kind] = kinds.get(exc.kind, 0) + 1
        except Exception as exc:  # noqa: BLE001
            failures.append(f"input {i}: {type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}")
            (keep / f"exception-{i}.bin").write_bytes(data)
        dt = time.perf_counter() - t0
        slowest.append((dt, i, data[:60]))
        slowest = sorted(slowest, reverse=True)[:5]
        if (i + 1) % 1000 == 0:
            print(f"  extract: {i + 1}/{n} inputs, {time.perf_counter() - t_all:.0f} s", flush=True)
    total = time.perf_counter() - t_all
    print(f"extract: {n} inputs in {total:.1f} s ({n / total:.0f}/s); outcomes {json.dumps(kinds, sort_keys=True)}")
    for dt, i, head in slowest:
        print(f"  slow: input {i}: {dt * 1000:.0f} ms, starts {head!r}")
    return n, failures


def part_batch(n: int, seed: int, jobs: int, workdir: Path) -> tuple[int, list[str]]:
    from pipeline.batch import run_batch

    rng = random.Random(seed + 1)
    folder = workdir / "batch-in"
    folder.mkdir(parents=True)
    expected = 0
    archive_members = 0
    with zipfile.ZipFile(workdir / "batch-in" / "archive.zip", "w", compression=zipfile.ZIP_DEFLATED) as z:
        for i in range(n // 10):
            z.writestr(f"member/{i:05d}.txt", gen_input(rng))
            archive_members += 1
    expected += archive_members
    for i in range(n - archive_members - 3):
        suffix = rng.choice([".txt", ".txt", ".txt", ".html", ".htm", ".dat"])
        data = gen_input(rng)
        if suffix in (".html", ".htm") and rng.random() < 0.5:
            data = b"<html><body><nav>menu</nav><p>" + data + b"</p><footer>stopka</footer></body></html>"
        (folder / f"{i:05d}{suffix}").write_bytes(data)
        expected += 1
    # a few big hostile ones: they must cost one error record each, not the batch
    (folder / "big-dots.txt").write_bytes(b"." * 20_000)
    (folder / "big-1111.txt").write_bytes(b"1.1.1.1-" * 12_500)
    (folder / "big-abbrev.txt").write_bytes(b"r. " * 30_000)
    expected += 3
    out = workdir / "batch-out.jsonl"
    failures = []
    t0 = time.perf_counter()
    try:
        summary = run_batch([folder], out, jobs=jobs, timeout=60)
    except Exception as exc:  # noqa: BLE001
        return expected, [f"batch: {type(exc).__name__} escaped: {exc}\n{traceback.format_exc(limit=5)}"]
    dt = time.perf_counter() - t0
    lines = out.read_text(encoding="utf-8").splitlines()
    print(f"batch: {expected} inputs, {len(lines)} lines in {dt:.1f} s with -j {jobs}: {summary.describe()}")
    if len(lines) != expected or summary.total != expected:
        failures.append(f"batch: {expected} inputs but {len(lines)} lines / summary total {summary.total}")
    for line in lines:
        record = json.loads(line)
        if record.get("error", {}).get("kind") == "internal":
            name = Path(record["document"]["source"]).name
            print(f"  internal: {name}: {record['error']['message'][:160]}")
            if not name.startswith("big-"):
                failures.append(f"batch: internal error on {name}: {record['error']['message'][:300]}")
    return expected, failures


SCALING_CHILD = r"""
import sys, time
from pipeline.extractor import Extractor
from pipeline.ingest.decode import decode_bytes
pattern, size = sys.argv[1], int(sys.argv[2])
e = Extractor()
e.extract("Rozgrzewka: 12.03.2019 r. w Krakowie.")
data = (pattern * (size // len(pattern) + 1))[:size].encode()
t = time.perf_counter(); doc = decode_bytes(data); print("decode", time.perf_counter() - t, flush=True)
t = time.perf_counter(); sdoc = e._doc(doc); print("tokenizer", time.perf_counter() - t, flush=True)
for name, proc in e.nlp.pipeline:
    print("start", name, flush=True)
    t = time.perf_counter(); sdoc = proc(sdoc); print(name, time.perf_counter() - t, flush=True)
"""

PATTERNS = ["1.1.1.1-", ".", "-", "r. ", "1", "12.03.2019 r. ", "Jan Kowalski, ", "ą"]


def part_scaling(max_size: int, limit: float) -> list[str]:
    failures = []
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    print(f"scaling: one line of each pattern, 1 KB x4 ... {max_size // 1024} KB; {limit:.0f} s per run")
    for pattern in PATTERNS:
        times: dict[int, dict[str, float]] = {}
        size = 1024
        while size <= max_size:
            t0 = time.perf_counter()
            try:
                proc = subprocess.run([sys.executable, "-c", SCALING_CHILD, pattern, str(size)], capture_output=True,
                                      text=True, timeout=limit, env=env)
                out, code = proc.stdout, proc.returncode
            except subprocess.TimeoutExpired as exc:
                out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
                code = None
            stages = {}
            running = None
            for line in out.splitlines():
                parts = line.split()
                if parts[0] == "start":
                    running = parts[1]
                elif len(parts) == 2:
                    stages[parts[0]] = float(parts[1])
                    running = None
            if code is None or code != 0:
                what = "timed out" if code is None else f"crashed (exit code {code})"
                where = running or "startup"
                msg = (f"scaling: {pattern!r} x {size} bytes {what} after {time.perf_counter() - t0:.0f} s "
                       f"in component {where}")
                print("  " + msg)
                failures.append(msg)
                break
            times[size] = stages
            size *= 4
        sizes = sorted(times)
        row = [f"{pattern!r:>18}"] + [f"{s // 1024}KB {sum(times[s].values()):.2f}s" for s in sizes]
        print("  " + "  ".join(row))
        if len(sizes) >= 2:
            a, b = sizes[-2], sizes[-1]
            exps = {}
            for stage in times[b]:
                ta, tb = times[a].get(stage, 0), times[b][stage]
                if ta > 0.005 and tb > 0.05:
                    exps[stage] = math.log(tb / ta) / math.log(b / a)
            slow = {k: round(v, 2) for k, v in exps.items() if v > 1.4}
            print(f"    growth exponent {a // 1024}KB->{b // 1024}KB per component: "
                  + ", ".join(f"{k} {v:.2f}" for k, v in sorted(exps.items())) + (f"  SUPERLINEAR: {slow}" if slow else ""))
            if slow:
                failures.append(f"scaling: {pattern!r}: superlinear in {', '.join(slow)} (exponents {slow})")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="inputs for each of parts 1 and 2")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--scaling-max", type=int, default=1024 * 1024, help="largest line of part 3, bytes")
    parser.add_argument("--scaling-limit", type=float, default=60.0, help="seconds for one run of part 3")
    parser.add_argument("--skip-extract", action="store_true")
    parser.add_argument("--skip-batch", action="store_true")
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "pl-events-fuzz-failures")
    args = parser.parse_args()
    args.keep.mkdir(parents=True, exist_ok=True)
    failures: list[str] = []
    if not args.skip_extract:
        failures += part_extract(args.n, args.seed, args.keep)[1]
    if not args.skip_batch:
        with tempfile.TemporaryDirectory(prefix="pl-events-fuzz-") as tmp:
            failures += part_batch(args.n, args.seed, args.jobs, Path(tmp))[1]
    if not args.skip_scaling:
        failures += part_scaling(args.scaling_max, args.scaling_limit)
    print(f"\n{len(failures)} problem(s)")
    for f in failures[:50]:
        print(" -", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
