// Why this file exists: stop 55's clinical round 54 (fx55), written from fixture 51's misses: a town written right after
// a facility's or an organisation's comma or spaced dash and before a state's code that is also a clinician's credential
// ("NMS LABS, HORSHAM PA", "Geisinger Community Medical Center, Scranton PA | DOS", "Saint Vincent Hospital Sports
// Medicine, Erie PA —", "Lehigh Valley Hospital–Cedar Crest, Allentown PA") was read as a person with a credential
// after the name (name:credential); stop 53's facilityTownState53() leaves such codes out on purpose. Kept out of
// detect.ts (its call site stays in decide(), beside fy53's). Reads tokens and bytes of the input only, allocates nothing.
import { ENTITY_LOCATION } from "../abi";
import { byteAt } from "../input";
import { F_CRED, F_STATE } from "./flags";
import {
  MODE_LOWER, R_FACILITY, R_ORGANIZATION, SH_LOWER, SH_UPPER, count, facilitySep39, nameStr, pReason, pType, placeStr, rd, tData,
  tEnd, tShape, tStart, wordIn,
} from "./detect";
import { codeEnds53 } from "./r53_fy53";

// the codes that are words or clinical abbreviations in lower-case text (fy53's LOWER_CODES53 keeps "ms", "dc" out too)
const LOWER_CRED_CODES55 = "\u0002ms\u0002dc\u0002de";

/**
 * (stop 55, fx55) Token k (starting at s0) is the town between a facility or an organisation just found and a state's
 * code that is also a credential:
 * - the pending span is a facility or an organisation (location:facility or location:organization) and ", " or a
 *   spaced dash separates it from k (facilitySep39()); k is the one word there;
 * - k is a listed place that no name list holds (a surname alone after a facility's comma is left a person's, listed
 *   as a town too or not: "Mercy Clinic, Jones PA", "Mercy Hospital, Kowalczyk MD");
 * - token k + 1, one blank after k, is a state's two-letter code that the word table also holds as a credential ("PA",
 *   "MD", "MA", "MS"), in the text's capitals (lower case in lower-case text, not "ms", "dc", "de" there);
 * - the code closes its field (codeEnds53(): the line's end, a tab or a column's gap, a spaced dash, '.', ',', ';',
 *   ')'), so "PA-C" and a signature going on ("Scranton PA and ...") stay out.
 * Not "Mercy Clinic, Jones PA" (a listed surname), "Mercy Clinic, Dana Kohl PA" (two words after the comma),
 * "Valley Ortho, Reyes PA-C".
 */
export function facilityTownCred55(k: u32, s0: u32, mode: u32): bool {
  const n = k + 1;
  if (k == 0 || (n >= count || (pType != ENTITY_LOCATION || (pReason != R_FACILITY && pReason != R_ORGANIZATION)))) return false;
  const d = rd(tData, k);
  if (placeStr(d) == 0 || (nameStr(k) != 0 || !facilitySep39(s0))) return false;
  const ns = rd(tStart, n);
  const e = rd(tEnd, n);
  const dn = rd(tData, n);
  const lower = mode == MODE_LOWER;
  if (e - ns != 2 || ((dn & (F_STATE | F_CRED)) != (F_STATE | F_CRED) || rd(tShape, n) != (lower ? SH_LOWER : SH_UPPER))) return false;
  if (lower && wordIn(n, LOWER_CRED_CODES55)) return false;
  // one blank between the town and the code
  if (ns != rd(tEnd, k) + 1 || byteAt(ns - 1) != 0x20) return false;
  return codeEnds53(e, false);
}
