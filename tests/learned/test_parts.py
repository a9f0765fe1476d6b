"""The part decision: features read from an invented report, the recording a trainer uses, and the
model taking over from the rules only when a model is given."""

from __future__ import annotations

import pytest

from pipeline.learned.linear import LinearModel
from pipeline.learned.parts import decide_part
from pipeline.learned.recording import recording

REPORT = ("Szkolenie dla sołtysów odbyło się 3 marca 2021 r. w Domu Kultury w Borowie.\n"
          "Wykład wygłosiła dr Marta Kalinowska z Fundacji Zielony Most.\n"
          "Uczestników powitał wójt gminy Borowo Jan Sowiński.\n")


def test_the_pipeline_records_one_part_decision_per_person(extractor) -> None:
    with recording(models=False) as decisions:
        report = extractor.extract(REPORT)
    parts = {d.key: d for d in decisions if d.task == "part"}
    assert set(parts) == {p.name for p in report.people}
    marta = parts["Marta Kalinowska"]
    assert marta.features["L:wygłosić"] == 1.0  # the lemma of "wygłosiła", not the inflected form
    assert marta.features[f"rule={marta.rule}"] == 1.0
    assert "line_start" not in marta.features


def test_outside_a_recording_nothing_is_kept(extractor) -> None:
    with recording() as decisions:
        pass
    extractor.extract(REPORT)
    assert decisions == []


def test_a_model_decides_and_without_one_the_rule_stands() -> None:
    features = {"rule=guest": 1.0, "L:wygłosić": 1.0}
    with recording(models=False) as decisions:
        assert decide_part("X", features, "guest") == ("guest", None)
    assert [(d.key, d.rule, d.chosen) for d in decisions] == [("X", "guest", "guest")]
    model = LinearModel(("guest", "speaker"), {"L:wygłosić": (-2.0, 2.0)}, (0.0, 0.0))
    part, confidence = decide_part("X", features, "guest", model=model)
    assert part == "speaker" and confidence > 0.9


def test_the_shipped_models_load_and_are_on_by_default() -> None:
    from pipeline.learned.organizer import organizer_model
    from pipeline.learned.parts import PARTS, part_model
    from pipeline.learned.recording import models_on

    parts = part_model()
    assert parts is not None and set(parts.classes) == set(PARTS)
    organizer = organizer_model()
    assert organizer is not None and organizer.keep and 0 < organizer.adopt < 1
    assert models_on()


def test_evaluate_can_score_the_rules_alone(tmp_path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "a.gold.json").write_text('{"people": [{"name": "Marta Kalinowska", "roles": [], "part": "speaker"}]}',
                                          encoding="utf-8")
    for flag in ("--rules-only", "--learned"):
        result = CliRunner().invoke(app, ["evaluate", str(tmp_path), flag, "--no-disagreements"])
        assert result.exit_code == 0, result.output
        assert "parts" in result.output


def test_the_record_says_who_decided_the_part(extractor) -> None:
    report = extractor.extract(REPORT)
    assert report.people and all(p.part_source == "model" and 0 < p.part_confidence <= 1 for p in report.people)
    with recording(models=False):
        rules = extractor.extract(REPORT)
    assert all(p.part_source == "rules" and p.part_confidence is None for p in rules.people)


def _positions(extractor, text: str) -> dict[str, set[str]]:
    with recording(models=False) as decisions:
        extractor.extract(text)
    return {d.key: {f for f in d.features if f.startswith("position=")} for d in decisions if d.task == "part"}


def test_a_photo_credit_moves_no_position(extractor) -> None:
    """Furniture lines above or under the report ("Fot. archiwum", "Zdjęcia: 6 czerwca") count for no position."""
    text = ("Panel o turystyce wiejskiej\nW panelu udział wzięli:\nEwa Sarna – prezes Fundacji Zielony Most,\n"
            "Olga Pietrzyk – radna Rady Gminy Borowo.\nPanel moderowała Beata Wróbel.")
    plain = _positions(extractor, text)
    assert plain["Olga Pietrzyk"] == {"position=2"}
    assert _positions(extractor, text + "\nFot. archiwum") == plain
    assert _positions(extractor, text + "\nZdjęcia: archiwum szkoły\nFot. archiwum") == plain  # Beata: the last fifth
    assert _positions(extractor, text.replace("\n", "\nZdjęcia: 6 czerwca\n", 1) + "\nFot. archiwum") == plain
    assert _positions(extractor, text + "\nPanel zakończyły pytania uczestników i dyskusja o noclegach.") != plain


def _parts(extractor, text: str) -> dict[str, str]:
    return {p.name: p.part for p in extractor.extract(text).people}


@pytest.mark.parametrize("text", [
    "Gośćmi pikniku byli Halina Wrzos i Karol Dymek.",
    "Gośćmi honorowymi pikniku byli Halina Wrzos, Karol Dymek i Olga Sitek.",
    "Wśród gości pikniku znaleźli się Halina Wrzos oraz Karol Dymek.",
])
def test_names_the_text_labels_as_guests_are_guests_each(extractor, text):
    """"Gośćmi byli A i B": the copula states what every name of the list was (docs/annotation.md: honoured guests,
    "wśród gości byli"), the second and third as the first; the model does not override a stated label."""
    found = _parts(extractor, text)
    assert found and set(found.values()) == {"guest"}


def test_invited_guests_who_only_took_part_are_no_labelled_guests(extractor):
    """"udział wzięli zaproszeni goście: A i B": an act of attending, not a label (docs/annotation.md, 874)."""
    found = _parts(extractor, "W pikniku udział wzięli zaproszeni goście: Halina Wrzos i Karol Dymek.")
    assert "guest" not in found.values()
    found = _parts(extractor, "Gośćmi pikniku byli Halina Wrzos i Karol Dymek, którzy wygłosili wykłady o ziołach.")
    assert set(found.values()) == {"speaker"}
