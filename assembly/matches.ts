// Why this file exists: the findings writer: struct-of-arrays columns in the output region, no allocation per match.

import { ENTITY_ID, ENTITY_LICENSE, ENTITY_MRN } from "./abi";
import { bracketChart54 } from "./scanners/fx54";
import { chart55 } from "./scanners/id55";

let outPtr: usize = 0;
let outCap: u32 = 0;
/** Findings written since the last resetOutput(). */
export let outCount: u32 = 0;

export function setOutput(ptr: usize, cap: u32): void {
  outPtr = ptr;
  outCap = cap;
  outCount = 0;
}

export function resetOutput(): void {
  outCount = 0;
}

/** Appends one finding. Callers keep OUT_SLACK rows free (the scan loop yields before the buffer can overflow). */
export function emit(start: u32, end: u32, type: u32, info: u32, score: u32): void {
  const i = outCount;
  // (stop 54, fx54) an id in brackets right after a row's "LAST, First" is the patient's chart ("Meeks, Ora (C4471820)")
  // (stop 55, id55) and so is one after a two-word surname, without brackets, after '#', or opening a record header
  if ((type == ENTITY_ID || type == ENTITY_LICENSE) && (bracketChart54(start, end) || chart55(start, end))) type = ENTITY_MRN;
  if (i >= outCap) unreachable(); // the slack invariant was broken: trap rather than write past the region
  const col = <usize>outCap << 2;
  const p = outPtr + (<usize>i << 2);
  store<u32>(p, start);
  store<u32>(p + col, end);
  store<u32>(p + col * 2, type);
  store<u32>(p + col * 3, info);
  store<u32>(p + col * 4, score);
  outCount = i + 1;
}
