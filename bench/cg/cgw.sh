#!/usr/bin/env bash
# Why this file exists: one command for the deterministic instruction count of the core (docs/performance.md, stop 52
# on): callgrind over bench/cg/stage.mjs (2 passes of find() over the bench's 1 MB slice), then bench/cg/cgmap.py sums
# the WASM functions' self instructions through V8's perf map and prints the top functions.
# Usage: bash bench/cg/cgw.sh <dist> <tag> <caps|mixed|lower> [passes=2] [wasm file to swap in, e.g. an asc --debug build]
# Writes $CGDIR/cgw.<tag>.<case>.txt (CGDIR defaults to /tmp/phiscrub-cg); callgrind's output is removed after mapping.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dist="$1"; tag="$2"; textcase="$3"; passes="${4:-2}"; wasm="${5:-}"
out="${CGDIR:-/tmp/phiscrub-cg}"; mkdir -p "$out"
extra=(); names=()
if [ -n "$wasm" ]; then extra=(--wasm "$wasm"); names=(--names "$wasm"); fi
# the slice is generated once, outside valgrind (stage.mjs caches it in /tmp)
[ -f /tmp/phiscrub-cg-slice-1.json ] || node "$here/stage.mjs" "$dist" mixed 0 >/dev/null
valgrind --tool=callgrind --dump-instr=yes --callgrind-out-file="$out/cg.$tag.$textcase.%p.out" \
  node --perf-basic-prof --no-liftoff "$here/stage.mjs" "$dist" "$textcase" "$passes" "${extra[@]}" \
  >"$out/stage.$tag.$textcase.log" 2>&1
f="$(ls -t "$out"/cg."$tag"."$textcase".*.out | head -1)"
pid="${f##*/cg.$tag.$textcase.}"; pid="${pid%.out}"
{ echo "# $tag $textcase passes=$passes dist=$dist wasm=${wasm:-embedded}"; grep '^stage:' "$out/stage.$tag.$textcase.log" || true
  python3 "$here/cgmap.py" "$f" --map "/tmp/perf-$pid.map" "${names[@]}" --top "${TOP:-30}"; } >"$out/cgw.$tag.$textcase.txt"
rm -f "$f" "/tmp/perf-$pid.map"
cat "$out/cgw.$tag.$textcase.txt"
