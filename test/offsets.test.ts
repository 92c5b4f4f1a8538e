// Why this file exists: UTF-8 byte offsets become exact UTF-16 indices (emoji, accents, CJK, lone surrogates).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRedactorSync } from "../src/index.js";
import { bytesToUtf16 } from "../src/offsets.js";

const enc = new TextEncoder();

describe("bytesToUtf16", () => {
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
        bytesToUtf16(text, enc.encode(text).length, s, e, s.length);
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
    bytesToUtf16(text, 6, s, e, 1);
    expect([s[0], e[0]]).toEqual([1, 3]);
  });

  it("counts a lone surrogate as the 3 bytes of U+FFFD, as TextEncoder does", () => {
    const text = "\ud800x@y.com";
    const s = Uint32Array.of(3);
    const e = Uint32Array.of(4);
    bytesToUtf16(text, enc.encode(text).length, s, e, 1);
    expect([s[0], e[0]]).toEqual([1, 2]);
  });
});

describe("findings slice exactly their text from the original string", () => {
  const prose = fc.string({ unit: "grapheme", maxLength: 12 }).map((s) => s.replace(/[@A-Za-z0-9]/g, " "));
  for (const engine of ["wasm", "js"] as const) {
    it(`${engine}: after emoji, accents and CJK`, () => {
      const r = createRedactorSync({ engine, deny: [{ type: "NAME", terms: ["Zoë Ångström", "李小龙"] }] });
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
