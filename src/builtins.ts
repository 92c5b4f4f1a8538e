// Why this file exists: the registry of built-in detectors: which structured scanners serve which entity types, and
// the built-in dictionaries merged into every automaton. Later detectors register here, nowhere else.

import type { EntityType } from "./types.js";
import { SCAN_EMAIL } from "./wasm/abi.js";

/** A structured scanner in the core: its enable bit and the entity types it can report. */
export interface ScannerSpec {
  readonly bit: number;
  readonly name: string;
  readonly entities: readonly EntityType[];
}

export const SCANNERS: readonly ScannerSpec[] = [{ bit: SCAN_EMAIL, name: "email", entities: ["EMAIL"] }];

/** Scanner mask for a set of enabled entity types. */
export function scannerMask(enabled: ReadonlySet<EntityType>): number {
  let mask = 0;
  for (const s of SCANNERS) if (s.entities.some((e) => enabled.has(e))) mask |= s.bit;
  return mask;
}

/**
 * A list of context cue words with the cue id the core's scanners ask for (assembly/abi.ts CUE_*). Cues are compiled
 * into the same automaton as the dictionaries (entity code ENTITY_CUE), so they cost no second pass.
 */
export interface CueList {
  readonly id: number;
  /** BCP 47 language of the terms ("en", "es"...): cues are per language. */
  readonly lang: string;
  readonly terms: readonly string[];
  /** Require word boundaries (default true). */
  readonly wordBoundary?: boolean;
}

/** Built-in cue lists (filled by the structured scanners and the name detector). */
export const CUE_LISTS: readonly CueList[] = [];

/*
 * Detector windows (used by the incremental session, src/session.ts). Every detector declares its window W, in UTF-16
 * code units: every finding it reports, and every character whose text can change that finding (cues, left context,
 * lookahead), lie within W code units of the finding's start, and the start or end of the scanned text must act like a
 * whitespace character there (never like a word character). Detectors that never look across whitespace (or only
 * across whitespace that also occurs in one of their automaton patterns) may declare 0 for that reach: the session
 * only cuts the stream after an ASCII whitespace character that no automaton pattern or trigger uses, and scans each
 * piece with W units of context on both sides. A detector that reaches further than it declares breaks the
 * "any chunking gives the batch result" invariant: when the session sees it (a finding reaching into text it already
 * emitted) it throws WINDOW_EXCEEDED rather than guess; test/session.test.ts's chunking properties catch the rest.
 * New detectors export their window here and add it to MAX_CONTEXT.
 */

/** The email scanner stops at whitespace on both sides (local part and domain never contain it): window 0. */
export const EMAIL_WINDOW = 0;

/**
 * The largest window of any built-in detector (see above). Dictionary patterns (deny lists, cues) need none: a
 * whitespace character that no pattern contains resets the automaton, so cutting after it is exact.
 */
export const MAX_CONTEXT: number = Math.max(EMAIL_WINDOW);
