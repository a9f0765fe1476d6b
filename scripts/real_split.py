"""Fix the dev/test split of the real-page set: whole sites go to one half, chosen by a hash of the site.

Run after adding cards: `python scripts/real_split.py eval/real`. A site's half depends on its
name alone, so adding pages never moves a page from one half to the other, and nothing about the
pages' content or the pipeline's scores enters the choice. Pages of one site stay together, so the
test half measures sites the rules were never tuned on.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

DEV_SHARE = 60  # percent of sites (and so, roughly, of pages)


def half_of(site: str) -> str:
    bucket = int(hashlib.sha1(site.lower().removeprefix("www.").encode()).hexdigest(), 16) % 100
    return "dev" if bucket < DEV_SHARE else "test"


def main(directory: str) -> None:
    root = Path(directory)
    halves: dict[str, list[str]] = {"dev": [], "test": []}
    for card in sorted((c for c in root.glob("*.json") if c.stem.isdigit()), key=lambda c: int(c.stem)):
        site = json.loads(card.read_text(encoding="utf-8"))["site"]
        halves[half_of(site)].append(card.stem)
    (root / "split.json").write_text(json.dumps(halves, indent=1) + "\n", encoding="utf-8")
    total = sum(len(v) for v in halves.values())
    print(f"dev {len(halves['dev'])}, test {len(halves['test'])} of {total}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "eval/real")
