// Why this file exists: stop 50's clinical round 45 (fy50), written from fixture 42's misses: the rules of the round,
// kept out of detect.ts (its call sites stay there). Reads the token ring only, allocates nothing.
import { F_DIRECTION, F_STATE, F_UNIT } from "./flags";
import { ENTITY_LOCATION } from "../abi";
import { G_COMMA, G_FAR, G_NEWLINE, G_OTHER, G_SENT, R_ORGANIZATION, SH_LOWER, SH_NUM, exists, rd, spanDone, tData, tEnd, tGap, tMw2, tShape, tStart, tight, wordIn } from "./detect";
import { F63_DENOMS, listIn62 } from "./r62_sc62";

// the words before "loop" that make it the bowel's or a circuit's ("small bowel loop,", "closed loop,")
const LOOP_NOT50 = "\u0005bowel\u0005ileal\u0007jejunal\u0007colonic\u0007sigmoid\u000aintestinal\u0008afferent\u0008efferent\u0008sentinel\u0006closed\u0008feedback\u0004roux";

/**
 * "Loop" is a street's type (USPS Publication 28) and a clinical word ("loop diuretic", "loop recorder", "loop
 * ileostomy", "small bowel loop"); the word lists give it the street's flag (scripts/build-dictionaries.mjs) and the
 * street rule reads it only where the street closes at it: token k is "loop", the text's end, a line's end, a comma or a
 * bracket after it (not a sentence's period), or a direction, a unit designator, a state or a number right after it ("14
 * Red Cloud Loop, Pine Ridge", "1250 NE Bishop Loop, Colfax Springs", "88 BIG COVE LOOP, CHEROKEE", "9 Elk Loop Apt
 * 2"), and a word of three letters or more before it that is not the bowel's or a circuit's (LOOP_NOT50; "100 m loop"). True when token k is "loop" and names no street
 * so ("1 implantable loop recorder", "2 loop ileostomy", "3 dilated small bowel loop.").
 */
export function loopOpen50(k: u32): bool {
  if (!wordIn(k, "\u0004loop")) return false;
  // (a unit or a letter before it is a distance's, "walked a 100 m loop")
  if (k > 0 && (exists(k - 1) && (rd(tEnd, k - 1) - rd(tStart, k - 1) < 3 || wordIn(k - 1, LOOP_NOT50)))) return true;
  if (!exists(k + 1)) return false;
  const g = rd(tGap, k + 1);
  if ((g & (G_NEWLINE | G_FAR)) != 0 || ((g & (G_COMMA | G_OTHER)) != 0 && (g & G_SENT) == 0)) return false;
  if ((g & (G_SENT | G_COMMA | G_OTHER)) != 0) return true;
  return rd(tShape, k + 1) != SH_NUM && (rd(tData, k + 1) & (F_DIRECTION | F_UNIT | F_STATE)) == 0;
}

// denominations that open an agency's name ("Lutheran Social Service", "Catholic Charities", "Presbyterian Health Plan")
export const DENOMS50 = "\u0008lutheran\u0008catholic\u0006jewish\u0007baptist\u0009methodist\u000cpresbyterian\u0009episcopal\u0009adventist\u0009mennonite";
// the words between the denomination and the head ("Family", "Social", "Resettlement", "Vocational", "Health")
const DENOM_MIDS50 = "\u0006family\u0006social\u0009community\u0005child\u000cresettlement\u000avocational\u000bimmigration\u0007refugee\u0006senior\u0005human\u0006health\u0005youth\u0007housing";
// the heads that close it
const DENOM_HEADS50 = "\u0008services\u0007service\u0009charities\u000aministries\u0004plan";

/** Token m is tight after the one before it and of shape sh. */
function sameRun50(m: u32, sh: u32): bool {
  return exists(m) && (tight(m) && rd(tShape, m) == sh);
}

/**
 * An agency a denomination opens and a service's head closes, in any letter case (every word in the case of the first,
 * capitalised, capitals or lower case): a word of DENOMS50, at most two words of DENOM_MIDS50, and a head of
 * DENOM_HEADS50: "LUTHERAN FAMILY SERVICES", "lutheran social service", "Lutheran Family Resettlement Services",
 * "Presbyterian Health Plan" ("plan" only after "health"; "service" and "services" only after a middle word or before a
 * state), then a state's name after "of" or "in" or right after it ("Lutheran Social Service of Minnesota", "Lutheran
 * Services in Iowa", "Catholic Charities Maine"). Returns the last token, or 0. "a Catholic service", "Baptist services
 * on Sunday", "Jewish family" name none. Writes the organisation (a LOCATION of R_ORGANIZATION, as the organisation
 * rules write theirs) and returns true.
 */
export function denomOrg50(k: u32, sh: u32): bool {
  const e = denomOrgEnd50(k, sh);
  if (e == 0) return false;
  spanDone(rd(tStart, k), rd(tEnd, e), ENTITY_LOCATION, 800, R_ORGANIZATION, k, e);
  return true;
}

/** denomOrg50()'s run from token k: its last token, or 0. */
function denomOrgEnd50(k: u32, sh: u32): u32 {
  if (sh == SH_NUM || !listIn62(F63_DENOMS, k, DENOMS50)) return 0;
  let h = k + 1;
  let mids: u32 = 0;
  while (mids < 3 && (sameRun50(h, sh) && wordIn(h, DENOM_MIDS50))) {
    h++;
    mids++;
  }
  if (mids > 2 || (!sameRun50(h, sh) || !wordIn(h, DENOM_HEADS50))) return 0;
  const service = wordIn(h, "\u0008services\u0007service");
  if (wordIn(h, "\u0004plan") && !wordIn(h - 1, "\u0006health")) return 0;
  // a state's name after "of"/"in" (one word, or two: "South Dakota"), or right after the head
  let e = h;
  const n = h + 1;
  if (sameRun50(n, sh) && (rd(tData, n) & F_STATE) != 0) e = n;
  else if (exists(n + 1) && (tight(n) && (wordIn(n, "\u0002of\u0002in") && sameRun50(n + 1, sh)))) {
    // (a state of two words is the two-word entry's: "of South Dakota", "of new mexico")
    if (sameRun50(n + 2, sh) && (rd(tMw2, n + 2) & F_STATE) != 0) e = n + 2;
    else if ((rd(tData, n + 1) & F_STATE) != 0) e = n + 1;
  }
  if (service && (mids == 0 && e == h)) return 0;
  // (in lower-case text "of" after the head is the older rules' to read: "lutheran social services of south dakota" is
  // found whole by them, and cut at "of" here)
  if (sh == SH_LOWER && (exists(n) && wordIn(n, "\u0002of"))) return 0;
  // (in lower-case text the state's tail is the only sign past the words: "lutheran social service" needs a middle word)
  if (sh == SH_LOWER && (mids == 0 && e == h)) return 0;
  return e;
}

/**
 * The round's two rules behind one entry, called from two sites of addressOrFacility() (rule 0: loopOpen50(), rule 1:
 * denomOrg50()): a function with two callers is one binaryen does not inline, so the JS fallback's largest function
 * (addressOrFacility(), which scripts/embed-wasm.mjs compiles inlining single-caller functions of up to 300 nodes) does
 * not grow with them (test/wasm.test.ts).
 */
export function round50(k: u32, sh: u32, rule: u32): bool {
  return rule == 0 ? loopOpen50(k) : denomOrg50(k, sh);
}
