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
  if ! timeout 600 valgrind --error-exitcode=99 -q "$bin" "$n.py" >/dev/null 2>/tmp/wisp-vg-$$.txt </dev/null; then
    if grep -q "^==[0-9]*==" /tmp/wisp-vg-$$.txt; then
      echo "valgrind: memory errors in $n"; grep "^==" /tmp/wisp-vg-$$.txt | head -20
      fail=$((fail + 1))
    fi
  fi
done
rm -f /tmp/wisp-vg-$$.txt
echo "valgrind: $((ran - fail)) passed, $fail failed"
[ "$fail" -eq 0 ]
