#!/usr/bin/env bash
# Scale: N × N persons (default 1,000,000) from gen.py, with a known truth, linked in the
# two-party flow with blocking on this machine's cores: `malines secret new`, `malines encode`
# of each side, `malines link --encoded --blocking on`. Prints one Markdown table: wall time and
# peak memory of each step, the recall lost to blocking (true pairs sharing no blocking key),
# and precision / recall of the links at the default threshold. See README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
n="${1:-1000000}"
data="${TMPDIR:-/tmp}/malines-bench-scale/$n"
mkdir -p "$data"
[ -f "$data/truth.csv" ] || python3 "$here/gen.py" "$n" "$data" >&2
(cd "$root" && cargo build --release -q -p malines)
bin="${MALINES_BIN:-${CARGO_TARGET_DIR:-$root/target}/release/malines}"
rm -f "$data/secret.json" "$data/left.enc.csv" "$data/right.enc.csv" "$data/links.csv"
"$bin" secret new "$data/secret.json" 2>/dev/null
# Runs a step under /usr/bin/time; prints "seconds peak_MiB".
measure() {
    /usr/bin/time -f "%e %M" -o "$data/time.txt" "$@" 2>"$data/step.log" >/dev/null
    read -r secs kib < "$data/time.txt"
    echo "$secs $((kib / 1024))"
}
read -r el ml < <(measure "$bin" encode --input "$data/left.csv" --columns id=id,given=given,family=family,dob=dob --secret "$data/secret.json" --out "$data/left.enc.csv")
read -r er mr < <(measure "$bin" encode --input "$data/right.csv" --columns id=id,given=given,family=family,dob=dob --secret "$data/secret.json" --out "$data/right.enc.csv")
read -r lt lm < <(measure "$bin" link --encoded --left "$data/left.enc.csv" --right "$data/right.enc.csv" --blocking on --out "$data/links.csv")
summary=$(tail -1 "$data/step.log")
read -r _ true _ kept _ lost _ kept_share < <(python3 "$here/blocking.py" "$data/left.enc.csv" "$data/right.enc.csv")
read -r _ p _ r _ f _ pairs _ < <(python3 "$here/eval.py" "$data/links.csv" "$data/truth.csv" | head -1)
lost_pct=$(python3 -c "print(f'{100 * $lost / max($true, 1):.2f} %')")
echo "| step | wall s | peak MiB |"
echo "| --- | ---: | ---: |"
echo "| encode left ($n) | $el | $ml |"
echo "| encode right ($n) | $er | $mr |"
echo "| link --encoded --blocking on | $lt | $lm |"
echo
echo "| true pairs | sharing a blocking key | recall lost to blocking | pairs reported | precision | recall | F1 |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
echo "| $true | $kept | $lost_pct | $pairs | $p | $r | $f |"
echo
echo "link: $summary"
echo "Malines $(cd "$root" && git rev-parse --short HEAD); $(nproc) cores; $(date -u +%Y-%m-%d)."
