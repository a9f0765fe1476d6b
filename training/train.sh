#!/usr/bin/env bash
# End-to-end training of the pl_events_ner model (see training/README.md):
#   convert NKJP IOB -> DocBin, build the first-name gazetteer, spacy train
#   (10,000 steps, ~100 min on a shared 2-core machine), package into
#   models/pl_events_ner, evaluate (NKJP dev + PolEval 2018 test, our scorer and the
#   official one), package again with the PolEval scores in meta.json.
# Usage (from anywhere): bash training/train.sh
# Needs: pip install "spacy>=3.8,<3.9" morfeusz2   (morfeusz2: token features + gazetteer)
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

python training/convert.py
python training/build_gazetteer.py
# --code registers pl_events_morf (Morfeusz features) from models/pl_events_ner
python -m spacy train training/config.cfg --output training/output --code training/spacy_code.py \
    --paths.train training/corpus/train.spacy --paths.dev training/corpus/dev.spacy \
    2>&1 | tee training/train.log
python training/package.py --model training/output/model-best
python training/evaluate.py --model training/output/model-best --variants \
    --json-out training/scores_variants.json | tee training/eval.log
PYTHONPATH=models/pl_events_ner python -m pipeline.ner.poleval_official \
    models/pl_events_ner/pl_events_ner/model --json > training/scores.json
PYTHONPATH=models/pl_events_ner python -m pipeline.ner.poleval_official \
    models/pl_events_ner/pl_events_ner/model --json --official > training/scores_official.json
python training/package.py --model training/output/model-best   # now with scores in meta.json
echo "done: pip install ./models/pl_events_ner"
