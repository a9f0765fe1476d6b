import json
import subprocess
import sys


def test_ner_eval_prints_scores_last(tmp_path):
    text = "Jan Nowak przyjechał do Krakowa."
    doc = {
        "doc_id": "d1",
        "text": text,
        "entities": [
            {"id": 1, "label": "persName", "spans": [[0, 9]], "text": "Jan Nowak"},
            {"id": 2, "label": "placeName_settlement", "spans": [[24, 31]], "text": "Krakowa"},
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    res = subprocess.run(
        [sys.executable, "-m", "pipeline", "ner-eval", str(path), "--ner", "builtin"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr
    last = res.stdout.strip().splitlines()[-1]
    assert last == "final=1.000 overlap=1.000 exact=1.000"


def test_ner_eval_official_skips_multi_version_documents(tmp_path):
    text = "Jan Nowak przyjechał do Krakowa."
    ents = [
        {"id": 1, "label": "persName", "spans": [[0, 9]], "text": "Jan Nowak"},
        {"id": 2, "label": "placeName_settlement", "spans": [[24, 31]], "text": "Krakowa"},
    ]
    rows = [
        {"doc_id": "d1", "text": text, "entities": ents, "older_annotations": []},
        # two annotation versions: not scored by the official scorer
        {"doc_id": "d2", "text": text, "entities": [ents[0]], "older_annotations": [ents]},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    res = subprocess.run(
        [sys.executable, "-m", "pipeline", "ner-eval", str(path), "--ner", "builtin", "--official"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr
    assert "skipped (several annotation versions) 1" in res.stdout
    assert res.stdout.strip().splitlines()[-1] == "final=1.000 overlap=1.000 exact=1.000"
