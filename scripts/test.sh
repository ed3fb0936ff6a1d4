#!/usr/bin/env bash
# Set up, then run the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
VENV="${QUALALLIANCE_VENV:-.venv}"
"$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@"
