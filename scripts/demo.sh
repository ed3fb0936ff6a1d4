#!/usr/bin/env bash
# Set up, then run the main job on the shipped (synthetic) demo study:
# ingest -> code -> alliance -> topics -> link -> report, into out/psilocybin-demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
VENV="${QUALALLIANCE_VENV:-.venv}"
OUT="${1:-out/psilocybin-demo}"
"$VENV/bin/qualalliance" run corpora/psilocybin-demo -o "$OUT"
echo "open $OUT/report/index.html (case histories in $OUT/report/case_histories/)"
