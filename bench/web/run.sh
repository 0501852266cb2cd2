#!/usr/bin/env bash
# Times the node's main pages on the demo data (issue #6 target: < 50 ms per page).
#   bash bench/web/run.sh [REQUESTS_PER_PAGE]
# Builds Malines in release, starts `malines demo` (hub, four nodes, the default scenario of
# 300 cases per country) on free ports, waits for linkage to settle, then prints one table.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-50}"
cargo build --release --locked -q -p malines
DIR="$(mktemp -d)"
PORT=$((20000 + RANDOM % 20000))
./target/release/malines demo --dir "$DIR/demo" --port "$PORT" > "$DIR/demo.out" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DIR"' EXIT
for _ in $(seq 1 120); do
    grep -q "Serving until" "$DIR/demo.out" 2>/dev/null && break
    sleep 1
done
grep -q "Serving until" "$DIR/demo.out" || { cat "$DIR/demo.out"; exit 1; }
# Linkage settles within seconds (issue #5); give it ten.
sleep 10
echo "malines demo, default scenario, $N requests per page, one keep-alive connection, $(date -u +%F), commit $(git rev-parse --short HEAD)"
python3 bench/web/pages.py "$DIR/demo/credentials.txt" "$N"
