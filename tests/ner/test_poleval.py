"""Unit tests of the PolEval 2018 NER scorer on small hand-made examples."""

import gzip
import json

import pytest

from pipeline.ner.poleval import PolevalDoc, load_poleval, normalize_label, score
from pipeline.ner.poleval_official import score_official


def doc(doc_id, entities, text="x" * 100):
    return PolevalDoc(doc_id=doc_id, text=text, entities=tuple((lab, tuple(map(tuple, sp))) for lab, sp in entities))


GOLD = [
    doc(
        "d1",
        [
            ("persName", [(0, 13)]),
            ("persName_forename", [(0, 4)]),
            ("persName_surname", [(5, 13)]),
            ("placeName_settlement", [(30, 37)]),
        ],
    )
]


def test_perfect_prediction():
    pred = {"d1": [(lab, sp) for lab, sp in GOLD[0].entities]}
    s = score(GOLD, pred)
    assert s.exact_f1 == pytest.approx(1.0)
    assert s.overlap_f1 == pytest.approx(1.0)
    assert s.final == pytest.approx(1.0)
    assert s.per_label["persName"].gold == 1


def test_exact_vs_overlap():
    # person span too short (overlap only), settlement exact, surname missing, a false orgName
    pred = {
        "d1": [
            ("persName", [(0, 4)]),
            ("persName_forename", [(0, 4)]),
            ("placeName_settlement", [(30, 37)]),
            ("orgName", [(50, 60)]),
        ]
    }
    s = score(GOLD, pred)
    # exact: 2 of 4 predictions right, 2 of 4 gold found
    assert s.exact_p == pytest.approx(0.5)
    assert s.exact_r == pytest.approx(0.5)
    assert s.exact_f1 == pytest.approx(0.5)
    # overlap: persName counts too -> 3/4 precision, 3/4 recall
    assert s.overlap_p == pytest.approx(0.75)
    assert s.overlap_r == pytest.approx(0.75)
    assert s.overlap_f1 == pytest.approx(0.75)
    assert s.final == pytest.approx(0.8 * 0.75 + 0.2 * 0.5)
    assert s.per_label["persName"].exact_tp == 0
    assert s.per_label["persName"].overlap_tp_pred == 1
    assert s.per_label["orgName"].pred == 1 and s.per_label["orgName"].gold == 0


def test_overlap_needs_same_label():
    pred = {"d1": [("orgName", [(0, 13)])]}
    s = score(GOLD, pred)
    assert s.overlap_f1 == 0.0 and s.exact_f1 == 0.0


def test_touching_spans_do_not_overlap():
    gold = [doc("d", [("date", [(10, 20)])])]
    s = score(gold, {"d": [("date", [(20, 25)])]})
    assert s.overlap_f1 == 0.0
    s = score(gold, {"d": [("date", [(19, 25)])]})
    assert s.overlap_f1 == 1.0 and s.exact_f1 == 0.0


def test_discontinuous_spans():
    gold = [doc("d", [("orgName", [(0, 5), (20, 30)])])]
    # exact needs all fragments
    s = score(gold, {"d": [("orgName", [(20, 30), (0, 5)])]})  # order does not matter
    assert s.exact_f1 == 1.0
    s = score(gold, {"d": [("orgName", [(0, 5)])]})
    assert s.exact_f1 == 0.0 and s.overlap_f1 == 1.0
    # overlap with the second fragment only
    s = score(gold, {"d": [("orgName", [(25, 28)])]})
    assert s.overlap_f1 == 1.0
    # a prediction in the gap between the fragments overlaps nothing
    s = score(gold, {"d": [("orgName", [(6, 19)])]})
    assert s.overlap_f1 == 0.0


def test_empty_predictions():
    s = score(GOLD, {})
    assert s.exact_f1 == 0.0 and s.overlap_f1 == 0.0 and s.final == 0.0
    assert s.total.gold == 4 and s.total.pred == 0
    s = score(GOLD, {"d1": []})
    assert s.final == 0.0


def test_empty_gold_and_predictions():
    s = score([doc("d", [])], {"d": []})
    assert s.final == 0.0 and s.total.gold == 0


def test_label_normalisation_and_duplicates():
    gold = [doc("d", [("persName_addName", [(0, 3)])])]
    pred = {"d": [("persName-addname", [(0, 3)]), ("persName_addName", [(0, 3)])]}
    s = score(gold, pred)
    assert s.exact_f1 == 1.0  # duplicates are counted once, spellings normalised
    assert normalize_label("placeName-settlement") == "placeName_settlement"
    assert normalize_label("persName_addname") == "persName_addName"


def test_one_long_prediction_overlapping_two_gold():
    gold = [doc("d", [("persName", [(0, 5)]), ("persName", [(6, 11)])])]
    pred = {"d": [("persName", [(0, 11)])]}
    s = score(gold, pred)  # official-style: both gold found, the prediction is correct
    assert s.overlap_p == 1.0 and s.overlap_r == 1.0
    s = score(gold, pred, one_to_one=True)
    assert s.overlap_p == 1.0 and s.overlap_r == 0.5


def test_predictions_for_unknown_docs_are_ignored():
    s = score(GOLD, {"nope": [("persName", [(0, 13)])]})
    assert s.total.pred == 0


def test_load_poleval_plain_and_gz(tmp_path):
    rows = [
        {
            "doc_id": "a",
            "text": "Jan Kowalski i Warszawa",
            "entities": [
                {"label": "persName", "spans": [[0, 12]], "text": "Jan Kowalski"},
                {"label": "persName_addname", "spans": [[0, 3]], "text": "Jan"},
            ],
        },
        {"doc_id": "b", "text": "nic", "entities": []},
    ]
    plain = tmp_path / "g.jsonl"
    plain.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    gz = tmp_path / "g.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as f:
        f.write(plain.read_text(encoding="utf-8"))
    for p in (plain, gz):
        docs = list(load_poleval(p))
        assert [d.doc_id for d in docs] == ["a", "b"]
        assert ("persName_addName", ((0, 3),)) in docs[0].entities
    assert len(list(load_poleval(gz, limit=1))) == 1


# --- official mode (score_official): the published PolEval 2018 scorer's rules --------


def test_official_skips_documents_with_several_annotation_versions():
    gold = [
        PolevalDoc("one", "x" * 50, (("persName", ((0, 5),)),), versions=1),
        PolevalDoc("two", "x" * 50, (("persName", ((0, 5),)),), versions=2),
    ]
    pred = {"one": [("persName", [(0, 5)])], "two": [("orgName", [(10, 20)]), ("orgName", [(30, 40)])]}
    s = score_official(gold, pred)
    assert (s.n_docs, s.n_skipped) == (1, 1)
    assert (s.overlap.tp, s.overlap.fp, s.overlap.fn) == (1, 0, 0)  # "two" adds nothing
    assert s.final == pytest.approx(1.0)


def test_official_labels_are_case_sensitive():
    gold = [doc("d", [("persName_addname", [(0, 3)])])]
    s = score_official(gold, {"d": [("persName_addName", [(0, 3)])]})
    assert s.overlap.tp == 0 and s.exact.tp == 0
    s = score_official(gold, {"d": [("persName_addname", [(0, 3)])]})
    assert s.final == pytest.approx(1.0)


def test_official_loader_keeps_spelling_and_versions_and_ignores_derivtype(tmp_path):
    row = {
        "doc_id": "a",
        "text": "rosyjskich Jan",
        "entities": [
            {
                "label": "placeName_country",
                "spans": [[0, 10]],
                "attributes": {"derivType_placeName_country": "relAdj"},
            },
            {"label": "persName_addname", "spans": [[11, 14]]},
        ],
        "older_annotations": [[{"label": "persName", "spans": [[11, 14]]}]],
    }
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (d,) = load_poleval(path, raw_labels=True)
    assert d.versions == 2
    # the derivType attribute is dropped, its entity stays
    assert d.entities == (("placeName_country", ((0, 10),)), ("persName_addname", ((11, 14),)))
    (d,) = load_poleval(path)
    assert ("persName_addName", ((11, 14),)) in d.entities


def test_official_splits_fragmented_entities():
    gold = [doc("d", [("orgName", [(0, 5), (20, 30)])])]
    # each fragment is an entity of its own: 2 gold; one prediction finds one of them
    s = score_official(gold, {"d": [("orgName", [(0, 5)])]})
    assert (s.exact.tp, s.exact.fp, s.exact.fn) == (1, 0, 1)
    assert s.exact.p == pytest.approx(1.0) and s.exact.r == pytest.approx(0.5)
    # a fragmented prediction is split too
    s = score_official(gold, {"d": [("orgName", [(20, 30), (0, 5)])]})
    assert s.exact.tp == 2 and s.final == pytest.approx(1.0)


def test_official_touching_spans_overlap():
    gold = [doc("d", [("date", [(10, 20)])])]
    s = score_official(gold, {"d": [("date", [(20, 25)])]})
    assert s.overlap.tp == 1 and s.exact.tp == 0
    s = score_official(gold, {"d": [("date", [(21, 25)])]})
    assert s.overlap.tp == 0


def test_official_credits_a_prediction_once_per_matched_gold():
    gold = [doc("d", [("persName", [(0, 5)]), ("persName", [(6, 11)]), ("persName", [(20, 25)])])]
    pred = {"d": [("persName", [(0, 11)])]}
    s = score_official(gold, pred)
    # one prediction, two matches: tp 2, fp = 1 - 2 = -1, fn = 3 - 2 = 1
    assert (s.overlap.tp, s.overlap.fp, s.overlap.fn) == (2, -1, 1)
    assert s.overlap.p == pytest.approx(2.0)  # 2 / (2 - 1): the published arithmetic allows P > 1
    assert s.overlap.r == pytest.approx(2 / 3)
    assert s.exact.tp == 0


def test_official_pools_counts_over_documents_and_final_weights():
    gold = [doc("a", [("persName", [(0, 5)]), ("orgName", [(10, 20)])]), doc("b", [("date", [(0, 4)])])]
    pred = {
        "a": [("persName", [(0, 4)]), ("orgName", [(10, 20)]), ("geogName", [(30, 35)])],
        "b": [],
        "unknown": [("date", [(0, 4)])],
    }
    s = score_official(gold, pred)
    # overlap: tp 2 (persName, orgName), fp 1, fn 1; exact: tp 1, fp 2, fn 2
    assert (s.overlap.tp, s.overlap.fp, s.overlap.fn) == (2, 1, 1)
    assert (s.exact.tp, s.exact.fp, s.exact.fn) == (1, 2, 2)
    assert s.overlap_f1 == pytest.approx(2 / 3)
    assert s.exact_f1 == pytest.approx(1 / 3)
    assert s.final == pytest.approx(0.8 * 2 / 3 + 0.2 * 1 / 3)
    assert s.as_dict()["n_docs"] == 2


def test_official_empty():
    s = score_official([doc("d", [])], {})
    assert s.final == 0.0 and s.overlap.tp == 0
