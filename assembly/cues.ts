// Why this file exists: context cue words ("MRN", "Dr.", "fax", "NHC"...) found by the automaton pass, remembered by
// position so that scanners can ask "was cue X seen just before here?" without a second scan.
//
// A cue is a dictionary pattern whose entity code is ENTITY_CUE (0); bits 16-31 of its patInfo hold its cue id
// (CUE_* in abi.ts; ids < MAX_CUES). Confirmed cues update lastEnd[id]; the pending automaton candidate is also
// consulted, because a cue can still be pending (a longer pattern in progress) when the next trigger byte arrives.

import { CUE_SCANNER_LAST, MAX_CUES, NONE } from "./abi";

/** End (exclusive byte offset) of the most recent confirmed cue of each id, or NONE. */
// Static data (memory.data), not heap objects: JavaScript owns all memory above heapBase().
const lastEnd: usize = memory.data(<i32>MAX_CUES * 4);
const lastStart: usize = memory.data(<i32>MAX_CUES * 4);

// The pending candidate, when it is a cue (set by the automaton loop).
let pendingId: u32 = NONE;
let pendingStart: u32 = 0;
let pendingEnd: u32 = 0;

// The most recent confirmed cue among the structured scanners' ids (1..CUE_SCANNER_LAST): an O(1) answer to "which
// scanner cue is nearest before here" (cues are confirmed in text order).
let lastScanId: u32 = NONE;
let lastScanStart: u32 = 0;
let lastScanEnd: u32 = 0;

export function resetCues(): void {
  lastScanId = NONE;
  memory.fill(lastEnd, 0xff, <usize>MAX_CUES * 4); // NONE
  memory.fill(lastStart, 0xff, <usize>MAX_CUES * 4);
  pendingId = NONE;
}

/** Records a confirmed cue. */
export function recordCue(id: u32, start: u32, end: u32): void {
  if (id >= MAX_CUES) return;
  store<u32>(lastEnd + (<usize>id << 2), end);
  store<u32>(lastStart + (<usize>id << 2), start);
  if (id >= 1 && id <= CUE_SCANNER_LAST) {
    lastScanId = id;
    lastScanStart = start;
    lastScanEnd = end;
  }
}

/** The automaton's pending candidate is cue `id` over [start, end) (id NONE: no pending cue). */
export function setPendingCue(id: u32, start: u32, end: u32): void {
  pendingId = id;
  pendingStart = start;
  pendingEnd = end;
}

/**
 * Start of the most recent cue `id` that ends at or before `pos` and no more than `window` bytes before it,
 * or NONE. Scanners call this with the start of their candidate.
 */
export function cueBefore(id: u32, pos: u32, window: u32): u32 {
  if (pendingId == id && (pendingEnd <= pos && pos - pendingEnd <= window)) return pendingStart;
  if (id >= MAX_CUES) return NONE;
  const e = load<u32>(<usize>id << 2, lastEnd);
  if (e != NONE && (e <= pos && pos - e <= window)) return load<u32>(<usize>id << 2, lastStart);
  return NONE;
}

/** End of the most recent cue `id` that ends at or before `pos` and no more than `window` bytes before it, or NONE. */
export function cueEndBefore(id: u32, pos: u32, window: u32): u32 {
  if (pendingId == id && (pendingEnd <= pos && pos - pendingEnd <= window)) return pendingEnd;
  if (id >= MAX_CUES) return NONE;
  const e = load<u32>(<usize>id << 2, lastEnd);
  if (e != NONE && (e <= pos && pos - e <= window)) return e;
  return NONE;
}

/** The scanner cue (id 1..CUE_SCANNER_LAST) nearest before `pos` within `window` bytes: its id (NONE if none). */
export let nearId: u32 = NONE;
export let nearStart: u32 = 0;
export let nearEnd: u32 = 0;
export function nearestScannerCue(pos: u32, window: u32): u32 {
  nearId = NONE;
  if (pendingId != NONE && (pendingId >= 1 && (pendingId <= CUE_SCANNER_LAST && (pendingEnd <= pos && pos - pendingEnd <= window)))) {
    nearId = pendingId;
    nearStart = pendingStart;
    nearEnd = pendingEnd;
  } else if (lastScanId != NONE && (lastScanEnd <= pos && pos - lastScanEnd <= window)) {
    nearId = lastScanId;
    nearStart = lastScanStart;
    nearEnd = lastScanEnd;
  }
  return nearId;
}
