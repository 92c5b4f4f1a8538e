// Why this file exists: the one runner for our hand-written clinical fixtures (clinical-notes.test.ts and
// clinical-notes-2.test.ts): the file is what its script writes, spans are consistent, token recall and precision stay
// above measured floors on both engines, listed clinical phrases are never touched, hard negatives report nothing.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createRedactorSync, type Redactor } from "../../src/index.js";
import { newTally, scoreDocument, summarize, type Span } from "../../scripts/eval-lib.mjs";

interface Note {
  readonly id: string;
  readonly text: string;
  readonly spans: readonly Span[];
  readonly ignored: readonly Span[];
}

export interface FixtureSuite {
  readonly title: string;
  /** file name under test/fixtures/ */
  readonly fixture: string;
  /** file name under scripts/ that writes the fixture */
  readonly script: string;
  /** any-type recall and precision floors, and any-type recall floors per type */
  readonly floors: { readonly recall: number; readonly precision: number; readonly types: Readonly<Record<string, number>> };
  /** phrases of the notes that no finding may touch */
  readonly keep: readonly string[];
  /** every phrase of `keep` must occur in the notes (so that a typo cannot make the check vacuous) */
  readonly keepMustOccur?: boolean;
  /** the most notes the fixture may hold (40 unless said; fixture 19 has 42) */
  readonly maxNotes?: number;
  /** texts in which nothing may be reported */
  readonly hardNegatives?: readonly string[];
}

export function runFixtureSuite(o: FixtureSuite): void {
  const file = join(__dirname, "..", "fixtures", o.fixture);
  const notes: Note[] = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Note);
  const corpusTypes = new Set(notes.flatMap((n) => n.spans.map((s) => s.type as string)));
  const score = (r: Redactor) => {
    const tally = newTally();
    for (const n of notes) scoreDocument(tally, n.text, n.spans, n.ignored, r.find(n.text), corpusTypes);
    return summarize(tally);
  };

  describe(o.title, () => {
    it(`is what scripts/${o.script} writes (offsets computed, not edited by hand)`, () => {
      const dir = mkdtempSync(join(tmpdir(), "phiscrub-fixture-"));
      try {
        const out = join(dir, "notes.jsonl");
        execFileSync(process.execPath, [join(__dirname, "..", "..", "scripts", o.script), out]);
        expect(readFileSync(out, "utf8")).toBe(readFileSync(file, "utf8"));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it(`has 25-${o.maxNotes ?? 40} notes and consistent spans`, () => {
      expect(notes.length).toBeGreaterThanOrEqual(25);
      expect(notes.length).toBeLessThanOrEqual(o.maxNotes ?? 40);
      for (const n of notes) {
        for (const s of [...n.spans, ...n.ignored]) {
          expect(s.end).toBeGreaterThan(s.start);
          expect((s as Span & { text: string }).text).toBe(n.text.slice(s.start, s.end));
        }
      }
    });

    for (const engine of ["wasm", "js"] as const) {
      describe(engine, () => {
        const r = createRedactorSync({ engine });

        it("token recall and precision over all PHI stay above the measured floors", () => {
          const sum = score(r);
          expect(sum.anyType.recall).toBeGreaterThanOrEqual(o.floors.recall);
          expect(sum.anyType.precision).toBeGreaterThanOrEqual(o.floors.precision);
          for (const [t, floor] of Object.entries(o.floors.types)) {
            const row = sum.rows.find((x) => x.type === t);
            expect(row, t).toBeDefined();
            expect(row!.recallAnyType, t).toBeGreaterThanOrEqual(floor);
          }
        });

        it("leaves the clinical words of the notes alone", () => {
          const seen = new Set<string>();
          for (const n of notes) {
            const found = r.find(n.text);
            for (const w of o.keep) {
              let at = n.text.indexOf(w);
              while (at >= 0) {
                seen.add(w);
                const hit = found.find((f) => f.start < at + w.length && f.end > at);
                expect(hit, `${n.id}: "${w}" touched by ${JSON.stringify(hit)}`).toBeUndefined();
                at = n.text.indexOf(w, at + 1);
              }
            }
          }
          if (o.keepMustOccur) expect(o.keep.filter((w) => !seen.has(w))).toEqual([]);
        });

        if (o.hardNegatives) {
          it("reports nothing in the hard negatives", () => {
            for (const text of o.hardNegatives!) expect(r.find(text), text).toEqual([]);
          });
        }
      });
    }
  });
}
