// Why this file exists: the SSN scanner: "123-45-6789" and "123 45 6789" in valid SSA ranges; nine bare digits only
// after an SSN cue ("SSN", "social security", "SS#"); the last four digits of a masked or partly given number
// ("XXX-XX-1234", "SSN ending in 4321").

import { ENTITY_SSN, REASON_SSN_CUE, REASON_SSN_PARTIAL, REASON_SSN_VALID } from "../abi";
import { emit } from "../matches";
import { ssnOk } from "./validators";
import { at, before, cleanEnd, digitsEnd, isDigit, isWordish, numValue } from "./util";

/** Called at the first digit `ts` of a clean numeric token; emits one SSN finding and returns its end, or 0. */
export function scanSsn(ts: u32, cued: bool): u32 {
  const a = digitsEnd(ts);
  const n = a - ts;
  if (n == 9) {
    if (!cued || !cleanEnd(a)) return 0;
    if (!ssnOk(numValue(ts, ts + 3), numValue(ts + 3, ts + 5), numValue(ts + 5, a))) return 0;
    emit(ts, a, ENTITY_SSN, REASON_SSN_CUE, 950);
    return a;
  }
  if (n != 3) return 0;
  const sep = at(a);
  if (sep != 0x2d && sep != 0x20) return 0;
  const b = digitsEnd(a + 1);
  if (b - a - 1 != 2 || (at(b) != sep || !isDigit(at(b + 1)))) return 0;
  const c = digitsEnd(b + 1);
  if (c - b - 1 != 4 || !cleanEnd(c)) return 0;
  if (!ssnOk(numValue(ts, a), numValue(a + 1, b), numValue(b + 1, c))) return 0;
  emit(ts, c, ENTITY_SSN, cued ? REASON_SSN_CUE : REASON_SSN_VALID, cued ? 950 : sep == 0x2d ? 850 : 700);
  return c;
}

/** A character that masks a digit of an identifier: 'X', 'x', '*', '#'. */
// @ts-ignore: decorator
@inline function maskChar(b: u32): bool {
  return (b | 0x20) == 0x78 || (b == 0x2a || b == 0x23);
}

/**
 * The last four digits of an SSN, at the first digit `ts` of a run of exactly four: masked before them in the SSN's
 * shape ("XXX-XX-1234", "***-**-1234"; the whole shape is reported), or right after an SSN cue (`cued`: "SSN ending
 * in 4321", "last four of SSN 6789"). Emits one SSN finding and returns its end, or 0.
 */
export function scanSsnLastFour(ts: u32, cued: bool): u32 {
  const a = digitsEnd(ts);
  if (a - ts != 4 || !cleanEnd(a)) return 0;
  if (ts >= 7 && (before(ts) == 0x2d && (at(ts - 4) == 0x2d && (maskChar(at(ts - 7)) && (maskChar(at(ts - 6)) &&
    (maskChar(at(ts - 5)) && (maskChar(at(ts - 3)) && (maskChar(at(ts - 2)) && !isWordish(before(ts - 7)))))))))) {
    emit(ts - 7, a, ENTITY_SSN, REASON_SSN_PARTIAL, 900);
    return a;
  }
  if (!cued) return 0;
  emit(ts, a, ENTITY_SSN, REASON_SSN_PARTIAL, 850);
  return a;
}
