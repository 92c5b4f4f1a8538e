// Why this file exists: UTF-8 byte offsets become exact UTF-16 indices (emoji, accents, CJK, lone surrogates): the
// oracle's rules are pinned here, and the core's utf16Offsets (both engines) must agree with the oracle everywhere.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRedactorSync } from "../src/index.js";
import { loadCoreSync } from "../src/wasm/load.js";
import { UTF16_BLOCK_SHIFT, UTF16_OFFSET_PAST_INPUT, type CoreExports } from "../src/wasm/abi.js";
import { bytesToUtf16 } from "./reference/utf16.js";

const enc = new TextEncoder();

/** Runs the core's utf16Offsets on `text` with the given byte offsets; returns [starts, ends] and the return code. */
function coreConvert(ex: CoreExports, text: string, starts: number[], ends: number[]): { rc: number; s: number[]; e: number[] } {
  const bytes = enc.encode(text);
  const n = starts.length;
  const inPtr = Math.ceil(ex.heapBase() / 16) * 16;
  const sPtr = inPtr + Math.ceil((bytes.length + 1) / 16) * 16;
  const ePtr = sPtr + 4 * n;
  const table = ePtr + 4 * n;
  const need = table + 4 * ((bytes.length >>> UTF16_BLOCK_SHIFT) + 1);
  const have = ex.memory.buffer.byteLength;
  if (need > have) ex.memory.grow(Math.ceil((need - have) / 65536));
  new Uint8Array(ex.memory.buffer, inPtr, bytes.length).set(bytes);
  // poison the byte after the input: the conversion must not read it as part of the text
  new Uint8Array(ex.memory.buffer)[inPtr + bytes.length] = 0x80;
  const mem = new Uint32Array(ex.memory.buffer, sPtr, 2 * n);
  mem.set(starts);
  mem.set(ends, n);
  const rc = ex.utf16Offsets(inPtr, bytes.length, sPtr, ePtr, n, table);
  const out = new Uint32Array(ex.memory.buffer, sPtr, 2 * n);
  return { rc, s: [...out.subarray(0, n)], e: [...out.subarray(n)] };
}

const ENGINES = ["wasm", "js"] as const;
const cores = Object.fromEntries(ENGINES.map((k) => [k, loadCoreSync(k).exports])) as Record<(typeof ENGINES)[number], CoreExports>;
/** Text with every width of UTF-8 character, lone surrogates and long ASCII runs (to cross the checkpoint blocks). */
const mixed = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 8 }),
      fc.string({ unit: "binary", maxLength: 8 }),
      fc.constantFrom("😀", "👩‍⚕️", "é", "李", "\ud800", "\udc00", "𝔸", "ß"),
      fc.string({ maxLength: 90 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

describe("utf16Offsets (the core's converter)", () => {
  for (const engine of ENGINES) {
    it(`${engine}: agrees with the string-walking oracle on every byte offset, in any order`, () => {
      fc.assert(
        fc.property(mixed, fc.nat(), (text, seed) => {
          const len = enc.encode(text).length;
          // every byte offset as a start and as an end, shuffled (the core reports passes out of order)
          const offs = Array.from({ length: len + 1 }, (_, i) => i);
          let x = seed | 1;
          for (let i = offs.length - 1; i > 0; i--) {
            x = (Math.imul(x, 1103515245) + 12345) >>> 0;
            const j = x % (i + 1);
            [offs[i], offs[j]] = [offs[j]!, offs[i]!];
          }
          const ends = [...offs].reverse();
          const got = coreConvert(cores[engine], text, offs, ends);
          const s = Uint32Array.from(offs);
          const e = Uint32Array.from(ends);
          bytesToUtf16(text, s, e, s.length);
          expect(got.rc).toBe(0);
          expect(got.s).toEqual([...s]);
          expect(got.e).toEqual([...e]);
        }),
        { numRuns: 300 },
      );
    });

    it(`${engine}: pins emoji, accents and lone surrogates across a checkpoint block`, () => {
      const pad = "x".repeat((1 << UTF16_BLOCK_SHIFT) - 2);
      const text = `${pad}é😀\ud800z李`; // é at bytes 62-63, 😀 64-67 (units 63-64), U+FFFD 68-70, z 71, 李 72-74
      const got = coreConvert(cores[engine], text, [62, 63, 64, 66, 68, 69, 71, 72, 75], [63, 64, 65, 68, 69, 71, 72, 73, 75]);
      expect(got.rc).toBe(0);
      expect(got.s).toEqual([62, 62, 63, 63, 65, 65, 66, 67, 68]);
      expect(got.e).toEqual([63, 63, 65, 65, 66, 66, 67, 68, 68]);
    });

    it(`${engine}: rounds a start down even after an end inside the same character (the former JS converter rounded it up)`, () => {
      // "a😀b": a=0, 😀=1..4, b=5; an end at byte 2 and a start at byte 3, both inside the emoji
      expect(coreConvert(cores[engine], "a😀b", [3, 0], [6, 2])).toEqual({ rc: 0, s: [1, 0], e: [4, 3] });
      const s = Uint32Array.of(3, 0);
      const e = Uint32Array.of(6, 2);
      bytesToUtf16("a😀b", s, e, 2);
      expect([...s, ...e]).toEqual([1, 0, 4, 3]);
    });

    it(`${engine}: refuses an offset past the input (fails closed)`, () => {
      expect(coreConvert(cores[engine], "é", [0], [3]).rc).toBe(UTF16_OFFSET_PAST_INPUT);
      expect(coreConvert(cores[engine], "é", [3], [2]).rc).toBe(UTF16_OFFSET_PAST_INPUT);
    });
  }
});

describe("bytesToUtf16 (the oracle)", () => {
  it("maps the byte offset of every character boundary to its UTF-16 index", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        // boundaries: every code point start, in both encodings
        const starts: number[] = [];
        const units: number[] = [];
        let b = 0;
        let u = 0;
        for (const ch of text) {
          starts.push(b);
          units.push(u);
          b += enc.encode(ch).length;
          u += ch.length;
        }
        starts.push(b);
        units.push(u);
        const s = Uint32Array.from(starts);
        const e = Uint32Array.from(starts);
        bytesToUtf16(text, s, e, s.length);
        expect([...s]).toEqual(units);
        expect([...e]).toEqual(units);
      }),
      { numRuns: 300 },
    );
  });

  it("rounds offsets inside a character outwards (start down, end up)", () => {
    const text = "a😀b"; // bytes: a=0, 😀=1..4, b=5
    const s = Uint32Array.of(2);
    const e = Uint32Array.of(3);
    bytesToUtf16(text, s, e, 1);
    expect([s[0], e[0]]).toEqual([1, 3]);
  });

  it("counts a lone surrogate as the 3 bytes of U+FFFD, as TextEncoder does", () => {
    const text = "\ud800x@y.com";
    const s = Uint32Array.of(3);
    const e = Uint32Array.of(4);
    bytesToUtf16(text, s, e, 1);
    expect([s[0], e[0]]).toEqual([1, 2]);
  });
});

describe("findings slice exactly their text from the original string", () => {
  const prose = fc.string({ unit: "grapheme", maxLength: 12 }).map((s) => s.replace(/[@A-Za-z0-9]/g, " "));
  for (const engine of ["wasm", "js"] as const) {
    it(`${engine}: after emoji, accents and CJK`, () => {
      const r = createRedactorSync({ engine, nameDetector: false, deny: [{ type: "NAME", terms: ["Zoë Ångström", "李小龙"] }] });
      fc.assert(
        fc.property(prose, prose, prose, (a, b, c) => {
          const text = `${a} Zoë Ångström ${b} mail zoe@example.org ${c} 李小龙 `;
          const found = r.find(text);
          expect(found.map((f) => f.text)).toEqual(["Zoë Ångström", "zoe@example.org", "李小龙"]);
          for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe("offsets stay exact when the core's memory grows (input, findings and the conversion's scratch move)", () => {
  for (const engine of ENGINES) {
    it(`${engine}: a 2 MB non-ASCII text, then a small one`, () => {
      const r = createRedactorSync({ engine, nameDetector: false });
      const small = "😀 a@b.org é";
      const before = r.find(small);
      const parts: string[] = [];
      for (let i = 0; i < 40_000; i++) parts.push(`Zoë ${i} 😀 mail x${i}@example.org 李. `);
      const big = parts.join("");
      const found = r.find(big);
      // a finding's text is sliced at its offsets: exact e-mails everywhere mean exact offsets everywhere
      expect(found.filter((f) => f.type === "EMAIL").map((f) => f.text)).toEqual(parts.map((_, i) => `x${i}@example.org`));
      expect(r.find(small)).toEqual(before);
    });
  }
});
