// Why this file exists: the module's exports, and nothing else (the ABI is described in abi.ts).

import { ABI_VERSION } from "./abi";
import { begin, next, isFinished } from "./automaton";

/** ABI_VERSION of this build; the loader refuses a module whose version differs from its own. */
export function abiVersion(): u32 {
  return ABI_VERSION;
}

/** First byte of linear memory that JavaScript may use for its regions. */
export function heapBase(): usize {
  return __heap_base;
}

/** Starts a scan; 0 on success, else an error code (1 bad magic, 2 bad table version, 3 output too small). */
export function scanBegin(aut: usize, inPtr: usize, inLen: u32, outPtr: usize, outCap: u32, scanners: u32): u32 {
  return begin(aut, inPtr, inLen, outPtr, outCap, scanners);
}

/** Writes the next batch of findings at outPtr and returns their count. */
export function scanNext(): u32 {
  return next();
}

/** 1 once the whole input has been scanned and every finding returned. */
export function scanDone(): u32 {
  return isFinished();
}
