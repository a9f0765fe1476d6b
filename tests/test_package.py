"""The package's public names, as the README documents them, in a fresh interpreter each time."""

from __future__ import annotations

import subprocess
import sys

import pytest

FIRST_IMPORTS = ["", "from pipeline import base_form", "import pipeline.resolve",
                 "from pipeline.extract.dates import extract_dates", "from pipeline import Extractor"]


@pytest.mark.parametrize("first", FIRST_IMPORTS)
def test_from_pipeline_import_extract_is_the_function(first):
    """`pipeline/extract/` is a subpackage too: whichever import came first, the name is the function."""
    code = (f"{first}\nfrom pipeline import extract\nimport pipeline\n"
            "assert callable(extract) and pipeline.extract is extract, extract\n"
            "from pipeline.extract import places\nimport importlib\n"
            "assert importlib.import_module('pipeline.extract.places') is places\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_extract_reads_a_report():
    from pipeline import extract

    report = extract("W dniu 3 marca 2021 r. w Opolu odbyło się szkolenie dla sołtysów.")
    assert report.event.date_start == "2021-03-03" and report.event.type == "szkolenie"
