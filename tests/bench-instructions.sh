#!/usr/bin/env bash
# Instruction counts (millions, valgrind callgrind) of wisp on scaled-down
# copies of ../shared/bench/*.py: repeatable to the instruction whatever
# else the machine is doing, so small speed changes can be measured.
#
#   tests/bench-instructions.sh [BINARY] [BENCH...]
#
# Each copy runs about 1/100 of its benchmark's iterations (same code).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$(realpath "${1:-$root/target/release/wisp}")"
shift || true
bench="$root/../shared/bench"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
scale() { # name, sed program
  sed "$2" "$bench/$1.py" > "$tmp/$1.py"
}
scale fib 's/fib(32 + k)/fib(22 + k)/'
scale loop 's/n = 6000000/n = 60000/'
scale methods 's/n = 1800000/n = 20000/'
scale alloc 's/rounds = 96000/rounds = 1000/'
scale containers 's/n = 2100000/n = 21000/; s/range(60)/range(1)/'
scale strings 's/n = 675000/n = 6750/; s/range(90000)/range(900)/'
scale weakref_cb 's/n = 2000000/n = 20000/'
scale proxy 's/range(50000)/range(500)/'
scale finalize 's/n = 675000/n = 6750/'
scale weakvaluedict 's/n = 800000/n = 8000/'
scale gc_cycles 's/range(20000)/range(200)/'
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(fib loop methods alloc containers strings weakref_cb proxy finalize weakvaluedict gc_cycles)
for b in "${names[@]}"; do
  n=$(cd "$tmp" && valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$b.py" 2>&1 >/dev/null \
      | awk '/refs:/ {gsub(",", "", $4); print $4}')
  printf '%-14s %8.1f\n' "$b" "$(echo "$n / 1000000" | bc -l)"
done
