"""The real-page card set: texts from a cache outside the repository, a fixed split, missing texts skipped."""

import json

from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate_dirs import evaluate_dir
from pipeline.realset import parse_pages

PAGE = ("Dodano: 15.03.2019\n"
        "Strona główna » Aktualności\n"
        "W dniach 12-13 marca w Gminnym Ośrodku Kultury w Zalesiu odbyło się szkolenie dla sołtysów. "
        "Uczestniczyło w nim 24 osoby (16 kobiet i 8 mężczyzn).\n"
        "fot. Jan Wrzosek")


def _card(card_id: str, text: str, **gold) -> dict:
    return {"id": card_id, "url": f"https://example.org/{card_id}", "query": "szkolenie sołtysów",
            "site": "example.org", "chars": len(text), "head": text[:60], **gold}


def _set(tmp_path, cards: dict[str, dict], texts: dict[str, str], split: dict | None = None):
    gold_dir, text_dir = tmp_path / "real", tmp_path / "cache"
    gold_dir.mkdir()
    text_dir.mkdir()
    for card_id, card in cards.items():
        (gold_dir / f"{card_id}.json").write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    for card_id, text in texts.items():
        (text_dir / f"{card_id}.txt").write_text(text, encoding="utf-8")
    if split:
        (gold_dir / "split.json").write_text(json.dumps(split), encoding="utf-8")
    return gold_dir, text_dir


def test_cards_are_scored_and_missing_texts_skipped(tmp_path, extractor):
    gold = dict(event_type="szkolenie", date_start="2019-03-12", date_end="2019-03-13", published="2019-03-15",
                attendance={"total": 24, "women": 16, "men": 8})
    gold_dir, text_dir = _set(tmp_path, {"001": _card("001", PAGE, **gold), "002": _card("002", PAGE, **gold)},
                              {"001": PAGE})
    result = evaluate_dir(gold_dir, extractor, text_dir)
    assert result.documents == ["001"]
    assert len(result.skipped) == 1 and "002" in result.skipped[0]
    assert result.problems == []
    for name in ("event_type", "date_range", "published", "attendance_total", "attendance_women"):
        assert result.fields[name].f1 == 1.0, name


def test_pending_cards_are_skipped_not_scored(tmp_path, extractor):
    pending = {"id": "002", "url": "https://example.org/2", "query": "q", "site": "example.org",
               "chars": len(PAGE), "head": PAGE[:60], "pending": True}
    gold_dir, text_dir = _set(tmp_path, {"001": _card("001", PAGE, event_type="szkolenie"), "002": pending},
                              {"001": PAGE, "002": PAGE})
    result = evaluate_dir(gold_dir, extractor, text_dir)
    assert result.documents == ["001"]
    assert len(result.skipped) == 1 and "002" in result.skipped[0] and "pending" in result.skipped[0]


def test_split_picks_a_half(tmp_path, extractor):
    cards = {i: _card(i, PAGE, event_type="szkolenie") for i in ("001", "002", "003")}
    gold_dir, text_dir = _set(tmp_path, cards, dict.fromkeys(cards, PAGE), {"dev": ["001", "003"], "test": ["002"]})
    assert evaluate_dir(gold_dir, extractor, text_dir, split="dev").documents == ["001", "003"]
    assert evaluate_dir(gold_dir, extractor, text_dir, split="test").documents == ["002"]


def test_pages_pick_cards_within_a_half(tmp_path, extractor):
    cards = {i: _card(i, PAGE, event_type="szkolenie") for i in ("001", "002", "003", "010")}
    gold_dir, text_dir = _set(tmp_path, cards, dict.fromkeys(cards, PAGE),
                              {"dev": ["001", "003", "010"], "test": ["002"]})
    assert parse_pages("2-3, 010") == {"002", "003", "010"}
    assert parse_pages("999-1001") == {"999", "1000", "1001"}
    assert evaluate_dir(gold_dir, extractor, text_dir, pages=parse_pages("1-3")).documents == ["001", "002", "003"]
    assert evaluate_dir(gold_dir, extractor, text_dir, "dev", parse_pages("2-10")).documents == ["003", "010"]
    bad = CliRunner().invoke(app, ["evaluate", str(gold_dir), "--texts", str(text_dir), "--pages", "3-1"])
    assert bad.exit_code == 2 and "bad page list" in bad.output


def test_four_digit_cards_come_after_three_digit_ones(tmp_path, extractor):
    cards = {i: _card(i, PAGE, event_type="szkolenie") for i in ("1000", "999")}
    gold_dir, text_dir = _set(tmp_path, cards, dict.fromkeys(cards, PAGE))
    assert evaluate_dir(gold_dir, extractor, text_dir).documents == ["999", "1000"]
    assert evaluate_dir(gold_dir, extractor, text_dir, pages=parse_pages("1000")).documents == ["1000"]


def test_a_changed_text_is_named(tmp_path, extractor):
    gold_dir, text_dir = _set(tmp_path, {"001": _card("001", PAGE, event_type="szkolenie")}, {"001": PAGE + " Koniec."})
    result = evaluate_dir(gold_dir, extractor, text_dir)
    assert result.documents == ["001"] and "differs from the card" in result.problems[0]


def test_cli_reports_a_missing_text_and_goes_on(tmp_path):
    cards = {"001": _card("001", PAGE, event_type="szkolenie"), "002": _card("002", PAGE, event_type="szkolenie")}
    gold_dir, text_dir = _set(tmp_path, cards, {"001": PAGE}, {"dev": ["001", "002"], "test": []})
    out = CliRunner().invoke(app, ["evaluate", str(gold_dir), "--texts", str(text_dir), "--split", "dev",
                                   "--no-disagreements"])
    assert out.exit_code == 0, out.output
    assert "no text" in out.output and "1 documents" in out.output


def test_cli_reference_date(tmp_path):
    path = tmp_path / "relacja.txt"
    path.write_text("Wczoraj w świetlicy odbyło się zebranie sołeckie.", encoding="utf-8")
    out = CliRunner().invoke(app, ["extract", str(path), "--reference-date", "2019-03-13"])
    record = json.loads(out.stdout)
    assert record["event"]["date_start"] == "2019-03-12"
    assert record["document"]["reference_anchor"] == "user"
    bad = CliRunner().invoke(app, ["extract", str(path), "--reference-date", "13.03.2019"])
    assert bad.exit_code == 2 and "ISO" in bad.output
