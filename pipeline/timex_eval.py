"""Score date mentions against TIMEX3 annotations (the KPWr format in `shared/data/timex_kpwr/`).

Each document is extracted with its creation date (`dct`) as the reference date. Scored:

* **found**: the share of gold DATE expressions with a day value (``YYYY-MM-DD``) that a
  predicted date mention overlaps (any overlap of character spans);
* **value**: the share of those whose overlapping prediction has the gold day as its start or
  end (a range "6 i 7.03.2010" is annotated as two days, "6" and "7.03.2010");
* **precision**: the share of predicted mentions with a full date that overlap any annotated
  time expression (DATE, TIME, DURATION or SET), i.e. that are time expressions at all.

Mentions in the legal-act, project-period and other roles count like event dates here: the
task is recognising and normalising dates, not choosing the event's.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


@dataclass
class TimexScore:
    gold_days: int = 0
    found: int = 0
    value_right: int = 0
    predicted: int = 0
    predicted_in_timex: int = 0
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, text, gold, predicted

    def ratios(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 3) if b else 0.0
        return {"found": ratio(self.found, self.gold_days), "value": ratio(self.value_right, self.gold_days),
                "precision": ratio(self.predicted_in_timex, self.predicted)}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_document(doc: dict, extractor, score: TimexScore) -> None:
    report = extractor.extract(doc["text"], doc_id=doc["id"], reference_date=doc.get("dct"))
    predicted = [d for d in report.dates if d.date_start]
    timexes = doc.get("timexes", [])
    spans = [(t["start"], t["end"]) for t in timexes]
    for d in predicted:
        score.predicted += 1
        if any(_overlaps((d.start, d.end), s) for s in spans):
            score.predicted_in_timex += 1
    for t in timexes:
        if t["type"] != "DATE" or not _DAY.match(t.get("val", "")):
            continue
        score.gold_days += 1
        hits = [d for d in predicted if _overlaps((d.start, d.end), (t["start"], t["end"]))]
        if hits:
            score.found += 1
        if any(t["val"] in (d.date_start, d.date_end) for d in hits):
            score.value_right += 1
        else:
            got = ", ".join(f"{d.date_start}..{d.date_end}" for d in hits) or "—"
            score.misses.append((doc["id"], t["text"], t["val"], got))


def evaluate_file(path: str | Path, extractor) -> TimexScore:
    score = TimexScore()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                score_document(json.loads(line), extractor, score)
    return score
