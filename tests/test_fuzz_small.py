"""A few hundred hostile inputs for decode + extract and for the batch (the full run: bench/fuzz.py).

Allowed outcomes: a report whose mentions are grounded (``text[start:end] == mention.text``),
or an `InputError`. Inputs stay short here; long hostile lines are in the tests at the end.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from pipeline.batch import _EXTRACTORS, get_extractor, run_batch
from pipeline.ingest.decode import InputError, decode_bytes

ABBREVIATIONS = ["r. ", "ul. ", "nr ", "tj. ", "dr ", "hab. ", "ok. ", "godz. ", "św. ", "woj. "]
SENTENCES = [
    "W dniu 12.03.2019 r. w Krakowie odbyło się szkolenie dla 20 osób.",
    "Spotkanie w Gdańsku 5 maja 2020 r. zgromadziło 15 uczestników (8 kobiet i 7 mężczyzn).",
    "Konferencję otworzył prof. dr hab. Jan Kowalski, rektor Uniwersytetu Łódzkiego.",
]

hostile_text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet="0123456789.-/ r", max_size=300),
    st.lists(st.sampled_from(ABBREVIATIONS), max_size=80).map("".join),
    st.integers(min_value=0, max_value=10**200).map(lambda n: f"W spotkaniu wzięło udział {n} osób."),
    st.tuples(st.integers(0, 10**9), st.integers(0, 10**9), st.integers(0, 10**12)).map(
        lambda t: f"W dniu {t[0]}.{t[1]}.{t[2]} r. odbyło się szkolenie."),
    st.lists(st.one_of(st.sampled_from(SENTENCES), st.text(alphabet=".,-()„”\n 0123456789rą", max_size=8)),
             max_size=10).map(" ".join),
)
hostile_bytes = st.one_of(
    st.binary(max_size=300),
    st.tuples(hostile_text, st.sampled_from(["utf-8", "utf-8-sig", "cp1250", "iso-8859-2"])).map(
        lambda t: t[0].encode(t[1], errors="ignore")),
)


def grounded(report: BaseModel, text: str) -> None:
    def visit(obj) -> None:
        if isinstance(obj, BaseModel):
            if {"text", "start", "end", "extractor"} <= set(type(obj).model_fields):
                assert text[obj.start:obj.end] == obj.text, (obj, text)
            for name in type(obj).model_fields:
                visit(getattr(obj, name))
        elif isinstance(obj, list):
            for item in obj:
                visit(item)

    visit(report)


@pytest.fixture(scope="module", autouse=True)
def _shared_extractor(extractor):
    _EXTRACTORS.setdefault("builtin", extractor)


@settings(max_examples=400, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=hostile_bytes)
def test_decode_and_extract_never_raise_anything_else(data: bytes) -> None:
    try:
        document = decode_bytes(data, source="fuzz")
    except InputError:
        return
    report = get_extractor().extract(document)
    grounded(report, document.text)


def test_batch_of_hostile_inputs_one_line_each(tmp_path: Path) -> None:
    import random

    rng = random.Random(7)
    folder = tmp_path / "in"
    folder.mkdir()
    n = 60
    for i in range(n):
        kind = i % 4
        if kind == 0:
            data = rng.randbytes(rng.randint(0, 200))
        elif kind == 1:
            data = "".join(rng.choice("0123456789.-r ") for _ in range(rng.randint(1, 300))).encode()
        elif kind == 2:
            data = "".join(rng.choice(ABBREVIATIONS) for _ in range(rng.randint(1, 60))).encode("cp1250")
        else:
            data = f"<html><body><p>{rng.choice(SENTENCES)} {'9' * rng.randint(1, 80)}</p></body></html>".encode()
        (folder / f"{i:03d}{'.html' if kind == 3 else '.txt'}").write_bytes(data)
    out = tmp_path / "out.jsonl"
    summary = run_batch([folder], out, jobs=0)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == n == summary.total
    assert "internal" not in summary.by_kind, [json.loads(x)["error"] for x in lines if '"internal"' in x]


def _extract_seconds(text: str) -> float:
    document = decode_bytes(text.encode("utf-8"))
    started = time.perf_counter()
    get_extractor().extract(document)
    return time.perf_counter() - started


# Known and reported, not tested here (each costs seconds while it fails): morfeusz2's analysis
# of one long digit token and spaCy's tokenizer on a long run of prefix punctuation („„„...)
# are O(n^2); morfeusz2 segfaults on a token of more than ~8,900 dots (test_batch checks that
# such an input costs only its own line). bench/fuzz.py part 3 measures them up to 1 MB.
@pytest.mark.parametrize("pattern", ["1.1.1.1-", "r. ", "12.03.2019 r. ", "1-", "ul. "])
def test_long_hostile_lines_take_linear_time(pattern: str) -> None:
    """8x the input may take at most 25x the time (quadratic code takes ~64x)."""
    small, big = 2000, 16000
    t_small = _extract_seconds((pattern * small)[:small]) + 0.01
    t_big = _extract_seconds((pattern * big)[:big]) + 0.01
    assert t_big / t_small < 25, f"{small} chars: {t_small:.2f} s, {big} chars: {t_big:.2f} s"
