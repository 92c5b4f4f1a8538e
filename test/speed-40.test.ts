// Why this file exists: stop 40 (spd40) made notPlain() (src/wasm/core.ts) find the wide members of its class by their
// candidates (code units from U+034F up, less the surrogates) in two-byte text, and fall back to the whole class after
// WIDE_TRIES candidates; it must answer exactly as the single class of stop 36 did, on texts with few candidates (a
// Latin-1 prompt with an emoji), many (another script) and a member before, at and after the fallback's point.
import { describe, expect, it } from "vitest";
import { asciiForms, foldText, notPlain } from "../src/wasm/core.js";

/** The test scan() made before stop 37: one class of every invisible character and every one asciiForms() replaces. */
const NOT_PLAIN_BEFORE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\uffa0\u00a0\u1680\u2000-\u200a\u2010-\u2013\u2028\u2029\u202f\u205f\u2212\u3000\ufe63\ufeff\uff01-\uff5e]/;

describe("notPlain() by candidates, then the whole class", () => {
  it("is true exactly for the characters scan() rewrites, from the rewriting functions themselves", () => {
    // (so that a character added to INVISIBLE or ASCII_FORM below U+034F, where the candidates start, fails here)
    for (let c = 0x80; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const rewritten = asciiForms(ch) !== ch || foldText(ch)?.text === "";
      expect(notPlain(`Hi \ud83d\ude42 ${ch} x`), `U+${c.toString(16)}`).toBe(rewritten);
    }
  });

  const members = ["\u034f", "\u200b", "\u2013", "\u2212", "\u3000", "\ufeff", "\uff16", "\uffa0"];
  const others = ["\u034e", "\u2014", "\u2026", "\u4e2d", "\u0416", "\ud83d\ude42", "\ufffd", "\uff5f"];
  it("answers as the single class did with a member or none after k other candidates", () => {
    for (let k = 0; k <= 20; k++) {
      for (const o of others) {
        const lead = `Temp 38.5°C ${o.repeat(k)} ok`;
        expect(notPlain(lead), `${k} x U+${o.codePointAt(0)!.toString(16)}`).toBe(NOT_PLAIN_BEFORE.test(lead));
        for (const m of members) {
          for (const text of [`${lead}${m}`, `${m}${lead}`, `Pt ${o.repeat(k)}${m}${o.repeat(k)} x`]) {
            expect(notPlain(text), JSON.stringify(text)).toBe(NOT_PLAIN_BEFORE.test(text));
            expect(notPlain(text)).toBe(true);
          }
        }
      }
    }
  });

  it("answers as before on prompts in other scripts and in two-byte Latin-1", () => {
    const texts = [
      "Пациент Иван Петров, 45 лет, поступил 12.03.2024.",
      "患者：王小明，男，45岁。电话：１３８００１３８０００",
      "患者 山田太郎 様\u3000MRN 1234567",
      "Seen by Chloé Burns 🙂 — BP 120/80, temp 36.8 °C… follow-up in 2 weeks",
      "Seen by Chloé Burns 🙂 — BP 120/80, call 555\u20111234",
      "🙂".repeat(50) + "\u200d",
      "🙂".repeat(50),
      "\ud83d lone surrogate \ude42 and \u2060",
    ];
    for (const text of texts) expect(notPlain(text), text).toBe(NOT_PLAIN_BEFORE.test(text));
  });
});
