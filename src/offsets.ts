// Why this file exists: the one place that turns UTF-8 byte offsets (what the core reports) into UTF-16 string
// indices (what every public API returns). Getting this wrong leaks PHI tails, so it rounds outwards, never inwards.

/**
 * Converts byte offsets in place to UTF-16 indices of `text`. `starts[i]`/`ends[i]` are byte offsets of the UTF-8
 * encoding that TextEncoder produces (lone surrogates become U+FFFD, 3 bytes). A start inside a character moves to
 * the character's first unit, an end inside a character moves past its last unit.
 * `byteLength === text.length` means ASCII text: the offsets are already UTF-16 indices.
 */
export function bytesToUtf16(text: string, byteLength: number, starts: Uint32Array, ends: Uint32Array, count: number): void {
  if (byteLength === text.length || count === 0) return;
  // Collect all offsets, sort once, walk the string once.
  const total = count * 2;
  const keys = new Float64Array(total);
  for (let i = 0; i < count; i++) {
    keys[2 * i] = starts[i]! * 2; // even: start (round down)
    keys[2 * i + 1] = ends[i]! * 2 + 1; // odd: end (round up)
  }
  const order = Array.from({ length: total }, (_, i) => i).sort((a, b) => keys[a]! - keys[b]!);
  let unit = 0; // UTF-16 index
  let byte = 0; // byte offset of `unit`
  const n = text.length;
  for (const k of order) {
    const key = keys[k]!;
    const target = Math.floor(key / 2);
    const isEnd = (key & 1) === 1;
    // advance whole characters while they end at or before the target
    for (;;) {
      if (unit >= n || byte >= target) break;
      const c = text.charCodeAt(unit);
      let units = 1;
      let bytes: number;
      if (c < 0x80) bytes = 1;
      else if (c < 0x800) bytes = 2;
      else if (c >= 0xd800 && c <= 0xdbff && unit + 1 < n) {
        const d = text.charCodeAt(unit + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          bytes = 4;
          units = 2;
        } else bytes = 3;
      } else bytes = 3;
      if (byte + bytes > target && !isEnd) break; // target is inside this character: a start rounds down
      unit += units;
      byte += bytes;
    }
    const idx = k >> 1;
    if (isEnd) ends[idx] = unit;
    else starts[idx] = unit;
  }
}
