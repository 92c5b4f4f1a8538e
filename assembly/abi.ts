// Why this file exists: the one definition of the JS<->WASM contract (mirrored by src/wasm/abi.ts; a test checks both agree).
//
// The module has no imports and exports its memory. JavaScript owns the layout of linear memory above heapBase():
//
//   0            heapBase()                 autPtr                        inPtr              outPtr
//   | static data | (free)   ...           | automaton tables (below)    | UTF-8 input bytes | findings, 5 columns of
//                                                                                              outCap u32 each (SoA)
//
// Findings region at outPtr (struct-of-arrays, each column outCap little-endian u32):
//   +0*outCap*4  start   byte offset into the input, inclusive
//   +1*outCap*4  end     byte offset, exclusive
//   +2*outCap*4  type    entity code (EntityCode below)
//   +3*outCap*4  info    bit 31 set: dictionary hit, bits 0..30 = pattern id; clear: scanner reason code
//   +4*outCap*4  score   confidence in thousandths (0..1000)
//
// Automaton region at autPtr (written by src/automaton/tables.ts; all words little-endian u32, offsets in bytes
// from autPtr, every array 4-byte aligned):
//   word 0  AUT_MAGIC            word 1  AUT_VERSION
//   word 2  K (byte classes)     word 3  number of states
//   word 4  number of patterns   word 5  offset of trans[states*K]    (u32: next*K | MATCH_BIT | TRIGGER_BIT)
//   word 6  offset of depth[states] (u32)   word 7  offset of out[states] (u32 pattern id or NONE)
//   word 8  offset of link[states] (u32 state index of the nearest proper suffix with an output, or NONE)
//   word 9  offset of patInfo[patterns] (u32: bits 0-7 entity code, bits 8-15 flags, bits 16-31 score)
//   word 10 offset of classMap[256] (u8)    word 11 total bytes of the region
//
// Word table (ABI 3, with the structured scanners of ABI 2): setWordTable(ptr) installs the name/place word table (layout in src/dictionaries/layout.ts) once;
// with SCAN_NAMES set, scanNext() runs a second, token-level phase after the automaton pass. Its findings carry reason
// codes 0x400-0x4ff (assembly/names/detect.ts R_*).
//
// Calling sequence: scanBegin(autPtr, inPtr, inLen, outPtr, outCap, scanners) then scanNext() until scanDone() is 1.
// scanNext() returns how many findings it wrote at outPtr (it overwrites them on each call: read them first).
//
// Offsets (ABI 4): utf16Offsets(inPtr, inLen, starts, ends, count, table) converts byte offsets (u32 arrays the host
// copies anywhere above heapBase) to UTF-16 indices in place; `table` is host scratch of
// 4 * ((inLen >> UTF16_BLOCK_SHIFT) + 1) bytes (assembly/utf16.ts). Optional: a host may convert in its own language.

/** Bumped on any change to the layout, the exports or their meaning. */
export const ABI_VERSION: u32 = 4;

export const AUT_MAGIC: u32 = 0x43414850; // "PHAC"
export const AUT_VERSION: u32 = 1;
export const AUT_HEADER_WORDS: u32 = 12;

export const NONE: u32 = 0xffffffff;
export const MATCH_BIT: u32 = 0x80000000;
export const TRIGGER_BIT: u32 = 0x40000000;
export const STATE_MASK: u32 = 0x3fffffff;

/** patInfo flags (bits 8-15). */
export const PAT_WORD_BOUNDARY: u32 = 1;

/** info column: set for dictionary hits. */
export const INFO_DICTIONARY: u32 = 0x80000000;

/** Scanner enable bits (the `scanners` argument of scanBegin). */
export const SCAN_EMAIL: u32 = 1;
export const SCAN_URL: u32 = 2;
export const SCAN_IP: u32 = 4;
export const SCAN_DATE: u32 = 8;
export const SCAN_AGE: u32 = 16;
export const SCAN_PHONE: u32 = 32; // PHONE, FAX, pagers
export const SCAN_SSN: u32 = 64;
export const SCAN_IDS: u32 = 128; // MRN, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE, ID
export const SCAN_ZIP: u32 = 256;
/** Flag: report every age, not only ages over 89. */
export const SCAN_ALL_AGES: u32 = 0x10000;
/** The word-level name/place detector (assembly/names/); needs setWordTable(). A high bit, clear of the scanners'. */
export const SCAN_NAMES: u32 = 0x01000000;

/** Reason codes of scanner findings (info column, bit 31 clear); strings in src/wasm/abi.ts REASONS. */
export const REASON_EMAIL_FORMAT: u32 = 1;
export const REASON_EMAIL_OBFUSCATED: u32 = 2;
export const REASON_URL_FORMAT: u32 = 3;
export const REASON_IPV4: u32 = 4;
export const REASON_IPV6: u32 = 5;
export const REASON_DATE_VALID: u32 = 6;
export const REASON_DATE_CUE: u32 = 7;
export const REASON_DATE_YEAR: u32 = 8;
export const REASON_AGE_FORMAT: u32 = 9;
export const REASON_AGE_CUE: u32 = 10;
export const REASON_PHONE_NANP: u32 = 11;
export const REASON_PHONE_INTL: u32 = 12;
export const REASON_PHONE_FORMAT: u32 = 13;
export const REASON_PHONE_CUE: u32 = 14;
export const REASON_FAX_CUE: u32 = 15;
export const REASON_PAGER_CUE: u32 = 16;
export const REASON_SSN_VALID: u32 = 17;
export const REASON_SSN_CUE: u32 = 18;
export const REASON_LUHN: u32 = 19;
export const REASON_IBAN: u32 = 20;
export const REASON_ABA: u32 = 21;
export const REASON_NPI: u32 = 22;
export const REASON_DEA: u32 = 23;
export const REASON_VIN: u32 = 24;
export const REASON_MBI: u32 = 25;
export const REASON_MRN_CUE: u32 = 26;
export const REASON_ID_CUE: u32 = 27;
export const REASON_ACCOUNT_CUE: u32 = 28;
export const REASON_HEALTH_PLAN_CUE: u32 = 29;
export const REASON_LICENSE_CUE: u32 = 30;
export const REASON_VEHICLE_CUE: u32 = 31;
export const REASON_DEVICE_CUE: u32 = 32;
export const REASON_ZIP_CUE: u32 = 33;
export const REASON_ZIP_ADDRESS: u32 = 34;
export const REASON_UDI: u32 = 35;
export const REASON_CARD_CUE: u32 = 36;
export const REASON_LONG_NUMBER: u32 = 37;
export const REASON_RECORD_FIELD: u32 = 38;
export const REASON_PHONE_EXTENSION: u32 = 39;
export const REASON_SSN_PARTIAL: u32 = 40;
export const REASON_CSV_COLUMN: u32 = 41;

/** Entity codes (type column). 0 is reserved for internal cue words that are never reported. */
export const ENTITY_CUE: u32 = 0;
export const ENTITY_NAME: u32 = 1;
export const ENTITY_LOCATION: u32 = 2;
export const ENTITY_ZIP: u32 = 3;
export const ENTITY_DATE: u32 = 4;
export const ENTITY_AGE: u32 = 5;
export const ENTITY_PHONE: u32 = 6;
export const ENTITY_FAX: u32 = 7;
export const ENTITY_EMAIL: u32 = 8;
export const ENTITY_SSN: u32 = 9;
export const ENTITY_MRN: u32 = 10;
export const ENTITY_HEALTH_PLAN: u32 = 11;
export const ENTITY_ACCOUNT: u32 = 12;
export const ENTITY_LICENSE: u32 = 13;
export const ENTITY_VEHICLE: u32 = 14;
export const ENTITY_DEVICE: u32 = 15;
export const ENTITY_URL: u32 = 16;
export const ENTITY_IP: u32 = 17;
export const ENTITY_ID: u32 = 18;

/** Cue ids (patInfo bits 16-31 of ENTITY_CUE patterns; mirrored in src/wasm/abi.ts). Ids are < MAX_CUES. */
export const MAX_CUES: u32 = 256;

/** Cue ids of the structured scanners (CUE_LISTS in src/builtins.ts; 1-31, 0 unused; other detectors use 32+). */
export const CUE_MRN: u32 = 1;
export const CUE_ID: u32 = 2;
export const CUE_ACCOUNT: u32 = 3;
export const CUE_HEALTH_PLAN: u32 = 4;
export const CUE_LICENSE: u32 = 5;
export const CUE_VEHICLE: u32 = 6;
export const CUE_DEVICE: u32 = 7;
export const CUE_SSN: u32 = 8;
export const CUE_PHONE: u32 = 9;
export const CUE_FAX: u32 = 10;
export const CUE_PAGER: u32 = 11;
export const CUE_DATE: u32 = 12;
export const CUE_AGE: u32 = 13;
export const CUE_ZIP: u32 = 14;
export const CUE_CARD: u32 = 15;
export const CUE_ROUTING: u32 = 16;
export const CUE_NPI: u32 = 17;
/** Highest scanner cue id. */
export const CUE_SCANNER_LAST: u32 = 17;

/** Look-behind window (bytes between a cue's end and a candidate's start) within which a cue applies. */
export const CUE_WINDOW: u32 = 40;
/**
 * Longest stretch of input any scanner reads for one finding: cue look-behind (40 + the cue) plus the candidate and its
 * look-ahead. Candidates are capped (e-mail 64+255 bytes, host names 255, URL paths 200, id tokens 40); only digit runs
 * are unbounded, and a run longer than this may be split at a chunk edge (both parts are still found).
 */
export const MAX_SCANNER_WINDOW: u32 = 512;

/** Scanner flag: also write confirmed cue hits (type ENTITY_CUE, info = pattern id) to the output, for the TS side. */
export const EMIT_CUES: u32 = 0x80000000;

/** Bytes that wake a structured scanner: the table builder gives them classes whose transitions carry TRIGGER_BIT. */
export const TRIGGER_AT: u8 = 0x40; // '@' (email)
// Also: digits 0x30-0x39 (dates, ages, phones, SSN, ids, IP, ZIP), ':' 0x3a (URL scheme, IPv6), '.' 0x2e (www., bare
// domains), '[' 0x5b and '(' 0x28 (obfuscated email "[at]"). src/wasm/abi.ts TRIGGER_BYTES lists them all.
export const TRIGGER_COLON: u8 = 0x3a;
export const TRIGGER_DOT: u8 = 0x2e;
export const TRIGGER_BRACKET: u8 = 0x5b;
export const TRIGGER_PAREN: u8 = 0x28;
// (stop 45, ix45) a login's '\\' and '_' ("FNS\\DKOWALSKI", "login ohsu_ehollo"): domainLogin45, underscoreLogin45
export const TRIGGER_BACKSLASH: u8 = 0x5c;
export const TRIGGER_UNDERSCORE: u8 = 0x5f;

/** Headroom kept in the output buffer: the most findings one input byte can produce. */
export const OUT_SLACK: u32 = 8;

/** utf16Offsets keeps one checkpoint (u32 UTF-16 index) per 2^UTF16_BLOCK_SHIFT input bytes in its `table` scratch. */
export const UTF16_BLOCK_SHIFT: u32 = 6;
/** utf16Offsets error: an offset lies past the input (codes shared with scanBegin and setWordTable). */
export const UTF16_OFFSET_PAST_INPUT: u32 = 7;
