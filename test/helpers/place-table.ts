// Why this file exists: the one runner for place tables (names.test.ts and addresses.test.ts): each case's findings
// as [text, reason] with NAME, LOCATION, ZIP and PHONE enabled, and words that must stay unredacted, on both engines.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../../src/index.js";

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
