"""Extractor tests check the rules: the learned models stay off here (see `rules_only`)."""

import pytest


@pytest.fixture(autouse=True)
def _rules_only(rules_only):
    yield
