// Why this file exists: the test oracle: a deliberately naive leftmost-longest dictionary matcher over strings,
// independent of the automaton, its tables and both engines.

export interface NaivePattern {
  readonly term: string;
  readonly wordBoundary: boolean;
}

const fold = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Word characters as the core defines word bytes: ASCII letters/digits and anything non-ASCII. */
function isWord(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0x80;
}

/** [start, end) UTF-16 spans of the leftmost-longest, non-overlapping matches. */
export function naiveMatches(text: string, patterns: readonly NaivePattern[]): Array<[number, number]> {
  const t = fold(text);
  // the same folded term twice: the later pattern's flags win (like the automaton)
  const byTerm = new Map<string, NaivePattern>();
  for (const p of patterns) byTerm.set(fold(p.term), p);
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < t.length) {
    let best = -1;
    for (const [term, p] of byTerm) {
      if (term.length <= best - i || !t.startsWith(term, i)) continue;
      const end = i + term.length;
      if (p.wordBoundary) {
        if (isWord(t[i]) && isWord(t[i - 1])) continue;
        if (isWord(t[end - 1]) && isWord(t[end])) continue;
      }
      if (end > best) best = end;
    }
    if (best > i) {
      out.push([i, best]);
      i = best;
    } else i++;
  }
  return out;
}
