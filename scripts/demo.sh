#!/usr/bin/env bash
# Set up, then run the main job on the shipped (synthetic) demo study.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
VENV="${QUALALLIANCE_VENV:-.venv}"
OUT="${1:-out/sample}"
"$VENV/bin/qualalliance" ingest corpora/sample-mixed -o "$OUT"
