#!/usr/bin/env bash
# Run golden examples under valgrind memcheck; fail on any memory error.
#
#   tests/valgrind.sh [BIN] [NAME...]     (default BIN: target/release/wisp;
#                                          default NAMEs: every example)
#   WISP_VALGRIND_EVERY=N tests/valgrind.sh   only every N-th example
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$here/target/release/wisp}"
shift || true
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
[ -x "$bin" ] || { echo "valgrind.sh: no interpreter at $bin" >&2; exit 2; }
cd "$here/examples"
if [ "$#" -gt 0 ]; then
  names=("$@")
else
  names=()
  for f in *.py; do names+=("${f%.py}"); done
fi
every="${WISP_VALGRIND_EVERY:-1}"
fail=0; ran=0; i=0
for n in "${names[@]}"; do
  i=$((i + 1))
  [ $(( (i - 1) % every )) -eq 0 ] || continue
  ran=$((ran + 1))
  timeout 600 valgrind --error-exitcode=99 -q "$bin" "$n.py" >/dev/null 2>/tmp/wisp-vg-$$.txt </dev/null
  status=$?
  # 99: memcheck found errors; 124: timeout. Other statuses are the
  # program's own (examples may end with an uncaught exception).
  if [ "$status" -eq 99 ] || [ "$status" -eq 124 ] || grep -q "^==[0-9]*== .*\(Invalid\|uninitialised\|definitely lost\)" /tmp/wisp-vg-$$.txt; then
    echo "valgrind: memory errors in $n (status $status)"; grep "^==" /tmp/wisp-vg-$$.txt | head -20
    fail=$((fail + 1))
  fi
done
rm -f /tmp/wisp-vg-$$.txt
echo "valgrind: $((ran - fail)) passed, $fail failed"
[ "$fail" -eq 0 ]
