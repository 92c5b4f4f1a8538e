// Why this file exists: how the session tests cut a text into chunks (session.test.ts, session-pieces.test.ts).

/** Chunks of `size` units. */
export function chunkBy(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** The text cut at the given points (clamped to the text, duplicates ignored). */
export function splitAt(text: string, cuts: readonly number[]): string[] {
  const pts = [...new Set(cuts.map((c) => Math.min(Math.max(c, 0), text.length)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of pts) {
    out.push(text.slice(last, p));
    last = p;
  }
  out.push(text.slice(last));
  return out;
}
