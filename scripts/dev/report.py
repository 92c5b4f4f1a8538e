#!/usr/bin/env python3
# Why this file exists: a development tool: the summary figures of an evall.mjs output directory (means of the fixtures
# in three case styles, typed means, missed tokens by type, the peers' corpora), side by side for several directories.
# Usage: python3 scripts/dev/report.py <evallDir> [<evallDir2> ...]
import json, sys, os, glob, collections
def load(d):
    r = {}
    for p in glob.glob(os.path.join(d, 'd', '*.json')):
        j = json.load(open(p)); r[j['name']] = j
    return r
def fx(n, style):
    base = 'clinical-notes' if n == 1 else f'clinical-notes-{n}'
    return base if style == 'mixed' else f'{base}.{style}'
def rep(d):
    out = {}
    for st in ('mixed', 'caps', 'lo'):
        rs = [d[fx(i, st)] for i in range(1, 39) if fx(i, st) in d]
        if rs:
            out[f'1-38 {st}'] = (sum(x['any']['recall'] for x in rs) / len(rs), sum(x['any']['precision'] for x in rs) / len(rs), len(rs))
        for t in ('NAME', 'LOCATION', 'ORGANIZATION', 'ID', 'DATE', 'AGE'):
            v = [d[fx(i, st)]['typed'][t][1] for i in range(2, 49) if fx(i, st) in d and t in d[fx(i, st)]['typed']]
            if v: out[f'typed {t} {st}'] = (sum(v) / len(v), len(v))
        miss = collections.Counter(); tot = 0
        for i in range(1, 49):
            if fx(i, st) in d:
                for k, c in d[fx(i, st)]['missed'].items():
                    miss[k] += c; tot += c
        out[f'missed 1-48 {st}'] = tot
        out[f'missed-by {st}'] = ', '.join(f'{k} {c}' for k, c in miss.most_common(10))
        for i in range(39, 60):
            if fx(i, st) in d:
                x = d[fx(i, st)]; out[f'fx{i} {st}'] = (x['any']['recall'], x['any']['precision'])
    for n in d:
        if not n.startswith('clinical-notes'):
            x = d[n]; out[n] = (x['overall']['recall'], x['overall']['precision'], x['overall']['f2'], x['any']['recall'], x['overall']['predTokens'])
    return out
ds = [rep(load(a)) for a in sys.argv[1:]]
def fmt(v):
    if isinstance(v, tuple): return ' '.join(f'{x:.4f}' if isinstance(x, float) else str(x) for x in v)
    return str(v)
for k in ds[0]:
    print(k + ': ' + ' | '.join(fmt(d.get(k)) for d in ds))
