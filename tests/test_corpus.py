"""Every corpus report yields one valid record whose mentions index the decoded text exactly."""

from __future__ import annotations

import pytest

from pipeline.ingest.read import read_file
from tests.conftest import CORPUS
from tests.test_seed import _mentions

REPORTS = sorted(CORPUS.glob("*.txt"))


def test_corpus_is_big_enough():
    assert len(REPORTS) >= 60
    assert all(p.with_suffix("").with_suffix(".gold.json").exists() or p.with_name(p.stem + ".gold.json").exists()
               for p in REPORTS)


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_offsets_invariant(extractor, path):
    document = read_file(path)
    report = extractor.extract(document)
    assert report.document.chars == len(document.text)
    for m in _mentions(report):
        assert document.text[m.start:m.end] == m.text
        assert 0 <= m.confidence <= 1 and m.extractor


FURNISHED_PAGE = (
    "Skip to content\nStrona główna » Aktualności » Wydarzenia\nWtorek, 3 marca 2025 r. | Imieniny: Kunegundy\n"
    "Dodano: 12.03.2021, 10:15\n\nSzkolenie dla sołtysów w Zalesiu\n\n"
    "W dniach 4-5 marca w Gminnym Ośrodku Kultury w Zalesiu odbyło się szkolenie dla sołtysów, "
    "zorganizowane przez Stowarzyszenie „Nasza Wieś” we współpracy z Urzędem Gminy Zalesie. "
    "Zajęcia prowadziła Marta Sowa. Uczestniczyły 24 osoby (16 kobiet i 8 mężczyzn).\n\n"
    "Zdjęcie 3 z 12\nIMG_2041.jpg\nfot. Jan Wrzosek\nOdsłon: 245\nUdostępnij Drukuj\n"
    "Ta strona używa plików cookies. Akceptuję\n"
)


def test_a_furnished_page_of_our_own(extractor):
    """Furniture gets roles, never the event's facts, and every mention still indexes the text."""
    report = extractor.extract(FURNISHED_PAGE)
    for m in _mentions(report):
        assert FURNISHED_PAGE[m.start:m.end] == m.text
    assert report.document.published.date == "2021-03-12"
    assert (report.event.date_start, report.event.date_end) == ("2021-03-04", "2021-03-05")
    assert {d.role for d in report.dates if d.in_furniture} <= {"publication", "timestamp"}
    assert report.event.organizer == "Stowarzyszenie „Nasza Wieś”"
    assert report.event.co_organizers == ["Urząd Gminy Zalesie"]
    assert (report.event.attendance.total, report.event.attendance.women) == (24, 16)
    people = {p.name: p for p in report.people}
    assert people["Marta Sowa"].roles[0].title == "prowadzący"
    assert people["Jan Wrzosek"].part == "other"
