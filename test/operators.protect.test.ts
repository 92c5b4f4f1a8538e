// Why this file exists: reversible tokens: protect() then restore() gives the original back, also after an "LLM"
// repeats, reorders, drops, re-cases or re-brackets placeholders; encrypted mapping export/import across "processes".
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ENTITY_TYPES, TokenMap, createRedactorSync, exportMapping, importMapping, restore } from "../src/index.js";
import { PROTECT_DENY, PROTECT_TERMS } from "./helpers/protect-terms.js";

const TERMS = PROTECT_TERMS;
const deny = PROTECT_DENY;
const r = createRedactorSync({ deny });
const js = createRedactorSync({ deny, engine: "js" });

describe("protect / restore", () => {
  it("swaps values for indexed placeholders and restores them", () => {
    const p = r.protect("John Smith (SSN 123-45-6789) saw Ana; John Smith again. jane@example.org");
    expect(p.text).toBe("[NAME_1] (SSN [SSN_1]) saw [NAME_2]; [NAME_1] again. [EMAIL_1]");
    expect(p.findings.map((f) => f.replacement)).toEqual(["[NAME_1]", "[SSN_1]", "[NAME_2]", "[NAME_1]", "[EMAIL_1]"]);
    expect(p.restore(p.text)).toBe("John Smith (SSN 123-45-6789) saw Ana; John Smith again. jane@example.org");
    const reply = "Dear [name_2], <NAME_1> and {NAME_1} and (ssn_1) and [ NAME_1 ] and [NAME 2] and [Name-1] and NAME_1's. [NAME_9] stays.";
    expect(p.restore(reply)).toBe(
      "Dear Ana, John Smith and John Smith and 123-45-6789 and John Smith and Ana and John Smith and John Smith's. [NAME_9] stays.",
    );
    expect(p.restore("md: \\[NAME\\_1\\] and NAME\\_2 and **[SSN_1]**")).toBe("md: John Smith and Ana and **123-45-6789**");
    expect(restore("[EMAIL_1]", p.map)).toBe("jane@example.org");
    expect(p.map.lookup("[email_1]")).toBe("jane@example.org");
  });

  it("continues a conversation's mapping with { map }", () => {
    const a = r.protect("Ana met John Smith");
    const b = r.protect("John Smith and Mary O'Brien", { map: a.map });
    expect(b.text).toBe("[NAME_2] and [NAME_3]");
    expect(b.restore("[NAME_1], [NAME_3]")).toBe("Ana, Mary O'Brien");
  });

  it("keeps a backslash of the original text that stands before a placeholder (regression: found by property 5)", () => {
    for (const text of ["path C:\\Ana", "\\Ana and \\\\Ana", "x \\(617) 555-1234"]) {
      for (const red of [r, js]) {
        const p = red.protect(text);
        expect(p.restore(p.text)).toBe(text);
      }
    }
    // a markdown-escaped placeholder (both brackets escaped) is still restored without its backslashes
    const p = r.protect("for Ana");
    expect(p.restore(p.text.replace("[", "\\[").replace("]", "\\]"))).toBe("for Ana");
  });

  it("a cue word glued by '_', '\\' or '/' labels nothing (regression: property 5 found 'NAME_ab\\a ... ab' decided once)", () => {
    for (const x of ["NAME_ab\\a 123-45-6789 ab ", "patient_ab ab", "wife\\ab ab"]) {
      const p = r.protect(x);
      for (const f of p.findings) expect(p.text).not.toContain(f.text);
      expect(p.restore(p.text)).toBe(x);
    }
    // a label still works with a colon, a space or a parenthesis
    expect(r.find("Patient: Jones").map((f) => f.text)).toEqual(["Jones"]);
    expect(r.find("Son (Jerome) called").map((f) => f.text)).toEqual(["Jerome"]);
  });

  it("never restores placeholder-like text the user typed", () => {
    const text = "Template [NAME_1] and NAME_2 for Ana; literal [name 3]";
    const p = r.protect(text);
    expect(p.text).toBe("Template [NAME_1] and NAME_2 for [NAME_4]; literal [name 3]");
    expect(p.restore(p.text)).toBe(text);
  });

  it("reserves the tokens after every kind of anchor, interleaved (the scan jumps from one anchor to the next)", () => {
    const text = "(a) {SSN_7} x_y <name_5> ( [DATE 2] AGE_3x (NAME_8) _ [ Ana";
    for (const red of [r, js]) {
      const p = red.protect(text);
      expect(p.text).toBe(text.replace("Ana", "[NAME_9]"));
      expect(p.restore(p.text)).toBe(text);
      expect(p.restore("[SSN_7] [NAME_9]")).toBe("[SSN_7] Ana");
    }
  });

  it("rejects bad options and inputs with typed errors", () => {
    expect(() => r.protect("x", { map: {} as TokenMap })).toThrowError(expect.objectContaining({ code: "INVALID_OPTIONS" }));
    expect(() => r.protect(42 as unknown as string)).toThrowError(expect.objectContaining({ code: "INVALID_INPUT" }));
    expect(() => new TokenMap().restore(undefined as unknown as string)).toThrowError(expect.objectContaining({ code: "INVALID_INPUT" }));
  });

  // the "LLM": a reply built from the protected text's placeholders, moved, repeated, dropped and re-cased
  const noise = fc.string({ unit: fc.constantFrom("a", "b", " ", ".", "\n", "é", "😀", "[", "]", "_", "1", "\\", "NAME_", "NAME\\_", "[NAME_7]", "date 2", "[SSN 1]"), maxLength: 10 });
  const TERM_LIST = Object.entries(TERMS).flatMap(([t, vs]) => vs!.map((v) => [t, v] as const));
  const docArb = fc
    .tuple(noise, fc.array(fc.tuple(fc.constantFrom(...TERM_LIST), noise), { maxLength: 8 }))
    .map(([head, parts]) => head + " " + parts.map(([[, v], n]) => `${v} ${n} `).join(""));

  it("(5) restore(protect(x).text) === x for arbitrary text around PHI, on both engines", () => {
    fc.assert(
      fc.property(docArb, (x) => {
        for (const rr of [r, js]) {
          const p = rr.protect(x);
          expect(p.restore(p.text)).toBe(x);
          for (const f of p.findings) expect(p.text).not.toContain(f.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("(5) placeholders moved, repeated, dropped, case-changed and re-bracketed are all restored", () => {
    const variants = [(t: string) => t, (t: string) => t.toLowerCase(), (t: string) => `<${t.slice(1, -1)}>`, (t: string) => t.slice(1, -1), (t: string) => `[ ${t.slice(1, -1).toLowerCase()} ]`, (t: string) => `\\[${t.slice(1, -1).split("_").join("\\_")}\\]`];
    fc.assert(
      fc.property(
        docArb,
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: variants.length - 1 }), fc.constantFrom(" ", ", ", "\n", " and ")), { maxLength: 12 }),
        (x, picks) => {
          const p = r.protect(x);
          const placeholders = [...new Set(p.findings.map((f) => f.replacement))];
          fc.pre(placeholders.length > 0);
          let reply = "Reply:";
          let expected = "Reply:";
          for (const [i, v, sep] of picks) {
            const ph = placeholders[i % placeholders.length]!;
            reply += sep + variants[v]!(ph);
            expected += sep + p.map.lookup(ph)!;
          }
          expect(p.restore(reply)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("encrypted mapping export / import", () => {
  it("round trips into a fresh TokenMap (another process), and the wrong key is a typed error", async () => {
    const key = new Uint8Array(randomBytes(32));
    const p = r.protect("John Smith, SSN 123-45-6789, lives in Boston.");
    const blob = await exportMapping(p.map, key);
    expect(blob.startsWith("phiscrub:map:v1:")).toBe(true);
    expect(blob).not.toContain("John");
    const map = await importMapping(blob, key);
    expect(map.restore("[LOCATION_1]: [NAME_1] / [SSN_1]")).toBe("Boston: John Smith / 123-45-6789");
    // a new protect call with the imported map continues numbering
    expect(r.protect("Ana and John Smith", { map }).text).toBe("[NAME_2] and [NAME_1]");

    await expect(importMapping(blob, new Uint8Array(randomBytes(32)))).rejects.toMatchObject({ code: "DECRYPT_FAILED" });
    await expect(importMapping(blob, new Uint8Array(randomBytes(16)))).rejects.toMatchObject({ code: "DECRYPT_FAILED" });
    const at = blob.length - 3;
    const tampered = blob.slice(0, at) + (blob[at] === "A" ? "B" : "A") + blob.slice(at + 1);
    expect(tampered).not.toBe(blob);
    await expect(importMapping(tampered, key)).rejects.toMatchObject({ code: "DECRYPT_FAILED" });
    await expect(importMapping("not a mapping", key)).rejects.toMatchObject({ code: "INVALID_MAPPING" });
    await expect(importMapping("phiscrub:map:v1:%%%", key)).rejects.toMatchObject({ code: "INVALID_MAPPING" });
    await expect(exportMapping(p.map, new Uint8Array(7))).rejects.toMatchObject({ code: "INVALID_KEY" });
  });

  it("(7) a mapping never decrypts with another key (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ minLength: 32, maxLength: 32 }), async (k1, k2) => {
        fc.pre(k1.join() !== k2.join());
        const blob = await exportMapping(r.protect("Mary O'Brien").map, k1);
        await expect(importMapping(blob, k2)).rejects.toMatchObject({ code: "DECRYPT_FAILED" });
        expect((await importMapping(blob, k1)).restore("[NAME_1]")).toBe("Mary O'Brien");
      }),
      { numRuns: 30 },
    );
  });

  it("accepts a WebCrypto AES-GCM CryptoKey", async () => {
    const ck = await globalThis.crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
    const blob = await exportMapping(r.protect("Ana").map, ck);
    expect((await importMapping(blob, ck)).restore("[NAME_1]")).toBe("Ana");
  });

  it("fromJSON rejects malformed mappings", () => {
    for (const bad of [null, { v: 2 }, { v: 1, entries: [["NOPE", 1, "x"]], next: [] }, { v: 1, entries: [["NAME", 0, "x"]], next: [] }, { v: 1, entries: [["NAME", 1, "x"], ["NAME", 1, "y"]], next: [] }]) {
      expect(() => TokenMap.fromJSON(bad)).toThrowError(expect.objectContaining({ code: "INVALID_MAPPING" }));
    }
    expect(ENTITY_TYPES.length).toBe(18);
  });
});
