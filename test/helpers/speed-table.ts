// Why this file exists: the one runner of the speed rounds' tables (stop 61, sa61: it was written out four times, in
// test/speed-59.test.ts, speed-59-sq59, speed-60 and speed-60-sq60): each row is a text and the findings the start of
// the round found in it, as [text, type, reason] in order (the reason too, unlike round-table.ts's runRoundTable(): a
// speed round must not move a finding's rule either), run on both engines. A row records what the core finds, gaps
// included.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../../src/index.js";

/** A speed round's row: a text and its findings as [text, type, reason], in order. */
export type SpeedRow = readonly [string, ReadonlyArray<readonly [string, string, string]>];

/** Runs `rows` on both engines under `title`; `more` adds the file's other tests inside the same describe(). */
export function runSpeedTable(title: string, rows: readonly SpeedRow[], more?: () => void): void {
  describe(title, () => {
    for (const engine of ["wasm", "js"] as const) {
      const r = createRedactorSync({ engine });
      for (const [text, expected] of rows) {
        it(`${engine}: ${JSON.stringify(text).slice(0, 120)}`, () => {
          expect(r.find(text).map((f) => [f.text, f.type, f.reason])).toEqual(expected);
        });
      }
    }
    if (more !== undefined) more();
  });
}
