"""HTML pages: boilerplate stripped, charsets honoured, offsets index the extracted text."""

from __future__ import annotations

import pytest

from pipeline.ingest.decode import InputError
from pipeline.ingest.html import declared_charset, html_text, html_to_document, page_encoding

REPORT = (
    "W dniu 12.03.2019 r. w Krakowie odbyło się szkolenie dla 20 osób. "
    "Zajęcia prowadziła Anna Kowalska z Urzędu Marszałkowskiego."
)


def page(body: str, head: str = '<meta charset="utf-8">') -> str:
    return f"""<!DOCTYPE html><html lang="pl"><head>{head}<title>Aktualności</title>
<style>body {{ color: red }}</style><script>var tracking = "nie pokazuj";</script></head><body>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<a class="skip-link" href="#content">Przejdź do treści</a>
<header><nav id="menu"><ul><li><a href="/">Strona główna</a></li><li><a href="/o-nas">O nas</a></li>
<li><a href="/kontakt">Kontakt</a></li></ul></nav></header>
<div id="cookie-notice" class="cookie-banner">Ta strona korzysta z plików cookies. <button>Akceptuję</button></div>
<main id="content"><article><h1>Szkolenie dla sołtysów</h1>{body}</article></main>
<footer><p>&copy; 2019 Stowarzyszenie Przykładowe. Wszelkie prawa zastrzeżone.</p><p>Polityka prywatności</p></footer>
</body></html>"""


def test_boilerplate_is_stripped() -> None:
    doc = html_to_document(page(f"<p>{REPORT}</p>").encode("utf-8"), source="a.html", doc_id="a")
    assert REPORT in doc.text
    for junk in ("Skip to content", "Przejdź do treści", "Strona główna", "cookies", "Wszelkie prawa",
                 "tracking", "color: red"):
        assert junk not in doc.text
    assert doc.encoding == "utf-8" and doc.id == "a" and len(doc.norm) == len(doc.text)


@pytest.mark.parametrize(
    ("head", "codec", "expected"),
    [
        ('<meta charset="windows-1250">', "cp1250", "cp1250"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">', "iso-8859-2", "iso-8859-2"),
        ("", "cp1250", "cp1250"),  # no declaration: detected
        ("", "iso-8859-2", "iso-8859-2"),
        ('<meta charset="iso-8859-1">', "cp1250", "cp1250"),  # the classic mislabel: detected instead
        ('<meta charset="iso-8859-2">', "utf-8", "utf-8"),  # re-saved as UTF-8, old meta left behind
    ],
)
def test_charsets(head: str, codec: str, expected: str) -> None:
    data = page(f"<p>{REPORT} Źródło: gmina Łęczyca, ślązacy.</p>", head=head).encode(codec)
    doc = html_to_document(data)
    assert doc.encoding == expected
    assert "Źródło: gmina Łęczyca, ślązacy." in doc.text and REPORT in doc.text


def test_declared_charset_and_bom() -> None:
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-2"?><html>') == "iso8859-2"
    assert declared_charset(b"<meta charset=bogus-charset>") is None
    assert page_encoding(b"\xef\xbb\xbf<html><meta charset='cp1250'>") == "utf-8-sig"


def test_fallback_to_lxml_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: None)
    text = html_text(page(f"<p>{REPORT}</p><ul><li>pierwszy punkt</li><li>drugi punkt</li></ul>"))
    assert REPORT in text and "pierwszy punkt\ndrugi punkt" in text
    assert "Strona główna" not in text and "Polityka prywatności" not in text and "tracking" not in text


def test_bad_pages() -> None:
    with pytest.raises(InputError) as err:
        html_to_document(b"<html><body><script>x()</script></body></html>")
    assert err.value.kind == "empty"
    with pytest.raises(InputError) as err:
        html_to_document(b"<html>\x00\x00\x00</html>")
    assert err.value.kind == "binary"
    with pytest.raises(InputError) as err:
        html_to_document(b"<p>x</p>" * 100, max_bytes=100)
    assert err.value.kind == "too_large"


def test_offsets_index_the_extracted_text() -> None:
    from pipeline.batch import get_extractor

    doc = html_to_document(page(f"<p>{REPORT}</p>").encode("utf-8"), source="a.html")
    report = get_extractor().extract(doc)
    mentions = [m for d in report.dates for m in [d]] + [m for p in report.places for m in p.mentions]
    assert mentions, report
    for m in mentions:
        assert doc.text[m.start:m.end] == m.text
    assert report.event.date_start == "2019-03-12"
