import json

from pipeline.models import Report
from tests.conftest import ROOT


def test_committed_schema_is_current():
    committed = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    assert committed == Report.model_json_schema(), "regenerate: pl-events schema > schemas/report.schema.json"


def test_contract_field_names():
    props = Report.model_json_schema()["properties"]
    for name in ("schema_version", "document", "event", "dates", "attendance", "people", "organizations",
                 "places", "missing", "warnings"):
        assert name in props
