"""Loaded by ``spacy train --code``: registers the model package's own components.

Why: the training config uses ``pl_events_morf`` (Morfeusz features), which lives in
``models/pl_events_ner`` so that the shipped package carries it; the in-tree copy is
imported first so that an older installed ``pl_events_ner`` cannot shadow it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "models" / "pl_events_ner"))

import pl_events_ner  # noqa: E402,F401  registers pl_events_morf and pl_events_nested
