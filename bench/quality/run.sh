#!/usr/bin/env bash
# Linkage quality on FEBRL4 (5,000 × 5,000 records, 5,000 true links): Malines against
# clkhash 0.18 + anonlink 0.15 and Splink 4, precision / recall / F1. Prints one Markdown
# table. PEERS_ONLY=1 runs the peers only (no cargo, no Malines). See README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$here/.venv"
export PYTHONDONTWRITEBYTECODE=1
data="${TMPDIR:-/tmp}/malines-bench-quality"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check \
        recordlinkage==0.16 clkhash==0.18.3 anonlink==0.15.3 splink==4.0.17 duckdb==2.0.1
fi
if [ "${PEERS_ONLY:-0}" != 1 ]; then
    (cd "$root" && cargo build --release -q -p malines)
    export MALINES_BIN="${MALINES_BIN:-${CARGO_TARGET_DIR:-$root/target}/release/malines}"
fi
exec "$venv/bin/python" "$here/quality.py" "$data"
