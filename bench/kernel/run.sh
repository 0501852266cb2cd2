#!/usr/bin/env bash
# All-pairs Dice on 1024-bit filters: Malines' kernel against anonlink 0.15.3, same files,
# same threshold, in one run. Sizes as arguments (default: 10000 50000 100000).
# Prints one Markdown table. See README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$here/.venv"
data="${TMPDIR:-/tmp}/malines-bench-kernel"
sizes=("${@:-10000 50000 100000}")
read -r -a sizes <<< "${sizes[*]}"
t=0.8
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q anonlink==0.15.3
fi
(cd "$root" && cargo build --release -q -p malines-match --example kernel_files)
bin="${CARGO_TARGET_DIR:-$root/target}/release/examples/kernel_files"
echo "| size | anonlink 0.15.3 (1 thread) | Malines, 1 thread | Malines, 2 threads | per-core ratio | pairs (anonlink / Malines) | backend |"
echo "| --- | ---: | ---: | ---: | ---: | --- | --- |"
for n in "${sizes[@]}"; do
    [ -f "$data/left-$n.bin" ] || python3 "$here/gen.py" "$n" "$data"
    read -r ap as < <("$venv/bin/python" "$here/anonlink_run.py" "$data/left-$n.bin" "$data/right-$n.bin" "$t")
    read -r mp m1 backend _ < <(RAYON_NUM_THREADS=1 "$bin" "$data/left-$n.bin" "$data/right-$n.bin" "$t")
    read -r _ m2 _ _ < <(RAYON_NUM_THREADS=2 "$bin" "$data/left-$n.bin" "$data/right-$n.bin" "$t")
    ratio=$(python3 -c "print(f'{$as / $m1:.1f}x')")
    pairs=$(python3 -c "print(f'{$n}x{$n} = {$n*$n:.1e}')")
    echo "| $pairs | ${as}s | ${m1}s | ${m2}s | $ratio | $ap / $mp | $backend |"
done
echo
echo "Threshold $t; filters: 30 % bits set, every tenth right filter a near copy of a left one."
echo "Malines $(cd "$root" && git rev-parse --short HEAD); $(nproc) cores; $(date -u +%Y-%m-%d)."
