// Why this file exists: stop 52b's identifier round (id52b), kept out of dispatch.ts: a UPS tracking number ("1Z" and
// sixteen letters and digits, often in blank-separated groups: "1Z 44R 718 01 2209 8812") was found only in part, its
// last groups read as a phone number or an SSN ("718 01 2209", "02 2099 7184"); and two forms of a vehicle's licence
// plate after a state's code that the plate cue's scanners left out ("PARTIAL PLATE IL 8J2", "GA tag RKT4471").
import { ENTITY_ID, ENTITY_VEHICLE, REASON_LONG_NUMBER, REASON_VEHICLE_CUE } from "../abi";
import { byteAt, isAlnum, isAlpha } from "../input";
import { emit } from "../matches";
import { LOWER_STATES } from "./ids";
import { at, before, eqWord, isDigit, isWordish, wordIndex } from "./util";

/**
 * (stop 52b, id52b) A UPS tracking number at ts (the '1' of "1Z"/"1z", a clean start: no word byte, '-', '.' or '/'
 * before it): "1Z" and sixteen letters and digits, glued or in groups joined by single blanks (a blank may follow
 * "1Z"), the last ten of them digits (the service's two and the package's eight: "1Z 447 18W 02 2099 7184",
 * "1Z999AA10123456784"), and the sixteenth closing its token (no letter, digit or joined part after it). ID by its
 * shape alone, no cue needed; its end, or 0.
 */
export function ups52b(ts: u32): u32 {
  const b = before(ts);
  if (isWordish(b) || (b == 0x2d || (b == 0x2e || b == 0x2f))) return 0;
  let q = ts + 2;
  let n: u32 = 0;
  let tail: u32 = 0;
  while (n < 16) {
    const c = at(q);
    if (isAlnum(c)) {
      tail = isDigit(c) ? tail + 1 : 0;
      n++;
      q++;
    } else if (c == 0x20 && isAlnum(at(q + 1))) {
      q++;
    } else {
      break;
    }
  }
  if (n < 16 || (tail < 10 || isAlnum(at(q)))) return 0;
  const a = at(q);
  if ((a == 0x2d || (a == 0x2e || a == 0x2f)) && isAlnum(at(q + 1))) return 0;
  emit(ts, q, ENTITY_ID, REASON_LONG_NUMBER, 850);
  return q;
}

/** True when the digit '1' at ts opens "1Z"/"1z" (the cheap test before ups52b). */
// @ts-ignore: decorator
@inline export function upsMayStart52b(ts: u32): bool {
  return byteAt(ts) == 0x31 && (at(ts + 1) | 0x20) == 0x7a;
}

/**
 * True when the two letters at w, both in one case, are a state's code in `list` (a packed lower-case list). id52b
 * passes LOWER_STATES, the codes that are no English word or common abbreviation ("IL", "GA", "TX"; not "ME", "HI",
 * "OK", "IN", "OR", "ID", whose upper-case words come before a dressing's or a plate's size in a note: "PLATE ME 4X4
 * GAUZE"); id53's vehiclePlate53() its own list.
 */
export function stateCode52b(w: u32, list: string): bool {
  const up = byteAt(w) <= 0x5a;
  if (!isAlpha(byteAt(w)) || (!isAlpha(byteAt(w + 1)) || (byteAt(w + 1) <= 0x5a) != up)) return false;
  return wordIndex(list, w, w + 2) >= 0;
}

/**
 * End of a plate's characters at s: letters and digits, groups joined by '-' ("8RL-4471"), `min` to eight of them,
 * letters and digits both, not a size ("4x4"), the token closing after them (no word byte, nor '/', '.' or ':' with
 * more after it); or 0.
 */
export function plateEnd52b(s: u32, min: u32): u32 {
  let q = s;
  let n: u32 = 0;
  let d: u32 = 0;
  while (n < 9) {
    const c = at(q);
    if (isAlnum(c)) {
      n++;
      if (isDigit(c)) d++;
      q++;
    } else if (c == 0x2d && (q > s && isAlnum(at(q + 1)))) {
      q++;
    } else {
      break;
    }
  }
  if (n < min || (n > 8 || (d == 0 || d == n))) return 0;
  // a size, digits and one 'x' between them ("4x4", "10X12"), is no plate
  if (n - d == 1 && (isDigit(at(s)) && isDigit(at(q - 1)))) {
    let k = s;
    while (isDigit(at(k))) k++;
    if ((at(k) | 0x20) == 0x78) return 0;
  }
  const b = at(q);
  if (isWordish(b) || ((b == 0x2f || (b == 0x2e || b == 0x3a)) && isAlnum(at(q + 1)))) return 0;
  return q;
}

/**
 * (stop 52b, id52b) A short plate after the plate cue and a state's code, which scanCuedId's digit count refuses
 * ("PARTIAL PLATE IL 8J2": two digits in three characters): w0 the code's letters (cuePrefix45), s the plate's
 * start. Three to eight letters and digits, both kinds. VEHICLE from the code on; end, or 0.
 */
export function shortPlate52b(w0: u32, s: u32): u32 {
  if (s != w0 + 3 || !stateCode52b(w0, LOWER_STATES)) return 0;
  const e = plateEnd52b(s, 3);
  if (e == 0) return 0;
  emit(w0, e, ENTITY_VEHICLE, REASON_VEHICLE_CUE, 850);
  return e;
}

/**
 * (stop 52b, id52b) A plate after a state's code and "tag" (the South's word for a plate; "tag" alone labels triage,
 * property and security tags, other scanners' forms): "GA tag RKT4471", "ga tag rkt4471". ts: the plate's start, a
 * letter. Four to eight letters and digits, both kinds. VEHICLE, the plate alone; end, or 0.
 */
export function stateTag52b(ts: u32): u32 {
  if (ts < 7 || (byteAt(ts - 5) != 0x20 || !eqWord(ts - 4, ts - 1, "tag"))) return 0;
  const w = ts - 7;
  if ((w > 0 && isWordish(byteAt(w - 1))) || !stateCode52b(w, LOWER_STATES)) return 0;
  const e = plateEnd52b(ts, 4);
  if (e == 0) return 0;
  emit(ts, e, ENTITY_VEHICLE, REASON_VEHICLE_CUE, 850);
  return e;
}
