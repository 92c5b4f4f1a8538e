// Why this file exists: the format-preserving date parser and shifter: a table of the Safe Harbor date formats, and
// fast-check properties that a shifted date parses back to original + offset in the original format.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { civilFromDays, daysFromCivil, parseDate, shiftDate, type ParsedDate } from "../src/operators/dates.js";
import { OperatorState, createRedactorSync } from "../src/index.js";

const KEY = "test-key-0123456789abcdef";

describe("parseDate + shiftDate: table of formats (offset +10 days)", () => {
  it.each([
    ["3/14/2024", "3/24/2024"],
    ["03/14/24", "03/24/24"],
    ["3/14", "3/24"],
    ["12/25/2024", "1/4/2025"], // no leading zero: no padding evidence
    ["12/05/2024", "12/15/2024"],
    ["12/28/2024", "1/7/2025"],
    ["12/28/09", "1/7/10"],
    ["01/28/09", "02/07/09"],
    ["2024-03-14", "2024-03-24"],
    ["2024-03-14T14:30Z", "2024-03-24T14:30Z"],
    ["2024-12-28 09:15", "2025-01-07 09:15"],
    ["3/14/2024 at 2pm", "3/24/2024 at 2pm"],
    ["March 14, 2024 at 9 AM", "March 24, 2024 at 9 AM"],
    ["Mar 14 2:30 p.m.", "Mar 24 2:30 p.m."],
    ["14-Mar-2024", "24-Mar-2024"],
    ["14 MAR 24", "24 MAR 24"],
    ["Mar 14, 2024", "Mar 24, 2024"],
    ["March 3rd, 2024", "March 13th, 2024"],
    ["March 14th", "March 24th"],
    ["14th of March", "24th of March"],
    ["2nd of Apr.", "12th of Apr."],
    ["20th Oct., 89", "30th Oct., 89"],
    ["Tuesday, March 12, 2024", "Friday, March 22, 2024"],
    ["TUE 03/12/2024", "FRI 03/22/2024"],
    ["Sept 25, 2024", "Oct 5, 2024"],
    ["Sept. 5, 2024", "Sept. 15, 2024"],
    ["february 25, 2024", "march 6, 2024"],
    ["Feb 25 2023", "Mar 7 2023"],
    ["20240314", "20240324"],
    ["March 2024", "March 2024"], // via the 15th: 25 March
    ["Dec 2024", "Dec 2024"],
    ["14.03.2024", "24.03.2024"], // 14 > 12: day first
    ["1st", undefined],
    ["13/99/2024", undefined],
    ["Feb 30, 2024", undefined],
    ["next Tuesday", undefined],
    ["Tuesday", "Friday"], // a weekday alone moves with the offset
    ["thu", "sun"],
    ["mayo de 2006", "mayo de 2006"], // Spanish (MEDDOCAN): months, "de"/"del", weekdays
    ["23-febrero-1931", "5-marzo-1931"],
    ["3 de mayo de 2024", "13 de mayo de 2024"],
    ["enero del 2003", "enero del 2003"],
    ["28 ene 2024", "7 feb 2024"],
    ["miércoles 3 de enero de 2024", "sábado 13 de enero de 2024"],
    ["MIERCOLES 3 DE ENERO DE 2024", "SÁBADO 13 DE ENERO DE 2024"],
    ["Julio", "Julio"],
    ["1/2", "1/12"], // a dose would be a detector bug; the parser reads a date
    ["", undefined],
  ])("%s", (input, expected) => {
    const p = parseDate(input);
    if (expected === undefined) expect(p).toBeUndefined();
    else {
      expect(p).toBeDefined();
      expect(shiftDate(input, p!, 10)).toBe(expected);
    }
  });

  it("dayFirst reads ambiguous numeric dates as D/M", () => {
    const p = parseDate("03/04/2024", { dayFirst: true })!;
    expect([p.day, p.month]).toEqual([3, 4]);
    expect(shiftDate("03/04/2024", p, 1)).toBe("04/04/2024");
  });

  it("civil day numbers round trip", () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 800_000 }), (z) => {
        const [y, m, d] = civilFromDays(z);
        expect(daysFromCivil(y, m, d)).toBe(z);
      }),
    );
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
  });
});

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const ord = (d: number) => (d % 100 >= 11 && d % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][d % 10] ?? "th"));
const p2 = (n: number) => String(n).padStart(2, "0");
const wd = (y: number, m: number, d: number) => WEEKDAYS[(((daysFromCivil(y, m, d) + 3) % 7) + 7) % 7]!;

/** Date formats: each writes (y, m, d) and says which fields the text carries. */
const FORMATS: { name: string; write: (y: number, m: number, d: number) => string; year: boolean; day: boolean; yy?: boolean }[] = [
  { name: "M/D/YYYY", write: (y, m, d) => `${m}/${d}/${y}`, year: true, day: true },
  { name: "MM/DD/YY", write: (y, m, d) => `${p2(m)}/${p2(d)}/${p2(y % 100)}`, year: true, day: true, yy: true },
  { name: "MM/DD/YYYY", write: (y, m, d) => `${p2(m)}/${p2(d)}/${y}`, year: true, day: true },
  { name: "ISO", write: (y, m, d) => `${y}-${p2(m)}-${p2(d)}`, year: true, day: true },
  { name: "ISO time", write: (y, m, d) => `${y}-${p2(m)}-${p2(d)}T08:05:00Z`, year: true, day: true },
  { name: "D-Mon-YYYY", write: (y, m, d) => `${d}-${MONTHS[m - 1]!.slice(0, 3)}-${y}`, year: true, day: true },
  { name: "DD MON YY", write: (y, m, d) => `${p2(d)} ${MONTHS[m - 1]!.slice(0, 3).toUpperCase()} ${p2(y % 100)}`, year: true, day: true, yy: true },
  { name: "Mon D, YYYY", write: (y, m, d) => `${MONTHS[m - 1]!.slice(0, 3)} ${d}, ${y}`, year: true, day: true },
  { name: "Month Dth, YYYY", write: (y, m, d) => `${MONTHS[m - 1]} ${d}${ord(d)}, ${y}`, year: true, day: true },
  { name: "Dth of Month", write: (_y, m, d) => `${d}${ord(d)} of ${MONTHS[m - 1]}`, year: false, day: true },
  { name: "Weekday, Month D, YYYY", write: (y, m, d) => `${wd(y, m, d)}, ${MONTHS[m - 1]} ${d}, ${y}`, year: true, day: true },
  { name: "YYYYMMDD", write: (y, m, d) => `${y}${p2(m)}${p2(d)}`, year: true, day: true },
  { name: "MONTH YYYY", write: (y, m) => `${MONTHS[m - 1]!.toUpperCase()} ${y}`, year: true, day: false },
];

/** The format of a parsed date: separators verbatim, fields by role and style (not by value). */
function signature(s: string, p: ParsedDate, ignoreAbbr = false): string {
  let last = 0;
  let sig = "";
  const ordinals = new Set(p.tokens.map((t) => t.ordinal).filter((t) => t !== undefined));
  for (const t of p.tokens) {
    if (ordinals.has(t)) {
      // the suffix itself changes with the day ("1st" -> "4th"); its case style must not
      const o = s.slice(t.start, t.end);
      sig += s.slice(last, t.start) + (o === o.toUpperCase() ? "<ORD>" : "<ord>");
      last = t.end;
      continue;
    }
    const text = s.slice(t.start, t.end);
    sig += s.slice(last, t.start).replace(/[0-9]/g, "#");
    last = t.end;
    if (t.role === "fill") sig += t.kind === "num" ? "#" : text;
    else if (t.kind === "word") {
      const style = text === text.toUpperCase() ? "U" : text[0] === text[0]!.toUpperCase() ? "T" : "L";
      sig += `<${t.role}:${style}:${ignoreAbbr && t.role === "month" ? "?" : t.abbrLen === undefined ? "full" : "abbr"}>`;
    } else sig += `<${t.role}${t.role === "year" ? t.end - t.start : ""}${t.ordinal ? ":ord" : ""}>`;
  }
  return sig + s.slice(last).replace(/[0-9]/g, "#");
}

describe("date shift properties", () => {
  const dateArb = fc
    .record({ y: fc.integer({ min: 1951, max: 2048 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }), f: fc.integer({ min: 0, max: FORMATS.length - 1 }) })
    .filter(({ y, m, d }) => d <= new Date(Date.UTC(y, m, 0)).getUTCDate());

  it("a shifted date parses back to original + offset, in the original format (every format, many keys)", () => {
    fc.assert(
      fc.property(dateArb, fc.string({ minLength: 1, maxLength: 8 }), fc.boolean(), ({ y, m, d, f }, context, keepWeekday) => {
        const fmt = FORMATS[f]!;
        const input = fmt.write(y, m, d);
        const state = new OperatorState({ operators: { DATE: { kind: "dateShift", keepWeekday } }, key: KEY, context });
        const off = state.dateOffset(365, keepWeekday);
        expect(off).not.toBe(0);
        expect(Math.abs(off)).toBeLessThanOrEqual(365);
        if (keepWeekday) expect(Math.abs(off) % 7).toBe(0);
        const out = state.replacement("DATE", input);
        const q = parseDate(out);
        expect(q, `${fmt.name}: ${input} -> ${out}`).toBeDefined();
        const p = parseDate(input)!;
        // "May" is both the full name and the abbreviation, so abbreviation style is not comparable across it
        const may = p.month === 5 || q!.month === 5;
        expect(signature(out, q!, may)).toBe(signature(input, p, may));
        // zero padding: a padded original gives 2-digit month/day numbers, an unpadded one never a leading zero
        for (const t of q!.tokens) {
          if (t.kind !== "num" || (t.role !== "month" && t.role !== "day")) continue;
          const w = out.slice(t.start, t.end);
          if (p.padded) expect(w.length, out).toBe(2);
          else expect(w.startsWith("0"), out).toBe(false);
        }
        const base = fmt.year ? y : 2000;
        const [ey, em, ed] = civilFromDays(daysFromCivil(base, m, fmt.day ? d : 15) + off);
        if (fmt.year) expect(q!.year).toBe(ey);
        expect(q!.month).toBe(em);
        if (fmt.day) expect(q!.day).toBe(ed);
        if (fmt.name.includes("Dth")) expect(out).toContain(`${ed}${ord(ed)}`);
        if (fmt.name.startsWith("Weekday")) expect(out.startsWith(wd(ey, em, ed))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("intervals and order survive: two dates of one context keep their distance", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -400, max: 400 }), ({ y, m, d }, delta) => {
        const [y2, m2, d2] = civilFromDays(daysFromCivil(y, m, d) + delta);
        const state = new OperatorState({ operators: { DATE: { kind: "dateShift" } }, key: KEY, context: "patient-7" });
        const a = parseDate(state.replacement("DATE", `${y}-${p2(m)}-${p2(d)}`))!;
        const b = parseDate(state.replacement("DATE", `${MONTHS[m2 - 1]} ${d2}, ${y2}`))!;
        expect(daysFromCivil(b.year!, b.month!, b.day!) - daysFromCivil(a.year!, a.month!, a.day!)).toBe(delta);
      }),
      { numRuns: 200 },
    );
  });

  it("one offset per (key, context): contexts and keys differ, the range is configurable", () => {
    const off = (key: string, context: string, maxDays = 365) =>
      new OperatorState({ operators: { DATE: { kind: "dateShift", maxDays, keepWeekday: false } }, key, context }).dateOffset(maxDays, false);
    const offsets = new Set<number>();
    for (let i = 0; i < 40; i++) offsets.add(off(KEY, `patient-${i}`));
    expect(offsets.size).toBeGreaterThan(30);
    expect(off(KEY, "p1")).toBe(off(KEY, "p1"));
    for (let i = 0; i < 50; i++) expect(Math.abs(off(KEY, `p${i}`, 3))).toBeLessThanOrEqual(3);
  });

  it("unparseable dates fail closed to [DATE]; generalize keeps the year only", () => {
    const r = createRedactorSync({ deny: [{ type: "DATE", terms: ["13/99/2024", "March 3rd, 2024", "3/14"] }] });
    const shifted = r.redact("a 13/99/2024 b March 3rd, 2024", { operators: { DATE: { kind: "dateShift" } }, key: KEY });
    expect(shifted.text.startsWith("a [DATE] b ")).toBe(true);
    expect(shifted.text).not.toContain("March 3rd, 2024");
    const gen = r.redact("on March 3rd, 2024 and 3/14", { operators: { DATE: { kind: "generalize" } } });
    expect(gen.text).toBe("on 2024 and [DATE]");
  });
});

describe("date shift fails closed on arbitrary text", () => {
  it("never throws; a value is either shifted (a day-carrying date always changes) or replaced by [DATE]", () => {
    const state = new OperatorState({ operators: { DATE: { kind: "dateShift" } }, key: KEY, context: "x" });
    const unit = fc.constantFrom("1", "2", "3", "0", "9", "/", "-", ".", " ", ",", "'", ":", "T", "Z", "March", "Mar", "th", "of", "Tue", "pm", "x", "é", "😀");
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 12 }), (v) => {
        const out = state.replacement("DATE", v);
        const p = parseDate(v);
        if (p === undefined) expect(out).toBe("[DATE]");
        else if (p.day !== undefined) expect(out).not.toBe(v);
      }),
      { numRuns: 1000 },
    );
  });
});
