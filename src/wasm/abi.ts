// Why this file exists: the TypeScript mirror of assembly/abi.ts (test/abi.test.ts checks the two files agree).

import type { EntityType } from "../types.js";
import { ENTITY_TYPES } from "../types.js";

export const ABI_VERSION = 2;

export const AUT_MAGIC = 0x43414850; // "PHAC"
export const AUT_VERSION = 1;
export const AUT_HEADER_WORDS = 12;

export const NONE = 0xffffffff;
export const MATCH_BIT = 0x80000000;
export const TRIGGER_BIT = 0x40000000;
export const STATE_MASK = 0x3fffffff;

export const PAT_WORD_BOUNDARY = 1;
export const INFO_DICTIONARY = 0x80000000;

export const SCAN_EMAIL = 1;
/** The word-level name/place detector (assembly/names/): a high bit, clear of the structured scanners' bits. */
export const SCAN_NAMES = 0x01000000;
/** Every scanner bit this build knows. */
export const SCAN_ALL = SCAN_EMAIL | SCAN_NAMES;

export const REASON_EMAIL_FORMAT = 1;
/** Reason strings for scanner reason codes (info column with bit 31 clear). */
export const REASONS: Readonly<Record<number, string>> = {
  [REASON_EMAIL_FORMAT]: "format:email",
  // name/place detector (assembly/names/detect.ts R_*)
  0x401: "name:title",
  0x402: "name:cue",
  0x403: "name:credential",
  0x404: "name:neighbour",
  0x405: "name:dictionary",
  0x406: "name:capitalised",
  0x407: "name:initial",
  0x410: "location:address",
  0x411: "location:po-box",
  0x412: "location:city",
  0x413: "location:city-state",
  0x414: "location:facility",
  0x415: "location:county",
};

export const ENTITY_CUE = 0;
/** Cue ids are < MAX_CUES (assembly/cues.ts). */
export const MAX_CUES = 256;
/** Scanner flag: also report confirmed cue hits (type ENTITY_CUE) in the output. */
export const EMIT_CUES = 0x80000000;
/** Entity code (type column) of an entity type: its index in ENTITY_TYPES plus one. */
export function entityCode(type: EntityType): number {
  return ENTITY_TYPES.indexOf(type) + 1;
}
/** Entity type of a code, or undefined for cue words (0) and unknown codes. */
export function entityOfCode(code: number): EntityType | undefined {
  return code >= 1 && code <= ENTITY_TYPES.length ? ENTITY_TYPES[code - 1] : undefined;
}

/** Bytes whose classes carry TRIGGER_BIT (assembly/abi.ts TRIGGER_*). */
export const TRIGGER_BYTES: readonly number[] = [0x40];

export const OUT_SLACK = 8;

/** scanBegin error codes. */
export const BEGIN_ERRORS: Readonly<Record<number, string>> = {
  1: "automaton region has a bad magic number",
  2: "automaton region has another table version",
  3: "output region too small",
  4: "word table has a bad magic number",
  5: "word table has another version",
};

/** The exports of the core, whether WASM or its wasm2js build. */
export interface CoreExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  abiVersion(): number;
  heapBase(): number;
  scanBegin(aut: number, inPtr: number, inLen: number, outPtr: number, outCap: number, scanners: number): number;
  scanNext(): number;
  scanDone(): number;
  /** Installs the name/place word table at ptr (0: none); 0 on success, 4 bad magic, 5 bad version. */
  setWordTable(ptr: number): number;
}
