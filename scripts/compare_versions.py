"""Score several versions of the code on the same real-page cards, in one table: the fresh-round yardstick.

    python scripts/compare_versions.py start=/work/wt-start now=/work/main --pages 725-804 [--split dev]
        [--modes rules,shipped] [--fields organizer,roles,organizations,places]
    python scripts/compare_versions.py start=/work/wt-start now=/work/main --cards eval/pcc_events \
        --texts /tmp/pcc_events --split test --modes shipped

Each version is a checkout (a git worktree); it is run as `python -m pipeline evaluate` with that
checkout first on PYTHONPATH, so it scores the cards of THIS checkout (`--cards`, default eval/real)
with its own code and its own model files. `rules` runs with `--rules-only`, `shipped` with the
learned models. Rows are fields, columns version x mode, cells F1 (and the counts with `--counts`).
Cards are read, never written; page texts come from the local cache as for `pl-events evaluate`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FIELDS = ("event_type", "date_range", "published", "attendance_total", "organizer", "co_organizers",
                  "people", "roles", "role_organizations", "parts", "organizations", "places")


def score(checkout: Path, cards: Path, split: str | None, pages: str | None, rules_only: bool,
          texts: Path | None = None) -> dict:
    """The evaluator's JSON for one version of the code on the given cards."""
    command = [sys.executable, "-m", "pipeline", "evaluate", str(cards), "--json", "--no-disagreements"]
    command += ["--texts", str(texts)] if texts else []
    command += ["--split", split] if split else []
    command += ["--pages", pages] if pages else []
    command += ["--rules-only"] if rules_only else []
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run(command, cwd=checkout, env=env, capture_output=True, text=True)
    if done.returncode not in (0, 1) or not done.stdout.strip():
        raise SystemExit(f"error: {checkout}: evaluate failed: {done.stderr.strip().splitlines()[-1:]}")
    return json.loads(done.stdout)


def table(results: dict[str, dict], fields: list[str], counts: bool) -> str:
    names = list(results)
    lines = ["| field | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for field in fields:
        cells = []
        for name in names:
            f = results[name]["fields"].get(field)
            if f is None or f.get("f1") is None:
                cells.append("" if f is None else "-")
                continue
            cell = f"{f['f1']:.3f}"
            cells.append(cell + (f" ({f['tp']}/{f['fp']}/{f['fn']})" if counts else ""))
        lines.append(f"| {field} | " + " | ".join(cells) + " |")
    documents = {name: r["documents"] for name, r in results.items()}
    lines.append("")
    lines.append("documents: " + ", ".join(f"{n} {d}" for n, d in documents.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("versions", nargs="+", help="NAME=CHECKOUT (a directory with the pipeline package)")
    parser.add_argument("--cards", type=Path, default=ROOT / "eval" / "real")
    parser.add_argument("--split", default="dev", help="dev | test | '' for every card")
    parser.add_argument("--pages", default=None, help="e.g. 725-804")
    parser.add_argument("--texts", type=Path, default=None,
                        help="folder of the cards' texts (sets whose texts are rebuilt outside the repo)")
    parser.add_argument("--modes", default="rules,shipped")
    parser.add_argument("--fields", default=",".join(DEFAULT_FIELDS))
    parser.add_argument("--counts", action="store_true", help="tp/fp/fn beside each F1")
    args = parser.parse_args(argv)
    results: dict[str, dict] = {}
    for spec in args.versions:
        name, sep, path = spec.partition("=")
        checkout = Path(path).resolve()
        if not sep or not (checkout / "pipeline" / "__init__.py").is_file():
            raise SystemExit(f"error: {spec!r} is not NAME=CHECKOUT with a pipeline package")
        for mode in args.modes.split(","):
            if mode not in ("rules", "shipped"):
                raise SystemExit(f"error: unknown mode {mode!r} (rules, shipped)")
            results[f"{name} {mode}"] = score(checkout, args.cards.resolve(), args.split or None, args.pages,
                                              rules_only=mode == "rules",
                                              texts=args.texts.resolve() if args.texts else None)
    print(table(results, args.fields.split(","), args.counts))


if __name__ == "__main__":
    main()
