"""The review page in a real headless browser (Debian's chromium driven by playwright).

Runs in CI (``.ci/browser.sh`` installs chromium and playwright; with ``CI`` set a
missing browser fails the test); skipped locally when chromium is not installed.

The screenshot in the docs is made with the same browser::

    pl-events review corpus/ -o /tmp/review.html
    python -m tests.browser.test_review /tmp/review.html docs/review.png
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pipeline.check import Processed, load_profile, process
from pipeline.ingest.decode import Document
from pipeline.models import DateMention, DocumentInfo, Event, Mention, Organization, Person, Place, Report, Role
from pipeline.review import write_review
from tests.conftest import CORPUS

CHROMIUM = os.environ.get("PL_EVENTS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _need_browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if sync_playwright is None or not Path(CHROMIUM).exists():
        why = "chromium and the playwright package are needed (bash .ci/browser.sh)"
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    return sync_playwright


# --- a hand-made report: nested, crossing and identical spans; hostile text ---------------------

FILLER = "".join(f"Akapit {i}: uczestnicy pracowali w grupach nad planem działań.\n\n" for i in range(60))
TEXT = ("Szkolenie 😀 „<script>window.__pwned = 1</script>” & </script><!-- -->\n\n"
        "W dniu 12 marca 2019 r. w Krakowie wykład wygłosił prezes Fundacji „Most” Jan Nowak.\n"
        "Spotkanie odbyło się w Muzeum Krakowa.\n\n" + FILLER + "Na koniec wróciliśmy do Tarnowa.\n")


def _m(text: str, kind: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return {"text": text, "start": start, "end": start + len(text), "extractor": f"test.{kind}", "confidence": 0.9}


def hand_made() -> Processed:
    date = _m("12 marca 2019 r. w", "dates")  # crosses the place span "w Krakowie"
    report = Report(
        document=DocumentInfo(id="hand", sha256="0" * 64, encoding="utf-8", chars=len(TEXT)),
        event=Event(type="szkolenie", type_evidence=Mention(**_m("Szkolenie", "type")),
                    date_start="2019-03-12", date_evidence=Mention(**date)),
        dates=[DateMention(**date, date_start="2019-03-12")],
        people=[Person(name="Jan Nowak", part="speaker", mentions=[Mention(**_m("Jan Nowak", "people"))],
                       roles=[Role(title="prezes", organization="Fundacja „Most”",
                                   mention=Mention(**_m("prezes Fundacji „Most”", "roles")))])],
        organizations=[Organization(name="Fundacja „Most”", mentions=[Mention(**_m("Fundacji „Most”", "orgs"))]),
                       Organization(name="Muzeum Krakowa", mentions=[Mention(**_m("Muzeum Krakowa", "orgs"))])],
        places=[Place(name="Kraków", kind="locality", mentions=[Mention(**_m("w Krakowie", "places"))]),
                Place(name="Muzeum Krakowa", kind="venue", mentions=[Mention(**_m("Muzeum Krakowa", "places"))]),
                Place(name="Tarnów", kind="locality", mentions=[Mention(**_m("Tarnowa", "places"))])],
        missing=["organizer", "attendance_total", "attendance_split"],
    )
    document = Document(text=TEXT, source="hand.txt", encoding="utf-8", sha256="0" * 64, id="hand", norm=TEXT)
    return Processed("hand.txt", document, report)


@pytest.fixture(scope="module")
def page_file(tmp_path_factory, extractor):
    items = [hand_made()]
    items += list(process(sorted(CORPUS.glob("*.txt"))[:3] + [CORPUS / "no-such-report.txt"], extractor))
    out = tmp_path_factory.mktemp("review") / "review.html"
    write_review(items, load_profile("eu-project"), out, title="Przegląd <raportów> & co")
    return out, items


@pytest.fixture(scope="module")
def browser():
    sync_playwright = _need_browser()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, page_file):
    path, _ = page_file
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    pg = context.new_page()
    pg.problems = []
    pg.requests = []
    pg.on("console", lambda msg: msg.type == "error" and pg.problems.append(f"console: {msg.text}"))
    pg.on("pageerror", lambda exc: pg.problems.append(f"pageerror: {exc}"))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("request", lambda req: pg.requests.append(req.url))
    pg.goto(path.as_uri())
    pg.wait_for_selector("#text")
    yield pg
    context.close()


def test_page_loads_without_errors_or_network(page, page_file):
    path, items = page_file
    assert page.problems == []
    assert page.requests == [path.as_uri()]
    assert page.title() == "Przegląd <raportów> & co"
    assert page.locator("#reports li").count() == len(items)
    assert page.locator("#reports .badge.err").count() == 1  # the unreadable input
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#text script").count() == 0


MARKS_JS = """() => Array.from(document.querySelectorAll('#text mark.hl')).map(m => ({
  id: m.dataset.span, kind: m.dataset.kind, start: +m.dataset.start, end: +m.dataset.end,
  frag: m.hasAttribute('data-frag'), text: m.textContent }))"""


def test_highlighted_spans_are_the_offsets(page, page_file):
    _, items = page_file
    data = page.evaluate("window.reviewData")
    checked = 0
    for i, (item, rdata) in enumerate(zip(items, data["reports"], strict=True)):
        if item.error is not None:
            assert "error" in rdata
            continue
        page.evaluate(f"window.reviewSelect({i})")
        text = item.document.text
        assert rdata["text"] == text
        assert page.evaluate("document.getElementById('text').textContent") == text  # nothing lost or added
        marks = page.evaluate(MARKS_JS)
        by_id: dict[str, list[dict]] = {}
        for m in marks:
            by_id.setdefault(m["id"], []).append(m)
        assert set(by_id) == {s["id"] for s in rdata["spans"]}
        for s in rdata["spans"]:
            expected = text[s["start"]:s["end"]]
            got = by_id[s["id"]]
            assert all((m["start"], m["end"], m["kind"]) == (s["start"], s["end"], s["kind"]) for m in got)
            if len(got) == 1 and not got[0]["frag"]:
                assert got[0]["text"] == expected
            else:  # cut where it crosses another span: the fragments, in order, make it up
                assert all(m["frag"] for m in got) and "".join(m["text"] for m in got) == expected
            checked += 1
    assert checked > 20
    hand = {s["kind"] for s in data["reports"][0]["spans"]}
    assert hand == {"event_type", "date", "person", "role", "organization", "place"}


def test_nesting_and_crossing_in_the_hand_made_report(page):
    page.evaluate("window.reviewSelect(0)")
    # the organization sits inside the role, the person after it
    assert page.locator('#text mark.k-role mark.k-organization').first.text_content() == "Fundacji „Most”"
    # the date crosses "w Krakowie": one of the two is cut into fragments
    assert page.locator("#text mark[data-frag]").count() >= 2
    # the same extent as organization and as place: both present, nested
    assert page.locator("#text mark.k-place mark.k-organization").filter(has_text="Muzeum Krakowa").count() == 1
    assert page.problems == []


def in_view(page, selector: str) -> bool:
    return page.evaluate("""(sel) => {
      const r = document.querySelector(sel).getBoundingClientRect();
      const p = document.getElementById('text-pane').getBoundingClientRect();
      return r.height > 0 && r.top >= Math.max(0, p.top) && r.bottom <= Math.min(window.innerHeight, p.bottom)
        && r.left >= 0 && r.right <= window.innerWidth; }""", selector)


def test_click_on_a_value_brings_its_span_into_view(page):
    page.evaluate("window.reviewSelect(0)")
    span = page.evaluate("window.reviewData.reports[0].spans.find(s => s.text === 'Tarnowa').id")
    target = f'#text mark[data-span="{span}"]'
    assert not in_view(page, target)  # far down the text
    page.locator(f'#record button.val[data-spans~="{span}"]').click()
    page.wait_for_function("(sel) => document.querySelector(sel).classList.contains('flash')", arg=target)
    assert in_view(page, target)
    # and back up: the event type at the top
    top = page.evaluate("window.reviewData.reports[0].spans.find(s => s.kind === 'event_type').id")
    page.locator(f'#record button.val[data-spans~="{top}"]').click()
    assert in_view(page, f'#text mark[data-span="{top}"]')
    assert page.problems == []


def test_click_works_on_an_extracted_report(page, page_file):
    _, items = page_file
    page.evaluate("window.reviewSelect(1)")
    buttons = page.locator("#record button.val:not(.nospan)")
    assert buttons.count() > 3
    last = buttons.nth(buttons.count() - 1)
    last.scroll_into_view_if_needed()
    span = last.get_attribute("data-spans").split()[0]
    last.click()
    assert in_view(page, f'#text mark[data-span="{span}"]')


def screenshot(html: str, png: str, report: int = 0, click: int = 1) -> None:
    """Save a screenshot of a review page: report number `report`, after a click on its `click`-th place."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = b.new_page(viewport={"width": 1400, "height": 900})
        page.goto(Path(html).resolve().as_uri())
        page.evaluate(f"window.reviewSelect({report})")
        page.locator("#record button.val.k-place").nth(click).click()
        page.wait_for_timeout(250)
        page.screenshot(path=png)
        b.close()


if __name__ == "__main__":
    import sys

    screenshot(*sys.argv[1:3])


# --- without a browser: the command and the embedding -----------------------------------------


def test_review_command_writes_one_self_contained_file(tmp_path, monkeypatch, extractor):
    import json
    import re

    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.commands import measure

    monkeypatch.setattr(measure, "_extractor", lambda ner: extractor)
    report = tmp_path / "r.txt"
    report.write_text("Szkolenie </script><b>x</b> odbyło się 16 stycznia 2018 r. w Krakowie.\n", encoding="utf-8")
    out = tmp_path / "review.html"
    res = CliRunner().invoke(app, ["review", str(report), str(tmp_path / "gone.txt"), "-o", str(out)])
    assert res.exit_code == 1 and "gone.txt" in res.stderr  # written, but an input was unreadable
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "Content-Security-Policy" in page
    raw = page.split('<script type="application/json" id="review-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in raw
    data = json.loads(raw)
    assert [r["id"] for r in data["reports"]] == ["r", "gone"]
    assert data["reports"][0]["text"].startswith("Szkolenie </script><b>")
    res = CliRunner().invoke(app, ["review", str(report), "-o", str(out), "--profile", "minimal"])
    assert res.exit_code == 0
