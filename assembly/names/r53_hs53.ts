// Why this file exists: stop 53's hospital rules (hs53), kept out of detect.ts: a hospital's initialism ending in "MC"
// or "H" right after "at", "to" or "from" in ALL CAPS and lower-case text ("TRANSFERRED TO PUMC", "go to ed at ovmc if
// worse"), which org33's firmAfterWhere33() reads in mixed case only; and a facility's branch town after its dash
// that the older rules cut before its feature word ("Christus Santa Rosa Hospital - Westover Hills")
// (docs/names-rounds.md, "Stop 53, hs53").
import { ENTITY_LOCATION } from "../abi";
import { byteAt } from "../input";
import { F_NOT_NAME } from "./flags";
import {
  rd, tStart, tEnd, tData, tDone, tShape, SH_LOWER, SH_UPPER, SH_CAP, MODE_CAPS, MODE_LOWER, R_FACILITY, CONTEXT_WORDS, tierOf, tight, wordIn,
  span, wr, pType, pStart, pEnd, pScore, pReason, count, tGap, G_HYPHEN, R_ORGANIZATION, R_CITY, TOWN_SUFFIXES, TOWN_FEATURES44, dashBefore31,
} from "./detect";

// (hs53) clinical initialisms of the same shape that follow "to", "at" or "from" in notes: a speed ("at 60 mph"), a
// drug or an insulin ("switched to nph", "bridge to lmwh", "transition to ufh"), findings and conditions ("due to bph",
// "secondary to lvh", "from sdh", "at risk for pph"), hormones ("tsh", "fsh", "acth"), history headings ("pmh", "psh");
// "cmc" (the thumb's joint, carboxymethylcellulose) and "mmc" (mitomycin C) end in "mc"
const NOT_HOSP53 = "\u0003mph\u0003kph\u0003nph\u0004lmwh\u0003ufh\u0003bph\u0003lvh\u0003rvh\u0003tsh\u0003fsh\u0003ldh\u0003pph\u0003sdh\u0003ich\u0003ivh\u0003hlh\u0003pmh\u0003psh\u0003pth\u0004acth\u0003cdh\u0003ddh\u0003hgh\u0003cmc\u0003mmc\u0003shh\u0003nth\u0004hmph";

/**
 * (hs53) Token k (three to six letters) has a hospital initialism's shape: it ends in "mc" ("hprmc", "ovmc", "anmc"), or
 * in "h" after consonants only ("ssh", "rph", "nsmh", "lgh": no English word is so spelled), and NOT_HOSP53 has it not.
 */
function hospShape53(k: u32): bool {
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  const len = e - s;
  if (len < 3 || len > 6) return false;
  const z = byteAt(e - 1) | 0x20;
  const mc = z == 0x63 && (byteAt(e - 2) | 0x20) == 0x6d;
  if (!mc && z != 0x68) return false;
  for (let i = s; i < e - 1; i++) {
    const b = byteAt(i) | 0x20;
    if (b < 0x61 || b > 0x7a) return false;
    // (the "h" form: consonants only before it)
    if (!mc && (b == 0x61 || (b == 0x65 || (b == 0x69 || (b == 0x6f || (b == 0x75 || b == 0x79)))))) return false;
  }
  return !wordIn(k, NOT_HOSP53);
}

/**
 * (stop 53, hs53) Token k, in capitals in ALL CAPS text or in lower case in lower-case text (no list has it, no
 * context word), tight after "at", "to" or "from", is a hospital's
 * initialism of hospShape53()'s shape: written as a facility ("PRIOR MBS AT HPRMC AUG 2093", "two removals to ecmc cpep",
 * "TRANSFERRED FROM NSMH ON 5/5"). The caller's whereShape31() and the token's length come first.
 */
export function hospInit53(k: u32, sh: u32, mode: u32): bool {
  if (rd(tDone, k) != 0 || (!tight(k) || !wordIn(k - 1, "\u0002at\u0002to\u0004from"))) return false;
  // ("at" right after a facility's pending span joins a longer name the older rules read whole, "ERIE SLEEP CENTER AT
  // UPMC HAMOT": not an initialism of its own; stop 53's merge)
  if (k >= 2 && (pType == ENTITY_LOCATION && (pEnd == rd(tEnd, k - 2) && wordIn(k - 1, "\u0002at")))) return false;
  const d = rd(tData, k);
  // (the text's own case, no word list's word, no context word)
  if (!(sh == SH_UPPER && mode == MODE_CAPS || sh == SH_LOWER && mode == MODE_LOWER)) return false;
  if (tierOf(d) != 0 || (d & (CONTEXT_WORDS | F_NOT_NAME)) != 0) return false;
  if (!hospShape53(k)) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_LOCATION, 700, R_FACILITY);
  wr(tDone, k, 0xff);
  return true;
}

/**
 * (stop 53, hs53) Token k, one blank after a facility's branch town (token k - 1, right after the facility's spaced or
 * wide dash) that a facility or an organisation just found (pending, ending at k - 1, begun before the dash) took alone,
 * is the town's feature word (TOWN_SUFFIXES, TOWN_FEATURES44, "park") or the site's "campus", in the town's case (a
 * lower-case "campus" after a capitalised town too): the branch's name goes on over it ("Christus Santa Rosa Hospital -
 * Westover Hills", "UnityPoint Clinic Family Medicine - Peoria Heights", "HILL COUNTRY MEMORIAL - FREDERICKSBURG
 * CROSSING", "pell memorial - westgate campus"). Not before a word glued by a hyphen.
 */
export function dashTown53(k: u32, sh: u32): bool {
  if (k < 2 || (pType != ENTITY_LOCATION || (pReason != R_FACILITY && (pReason != R_ORGANIZATION && pReason != R_CITY)))) return false;
  const p = k - 1;
  if (!tight(k) || (rd(tDone, k) != 0 || (rd(tStart, k) != rd(tEnd, p) + 1 || pStart >= rd(tStart, p)))) return false;
  const campus = wordIn(k, "\u0006campus");
  if (!(rd(tShape, p) == sh || campus && (sh == SH_LOWER && rd(tShape, p) == SH_CAP))) return false;
  if (!campus && !(wordIn(k, TOWN_SUFFIXES) || (wordIn(k, TOWN_FEATURES44) || wordIn(k, "\u0004park")))) return false;
  if (!dashBefore31(p)) return false;
  if (k + 1 < count && ((rd(tGap, k + 1) & G_HYPHEN) != 0 && rd(tStart, k + 1) == rd(tEnd, k) + 1)) return false;
  span(pStart, rd(tEnd, k), ENTITY_LOCATION, pScore + 1, pReason, true);
  wr(tDone, k, 0xff);
  return true;
}
