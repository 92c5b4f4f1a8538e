// Why this file exists: the TypeScript mirror of assembly/abi.ts (test/abi.test.ts checks the two files agree).

import type { EntityType } from "../types.js";
import { ENTITY_TYPES } from "../types.js";

export const ABI_VERSION = 4;

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
export const SCAN_URL = 2;
export const SCAN_IP = 4;
export const SCAN_DATE = 8;
export const SCAN_AGE = 16;
export const SCAN_PHONE = 32;
export const SCAN_SSN = 64;
export const SCAN_IDS = 128;
export const SCAN_ZIP = 256;
export const SCAN_ALL_AGES = 0x10000;
/** The word-level name/place detector (assembly/names/): a high bit, clear of the structured scanners' bits. */
export const SCAN_NAMES = 0x01000000;
/** Every scanner bit this build knows (flags such as SCAN_ALL_AGES excluded). */
export const SCAN_ALL = SCAN_EMAIL | SCAN_URL | SCAN_IP | SCAN_DATE | SCAN_AGE | SCAN_PHONE | SCAN_SSN | SCAN_IDS | SCAN_ZIP |
  SCAN_NAMES;

export const REASON_EMAIL_FORMAT = 1;
export const REASON_EMAIL_OBFUSCATED = 2;
export const REASON_URL_FORMAT = 3;
export const REASON_IPV4 = 4;
export const REASON_IPV6 = 5;
export const REASON_DATE_VALID = 6;
export const REASON_DATE_CUE = 7;
export const REASON_DATE_YEAR = 8;
export const REASON_AGE_FORMAT = 9;
export const REASON_AGE_CUE = 10;
export const REASON_PHONE_NANP = 11;
export const REASON_PHONE_INTL = 12;
export const REASON_PHONE_FORMAT = 13;
export const REASON_PHONE_CUE = 14;
export const REASON_FAX_CUE = 15;
export const REASON_PAGER_CUE = 16;
export const REASON_SSN_VALID = 17;
export const REASON_SSN_CUE = 18;
export const REASON_LUHN = 19;
export const REASON_IBAN = 20;
export const REASON_ABA = 21;
export const REASON_NPI = 22;
export const REASON_DEA = 23;
export const REASON_VIN = 24;
export const REASON_MBI = 25;
export const REASON_MRN_CUE = 26;
export const REASON_ID_CUE = 27;
export const REASON_ACCOUNT_CUE = 28;
export const REASON_HEALTH_PLAN_CUE = 29;
export const REASON_LICENSE_CUE = 30;
export const REASON_VEHICLE_CUE = 31;
export const REASON_DEVICE_CUE = 32;
export const REASON_ZIP_CUE = 33;
export const REASON_ZIP_ADDRESS = 34;
export const REASON_UDI = 35;
export const REASON_CARD_CUE = 36;
export const REASON_LONG_NUMBER = 37;
export const REASON_RECORD_FIELD = 38;
export const REASON_PHONE_EXTENSION = 39;
export const REASON_SSN_PARTIAL = 40;
export const REASON_CSV_COLUMN = 41;
/** Reason strings for scanner reason codes (info column with bit 31 clear): "validator:*" a check digit or range
 * validated, "cue:*" a cue word enabled or confirmed it, "format:*" its shape alone. */
export const REASONS: Readonly<Record<number, string>> = {
  [REASON_EMAIL_FORMAT]: "format:email",
  [REASON_EMAIL_OBFUSCATED]: "format:email-obfuscated",
  [REASON_URL_FORMAT]: "format:url",
  [REASON_IPV4]: "validator:ipv4",
  [REASON_IPV6]: "validator:ipv6",
  [REASON_DATE_VALID]: "validator:calendar",
  [REASON_DATE_CUE]: "cue:date",
  [REASON_DATE_YEAR]: "format:year",
  [REASON_AGE_FORMAT]: "format:age",
  [REASON_AGE_CUE]: "cue:age",
  [REASON_PHONE_NANP]: "validator:nanp",
  [REASON_PHONE_INTL]: "format:phone-international",
  [REASON_PHONE_FORMAT]: "format:phone",
  [REASON_PHONE_CUE]: "cue:phone",
  [REASON_FAX_CUE]: "cue:fax",
  [REASON_PAGER_CUE]: "cue:pager",
  [REASON_SSN_VALID]: "validator:ssn",
  [REASON_SSN_CUE]: "cue:ssn",
  [REASON_LUHN]: "validator:luhn",
  [REASON_IBAN]: "validator:iban-mod97",
  [REASON_ABA]: "validator:aba",
  [REASON_NPI]: "validator:npi",
  [REASON_DEA]: "validator:dea",
  [REASON_VIN]: "validator:vin",
  [REASON_MBI]: "format:mbi",
  [REASON_MRN_CUE]: "cue:mrn",
  [REASON_ID_CUE]: "cue:id",
  [REASON_ACCOUNT_CUE]: "cue:account",
  [REASON_HEALTH_PLAN_CUE]: "cue:health-plan",
  [REASON_LICENSE_CUE]: "cue:license",
  [REASON_VEHICLE_CUE]: "cue:vehicle",
  [REASON_DEVICE_CUE]: "cue:device",
  [REASON_ZIP_CUE]: "cue:zip",
  [REASON_ZIP_ADDRESS]: "format:zip-address",
  [REASON_UDI]: "format:udi-gs1",
  [REASON_CARD_CUE]: "cue:card",
  [REASON_LONG_NUMBER]: "format:long-number",
  [REASON_RECORD_FIELD]: "format:record-field",
  [REASON_PHONE_EXTENSION]: "format:phone-extension",
  [REASON_SSN_PARTIAL]: "format:ssn-partial",
  [REASON_CSV_COLUMN]: "cue:column",
  // name/place detector (assembly/names/detect.ts R_*)
  0x401: "name:title",
  0x402: "name:cue",
  0x403: "name:credential",
  0x404: "name:neighbour",
  0x405: "name:dictionary",
  0x406: "name:capitalised",
  0x407: "name:initial",
  0x408: "name:column",
  0x410: "location:address",
  0x411: "location:po-box",
  0x412: "location:city",
  0x413: "location:city-state",
  0x414: "location:facility",
  0x415: "location:county",
  0x416: "location:organization",
  0x417: "location:state",
  0x418: "location:country",
  0x419: "location:column",
  0x420: "format:email-spelled",
};

export const ENTITY_CUE = 0;
/** Cue ids are < MAX_CUES (assembly/cues.ts). */
export const MAX_CUES = 256;
/** Cue ids of the structured scanners (assembly/abi.ts CUE_*; CUE_LISTS in src/builtins.ts). */
export const CUE_MRN = 1;
export const CUE_ID = 2;
export const CUE_ACCOUNT = 3;
export const CUE_HEALTH_PLAN = 4;
export const CUE_LICENSE = 5;
export const CUE_VEHICLE = 6;
export const CUE_DEVICE = 7;
export const CUE_SSN = 8;
export const CUE_PHONE = 9;
export const CUE_FAX = 10;
export const CUE_PAGER = 11;
export const CUE_DATE = 12;
export const CUE_AGE = 13;
export const CUE_ZIP = 14;
export const CUE_CARD = 15;
export const CUE_ROUTING = 16;
export const CUE_NPI = 17;
export const CUE_SCANNER_LAST = 17;

/** Look-behind window (bytes between a cue's end and a candidate's start) within which a cue applies. */
export const CUE_WINDOW = 40;
/**
 * Longest stretch of input any scanner reads for one finding: cue look-behind (40 + the cue) plus the candidate and its
 * look-ahead. Candidates are capped (e-mail 64+255 bytes, host names 255, URL paths 200, id tokens 40); only digit runs
 * are unbounded, and a run longer than this may be split at a chunk edge (both parts are still found).
 */
export const MAX_SCANNER_WINDOW = 512;

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

/** Bytes whose classes carry TRIGGER_BIT (assembly/abi.ts TRIGGER_*): '@', digits, ':', '.', '[', '(', '\\', '_'. */
export const TRIGGER_BYTES: readonly number[] = [0x40, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x2e, 0x5b, 0x28, 0x5c, 0x5f];

export const OUT_SLACK = 8;

/** utf16Offsets keeps one checkpoint per 2^UTF16_BLOCK_SHIFT input bytes in its scratch table. */
export const UTF16_BLOCK_SHIFT = 6;
/** utf16Offsets error code: an offset lies past the input. */
export const UTF16_OFFSET_PAST_INPUT = 7;

/** Error codes of scanBegin, setWordTable and utf16Offsets (one numbering). */
export const BEGIN_ERRORS: Readonly<Record<number, string>> = {
  1: "automaton region has a bad magic number",
  2: "automaton region has another table version",
  3: "output region too small",
  4: "word table has a bad magic number",
  5: "word table has another version",
  6: "the name pass was requested (SCAN_NAMES) but no word table is installed (setWordTable)",
  [UTF16_OFFSET_PAST_INPUT]: "a byte offset lies past the input",
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
  /**
   * Converts `count` u32 byte offsets at `starts` (rounded down) and `ends` (rounded up) to UTF-16 indices in place;
   * `table` is scratch of 4 * ((inLen >> UTF16_BLOCK_SHIFT) + 1) bytes. 0 on success, 7 when an offset is past the input.
   */
  utf16Offsets(inPtr: number, inLen: number, starts: number, ends: number, count: number, table: number): number;
}
