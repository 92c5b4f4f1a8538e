// Why this file exists: one reader of the core's packed word lists and their derived tables, for the tests that
// recompute a table from its list (test/orgs-known-44.test.ts, test/orgs-round-45.test.ts) instead of each parsing
// assembly/names/detect.ts its own way.

/** The source text with its `\uXXXX` escapes decoded (a packed list's length characters). */
export function unescapeSource(s: string): string {
  return s.replace(/\\u([0-9a-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The words of a packed list: each opens with a character whose code is its length. */
export function packedWords(packed: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < packed.length; ) {
    const n = packed.charCodeAt(i);
    out.push(packed.slice(i + 1, i + 1 + n));
    i += n + 1;
  }
  return out;
}

/** The words of `const NAME = "..."` in src (a packed list on one line). */
export function sourceList(src: string, name: string): string[] {
  const m = new RegExp(`^const ${name} = "([^"]*)"`, "m").exec(src);
  if (!m) throw new Error(`no packed list ${name}`);
  return packedWords(unescapeSource(m[1]!));
}

/** The entries of `const NAME: usize = memory.data<u32>([...])` in src. */
export function dataTable(src: string, name: string): number[] {
  const m = new RegExp(`^const ${name}: usize = memory\\.data<u32>\\(\\[([^\\]]*)\\]\\)`, "m").exec(src);
  if (!m) throw new Error(`no memory.data<u32> table ${name}`);
  return m[1]!.split(",").map((x) => parseInt(x.trim(), 16));
}

/** A lengths-by-first-letter table: entry (first char & 31) has bit `length` set for each word. */
export function lengthsByFirstLetter(words: readonly string[]): number[] {
  const want = new Array<number>(32).fill(0);
  for (const w of words) want[w.charCodeAt(0) & 31] = (want[w.charCodeAt(0) & 31]! | (1 << w.length)) >>> 0;
  return want;
}
