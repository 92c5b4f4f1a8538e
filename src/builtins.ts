// Why this file exists: the registry of built-in detectors: which structured scanners serve which entity types, and
// the built-in dictionaries merged into every automaton. Later detectors register here, nowhere else.

import type { EntityType } from "./types.js";
import { SCAN_EMAIL, SCAN_NAMES } from "./wasm/abi.js";

/** A structured scanner in the core: its enable bit and the entity types it can report. */
export interface ScannerSpec {
  readonly bit: number;
  readonly name: string;
  readonly entities: readonly EntityType[];
}

export const SCANNERS: readonly ScannerSpec[] = [
  { bit: SCAN_EMAIL, name: "email", entities: ["EMAIL"] },
  { bit: SCAN_NAMES, name: "names", entities: ["NAME", "LOCATION"] },
];

/**
 * Bytes of context any name/place decision depends on, before and after the decided span (assembly/names/detect.ts):
 * decisions look at most 6 tokens behind and 3 ahead, and the case style (ALL CAPS, lower case or mixed) is judged
 * over 48 tokens behind and 3 ahead; a token is at most 64 bytes and a gap of more than 64 bytes cuts the context.
 * So 52 x 128 bytes bound it: a streaming caller that keeps MAX_NAME_WINDOW bytes on each side of a chunk boundary
 * gets the batch results.
 */
export const MAX_NAME_WINDOW = 8192;

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
