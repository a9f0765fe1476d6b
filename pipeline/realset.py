"""The real-page set (`eval/real/`): gold cards in the repository, page texts in a local cache.

Page texts are other people's writing and are never committed. A card keeps the facts:
the page's URL, the search query that finds it, its length and its first 60 characters
(to check a re-retrieved text), and the gold fields in our own form. The texts live in
``~/.cache/pl-events/real/NNN.txt`` (or ``$PL_EVENTS_REAL_TEXTS``); `eval/real/README.md`
says how to refill the cache. `split.json` fixes the dev/test halves.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

CARD_NAME = re.compile(r"^\d{3,4}\.json$")


def default_texts_dir() -> Path:
    return Path(os.environ.get("PL_EVENTS_REAL_TEXTS", "~/.cache/pl-events/real")).expanduser()


def is_card_dir(directory: Path) -> bool:
    """A directory of cards (NNN.json) rather than of X.gold.json files."""
    return any(CARD_NAME.match(p.name) for p in directory.glob("*.json"))


def load_split(directory: Path) -> dict[str, list[str]]:
    path = directory / "split.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: list(v) for k, v in data.items() if k in ("dev", "test")}


def parse_pages(spec: str) -> frozenset[str]:
    """'221-260,003' -> the card ids 221..260 and 003 (at least three digits, as the cards are named)."""
    ids: set[str] = set()
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        lo, _, hi = part.partition("-")
        if not lo.isdigit() or hi and not hi.isdigit() or hi and int(hi) < int(lo):
            raise ValueError(f"bad page list {spec!r}: use ids and ranges like 221-260,003")
        ids.update(f"{k:03d}" for k in range(int(lo), int(hi or lo) + 1))
    return frozenset(ids)


def card_pairs(
    directory: Path, texts: Path | None = None, split: str | None = None, pages: frozenset[str] | None = None
) -> tuple[list[tuple[Path, Path]], list[str], list[str]]:
    """(text, card) pairs; notes on skipped cards (no text); problems (a text that does not match its card).

    `split` keeps one half of split.json, `pages` (from `parse_pages`) only those cards; both may be given.
    A missing text is a note, not a failure: the cache is local and may be partly filled.
    A text whose length or head differs from the card's is scored anyway and named as a problem,
    since its gold may no longer fit it.
    """
    texts = texts or default_texts_dir()
    wanted: set[str] | None = None
    if split is not None:
        halves = load_split(directory)
        if split not in halves:
            raise ValueError(f"{directory}/split.json has no {split!r} half")
        wanted = set(halves[split])
    pairs, skipped, problems = [], [], []
    for card_path in sorted((p for p in directory.glob("*.json") if CARD_NAME.match(p.name)), key=lambda p: int(p.stem)):
        card_id = card_path.stem
        if wanted is not None and card_id not in wanted or pages is not None and card_id not in pages:
            continue
        text_path = texts / f"{card_id}.txt"
        card = json.loads(card_path.read_text(encoding="utf-8"))
        if card.get("pending"):
            skipped.append(f"{card_id}: collected, not annotated yet (pending; skipped)")
            continue
        if not text_path.is_file():
            skipped.append(f"{card_id}: no text {text_path} (skipped; see eval/real/README.md to refill the cache)")
            continue
        text = text_path.read_text(encoding="utf-8")
        if card.get("chars") is not None and (len(text) != card["chars"] or text[:60] != card.get("head")):
            problems.append(f"{card_id}: cached text differs from the card (chars {len(text)} vs {card['chars']})")
        pairs.append((text_path, card_path))
    return pairs, skipped, problems
