// Why this file exists: the one TypeScript definition of the word table that the name/place detector probes in the
// core (built by scripts/build-dictionaries.mjs, probed by assembly/names/table.ts, extended by src/dictionaries/table.ts).
//
// The table is open addressing with linear probing over 2^log2 slots of two little-endian u32 words:
//   word 0  fingerprint: the second hash of the case-folded token (bit 0 forced to 1; 0 marks an empty slot)
//   word 1  data: the bits below
// The slot index is the first hash masked. Multi-word entries ("new york", "medical center") are keyed by the
// combination of their tokens' hashes (combineHash) so the core never re-reads bytes. Keep these constants in step
// with assembly/names/flags.ts and scripts/build-dictionaries.mjs (test/names-table.test.ts checks them).

/** Strength fields, 2 bits each: 0 absent, 1 ambiguous (needs evidence), 2 moderate, 3 strong (stands alone). */
export const F_FIRST_SHIFT = 0;
export const F_LAST_SHIFT = 2;
export const F_PLACE_SHIFT = 4;
/** English-word tier, 2 bits: 0 not an English word, 1 core (SCOWL 10-20), 2 common (35-40), 3 rare (50-70). */
export const F_TIER_SHIFT = 6;
/** A street type written before the name ("Calle Mayor", "Avenida X"). */
export const F_STREET_PREFIX = 1 << 8;
export const F_TITLE = 1 << 9;
export const F_CUE = 1 << 10;
export const F_CRED = 1 << 11;
export const F_STREET = 1 << 12;
export const F_UNIT = 1 << 13;
export const F_FACILITY = 1 << 14;
export const F_STATE = 1 << 15;
export const F_MONTH = 1 << 16;
export const F_LOC_CUE = 1 << 17;
export const F_COUNTRY = 1 << 18;
export const F_PARTICLE = 1 << 19;
export const F_PLACE_SUFFIX = 1 << 20;
export const F_FAC_MOD = 1 << 21;
export const F_MW_PREFIX = 1 << 22;
export const F_MW_MID = 1 << 23;
export const F_ALLOW = 1 << 24;
export const F_VERB_BY = 1 << 25;
export const F_BY = 1 << 26;
export const F_STREET_ABBR = 1 << 27;
export const F_DIRECTION = 1 << 28;
export const F_BOX = 1 << 29;
/** An organisation head word: F_FACILITY | F_BOX together (test both bits; no spare bit is left). */
export const F_ORG = (1 << 14) | (1 << 29);
export const F_NOT_NAME = 1 << 30;

/** Word table header (8 u32 words before the slots). */
export const WT_MAGIC = 0x44524f57; // "WORD"
export const WT_VERSION = 2;
export const WT_HEADER_BYTES = 32;
/** Bit 31: a medical head noun after which a name is an eponym ("Foley catheter"). */
export const F_EPONYM_HEAD = 0x80000000;
