"""Polish event reports in, validated structured records out.

`Extractor` and `extract` load spaCy and morfeusz2; they are imported on first use so that
`import pipeline` (the batch parent process, the CLI's help) stays light.
"""

from __future__ import annotations

import os
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Extractor", "Report", "base_form", "extract", "make_pipeline", "__version__"]



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


class _DeferredLoader:
    """Creates the module (its __path__ lets submodules import) but runs its code only when an
    attribute it does not have yet is asked for; `stubs` are attributes available before that."""

    def __init__(self, loader: Any, stubs: dict[str, Any], before: tuple[str, ...] = ()) -> None:
        self.loader = loader
        self.stubs = stubs
        self.before = before

    def __getattr__(self, name: str) -> Any:
        return getattr(self.loader, name)

    def create_module(self, spec: Any) -> Any:
        return self.loader.create_module(spec)

    def exec_module(self, module: Any) -> None:
        loader, before = self.loader, self.before
        state: dict[str, bool] = {}

        def load() -> None:
            if state:
                return
            state["loaded"] = True
            del module.__getattr__
            for name in before:  # e.g. spacy.cli.info before spacy.cli, so its command is registered
                getattr(sys.modules.get(name), "_pl_events_load", lambda: None)()
            loader.exec_module(module)

        def __getattr__(name: str) -> Any:
            if name.startswith("__"):
                raise AttributeError(name)
            load()
            return getattr(module, name)

        module.__getattr__ = __getattr__
        module._pl_events_load = load
        for name, stub in self.stubs.items():
            setattr(module, name, stub(module, load))


def _deferred_info(module: Any, load: Any) -> Any:
    def info(*args: Any, **kwargs: Any) -> Any:
        load()
        return module.info(*args, **kwargs)

    return info


class _LeanImports:
    """Import hooks that keep `import spacy` lean for the extraction (4.5 s -> ~1.3 s):

    * thinc imports torch when it is installed (~2.5 s), although no model of ours runs on torch:
      `thinc.compat` is imported with torch hidden, so thinc sees no torch; torch itself stays
      importable (the stanza backend needs it). Set PL_EVENTS_THINC_TORCH=1 for spaCy models that
      run on torch (spacy-transformers), or import torch before spaCy.
    * `import spacy` runs `spacy.cli` (typer, weasel, httpx, jinja2: ~0.4 s) for `spacy.info` only:
      `spacy.cli` and `spacy.cli.info` run on first use of one of their attributes instead.
    * the regular expressions compiled in the last start-up are taken from `pipeline.regex_cache`
      before spaCy is imported (~0.3 s of compiling).
    """

    def __init__(self, torch: bool) -> None:
        self.names = {"spacy", "spacy.cli", "spacy.cli.info"} | ({"thinc.compat"} if torch else set())

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname not in self.names:
            return None
        self.names.discard(fullname)
        if not self.names:
            sys.meta_path.remove(self)
        if fullname == "spacy":  # before spaCy, pydantic and our rules compile their patterns
            from pipeline.regex_cache import prefill

            prefill()
            return None
        if fullname == "thinc.compat" and "torch" in sys.modules:
            return None
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        if fullname == "thinc.compat":
            spec.loader = _LoaderWithoutTorch(spec.loader)
        elif fullname == "spacy.cli":
            spec.loader = _DeferredLoader(spec.loader, {}, before=("spacy.cli.info",))
        else:
            spec.loader = _DeferredLoader(spec.loader, {"info": _deferred_info})
        return spec


if "spacy" not in sys.modules and not any(isinstance(f, _LeanImports) for f in sys.meta_path):
    sys.meta_path.insert(0, _LeanImports(torch=not os.environ.get("PL_EVENTS_THINC_TORCH")))


class _Package(types.ModuleType):
    """`from pipeline import extract` is the documented function, although `pipeline/extract/` is the
    extractors' subpackage: the import system's binding of that subpackage on this module is refused
    (it stays importable by its dotted name, `from pipeline.extract.dates import ...`), so the name
    always reaches `__getattr__` below, whichever module was imported first."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "extract" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


if TYPE_CHECKING:
    from pipeline.extractor import Extractor, extract, make_pipeline
    from pipeline.lemma import base_form
    from pipeline.models import Report


def __getattr__(name: str) -> Any:
    if name in ("Extractor", "extract", "make_pipeline"):
        from pipeline import extractor

        return getattr(extractor, name)
    if name == "base_form":
        from pipeline.lemma import base_form

        return base_form
    if name == "Report":
        from pipeline.models import Report

        return Report
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
