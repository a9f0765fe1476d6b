"""The venue names of a report on our own sentence, every mention checked against the text (venue tests share it)."""

from pipeline import extract


def venues(text: str) -> list[str]:
    report = extract(text)
    for p in report.places:
        for m in p.mentions:
            assert text[m.start:m.end] == m.text
    return [p.name for p in report.places if p.kind == "venue"]
