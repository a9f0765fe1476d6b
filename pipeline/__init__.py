"""Polish event reports in, validated structured records out."""

from pipeline.extractor import Extractor, extract, make_pipeline
from pipeline.models import Report

__version__ = "0.1.0"
__all__ = ["Extractor", "Report", "extract", "make_pipeline", "__version__"]
