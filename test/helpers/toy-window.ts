// Why this file exists: the toy detector with a window that the session tests share (session.test.ts,
// session-pieces.test.ts): '#' starts a 6-unit finding (whitespace included) unless another '#' is in the 5 units
// before it, so each finding is decided by the text within 6 units of its start (window 6); cut points are ASCII
// whitespace.
import type { Finding } from "../../src/index.js";
import { mergeOverlaps } from "../../src/findings.js";

export const TOY_W = 6;

export function toyFind(text: string): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "#") continue;
    if (text.slice(Math.max(0, i - 5), i).includes("#")) continue;
    const end = Math.min(i + 6, text.length);
    out.push({ type: "PHONE", start: i, end, text: text.slice(i, end), score: 1, source: "scanner", reason: "toy" });
  }
  return mergeOverlaps(text, out);
}

/** Tab, line feed and space are cut points. */
export const toyCuts = new Uint8Array(128);
for (const c of [0x09, 0x0a, 0x20]) toyCuts[c] = 1;
