// Why this file exists: stop 50 (nm50)'s rule on a credential or an identifier's label that is spelled like a state's
// code after a person's comma ("Juniper Hales, MA", "Peter Haakonsen, CT(ASCP)", "interpreter Abdi, ID 40172"), which
// the "City, ST" rules read as a town and its state; kept out of detect.ts (see docs/names-rounds.md, stop 50).

import { byteAt, inLen } from "../input";
import { wordIndex } from "../scanners/util";

// state codes that are also signers' credentials: medical assistant, master of science, cytotechnologist, doctor of
// chiropractic, medical technologist ("MD", "PA" and "DO" are credentials in the word table already)
const CRED_CODES50 = "\u0002ma\u0002ms\u0002ct\u0002dc\u0002mt";

/** (stop 50, nm50) Byte c is a digit or an ASCII capital. */
// @ts-ignore: decorator
@inline function digitOrCap50(c: u32): bool {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

/**
 * (stop 50, nm50) The two capitals at [cs, cs + 2), after a word's comma, are no state's code (the word before is no
 * town): returns true for
 * - "ID" before an identifier, after a person (`person` not 0; 3: a cue word right before the word, no name
 *   pending): one blank and a run of capitals, digits and hyphens holding a digit, other than an Idaho ZIP (five digits
 *   opening with 83): "interpreter Abdi, ID 40172", "Irina Sokolova, ID IS-3307"; not "Boise, ID 83702", "AHCCCS, ID
 *   A44108277" (a plan's name, no person);
 * - a credential's code (CRED_CODES50) right before an opening bracket: "Haakonsen, CT(ASCP)", "NGUYEN-HOLT, MT(ASCP)";
 * - a credential's code after a person's name pending right before the word (`person` 1: a guess from the lists or the
 *   capitals, the word before being no town's; 2: a title's, a cue's or a credential's), or any code after a title's, cue's or credential's name (`person` 2), where no ZIP follows:
 *   "Juniper Hales, MA.", "Dr. Lasse Marttila, DC", "KIRRA WALLACE, MA 208-555-0170", "DOLORES FENNIMORE, IN THE";
 *   not "Salem, MA 01970", "Boston, MA" (no person before).
 */
export function codeNoState50(cs: u32, person: u32): bool {
  const ce = cs + 2;
  if (ce > inLen || !(byteAt(cs) >= 0x41 && (byteAt(cs) <= 0x5a && (byteAt(cs + 1) >= 0x41 && byteAt(cs + 1) <= 0x5a)))) return false;
  const c = ce < inLen ? byteAt(ce) : 0x0a;
  // what follows after one blank: digits (a ZIP's length and first two), or capitals, digits and hyphens with a digit
  let n: u32 = 0;
  let digits: u32 = 0;
  let allDigits = true;
  if (c == 0x20) {
    let i = ce + 1;
    while (i < inLen && (digitOrCap50(byteAt(i)) || byteAt(i) == 0x2d)) {
      const b = byteAt(i);
      if (b >= 0x30 && b <= 0x39) digits++;
      else allDigits = false;
      i++;
      n++;
    }
  }
  const zip = n == 5 && allDigits;
  if ((byteAt(cs) == 0x49 && byteAt(cs + 1) == 0x44) && (digits > 0 && person != 0)) {
    // (an Idaho ZIP: 83xxx)
    return !(zip && (byteAt(ce + 1) == 0x38 && byteAt(ce + 2) == 0x33));
  }
  if (zip) return false;
  const cred = wordIndex(CRED_CODES50, cs, ce) >= 0;
  if (cred && c == 0x28) return true;
  return person == 2 || (person == 1 && cred);
}
