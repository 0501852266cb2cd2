#!/usr/bin/env bash
# Hub: ingest rate and time from upsert to link event (issue #5), at N indexed persons
# (default: 100,000 then 1,000,000), on loopback over mutual TLS, SQLite database.
# People come from bench/scale/gen.py (two files of N/2 with a known truth), encoded by
# `malines encode`; `hub_bench` (crates/malines-hub/examples) pushes them as two
# authorities in batches of 2,000, then pushes 200 held-back true matches one by one and
# times each until its link event is in the feed. Prints one Markdown table.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes=("${@:-100000 1000000}")
(cd "$root" && cargo build --release -q -p malines && cargo build --release -q -p malines-hub --example hub_bench)
target="${CARGO_TARGET_DIR:-$root/target}/release"
echo "| indexed persons | ingest s | records/s | CPU s | matching pairs | probes linked | p50 ms | p99 ms | max ms | probes without event |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in ${sizes[@]}; do
    half=$((n / 2))
    data="${TMPDIR:-/tmp}/malines-bench-scale/$half"
    mkdir -p "$data"
    [ -f "$data/truth.csv" ] || python3 "$root/bench/scale/gen.py" "$half" "$data" >&2
    [ -f "$data/secret.json" ] || "$target/malines" secret new "$data/secret.json" 2>/dev/null
    for side in left right; do
        [ -f "$data/$side.enc.csv" ] || "$target/malines" encode --input "$data/$side.csv" \
            --columns id=id,given=given,family=family,dob=dob --secret "$data/secret.json" \
            --out "$data/$side.enc.csv" 2>/dev/null
    done
    "$target/examples/hub_bench" "$data/left.enc.csv" "$data/right.enc.csv" "$data/truth.csv" 200
done
