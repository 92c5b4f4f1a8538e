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
// Word table (ABI 2): setWordTable(ptr) installs the name/place word table (layout in src/dictionaries/layout.ts) once;
// with SCAN_NAMES set, scanNext() runs a second, token-level phase after the automaton pass. Its findings carry reason
// codes 0x400-0x4ff (assembly/names/detect.ts R_*).
//
// Calling sequence: scanBegin(autPtr, inPtr, inLen, outPtr, outCap, scanners) then scanNext() until scanDone() is 1.
// scanNext() returns how many findings it wrote at outPtr (it overwrites them on each call: read them first).

/** Bumped on any change to the layout, the exports or their meaning. */
export const ABI_VERSION: u32 = 2;

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
/** The word-level name/place detector (assembly/names/); needs setWordTable(). A high bit, clear of the scanners'. */
export const SCAN_NAMES: u32 = 0x01000000;

/** Reason codes of scanner findings (info column, bit 31 clear). */
export const REASON_EMAIL_FORMAT: u32 = 1;

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

/** Scanner flag: also write confirmed cue hits (type ENTITY_CUE, info = pattern id) to the output, for the TS side. */
export const EMIT_CUES: u32 = 0x80000000;

/** Bytes that wake a structured scanner: the table builder gives them classes whose transitions carry TRIGGER_BIT. */
export const TRIGGER_AT: u8 = 0x40; // '@' (email)

/** Headroom kept in the output buffer: the most findings one input byte can produce. */
export const OUT_SLACK: u32 = 8;
