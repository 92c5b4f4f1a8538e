// Why this file exists: word-table flag bits for the core (mirror of src/dictionaries/layout.ts; a test compares them).

export const F_FIRST_SHIFT: u32 = 0;
export const F_LAST_SHIFT: u32 = 2;
export const F_PLACE_SHIFT: u32 = 4;
export const F_TIER_SHIFT: u32 = 6;
export const F_STREET_PREFIX: u32 = 1 << 8;
export const F_TITLE: u32 = 1 << 9;
export const F_CUE: u32 = 1 << 10;
export const F_CRED: u32 = 1 << 11;
export const F_STREET: u32 = 1 << 12;
export const F_UNIT: u32 = 1 << 13;
export const F_FACILITY: u32 = 1 << 14;
export const F_STATE: u32 = 1 << 15;
export const F_MONTH: u32 = 1 << 16;
export const F_LOC_CUE: u32 = 1 << 17;
export const F_COUNTRY: u32 = 1 << 18;
export const F_PARTICLE: u32 = 1 << 19;
export const F_PLACE_SUFFIX: u32 = 1 << 20;
export const F_FAC_MOD: u32 = 1 << 21;
export const F_MW_PREFIX: u32 = 1 << 22;
export const F_MW_MID: u32 = 1 << 23;
export const F_ALLOW: u32 = 1 << 24;
export const F_VERB_BY: u32 = 1 << 25;
export const F_BY: u32 = 1 << 26;
export const F_STREET_ABBR: u32 = 1 << 27;
export const F_DIRECTION: u32 = 1 << 28;
export const F_BOX: u32 = 1 << 29;
export const F_NOT_NAME: u32 = 1 << 30;
/** An organisation head ("Inc", "Corporation", "Technologies"): a facility head that also carries the box bit (no
 * spare bit is left; "box" alone never has F_FACILITY). Test with (d & F_ORG) == F_ORG. */
export const F_ORG: u32 = (1 << 14) | (1 << 29);
export const WT_MAGIC: u32 = 0x44524f57;
export const WT_VERSION: u32 = 2;
export const WT_HEADER_BYTES: u32 = 32;
export const F_EPONYM_HEAD: u32 = 0x80000000;
