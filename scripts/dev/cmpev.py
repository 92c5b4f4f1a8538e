#!/usr/bin/env python3
# Why this file exists: a development tool: per-file score deltas between two evall.mjs output directories, each fall marked.
# Usage: python3 scripts/dev/cmpev.py <evallDirA> <evallDirB>
import json, sys, os, glob
A, B = sys.argv[1], sys.argv[2]
def load(d):
    r = {}
    for p in glob.glob(os.path.join(d, 'd', '*.json')):
        j = json.load(open(p)); r[j['name']] = j
    return r
a, b = load(A), load(B)
drops = 0; moved = 0
for n in sorted(set(a) & set(b)):
    x, y = a[n], b[n]
    out = []
    def d(label, u, v, drop_bad=True):
        global drops
        if u is None or v is None: return
        if abs(v - u) > 1e-9:
            flag = ' DROP' if v < u - 1e-9 else ''
            if flag: drops += 1
            out.append(f"{label} {u:.4f}->{v:.4f}{flag}")
    d('R', x['overall']['recall'], y['overall']['recall'])
    d('P', x['overall']['precision'], y['overall']['precision'])
    d('anyR', x['any']['recall'], y['any']['recall'])
    d('anyP', x['any']['precision'], y['any']['precision'])
    for t in sorted(set(x['typed']) | set(y['typed'])):
        u = x['typed'].get(t); v = y['typed'].get(t)
        if u and v:
            d(t + '.r', u[1], v[1]); d(t + '.rAny', u[2], v[2])
    if x['overall']['predTokens'] != y['overall']['predTokens']:
        out.append(f"pred {x['overall']['predTokens']}->{y['overall']['predTokens']}")
    if y.get('mismatch'): out.append(f"MISMATCH {y['mismatch']}")
    if out:
        moved += 1
        print(n + ': ' + '; '.join(out))
only = set(b) - set(a)
if only: print('only in B:', ' '.join(sorted(only)))
print(f"{moved} files moved, {drops} drops")
