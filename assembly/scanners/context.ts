// Why this file exists: cue look-up for the scanners: which scanner cue word ("MRN", "Fax", "NHC", "DOB"...) was seen
// nearest before a candidate, and whether only a few connecting words ("number is", "#", ":") separate them.

import { CUE_SCANNER_LAST, CUE_WINDOW, NONE } from "../abi";
import { cueBefore, cueEndBefore, nearEnd, nearStart, nearestScannerCue } from "../cues";
import { byteAt, isAlpha } from "../input";
import { isIdCue } from "./ids";
import { isDigit } from "./util";

/** Id of the cue found by the last nearestCue() call (0: none) and where it ended. */
export let cueId: u32 = 0;
export let cueStart: u32 = 0;
export let cueEnd: u32 = 0;

/** Finds the scanner cue that ends nearest before `pos` (within CUE_WINDOW bytes); returns its id or 0. */
export function nearestCue(pos: u32): u32 {
  cueId = 0;
  cueStart = 0;
  cueEnd = 0;
  const id = nearestScannerCue(pos, CUE_WINDOW);
  if (id == NONE) return 0;
  // "g/dL", "5DL": a cue glued to '/' or a digit is a unit, not a label
  if (nearStart > 0 && (byteAt(nearStart - 1) == 0x2f || isDigit(byteAt(nearStart - 1)))) return 0;
  cueId = id;
  cueStart = nearStart;
  cueEnd = nearEnd;
  return id;
}

/**
 * The identifier cue (isIdCue: MRN, ID, account, health plan, licence, vehicle, device) that ends nearest before
 * `pos` within CUE_WINDOW bytes, as nearestCue() reports one (cueId, cueStart, cueEnd); 0 when there is none.
 * nearestCue() knows only the last cue of all, which a letter prefix that is a cue too ("FN" of "Accession:
 * FN-2022-3391") replaces.
 */
export function idCueBefore(pos: u32): u32 {
  cueId = 0;
  for (let id: u32 = 1; id <= CUE_SCANNER_LAST; id++) {
    if (!isIdCue(id)) continue;
    const e = cueEndBefore(id, pos, CUE_WINDOW);
    // (at equal ends the lower id stays, as the ids are tried in order)
    if (e == NONE || (cueId != 0 && e <= cueEnd)) continue;
    cueId = id;
    cueStart = cueBefore(id, pos, CUE_WINDOW);
    cueEnd = e;
  }
  return cueId;
}

/**
 * True when [from, to) is a short connector between a cue and its value: no digits or ';', at most `maxWords` words and
 * 28 bytes ("MRN: ", "number is ", "No. ", "#").
 */
export function tightGap(from: u32, to: u32, maxWords: u32): bool {
  if (to < from || to - from > 28) return false;
  let words: u32 = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const b = byteAt(i);
    if (isDigit(b) || b == 0x3b) return false; // a number or a clause break (';') in between: not a label
    const w = isAlpha(b) || b >= 0x80;
    if (w && !inWord) words++;
    inWord = w;
  }
  return words <= maxWords;
}
