// Why this file exists: stop 52's identifier round (id52), kept out of dispatch.ts: a cue word glued by '-' to a
// record's value is the value's letter prefix ("ACCOUNT ACCT-31472-07", "IRIS ID ID-7704418", "saliva kit
// KIT-71180442", "(ID-PAF-000447)"): idStart() leaves such a prefix out as the cue itself, so only the digits were found.
import { byteAt, isAlnum, isAlpha } from "../input";
import { cueEnd, cueStart } from "./context";
import { at, before, isDigit, lettersStart } from "./util";

/**
 * (stop 52, id52) Where a cued identifier starts when the cue nearestCue() found (cueStart..cueEnd) is glued by '-' to
 * its value's start s (the digits, or the first letter group idStart() kept) and is a code's letters, four at most
 * (not a label's word: "plan member-2204418832" keeps the digits): from the cue on, with up to two more
 * letter groups joined by '-' before it ("BH-ACCT-771028", "inv-kit-22810473"; two to eight letters each). Only when a
 * blank or '(' opens the prefix and no label's ':' stands before that blank (a Spanish record's kind after its label,
 * "CIPA: nhc-739146", where MEDDOCAN labels the digits alone; the input's start: "MRN-1234567" alone keeps its
 * digits), and the value holds four digits or more (so the prefix wakes nothing the digits alone did not: "ID-19",
 * "auth-12"). Returns the new start, or s.
 */
export function gluedStart52(s: u32): u32 {
  if (s < 3 || (cueEnd != s - 1 || (byteAt(s - 1) != 0x2d || (cueStart == 0 || cueEnd - cueStart > 4)))) return s;
  // the value's digits, across its groups joined by '-' (at most 40 bytes)
  let n: u32 = 0;
  for (let q = s; q < s + 40; q++) {
    const c = at(q);
    if (isDigit(c)) n++;
    else if (!isAlnum(c) && !(c == 0x2d && isAlnum(at(q + 1)))) break;
  }
  if (n < 4) return s;
  let p = cueStart;
  for (let k: u32 = 0; k < 2 && (p >= 3 && (byteAt(p - 1) == 0x2d && isAlpha(byteAt(p - 2)))); k++) {
    const q = lettersStart(p - 1);
    if (p - 1 - q < 2 || p - 1 - q > 8) break;
    p = q;
  }
  const b = before(p);
  if (b == 0x28) return p;
  if (b != 0x20 || (p >= 2 && byteAt(p - 2) == 0x3a)) return s;
  return p;
}
