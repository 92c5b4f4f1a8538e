// Why this file exists: the generational suffixes of a person's name ("Jr.", "Sr.") in one list, read by the name pass
// (assembly/names/detect.ts: a street named for a person, a suffix after a person's comma) and by the age scanner
// (assembly/scanners/age.ts: "Wilbur Friday Sr., 94, at"), which had each kept copies of their own.

/** jr sr: a generational suffix after a person's name (packed: a length char, then the word in lower case). */
export const GENERATIONAL = "\u0002jr\u0002sr";
