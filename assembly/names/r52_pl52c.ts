// Why this file exists: stop 52c's facility rule (pl52c), kept out of detect.ts: in lower case and ALL CAPS a veterans'
// site after its town, "seattle vamc", "brockton vamc", "MOUNT VERNON CBOC", and in any case "vet center" after its
// town, "honolulu vet center", "Everett Vet Center"; and in any case "system" after a facility found up to its "health
// care", "fargo va health care system" (docs/names-rounds.md, "Stop 52c, pl52c").
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import { F_UNIT, F_FACILITY, F_CRED, F_TITLE, F_CUE } from "./flags";
import {
  rd, count, tStart, tEnd, tData, tShape, tDone, tGap, G_COMMA, G_HYPHEN, SH_LOWER, SH_UPPER, SH_CAP, MODE_LOWER, MODE_CAPS, MODE_MIXED, R_CITY,
  R_FACILITY, R_DICTIONARY, R_NEIGHBOUR, pType, pStart, pScore, pReason, tight, wordIn, placeStr, span, wr,
} from "./detect";

// (pl52c) a VA's site initialisms after its town (VA_SITES34's less the army's "ahc" and "ach", which lower case shares
// with words: "ach" is acetylcholine's)
const VA_SITES52C = "\u0004vamc\u0005vahcs\u0004cboc";

/**
 * (pl52c) The pending span, ending tight before token k, is a town (location:city), a facility's short name
 * (location:facility, "mount vernon"), or a person's guess from the dictionaries or its neighbours (no title, cue or
 * credential) whose last word, token k - 1, is a listed place ("everett"): the site's town.
 */
function siteTown52c(k: u32): bool {
  if (pType == ENTITY_LOCATION) return pReason == R_CITY || pReason == R_FACILITY;
  if (pType != ENTITY_NAME || (pReason != R_DICTIONARY && pReason != R_NEIGHBOUR)) return false;
  const d = rd(tData, k - 1);
  return placeStr(d) > 0 && (d & (F_TITLE | F_CUE | F_CRED)) == 0;
}

/**
 * (stop 52c, pl52c) Token k, tight after a place or a name just found (pending, ending at k - 1, in k's case: the
 * caller's facTail31() checks the pending end), is a veterans' site after its town (siteTown52c()): the town and the
 * site are the facility.
 * - in lower case and ALL CAPS, a VA site's initialism (VA_SITES52C): "hbpc referral to seattle vamc home-based team",
 *   "(brockton vamc)", "MENTAL HEALTH CLINIC - BEDFORD VAMC", "SEATTLE VAMC HOME-BASED TEAM". Mixed case is vaSite34()'s
 *   (capitals). A facility's word after it leaves it to the older rules ("seattle vamc primary care clinic"), and so do
 *   a comma and a unit's word, as vaSite34() reads them ("bedford vamc, bldg 7").
 * - in any case, "vet center" (or "centre"), the town's counselling centre: "at honolulu vet center 808-555-0139",
 *   "(Everett Vet Center) group".
 * Writes the town and the site as one facility (location:facility, above the town's score).
 */
export function vaSite52c(k: u32, sh: u32, mode: u32): bool {
  if (!tight(k) || (rd(tShape, k - 1) != sh || rd(tDone, k) != 0)) return false;
  let last = k;
  if (wordIn(k, "\u0003vet")) {
    if (!(sh == SH_LOWER && mode == MODE_LOWER || (sh == SH_UPPER && mode == MODE_CAPS || sh == SH_CAP && mode == MODE_MIXED))) return false;
    if (k + 1 >= count || (!tight(k + 1) || (rd(tShape, k + 1) != sh || !wordIn(k + 1, "\u0006center\u0006centre")))) return false;
    last = k + 1;
  } else {
    if (!(sh == SH_LOWER && mode == MODE_LOWER || sh == SH_UPPER && mode == MODE_CAPS) || !wordIn(k, VA_SITES52C)) return false;
  }
  if (!siteTown52c(k)) return false;
  const n = last + 1;
  if (n < count) {
    if (tight(n) && (rd(tData, n) & F_FACILITY) != 0) return false;
    if ((rd(tGap, n) & G_COMMA) != 0 && (rd(tData, n) & F_UNIT) != 0) return false;
  }
  span(pStart, rd(tEnd, last), ENTITY_LOCATION, pScore + 1, R_FACILITY, true);
  wr(tDone, k, 0xff);
  if (last > k) wr(tDone, last, 0xff);
  return true;
}

/**
 * (stop 52c, pl52c) Token k is "system" tight after a facility just found (pending, location:facility, ending at k - 1)
 * whose head is "health care" (tokens k - 2 and k - 1, tight, in k's case): the facility rule's head ends at "care" and
 * leaves the system's word out in every case ("minneapolis va health care system", "FARGO VA HEALTH CARE SYSTEM",
 * "Southern Arizona VA Health Care System"). The facility goes on over "system" ("healthcare system" is one head
 * already). Not "systems", not after a hyphen or a comma (tight), nor before a word glued by a hyphen ("system-wide").
 */
export function careSystem52c(k: u32, sh: u32): bool {
  if (k < 2 || (!tight(k) || (!tight(k - 1) || rd(tDone, k) != 0))) return false;
  if (pType != ENTITY_LOCATION || pReason != R_FACILITY) return false;
  if (rd(tShape, k - 1) != sh || (rd(tShape, k - 2) != sh || (!wordIn(k, "\u0006system") || (!wordIn(k - 1, "\u0004care") ||
    !wordIn(k - 2, "\u0006health"))))) return false;
  // (nor a word glued by a hyphen after it: "boston health care system-wide policy")
  if (k + 1 < count && ((rd(tGap, k + 1) & G_HYPHEN) != 0 && rd(tStart, k + 1) == rd(tEnd, k) + 1)) return false;
  span(pStart, rd(tEnd, k), ENTITY_LOCATION, pScore + 1, R_FACILITY, true);
  wr(tDone, k, 0xff);
  return true;
}
