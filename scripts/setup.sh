#!/usr/bin/env bash
# Create (or reuse) the project's virtual environment and install qualalliance into it.
# CPU torch goes first: bertopic -> sentence-transformers -> torch, and a bare `torch`
# requirement would otherwise pull a multi-GB CUDA build.
#
# The install is skipped when nothing it depends on changed: a stamp in the venv holds
# a checksum of pyproject.toml and this script, and the package must still import
# (the install is editable, so source edits need no reinstall).
# QUALALLIANCE_REINSTALL=1 forces it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
VENV="${QUALALLIANCE_VENV:-.venv}"
STAMP="$VENV/.qualalliance-setup-stamp"
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
want="$(cat pyproject.toml scripts/setup.sh | cksum)"
if [ "${QUALALLIANCE_REINSTALL:-0}" != "1" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] \
   && "$VENV/bin/python" -c "import qualalliance" 2>/dev/null; then
  echo "setup: $VENV is up to date (pyproject.toml unchanged; QUALALLIANCE_REINSTALL=1 to reinstall)"
  exit 0
fi
rm -f "$STAMP"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet "torch==2.13.0"
# dev: the test tools; dask: `--engine dask` (its tests run in CI too)
"$VENV/bin/python" -m pip install --quiet -e ".[dev,dask]"
printf '%s\n' "$want" > "$STAMP"
