"""Polish event reports in, validated structured records out.

`Extractor` and `extract` load spaCy and morfeusz2; they are imported on first use so that
`import pipeline` (the batch parent process, the CLI's help) stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Extractor", "Report", "extract", "make_pipeline", "__version__"]

if TYPE_CHECKING:
    from pipeline.extractor import Extractor, extract, make_pipeline
    from pipeline.models import Report


def __getattr__(name: str) -> Any:
    if name in ("Extractor", "extract", "make_pipeline"):
        from pipeline import extractor

        return getattr(extractor, name)
    if name == "Report":
        from pipeline.models import Report

        return Report
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
