// Why this file exists: the API edge over the core's struct-of-arrays (src/findings.ts Selection, src/wasm/core.ts)
// against naive oracles: filtering, stable sort and overlap merge on random raw rows equal the object-by-object
// reference (filter, Array.prototype.sort, fold), and scans whose rows come in one batch (read in place from the core's
// memory) or in several (copied out) give the same findings.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FindingFilter, NO_REASONS, STATE_LEVEL_REASONS, Selection, mergeOverlaps } from "../src/findings.js";
import { ENTITY_TYPES, type EntityType, type Finding } from "../src/types.js";
import { INFO_DICTIONARY, REASONS } from "../src/wasm/abi.js";
import type { RawFindings } from "../src/wasm/core.js";
import { OUT_CAP } from "../src/wasm/core.js";
import { OperatorState } from "../src/operators/index.js";
import { createRedactorSync } from "../src/index.js";

interface Row {
  start: number;
  end: number;
  type: number;
  info: number;
  score: number;
}

const PATTERN_REASONS = ["dictionary:deny", "cue:1", "location:state", "dictionary:builtin"];

/** The reference filter: one Finding per kept row, in raw order (the filter documented in DESIGN.md). */
function kept(text: string, rows: readonly Row[], o: {
  enabled: ReadonlySet<EntityType>; threshold: number; allow: ReadonlySet<string>; drop: ReadonlySet<string>;
}): Finding[] {
  const list: Finding[] = [];
  for (const r of rows) {
    const type = r.type >= 1 && r.type <= ENTITY_TYPES.length ? ENTITY_TYPES[r.type - 1]! : undefined;
    if (type === undefined || !o.enabled.has(type)) continue;
    const score = r.score / 1000;
    if (score < o.threshold) continue;
    if (r.end <= r.start) continue;
    const t = text.slice(r.start, r.end);
    if (o.allow.size > 0 && o.allow.has(t.toLowerCase())) continue;
    const dict = (r.info & INFO_DICTIONARY) !== 0;
    const reason = dict ? (PATTERN_REASONS[r.info & 0x7fffffff] ?? "dictionary") : (REASONS[r.info] ?? `scanner:${r.info}`);
    if (o.drop.has(reason)) continue;
    list.push({ type, start: r.start, end: r.end, text: t, score, source: dict ? "dictionary" : "scanner", reason });
  }
  return list;
}

/** The reference merge: a stable sort by (start, -end), then a fold. */
function oracle(text: string, list: readonly Finding[]): Finding[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end); // stable (ES2019)
  const out: Finding[] = [];
  for (const f of sorted) {
    const cur = out[out.length - 1];
    if (cur === undefined || f.start >= cur.end) {
      out.push(f);
      continue;
    }
    // the running finding keeps its name unless f scores higher, or the same and is longer than the span so far
    const win = f.score > cur.score || (f.score === cur.score && f.end - f.start > cur.end - cur.start) ? f : cur;
    const end = Math.max(cur.end, f.end);
    out[out.length - 1] = { ...win, start: cur.start, end, text: text.slice(cur.start, end) };
  }
  return out;
}

function rawOf(rows: readonly Row[]): RawFindings {
  const col = (k: keyof Row): Uint32Array => Uint32Array.from(rows.map((r) => r[k] >>> 0));
  return {
    count: rows.length,
    start: col("start"),
    end: col("end"),
    type: col("type"),
    info: col("info"),
    score: col("score"),
    byteLength: 0,
  };
}

const TEXT = "Jane Doe, MRN 1234567, seen 03/04/2021 in Boston MA; call 617-555-0123. Zoë 😀 jane doe BOSTON ma".repeat(2);

// spans that collide often: few starts, few lengths; scores on a coarse grid so ties happen
const row = fc.record({
  start: fc.integer({ min: 0, max: 40 }),
  len: fc.integer({ min: -2, max: 12 }),
  type: fc.integer({ min: 0, max: ENTITY_TYPES.length + 2 }),
  dict: fc.boolean(),
  code: fc.constantFrom(0, 1, 2, 3, 7, 38, 0x401, 0x417, 0x418, 0x4fe, 99999),
  score: fc.oneof(fc.constantFrom(0, 299, 300, 301, 350, 500, 700, 900, 1000), fc.integer({ min: 0, max: 1000 })),
}).map(({ start, len, type, dict, code, score }): Row => ({
  start,
  end: Math.max(0, start + len),
  type,
  info: dict ? (INFO_DICTIONARY | (code % 6)) >>> 0 : code,
  score,
}));
/** Raw rows as the core returns them: one or more passes, each sorted or shuffled, concatenated. */
const rows = fc.oneof(
  fc.array(row, { maxLength: 40 }),
  fc.array(fc.array(row, { maxLength: 15 }).map((a) => a.sort((x, y) => x.start - y.start || y.end - x.end)), { maxLength: 4 })
    .map((passes) => passes.flat()),
  // sorted, then some rows moved a few places or far forward (a dictionary word emitted before the scanner's longer
  // finding at the same start; Selection sorts near moves by insertion and far ones by merging)
  fc.tuple(fc.array(row, { minLength: 2, maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 20 })), { maxLength: 8 }))
    .map(([a, moves]) => {
      a.sort((x, y) => x.start - y.start || y.end - x.end);
      for (const [from, by] of moves) {
        const i = from % a.length;
        const [r] = a.splice(i, 1);
        a.splice(Math.min(a.length, i + by), 0, r!);
      }
      return a;
    }),
);
const options = fc.record({
  enabled: fc.subarray([...ENTITY_TYPES], { minLength: 1 }),
  threshold: fc.oneof(fc.constantFrom(0, 0.35, 0.5, 0.3, 0.7, 0.9, 1), fc.double({ min: 0, max: 1, noNaN: true })),
  allow: fc.subarray(["jane doe", "boston", "ma", "zoë", "1234567"]),
  below: fc.boolean(),
});

describe("Selection (filter, sort and overlap merge over struct-of-arrays)", () => {
  it("property: equals the naive filter + stable sort + fold, and mergeOverlaps of the kept findings", () => {
    fc.assert(
      fc.property(rows, options, (rs, o) => {
        const enabled = new Set(o.enabled);
        const allow = new Set(o.allow);
        const drop = o.below ? STATE_LEVEL_REASONS : NO_REASONS;
        const sel = new Selection(new FindingFilter({ enabled, threshold: o.threshold, allow, dropReasons: drop, patternReasons: PATTERN_REASONS }));
        const got = sel.select(TEXT, rawOf(rs)).findings(TEXT);
        const list = kept(TEXT, rs, { enabled, threshold: o.threshold, allow, drop });
        const want = oracle(TEXT, list);
        // key order too (callers' JSON output)
        expect(JSON.stringify(got)).toBe(JSON.stringify(want));
        // the object-based merge (redact() of caller-supplied findings) agrees on the same kept findings
        expect(JSON.stringify(mergeOverlaps(TEXT, [...list]))).toBe(JSON.stringify(want));
      }),
      { numRuns: 3000 },
    );
  });

  it("property: redact() from the selection equals apply() of its Finding objects", () => {
    const state = new OperatorState({ operators: { NAME: { kind: "tag", indexed: true }, DATE: { kind: "mask" } } });
    const again = new OperatorState({ operators: { NAME: { kind: "tag", indexed: true }, DATE: { kind: "mask" } } });
    const all = new Set(ENTITY_TYPES);
    fc.assert(
      fc.property(rows, (rs) => {
        const sel = new Selection(new FindingFilter({ enabled: all, threshold: 0.35, allow: new Set(), dropReasons: NO_REASONS, patternReasons: PATTERN_REASONS }));
        sel.select(TEXT, rawOf(rs));
        expect(state.applySelection(TEXT, sel)).toEqual(again.apply(TEXT, sel.findings(TEXT)));
      }),
      { numRuns: 1000 },
    );
  });

  it("a finding past the end of the text fails closed before any replacement", () => {
    const sel = new Selection(new FindingFilter({ enabled: new Set(ENTITY_TYPES), threshold: 0, allow: new Set(), dropReasons: NO_REASONS, patternReasons: [] }));
    sel.select("short", rawOf([{ start: 0, end: 2, type: 1, info: 1, score: 1000 }, { start: 3, end: 9, type: 1, info: 1, score: 1000 }]));
    const state = new OperatorState({ operators: { NAME: { kind: "tag", indexed: true } } });
    expect(() => state.applySelection("short", sel)).toThrow(/INVALID_INPUT/);
    // the numbering was not touched: the first name is still NAME_1
    expect(state.replacement("NAME", "x")).toBe("[NAME_1]");
  });
});

describe("core rows in one batch (read in place) and in several (copied out)", () => {
  it("with the name pass: findings do not depend on what the instance scanned before", () => {
    const texts = [
      "", "no phi here at all", "Seen by Jane Roe and John Smith in Boston.", "Zoë Martínez 😀 visited Ann Kim",
      "MRN 1234567, call 617-555-0123, jane@example.org", "JOHN SMITH, M.D.\nBOSTON, MA 02118",
    ];
    const big = Array.from({ length: 5000 }, (_, i) => `Dr. Jane Roe${i % 7} p${i}@example.org`).join(" ünd ");
    for (const engine of ["wasm", "js"] as const) {
      const fresh = texts.map((t) => createRedactorSync({ engine }).find(t));
      const r = createRedactorSync({ engine });
      for (const [i, t] of texts.entries()) {
        expect(r.find(big).length).toBeGreaterThan(2 * OUT_CAP);
        const got = r.find(t);
        expect(got).toEqual(fresh[i]);
        for (const f of got) expect(f.text).toBe(t.slice(f.start, f.end));
      }
    }
  });

  for (const engine of ["wasm", "js"] as const) {
    const r = createRedactorSync({ engine, entities: ["EMAIL"] });
    for (const sep of [" and ", " ünd 😀 "]) {
      it(`${engine}, ${sep.trim()}: every e-mail of 1 to ${3 * OUT_CAP} is found with exact bounds`, () => {
        for (const n of [1, 50, OUT_CAP - 10, OUT_CAP + 10, 3 * OUT_CAP]) {
          const parts: string[] = [];
          for (let i = 0; i < n; i++) parts.push(`p${i}@example.org`);
          const text = parts.join(sep);
          const found = r.find(text);
          expect(found.length).toBe(n);
          let at = 0;
          for (let i = 0; i < n; i++) {
            expect([found[i]!.start, found[i]!.end, found[i]!.text]).toEqual([at, at + parts[i]!.length, parts[i]]);
            at += parts[i]!.length + sep.length;
          }
          // a small scan after a big one (and the reverse) is not disturbed by the reused regions
          expect(r.find(`mail ${parts[0]}`).map((f) => f.text)).toEqual([parts[0]]);
        }
      });
    }
  }
});
