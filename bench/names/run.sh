#!/usr/bin/env bash
# Benchmark of the Malines name matcher against two peers on a labelled pair file.
# Usage: bash bench/names/run.sh [PAIRS.csv]   (default: data/names/dev.csv)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

# Resolve the data file against the caller's directory before anything changes directory.
if [[ $# -ge 1 ]]; then
    DATA="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
    DATA="$ROOT/data/names/dev.csv"
fi
if [[ ! -f "$DATA" ]]; then
    echo "run.sh: no such file: $DATA" >&2
    exit 2
fi

VENV="$HERE/.venv"
if [[ ! -x "$VENV/bin/python" ]]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --disable-pip-version-check \
    rapidfuzz==3.14.6 nomenklatura==4.17.4 unidecode==1.4.0

(cd "$ROOT" && cargo build --release -p malines)

exec "$VENV/bin/python" "$HERE/eval.py" "$DATA"
