"""HTML pages to report text: the article, without the page around it.

Why trafilatura: it is maintained (regular releases, used by large web-corpus projects),
works offline on a string, and is built for exactly this job: it keeps the main text
(paragraphs, headings, lists, tables) and drops boilerplate: navigation menus, footers,
cookie notices, "Skip to content"/"Przejdź do treści" links, share buttons, comments.
Its default refuses results shorter than 250 characters and then falls back to keeping
whole page text; event reports are often shorter than that, so the threshold is lowered.
When trafilatura returns nothing (a page that is all markup, or an odd tree) the text of
the ``<body>`` is taken with lxml (scripts, styles and ``<nav>``/``<footer>`` removed), so a
page never becomes an error only because the extractor found no "article".

Encodings, per page: a byte-order mark wins; then a ``<meta charset>`` (or
``http-equiv`` Content-Type, or an XML declaration) in the first 4 KB is honoured; with
none, the bytes are detected as in `pipeline.ingest.decode` (UTF-8, Windows-1250,
ISO-8859-2). Two well-known mislabels of old Polish pages are corrected: a page declared
in a legacy code page whose bytes are valid non-ASCII UTF-8 is UTF-8 (it was re-saved and
the meta tag was left behind), and a page declared ASCII/Latin-1/Windows-1252 (browsers'
default for Polish pages written in Windows-1250 or ISO-8859-2) goes through detection.

Metadata: the page's title (og:title, <title>, a lone <h1>) goes to `Document.title`, and
the publication date its metadata gives (meta tags such as article:published_time,
JSON-LD, <time datetime>; trafilatura's htmldate without the search of the running text)
to `Document.metadata_date`.

Offsets: the `Document` built here has `text` = the extracted plain text, so every
offset in a report of an HTML input indexes that extracted text (``document.text``), not
the HTML source. `sha256` is of the raw bytes of the page, as for any other input.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

from pipeline.ingest.decode import MAX_BYTES, Document, InputError, check_size, detect_encoding, sha256_hex
from pipeline.text.normalize import normalize

_META_CHARSET = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.\-]{1,40})""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_WEAK_DECLARATIONS = {"ascii", "latin-1", "iso8859-1", "cp1252"}
_LEGACY = {"cp1250", "iso8859-2", "cp1252", "latin-1", "iso8859-1"}
_CANONICAL = {"iso8859-2": "iso-8859-2", "iso8859-1": "iso-8859-1", "latin-1": "iso-8859-1"}
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "main", "header",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "dl", "td", "th", "figcaption",
}
_DROP_TAGS = ("script", "style", "noscript", "template", "head", "nav", "footer", "iframe", "svg", "form")


def declared_charset(data: bytes) -> str | None:
    """The Python codec name of the charset the page declares, or None."""
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii").lower()).name
    except (LookupError, UnicodeDecodeError):
        return None


def _is_non_ascii_utf8(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def page_encoding(data: bytes) -> str:
    """The encoding to decode this page with (see the module docstring); raises InputError."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    declared = declared_charset(data)
    if declared in (None, *_WEAK_DECLARATIONS):
        return detect_encoding(data)
    if declared in _LEGACY and _is_non_ascii_utf8(data):
        return "utf-8"
    if declared.startswith(("utf-16", "utf-32")):
        # the bytes reached us as an 8-bit page (no NULs), so the declaration is wrong
        return detect_encoding(data)
    return declared


@lru_cache(maxsize=1)
def _trafilatura_config():
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "10")  # reports can be one paragraph
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # its timeout uses signals: not in worker threads
    return config


def _clean_lines(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _lxml_text(markup: str) -> str:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return ""
    for element in list(root.iter(*_DROP_TAGS)):
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    body = root.find("body")
    return _clean_lines("".join((body if body is not None else root).itertext()))


def html_text(markup: str) -> str:
    """The main text of a page: trafilatura, else the plain text of the body (lxml)."""
    markup = _XML_DECL.sub("", markup, count=1)
    try:
        import trafilatura

        text = trafilatura.extract(
            markup,
            config=_trafilatura_config(),
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
        )
    except Exception:  # a parser error deep inside trafilatura: use the plain fallback
        text = None
    text = _clean_lines(text or "")
    return text or _lxml_text(markup)


def page_metadata(markup: str) -> tuple[str | None, str | None]:
    """(publication date as ISO, title) from the page's metadata, not from its running text."""
    try:
        from trafilatura.metadata import extract_metadata

        meta = extract_metadata(_XML_DECL.sub("", markup, count=1), extensive=False)
    except Exception:  # metadata is a bonus: a page that trips the extractor still gives its text
        return None, None
    from pipeline.ingest.meta import iso_date

    title = " ".join((meta.title or "").split()) or None
    return iso_date(meta.date), title


def html_to_document(
    data: bytes,
    source: str | None = None,
    doc_id: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Document:
    """Decode and strip one HTML page; `text` (and every offset) is the extracted text."""
    check_size(data, max_bytes)
    if b"\x00" in data[:8192]:
        raise InputError("binary", "the input looks binary (NUL bytes), not an HTML page")
    encoding = page_encoding(data)
    try:
        markup = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        try:
            encoding = detect_encoding(data)
        except InputError:
            raise InputError("undecodable", f"the page is not valid {encoding} (its declared charset)") from None
        markup = data.decode(encoding)
    text = unicodedata.normalize("NFC", html_text(markup))
    if not text.strip():
        raise InputError("empty", "the page has no text")
    digest = sha256_hex(data)
    published, title = page_metadata(markup)
    return Document(
        text=text,
        source=source,
        encoding=_CANONICAL.get(encoding, encoding),
        sha256=digest,
        id=doc_id or digest[:16],
        norm=normalize(text),
        metadata_date=published,
        title=title,
    )
