#!/usr/bin/env bash
# Regenerates the stored results of the conformance corpus from CPython.
#
#   tests/conformance/regen.sh                    # every tests/conformance/*.py
#   tests/conformance/regen.sh 001_bank_account 041_tiny_test_runner.py
#
# For each script it runs `python3 NAME.py` with tests/conformance/ as the
# working directory, stdin from /dev/null, and writes:
#   NAME.out     stdout, raw (addresses are normalised when compared)
#   NAME.status  the exit status, only when it is not 0
# A stale .status file is deleted when the script now exits with 0.
# An .out file that differs only in memory addresses is left untouched, so
# regenerating does not churn the history.
# Never edit these files by hand: tests/conformance.rs checks them against
# python3 (the oracle::NAME trials), and uses them when python3 is missing.
set -euo pipefail

cd "$(dirname "$0")"
command -v python3 >/dev/null || { echo "regen: python3 not found" >&2; exit 1; }

tmp_out="$(mktemp)"
trap 'rm -f "$tmp_out"' EXIT

# The same masking as the harness's normaliser.
mask_addresses() { sed -E 's/0x[0-9a-f]+/0x.../g' "$1"; }

if [ "$#" -eq 0 ]; then
    set -- *.py
fi

for arg in "$@"; do
    name="$(basename "${arg%.py}")"
    if [ ! -f "$name.py" ]; then
        echo "regen: no such script: tests/conformance/$name.py" >&2
        exit 1
    fi
    status=0
    python3 "$name.py" </dev/null >"$tmp_out" 2>/dev/null || status=$?
    if [ -f "$name.out" ] && cmp -s <(mask_addresses "$name.out") <(mask_addresses "$tmp_out"); then
        : # unchanged up to addresses
    else
        cp "$tmp_out" "$name.out"
    fi
    if [ "$status" -ne 0 ]; then
        echo "$status" >"$name.status"
        echo "$name: exit status $status"
    else
        rm -f "$name.status"
        echo "$name: ok"
    fi
done
