"""scripts/compare_versions.py: one table of F1 per field for each version and mode, on the same cards."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("compare_versions", ROOT / "scripts" / "compare_versions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_versions_score_the_same_cards_side_by_side(tmp_path, capsys):
    for name in ("001_wizyta_studyjna_bieszczady.txt", "001_wizyta_studyjna_bieszczady.gold.json"):
        shutil.copy(ROOT / "corpus" / name, tmp_path / name)
    _script().main([f"a={ROOT}", f"b={ROOT}", "--cards", str(tmp_path), "--split", "", "--modes", "rules",
                    "--fields", "event_type,people"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "| field | a rules | b rules |"
    event_type = next(line for line in lines if line.startswith("| event_type |"))
    cells = [c.strip() for c in event_type.strip("|").split("|")[1:]]
    assert cells[0] == cells[1] and 0.0 <= float(cells[0]) <= 1.0
    assert lines[-1] == "documents: a rules 1, b rules 1"


def test_a_path_without_the_package_is_one_error_line(tmp_path):
    with pytest.raises(SystemExit, match="not NAME=CHECKOUT"):
        _script().main([f"x={tmp_path}"])


def test_texts_kept_apart_from_their_cards_are_scored(tmp_path, capsys):
    cards, texts = tmp_path / "cards", tmp_path / "texts"
    cards.mkdir()
    texts.mkdir()
    shutil.copy(ROOT / "corpus" / "001_wizyta_studyjna_bieszczady.gold.json", cards / "x.gold.json")
    shutil.copy(ROOT / "corpus" / "001_wizyta_studyjna_bieszczady.txt", texts / "x.txt")
    _script().main([f"a={ROOT}", "--cards", str(cards), "--texts", str(texts), "--split", "", "--modes", "rules",
                    "--fields", "event_type,published"])
    lines = capsys.readouterr().out.splitlines()
    event_type = next(line for line in lines if line.startswith("| event_type |"))
    assert float(event_type.strip("|").split("|")[1]) == 1.0
    assert lines[-1] == "documents: a rules 1"
