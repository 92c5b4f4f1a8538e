#!/usr/bin/env python3
# Why this file exists: a per-instruction profile of one WASM function (stop 58, sq58), which cgmap.py's per-function
# sums cannot give: each counted instruction of a callgrind --dump-instr=yes run inside the function (found through V8's
# perf map by its index) is matched by its offset to V8's disassembly of the same function (`node --no-liftoff
# --print-wasm-code bench/cg/stage.mjs <dist> <case> 1 [--wasm FILE]`: the same build and flags give the same code), and
# the disassembly is printed with each instruction's count; hot loops and the common path's length read from it.
# Usage: fnprof.py <callgrind.out> <perf-PID.map> <function index> <print-wasm-code output>
#   (keep callgrind's output: run valgrind as bench/cg/cgw.sh does, without its cleanup; the index from cgw.sh's names)
import re, sys

out, mp, idx, wcode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
lo = hi = None
rx = re.compile(r'^JS:(\S+)-(\d+)-(turbofan|liftoff)$')
for line in open(mp):
    p = line.rstrip('\n').split(' ', 2)
    if len(p) < 3: continue
    m = rx.match(p[2])
    if m and int(m.group(2)) == idx:
        lo = int(p[0], 16); hi = lo + int(p[1], 16)
if lo is None: sys.exit(f'function {idx} is not in {mp}')
cnt = {}
last = 0; skip = False
for line in open(out):
    c = line[0]
    if c == 'c' and line.startswith('calls='):
        skip = True; continue
    if c not in '+-*0': continue
    parts = line.split(); t = parts[0]
    if t[0] == '+': addr = last + int(t[1:], 0)
    elif t[0] == '-': addr = last - int(t[1:], 0)
    elif t == '*': addr = last
    else: addr = int(t, 16)
    last = addr
    if skip: skip = False; continue
    n = int(parts[-1]) if len(parts) >= 3 else 0
    if lo <= addr < hi: cnt[addr - lo] = cnt.get(addr - lo, 0) + n
print(f'# function {idx}: {sum(cnt.values()) / 1e6:.2f} M instructions')
inside = False
for line in open(wcode):
    if line.strip() == f'index: {idx}': inside = True; continue
    if not inside: continue
    if line.startswith('--- End code'): break
    m = re.match(r'^0x[0-9a-f]+\s+([0-9a-f]+)\s+(.*)$', line.rstrip())
    if m:
        off = int(m.group(1), 16)
        print(f'{cnt.get(off, 0):10d} {off:5x}  {m.group(2)}')
    else:
        print(' ' * 11 + line.rstrip())
