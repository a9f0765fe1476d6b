"""One batch output shared by the table and database tests: a few reports and every kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.batch import _EXTRACTORS, run_batch

TEXTS = [
    "W dniu 12.03.2019 r. w Krakowie odbyło się szkolenie. W szkoleniu wzięło udział 20 osób "
    "(12 kobiet i 8 mężczyzn). Szkolenie prowadziła dr Anna Kowalska, prezes Stowarzyszenia Rozwoju Wsi. "
    "Organizatorem był Urząd Marszałkowski Województwa Małopolskiego.",
    "Konferencja odbyła się 3 czerwca 2021 r. w Poznaniu. Uczestników powitał Burmistrz Miasta Jan Nowak. "
    "Wzięło w niej udział około 45 osób.",
    "Warsztaty kulinarne dla 15 seniorów zorganizowano 7 lipca 2018 r. w Lublinie.",
    "Spotkanie informacyjne Lokalnej Grupy Działania odbyło się 5 maja 2020 r. w Opolu; przybyło 30 osób.",
]


@pytest.fixture(scope="session")
def batch_jsonl(tmp_path_factory: pytest.TempPathFactory, extractor) -> Path:
    _EXTRACTORS.setdefault("builtin", extractor)
    root = tmp_path_factory.mktemp("batch")
    inputs = []
    for i, text in enumerate(TEXTS):
        inputs.append(root / f"r{i}.txt")
        inputs[-1].write_text(text, encoding="utf-8")
    (root / "pusty.txt").write_bytes(b"")
    (root / "obraz.bin").write_bytes(b"\x00\x01\x02")
    out = root / "out.jsonl"
    run_batch([*inputs, root / "pusty.txt", root / "obraz.bin", root / "brak.txt"], out, jobs=0)
    return out


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def entity_counts(path: Path) -> dict[str, int]:
    """Rows each table should hold for the records in `path`."""
    all_records = records(path)
    reports = [r for r in all_records if "error" not in r]
    return {
        "reports": len(reports),
        "people": sum(len(r["people"]) for r in reports),
        "roles": sum(len(p["roles"]) for r in reports for p in r["people"]),
        "organizations": sum(len(r["organizations"]) for r in reports),
        "places": sum(len(r["places"]) for r in reports),
        "dates": sum(len(r["dates"]) for r in reports),
        "attendance": sum(len(r["attendance"]) for r in reports),
        "errors": len(all_records) - len(reports),
    }
