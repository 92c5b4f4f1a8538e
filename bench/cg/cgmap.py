#!/usr/bin/env python3
# Why this file exists: callgrind cannot name V8's JIT code, so this maps each counted instruction of a callgrind
# --dump-instr=yes run to its function through V8's --perf-basic-prof map (/tmp/perf-PID.map) and sums the WebAssembly
# functions' self instructions: the deterministic measure of the core's work used from stop 52 on (docs/performance.md).
# Usage: cgmap.py <callgrind.out.PID> [--map /tmp/perf-PID.map] [--names build.wasm] [--top 25]
#   --names: a wasm file with a name section (an `asc --debug` build of the same source) to name wasm-function[N].
import bisect, re, sys

def wasm_names(path):
    b = open(path, 'rb').read()
    def leb(i):
        r = s = 0
        while True:
            x = b[i]; i += 1; r |= (x & 0x7f) << s; s += 7
            if x < 0x80: return r, i
    i, names = 8, {}
    while i < len(b):
        sid = b[i]; size, i = leb(i + 1); end = i + size
        if sid == 0:
            n, j = leb(i); nm = b[j:j + n].decode(); j += n
            if nm == 'name':
                while j < end:
                    sub = b[j]; ss, j = leb(j + 1); se = j + ss
                    if sub == 1:
                        cnt, k = leb(j)
                        for _ in range(cnt):
                            idx, k = leb(k); ln, k = leb(k); names[idx] = b[k:k + ln].decode(); k += ln
                    j = se
        i = end
    return names

def main():
    a = sys.argv[1:]
    def opt(name, d=None):
        if name in a:
            k = a.index(name); v = a[k + 1]; del a[k:k + 2]; return v
        return d
    mp, namef, top = opt('--map'), opt('--names'), int(opt('--top', '25'))
    out = a[0]
    if not mp:
        pid = re.search(r'(\d+)(\.out)?$', out).group(1)
        mp = f'/tmp/perf-{pid}.map'
    starts, ends, labels, iswasm = [], [], [], []
    rx = re.compile(r'^JS:(\S+)-(\d+)-(turbofan|liftoff)$')
    ents = []
    for line in open(mp):
        p = line.rstrip('\n').split(' ', 2)
        if len(p) < 3: continue
        s, z, nm = int(p[0], 16), int(p[1], 16), p[2]
        m = rx.match(nm)
        ents.append((s, s + z, m.group(1) if m else nm, bool(m)))
    ents.sort()
    for s, e, nm, w in ents:
        starts.append(s); ends.append(e); labels.append(nm); iswasm.append(w)
    names = wasm_names(namef) if namef else {}
    cost = {}
    total = 0
    skip = False
    last = 0
    with open(out) as f:
        for line in f:
            c = line[0]
            if c == 'c' and line.startswith('calls='):
                skip = True; continue
            if not (c == '+' or c == '-' or c == '*' or c == '0'): 
                continue
            parts = line.split()
            t = parts[0]
            if t[0] == '+': addr = last + int(t[1:], 0)
            elif t[0] == '-': addr = last - int(t[1:], 0)
            elif t == '*': addr = last
            else: addr = int(t, 16)
            last = addr
            if skip:
                skip = False; continue
            n = int(parts[-1]) if len(parts) >= 3 else 0
            total += n
            k = bisect.bisect_right(starts, addr) - 1
            if k >= 0 and addr < ends[k] and iswasm[k]:
                cost[k] = cost.get(k, 0) + n
    by = {}
    for k, n in cost.items():
        nm = labels[k]
        m = re.match(r'^wasm-function\[(\d+)\]$', nm)
        if m and int(m.group(1)) in names: nm = names[int(m.group(1))]
        by[nm] = by.get(nm, 0) + n
    w = sum(by.values())
    print(f'process {total / 1e6:,.1f} M instructions; WASM functions {w / 1e6:,.1f} M')
    for nm, n in sorted(by.items(), key=lambda x: -x[1])[:top]:
        print(f'{n / 1e6:10.2f} M  {100 * n / w:5.1f}%  {nm}')

main()
