// Why this file exists: the TypeScript twin of the core's token hashing (assembly/names/table.ts) and of the build
// script's (scripts/build-dictionaries.mjs): case folding, two 32-bit hashes per token, combination for phrases.

const imul = Math.imul;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const rotl = (x: number, r: number): number => ((x << r) | (x >>> (32 - r))) >>> 0;

/** Folds like the core: ASCII A-Z and Latin-1 capitals (U+00C0-U+00DE except U+00D7) to lower case. */
export function foldWord(s: string): string {
  let o = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x41 && c <= 0x5a) o += String.fromCharCode(c | 0x20);
    else if (c >= 0xc0 && c <= 0xde && c !== 0xd7) o += String.fromCharCode(c + 0x20);
    else o += ch;
  }
  return o;
}

/**
 * A letter as the core's tokeniser sees it: an ASCII letter, or any code point (or UTF-16 code unit: a surrogate
 * qualifies, as the core reads an emoji or a lone surrogate's U+FFFD as part of the word it touches) from U+00C0 up
 * except U+2019 and general punctuation U+2000-U+207F.
 */
export function isWordLetter(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return c >= 0xc0 && c !== 0x2019 && !(c >= 0x2000 && c <= 0x207f);
}

/** Splits a term into folded tokens exactly as the core tokenises text (letters, digits, inner apostrophes). */
export function wordTokens(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (const ch of foldWord(s.normalize("NFC"))) {
    const c = ch.codePointAt(0)!;
    const word = isWordLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x27;
    if (word) cur += ch;
    else if (cur) {
      out.push(cur);
      cur = "";
    }
  }
  if (cur) out.push(cur);
  return out.map(trimApostrophes).filter((t) => t.length > 0);
}

/** Leading and trailing apostrophes are not part of a token, and the core looks possessives up by their stem. */
function trimApostrophes(t: string): string {
  let a = 0;
  let b = t.length;
  while (a < b && t.charCodeAt(a) === 0x27) a++;
  while (b > a && t.charCodeAt(b - 1) === 0x27) b--;
  if (b - a > 2 && t.charCodeAt(b - 1) === 0x73 && t.charCodeAt(b - 2) === 0x27) b -= 2;
  return t.slice(a, b);
}

const enc = new TextEncoder();

/**
 * The two hashes of one folded token: its UTF-8 bytes, zero-padded to a multiple of four, read as little-endian u32
 * words (the core hashes four bytes per step: assembly/names/table.ts hashRange).
 */
export function hashToken(tok: string): [number, number] {
  const b = enc.encode(tok);
  const n = b.length;
  let h1 = 0x811c9dc5;
  let h2 = 0x2545f491;
  for (let i = 0; i < n; i += 4) {
    const w = (b[i]! | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24)) >>> 0;
    h1 = imul(h1 ^ w, 0x01000193);
    h1 ^= h1 >>> 13;
    h2 = imul(h2 ^ w, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return [fmix(h1 ^ n), fmix((h2 + n) | 0)];
}

/** Key of a phrase: the token hashes combined left to right. */
export function combineHash(a: [number, number], b: [number, number]): [number, number] {
  return [fmix((a[0] ^ rotl(b[0], 13)) + 0x9e3779b9), fmix((a[1] ^ rotl(b[1], 7)) + 0x7f4a7c15)];
}

/** Key of a term of 1-3 tokens (undefined for other lengths). */
export function termKey(tokens: readonly string[]): [number, number] | undefined {
  if (tokens.length === 0 || tokens.length > 3) return undefined;
  let h = hashToken(tokens[0]!);
  for (let i = 1; i < tokens.length; i++) h = combineHash(h, hashToken(tokens[i]!));
  return h;
}
