// Why this file exists: stop 37 made two per-call tests of find() cheaper on 2 KB prompts (docs/performance.md, "Stop
// 37"), and each must answer exactly as before: notPlain() (src/wasm/core.ts), which decides whether a non-ASCII text
// is rewritten before the scan, against the one character class it replaces; and mayRecur() (src/propagate.ts), which
// now counts a later occurrence of a taught form only where propagation could take it (a whole token outside every
// finding), against propagation run without that gate, through find(), redact(), protect() and a session, on both
// engines.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";
import type { Finding } from "../src/index.js";
import { notPlain } from "../src/wasm/core.js";
import { NameMemory, SEARCH_FORMS_MAX, mayRecur, propagateNames } from "../src/propagate.js";
import { WordTable, builtinWordTable } from "../src/dictionaries/table.js";
import { dictionaryNames, generateNotes, generatePrompts } from "../bench/corpus.mjs";

/** The test scan() made before stop 37: one class of every invisible character and every one asciiForms() replaces. */
const NOT_PLAIN_BEFORE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\uffa0\u00a0\u1680\u2000-\u200a\u2010-\u2013\u2028\u2029\u202f\u205f\u2212\u3000\ufe63\ufeff\uff01-\uff5e]/;

describe("notPlain(), the test before a non-ASCII text is rewritten", () => {
  it("answers as the single class did for every code unit, alone, in Latin-1 text and in two-byte text", () => {
    let hits = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      // (V8 keeps "°" text one byte per character and "🙂" text two: notPlain() reads the two differently)
      for (const text of [ch, `Temp 38.5°C, ${ch} x`, `Hi 🙂 ${ch} x`, `${ch}`.repeat(3)]) {
        expect(notPlain(text), `U+${c.toString(16)} in ${JSON.stringify(text)}`).toBe(NOT_PLAIN_BEFORE.test(text));
      }
      if (notPlain(ch)) hits++;
    }
    // (the class has 175 members: 2 of Latin-1, the invisible and blank ranges, the 94 fullwidth forms)
    expect(hits).toBe(175);
  });

  it("finds the same in texts with both kinds of non-ASCII characters", () => {
    for (const text of ["Dr.\u00a0Smith 😀", "Sm\u00adith ²", "555\u20111234 é", "ａｂ 𝔸", "°C only", "plain"]) {
      expect(notPlain(text), text).toBe(NOT_PLAIN_BEFORE.test(text));
    }
  });
});

const words = new WordTable(builtinWordTable());
const engines = ["wasm", "js"] as const;

/** Finding at the first occurrence of `text` (at or after `from`) in `doc`. */
function at(doc: string, type: Finding["type"], text: string, reason: string, score: number, from = 0): Finding {
  const start = doc.indexOf(text, from);
  if (start < 0) throw new Error(`${text} not in ${doc}`);
  return { type, start, end: start + text.length, text, score, source: "scanner", reason };
}

describe("mayRecur() counts only occurrences propagation could take", () => {
  // [text, findings, mayRecur]: a taught form's later occurrences inside a finding of their own make no memory; one
  // outside every finding, as it is or in capitals, does
  const doc1 = "Seen by Megan Bromova today. Called V. Bromova back.";
  const doc2 = "Seen by Megan Bromova today. Bromova called back.";
  const doc3 = "Seen by Megan Bromova today. BROMOVA CALLED BACK.";
  const doc4 = "Seen by Megan Bromova today. Bromova2 and xBromova are ids.";
  const doc5 = "Admitted to South Shore Hospital. Transferred to SSH cardiology.";
  const doc6 = "Admitted to South Shore Hospital. Transferred to SSH (South Shore Hospital) cardiology.";
  const name = (d: string, t: string, from = 0): Finding => at(d, "NAME", t, "name:neighbour", 0.85, from);
  const place = (d: string, t: string, from = 0): Finding => at(d, "LOCATION", t, "location:facility", 0.9, from);
  const rows: ReadonlyArray<readonly [string, Finding[], boolean]> = [
    [doc1, [name(doc1, "Megan Bromova"), name(doc1, "V. Bromova")], false],
    [doc2, [name(doc2, "Megan Bromova")], true],
    [doc3, [name(doc3, "Megan Bromova")], true],
    // glued to a digit or a letter: no whole token
    [doc4, [name(doc4, "Megan Bromova")], false],
    [doc5, [place(doc5, "South Shore Hospital")], true],
    // (the second finding covers both the initials and the second mention)
    [doc6, [place(doc6, "South Shore Hospital"), place(doc6, "SSH (South Shore Hospital)", 30)], false],
  ];
  it.each(rows.map((r, i) => [i, ...r] as const))("row %i: %s", (_i, text, findings, expected) => {
    expect(mayRecur(text, findings)).toBe(expected);
    // (and so on these rows: propagation adds a finding exactly where mayRecur is true)
    const out = propagateNames(text, findings, new NameMemory(words), () => true, SEARCH_FORMS_MAX, false);
    if (expected) expect(out).not.toBe(findings);
    else expect(out).toBe(findings);
  });

  it("answers true once it has passed over SKIPS_MAX occurrences (a long text repeating its names inside findings)", () => {
    // (trying every occurrence of every taught form was quadratic: test/shared-instance.test.ts's 3 MB text took minutes)
    const unit = "Seen by Megan Bromova today. Called V. Bromova back. ";
    const text = unit.repeat(400);
    const findings: Finding[] = [];
    for (let i = 0; i < 400; i++) {
      findings.push(name(text, "Megan Bromova", i * unit.length), name(text, "V. Bromova", i * unit.length));
    }
    expect(mayRecur(text, findings)).toBe(true);
    expect(mayRecur(unit.repeat(2), findings.slice(0, 4))).toBe(false);
    // (a superset still: propagation adds nothing here)
    expect(propagateNames(text, findings, new NameMemory(words), () => true, SEARCH_FORMS_MAX, false)).toBe(findings);
  });

  // generated prompts and notes (the bench's shapes, other seeds than the bench's): find() with its gate equals
  // propagation run on every text, through each API path, on both engines
  const dictionary = dictionaryNames(20_000);
  const texts = [
    ...generatePrompts({ seed: 6, count: 150, size: 2048, dictionary }).map((p) => p.text),
    ...generatePrompts({ seed: 11, count: 150, size: 2048, dictionary }).map((p) => p.text),
    ...generateNotes({ seed: 3, bytes: 150_000, dictionary }).docs.map((d) => d.text),
  ];
  // propagation without the gate, computed once on the WASM engine (the two engines give the same findings)
  const bare = createRedactorSync({ engine: "wasm", documentNames: false });
  const wants = texts.map((text) => {
    const core = bare.find(text);
    const want = propagateNames(text, core, new NameMemory(words), () => true, SEARCH_FORMS_MAX, false);
    return { want, propagates: want !== core };
  });
  const strip = (fs: readonly Finding[]): Finding[] =>
    fs.map((f) => ({ type: f.type, start: f.start, end: f.end, text: f.text, score: f.score, source: f.source, reason: f.reason }));
  it.each(engines)("find(), redact(), protect() and a session give propagation's findings on every text (%s)", (engine) => {
    const r = createRedactorSync({ engine });
    let propagated = 0;
    texts.forEach((text, i) => {
      const { want, propagates } = wants[i]!;
      // (the JS engine, ~7x slower, takes every fifth text and every text that propagates)
      if (engine === "js" && i % 5 !== 0 && !propagates) return;
      if (propagates) propagated++;
      expect(r.find(text)).toEqual(want);
      expect(strip(r.redact(text).findings)).toEqual(want);
      expect(strip(r.protect(text).findings)).toEqual(want);
      const s = r.session();
      const cut = text.lastIndexOf(" ", text.length >> 1) + 1;
      expect(s.push(text.slice(0, cut)) + s.push(text.slice(cut)) + s.finish()).toBe(r.redact(text).text);
    });
    // the gate was exercised both ways: a text does propagate
    expect(propagated).toBeGreaterThan(0);
  });
});
