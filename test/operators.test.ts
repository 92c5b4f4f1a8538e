// Why this file exists: the replacement operators end to end through redact(), with deny lists of every entity type
// and the built-in EMAIL scanner: tables per operator, option validation, and fast-check properties (non-PHI text
// preserved, determinism per key, valid surrogate IDs, no detected value left in the output).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  ENTITY_TYPES, OperatorState, PhiscrubError, createRedactorSync, type EntityType, type Operator, type RedactOptions,
  type TermList,
} from "../src/index.js";
import { compact, idFormat, validFor, luhnValid, npiValid, deaValid, vinValid, mbiValid, ibanValid, abaValid, ssnValid } from "../src/operators/ids.js";

const KEY = "operators-test-key-0123456789";
const KEY2 = "another-secret-key-9876543210";

/** One sample per entity type (every term free of the filler alphabet used by the properties). */
const SAMPLES: Record<EntityType, string[]> = {
  NAME: ["John Smith", "SMITH, JOHN A.", "J.S.", "Mary O'Brien", "Dr. Ana Li"],
  LOCATION: ["12 Main St Apt 4", "Boston", "St. Mary's Medical Center"],
  ZIP: ["02114", "02114-2696"],
  DATE: ["March 3rd, 2024", "03/14/24", "2024-03-14", "14 MAR 24"],
  AGE: ["92 y/o", "ninety-two years old"],
  PHONE: ["(617) 555-1234", "617.555.1299 ext. 22"],
  FAX: ["617-555-1235"],
  EMAIL: ["jane.doe@example.org"],
  SSN: ["123-45-6789", "078051120"],
  MRN: ["00123456", "MR-778812"],
  HEALTH_PLAN: ["1EG4-TE5-MK73"],
  ACCOUNT: ["4111 1111 1111 1111", "GB82WEST12345698765432", "011000015"],
  LICENSE: ["AB1234563", "1234567893"],
  VEHICLE: ["1HGCM82633A004352"],
  DEVICE: ["SN-4471-AB"],
  URL: ["https://portal.mercy-health.org/patients/8812"],
  IP: ["10.20.30.40", "fe80::1ff:fe23:4567:890a"],
  ID: ["ACC-2024-0099"],
};

const deny: TermList[] = ENTITY_TYPES.filter((t) => t !== "EMAIL").map((type) => ({ type, terms: SAMPLES[type] }));
const engines = ["wasm", "js"] as const;
const redactors = engines.map((engine) => createRedactorSync({ engine, deny }));
const r = redactors[0]!;

describe("operators: tables", () => {
  it.each([
    [{ kind: "tag" }, "Call [PHONE] or [EMAIL]; [PHONE] again."],
    [{ kind: "tag", indexed: true }, "Call [PHONE_1] or [EMAIL_1]; [PHONE_1] again."],
    [{ kind: "remove" }, "Call  or ;  again."],
    [{ kind: "keep" }, "Call (617) 555-1234 or jane.doe@example.org; (617) 555-1234 again."],
    [{ kind: "mask" }, "Call ************** or ********************; ************** again."],
    [{ kind: "mask", char: "#", keep: 4 }, "Call ##########1234 or ################.org; ##########1234 again."],
    [{ kind: "mask", keep: 3 }, "Call ***********234 or *****************org; ***********234 again."],
    [{ kind: "mask", keep: 4, keepSeparators: true }, "Call (***) ***-1234 or ****.***@******e.org; (***) ***-1234 again."],
    // keep is capped at half of the characters
    [{ kind: "mask", char: "😀", keep: 100 }, "Call 😀😀😀😀😀😀😀55-1234 or 😀😀😀😀😀😀😀😀😀😀xample.org; 😀😀😀😀😀😀😀55-1234 again."],
  ] as [Operator, string][])("%j", (op, expected) => {
    for (const rr of redactors) {
      const text = "Call (617) 555-1234 or jane.doe@example.org; (617) 555-1234 again.";
      expect(rr.redact(text, { defaultOperator: op }).text).toBe(expected);
    }
  });

  it("hash: type prefix, keyed, truncated, the same for case/spacing variants of a name", () => {
    const out = r.redact("John Smith met JOHN SMITH", { operators: { NAME: { kind: "hash" } }, key: KEY });
    const [a, b] = out.findings.map((f) => f.replacement);
    expect(a).toMatch(/^NAME_[0-9a-f]{16}$/);
    expect(b).toBe(a);
    expect(new OperatorState({ defaultOperator: { kind: "hash" }, key: KEY }).replacement("NAME", " john \n smith")).toBe(a);
    const other = r.redact("John Smith", { operators: { NAME: { kind: "hash", length: 40 } }, key: KEY2 });
    expect(other.findings[0]!.replacement).toMatch(/^NAME_[0-9a-f]{40}$/);
    expect(other.findings[0]!.replacement.slice(0, 21)).not.toBe(a);
    // SSN with and without dashes is one value
    const s = r.redact("123-45-6789 / 123456789", { defaultOperator: { kind: "hash" }, key: KEY });
    expect(new Set(s.findings.map((f) => f.replacement)).size).toBe(1);
  });

  it("indexed tags: same value same index within a call and across calls with one OperatorState", () => {
    const state = new OperatorState({ defaultOperator: { kind: "tag", indexed: true } });
    const a = r.redact("Boston, John Smith, Boston, jane.doe@example.org", { state });
    expect(a.text).toBe("[LOCATION_1], [NAME_1], [LOCATION_1], [EMAIL_1]");
    const b = r.redact("Mary O'Brien and john smith", { state });
    expect(b.text).toBe("[NAME_2] and [NAME_1]");
  });

  it("generalize: ages over 89 -> 90+, ZIP -> 3-digit prefix or 000", () => {
    const g = createRedactorSync({ deny: [
      { type: "AGE", terms: ["92 y/o", "aged 101", "ninety-two years old", "45-year-old", "92-year-old", "noventa y dos años", "ciento un años", "vingt ans"] },
      { type: "ZIP", terms: ["02114", "03601-1234", "89012", "1234"] },
    ] });
    const out = g.redact("92 y/o, aged 101, ninety-two years old, 45-year-old, 92-year-old, noventa y dos años, ciento un años, vingt ans; 02114 03601-1234 89012 1234", {
      operators: { AGE: { kind: "generalize" }, ZIP: { kind: "generalize" } },
    });
    expect(out.text).toBe("90+ y/o, aged 90+, 90+ years old, 45-year-old, 90+-year-old, 90+ años, 90+ años, [AGE]; 021 000 000 [ZIP]");
  });

  it("surrogates keep shape and format", () => {
    const s = (type: EntityType, v: string) => new OperatorState({ defaultOperator: { kind: "surrogate" }, key: KEY }).replacement(type, v);
    const name = s("NAME", "SMITH, JOHN A.");
    expect(name).toMatch(/^[A-Z]+, [A-Z]+ [A-Z]\.$/);
    expect(s("NAME", "j.s.")).toMatch(/^[a-z]\.[a-z]\.$/);
    expect(s("NAME", "Dr. Ana Li")).toMatch(/^Dr\. [A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(s("NAME", "Anh Do")).not.toMatch(/Do$/);
    expect(s("NAME", "Jane Roe, MD")).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+, MD$/);
    // role by position: "Roe" is a surname both in "Jane Roe, MD" and in "ROE, JANE"
    expect(s("NAME", "Jane Roe, MD").split(" ")[1]!.replace(",", "").toUpperCase()).toBe(s("NAME", "ROE, JANE").split(",")[0]);
    expect(s("NAME", "Mary O'Brien's")).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+'s$/);
    expect(s("PHONE", "(617) 555-1234")).toMatch(/^\([2-9]\d\d\) 555-01\d\d$/);
    expect(s("PHONE", "+1 617 555 1234 ext. 22")).toMatch(/^\+1 [2-9]\d\d 555 01\d\d ext\. \d\d$/);
    expect(s("FAX", "617.555.1235")).toMatch(/^[2-9]\d\d\.555\.01\d\d$/);
    expect(s("EMAIL", "John.Smith42@Hospital.org")).toMatch(/^[A-Z][a-z]+\.[A-Z][a-z]+\d\d@example\.(com|org|net)$/);
    expect(s("ZIP", "02114-2696")).toMatch(/^\d{5}-\d{4}$/);
    expect(s("LOCATION", "12 Main St Apt 4")).toMatch(/^[1-9]\d [A-Z][a-z]+ St Apt [1-9]$/);
    expect(s("LOCATION", "BOSTON")).toMatch(/^[A-Z]+$/);
    expect(s("LOCATION", "Calle Carmen Romero, 23")).toMatch(/^Calle [A-Z][a-z]+, \d\d$/);
    expect(s("LOCATION", "St. Mary's Medical Center")).toMatch(/^St\. [A-Z][a-z]+ Medical Center$/);
    expect(s("IP", "10.20.30.40")).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/);
    expect(s("IP", "fe80::1")).toMatch(/^2001:db8::[0-9a-f]{4}$/);
    expect(s("URL", "https://portal.mercy.org/p/8812")).toMatch(/^https:\/\/example\.(com|org|net)\/[a-z]\/\d{4}$/);
    expect(s("MRN", "MR-778812")).toMatch(/^[A-Z]{2}-\d{6}$/);
    expect(s("AGE", "92 y/o")).toBe("90+ y/o");
    // an original that a surrogate could reproduce: never emitted as is
    for (let i = 1; i < 255; i++) expect(s("IP", `192.0.2.${i}`)).not.toBe(`192.0.2.${i}`);
    // names map word by word: the surname of "John Smith" is the surname of "Smith" alone and of "smith" in an email
    const st = new OperatorState({ defaultOperator: { kind: "surrogate" }, key: KEY });
    const full = st.replacement("NAME", "John Smith").split(" ");
    expect(st.replacement("NAME", "SMITH")).toBe(full[1]!.toUpperCase());
    expect(st.replacement("EMAIL", "john.smith@x.org").split("@")[0]).toBe(`${full[0]!.toLowerCase()}.${full[1]!.toLowerCase()}`);
  });
});

describe("operators: validation and keys", () => {
  it.each([
    [{ operators: { NAME: { kind: "surrogate" } } }, "MISSING_KEY"],
    [{ defaultOperator: { kind: "hash" } }, "MISSING_KEY"],
    [{ operators: { DATE: { kind: "dateShift" } } }, "MISSING_KEY"],
    [{ operators: { NAME: { kind: "hash" } }, key: "short" }, "INVALID_KEY"],
    [{ operators: { NAME: { kind: "hash" } }, key: 42 }, "INVALID_KEY"],
    [{ operators: { NAME: { kind: "nope" } } }, "INVALID_OPTIONS"],
    [{ operators: { NAME: { kind: "mask", keep: -1 } } }, "INVALID_OPTIONS"],
    [{ operators: { NAME: { kind: "mask", char: "ab" } } }, "INVALID_OPTIONS"],
    [{ operators: { NAME: { kind: "mask", keepp: 4 } } }, "INVALID_OPTIONS"],
    [{ operators: { NAME: { kind: "hash", length: 4 } }, key: KEY }, "INVALID_OPTIONS"],
    [{ operators: { NAME: { kind: "dateShift" } }, key: KEY }, "INVALID_OPTIONS"],
    [{ operators: { DATE: { kind: "dateShift", maxDays: 0 } }, key: KEY }, "INVALID_OPTIONS"],
    [{ operators: { DATE: { kind: "dateShift", maxDays: 3 } }, key: KEY }, "INVALID_OPTIONS"],
    [{ operators: { NAME: { kind: "generalize" } } }, "INVALID_OPTIONS"],
    [{ defaultOperator: { kind: "generalize" } }, "INVALID_OPTIONS"],
    [{ operators: { NAMES: { kind: "tag" } } }, "INVALID_ENTITY_TYPE"],
    [{ operator: { NAME: { kind: "tag" } } }, "INVALID_OPTIONS"],
    [{ context: 7, key: KEY }, "INVALID_OPTIONS"],
    [{ state: {} }, "INVALID_OPTIONS"],
    [{ state: new OperatorState(), key: KEY }, "INVALID_OPTIONS"],
  ])("%j -> %s, before any text is scanned", (options, code) => {
    let err: unknown;
    try {
      r.redact("John Smith", options as unknown as RedactOptions);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PhiscrubError);
    expect((err as PhiscrubError).code).toBe(code);
    expect((err as PhiscrubError).message).not.toContain("John");
  });

  it("accepts Uint8Array keys; string and byte keys of the same bytes agree", () => {
    const bytes = new TextEncoder().encode(KEY);
    const a = r.redact("John Smith", { defaultOperator: { kind: "hash" }, key: bytes }).text;
    expect(r.redact("John Smith", { defaultOperator: { kind: "hash" }, key: KEY }).text).toBe(a);
  });
});

// ---- properties -------------------------------------------------------------------------------------------------

/** Filler that can never contain or touch a sample term: no letters or digits a term could extend into. */
const filler = fc.string({ unit: fc.constantFrom(" ", " ", ",", ";", "\n", "😀", "é", "—", "!", "?", "ü"), maxLength: 12 });
const PROPERTY_TYPES = ENTITY_TYPES;
const term = fc.constantFrom(...PROPERTY_TYPES.flatMap((t) => SAMPLES[t].map((v) => [t, v] as const)));
/** A document: filler, then (term, filler) pairs; terms are separated by at least one space. */
const doc = fc.tuple(filler, fc.array(fc.tuple(term, filler), { maxLength: 8 })).map(([head, parts]) => {
  let text = head + " ";
  const spans: { type: EntityType; start: number; end: number; value: string }[] = [];
  const gaps: string[] = [text];
  for (const [[type, value], tail] of parts) {
    spans.push({ type, start: text.length, end: text.length + value.length, value });
    text += value;
    const g = " " + tail + " ";
    text += g;
    gaps.push(g);
  }
  return { text, spans, gaps };
});

const OPERATORS: RedactOptions[] = [
  {},
  { defaultOperator: { kind: "tag", indexed: true } },
  { defaultOperator: { kind: "hash" }, key: KEY },
  { defaultOperator: { kind: "surrogate" }, key: KEY, context: "p1" },
  { defaultOperator: { kind: "mask" } },
  { defaultOperator: { kind: "remove" } },
  { defaultOperator: { kind: "surrogate" }, operators: { DATE: { kind: "dateShift", maxDays: 30 }, AGE: { kind: "generalize" }, ZIP: { kind: "generalize" } }, key: KEY2 },
];

describe("operators: properties", () => {
  it("(1) non-PHI text is preserved exactly; findings slice the original and say what replaced them", () => {
    fc.assert(
      fc.property(doc, fc.constantFrom(...OPERATORS), fc.constantFrom(0, 1), ({ text, spans, gaps }, options, e) => {
        const out = redactors[e]!.redact(text, options);
        // the oracle: exactly the planted terms are found
        expect(out.findings.map((f) => [f.type, f.start, f.end])).toEqual(spans.map((s) => [s.type, s.start, s.end]));
        let rebuilt = gaps[0]!;
        out.findings.forEach((f, i) => {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          rebuilt += f.replacement + gaps[i + 1]!;
        });
        expect(out.text).toBe(rebuilt);
      }),
      { numRuns: 300 },
    );
  });

  it("(6) no detected value appears anywhere in the output (tag, indexed tag, hash, surrogate, mask, remove, dateShift)", () => {
    fc.assert(
      fc.property(doc, fc.constantFrom(...OPERATORS), ({ text }, options) => {
        const out = r.redact(text, options);
        for (const f of out.findings) expect(out.text.toLowerCase()).not.toContain(f.text.toLowerCase());
      }),
      { numRuns: 300 },
    );
  });

  it("(2) same key + value -> same surrogate; a different key -> a different one", () => {
    const values = PROPERTY_TYPES.filter((t) => t !== "AGE").flatMap((t) => SAMPLES[t].map((v) => [t, v] as const));
    let differ = 0;
    let total = 0;
    fc.assert(
      fc.property(fc.string({ minLength: 16, maxLength: 40 }), fc.string({ minLength: 16, maxLength: 40 }), fc.constantFrom(...values), (k1, k2, [type, v]) => {
        fc.pre(new TextEncoder().encode(k1).length >= 16 && k1 !== k2);
        const a = new OperatorState({ defaultOperator: { kind: "surrogate" }, key: k1 });
        const a2 = new OperatorState({ defaultOperator: { kind: "surrogate" }, key: k1 });
        expect(a2.replacement(type, v)).toBe(a.replacement(type, v));
        if (new TextEncoder().encode(k2).length < 16) return;
        const b = new OperatorState({ defaultOperator: { kind: "surrogate" }, key: k2 });
        total++;
        if (b.replacement(type, v) !== a.replacement(type, v)) differ++;
      }),
      { numRuns: 400 },
    );
    // high-entropy values always differ; one-word places from a list of ~55 may collide ~2% of the time
    expect(differ / total).toBeGreaterThan(0.95);
  });

  it("(2b) different keys give different surrogates for high-entropy identifiers, always", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 32 }), fc.uint8Array({ minLength: 16, maxLength: 32 }), (k1, k2) => {
        fc.pre(k1.join() !== k2.join());
        for (const [type, v] of [["SSN", "123-45-6789"], ["ACCOUNT", "4111 1111 1111 1111"], ["VEHICLE", "1HGCM82633A004352"], ["NAME", "John Smith"]] as const) {
          const a = new OperatorState({ defaultOperator: { kind: "surrogate" }, key: k1 }).replacement(type, v);
          const b = new OperatorState({ defaultOperator: { kind: "surrogate" }, key: k2 }).replacement(type, v);
          if (type !== "NAME") expect(a).not.toBe(b);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("(4) surrogate IDs pass their validators and keep their layout", () => {
    const cases: [EntityType, string, (c: string) => boolean][] = [
      ["SSN", "123-45-6789", ssnValid],
      ["SSN", "078051120", ssnValid],
      ["ACCOUNT", "4111 1111 1111 1111", luhnValid],
      ["ACCOUNT", "378282246310005", luhnValid],
      ["ACCOUNT", "GB82 WEST 1234 5698 7654 32", ibanValid],
      ["ACCOUNT", "DE89370400440532013000", ibanValid],
      ["ACCOUNT", "011000015", abaValid],
      ["LICENSE", "1234567893", npiValid],
      ["LICENSE", "AB1234563", deaValid],
      ["VEHICLE", "1HGCM82633A004352", vinValid],
      ["VEHICLE", "11111111111111111", vinValid],
      ["HEALTH_PLAN", "1EG4-TE5-MK73", mbiValid],
    ];
    for (const [, v, ok] of cases) expect(ok(compact(v)), v).toBe(true); // the samples themselves are valid
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 32 }), fc.constantFrom(...cases), (key, [type, v, ok]) => {
        const out = new OperatorState({ defaultOperator: { kind: "surrogate" }, key }).replacement(type, v);
        expect(ok(compact(out)), `${v} -> ${out}`).toBe(true);
        expect(idFormat(compact(out), type)).toBe(idFormat(compact(v), type));
        expect(validFor(idFormat(compact(v), type), compact(out))).toBe(true);
        expect(out.length).toBe(v.length);
        for (let i = 0; i < v.length; i++) {
          const alnum = (c: string) => /[0-9A-Za-z]/.test(c);
          expect(alnum(out[i]!)).toBe(alnum(v[i]!)); // separators stay where they were
          if (!alnum(v[i]!)) expect(out[i]).toBe(v[i]);
        }
        expect(compact(out)).not.toBe(compact(v));
      }),
      { numRuns: 300 },
    );
  });

  it("validators reject what they should", () => {
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(npiValid("1234567890")).toBe(false);
    expect(deaValid("AB1234560")).toBe(false);
    expect(vinValid("1HGCM82633A004353")).toBe(false);
    expect(mbiValid("1SG4TE5MK73")).toBe(false);
    expect(ibanValid("GB82WEST12345698765433")).toBe(false);
    expect(abaValid("011000016")).toBe(false);
    for (const s of ["000123456", "666123456", "900123456", "123004567", "123450000"]) expect(ssnValid(s)).toBe(false);
  });

  it("mask counts code points: an emoji is one masked character", () => {
    const m = (v: string, keep?: number, keepSeparators?: boolean) =>
      new OperatorState({ defaultOperator: { kind: "mask", keep, keepSeparators } }).replacement("NAME", v);
    expect(m("Zoë 😀 Li", 2)).toBe("******Li");
    expect(m("Zoë 😀 Li", 2, true)).toBe("*** * Li");
    expect(m("ab", 5)).toBe("*b");
  });

  it("unicode and emoji around findings keep offsets exact", () => {
    const text = "😀é John Smith 😀 — jane.doe@example.org ü";
    for (const rr of redactors) {
      const out = rr.redact(text, { defaultOperator: { kind: "surrogate" }, key: KEY });
      for (const f of out.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(out.text.startsWith("😀é ")).toBe(true);
      expect(out.text.endsWith(" ü")).toBe(true);
      expect(out.text).toContain(" 😀 — ");
    }
  });
});

describe("OperatorState.apply with caller findings (sessions)", () => {
  it("merges overlapping findings so nothing of either span survives, and rejects offsets outside the text", () => {
    const state = new OperatorState();
    const f = (type: EntityType, start: number, end: number) => ({ type, start, end, text: "", score: 1, source: "dictionary" as const, reason: "t" });
    const out = state.apply("abc John Smith xyz", [f("NAME", 4, 8), f("NAME", 6, 14)]);
    expect(out.text).toBe("abc [NAME] xyz");
    expect(out.findings[0]!.text).toBe("John Smith");
    expect(() => state.apply("abc", [f("NAME", 2, 9)])).toThrowError(expect.objectContaining({ code: "INVALID_INPUT" }));
  });
});
