#!/usr/bin/env python3
# Why this file exists: a development tool for merges: resolves conflict blocks where both sides added lines (imports,
# calls appended at one place) by keeping ours then theirs; the result must still be read.
# Usage: python3 scripts/dev/keepboth.py FILE...
import sys, re
for fn in sys.argv[1:]:
    out = []; state = None; ours = []; theirs = []; n = 0
    for line in open(fn):
        if line.startswith('<<<<<<< '): state = 'o'; ours = []; theirs = []; continue
        if state and line.startswith('||||||| '): state = 'b'; continue
        if state and line.startswith('=======') and line.rstrip() == '=======': state = 't'; continue
        if state and line.startswith('>>>>>>> '):
            out += ours; out += [l for l in theirs if not (l.startswith("import ") and l in ours)]; state = None; n += 1; continue
        if state == 'o': ours.append(line)
        elif state == 't': theirs.append(line)
        elif state == 'b': pass
        else: out.append(line)
    open(fn, 'w').write(''.join(out)); print(fn, n, 'blocks')
