#!/usr/bin/env bash
# Regenerates the expected results of the golden examples from CPython.
#
#   tests/regen-golden.sh                      # every examples/*.py
#   tests/regen-golden.sh 01_arithmetic 45_uncaught_exception.py
#
# For each example it runs `python3 NAME.py` with examples/ as the working
# directory, stdin from /dev/null, and writes:
#   NAME.out     stdout, raw (addresses are normalised when compared)
#   NAME.status  the exit status, only when it is not 0
#   NAME.err     python3's last non-empty stderr line, only with NAME.status
#                (empty when python3 printed nothing, as for sys.exit(3))
# Stale .status/.err files are deleted when the example now exits with 0.
# An .out file that differs only in memory addresses is left untouched, so
# regenerating does not churn the history.
# Never edit these files by hand: tests/golden.rs checks them against python3.
set -euo pipefail

cd "$(dirname "$0")/../examples"
command -v python3 >/dev/null || { echo "regen-golden: python3 not found" >&2; exit 1; }

tmp_out="$(mktemp)"
tmp_err="$(mktemp)"
trap 'rm -f "$tmp_out" "$tmp_err"' EXIT

# The same masking as the harness's normaliser.
mask_addresses() { sed -E 's/0x[0-9a-f]+/0x.../g' "$1"; }

if [ "$#" -eq 0 ]; then
    set -- *.py
fi

for arg in "$@"; do
    name="$(basename "${arg%.py}")"
    if [ ! -f "$name.py" ]; then
        echo "regen-golden: no such example: examples/$name.py" >&2
        exit 1
    fi
    status=0
    python3 "$name.py" </dev/null >"$tmp_out" 2>"$tmp_err" || status=$?
    if [ -f "$name.out" ] && cmp -s <(mask_addresses "$name.out") <(mask_addresses "$tmp_out"); then
        : # unchanged up to addresses
    else
        cp "$tmp_out" "$name.out"
    fi
    if [ "$status" -ne 0 ]; then
        echo "$status" >"$name.status"
        { grep -v '^[[:space:]]*$' "$tmp_err" || true; } | tail -n 1 | sed 's/[[:space:]]*$//' >"$name.err"
        echo "$name: exit status $status ($(cat "$name.err"))"
    else
        rm -f "$name.status" "$name.err"
        echo "$name: ok"
    fi
done
