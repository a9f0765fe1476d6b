"""Write the texts of the KPWr yardstick (`eval/kpwr/`) from the shared KPWr data, one `NNN.txt` per card.

    python scripts/kpwr_texts.py [--cards eval/kpwr] [--data ../shared/data/timex_kpwr/kpwr_timex_dap.jsonl] OUT

The texts are not copied into the repository: each card names its KPWr document (`kpwr_id`), and this script
takes the text from the shared data (the openly licensed KPWr corpus; each card keeps its licence). A card whose
document is missing or whose text no longer matches its `chars`/`head` is named and the script exits 1.
Then: `pl-events evaluate eval/kpwr --texts OUT`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "timex_kpwr" / "kpwr_timex_dap.jsonl"


def write_texts(cards: Path, data: Path, out: Path) -> list[str]:
    """Write one text per card; the problems found (none when every card has its matching text)."""
    documents = {}
    with data.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            documents[row["id"]] = row["text"]
    out.mkdir(parents=True, exist_ok=True)
    problems = []
    for path in sorted(cards.glob("[0-9][0-9][0-9].json")):
        card = json.loads(path.read_text(encoding="utf-8"))
        text = documents.get(card.get("kpwr_id", ""))
        if text is None:
            problems.append(f"{path.stem}: no KPWr document {card.get('kpwr_id')!r} in {data}")
            continue
        if len(text) != card["chars"] or text[:60] != card["head"]:
            problems.append(f"{path.stem}: the KPWr text differs from the card (chars {len(text)} vs {card['chars']})")
            continue
        (out / f"{path.stem}.txt").write_text(text, encoding="utf-8", newline="")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--cards", type=Path, default=ROOT / "eval" / "kpwr")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"error: no KPWr data at {args.data} (pass --data)", file=sys.stderr)
        return 1
    problems = write_texts(args.cards, args.data, args.out)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
