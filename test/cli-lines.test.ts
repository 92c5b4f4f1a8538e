// Why this file exists: the CLI's line batcher against a naive oracle: for any chunking, every line lands in exactly
// one batch with the right line number and byte offset, and a too-long line becomes one marker.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Buffer } from "node:buffer";
import { LineBatcher, type Item } from "../src/cli/lines.js";

interface Seen { line: number; offset: number; text?: string; tooLong?: boolean }

function viaBatcher(input: Buffer, cuts: number[], batch: number, max: number): Seen[] {
  const b = new LineBatcher(batch, max);
  const items: Item[] = [];
  let last = 0;
  for (const c of [...cuts, input.length]) {
    b.push(input.subarray(last, c), items);
    last = c;
  }
  b.end(items);
  const out: Seen[] = [];
  for (const it of items) {
    if (it.kind === "toolong") {
      out.push({ line: it.line, offset: it.offset, tooLong: true });
      continue;
    }
    let line = it.firstLine;
    let off = it.firstOffset;
    const s = it.bytes.toString("latin1");
    const parts = s.split("\n");
    if (s.endsWith("\n")) parts.pop();
    expect(parts.length).toBe(it.lineCount);
    for (const p of parts) {
      out.push({ line, offset: off, text: p });
      off += p.length + 1;
      line++;
    }
  }
  return out;
}

function oracle(input: Buffer, max: number): Seen[] {
  const s = input.toString("latin1");
  const parts = s.split("\n");
  if (s.endsWith("\n") || s.length === 0) parts.pop();
  const out: Seen[] = [];
  let off = 0;
  parts.forEach((p, i) => {
    out.push(p.length > max ? { line: i + 1, offset: off, tooLong: true } : { line: i + 1, offset: off, text: p });
    off += p.length + 1;
  });
  return out;
}

describe("LineBatcher", () => {
  it("property: any chunking gives the oracle's lines, numbers, offsets and too-long markers", () => {
    const line = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("x".repeat(20), "y".repeat(9)));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), fc.array(fc.nat(400), { maxLength: 10 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), (lines, trailing, cuts, batch, max) => {
        // printable ASCII only, so latin1 round trips and "\n" only separates lines
        const clean = lines.map((l) => Array.from(l, (ch) => (ch >= " " && ch <= "~" ? ch : "_")).join(""));
        const input = Buffer.from(clean.join("\n") + (trailing && clean.length > 0 ? "\n" : ""), "latin1");
        const pts = [...new Set(cuts.map((c) => Math.min(c, input.length)))].sort((a, b) => a - b);
        expect(viaBatcher(input, pts, batch, max)).toEqual(oracle(input, max));
      }),
      { numRuns: 1000 },
    );
  });
});
