#!/usr/bin/env bash
# Audit ledger: append rate and proof generation time at N entries (issue #7 targets: at
# 10M entries, >= 20k appends/s and proofs in < 1 ms).
#   bash bench/audit/run.sh [N] [DATABASE_URL]
# Builds the benchmark in release; SQLite in a temporary folder unless a URL is given (a
# PostgreSQL URL must name an empty database: the ledger is append-only).
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-10000000}"
cargo build --release --locked -q -p malines-store --example ledger_bench
echo "audit ledger, $N entries, $(date -u +%F), commit $(git rev-parse --short HEAD)"
./target/release/examples/ledger_bench "$N" ${2:+"$2"}
