// Why this file exists: the scan loop: one pass of the Aho-Corasick DFA over the input, leftmost-longest match
// selection, and the dispatch of structured scanners on trigger bytes, resumable when the output region fills.

import {
  AUT_MAGIC, AUT_VERSION, NONE, MATCH_BIT, TRIGGER_BIT, STATE_MASK, PAT_WORD_BOUNDARY, INFO_DICTIONARY,
  OUT_SLACK, ENTITY_CUE, EMIT_CUES,
} from "./abi";
import { recordCue, resetCues, setPendingCue } from "./cues";
import { byteAt, byteFrom, inLen, inPtr, onWordBoundary, setInput } from "./input";
import { emit, outCount, resetOutput, setOutput } from "./matches";
import { dispatchTrigger, resetDispatch } from "./scanners/dispatch";

// Automaton tables (absolute addresses, resolved once per scanBegin).
let K: u32 = 1;
// A premultiplied state s = index * K is divided by K without a division instruction (the pending-candidate test runs
// it on every byte while a dictionary or cue candidate is pending): K = kOdd << kShift, and s >> kShift = index * kOdd
// exactly, so index = (s >> kShift) * kInverse mod 2^32, where kInverse * kOdd = 1 mod 2^32.
let kShift: u32 = 0;
let kInverse: u32 = 1;
let transPtr: usize = 0;
let depthPtr: usize = 0;
let outArrPtr: usize = 0;
let linkPtr: usize = 0;
let patInfoPtr: usize = 0;
let classMapPtr: usize = 0;

// Resumable scan state.
let outLimit: u32 = 0;
let pos: u32 = 0; // next byte to feed the DFA
let state: u32 = 0; // premultiplied DFA state
let trigHigh: u32 = 0; // bytes below this index already woke their scanner (restarts rescan bytes)
let candStart: u32 = 0;
let candEnd: u32 = 0;
let candPat: u32 = NONE;
let scanners: u32 = 0;
let finished: u32 = 1;

/** Returns 0 on success, or a non-zero code naming what is wrong with the tables (see src/wasm/abi.ts). */
export function begin(aut: usize, inP: usize, len: u32, outP: usize, cap: u32, scannerBits: u32): u32 {
  if (load<u32>(aut) != AUT_MAGIC) return 1;
  if (load<u32>(aut, 4) != AUT_VERSION) return 2;
  if (cap <= OUT_SLACK) return 3;
  K = load<u32>(aut, 8);
  kShift = ctz(K);
  const kOdd = K >> kShift;
  // Newton's iteration for the inverse modulo 2^32: kOdd is its own inverse to 3 bits, each step doubles them
  let inv = kOdd;
  for (let k = 0; k < 4; k++) inv *= 2 - kOdd * inv;
  kInverse = inv;
  transPtr = aut + <usize>load<u32>(aut, 20);
  depthPtr = aut + <usize>load<u32>(aut, 24);
  outArrPtr = aut + <usize>load<u32>(aut, 28);
  linkPtr = aut + <usize>load<u32>(aut, 32);
  patInfoPtr = aut + <usize>load<u32>(aut, 36);
  classMapPtr = aut + <usize>load<u32>(aut, 40);
  setInput(inP, len);
  setOutput(outP, cap);
  outLimit = cap - OUT_SLACK;
  pos = 0;
  state = 0;
  trigHigh = 0;
  candPat = NONE;
  scanners = scannerBits;
  finished = 0;
  resetCues();
  resetDispatch(scannerBits);
  return 0;
}

export function isFinished(): u32 {
  return finished;
}

/** The state index of the premultiplied state s (s / K). */
// @ts-ignore: decorator
@inline function stateIndex(s: u32): u32 {
  return (s >> kShift) * kInverse;
}

// @ts-ignore: decorator
@inline function depthOf(s: u32): u32 {
  return load<u32>(depthPtr + (<usize>stateIndex(s) << 2));
}

/** Outputs end at `end` in DFA state `s`: keep the leftmost-longest valid one as the pending candidate. */
function onMatch(end: u32, s: u32): void {
  let st = stateIndex(s);
  if (load<u32>(outArrPtr + (<usize>st << 2)) == NONE) st = load<u32>(linkPtr + (<usize>st << 2));
  while (st != NONE) {
    const p = load<u32>(outArrPtr + (<usize>st << 2));
    const start = end - load<u32>(depthPtr + (<usize>st << 2));
    const info = load<u32>(patInfoPtr + (<usize>p << 2));
    if (((info >> 8) & PAT_WORD_BOUNDARY) == 0 || onWordBoundary(start, end)) {
      // the first valid output is the longest ending here; shorter ones start later and cannot beat it
      if (candPat == NONE || (start < candStart || (start == candStart && end > candEnd))) {
        candStart = start;
        candEnd = end;
        candPat = p;
        setPendingCue((info & 0xff) == ENTITY_CUE ? info >> 16 : NONE, start, end);
      }
      return;
    }
    st = load<u32>(linkPtr + (<usize>st << 2));
  }
}

function emitCandidate(): void {
  const info = load<u32>(patInfoPtr + (<usize>candPat << 2));
  const type = info & 0xff;
  if (type == ENTITY_CUE) {
    recordCue(info >> 16, candStart, candEnd);
    if ((scanners & EMIT_CUES) != 0) emit(candStart, candEnd, type, INFO_DICTIONARY | candPat, 0);
  } else emit(candStart, candEnd, type, INFO_DICTIONARY | candPat, info >> 16);
  candPat = NONE;
  setPendingCue(NONE, 0, 0);
}

/** A trigger byte at index i: wake the scanners that asked for it (once per byte, even when a restart rescans it). */
function onTrigger(i: u32): void {
  if (i < trigHigh) return;
  trigHigh = i + 1;
  // a scanner that consumed a digit run or found an identifier covers it: its bytes wake nothing again
  const covered = dispatchTrigger(i, scanners);
  if (covered > trigHigh) trigHigh = covered;
}

/**
 * Runs until the input is consumed or the output region is nearly full; returns the findings written.
 * After a confirmed dictionary match the DFA restarts at the match end (the bytes in between are rescanned), which is
 * what makes the selection leftmost-longest and non-overlapping.
 */
export function next(): u32 {
  resetOutput();
  if (finished) return 0;
  let i = pos;
  let s = state;
  const len = inLen;
  // table and input addresses in locals: the loop below is the hottest code of the module
  const input = inPtr;
  const trans = transPtr;
  const classes = classMapPtr;
  // a candidate is pending (candPat != NONE): changes only in onMatch() and emitCandidate()
  let pending = candPat != NONE;
  while (true) {
    while (i < len) {
      let t = load<u32>(trans + (<usize>(s + <u32>load<u8>(classes + <usize>byteFrom(input, i))) << 2));
      i++;
      // (stop 58, sq58) with no candidate pending, most bytes neither match nor trigger: step them in a loop of its
      // own that holds only the transition (below TRIGGER_BIT a transition is the next state itself), and leave it at
      // the first byte that matches or triggers, which the code below handles as before
      // (the loop's test and its exit are written apart: as one `t < TRIGGER_BIT && i < len` binaryen computes both
      // for every byte, 4.0 M instructions a pass more than this form)
      if (!pending && t < TRIGGER_BIT) {
        while (i < len) {
          t = load<u32>(trans + (<usize>(t + <u32>load<u8>(classes + <usize>byteFrom(input, i))) << 2));
          i++;
          if (t >= TRIGGER_BIT) break;
        }
        if (t < TRIGGER_BIT) {
          s = t;
          break;
        }
      }
      s = t & STATE_MASK;
      // (stop 44, spd44: most bytes neither match, trigger nor have a candidate pending: one branch for the three, the
      // two flags ORed as integers)
      if ((<u32>(t >= TRIGGER_BIT) | <u32>pending) == 0) continue;
      // findings are written only by the scanners (onTrigger) and emitCandidate(): check the output region after those
      let wrote = false;
      if (t >= TRIGGER_BIT) {
        if ((t & MATCH_BIT) != 0) {
          onMatch(i, s);
          pending = candPat != NONE;
        }
        if ((t & TRIGGER_BIT) != 0) onTrigger(i - 1);
        wrote = true;
      }
      if (pending && i - depthOf(s) > candStart) {
        // no prefix still in progress starts at or before the candidate: it is final
        i = candEnd;
        s = 0;
        emitCandidate();
        pending = false;
        wrote = true;
      }
      if (wrote && outCount >= outLimit) {
        pos = i;
        state = s;
        return outCount;
      }
    }
    if (!pending) break;
    i = candEnd;
    s = 0;
    emitCandidate();
    pending = false;
  }
  pos = i;
  state = s;
  finished = 1;
  return outCount;
}
