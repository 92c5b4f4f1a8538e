// Why this file exists: the word table contract: flag constants agree between TypeScript and the core, the prebuilt
// table answers lookups for known words, and corrupt tables are refused with a typed error.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as layout from "../src/dictionaries/layout.js";
import { WordTable, builtinWordTable, wordTableFor } from "../src/dictionaries/table.js";
import { PhiscrubError, createRedactorSync } from "../src/index.js";

describe("word table", () => {
  it("flag constants of assembly/names/flags.ts equal src/dictionaries/layout.ts", () => {
    const src = readFileSync(new URL("../assembly/names/flags.ts", import.meta.url), "utf8");
    const as: Record<string, number> = {};
    for (const line of src.split("\n")) {
      const m = line.startsWith("export const ") ? line.slice(13).split(": u32 = ") : [];
      if (m.length === 2) as[m[0]!] = Number(Function(`return (${m[1]!.replace(";", "")}) >>> 0`)());
    }
    const ts = Object.fromEntries(Object.entries(layout).filter(([, v]) => typeof v === "number"));
    for (const k of Object.keys(ts)) if (k.startsWith("F_")) expect(as[k], k).toBe((ts[k] as number) >>> 0);
  });

  it("finds names, places, English tiers and context words", () => {
    const t = new WordTable(builtinWordTable());
    const first = (w: string) => (t.lookup(w) >> layout.F_FIRST_SHIFT) & 3;
    const place = (w: string) => (t.lookup(w) >> layout.F_PLACE_SHIFT) & 3;
    const tier = (w: string) => (t.lookup(w) >> layout.F_TIER_SHIFT) & 3;
    expect(first("Jennifer")).toBe(3);
    expect(first("Will")).toBe(1); // an English word first: ambiguous
    expect(place("Seattle")).toBe(3);
    expect(place("new york")).toBeGreaterThan(0);
    expect(tier("the")).toBe(1);
    expect(t.lookup("Dr") & layout.F_TITLE).not.toBe(0);
    expect(t.lookup("medical center") & layout.F_FACILITY).not.toBe(0);
    expect(t.lookup("zzqqxxv")).toBe(0);
    expect(t.size).toBeGreaterThan(100000);
  });

  it("merging user words copies the table and leaves the built-in one untouched", () => {
    const before = new WordTable(builtinWordTable()).lookup("Zqxkowal");
    const merged = new WordTable(wordTableFor([{ kind: "last", terms: ["Zqxkowal"] }]));
    expect((merged.lookup("zqxkowal") >> layout.F_LAST_SHIFT) & 3).toBe(3);
    expect(new WordTable(builtinWordTable()).lookup("Zqxkowal")).toBe(before);
  });

  // The core hashes a token four bytes per step while it scans it (assembly/names/detect.ts), or with hashRange() for
  // tokens with apostrophes or non-ASCII letters; user words are keyed by the TypeScript twin (src/dictionaries/hash.ts).
  // Every token length (partial last words) and Latin-1 capitals must agree, on both engines.
  it("the core finds user words of every length, in any case, as the TypeScript hash keyed them", () => {
    const terms = ["Zqx", "Zqxv", "Zqxvb", "Zqxvbk", "Zqxvbkw", "Zqxvbkwj", "Zqxvbkwjq", "Zqxéta", "Ñqzxvb", "Zqx'vbk"];
    for (const engine of ["wasm", "js"] as const) {
      const withWords = createRedactorSync({ engine, entities: ["NAME"], words: [{ kind: "last", terms }] });
      const without = createRedactorSync({ engine, entities: ["NAME"] });
      for (const term of terms) {
        for (const text of [`We saw ${term} again today.`, `WE SAW ${term.toUpperCase()} AGAIN TODAY.`, `we saw ${term.toLowerCase()} again today`]) {
          const w = text.includes(term) ? term : text.includes(term.toUpperCase()) ? term.toUpperCase() : term.toLowerCase();
          expect(withWords.find(text).map((f) => f.text), `${engine}: ${text}`).toContain(w);
          // (a capitalised unknown word with non-ASCII letters is reported alone, as a likely foreign name)
          if (/^[A-Za-z']+$/.test(term)) {
            expect(without.find(text).map((f) => f.text), `${engine} without the word list: ${text}`).not.toContain(w);
          }
        }
      }
    }
  });

  it("refuses corrupt bytes", () => {
    expect(() => new WordTable(new Uint8Array(64))).toThrow(PhiscrubError);
  });
});
