// Why this file exists: fast-check properties of the scanners: a valid generated SSN / NPI / DEA / VIN / card / MBI /
// date / phone embedded in random prose (non-ASCII and emoji included) is found with exact UTF-16 bounds, and strings
// that fail the validator are never reported as that type. Oracles are the published check-digit rules, written
// independently of the AssemblyScript validators.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRedactorSync, type EntityType } from "../src/index.js";

const r = createRedactorSync({ engine: "wasm" });
const js = createRedactorSync({ engine: "js" });

// neutral prose: no digits, no cue words, no month or weekday names
const proseWord = fc.constantFrom("the", "patient", "was", "well", "naïve", "señor", "über", "😀", "日本", "and", "with",
  "reports", "feeling", "😷🤒", "Zoë", "crème", "okay");
const prose = fc.array(proseWord, { minLength: 0, maxLength: 6 }).map((w) => w.join(" "));
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });

/** Embeds `id` between two pieces of prose and checks the finding of `type` has exactly its bounds. */
function foundExactly(type: EntityType, id: string, before: string, after: string): void {
  const text = `${before} ${id} ${after}`;
  const start = before.length + 1;
  const hits = r.find(text).filter((f) => f.type === type);
  expect(hits.map((f) => [f.start, f.end])).toEqual([[start, start + id.length]]);
  expect(js.find(text)).toEqual(r.find(text));
}
function notFoundAs(type: EntityType, id: string, before: string, after: string): void {
  const text = `${before} ${id} ${after}`;
  expect(r.find(text).filter((f) => f.type === type)).toEqual([]);
}

const luhnCheck = (body: number[]): number => {
  // check digit that makes body + check pass Luhn
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body[body.length - 1 - i]!;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
};

const ssnArb = fc.record({
  area: fc.integer({ min: 1, max: 899 }).filter((a) => a !== 666),
  group: fc.integer({ min: 1, max: 99 }),
  serial: fc.integer({ min: 1, max: 9999 }),
}).map(({ area, group, serial }) => `${String(area).padStart(3, "0")}-${String(group).padStart(2, "0")}-${String(serial).padStart(4, "0")}`);
const badSsnArb = fc.oneof(
  fc.constantFrom("000", "666", "900", "950", "999").chain((a) => fc.integer({ min: 1, max: 99 }).map((g) => `${a}-${String(g).padStart(2, "0")}-1234`)),
  fc.integer({ min: 1, max: 899 }).map((a) => `${String(a).padStart(3, "0")}-00-1234`),
  fc.integer({ min: 1, max: 899 }).map((a) => `${String(a).padStart(3, "0")}-12-0000`),
);

const npiArb = fc.tuple(fc.constantFrom(1), digits(8)).map(([first, rest]) => {
  const body = [first, ...rest];
  const check = luhnCheck([8, 0, 8, 4, 0, ...body]);
  return body.join("") + check;
});

const DEA_FIRST = "ABCDEFGHJKLMPRSTUX";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const deaArb = fc.tuple(fc.constantFrom(...DEA_FIRST), fc.constantFrom(...LETTERS), digits(6)).map(([a, b, d]) => {
  const check = (d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!)) % 10;
  return `${a}${b}${d.join("")}${check}`;
});

const VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
const vinValue = (c: string): number => {
  if (c >= "0" && c <= "9") return Number(c);
  const map: Record<string, number> = {
    A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4,
    V: 5, W: 6, X: 7, Y: 8, Z: 9,
  };
  return map[c]!;
};
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const vinArb = fc.tuple(fc.constantFrom(..."12345"), fc.array(fc.constantFrom(...VIN_CHARS), { minLength: 16, maxLength: 16 }), fc.constantFrom(..."ABCDEFGHJKLMNPRSTUVWXYZ"))
  .map(([first, rest, letter]) => {
    const chars = [first, ...rest];
    chars[3] = letter; // at least one letter
    const sum = chars.reduce((acc, c, i) => acc + vinValue(c) * VIN_W[i]!, 0);
    const c = sum % 11;
    chars[8] = c === 10 ? "X" : String(c);
    return chars.join("");
  });

const cardArb = fc.tuple(digits(15), fc.boolean()).map(([d, grouped]) => {
  const body = [4, ...d.slice(0, 14)];
  const all = [...body, luhnCheck(body)].join("");
  return grouped ? all.replace(/(\d{4})(?=\d)/g, "$1 ") : all;
});

const MBI_L = "ACDEFGHJKMNPQRTUVWXY";
const mbiArb = fc.tuple(
  fc.integer({ min: 1, max: 9 }), fc.constantFrom(...MBI_L), fc.constantFrom(...MBI_L, ..."0123456789"), fc.integer({ min: 0, max: 9 }),
  fc.constantFrom(...MBI_L), fc.constantFrom(...MBI_L, ..."0123456789"), fc.integer({ min: 0, max: 9 }), fc.constantFrom(...MBI_L),
  fc.constantFrom(...MBI_L), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }), fc.boolean(),
).map((p) => {
  const s = p.slice(0, 11).join("");
  return p[11] ? `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}` : s;
});

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const dateArb = fc.record({ y: fc.integer({ min: 1900, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }), f: fc.integer({ min: 0, max: 3 }) })
  .filter(({ y, m, d }) => d <= daysIn(y, m))
  .map(({ y, m, d, f }) => {
    const p2 = (n: number) => String(n).padStart(2, "0");
    if (f === 0) return `${m}/${d}/${y}`;
    if (f === 1) return `${y}-${p2(m)}-${p2(d)}`;
    if (f === 2) return `${MONTHS[m - 1]} ${d}, ${y}`;
    return `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`;
  });
const badDateArb = fc.record({ y: fc.integer({ min: 1900, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), f: fc.boolean() })
  .map(({ y, m, f }) => (f ? `${m}/${daysIn(y, m) + 1}/${y}` : `${y}-13-${String(1 + (m % 28)).padStart(2, "0")}`));

const phoneArb = fc.tuple(fc.integer({ min: 2, max: 9 }), digits(2), fc.integer({ min: 2, max: 9 }), digits(6), fc.integer({ min: 0, max: 3 }))
  .map(([a, a2, e, rest, f]) => {
    const area = `${a}${a2.join("")}`;
    const ex = `${e}${rest.slice(0, 2).join("")}`;
    const line = rest.slice(2).join("");
    return [`(${area}) ${ex}-${line}`, `${area}-${ex}-${line}`, `${area}.${ex}.${line}`, `+1 ${area} ${ex} ${line}`][f]!;
  });

const cases: Array<[string, EntityType, fc.Arbitrary<string>]> = [
  ["SSN", "SSN", ssnArb],
  ["NPI", "LICENSE", npiArb],
  ["DEA", "LICENSE", deaArb],
  ["VIN", "VEHICLE", vinArb],
  ["payment card", "ACCOUNT", cardArb],
  ["Medicare MBI", "HEALTH_PLAN", mbiArb],
  ["date", "DATE", dateArb],
  ["NANP phone", "PHONE", phoneArb],
];

describe("scanner properties: valid identifiers in random prose are found with exact bounds", () => {
  for (const [name, type, arb] of cases) {
    it(name, () => {
      fc.assert(fc.property(arb, prose, prose, (id, a, b) => foundExactly(type, id, a, b)), { numRuns: 150 });
    });
  }
});

// two numeric dates glued by a dash or joined by " to ": each is its own finding with exact bounds
const rangeArb = fc.record({
  y: fc.integer({ min: 1900, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }),
  len: fc.integer({ min: 1, max: 9 }), year: fc.boolean(), join: fc.constantFrom("-", "\u2013", " - ", " to "),
}).filter(({ y, m, d }) => d <= daysIn(y, m)).map(({ y, m, d, len, year, join }) => {
  const e = new Date(Date.UTC(y, m - 1, d + len));
  const yy = (n: number) => String(n % 100).padStart(2, "0");
  const a = year ? `${m}/${d}/${yy(y)}` : `${m}/${d}`;
  const b = year ? `${e.getUTCMonth() + 1}/${e.getUTCDate()}/${yy(e.getUTCFullYear())}` : `${e.getUTCMonth() + 1}/${e.getUTCDate()}`;
  return { a, b, join };
});

describe("scanner properties: date ranges", () => {
  it("a range of two dates (a stay of 1-9 days) gives both dates with exact bounds", () => {
    fc.assert(fc.property(rangeArb, prose, prose, ({ a, b, join }, x, y) => {
      const text = `${x} admitted ${a}${join}${b} ${y}`;
      const s1 = x.length + 10;
      const s2 = s1 + a.length + join.length;
      const hits = r.find(text).filter((f) => f.type === "DATE" && f.start >= s1 && f.end <= s2 + b.length);
      expect(hits.map((f) => [f.start, f.end])).toEqual([[s1, s1 + a.length], [s2, s2 + b.length]]);
      expect(js.find(text)).toEqual(r.find(text));
    }), { numRuns: 150 });
  });
});

/** Flips one digit so that a check digit no longer holds. */
const breakDigit = (s: string, index: (s: string) => number) => {
  const i = index(s);
  const d = Number(s[i]);
  return s.slice(0, i) + String((d + 1) % 10) + s.slice(i + 1);
};

describe("scanner properties: strings failing the validator are not reported as that type", () => {
  it("SSN outside the valid ranges", () => {
    fc.assert(fc.property(badSsnArb, prose, prose, (id, a, b) => notFoundAs("SSN", id, a, b)), { numRuns: 150 });
  });
  it("NPI with a wrong check digit", () => {
    fc.assert(fc.property(npiArb, prose, prose, (id, a, b) => notFoundAs("LICENSE", breakDigit(id, (s) => s.length - 1), a, b)), { numRuns: 150 });
  });
  it("DEA with a wrong check digit", () => {
    fc.assert(fc.property(deaArb, prose, prose, (id, a, b) => notFoundAs("LICENSE", breakDigit(id, (s) => s.length - 1), a, b)), { numRuns: 150 });
  });
  it("VIN with a wrong check digit", () => {
    fc.assert(fc.property(vinArb, prose, prose, (id, a, b) => {
      const bad = id.slice(0, 8) + (id[8] === "X" ? "0" : id[8] === "9" ? "X" : String(Number(id[8]) + 1)) + id.slice(9);
      notFoundAs("VEHICLE", bad, a, b);
    }), { numRuns: 150 });
  });
  it("card failing Luhn", () => {
    fc.assert(fc.property(cardArb, prose, prose, (id, a, b) => notFoundAs("ACCOUNT", breakDigit(id, (s) => s.length - 1), a, b)), { numRuns: 150 });
  });
  it("impossible calendar dates", () => {
    fc.assert(fc.property(badDateArb, prose, prose, (id, a, b) => notFoundAs("DATE", id, a, b)), { numRuns: 150 });
  });
});

describe("scanner properties: arbitrary input", () => {
  // pieces that wake every scanner and its cues, mixed with multi-byte characters
  const piece = fc.constantFrom("0", "1", "2", "5", "9", "12", "2024", "/", "-", ".", ":", "::", "@", "(", ")", "[at]",
    "[dot]", " ", " ", "+", "x", "ext", "é", "😀", "\n", "Mar", "March", "de", "of", "MRN", "Fax", "SSN", "DOB", "NHC",
    "www", "http", "com", "org", "a", "AB", "GB", "años", "y/o", "ninety-two year old", "Monday", "CP", "MA");
  const text = fc.array(piece, { maxLength: 80 }).map((a) => a.join(""));
  it("never throws, engines agree, findings are sorted, disjoint and slice the text", () => {
    fc.assert(
      fc.property(text, (t) => {
        const a = r.find(t);
        expect(js.find(t)).toEqual(a);
        let last = 0;
        for (const f of a) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(t.slice(f.start, f.end)).toBe(f.text);
          last = f.end;
        }
      }),
      { numRuns: 400 },
    );
  });
});
