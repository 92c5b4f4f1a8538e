// Why this file exists: the SSN scanner: "123-45-6789" and "123 45 6789" in valid SSA ranges; nine bare digits only
// after an SSN cue ("SSN", "social security", "SS#").

import { ENTITY_SSN, REASON_SSN_CUE, REASON_SSN_VALID } from "../abi";
import { emit } from "../matches";
import { ssnOk } from "./validators";
import { at, cleanEnd, digitsEnd, isDigit, numValue } from "./util";

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
  if (b - a - 1 != 2 || at(b) != sep || !isDigit(at(b + 1))) return 0;
  const c = digitsEnd(b + 1);
  if (c - b - 1 != 4 || !cleanEnd(c)) return 0;
  if (!ssnOk(numValue(ts, a), numValue(a + 1, b), numValue(b + 1, c))) return 0;
  emit(ts, c, ENTITY_SSN, cued ? REASON_SSN_CUE : REASON_SSN_VALID, cued ? 950 : sep == 0x2d ? 850 : 700);
  return c;
}
