#!/usr/bin/env bash
# Encoding speed: clkhash 0.18 CLKs (names + date of birth) against `malines encode`, on the
# same CSV of synthetic persons. Size as argument (default 100000). Prints one Markdown table.
# PEERS_ONLY=1 runs clkhash only (no cargo, no Malines). See README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$here/.venv"
export PYTHONDONTWRITEBYTECODE=1
data="${TMPDIR:-/tmp}/malines-bench-encoding"
n="${1:-100000}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check clkhash==0.18.3
fi
if [ "${PEERS_ONLY:-0}" != 1 ]; then
    (cd "$root" && cargo build --release -q -p malines)
    export MALINES_BIN="${MALINES_BIN:-${CARGO_TARGET_DIR:-$root/target}/release/malines}"
fi
exec "$venv/bin/python" "$here/encoding.py" "$n" "$data"
