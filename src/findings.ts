// Why this file exists: turns the core's struct-of-arrays output into Finding objects at the API edge, and applies
// the documented overlap policy.

import type { RawFindings } from "./wasm/core.js";
import type { EntityType, Finding } from "./types.js";
import { INFO_DICTIONARY, REASONS, entityOfCode } from "./wasm/abi.js";

/** Per-redactor view used to decide which raw findings become public ones. */
export interface FindingFilter {
  readonly enabled: ReadonlySet<EntityType>;
  readonly threshold: number;
  readonly allow: ReadonlySet<string>;
  /** Reasons never reported (the geography option drops "location:state" and "location:country"). */
  readonly dropReasons: ReadonlySet<string>;
  /** Reason string of a dictionary pattern id. */
  patternReason(patternId: number): string;
}

/**
 * Builds sorted, non-overlapping findings. Overlap policy: findings that overlap are merged into one finding that
 * covers their union (redaction never leaves part of a detected span behind); the merged finding takes the type,
 * score and reason of the member with the highest score (ties: the longer, then the earlier).
 */
export function buildFindings(text: string, raw: RawFindings, filter: FindingFilter): Finding[] {
  const n = raw.count;
  const list: Finding[] = [];
  for (let i = 0; i < n; i++) {
    const type = entityOfCode(raw.type[i]!);
    if (type === undefined || !filter.enabled.has(type)) continue;
    const score = raw.score[i]! / 1000;
    if (score < filter.threshold) continue;
    const start = raw.start[i]!;
    const end = raw.end[i]!;
    if (end <= start) continue;
    const t = text.slice(start, end);
    if (filter.allow.size > 0 && filter.allow.has(t.toLowerCase())) continue;
    const info = raw.info[i]!;
    const dict = (info & INFO_DICTIONARY) !== 0;
    const reason = dict ? filter.patternReason(info & 0x7fffffff) : (REASONS[info] ?? `scanner:${info}`);
    if (filter.dropReasons.size > 0 && filter.dropReasons.has(reason)) continue;
    list.push({
      type,
      start,
      end,
      text: t,
      score,
      source: dict ? "dictionary" : "scanner",
      reason,
    });
  }
  return mergeOverlaps(text, list);
}

/** Reasons of place findings above Safe Harbor's geographic subdivisions (dropped with geography "below-state"). */
export const STATE_LEVEL_REASONS: ReadonlySet<string> = new Set(["location:state", "location:country"]);
export const NO_REASONS: ReadonlySet<string> = new Set();

function better(a: Finding, b: Finding): Finding {
  if (a.score !== b.score) return a.score > b.score ? a : b;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb ? a : b;
  return a.start <= b.start ? a : b;
}

/** Sorts by start and merges overlapping findings (policy above). */
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
