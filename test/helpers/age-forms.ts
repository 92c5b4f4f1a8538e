// Why this file exists: the age rounds' property over ages above 89 (stops 49, 50 and 52c), written once: for any age
// 90..max and any case style (mixed, ALL CAPS, lower), every positive frame finds an AGE at the number's place and no
// negative frame finds an AGE, on both engines. A frame holds "#" where the number goes.
import fc from "fast-check";
import { describe, it } from "vitest";
import { createRedactorSync } from "../../src/index.js";

export function runAgeFormProperty(
  title: string,
  label: string,
  positive: readonly string[],
  negative: readonly string[],
  max: number,
): void {
  describe(title, () => {
    for (const engine of ["wasm", "js"] as const) {
      const r = createRedactorSync({ engine });
      it(`${engine}: ${label}`, () => {
        fc.assert(
          fc.property(fc.integer({ min: 90, max }), fc.constantFrom("m", "u", "l"), (n, c) => {
            const cased = (s: string) => (c === "u" ? s.toUpperCase() : c === "l" ? s.toLowerCase() : s);
            for (const f of positive) {
              const s = cased(f.replace("#", String(n)));
              const i = s.indexOf(String(n), f.indexOf("#") - 2);
              if (!r.find(s).some((x) => x.type === "AGE" && x.start === i)) return false;
            }
            for (const f of negative) {
              if (r.find(cased(f.replace("#", String(n)))).some((x) => x.type === "AGE")) return false;
            }
            return true;
          }),
          { numRuns: 60 },
        );
      });
    }
  });
}
