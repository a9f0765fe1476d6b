"""Polish event reports in, validated structured records out.

`Extractor` and `extract` load spaCy and morfeusz2; they are imported on first use so that
`import pipeline` (the batch parent process, the CLI's help) stays light.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Extractor", "Report", "extract", "make_pipeline", "__version__"]



class _LoaderWithoutTorch:
    """Runs a module's loader while `import torch` fails, then lets torch be imported again."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def __getattr__(self, name: str) -> Any:
        return getattr(self.loader, name)

    def create_module(self, spec: Any) -> Any:
        return self.loader.create_module(spec)

    def exec_module(self, module: Any) -> None:
        if "torch" in sys.modules:
            self.loader.exec_module(module)
            return
        sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` raise ImportError
        try:
            self.loader.exec_module(module)
        finally:
            if "torch" in sys.modules and sys.modules["torch"] is None:
                del sys.modules["torch"]


class _ThincWithoutTorch:
    """Import hook: thinc (under spaCy) imports torch when it is installed, ~2.5 s of our 4.5 s
    start-up, although no model of ours runs on torch. `thinc.compat` is imported with torch
    hidden, so thinc sees no torch; torch itself stays importable (the stanza backend needs it).
    Set PL_EVENTS_THINC_TORCH=1 for spaCy models that run on torch (spacy-transformers), or import
    torch before spaCy."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname != "thinc.compat":
            return None
        sys.meta_path.remove(self)
        if "torch" in sys.modules:
            return None
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _LoaderWithoutTorch(spec.loader)
        return spec


if not os.environ.get("PL_EVENTS_THINC_TORCH") and "thinc.compat" not in sys.modules and not any(
    isinstance(f, _ThincWithoutTorch) for f in sys.meta_path
):
    sys.meta_path.insert(0, _ThincWithoutTorch())


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
