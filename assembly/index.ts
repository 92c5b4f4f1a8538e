// Why this file exists: the module's exports, and nothing else (the ABI is described in abi.ts).

import { ABI_VERSION } from "./abi";
import { begin, next, isFinished } from "./automaton";
import { OUT_SLACK, SCAN_NAMES } from "./abi";
import { resetOutput } from "./matches";
import { namesBegin, namesFinished, namesNext } from "./names/detect";
import { setTable, tableReady } from "./names/table";

export { utf16Offsets } from "./utf16";

/** ABI_VERSION of this build; the loader refuses a module whose version differs from its own. */
export function abiVersion(): u32 {
  return ABI_VERSION;
}

/** First byte of linear memory that JavaScript may use for its regions. */
export function heapBase(): usize {
  return __heap_base;
}

/** Starts a scan; 0 on success, else an error code (1 bad magic, 2 bad table version, 3 output too small, 6 SCAN_NAMES without a word table). */
export function scanBegin(aut: usize, inPtr: usize, inLen: u32, outPtr: usize, outCap: u32, scanners: u32): u32 {
  // fail closed: a host that asks for the name pass without installing a word table would otherwise leak names
  if ((scanners & SCAN_NAMES) != 0 && !tableReady()) return 6;
  const rc = begin(aut, inPtr, inLen, outPtr, outCap, scanners);
  if (rc == 0) namesBegin((scanners & SCAN_NAMES) != 0, outCap - OUT_SLACK);
  return rc;
}

/**
 * Installs the word table of the name/place detector (src/dictionaries/layout.ts) at `ptr` (0: none). Returns 0, or
 * 4 (bad magic) / 5 (bad version). Called once after instantiation; the table stays in place for every scan.
 */
export function setWordTable(ptr: usize): u32 {
  return setTable(ptr);
}

/** Writes the next batch of findings at outPtr and returns their count. */
export function scanNext(): u32 {
  if (!isFinished()) return next();
  // second phase: the word-level name/place detector (its own pass: tokens, not bytes)
  resetOutput();
  return namesNext();
}

/** 1 once the whole input has been scanned and every finding returned. */
export function scanDone(): u32 {
  return isFinished() && namesFinished() ? 1 : 0;
}
