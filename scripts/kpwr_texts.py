"""Write the texts of the shared-corpus sets (`eval/kpwr/`, `eval/kpwr_events/`, `eval/pcc_events/`), one `NNN.txt` per card.

    python scripts/kpwr_texts.py [--cards eval/kpwr] [--data ...kpwr_timex_dap.jsonl] [--n82 ...n82-test.iob]
                                 [--pcc ...poleval2018_ner_test_gold.jsonl.gz] OUT

The texts are not copied into the repository: each card names its KPWr document (`kpwr_id`), and this script
takes the text from the shared data (the openly licensed KPWr corpus; each card keeps its licence). A card with
`"kpwr_source": "n82"` takes its document from the KPWr NER test file, whose tokens carry no spacing: the text is
rebuilt by `rebuild_text` (no space before closing punctuation or after opening, agglutinates joined to their
verb, digits of a dotted date kept together), the same way on every run. A card whose document is missing or
whose text no longer matches its `chars`/`head` is named and the script exits 1. A card with a `pcc_id` takes its
text as stored from the PolEval 2018 NER test file (documents of the Polish Coreference Corpus).
Then: `pl-events evaluate eval/kpwr --texts OUT`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "timex_kpwr" / "kpwr_timex_dap.jsonl"
DEFAULT_N82 = ROOT.parent / "shared" / "data" / "ner_kpwr_n82" / "kpwr-ner-n82-test.iob"
DEFAULT_PCC = ROOT.parent / "shared" / "data" / "ner_poleval2018_test" / "poleval2018_ner_test_gold.jsonl.gz"
NO_SPACE_BEFORE = frozenset(",.;:!?)]}…%”")
NO_SPACE_AFTER = frozenset("([{„“")
SENTENCE_ENDS = frozenset(".!?…:;\"”)")


def n82_documents(path: Path) -> dict[str, list[list[tuple[str, str]]]]:
    """Each document of the KPWr NER test file as sentences of (form, tag), by id without `.xml`."""
    documents: dict[str, list[list[tuple[str, str]]]] = {}
    sentences: list[list[tuple[str, str]]] | None = None
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART FILE"):
                sentences = documents.setdefault(line.split()[2], [[]])
            elif line.startswith("-DOCSTART") or sentences is None:
                continue
            elif not line:
                if sentences[-1]:
                    sentences.append([])
            else:
                form, _base, tag = line.split("\t")[:3]
                sentences[-1].append((form, tag))
    return documents


def _short_word(form: str) -> bool:
    return form.isalnum() and len(form) <= 4


def rebuild_text(sentences: list[list[tuple[str, str]]]) -> str:
    """The text of tokens without spacing, joined as Polish is written.

    Sentences are joined by a space, or by a line break after one that ends without punctuation (a heading).
    """
    pieces: list[str] = []
    previous = ""
    open_quote = False
    tokens = [token for sentence in sentences for token in sentence]
    starts = set()
    position = 0
    for sentence in sentences:
        if sentence and position:
            starts.add(position)
        position += len(sentence)
    for index, (form, tag) in enumerate(tokens):
        if index in starts and previous not in SENTENCE_ENDS:
            pieces.append("\n" + form)
            previous = form
            open_quote = form == '"'
            continue
        following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        glued = (
            not pieces
            or form in NO_SPACE_BEFORE
            or previous in NO_SPACE_AFTER
            or tag.startswith("aglt")
            or (form == '"' and open_quote)
            or (previous == '"' and open_quote)
            or (previous in ".:" and form.isdigit() and len(pieces) > 1 and pieces[-2].strip().isdigit()
                and len(form) <= 4)
        )
        if form in ".:" and previous.isdigit() and following.isdigit():
            glued = True
        if form == "/" and _short_word(previous) and _short_word(following):
            glued = True  # "R/C", "2007/2008": a slash between short words is written without spaces
        if previous == "/" and len(pieces) > 1 and _short_word(tokens[index - 2][0]) and _short_word(form):
            glued = True
        if form == '"':
            open_quote = not open_quote
        pieces.append(form if glued else " " + form)
        previous = form
    return "".join(pieces)


def pcc_documents(path: Path) -> dict[str, str]:
    """Each document of the PolEval 2018 NER test file (gzipped JSON lines), by its `doc_id`."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return {row["doc_id"]: row["text"] for row in map(json.loads, lines)}


def write_texts(cards: Path, data: Path, out: Path, n82: Path = DEFAULT_N82, pcc: Path = DEFAULT_PCC) -> list[str]:
    """Write one text per card; the problems found (none when every card has its matching text)."""
    documents = {}
    card_paths = sorted(cards.glob("[0-9][0-9][0-9].json"))
    card_list = [json.loads(p.read_text(encoding="utf-8")) for p in card_paths]
    if any("kpwr_id" in card for card in card_list):
        if not data.is_file():
            return [f"no KPWr data at {data} (pass --data)"]
        with data.open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                documents[row["id"]] = row["text"]
    if any("pcc_id" in card for card in card_list):
        if not pcc.is_file():
            return [f"no PolEval 2018 test file at {pcc} (pass --pcc)"]
        documents.update({f"pcc:{key}": text for key, text in pcc_documents(pcc).items()})
    if any(card.get("kpwr_source") == "n82" for card in card_list):
        if not n82.is_file():
            return [f"no KPWr NER test file at {n82} (pass --n82)"]
        for name, sentences in n82_documents(n82).items():
            documents[f"n82:{name}"] = rebuild_text(sentences)
    out.mkdir(parents=True, exist_ok=True)
    problems = []
    for path, card in zip(card_paths, card_list, strict=True):
        if "pcc_id" in card:
            source, text = "PolEval 2018", documents.get(f"pcc:{card['pcc_id']}")
        else:
            key = card.get("kpwr_id", "")
            source, text = "KPWr", documents.get(f"n82:{key}" if card.get("kpwr_source") == "n82" else key)
        if text is None:
            problems.append(f"{path.stem}: no {source} document {card.get('pcc_id') or card.get('kpwr_id')!r}")
            continue
        if len(text) != card["chars"] or text[:60] != card["head"]:
            problems.append(f"{path.stem}: the {source} text differs from the card (chars {len(text)} vs {card['chars']})")
            continue
        (out / f"{path.stem}.txt").write_text(text, encoding="utf-8", newline="")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--cards", type=Path, default=ROOT / "eval" / "kpwr")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--n82", type=Path, default=DEFAULT_N82)
    parser.add_argument("--pcc", type=Path, default=DEFAULT_PCC)
    args = parser.parse_args(argv)
    problems = write_texts(args.cards, args.data, args.out, args.n82, args.pcc)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
