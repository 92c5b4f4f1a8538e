// Why this file exists: the test oracle for offset conversion (assembly/utf16.ts): a naive walk over the UTF-16 string
// that tabulates every byte offset, independent of UTF-8 bit tricks, checkpoints and both engines.

/**
 * Converts byte offsets in place to UTF-16 indices of `text`. `starts[i]`/`ends[i]` are byte offsets of the UTF-8
 * encoding that TextEncoder produces (lone surrogates become U+FFFD, 3 bytes). A start inside a character moves to
 * the character's first unit, an end inside a character moves past its last unit.
 * (The wrapper's former converter sorted all offsets and walked once; it rounded a start up when an end inside the same
 * character came first. Tabulating every offset has no such order.)
 */
export function bytesToUtf16(text: string, starts: Uint32Array, ends: Uint32Array, count: number): void {
  const down: number[] = []; // down[b]: index of the character containing byte b
  const up: number[] = []; // up[b]: index just past it (a boundary maps to itself in both)
  let unit = 0;
  while (unit < text.length) {
    const c = text.charCodeAt(unit);
    const pair = c >= 0xd800 && c <= 0xdbff && unit + 1 < text.length && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00;
    const bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3; // a lone surrogate is U+FFFD: 3 bytes
    const units = pair ? 2 : 1;
    down.push(unit);
    up.push(unit);
    for (let k = 1; k < bytes; k++) {
      down.push(unit);
      up.push(unit + units);
    }
    unit += units;
  }
  down.push(unit);
  up.push(unit);
  for (let i = 0; i < count; i++) {
    starts[i] = down[starts[i]!]!;
    ends[i] = up[ends[i]!]!;
  }
}
