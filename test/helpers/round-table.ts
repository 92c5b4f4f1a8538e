// Why this file exists: the one runner of the clinical rounds' tables (text -> expected [type, text] findings), on
// both engines, shared by the round tests of test/names.test.ts, test/clinical-notes-8.test.ts and
// test/clinical-round-13.test.ts.
import { describe, expect, it } from "vitest";
import { createRedactorSync, type EntityType } from "../../src/index.js";

/** Rows of a round: a text and the findings expected in it, as [type, text] in order. */
export type RoundRows = ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]>;

/** Runs `rows` on both engines; `entities` restricts the redactor (default: every type). */
export function runRoundTable(title: string, rows: RoundRows, entities?: readonly EntityType[]): void {
  describe(title, () => {
    for (const engine of ["wasm", "js"] as const) {
      const r = createRedactorSync(entities === undefined ? { engine } : { engine, entities: [...entities] });
      for (const [text, expected] of rows) {
        it(`${engine}: ${text}`, () => {
          expect(r.find(text).map((f) => [f.type, f.text])).toEqual(expected);
        });
      }
    }
  });
}
