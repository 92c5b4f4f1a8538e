// Why this file exists: turns the core's struct-of-arrays output into Finding objects at the API edge, and applies
// the documented overlap policy.

import type { RawFindings } from "./wasm/core.js";
import { ENTITY_TYPES, type EntityType, type Finding, type FindingSource } from "./types.js";
import { INFO_DICTIONARY, REASONS } from "./wasm/abi.js";

/** Reasons of place findings above Safe Harbor's geographic subdivisions (dropped with geography "below-state"). */
export const STATE_LEVEL_REASONS: ReadonlySet<string> = new Set(["location:state", "location:country"]);
export const NO_REASONS: ReadonlySet<string> = new Set();

/** Scanner reason strings by code, dense (REASONS is sparse: its name-pass codes start at 0x401). */
const SCANNER_REASONS: readonly string[] = (() => {
  let max = 0;
  for (const k of Object.keys(REASONS)) max = Math.max(max, Number(k));
  const a: string[] = [];
  for (let c = 0; c <= max; c++) a.push(REASONS[c] ?? `scanner:${c}`);
  return a;
})();

/** The reason string of a scanner reason code (info column with bit 31 clear). */
function scannerReason(code: number): string {
  return code < SCANNER_REASONS.length ? SCANNER_REASONS[code]! : `scanner:${code}`;
}

/** Options of a FindingFilter: which raw findings become public ones. */
export interface FilterOptions {
  readonly enabled: ReadonlySet<EntityType>;
  readonly threshold: number;
  /** Lower-cased texts never reported. */
  readonly allow: ReadonlySet<string>;
  /** Reasons never reported (the geography option drops "location:state" and "location:country"). */
  readonly dropReasons: ReadonlySet<string>;
  /** Reason string of each dictionary pattern id ("dictionary" for an id past its end). */
  readonly patternReasons: readonly string[];
}

/**
 * Per-redactor decision of which raw findings become public ones, with its tables computed once: the entity type of
 * each reported code (undefined for cues, unknown codes and types not enabled) and the reason strings.
 */
export class FindingFilter {
  readonly threshold: number;
  /** The lowest raw score (thousandths) kept: `score / 1000 >= threshold` exactly, as one integer comparison. */
  readonly minScore: number;
  readonly allow: ReadonlySet<string>;
  readonly dropReasons: ReadonlySet<string>;
  /**
   * Dictionary reasons interned: pattern id -> index into `reasonTexts` (a 100k-name dictionary has 100k ids but a
   * handful of distinct reasons; 2 bytes per id instead of an 8-byte pointer keeps the lookups in cache).
   */
  private readonly patternReason: Uint16Array | Uint32Array;
  private readonly reasonTexts: readonly string[];
  /** Entity type of a code when it is reported, by code; code 0 (cues) and disabled types hold undefined. */
  readonly typeOfCode: readonly (EntityType | undefined)[];

  constructor(o: FilterOptions) {
    this.threshold = o.threshold;
    let min = Math.max(0, Math.ceil(o.threshold * 1000));
    while (min > 0 && (min - 1) / 1000 >= o.threshold) min--;
    while (min / 1000 < o.threshold) min++;
    this.minScore = min;
    this.allow = o.allow;
    this.dropReasons = o.dropReasons;
    const texts: string[] = [];
    const ids = new Map<string, number>();
    const idx = o.patternReasons.map((r) => {
      let i = ids.get(r);
      if (i === undefined) {
        ids.set(r, (i = texts.length));
        texts.push(r);
      }
      return i;
    });
    this.patternReason = texts.length <= 0x10000 ? Uint16Array.from(idx) : Uint32Array.from(idx);
    this.reasonTexts = texts;
    this.typeOfCode = [undefined, ...ENTITY_TYPES.map((t) => (o.enabled.has(t) ? t : undefined))];
  }

  /** The reason string of an info column value (bit 31: dictionary pattern id, else scanner reason code). */
  reason(info: number): string {
    if ((info & INFO_DICTIONARY) === 0) return scannerReason(info);
    const id = info & 0x7fffffff;
    return id < this.patternReason.length ? this.reasonTexts[this.patternReason[id]!]! : "dictionary";
  }
}

/** How far back sortRows moves an early row by insertion before it leaves it to the merge. */
const LOCAL_SORT = 8;

/** Grows a scratch array to hold `n` entries (contents are not kept). */
function room(a: Uint32Array, n: number): Uint32Array {
  return n <= a.length ? a : new Uint32Array(Math.max(n, a.length * 2));
}

/**
 * The findings of one scan after filtering and the overlap merge, still struct-of-arrays: finding k covers
 * [start[k], end[k]) and takes type, score, source and reason from raw row `row[k]`. Sorted by start, non-overlapping.
 * One per redactor, reused by every call (its arrays only grow): valid until the next select().
 *
 * Overlap policy: findings that overlap are merged into one finding that covers their union (redaction never leaves
 * part of a detected span behind); the merged finding takes the type, score and reason of the member with the highest
 * score (ties: the longer, then the earlier). Precisely: sort by start ascending, end descending (stable: ties keep
 * the core's order), then fold left; a finding that starts before the running finding's end joins it, and names it
 * if it scores higher, or scores the same and is longer than the running finding's span so far. The same result as
 * {@link mergeOverlaps} over a Finding per kept row (test/findings.props.test.ts checks both against a naive oracle).
 */
export class Selection {
  count = 0;
  start: Uint32Array = new Uint32Array(256);
  end: Uint32Array = new Uint32Array(256);
  row: Uint32Array = new Uint32Array(256);
  /** Scratch: kept raw rows, and the second buffer of the merge sort. */
  private rowsA: Uint32Array = new Uint32Array(256);
  private rowsB: Uint32Array = new Uint32Array(256);
  private raw: RawFindings | undefined;
  readonly filter: FindingFilter;

  constructor(filter: FindingFilter) {
    this.filter = filter;
  }

  type(k: number): EntityType {
    return this.filter.typeOfCode[this.raw!.type[this.row[k]!]!]!;
  }

  score(k: number): number {
    return this.raw!.score[this.row[k]!]! / 1000;
  }

  source(k: number): FindingSource {
    return (this.raw!.info[this.row[k]!]! & INFO_DICTIONARY) !== 0 ? "dictionary" : "scanner";
  }

  reason(k: number): string {
    return this.filter.reason(this.raw!.info[this.row[k]!]!);
  }

  /**
   * Filters the raw rows of one scan of `text`, sorts them and merges overlaps (policy above), without
   * creating any object: strings are made only for the allow list (when there is one). Returns this.
   */
  select(text: string, raw: RawFindings): this {
    const f = this.filter;
    const n = raw.count;
    this.raw = raw;
    this.rowsA = room(this.rowsA, n);
    const rows = this.rowsA;
    const { start, end, type, info, score } = raw;
    const types = f.typeOfCode;
    const minScore = f.minScore;
    const allow = f.allow.size > 0 ? f.allow : undefined;
    const drop = f.dropReasons.size > 0 ? f.dropReasons : undefined;
    let m = 0;
    for (let i = 0; i < n; i++) {
      if (types[type[i]!] === undefined) continue;
      if (score[i]! < minScore) continue;
      const s = start[i]!;
      const e = end[i]!;
      if (e <= s) continue;
      if (allow !== undefined && allow.has(text.slice(s, e).toLowerCase())) continue;
      if (drop !== undefined && drop.has(f.reason(info[i]!))) continue;
      rows[m++] = i;
    }
    const sorted = this.sortRows(start, end, m);
    this.fold(start, end, score, sorted, m);
    return this;
  }

  /**
   * Stable natural merge sort of rowsA[0..m) by start ascending, end descending: the core reports each pass (the
   * automaton pass, then the name pass) in nearly sorted order, so this is usually one check (sorted) or one linear
   * merge of two runs; a row a few places early (LOCAL_SORT) is moved back by insertion during the check instead of
   * cutting a run (dates put "February 24" right after the month word "February"). Stable (ties keep raw order), so it
   * equals Array.prototype.sort with the same comparator.
   * Returns the array holding the result.
   */
  private sortRows(start: Uint32Array, end: Uint32Array, m: number): Uint32Array {
    let a = this.rowsA;
    let runs = 1;
    for (let i = 1; i < m; i++) {
      const y = a[i]!;
      const sy = start[y]!;
      const ey = end[y]!;
      const x = a[i - 1]!;
      if (!(sy < start[x]! || (sy === start[x] && ey > end[x]!))) continue;
      // a row only a few places early (a scanner's "February 24" after the month word "February" it contains) moves
      // back at once, past the rows that sort strictly after it (stable); one that would go further starts a run
      const lim = i > LOCAL_SORT ? i - LOCAL_SORT : 0;
      let j = i - 1;
      while (j > lim) {
        const w = a[j - 1]!;
        if (!(sy < start[w]! || (sy === start[w] && ey > end[w]!))) break;
        j--;
      }
      if (j === lim && j > 0) {
        const w = a[j - 1]!;
        if (sy < start[w]! || (sy === start[w] && ey > end[w]!)) {
          runs++;
          continue;
        }
      }
      for (let k = i; k > j; k--) a[k] = a[k - 1]!;
      a[j] = y;
    }
    if (runs === 1) return a;
    this.rowsB = room(this.rowsB, m);
    let b = this.rowsB;
    while (runs > 1) {
      runs = 0;
      let i = 0;
      while (i < m) {
        const j = runEnd(a, start, end, i, m);
        const k = j < m ? runEnd(a, start, end, j, m) : m;
        // merge a[i..j) and a[j..k) into b[i..k); on ties the left run goes first (stability)
        let p = i;
        let q = j;
        let o = i;
        while (p < j && q < k) {
          const x = a[p]!;
          const y = a[q]!;
          if (start[y]! < start[x]! || (start[y] === start[x] && end[y]! > end[x]!)) {
            b[o++] = y;
            q++;
          } else {
            b[o++] = x;
            p++;
          }
        }
        while (p < j) b[o++] = a[p++]!;
        while (q < k) b[o++] = a[q++]!;
        runs++;
        i = k;
      }
      const t = a;
      a = b;
      b = t;
    }
    return a;
  }

  /** Folds sorted rows left to right into non-overlapping findings (the policy above). */
  private fold(start: Uint32Array, end: Uint32Array, score: Uint32Array, rows: Uint32Array, m: number): void {
    this.start = room(this.start, m);
    this.end = room(this.end, m);
    this.row = room(this.row, m);
    const os = this.start;
    const oe = this.end;
    const or = this.row;
    let c = 0;
    if (m > 0) {
      let w = rows[0]!;
      let cs = start[w]!;
      let ce = end[w]!;
      let ws = score[w]!;
      for (let i = 1; i < m; i++) {
        const r = rows[i]!;
        const s = start[r]!;
        const e = end[r]!;
        if (s < ce) {
          // the running finding keeps the name unless r scores higher, or ties and is longer than the merged span
          // so far (the earlier start, the running one's, wins the last tie)
          const sc = score[r]!;
          if (sc > ws || (sc === ws && e - s > ce - cs)) {
            w = r;
            ws = sc;
          }
          if (e > ce) ce = e;
        } else {
          os[c] = cs;
          oe[c] = ce;
          or[c] = w;
          c++;
          w = r;
          cs = s;
          ce = e;
          ws = score[r]!;
        }
      }
      os[c] = cs;
      oe[c] = ce;
      or[c] = w;
      c++;
    }
    this.count = c;
  }

  /** Finding objects of the selection (the only objects find() creates). */
  findings(text: string): Finding[] {
    const out: Finding[] = [];
    const raw = this.raw!;
    const f = this.filter;
    const types = f.typeOfCode;
    const { start, end, row } = this;
    for (let k = 0; k < this.count; k++) {
      const r = row[k]!;
      const s = start[k]!;
      const e = end[k]!;
      const info = raw.info[r]!;
      out.push({
        type: types[raw.type[r]!]!,
        start: s,
        end: e,
        text: text.slice(s, e),
        score: raw.score[r]! / 1000,
        source: (info & INFO_DICTIONARY) !== 0 ? "dictionary" : "scanner",
        reason: f.reason(info),
      });
    }
    return out;
  }
}

/** End (exclusive) of the sorted run of a[] that starts at i. */
function runEnd(a: Uint32Array, start: Uint32Array, end: Uint32Array, i: number, m: number): number {
  let j = i + 1;
  while (j < m) {
    const x = a[j - 1]!;
    const y = a[j]!;
    if (start[y]! < start[x]! || (start[y] === start[x] && end[y]! > end[x]!)) break;
    j++;
  }
  return j;
}

function better(a: Finding, b: Finding): Finding {
  if (a.score !== b.score) return a.score > b.score ? a : b;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb ? a : b;
  return a.start <= b.start ? a : b;
}

/**
 * Sorts by start and merges overlapping findings (the policy at {@link Selection}), for Finding objects from anywhere
 * (apply() of caller-supplied findings); the redactor's own findings go through Selection, without objects.
 */
export function mergeOverlaps(text: string, list: Finding[]): Finding[] {
  if (list.length < 2) return list;
  // the core reports each pass in nearly sorted order: sort (stable, so the result is the same) only when needed
  for (let i = 1; i < list.length; i++) {
    const p = list[i - 1]!;
    const f = list[i]!;
    if (f.start < p.start || (f.start === p.start && f.end > p.end)) {
      list.sort((a, b) => a.start - b.start || b.end - a.end);
      break;
    }
  }
  const out: Finding[] = [];
  let cur = list[0]!;
  for (let i = 1; i < list.length; i++) {
    const f = list[i]!;
    if (f.start < cur.end) {
      const win = better(cur, f);
      const end = Math.max(cur.end, f.end);
      cur = end === cur.end && win === cur ? cur : { ...win, start: cur.start, end, text: text.slice(cur.start, end) };
    } else {
      out.push(cur);
      cur = f;
    }
  }
  out.push(cur);
  return out;
}
