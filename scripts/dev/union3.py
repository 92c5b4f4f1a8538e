#!/usr/bin/env python3
# Why this file exists: a development tool for merges: checks that a merged tree's findings equal the start's plus each
# merged branch's additions minus its removals, and prints every finding that differs.
# Usage: python3 scripts/dev/union3.py START MERGED FORKBASE1:BRANCH1 [FORKBASE2:BRANCH2 ...]  (evall.mjs output dirs)
import sys, os, glob
def load(d):
    r = {}
    for p in glob.glob(os.path.join(d, 'd', '*.tsv')):
        n = os.path.basename(p)[:-4]; s = {}
        for line in open(p):
            line = line.rstrip('\n')
            if not line: continue
            f = line.split('\t'); s[tuple(f[:4])] = line
        r[n] = s
    return r
start = load(sys.argv[1]); merged = load(sys.argv[2])
pairs = [(load(x.split(':')[0]), load(x.split(':')[1])) for x in sys.argv[3:]]
bad = 0
for n in sorted(merged):
    if n not in start: print('no start for', n); continue
    exp = dict(start[n])
    for base, br in pairs:
        if n not in base or n not in br: continue
        for k in set(base[n]) - set(br[n]): exp.pop(k, None)
        for k in set(br[n]) - set(base[n]): exp[k] = br[n][k]
    m = merged[n]
    extra = set(m) - set(exp); lost = set(exp) - set(m)
    for k in sorted(extra, key=lambda k: (int(k[0]), int(k[1]))): print(n, '+', m[k]); bad += 1
    for k in sorted(lost, key=lambda k: (int(k[0]), int(k[1]))): print(n, '-', exp[k]); bad += 1
print(bad, 'differences')
