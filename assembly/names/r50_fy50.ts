// Why this file exists: stop 50's clinical round 45 (fy50), written from fixture 42's misses: the rules of the round,
// kept out of detect.ts (its call sites stay there). Reads the token ring only, allocates nothing.
import { F_DIRECTION, F_STATE, F_UNIT } from "./flags";
import { G_COMMA, G_FAR, G_NEWLINE, G_OTHER, G_SENT, SH_NUM, exists, rd, tData, tGap, tShape, wordIn } from "./detect";

/**
 * "Loop" is a street's type (USPS Publication 28) and a clinical word ("loop diuretic", "loop recorder", "loop
 * ileostomy"); the word lists give it the street's flag (scripts/build-dictionaries.mjs) and the street rule reads it
 * only where the street closes at it: token k is "loop" and no word follows it on its clause but a direction, a unit
 * designator, a state or a number ("14 Red Cloud Loop, Pine Ridge", "1250 NE Bishop Loop, Colfax Springs", "88 BIG
 * COVE LOOP, CHEROKEE", "9 Elk Loop Apt 2"). True when token k is "loop" with a word of another kind after it on the
 * clause ("1 implantable loop recorder", "2 loop ileostomy"): then it names no street.
 */
export function loopOpen50(k: u32): bool {
  if (!wordIn(k, "\u0004loop")) return false;
  if (!exists(k + 1)) return false;
  if ((rd(tGap, k + 1) & (G_NEWLINE | G_SENT | G_COMMA | G_OTHER | G_FAR)) != 0) return false;
  return rd(tShape, k + 1) != SH_NUM && (rd(tData, k + 1) & (F_DIRECTION | F_UNIT | F_STATE)) == 0;
}
