// Why this file exists: no-break and other Unicode spaces, line separators, Unicode hyphens and a byte-order mark
// between words (text pasted from web pages, word processors and EHR exports; a prompt box's &nbsp;) must hide no
// identifier: until stop 27 the core read each as a letter glued to its neighbours, and "Dr.\u00a0Smith" or a BOM
// before "John Smith" found nothing (asciiForms() in src/wasm/core.ts). Every row is run with its blanks (and, where
// it has them, hyphens) replaced and must give the same spans as its ASCII form, texts sliced from the caller's text,
// on both engines, through find(), redact() and a session; a property replaces random blanks. Invisible characters
// inside words (a soft hyphen, a zero-width space or joiner, bidirectional marks: withoutInvisibles()) must hide
// nothing either: until stop 28 "John Sm\u00adith" found "John" alone. Rows with them inserted give the ASCII row's
// spans moved to the caller's text. So must HTML character references and backslash escapes ("Dr.&nbsp;Smith",
// "\\nMRN: 1234567": foldText()).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRedactorSync, type Redactor } from "../src/index.js";
import { asciiForms, foldText } from "../src/wasm/core.js";

/** A session over `text`, pushed in pieces of 1, 2, 3, 7 and 50 units, gives redact()'s text. */
function expectSessionsExact(r: Redactor, text: string): void {
  const whole = r.redact(text).text;
  for (const size of [1, 2, 3, 7, 50]) {
    const s = r.session();
    let out = "";
    for (let i = 0; i < text.length; i += size) out += s.push(text.slice(i, i + size));
    out += s.finish();
    expect(out).toBe(whole);
  }
}

const ROWS: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]> = [
  ["Dr. Smith saw her today.", [["NAME", "Smith"]]],
  ["John Smith lives in Boston, MA 02114 with his wife Mary.",
    [["NAME", "John Smith"], ["LOCATION", "Boston, MA"], ["ZIP", "02114"], ["NAME", "Mary"]]],
  ["Call 617-555-1234 today or page Dr. Jones.", [["PHONE", "617-555-1234"], ["NAME", "Jones"]]],
  ["Seen at Beverly Hospital on March 3, 2024. MRN 1234567.",
    [["LOCATION", "Beverly Hospital"], ["DATE", "March 3, 2024"], ["MRN", "1234567"]]],
  ["She is a 93 year old woman from Salem.", [["AGE", "93"], ["LOCATION", "Salem"]]],
];

const BLANKS = ["\u00a0", "\u202f", "\u2009", "\u3000", "\u2002"] as const;

/** `text` with every ASCII blank replaced by `blank`, and every hyphen by U+2011 when `hyphens`. */
function variant(text: string, blank: string, hyphens: boolean): string {
  const t = text.replaceAll(" ", blank);
  return hyphens ? t.replaceAll("-", "\u2011") : t;
}

describe("asciiForms()", () => {
  it("replaces each Unicode blank, separator, hyphen, dash, minus, BOM and fullwidth form by one ASCII character, and returns ASCII text itself", () => {
    expect(asciiForms("a\u00a0b\u2028c\u2011d\ufeffe\u3000f")).toBe("a b\nc-d e f");
    expect(asciiForms("1\u20122\u20133\u22124\ufe635")).toBe("1-2-3-4-5");
    expect(asciiForms("\uff2d\uff32\uff2e\uff1a\uff11\uff12\uff01\uff5e")).toBe("MRN:12!~");
    const ascii = "Dr. Smith, 617-555-1234";
    expect(asciiForms(ascii)).toBe(ascii);
    // other non-ASCII text is left as it is (letters, emoji, the em dash between clauses, halfwidth katakana)
    expect(asciiForms("Zoë 😀 3–5 — ok \uff61\uff65")).toBe("Zoë 😀 3-5 — ok \uff61\uff65");
  });
});

/** Identifiers written with hyphens and colons, and what the ASCII row finds. */
const DASHED: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]> = [
  ["Call 617-555-1234 or page Dr. Jones.", [["PHONE", "617-555-1234"], ["NAME", "Jones"]]],
  ["DOB: 03-04-1950, seen 2024-03-04.", [["DATE", "03-04-1950"], ["DATE", "2024-03-04"]]],
  ["SSN 123-45-6789, MRN: 1234567", [["SSN", "123-45-6789"], ["MRN", "1234567"]]],
];
/** Dashes a word processor or another script writes for the hyphen between numbers. */
const DASHES = ["\u2012", "\u2013", "\u2212", "\ufe63", "\uff0d"] as const;
/** `text` with its ASCII digits, colons and hyphens in their fullwidth forms. */
const fullwidth = (text: string): string => text.replace(/[0-9:-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Invisible characters of each kind the scan removes: soft hyphen, zero-width space/non-joiner/joiner, marks, isolates. */
const INVISIBLES = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u202a", "\u2060", "\u2066", "\ufe0f"] as const;

/**
 * `text` with `mark` inserted after the `every`-th unit of each run of letters and digits longer than one (inside the
 * words and numbers), and the index in the result of each unit of `text` (and of its end).
 */
function withMarks(text: string, mark: string, every = 2): { text: string; at: number[] } {
  let out = "";
  const at: number[] = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const inWord = /[A-Za-z0-9]/.test(c);
    if (inWord && run > 0 && run % every === 0) out += mark;
    run = inWord ? run + 1 : 0;
    at.push(out.length);
    out += c;
  }
  at.push(out.length);
  return { text: out, at };
}

describe("foldText()", () => {
  it("removes the invisible characters and maps each unit kept to where it came from", () => {
    const f = foldText("a\u00adb\u200b\u200dc d\ufe0f")!;
    expect(f.text).toBe("abc d");
    expect([...f.from]).toEqual([0, 2, 5, 6, 7]);
    expect([...f.to]).toEqual([1, 3, 6, 7, 8]);
    // (letters, emoji, blanks and the byte-order mark are no invisible characters: the mark reads as a blank)
    expect(foldText("Zoë 😀\u00a0\ufeffx")).toBeNull();
  });
  it("decodes character references and backslash escapes, each unit standing for the whole escape", () => {
    const f = foldText("Dr.&nbsp;O&#39;Brien &amp; Jos\\u00e9\\nMRN &#x1F600;")!;
    expect(f.text).toBe("Dr.\u00a0O'Brien & José\nMRN 😀");
    const at = (unit: number): [number, number] => [f.from[unit]!, f.to[unit]!];
    expect(at(3)).toEqual([3, 9]); // &nbsp;
    expect(at(5)).toEqual([10, 15]); // &#39;
    expect(at(17)).toEqual([30, 36]); // the \\u00e9 escape
    expect(at(18)).toEqual([36, 38]); // the \\n escape
    expect(at(23)).toEqual([42, 51]); // both units of the emoji: &#x1F600;
    expect(at(24)).toEqual([42, 51]);
    // unknown names, NUL, lone surrogates, code points past Unicode and other backslashed letters stay as written
    expect(foldText("A&O x3; &foo; &#0; &#xD800; &#x110000; C:\\data \\x41")).toBeNull();
    // a decoded invisible character is removed ("&shy;", "&#8203;")
    expect(foldText("Sm&shy;ith Jo&#8203;hn")!.text).toBe("Smith John");
  });
});

/** Rows written with escapes, and the plain row whose findings they must give. */
const ESCAPED: ReadonlyArray<readonly [string, string]> = [
  ["Dr.&nbsp;Smith saw Patient:&nbsp;John&nbsp;Kowalczyk", "Dr.\u00a0Smith saw Patient:\u00a0John\u00a0Kowalczyk"],
  ["Patient: John Kowalczyk\\nDOB: 01/02/1950\\nMRN: 1234567\\nSeen by Dr. Vermeulen", "Patient: John Kowalczyk\nDOB: 01/02/1950\nMRN: 1234567\nSeen by Dr. Vermeulen"],
  ["{\"note\": \"Pt Jos\\u00e9 Garc\\u00eda, O\\'Brien's nurse, MRN 1234567\"}", "{\"note\": \"Pt José García, O'Brien's nurse, MRN 1234567\"}"],
  ["Seen at Brigham &amp; Women&#39;s Hospital, call 617&#8211;555&#8211;1234", "Seen at Brigham & Women's Hospital, call 617\u2013555\u20131234"],
  ["Mary Sm&shy;ith, http:\\/\\/example.org\\/mary", "Mary Smith, http://example.org/mary"],
];

for (const engine of ["wasm", "js"] as const) {
  describe(`dashes and fullwidth forms in identifiers (${engine})`, () => {
    const r = createRedactorSync({ engine });
    const spans = (t: string): string[] => r.find(t).map((f) => `${f.type} ${f.start}-${f.end}`);
    for (const [text, expected] of DASHED) {
      it(`the ASCII row is found: ${text}`, () => {
        expect(r.find(text).map((f) => [f.type, f.text])).toEqual(expected);
      });
      for (const v of [...DASHES.map((d) => text.replaceAll("-", d)), fullwidth(text)]) {
        it(`${JSON.stringify(v)}`, () => {
          const found = r.find(v);
          expect(found.map((f) => `${f.type} ${f.start}-${f.end}`)).toEqual(spans(text));
          for (const f of found) expect(f.text).toBe(v.slice(f.start, f.end));
          expect(r.redact(v).text).not.toMatch(/[0-9\uff10-\uff19]{4}/);
        });
      }
    }
  });

  describe(`escaped text (${engine})`, () => {
    const r = createRedactorSync({ engine });
    for (const [escaped, plain] of ESCAPED) {
      it(`${JSON.stringify(escaped)}`, () => {
        const want = r.find(plain).map((f) => [f.type, f.reason]);
        expect(want.length).toBeGreaterThan(1);
        const found = r.find(escaped);
        expect(found.map((f) => [f.type, f.reason])).toEqual(want);
        // each finding's text is the caller's, escapes included, and decodes to the plain row's finding
        const fold = (x: string): string => foldText(x)?.text ?? x;
        expect(found.map((f) => fold(escaped.slice(f.start, f.end)))).toEqual(r.find(plain).map((f) => f.text));
        for (const f of found) expect(f.text).toBe(escaped.slice(f.start, f.end));
      });
    }
    it("a session over escaped text, cut anywhere, gives redact()'s text", () => {
      const v = ESCAPED.map(([e]) => e).join("\n");
      expect(r.redact(v).text).not.toMatch(/Kowalczyk|1234567|Garc|Smith|555/);
      expectSessionsExact(r, v);
    });
  });

  describe(`invisible characters inside words (${engine})`, () => {
    const r = createRedactorSync({ engine });
    for (const [text] of ROWS) {
      for (const mark of INVISIBLES) {
        const { text: v, at } = withMarks(text, mark);
        it(`U+${mark.codePointAt(0)!.toString(16).padStart(4, "0")}: ${JSON.stringify(v)}`, () => {
          // the ASCII row's spans, each from its first unit to just after its last one in the marked text
          const want = r.find(text).map((f) => `${f.type} ${at[f.start]}-${at[f.end - 1]! + 1}`);
          const found = r.find(v);
          expect(found.map((f) => `${f.type} ${f.start}-${f.end}`)).toEqual(want);
          for (const f of found) expect(f.text).toBe(v.slice(f.start, f.end));
        });
      }
    }
    it("with Unicode blanks and non-ASCII letters too, offsets stay the caller's UTF-16 indices", () => {
      const v = "Zoë 😀 says: Dr.\u00a0Kow\u00adalczyk saw Mrs. O\u200d'Brien on 3/4/2024 😀.";
      const found = r.find(v).map((f) => [f.type, f.text]);
      expect(found).toEqual([["NAME", "Zoë"], ["NAME", "Kow\u00adalczyk"], ["NAME", "O\u200d'Brien"], ["DATE", "3/4/2024"]]);
    });
    it("redact() removes the marked identifiers and keeps the text around them", () => {
      const { text: v } = withMarks("Dr. Smith called 617-555-1234 from Boston, MA.", "\u00ad", 3);
      const out = r.redact(v).text;
      expect(out.replaceAll("\u00ad", "")).not.toMatch(/Smith|555|1234|Boston/);
      expect(out).toContain(" cal\u00adled ");
    });
    it("a session over marked text, cut anywhere, gives redact()'s text", () => {
      const { text: v } = withMarks(ROWS.map(([t]) => t).join("\n"), "\u200b", 3);
      expectSessionsExact(r, v);
    });
    it("property: invisible characters anywhere inside a row's words give the ASCII row's spans", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: ROWS.length - 1 }), fc.constantFrom(...INVISIBLES), fc.integer({ min: 1, max: 6 }),
          (i, mark, every) => {
            const text = ROWS[i]![0];
            const { text: v, at } = withMarks(text, mark, every);
            const want = r.find(text).map((f) => `${f.type} ${at[f.start]}-${at[f.end - 1]! + 1}`);
            expect(r.find(v).map((f) => `${f.type} ${f.start}-${f.end}`)).toEqual(want);
          }),
        { numRuns: 100 },
      );
    });
  });
}

for (const engine of ["wasm", "js"] as const) {
  describe(`Unicode blanks between words (${engine})`, () => {
    const r = createRedactorSync({ engine });
    const spans = (t: string): string[] => r.find(t).map((f) => `${f.type} ${f.start}-${f.end}`);
    for (const [text, expected] of ROWS) {
      it(`the ASCII row is found: ${text}`, () => {
        expect(r.find(text).map((f) => [f.type, f.text])).toEqual(expected);
      });
      for (const blank of BLANKS) {
        const v = variant(text, blank, blank === "\u00a0");
        it(`U+${blank.codePointAt(0)!.toString(16).padStart(4, "0")}: ${JSON.stringify(v)}`, () => {
          const found = r.find(v);
          expect(found.map((f) => `${f.type} ${f.start}-${f.end}`)).toEqual(spans(text));
          for (const f of found) expect(f.text).toBe(v.slice(f.start, f.end));
        });
      }
      it(`a byte-order mark before the row: ${text}`, () => {
        const v = `\ufeff${text}`;
        expect(r.find(v).map((f) => [f.type, f.text])).toEqual(expected);
      });
    }
    it("redact() keeps the caller's blanks outside the findings and removes the identifiers", () => {
      const v = variant("Dr. Smith called 617-555-1234 from Boston, MA.", "\u00a0", false);
      const out = r.redact(v).text;
      expect(out).not.toContain("Smith");
      expect(out).not.toContain("555");
      expect(out.startsWith("Dr.\u00a0")).toBe(true);
      expect(out).toContain("\u00a0called\u00a0");
    });
    it("a session over no-break spaces, cut anywhere, gives redact()'s text", () => {
      const v = variant(ROWS.map(([t]) => t).join("\n"), "\u00a0", true);
      expectSessionsExact(r, v);
    });
    it("property: any blanks of a row replaced by any Unicode blanks give the ASCII row's spans", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: ROWS.length - 1 }), fc.array(fc.constantFrom(" ", ...BLANKS), { minLength: 16, maxLength: 16 }),
          (i, picks) => {
            const text = ROWS[i]![0];
            let n = 0;
            const v = text.replace(/ /g, () => picks[n++ % picks.length]!);
            expect(r.find(v).map((f) => `${f.type} ${f.start}-${f.end}`)).toEqual(spans(text));
          }),
        { numRuns: 100 },
      );
    });
  });
}
