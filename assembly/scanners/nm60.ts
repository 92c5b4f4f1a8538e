// Why this file exists: stop 60 (nm60)'s scanner mend: a record number under an aligned table's "MRN" column whose
// prefix holds two or three letter groups joined by hyphens ("SH-NB-7718201" under "MRN", "HMC-N-77120" under "BABY
// MRN") was typed by the long-code scanners' ID, because dispatch.ts's dashCodeColumnFx40() walked back over one letter
// group only and so never met the column's gap. Called from dashCodeColumnFx40() alone (a digit run after a '-' and a
// letter group); reads bytes only, allocates nothing.
import { byteAt, isAlpha } from "../input";

/**
 * (stop 60, nm60) The letter group at s (one to four letters, a '-' before it) follows one or two more such groups, each
 * after a '-' or opening the code: returns the first group's start ("SH-NB-7718201": the 'S'), or s when a group before
 * it is no letter group of one to four letters ("4B-NB-77182" keeps s, and the caller's test of the gap refuses it).
 */
export function codeGroups60(s: u32): u32 {
  let a = s;
  for (let n = 0; n < 2; n++) {
    if (a < 3 || byteAt(a - 1) != 0x2d) break;
    let b = a - 1;
    while (b > 0 && (a - 1 - b < 5 && isAlpha(byteAt(b - 1)))) b--;
    const k = a - 1 - b;
    if (k == 0 || k > 4) return s;
    a = b;
  }
  return a;
}
