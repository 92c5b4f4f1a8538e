// Why this file exists: the evaluation scorer (scripts/eval-lib.mjs) on hand-made documents: token overlap, typed and
// untyped recall, precision that ignores `ignored` spans, F2, and folding of types a corpus does not label.
import { describe, expect, it } from "vitest";
import { corpusTypeOf, f2, newTally, scoreDocument, summarize, tokenize } from "../scripts/eval-lib.mjs";

describe("eval scorer", () => {
  it("tokenizes on letters and digits (UTF-16 offsets, emoji and accents)", () => {
    expect(tokenize("Call 617-555-1234, Zoë 😀 ok")).toEqual([[0, 4], [5, 8], [9, 12], [13, 17], [19, 22], [26, 28]]);
  });

  it("counts token overlap per type, typed and untyped", () => {
    const text = "Jane Doe called 617-555-1234 on 3/14/2024 from Boston";
    const gold = [
      { start: 0, end: 8, type: "NAME" },
      { start: 16, end: 28, type: "PHONE" },
      { start: 32, end: 41, type: "DATE" },
    ];
    const predicted = [
      { start: 16, end: 24, type: "FAX" }, // 2 of 3 phone tokens, wrong type
      { start: 32, end: 41, type: "DATE" }, // all 3 date tokens
      { start: 47, end: 53, type: "ZIP" }, // a false positive (scored as LOCATION)
    ];
    const t = newTally();
    scoreDocument(t, text, gold, [], predicted);
    const s = summarize(t);
    const row = (type: string) => s.rows.find((r) => r.type === type)!;
    expect(row("DATE")).toMatchObject({ goldTokens: 3, predTokens: 3, recall: 1, precision: 1 });
    expect(row("PHONE")).toMatchObject({ goldTokens: 3, recall: 0 });
    expect(row("PHONE").recallAnyType).toBeCloseTo(2 / 3);
    expect(row("FAX")).toMatchObject({ predTokens: 2, precision: 0 });
    expect(row("LOCATION")).toMatchObject({ goldTokens: 0, predTokens: 1, precision: 0 });
    expect(row("NAME")).toMatchObject({ goldTokens: 2, recall: 0 });
    expect(s.overall.goldTokens).toBe(8);
    expect(s.overall.recall).toBeCloseTo(3 / 8);
    expect(s.anyType.recall).toBeCloseTo(5 / 8);
    expect(s.anyType.precision).toBeCloseTo(5 / 6);
  });

  it("a prediction inside an ignored span is neither a hit nor a false positive", () => {
    const text = "Dr. Pedro Ruiz, cardiologist";
    const t = newTally();
    scoreDocument(t, text, [{ start: 4, end: 14, type: "NAME" }], [{ start: 16, end: 28, type: null }], [
      { start: 4, end: 14, type: "NAME" },
      { start: 16, end: 28, type: "ID" },
    ]);
    const s = summarize(t);
    expect(s.rows.find((r) => r.type === "ID")).toBeUndefined();
    expect(s.overall.precision).toBe(1);
  });

  it("folds types the corpus does not label (FAX into PHONE, MRN into ID)", () => {
    expect(corpusTypeOf("FAX", new Set(["PHONE"]))).toBe("PHONE");
    expect(corpusTypeOf("FAX", new Set(["PHONE", "FAX"]))).toBe("FAX");
    expect(corpusTypeOf("MRN", new Set(["ID"]))).toBe("ID");
    expect(corpusTypeOf("LICENSE", undefined)).toBe("ID");
    expect(corpusTypeOf("ZIP", undefined)).toBe("LOCATION");
    // organisations are LOCATION findings with their own reason: ORGANIZATION where the corpus labels it
    expect(corpusTypeOf("LOCATION", new Set(["LOCATION", "ORGANIZATION"]), "location:organization")).toBe("ORGANIZATION");
    expect(corpusTypeOf("LOCATION", new Set(["LOCATION"]), "location:organization")).toBe("LOCATION");
    expect(corpusTypeOf("LOCATION", new Set(["LOCATION", "ORGANIZATION"]), "location:facility")).toBe("LOCATION");
  });

  it("F2 weighs recall four times precision", () => {
    expect(f2(1, 1)).toBe(1);
    expect(f2(0.5, 1)).toBeCloseTo(5 * 0.5 / (4 * 0.5 + 1));
    expect(f2(0, 1)).toBe(0);
  });
});
