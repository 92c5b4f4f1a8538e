// Why this file exists: the one runner for place tables (names.test.ts and addresses.test.ts): each case's findings
// as [text, reason] with NAME, LOCATION, ZIP and PHONE enabled, and words that must stay unredacted, on both engines;
// and its typed twin for identifier, date and age tables (findings of the listed types as [text, type], every type on).
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../../src/index.js";

/** The place tables' reasons, named once (stop 49: each round's table had declared its own copies). */
export const ADDR = "location:address";
export const ORG = "location:organization";
export const FAC = "location:facility";
export const CITY = "location:city";
export const STATE = "location:city-state";
export const ZIP = "format:zip-address";
export const PHONE = "cue:phone";
export const NANP = "validator:nanp";

/** [text, expected [finding text, reason], words that must not be inside any finding] */
export type PlaceCase = readonly [string, ReadonlyArray<readonly [string, string]>, readonly string[]];

export function runPlaceTable(title: string, cases: ReadonlyArray<PlaceCase>): void {
  describe(title, () => {
    for (const engine of ["wasm", "js"] as const) {
      const r = createRedactorSync({ engine, entities: ["NAME", "LOCATION", "ZIP", "PHONE"] });
      for (const [text, expected, never] of cases) {
        it(`${engine}: ${JSON.stringify(text)}`, () => {
          const found = r.find(text);
          expect(found.map((f) => [f.text, f.reason])).toEqual(expected);
          for (const w of never) {
            const i = text.indexOf(w);
            expect(i, w).toBeGreaterThanOrEqual(0);
            expect(found.some((f) => f.start <= i && i < f.end), `"${w}" must not be redacted`).toBe(false);
          }
        });
      }
    }
  });
}

/** [text, expected [finding text, type] of the table's types, words that must not be inside any finding] */
export type TypedCase = readonly [string, ReadonlyArray<readonly [string, string]>, readonly string[]];

type Rows = ReadonlyArray<readonly [string, string]>;

/**
 * A row in mixed case, ALL CAPS and lower case: the expected texts and the words that must stay follow the text's case
 * (one copy for the round files that wrote it each: stop 44's duplicates merge).
 */
export function casedRows(text: string, expected: Rows, never: readonly string[]): TypedCase[] {
  const up = (s: string) => s.toUpperCase();
  const lo = (s: string) => s.toLowerCase();
  return [
    [text, expected, never],
    [up(text), expected.map(([t, y]) => [up(t), y] as const), never.map(up)],
    [lo(text), expected.map(([t, y]) => [lo(t), y] as const), never.map(lo)],
  ];
}

/** A row in ALL CAPS and lower case only (rules for the two caseless styles; mixed case is older rules'). */
export function caselessRows(text: string, expected: Rows, never: readonly string[]): TypedCase[] {
  return casedRows(text, expected, never).slice(1);
}

/** A row in mixed case, ALL CAPS and lower case, each with its own expectations (other rules read a word by its case). */
export function casedRowsEach(text: string, expected: readonly [Rows, Rows, Rows], never: readonly string[]): TypedCase[] {
  return [
    [text, expected[0], never],
    [text.toUpperCase(), expected[1], never.map((w) => w.toUpperCase())],
    [text.toLowerCase(), expected[2], never.map((w) => w.toLowerCase())],
  ];
}

/** Runs `cases` on both engines with every type on, comparing the findings of `types` as [text, type]. */
export function runTypedTable(title: string, types: ReadonlyArray<string>, cases: ReadonlyArray<TypedCase>): void {
  const wanted = new Set(types);
  describe(title, () => {
    for (const engine of ["wasm", "js"] as const) {
      const r = createRedactorSync({ engine });
      for (const [text, expected, never] of cases) {
        it(`${engine}: ${JSON.stringify(text)}`, () => {
          const found = r.find(text);
          expect(found.filter((f) => wanted.has(f.type)).map((f) => [f.text, f.type])).toEqual(expected);
          for (const w of never) {
            const i = text.indexOf(w);
            expect(i, w).toBeGreaterThanOrEqual(0);
            expect(found.some((f) => f.start <= i && i < f.end), `"${w}" must not be redacted`).toBe(false);
          }
        });
      }
    }
  });
}
