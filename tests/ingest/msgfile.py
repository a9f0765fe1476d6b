"""Write small Outlook .msg files for the tests: no Python package writes them, so this does.

A .msg file is an OLE compound file (MS-CFB, version 3, 512-byte sectors) holding MAPI
properties as MS-OXMSG lays them out: a ``__properties_version1.0`` stream with fixed-size
values and one ``__substg1.0_TTTTTTTT`` stream per string or binary property, and one
``__attach_version1.0_#NNNNNNNN`` storage per attachment. Every stream here is smaller
than the 4096-byte cutoff, so all of them live in the mini stream.
"""

from __future__ import annotations

import datetime as dt
import struct

_SECTOR, _MINI = 512, 64
_FREE, _END, _FATSECT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
PT_LONG, PT_SYSTIME, PT_UNICODE, PT_BINARY = 0x0003, 0x0040, 0x001F, 0x0102


class _Node:
    def __init__(self, name: str, data: bytes | None = None) -> None:
        self.name, self.data = name, data
        self.children: list[_Node] = []
        self.index = 0

    def add(self, node: _Node) -> _Node:
        self.children.append(node)
        return node


def _key(node: _Node) -> tuple[int, str]:
    return len(node.name), node.name.upper()  # CFB's sibling order: shorter names first


def compound_file(root: _Node) -> bytes:
    """The bytes of a version 3 compound file holding the tree under `root`."""
    nodes: list[_Node] = []

    def number(node: _Node) -> None:
        node.index = len(nodes)
        nodes.append(node)
        for child in sorted(node.children, key=_key):
            number(child)

    number(root)
    mini, minifat, starts = bytearray(), [], {}
    for node in nodes[1:]:
        if not node.data:
            continue  # storages, and empty streams (no sectors)
        assert len(node.data) < 4096, "only mini-stream sized streams are written"
        starts[node.index] = len(mini) // _MINI
        count = -(-len(node.data) // _MINI)
        minifat += [len(minifat) + i + 1 for i in range(count - 1)] + [_END]
        mini += node.data + b"\0" * (count * _MINI - len(node.data))
    n_dir = -(-len(nodes) * 128 // _SECTOR)
    n_minifat = -(-len(minifat) * 4 // _SECTOR)
    n_mini = -(-len(mini) // _SECTOR)
    n_fat = 1
    while n_fat * 128 < n_fat + n_dir + n_minifat + n_mini:
        n_fat += 1
    first_dir, first_minifat = n_fat, n_fat + n_dir
    first_mini = first_minifat + n_minifat
    fat = [_FATSECT] * n_fat
    for first, count in ((first_dir, n_dir), (first_minifat, n_minifat), (first_mini, n_mini)):
        fat += [first + i + 1 for i in range(count - 1)] + [_END]
    fat += [_FREE] * (n_fat * 128 - len(fat))

    entries = bytearray()
    for node in nodes:
        kids = sorted(node.children, key=_key)
        for left, right in zip(kids, kids[1:], strict=False):
            left.right = right.index  # type: ignore[attr-defined]  # siblings as a right-leaning chain
        name = node.name.encode("utf-16-le") + b"\0\0"
        kind = 5 if node is root else (2 if node.data is not None else 1)
        start, size = (first_mini, len(mini)) if node is root else (starts.get(node.index, _END), len(node.data or b""))
        entries += struct.pack(
            "<64sHBBIII16sIQQIQ", name, len(name), kind, 1, _NOSTREAM, getattr(node, "right", _NOSTREAM),
            kids[0].index if kids else _NOSTREAM, b"\0" * 16, 0, 0, 0, start, size,
        )
    entries += b"\0" * (n_dir * _SECTOR - len(entries))
    for i in range(len(nodes), n_dir * 4):  # unused entries: no siblings, no child
        struct.pack_into("<III", entries, i * 128 + 68, _NOSTREAM, _NOSTREAM, _NOSTREAM)

    difat = list(range(n_fat)) + [_FREE] * (109 - n_fat)
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII109I", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\0" * 16, 0x3E, 3, 0xFFFE, 9, 6,
        b"\0" * 6, 0, n_fat, first_dir, 0, 4096, first_minifat if minifat else _END, n_minifat, _END, 0, *difat,
    )
    body = struct.pack(f"<{len(fat)}I", *fat) + bytes(entries)
    body += struct.pack(f"<{len(minifat)}I", *minifat) + b"\xff" * (n_minifat * _SECTOR - len(minifat) * 4)
    body += bytes(mini) + b"\0" * (n_mini * _SECTOR - len(mini))
    return header + body


def _filetime(when: dt.datetime) -> int:
    return int((when - dt.datetime(1601, 1, 1, tzinfo=dt.UTC)).total_seconds() * 10_000_000)


def _properties(storage: _Node, props: list[tuple[int, int, object]], header: bytes) -> None:
    """Fixed values into the properties stream, strings and binaries into their own streams."""
    table = bytearray(header)
    for prop_id, kind, value in props:
        tag = (prop_id << 16) | kind
        if kind == PT_UNICODE:
            data = str(value).encode("utf-16-le")
            storage.add(_Node(f"__substg1.0_{tag:08X}", data))  # the size counts a terminator the stream lacks
            table += struct.pack("<IIII", tag, 6, len(data) + 2, 0)
        elif kind == PT_BINARY:
            data = bytes(value)  # type: ignore[arg-type]
            storage.add(_Node(f"__substg1.0_{tag:08X}", data))
            table += struct.pack("<IIII", tag, 6, len(data), 0)
        elif kind == PT_SYSTIME:
            table += struct.pack("<IIQ", tag, 6, _filetime(value))  # type: ignore[arg-type]
        else:
            table += struct.pack("<IIQ", tag, 6, int(value))  # type: ignore[call-overload]
    storage.add(_Node("__properties_version1.0", bytes(table)))


def msg_file(subject: str, body: str, sent: dt.datetime, attachments: list[tuple[str, bytes]] = ()) -> bytes:
    """An Outlook message (IPM.Note) with a plain-text body, a send date and attachments."""
    root = _Node("Root Entry")
    _properties(root, [
        (0x001A, PT_UNICODE, "IPM.Note"),
        (0x0037, PT_UNICODE, subject),
        (0x1000, PT_UNICODE, body),
        (0x0039, PT_SYSTIME, sent),  # PR_CLIENT_SUBMIT_TIME
        (0x0E06, PT_SYSTIME, sent),  # PR_MESSAGE_DELIVERY_TIME
    ], struct.pack("<8sIIII8s", b"\0" * 8, 0, len(attachments), 0, len(attachments), b"\0" * 8))
    named = root.add(_Node("__nameid_version1.0"))  # no named properties, but readers want the streams
    for kind in (2, 3, 4):  # GUID, entry and string streams
        named.add(_Node(f"__substg1.0_000{kind}0102", b""))
    for i, (name, data) in enumerate(attachments):
        storage = root.add(_Node(f"__attach_version1.0_#{i:08X}"))
        _properties(storage, [
            (0x3705, PT_LONG, 1),  # PR_ATTACH_METHOD: by value
            (0x3707, PT_UNICODE, name),  # PR_ATTACH_LONG_FILENAME
            (0x3704, PT_UNICODE, name[:12]),  # PR_ATTACH_FILENAME
            (0x0E21, PT_LONG, i),  # PR_ATTACH_NUM
            (0x3701, PT_BINARY, data),  # PR_ATTACH_DATA_BIN
        ], b"\0" * 8)
    return compound_file(root)
