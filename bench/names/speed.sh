#!/usr/bin/env bash
# Throughput of the name canonicaliser and comparator, one thread (see README.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
cargo build --release -q -p malines-names --example names_speed
./target/release/examples/names_speed "${1:-data/names/dev.csv}"
