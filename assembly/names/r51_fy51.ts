// Why this file exists: stop 51's clinical round 47 (fy51), written from fixture 44's misses: a correctional or
// detention facility named by a place and its kind's head ("Lebanon Correctional Institution", "WASHINGTON STATE
// PENITENTIARY", "El Paso Service Processing Center"), kept out of detect.ts (its call site stays there). Reads bytes of
// the input only, allocates nothing.
import { byteAt, inLen, isAlnum, isAlpha } from "../input";
import { wordIndex } from "../scanners/util";
import { shape45b } from "./detect";

// the words between the place and the head: a jurisdiction's, a population's or a security level's ("State", "Adult",
// "Women's", "Medium", "Service"); not "county": "<place> county <head>" is the county rules' (loc45, org43), which
// write the body with the town after its comma ("Otero County Detention Center, Alamogordo")
export const MIDS51 = "\u0005state\u0004city\u0007federal\u0008regional\u0005adult\u0008juvenile\u0005youth\u0007women's\u0005men's\u0006medium\u0007maximum\u0007minimum\u0008security\u0007service";
// the first words of a two-word head ("Correctional Institution", "Detention Center", "Processing Center", "Pre-Trial
// Facility")
const OPENS51 = "\u000ccorrectional\u0009detention\u000aprocessing\u0009pre-trial\u0008pretrial";
// the second words of a two-word head
const SECONDS51 = "\u000binstitution\u0009institute\u0008facility\u0006center\u0006centre\u0007complex";
// the heads of one word ("Penitentiary", "Reformatory"; "Prison" after "State" or "Federal")
const ONES51 = "\u000cpenitentiary\u000breformatory\u0006prison";

/** The end of the word at a: letters, an apostrophe before a letter ("women's") or a hyphen between letters ("pre-trial"). */
export function wordEnd51(a: u32): u32 {
  let e = a;
  while (e < inLen) {
    const b = byteAt(e);
    if (isAlpha(b)) e++;
    else if ((b == 0x27 || b == 0x2d) && (e > a && (e + 1 < inLen && isAlpha(byteAt(e + 1))))) e++;
    else break;
  }
  return e;
}

/** The head's word ends at byte e: the input's end or a byte no letter or digit ("Institution,", "Center on 3/2"). */
function closes51(e: u32): bool {
  if (e >= inLen) return true;
  const b = byteAt(e);
  return !isAlnum(b);
}

/**
 * A place's span (a town, county, state or country) ends at `end`, its first word of letter case `sh`; after it, at most
 * two words of MIDS51 and a correctional or detention facility's head, every word in that letter case and one blank
 * apart: "Lebanon Correctional Institution", "WASHINGTON STATE PENITENTIARY", "WYOMING MEDIUM CORRECTIONAL
 * INSTITUTION", "Hennepin County Adult Detention Center" (the county's span, then "Adult"), "El Paso Service Processing
 * Center", "Iowa State Prison" ("prison" only after "state" or "federal"), the head a whole word (closes51: "Lebanon
 * Correctional Institution on arrival", "Iowa State Prison staff" name the facility before the words after it). Returns
 * the head's end, or 0. "Texas prison", "Ohio correctional officers", "Lebanon detention" name none.
 */
export function corrTail51(end: u32, sh: u32): u32 {
  let i = end;
  let mids: u32 = 0;
  let stateOrFed = false;
  while (mids <= 2) {
    if (i + 1 >= inLen || byteAt(i) != 0x20) return 0;
    const a = i + 1;
    const e = wordEnd51(a);
    if (e - a < 3 || shape45b(a) != sh) return 0;
    if (wordIndex(OPENS51, a, e) >= 0) {
      if (e + 1 >= inLen || byteAt(e) != 0x20) return 0;
      const b = e + 1;
      const f = wordEnd51(b);
      if (f - b < 6 || (shape45b(b) != sh || wordIndex(SECONDS51, b, f) < 0)) return 0;
      return closes51(f) ? f : 0;
    }
    const one = wordIndex(ONES51, a, e);
    if (one >= 0) {
      // ("prison" only after "state" or "federal": "Iowa State Prison", not "Texas prison")
      if (one == 2 && !stateOrFed) return 0;
      return closes51(e) ? e : 0;
    }
    const m = wordIndex(MIDS51, a, e);
    if (m < 0) return 0;
    stateOrFed = m == 0 || m == 2;
    mids++;
    i = e;
  }
  return 0;
}
