"""E-mail (.eml, and Outlook .msg) reports: the body is one document, each readable attachment another.

Reports often arrive as e-mails: a few lines in the body and the report itself attached.
So an e-mail gives one record for its body and one for each text-like attachment, and
`pipeline.ingest.sources` labels the attachments like archive members, with the e-mail as
their source: ``skrzynka/relacja.eml!program.docx``. An e-mail whose body has no text but
which has readable attachments gives only the attachments ("W załączniku" bodies are
not worth an error line each).

- .eml: the standard library's email package (``policy.default``); the body is the
  text/plain part, else the text/html one (through `pipeline.ingest.html.html_text`),
  decoded in its declared charset, else detected as for .txt files.
- .msg: extract-msg (``docs`` extra): its plain body, else its HTML body.

Text-like attachments are those whose name or content type is a format the batch reads
(.txt, .html, .docx, .pdf, .odt, .rtf, .doc, .eml, .msg, archives); a forwarded message
(message/rfc822) is an .eml attachment. Images, signatures, calendars and the like are
left out. Date: the ``Date`` header (.msg: its delivery/submit date) goes to
`Document.metadata_date`; the subject is the title.
"""

from __future__ import annotations

import email.policy
import email.utils
import re
from email.message import EmailMessage, Message
from email.parser import BytesParser
from typing import NamedTuple

from pipeline.ingest.decode import MAX_BYTES, Document, InputError, check_size, detect_encoding
from pipeline.ingest.meta import container_document, iso_date, needs

#: suffixes of attachments the batch reads (and so makes records of)
READABLE_SUFFIXES = (
    ".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".shtml", ".docx", ".pdf", ".odt", ".rtf", ".doc",
    ".eml", ".msg", ".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz",
)
#: content types of attachments the batch reads, and the suffix an attachment without a usable name gets
CONTENT_SUFFIX = {
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/html": ".html",
    "text/rtf": ".rtf",
    "application/rtf": ".rtf",
    "application/pdf": ".pdf",
    "application/msword": ".doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.ms-outlook": ".msg",
    "message/rfc822": ".eml",
    "application/zip": ".zip",
    "application/x-zip-compressed": ".zip",
}
_UNSAFE_NAME = re.compile(r"[!/\\\x00-\x1f]")


class MailParts(NamedTuple):
    """What an e-mail holds for the batch: whether its body has text, and its readable attachments."""

    body_has_text: bool
    attachments: list[tuple[str, bytes]]


def attachment_name(filename: str | None, content_type: str, index: int) -> str | None:
    """The label an attachment gets, or None when it is not text-like (an image, a calendar...)."""
    name = _UNSAFE_NAME.sub("_", (filename or "").strip().rsplit("/", 1)[-1].rsplit("\\", 1)[-1])
    if name.lower().endswith(READABLE_SUFFIXES):
        return name
    suffix = CONTENT_SUFFIX.get(content_type.lower())
    if suffix is None:
        return None
    return f"{name or f'attachment-{index}'}{suffix}"


# --- .eml ----------------------------------------------------------------------------------------

def _parse_eml(data: bytes) -> EmailMessage:
    message = BytesParser(policy=email.policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)  # policy.default makes EmailMessage
    return message


def _part_text(part: Message) -> str:
    """The decoded text of a text/plain or text/html part (HTML reduced to its text)."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        return ""
    charset = part.get_content_charset()
    try:
        markup = payload.decode(charset or "ascii")
    except (LookupError, UnicodeDecodeError):
        try:
            markup = payload.decode(detect_encoding(payload))
        except InputError:
            markup = payload.decode("utf-8", errors="replace")
    if part.get_content_type() == "text/html":
        from pipeline.ingest.html import html_text

        return html_text(markup)
    return markup


def _eml_body(message: EmailMessage) -> tuple[str, Message | None]:
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return "", None
    return _part_text(body), body


def _header_date(message: Message) -> str | None:
    raw = message.get("Date")
    if not raw:
        return None
    try:
        return iso_date(email.utils.parsedate_to_datetime(str(raw)))
    except (TypeError, ValueError, IndexError):
        return None


def eml_to_document(
    data: bytes, source: str | None = None, doc_id: str | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    """The body of an e-mail; attachments are separate inputs (see `mail_parts`)."""
    check_size(data, max_bytes)
    try:
        message = _parse_eml(data)
        text, _ = _eml_body(message)
        subject = str(message.get("Subject") or "") or None
    except Exception as exc:  # malformed headers or MIME structure the parser cannot recover from
        raise InputError("undecodable", f"not a readable e-mail: {type(exc).__name__}: {exc}") from None
    if not text.strip():
        raise InputError("empty", "the e-mail has no body text and no readable attachment")
    return container_document(text, data, source, doc_id, "eml", _header_date(message), subject)


def _eml_attachments(message: EmailMessage) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for index, part in enumerate(message.iter_attachments(), 1):
        content_type = part.get_content_type()
        name = attachment_name(part.get_filename(), content_type, index)
        if name is None:
            continue
        if content_type == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if not isinstance(inner, Message):
                continue
            if not part.get_filename():
                subject = _UNSAFE_NAME.sub("_", str(inner.get("Subject") or "").strip())[:80]
                name = f"{subject or f'attachment-{index}'}.eml"
            payload: bytes | None = inner.as_bytes(policy=email.policy.default)
        else:
            raw = part.get_payload(decode=True)
            payload = raw if isinstance(raw, bytes) else None
        if payload:
            found.append((name, payload))
    return found


# --- .msg ----------------------------------------------------------------------------------------

def _open_msg(data: bytes):
    try:
        import extract_msg
    except ImportError:
        raise needs("extract-msg", ".msg") from None
    import logging

    logging.getLogger("extract_msg").setLevel(logging.ERROR)  # it logs every unknown property
    try:
        return extract_msg.openMsg(data, delayAttachments=True)
    except Exception as exc:  # olefile and extract-msg errors on files that are not Outlook messages
        raise InputError("undecodable", f"not a readable .msg file: {type(exc).__name__}: {exc}") from None


def _msg_body(msg) -> str:
    body = msg.body
    if body and body.strip():
        return body
    html = msg.htmlBody
    if html:
        from pipeline.ingest.html import html_text

        return html_text(html.decode("utf-8", errors="replace") if isinstance(html, bytes) else str(html))
    return ""


def msg_to_document(
    data: bytes, source: str | None = None, doc_id: str | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    """The body of an Outlook message through extract-msg; attachments are separate inputs."""
    check_size(data, max_bytes)
    msg = _open_msg(data)
    try:
        text = _msg_body(msg)
        subject, date = msg.subject, iso_date(msg.date)
    except InputError:
        raise
    except Exception as exc:
        raise InputError("undecodable", f"cannot read the .msg body: {type(exc).__name__}: {exc}") from None
    finally:
        msg.close()
    if not text.strip():
        raise InputError("empty", "the message has no body text and no readable attachment")
    return container_document(text, data, source, doc_id, "msg", date, subject)


def _msg_attachments(msg) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for index, attachment in enumerate(msg.attachments, 1):
        data = attachment.data
        filename = getattr(attachment, "longFilename", None) or getattr(attachment, "shortFilename", None)
        if isinstance(data, bytes):
            mime = getattr(attachment, "mimetype", None) or "application/octet-stream"
            name = attachment_name(filename, mime, index)
        elif hasattr(data, "exportBytes"):  # an embedded Outlook message
            name, data = f"{_UNSAFE_NAME.sub('_', data.subject or '') or f'attachment-{index}'}.msg", data.exportBytes()
        else:
            continue
        if name and data:
            found.append((name, data))
    return found


# --- both ----------------------------------------------------------------------------------------

def mail_parts(data: bytes, fmt: str) -> MailParts | None:
    """Body status and readable attachments of an 'eml' or 'msg' input; None when it cannot be read."""
    try:
        if fmt == "msg":
            msg = _open_msg(data)
            try:
                return MailParts(bool(_msg_body(msg).strip()), _msg_attachments(msg))
            finally:
                msg.close()
        message = _parse_eml(data)
        return MailParts(bool(_eml_body(message)[0].strip()), _eml_attachments(message))
    except Exception:  # the body's own reader reports the problem as the e-mail's record
        return None
