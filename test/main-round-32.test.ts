// Why this file exists: stop 32's fixes on main that change findings, on both engines: a numeric date with a clock time
// after it ("03/02/2026 14:07") or a dashed or dotted date alone ("03-02-2026") was read as a phone number when the date
// detector was left out of `entities`, while real phone numbers of every grouping stay phones; a cognitive screen's
// score out of 30 right after its name ("MMSE 11/30") and a ventilator mode's rate and pressure ("SIMV 20/5") are no dates.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";

const DATE_AS_PHONE: ReadonlyArray<string> = [
  "Seen 03/02/2026 14:07 by Dr. Lee.",
  "Seen 3/2/2026 14:07",
  "DOB 03-02-1941, admitted",
  "Admitted 03.02.2026 10:15, discharged",
  "Last visit 31/12/2025 09 h",
  "Called 03/02/2026 14:07 re labs",
];

const STILL_PHONES: ReadonlyArray<[string, string]> = [
  ["Call 617-555-0199 today", "617-555-0199"],
  ["tel. 01 23 45 67 89", "01 23 45 67 89"],
  ["Fax: 617.555.0142", "617.555.0142"],
  ["+49 30 1234 5678", "+49 30 1234 5678"],
  ["phone 0490 75 40 81", "0490 75 40 81"],
  // (the first two groups no day and month: not a date)
  ["ph 44-55-1234-77", "44-55-1234-77"],
];

for (const engine of ["wasm", "js"] as const) {
  describe(`numeric dates are no phone numbers with the date detector off (${engine})`, () => {
    const phoneOnly = createRedactorSync({ engine, entities: ["PHONE", "FAX"] });
    const all = createRedactorSync({ engine });
    it.each(DATE_AS_PHONE)("%s: no phone, and a date with every detector on", (text) => {
      expect(phoneOnly.find(text)).toEqual([]);
      const dates = all.find(text).filter((f) => f.type === "DATE");
      expect(dates.length).toBeGreaterThan(0);
      expect(all.find(text).filter((f) => f.type === "PHONE")).toEqual([]);
    });
    it.each(STILL_PHONES)("%s: still a phone", (text, phone) => {
      const found = phoneOnly.find(text).filter((f) => f.type === "PHONE" || f.type === "FAX").map((f) => f.text);
      expect(found).toContain(phone);
    });
  });
}

const SCORES_NO_DATE: ReadonlyArray<string> = [
  "MMSE 11/30, down from 19/30 last year",
  "MoCA 12/30 today",
  "SLUMS 9/30, moderate impairment",
  "SIMV 20/5 FIO2 0.35",
  "PRVC 16/5, weaning",
];

const STILL_DATES: ReadonlyArray<[string, string]> = [
  ["MMSE done 11/30, score 24/30", "11/30"],
  ["Seen 11/30 for MMSE", "11/30"],
  ["MMSE 11/30/2024: 24/30", "11/30/2024"],
  // (a denominator other than the scale's top)
  ["MMSE 11/29 repeat", "11/29"],
];

for (const engine of ["wasm", "js"] as const) {
  describe(`a score out of its scale's top and a ventilator's pressures are no dates (${engine})`, () => {
    const r = createRedactorSync({ engine });
    it.each(SCORES_NO_DATE)("%s: no date", (text) => {
      expect(r.find(text).filter((f) => f.type === "DATE")).toEqual([]);
    });
    it.each(STILL_DATES)("%s: the date %s", (text, date) => {
      expect(r.find(text).filter((f) => f.type === "DATE").map((f) => f.text)).toContain(date);
    });
  });
}
