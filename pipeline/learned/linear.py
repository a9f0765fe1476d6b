"""A multinomial logistic-regression model over sparse string features, in numpy.

Small and dependency-free on purpose: a few hundred labelled examples, a few thousand feature
names. Weights are kept as data (`to_json`/`from_json`) so a model ships as a file and reads back
exactly; `train` is deterministic (full-batch gradient descent from zeros).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

Features = Mapping[str, float]


@dataclass(frozen=True)
class LinearModel:
    """`classes[k]` scores `bias[k] + sum(weights[f][k] * value)` over the known features `f`."""

    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]

    def scores(self, features: Features) -> dict[str, float]:
        """Class probabilities (softmax of the linear scores)."""
        get = self.weights.get
        rows = [(row, value) for name, value in features.items() if (row := get(name)) is not None]
        totals = list(self.bias)
        for k in range(len(totals)):  # class by class: each total sums the same products in the same order
            total = totals[k]
            for row, value in rows:
                total += row[k] * value
            totals[k] = total
        top = max(totals)
        exps = [math.exp(t - top) for t in totals]
        norm = sum(exps)
        return {c: e / norm for c, e in zip(self.classes, exps, strict=True)}

    def predict(self, features: Features) -> tuple[str, float]:
        """The most probable class and its probability."""
        probs = self.scores(features)
        best = max(self.classes, key=lambda c: probs[c])
        return best, probs[best]

    def to_json(self) -> dict:
        return {"classes": list(self.classes), "bias": [round(b, 5) for b in self.bias],
                "weights": {f: [round(w, 5) for w in row] for f, row in sorted(self.weights.items())
                            if any(abs(w) >= 1e-4 for w in row)}}

    @classmethod
    def from_json(cls, data: dict) -> LinearModel:
        classes = tuple(data["classes"])
        weights = {f: tuple(map(float, row)) for f, row in data["weights"].items()}  # ~44,000 rows over the models
        if any(len(row) != len(classes) for row in weights.values()) or len(data["bias"]) != len(classes):
            raise ValueError("model file: every weight row needs one value per class")
        return cls(classes, weights, tuple(map(float, data["bias"])))

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


def train(rows: Sequence[Features], labels: Sequence[str], *, l2: float = 1.0, min_count: int = 2,
          iterations: int = 400, classes: Sequence[str] | None = None) -> LinearModel:
    """Fit by gradient descent (Adam) on the mean log-loss plus `l2 / n * |W|^2 / 2`.

    Features seen in fewer than `min_count` rows are dropped: a name met once is a page, not a rule.
    """
    if len(rows) != len(labels) or not rows:
        raise ValueError("train: need as many labels as rows, and at least one row")
    classes = tuple(classes or sorted(set(labels)))
    seen = Counter(f for row in rows for f in row)
    vocab = sorted(f for f, n in seen.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for r, row in enumerate(rows):
        for f, v in row.items():
            if f in index:
                x[r, index[f]] = v
    y = np.zeros((len(rows), len(classes)))
    for r, label in enumerate(labels):
        y[r, classes.index(label)] = 1.0
    w = np.zeros((len(vocab), len(classes)))
    b = np.zeros(len(classes))
    n = len(rows)
    state = [np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)]
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, iterations + 1):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        grad = (probs - y) / n
        gw = x.T @ grad + (l2 / n) * w
        gb = grad.sum(axis=0)
        for g, (m, v) in ((gw, (0, 1)), (gb, (2, 3))):
            state[m] = beta1 * state[m] + (1 - beta1) * g
            state[v] = beta2 * state[v] + (1 - beta2) * g * g
        w -= rate * (state[0] / (1 - beta1 ** step)) / (np.sqrt(state[1] / (1 - beta2 ** step)) + 1e-8)
        b -= rate * (state[2] / (1 - beta1 ** step)) / (np.sqrt(state[3] / (1 - beta2 ** step)) + 1e-8)
    weights = {f: tuple(float(v) for v in w[i]) for f, i in index.items()}
    return LinearModel(classes, weights, tuple(float(v) for v in b))


@dataclass(frozen=True)
class KeepModel:
    """A keep/drop scorer and its policy, shared by the learned filters and the roles decision: keep a candidate when
    P(keep) >= `threshold`; `kinds`, when given, are the only candidate kinds the model decides (a place filter
    trained on regions keeps localities as the rules found them)."""

    scorer: LinearModel
    threshold: float
    kinds: frozenset[str] | None = None

    @classmethod
    def from_json(cls, data: dict) -> KeepModel:
        kinds = data.get("kinds")
        return cls(LinearModel.from_json(data), float(data["threshold"]), frozenset(kinds) if kinds else None)

    @classmethod
    def load(cls, path: Path) -> KeepModel | None:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else None

    def keep_probability(self, features: Features) -> float:
        return self.scorer.scores(features)["keep"]
