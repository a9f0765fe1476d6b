"""The linear model: it learns a separable rule, reads back exactly from JSON, and ignores unknown features."""

from __future__ import annotations

import pytest

from pipeline.learned.linear import LinearModel, train

ROWS = [{"cue=speaker": 1.0, "L:wykład": 1.0}, {"cue=speaker": 1.0}, {"cue=guest": 1.0, "L:powitać": 1.0},
        {"cue=guest": 1.0}] * 3
LABELS = ["speaker", "speaker", "guest", "guest"] * 3


def test_learns_a_separable_rule() -> None:
    model = train(ROWS, LABELS, l2=0.1)
    assert model.predict({"cue=speaker": 1.0})[0] == "speaker"
    assert model.predict({"cue=guest": 1.0})[0] == "guest"
    assert model.predict({"cue=guest": 1.0})[1] > 0.8


def test_round_trips_through_json() -> None:
    model = train(ROWS, LABELS)
    again = LinearModel.from_json(model.to_json())
    for row in ROWS:
        assert again.scores(row) == pytest.approx(model.scores(row), abs=1e-3)


def test_unknown_features_leave_the_prior() -> None:
    model = train(ROWS, LABELS)
    assert model.scores({"never-seen": 1.0}) == pytest.approx(model.scores({}))


def test_rare_features_are_dropped() -> None:
    model = train([*ROWS, {"cue=guest": 1.0, "one-page-only": 1.0}], [*LABELS, "guest"], min_count=2)
    assert "one-page-only" not in model.weights


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError):
        train(ROWS, LABELS[:-1])
    with pytest.raises(ValueError):
        LinearModel.from_json({"classes": ["a", "b"], "bias": [0.0], "weights": {}})


def test_scores_sum_each_class_in_feature_order():
    """`scores` adds the weights class by class; the sums must be those of the plain per-feature loop, bit for bit
    (records are compared byte for byte), also with repeated, unknown and fractional features."""
    import math

    from pipeline.learned.linear import LinearModel

    model = LinearModel(("a", "b", "c"), {"x": (0.1, -0.7, 0.3333), "y": (1e-9, 2.5, -0.2), "z": (0.3, 0.1, 0.7)},
                        (0.05, -0.01, 0.2))
    features = {"x": 1.0, "q": 4.0, "y": 0.37, "z": 3.0}
    totals = list(model.bias)
    for name, value in features.items():
        for k, w in enumerate(model.weights.get(name, ())):
            totals[k] += w * value
    exps = [math.exp(t - max(totals)) for t in totals]
    assert model.scores(features) == {c: e / sum(exps) for c, e in zip(model.classes, exps, strict=True)}
