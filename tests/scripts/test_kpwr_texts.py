"""Rebuilding a text from KPWr tokens that carry no spacing (scripts/kpwr_texts.py), on invented tokens."""

from __future__ import annotations

import gzip
import importlib.util
import json

from tests.conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("kpwr_texts", ROOT / "scripts" / "kpwr_texts.py")
kpwr_texts = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(kpwr_texts)


def _sentence(line: str) -> list[tuple[str, str]]:
    """Tokens of `line` split on spaces; `_em` marks an agglutinate, punctuation is `interp`."""
    tokens = []
    for form in line.split(" "):
        if form.startswith("_"):
            tokens.append((form[1:], "aglt:sg:pri:imperf:wok"))
        else:
            tokens.append((form, "interp" if not form.isalnum() else "subst:sg:nom:f"))
    return tokens


def test_punctuation_quotes_and_agglutinates_are_glued():
    sentences = [_sentence('Wczoraj był _em na turnieju " Złota Rakieta " w Lipnie , ( gmina Lipno ) .')]
    assert kpwr_texts.rebuild_text(sentences) == 'Wczoraj byłem na turnieju "Złota Rakieta" w Lipnie, (gmina Lipno).'


def test_dotted_dates_and_scores_stay_whole():
    sentences = [_sentence("Dnia 12 . 05 . 2009 r . wygrali 3 : 1 .")]
    assert kpwr_texts.rebuild_text(sentences) == "Dnia 12.05.2009 r. wygrali 3:1."


def test_a_sentence_without_final_punctuation_is_a_heading_on_its_own_line():
    sentences = [_sentence("Festyn w Borkach"), _sentence("W sobotę odbył się festyn ."), _sentence("Było miło .")]
    assert kpwr_texts.rebuild_text(sentences) == "Festyn w Borkach\nW sobotę odbył się festyn. Było miło."


def test_cards_of_both_sources_get_their_texts(tmp_path):
    timex = tmp_path / "timex.jsonl"
    timex.write_text(json.dumps({"id": "dap/1.xml", "text": "Mecz w Zalesiu."}) + "\n", encoding="utf-8")
    n82 = tmp_path / "n82.iob"
    n82.write_text("-DOCSTART CONFIG FEATURES orth base ctag\n-DOCSTART FILE kap/2\nKoncert\tkoncert\tsubst\tO\n"
                   ".\t.\tinterp\tO\n\n", encoding="utf-8")
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "001.json").write_text(json.dumps({"kpwr_id": "dap/1.xml", "chars": 15, "head": "Mecz w Zalesiu."}))
    (cards / "002.json").write_text(json.dumps({"kpwr_id": "kap/2", "kpwr_source": "n82", "chars": 8,
                                                "head": "Koncert."}))
    (cards / "003.json").write_text(json.dumps({"kpwr_id": "kap/2", "kpwr_source": "n82", "chars": 9,
                                                "head": "Koncert.."}))
    out = tmp_path / "out"
    problems = kpwr_texts.write_texts(cards, timex, out, n82)
    assert (out / "001.txt").read_text(encoding="utf-8") == "Mecz w Zalesiu."
    assert (out / "002.txt").read_text(encoding="utf-8") == "Koncert."
    assert problems == ["003: the KPWr text differs from the card (chars 8 vs 9)"]


def test_pcc_cards_take_their_text_as_stored_and_need_no_kpwr_data(tmp_path):
    pcc = tmp_path / "pcc.jsonl.gz"
    with gzip.open(pcc, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"doc_id": "PCC/short/Dzienniki/7.txt", "text": "Festyn w Borkach.\n\nBył tłum."}) + "\n")
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "001.json").write_text(json.dumps({"pcc_id": "PCC/short/Dzienniki/7.txt", "chars": 28,
                                                "head": "Festyn w Borkach.\n\nBył tłum."}))
    (cards / "002.json").write_text(json.dumps({"pcc_id": "PCC/short/Dzienniki/8.txt", "chars": 5, "head": "Mecz."}))
    out = tmp_path / "out"
    problems = kpwr_texts.write_texts(cards, tmp_path / "absent.jsonl", out, tmp_path / "absent.iob", pcc)
    assert (out / "001.txt").read_text(encoding="utf-8") == "Festyn w Borkach.\n\nBył tłum."
    assert problems == ["002: no PolEval 2018 document 'PCC/short/Dzienniki/8.txt'"]


def test_a_slash_between_short_words_is_written_without_spaces():
    sentences = [_sentence("Sezon 2011 / 2012 otworzył sklep R / C Max , a potem on / ona .")]
    assert kpwr_texts.rebuild_text(sentences) == "Sezon 2011/2012 otworzył sklep R/C Max, a potem on/ona."
