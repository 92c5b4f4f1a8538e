// Why this file exists: the automaton against the naive oracle (fast-check), both engines agreeing, and the
// leftmost-longest semantics spelled out as a table.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRedactorSync, type Redactor } from "../src/index.js";
import { naiveMatches, type NaivePattern } from "./reference/naive.js";

function build(patterns: readonly NaivePattern[], engine: "wasm" | "js"): Redactor {
  return createRedactorSync({
    engine,
    entities: ["NAME"], nameDetector: false,
    // one list per pattern keeps their order (a later duplicate overrides an earlier one, as in the oracle)
    deny: patterns.map((p) => ({ type: "NAME" as const, terms: [p.term], wordBoundary: p.wordBoundary })),
  });
}

const spans = (r: Redactor, text: string): Array<[number, number]> => r.find(text).map((f) => [f.start, f.end]);

describe("leftmost-longest semantics", () => {
  const cases: Array<{ name: string; terms: string[]; text: string; want: string[] }> = [
    { name: "John Smith beats John", terms: ["John", "John Smith", "Smith"], text: "Dr. John Smith.", want: ["John Smith"] },
    { name: "Samwise beats Sam", terms: ["Sam", "Samwise"], text: "Samwise", want: ["Samwise"] },
    { name: "longer pattern failing its boundary falls back", terms: ["John", "John Smith"], text: "John Smithson", want: ["John"] },
    { name: "leftmost wins over longer later", terms: ["ab", "bcde"], text: "ab bcde abcde", want: ["ab", "bcde"] },
    { name: "case-insensitive ASCII", terms: ["mary jones"], text: "MARY JONES and Mary Jones", want: ["MARY JONES", "Mary Jones"] },
    { name: "word boundary blocks substrings", terms: ["ann"], text: "annual Ann planning", want: ["Ann"] },
    { name: "non-ASCII terms and neighbours", terms: ["José", "Zoë"], text: "😀José, Zoë; Joséfina", want: ["Zoë"] },
    { name: "adjacent matches", terms: ["Bo", "Al"], text: "Bo Al Bo", want: ["Bo", "Al", "Bo"] },
    // the automaton folds ASCII only; deny terms bring their non-ASCII case forms with them
    { name: "non-ASCII case forms of a deny term", terms: ["José"], text: "JOSÉ, josé 😀 José; Josè", want: ["JOSÉ", "josé", "José"] },
    { name: "title-case form of a capitalised term", terms: ["ÅSA LUND-ØBERG"], text: "Åsa Lund-Øberg and åsa lund-øberg", want: ["Åsa Lund-Øberg", "åsa lund-øberg"] },
    { name: "Greek and Cyrillic capitals", terms: ["Σοφία", "Пётр"], text: "ΣΟΦΊΑ σοφία ПЁТР", want: ["ΣΟΦΊΑ", "σοφία", "ПЁТР"] },
  ];
  for (const engine of ["wasm", "js"] as const) {
    for (const c of cases) {
      it(`${engine}: ${c.name}`, () => {
        const r = build(c.terms.map((term) => ({ term, wordBoundary: true })), engine);
        expect(r.find(c.text).map((f) => f.text)).toEqual(c.want);
      });
    }
  }
});

// Small alphabets make nested and overlapping patterns common.
const alphabet = fc.constantFrom("a", "b", "A", "B", " ", "é", "😀", "-");
const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((a) => a.join(""));
const patternArb = fc.record({ term: word, wordBoundary: fc.boolean() });
const textArb = fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(""));

describe("automaton vs naive oracle", () => {
  it("WASM and JS engines report exactly the oracle's matches", () => {
    fc.assert(
      fc.property(fc.array(patternArb, { minLength: 1, maxLength: 8 }), fc.array(textArb, { minLength: 1, maxLength: 5 }), (patterns, texts) => {
        const wasm = build(patterns, "wasm");
        const js = build(patterns, "js");
        for (const text of texts) {
          const want = naiveMatches(text, patterns);
          expect(spans(wasm, text)).toEqual(want);
          expect(spans(js, text)).toEqual(want);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("case variants of the text give the same spans", () => {
    fc.assert(
      fc.property(fc.array(patternArb, { minLength: 1, maxLength: 6 }), textArb, (patterns, text) => {
        const r = build(patterns, "wasm");
        const upper = text.replace(/[a-z]/g, (c) => c.toUpperCase()); // ASCII only: the automaton folds ASCII
        expect(spans(r, upper)).toEqual(spans(r, text));
      }),
      { numRuns: 200 },
    );
  });

  it("resumes when the output region fills (10,000 findings > 4,096 rows)", () => {
    for (const engine of ["wasm", "js"] as const) {
      const r = createRedactorSync({ engine, entities: ["NAME"], nameDetector: false, deny: [{ type: "NAME", terms: ["Al"] }] });
      const text = "Al ".repeat(10_000);
      const found = r.find(text);
      expect(found.length).toBe(10_000);
      expect(found[9_999]).toMatchObject({ start: 29_997, end: 29_999, text: "Al" });
    }
  });

  it("loads a 100k-term dictionary and finds terms anywhere in it", () => {
    const terms: string[] = [];
    let x = 12345;
    for (let i = 0; i < 100_000; i++) {
      let s = "";
      for (let k = 0; k < 7; k++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        s += String.fromCharCode(97 + ((x >>> 16) % 26));
      }
      terms.push(s);
    }
    const r = createRedactorSync({ entities: ["NAME"], nameDetector: false, deny: [{ type: "NAME", terms }] });
    expect(r.info.patternCount).toBe(100_000);
    const text = `x ${terms[0]} y ${terms[54_321]} z ${terms[99_999]}.`;
    expect(r.find(text).map((f) => f.text)).toEqual([terms[0], terms[54_321], terms[99_999]]);
  });
});
